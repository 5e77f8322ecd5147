"""`ropa history --entity ID`: an id an activity and a data category share is never one mixed list."""

from __future__ import annotations

import json

from ropa_desktop.cli.main import main


def _register_sharing_an_id(tmp_path, example_doc) -> tuple[str, str]:
    shared = example_doc["data_categories"][0]["id"]
    old = example_doc["activities"][0]["id"]
    example_doc["activities"][0]["id"] = shared  # ids are unique per list only: the format allows it
    assert old != shared
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps(example_doc, ensure_ascii=False), encoding="utf-8")
    register = tmp_path / "company.ropa"
    assert main(["import", str(register), str(doc)]) == 0
    return str(register), shared


def test_kind_narrows_the_history_to_that_kind(tmp_path, example_doc, capsys) -> None:
    register, shared = _register_sharing_an_id(tmp_path, example_doc)
    capsys.readouterr()
    assert main(["history", register, "--entity", shared, "--kind", "activity"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(f"activities/{shared}" in line for line in lines)
    assert main(["history", register, "--entity", shared, "--kind", "data-category"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(f"data_categories/{shared}" in line for line in lines)


def test_an_id_of_several_kinds_is_shown_per_kind_in_the_users_language(tmp_path, example_doc, capsys,
                                                                         monkeypatch) -> None:
    register, shared = _register_sharing_an_id(tmp_path, example_doc)
    monkeypatch.setenv("ROPA_LANG", "sv")
    capsys.readouterr()
    assert main(["history", register, "--entity", shared]) == 0
    out = capsys.readouterr().out.splitlines()
    headings = [line for line in out if not line.startswith(" ")]
    assert headings == [f"Kategori av personuppgifter ”{shared}”:", f"Behandling ”{shared}”:"] or \
        headings == [f"Behandling ”{shared}”:", f"Kategori av personuppgifter ”{shared}”:"]
    first = out.index(headings[0])
    second = out.index(headings[1])
    table = "data_categories" if headings[0].startswith("Kategori") else "activities"
    assert all(f"{table}/{shared}" in line for line in out[first + 1:second])
