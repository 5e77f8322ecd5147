"""Bringing in the register a DPO already keeps in a spreadsheet: an ICO-layout workbook, a Swedish workbook
with a title block, and a Norwegian CSV from Excel — field by field what came in, and what did not."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from ropa_desktop.cli.main import main
from ropa_desktop.domain.missing import MISSING
from ropa_desktop.interchange.jsonio import DocumentError
from ropa_desktop.services.import_register import import_register
from ropa_desktop.services.import_spreadsheet import import_spreadsheet
from ropa_desktop.store import Kind
from ropa_desktop.store.register_store import RegisterStore

TODAY = dt.date(2026, 12, 2)

ICO_HEADERS = [
    "Business function", "Purpose of processing", "Name and contact details of joint controller (if applicable)",
    "Categories of individuals", "Categories of personal data", "Categories of recipients",
    "Link to contract with processor",
    "Names of third countries or international organisations that personal data are transferred to (if applicable)",
    "Safeguards for exceptional transfers of personal data to third countries or international organisations "
    "(if applicable)",
    "Retention schedule (if possible)",
    "General description of technical and organisational security measures (if possible)",
    "Article 6 lawful basis for processing personal data", "Article 9 basis for processing special category data",
    "Legitimate interests for the processing (if applicable)", "Rights available to individuals",
    "Link to record of consent",
]


def ico_workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Article 30 RoPA"
    ws.append(["Documentation of processing activities"])
    ws.append(["Name and contact details of controller:", "Acme Ltd, privacy@acme.example, +44 20 7946 0000"])
    ws.append(["Name and contact details of DPO:", "Dana Page, dpo@acme.example"])
    ws.append([])
    ws.append(ICO_HEADERS)
    ws.append(["HR", "Recruitment", "", "Job applicants", "Name, contact details, CV, health (adjustments)", "None",
               "https://contracts.example/ats", "USA", "SCC", "6 months after the recruitment ends",
               "Encryption; Access control policy", "Art. 6.1 f", "Art 9(2)(b)", "Finding the right people",
               "Access, rectification, erasure", ""])
    ws.append(["Marketing", "Newsletter", "", "Customers", "Name; email", "Mailchimp", "", "", "",
               "Until consent is withdrawn", "Encryption", "Consent", "N/A", "", "Access, erasure",
               "https://crm.example/consent"])
    wb.save(path)
    return path


SV_HEADERS = ["Behandling", "Ansvarig", "Ändamål", "Rättslig grund", "Kategorier av registrerade",
              "Kategorier av personuppgifter", "Mottagare", "Överföring till tredje land", "Lagringstid",
              "Säkerhetsåtgärder", "Personuppgiftsbiträden"]


def swedish_workbook(path: Path, extra_header: str | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Registerförteckning"
    ws["A1"] = "Registerförteckning enligt artikel 30 dataskyddsförordningen"
    ws.merge_cells("A1:F1")  # a merged title over the table
    ws["A2"] = "Organisation:"
    ws["B2"] = "Exempel AB"
    ws["A3"] = "Organisationsnummer: 556677-8899"
    ws["A4"] = "Adress:"
    ws["B4"] = "Storgatan 1, 111 22 Stockholm"
    ws["A5"] = "Dataskyddsombud:"
    ws["B5"] = "Eva Ek, dso@exempel.se"
    headers = SV_HEADERS + ([extra_header] if extra_header else [])
    for c, header in enumerate(headers, start=1):
        ws.cell(row=7, column=c, value=header)
    rows = [
        ["Rekrytering", "HR", "Hantera ansökningar", "Berättigat intresse", "Sökande", "Namn, e-post\n• CV",
         "Inga", "USA", "2 år efter avslutad rekrytering", "Kryptering; Behörighetsstyrning", "Teamtailor"],
        ["Löneadministration", "Ekonomi", "Betala lön; Bokföring", "Avtal; Rättslig förpliktelse", "Anställda",
         "Namn; Personnummer; Bankkonto", "Skatteverket", "Nej", "7 år från utgången av räkenskapsåret", None,
         "Visma"],
        None,  # a blank row between activities
        ["Kundregister", "Sälj", "Administrera kundrelationen", "Avtal", "Kunder", "namn, E-post, Telefon",
         "", "Tyskland", "Se gallringsplanen", "Kryptering", "Hubspot"],
    ]
    r = 8
    for row in rows:
        if row is not None:
            for c, value in enumerate(row + (["intern 7"] if extra_header else []), start=1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
        r += 1
    ws.merge_cells("J8:J9")  # the security measures written once for the first two activities
    wb.save(path)
    return path


def norwegian_csv(path: Path) -> Path:
    lines = [
        "Protokoll over behandlingsaktiviteter;;;;;;;",
        "Virksomhet:;Eksempel AS;;;;;;",
        "Organisasjonsnummer:;912 345 678;;;;;;",
        ";;;;;;;",
        "Behandlingsaktivitet;Formål;Behandlingsgrunnlag;Registrerte;Kategorier av personopplysninger;Mottakere;"
        "Overføring til tredjeland;Lagringstid",
        "Lønn;Utbetale lønn;Rettslig forpliktelse;Ansatte;Navn, fødselsnummer, kontonummer;Skatteetaten;Nei;"
        "5 år etter utgangen av regnskapsåret",
        'Nyhetsbrev;Sende nyhetsbrev;Samtykke;Kunder;"Navn\nE-post";;Storbritannia;Til samtykket trekkes tilbake',
    ]
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


def _load(path: Path):
    with RegisterStore.open(path) as store:
        return store.load()


def test_an_ico_layout_workbook_comes_in_field_by_field(tmp_path: Path) -> None:
    register_path = tmp_path / "acme.ropa"
    result = import_spreadsheet(register_path, ico_workbook(tmp_path / "ico.xlsx"), today=TODAY)
    reg = _load(register_path)
    assert reg.organisation.name == "Acme Ltd"
    assert reg.organisation.email == "privacy@acme.example"
    assert (reg.organisation.dpo.name, reg.organisation.dpo.email) == ("Dana Page", "dpo@acme.example")
    recruitment, newsletter = reg.activities
    assert recruitment.name.text("en") == "Recruitment" and recruitment.owner == "HR"
    assert recruitment.status is MISSING and recruitment.next_review == TODAY  # active, marked for review
    [purpose] = recruitment.purposes
    assert purpose.legal_basis == "legitimate_interests"
    assert purpose.legitimate_interest.text("en") == "Finding the right people"
    assert purpose.special_category_condition == "b"
    names = {c.id: c for c in reg.data_categories}
    assert [names[i].name.text("en") for i in recruitment.data_categories] == [
        "Name", "contact details", "CV", "health (adjustments)"]
    assert names[recruitment.data_categories[3]].special_category == "health"
    assert recruitment.recipients == []  # "None" is a recorded answer, not a gap
    [transfer] = recruitment.transfers
    assert (transfer.country, transfer.mechanism) == ("US", "scc")
    [rule] = recruitment.retention
    assert (rule.period, rule.trigger.text("en")) == ("P6M", "the recruitment ends")
    kinds = {m.name.text("en"): m.kind for m in reg.security_measures}
    assert kinds == {"Encryption": "technical", "Access control policy": "organisational"}
    # Template columns with no field in the model are kept on each activity, never lost.
    assert recruitment.extras["x-rights-available"] == "Access, rectification, erasure"
    assert recruitment.extras["x-link-processor-contract"] == "https://contracts.example/ats"
    assert newsletter.extras["x-link-consent-record"] == "https://crm.example/consent"
    assert newsletter.purposes[0].legal_basis == "consent"
    assert newsletter.purposes[0].special_category_condition is None
    assert newsletter.retention[0].period is None  # an event: until consent is withdrawn
    assert [reg.recipient(i).name.text("en") for i in newsletter.recipients] == ["Mailchimp"]
    # The same name in two rows is one entry.
    assert newsletter.security_measures == [recruitment.security_measures[0]]
    assert any(n.cell == "H6" and "receives the transfer" in str(n.message) for n in result.reading.built.notes)


def test_a_swedish_workbook_with_title_block_merged_cells_blank_rows_and_lists(tmp_path: Path) -> None:
    register_path = tmp_path / "exempel.ropa"
    result = import_spreadsheet(register_path, swedish_workbook(tmp_path / "sv.xlsx"), today=TODAY)
    reg = _load(register_path)
    org = reg.organisation
    assert (org.name, org.org_number, org.supervisory_authority) == ("Exempel AB", "556677-8899", "SE")
    assert (org.address.street, org.address.postal_code, org.address.city) == ("Storgatan 1", "111 22", "Stockholm")
    assert (org.dpo.name, org.dpo.email) == ("Eva Ek", "dso@exempel.se")
    assert reg.languages == ["sv"]
    assert [a.name.text("sv") for a in reg.activities] == ["Rekrytering", "Löneadministration", "Kundregister"]
    rekrytering, lon, kund = reg.activities
    assert [reg.data_category(i).name.text("sv") for i in rekrytering.data_categories] == ["Namn", "e-post", "CV"]
    # "Namn" and "namn", "e-post" and "E-post" in other rows are the same entries.
    assert kund.data_categories[:2] == rekrytering.data_categories[:2]
    assert reg.data_category(lon.data_categories[1]).national_id is True
    assert [(p.description.text("sv"), p.legal_basis) for p in lon.purposes] == [
        ("Betala lön", "contract"), ("Bokföring", "legal_obligation")]
    # The merged security-measures cell belongs to both rows it covers.
    assert lon.security_measures == rekrytering.security_measures
    assert [reg.security_measure(i).name.text("sv") for i in lon.security_measures] == [
        "Kryptering", "Behörighetsstyrning"]
    assert lon.transfers == [] and lon.owner == "Ekonomi"
    assert reg.recipient(lon.recipients[0]).type == "authority"
    rule = lon.retention[0]
    assert (rule.period, rule.trigger.text("sv")) == ("P7Y", "utgången av räkenskapsåret")
    assert rekrytering.transfers[0].processor == rekrytering.processors[0]  # the row's one processor receives it
    assert kund.transfers == []  # Germany is no third country
    said = {(n.cell, str(n.message)) for n in result.reading.built.notes}
    assert ("H11", "'Tyskland' is in the EU/EEA: not a transfer to a third country, left out") in said
    assert ("I11", "no period understood in 'Se gallringsplanen': kept as a rule in words, without a period") in said
    assert kund.retention[0].description.text("sv") == "Se gallringsplanen"


def test_a_norwegian_csv_from_excel_in_windows_1252_with_semicolons(tmp_path: Path) -> None:
    register_path = tmp_path / "eksempel.ropa"
    import_spreadsheet(register_path, norwegian_csv(tmp_path / "protokoll.csv"), today=TODAY)
    reg = _load(register_path)
    assert (reg.organisation.name, reg.organisation.org_number) == ("Eksempel AS", "912 345 678")
    assert reg.organisation.supervisory_authority == "NO" and reg.languages == ["nb"]
    lonn, nyhetsbrev = reg.activities
    assert lonn.name.text("nb") == "Lønn"
    assert lonn.purposes[0].legal_basis == "legal_obligation"
    assert [reg.data_category(i).name.text("nb") for i in lonn.data_categories] == [
        "Navn", "fødselsnummer", "kontonummer"]
    assert reg.data_category(lonn.data_categories[1]).national_id is True
    assert (lonn.retention[0].period, lonn.retention[0].trigger.text("nb")) == ("P5Y", "utgangen av regnskapsåret")
    assert nyhetsbrev.purposes[0].legal_basis == "consent"
    assert nyhetsbrev.data_categories == [lonn.data_categories[0], "e-post"]
    [transfer] = nyhetsbrev.transfers
    assert (transfer.country, transfer.mechanism) == ("GB", "adequacy")


def test_a_dry_run_changes_nothing_and_shows_columns_and_cells(tmp_path: Path, capsys) -> None:
    register_path = tmp_path / "r.ropa"
    RegisterStore.create(register_path, _org(), ["sv"]).close()
    before = register_path.read_bytes()
    source = swedish_workbook(tmp_path / "sv.xlsx", extra_header="Intern referens")
    assert main(["import", str(register_path), str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert register_path.read_bytes() == before
    assert "Ändamål" in out and "→ purposes" in out
    assert any("Intern referens" in line and "NOT RECOGNISED" in line for line in out.splitlines())
    assert "I11 (Lagringstid): no period understood in 'Se gallringsplanen'" in out
    assert "nothing was written" in out
    assert not (tmp_path / "new.ropa").exists()
    assert main(["import", str(tmp_path / "new.ropa"), str(source), "--dry-run"]) == 0
    assert not (tmp_path / "new.ropa").exists()


def test_an_unknown_column_stops_the_import_with_its_name_and_a_mapping_fixes_it(tmp_path: Path, capsys) -> None:
    register_path = tmp_path / "r.ropa"
    RegisterStore.create(register_path, _org(), ["sv"]).close()
    before = register_path.read_bytes()
    source = swedish_workbook(tmp_path / "sv.xlsx", extra_header="Intern referens")
    assert main(["import", str(register_path), str(source)]) == 2
    err = capsys.readouterr().err
    assert "the column 'Intern referens' (L) is not one we recognise" in err and "--mapping" in err
    assert register_path.read_bytes() == before
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Intern referens": "x-internal-ref", "Mottagare": None}), encoding="utf-8")
    assert main(["import", str(register_path), str(source), "--mapping", str(mapping)]) == 0
    reg = _load(register_path)
    assert [a.extras["x-internal-ref"] for a in reg.activities] == ["intern 7"] * 3
    assert all(a.recipients is MISSING for a in reg.activities)  # the ignored column filled nothing
    # The import filled the organisation's gaps and left what it had recorded alone.
    assert reg.organisation.name == "Företaget" and reg.organisation.org_number == "556677-8899"


def test_a_mapping_to_no_field_is_refused_naming_it(tmp_path: Path) -> None:
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Intern referens": "referens"}), encoding="utf-8")
    with pytest.raises(DocumentError, match="maps 'Intern referens' to 'referens', which is not a field"):
        import_spreadsheet(tmp_path / "r.ropa", swedish_workbook(tmp_path / "sv.xlsx"), mapping=mapping)
    assert not (tmp_path / "r.ropa").exists()


def test_a_second_import_reuses_the_register_s_entries_and_is_one_transaction(tmp_path: Path) -> None:
    register_path = tmp_path / "r.ropa"
    source = swedish_workbook(tmp_path / "sv.xlsx")
    import_spreadsheet(register_path, source, today=TODAY)
    with RegisterStore.open(register_path) as store:
        counts = {kind: store.count(kind) for kind in Kind}
    import_spreadsheet(register_path, source, today=TODAY)
    with RegisterStore.open(register_path) as store:
        assert store.count(Kind.DATA_CATEGORY) == counts[Kind.DATA_CATEGORY]
        assert store.count(Kind.ACTIVITY) == 2 * counts[Kind.ACTIVITY]
        assert "rekrytering-2" in store.ids(Kind.ACTIVITY)


def test_our_own_workbook_still_imports_losslessly_and_the_app_s_import_reads_a_spreadsheet(
        tmp_path: Path, demo_path: Path) -> None:
    from ropa_desktop.exporters.register_xlsx import write_register_xlsx

    demo = _load(demo_path)
    own = tmp_path / "own.xlsx"
    write_register_xlsx(demo, own, lang="en")
    assert main(["import", str(tmp_path / "copy.ropa"), str(own)]) == 0
    assert _load(tmp_path / "copy.ropa") == demo
    result = import_register(tmp_path / "fresh.ropa", norwegian_csv(tmp_path / "p.csv"))
    assert result.imported[Kind.ACTIVITY] == 2
    assert _load(tmp_path / "fresh.ropa").organisation.name == "Eksempel AS"


def _org():
    from ropa_desktop.domain.model import Organisation

    return Organisation(name="Företaget", supervisory_authority="SE")


def test_the_sheet_with_the_table_is_found_or_chosen_and_a_wrong_name_is_told(tmp_path: Path, capsys) -> None:
    wb = Workbook()
    wb.active.title = "Instruktioner"
    wb.active.append(["Fyll i en rad per behandling."])
    ws = wb.create_sheet("Register")
    ws.append(["Behandling", "Ändamål", "Rättslig grund"])
    ws.append(["Lön", "Betala lön", "Avtal"])
    source = tmp_path / "two.xlsx"
    wb.save(source)
    assert main(["import", str(tmp_path / "r.ropa"), str(source), "--sheet", "Registret"]) == 2
    assert "two.xlsx has no sheet 'Registret' (it has: Instruktioner, Register)" in capsys.readouterr().err
    assert not (tmp_path / "r.ropa").exists()
    assert main(["import", str(tmp_path / "r.ropa"), str(source), "--sheet", "Register"]) == 0
    assert [a.name.text("sv") for a in _load(tmp_path / "r.ropa").activities] == ["Lön"]
    # Without --sheet, a first sheet of instructions is passed over for the one with the table.
    assert import_spreadsheet(tmp_path / "s.ropa", source).reading.sheet == "Register"
