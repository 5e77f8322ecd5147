"""Bulk work over many objects without the cyclic garbage collector's pauses.

Loading or checking 10,000 activities allocates hundreds of thousands of objects that
all stay alive; the collector would traverse them again and again and make the work
grow faster than the register. Our objects form no reference cycles that need it, so
the collector is paused for the duration and runs normally afterwards.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
