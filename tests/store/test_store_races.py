"""Nothing lost when two programs, or two windows, work on the same register at once."""

from __future__ import annotations

import copy
import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ropa_desktop.domain import Organisation
from ropa_desktop.interchange.jsonio import document_value, load_document_value
from ropa_desktop.services.import_register import create_from_file, import_file
from ropa_desktop.store import ConflictError, Kind, RegisterStore, StoreError

ORG = Organisation(name="Vinnaren AB", supervisory_authority="SE")


def _register(example_doc: dict, name: str | None = None):
    doc = copy.deepcopy(example_doc)
    if name is not None:
        doc["organisation"]["name"] = name
    return load_document_value(doc).register


def _filled(path: Path, example_doc: dict) -> None:
    store = RegisterStore.create(path, ORG, ["sv"])
    store.replace_all(_register(example_doc))
    store.close()


def _write_doc(path: Path, example_doc: dict, name: str) -> Path:
    doc = copy.deepcopy(example_doc)
    doc["organisation"]["name"] = name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


# --- 1. creating the same new register ----------------------------------------------------


def test_the_loser_of_a_create_race_leaves_the_winners_register_alone(tmp_path, monkeypatch):
    path = tmp_path / "r.ropa"
    # The winner creates the register just after the loser has looked for it: the loser's
    # check says "free", then it finds the winner's file.
    winner = RegisterStore.create(path, ORG, ["sv"])
    winner.close()
    real_exists = Path.exists
    monkeypatch.setattr(Path, "exists", lambda self: False if self == path else real_exists(self))
    with pytest.raises(StoreError, match="already exists"):
        RegisterStore.create(path, Organisation(name="Förloraren AB", supervisory_authority="SE"), ["sv"])
    monkeypatch.undo()
    reopened = RegisterStore.open(path)
    assert reopened.organisation().name == "Vinnaren AB"
    reopened.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.ropa"], "the loser left files behind"


# --- 2. revisions never repeat ---------------------------------------------------------------


def test_a_stale_save_after_an_import_replace_is_refused(tmp_path, example_doc):
    path = tmp_path / "r.ropa"
    _filled(path, example_doc)
    window = RegisterStore.open(path, user="alice")
    stale = window.items(Kind.ACTIVITY)[0]
    # Another program replaces the whole register with a document holding the same ids.
    other = RegisterStore.open(path, user="bob")
    import_file(other, _write_doc(tmp_path / "new.json", example_doc, "Nytt AB"), replace=True)
    replaced = other.get(Kind.ACTIVITY, stale.id)
    other.close()
    stale.owner = "Alice's old view"
    with pytest.raises(ConflictError):
        window.update(Kind.ACTIVITY, stale)
    assert window.get(Kind.ACTIVITY, stale.id) == replaced
    window.close()


def test_a_stale_save_after_delete_and_add_again_is_refused(tmp_path, example_doc):
    path = tmp_path / "r.ropa"
    _filled(path, example_doc)
    window = RegisterStore.open(path, user="alice")
    stale = window.items(Kind.ACTIVITY)[-1]
    other = RegisterStore.open(path, user="bob")
    fresh = other.get(Kind.ACTIVITY, stale.id)
    other.delete(Kind.ACTIVITY, stale.id)
    fresh.owner = "Bob's new activity"
    other.add(Kind.ACTIVITY, fresh)
    other.close()
    stale.owner = "Alice's old view"
    with pytest.raises(ConflictError, match="bob"):
        window.update(Kind.ACTIVITY, stale)
    assert window.get(Kind.ACTIVITY, stale.id).owner == "Bob's new activity"
    window.close()


# --- 3. import: the emptiness check and the backup under the import's lock ---------------------


def _another_program_writes_first(monkeypatch, store: RegisterStore, write) -> None:
    """Let another program write between this import's decisions and its replacing."""
    real = RegisterStore.replace_all

    def replace_all(self, register, **kwargs):
        if self is store:
            write()
        return real(self, register, **kwargs)

    monkeypatch.setattr(RegisterStore, "replace_all", replace_all)


def test_two_imports_into_an_empty_register_do_not_both_succeed(tmp_path, example_doc, monkeypatch):
    path = tmp_path / "r.ropa"
    RegisterStore.create(path, ORG, ["sv"]).close()
    first, second = RegisterStore.open(path), RegisterStore.open(path)
    _another_program_writes_first(
        monkeypatch, first, lambda: import_file(second, _write_doc(tmp_path / "b.json", example_doc, "B AB")))
    with pytest.raises(StoreError, match="already holds a register"):
        import_file(first, _write_doc(tmp_path / "a.json", example_doc, "A AB"))
    assert first.organisation().name == "B AB", "the other program's import was overwritten"
    first.close()
    second.close()


def test_the_backup_holds_exactly_what_the_import_replaced(tmp_path, example_doc, monkeypatch):
    path = tmp_path / "r.ropa"
    _filled(path, example_doc)
    store, other = RegisterStore.open(path), RegisterStore.open(path, user="bob")
    added = copy.deepcopy(other.items(Kind.ACTIVITY)[0])
    added.id = "added-just-before-the-import"
    _another_program_writes_first(monkeypatch, store, lambda: other.add(Kind.ACTIVITY, added))
    result = import_file(store, _write_doc(tmp_path / "new.json", example_doc, "Nytt AB"), replace=True)
    store.close()
    other.close()
    backup = RegisterStore.open(result.backup)
    assert added.id in backup.ids(Kind.ACTIVITY), "the backup missed what the import replaced"
    backup.close()


def test_a_backup_that_cannot_be_completed_is_not_left_as_a_backup(tmp_path, example_doc, monkeypatch):
    path = tmp_path / "r.ropa"
    _filled(path, example_doc)
    store = RegisterStore.open(path)
    before = document_value(store.load())

    def disk_full_half_way(self, target):
        Path(target).write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(RegisterStore, "backup_to", disk_full_half_way)
    with pytest.raises(StoreError, match="No space left"):
        import_file(store, _write_doc(tmp_path / "new.json", example_doc, "Nytt AB"), replace=True)
    assert document_value(store.load()) | {"exported_at": None} == before | {"exported_at": None}
    store.close()
    assert [p.name for p in tmp_path.iterdir() if "before-import" in p.name or ".part" in p.name] == []


def test_a_failed_import_keeps_no_backup(tmp_path, example_doc, monkeypatch):
    path = tmp_path / "r.ropa"
    _filled(path, example_doc)
    store = RegisterStore.open(path)

    def fail(self, activities):
        raise StoreError("the activity refers to a catalogue item that does not exist (deleted in another window?)")

    monkeypatch.setattr(RegisterStore, "_insert_links", fail)
    with pytest.raises(StoreError):
        import_file(store, _write_doc(tmp_path / "new.json", example_doc, "Nytt AB"), replace=True)
    store.close()
    assert [p.name for p in tmp_path.iterdir() if "before-import" in p.name or ".part" in p.name] == []


# --- 14. a kill during an import into a new file ------------------------------------------------

KILLED_CREATE = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from ropa_desktop.services.import_register import create_from_file
    from ropa_desktop.store import register_store

    register_path, document, marker = sys.argv[1:4]
    real = register_store.RegisterStore._insert_links

    def insert_links_then_hang(self, activities):
        real(self, activities)
        Path(marker).write_text("writing")
        time.sleep(120)

    register_store.RegisterStore._insert_links = insert_links_then_hang
    create_from_file(Path(register_path), Path(document))
    """
)


def test_a_kill_during_an_import_into_a_new_file_leaves_no_register(tmp_path, example_doc):
    path = tmp_path / "new.ropa"
    doc = _write_doc(tmp_path / "doc.json", example_doc, "Nytt AB")
    marker = tmp_path / "marker"
    child = subprocess.Popen([sys.executable, "-c", KILLED_CREATE, str(path), str(doc), str(marker)],
                             stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert child.poll() is None, child.stderr.read().decode()
        assert time.monotonic() < deadline, "the import never reached the write"
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert not path.exists(), "an empty register was left behind: the next import would refuse it"
    # The killed program's part file is removed by the next program that works in the folder.
    store, _result = create_from_file(path, doc)
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.json", "marker", "new.ropa"]


# --- 4. a register is named as a register ----------------------------------------------------------


@pytest.mark.parametrize("name", ["reg.json", "reg.PDF", "reg.xlsx", "reg.html", "reg.csv"])
def test_a_register_named_like_an_export_is_refused(tmp_path, name):
    with pytest.raises(StoreError, match=r"\.ropa, e\.g\. reg\.ropa"):
        RegisterStore.create(tmp_path / name, ORG, ["sv"])
    assert list(tmp_path.iterdir()) == []


# --- 12. a register on a read-only medium ------------------------------------------------------------


def test_a_register_on_a_read_only_medium_is_read_and_writes_name_the_cause(read_only_copy, example_doc):
    store = RegisterStore.open(read_only_copy)
    assert store.read_only
    assert store.count(Kind.ACTIVITY) == len(example_doc["activities"])
    activity = store.items(Kind.ACTIVITY)[0]
    activity.owner = "Someone"
    with pytest.raises(StoreError, match="read-only"):
        store.update(Kind.ACTIVITY, activity)
    store.close()
