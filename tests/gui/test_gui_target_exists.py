"""A file that exists, told in the app: the advice is the save dialog's, never the command line's --force."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import Activity
from ropa_desktop.gui.app import install_translators
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.history import HistoryPage
from ropa_desktop.services.export_register import ExportChoices, export_register
from ropa_desktop.store import Kind


@pytest.mark.parametrize(("lang", "expected"), [
    ("da", "{path} findes allerede; vælg et andet navn, eller vælg netop den fil i dialogboksen, "
           "og bekræft, at den må erstattes."),
    ("sv", "{path} finns redan; välj ett annat namn, eller välj just den filen i dialogrutan "
           "och bekräfta att den får ersättas."),
])
def test_a_comparison_saved_over_an_existing_pdf_is_refused_in_the_dialogs_words(
        qapp, qtbot, ctx: AppContext, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        errors: list, lang: str, expected: str) -> None:
    store = ctx.store
    store.add(Kind.ACTIVITY, Activity(id="lon", name=LText({"sv": "Löner", "en": "Payroll"}), role="controller",
                                      owner="Ekonomi"))
    export_register(store.path, tmp_path / "sent.xlsx", ExportChoices(for_authority=True))
    activity = store.get(Kind.ACTIVITY, "lon")
    activity.owner = "HR"
    store.update(Kind.ACTIVITY, activity)
    ctx.notify_item(Kind.ACTIVITY, "lon")
    existing = tmp_path / "changes.pdf"
    existing.write_bytes(b"keep")
    # Typed without ".pdf": the dialog asked about "changes", not about the changes.pdf beside it.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "changes"), ""))
    translators = install_translators(qapp, lang)
    try:
        page = window.show_page("history")
        assert isinstance(page, HistoryPage)
        qtbot.mouseClick(page.save_pdf_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(errors))
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    [(_title, text)] = errors
    assert text == expected.format(path=existing)
    assert "--force" not in text
    assert existing.read_bytes() == b"keep"
