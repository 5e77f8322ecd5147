"""Lawfulness rules: the basis fits the data subjects, the data needs its ground, retention is stated.

- criminal-data-no-law: a purpose covering criminal-offence data names the law that
  allows it (Art. 10: under official authority or authorised by Union or national law).
- national-id-no-need: an activity with national identity numbers records why they are
  needed (``national_id_justification``), as SE dataskyddslagen 3 kap. 10 §, NO
  personopplysningsloven § 12 and DK databeskyttelsesloven § 11 ask (Art. 87); a purpose
  narrowed to the numbers that names the law requiring them also states it, and in SE and
  DK consent as the basis of every purpose that covers them does too.
- retention-vague: a retention rule with no period, no law and only "as long as
  necessary" (Art. 5(1)(e), 13(2)(a); WP260 rev.01 para. 48 says this is not enough).
- consent-employees: consent (Art. 6(1)(a) or 9(2)(a)) from employees or applicants
  (Art. 7(4), recital 43, Art. 88; EDPB Guidelines 05/2020 para. 21).
- children-online-consent: consent from children for what the register's words show to
  be an online service (Art. 8; the Nordic age is 13).

Which categories are employees, applicants or children: see subject_kinds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ropa_desktop.checks.engine import CheckContext, activities, rule
from ropa_desktop.checks.finding import Finding
from ropa_desktop.checks.helpers import ACT, E, W
from ropa_desktop.checks.subject_kinds import category_kinds
from ropa_desktop.domain import model
from ropa_desktop.domain.ltext import LText

# The national law on identity numbers, and the age of digital consent (Art. 8(1)), by country.
_NATIONAL_ID_LAW = {
    "SE": "dataskyddslagen (2018:218) 3 kap. 10 §",
    "NO": "personopplysningsloven § 12",
    "DK": "databeskyttelsesloven § 11",
}
_CONSENT_SUFFICES = ("SE", "DK")  # dataskyddslagen 3 kap. 10 § ("utan samtycke"), databeskyttelsesloven § 11, stk. 2
_CHILD_AGE = {
    "SE": (13, "SE: dataskyddslagen (2018:218) 2 kap. 4 §"),
    "NO": (13, "NO: personopplysningsloven § 5"),
    "DK": (13, "DK: databeskyttelsesloven § 6, stk. 2"),
}

# "As long as necessary" and its kin, casefolded, in the register's languages.
_VAGUE_RETENTION = (
    "as long as necessary", "as long as needed", "as long as required", "as long as is necessary",
    "longer than necessary", "longer than is necessary",
    "så länge det behövs", "så länge som behövs", "så länge det är nödvändigt", "så länge som det är nödvändigt",
    "längre än nödvändigt", "längre än vad som är nödvändigt", "längre än det behövs",
    "så lenge det er nødvendig", "så lenge det trengs", "så lenge som nødvendig", "lenger enn nødvendig",
    "lenger enn det som er nødvendig",
    "så længe det er nødvendigt", "så længe det er nødvendig", "længere end nødvendigt",
    "længere end det er nødvendigt",
)

# Words that show an online service (an information society service, Art. 8): whole words, or their start.
_ONLINE_WORDS = frozenset({"online", "app", "appen", "apps", "web", "webb", "website", "internet", "cookie", "cookies",
                           "webshop", "nettbutikk", "netbutik", "spel", "game", "games"})
_ONLINE_STARTS = ("webbplats", "webbsida", "nettside", "nettsted", "hjemmeside", "digital", "sociala medier",
                  "sosiale medier", "sociale medier", "e-tjänst")
_WORD = re.compile(r"\w+")


def _texts(value: object) -> list[str]:
    return list(value.values.values()) if isinstance(value, LText) else []


def organisation_country(register: model.Register) -> str:
    """The organisation's country: its address's, else its lead authority's."""
    org = register.organisation
    country = org.address.country if isinstance(org.address, model.Address) else None
    return country if isinstance(country, str) else org.supervisory_authority


@rule
def criminal_data(ctx: CheckContext) -> Iterator[Finding]:
    for a, name in activities(ctx):
        for i, p in enumerate(a.purposes or []):
            criminal = [ctx.name(c.name) for cid in a.purpose_data_categories(p)
                        if (c := ctx.data_categories.get(cid)) is not None and c.is_criminal]
            if criminal and not p.law_reference:
                yield ctx.finding("criminal-data-no-law", E, "Art. 10", ACT, a.id, f"purposes[{i}].law_reference",
                                  name, activity=name, purpose=ctx.name(p.description),
                                  categories=ctx.names(criminal))


@rule
def national_id(ctx: CheckContext) -> Iterator[Finding]:
    country = organisation_country(ctx.register)
    law = _NATIONAL_ID_LAW.get(country)
    law_words = law or {"word": "national_law"}
    article = f"Art. 87; {country}: {law}" if law else "Art. 87"
    for a, name in activities(ctx):
        if a.is_processor_activity or a.national_id_justification:
            continue
        ids = [cid for cid in a.data_categories
               if (c := ctx.data_categories.get(cid)) is not None and c.is_national_id]
        if not ids:
            continue
        # A purpose narrowed to the numbers that names the law behind it states why they are needed.
        if any(p.law_reference and p.data_categories and set(ids) & set(p.data_categories) for p in a.purposes or []):
            continue
        # SE and DK law let consent stand in for the justification: where every purpose that covers the
        # numbers rests on consent, nothing more is needed (NO law has no such route).
        covering = [p for p in a.purposes or [] if set(ids) & set(a.purpose_data_categories(p))]
        if country in _CONSENT_SUFFICES and covering and all(p.legal_basis == "consent" for p in covering):
            continue
        yield ctx.finding("national-id-no-need", W, article, ACT, a.id, "national_id_justification", name,
                          activity=name, law=law_words,
                          categories=ctx.names(ctx.name(ctx.data_categories[c].name) for c in ids))


@rule
def vague_retention(ctx: CheckContext) -> Iterator[Finding]:
    for a, name in activities(ctx):
        if a.is_processor_activity:
            continue  # the controller we act for decides how long data is kept
        for i, r in enumerate(a.retention or []):
            if r.period or r.law_reference:
                continue
            text = " ".join(_texts(r.description) + _texts(r.trigger)).casefold()
            if any(phrase in text for phrase in _VAGUE_RETENTION):
                yield ctx.finding("retention-vague", W, "Art. 5(1)(e), Art. 13(2)(a), Art. 30(1)(f)", ACT, a.id,
                                  f"retention[{i}].description", name, activity=name)


def _subjects_of(ctx: CheckContext, a: model.Activity, p: model.Purpose, kinds: set[str]) -> list[str]:
    return [ctx.name(s.name) for sid in a.purpose_data_subjects(p)
            if (s := ctx.data_subjects.get(sid)) is not None and category_kinds(s) & kinds]


def _online(ctx: CheckContext, a: model.Activity) -> bool:
    texts = [*_texts(a.name), *_texts(a.description), *(a.systems or []),
             *(t for p in a.purposes or [] for t in _texts(p.description)),
             *(t for cid in a.data_categories if (c := ctx.data_categories.get(cid)) for t in _texts(c.name))]
    folded = " ".join(texts).casefold()
    if any(start in folded for start in _ONLINE_STARTS):
        return True
    return not _ONLINE_WORDS.isdisjoint(_WORD.findall(folded))


@rule
def consent_of_dependants(ctx: CheckContext) -> Iterator[Finding]:
    country = organisation_country(ctx.register)
    age, law = _CHILD_AGE.get(country, (16, "Art. 8(1)"))
    for a, name in activities(ctx):
        if a.is_processor_activity:
            continue
        online = None  # worked out once per activity, when a child's consent is found
        for i, p in enumerate(a.purposes or []):
            if not (p.legal_basis == "consent" or p.special_category_condition == "a"):
                continue
            pname = ctx.name(p.description)
            if staff := _subjects_of(ctx, a, p, {"employees", "applicants"}):
                yield ctx.finding("consent-employees", W, "Art. 7(4), Art. 88; recital 43", ACT, a.id,
                                  f"purposes[{i}].legal_basis", name, activity=name, purpose=pname,
                                  subjects=ctx.names(staff))
            if children := _subjects_of(ctx, a, p, {"children"}):
                online = _online(ctx, a) if online is None else online
                if online:
                    yield ctx.finding("children-online-consent", W, "Art. 8", ACT, a.id,
                                      f"purposes[{i}].legal_basis", name, activity=name, purpose=pname,
                                      subjects=ctx.names(children), age=age, law=law)
