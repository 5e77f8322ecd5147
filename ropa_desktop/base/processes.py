"""Which computer this is and whether a process on it still runs: how we tell our own leftovers."""

from __future__ import annotations

import os


def process_running(pid: int) -> bool:
    """Whether a process of this computer is still running (assumed so where we cannot tell)."""
    if os.name != "posix":
        return True  # os.kill(pid, 0) would end the process on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def host_name() -> str:
    # os.uname is free; the socket module (Windows' way) costs a few ms of the app's start-up.
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return os.environ.get("COMPUTERNAME") or socket.gethostname()
