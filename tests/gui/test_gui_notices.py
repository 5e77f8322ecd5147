"""File → Information notice…: the DPO previews the notice, switches language, exports and sees it logged."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.notice_dialog import NoticeDialog
from ropa_desktop.services.demo import create_demo_register


@pytest.fixture
def demo_window(qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path) -> MainWindow:
    ctx.set_store(create_demo_register(tmp_path / "demo.ropa"))
    return window


def test_preview_follows_the_language_and_lists_what_the_register_lacks(
    qtbot, demo_window: MainWindow, ctx: AppContext
) -> None:
    dialog = demo_window.open_notice_dialog()
    assert isinstance(dialog, NoticeDialog)
    qtbot.addWidget(dialog)
    dialog.set_choices(audience="", lang="en")  # all audiences: the supplier contacts lack some facts
    english = dialog.preview_text()
    assert "Customers" in english
    assert "right" in english.lower()
    gaps = dialog.completeness_texts()
    assert gaps and all("(Art. " in g for g in gaps)

    dialog.set_choices(lang="sv")
    swedish = dialog.preview_text()
    assert swedish != english
    assert "Kunder" in swedish
    assert "rätt" in swedish.lower()
    assert dialog.completeness_texts() != gaps  # the list speaks the notice's language too

    dialog.set_choices(lang="da")  # the demo has no Danish texts: they fall back, and the dialog says so
    assert dialog.fallbacks.count() > 0 and dialog.fallbacks.isVisibleTo(dialog)


def test_exporting_html_writes_the_file_and_logs_the_publication(
    qtbot, demo_window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path
) -> None:
    dialog = demo_window.open_notice_dialog()
    qtbot.addWidget(dialog)
    dialog.set_choices(audience="kunder", lang="sv", fmt="html")
    assert dialog.log_rows() == []
    target = tmp_path / "kunder.html"

    dialog.export_to(target)

    assert errors == []
    html = target.read_text(encoding="utf-8")
    assert "Kunder" in html and html.lstrip().lower().startswith("<!doctype html")
    rows = dialog.log_rows()
    assert len(rows) == 1
    _when, audience, language, fmt, version, file_name, sha, gaps = rows[0]
    assert gaps.startswith("published with gaps: ") == bool(dialog.notice.completeness)
    assert (audience, language, fmt, version, file_name) == ("Customers", "Svenska", "HTML", "1", "kunder.html")
    import hashlib

    assert sha == hashlib.sha256(target.read_bytes()).hexdigest()


def test_a_failed_export_says_why_and_logs_nothing(
    qtbot, demo_window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path
) -> None:
    dialog = demo_window.open_notice_dialog()
    qtbot.addWidget(dialog)
    target = tmp_path / "missing-folder" / "notice.pdf"
    dialog.set_choices(fmt="pdf")
    dialog.export_to(target)
    assert errors and errors[0][0] == "The notice was not exported"
    assert "Traceback" not in errors[0][1]
    assert not target.exists()
    assert dialog.log_rows() == []


def test_a_notice_with_gaps_is_published_only_when_the_user_says_so_and_the_log_says_it_had_gaps(
    qtbot, demo_window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from ropa_desktop.gui import notice_dialog

    dialog = demo_window.open_notice_dialog()
    qtbot.addWidget(dialog)
    dialog.set_choices(audience="leverantorskontakter", lang="en", fmt="html")
    gaps = dialog.completeness_texts()
    assert len(gaps) == 2
    target = tmp_path / "suppliers.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    asked: list[list[str]] = []
    answers = [False, True]
    monkeypatch.setattr(notice_dialog, "ask_publish_with_gaps",
                        lambda parent, listed: asked.append(listed) or answers.pop(0))

    dialog.export_button.click()  # "No": nothing is written, nothing logged
    assert asked == [gaps] and not target.exists() and dialog.log_rows() == []

    dialog.export_button.click()  # "Yes"
    assert errors == [] and target.exists()
    [row] = dialog.log_rows()
    assert row[-1] == "published with gaps: " + "; ".join(g.message for g in dialog.notice.completeness)


def test_a_complete_notice_is_published_without_asking(
    qtbot, demo_window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from ropa_desktop.gui import notice_dialog

    dialog = demo_window.open_notice_dialog()
    qtbot.addWidget(dialog)
    dialog.set_choices(audience="kunder", lang="sv", fmt="pdf")
    target = tmp_path / "kunder.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(notice_dialog, "ask_publish_with_gaps", lambda *a: pytest.fail("asked without gaps"))
    dialog.export_button.click()
    assert errors == [] and target.read_bytes().startswith(b"%PDF-")
    assert dialog.log_rows()[0][-1] == ""
