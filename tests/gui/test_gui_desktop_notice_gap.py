"""A notice gap about a transfer whose country is not recorded names the transfer by its recipient,
never by the placeholder the notice prints for an unknown country ("Transfer to Outside the EU/EEA")."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ropa_desktop.domain.missing import MISSING
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.notices.texts import Phrases
from ropa_desktop.services.demo import create_demo_register
from ropa_desktop.store import Kind


def test_a_transfer_without_a_country_is_named_by_its_recipient_in_the_notice_gaps(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    store = create_demo_register(tmp_path / "demo.ropa")
    activity = next(a for a in store.items(Kind.ACTIVITY) if a.transfers)
    first = dataclasses.replace(activity.transfers[0], country=MISSING, copy_available=MISSING, processor=MISSING,
                                recipient=MISSING, recipient_name="Molnbolaget Inc")
    store.update(Kind.ACTIVITY, dataclasses.replace(activity, transfers=[first, *activity.transfers[1:]]))
    ctx.set_store(store)

    dialog = window.open_notice_dialog()
    qtbot.addWidget(dialog)
    dialog.set_choices(audience="", lang="sv")
    gaps = dialog.completeness_texts()

    placeholder = Phrases("sv").t("transfer.country_unknown")  # "Utanför EU/EES"
    assert not [g for g in gaps if f"till {placeholder}" in g]
    assert "Överföring till Molnbolaget Inc: landet är inte angivet (art. 13.1 f)" in gaps
    assert ("Överföring till Molnbolaget Inc: hur man får en kopia av skyddsåtgärderna är inte angivet "
            "(art. 13.1 f)") in gaps
