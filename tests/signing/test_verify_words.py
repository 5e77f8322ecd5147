"""Verification says what the signature covers; a certificate outside its validity does not sign."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from ropa_desktop.cli.main import main
from ropa_desktop.interchange.jsonio import read_document
from ropa_desktop.services.export_register import export_pdf, export_xlsx
from ropa_desktop.signing import Identity, SigningError, certificate_path, create_identity, verify
from tests.conftest import SWEDISH_REGISTER


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Identity]:
    folder = tmp_path_factory.mktemp("signed")
    p12 = folder / "dpo.p12"
    ident = create_identity(p12, "Åsa Öberg", "asa@example.se", "lösen", certificate=certificate_path(p12))
    pdf = export_pdf(read_document(SWEDISH_REGISTER).register, folder / "r.pdf", lang="sv", identity=ident)
    return pdf, certificate_path(p12), ident


def _identity_valid(start: dt.datetime, end: dt.datetime) -> Identity:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Gammal Signerare")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(end)
            .sign(key, hashes.SHA256()))
    return Identity(None, key, cert, [])


def test_bytes_added_after_the_signature_are_reported_not_called_unchanged(signed, tmp_path: Path) -> None:
    pdf, pem, _ident = signed
    grown = tmp_path / "grown.pdf"
    grown.write_bytes(pdf.read_bytes() + b"\n%% added after signing\n")
    result = verify(grown, pem)
    assert not result.intact and not result.ok
    assert "not changed" not in result.message
    assert "added" in result.covers and "not covered" in result.covers


def test_an_intact_file_says_what_the_signature_covers_and_the_certificate_validity(signed) -> None:
    pdf, pem, ident = signed
    result = verify(pdf, pem)
    assert result.ok and "whole file" in result.covers
    assert result.valid_from == ident.certificate.not_valid_before_utc
    assert result.valid_until == ident.certificate.not_valid_after_utc
    assert result.signed_within_validity is True


@pytest.mark.parametrize("start_days, end_days", [(-400, -30), (30, 400)], ids=["expired", "not-yet-valid"])
def test_a_certificate_outside_its_validity_does_not_sign(tmp_path: Path, example_path: Path,
                                                        start_days: int, end_days: int) -> None:
    now = dt.datetime.now(dt.UTC)
    ident = _identity_valid(now + dt.timedelta(days=start_days), now + dt.timedelta(days=end_days))
    register = read_document(example_path).register
    for export, name in ((export_pdf, "r.pdf"), (export_xlsx, "r.xlsx")):
        with pytest.raises(SigningError, match=r"valid from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d"):
            export(register, tmp_path / name, lang="sv", identity=ident)
    assert list(tmp_path.iterdir()) == [], "an export was left that the signature refused"


def test_verify_with_trust_never_says_no_trust_was_given(signed, tmp_path: Path, capsys) -> None:
    _pdf, pem, _ident = signed
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nthis is no longer a signed register\n")
    assert main(["verify", str(broken), "--trust", str(pem)]) == 1
    out = capsys.readouterr().out
    assert "no --trust given" not in out and "trusted:" in out
