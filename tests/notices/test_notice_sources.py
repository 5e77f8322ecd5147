"""A notice names where data comes from once: "From you: …" never reads "From you: From you …"."""

from __future__ import annotations

import dataclasses
import re

import pytest

from ropa_desktop.base.resources import resource_path
from ropa_desktop.domain.model import LText, Source
from ropa_desktop.interchange.jsonio import read_document
from ropa_desktop.notices import build_notice
from ropa_desktop.notices.render_html import render_html

DOUBLED = {"sv": "Från dig: Från dig", "en": "From you: From you"}


def _demo():
    return read_document(resource_path("demo", "demo-register.json")).register


def _text(register, lang: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", render_html(build_notice(register, "kunder", lang))).split())


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_demo_notice_says_where_customer_data_comes_from_once(lang: str) -> None:
    text = _text(_demo(), lang)
    assert {"sv": "Från dig:", "en": "From you:"}[lang] in text
    assert DOUBLED[lang].casefold() not in text.casefold()


def test_a_description_that_already_names_the_source_is_printed_alone() -> None:
    register = _demo()
    shop = next(a for a in register.activities if a.sources)
    said = LText({"sv": "Från dig när du ringer oss.", "en": "From you when you call us."})
    register.activities[register.activities.index(shop)] = dataclasses.replace(
        shop, sources=[Source(type="data_subject", description=said)])
    for lang, sentence in (("sv", "Från dig när du ringer oss."), ("en", "From you when you call us.")):
        text = _text(register, lang)
        assert sentence in text and DOUBLED[lang].casefold() not in text.casefold()
