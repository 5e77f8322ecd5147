"""Build the content of a notice from the register: what Art. 13 and 14 require, for one audience or all.

Which activities and purposes are told to an audience is the domain's rule
(:mod:`ropa_desktop.domain.audiences`); which safeguard a transfer has, the reference's
(:mod:`ropa_desktop.reference.safeguards`). This module only words what they decide.
docs/legal-basis.md says, section by section, which article asks for what is written here.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ropa_desktop import reference
from ropa_desktop.domain import model as m
from ropa_desktop.domain.audiences import audience_activities, audience_data_categories
from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.missing import is_recorded
from ropa_desktop.domain.rights import rights_for
from ropa_desktop.domain.transfer_facts import transfer_receiver
from ropa_desktop.notices.notice_parts import (
    ActivityBlock,
    AudienceSection,
    Authority,
    AutomatedItem,
    ContactInfo,
    Controller,
    Fallback,
    JointControllerItem,
    NoticeContent,
    ProcessorItem,
    PurposeItem,
    RecipientItem,
    RetentionItem,
    RText,
    SourceItem,
    TransferItem,
)
from ropa_desktop.notices.texts import Phrases
from ropa_desktop.output.wording import word

PROCESSORS_BY = ("name", "category")
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÅÄÖÆØÉ])")


def short_label(text: str, limit: int = 60) -> str:
    """The start of a long text, to name a purpose (purposes have descriptions, not names)."""
    text = " ".join(text.split())
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(first) <= limit:
        return first.rstrip(".")
    return first[:limit].rsplit(" ", 1)[0] + "…"


__all__ = ["PROCESSORS_BY", "audience_activities", "build_content", "short_label"]


class _Builder:
    def __init__(self, register: m.Register, lang: str, processors_by: str, day: dt.date) -> None:
        self.register = register
        self.day = day
        self.lang = lang
        self.order = [lang, *(x for x in register.languages if x != lang)]
        self.p = Phrases(lang)
        self.processors_by = processors_by
        self.fallbacks: list[Fallback] = []
        self._seen_fallbacks: set[tuple[str, str]] = set()
        self.categories = {c.id: c for c in register.data_categories}
        self._category_names: dict[str, RText] = {}
        self.recipients = {r.id: r for r in register.recipients or []}
        self.processors = {p.id: p for p in register.processors or []}

    # --- register texts -------------------------------------------------------------

    def rtext(self, value: Any, where: str) -> RText | None:
        """A register text in the notice's language, noting when another had to stand in."""
        if isinstance(value, str):
            return RText(value, self.register.default_language) if value else None
        if not isinstance(value, LText) or value.is_empty():
            return None
        text, used = value.resolve(self.order)
        used = used or self.register.default_language
        if used != self.lang and (where, used) not in self._seen_fallbacks:
            self._seen_fallbacks.add((where, used))
            message = self.p.t("fallback.message", where=where, lang=self.p.language_name(used))
            self.fallbacks.append(Fallback(where, used, message))
        return RText(text, used)

    def plain(self, text: str) -> RText:
        """A text the format keeps unlocalized (names of vendors, free-text recipients)."""
        return RText(text, self.lang)

    def where(self, where_key: str, name: str) -> str:
        """'purpose ”Name”': where a text is, the name in the notice language's quotation marks."""
        return self.p.t(where_key, name=word("quote", self.lang, text=name))

    def name_of(self, value: LText, where_key: str) -> RText:
        probe, used = value.resolve(self.order)
        if used == self.lang:  # the usual case: no fallback to note, so no need to word where
            return RText(probe, used)
        return self.rtext(value, self.where(where_key, short_label(probe))) or self.plain("")

    # --- organisation ---------------------------------------------------------------

    def address_lines(self, address: Any) -> list[str]:
        if not isinstance(address, m.Address):
            return []
        lines = []
        if address.street:
            lines.append(address.street)
        city = " ".join(x for x in (address.postal_code or "", address.city or "") if x)
        if city:
            lines.append(city)
        if address.country:
            lines.append(reference.country_name(address.country, self.lang))
        return lines

    def contact(self, contact: Any) -> ContactInfo | None:
        if not isinstance(contact, m.Contact):
            return None
        return ContactInfo(
            name=contact.name,
            address_lines=self.address_lines(contact.address),
            email=contact.email or "",
            phone=contact.phone or "",
        )

    def controller(self) -> Controller:
        org = self.register.organisation
        country = org.address.country if isinstance(org.address, m.Address) and org.address.country else ""
        # The number's name is the country's (a Danish company has a CVR-nummer in any language); the
        # lead authority's country stands in when the address does not say.
        label = reference.org_number_label(country or org.supervisory_authority) or self.p.t("label.org_number")
        return Controller(
            name=org.name,
            trade_name=org.trade_name or "",
            org_number=org.org_number or "",
            org_number_label=label,
            address_lines=self.address_lines(org.address),
            email=org.email or "",
            phone=org.phone or "",
            website=org.website or "",
        )

    def authority(self) -> Authority | None:
        found = reference.authority_for(self.register.organisation.supervisory_authority or "")
        if found is None:
            return None
        return Authority(
            name=found.display_name(self.lang),
            address_lines=found.address.splitlines(),
            website=found.website,
            email=found.email or "",
            phone=found.phone or "",
        )

    # --- one audience -----------------------------------------------------------------

    def category_names(self, ids: list[str]) -> list[RText]:
        # The same few categories are named in every purpose: word each once.
        names = []
        for cid in ids:
            name = self._category_names.get(cid)
            if name is None:
                category = self.categories.get(cid)
                if category is None:
                    continue
                name = self._category_names[cid] = self.name_of(category.name, "where.data_category")
            names.append(name)
        return names

    def retention(
        self, activity: m.Activity, purpose: m.Purpose, audience: str, told: list[str], where: str
    ) -> list[RetentionItem]:
        """The purpose's retention rules for ``audience``, each narrowed to the categories ``told``."""
        items = []
        for rule in activity.retention_for(purpose.id):
            if rule.data_subjects and audience not in rule.data_subjects:
                continue
            narrowed = [c for c in rule.data_categories or [] if c in told]
            if rule.data_categories and not narrowed:
                continue
            items.append(
                RetentionItem(
                    description=self.rtext(rule.description, where) or self.plain(""),
                    period=(self.p.period(rule.period) or rule.period) if rule.period else "",
                    trigger=self.rtext(rule.trigger, where),
                    law_reference=self.rtext(rule.law_reference, where),
                    data_categories=self.category_names(narrowed),
                )
            )
        return items

    def purpose(self, activity: m.Activity, purpose: m.Purpose, audience: str) -> PurposeItem:
        label = short_label(purpose.description.text(self.order))
        where = self.where("where.purpose", label)
        condition = ""
        if isinstance(purpose.special_category_condition, str) and purpose.special_category_condition:
            try:
                condition = reference.article9_condition_text(purpose.special_category_condition, self.lang)
            except KeyError:
                condition = ""
        basis = purpose.legal_basis if isinstance(purpose.legal_basis, str) else ""
        told = audience_data_categories(activity, purpose, audience)
        return PurposeItem(
            id=purpose.id,
            description=self.rtext(purpose.description, where) or self.plain(""),
            data_categories=self.category_names(told),
            legal_basis=basis,
            legitimate_interest=self.rtext(purpose.legitimate_interest, where)
            if basis == "legitimate_interests"
            else None,
            law_reference=self.rtext(purpose.law_reference, where)
            if basis in ("legal_obligation", "public_task")
            else None,
            special_condition=condition,
            retention=self.retention(activity, purpose, audience, told, where),
        )

    def source_item(self, source: m.Source, where: str) -> SourceItem:
        description = self.rtext(source.description, where)
        kind = self.p.t(f"source.{source.type}").casefold()
        says_kind = description is not None and description.text.casefold().startswith(kind)
        return SourceItem(source.type, description, says_kind)

    def activity_block(self, activity: m.Activity, purposes: list[m.Purpose], audience: str) -> ActivityBlock:
        where = self.where("where.activity", short_label(activity.name.text(self.order)))
        sources = [self.source_item(s, where) for s in activity.sources or []]
        joint = []
        if activity.role == "joint_controller":
            for jc in activity.joint_controllers or []:
                # Art. 26(2): the essence of the arrangement, and how to reach the other controller
                # (Art. 26(3) lets the data subject exercise their rights against each of us).
                essence = self.rtext(jc.responsibilities, where)
                joint.append(JointControllerItem(jc.name, self.contact(jc.contact), essence))
        automated = None
        ad = activity.automated_decisions
        if isinstance(ad, m.AutomatedDecisions) and (ad.exists or ad.profiling):
            automated = AutomatedItem(
                ad.exists, ad.profiling, self.rtext(ad.logic, where), self.rtext(ad.consequences, where)
            )
        return ActivityBlock(
            id=activity.id,
            name=self.name_of(activity.name, "where.activity"),
            purposes=[self.purpose(activity, p, audience) for p in purposes],
            sources=sources,
            joint_controllers=joint,
            requirement=self.rtext(activity.requirement, where),
            no_requirement=activity.requirement is None,
            automated=automated,
        )

    def processor_item(self, processor: m.Processor) -> ProcessorItem:
        where = self.where("where.processor", processor.name)
        service = self.rtext(processor.service, where)
        # Only a signed agreement is told as one (Art. 28(3)); a missing one is the checks' finding.
        signed = isinstance(processor.dpa, m.Dpa) and processor.dpa.status == "signed"
        if self.processors_by == "category" and not processor.is_category and service is not None:
            return ProcessorItem(name=service, agreement=signed)
        return ProcessorItem(name=self.plain(processor.name), service=service, agreement=signed)

    def transfer_item(self, transfer: m.Transfer) -> TransferItem | None:
        receiver = transfer_receiver(self.register, transfer)
        if receiver.processor is not None:
            recipient = self.processor_item(receiver.processor).name
        elif receiver.recipient is not None:
            recipient = self.name_of(receiver.recipient.name, "where.recipient")
        elif receiver.kind == "name":
            recipient = self.plain(receiver.name)
        else:  # an id the register no longer has
            return None
        country = reference.transfer_country(transfer) or ""
        country_name = reference.country_name(country, self.lang) if country else self.p.t("transfer.country_unknown")
        where = self.p.t("where.transfer", country=country_name, recipient=recipient.text)
        safeguard = reference.transfer_safeguard(transfer, self.day)
        return TransferItem(
            country=country,
            country_name=country_name,
            recipient=recipient,
            mechanism=safeguard.mechanism or "none",
            safeguard=self.safeguard(safeguard),
            copy=self.rtext(transfer.copy_available, where) if safeguard.mechanism == transfer.mechanism else None,
        )

    def adequacy_citation(self, decision: reference.AdequacyDecision) -> str:
        """The decision in force, by number, with its renewal and end date where the data has them."""
        key = "transfer.adequacy_implementing" if decision.implementing else "transfer.adequacy_decision"
        cited = self.p.t(key, number=decision.number)
        if decision.valid_until is not None and decision.renewed_on is not None:
            return self.p.t("transfer.adequacy_renewed", decision=cited, renewed=self.p.date(decision.renewed_on),
                            until=self.p.date(decision.valid_until))
        if decision.valid_until is not None:
            return self.p.t("transfer.adequacy_valid", decision=cited, until=self.p.date(decision.valid_until))
        return cited

    def safeguard(self, safeguard: reference.Safeguard) -> str:
        """The safeguard in force in words; only that one (a transfer without one is refused earlier)."""
        label = reference.mechanism_label(safeguard.mechanism or "none", self.lang)
        detail = ""
        if safeguard.mechanism == "adequacy" and safeguard.decision is not None:
            detail = self.adequacy_citation(safeguard.decision)
            if safeguard.dpf:
                detail = self.p.t("transfer.dpf", decision=detail)
        elif safeguard.mechanism == "scc":
            detail = self.p.t("transfer.scc_decision")
            found = reference.scc_module(safeguard.scc_module) if safeguard.scc_module else None
            if found is not None:
                detail = self.p.t("transfer.scc_module", decision=detail, module=found.label(self.lang))
        elif safeguard.mechanism == "derogation":
            try:
                detail = reference.derogation_text(safeguard.derogation, self.lang)
            except KeyError:
                detail = ""
        return self.p.t("transfer.safeguard_detail", mechanism=label, detail=detail) if detail else label

    def section(self, category: m.DataSubjectCategory) -> AudienceSection:
        told = audience_activities(self.register, category.id)
        activities = [self.activity_block(a, ps, category.id) for a, ps in told]
        recipient_ids: list[str] = []
        processor_ids: list[str] = []
        transfers: list[TransferItem] = []
        recipients_recorded = transfers_recorded = True
        for activity, _ in told:
            recipients_recorded &= is_recorded(activity.recipients) and is_recorded(activity.processors)
            transfers_recorded &= is_recorded(activity.transfers)
            recipient_ids += [r for r in activity.recipients or [] if r not in recipient_ids]
            processor_ids += [p for p in activity.processors or [] if p not in processor_ids]
            for transfer in reference.third_country_transfers(activity):  # one to the EEA is no transfer
                item = self.transfer_item(transfer)
                if item is not None and item not in transfers:
                    transfers.append(item)
        recipients = [
            RecipientItem(self.name_of(self.recipients[r].name, "where.recipient"), self.recipients[r].type)
            for r in recipient_ids
            if r in self.recipients
        ]
        processors: list[ProcessorItem] = []
        for pid in processor_ids:
            if pid in self.processors:
                item = self.processor_item(self.processors[pid])
                if item not in processors:
                    processors.append(item)
        return AudienceSection(
            id=category.id,
            name=self.name_of(category.name, "where.audience"),
            description=self.rtext(
                category.description, self.where("where.audience", category.name.text(self.order))
            ),
            activities=activities,
            recipients=recipients,
            processors=processors,
            transfers=transfers,
            recipients_recorded=recipients_recorded,
            transfers_recorded=transfers_recorded,
        )

    # --- the whole notice -------------------------------------------------------------

    def rights(self, sections: list[AudienceSection]) -> list[str]:
        # From the register's own activities and purposes: the rule reads more than the notice shows
        # (the Art. 9(2) condition's letter, systems, sources).
        chosen = []
        by_id = {a.id: a for a in self.register.activities}  # one index: register.activity() rebuilds one per call
        for block in (a for s in sections for a in s.activities):
            activity = by_id.get(block.id)
            if activity is not None:
                ids = {p.id for p in block.purposes}
                chosen.append((activity, [p for p in activity.purposes or [] if p.id in ids]))
        return rights_for(chosen)

    def build(self, audience: str | None) -> NoticeContent:
        org = self.register.organisation
        if audience is None:
            categories = list(self.register.data_subject_categories)
        else:
            category = next((c for c in self.register.data_subject_categories if c.id == audience), None)
            if category is None:
                known = ", ".join(c.id for c in self.register.data_subject_categories) or "none"
                raise KeyError(f"the register has no data-subject category {audience!r} (it has: {known})")
            categories = [category]
        sections = [self.section(c) for c in categories]
        if audience is None:
            sections = [s for s in sections if s.activities]
        return NoticeContent(
            lang=self.lang,
            audience=audience or "",
            processors_by=self.processors_by,
            controller=self.controller(),
            dpo=self.contact(org.dpo),
            representative=self.contact(org.representative),
            sections=sections,
            rights=self.rights(sections),
            exercise=self.rtext(org.complaints_contact, self.p.t("where.complaints_contact")),
            authority=self.authority(),
        )


def build_content(
    register: m.Register, audience: str | None, lang: str, processors_by: str = "name", day: dt.date | None = None
) -> tuple[NoticeContent, list[Fallback]]:
    """The notice's content for ``audience`` (a data-subject category id, or None for all) as of ``day``
    (default today: which adequacy decisions are in force), and the texts that had to be shown in another
    language. Raises KeyError for an unknown audience."""
    if processors_by not in PROCESSORS_BY:
        raise ValueError(f"processors_by must be one of {PROCESSORS_BY}, not {processors_by!r}")
    builder = _Builder(register, lang, processors_by, day or dt.date.today())
    content = builder.build(audience)
    return content, builder.fallbacks
