"""The application context: the open register, the undo stack, settings; passed to every widget.

Nothing in the GUI reaches for globals: a widget gets the context and listens to its
signals to learn that the register changed (by an edit, an undo, an import, or another
program writing to the same file).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ropa_desktop.gui.settings import Settings
from ropa_desktop.store import Kind, RegisterStore

if TYPE_CHECKING:
    from ropa_desktop.domain.model import Register

ErrorReporter = Callable[[str, str], None]
HEARTBEAT_MS = 45_000  # the store counts a session gone after two minutes without one


def _checks_installed() -> bool:
    # Only whether they exist: the checks themselves run in another process, so the
    # window does not pay for importing them (and the reference data) at start-up.
    from importlib.util import find_spec

    return find_spec("ropa_desktop.checks") is not None


def _findings_for(store: RegisterStore) -> list[Any]:
    from ropa_desktop.services.findings import register_findings

    return register_findings(store)


class AppContext(QObject):
    """One per main window. ``store`` is None until a register is open."""

    register_opened = Signal()
    # kind.value ("activities", ...) and item id; id "" means the whole list changed
    items_changed = Signal(str, str)
    organisation_changed = Signal()
    findings_changed = Signal()
    # entity (list name or "organisation"), entity id, field path: "show me this"
    open_requested = Signal(str, str, str)
    # the other programs that have the register open (dicts of user, host, pid, started_at)
    others_changed = Signal(list)

    def __init__(self, settings: Settings, ui_lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui_lang = ui_lang
        self.store: RegisterStore | None = None
        self.undo_stack = QUndoStack(self)
        # Tests and --smoke run background jobs inline, so they need no waiting.
        self.run_synchronously = False
        self.report_error: ErrorReporter = _print_error
        # Asked when a save is refused because someone else changed the item: True to reload now.
        self.ask_reload: Callable[[str, str], bool] = _print_conflict
        self._version_token: tuple[int, int] | None = None
        self.others: list[dict[str, Any]] = []
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.heartbeat)
        self._findings: list[Any] | None = None
        self._checks_available = _checks_installed()
        self._checks: Any = None  # the ChecksProcess, made on first use
        self._findings_timer = QTimer(self)
        self._findings_timer.setSingleShot(True)
        self._findings_timer.setInterval(300)  # after typing pauses
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
        if self._checks is not None:
            self._checks.stop()  # its findings would be about the register that was open before
        self.undo_stack.clear()
        self._version_token = store.version_token()
        self._findings = None  # not checked yet: the Overview must not call it complete meanwhile
        self.settings.add_recent_file(store.path)
        store.start_session()
        self._heartbeat.start()
        self.register_opened.emit()
        self._update_others()

    def close_register(self) -> None:
        if self._checks is not None:
            self._checks.stop()
        self._heartbeat.stop()
        if self.store is not None:
            self.store.close()  # ends our session too
            self.store = None
        self._update_others()

    # --- presence: the other programs on the same file --------------------------------
    def heartbeat(self) -> None:
        """Keep our session alive and learn who else has the register open."""
        if self.store is None:
            return
        try:
            self.store.heartbeat()
        except Exception as exc:  # presence is a courtesy: it must never stop the user's work
            print(f"ropa-desktop: presence heartbeat failed: {exc}", file=sys.stderr)
        self._update_others()

    def _update_others(self) -> None:
        others: list[dict[str, Any]] = []
        if self.store is not None:
            try:
                others = self.store.other_sessions()
            except Exception as exc:
                print(f"ropa-desktop: could not read who else has the register open: {exc}", file=sys.stderr)
        if others != self.others:
            self.others = others
            self.others_changed.emit(others)

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

    def reload_from_file(self) -> None:
        """Show the register as the file has it now (after a refused save), keeping the window's state."""
        if self.store is None:
            return
        self._version_token = self.store.version_token()
        self.undo_stack.clear()  # as after any change from outside: our steps may conflict with theirs
        self.register_opened.emit()

    def keep_stale_view(self) -> None:
        """The user chose not to reload after a refused save: do not reload behind their back
        for the change already seen (they may want to copy what they typed); View → Reload does it."""
        if self.store is not None:
            self._version_token = self.store.version_token()

    def error(self, title: str, exc_or_text: BaseException | str) -> None:
        text = exc_or_text
        if isinstance(exc_or_text, BaseException):
            from ropa_desktop.gui.error_words import plain_error

            text = plain_error(exc_or_text)  # in the UI language
        self.report_error(title, text)

    # --- findings ----------------------------------------------------------------------
    @property
    def checks_available(self) -> bool:
        return self._checks_available

    @property
    def findings_pending(self) -> bool:
        """Whether the open register's first check is still running (no findings known yet)."""
        return self.store is not None and self._checks_available and self._findings is None

    def findings(self) -> list[Any]:
        """The checks' latest findings (recomputed in the background after each change)."""
        return self._findings or []

    def _schedule_findings(self, *_args: object) -> None:
        self._findings_timer.start()

    def _refresh_findings(self) -> None:
        """Run the checks in a separate process; a run still going is restarted with the newest data."""
        if self.store is None or not self._checks_available:
            self._findings = []
            self.findings_changed.emit()
            return
        if self.run_synchronously:
            self.refresh_findings_now()
            return
        if self._checks is None:
            from ropa_desktop.gui.checks_process import ChecksProcess

            self._checks = ChecksProcess(self)
            self._checks.finished.connect(self._on_findings)
            self._checks.failed.connect(self._on_checks_failed)
        self._checks.start(self.store.path)

    def _on_checks_failed(self, text: str) -> None:
        print(f"ropa-desktop: the checks failed: {text}", file=sys.stderr)
        if self._findings is None:  # nothing to show but what the window showed before this change
            self._findings = []
            self.findings_changed.emit()

    def _on_findings(self, findings: list[Any]) -> None:
        self._findings = findings
        self.findings_changed.emit()

    @property
    def findings_current(self) -> bool:
        """Whether the findings are those of the register as it is now: no check waits or runs."""
        running = self._checks is not None and self._checks.running
        return not (self.findings_pending or running or self._findings_timer.isActive())

    def check_now(self) -> None:
        """Start a check that waits for typing to pause at once (the user asked for something that needs it)."""
        if self._findings_timer.isActive():
            self._findings_timer.stop()
            self._refresh_findings()

    def wait_for_findings(self, msecs: int = 30_000) -> None:
        """Let a pending or running check finish now, blocking (tests, the benchmark; never the GUI)."""
        self.check_now()
        if self._checks is not None:
            self._checks.wait(msecs)

    def refresh_findings_now(self) -> None:
        """Run the checks at once in this process (tests, --smoke)."""
        self._findings_timer.stop()
        if self._checks is not None:
            self._checks.stop()
        if self.store is None or not self._checks_available:
            self._findings = []
        else:
            self._findings = list(_findings_for(self.store))
        self.findings_changed.emit()


def _print_error(title: str, text: str) -> None:
    print(f"{title}: {text}")


def _print_conflict(title: str, text: str) -> bool:
    print(f"{title}: {text}")
    return True
