"""The notices speak from the one catalogue below the GUI (resources/locale/<lang>/LC_MESSAGES/ropa.po):
every phrase the template and the renderers ask for is a ``notice.*`` message translated in every language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ropa_desktop.base.resources import resource_path
from ropa_desktop.notices.texts import NOTICE_LANGUAGES, Phrases
from ropa_desktop.output.catalogue import enum_values
from ropa_desktop.output.languages import LANGUAGES
from ropa_desktop.output.wording import catalogue

NOTICES = Path(__file__).resolve().parents[2] / "ropa_desktop" / "notices"


def _asked_for() -> set[str]:
    """The phrase keys the notice's template and code name literally, and the families they fill from data."""
    template = resource_path("notices", "notice.html.j2").read_text(encoding="utf-8")
    template = re.sub(r"\{#.*?#\}", "", template, flags=re.S)  # its comments name no phrase
    code = "\n".join(p.read_text(encoding="utf-8") for p in NOTICES.glob("*.py"))
    keys = set(re.findall(r"\bt\('([a-z_.]+)'[,)]", template))
    keys |= set(re.findall(r"""\.(?:t|raw)\(\s*["']([a-z_.]+)["']""", code))
    keys |= {f"gap.{k}" for k in re.findall(r'\badd\("[^"]*", "([a-z_]+)"', code)}
    keys |= {f"basis.{b}" for b in enum_values("legal_basis")}
    keys |= {f"recipient.type.{t}" for t in enum_values("recipient_type")}
    keys |= {f"source.{s}" for s in enum_values("source_type")}
    keys |= {f"right.{r}" for r in enum_values("right")}
    return keys


def test_the_notice_asks_the_catalogue_for_many_phrases() -> None:
    keys = _asked_for()
    assert {"doc.intro", "h.complaint", "gap.purpose_no_basis", "basis.consent", "list.last"} <= keys
    assert len(keys) > 100


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_phrase_the_notice_uses_is_in_the_catalogue_of_each_language(lang: str) -> None:
    own = catalogue(lang)
    missing = sorted(k for k in _asked_for() if f"notice.{k}" not in own)
    assert missing == []


def test_notices_are_written_in_every_language_the_catalogue_has() -> None:
    assert set(NOTICE_LANGUAGES) == set(LANGUAGES) >= {"en", "sv", "nb", "da"}


@pytest.mark.parametrize(("lang", "expected"), [("sv", "engelska"), ("nb", "engelsk"), ("da", "engelsk"),
                                                ("en", "English")])
def test_a_fallback_names_the_language_in_the_reader_s_language(lang: str, expected: str) -> None:
    assert Phrases(lang).language_name("en") == expected
    assert Phrases(lang).language_name("nb") in {"norska", "norsk", "Norwegian"}  # the language, not "bokmål"


@pytest.mark.parametrize(("lang", "expected"), [("sv", "a, b och c"), ("nb", "a, b og c"), ("da", "a, b og c"),
                                                ("en", "a, b and c")])
def test_lists_in_a_notice_read_as_each_language_writes_them(lang: str, expected: str) -> None:
    assert Phrases(lang).join(["a", "", "b", "c"]) == expected
