"""Whether a DPIA is needed (Art. 35): the EDPB's WP248 criteria and the national Art. 35(4) lists.

The register cannot show scale or new technology, so the criteria read here are those it
records: profiling (evaluation), automated decisions, systematic monitoring (words of the
activity's systems and description), special-category or criminal-offence data,
combined sources, and vulnerable data subjects (whole categories, see subject_kinds).
Employees count as vulnerable under WP248's criterion 7 (the imbalance of power), toward
its rule that two criteria met call for a DPIA; the finding says so.

A DPIA is the controller's duty (Art. 35(1)): activities where we are processor get no
DPIA finding.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ropa_desktop.checks.engine import CheckContext, activities, rule
from ropa_desktop.checks.finding import Finding
from ropa_desktop.checks.helpers import ACT, LANGS, E, W, words
from ropa_desktop.checks.subject_kinds import VULNERABLE, category_kinds
from ropa_desktop.domain import model
from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.rights import is_direct_marketing
from ropa_desktop.output.wording import word
from ropa_desktop.reference.dpia_lists import DpiaListItem, dpia_list

_MONITORING_WORDS = ("cctv", "camera", "kamera", "gps", "monitoring", "övervakning", "overvåking", "overvågning",
                     "tracking", "spårning", "sporing", "positionering", "geolocation")
_LOCATION_WORDS = ("gps", "geolocation", "location data", "positionering", "positionsdata", "platsdata",
                   "platsuppgifter", "lokaliseringsdata", "lokasjonsdata", "lokasjon", "posisjonsdata",
                   "lokationsdata", "lokalitetsdata")


def _texts(ltext: object) -> list[str]:
    return list(ltext.values.values()) if isinstance(ltext, LText) else []


def subject_kinds(ctx: CheckContext, a: model.Activity) -> set[str]:
    kinds: set[str] = set()
    for sid in a.data_subjects:
        if (s := ctx.data_subjects.get(sid)) is not None:
            kinds |= category_kinds(s)
    return kinds


def dpia_criteria(ctx: CheckContext, a: model.Activity) -> list[str]:
    """The WP248 criteria an activity visibly meets (the register cannot show scale or new technology)."""
    met: list[str] = []
    ad = a.automated_decisions
    if ad and ad.profiling:
        met.append("evaluation")
    if ad and ad.exists:
        met.append("automated_decision")
    text = " ".join([*(a.systems or []), *_texts(a.description)]).casefold()
    if any(w in text for w in _MONITORING_WORDS):
        met.append("monitoring")
    if any((c := ctx.data_categories.get(cid)) is not None and (c.is_special or c.is_criminal)
           for cid in a.data_categories):
        met.append("sensitive")
    other_sources = {s.type for s in a.sources or [] if s.type != "data_subject"}
    if len(a.sources or []) >= 2 and other_sources:
        met.append("combining")
    if subject_kinds(ctx, a) & VULNERABLE:
        met.append("vulnerable")
    return met


def _signals(ctx: CheckContext, a: model.Activity, met: list[str]) -> set[str]:
    """What a national list item may ask for beyond the WP248 criteria."""
    found = set(met) | subject_kinds(ctx, a)
    specials = {c.special_category for cid in a.data_categories if (c := ctx.data_categories.get(cid)) is not None}
    found |= {s for s in ("health", "biometric", "genetic") if s in specials}
    names = [t for cid in a.data_categories if (c := ctx.data_categories.get(cid)) is not None
             for t in _texts(c.name)]
    text = " ".join([*(a.systems or []), *_texts(a.description), *names]).casefold()
    if any(w in text for w in _LOCATION_WORDS):
        found.add("location")
    if any(is_direct_marketing(p) for p in a.purposes or []):
        found.add("marketing")
    return found


def _matches(item: DpiaListItem, signals: set[str], met: list[str]) -> bool:
    if not item.all_of or not set(item.all_of) <= signals:
        return False
    return len(set(met) - set(item.all_of)) >= item.plus_criteria


def _criteria_words(ctx: CheckContext, a: model.Activity, met: list[str]) -> dict[str, Any]:
    keys = ["vulnerable_employees" if c == "vulnerable" and "employees" in subject_kinds(ctx, a) else c
            for c in met]
    return {"list": [{"word": f"dpia_criterion.{k}"} for k in keys]}


@rule
def dpia(ctx: CheckContext) -> Iterator[Finding]:
    national = dpia_list(ctx.register.organisation.supervisory_authority)
    for a, name in activities(ctx):
        if a.is_processor_activity:
            continue
        if a.dpia and a.dpia.required == "yes" and a.dpia.status != "done":
            status = a.dpia.status if isinstance(a.dpia.status, str) else "not recorded"
            yield ctx.finding("dpia-not-done", E, "Art. 35(1)", ACT, a.id, "dpia.status", name, activity=name,
                              status=words(status))
            continue
        if a.dpia and a.dpia.required == "yes":
            continue
        met = dpia_criteria(ctx, a)
        if national is not None:
            # An item of the national list makes a DPIA mandatory (Art. 35(4)), even where "no" is recorded.
            signals = _signals(ctx, a, met)
            items = [item for item in national.items if _matches(item, signals, met)]
            if items:
                yield ctx.finding(
                    "dpia-national-list", W, "Art. 35(4)", ACT, a.id, "dpia.required", name, activity=name,
                    authority={lang: national.authority_name(lang) for lang in LANGS},
                    items={lang: "; ".join(f"{word('quote', lang, text=i.display_name(lang))} ({i.id})"
                                           for i in items) for lang in LANGS},
                )
        if a.dpia and a.dpia.required == "no":
            continue
        if len(met) >= 2:
            yield ctx.finding("dpia-criteria-undecided", W, "Art. 35(1), 35(3); EDPB WP248", ACT, a.id,
                              "dpia.required", name, activity=name, count=len(met),
                              criteria=_criteria_words(ctx, a, met))
