"""The application context: the open register, the undo stack, settings; passed to every widget.

Nothing in the GUI reaches for globals: a widget gets the context and listens to its
signals to learn that the register changed (by an edit, an undo, an import, or another
program writing to the same file).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ropa_desktop.domain.model import Register
from ropa_desktop.gui.settings import Settings
from ropa_desktop.store import Kind, RegisterStore, StoreError

ErrorReporter = Callable[[str, str], None]


def _load_run_checks() -> Callable[..., list[Any]] | None:
    try:
        from ropa_desktop.checks import run_checks
    except ImportError:  # the checks engine is optional while it is being built
        return None
    return run_checks


class AppContext(QObject):
    """One per main window. ``store`` is None until a register is open."""

    register_opened = Signal()
    # kind.value ("activities", ...) and item id; id "" means the whole list changed
    items_changed = Signal(str, str)
    organisation_changed = Signal()
    findings_changed = Signal()
    # entity (list name or "organisation"), entity id, field path: "show me this"
    open_requested = Signal(str, str, str)

    def __init__(self, settings: Settings, ui_lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui_lang = ui_lang
        self.store: RegisterStore | None = None
        self.undo_stack = QUndoStack(self)
        # Tests and --smoke run background jobs inline, so they need no waiting.
        self.run_synchronously = False
        self.report_error: ErrorReporter = _print_error
        self._version_token: int | None = None
        self._findings: list[Any] | None = None
        self._checks_running = False
        self._checks_again = False
        self._store_generation = 0
        self._run_checks = _load_run_checks()
        self._findings_timer = QTimer(self)
        self._findings_timer.setSingleShot(True)
        self._findings_timer.setInterval(250)
        self._findings_timer.timeout.connect(self._refresh_findings)
        self.items_changed.connect(self._schedule_findings)
        self.organisation_changed.connect(self._schedule_findings)
        self.register_opened.connect(self._schedule_findings)

    # --- the register ---------------------------------------------------------------
    def open_register(self, path: Path | str) -> None:
        """Open a register file (raises StoreError with a plain message)."""
        store = RegisterStore.open(path)
        self.set_store(store)

    def set_store(self, store: RegisterStore) -> None:
        if self.store is not None:
            self.store.close()
        self.store = store
        self._store_generation += 1
        self.undo_stack.clear()
        self._version_token = store.version_token()
        self._findings = []
        self.settings.add_recent_file(store.path)
        self.register_opened.emit()

    def close_register(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    @property
    def languages(self) -> list[str]:
        return self.store.languages if self.store else ["en"]

    @property
    def display_languages(self) -> list[str]:
        """The order to pick a text for display: the UI language first when the register has it."""
        langs = self.languages
        return [self.ui_lang, *[lang for lang in langs if lang != self.ui_lang]]

    def text(self, value: Any) -> str:
        """A localized or plain value as one display string."""
        if value is None or value is False:
            return ""
        if hasattr(value, "text") and callable(value.text):
            return value.text(self.display_languages)
        return str(value) if value else ""

    def register(self) -> Register:
        assert self.store is not None
        return self.store.load()

    # --- changes ----------------------------------------------------------------------
    def notify_item(self, kind: Kind, item_id: str = "") -> None:
        self._note_own_write()
        self.items_changed.emit(kind.value, item_id)

    def notify_organisation(self) -> None:
        self._note_own_write()
        self.organisation_changed.emit()

    def notify_replaced(self) -> None:
        """The whole register changed (import, or another program wrote to it)."""
        self._note_own_write()
        self.register_opened.emit()

    def notify_notice_published(self) -> None:
        """A notice went into the publication log: the staleness findings may change."""
        self._note_own_write()
        self._schedule_findings()

    def _note_own_write(self) -> None:
        if self.store is not None:
            self._version_token = self.store.version_token()

    def check_external_change(self) -> bool:
        """Reload when another process committed to the file; True when it did."""
        if self.store is None:
            return False
        try:
            token = self.store.version_token()
        except Exception:  # a closed or vanished file: nothing to reload
            return False
        if token == self._version_token:
            return False
        self._version_token = token
        self.undo_stack.clear()  # our undo steps may now conflict with their edits
        self.notify_replaced()
        return True

    def error(self, title: str, exc_or_text: BaseException | str) -> None:
        text = str(exc_or_text)
        if isinstance(exc_or_text, StoreError) and text:
            text = text[0].upper() + text[1:]
            if not text.endswith("."):
                text += "."
        self.report_error(title, text)

    # --- findings ----------------------------------------------------------------------
    @property
    def checks_available(self) -> bool:
        return self._run_checks is not None

    def findings(self) -> list[Any]:
        """The checks' latest findings (recomputed in the background after each change)."""
        return self._findings or []

    def _schedule_findings(self, *_args: object) -> None:
        self._findings_timer.start()

    def _refresh_findings(self) -> None:
        """Run the checks on a worker with its own connection; the GUI stays responsive."""
        if self.store is None or self._run_checks is None:
            self._findings = []
            self.findings_changed.emit()
            return
        if self.run_synchronously:
            self.refresh_findings_now()
            return
        if self._checks_running:
            self._checks_again = True  # one more run when this one ends, with the newest data
            return
        from ropa_desktop.gui.worker import run_background

        self._checks_running = True
        path, run_checks, generation = self.store.path, self._run_checks, self._store_generation

        def compute(_progress: object, _cancelled: object) -> list[Any]:
            store = RegisterStore.open(path)
            try:
                return list(run_checks(store.load()))
            finally:
                store.close()

        def done(findings: list[Any]) -> None:
            self._checks_running = False
            if generation == self._store_generation:
                self._findings = findings
                self.findings_changed.emit()
            if self._checks_again:
                self._checks_again = False
                self._refresh_findings()

        def failed(exc: BaseException) -> None:
            self._checks_running = False
            print(f"ropa-desktop: the checks failed: {exc!r}")

        run_background(self, compute, done, failed)

    def refresh_findings_now(self) -> None:
        """Run the checks at once on this thread (tests, --smoke)."""
        self._findings_timer.stop()
        if self.store is None or self._run_checks is None:
            self._findings = []
        else:
            self._findings = list(self._run_checks(self.store.load()))
        self.findings_changed.emit()


def _print_error(title: str, text: str) -> None:
    print(f"{title}: {text}")
