"""Exceptions must not escape Qt's virtual methods (showEvent, ...).

PySide6 turns an exception raised in a Python override into a printed error, and some
builds crash while doing so (seen in a PyInstaller bundle of 6.11). The guard prints the
traceback itself and lets Qt carry on.
"""

from __future__ import annotations

import functools
import sys
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def qt_override(fn: F) -> F:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception:
            traceback.print_exc(file=sys.stderr)
            return None

    return wrapper  # type: ignore[return-value]
