"""The export dialog warns of the checks' errors, so it waits for the newest edit's check: the window
must keep answering meanwhile (a check of a large register takes seconds, in another process)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from ropa_desktop.gui import dialogs
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow


def test_the_export_waits_for_the_checks_while_the_window_keeps_answering(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx.run_synchronously = False  # the checks in their own process, as in the app
    ctx.items_changed.emit("activities", "")  # an edit: its check waits for typing to pause
    assert not ctx.findings_current
    ticks: list[int] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(5)
    seen: dict = {}

    def look(parent: object, lang: str, errors: list[str]) -> None:
        seen["ticks"] = len(ticks)
        seen["errors"] = list(errors)
        return None  # cancelled

    monkeypatch.setattr(dialogs, "ask_export_choices", look)
    window.actions_.export_pdf.trigger()
    assert "errors" not in seen  # the trigger returned at once, the dialog is still to come
    assert window.statusBar().currentMessage() == "Checking the register…"
    qtbot.waitUntil(lambda: "errors" in seen, timeout=30_000)
    ticker.stop()

    assert seen["ticks"] > 0  # the event loop ran while the checks finished: no frozen window
    # the newest check's answer: the fixture's organisation has no contact details
    assert len(seen["errors"]) == 1 and seen["errors"][0].startswith("Organisation: ")
    assert window.statusBar().currentMessage() == ""
