"""Articles of the GDPR cited as each language's authority writes them in running text.

The checks give their article in canonical EU notation ("Art. 37(1)(b), 37(1)(c)"); that stays
the machine form (``ropa check --json``'s ``article``). A text meant to be read cites in one
style per language (docs/glossary.md, "Citing the regulation"): Swedish "art. 37.1 b",
Norwegian "art. 37 nr. 1 bokstav b", Danish "art. 37, stk. 1, litra b". The words come from
the catalogue (``cite.*``), so a new language brings its own style with its .po file.
A part this does not recognise (a national law's name, "EDPB WP248") is kept as written.
"""

from __future__ import annotations

import re

from ropa_desktop.output.wording import word

_REF = re.compile(r"^(?P<number>\d+(?:[–-]\d+)?)(?P<paragraph>\(\d+\))?(?P<points>(?:\([a-z]\))*)$")
_RECITAL = re.compile(r"^recitals? (?P<number>\d+)$")
_DECISION = re.compile(r"^Decision (?P<number>\(EU\) \d{4}/\d+)$")
_GUIDELINES = re.compile(r"^EDPB Guidelines (?P<number>\d+/\d{4})$")


def cite(article: str, lang: str) -> str:
    """``article`` (canonical notation) in the citation style of ``lang``."""
    if not article:
        return ""
    return "; ".join(_segment(part, lang) for part in article.split("; "))


def _segment(text: str, lang: str) -> str:
    if text.startswith("Art. "):
        return ", ".join(_reference(part, lang) for part in text.split(", "))
    for pattern, msgid in ((_RECITAL, "cite.recital"), (_DECISION, "cite.decision"),
                           (_GUIDELINES, "cite.edpb-guidelines")):
        if match := pattern.match(text):
            return word(msgid, lang, number=match["number"])
    if text.startswith("CJEU "):
        return f"{word('cite.cjeu', lang)} {text[5:]}"
    return text


def _reference(part: str, lang: str) -> str:
    """'Art. 30(1)(e)', or a following '27(2)': each with the article word, since in Danish
    ("art. 35, stk. 1, 35, stk. 3") a bare number after a comma reads as part of the one before."""
    match = _REF.match(part.removeprefix("Art. "))
    if match is None:
        return part
    ref = word("cite.article", lang, number=match["number"])
    if match["paragraph"]:
        ref = word("cite.paragraph", lang, ref=ref, paragraph=match["paragraph"][1:-1])
    for point in re.findall(r"\(([a-z])\)", match["points"]):
        ref = word("cite.point", lang, ref=ref, point=point)
    return ref
