"""`ropa verify` says why a signature cannot be read in the user's language, not the signing layer's English."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa_desktop.cli.main import main
from ropa_desktop.signing import verify


@pytest.fixture
def garbled_signature(tmp_path: Path) -> Path:
    export = tmp_path / "register.xlsx"
    export.write_bytes(b"PK\x03\x04 a workbook")
    (tmp_path / "register.xlsx.p7s").write_bytes(b"\x30\x03 not a CMS signature")
    return export


def test_an_unreadable_signature_gives_a_reason_code_and_its_values(garbled_signature: Path) -> None:
    result = verify(garbled_signature)
    assert result.reason == "not-a-signature" and result.reason_params["name"] == "register.xlsx.p7s"


@pytest.mark.parametrize(("lang", "words"), [
    ("sv", "register.xlsx.p7s är ingen giltig signatur ("),
    ("nb", "register.xlsx.p7s er ikke en gyldig signatur ("),
    ("da", "register.xlsx.p7s er ikke en gyldig signatur ("),
    ("en", "register.xlsx.p7s is not a valid signature ("),
])
def test_ropa_verify_words_the_reason_in_the_users_language(garbled_signature: Path, capsys, monkeypatch,
                                                            lang: str, words: str) -> None:
    monkeypatch.setenv("ROPA_LANG", lang)
    assert main(["verify", str(garbled_signature)]) == 1
    out = capsys.readouterr().out
    assert words in out
    if lang != "en":
        assert "is not a valid signature" not in out
