"""The register's Art. 30 items as text lines in one language, shared by the PDF and Excel exports.

Both exports (and the Excel import's edit check) must say the same thing for the same
register, so the wording of every item is decided once, here. A field that is not
recorded reads "not recorded"; one recorded as empty reads "none" — the register
shows the DPO's gaps rather than hiding them.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.missing import MISSING
from ropa_desktop.domain.model import Activity, Contact, Organisation, Processor, Register, Transfer
from ropa_desktop.domain.rights import activity_rights
from ropa_desktop.domain.transfer_facts import transfer_receiver
from ropa_desktop.output import local_formats
from ropa_desktop.output.catalogue import enum_label, label, normalize
from ropa_desktop.output.wording import word
from ropa_desktop.reference import (
    article9_condition_text,
    authority_for,
    country_name,
    derogation_text,
    mechanism_label,
    scc_module,
    third_country_transfers,
)


def format_duration(value: str, lang: str) -> str:
    """'P7Y' -> '7 years' / '7 år'; a duration this cannot read is shown as written."""
    return local_formats.format_duration(value, lang) or value


def format_date(value: Any, lang: str) -> str:
    return local_formats.format_date(value, lang) if isinstance(value, dt.date) else ""


@cache
def _country(code: str, lang: str) -> str:
    return country_name(code, lang)


class RegisterText:
    """Text of a register's items in ``lang`` (texts missing in ``lang`` fall back to the register's languages)."""

    def __init__(self, register: Register, lang: str) -> None:
        self.register = register
        self.lang = normalize(lang)
        self.text_langs = [lang, *register.languages]
        self._subjects = {c.id: c for c in register.data_subject_categories}
        self._categories = {c.id: c for c in register.data_categories}
        self._recipients = {r.id: r for r in register.recipients or []}
        self._processors = {p.id: p for p in register.processors or []}
        self._measures = {m.id: m for m in register.security_measures or []}
        # Catalogue items are named in nearly every activity: their texts are made once.
        self._subject_text: dict[str, str] = {}
        self._category_text: dict[str, str] = {}

    # --- basics --------------------------------------------------------------------------

    def label(self, key: str) -> str:
        return label(key, self.lang)

    def enum(self, kind: str, value: str) -> str:
        return enum_label(kind, value, self.lang)

    def t(self, value: LText | Any) -> str:
        return value.text(self.text_langs) if isinstance(value, LText) else ""

    def country(self, code: str | Any | None) -> str:
        if not isinstance(code, str):
            return self.label("outside_eea")
        return _country(code, self.lang)

    def not_recorded(self) -> str:
        return self.label("not_recorded")

    def listed(self, value: Any, lines: list[str]) -> list[str]:
        """``lines``, or 'not recorded' / 'none' for an unrecorded or empty field."""
        if value is MISSING:
            return [self.not_recorded()]
        return lines or [self.label("none")]

    def contact(self, contact: Contact | Any | None) -> str:
        if contact is MISSING:
            return self.not_recorded()
        if contact is None:
            # Not "none" (sv "inga", a plural): a DPO or a representative recorded as none is
            # said without a word that must agree with the noun (sv "finns inte").
            return self.label("none_contact")
        parts = [contact.name]
        parts += [v for v in (contact.email, contact.phone) if isinstance(v, str) and v]
        if contact.address:
            parts.append(self.address(contact.address))
        return ", ".join(p for p in parts if p)

    def address(self, address: Any) -> str:
        if not address:
            return ""
        city = " ".join(v for v in (address.postal_code, address.city) if isinstance(v, str) and v)
        parts = [v for v in (address.street, city) if isinstance(v, str) and v]
        if isinstance(address.country, str):
            parts.append(self.country(address.country))
        return ", ".join(parts)

    # --- organisation --------------------------------------------------------------------

    def organisation_rows(self) -> list[tuple[str, str]]:
        org: Organisation = self.register.organisation
        rows = [(self.label("organisation"), org.name)]
        if isinstance(org.trade_name, str):
            rows[0] = (self.label("organisation"), f"{org.name} ({org.trade_name})")
        optional = [
            ("org_number", org.org_number),
            ("address", self.address(org.address)),
            ("email", org.email),
            ("phone", org.phone),
            ("website", org.website),
        ]
        rows += [(self.label(k), v) for k, v in optional if isinstance(v, str) and v]
        rows.append((self.label("dpo"), self.contact(org.dpo)))
        rows.append((self.label("representative"), self.contact(org.representative)))
        rows.append((self.label("supervisory_authority"), self.authority(org.supervisory_authority)))
        return rows

    def authority(self, code: str | Any) -> str:
        """The supervisory authority by its name in ``lang`` and its country (the register keeps the country)."""
        if not isinstance(code, str):
            return self.not_recorded()
        found = authority_for(code)
        if found is None:
            return self.country(code)
        return ", ".join((found.display_name(self.lang), self.country(code)))

    def organisation_line(self) -> str:
        org = self.register.organisation
        number = f" ({org.org_number})" if isinstance(org.org_number, str) else ""
        return f"{org.name}{number}"

    def head_lines(self) -> list[str]:
        """Item (a) of every record (Art. 30(1)(a), 30(2)(a)): who keeps it, how to reach them, the DPO and
        the representative, each said even where recorded as none or not recorded."""
        org = self.register.organisation
        contact = [v for v in (self.address(org.address), org.email, org.phone) if isinstance(v, str) and v]
        return [
            self.organisation_line(),
            f"{self.label('contact')}: {', '.join(contact) if contact else self.not_recorded()}",
            f"{self.label('dpo')}: {self.contact(org.dpo)}",
            f"{self.label('representative')}: {self.contact(org.representative)}",
        ]

    # --- activity items ------------------------------------------------------------------

    def name(self, activity: Activity) -> str:
        return self.t(activity.name) or activity.id

    def role(self, activity: Activity) -> str:
        return self.enum("role", activity.role)

    def status(self, activity: Activity) -> str:
        return self.enum("status", activity.effective_status)

    def joint_controllers(self, activity: Activity) -> list[str]:
        if activity.role != "joint_controller" and not activity.joint_controllers:
            return []
        lines = []
        for jc in activity.joint_controllers or []:
            # Art. 30(1)(a) asks for their contact details: say so where they are not recorded.
            line = self.contact(jc.contact) if jc.contact else f"{jc.name}, {self.label('contact')}: " \
                f"{self.not_recorded()}"
            if jc.responsibilities:
                line = f"{line} — {self.label('responsibilities')}: {self.t(jc.responsibilities)}"
            lines.append(line)
        return self.listed(activity.joint_controllers, lines)

    def controllers_on_behalf(self, activity: Activity) -> list[str]:
        lines = []
        for c in activity.controllers or []:
            line = self.contact(c.contact) if c.contact else f"{c.name}, {self.label('contact')}: " \
                f"{self.not_recorded()}"
            extra = []
            if c.dpo:
                extra.append(f"{self.label('dpo')}: {self.contact(c.dpo)}")
            if c.dpa:
                extra.append(f"{self.label('contract')}: {self._dpa(c.dpa)}")
            lines.append("; ".join([line, *extra]))
        return self.listed(activity.controllers, lines)

    def dpa(self, dpa: Any) -> str:
        """A data processing agreement in words: status, signing date, reference, review date."""
        return self._dpa(dpa)

    def _dpa(self, dpa: Any) -> str:
        parts = [self.enum("dpa_status", dpa.status)]
        if isinstance(dpa.signed_on, dt.date):
            # "signed on 15.09.2023", not "signed, signed on 15.09.2023": the date says the status.
            parts = self._dated(parts, dpa.status == "signed", "dpa_signed_on", "signed_on", dpa.signed_on)
        if isinstance(dpa.reference, str):
            parts.append(dpa.reference)
        if isinstance(getattr(dpa, "review_on", MISSING), dt.date):
            parts.append(self.dated("next_review_on", dpa.review_on))
        return ", ".join(parts)

    def dated(self, key: str, day: dt.date) -> str:
        """The catalogue's ``label.<key>`` with its ``{date}`` in this language's date style."""
        return word(f"label.{key}", self.lang, date=format_date(day, self.lang))

    def _dated(self, parts: list[str], status_says_it: bool, phrase: str, plain_label: str,
               day: dt.date) -> list[str]:
        if status_says_it:
            return [self.dated(phrase, day)]
        return [*parts, f"{self.label(plain_label)} {format_date(day, self.lang)}"]

    def purposes(self, activity: Activity) -> list[str]:
        """One entry per purpose: the description and its legal details on following lines."""
        if activity.role == "processor":
            return []
        entries = []
        for purpose in activity.purposes or []:
            lines = [self.t(purpose.description)]
            lines += [f"  {self.label('legal_basis')}: {self._basis(purpose.legal_basis)}"]
            if purpose.legitimate_interest:
                lines.append(f"  {self.label('legitimate_interest')}: {self.t(purpose.legitimate_interest)}")
            if purpose.law_reference:
                lines.append(f"  {self.label('law_reference')}: {self.t(purpose.law_reference)}")
            if isinstance(purpose.special_category_condition, str):
                letter = purpose.special_category_condition
                condition = article9_condition_text(letter, self.lang)
                lines.append(f"  {self.label('art9_condition')}: {letter}) {condition}")
            if purpose.data_subjects:
                subjects = ", ".join(self._subject_names(purpose.data_subjects))
                lines.append(f"  {self.label('data_subjects')}: {subjects}")
            if purpose.data_categories:
                names = ", ".join(self._category_names(purpose.data_categories))
                lines.append(f"  {self.label('data_categories')}: {names}")
            entries.append("\n".join(lines))
        return self.listed(activity.purposes, entries)

    def _basis(self, basis: Any) -> str:
        return self.enum("legal_basis", basis) if isinstance(basis, str) else self.not_recorded()

    def purpose_names(self, activity: Activity) -> list[str]:
        return [self.t(p.description) for p in activity.purposes or []]

    def legal_bases(self, activity: Activity) -> list[str]:
        seen: list[str] = []
        for p in activity.purposes or []:
            text = self._basis(p.legal_basis)
            if text not in seen:
                seen.append(text)
        return seen

    def art9_conditions(self, activity: Activity) -> list[str]:
        found = []
        for p in activity.purposes or []:
            if isinstance(p.special_category_condition, str):
                letter = p.special_category_condition
                text = f"{letter}) {article9_condition_text(letter, self.lang)}"
                if text not in found:
                    found.append(text)
        return found

    def legitimate_interests(self, activity: Activity) -> list[str]:
        return [self.t(p.legitimate_interest) for p in activity.purposes or [] if p.legitimate_interest]

    def _subject_names(self, ids: list[str]) -> list[str]:
        return [self.subject(i) for i in ids]

    def _category_names(self, ids: list[str]) -> list[str]:
        return [self.category(i) for i in ids]

    def subject(self, subject_id: str) -> str:
        text = self._subject_text.get(subject_id)
        if text is None:
            cat = self._subjects.get(subject_id)
            text = self._subject_text[subject_id] = self.t(cat.name) if cat else subject_id
        return text

    def category(self, category_id: str) -> str:
        text = self._category_text.get(category_id)
        if text is None:
            text = self._category_text[category_id] = self._category(category_id)
        return text

    def _category(self, category_id: str) -> str:
        cat = self._categories.get(category_id)
        if cat is None:
            return category_id
        flags = []
        if cat.is_special:
            flags.append(self.label("special_category"))
        if cat.is_criminal:
            flags.append(self.label("criminal_offences"))
        if cat.is_national_id:
            flags.append(self.label("national_id"))
        name = self.t(cat.name)
        # "Personnummer (personnummer)" says nothing twice: a flag the name already says is left out.
        flags = [f for f in flags if f.casefold() not in name.casefold()]
        return f"{name} ({', '.join(flags)})" if flags else name

    def data_subjects(self, activity: Activity) -> list[str]:
        return self.listed(activity.data_subjects, self._subject_names(activity.data_subjects))

    def data_categories(self, activity: Activity) -> list[str]:
        return self.listed(activity.data_categories, self._category_names(activity.data_categories))

    def recipients(self, activity: Activity) -> list[str]:
        lines = []
        for rid in activity.recipients or []:
            r = self._recipients.get(rid)
            if r is None:
                lines.append(rid)
                continue
            where = f", {self.country(r.country)}" if isinstance(r.country, str) else ""
            lines.append(f"{self.t(r.name)} ({self.enum('recipient_type', r.type)}{where})")
        return self.listed(activity.recipients, lines)

    def processor_line(self, processor: Processor) -> str:
        service = self.t(processor.service)
        where = self.country(processor.country) if isinstance(processor.country, str) else ""
        detail = ", ".join(v for v in (service, where) if v)
        return f"{processor.name} ({detail})" if detail else processor.name

    def processors(self, activity: Activity) -> list[str]:
        lines = []
        for pid in activity.processors or []:
            p = self._processors.get(pid)
            lines.append(self.processor_line(p) if p else pid)
        return self.listed(activity.processors, lines)

    def processor_contracts(self, activity: Activity) -> list[str]:
        lines = []
        for pid in activity.processors or []:
            p = self._processors.get(pid)
            if p is None:
                continue
            dpa = self._dpa(p.dpa) if p.dpa else self.not_recorded()
            lines.append(f"{p.name}: {dpa}")
        return self.listed(activity.processors, lines)

    def transfer_party(self, transfer: Transfer) -> str:
        receiver = transfer_receiver(self.register, transfer)
        return self.t(receiver.recipient.name) if receiver.recipient is not None else receiver.name

    def mechanism(self, transfer: Transfer) -> str:
        text = mechanism_label(transfer.mechanism, self.lang)
        if transfer.mechanism == "derogation" and isinstance(transfer.derogation, str):
            text = f"{text}: {transfer.derogation}) {derogation_text(transfer.derogation, self.lang)}"
        return text

    def scc(self, transfer: Transfer) -> tuple[str, str]:
        """(module, status) of the transfer's SCCs, or ('', '') when it does not use them."""
        if not transfer.scc:
            return "", ""
        scc = transfer.scc
        module = ""
        if isinstance(scc.module, int):
            info = scc_module(scc.module)
            title = info.title.get(self.lang) or info.title.get("en", "") if info else ""
            module = f"{scc.module}: {title}" if title else str(scc.module)
        parts = [self.enum("scc_status", scc.status)]
        if isinstance(scc.signed_on, dt.date):
            parts = self._dated(parts, scc.status == "signed", "scc_signed_on", "signed_on", scc.signed_on)
        if isinstance(scc.reference, str):
            parts.append(scc.reference)
        return module, ", ".join(parts)

    def tia(self, transfer: Transfer) -> str:
        if not transfer.tia:
            return self.not_recorded()
        tia = transfer.tia
        parts = [self.enum("tia_status", tia.status)]
        if isinstance(tia.done_on, dt.date):
            parts = self._dated(parts, tia.status == "done", "tia_done_on", "done_on", tia.done_on)
        if isinstance(tia.reference, str):
            parts.append(tia.reference)
        return ", ".join(parts)

    def transfers(self, activity: Activity) -> list[str]:
        # A transfer recorded to an EU/EEA state is no transfer under Chapter V: never shown as one.
        if activity.transfers is not MISSING and not third_country_transfers(activity):
            return [self.label("no_transfers")]
        lines = []
        for tr in third_country_transfers(activity):
            party = self.transfer_party(tr)
            head = f"{self.country(tr.country)} — {party}" if party else self.country(tr.country)
            detail = [self.mechanism(tr)]
            module, status = self.scc(tr)
            if module:
                detail.append(f"{self.label('scc_module')} {module}")
            if status:
                detail.append(f"{self.label('scc_status')}: {status}")
            lines.append(f"{head}: {'; '.join(detail)}")
        return self.listed(activity.transfers, lines)

    def transfer_countries(self, activity: Activity) -> list[str]:
        found: list[str] = []
        for tr in third_country_transfers(activity):
            name = self.country(tr.country)
            if name not in found:
                found.append(name)
        return self.listed(activity.transfers, found)

    def transfer_safeguards(self, activity: Activity) -> list[str]:
        lines = []
        for tr in third_country_transfers(activity):
            text = f"{self.country(tr.country)}: {self.mechanism(tr)}"
            if tr.supplementary_measures:
                text = f"{text}; {self.label('supplementary_measures')}: {self.t(tr.supplementary_measures)}"
            lines.append(text)
        return self.listed(activity.transfers, lines)

    def has_transfers(self, activity: Activity) -> str:
        if activity.transfers is MISSING:
            return self.not_recorded()
        return self.label("yes") if third_country_transfers(activity) else self.label("no")

    def retention(self, activity: Activity) -> list[str]:
        lines = []
        purposes = {p.id: p for p in activity.purposes or []}
        for rule in activity.retention or []:
            period = format_duration(rule.period, self.lang) or rule.period if isinstance(rule.period, str) else ""
            trigger = self.t(rule.trigger) if rule.trigger else ""
            # Whole phrases ("3 år, räknat från köpet", "tills kontot avslutas"); a rule with neither period
            # nor event is its description alone, not "until an event (see description): <description>".
            if period and trigger:
                head = word("label.retention_from", self.lang, period=period, trigger=trigger)
            elif trigger:
                head = word("label.retention_until", self.lang, trigger=trigger)
            else:
                head = period
            description = self.t(rule.description)
            text = f"{head}: {description}" if head and description else head or description
            if rule.law_reference:
                text = f"{text} ({self.t(rule.law_reference)})"
            scope = []
            if rule.purposes:
                scope += [self.t(purposes[i].description) if i in purposes else i for i in rule.purposes]
            if rule.data_subjects:
                scope += self._subject_names(rule.data_subjects)
            if rule.data_categories:
                scope += self._category_names(rule.data_categories)
            if scope:
                text = f"{text}\n{self.label('applies_to')}: {'; '.join(scope)}"
            lines.append(text)
        return self.listed(activity.retention, lines)

    def measure_line(self, measure_id: str) -> str:
        m = self._measures.get(measure_id)
        return f"{self.t(m.name)} ({self.enum('measure_kind', m.kind)})" if m else measure_id

    def security_measures(self, activity: Activity) -> list[str]:
        return self.listed(activity.security_measures, [self.measure_line(i) for i in activity.security_measures or []])

    def sources(self, activity: Activity) -> list[str]:
        lines = []
        for s in activity.sources or []:
            # "Från den registrerade: Från dig när du handlar.", not a lower-case "den registrerade:" before a sentence.
            kind = word(f"label.source_from_{s.type}", self.lang) if isinstance(s.type, str) else ""
            if not kind or kind.startswith("label."):
                kind = self.enum("source_type", s.type)
            lines.append(f"{kind}: {self.t(s.description)}" if s.description else kind)
        return self.listed(activity.sources, lines)

    def dpia(self, activity: Activity) -> str:
        if not activity.dpia:
            return self.not_recorded()
        d = activity.dpia
        parts = [self.enum("dpia_required", d.required)]
        if isinstance(d.status, str):
            parts.append(self.enum("dpia_status", d.status))
        if isinstance(d.done_on, dt.date):
            parts.append(f"{self.label('done_on')} {format_date(d.done_on, self.lang)}")
        if isinstance(d.reference, str):
            parts.append(d.reference)
        return ", ".join(parts)

    def automated(self, activity: Activity) -> str:
        ad = activity.automated_decisions
        if not ad:
            return self.not_recorded()
        flags = []
        if ad.exists:
            flags.append(self.label("automated_yes"))
        if ad.profiling:
            flags.append(self.label("profiling"))
        text = ", ".join(flags) if flags else self.label("no")
        if ad.logic:
            text = f"{text}\n{self.label('logic')}: {self.t(ad.logic)}"
        if ad.consequences:
            text = f"{text}\n{self.label('consequences')}: {self.t(ad.consequences)}"
        return text

    def rights(self, activity: Activity) -> list[str]:
        """The data subject rights that the activity's legal bases give (Art. 15–22)."""
        if activity.role == "processor":
            return []
        return [self.enum("right", k) for k in activity_rights(activity)]

    def requirement(self, activity: Activity) -> str:
        if activity.requirement is MISSING:
            return self.not_recorded()
        return self.t(activity.requirement) if activity.requirement else self.label("none")

    def locations(self, activity: Activity) -> list[str]:
        """Where the data is: the activity's systems and its processors' processing locations."""
        lines = list(activity.systems or [])
        countries: list[str] = []
        for pid in activity.processors or []:
            p = self._processors.get(pid)
            for code in (p.countries() if p else []):
                name = self.country(code)
                if name not in countries:
                    countries.append(name)
        if countries:
            lines.append(", ".join(countries))
        return lines

    def further_rows(self, activity: Activity) -> list[tuple[str, list[str]]]:
        """The fields we keep beyond Art. 30: sources, DPIA, reviews, owner, systems, ..."""
        return [
            (self.label("sources"), self.sources(activity)),
            (self.label("automated_decisions"), [self.automated(activity)]),
            (self.label("requirement"), [self.requirement(activity)]),
            (self.label("dpia"), [self.dpia(activity)]),
            (self.label("owner"), [activity.owner if isinstance(activity.owner, str) else self.not_recorded()]),
            (self.label("systems"), self.listed(activity.systems, list(activity.systems or []))),
            (self.label("last_reviewed"), [format_date(activity.last_reviewed, self.lang) or self.not_recorded()]),
            (self.label("next_review"), [format_date(activity.next_review, self.lang) or self.not_recorded()]),
        ]
