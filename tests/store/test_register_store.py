"""The register file: transactions, history, references, conflicts, migrations."""

from __future__ import annotations

import copy
import sqlite3
from pathlib import Path

import pytest

from ropa_desktop.domain import LText, Organisation
from ropa_desktop.interchange.jsonio import document_value, load_document_value
from ropa_desktop.store import (
    ConflictError,
    InUseError,
    Kind,
    NotARegisterError,
    RegisterStore,
    TooNewError,
    migrations,
)


@pytest.fixture
def store(tmp_path, example_doc):
    register = load_document_value(copy.deepcopy(example_doc)).register
    s = RegisterStore.create(tmp_path / "r.ropa", register.organisation, register.languages, user="alice")
    s.replace_all(register)
    yield s
    s.close()


def _strip(doc):
    doc = dict(doc)
    doc.pop("exported_at", None)
    return doc


def test_register_survives_the_file_round_trip(store, example_doc):
    path = store.path
    store.close()
    reopened = RegisterStore.open(path)
    assert _strip(document_value(reopened.load())) == _strip(example_doc)
    reopened.close()


def test_the_fields_added_in_2026_12_survive_the_file_and_an_edit(tmp_path, example_doc_with_late_fields):
    import dataclasses

    register = load_document_value(copy.deepcopy(example_doc_with_late_fields)).register
    path = tmp_path / "late.ropa"
    with RegisterStore.create(path, register.organisation, register.languages) as s:
        s.replace_all(register)
    with RegisterStore.open(path) as s:
        assert _strip(document_value(s.load())) == _strip(example_doc_with_late_fields)
        # Edited one at a time, as the editors save them.
        s.set_organisation(dataclasses.replace(s.organisation(), review_every="P2Y"))
        activity = s.items(Kind.ACTIVITY)[0]
        transfers = list(activity.transfers)
        transfers[-1] = dataclasses.replace(transfers[-1], dpf=dataclasses.replace(transfers[-1].dpf, certified=False))
        s.update(Kind.ACTIVITY, dataclasses.replace(activity, review_every="P3M", transfers=transfers))
    with RegisterStore.open(path) as s:
        assert s.organisation().review_every == "P2Y"
        stored = s.get(Kind.ACTIVITY, activity.id)
        assert stored.review_every == "P3M" and stored.transfers[-1].dpf.certified is False
        assert stored.national_id_justification == activity.national_id_justification


def test_every_change_is_in_the_history_with_user_and_values(store):
    activity = store.items(Kind.ACTIVITY)[0]
    old_name = activity.name
    activity.name = activity.name.with_text(store.default_language, "Nytt namn")
    store.update(Kind.ACTIVITY, activity)
    last = store.history(entity_id=activity.id)[-1]
    assert (last.action, last.user, last.entity) == ("update", "alice", "activities")
    assert last.new["name"] != last.old["name"]
    assert old_name.text(store.default_language) in str(last.old["name"])
    store.delete(Kind.ACTIVITY, activity.id)
    deleted = store.history(entity_id=activity.id)[-1]
    assert deleted.action == "delete" and deleted.new is None and deleted.old["id"] == activity.id


def test_a_catalogue_item_in_use_cannot_be_deleted_and_names_its_users(store):
    category = store.items(Kind.DATA_CATEGORY)[0]
    users = [a for a in store.items(Kind.ACTIVITY) if category.id in a.data_categories]
    assert users
    with pytest.raises(InUseError) as err:
        store.delete(Kind.DATA_CATEGORY, category.id)
    assert {aid for aid, _ in err.value.referrers} == {a.id for a in users}
    assert store.get(Kind.DATA_CATEGORY, category.id) is not None


def test_a_failed_action_leaves_the_register_as_it_was(store):
    before = document_value(store.load())
    with pytest.raises(RuntimeError), store.transaction():
        first = store.items(Kind.ACTIVITY)[0]
        store.delete(Kind.ACTIVITY, first.id)
        raise RuntimeError("the disk is full")
    assert _strip(document_value(store.load())) == _strip(before)


def test_two_windows_do_not_overwrite_each_others_edits(store):
    other = RegisterStore.open(store.path, user="bob")
    mine = store.items(Kind.ACTIVITY)[0]
    theirs = other.get(Kind.ACTIVITY, mine.id)
    theirs.owner = "Bob's team"
    other.update(Kind.ACTIVITY, theirs)
    mine.owner = "Alice's team"
    with pytest.raises(ConflictError, match="bob"):
        store.update(Kind.ACTIVITY, mine)
    assert store.get(Kind.ACTIVITY, mine.id).owner == "Bob's team"
    other.close()


def test_list_order_is_kept_and_movable(store):
    ids = store.ids(Kind.ACTIVITY)
    store.move(Kind.ACTIVITY, ids[0], len(ids) - 1)
    assert store.ids(Kind.ACTIVITY) == [*ids[1:], ids[0]]


def test_foreign_and_newer_files_are_refused(tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(NotARegisterError):
        RegisterStore.open(other)
    text = tmp_path / "notes.ropa"
    text.write_text("not a database at all, just text " * 100)
    with pytest.raises(NotARegisterError):
        RegisterStore.open(text)
    newer = tmp_path / "newer.ropa"
    RegisterStore.create(newer, Organisation(name="X", supervisory_authority="SE"), ["sv"]).close()
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    with pytest.raises(TooNewError, match="newer version"):
        RegisterStore.open(newer)


@pytest.mark.parametrize("from_version", range(1, migrations.LATEST))
def test_migration_from_each_earlier_version_keeps_the_content(tmp_path, example_doc, from_version):
    register = load_document_value(copy.deepcopy(example_doc)).register
    path = tmp_path / "old.ropa"
    # Build a file as the older program did: its migrations only.
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    conn.execute(f"PRAGMA application_id = {0x524F5041}")
    migrations.migrate(conn, target=from_version)
    conn.execute("COMMIT")
    conn.close()
    # Fill it through a store pinned to that version's tables (the ones all versions share).
    import ropa_desktop.store.register_store as rs

    conn = rs._connect(path)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO meta VALUES ('languages', ?)", (rs._dumps(register.languages),))
    conn.execute("INSERT INTO meta VALUES ('extras', '{}')")
    conn.execute("INSERT INTO meta VALUES ('recorded_lists', '[]')")
    conn.execute("INSERT INTO organisation (id, doc) VALUES (1, '{}')")
    conn.execute("COMMIT")
    old = rs.RegisterStore(path, conn, "old-version")
    old.replace_all(register)
    old.close()
    store = RegisterStore.open(path)
    assert store._conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    assert _strip(document_value(store.load())) == _strip(example_doc)
    store.close()


def test_changing_the_first_language_keeps_each_text_in_its_language(store):
    first = store.languages[0]
    # A plain-string text in the document is in the first language; it must stay there.
    names = {a.id: a.name.get(first) for a in store.items(Kind.ACTIVITY)}
    added = next(lang for lang in ("da", "nb", "sv") if lang not in store.languages)
    store.set_languages([added, *store.languages])
    assert {a.id: a.name.get(first) for a in store.items(Kind.ACTIVITY)} == names
    assert store.languages[0] == added


def test_creating_over_an_existing_file_is_refused(tmp_path):
    path = tmp_path / "a.ropa"
    path.write_text("precious")
    from ropa_desktop.store import StoreError

    with pytest.raises(StoreError, match="already exists"):
        RegisterStore.create(path, Organisation(name="X", supervisory_authority="SE"), ["sv"])
    assert path.read_text() == "precious"


def test_texts_are_stored_per_language(tmp_path):
    s = RegisterStore.create(tmp_path / "l.ropa", Organisation(name="X", supervisory_authority="NO"), ["nb", "en"])
    from ropa_desktop.domain import DataSubjectCategory

    s.add(Kind.DATA_SUBJECT_CATEGORY, DataSubjectCategory(id="kunder", name=LText({"nb": "Kunder",
                                                                                   "en": "Customers"})))
    assert s.get(Kind.DATA_SUBJECT_CATEGORY, "kunder").name.get("en") == "Customers"
    s.close()
    assert Path(tmp_path / "l.ropa").exists()


def test_a_full_disk_is_reported_in_words_and_nothing_is_saved(store):
    before = _strip(document_value(store.load()))
    activity = store.items(Kind.ACTIVITY)[0]
    activity.owner = "Someone new"
    # SQLite's max_page_count makes the file 'full' at its current size, as a full disk would.
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    activity.description = LText({store.default_language: "x" * 2_000_000})
    from ropa_desktop.store import StoreError

    with pytest.raises(StoreError, match="disk is full"):
        store.update(Kind.ACTIVITY, activity)
    store._conn.execute("PRAGMA max_page_count = 1073741823")
    assert _strip(document_value(store.load())) == before


def test_a_second_program_on_the_same_register_is_told_who_else_has_it_open(store):
    store.start_session()
    other = RegisterStore.open(store.path, user="bob")
    other.start_session()
    assert [s["user"] for s in store.other_sessions()] == ["bob"]
    assert [s["user"] for s in other.other_sessions()] == ["alice"]
    token = store.version_token()
    other.heartbeat()
    assert store.version_token() == token, "presence is not a change of the register"
    other.close()
    assert store.other_sessions() == []


def test_a_program_that_ended_without_closing_is_not_reported_as_present(store):
    import subprocess
    import sys

    # Another program on this computer opens the register and is killed (no goodbye).
    code = ("import os, sys; from ropa_desktop.store import RegisterStore; "
            "s = RegisterStore.open(sys.argv[1], user='bob'); s.start_session(); "
            "print('open', flush=True); os.kill(os.getpid(), 9)")
    proc = subprocess.run([sys.executable, "-c", code, str(store.path)], capture_output=True, text=True)
    assert "open" in proc.stdout and proc.returncode != 0
    assert store.other_sessions() == []
    # One that is still running is reported.
    live = subprocess.Popen([sys.executable, "-c", code.replace("os.kill(os.getpid(), 9)", "sys.stdin.read()"),
                             str(store.path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert live.stdout.readline().strip() == "open"
        assert [s["user"] for s in store.other_sessions()] == ["bob"]
    finally:
        live.communicate("")


def test_the_version_token_changes_with_another_programs_edit(store):
    other = RegisterStore.open(store.path, user="bob")
    token = store.version_token()
    activity = other.items(Kind.ACTIVITY)[0]
    activity.owner = "Bob"
    other.update(Kind.ACTIVITY, activity)
    assert store.version_token() != token
    other.close()


def test_a_heartbeat_does_not_wait_for_another_programs_long_save(store):
    import time

    store.start_session()
    blocker = sqlite3.connect(store.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another program in the middle of a save
    try:
        start = time.monotonic()
        store.heartbeat()
        waited = time.monotonic() - start
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert waited < 2.0, "the window would freeze for the length of the other save"


def test_removing_a_used_processor_keeps_the_transfer_to_it_valid(tmp_path):
    from ropa_desktop.domain.references import referenced_ids, without_reference
    from ropa_desktop.interchange.validate import validate_document
    from ropa_desktop.services.demo import create_demo_register

    store = create_demo_register(tmp_path / "demo.ropa")
    activity = next(a for a in store.items(Kind.ACTIVITY)
                    if any(isinstance(t.processor, str) for t in a.transfers or []))
    pid = next(t.processor for t in activity.transfers if isinstance(t.processor, str))
    name = store.get(Kind.PROCESSOR, pid).name
    freed = without_reference(activity, "processors", pid, name)
    assert pid not in referenced_ids(freed, "processors")
    with store.transaction():
        store.update(Kind.ACTIVITY, freed)
        store.delete(Kind.PROCESSOR, pid)
    transfers = store.get(Kind.ACTIVITY, activity.id).transfers
    assert name in [t.recipient_name for t in transfers]
    assert [i for i in validate_document(document_value(store.load())) if i.severity == "error"] == []
    store.close()
