"""The command line never replaces a register or an identity file by mistake (exit status 2, nothing changed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa_desktop.cli.main import main


def run(*args: object) -> int:
    return main([str(a) for a in args])


def test_init_refuses_a_register_named_like_an_export(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert run("init", tmp_path / "reg.json") == 2
    assert "reg.ropa" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_an_export_over_the_register_itself_is_refused_even_with_force(tmp_path: Path, example_path: Path,
                                                                       capsys: pytest.CaptureFixture) -> None:
    register = tmp_path / "reg.ropa"
    assert run("import", register, example_path) == 0
    before = register.read_bytes()
    capsys.readouterr()
    assert run("export", register, "-o", register, "--force") == 2  # a .ropa output is refused as a format
    linked = tmp_path / "reg.json"
    linked.hardlink_to(register)  # the same file under an export's name
    assert run("export", register, "-o", linked, "--force") == 2
    assert "register" in capsys.readouterr().err
    assert register.read_bytes() == before


def test_identity_new_writes_key_and_certificate_to_different_files(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PW", "lösen")
    assert run("identity", "new", "-o", tmp_path / "id.pem", "--name", "Åsa", "--email", "a@example.se",
               "--password-env", "PW") == 2
    assert list(tmp_path.iterdir()) == []
    existing = tmp_path / "X.pem"
    existing.write_text("keep me")
    assert run("identity", "new", "-o", tmp_path / "X.p12", "--name", "Åsa", "--email", "a@example.se",
               "--password-env", "PW") == 2
    assert existing.read_text() == "keep me" and not (tmp_path / "X.p12").exists()
    assert run("identity", "new", "-o", tmp_path / "Y.p12", "--name", "Åsa", "--email", "a@example.se",
               "--password-env", "PW") == 0
    assert (tmp_path / "Y.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
