"""Labels of the register exports in every catalogue language: ``label.<key>`` and
``enum.<kind>.<value>`` in resources/locale/<lang>/LC_MESSAGES/ropa.po.

Every text an export prints that does not come from the register itself comes from the
catalogue, whole (never assembled from fragments), so that a translator sees each label
in one piece. Item headings follow the wording of Art. 30 in each language version
of the GDPR, shortened.
"""

from __future__ import annotations

from functools import cache

from ropa_desktop.output.languages import LANGUAGES, language_of
from ropa_desktop.output.wording import catalogue, template

LANGS = LANGUAGES


def normalize(lang: str) -> str:
    """The label language for ``lang`` ('no'/'nn' read as bokmål); English for others."""
    return language_of(lang)


@cache  # the catalogues do not change while a program runs, and a PDF asks for its labels 40,000 times
def label(key: str, lang: str) -> str:
    msgid = f"label.{key}"
    if msgid not in catalogue("en"):
        raise KeyError(key)  # a label the code asks for and no catalogue has: a programming error
    return template(msgid, lang)


@cache
def enum_label(kind: str, value: str, lang: str) -> str:
    """The label of a format value; an unknown value is shown as it is rather than hidden."""
    msgid = f"enum.{kind}.{value}"
    return template(msgid, lang) if msgid in catalogue("en") else value


COPY_KINDS = ("own", "authority")  # an export is the organisation's own copy or one for the supervisory authority


def copy_rows(copy_kind: str, findings_included: bool, lang: str) -> list[tuple[str, str]]:
    """(label, value) rows that say which copy an export is and whether it carries the findings."""
    if copy_kind not in COPY_KINDS:
        raise ValueError(f"copy_kind must be one of {COPY_KINDS}, not {copy_kind!r}")
    return [
        (label("copy_kind", lang), label(f"copy_{copy_kind}", lang)),
        (label("findings_in_export", lang), label("findings_included" if findings_included else "findings_left_out",
                                                  lang)),
    ]


def label_keys() -> list[str]:
    return [msgid.removeprefix("label.") for msgid in catalogue("en") if msgid.startswith("label.")]


def enum_values(kind: str) -> list[str]:
    prefix = f"enum.{kind}."
    return [msgid.removeprefix(prefix) for msgid in catalogue("en") if msgid.startswith(prefix)]
