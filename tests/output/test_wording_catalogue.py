"""The catalogues under resources/locale: every message in every language, placeholders kept,
and every finding the rules can raise has its message."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from ropa_desktop.base.resources import resource_path
from ropa_desktop.output.citations import cite
from ropa_desktop.output.languages import LANGUAGES
from ropa_desktop.output.wording import catalogue, fill, word

CHECKS = Path(__file__).resolve().parents[2] / "ropa_desktop" / "checks"


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _po(lang: str):
    with resource_path("locale", lang, "LC_MESSAGES", "ropa.po").open("rb") as fh:
        return read_po(fh, locale=lang)


def test_every_language_has_a_catalogue_with_the_english_ids() -> None:
    english = {m.id for m in _po("en") if m.id}
    assert len(english) > 50
    for lang in LANGUAGES:
        ids = {m.id for m in _po(lang) if m.id}
        assert ids == english, (lang, english ^ ids)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated_and_keeps_its_placeholders(lang: str) -> None:
    english = {m.id: m.string for m in _po("en") if m.id}
    for message in _po(lang):
        if not message.id:
            continue
        assert message.string, f"{lang}: {message.id} has no translation"
        assert not message.fuzzy, f"{lang}: {message.id} is fuzzy"
        assert _placeholders(message.string) == _placeholders(english[message.id]), (lang, message.id)


@pytest.mark.parametrize("lang", ["nb", "da", "sv"])
def test_a_translation_is_not_the_english_text(lang: str) -> None:
    english = catalogue("en")
    # Findings, their words and the notices' sentences; export labels such as "Telefon" or "Organisation"
    # may well be the same, and so may a phrase that is only placeholders and punctuation ("{label}: {text}").
    alike = {"notice.notice.version"}  # "Version 3" in Swedish and Danish too
    same = [k for k, v in catalogue(lang).items()
            if k.startswith(("finding.", "word.", "notice.")) and v == english[k] and k not in alike
            and re.search(r"[^\W\d_]", re.sub(r"\{\w+\}", "", v))]
    assert same == []


def test_every_finding_the_rules_raise_has_a_message() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in CHECKS.glob("*.py"))
    codes = set(re.findall(r'(?:ctx\.finding|found)\(\s*"([a-z0-9-]+)"', source))
    fields = set(re.findall(r'_not_recorded\(ctx, \w, "[^"]*", [^,]+, [^,]+, "([a-z_]+)"', source))
    assert len(codes) > 30 and len(fields) == 9
    msgids = {f"finding.{c}" for c in codes - {"not-recorded"}} | {f"finding.not-recorded.{f}" for f in fields}
    assert msgids - set(catalogue("en")) == set()


def test_parameters_are_worded_in_the_reader_s_language() -> None:
    assert word("word.legal_obligation", "nb") == "en rettslig forpliktelse"
    assert fill({"quoted": {"sv": "Lön", "en": "Payroll"}}, "da") == "»Lön«"  # the register's first language
    assert fill({"quoted": {"sv": "Lön", "en": "Payroll"}}, "en") == "“Payroll”"
    assert fill({"country": "DE"}, "nb") == "Tyskland"
    assert fill({"date": "2026-12-02"}, "da") == "02.12.2026"
    assert fill({"list": [{"word": "scc"}, "x"]}, "sv") == "standardavtalsklausuler, x"
    # A language without a catalogue reads English rather than failing.
    assert word("word.missing", "fi") == "missing"


@pytest.mark.parametrize(("lang", "expected"), [
    ("sv", "art. 37.1 b, art. 37.1 c; skäl 43"),
    ("nb", "art. 37 nr. 1 bokstav b, art. 37 nr. 1 bokstav c; fortalepunkt 43"),
    ("da", "art. 37, stk. 1, litra b, art. 37, stk. 1, litra c; betragtning 43"),
])
def test_articles_are_cited_as_each_authority_writes_them(lang: str, expected: str) -> None:
    assert cite("Art. 37(1)(b), 37(1)(c); recital 43", lang) == expected
    assert cite("Art. 87; NO: personopplysningsloven § 12", lang).endswith("; NO: personopplysningsloven § 12")
