"""The PDF register: every activity and every Art. 30 heading is there as text, in the chosen language."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from ropa_desktop.domain.ltext import LText
from ropa_desktop.interchange.jsonio import read_document
from ropa_desktop.output.catalogue import label
from ropa_desktop.output.write_errors import Cancelled, ExportError
from ropa_desktop.services.export_register import export_pdf


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _flat(text: str) -> str:
    # Table cells wrap: compare with line breaks and hyphen-free spacing folded.
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["en", "sv", "nb", "da"])
def test_pdf_lists_every_activity_and_every_art30_heading(example_path: Path, tmp_path: Path, lang: str) -> None:
    register = read_document(example_path).register
    out = export_pdf(register, tmp_path / "register.pdf", lang=lang)
    text = _flat(_text(out))
    for activity in register.activities:
        assert _flat(activity.name.text([lang, *register.languages])) in text
    processor_only = all(a.role == "processor" for a in register.activities)
    controller_items = [] if processor_only else ["item_a", "item_b", "item_c", "item_d", "item_e", "item_f",
                                                  "item_g"]
    for key in [*controller_items, "title", "summary", "annex_processors", "annex_transfers", "annex_security"]:
        assert _flat(label(key, lang)) in text, key
    if any(a.role == "processor" for a in register.activities):
        for key in ("part_processor", "item2_a", "item2_b", "item2_c", "item2_d"):
            assert _flat(label(key, lang)) in text, key


def test_nordic_letters_extract_as_text_and_font_is_embedded(tmp_path: Path, example_path: Path) -> None:
    register = read_document(example_path).register
    register.organisation.name = "Bæreevne Ørsted Åkerö AB"
    out = export_pdf(register, tmp_path / "r.pdf", lang="sv")
    assert "Bæreevne Ørsted Åkerö AB" in _text(out)
    fonts = set()
    for page in PdfReader(out).pages[:2]:
        for font in page["/Resources"]["/Font"].values():
            obj = font.get_object()
            fonts.add(obj["/BaseFont"])
            descendant = obj["/DescendantFonts"][0].get_object() if "/DescendantFonts" in obj else obj
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), obj["/BaseFont"]
    assert any("DejaVuSans" in f for f in fonts)


def test_cover_names_the_supervisory_authority_in_the_export_language(tmp_path: Path, example_path: Path) -> None:
    from ropa_desktop.reference import authority_for

    register = read_document(example_path).register
    country = register.organisation.supervisory_authority
    authority = authority_for(country)
    assert authority is not None
    for lang in ("sv", "en"):
        out = export_pdf(register, tmp_path / f"{lang}.pdf", lang=lang)
        cover = _flat(PdfReader(out).pages[0].extract_text())
        assert _flat(authority.display_name(lang)) in cover


def test_page_x_of_y_and_contents_page_numbers(tmp_path: Path, example_path: Path) -> None:
    register = read_document(example_path).register
    out = export_pdf(register, tmp_path / "r.pdf", lang="en")
    reader = PdfReader(out)
    total = len(reader.pages)
    assert f"Page 2 of {total}" in reader.pages[1].extract_text()
    assert f"Page {total} of {total}" in reader.pages[-1].extract_text()
    contents = reader.pages[1].extract_text()
    assert "Annex C: Security measures" in contents
    annex_page = next(i for i, p in enumerate(reader.pages, start=1)
                      if i > 2 and "Annex C: Security measures" in p.extract_text())
    assert re.search(rf"Annex C: Security measures\s*{annex_page}\b", contents), contents


def test_long_texts_do_not_break_the_layout(tmp_path: Path, example_path: Path) -> None:
    register = read_document(example_path).register
    act = register.activities[0]
    long = ("Ändamålet beskrivs mycket utförligt. " * 400) + "https://example.com/" + "x" * 300
    act.description = LText({register.languages[0]: long})
    out = export_pdf(register, tmp_path / "r.pdf", lang=register.languages[0])
    assert "Ändamålet beskrivs mycket utförligt." in _text(out)


def test_many_activities_split_tables_and_report_progress(tmp_path: Path, example_path: Path) -> None:
    register = read_document(example_path).register
    base = register.activities[0]
    register.activities = []
    for n in range(120):
        act = copy.deepcopy(base)
        act.id = f"a{n}"
        act.name = LText({register.languages[0]: f"Behandling nummer {n}"})
        register.activities.append(act)
    seen: list[tuple[int, int]] = []
    out = export_pdf(register, tmp_path / "r.pdf", lang="en", progress=lambda d, t: seen.append((d, t)))
    text = _text(out)
    assert "Behandling nummer 119" in text
    assert seen[-1] == (120, 120)


def test_cancel_leaves_no_file(tmp_path: Path, example_path: Path) -> None:
    register = read_document(example_path).register
    with pytest.raises(Cancelled):
        export_pdf(register, tmp_path / "r.pdf", lang="en", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_replaced_only_when_asked(tmp_path: Path, example_path: Path) -> None:
    register = read_document(example_path).register
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")
    with pytest.raises(ExportError, match="already exists"):
        export_pdf(register, target, lang="en")
    assert target.read_bytes() == b"old"
    export_pdf(register, target, lang="en", overwrite=True)
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]


def test_bookmarks_lead_to_the_pages_the_parts_start_on(tmp_path: Path, example_path: Path) -> None:
    register = read_document(example_path).register
    out = export_pdf(register, tmp_path / "r.pdf", lang="en")
    reader = PdfReader(out)
    entries = [e for e in reader.outline if not isinstance(e, list)]
    assert entries
    for entry in entries:
        page = reader.get_destination_page_number(entry)
        assert _flat(entry.title) in _flat(reader.pages[page].extract_text()), entry.title


@pytest.mark.parametrize("lang", ["en", "sv", "nb", "da"])
def test_summary_table_breaks_no_word_in_two(tmp_path: Path, lang: str) -> None:
    from ropa_desktop.exporters.register_text import RegisterText
    from ropa_desktop.services.demo import demo_register

    register = demo_register()
    reader = PdfReader(export_pdf(register, tmp_path / "r.pdf", lang=lang))
    page = next(p for p in reader.pages[2:] if label("summary", lang) in _flat(p.extract_text()))
    tokens = set(page.extract_text().split())
    rt = RegisterText(register, lang)
    expected = {label(k, lang) for k in ("col_no", "col_activity", "col_role", "col_purposes", "col_legal_bases",
                                         "col_transfers", "col_status")}
    for act in register.activities:
        expected |= {rt.name(act), rt.role(act), rt.status(act), rt.has_transfers(act), *rt.legal_bases(act)}
    # A soft hyphen is a break point: the part before it ends with '-'.
    words = {w for text in expected for w in text.replace("\u00ad", "- ").split()}
    assert words - tokens == set()


def test_summary_pages_are_landscape_and_the_others_portrait(tmp_path: Path) -> None:
    from ropa_desktop.services.demo import demo_register

    register = demo_register()
    reader = PdfReader(export_pdf(register, tmp_path / "r.pdf", lang="en"))
    texts = [_flat(page.extract_text()) for page in reader.pages]
    first = next(n for n, t in enumerate(texts) if n > 1 and label("summary", "en") in t)
    after = next(n for n, t in enumerate(texts) if n > first and label("part_controller", "en") in t)
    for number, page in enumerate(reader.pages):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (width > height) == (first <= number < after), (number, width, height)


def test_contents_entries_link_to_the_pages_their_parts_start_on(tmp_path: Path, example_path: Path) -> None:
    register = read_document(example_path).register
    reader = PdfReader(export_pdf(register, tmp_path / "r.pdf", lang="en"))
    contents = reader.pages[1]
    page_numbers = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}
    targets = []
    for annot in contents.get("/Annots", []):
        annot = annot.get_object()
        if annot.get("/Subtype") == "/Link":
            dest = annot.get("/Dest") or annot["/A"]["/D"]
            targets.append(page_numbers[dest[0].idnum])
    keys = ["summary", "part_controller", "annex_processors", "annex_transfers", "annex_security"]
    if any(a.role == "processor" for a in register.activities):
        keys.insert(2, "part_processor")
    assert len(targets) == len(keys)
    for key, target in zip(keys, targets, strict=True):
        assert _flat(label(key, "en")) in _flat(reader.pages[target].extract_text()), key


def test_an_activity_that_fits_on_a_page_is_not_split_over_two(tmp_path: Path) -> None:
    from ropa_desktop.services.demo import demo_register

    register = demo_register()
    reader = PdfReader(export_pdf(register, tmp_path / "r.pdf", lang="en"))
    headings = [f"{n}. {a.name.text(['en', *register.languages])}" for n, a in enumerate(register.activities, 1)]
    last_row = label("next_review", "en")
    started = ended = 0
    for page in reader.pages[3:]:
        text = page.extract_text()
        starts = sum(1 for line in text.splitlines() if any(line.startswith(h) for h in headings))
        ends = text.count(last_row)
        assert starts == ends, text  # each record that starts on a page ends on it
        started, ended = started + starts, ended + ends
    assert started == len(register.activities)
