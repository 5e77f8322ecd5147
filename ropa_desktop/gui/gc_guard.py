"""Python's cycle collector runs on the GUI thread only.

The collector runs in whichever thread happens to allocate; when that is a worker (a
notice preview, an export) and it frees a widget or timer caught in a reference cycle,
Qt deletes the object off its thread and a timer of it fires later on freed memory (a
crash in QTimerInfoList::activateTimers). So automatic collection is off, and a timer on
the GUI thread collects as often as Python's own thresholds would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        # Collect now, from plain code: with the counts back at zero, re-enabling cannot start
        # an automatic collection inside a Qt destructor that runs soon after (this object's
        # own, for one). Such a collection frees other QObjects while Qt holds its object
        # mutex, and the program deadlocks (seen in the test suite).
        gc.collect()
        gc.enable()

    def collect(self) -> None:
        """What the automatic collector would have done by now, on this thread."""
        t0, t1, t2 = self._thresholds
        c0, c1, c2 = gc.get_count()
        if c0 < t0:
            return
        gc.collect(2 if c2 >= t2 else 1 if c1 >= t1 else 0)
