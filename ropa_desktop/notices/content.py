"""Build the content of a notice from the register: what Art. 13 and 14 require, for one audience or all.

Only activities in force in which the organisation is controller (or joint controller)
are told: drafts are not running yet, retired ones no longer run, and for processor
activities it is the controller who informs. A purpose is told to an audience when its
data subjects (its own narrowing, else the activity's) include that audience.
"""

from __future__ import annotations

import re
from typing import Any

from ropa_desktop import reference
from ropa_desktop.domain import model as m
from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.missing import is_recorded
from ropa_desktop.domain.rights import rights_for
from ropa_desktop.notices.model import (
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

PROCESSORS_BY = ("name", "category")
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÅÄÖÆØÉ])")


def short_label(text: str, limit: int = 60) -> str:
    """The start of a long text, to name a purpose (purposes have descriptions, not names)."""
    text = " ".join(text.split())
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(first) <= limit:
        return first.rstrip(".")
    return first[:limit].rsplit(" ", 1)[0] + "…"


def audience_activities(register: m.Register, audience: str) -> list[tuple[m.Activity, list[m.Purpose]]]:
    """The activities told to ``audience``, each with the purposes that concern it."""
    found = []
    for activity in register.activities:
        if activity.effective_status != "active" or activity.is_processor_activity:
            continue
        purposes = [p for p in activity.purposes or [] if audience in activity.purpose_data_subjects(p)]
        if purposes:
            found.append((activity, purposes))
    return found


class _Builder:
    def __init__(self, register: m.Register, lang: str, processors_by: str) -> None:
        self.register = register
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

    def name_of(self, value: LText, where_key: str) -> RText:
        probe, used = value.resolve(self.order)
        if used == self.lang:  # the usual case: no fallback to note, so no need to word where
            return RText(probe, used)
        return self.rtext(value, self.p.t(where_key, name=short_label(probe))) or self.plain("")

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
        return Controller(
            name=org.name,
            trade_name=org.trade_name or "",
            org_number=org.org_number or "",
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

    def retention(self, activity: m.Activity, purpose: m.Purpose, audience: str, where: str) -> list[RetentionItem]:
        items = []
        for rule in activity.retention_for(purpose.id):
            if rule.data_subjects and audience not in rule.data_subjects:
                continue
            if rule.data_categories and not set(rule.data_categories) & set(activity.purpose_data_categories(purpose)):
                continue
            items.append(
                RetentionItem(
                    description=self.rtext(rule.description, where) or self.plain(""),
                    period=(self.p.period(rule.period) or rule.period) if rule.period else "",
                    trigger=self.rtext(rule.trigger, where),
                    law_reference=self.rtext(rule.law_reference, where),
                    data_categories=self.category_names(list(rule.data_categories or [])),
                )
            )
        return items

    def purpose(self, activity: m.Activity, purpose: m.Purpose, audience: str) -> PurposeItem:
        label = short_label(purpose.description.text(self.order))
        where = self.p.t("where.purpose", name=label)
        condition = ""
        if isinstance(purpose.special_category_condition, str) and purpose.special_category_condition:
            try:
                condition = reference.article9_condition_text(purpose.special_category_condition, self.lang)
            except KeyError:
                condition = ""
        basis = purpose.legal_basis if isinstance(purpose.legal_basis, str) else ""
        return PurposeItem(
            id=purpose.id,
            description=self.rtext(purpose.description, where) or self.plain(""),
            data_categories=self.category_names(activity.purpose_data_categories(purpose)),
            legal_basis=basis,
            legitimate_interest=self.rtext(purpose.legitimate_interest, where)
            if basis == "legitimate_interests"
            else None,
            law_reference=self.rtext(purpose.law_reference, where)
            if basis in ("legal_obligation", "public_task")
            else None,
            special_condition=condition,
            retention=self.retention(activity, purpose, audience, where),
        )

    def activity_block(self, activity: m.Activity, purposes: list[m.Purpose], audience: str) -> ActivityBlock:
        where = self.p.t("where.activity", name=short_label(activity.name.text(self.order)))
        sources = [SourceItem(s.type, self.rtext(s.description, where)) for s in activity.sources or []]
        joint = []
        if activity.role == "joint_controller":
            for jc in activity.joint_controllers or []:
                contact = jc.contact if isinstance(jc.contact, m.Contact) else None
                reach = ", ".join(
                    x for x in ((contact.email or "") if contact else "", (contact.phone or "") if contact else "") if x
                )
                joint.append(JointControllerItem(jc.name, reach, self.rtext(jc.responsibilities, where)))
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
            automated=automated,
        )

    def processor_item(self, processor: m.Processor) -> ProcessorItem:
        where = self.p.t("where.processor", name=processor.name)
        service = self.rtext(processor.service, where)
        if self.processors_by == "category" and not processor.is_category and service is not None:
            return ProcessorItem(name=service)
        return ProcessorItem(name=self.plain(processor.name), service=service)

    def transfer_item(self, transfer: m.Transfer) -> TransferItem | None:
        if transfer.processor:
            processor = self.processors.get(transfer.processor)
            if processor is None:
                return None
            recipient = self.processor_item(processor).name
        elif transfer.recipient:
            found = self.recipients.get(transfer.recipient)
            if found is None:
                return None
            recipient = self.name_of(found.name, "where.recipient")
        else:
            recipient = self.plain(transfer.recipient_name or "")
        country = transfer.country if isinstance(transfer.country, str) else ""
        country_name = reference.country_name(country, self.lang) if country else self.p.t("transfer.country_unknown")
        where = self.p.t("where.transfer", country=country_name, recipient=recipient.text)
        return TransferItem(
            country=country,
            country_name=country_name,
            recipient=recipient,
            mechanism=transfer.mechanism,
            safeguard=self.safeguard(transfer, country),
            copy=self.rtext(transfer.copy_available, where),
        )

    def safeguard(self, transfer: m.Transfer, country: str) -> str:
        label = reference.mechanism_label(transfer.mechanism, self.lang)
        detail = ""
        if transfer.mechanism == "adequacy" and country:
            decision = reference.adequacy_decision(country)
            if decision is not None:
                detail = decision.decision
        elif transfer.mechanism == "scc":
            detail = self.p.t("transfer.scc_decision")
            module = transfer.scc.module if isinstance(transfer.scc, m.Scc) else None
            found = reference.scc_module(module) if isinstance(module, int) else None
            if found is not None:
                detail = self.p.t("transfer.scc_module", decision=detail, module=found.label(self.lang))
        elif transfer.mechanism == "derogation" and transfer.derogation:
            try:
                detail = reference.derogation_text(transfer.derogation, self.lang)
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
            for transfer in activity.transfers or []:
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
                category.description, self.p.t("where.audience", name=category.name.text(self.order))
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
        for block in (a for s in sections for a in s.activities):
            activity = self.register.activity(block.id)
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
    register: m.Register, audience: str | None, lang: str, processors_by: str = "name"
) -> tuple[NoticeContent, list[Fallback]]:
    """The notice's content for ``audience`` (a data-subject category id, or None for all), and the texts
    that had to be shown in another language. Raises KeyError for an unknown audience."""
    if processors_by not in PROCESSORS_BY:
        raise ValueError(f"processors_by must be one of {PROCESSORS_BY}, not {processors_by!r}")
    builder = _Builder(register, lang, processors_by)
    content = builder.build(audience)
    return content, builder.fallbacks
