"""Compare versions → *Save as PDF…*: the same comparison as ``ropa diff -o diff.pdf``, written off the GUI thread.

The job opens the register again itself (a SQLite connection belongs to its thread) and the
file goes through the comparison service, so the app and the command line write the same PDF.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.worker import Cancelled, Job, Progress, run_job


def pdf_target(chosen: str) -> tuple[Path, bool]:
    """The file to write, and whether it may replace one: the save dialog asked about ``chosen`` only,
    so a name given without ".pdf" that gains it must not replace a file the user was not asked about."""
    path = Path(chosen)
    if path.suffix.lower() == ".pdf":
        return path, True
    return path.with_name(path.name + ".pdf"), False


def save_comparison_pdf(ctx: AppContext, parent: QWidget, old: int | str | None, new: int | str | None) -> Job | None:
    """Ask where, then write the comparison of ``old`` and ``new`` as a PDF behind a progress dialog."""
    store = ctx.store
    if store is None or old is None:
        return None
    default = Path(ctx.settings.last_folder()) / f"{store.path.stem}-changes.pdf"
    chosen, _ = QFileDialog.getSaveFileName(parent, tr("Save the comparison as PDF"), str(default),
                                            tr("PDF files (*.pdf)"))
    if not chosen:
        return None
    target, overwrite = pdf_target(chosen)
    register_path = store.path

    def work(_progress: Progress, _cancelled: Cancelled) -> Path:
        from ropa_desktop.services.compare_versions import compare, write_comparison

        return write_comparison(compare(register_path, old, new), target, overwrite=overwrite)

    def done(path: Any) -> None:
        from ropa_desktop.gui.export_done import ExportDoneDialog

        ctx.settings.set_last_folder(Path(path).parent)
        dialog = ExportDoneDialog(SimpleNamespace(path=Path(path), signature=None, findings=False), parent)
        dialog.show()
        parent.done_dialog = dialog  # type: ignore[attr-defined]  # tests and screen readers find it

    def failed(exc: BaseException) -> None:
        ctx.error(tr("The comparison was not saved"), exc)

    return run_job(ctx, parent, tr("Writing %1…").replace("%1", target.name), work, done, failed)
