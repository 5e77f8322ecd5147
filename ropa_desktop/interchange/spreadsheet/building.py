"""Rows of a foreign register → activities and catalogue entries, with a note on every cell not understood.

One row is one activity. Lists in a cell become catalogue entries (the same name in several
rows one entry); legal bases, Art. 9 conditions, countries and periods are read into the
model's codes; whatever could not be read is said in a :class:`Note` naming the cell.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

from ropa_desktop.base.worded import Worded
from ropa_desktop.domain import model
from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.missing import MISSING
from ropa_desktop.interchange.spreadsheet import cells
from ropa_desktop.interchange.spreadsheet.catalogue_entries import Catalogue, slug, unique_id
from ropa_desktop.interchange.spreadsheet.column_map import Column
from ropa_desktop.interchange.spreadsheet.headers import cell_name, normal
from ropa_desktop.interchange.spreadsheet.places import INSIDE_EEA, OUTSIDE_EEA, country_code, is_eea
from ropa_desktop.reference import adequacy_in_force


@dataclass
class Note:
    """Something in a cell that was not understood (or not taken as written), and what was done."""

    cell: str
    header: str
    message: Worded

    def __str__(self) -> str:
        return f"{self.cell} ({self.header}): {self.message}" if self.header else f"{self.cell}: {self.message}"


@dataclass
class Built:
    activities: list[model.Activity] = field(default_factory=list)
    catalogues: dict[str, Catalogue] = field(default_factory=dict)  # by the register's list name
    notes: list[Note] = field(default_factory=list)


_HEALTH = ("health", "hälsa", "hälso", "helse", "helbred", "sjukdom", "sykdom", "sygdom", "diagnos")
_UNION = ("trade union", "fackförening", "fackligt", "fagforening", "fagforbund")
_NATIONAL_ID = (
    "personnummer",
    "personal identity number",
    "national id",
    "national identification",
    "fødselsnummer",
    "personnummer",
    "cpr",
    "social security number",
    "samordningsnummer",
    "d nummer",
)
_CRIMINAL = (
    "criminal",
    "brott",
    "lagöverträdelse",
    "straff",
    "domfellelse",
    "vandel",
    "politiattest",
    "belastningsregister",
    "strafferegister",
    "børneattest",
    "straffeattest",
)
_ORGANISATIONAL = (
    "policy",
    "polic",
    "training",
    "utbildning",
    "opplæring",
    "uddannelse",
    "rutin",
    "routine",
    "procedure",
    "procedur",
    "instruktion",
    "instruks",
    "avtal",
    "agreement",
    "aftale",
    "avtale",
    "tystnadsplikt",
    "taushetsplikt",
    "tavshedspligt",
    "confidentiality",
    "need to know",
    "awareness",
)
_FROM_SUBJECT = (
    "data subject",
    "the individual",
    "individuals",
    "directly",
    "den registrerade",
    "den registrerte",
    "den registrerede",
    "själv",
    "selv",
    "themselves",
    "the employee",
    "the customer",
    "the applicant",
    "sökande",
    "søker",
    "ansøger",
    "kunden",
    "medarbetaren",
    "den ansatte",
)
_PUBLIC = ("public", "offentlig", "offentliga", "offentlige")
_AUTHORITY = (
    "authority",
    "myndighet",
    "myndighed",
    "skatteverket",
    "försäkringskassan",
    "skatteetaten",
    "nav",
    "skattestyrelsen",
    "skat",
    "police",
    "polisen",
    "politiet",
    "kronofogden",
    "tax agency",
)
_GROUP = ("group compan", "koncern", "konsern", "group company", "parent company", "moderbolag", "morselskap")


def _has(text: str, words: tuple[str, ...]) -> bool:
    """Whether the text has a word that starts with one of ``words`` (folded as headers are)."""
    key = f" {normal(text)} "
    return any(w in key for w in _folded(words))


@functools.cache
def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f" {normal(w)}" for w in words)


def catalogues_for(register: model.Register | None, lang: str) -> dict[str, Catalogue]:
    """Empty catalogues over the register's entries (or none), making new entries in ``lang``."""

    def text(name: str) -> LText:
        return LText.of(lang, name)

    def data_category(item_id: str, name: str) -> model.DataCategory:
        item = model.DataCategory(id=item_id, name=text(name))
        if _has(name, _HEALTH):
            item.special_category = "health"
        elif _has(name, _UNION):
            item.special_category = "trade_union_membership"
        if _has(name, _NATIONAL_ID):
            item.national_id = True
        if _has(name, _CRIMINAL):
            item.criminal_offences = True
        return item

    def recipient(item_id: str, name: str) -> model.Recipient:
        kind = "authority" if _has(name, _AUTHORITY) else "group_company" if _has(name, _GROUP) else "other"
        return model.Recipient(id=item_id, name=text(name), type=kind)

    def measure(item_id: str, name: str) -> model.SecurityMeasure:
        kind = "organisational" if _has(name, _ORGANISATIONAL) else "technical"
        return model.SecurityMeasure(id=item_id, name=text(name), kind=kind)

    r = register
    return {
        "data_subject_categories": Catalogue(
            r.data_subject_categories if r else [], lambda i, n: model.DataSubjectCategory(id=i, name=text(n))
        ),
        "data_categories": Catalogue(r.data_categories if r else [], data_category),
        "recipients": Catalogue((r.recipients or []) if r else [], recipient),
        "processors": Catalogue((r.processors or []) if r else [], lambda i, n: model.Processor(id=i, name=n)),
        "security_measures": Catalogue((r.security_measures or []) if r else [], measure),
    }


class RowReader:
    """Builds one activity from one row, adding to the catalogues and the notes."""

    def __init__(self, built: Built, columns: list[Column], lang: str, today: dt.date, taken: set[str]) -> None:
        self.built, self.columns, self.lang, self.today, self.taken = built, columns, lang, today, taken

    def note(self, r: int, column: Column | None, message: Worded) -> None:
        where = cell_name(r, column.index) if column else f"{r + 1}"
        self.built.notes.append(Note(where, column.header if column else "", message))

    def read(self, r: int, row: list[str]) -> model.Activity | None:
        got: dict[str, tuple[Column, str]] = {}
        extras: dict[str, str] = {}
        for column in self.columns:
            value = row[column.index] if column.index < len(row) else ""
            if not value or column.field is None:
                continue
            if column.field.startswith("x-"):
                extras[column.field] = value
            elif column.field in got:  # two columns for one field: both texts are kept
                first, text = got[column.field]
                got[column.field] = (first, f"{text}\n{value}")
            else:
                got[column.field] = (column, value)
        if not got and not extras:
            return None
        text = {name: value for name, (_c, value) in got.items()}
        purposes_text = cells.split_list(text.get("purposes", ""), commas=False)
        name = text.get("name") or (purposes_text[0] if purposes_text else "") or text.get("description", "")
        if not name:
            name = Worded("Row {row}", row=r + 1)
            self.note(r, None, Worded("the row names no activity: it was called '{name}'", name=name))
        activity = model.Activity(
            id=unique_id(slug(str(name)), self.taken),
            name=LText.of(self.lang, str(name).strip()),
            role="controller",
            next_review=self.today,
            extras=extras,
        )
        if "description" in text:
            activity.description = LText.of(self.lang, text["description"])
        if "owner" in text:
            activity.owner = text["owner"]
        if "systems" in text:
            activity.systems = cells.split_list(text["systems"])
        cat = self.built.catalogues
        for list_name, field_name in (
            ("data_subject_categories", "data_subjects"),
            ("data_categories", "data_categories"),
        ):
            if field_name in got:
                setattr(activity, field_name, self._entries(cat[list_name], got[field_name][1]))
        if "special_categories" in got and not cells.is_none(got["special_categories"][1]):
            for item_id in self._entries(cat["data_categories"], got["special_categories"][1]):
                item = cat["data_categories"].find(item_id)
                if item is not None and not item.special_category:
                    item.special_category = "unspecified"
                if item_id not in activity.data_categories:
                    activity.data_categories.append(item_id)
        for list_name in ("recipients", "processors", "security_measures"):
            if list_name in got:
                value = got[list_name][1]
                setattr(activity, list_name, [] if cells.is_none(value) else self._entries(cat[list_name], value))
        if "joint_controllers" in got and not cells.is_none(got["joint_controllers"][1]):
            names = cells.split_list(got["joint_controllers"][1], commas=False)
            activity.joint_controllers = [model.JointController(name=n) for n in names]
            activity.role = "joint_controller"
        self._purposes(r, activity, got, purposes_text)
        self._retention(r, activity, got)
        self._transfers(r, activity, got)
        self._sources(activity, got)
        self._yes_no(r, activity, got)
        for required, what in (
            ("data_subjects", Worded("data subjects")),
            ("data_categories", Worded("data categories")),
        ):
            if not getattr(activity, required):
                self.note(
                    r,
                    None,
                    Worded(
                        "the activity '{name}' names no {what}: the checks will ask for them", name=str(name), what=what
                    ),
                )
        return activity

    def _entries(self, catalogue: Catalogue, value: str) -> list[str]:
        ids: list[str] = []
        for item in cells.split_list(value):
            item_id = catalogue.entry(item)
            if item_id not in ids:
                ids.append(item_id)
        return ids

    def _purposes(self, r: int, activity: model.Activity, got: dict[str, tuple[Column, str]], texts: list[str]) -> None:
        basis_cell = got.get("legal_basis")
        bases = cells.legal_bases(basis_cell[1]) if basis_cell else []
        if basis_cell and not bases:
            self.note(
                r,
                basis_cell[0],
                Worded(
                    "'{text}' names no legal basis we know (Art. 6(1) a–f); it was not imported", text=basis_cell[1]
                ),
            )
        if not texts and not bases:
            return
        if not texts:
            texts = [activity.name.text(self.lang)]
        if len(bases) == len(texts) or not bases:
            pairs = list(zip(texts, bases or [None] * len(texts), strict=True))
        elif len(bases) == 1:
            pairs = [(t, bases[0]) for t in texts]
        elif len(texts) == 1:
            pairs = [(texts[0], b) for b in bases]
            self.note(
                r,
                basis_cell[0] if basis_cell else None,
                Worded("one purpose with {count} legal bases became {count} purposes, one per basis", count=len(bases)),
            )
        else:
            pairs = [(t, None) for t in texts]
            self.note(
                r,
                basis_cell[0] if basis_cell else None,
                Worded(
                    "{purposes} purposes and {bases} legal bases: which basis belongs to which purpose is left "
                    "for you to record",
                    purposes=len(texts),
                    bases=len(bases),
                ),
            )
        art9 = got.get("art9_condition")
        condition = cells.art9_condition(art9[1]) if art9 else MISSING
        if condition is False:
            self.note(
                r, art9[0], Worded("'{text}' names no Art. 9(2) condition we know; it was not imported", text=art9[1])
            )
            condition = MISSING
        interest = got.get("legitimate_interest")
        law = got.get("law_reference")
        taken: set[str] = set()
        purposes = []
        for description, basis in pairs:
            purpose = model.Purpose(
                id=unique_id(slug(description, 40), taken), description=LText.of(self.lang, description)
            )
            if basis:
                purpose.legal_basis = basis
            if basis == "legitimate_interests" and interest:
                purpose.legitimate_interest = LText.of(self.lang, interest[1])
            if basis in ("legal_obligation", "public_task") and law:
                purpose.law_reference = LText.of(self.lang, law[1])
            purpose.special_category_condition = condition
            purposes.append(purpose)
        activity.purposes = purposes

    def _retention(self, r: int, activity: model.Activity, got: dict[str, tuple[Column, str]]) -> None:
        if "retention" not in got:
            return
        column, value = got["retention"]
        law = got.get("retention_law")
        rules = []
        for part in cells.split_list(value, commas=False):
            found = cells.period(part)
            rule = model.Retention(period=found.duration if found else None, description=LText.of(self.lang, part))
            if found and found.trigger and found.duration:
                rule.trigger = LText.of(self.lang, found.trigger)
            if law:
                rule.law_reference = LText.of(self.lang, law[1])
            if found is None:
                self.note(
                    r,
                    column,
                    Worded("no period understood in '{text}': kept as a rule in words, without a period", text=part),
                )
            rules.append(rule)
        activity.retention = rules

    def _transfers(self, r: int, activity: model.Activity, got: dict[str, tuple[Column, str]]) -> None:
        if "transfer_countries" not in got:
            if "transfer_safeguards" in got and not cells.is_none(got["transfer_safeguards"][1]):
                column, value = got["transfer_safeguards"]
                self.note(r, column, Worded("safeguards '{text}' without a country: not imported", text=value))
            return
        column, value = got["transfer_countries"]
        if cells.is_none(value):
            activity.transfers = []
            return
        safeguard = got.get("transfer_safeguards")
        mechanism = _mechanism(safeguard[1]) if safeguard else None
        if safeguard and mechanism is None and not cells.is_none(safeguard[1]):
            self.note(
                r,
                safeguard[0],
                Worded("'{text}' names no transfer mechanism we know (SCC, BCR, adequacy …)", text=safeguard[1]),
            )
        transfers = []
        for item in cells.split_list(value):
            code = country_code(item)
            if code is None and normal(item) in INSIDE_EEA:
                continue
            if code is None and normal(item) not in OUTSIDE_EEA:
                self.note(r, column, Worded("'{text}' is not a country we know; it was not imported", text=item))
                continue
            if code and is_eea(code):
                self.note(
                    r,
                    column,
                    Worded("'{text}' is in the EU/EEA: not a transfer to a third country, left out", text=item),
                )
                continue
            transfer = model.Transfer(country=code, mechanism=mechanism or "none")
            if mechanism == "dpf":
                transfer.mechanism = "adequacy"
                transfer.dpf = model.Dpf(certified=True)
            if not mechanism:
                transfer.mechanism = "adequacy" if code and _adequate(code) else "none"
                if transfer.mechanism == "none":
                    self.note(
                        r,
                        column,
                        Worded("no safeguard is stated for the transfer to '{text}': recorded as none", text=item),
                    )
            self._receiver(r, column, activity, transfer, value)
            transfers.append(transfer)
        activity.transfers = transfers

    def _receiver(self, r: int, column: Column, activity: model.Activity, transfer: model.Transfer, value: str) -> None:
        if len(activity.processors or []) == 1:
            transfer.processor = activity.processors[0]  # type: ignore[index]
        elif len(activity.recipients or []) == 1:
            transfer.recipient = activity.recipients[0]  # type: ignore[index]
        else:
            transfer.recipient_name = value
            self.note(
                r, column, Worded("the row does not say who receives the transfer: recorded as '{text}'", text=value)
            )

    def _sources(self, activity: model.Activity, got: dict[str, tuple[Column, str]]) -> None:
        if "sources" not in got:
            return
        sources = []
        for part in cells.split_list(got["sources"][1], commas=False):
            kind = "data_subject" if _has(part, _FROM_SUBJECT) else "public" if _has(part, _PUBLIC) else "third_party"
            sources.append(model.Source(type=kind, description=LText.of(self.lang, part)))
        activity.sources = sources

    def _yes_no(self, r: int, activity: model.Activity, got: dict[str, tuple[Column, str]]) -> None:
        if "automated_decisions" in got:
            column, value = got["automated_decisions"]
            answer = cells.yes_no(value)
            if answer is None:
                self.note(r, column, Worded("'{text}' is neither yes nor no; it was not imported", text=value))
            else:
                profiling = answer and "profil" in value.casefold()
                activity.automated_decisions = model.AutomatedDecisions(exists=answer, profiling=profiling)
        if "dpia_required" in got:
            column, value = got["dpia_required"]
            answer = cells.yes_no(value)
            if answer is None and normal(value) in ("unknown", "vet ej", "vet ikke", "ved ikke", "okänt", "ukjent"):
                activity.dpia = model.Dpia(required="unknown")
            elif answer is None:
                self.note(r, column, Worded("'{text}' is neither yes nor no; it was not imported", text=value))
            else:
                activity.dpia = model.Dpia(required="yes" if answer else "no")


def _mechanism(text: str) -> str | None:
    key = f" {normal(text)} "
    if any(
        w in key
        for w in (
            " scc",
            "standard contractual",
            "standardavtalsklausul",
            "standardavtaleklausul",
            "standardkontraktsbestemmelse",
            "standardkontraktsklausul",
            "modelklausul",
        )
    ):
        return "scc"
    if any(w in key for w in (" bcr", "binding corporate", "bindande företagsbestämmelser", "bindende virksomhet")):
        return "bcr"
    if any(w in key for w in ("data privacy framework", " dpf ", "privacy framework")):
        return "dpf"
    if any(w in key for w in ("adequacy", "adekvat", "tilstrækkeligt beskyttelsesniveau", "tilstrekkelig")):
        return "adequacy"
    if any(w in key for w in ("code of conduct", "uppförandekod", "atferdsnorm", "adfærdskodeks")):
        return "codes_of_conduct"
    if any(w in key for w in ("certification", "certifiering", "sertifisering", "certificering")):
        return "certification"
    return None


def _adequate(code: str) -> bool:
    """A full adequacy decision in force today: a partial one (the US: DPF-certified only) is not assumed."""
    decision = adequacy_in_force(code, dt.date.today())
    return decision is not None and not decision.partial
