"""A register in a synchronised cloud folder or on a network share uses SQLite's rollback journal,
not WAL: WAL's shared-memory index is not shared between machines, nor copied in step by a sync service."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa_desktop.domain.model import Organisation
from ropa_desktop.store import RegisterStore
from ropa_desktop.store.file_place import is_network_share, journal_mode


def _mode(store: RegisterStore) -> str:
    return str(store.db.execute("PRAGMA journal_mode").fetchone()[0]).lower()


@pytest.mark.parametrize(("folder", "expected"), [("Dropbox", "delete"), ("OneDrive - Firma AB", "delete"),
                                                  ("Dokument", "wal")])
def test_a_register_in_a_cloud_folder_keeps_every_change_in_its_one_file(
    tmp_path: Path, folder: str, expected: str
) -> None:
    path = tmp_path / folder / "register.ropa"
    path.parent.mkdir()
    RegisterStore.create(path, Organisation(name="Firma AB", supervisory_authority="SE"), ["sv"]).close()
    with RegisterStore.open(path) as store:
        assert _mode(store) == expected
        store.set_organisation(Organisation(name="Firma AB (ändrad)", supervisory_authority="SE"))
        if expected == "delete":
            # Nothing waits in a side file for the sync service to copy out of step.
            assert not path.with_name(path.name + "-wal").exists()
    with RegisterStore.open(path) as again:
        assert again.organisation().name == "Firma AB (ändrad)"


@pytest.mark.parametrize(("path", "share"), [
    (r"\\filserver\delat\register.ropa", True),
    (r"\\?\UNC\filserver\delat\register.ropa", True),
    ("//filserver/delat/register.ropa", True),
    (r"\\?\C:\Users\karin\register.ropa", False),
    (r"C:\Users\karin\register.ropa", False),
    ("/Users/karin/register.ropa", False),
])
def test_a_windows_network_share_is_recognised_by_its_unc_name(path: str, share: bool) -> None:
    assert is_network_share(path) is share
    assert journal_mode(path) == ("DELETE" if share else "WAL")
