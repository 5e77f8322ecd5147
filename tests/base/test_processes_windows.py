"""On Windows a session left by a crashed app must be told from a running one: the process check asks
Windows for the process's exit code (kernel32 through ctypes, mocked here, since no Windows runs here)."""

from __future__ import annotations

import ctypes
from typing import Any

import pytest

from ropa_desktop.base import processes

ERROR_INVALID_PARAMETER = 87


class FakeKernel32:
    """kernel32 as ctypes shows it: processes by id with their exit codes; handles closed are counted."""

    def __init__(self, exit_codes: dict[int, int], refused: set[int] = frozenset()) -> None:
        self.exit_codes = exit_codes
        self.refused = refused
        self.error = 0
        self.open_handles: set[int] = set()

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:
        assert access == processes.PROCESS_QUERY_LIMITED_INFORMATION
        if pid in self.refused:
            self.error = processes.ERROR_ACCESS_DENIED
            return 0
        if pid not in self.exit_codes:
            self.error = ERROR_INVALID_PARAMETER
            return 0
        self.open_handles.add(pid)
        return pid

    def GetExitCodeProcess(self, handle: int, code: Any) -> int:
        code._obj.value = self.exit_codes[handle]  # ctypes.byref(c_ulong) carries its target in _obj
        return 1

    def CloseHandle(self, handle: int) -> int:
        self.open_handles.remove(handle)
        return 1


@pytest.fixture
def kernel32(monkeypatch: pytest.MonkeyPatch) -> FakeKernel32:
    fake = FakeKernel32({4242: processes.STILL_ACTIVE, 5151: 0}, refused={6161})
    monkeypatch.setattr(processes.sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "WinDLL", lambda name, use_last_error=False: fake, raising=False)
    monkeypatch.setattr(ctypes, "get_last_error", lambda: fake.error, raising=False)
    return fake


def test_on_windows_a_running_process_is_running_and_an_ended_or_unknown_one_is_not(kernel32: FakeKernel32) -> None:
    assert processes.process_running(4242) is True  # exit code STILL_ACTIVE
    assert processes.process_running(5151) is False  # ended with exit code 0 (the crashed app's session)
    assert processes.process_running(7373) is False  # no such process any more
    assert kernel32.open_handles == set()  # every handle opened is closed


def test_on_windows_a_process_we_may_not_open_exists(kernel32: FakeKernel32) -> None:
    # Another user's elevated process refuses even the limited query: it is there.
    assert processes.process_running(6161) is True
