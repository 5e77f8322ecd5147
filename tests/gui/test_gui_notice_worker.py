"""A long register's notice preview is built in a worker: the dialog says so meanwhile, and the newest choice wins."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.notice_dialog import BACKGROUND_ABOVE, NoticeDialog
from ropa_desktop.services.demo import demo_register
from ropa_desktop.store import RegisterStore


@pytest.fixture
def long_window(qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path) -> MainWindow:
    register = demo_register()
    templates = register.activities
    activities = [dataclasses.replace(templates[n % len(templates)], id=f"{templates[n % len(templates)].id}-{n}")
                  for n in range(BACKGROUND_ABOVE + 1)]
    register = dataclasses.replace(register, activities=activities)
    store = RegisterStore.create(tmp_path / "long.ropa", register.organisation, register.languages)
    store.replace_all(register)
    ctx.set_store(store)
    ctx.run_synchronously = False
    return window


def test_the_preview_is_prepared_in_the_background_and_the_newest_choice_wins(
    qtbot, long_window: MainWindow, ctx: AppContext
) -> None:
    dialog = long_window.open_notice_dialog()
    assert isinstance(dialog, NoticeDialog)
    qtbot.addWidget(dialog)
    assert dialog.is_preparing() and dialog.status.text() == "Preparing preview…"
    # Two more choices before the first build ends: only the last is shown.
    dialog.set_choices(lang="sv")
    dialog.set_choices(lang="en")
    qtbot.waitUntil(lambda: not dialog.is_preparing(), timeout=60_000)
    assert dialog.notice.lang == "en"
    assert "Customers" in dialog.preview_text()
    assert dialog.completeness_texts() or dialog.gaps_label.text()

    with qtbot.waitSignal(dialog.preview_shown, timeout=60_000):
        dialog.set_choices(lang="sv")
        assert dialog.is_preparing()
    assert dialog.notice.lang == "sv" and "Kunder" in dialog.preview_text()
