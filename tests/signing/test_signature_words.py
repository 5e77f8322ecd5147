"""The visible signature of a signed PDF register speaks the export's language, gives the signing time
on the signer's clock with its UTC offset, and says why it was signed instead of repeating the title;
an unsigned register has no signature frame at all."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pdfplumber
import pytest

from ropa_desktop.output.page_geometry import SIGNATURE_BOX
from ropa_desktop.output.wording import word
from ropa_desktop.services.demo import demo_register
from ropa_desktop.services.export_register import export_pdf
from ropa_desktop.signing import Identity, create_identity
from ropa_desktop.signing.pdf_sign import stamp_lines


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(tmp_path_factory.mktemp("id") / "dpo.p12", "Åsa Öberg", "asa@example.se", "lösen")


@pytest.fixture
def oslo_clock(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TZ", "Europe/Oslo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _last_page(pdf: Path) -> tuple[str, list[dict]]:
    with pdfplumber.open(pdf) as doc:
        page = doc.pages[-1]
        return page.extract_text() or "", list(page.rects)


def _signature_frames(rects: list[dict], page_height: float = 841.89) -> list[dict]:
    x0, y0, x1, _ = SIGNATURE_BOX
    return [r for r in rects if abs(r["x0"] - x0) < 1 and abs(r["x1"] - x1) < 1
            and abs((page_height - r["bottom"]) - y0) < 1]


@pytest.mark.parametrize(("lang", "expected"), [
    ("nb", ["Signert av: Åsa Öberg", "Signert: 02.12.2026 15:05:03 (UTC+01:00)",
            "Årsak: Godkjenning av denne versjonen av protokollen"]),
    ("da", ["Underskrevet af: Åsa Öberg", "Underskrevet: 02.12.2026 15:05:03 (UTC+01:00)",
            "Årsag: Godkendelse af denne version af fortegnelsen"]),
    ("sv", ["Signerat av: Åsa Öberg", "Signerat: 2026-12-02 15:05:03 (UTC+01:00)",
            "Skäl: Godkännande av denna version av registret"]),
])
def test_the_signing_time_is_the_signer_s_local_time_with_its_offset(identity, oslo_clock, lang: str,
                                                                      expected: list[str]) -> None:
    when = dt.datetime(2026, 12, 2, 14, 5, 3, tzinfo=dt.UTC)
    assert stamp_lines(identity, when, lang) == expected


def test_a_summer_signature_gives_the_summer_offset(identity, oslo_clock) -> None:
    when = dt.datetime(2026, 7, 1, 8, 0, 0, tzinfo=dt.UTC)
    assert stamp_lines(identity, when, "en")[1] == "Signed on: 1 Jul 2026 10:00:00 (UTC+02:00)"


@pytest.mark.parametrize("lang", ["sv", "nb", "da", "en"])
def test_the_signature_s_reason_is_not_the_title(lang: str) -> None:
    reason = word("signing.reason", lang)
    assert reason and reason != word("label.title", lang) and word("label.title", lang) not in reason


def test_a_signed_register_shows_the_signature_in_its_frame(identity, tmp_path: Path) -> None:
    pdf = export_pdf(demo_register(), tmp_path / "signed.pdf", lang="nb", identity=identity)
    text, rects = _last_page(pdf)
    assert "Signert av: Åsa Öberg" in text
    assert "Årsak: Godkjenning av denne versjonen av protokollen" in text
    assert "Protokoll over behandlingsaktiviteter" not in text.split("Signatur", 1)[-1]  # the title is not the reason
    assert len(_signature_frames(rects)) == 1

    from pyhanko.pdf_utils.reader import PdfFileReader

    with pdf.open("rb") as fh:
        signature = PdfFileReader(fh).embedded_signatures[0]
        assert signature.sig_object["/Reason"] == "Godkjenning av denne versjonen av protokollen"


@pytest.mark.parametrize("lang", ["nb", "sv"])
def test_an_unsigned_register_has_no_empty_signature_frame(tmp_path: Path, lang: str) -> None:
    pdf = export_pdf(demo_register(), tmp_path / "plain.pdf", lang=lang)
    text, rects = _last_page(pdf)
    assert _signature_frames(rects) == []
    assert word("signing.box", lang) not in text.splitlines()
