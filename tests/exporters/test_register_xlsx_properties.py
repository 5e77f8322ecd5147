"""The workbook's document properties (File > Properties) are named in the document's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from ropa_desktop.exporters.register_xlsx import write_register_xlsx
from ropa_desktop.services.demo import demo_register

EXPECTED = {
    "sv": {"Organisation", "Organisationsnummer", "Registrets version", "Exemplar"},
    "en": {"Organisation", "Organisation number", "Register version", "Copy"},
}


@pytest.mark.parametrize("lang", ["sv", "nb", "da", "en"])
def test_custom_properties_are_worded_in_the_documents_language(tmp_path: Path, lang: str) -> None:
    register = demo_register()
    register.organisation.org_number = "556677-8899"
    path = tmp_path / "r.xlsx"
    write_register_xlsx(register, path, lang=lang, version="1", copy_kind="authority")
    props = {p.name: p.value for p in load_workbook(path).custom_doc_props}
    if lang in EXPECTED:
        assert set(props) == EXPECTED[lang]
    else:  # never the English names in a Norwegian or Danish workbook
        assert not {"Organisation number", "Register version", "Copy"} & set(props)
    assert "556677-8899" in props.values()
    assert "authority" not in props.values()  # the copy is said in words, not as the program's code
