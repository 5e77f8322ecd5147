"""A new identity never writes one of its files over the other, nor over an existing file unasked."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa_desktop.signing import SigningError, certificate_path, create_identity, load_identity


def test_the_identity_and_its_certificate_go_to_two_files(tmp_path: Path) -> None:
    p12 = tmp_path / "dpo.p12"
    create_identity(p12, "Åsa Öberg", "asa@example.se", "lösen", certificate=certificate_path(p12))
    assert load_identity(p12, "lösen").name == "Åsa Öberg"
    assert (tmp_path / "dpo.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")


def test_an_identity_named_like_its_certificate_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SigningError, match=r"\.p12"):
        create_identity(tmp_path / "id.pem", "Åsa Öberg", "asa@example.se", "lösen",
                        certificate=certificate_path(tmp_path / "id.pem"))
    assert list(tmp_path.iterdir()) == []


def test_an_existing_certificate_is_not_replaced_unasked(tmp_path: Path) -> None:
    pem = tmp_path / "dpo.pem"
    pem.write_text("the certificate the authority already trusts")
    with pytest.raises(SigningError, match="already exists"):
        create_identity(tmp_path / "dpo.p12", "Åsa Öberg", "asa@example.se", "lösen", certificate=pem)
    assert pem.read_text() == "the certificate the authority already trusts"
    assert not (tmp_path / "dpo.p12").exists(), "an identity without its certificate was left"
    create_identity(tmp_path / "dpo.p12", "Åsa Öberg", "asa@example.se", "lösen", certificate=pem, overwrite=True)
    assert pem.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
