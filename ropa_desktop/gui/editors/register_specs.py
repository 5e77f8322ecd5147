"""The fields of the register-wide editors: processors, the catalogues, the organisation.

Each field declares, beside its label, what the law asks of it (article and one sentence),
shown under the field and in its tooltip, in the UI language.
"""

from __future__ import annotations

from typing import Any

from ropa_desktop.domain import model
from ropa_desktop.domain.ltext import LText
from ropa_desktop.gui.editors.form import ObjectListField, Section, Spec, SubObjectField
from ropa_desktop.gui.editors.spec_parts import (
    address_sections,
    contact_field,
    dpa_sections,
    nullable_contact,
    review_interval,
)
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.widgets.fields import (
    BoolField,
    ChoiceField,
    CountryField,
    CountryListField,
    LTextField,
    TextField,
)
from ropa_desktop.store import Kind


def processor_sections() -> list[Section]:
    sub = [("", [
        Spec("name", tr("Name"), lambda: TextField(required=True)),
        Spec("country", tr("Country"), CountryField,
             law=tr("Art. 44: a sub-processor outside the EU/EEA makes the processing a transfer.")),
        Spec("service", tr("Service"), LTextField),
    ])]
    return [("", [
        Spec("name", tr("Name"), lambda: TextField(required=True),
             law=tr("Art. 30(1)(d): processors are among the recipients the record names.")),
        Spec("category", tr("Stands for a category of vendors"), BoolField),
        Spec("service", tr("Service"), lambda: LTextField(multiline=True)),
        Spec("country", tr("Country"), CountryField,
             help=tr("Where the processor is established."),
             law=tr("Art. 30(1)(e): a processor outside the EU/EEA receives a transfer to a third country.")),
        Spec("processing_locations", tr("Processing locations"), CountryListField,
             help=tr("Every country where the processor stores or reaches the data, e.g. its data centres."),
             law=tr("Art. 44: data processed outside the EU/EEA are transferred, wherever the processor is "
                    "established.")),
        Spec("dpa", tr("Data processing agreement"),
             lambda: SubObjectField(dpa_sections(review=True), lambda: model.Dpa(status="missing")),
             law=tr("Art. 28(3): processing by a processor is governed by a contract.")),
        Spec("sub_processors", tr("Sub-processors"), lambda: ObjectListField(
            sub, lambda items, env: model.SubProcessor(name=tr("New sub-processor")), lambda s, env: s.name,
            none_label=tr("No sub-processors")),
             law=tr("Art. 28(2) and 28(4): another processor is engaged only with the controller's "
                    "authorisation, under the same obligations.")),
        Spec("contact", tr("Contact"), contact_field),
        Spec("address", tr("Address"), lambda: SubObjectField(address_sections(), model.Address)),
    ])]


def catalogue_sections(kind: Kind) -> list[Section]:
    description = Spec("description", tr("Description"), lambda: LTextField(multiline=True))
    if kind is Kind.DATA_SUBJECT_CATEGORY:
        return [("", [
            Spec("name", tr("Name"), lambda: LTextField(required=True),
                 law=tr("Art. 30(1)(c): a description of the categories of data subjects.")),
            description,
        ])]
    if kind is Kind.DATA_CATEGORY:
        return [("", [
            Spec("name", tr("Name"), lambda: LTextField(required=True),
                 law=tr("Art. 30(1)(c): a description of the categories of personal data.")),
            description,
            Spec("special_category", tr("Special category (Art. 9)"),
                 lambda: ChoiceField("special_category", none_label=tr("No")),
                 law=tr("Art. 9(1): data on health, ethnic origin, beliefs and the like may be processed only "
                        "under a condition of Art. 9(2).")),
            Spec("criminal_offences", tr("Criminal offences (Art. 10)"), BoolField,
                 law=tr("Art. 10: data on criminal convictions and offences only under official authority or "
                        "where the law allows it.")),
            Spec("national_id", tr("Personal identity numbers"), BoolField,
                 law=tr("Art. 87: national law sets the conditions for processing a national identification "
                        "number.")),
        ])]
    if kind is Kind.RECIPIENT:
        return [("", [
            Spec("name", tr("Name"), lambda: LTextField(required=True),
                 law=tr("Art. 30(1)(d): the categories of recipients to whom the data are disclosed.")),
            Spec("type", tr("Type"), lambda: ChoiceField("recipient_type", optional=False)),
            Spec("country", tr("Country"), CountryField,
                 law=tr("Art. 30(1)(d): recipients in third countries are named as such.")),
        ])]
    if kind is Kind.SECURITY_MEASURE:
        return [("", [
            Spec("name", tr("Name"), lambda: LTextField(required=True),
                 law=tr("Art. 30(1)(g): where possible, a general description of the technical and "
                        "organisational security measures.")),
            Spec("kind", tr("Kind"), lambda: ChoiceField("measure_kind", optional=False),
                 law=tr("Art. 32(1): measures are technical or organisational, fit for the risk.")),
            description,
        ])]
    if kind is Kind.PROCESSOR:
        return processor_sections()
    raise ValueError(kind)


def organisation_sections() -> list[Section]:
    contact_law = tr("Art. 30(1)(a): the name and contact details of the controller.")
    return [
        (tr("Organisation"), [
            Spec("name", tr("Name"), lambda: TextField(required=True), law=contact_law),
            Spec("trade_name", tr("Trade name"), TextField),
            Spec("org_number", tr("Organisation number"), TextField),
            Spec("supervisory_authority", tr("Supervisory authority (country)"),
                 lambda: CountryField(optional=False),
                 law=tr("Art. 55 and 56: the authority of the country of the main establishment is competent.")),
            # One law line for the contact details (under the name); the others say it in their tooltip.
            Spec("email", tr("E-mail"), TextField, help=contact_law),
            Spec("phone", tr("Phone"), TextField, help=contact_law),
            Spec("website", tr("Web site"), lambda: TextField(placeholder="https://")),
            Spec("address", tr("Address"), lambda: SubObjectField(address_sections(), model.Address),
                 help=contact_law),
            Spec("complaints_contact", tr("How data subjects reach us"), lambda: LTextField(multiline=True),
                 law=tr("Art. 12(2): the controller makes it easy for data subjects to exercise their rights.")),
            Spec("review_every", tr("Review interval of activities"), review_interval(tr("— not recorded —")),
                 help=tr("How often each activity is reviewed. An activity can set its own interval."),
                 law=tr("Art. 24(1): the measures are reviewed and updated where necessary.")),
        ]),
        (tr("Contacts"), [
            Spec("dpo", tr("Data protection officer"),
                 nullable_contact(tr("None: we have no data protection officer"), tr("Our data protection officer")),
                 law=tr("Art. 30(1)(a) and 37: the contact details of the data protection officer, where there "
                        "is one.")),
            Spec("representative", tr("EU representative (Art. 27)"),
                 nullable_contact(tr("None: we are established in the EU/EEA"), tr("Our representative")),
                 law=tr("Art. 30(1)(a) and 27: the representative in the EU of a controller established "
                        "outside it.")),
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
