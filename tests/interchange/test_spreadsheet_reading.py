"""Reading a foreign register's headers and cells: the words DPOs write, in en/sv/nb/da, into the model's codes."""

from __future__ import annotations

import pytest

from ropa_desktop.interchange.spreadsheet import cells
from ropa_desktop.interchange.spreadsheet.headers import THRESHOLD, find_header_row, match_header
from ropa_desktop.interchange.spreadsheet.places import country_code

# Headers as found in templates and in registers DPOs wrote: case, punctuation, asides, word order, typos.
HEADER_CORPUS = [
    ("Ändamål", "purposes"), ("ÄNDAMÅL:", "purposes"), ("Ändamål med behandlingen", "purposes"),
    ("Ändamal", "purposes"), ("Purpose of processing", "purposes"), ("Formål", "purposes"),
    ("Formålet med behandlingen", "purposes"),
    ("Rättslig grund", "legal_basis"), ("Grund, rättslig", "legal_basis"), ("Rättlig grund", "legal_basis"),
    ("Article 6 lawful basis for processing personal data", "legal_basis"), ("Behandlingsgrunnlag", "legal_basis"),
    ("Retsgrundlag", "legal_basis"), ("Lawful basis", "legal_basis"),
    ("Kategorier av registrerade", "data_subjects"), ("Kategorier av registrerde", "data_subjects"),
    ("Registrerte", "data_subjects"), ("Kategorier af registrerede", "data_subjects"),
    ("Categories of individuals", "data_subjects"),
    ("Kategorier av personuppgifter", "data_categories"), ("Kategorier av personopplysninger", "data_categories"),
    ("Kategorier af personoplysninger", "data_categories"), ("Categories of personal data", "data_categories"),
    ("Mottagare", "recipients"), ("Categories of recipients", "recipients"), ("Mottakere", "recipients"),
    ("Överföring till tredje land", "transfer_countries"), ("Overføring til tredjeland", "transfer_countries"),
    ("Names of third countries or international organisations that personal data are transferred to "
     "(if applicable)", "transfer_countries"),
    ("Lagringstid", "retention"), ("Gallring", "retention"), ("Lagringstid (år)", "retention"),
    ("Opbevaringsperiode", "retention"), ("Retention schedule (if possible)", "retention"),
    ("Säkerhetsåtgärder", "security_measures"), ("Sikkerhetstiltak", "security_measures"),
    ("General description of technical and organisational security measures (if possible)", "security_measures"),
    ("Personuppgiftsbiträden", "processors"), ("Databehandlere", "processors"),
    ("Business function", "owner"),
    ("Rights available to individuals", "x-rights-available"), ("Link to record of consent", "x-link-consent-record"),
]


@pytest.mark.parametrize(("header", "field"), HEADER_CORPUS)
def test_a_header_variant_is_recognised_as_its_field(header: str, field: str) -> None:
    found = match_header(header)
    assert found is not None and found[0] == field


@pytest.mark.parametrize("header", ["Telefonnummer till chef", "Foo", "Kostnadsställe", "Intern referens", "Datum"])
def test_a_header_we_do_not_know_is_not_forced_onto_a_field(header: str) -> None:
    assert match_header(header) is None


def test_neighbouring_headers_are_told_apart_by_a_wide_margin() -> None:
    from rapidfuzz import fuzz

    assert fuzz.token_sort_ratio("kategorier av registrerade", "kategorier av personuppgifter") < THRESHOLD - 10
    assert match_header("Kategorier av registrerade")[0] != match_header("Kategorier av personuppgifter")[0]


def test_the_header_row_is_found_below_a_title_block() -> None:
    rows = [["Registerförteckning", "", ""], ["Organisation:", "Exempel AB", ""], ["", "", ""],
            ["Behandling", "Ändamål", "Rättslig grund"], ["Lön", "Betala lön", "Avtal"]]
    assert find_header_row(rows) == 3


@pytest.mark.parametrize(("text", "codes"), [
    ("Legitimate interests", ["legitimate_interests"]), ("Art. 6.1 f", ["legitimate_interests"]),
    ("art 6(1)(b)", ["contract"]), ("berättigat intresse", ["legitimate_interests"]),
    ("rettslig forpliktelse", ["legal_obligation"]), ("samtykke", ["consent"]), ("Samtycke", ["consent"]),
    ("Retlig forpligtelse", ["legal_obligation"]), ("Avtal; rättslig förpliktelse", ["contract", "legal_obligation"]),
    ("Ingen aning", []),
])
def test_legal_bases_in_words_or_article_references_become_codes(text: str, codes: list[str]) -> None:
    assert cells.legal_bases(text) == codes


@pytest.mark.parametrize(("text", "letter"), [
    ("Art. 9.2 b", "b"), ("9(2)(h) occupational medicine", "h"), ("Explicit consent", "a"),
    ("Rättsliga anspråk", "f"), ("N/A", None), ("whatever", False),
])
def test_art9_conditions(text: str, letter: object) -> None:
    assert cells.art9_condition(text) == letter


@pytest.mark.parametrize(("text", "duration", "trigger"), [
    ("7 år", "P7Y", None), ("24 months", "P24M", None),
    ("2 years after end of employment", "P2Y", "end of employment"),
    ("7 år från utgången av räkenskapsåret", "P7Y", "utgången av räkenskapsåret"),
    ("5 år etter utgangen av regnskapsåret", "P5Y", "utgangen av regnskapsåret"),
    ("3 måneder", "P3M", None), ("2 år och 6 månader", "P2Y6M", None), ("30 dagar", "P30D", None),
    ("1,5 år", "P18M", None),
])
def test_periods_become_iso_durations_with_their_event_as_trigger(text: str, duration: str, trigger: str) -> None:
    found = cells.period(text)
    assert (found.duration, found.trigger) == (duration, trigger)


def test_a_period_until_an_event_has_no_duration_and_gibberish_is_not_a_period() -> None:
    assert cells.period("until consent is withdrawn").duration is None
    assert cells.period("Se gallringsplanen") is None


@pytest.mark.parametrize(("text", "code"), [
    ("USA", "US"), ("US", "US"), ("Förenta staterna", "US"), ("Storbritannien", "GB"), ("UK", "GB"),
    ("Indien", "IN"), ("Tyskland", "DE"), ("Sveits", "CH"), ("Kanada", "CA"), ("Filippinerne", "PH"),
    ("United Kingdom", "GB"), ("Japan", "JP"), ("de", None), ("Molnet", None),
])
def test_country_names_and_codes_in_four_languages(text: str, code: str | None) -> None:
    assert country_code(text) == code


def test_a_list_in_one_cell_is_split_by_commas_semicolons_lines_and_bullets() -> None:
    text = "Namn, adress (gata, ort)\n• E-post; telefon\n- CV\nnamn"
    assert cells.split_list(text) == ["Namn", "adress (gata, ort)", "E-post", "telefon", "CV"]
