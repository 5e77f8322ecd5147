"""The register export never lists a transfer to an EU/EEA state as a third-country transfer (Art. 44)."""

from __future__ import annotations

from ropa_desktop.domain import Activity, LText, Organisation, Processor, Register, Scc, Transfer
from ropa_desktop.exporters.register_text import RegisterText


def _register(*transfers: Transfer) -> Register:
    return Register(
        languages=["en"],
        organisation=Organisation(name="Acme AB", supervisory_authority="SE"),
        processors=[Processor(id="cloud", name="Cloudy Inc.")],
        activities=[Activity(id="a", name=LText({"en": "Orders"}), role="controller", transfers=list(transfers))],
    )


def test_a_transfer_to_an_eea_state_is_no_transfer_in_the_register() -> None:
    to_norway = Transfer(country="NO", processor="cloud", mechanism="adequacy")
    rt = RegisterText(_register(to_norway), "en")
    activity = rt.register.activities[0]
    assert rt.transfers(activity) == [rt.label("no_transfers")]
    assert rt.has_transfers(activity) == rt.label("no")
    assert "Norway" not in " ".join(rt.transfer_countries(activity) + rt.transfer_safeguards(activity))


def test_a_third_country_transfer_is_still_listed_beside_an_eea_one() -> None:
    to_india = Transfer(country="IN", processor="cloud", mechanism="scc", scc=Scc(status="signed"))
    rt = RegisterText(_register(Transfer(country="DE", processor="cloud", mechanism="none"), to_india), "en")
    lines = rt.transfers(rt.register.activities[0])
    assert len(lines) == 1 and lines[0].startswith("India — Cloudy Inc.")
