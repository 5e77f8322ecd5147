"""The editors cite the GDPR as the UI language's authority does: the law lines and the findings beside a field."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.list_page import ListPage

EU_NOTATION = re.compile(r"\d\(\d+\)|\d\([a-z]\)")  # "30(1)", "13(1)(a)"


def test_a_new_activity_in_a_danish_ui_cites_articles_the_danish_way(
    danish, qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.show_page("activities")
    assert isinstance(page, ListPage)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Løn", True))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    ctx.refresh_findings_now()
    page.editor.show_findings()

    findings = [page.editor.findings.item(i) for i in range(page.editor.findings.count())]
    assert findings  # a new, empty activity lacks what Art. 30 asks
    tips = [f.toolTip() for f in findings]
    assert not [t for t in tips if EU_NOTATION.search(t)], tips
    assert any(re.search(r"art\. 30, stk\. 1, litra [a-g]", t) for t in tips), tips

    laws = [line.text() for line in page.editor.form.law_lines.values()]
    assert laws and not [t for t in laws if EU_NOTATION.search(t)], laws
