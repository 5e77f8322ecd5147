"""File menu work: new, open, import and export, with native dialogs and plain-word errors."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ropa_desktop.base.worded import WordedError
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.error_words import plain_error
from ropa_desktop.gui.i18n import tr
from ropa_desktop.store import RegisterStore, StoreError

REGISTER_SUFFIX = ".ropa"
# How long an export waits for the checks of the newest edit before it warns with what is known.
FINDINGS_WAIT_MS = 5_000


class AfterFindings(QObject):
    """Says ``ready`` once the findings are those of the register as it is now, or after a time limit.

    Never blocks: a check takes a second or two on a large register, and the window must keep
    painting and answering meanwhile (the status bar says what it waits for).
    """

    ready = Signal()

    def __init__(self, ctx: AppContext, limit_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(limit_ms)
        self._timer.timeout.connect(self._finish)
        self._status: Any = None
        self.waiting = False

    def start(self, window: QWidget) -> None:
        self.ctx.check_now()  # a check still waiting for typing to pause starts now
        if self.ctx.findings_current:
            self.ready.emit()
            return
        self.waiting = True
        self._status = getattr(window, "statusBar", lambda: None)()
        if self._status is not None:
            self._status.showMessage(tr("Checking the register…"))
        self.ctx.findings_changed.connect(self._on_findings)
        self._timer.start()

    def _on_findings(self) -> None:
        if self.ctx.findings_current:
            self._finish()

    def _finish(self) -> None:
        if not self.waiting:
            return
        self.waiting = False
        self._timer.stop()
        self.ctx.findings_changed.disconnect(self._on_findings)
        if self._status is not None:
            self._status.clearMessage()
        self.ready.emit()


class FileOps(QObject):
    job_done = Signal(str)  # "import", "export": for tests and the status bar

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.jobs: list[Any] = []
        self.gaps_dialog: QWidget | None = None
        self.done_dialog: QWidget | None = None  # the message after an export, kept for tests
        self.last_export: Any = None  # the ExportResult of the last export, for the status bar and tests
        # An export waits for the newest edit's findings before its dialog warns of them.
        self.findings_wait = AfterFindings(ctx, FINDINGS_WAIT_MS, self)
        self.findings_wait.ready.connect(self._ask_export)
        self._export_kind: tuple[str, str, str] = ("", "", "")

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

    def open_from_desktop(self, path: Path) -> bool:
        """A register the file manager (or the command line) asks us to open.

        The register already shown is only brought forward. Another window of ours on this computer
        with the same register is said in a message: the user double-clicked a file they forgot was
        open, and should know that two windows now edit it.
        """
        store = self.ctx.store
        if store is not None and _same_file(store.path, path):
            self._bring_forward()
            return True
        if not self.open_path(path):
            return False
        self._bring_forward()
        if any(_ours_here(other, self.ctx.store) for other in self.ctx.others):
            self.ctx.error(tr("Open in another window"),
                           tr("%1 is also open in another ropa-desktop window on this computer. Both windows "
                              "save every change at once; close one of them to avoid editing the same item "
                              "twice.").replace("%1", path.name))
        return True

    def _bring_forward(self) -> None:
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def new_register(self) -> bool:
        from ropa_desktop.gui.dialogs import NewRegisterDialog

        dialog = NewRegisterDialog(self.ctx.ui_lang, self.window, self.ctx.settings.review_months())
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
            aside = target.with_name(target.stem + ".old" + REGISTER_SUFFIX)
            try:
                target.replace(aside)
            except OSError as exc:  # on Windows: the file is open in another program
                from ropa_desktop.output.write_errors import held_open_elsewhere, replace_error

                if held_open_elsewhere(exc, target):
                    self.ctx.error(tr("The register could not be created"), plain_error(replace_error(target, exc)))
                    return False
                self.ctx.error(tr("The register could not be created"),
                               tr("%1 could not be moved aside to %2: %3")
                               .replace("%1", str(target)).replace("%2", aside.name)
                               .replace("%3", exc.strerror or str(exc)))
                return False
        try:
            store = RegisterStore.create(target, dialog.organisation(), dialog.languages())
        except StoreError as exc:
            self.ctx.error(tr("The register could not be created"), plain_error(exc))
            return False
        self.ctx.set_store(store)
        self.ctx.settings.set_last_folder(target.parent)
        return True

    def save_copy_dialog(self) -> Path | None:
        """File → Save a copy…: the whole register, consistent, under a name the user chooses."""
        store = self.ctx.store
        if store is None:
            return None
        default = Path(self.ctx.settings.last_folder()) / tr("%1 copy").replace("%1", store.path.stem)
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Save a copy of the register"),
                                              str(default) + REGISTER_SUFFIX, tr("Registers (*.ropa)"))
        if not path:
            return None
        target = self._suffixed(Path(path), REGISTER_SUFFIX)
        return None if target is None else self.save_copy(target)

    def save_copy(self, target: Path) -> Path | None:
        from ropa_desktop.services.save_copy import save_copy

        assert self.ctx.store is not None
        try:
            # The native dialog has asked whether to replace an existing file.
            written = save_copy(self.ctx.store, target, overwrite=True)
        except WordedError as exc:
            self.ctx.error(tr("The copy was not saved"), plain_error(exc))
            return None
        self.ctx.settings.set_last_folder(target.parent)
        self.job_done.emit("copy")
        return written

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
        from ropa_desktop.services.import_register import import_register

        store = self.ctx.store
        assert store is not None
        register_path = store.path

        def done(result: Any) -> None:
            self.ctx.undo_stack.clear()  # the steps before the import no longer apply
            self.ctx.notify_replaced()
            if result.warnings:
                from ropa_desktop.gui.error_words import issue_text

                self.ctx.error(tr("Imported, with warnings"), "\n".join(issue_text(w) for w in result.warnings[:20]))
            self.job_done.emit("import")

        # The user has confirmed the replacement (import_dialog); the service keeps a backup copy first.
        self._run(tr("Importing %1…").replace("%1", source.name),
                  lambda progress, cancelled: import_register(register_path, source, replace=True,
                                                              progress=progress, cancelled=cancelled),
                  done, tr("The file was not imported"))

    # --- export -----------------------------------------------------------------------
    def export_json_dialog(self) -> None:
        target = self._ask_target(tr("Export JSON"), ".json", tr("JSON documents (*.json)"))
        if target is not None:
            self.export_json(target)

    def export_pdf_dialog(self) -> None:
        self._export_register_dialog(tr("Export PDF"), ".pdf", tr("PDF documents (*.pdf)"))

    def export_xlsx_dialog(self) -> None:
        self._export_register_dialog(tr("Export Excel"), ".xlsx", tr("Excel workbooks (*.xlsx)"))

    def _export_register_dialog(self, title: str, suffix: str, filter_: str) -> None:
        """Ask whose copy and what goes in, where to write it and how to sign it; then export.

        The dialog warns of the checks' errors, so it waits for the newest edit's findings first,
        without blocking: the window keeps painting and answering while the checks finish.
        """
        if self.ctx.store is None or self.findings_wait.waiting:
            return  # a second click while the first one waits for the checks
        self._export_kind = (title, suffix, filter_)
        self.findings_wait.start(self.window)

    def _ask_export(self) -> None:
        from dataclasses import replace

        from ropa_desktop.gui.dialogs import ask_export_choices
        from ropa_desktop.gui.signing_ui import choose_identity

        title, suffix, filter_ = self._export_kind
        store = self.ctx.store
        if store is None:
            return
        choices = ask_export_choices(self.window, store.default_language, self._error_findings())
        if choices is None:
            return
        target = self._ask_target(title, suffix, filter_)
        if target is None:
            return
        go, identity = choose_identity(self.ctx, self.window)
        if go:
            self.export_register(target, replace(choices, identity=identity))

    def _error_findings(self) -> list[str]:
        """The checks' errors, worded as the Overview words them, for the export dialog to warn of."""
        from ropa_desktop.checks.finding import Severity
        from ropa_desktop.gui.finding_words import Names, finding_message, finding_where

        names = Names(self.ctx.store, self.ctx.display_languages)
        lines = []
        for finding in self.ctx.findings():
            if finding.severity == Severity.ERROR:
                name = names.name(finding.entity, finding.entity_id)
                lines.append(tr("%1: %2").replace("%1", finding_where(finding, name))
                             .replace("%2", finding_message(finding, self.ctx.ui_lang, name)))
        return lines

    def show_done(self, result: Any) -> None:
        from ropa_desktop.gui.export_done import ExportDoneDialog

        self.done_dialog = ExportDoneDialog(result, self.window)
        self.done_dialog.show()

    def _ask_target(self, title: str, suffix: str, filter_: str) -> Path | None:
        store = self.ctx.store
        if store is None:
            return None
        default = Path(self.ctx.settings.export_folder()) / (store.path.stem + suffix)
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(default), filter_)
        if not path:
            return None
        target = self._suffixed(Path(path), suffix)
        if target is not None:
            self.ctx.settings.set_last_folder(target.parent)
        return target

    def _suffixed(self, path: Path, suffix: str) -> Path | None:
        """``path`` with ``suffix`` added when the user typed none, or None if they would rather not
        replace the file of that name.

        The save dialog asked about the name as typed ("register"), not about the file we will write
        ("register.pdf"): when that one exists, we ask here, or a signed register sent last month
        would be replaced without a word.
        """
        if path.suffix:
            return path
        target = path.with_suffix(suffix)
        if not target.exists():
            return target
        answer = QMessageBox.question(
            self.window, tr("Replace file"),
            tr("%1 already exists. Do you want to replace it?").replace("%1", str(target)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return target if answer == QMessageBox.StandardButton.Yes else None

    def export_json(self, target: Path) -> None:
        """The register as a JSON document; a register still being filled in is exported all the same,
        and what keeps the document from validating is listed afterwards."""
        from ropa_desktop.services.export_register import ExportChoices

        self.export_register(target, ExportChoices())

    def show_gaps(self, target: Path, gaps: list[tuple[str, str]]) -> None:
        from ropa_desktop.gui.export_gaps import GapsDialog

        self.gaps_dialog = GapsDialog(target.name, gaps, self.window)  # not modal: the list can stay open
        self.gaps_dialog.show()

    def export_register(self, target: Path, choices: Any) -> None:
        """Run the export service on a worker (it opens its own store) with the user's choices."""
        from dataclasses import replace

        from ropa_desktop.services.export_register import export_register

        assert self.ctx.store is not None
        register_path = self.ctx.store.path
        # The native file dialog has already asked whether to replace an existing file.
        choices = replace(choices, overwrite=True)

        def done(result: Any) -> None:
            if result.issues:
                from ropa_desktop.gui.export_gaps import describe

                langs = self.ctx.display_languages
                self.show_gaps(result.path, [describe(i, result.register, langs) for i in result.issues])
            else:
                self.show_done(result)
            self.last_export = result
            self.job_done.emit("export")

        self._run(tr("Exporting %1…").replace("%1", target.name),
                  lambda progress, cancelled: export_register(register_path, target, choices, progress=progress,
                                                              cancelled=cancelled),
                  done, tr("The register was not exported"))

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


def _same_file(a: Path, b: Path) -> bool:
    # By the file, not by its name: on Windows and macOS names ignore case.
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _ours_here(session: dict[str, Any], store: Any) -> bool:
    """Whether another session is a window of this user on this computer."""
    from ropa_desktop.base.processes import host_name

    return session.get("host") == host_name() and session.get("user") == getattr(store, "user", None)
