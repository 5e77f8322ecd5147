"""The column headers of the templates and of the registers Nordic DPOs write, by the field they fill.

Written as people write them; ``headers.normal`` folds case, punctuation and bracketed
asides ("(if applicable)") before they are compared, and the fuzzy matcher absorbs word
order and small misspellings. A template column that has no field in the model maps to
an ``x-`` key: it is kept on each activity as a note, never dropped.
"""

from __future__ import annotations

# The fields a column can fill (the values of a --mapping file); "x-..." keeps the text as a note.
FIELDS = (
    "name", "description", "purposes", "legal_basis", "art9_condition", "legitimate_interest", "law_reference",
    "data_subjects", "data_categories", "special_categories", "recipients", "processors", "transfer_countries",
    "transfer_safeguards", "retention", "retention_law", "security_measures", "joint_controllers", "owner",
    "systems", "sources", "automated_decisions", "dpia_required",
)

HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "processing activity", "name of processing activity", "activity", "name", "processing", "namn",
        "behandling", "personuppgiftsbehandling", "behandlingens namn", "behandlingsaktivitet", "aktivitet",
        "namn på behandlingen", "navn på behandlingen", "behandlingsaktivitetens navn", "behandlingsaktiviteter",
    ),
    "description": (
        "description", "description of processing", "beskrivning", "beskrivelse", "beskrivelse af behandlingen",
        "beskrivning av behandlingen", "beskrivelse av behandlingen",
    ),
    "purposes": (
        "purpose", "purposes", "purpose of processing", "purpose of the processing", "purposes of the processing",
        "ändamål", "ändamål med behandlingen", "ändamålet med behandlingen", "syfte", "syftet med behandlingen",
        "formål", "formålet med behandlingen", "formål med behandlingen", "formålene med behandlingen",
    ),
    "legal_basis": (
        "legal basis", "lawful basis", "article 6 lawful basis for processing personal data", "article 6 basis",
        "legal basis for processing", "rättslig grund", "laglig grund", "rättslig grund för behandlingen",
        "behandlingsgrunnlag", "rettslig grunnlag", "grunnlag for behandlingen", "retsgrundlag",
        "hjemmel", "behandlingshjemmel", "retsgrundlag for behandlingen", "lovlig grundlag",
    ),
    "art9_condition": (
        "article 9 basis for processing special category data", "article 9 condition", "art 9 condition",
        "undantag enligt artikel 9", "rättslig grund för känsliga personuppgifter", "villkor artikel 9",
        "unntak etter artikkel 9", "grunnlag for særlige kategorier", "undtagelse efter artikel 9",
        "grundlag for følsomme oplysninger",
    ),
    "legitimate_interest": (
        "legitimate interests for the processing", "legitimate interest", "legitimate interests",
        "berättigat intresse", "berettiget interesse", "legitim interesse", "legitime interesser",
    ),
    "law_reference": (
        "law reference", "legal reference", "lagstöd", "lagrum", "lovhenvisning", "lovhjemmel", "lovgrundlag",
    ),
    "data_subjects": (
        "categories of individuals", "categories of data subjects", "data subjects", "data subject categories",
        "kategorier av registrerade", "registrerade", "de registrerade", "kategorier av registrerte",
        "registrerte", "de registrerte", "kategorier af registrerede", "registrerede", "de registrerede",
    ),
    "data_categories": (
        "categories of personal data", "personal data", "types of personal data", "data categories",
        "kategorier av personuppgifter", "personuppgifter", "typer av personuppgifter", "uppgiftstyper",
        "kategorier av personopplysninger", "personopplysninger", "typer personopplysninger",
        "kategorier af personoplysninger", "personoplysninger", "typer af personoplysninger",
    ),
    "special_categories": (
        "special category data", "special categories of personal data", "känsliga personuppgifter",
        "särskilda kategorier av personuppgifter", "særlige kategorier av personopplysninger",
        "sensitive personopplysninger", "følsomme personoplysninger", "særlige kategorier af personoplysninger",
    ),
    "recipients": (
        "categories of recipients", "recipients", "recipient", "mottagare", "kategorier av mottagare",
        "mottakere", "kategorier av mottakere", "modtagere", "kategorier af modtagere",
    ),
    "processors": (
        "processors", "processor", "data processors", "personuppgiftsbiträden", "personuppgiftsbiträde",
        "biträden", "databehandlere", "databehandler", "leverandører", "leverantörer",
    ),
    "transfer_countries": (
        "names of third countries or international organisations that personal data are transferred to",
        "third countries", "transfers to third countries", "transfer to third country", "third country transfers",
        "överföring till tredje land", "överföringar till tredjeland", "tredjeland", "tredje land",
        "overføring til tredjeland", "overføring til tredjeland internasjonale organisasjoner",
        "overførsel til tredjelande", "overførsler til tredjelande", "tredjelande",
    ),
    "transfer_safeguards": (
        "safeguards for exceptional transfers of personal data to third countries or international organisations",
        "safeguards", "transfer safeguards", "transfer mechanism", "skyddsåtgärder vid överföring",
        "överföringsmekanism", "garantier ved overføring", "overføringsgrunnlag", "garantier ved overførsel",
        "overførselsgrundlag", "dokumentasjon av garantier",
    ),
    "retention": (
        "retention schedule", "retention period", "retention", "storage period", "erasure time limits",
        "lagringstid", "gallring", "gallringsfrist", "bevarandetid", "lagringsperiod", "radering",
        "sletting", "slettefrist", "tidsfrister for sletting", "lagringstid og sletting",
        "opbevaringsperiode", "tidsfrister for sletning", "sletning", "slettefrister", "opbevaring",
    ),
    "retention_law": (
        "retention law", "law setting the retention period", "lagkrav på lagringstid", "lovkrav om lagring",
        "lovkrav til opbevaring",
    ),
    "security_measures": (
        "general description of technical and organisational security measures", "security measures",
        "technical and organisational measures", "säkerhetsåtgärder", "tekniska och organisatoriska åtgärder",
        "sikkerhetstiltak", "tekniske og organisatoriske sikkerhetstiltak", "sikkerhedsforanstaltninger",
        "tekniske og organisatoriske sikkerhedsforanstaltninger", "generell beskrivelse av sikkerhetstiltak",
    ),
    "joint_controllers": (
        "name and contact details of joint controller", "joint controller", "joint controllers",
        "gemensamt personuppgiftsansvarig", "gemensamt personuppgiftsansvariga", "felles behandlingsansvarlig",
        "felles behandlingsansvarlige", "fælles dataansvarlig", "fælles dataansvarlige",
    ),
    "owner": (
        "business function", "department", "owner", "responsible", "process owner", "avdelning", "ansvarig",
        "verksamhet", "ansvarlig", "avdeling", "afdeling", "systemejer", "processägare",
    ),
    "systems": (
        "systems", "it systems", "system", "it system", "system som används", "it-system", "systemer", "it-systemer",
    ),
    "sources": (
        "the source of the personal data", "source of personal data", "source", "sources", "källa",
        "varifrån kommer uppgifterna", "källa till personuppgifterna", "kilde", "kilder", "kilde til opplysningene",
        "kilde til oplysningerne",
    ),
    "automated_decisions": (
        "existence of automated decision making including profiling", "automated decision making",
        "automatiserat beslutsfattande", "profilering", "automatiserte avgjørelser", "automatiske afgørelser",
    ),
    "dpia_required": (
        "data protection impact assessment required", "dpia required", "dpia", "konsekvensbedömning",
        "konsekvensbedömning krävs", "personvernkonsekvensvurdering", "dpia påkrevd", "konsekvensanalyse",
    ),
    # Template columns with no field in the model: kept on each activity as a note.
    "x-rights-available": ("rights available to individuals", "rättigheter för de registrerade",
                           "de registrertes rettigheter", "de registreredes rettigheder"),
    "x-link-consent-record": ("link to record of consent",),
    "x-link-lia": ("link to record of legitimate interests assessment",),
    "x-location-of-data": ("location of personal data", "var lagras uppgifterna", "lagringssted"),
    "x-dpia-progress": ("data protection impact assessment progress",),
    "x-link-dpia": ("link to data protection impact assessment", "link to dpia"),
    "x-personal-data-breach": ("personal data breach",),
    "x-link-breach-record": ("link to record of personal data breach",),
    "x-link-processor-contract": ("link to contract with processor",),
    "x-uk-dpa-schedule-condition": ("data protection act 2018 schedule condition for processing",),
    "x-comments": ("comments", "notes", "kommentarer", "anmärkningar", "merknader", "bemærkninger", "övrigt"),
}

# Labels of the title block above the table: the organisation's details.
ORGANISATION_LABELS: dict[str, tuple[str, ...]] = {
    "name": (
        "organisation", "organization", "company", "controller", "name of controller", "name of the controller",
        "name and contact details of controller", "organisationens namn", "företag", "företagets namn",
        "personuppgiftsansvarig", "virksomhet", "virksomhetens navn", "behandlingsansvarlig", "bedrift",
        "virksomhed", "virksomhedens navn", "dataansvarlig", "navn",
    ),
    "org_number": (
        "organisation number", "organization number", "company number", "registration number", "org number",
        "organisationsnummer", "org nr", "orgnr", "organisasjonsnummer", "org nummer", "cvr", "cvr nr", "cvr nummer",
    ),
    "address": ("address", "postal address", "adress", "postadress", "besöksadress", "adresse", "postadresse"),
    "email": ("email", "e mail", "e post", "epost", "e postadress"),
    "phone": ("phone", "telephone", "telefon", "telefonnummer", "tlf"),
    "dpo": (
        "data protection officer", "dpo", "name and contact details of dpo", "dataskyddsombud", "personvernombud",
        "databeskyttelsesrådgiver", "dpo kontakt",
    ),
}

# The language a header is written in, to tag the imported texts (English when none is told).
LANGUAGE_WORDS = {
    "sv": ("ändamål", "rättslig", "registrerade", "personuppgift", "mottagare", "gallring", "säkerhetsåtgärd",
           "överföring", "behandlingens", "syfte", "biträde", "källa"),
    "nb": ("behandlingsgrunnlag", "registrerte", "personopplysning", "mottakere", "sletting", "sikkerhetstiltak",
           "overføring", "rettslig", "formålet"),
    "da": ("retsgrundlag", "registrerede", "personoplysning", "modtagere", "opbevaring", "sletning",
           "sikkerhedsforanstaltning", "overførsel", "tredjelande"),
}
