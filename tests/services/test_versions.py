"""Register versions: what the DPO issued, on the cover, listed by `ropa versions`, surviving a replace."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from ropa_desktop.cli.main import main
from ropa_desktop.services.export_register import ExportChoices, export_register
from ropa_desktop.services.versions import issued_versions, version_document
from ropa_desktop.store import Kind, RegisterStore
from tests.conftest import NORWEGIAN_REGISTER, SWEDISH_REGISTER


def _cover(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return " ".join((pdf.pages[0].extract_text() or "").split())


def test_the_first_authority_export_after_an_import_is_version_1_and_an_own_copy_before_it_its_draft(
    tmp_path: Path, capsys
) -> None:
    register = tmp_path / "r.ropa"
    assert main(["import", str(register), str(SWEDISH_REGISTER)]) == 0

    own = export_register(register, tmp_path / "own.pdf", ExportChoices(lang="en"))
    assert "Register version draft of version 1" in _cover(own.path)

    issued = export_register(register, tmp_path / "authority.pdf", ExportChoices(lang="en", for_authority=True))
    cover = _cover(issued.path)
    assert "Register version version 1, issued" in cover and "draft" not in cover

    capsys.readouterr()
    assert main(["versions", str(register)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 1 and listed[0].startswith("version 1 ") and "for the authority" in listed[0]
    assert str((tmp_path / "authority.pdf").resolve()) in listed[0]

    # Unchanged, the register is still version 1; changed, an own copy is the draft of version 2.
    again = export_register(register, tmp_path / "again.pdf", ExportChoices(lang="sv"))
    assert again.version is not None and again.version.startswith("version 1, utfärdad")
    with RegisterStore.open(register) as store:
        activity = store.get(Kind.ACTIVITY, "kunduppdrag")
        activity.owner = "Ekonomichefen"
        store.update(Kind.ACTIVITY, activity)
    changed = export_register(register, tmp_path / "changed.xlsx", ExportChoices(lang="sv"))
    assert changed.version == "utkast till version 2"


def test_versions_survive_a_replace_which_keeps_what_it_replaced(tmp_path: Path, capsys) -> None:
    register = tmp_path / "r.ropa"
    assert main(["import", str(register), str(SWEDISH_REGISTER)]) == 0
    export_register(register, tmp_path / "authority.xlsx", ExportChoices(for_authority=True))
    assert main(["import", str(register), str(NORWEGIAN_REGISTER), "--replace"]) == 0

    with RegisterStore.open(register) as store:
        snapshots = store.snapshots()
        assert [(s.number, s.reason) for s in snapshots] == [(1, "authority"), (None, "replaced")]
        assert [v.number for v in issued_versions(store)] == [1]
        # What was issued is the register as it was then, not the one imported over it.
        assert version_document(store, 1)["activities"][0]["id"] == "kunduppdrag"
        replaced = store.snapshot_document(snapshots[1].seq)
        assert replaced is not None and replaced["activities"][0]["id"] == "kunduppdrag"
    capsys.readouterr()
    assert main(["versions", str(register), "--all"]) == 0
    out = capsys.readouterr().out
    assert "version 1 " in out and "not a version" in out and "replaced by an import" in out


def test_an_issuing_export_of_a_read_only_register_is_refused_before_anything_is_written(
    tmp_path: Path, monkeypatch
) -> None:
    import pytest

    from ropa_desktop.output.write_errors import ExportError
    from ropa_desktop.store import register_store

    register = tmp_path / "r.ropa"
    assert main(["import", str(register), str(SWEDISH_REGISTER)]) == 0
    monkeypatch.setattr(register_store, "_writable", lambda path: False)  # as on a read-only share
    with pytest.raises(ExportError, match="read-only here"):
        export_register(register, tmp_path / "authority.pdf", ExportChoices(for_authority=True))
    assert not (tmp_path / "authority.pdf").exists()
    # The organisation's own copy records nothing, and is still written.
    assert export_register(register, tmp_path / "own.xlsx", ExportChoices()).version == "utkast till version 1"
