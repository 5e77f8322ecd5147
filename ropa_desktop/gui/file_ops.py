"""File menu work: new, open, import and export, with native dialogs and plain-word errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.error_words import plain_error
from ropa_desktop.gui.i18n import tr
from ropa_desktop.store import RegisterStore, StoreError

REGISTER_SUFFIX = ".ropa"


class FileOps(QObject):
    job_done = Signal(str)  # "import", "export": for tests and the status bar

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.jobs: list[Any] = []
        self.gaps_dialog: QWidget | None = None

    # --- opening ------------------------------------------------------------------
    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, tr("Open register"), self.ctx.settings.last_folder(),
            tr("Registers (*.ropa);;All files (*)"),
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        try:
            self.ctx.open_register(path)
        except StoreError as exc:
            self.ctx.error(tr("The register could not be opened"), plain_error(exc))
            return False
        self.ctx.settings.set_last_folder(path.parent)
        return True

    def new_register(self) -> bool:
        from ropa_desktop.gui.dialogs import NewRegisterDialog

        dialog = NewRegisterDialog(self.ctx.ui_lang, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        default = Path(self.ctx.settings.last_folder()) / f"{dialog.organisation().name}{REGISTER_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self.window, tr("Save the new register as"), str(default), tr("Registers (*.ropa)")
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix != REGISTER_SUFFIX:
            target = target.with_suffix(REGISTER_SUFFIX)
        if target.exists():
            # The native dialog asked to replace it: keep the old file aside rather than destroy it.
            target.replace(target.with_name(target.stem + ".old" + REGISTER_SUFFIX))
        try:
            store = RegisterStore.create(target, dialog.organisation(), dialog.languages())
        except StoreError as exc:
            self.ctx.error(tr("The register could not be created"), plain_error(exc))
            return False
        self.ctx.set_store(store)
        self.ctx.settings.set_last_folder(target.parent)
        return True

    # --- import -----------------------------------------------------------------------
    def import_dialog(self) -> None:
        if self.ctx.store is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window, tr("Import a register"), self.ctx.settings.last_folder(),
            tr("Register documents (*.json *.xlsx);;All files (*)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self.window, tr("Import"),
            tr("The import replaces everything in this register with the file's content. "
               "A copy of the register as it is now is kept beside it. Continue?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.import_path(Path(path))

    def import_path(self, source: Path) -> None:
        from ropa_desktop.gui.jobs import import_register

        store = self.ctx.store
        assert store is not None
        register_path = store.path

        def done(outcome: Any) -> None:
            self.ctx.undo_stack.clear()  # the steps before the import no longer apply
            self.ctx.notify_replaced()
            if outcome.warnings:
                from ropa_desktop.gui.error_words import issue_text

                self.ctx.error(tr("Imported, with warnings"), "\n".join(issue_text(w) for w in outcome.warnings[:20]))
            self.job_done.emit("import")

        self._run(tr("Importing %1…").replace("%1", source.name),
                  lambda progress, cancelled: import_register(register_path, source, progress, cancelled),
                  done, tr("The file was not imported"))

    # --- export -----------------------------------------------------------------------
    def export_json_dialog(self) -> None:
        self._export_dialog(tr("Export JSON"), ".json", tr("JSON documents (*.json)"), self.export_json)

    def export_pdf_dialog(self) -> None:
        self._export_dialog(tr("Export PDF"), ".pdf", tr("PDF documents (*.pdf)"),
                            lambda p: self._export_signed("pdf", p))

    def export_xlsx_dialog(self) -> None:
        self._export_dialog(tr("Export Excel"), ".xlsx", tr("Excel workbooks (*.xlsx)"),
                            lambda p: self._export_signed("xlsx", p))

    def _export_signed(self, kind: str, target: Path) -> None:
        from ropa_desktop.gui.signing_ui import choose_identity

        go, identity = choose_identity(self.ctx, self.window)
        if go:
            self.export_document(kind, target, identity)

    def _export_dialog(self, title: str, suffix: str, filter_: str, export: Any) -> None:
        store = self.ctx.store
        if store is None:
            return
        default = Path(self.ctx.settings.last_folder()) / (store.path.stem + suffix)
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(default), filter_)
        if path:
            target = Path(path)
            if not target.suffix:
                target = target.with_suffix(suffix)
            self.ctx.settings.set_last_folder(target.parent)
            export(target)

    def export_json(self, target: Path) -> None:
        from ropa_desktop.gui.jobs import export_json

        assert self.ctx.store is not None
        register_path = self.ctx.store.path

        def done(outcome: Any) -> None:
            if outcome.issues:
                from ropa_desktop.gui.export_gaps import describe

                langs = self.ctx.display_languages
                self.show_gaps(outcome.target, [describe(i, outcome.register, langs) for i in outcome.issues])
            self.job_done.emit("export")

        self._run(tr("Exporting %1…").replace("%1", target.name),
                  lambda progress, cancelled: export_json(register_path, target, progress, cancelled),
                  done, tr("The register was not exported"))

    def show_gaps(self, target: Path, gaps: list[tuple[str, str]]) -> None:
        from ropa_desktop.gui.export_gaps import GapsDialog

        self.gaps_dialog = GapsDialog(target.name, gaps, self.window)  # not modal: the list can stay open
        self.gaps_dialog.show()

    def export_document(self, kind: str, target: Path, identity: Any = None) -> None:
        from ropa_desktop.gui.jobs import export_document

        assert self.ctx.store is not None
        register_path = self.ctx.store.path
        lang = self.ctx.store.default_language
        self._run(tr("Exporting %1…").replace("%1", target.name),
                  lambda progress, cancelled: export_document(kind, register_path, target, lang, progress, cancelled,
                                                                    identity),
                  lambda _r: self.job_done.emit("export"), tr("The register was not exported"))

    def _run(self, label: str, fn: Any, on_success: Any, failure_title: str) -> None:
        from ropa_desktop.gui.worker import JobCancelled, run_job

        def failed(exc: BaseException) -> None:
            if isinstance(exc, JobCancelled):
                self.job_done.emit("cancelled")
                return
            self.ctx.error(failure_title, plain_error(exc))
            self.job_done.emit("failed")

        job = run_job(self.ctx, self.window, label, fn, on_success, failed)
        self.jobs.append(job)
        job.finished.connect(lambda: self.jobs.remove(job) if job in self.jobs else None)
