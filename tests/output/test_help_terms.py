"""The help calls the checks' findings what the documents and the glossary call them."""

from __future__ import annotations

import pytest

from ropa_desktop.base.resources import resource_path
from ropa_desktop.output.catalogue import label

# The words the help used before the documents settled on iakttagelse / funn / fund.
OLD_WORDS = {"sv": "anmärkning", "nb": "merknader til orientering", "da": "noter"}


@pytest.mark.parametrize("lang", ["sv", "nb", "da"])
def test_the_help_names_findings_as_the_exports_do(lang: str) -> None:
    findings = label("findings", lang).casefold()  # "Iakttagelser" / "Funn" / "Fund" in the PDF
    for page in ("overview.md", "exporting.md"):
        text = resource_path("help", lang, page).read_text(encoding="utf-8").casefold()
        assert f"**{findings}**" in text, page
        assert OLD_WORDS[lang] not in text, page

