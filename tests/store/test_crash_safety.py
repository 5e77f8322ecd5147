"""A process killed in the middle of an import leaves the register as it was."""

from __future__ import annotations

import copy
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

from ropa_desktop.interchange.jsonio import document_value, load_document_value
from ropa_desktop.store import RegisterStore

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from ropa_desktop.services.import_register import import_file
    from ropa_desktop.store import register_store

    register_path, document, marker = sys.argv[1:4]
    real_insert_links = register_store.RegisterStore._insert_links

    def insert_links_then_hang(self, activities):
        real_insert_links(self, activities)
        # Every row of the new register is written but not committed: the worst moment to die.
        Path(marker).write_text("writing")
        time.sleep(120)

    register_store.RegisterStore._insert_links = insert_links_then_hang
    store = register_store.RegisterStore.open(register_path)
    import_file(store, Path(document), replace=True)
    """
)


def test_killed_import_leaves_the_old_register(tmp_path, example_path, example_doc):
    old = load_document_value(copy.deepcopy(example_doc)).register
    path = tmp_path / "r.ropa"
    store = RegisterStore.create(path, old.organisation, old.languages)
    store.replace_all(old)
    before = document_value(store.load())
    store.close()

    new_doc = copy.deepcopy(example_doc)
    new_doc["organisation"]["name"] = "Someone Else AB"
    new_doc["activities"] = new_doc["activities"][:1]
    doc_path = tmp_path / "new.json"
    import json

    doc_path.write_text(json.dumps(new_doc), encoding="utf-8")
    marker = tmp_path / "marker"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(doc_path), str(marker)],
                             stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert child.poll() is None, child.stderr.read().decode()
        assert time.monotonic() < deadline, "the import never reached the write"
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    reopened = RegisterStore.open(path)
    after = document_value(reopened.load())
    reopened.close()
    before.pop("exported_at")
    after.pop("exported_at")
    assert after == before
