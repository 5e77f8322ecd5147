"""Issue 16: activities a spreadsheet import brought in are marked for review, and each finding on them says
it came from the import — in `ropa check` and in an export's findings annex — until they are reviewed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook, load_workbook

from ropa_desktop.cli.main import main
from ropa_desktop.domain.reviews import import_mark, mark_reviewed
from ropa_desktop.services.export_register import ExportChoices, export_register
from ropa_desktop.services.import_spreadsheet import import_spreadsheet
from ropa_desktop.store import Kind, RegisterStore

TODAY = dt.date.today()


def _spreadsheet(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Registerförteckning"])
    ws.append([])
    ws.append(["Behandling", "Ändamål", "Rättslig grund", "Kategorier av registrerade", "Lagringstid"])
    ws.append(["Lön", "Betala lön", "Avtal", "Anställda", "7 år"])
    ws.append(["Kundregister", "Leverera", "Avtal", "Kunder", ""])
    wb.save(path)
    return path


def _imported(tmp_path: Path) -> Path:
    register = tmp_path / "r.ropa"
    assert main(["init", str(register), "--name", "Bolaget AB", "--country", "SE"]) == 0
    import_spreadsheet(register, _spreadsheet(tmp_path / "gamla registret.xlsx"))
    return register


def test_the_import_marks_each_activity_with_the_file_and_date_and_due_for_review_that_day(tmp_path: Path) -> None:
    with RegisterStore.open(_imported(tmp_path)) as store:
        activities = store.load().activities
    assert [(a.next_review, import_mark(a).file, import_mark(a).on) for a in activities] == [
        (TODAY, "gamla registret.xlsx", TODAY)] * 2
    assert all(a.effective_status != "retired" for a in activities)  # they stay in the notices


def test_ropa_check_says_a_finding_came_from_the_import_until_the_activity_is_reviewed(
    tmp_path: Path, capsys
) -> None:
    register = _imported(tmp_path)
    capsys.readouterr()
    note = (f"(Behandlingen kom in med importen av ”gamla registret.xlsx” den {TODAY.isoformat()} och har inte "
            "granskats sedan dess.)")

    def lines_on(activity_id: str) -> list[str]:
        main(["check", str(register), "--lang", "sv"])
        return [line for line in capsys.readouterr().out.splitlines() if f"activities/{activity_id} " in line]

    assert lines_on("kundregister") and all(line.endswith(note) for line in lines_on("kundregister"))

    with RegisterStore.open(register) as store:
        activity = store.get(Kind.ACTIVITY, "kundregister")
        store.update(Kind.ACTIVITY, mark_reviewed(activity, store.organisation(), TODAY))
    assert lines_on("kundregister") and not any("importen" in line for line in lines_on("kundregister"))
    assert all(line.endswith(note) for line in lines_on("lon"))  # "Lön" still waits for its review


def test_the_findings_annex_of_an_export_says_so_and_json_keeps_the_file_and_date(tmp_path: Path, capsys) -> None:
    register = _imported(tmp_path)
    export_register(register, tmp_path / "own.xlsx", ExportChoices(lang="en", findings=True))
    wb = load_workbook(tmp_path / "own.xlsx", read_only=True)
    sheet = next(ws for ws in wb.worksheets if ws.title.lower().startswith("finding"))
    messages = [row[-1] for row in sheet.iter_rows(min_row=2, values_only=True) if row and row[-1]]
    assert any("(This activity came in with the import of “gamla registret.xlsx” on" in m for m in messages)
    capsys.readouterr()
    main(["check", str(register), "--json"])
    import json

    findings = json.loads(capsys.readouterr().out)
    findings = findings["findings"] if isinstance(findings, dict) else findings
    ours = [f for f in findings if f["entity_id"] == "lon"]
    assert ours and all(f["params"]["imported_from"] == "gamla registret.xlsx" and
                        f["params"]["imported_on"] == TODAY.isoformat() for f in ours)
