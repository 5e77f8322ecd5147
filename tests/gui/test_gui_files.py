"""Import and export from the File menu's work: errors in plain words, the register untouched."""

from __future__ import annotations

import json
from pathlib import Path

from ropa_desktop.gui.app import main
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.interchange.jsonio import dump_document
from ropa_desktop.store import Kind
from tests.conftest import NORWEGIAN_REGISTER, SWEDISH_REGISTER, register_doc


def _document(ctx: AppContext) -> str:
    return dump_document(ctx.store.load(), exported_at=None).split("\n", 4)[4]  # without exported_at


def test_an_invalid_import_shows_the_problem_and_leaves_the_register_as_it_was(
    window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path
) -> None:
    before = _document(ctx)
    bad = tmp_path / "broken.json"
    doc = register_doc(SWEDISH_REGISTER)
    doc["activities"][0]["role"] = "overlord"
    bad.write_text(json.dumps(doc), encoding="utf-8")

    window.files.import_path(bad)

    assert len(errors) == 1
    title, text = errors[0]
    assert title == "The file was not imported"
    assert "activities[0].role" in text or "role" in text
    assert "Traceback" not in text
    assert _document(ctx) == before
    assert ctx.store.count(Kind.ACTIVITY) == 0


def test_a_file_that_is_not_json_is_refused_in_plain_words(
    window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text("{ this is not json", encoding="utf-8")
    window.files.import_path(bad)
    assert "not valid JSON" in errors[0][1]


def test_importing_a_register_fills_every_list_and_keeps_a_copy_of_the_old_one(
    window: MainWindow, ctx: AppContext, errors: list
) -> None:
    page = window.show_page("activities")
    window.files.import_path(NORWEGIAN_REGISTER)
    assert not [e for e in errors if e[0] != "Imported, with warnings"]
    expected = len(register_doc(NORWEGIAN_REGISTER)["activities"])
    assert page.model.rowCount() == expected
    assert list(ctx.store.path.parent.glob("test.before-import-*.ropa"))


def test_export_runs_in_a_worker_and_writes_the_document(
    qtbot, window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path
) -> None:
    ctx.run_synchronously = False
    target = tmp_path / "out.json"
    with qtbot.waitSignal(window.files.job_done, timeout=10_000) as blocker:
        window.files.export_json(target)
    assert blocker.args == ["export"]
    assert errors == []
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["organisation"]["name"] == "Testbolaget AB"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_failed_export_leaves_no_file_and_says_why(
    window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path
) -> None:
    target = tmp_path / "no-such-folder" / "out.json"
    window.files.export_json(target)
    assert errors and "does not exist" in errors[0][1]
    assert not target.exists()


def test_smoke_renders_every_page_and_exits_0(register_path: Path, capsys) -> None:
    assert main(["--smoke", str(register_path)]) == 0
    assert "10 pages shown" in capsys.readouterr().out


def test_smoke_on_a_file_that_is_not_a_register_exits_1(tmp_path: Path) -> None:
    bogus = tmp_path / "x.ropa"
    bogus.write_text("hello", encoding="utf-8")
    assert main(["--smoke", str(bogus)]) == 1
