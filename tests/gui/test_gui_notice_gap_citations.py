"""The notice dialog's gap list cites the articles as the notice language's authority does, like the Overview."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ropa_desktop.domain.missing import MISSING
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.services.demo import create_demo_register
from ropa_desktop.store import Kind


def test_a_danish_notice_lists_its_gaps_with_danish_article_references(
    danish, qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    store = create_demo_register(tmp_path / "demo.ropa")
    activity = next(a for a in store.items(Kind.ACTIVITY) if a.transfers)
    first = dataclasses.replace(activity.transfers[0], country=MISSING)
    store.update(Kind.ACTIVITY, dataclasses.replace(activity, transfers=[first, *activity.transfers[1:]]))
    ctx.set_store(store)

    dialog = window.open_notice_dialog()
    qtbot.addWidget(dialog)
    dialog.set_choices(audience="", lang="da")
    gaps = dialog.completeness_texts()

    assert gaps
    assert any(g.endswith("(art. 13, stk. 1, litra f)") for g in gaps), gaps
    assert not [g for g in gaps if "Art. 13(" in g]  # no EU notation after a Danish sentence
