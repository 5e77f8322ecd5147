"""The rules. Each says which article it rests on; messages are in the catalogue (resources/locale)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ropa_desktop.checks.dpia_rules import dpia_criteria
from ropa_desktop.checks.engine import CheckContext, activities, rule
from ropa_desktop.checks.finding import Finding, Severity
from ropa_desktop.checks.helpers import ACT, LANGS, E, I, W
from ropa_desktop.checks.helpers import country_words as _country
from ropa_desktop.checks.helpers import party as _party
from ropa_desktop.checks.helpers import words as _words
from ropa_desktop.domain.missing import MISSING
from ropa_desktop.domain.model import Transfer
from ropa_desktop.domain.transfer_facts import dpf_certified
from ropa_desktop.reference import adequacy_decision, is_eea
from ropa_desktop.reference.safeguards import DPF_COUNTRY

# --- purposes and legal bases -------------------------------------------------------

@rule
def purposes(ctx: CheckContext) -> Iterator[Finding]:
    for a, name in activities(ctx):
        if a.is_processor_activity:
            continue
        if not a.purposes:
            yield ctx.finding("activity-no-purpose", E, "Art. 5(1)(b), Art. 30(1)(b)", ACT, a.id, "purposes",
                              name, activity=name)
            continue
        draft = a.effective_status == "draft"
        for i, p in enumerate(a.purposes):
            pname = ctx.name(p.description)
            path = f"purposes[{i}]"
            if p.legal_basis is MISSING:
                yield ctx.finding("purpose-no-legal-basis", W if draft else E, "Art. 6(1)", ACT, a.id,
                                  f"{path}.legal_basis", name, activity=name, purpose=pname)
            elif p.legal_basis == "legitimate_interests" and not p.legitimate_interest:
                yield ctx.finding("legitimate-interest-undescribed", E, "Art. 6(1)(f), Art. 13(1)(d)", ACT, a.id,
                                  f"{path}.legitimate_interest", name, activity=name, purpose=pname)
            elif p.legal_basis in ("legal_obligation", "public_task") and not p.law_reference:
                yield ctx.finding("law-reference-missing", W, "Art. 6(3)", ACT, a.id, f"{path}.law_reference",
                                  name, activity=name, purpose=pname, basis=_words(p.legal_basis))
            covered = a.purpose_data_categories(p)
            if not p.special_category_condition and not ctx.special_ids.isdisjoint(covered):
                special = [ctx.name(ctx.data_categories[cid].name) for cid in covered if cid in ctx.special_ids]
                yield ctx.finding("special-category-no-condition", E, "Art. 9(2)", ACT, a.id,
                                  f"{path}.special_category_condition", name, activity=name, purpose=pname,
                                  categories=ctx.names(special))


@rule
def unspecified_special(ctx: CheckContext) -> Iterator[Finding]:
    for c in ctx.register.data_categories:
        if c.special_category == "unspecified":
            cname = ctx.name(c.name)
            yield ctx.finding("special-category-unspecified", W, "Art. 9(1), Art. 30(1)(c)", "data_categories",
                              c.id, "special_category", cname, category=cname)


# --- transfers ---------------------------------------------------------------------------

@rule
def transfers(ctx: CheckContext) -> Iterator[Finding]:
    for a, name in activities(ctx):
        for i, t in enumerate(a.transfers or []):
            path = f"transfers[{i}]"

            def found(code: str, severity: Severity, article: str, fld: str, **params: object) -> Finding:
                return ctx.finding(code, severity, article, ACT, a.id, f"{path}{fld}", name,  # noqa: B023
                                   activity=name, party=_party(ctx, t), **params)  # noqa: B023

            country = t.country if isinstance(t.country, str) else None
            if country is None:
                yield found("transfer-no-country", W, "Art. 30(1)(e)", ".country")
            elif is_eea(country):
                yield found("transfer-within-eea", I, "Art. 44", ".country", country=_country(country))
                continue
            decision = adequacy_decision(country) if country else None
            if country and (t.mechanism == "none" or (t.mechanism == "adequacy" and decision is None)):
                yield found("transfer-no-safeguard", E, "Art. 44–46", ".mechanism", country=_country(country))
            elif (country and t.mechanism == "adequacy" and decision is not None and decision.partial
                  and not _scope_recorded_as_met(t, country)):
                yield found("transfer-adequacy-partial", I, "Art. 45", ".mechanism", country=_country(country),
                            scope={lang: decision.scope_text(lang) for lang in LANGS})
            if t.mechanism == "scc":
                status = t.scc.status if t.scc else "missing"
                if status == "outdated":
                    yield found("scc-outdated", E, "Art. 46(2)(c)", ".scc.status")
                elif status in ("missing", "in_negotiation"):
                    yield found("scc-not-signed", E if status == "missing" else W, "Art. 46(2)(c)", ".scc.status",
                                status=_words(status))
                if t.scc and t.scc.module is MISSING:
                    yield found("scc-no-module", W, "Art. 46(2)(c)", ".scc.module")
            if t.mechanism in ("scc", "bcr") and (not t.tia or t.tia.status == "pending"):
                yield found("transfer-no-tia", W, "Art. 46(1); CJEU C-311/18 (Schrems II)", ".tia",
                            mechanism=_words(t.mechanism))


def _scope_recorded_as_met(t: Transfer, country: str) -> bool:
    """True when the register itself records that the recipient is inside a partial decision's scope.

    Only the US decision (EU) 2023/1795 has such a fact in the format: the recipient's DPF
    certification (`transfers[].dpf.certified`). A certified recipient is covered by Art. 45, so
    saying the decision covers "only part" of the country would wrongly cast doubt on it.
    """
    return country == DPF_COUNTRY and dpf_certified(t)


# --- processors ------------------------------------------------------------------------

@rule
def processor_contracts(ctx: CheckContext) -> Iterator[Finding]:
    used: dict[str, int] = {}
    for a in ctx.register.activities:
        if a.effective_status == "retired":
            continue
        for pid in a.processors or []:
            used[pid] = used.get(pid, 0) + 1
    for p in ctx.register.processors or []:
        if p.id not in used:
            continue
        status = p.dpa.status if p.dpa else "not recorded"
        if status in ("missing", "pending", "not recorded"):
            yield ctx.finding("processor-no-dpa", E if status != "pending" else W, "Art. 28(3)", "processors",
                              p.id, "dpa", p.name, processor=p.name,
                              status=_words(status))
        if p.dpa and p.dpa.review_on and p.dpa.review_on < ctx.today:
            yield ctx.finding("dpa-review-overdue", W, "Art. 28(3), Art. 5(2)", "processors", p.id,
                              "dpa.review_on", p.name, processor=p.name, date={"date": p.dpa.review_on.isoformat()})


@rule
def processors_outside_eea(ctx: CheckContext) -> Iterator[Finding]:
    for a, name in activities(ctx):
        for pid in a.processors or []:
            p = ctx.processors.get(pid)
            if p is None:
                continue
            covered = {t.country for t in a.transfers or [] if t.processor == pid}
            for code in p.countries():
                if is_eea(code) or code in covered or None in covered:
                    continue
                # Reported once per activity and processor; the country named is the first one found.
                yield ctx.finding("processor-outside-eea-uncovered", E, "Art. 30(1)(e), Art. 44", ACT, a.id,
                                  "transfers", name, activity=name, processor=p.name,
                                  country=_country(code))
                break


# --- retention, review, DPIA ------------------------------------------------------------

@rule
def retention(ctx: CheckContext) -> Iterator[Finding]:
    for a, name in activities(ctx):
        if not a.retention:
            yield ctx.finding("no-retention", W, "Art. 5(1)(e), Art. 30(1)(f)", ACT, a.id, "retention", name,
                              activity=name)
            continue
        for i, p in enumerate(a.purposes or []):
            if not a.retention_for(p.id):
                yield ctx.finding("purpose-no-retention", W, "Art. 5(1)(e), Art. 13(2)(a)", ACT, a.id,
                                  f"purposes[{i}]", name, activity=name, purpose=ctx.name(p.description))


@rule
def reviews(ctx: CheckContext) -> Iterator[Finding]:
    for a, name in activities(ctx):
        if isinstance(a.next_review, dt.date) and a.next_review < ctx.today and a.effective_status != "retired":
            yield ctx.finding("review-overdue", W, "Art. 5(2), Art. 24(1)", ACT, a.id, "next_review", name,
                              activity=name, date={"date": a.next_review.isoformat()})


# --- gaps: not recorded where the law needs an answer ---------------------------------------

def _not_recorded(ctx: CheckContext, severity: Severity, article: str, entity: str, entity_id: str, fld: str,
                  name: str) -> Finding:
    return ctx.finding("not-recorded", severity, article, entity, entity_id, fld, name,
                       message_id=f"not-recorded.{fld}", name=name)


@rule
def not_recorded(ctx: CheckContext) -> Iterator[Finding]:
    org = ctx.register.organisation
    if org.dpo is MISSING:
        yield _not_recorded(ctx, W, "Art. 30(1)(a), Art. 37", "organisation", "", "dpo", org.name)
    if not (org.email or org.phone or org.address or org.complaints_contact):
        yield ctx.finding("org-no-contact", E, "Art. 13(1)(a), Art. 30(1)(a)", "organisation", "", "email",
                          org.name)
    for a, name in activities(ctx):
        controller = not a.is_processor_activity
        if a.transfers is MISSING:
            yield _not_recorded(ctx, W, "Art. 30(1)(e)", ACT, a.id, "transfers", name)
        if a.recipients is MISSING and controller:
            yield _not_recorded(ctx, W, "Art. 30(1)(d)", ACT, a.id, "recipients", name)
        if a.processors is MISSING:
            yield _not_recorded(ctx, I, "Art. 30(1)(d), Art. 28", ACT, a.id, "processors", name)
        if a.security_measures is MISSING:
            yield _not_recorded(ctx, W, "Art. 30(1)(g), Art. 32", ACT, a.id, "security_measures", name)
        if a.sources is MISSING and controller:
            yield _not_recorded(ctx, W, "Art. 14(2)(f)", ACT, a.id, "sources", name)
        if a.requirement is MISSING and controller:
            yield _not_recorded(ctx, I, "Art. 13(2)(e)", ACT, a.id, "requirement", name)
        if a.automated_decisions is MISSING and controller:
            yield _not_recorded(ctx, I, "Art. 13(2)(f), Art. 22", ACT, a.id, "automated_decisions", name)
        # A DPIA is the controller's duty (Art. 35(1)); a processor only assists (Art. 28(3)(f)).
        if a.dpia is MISSING and controller and len(dpia_criteria(ctx, a)) < 2:
            yield _not_recorded(ctx, I, "Art. 35", ACT, a.id, "dpia", name)


@rule
def activity_details(ctx: CheckContext) -> Iterator[Finding]:
    for a, name in activities(ctx):
        ad = a.automated_decisions
        if ad and ad.exists and not (ad.logic and ad.consequences):
            # A decision solely by automated means: say what Art. 22 asks, not only what the notice lacks.
            yield ctx.finding("automated-decision-undescribed", W, "Art. 22(2), 22(3), Art. 13(2)(f), Art. 14(2)(g)",
                              ACT, a.id, "automated_decisions.logic", name, activity=name)
        elif ad and ad.profiling and not (ad.logic and ad.consequences):
            yield ctx.finding("automated-logic-missing", W, "Art. 13(2)(f), Art. 14(2)(g)", ACT, a.id,
                              "automated_decisions.logic", name, activity=name)
        if a.role == "joint_controller":
            for i, jc in enumerate(a.joint_controllers or []):
                if not jc.responsibilities:
                    yield ctx.finding("joint-responsibilities-missing", W, "Art. 26(1)", ACT, a.id,
                                      f"joint_controllers[{i}].responsibilities", name, activity=name,
                                      controller=jc.name)
        if a.role == "processor":
            for i, c in enumerate(a.controllers or []):
                if not c.dpa or c.dpa.status not in ("signed", "not_required"):
                    yield ctx.finding("controller-no-dpa", W, "Art. 28(3), Art. 30(2)", ACT, a.id,
                                      f"controllers[{i}].dpa", name, activity=name, controller=c.name)
        if a.effective_status == "draft":
            yield ctx.finding("draft-activity", I, "Art. 13, Art. 14", ACT, a.id, "status", name, activity=name)
