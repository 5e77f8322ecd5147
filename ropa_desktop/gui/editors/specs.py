"""The fields of every editor: which widget edits which field of the format, and when it shows.

Each Art. 30 field declares here, beside its label, what the law asks of it (``law``: the
article and one sentence), which the form shows under the field and in its tooltip, in
the UI language. The register-wide editors are in register_specs.py.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ropa_desktop.domain import model
from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.missing import MISSING
from ropa_desktop.gui.editors.form import ObjectListField, Section, Spec, SubObjectField
from ropa_desktop.gui.editors.register_specs import (
    catalogue_sections,
    new_item,
    organisation_sections,
    processor_sections,
)
from ropa_desktop.gui.editors.spec_parts import (
    AddNew,
    catalogue,
    contact_field,
    dpa_sections,
    lt,
    refs,
    review_interval,
)
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.labels import value_label
from ropa_desktop.gui.widgets.duration import DurationField
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

__all__ = ["AddNew", "activity_sections", "catalogue_sections", "new_item", "organisation_sections",
           "processor_sections"]


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


# --- purposes ------------------------------------------------------------------------

def _purpose_is_special(p: model.Purpose, env: Env) -> bool:
    activity = env.get("activity")
    ids = p.data_categories or (activity.data_categories if activity else [])
    return any(i in env.get("special_ids", set()) for i in ids)


def _uses_national_id(a: model.Activity, env: Env) -> bool:
    # Asked only where it applies; a recorded answer stays in sight after the category goes.
    national = env.get("national_id_ids", set())
    return a.national_id_justification is not MISSING or any(i in national for i in a.data_categories)


_PLACEHOLDER_ID = re.compile(r"^purpose-\d+$")


def _purpose_id_from_text(p: model.Purpose, others: list[model.Purpose], env: Env) -> model.Purpose:
    """A new purpose's internal id follows its text ('svara-pa-fragor'), once, while nothing refers to it.

    Ids are what retention rules point at, so one in use is never changed; the DPO sees
    the id only under "Advanced".
    """
    from ropa_desktop.gui.editors.env import slug, unique_id

    activity = env.get("activity")
    used = any(p.id in (r.purposes or []) for r in (activity.retention or [] if activity else []))
    text = lt(env, p.description)
    if used or not _PLACEHOLDER_ID.match(p.id) or not text or slug(text) == "item":
        return p
    return dataclasses.replace(p, id=unique_id(text, {o.id for o in others}))


def purpose_sections(add_new: AddNew | None) -> list[Section]:
    return [("", [
        Spec("description", tr("Purpose"), lambda: LTextField(multiline=True, required=True),
             help=tr("What the data are used for, in words the data subject understands.")),
        Spec("legal_basis", tr("Legal basis"), lambda: ChoiceField("legal_basis"),
             law=tr("Art. 6(1): each purpose rests on one legal basis, which Art. 13(1)(c) tells the data "
                    "subject.")),
        Spec("legitimate_interest", tr("Legitimate interest"), lambda: LTextField(multiline=True),
             law=tr("Art. 13(1)(d): the legitimate interests pursued are told to the data subject."),
             visible=lambda p, env: p.legal_basis == "legitimate_interests"),
        Spec("law_reference", tr("Law"), LTextField,
             law=tr("Art. 6(3): a legal obligation or a public task is laid down by Union or national law."),
             visible=lambda p, env: p.legal_basis in ("legal_obligation", "public_task")),
        Spec("special_category_condition", tr("Art. 9(2) condition"),
             lambda: ChoiceField(_art9_choices(), none_label=tr("None")),
             law=tr("Art. 9(2): special categories of data are processed only under one of its conditions."),
             visible=_purpose_is_special),
        Spec("data_categories", tr("Only these data categories"), refs(Kind.DATA_CATEGORY, None),
             help=tr("Leave all unticked when the purpose covers all of the activity's data categories.")),
        Spec("data_subjects", tr("Only these data subjects"), refs(Kind.DATA_SUBJECT_CATEGORY, None),
             help=tr("Leave all unticked when the purpose covers all of the activity's data subjects.")),
        Spec("id", tr("Internal id"), lambda: TextField(required=True), advanced=True,
             help=tr("Made from the purpose's text; other tools and retention rules refer to the purpose by it.")),
    ])]


def _new_purpose(items: list[Any], env: Env) -> model.Purpose:
    taken = {p.id for p in items}
    n = len(items) + 1
    while f"purpose-{n}" in taken:
        n += 1
    return model.Purpose(id=f"purpose-{n}", description=LText.of(env["languages"][0], tr("New purpose")))


def _purpose_title(p: model.Purpose, env: Env) -> str:
    basis = value_label("legal_basis", p.legal_basis) if p.legal_basis else tr("no legal basis")
    return tr("%1 — %2").replace("%1", lt(env, p.description)).replace("%2", basis)


# --- transfers -----------------------------------------------------------------------

def _take_processor_country(before: model.Transfer, t: model.Transfer, env: Env) -> model.Transfer:
    """A transfer to a processor goes where the processor is: the country follows the processor
    picked, unless the DPO recorded a country of their own."""
    country_of = env.get("processor_country", lambda _id: None)
    brought = country_of(before.processor) if before.processor else None
    if not t.processor or (t.country is not MISSING and t.country != brought):
        return t
    country = country_of(t.processor)
    return dataclasses.replace(t, country=country) if country else t


def _dpf_applies(t: model.Transfer, env: Env) -> bool:
    # The framework is the adequacy decision for the US; once recorded it stays in sight, so
    # that changing the country or the tool never hides what the register holds.
    return t.dpf is not MISSING or (t.mechanism == "adequacy" and t.country == "US")


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
        Spec("country", tr("Country"), lambda: CountryField(none_label=tr("Outside the EU/EEA (country not stated)")),
             law=tr("Art. 30(1)(e): the third country the data are transferred to is named.")),
        Spec("processor", tr("Processor"), lambda: RefChoiceField(catalogue(Kind.PROCESSOR)),
             help=tr("Picking a processor fills in its country when none is recorded yet."),
             law=tr("Art. 30(1)(e): who receives the data in the third country."),
             then=_take_processor_country),
        Spec("recipient", tr("Recipient"), lambda: RefChoiceField(catalogue(Kind.RECIPIENT))),
        Spec("recipient_name", tr("Other recipient"), TextField,
             visible=lambda t, env: not t.processor and not t.recipient),
        Spec("mechanism", tr("Transfer tool"), lambda: ChoiceField("mechanism", optional=False),
             law=tr("Art. 44 to 46: a transfer needs an adequacy decision or appropriate safeguards.")),
        Spec("scc", tr("Standard contractual clauses"),
             lambda: SubObjectField(scc, lambda: model.Scc(status="missing")),
             law=tr("Art. 46(2)(c): standard contractual clauses adopted by the Commission."),
             visible=lambda t, env: t.mechanism == "scc"),
        Spec("derogation", tr("Derogation"), lambda: ChoiceField(_derogation_choices()),
             law=tr("Art. 49(1): a derogation is for specific situations only, and is documented."),
             visible=lambda t, env: t.mechanism == "derogation"),
        Spec("dpf", tr("EU–US Data Privacy Framework"),
             lambda: SubObjectField(dpf, lambda: model.Dpf(certified=False)),
             help=tr("The adequacy decision for the US covers only organisations certified under the framework."),
             law=tr("Art. 45(3): the Commission's decision of 10 July 2023 covers certified US organisations."),
             visible=_dpf_applies),
        Spec("tia", tr("Transfer impact assessment"), lambda: SubObjectField(tia, lambda: model.Tia(status="pending")),
             law=tr("Art. 46(1) as the Court read it in C-311/18: the exporter checks that the third country's "
                    "law does not undermine the safeguards."),
             visible=lambda t, env: t.mechanism not in ("adequacy", "derogation", "none")),
        Spec("supplementary_measures", tr("Supplementary measures"), lambda: LTextField(multiline=True)),
        Spec("copy_available", tr("How to get a copy"), LTextField,
             law=tr("Art. 13(1)(f): how the data subject obtains a copy of the safeguards.")),
    ])]


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
    return (tr("%1 → %2: %3").replace("%1", to or tr("(no recipient)")).replace("%2", where)
            .replace("%3", value_label("mechanism", t.mechanism)))


# --- retention and the rest of an activity -------------------------------------------

def retention_sections() -> list[Section]:
    def purposes_of(env: Env) -> list[tuple[str, str]]:
        activity = env.get("activity")
        return [(p.id, lt(env, p.description)) for p in (activity.purposes or [] if activity else [])]

    return [("", [
        Spec("description", tr("Rule"), lambda: LTextField(multiline=True, required=True),
             help=tr("The rule in words, as a notice tells it: how long, and from when.")),
        Spec("period", tr("Kept for"),
             lambda: DurationField(tr("No fixed period: it ends with an event"), tr("A period of"), empty=None),
             help=tr("A number of days, weeks, months or years; or no fixed period when the rule ends with "
                     "an event, such as a withdrawn consent."),
             law=tr("Art. 13(2)(a): the period for which the data are stored, or how it is decided.")),
        Spec("trigger", tr("Counted from"), lambda: LTextField(placeholder=tr("e.g. the end of the financial year")),
             help=tr("The event the period runs from, in words.")),
        Spec("law_reference", tr("Law"), LTextField,
             help=tr("The law that sets the period, e.g. Bokföringslagen 7 kap. 2 §.")),
        Spec("purposes", tr("Only for purposes"), lambda: RefListField(purposes_of)),
        Spec("data_subjects", tr("Only for data subjects"), refs(Kind.DATA_SUBJECT_CATEGORY, None)),
        Spec("data_categories", tr("Only for data categories"), refs(Kind.DATA_CATEGORY, None)),
    ])]


def source_sections() -> list[Section]:
    return [("", [
        Spec("type", tr("Source"), lambda: ChoiceField("source_type", optional=False),
             law=tr("Art. 14(2)(f): where data not obtained from the data subject come from.")),
        Spec("description", tr("Description"), LTextField),
    ])]


def joint_controller_sections() -> list[Section]:
    return [("", [
        Spec("name", tr("Name"), lambda: TextField(required=True),
             law=tr("Art. 30(1)(a): the name and contact details of each joint controller.")),
        Spec("contact", tr("Contact"), contact_field),
        Spec("responsibilities", tr("Responsibilities"), lambda: LTextField(multiline=True),
             law=tr("Art. 26(1): the arrangement says who does what, in particular for the data subjects' "
                    "rights.")),
    ])]


def controller_sections() -> list[Section]:
    return [("", [
        Spec("name", tr("Name"), lambda: TextField(required=True),
             law=tr("Art. 30(2)(a): the name and contact details of each controller we act for.")),
        Spec("contact", tr("Contact"), contact_field),
        Spec("dpo", tr("Their DPO"), contact_field),
        Spec("dpa", tr("Data processing agreement"),
             lambda: SubObjectField(dpa_sections(review=False), lambda: model.ControllerDpa(status="missing")),
             law=tr("Art. 28(3): processing by a processor is governed by a contract.")),
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
    review_law = tr("Art. 24(1): the measures are reviewed and updated where necessary.")

    def named_list(sections: list[Section], make: Callable[[], Any],
                   none_label: str | None = None) -> Callable[[], ObjectListField]:
        return lambda: ObjectListField(sections, lambda items, env: make(), lambda x, env: x.name,
                                       none_label=none_label)

    return [
        (tr("General"), [
            Spec("name", tr("Name"), lambda: LTextField(required=True),
                 law=tr("Art. 30(1): the record lists each processing activity.")),
            Spec("description", tr("Description"), lambda: LTextField(multiline=True)),
            Spec("role", tr("Our role"), lambda: ChoiceField("role", optional=False),
                 law=tr("Art. 30(1) and 30(2): controllers and processors each keep a record, with different "
                        "contents.")),
            Spec("status", tr("Status"), lambda: ChoiceField("status")),
            Spec("owner", tr("Owner"), TextField),
            Spec("systems", tr("IT systems"),
                 lambda: StringListField(tr("Separate with commas"), none_label=tr("None"))),
            Spec("joint_controllers", tr("Joint controllers"),
                 named_list(joint_controller_sections(), lambda: model.JointController(name=tr("New controller")),
                            tr("None to name")),
                 law=tr("Art. 30(1)(a): the name and contact details of any joint controller."),
                 visible=lambda a, env: a.role == "joint_controller"),
            Spec("controllers", tr("On behalf of"),
                 named_list(controller_sections(), lambda: model.ControllerOnBehalf(name=tr("New controller")),
                            tr("None to name")),
                 law=tr("Art. 30(2)(a): each controller on whose behalf the processor acts."),
                 visible=lambda a, env: a.role == "processor"),
            Spec("last_reviewed", tr("Last reviewed"), DateField),
            Spec("next_review", tr("Next review"), DateField,
                 help=tr("When the activity is next to be reviewed; the checks remind you when it is due.")),
            Spec("review_every", tr("Review interval"), review_interval(tr("The organisation's interval")),
                 help=tr("How often this activity is reviewed, when not as often as the organisation's "
                         "interval says."),
                 law=review_law),
        ]),
        (tr("Data"), [
            Spec("data_subjects", tr("Data subjects"), refs(Kind.DATA_SUBJECT_CATEGORY, add_new, True),
                 law=tr("Art. 30(1)(c): a description of the categories of data subjects.")),
            Spec("data_categories", tr("Data categories"), refs(Kind.DATA_CATEGORY, add_new, True),
                 law=tr("Art. 30(1)(c): a description of the categories of personal data.")),
            Spec("national_id_justification", tr("Why personal identity numbers are needed"),
                 lambda: LTextField(multiline=True),
                 help=tr("National law asks for the reason: in Sweden dataskyddslagen 3 kap. 10 §, in Norway "
                         "personopplysningsloven § 12, in Denmark databeskyttelsesloven § 11."),
                 law=tr("Art. 87: national law sets the conditions for processing a national identification "
                        "number."),
                 visible=_uses_national_id),
            Spec("sources", tr("Sources"), lambda: ObjectListField(
                source_sections(),
                lambda items, env: model.Source(type="data_subject"),
                lambda s, env: value_label("source_type", s.type),
                none_label=tr("None to state")),
                 law=tr("Art. 14(2)(f): from which source the data come, when not from the data subject.")),
        ]),
        (tr("Purposes"), [
            Spec("purposes", tr("Purposes"),
                 lambda: ObjectListField(purpose_sections(add_new), _new_purpose, _purpose_title,
                                         settle=_purpose_id_from_text),
                 law=tr("Art. 30(1)(b): the purposes of the processing."),
                 visible=lambda a, env: a.role != "processor"),
            Spec("requirement", tr("Statutory or contractual requirement"),
                 lambda: LTextField(multiline=True, none_label=tr("Neither: providing the data is voluntary")),
                 law=tr("Art. 13(2)(e): whether the data subject must provide the data, and what follows if not.")),
            Spec("automated_decisions", tr("Automated decisions"),
                 lambda: SubObjectField(automated, lambda: model.AutomatedDecisions(exists=False, profiling=False)),
                 law=tr("Art. 22 and 13(2)(f): automated decision-making, including profiling, its logic and its "
                        "consequences.")),
        ]),
        (tr("Recipients"), [
            Spec("recipients", tr("Recipients"), refs(Kind.RECIPIENT, add_new, none_label=tr("No recipients")),
                 law=tr("Art. 30(1)(d): the categories of recipients to whom the data are disclosed.")),
            Spec("processors", tr("Processors"), refs(Kind.PROCESSOR, add_new, none_label=tr("No processors")),
                 law=tr("Art. 28(1): only processors with sufficient guarantees are used.")),
            Spec("transfers", tr("Transfers outside the EU/EEA"), lambda: ObjectListField(
                transfer_sections(),
                lambda items, env: model.Transfer(mechanism="scc"),
                _transfer_title,
                none_label=tr("No transfers outside the EU/EEA")),
                 law=tr("Art. 30(1)(e): transfers to a third country, naming the country, and the safeguards.")),
        ]),
        (tr("Retention"), [
            Spec("retention", tr("Retention rules"), lambda: ObjectListField(
                retention_sections(),
                lambda items, env: model.Retention(period=None, description=LText.of(env["languages"][0],
                                                                                    tr("New rule"))),
                lambda r, env: lt(env, r.description)),
                 law=tr("Art. 30(1)(f): where possible, the envisaged time limits for erasure.")),
        ]),
        (tr("Security"), [
            Spec("security_measures", tr("Security measures"),
                 refs(Kind.SECURITY_MEASURE, add_new, none_label=tr("None")),
                 law=tr("Art. 30(1)(g): where possible, a general description of the technical and "
                        "organisational security measures.")),
            Spec("dpia", tr("Impact assessment (DPIA)"),
                 lambda: SubObjectField(dpia, lambda: model.Dpia(required="unknown")),
                 law=tr("Art. 35(1): an impact assessment where the processing is likely to result in a high "
                        "risk.")),
        ]),
    ]
