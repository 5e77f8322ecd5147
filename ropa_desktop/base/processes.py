"""Which computer this is and whether a process on it still runs: how we tell our own leftovers."""

from __future__ import annotations

import os
import sys
from typing import Any

# Windows: the right to ask a process's exit code (also granted for other users' processes),
# the exit code of a process that has not ended, and the error for a process we may not open.
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
STILL_ACTIVE = 259
ERROR_ACCESS_DENIED = 5


def process_running(pid: int) -> bool:
    """Whether a process of this computer is still running (assumed so where we cannot tell)."""
    if sys.platform == "win32":
        return windows_process_running(pid)
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def windows_process_running(pid: int, kernel32: Any = None, last_error: Any = None) -> bool:
    """``process_running`` on Windows, where ``os.kill(pid, 0)`` would end the process.

    ``kernel32`` and ``last_error`` stand for ctypes' kernel32.dll and ``ctypes.get_last_error``
    (tests pass their own). A process that ended with the exit code 259 looks running: Windows
    gives no other way to ask, and "running" is the safe mistake (a session kept until it expires).
    """
    import ctypes

    if kernel32 is None:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        last_error = ctypes.get_last_error  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        # No such process (ERROR_INVALID_PARAMETER), unless we were refused one that exists.
        return bool(last_error() == ERROR_ACCESS_DENIED)
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def host_name() -> str:
    # os.uname is free; the socket module (Windows' way) costs a few ms of the app's start-up.
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return os.environ.get("COMPUTERNAME") or socket.gethostname()
