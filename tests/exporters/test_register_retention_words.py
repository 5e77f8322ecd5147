"""Register lines read as phrases a DPO would write: a retention rule "tills att du avslutar
prenumerationen", "14 dagar", never "tills en händelse (se beskrivning), räknat från …" or "14 dygn";
a source "Från den registrerade: …", never a lower-case "den registrerade:" before a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from ropa_desktop.services.demo import demo_register
from ropa_desktop.services.export_register import export_xlsx


def _cells(path: Path) -> list[str]:
    book = load_workbook(path, read_only=True)
    try:
        return [c for ws in book.worksheets if ws.sheet_state == "visible"
                for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    finally:
        book.close()


@pytest.mark.parametrize(("lang", "until", "days", "machine"), [
    ("sv", "tills att du avslutar prenumerationen: Sparas", "14 dagar: Inspelningar", "(se beskrivning)"),
    ("nb", "til att du avslutar prenumerationen: Sparas", "14 dager: Inspelningar", "(se beskrivelse)"),
    ("en", "until your unsubscribing: Kept", "14 days: Recordings", "(see description)"),
])
def test_retention_rules_read_as_whole_phrases(tmp_path: Path, lang: str, until: str, days: str,
                                               machine: str) -> None:
    cells = _cells(export_xlsx(demo_register(), tmp_path / f"{lang}.xlsx", lang=lang))
    assert any(until in c for c in cells)
    assert any(days in c for c in cells)
    assert [c for c in cells if machine in c] == []


@pytest.mark.parametrize(("lang", "expected", "machine"), [
    ("sv", "Från den registrerade: När du handlar i butiken eller webbutiken.", "den registrerade: När"),
    ("nb", "Fra den registrerte: När du handlar i butiken eller webbutiken.", "den registrerte: När"),
    ("da", "Fra den registrerede: När du handlar i butiken eller webbutiken.", "den registrerede: När"),
])
def test_a_source_line_starts_as_a_sentence(tmp_path: Path, lang: str, expected: str, machine: str) -> None:
    cells = [line for c in _cells(export_xlsx(demo_register(), tmp_path / f"{lang}.xlsx", lang=lang))
             for line in c.splitlines()]
    assert any(expected in line for line in cells)
    assert [line for line in cells if line.lstrip("• ").startswith(machine)] == []
