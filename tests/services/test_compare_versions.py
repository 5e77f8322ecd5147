"""`ropa diff`: what changed since the version sent to the authority, field by field, in words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ropa_desktop.cli.main import main
from ropa_desktop.interchange.diff import ADDED, CHANGED, REMOVED, diff_documents
from ropa_desktop.services.export_register import ExportChoices, export_register
from ropa_desktop.store import Kind, RegisterStore
from tests.conftest import SWEDISH_REGISTER, register_doc


def _doc() -> dict:
    return register_doc(SWEDISH_REGISTER)


def test_the_diff_matches_items_by_id_and_names_the_changed_paths() -> None:
    old, new = _doc(), _doc()
    new["activities"].reverse()  # order alone is no change
    new["activities"][0]["owner"] = "Ekonomichefen"
    new["activities"][1]["purposes"][0]["legal_basis"] = "consent"
    removed = new["processors"].pop()
    new["recipients"].append({"id": "revisor", "name": "Revisor", "type": "third_party"})
    changes = diff_documents(old, new)
    assert {(c.action, c.list_key, c.item_id, c.path) for c in changes} == {
        (CHANGED, "activities", new["activities"][0]["id"], ("owner",)),
        (CHANGED, "activities", new["activities"][1]["id"],
         ("purposes", new["activities"][1]["purposes"][0]["id"], "legal_basis")),
        (REMOVED, "processors", removed["id"], ()),
        (ADDED, "recipients", "revisor", ()),
    }


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "  - Owner: was not recorded; now “Ekonomichefen”"),
    ("sv", "  - Ansvarig: var ej angivet; är nu ”Ekonomichefen”"),  # Swedish quotation marks
])
def test_after_an_authority_export_ropa_diff_shows_exactly_the_changed_field_in_words(
    tmp_path: Path, capsys, lang: str, expected: str
) -> None:
    register = tmp_path / "r.ropa"
    assert main(["import", str(register), str(SWEDISH_REGISTER)]) == 0
    export_register(register, tmp_path / "sent.pdf", ExportChoices(for_authority=True))
    with RegisterStore.open(register) as store:
        activity = store.get(Kind.ACTIVITY, "kunduppdrag")
        activity.owner = "Ekonomichefen"
        store.update(Kind.ACTIVITY, activity)
    capsys.readouterr()
    assert main(["diff", str(register), "--lang", lang]) == 0
    out = capsys.readouterr().out.splitlines()
    changed = [line for line in out if line.startswith("  - ")]
    assert changed == [expected]
    # as a DPO writes it, the date in the language's one style (sv: ISO, en: "2 Dec 2026")
    today = dt.date.today()
    assert out[0] == {"en": f"Changes since version 1 ({today.day} {today:%b %Y})",
                      "sv": f"Ändringar sedan version 1 ({today.isoformat()})"}[lang]


def test_diff_between_two_versions_writes_html_and_names_the_purpose_by_its_words(tmp_path: Path) -> None:
    register = tmp_path / "r.ropa"
    assert main(["import", str(register), str(SWEDISH_REGISTER)]) == 0
    export_register(register, tmp_path / "v1.xlsx", ExportChoices(for_authority=True))
    with RegisterStore.open(register) as store:
        activity = store.get(Kind.ACTIVITY, "kunduppdrag")
        activity.purposes[0].legal_basis = "consent"
        store.update(Kind.ACTIVITY, activity)
    export_register(register, tmp_path / "v2.xlsx", ExportChoices(for_authority=True))
    out = tmp_path / "diff.html"
    assert main(["diff", str(register), "--from", "1", "--to", "2", "--lang", "en", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "Changed: Customer assignments and invoicing (kunduppdrag)" in page
    assert "Legal basis (Art. 6): was contract (Art. 6(1)(b)); now consent (Art. 6(1)(a))" in page
    assert "Purposes › “" in page and "legal_basis" not in page


def test_diff_without_an_issued_version_says_how_to_issue_one(tmp_path: Path, capsys) -> None:
    register = tmp_path / "r.ropa"
    assert main(["import", str(register), str(SWEDISH_REGISTER)]) == 0
    assert main(["diff", str(register)]) == 2
    assert "has no issued version to compare with yet" in capsys.readouterr().err
    assert main(["diff", str(register), "--from", "x"]) == 2
