"""Signed exports verify as intact; one changed byte, a wrong password or an untrusted signer are reported."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from ropa_desktop.interchange.jsonio import read_document
from ropa_desktop.services.export_register import export_pdf, export_xlsx
from ropa_desktop.signing import (
    SigningError,
    certificate_pem,
    create_identity,
    load_identity,
    sign_file_cms,
    sign_pdf,
    verify,
)


@pytest.fixture(scope="module")
def identity_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("id")
    ident = create_identity(folder / "dpo.p12", "Åsa Öberg", "asa@example.se", "rätt-lösen")
    pem = folder / "dpo.pem"
    pem.write_bytes(certificate_pem(ident))
    return folder / "dpo.p12", pem


def _flip(path: Path, out: Path, at: float = 0.4) -> Path:
    data = bytearray(path.read_bytes())
    data[int(len(data) * at)] ^= 0x01
    out.write_bytes(bytes(data))
    return out


def test_wrong_password_is_a_clear_error(identity_files: tuple[Path, Path]) -> None:
    p12, _ = identity_files
    with pytest.raises(SigningError, match=r"the password for dpo\.p12 is wrong"):
        load_identity(p12, "fel")


def test_not_an_identity_file(tmp_path: Path) -> None:
    junk = tmp_path / "x.p12"
    junk.write_bytes(b"hello")
    with pytest.raises(SigningError, match="not a PKCS#12 identity"):
        load_identity(junk, "x")


def test_signed_pdf_verifies_and_a_changed_byte_does_not(identity_files, example_path: Path,
                                                         tmp_path: Path) -> None:
    p12, pem = identity_files
    ident = load_identity(p12, "rätt-lösen")
    register = read_document(example_path).register
    pdf = export_pdf(register, tmp_path / "r.pdf", lang="sv", identity=ident)
    result = verify(pdf, pem)
    assert (result.kind, result.intact, result.trusted, result.signer) == ("pdf", True, True, "Åsa Öberg")
    assert result.signed_at is not None
    assert verify(pdf).trusted is None
    for at in (0.1, 0.5, 0.9):
        changed = verify(_flip(pdf, tmp_path / f"changed-{at}.pdf", at), pem)
        assert not changed.intact and not changed.ok


def test_pdf_signature_has_pades_subfilter_and_visible_block(identity_files, example_path: Path,
                                                             tmp_path: Path) -> None:
    from pypdf import PdfReader

    p12, _ = identity_files
    register = read_document(example_path).register
    pdf = export_pdf(register, tmp_path / "r.pdf", lang="en", identity=load_identity(p12, "rätt-lösen"))
    reader = PdfReader(pdf)
    last = reader.pages[-1]
    widgets = [a.get_object() for a in last.get("/Annots", [])]
    sig = [w for w in widgets if w.get("/FT") == "/Sig"]
    assert sig and sig[0]["/V"]["/SubFilter"] == "/ETSI.CAdES.detached"
    assert sig[0]["/V"]["/Reason"] == "Approval of this version of the record of processing activities"
    x1, y1, x2, y2 = (float(v) for v in sig[0]["/Rect"])
    assert x2 - x1 > 100 and y2 - y1 > 30
    assert "Signed by: Åsa Öberg" in last.extract_text()


def test_signing_an_existing_pdf(identity_files, example_path: Path, tmp_path: Path) -> None:
    p12, pem = identity_files
    register = read_document(example_path).register
    pdf = export_pdf(register, tmp_path / "r.pdf", lang="en")
    assert not verify(pdf).intact
    sign_pdf(pdf, load_identity(p12, "rätt-lösen"))
    assert verify(pdf, pem).ok


def test_signed_workbook_verifies_with_openssl_and_a_changed_byte_does_not(identity_files, example_path: Path,
                                                                          tmp_path: Path) -> None:
    p12, pem = identity_files
    ident = load_identity(p12, "rätt-lösen")
    register = read_document(example_path).register
    xlsx = export_xlsx(register, tmp_path / "r.xlsx", lang="sv", identity=ident)
    sig = tmp_path / "r.xlsx.p7s"
    assert sig.exists()
    result = verify(xlsx, pem)
    assert (result.kind, result.intact, result.trusted, result.signer) == ("cms", True, True, "Åsa Öberg")
    assert verify(sig, pem).intact  # the .p7s itself may be named
    openssl = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(sig), "-content", str(xlsx),
         "-CAfile", str(pem), "-purpose", "any", "-out", "/dev/null"], capture_output=True, text=True)
    assert openssl.returncode == 0, openssl.stderr
    changed = _flip(xlsx, tmp_path / "c.xlsx")
    (tmp_path / "c.xlsx.p7s").write_bytes(sig.read_bytes())
    assert not verify(changed, pem).intact
    bad_sig = _flip(sig, tmp_path / "r2.p7s", 0.8)
    (tmp_path / "r2").write_bytes(xlsx.read_bytes())
    assert not verify(bad_sig, pem).intact


def test_untrusted_signer_is_reported(identity_files, tmp_path: Path) -> None:
    p12, _ = identity_files
    other = create_identity(tmp_path / "o.p12", "Mallory", "m@example.com", "x")
    (tmp_path / "o.pem").write_bytes(certificate_pem(other))
    doc = tmp_path / "notes.txt"
    doc.write_text("hello")
    sign_file_cms(doc, load_identity(p12, "rätt-lösen"))
    result = verify(doc, tmp_path / "o.pem")
    assert result.intact and result.trusted is False and not result.ok


def test_unsigned_export_removes_a_stale_signature(identity_files, example_path: Path, tmp_path: Path) -> None:
    p12, _ = identity_files
    register = read_document(example_path).register
    export_xlsx(register, tmp_path / "r.xlsx", lang="en", identity=load_identity(p12, "rätt-lösen"))
    export_xlsx(register, tmp_path / "r.xlsx", lang="en", overwrite=True)
    assert not (tmp_path / "r.xlsx.p7s").exists()


def test_long_register_signed_on_its_last_page_and_intact(identity_files, example_path: Path,
                                                          tmp_path: Path) -> None:
    # More pages than one node of the PDF's page tree holds: the last page is found through the tree.
    import copy

    from pypdf import PdfReader

    from ropa_desktop.domain.ltext import LText

    p12, pem = identity_files
    register = read_document(example_path).register
    base = register.activities[0]
    register.activities = []
    for n in range(90):
        act = copy.deepcopy(base)
        act.id, act.name = f"a{n}", LText({register.languages[0]: f"Behandling {n}"})
        register.activities.append(act)
    pdf = export_pdf(register, tmp_path / "r.pdf", lang="sv", identity=load_identity(p12, "rätt-lösen"))
    reader = PdfReader(pdf)
    assert len(reader.pages) > 64
    widgets = [a.get_object() for a in reader.pages[-1].get("/Annots", [])]
    assert any(w.get("/FT") == "/Sig" for w in widgets)
    assert f"Sida {len(reader.pages)} av {len(reader.pages)}" in reader.pages[-1].extract_text()
    assert verify(pdf, pem).ok
