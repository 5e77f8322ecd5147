"""What a notice cannot say yet: every Art. 13/14 item the register leaves unfilled, in the notice's language.

The list reads the register, not the rendered notice, because a gap is an answer the
DPO has not recorded (``MISSING``) and that distinction is lost once texts are rendered.
"""

from __future__ import annotations

from ropa_desktop import reference
from ropa_desktop.domain import model as m
from ropa_desktop.domain.audiences import audience_activities
from ropa_desktop.domain.missing import is_recorded
from ropa_desktop.notices.content import short_label
from ropa_desktop.notices.notice_parts import Gap
from ropa_desktop.notices.texts import Phrases
from ropa_desktop.output.wording import word

# Mechanisms whose safeguards a data subject may ask a copy of (Art. 13(1)(f), 14(1)(f)).
_COPY_MECHANISMS = {"scc", "bcr", "codes_of_conduct", "certification"}


# The gap messages' parameters that are names (quoted), not countries or phrases.
_QUOTED = frozenset({"activity", "purpose", "audience", "code"})


class _Gaps:
    def __init__(self, register: m.Register, lang: str) -> None:
        self.register = register
        self.lang = lang
        self.order = [lang, *register.languages]
        self.p = Phrases(lang)
        self.gaps: list[Gap] = []
        self._seen: set[str] = set()
        self.categories = {c.id: c for c in register.data_categories}

    def add(self, article: str, key: str, **values: str) -> None:
        # names the register holds stand between the notice language's own quotation marks
        values = {k: word("quote", self.lang, text=v) if k in _QUOTED else v for k, v in values.items()}
        message = self.p.t(f"gap.{key}", **values)
        if message not in self._seen:
            self._seen.add(message)
            self.gaps.append(Gap(article, message))

    def organisation(self) -> None:
        org = self.register.organisation
        if not (org.email or org.phone or org.address or org.website):
            self.add("Art. 13(1)(a)", "controller_contact")
        if not is_recorded(org.dpo):
            self.add("Art. 13(1)(b)", "dpo_not_recorded")
        established = org.address.country if isinstance(org.address, m.Address) and org.address.country else ""
        if not is_recorded(org.representative) and established and not reference.is_eea(established):
            self.add("Art. 13(1)(a), Art. 27", "representative_not_recorded")
        if reference.authority_for(org.supervisory_authority or "") is None:
            self.add("Art. 13(2)(d), Art. 77", "authority_unknown", code=org.supervisory_authority or "")

    def activity(self, activity: m.Activity, purposes: list[m.Purpose], audience: str) -> None:
        name = short_label(activity.name.text(self.order))
        if not is_recorded(activity.sources) or not activity.sources:
            self.add("Art. 14(2)(f)", "no_sources", activity=name)
        for source in activity.sources or []:
            if source.type != "data_subject" and not source.description:
                self.add("Art. 14(2)(f)", "source_not_described", activity=name)
        collects_directly = not activity.sources or any(s.type == "data_subject" for s in activity.sources)
        if collects_directly and not is_recorded(activity.requirement):
            self.add("Art. 13(2)(e)", "no_requirement", activity=name)
        if not is_recorded(activity.recipients):
            self.add("Art. 13(1)(e)", "recipients_not_recorded", activity=name)
        if not is_recorded(activity.processors):
            self.add("Art. 13(1)(e)", "processors_not_recorded", activity=name)
        if not is_recorded(activity.transfers):
            self.add("Art. 13(1)(f)", "transfers_not_recorded", activity=name)
        ad = activity.automated_decisions
        if not is_recorded(ad):
            self.add("Art. 13(2)(f)", "automated_not_recorded", activity=name)
        elif isinstance(ad, m.AutomatedDecisions):
            if (ad.exists or ad.profiling) and not ad.logic:
                self.add("Art. 13(2)(f)", "automated_no_logic", activity=name)
            if ad.exists and not ad.consequences:
                self.add("Art. 13(2)(f)", "automated_no_consequences", activity=name)
        if activity.role == "joint_controller":
            for jc in activity.joint_controllers or []:
                if not jc.responsibilities:
                    self.add("Art. 26(2)", "joint_no_essence", activity=name, partner=jc.name)
        for purpose in purposes:
            self.purpose(activity, purpose, audience)
        for transfer in reference.third_country_transfers(activity):  # one to the EEA is no transfer
            self.transfer(transfer)

    def purpose(self, activity: m.Activity, purpose: m.Purpose, audience: str) -> None:
        label = short_label(purpose.description.text(self.order))
        basis = purpose.legal_basis if isinstance(purpose.legal_basis, str) else ""
        if not basis:
            self.add("Art. 13(1)(c)", "purpose_no_basis", purpose=label)
        if basis == "legitimate_interests" and not purpose.legitimate_interest:
            self.add("Art. 13(1)(d)", "purpose_no_interest", purpose=label)
        if basis in ("legal_obligation", "public_task") and not purpose.law_reference:
            self.add("Art. 6(3)", "purpose_no_law", purpose=label)
        special = any(
            (c := self.categories.get(cid)) is not None and c.is_special
            for cid in activity.purpose_data_categories(purpose)
        )
        if special and not purpose.special_category_condition:
            self.add("Art. 9(2)", "purpose_no_condition", purpose=label)
        rules = [r for r in activity.retention_for(purpose.id) if not r.data_subjects or audience in r.data_subjects]
        if not rules:
            self.add("Art. 13(2)(a)", "purpose_no_retention", purpose=label)

    def transfer(self, transfer: m.Transfer) -> None:
        country = transfer.country if isinstance(transfer.country, str) else ""
        # Without a country the transfer is named by its recipient: the notice's placeholder for an
        # unknown country ("Outside the EU/EEA") is no name ("Transfer to Outside the EU/EEA").
        where = reference.country_name(country, self.lang) if country else self._recipient(transfer)
        if not country:
            self.add("Art. 13(1)(f)", "transfer_no_country", recipient=self._recipient(transfer))
        if transfer.mechanism == "none":
            self.add("Art. 13(1)(f), Art. 44", "transfer_no_safeguard", country=where)
        if transfer.mechanism in _COPY_MECHANISMS and not transfer.copy_available:
            self.add("Art. 13(1)(f)", "transfer_no_copy", country=where)
        if transfer.mechanism == "derogation" and not transfer.derogation:
            self.add("Art. 13(1)(f), Art. 49", "transfer_no_derogation", country=where)

    def _recipient(self, transfer: m.Transfer) -> str:
        if transfer.processor and (p := self.register.processor(transfer.processor)) is not None:
            return p.name
        if transfer.recipient and (r := self.register.recipient(transfer.recipient)) is not None:
            return r.name.text(self.order)
        return transfer.recipient_name or "?"


def completeness(register: m.Register, audience: str | None, lang: str) -> list[Gap]:
    """The Art. 13/14 items the notice for ``audience`` (None: all) in ``lang`` cannot fill from the register."""
    gaps = _Gaps(register, lang)
    gaps.organisation()
    categories = (
        register.data_subject_categories
        if audience is None
        else [c for c in register.data_subject_categories if c.id == audience]
    )
    any_told = False
    for category in categories:
        told = audience_activities(register, category.id)
        any_told |= bool(told)
        if not told and audience is not None:
            gaps.add("Art. 13(1)(c)", "audience_empty", audience=category.name.text(gaps.order))
        for activity, purposes in told:
            gaps.activity(activity, purposes, category.id)
    if audience is None and not any_told:
        gaps.add("Art. 13(1)(c)", "notice_empty")
    return gaps.gaps
