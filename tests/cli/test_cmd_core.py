"""The `ropa` command line for the register core, as a DPO's script would use it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ropa_desktop.cli.main import main


def run(*args: str) -> int:
    return main([str(a) for a in args])


def test_init_import_check_export_history(tmp_path, example_path, example_doc, capsys):
    register = tmp_path / "company.ropa"
    assert run("init", register, "--name", "Exempel AB", "--country", "SE") == 0
    assert run("import", register, example_path, "--replace") == 0
    out = tmp_path / "out.json"
    assert run("export", register, "-o", out) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    exported.pop("exported_at")
    example_doc.pop("exported_at", None)
    assert exported == example_doc

    capsys.readouterr()
    status = run("check", register, "--json")
    findings = json.loads(capsys.readouterr().out)
    assert status == (1 if any(f["severity"] == "error" for f in findings) else 0)
    assert all({"severity", "article", "entity", "entity_id", "message"} <= set(f) for f in findings)

    activity = example_doc["activities"][0]["id"]
    assert run("history", register, "--entity", activity) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(f"activities/{activity}" in line for line in lines)


def test_check_exits_1_on_an_error_finding(tmp_path, example_doc, capsys):
    example_doc["activities"][0]["purposes"][0]["legal_basis"] = "legitimate_interests"
    example_doc["activities"][0]["purposes"][0]["legitimate_interest"] = "Vårt intresse"
    example_doc["activities"][0]["transfers"] = [{"country": "IN", "recipient_name": "Partner", "mechanism": "none"}]
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps(example_doc), encoding="utf-8")
    register = tmp_path / "r.ropa"
    assert run("import", register, doc) == 0
    assert run("check", register) == 1
    assert "ERROR" in capsys.readouterr().out


def test_import_refuses_to_overwrite_content_without_replace(tmp_path, example_path, capsys):
    register = tmp_path / "r.ropa"
    assert run("import", register, example_path) == 0
    before = register.read_bytes()
    assert run("import", register, example_path) == 2
    assert "--replace" in capsys.readouterr().err
    assert register.read_bytes() == before


def test_invalid_import_names_the_path_and_changes_nothing(tmp_path, example_path, example_doc, capsys):
    register = tmp_path / "r.ropa"
    assert run("import", register, example_path) == 0
    export_before = tmp_path / "before.json"
    run("export", register, "-o", export_before)
    example_doc["activities"][0]["last_reviewed"] = "2026-13-01"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(example_doc), encoding="utf-8")
    capsys.readouterr()
    assert run("import", register, bad, "--replace") == 2
    err = capsys.readouterr().err
    assert "$.activities[0].last_reviewed" in err and "Traceback" not in err
    export_after = tmp_path / "after.json"
    run("export", register, "-o", export_after)
    strip = lambda p: {k: v for k, v in json.loads(p.read_text()).items() if k != "exported_at"}  # noqa: E731
    assert strip(export_after) == strip(export_before)
    assert not list(tmp_path.glob("r.before-import-*")), "a refused import needs no backup"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: None, "does not exist"),
        (lambda p: p.write_text("just some notes"), "is not a ropa-desktop register"),
    ],
)
def test_bad_register_files_give_one_line_and_no_traceback(tmp_path, make, words):
    path = tmp_path / "x.ropa"
    make(path)
    result = subprocess.run([sys.executable, "-m", "ropa_desktop.cli.main", "check", str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert words in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_export_does_not_replace_a_file_unless_forced(tmp_path, example_path, capsys):
    register = tmp_path / "r.ropa"
    run("import", register, example_path)
    out = tmp_path / "out.json"
    out.write_text("keep me")
    assert run("export", register, "-o", out) == 2
    assert out.read_text() == "keep me"
    assert run("export", register, "-o", out, "--force") == 0
    assert json.loads(out.read_text())["format"] == "ropa-register"


def test_check_reports_a_published_notice_the_register_no_longer_matches(tmp_path, example_path, example_doc,
                                                                         capsys):
    register = tmp_path / "r.ropa"
    run("import", register, example_path)
    audience = example_doc["data_subject_categories"][0]["id"]
    assert run("notice", register, "-o", tmp_path / "n.html", "--audience", audience, "--lang", "en") == 0
    capsys.readouterr()
    run("check", register, "--json")
    assert not [f for f in json.loads(capsys.readouterr().out) if f["code"] == "notice-outdated"]

    from ropa_desktop.store import Kind, RegisterStore

    with RegisterStore.open(register) as store:
        activity = next(a for a in store.items(Kind.ACTIVITY)
                        if audience in a.data_subjects and a.role != "processor" and a.purposes)
        purpose = activity.purposes[0]
        purpose.description = purpose.description.with_text("en", "A purpose we changed")
        store.update(Kind.ACTIVITY, activity)
    run("check", register, "--json")
    stale = [f for f in json.loads(capsys.readouterr().out) if f["code"] == "notice-outdated"]
    assert [f["entity_id"] for f in stale] == [audience]


def test_json_export_of_an_unfinished_register_is_written_and_names_the_gaps(tmp_path, capsys):
    from ropa_desktop.domain import Activity, LText
    from ropa_desktop.store import Kind, RegisterStore

    register = tmp_path / "new.ropa"
    assert run("init", register, "--name", "Ny AB") == 0
    with RegisterStore.open(register) as store:
        store.add(Kind.ACTIVITY, Activity(id="ny", name=LText({"sv": "Ny behandling"}), role="controller"))
    out = tmp_path / "backup.json"
    assert run("export", register, "-o", out) == 0
    err = capsys.readouterr().err
    assert out.exists()
    assert "$.activities[0].data_subjects" in err and "not yet a valid document" in err


def test_import_dry_run_says_what_would_happen_and_changes_nothing(tmp_path, example_path, capsys):
    register = tmp_path / "r.ropa"
    assert run("import", register, example_path, "--dry-run") == 0
    assert f"an import would create {register}" in capsys.readouterr().out
    assert not register.exists()

    assert run("import", register, example_path) == 0
    before = register.read_bytes()
    capsys.readouterr()
    assert run("import", register, example_path, "--dry-run") == 2  # as the import itself would be refused
    assert "--replace" in capsys.readouterr().err
    assert run("import", register, example_path, "--dry-run", "--replace") == 0
    out = capsys.readouterr().out
    assert "nothing was written" in out and "would replace the content" in out and "backup" in out
    assert register.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.ropa"]  # no backup copy either


def test_import_dry_run_names_the_problems_of_an_invalid_file(tmp_path, example_doc, capsys):
    example_doc["activities"][0]["role"] = "owner"
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps(example_doc), encoding="utf-8")
    assert run("import", tmp_path / "r.ropa", doc, "--dry-run") == 2
    assert "$.activities[0].role" in capsys.readouterr().err
    assert not (tmp_path / "r.ropa").exists()
