"""The fields of every editor: which widget edits which field of the format, and when it shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ropa_desktop.domain import model
from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.missing import MISSING
from ropa_desktop.gui.editors.form import ObjectListField, Section, Spec, SubObjectField
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.labels import value_label
from ropa_desktop.gui.widgets.fields import (
    BoolField,
    CheckField,
    ChoiceField,
    CountryField,
    DateField,
    Env,
    LTextField,
    RefChoiceField,
    RefListField,
    StringListField,
    TextField,
)
from ropa_desktop.store import Kind

# Makes a new item of the catalogue, then calls back with its id, as one undo step.
AddNew = Callable[[Kind, Callable[[str], None]], None]



def _catalogue(kind: Kind) -> Callable[[Env], list[tuple[str, str]]]:
    return lambda env: env["catalogue"](kind)


def _refs(kind: Kind, add_new: AddNew | None, required: bool = False,
          none_label: str | None = None) -> Callable[[], RefListField]:
    return lambda: RefListField(_catalogue(kind), (lambda tick: add_new(kind, tick)) if add_new else None,
                                required, none_label)


def _lt(env: Env, value: Any) -> str:
    return value.text(env["display_languages"]) if isinstance(value, LText) else ""


def _duration(placeholder: str, empty: Any = MISSING) -> Callable[[], TextField]:
    """An ISO 8601 duration typed as the format writes it (P7Y); one that is not is an export gap."""
    return lambda: TextField(placeholder=placeholder, empty=empty)


# --- small shared objects ----------------------------------------------------------

def address_sections() -> list[Section]:
    return [("", [
        Spec("street", tr("Street"), TextField),
        Spec("postal_code", tr("Postal code"), TextField),
        Spec("city", tr("City"), TextField),
        Spec("country", tr("Country"), CountryField),
    ])]


def contact_sections() -> list[Section]:
    return [("", [
        Spec("name", tr("Name"), lambda: TextField(required=True)),
        Spec("email", tr("E-mail"), TextField),
        Spec("phone", tr("Phone"), TextField),
        Spec("address", tr("Address"), lambda: SubObjectField(address_sections(), model.Address)),
    ])]


def _contact_field() -> SubObjectField:
    return SubObjectField(contact_sections(), lambda: model.Contact(name=""))


def _nullable_contact(none_label: str, some_label: str) -> Callable[[], SubObjectField]:
    """A contact the format lets a register record as none (null): the DPO, the representative."""
    return lambda: SubObjectField(contact_sections(), lambda: model.Contact(name=""), title=some_label,
                                  none_allowed=True, none_label=none_label)


def _letters(group: str, text_of: Callable[[str, str], str], letters: tuple[str, ...]) -> list[tuple[str, str]]:
    from ropa_desktop.reference import normalize_lang

    lang = normalize_lang(QCoreApplication.translate("editors", "en"))
    return [(x, f"({x}) {text_of(x, lang)}") for x in letters]


def _art9_choices() -> list[tuple[str, str]]:
    from ropa_desktop.reference import article9_condition_text

    return _letters("art9", article9_condition_text, model.ART9_CONDITIONS)


def _derogation_choices() -> list[tuple[str, str]]:
    from ropa_desktop.reference import derogation_text

    return _letters("derogation", derogation_text, model.DEROGATIONS)


def _scc_module_choices() -> list[tuple[int, str]]:
    from ropa_desktop.reference import normalize_lang, scc_modules

    lang = normalize_lang(QCoreApplication.translate("editors", "en"))
    return [(m.number, m.label(lang)) for m in scc_modules()]


# --- activity ------------------------------------------------------------------------

def _purpose_is_special(p: model.Purpose, env: Env) -> bool:
    activity = env.get("activity")
    ids = p.data_categories or (activity.data_categories if activity else [])
    return any(i in env.get("special_ids", set()) for i in ids)


def _uses_national_id(a: model.Activity, env: Env) -> bool:
    # Asked only where it applies; a recorded answer stays in sight after the category goes.
    national = env.get("national_id_ids", set())
    return a.national_id_justification is not MISSING or any(i in national for i in a.data_categories)


def purpose_sections(add_new: AddNew | None) -> list[Section]:
    return [("", [
        Spec("description", tr("Purpose"), lambda: LTextField(multiline=True, required=True)),
        Spec("legal_basis", tr("Legal basis"), lambda: ChoiceField("legal_basis")),
        Spec("legitimate_interest", tr("Legitimate interest"), lambda: LTextField(multiline=True),
             visible=lambda p, env: p.legal_basis == "legitimate_interests"),
        Spec("law_reference", tr("Law"), LTextField,
             visible=lambda p, env: p.legal_basis in ("legal_obligation", "public_task")),
        Spec("special_category_condition", tr("Art. 9(2) condition"),
             lambda: ChoiceField(_art9_choices(), none_label=tr("None")),
             visible=_purpose_is_special),
        Spec("data_categories", tr("Only these data categories"), _refs(Kind.DATA_CATEGORY, None),
             help=tr("Leave all unticked when the purpose covers all of the activity's data categories.")),
        Spec("data_subjects", tr("Only these data subjects"), _refs(Kind.DATA_SUBJECT_CATEGORY, None),
             help=tr("Leave all unticked when the purpose covers all of the activity's data subjects.")),
        Spec("id", tr("Id"), lambda: TextField(required=True)),
    ])]


def _new_purpose(items: list[Any], env: Env) -> model.Purpose:
    taken = {p.id for p in items}
    n = len(items) + 1
    while f"purpose-{n}" in taken:
        n += 1
    return model.Purpose(id=f"purpose-{n}", description=LText.of(env["languages"][0], tr("New purpose")))


def _purpose_title(p: model.Purpose, env: Env) -> str:
    basis = value_label("legal_basis", p.legal_basis) if p.legal_basis else tr("no legal basis")
    return f"{_lt(env, p.description)} — {basis}"


def transfer_sections() -> list[Section]:
    scc = [("", [
        Spec("module", tr("SCC module"), lambda: ChoiceField(_scc_module_choices())),
        Spec("status", tr("Status"), lambda: ChoiceField("scc_status", optional=False)),
        Spec("signed_on", tr("Signed on"), DateField),
        Spec("reference", tr("Where the contract is kept"), TextField),
    ])]
    tia = [("", [
        Spec("status", tr("Status"), lambda: ChoiceField("tia_status", optional=False)),
        Spec("done_on", tr("Done on"), DateField),
        Spec("reference", tr("Reference"), TextField),
    ])]
    dpf = [("", [
        Spec("certified", tr("Certified"), CheckField),
        Spec("checked_on", tr("Checked on"), DateField),
        Spec("reference", tr("Where it was checked"),
             lambda: TextField(placeholder=tr("e.g. the recipient's entry on the DPF list"))),
    ])]
    return [("", [
        Spec("country", tr("Country"), lambda: CountryField(none_label=tr("Outside the EU/EEA (country not stated)"))),
        Spec("processor", tr("Processor"), lambda: RefChoiceField(_catalogue(Kind.PROCESSOR))),
        Spec("recipient", tr("Recipient"), lambda: RefChoiceField(_catalogue(Kind.RECIPIENT))),
        Spec("recipient_name", tr("Other recipient"), TextField,
             visible=lambda t, env: not t.processor and not t.recipient),
        Spec("mechanism", tr("Transfer tool"), lambda: ChoiceField("mechanism", optional=False)),
        Spec("scc", tr("Standard contractual clauses"),
             lambda: SubObjectField(scc, lambda: model.Scc(status="missing")),
             visible=lambda t, env: t.mechanism == "scc"),
        Spec("derogation", tr("Derogation"), lambda: ChoiceField(_derogation_choices()),
             visible=lambda t, env: t.mechanism == "derogation"),
        Spec("dpf", tr("EU–US Data Privacy Framework"),
             lambda: SubObjectField(dpf, lambda: model.Dpf(certified=False)),
             help=tr("The adequacy decision for the US covers only organisations certified under the framework."),
             visible=_dpf_applies),
        Spec("tia", tr("Transfer impact assessment"), lambda: SubObjectField(tia, lambda: model.Tia(status="pending")),
             visible=lambda t, env: t.mechanism not in ("adequacy", "derogation", "none")),
        Spec("supplementary_measures", tr("Supplementary measures"), lambda: LTextField(multiline=True)),
        Spec("copy_available", tr("How to get a copy"), LTextField),
    ])]


def _dpf_applies(t: model.Transfer, env: Env) -> bool:
    # The framework is the adequacy decision for the US; once recorded it stays in sight, so
    # that changing the country or the tool never hides what the register holds.
    return t.dpf is not MISSING or (t.mechanism == "adequacy" and t.country == "US")


def _transfer_title(t: model.Transfer, env: Env) -> str:
    from ropa_desktop.reference import country_name

    to = ""
    if t.processor:
        to = dict(env["catalogue"](Kind.PROCESSOR)).get(t.processor, t.processor)
    elif t.recipient:
        to = dict(env["catalogue"](Kind.RECIPIENT)).get(t.recipient, t.recipient)
    elif t.recipient_name:
        to = t.recipient_name
    where = country_name(t.country, env["ui_lang"]) if t.country else tr("outside the EU/EEA")
    return f"{to or tr('(no recipient)')} → {where}: {value_label('mechanism', t.mechanism)}"


def retention_sections() -> list[Section]:
    def purposes_of(env: Env) -> list[tuple[str, str]]:
        activity = env.get("activity")
        return [(p.id, _lt(env, p.description)) for p in (activity.purposes or [] if activity else [])]

    return [("", [
        Spec("description", tr("Rule"), lambda: LTextField(multiline=True, required=True)),
        Spec("period", tr("Period"), _duration(tr("e.g. P7Y, P24M, P90D"), empty=None),
             help=tr("An ISO 8601 duration: P7Y is seven years. Leave empty when the rule ends with an event.")),
        Spec("trigger", tr("Counted from"), LTextField),
        Spec("law_reference", tr("Law"), LTextField),
        Spec("purposes", tr("Only for purposes"), lambda: RefListField(purposes_of)),
        Spec("data_subjects", tr("Only for data subjects"), _refs(Kind.DATA_SUBJECT_CATEGORY, None)),
        Spec("data_categories", tr("Only for data categories"), _refs(Kind.DATA_CATEGORY, None)),
    ])]


def source_sections() -> list[Section]:
    return [("", [
        Spec("type", tr("Source"), lambda: ChoiceField("source_type", optional=False)),
        Spec("description", tr("Description"), LTextField),
    ])]


def joint_controller_sections() -> list[Section]:
    return [("", [
        Spec("name", tr("Name"), lambda: TextField(required=True)),
        Spec("contact", tr("Contact"), _contact_field),
        Spec("responsibilities", tr("Responsibilities"), lambda: LTextField(multiline=True)),
    ])]


def controller_sections() -> list[Section]:
    dpa = [("", [
        Spec("status", tr("Status"), lambda: ChoiceField("dpa_status", optional=False)),
        Spec("signed_on", tr("Signed on"), DateField),
        Spec("reference", tr("Where the contract is kept"), TextField),
    ])]
    return [("", [
        Spec("name", tr("Name"), lambda: TextField(required=True)),
        Spec("contact", tr("Contact"), _contact_field),
        Spec("dpo", tr("Their DPO"), _contact_field),
        Spec("dpa", tr("Data processing agreement"),
             lambda: SubObjectField(dpa, lambda: model.ControllerDpa(status="missing"))),
    ])]


def activity_sections(add_new: AddNew | None) -> list[Section]:
    automated = [("", [
        Spec("exists", tr("Automated decisions"), lambda: BoolField(optional=False)),
        Spec("profiling", tr("Profiling"), lambda: BoolField(optional=False)),
        Spec("logic", tr("Logic involved"), lambda: LTextField(multiline=True)),
        Spec("consequences", tr("Consequences"), lambda: LTextField(multiline=True)),
    ])]
    dpia = [("", [
        Spec("required", tr("Required"), lambda: ChoiceField("dpia_required", optional=False)),
        Spec("status", tr("Status"), lambda: ChoiceField("dpia_status")),
        Spec("reference", tr("Reference"), TextField),
        Spec("done_on", tr("Done on"), DateField),
    ])]

    def named_list(sections: list[Section], make: Callable[[], Any],
                   none_label: str | None = None) -> Callable[[], ObjectListField]:
        return lambda: ObjectListField(sections, lambda items, env: make(), lambda x, env: x.name,
                                       none_label=none_label)

    return [
        (tr("General"), [
            Spec("name", tr("Name"), lambda: LTextField(required=True)),
            Spec("description", tr("Description"), lambda: LTextField(multiline=True)),
            Spec("role", tr("Our role"), lambda: ChoiceField("role", optional=False)),
            Spec("status", tr("Status"), lambda: ChoiceField("status")),
            Spec("owner", tr("Owner"), TextField),
            Spec("systems", tr("IT systems"),
                 lambda: StringListField(tr("Separate with commas"), none_label=tr("None"))),
            Spec("joint_controllers", tr("Joint controllers"),
                 named_list(joint_controller_sections(), lambda: model.JointController(name=tr("New controller")),
                            tr("None to name")),
                 visible=lambda a, env: a.role == "joint_controller"),
            Spec("controllers", tr("On behalf of"),
                 named_list(controller_sections(), lambda: model.ControllerOnBehalf(name=tr("New controller")),
                            tr("None to name")),
                 visible=lambda a, env: a.role == "processor"),
            Spec("last_reviewed", tr("Last reviewed"), DateField),
            Spec("next_review", tr("Next review"), DateField),
            Spec("review_every", tr("Review interval"), _duration(tr("e.g. P12M, P6M, P2Y")),
                 help=tr("An ISO 8601 duration: P12M is twelve months. "
                         "Leave empty to use the organisation's review interval.")),
        ]),
        (tr("Data"), [
            Spec("data_subjects", tr("Data subjects"), _refs(Kind.DATA_SUBJECT_CATEGORY, add_new, True)),
            Spec("data_categories", tr("Data categories"), _refs(Kind.DATA_CATEGORY, add_new, True)),
            Spec("national_id_justification", tr("Why personal identity numbers are needed"),
                 lambda: LTextField(multiline=True),
                 help=tr("National law asks for the reason: in Sweden dataskyddslagen 3 kap. 10 §, in Norway "
                         "personopplysningsloven § 12, in Denmark databeskyttelsesloven § 11."),
                 visible=_uses_national_id),
            Spec("sources", tr("Sources"), lambda: ObjectListField(
                source_sections(),
                lambda items, env: model.Source(type="data_subject"),
                lambda s, env: value_label("source_type", s.type),
                none_label=tr("None to state"))),
        ]),
        (tr("Purposes"), [
            Spec("purposes", tr("Purposes"),
                 lambda: ObjectListField(purpose_sections(add_new), _new_purpose, _purpose_title),
                 visible=lambda a, env: a.role != "processor"),
            Spec("requirement", tr("Statutory or contractual requirement"),
                 lambda: LTextField(multiline=True, none_label=tr("Neither: providing the data is voluntary"))),
            Spec("automated_decisions", tr("Automated decisions"),
                 lambda: SubObjectField(automated, lambda: model.AutomatedDecisions(exists=False, profiling=False))),
        ]),
        (tr("Recipients"), [
            Spec("recipients", tr("Recipients"), _refs(Kind.RECIPIENT, add_new, none_label=tr("No recipients"))),
            Spec("processors", tr("Processors"), _refs(Kind.PROCESSOR, add_new, none_label=tr("No processors"))),
            Spec("transfers", tr("Transfers outside the EU/EEA"), lambda: ObjectListField(
                transfer_sections(),
                lambda items, env: model.Transfer(mechanism="scc"),
                _transfer_title,
                none_label=tr("No transfers outside the EU/EEA"))),
        ]),
        (tr("Retention"), [
            Spec("retention", tr("Retention rules"), lambda: ObjectListField(
                retention_sections(),
                lambda items, env: model.Retention(period=None, description=LText.of(env["languages"][0],
                                                                                    tr("New rule"))),
                lambda r, env: _lt(env, r.description))),
        ]),
        (tr("Security"), [
            Spec("security_measures", tr("Security measures"),
                 _refs(Kind.SECURITY_MEASURE, add_new, none_label=tr("None"))),
            Spec("dpia", tr("Impact assessment (DPIA)"),
                 lambda: SubObjectField(dpia, lambda: model.Dpia(required="unknown"))),
        ]),
    ]


# --- catalogues, processors, organisation -------------------------------------------------

def processor_sections() -> list[Section]:
    dpa = [("", [
        Spec("status", tr("Status"), lambda: ChoiceField("dpa_status", optional=False)),
        Spec("signed_on", tr("Signed on"), DateField),
        Spec("reference", tr("Where the contract is kept"), TextField),
        Spec("review_on", tr("Review on"), DateField),
    ])]
    sub = [("", [
        Spec("name", tr("Name"), lambda: TextField(required=True)),
        Spec("country", tr("Country"), CountryField),
        Spec("service", tr("Service"), LTextField),
    ])]
    return [("", [
        Spec("name", tr("Name"), lambda: TextField(required=True)),
        Spec("category", tr("Stands for a category of vendors"), BoolField),
        Spec("service", tr("Service"), lambda: LTextField(multiline=True)),
        Spec("country", tr("Country"), CountryField),
        Spec("processing_locations", tr("Processing locations"),
             lambda: StringListField(tr("Country codes, e.g. SE, IE, US"), upper=True)),
        Spec("dpa", tr("Data processing agreement"), lambda: SubObjectField(dpa, lambda: model.Dpa(status="missing"))),
        Spec("sub_processors", tr("Sub-processors"), lambda: ObjectListField(
            sub, lambda items, env: model.SubProcessor(name=tr("New sub-processor")), lambda s, env: s.name,
            none_label=tr("No sub-processors"))),
        Spec("contact", tr("Contact"), _contact_field),
        Spec("address", tr("Address"), lambda: SubObjectField(address_sections(), model.Address)),
    ])]


def catalogue_sections(kind: Kind) -> list[Section]:
    name = Spec("name", tr("Name"), lambda: LTextField(required=True))
    description = Spec("description", tr("Description"), lambda: LTextField(multiline=True))
    if kind is Kind.DATA_SUBJECT_CATEGORY:
        return [("", [name, description])]
    if kind is Kind.DATA_CATEGORY:
        return [("", [
            name, description,
            Spec("special_category", tr("Special category (Art. 9)"),
                 lambda: ChoiceField("special_category", none_label=tr("No"))),
            Spec("criminal_offences", tr("Criminal offences (Art. 10)"), BoolField),
            Spec("national_id", tr("Personal identity numbers"), BoolField),
        ])]
    if kind is Kind.RECIPIENT:
        return [("", [
            name,
            Spec("type", tr("Type"), lambda: ChoiceField("recipient_type", optional=False)),
            Spec("country", tr("Country"), CountryField),
        ])]
    if kind is Kind.SECURITY_MEASURE:
        return [("", [
            name,
            Spec("kind", tr("Kind"), lambda: ChoiceField("measure_kind", optional=False)),
            description,
        ])]
    if kind is Kind.PROCESSOR:
        return processor_sections()
    raise ValueError(kind)


def organisation_sections() -> list[Section]:
    return [
        (tr("Organisation"), [
            Spec("name", tr("Name"), lambda: TextField(required=True)),
            Spec("trade_name", tr("Trade name"), TextField),
            Spec("org_number", tr("Organisation number"), TextField),
            Spec("supervisory_authority", tr("Supervisory authority (country)"),
                 lambda: CountryField(optional=False)),
            Spec("email", tr("E-mail"), TextField),
            Spec("phone", tr("Phone"), TextField),
            Spec("website", tr("Web site"), lambda: TextField(placeholder="https://")),
            Spec("address", tr("Address"), lambda: SubObjectField(address_sections(), model.Address)),
            Spec("complaints_contact", tr("How data subjects reach us"), lambda: LTextField(multiline=True)),
            Spec("review_every", tr("Review interval of activities"), _duration(tr("e.g. P12M, P6M, P2Y")),
                 help=tr("An ISO 8601 duration: P12M is twelve months. An activity can set its own.")),
        ]),
        (tr("Contacts"), [
            Spec("dpo", tr("Data protection officer"),
                 _nullable_contact(tr("None: we have no data protection officer"), tr("Our data protection officer"))),
            Spec("representative", tr("EU representative (Art. 27)"),
                 _nullable_contact(tr("None: we are established in the EU/EEA"), tr("Our representative"))),
        ]),
    ]


def new_item(kind: Kind, item_id: str, name: str, lang: str) -> Any:
    """A new catalogue item or activity with the fields the format requires."""
    text = LText.of(lang, name)
    if kind is Kind.ACTIVITY:
        return model.Activity(id=item_id, name=text, role="controller", status="draft")
    if kind is Kind.PROCESSOR:
        return model.Processor(id=item_id, name=name)
    if kind is Kind.RECIPIENT:
        return model.Recipient(id=item_id, name=text, type="third_party")
    if kind is Kind.SECURITY_MEASURE:
        return model.SecurityMeasure(id=item_id, name=text, kind="organisational")
    if kind is Kind.DATA_CATEGORY:
        return model.DataCategory(id=item_id, name=text)
    return model.DataSubjectCategory(id=item_id, name=text)

