"""``ropa export`` to PDF/Excel with signing, ``ropa identity new`` and ``ropa verify`` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa_desktop.cli.main import main


def test_export_sign_and_verify_round(example_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ROPA_TEST_PW", "lösenord")
    reg = tmp_path / "r.ropa"
    assert main(["import", str(reg), str(example_path)]) == 0
    p12 = tmp_path / "dpo.p12"
    assert main(["identity", "new", "-o", str(p12), "--name", "Åsa Öberg", "--email", "a@example.se",
                 "--password-env", "ROPA_TEST_PW"]) == 0
    pem = tmp_path / "dpo.pem"
    for name in ("r.pdf", "r.xlsx"):
        out = tmp_path / name
        assert main(["export", str(reg), "-o", str(out), "--lang", "da", "--sign", str(p12),
                     "--password-env", "ROPA_TEST_PW"]) == 0
        capsys.readouterr()
        assert main(["verify", str(out), "--trust", str(pem)]) == 0
        report = capsys.readouterr().out
        assert "Åsa Öberg" in report and "intact:    yes" in report
    data = bytearray((tmp_path / "r.pdf").read_bytes())
    data[len(data) // 2] ^= 1
    (tmp_path / "r.pdf").write_bytes(bytes(data))
    assert main(["verify", str(tmp_path / "r.pdf")]) == 1
    assert main(["export", str(reg), "-o", str(tmp_path / "r.json")]) == 0


def test_wrong_password_and_existing_file(example_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PW", "right")
    monkeypatch.setenv("BAD", "wrong")
    reg = tmp_path / "r.ropa"
    assert main(["import", str(reg), str(example_path)]) == 0
    p12 = tmp_path / "id.p12"
    assert main(["identity", "new", "-o", str(p12), "--name", "N", "--email", "n@x.se", "--password-env", "PW"]) == 0
    capsys.readouterr()
    assert main(["export", str(reg), "-o", str(tmp_path / "r.pdf"), "--sign", str(p12),
                 "--password-env", "BAD"]) == 2
    assert "the password for id.p12 is wrong" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()
    (tmp_path / "r.xlsx").write_bytes(b"keep")
    assert main(["export", str(reg), "-o", str(tmp_path / "r.xlsx")]) == 2
    assert "already exists" in capsys.readouterr().err
    assert (tmp_path / "r.xlsx").read_bytes() == b"keep"
    assert main(["export", str(reg), "-o", str(tmp_path / "r.xlsx"), "--force"]) == 0
    assert main(["export", str(reg), "-o", str(tmp_path / "r.docx")]) == 2


def test_pdf_from_the_cli_has_the_open_findings_and_the_register_version(example_path: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from ropa_desktop.checks import run_checks
    from ropa_desktop.store import RegisterStore

    reg = tmp_path / "r.ropa"
    assert main(["import", str(reg), str(example_path)]) == 0
    with RegisterStore.open(reg) as store:
        register = store.load()
    findings = run_checks(register)
    assert findings, "the example register should have at least one finding to show"
    out = tmp_path / "r.pdf"
    assert main(["export", str(reg), "-o", str(out), "--lang", "en"]) == 0
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    # No version issued yet: the organisation's own copy is the draft of the first.
    assert "Register version draft of version 1" in pages[0]
    for finding in findings[:5]:
        assert " ".join(finding.message("en").split())[:40] in " ".join(pages), finding.code
    assert any("Severity Article Item Finding" in p for p in pages[2:])


def _demo(tmp_path: Path) -> Path:
    from ropa_desktop.base.resources import resource_path
    from ropa_desktop.services.demo import DEMO_DOCUMENT

    reg = tmp_path / "demo.ropa"
    assert main(["import", str(reg), str(resource_path(*DEMO_DOCUMENT))]) == 0
    return reg


def _pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]


def test_for_authority_says_so_on_the_cover_and_leaves_the_findings_out(tmp_path: Path) -> None:
    reg = _demo(tmp_path)
    out = tmp_path / "authority.pdf"
    assert main(["export", str(reg), "-o", str(out), "--lang", "en", "--for-authority"]) == 0
    pages = _pages(out)
    assert "Copy For the supervisory authority" in pages[0]
    assert "Findings of the checks not included" in pages[0]
    assert not any("Severity Article Item Finding" in p for p in pages)

    own = tmp_path / "own.pdf"
    assert main(["export", str(reg), "-o", str(own), "--lang", "en"]) == 0
    pages = _pages(own)
    assert "Copy The organisation's own copy" in pages[0] and "Findings of the checks included" in pages[0]
    assert any("Severity Article Item Finding" in p for p in pages)


def test_findings_can_be_switched_either_way(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    reg = _demo(tmp_path)
    shown = tmp_path / "shown.xlsx"
    assert main(["export", str(reg), "-o", str(shown), "--lang", "en", "--for-authority", "--findings"]) == 0
    wb = load_workbook(shown)
    about = dict(wb["About this export"].iter_rows(min_row=2, values_only=True))
    assert about["Copy"] == "For the supervisory authority" and about["Findings of the checks"] == "included"
    assert wb["Findings"].max_row > 1

    hidden = tmp_path / "hidden.pdf"
    assert main(["export", str(reg), "-o", str(hidden), "--lang", "en", "--no-findings"]) == 0
    pages = _pages(hidden)
    assert "Copy The organisation's own copy" in pages[0] and "Findings of the checks not included" in pages[0]
    assert not any("Severity Article Item Finding" in p for p in pages)
