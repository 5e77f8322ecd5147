"""Long work (imports, exports) off the GUI thread, with a progress dialog and Cancel.

``run_job`` runs ``fn(progress, cancelled)`` in the global QThreadPool; the result or the
error comes back on the GUI thread through signals. A job that touches the register opens
its own RegisterStore (a SQLite connection belongs to its thread).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ropa_desktop.gui.context import AppContext
from ropa_desktop.output.write_errors import Cancelled as JobCancelled  # one "the user cancelled" for all jobs

__all__ = ["Cancelled", "Job", "JobCancelled", "Progress", "run_job"]

Progress = Callable[[int, int], None]  # done, total
Cancelled = Callable[[], bool]
JobFn = Callable[[Progress, Cancelled], Any]



class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: JobFn, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.fn, self.signals, self.cancel = fn, signals, cancel

    def run(self) -> None:
        try:
            try:
                result = self.fn(lambda done, total: self.signals.progress.emit(done, total), self.cancel.is_set)
            except BaseException as exc:  # every failure is reported on the GUI thread
                exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
                self.signals.failed.emit(exc)
            else:
                self.signals.succeeded.emit(result)
        except RuntimeError:
            pass  # the window that asked was closed meanwhile: nobody is waiting for the answer


class Job(QObject):
    """One running job; keeps its signals alive until it ends."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()


def run_job(
    ctx: AppContext,
    parent: QWidget | None,
    label: str,
    fn: JobFn,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> Job:
    """Run ``fn`` in the background behind a progress dialog; call back on the GUI thread."""
    job = Job(parent)
    if ctx.run_synchronously:
        try:
            result = fn(lambda done, total: None, job.cancel_event.is_set)
        except BaseException as exc:
            on_failure(exc)
        else:
            on_success(result)
        job.finished.emit()
        return job

    dialog = QProgressDialog(label, QCoreApplication.translate("worker", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("worker", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    signals = _Signals(job)
    job._signals = signals  # type: ignore[attr-defined]

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)

    def finish() -> None:
        dialog.close()
        dialog.deleteLater()
        job.finished.emit()

    def succeeded(result: Any) -> None:
        finish()
        on_success(result)

    def failed(exc: BaseException) -> None:
        finish()
        on_failure(exc)

    signals.progress.connect(progress)
    signals.succeeded.connect(succeeded)
    signals.failed.connect(failed)
    dialog.canceled.connect(job.cancel_event.set)
    dialog.canceled.connect(lambda: dialog.setLabelText(QCoreApplication.translate("worker", "Cancelling…")))
    QThreadPool.globalInstance().start(_Runnable(fn, signals, job.cancel_event))
    return job


def run_background(
    parent: QObject, fn: JobFn, on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None]
) -> Job:
    """Quiet background work (reading a long list, running the checks): no dialog, no Cancel."""
    job = Job(parent)
    signals = _Signals(job)
    job._signals = signals  # type: ignore[attr-defined]

    def succeeded(result: Any) -> None:
        job.finished.emit()
        job.deleteLater()
        on_success(result)

    def failed(exc: BaseException) -> None:
        job.finished.emit()
        job.deleteLater()
        on_failure(exc)

    signals.succeeded.connect(succeeded)
    signals.failed.connect(failed)
    QThreadPool.globalInstance().start(_Runnable(fn, signals, job.cancel_event))
    return job
