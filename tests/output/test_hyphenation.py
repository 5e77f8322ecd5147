"""Long words of labels and running text break where their language hyphenates them, with a visible
hyphen; names never break at a hyphenation point."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.colors import Color

from ropa_desktop.domain.ltext import LText
from ropa_desktop.output.hyphenation import SOFT_HYPHEN, hyphenate
from ropa_desktop.output.pdf_fonts import BOLD, REGULAR, register_fonts
from ropa_desktop.output.pdf_layout import TextStyle, Wrapper, bold
from ropa_desktop.services.demo import demo_register
from ropa_desktop.services.export_register import export_pdf


@pytest.mark.parametrize(("lang", "word"), [("nb", "Personvernkonsekvensvurdering"),
                                            ("sv", "Personuppgiftsbiträdesavtal"),
                                            ("da", "Databeskyttelsesrådgiver"), ("en", "Responsibilities")])
def test_a_long_word_gets_break_points_of_its_language(lang: str, word: str) -> None:
    marked = hyphenate(word, lang)
    assert marked.replace(SOFT_HYPHEN, "") == word
    pieces = marked.split(SOFT_HYPHEN)
    assert len(pieces) >= 3 and min(len(p) for p in pieces) >= 2


def test_placeholders_addresses_and_acronyms_stay_whole() -> None:
    text = "{controller} dataskydd@norrskencykel.example www.norrskencykelverkstad.se DATASKYDDSOMBUD"
    assert hyphenate(text, "sv") == text


def test_a_hyphenated_word_is_broken_as_few_times_as_its_line_allows() -> None:
    register_fonts()
    style = TextStyle(REGULAR, BOLD, 8, 10, Color(0, 0, 0))
    lines = Wrapper().wrap(bold(hyphenate("Personvernkonsekvensvurdering (DPIA)", "nb")), 120, style)
    texts = ["".join(text for _font, text in runs) for _indent, runs in lines]
    assert all(SOFT_HYPHEN not in t for t in texts)
    assert len(texts) == 2 and texts[0].endswith("-")
    assert texts[0][:-1] + texts[1] == "Personvernkonsekvensvurdering (DPIA)"


def _lines(pdf: Path) -> list[str]:
    with pdfplumber.open(pdf) as doc:
        return [line for page in doc.pages for line in (page.extract_text() or "").splitlines()]


def test_a_norwegian_label_breaks_with_a_hyphen_not_mid_word(tmp_path: Path) -> None:
    lines = _lines(export_pdf(demo_register(), tmp_path / "nb.pdf", lang="nb"))
    assert not [line for line in lines if "Personvernkonsekvensvurderin " in line]  # the old cut: "…vurderin|g"
    broken = [line for line in lines if line.startswith("Personvernkonsekvens")]
    assert broken and all(line.split(" ")[0].endswith("-") for line in broken)


def test_names_are_never_hyphenated(tmp_path: Path) -> None:
    register = demo_register()
    name = "Kundeserviceavdelingsoppfølgingssystemet"  # cut where a column ends, but at no hyphenation point
    register.activities[0] = dataclasses.replace(register.activities[0], name=LText({"sv": name}))
    lines = _lines(export_pdf(register, tmp_path / "nb.pdf", lang="nb"))
    assert any(name in line for line in lines)  # the activity's heading
    broken = [token for line in lines for token in line.split() if token.endswith("-") and token[:-1] in name]
    assert broken == []
