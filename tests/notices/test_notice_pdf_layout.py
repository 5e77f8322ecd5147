"""The PDF layout engine of the notices and the register: what a reader of a long printed document
relies on."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4

from ropa_desktop.interchange.jsonio import read_document
from ropa_desktop.notices import build_notice, notice_title, write_pdf
from ropa_desktop.output.pdf_fonts import BOLD, register_fonts
from ropa_desktop.output.pdf_layout import Frame, PageLayout, TableStyle, TextStyle, plain
from tests.conftest import SWEDISH_REGISTER

FRAME = Frame(A4[0], A4[1], left=50, right=50, top=45, bottom=50)
FOOTER_Y = 28
COLUMNS = (0.3, 0.4, 0.3)


@pytest.fixture(scope="module")
def styles() -> tuple[TextStyle, TableStyle, TextStyle]:
    font = register_fonts()
    body = TextStyle(font, BOLD, 9.5, 13, colors.black, after=4)
    table = TableStyle(head=TextStyle(BOLD, BOLD, 8, 10, colors.black),
                       cell=TextStyle(font, BOLD, 8.5, 11, colors.black),
                       grid=colors.grey, grid_width=0.4, head_background=colors.lightgrey)
    footer = TextStyle(font, BOLD, 7.5, 9, colors.grey)
    return body, table, footer


def layout(path: Path, footer: TextStyle) -> PageLayout:
    out: PageLayout

    def decorate(canvas, page: int) -> None:  # type: ignore[no-untyped-def]
        out.text(FRAME.left, FOOTER_Y, "Footer text", footer)
        out.page_of_total(FRAME.page_width - FRAME.right, FOOTER_Y)

    out = PageLayout(path, FRAME, decorate=decorate, page_label="Page {page} of {total}", page_label_style=footer,
                     title="Layout test", author="Tester", lang="en")
    return out


def body_words(page: pdfplumber.page.Page) -> list[dict]:
    """The words on a page above the footer line."""
    return [w for w in page.extract_words() if w["bottom"] < FRAME.page_height - FOOTER_Y - 12]


def test_a_word_wider_than_its_column_is_cut_inside_the_cell(tmp_path: Path, styles) -> None:
    _body, table, footer = styles
    word = "Personuppgiftsbiträdesavtalsförhandlingsprotokollsbilaga" * 2
    out = layout(tmp_path / "t.pdf", footer)
    out.table(COLUMNS, [plain("A"), plain("B"), plain("C")], [[plain(word), plain("short"), plain("x")]], table)
    out.finish()
    with pdfplumber.open(tmp_path / "t.pdf") as pdf:
        page = pdf.pages[0]
        first_col_right = FRAME.left + FRAME.width * COLUMNS[0]
        pieces = [w for w in body_words(page) if w["x0"] < first_col_right and w["text"] not in ("A",)]
        assert len(pieces) > 1  # the word was broken over several lines
        assert all(w["x1"] <= first_col_right for w in pieces)  # and every piece stays in its cell
        assert "".join(w["text"] for w in sorted(pieces, key=lambda w: w["top"])) == word
        assert any(w["text"] == "short" and w["x0"] > first_col_right for w in page.extract_words())


def test_long_table_continues_on_next_pages_with_its_header_and_never_reaches_the_footer(
    tmp_path: Path, styles
) -> None:
    body, table, footer = styles
    out = layout(tmp_path / "t.pdf", footer)
    out.paragraph(plain("Before the table."), body)
    rows = [
        [plain(f"Row{n:03d}"), plain(" ".join(["several words of text"] * (n % 7 + 1))), plain("• one\n• two")]
        for n in range(150)
    ]
    out.table(COLUMNS, [plain("Purpose"), plain("Data"), plain("Basis")], rows, table)
    out.paragraph(plain("After the table."), body)
    out.finish()
    seen: list[str] = []
    with pdfplumber.open(tmp_path / "t.pdf") as pdf:
        assert len(pdf.pages) > 2
        limit = FRAME.page_height - FRAME.bottom  # pdfplumber measures from the top of the page
        for page in pdf.pages:
            words = body_words(page)
            table_words = [w for w in words if not w["text"].startswith(("Before", "After", "the", "table"))]
            header = [w["text"] for w in sorted(table_words, key=lambda w: (round(w["top"]), w["x0"]))[:3]]
            assert header == ["Purpose", "Data", "Basis"]  # repeated on every page
            assert all(w["bottom"] <= limit for w in words)
            assert all(e["bottom"] <= limit + 0.5 for e in page.lines + page.rects)  # grid and shading too
            seen += [w["text"] for w in words if re.fullmatch(r"Row\d{3}", w["text"])]
    assert seen == [f"Row{n:03d}" for n in range(150)]  # every row once, in order, none cut in two


def test_a_row_taller_than_a_page_is_split_between_lines(tmp_path: Path, styles) -> None:
    _body, table, footer = styles
    out = layout(tmp_path / "t.pdf", footer)
    tall = "\n".join(f"Line{n:03d}" for n in range(120))
    out.table(COLUMNS, [plain("A"), plain("B"), plain("C")], [[plain("first"), plain(tall), plain("x")]], table)
    out.finish()
    seen: list[str] = []
    with pdfplumber.open(tmp_path / "t.pdf") as pdf:
        assert len(pdf.pages) >= 2
        for page in pdf.pages:
            words = body_words(page)
            assert all(w["bottom"] <= FRAME.page_height - FRAME.bottom for w in words)
            seen += [w["text"] for w in words if w["text"].startswith("Line")]
    assert seen == [f"Line{n:03d}" for n in range(120)]


def test_page_x_of_y_reads_as_one_line_and_the_outline_and_metadata_are_set(tmp_path: Path, styles) -> None:
    body, _table, footer = styles
    out = layout(tmp_path / "t.pdf", footer)
    h2 = TextStyle(BOLD, BOLD, 13.5, 17, colors.black, before=12, after=5)
    for n in range(3):
        out.heading(plain(f"Chapter {n}"), h2, bookmark=(f"ch{n}", f"Chapter {n}", 0))
        for _ in range(60):
            out.paragraph(plain("A paragraph of ordinary text that takes a line or two in the notice."), body)
    out.finish()
    reader = PdfReader(tmp_path / "t.pdf")
    total = len(reader.pages)
    assert total > 3
    for number, page in enumerate(reader.pages, start=1):
        assert any(line.endswith(f"Page {number} of {total}") for line in page.extract_text().splitlines())
    with pdfplumber.open(tmp_path / "t.pdf") as pdf:
        last = pdf.pages[-1].extract_text().splitlines()
        assert any(line.endswith(f"Page {total} of {total}") for line in last)
    assert [item.title for item in reader.outline] == ["Chapter 0", "Chapter 1", "Chapter 2"]
    assert reader.get_destination_page_number(reader.outline[2]) > 0
    assert reader.metadata.title == "Layout test" and reader.metadata.author == "Tester"
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_a_paragraph_split_at_a_page_end_stays_above_the_footer(tmp_path: Path, styles) -> None:
    body, _table, footer = styles
    out = layout(tmp_path / "t.pdf", footer)
    text = " ".join(f"w{n:04d}" for n in range(3000))
    out.paragraph(plain(text), body)
    out.finish()
    seen: list[str] = []
    with pdfplumber.open(tmp_path / "t.pdf") as pdf:
        assert len(pdf.pages) > 1
        for page in pdf.pages:
            words = body_words(page)
            assert all(w["bottom"] <= FRAME.page_height - FRAME.bottom for w in words)
            assert all(w["x1"] <= FRAME.page_width - FRAME.right + 0.5 for w in words)
            seen += [w["text"] for w in words]
    assert seen == text.split()


def test_the_notice_pdf_numbers_its_pages_and_lists_audiences_and_activities_in_its_outline(tmp_path: Path) -> None:
    register = read_document(SWEDISH_REGISTER).register
    notice = build_notice(register, None, "sv")
    reader = PdfReader(write_pdf(notice, tmp_path / "n.pdf"))
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert page.extract_text().splitlines()[-1].endswith(f"Sida {number} av {total}")
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    sections = [s.name.text for s in notice.content.sections]
    # The right to object has its own part (Art. 21(4)), before the other rights.
    assert top == [notice_title(notice), *sections, "Din rätt att göra invändningar", "Dina rättigheter"]
    children = [item for item in reader.outline if isinstance(item, list)]
    assert [[a.title for a in group] for group in children] == [
        [a.name.text for a in s.activities] for s in notice.content.sections
    ]
    assert reader.trailer["/Root"]["/Lang"] == "sv"



def test_a_table_kept_together_starts_on_a_new_page_only_when_it_fits_one(tmp_path: Path, styles) -> None:
    body, table, footer = styles
    h2 = TextStyle(BOLD, BOLD, 11, 14, colors.black, before=10, after=5)
    out = layout(tmp_path / "t.pdf", footer)
    for _ in range(30):  # two thirds of the first page
        out.paragraph(plain("Filler text."), body)
    out.heading(plain("Kept"), h2)
    out.table(COLUMNS, [], [[plain(f"Kept{n:02d}"), plain("value"), plain("x")] for n in range(30)], table,
              keep_together=True)
    out.heading(plain("Long"), h2)
    out.table(COLUMNS, [], [[plain(f"Long{n:03d}"), plain("value"), plain("x")] for n in range(150)], table,
              keep_together=True)
    out.finish()
    with pdfplumber.open(tmp_path / "t.pdf") as pdf:
        pages = [[w["text"] for w in body_words(page)] for page in pdf.pages]
    kept = [n for n, words in enumerate(pages) if any(w.startswith("Kept") for w in words)]
    assert len(kept) == 1 and "Filler" not in pages[kept[0]]  # moved whole to a page of its own
    assert pages[kept[0]].index("Kept") < pages[kept[0]].index("Kept00")  # with its heading
    long_pages = [n for n, words in enumerate(pages) if any(w.startswith("Long") for w in words)]
    assert long_pages[0] == kept[0]  # longer than a page: starts right away, below the other table
    assert len(long_pages) > 1


def test_continued_lines_and_indented_lines_in_a_cell_line_up_under_the_bullet_text(tmp_path: Path, styles) -> None:
    _body, table, footer = styles
    out = layout(tmp_path / "t.pdf", footer)
    cell = ("• Bullettext " + "wrapping words " * 12 + "\n  Indented " + "second paragraph " * 10
            + "\nPlain line")
    out.table(COLUMNS, [plain("A"), plain("B"), plain("C")], [[plain("x"), plain(cell), plain("y")]], table)
    out.finish()
    with pdfplumber.open(tmp_path / "t.pdf") as pdf:
        words = body_words(pdf.pages[0])
    column = [w for w in words if FRAME.left + FRAME.width * 0.3 < w["x0"] < FRAME.left + FRAME.width * 0.7]
    starts: dict[float, float] = {}
    for w in column:  # where each line's text starts
        if w["text"] not in ("•", "B"):  # the bullet and the column's header aside
            starts[round(w["bottom"])] = min(starts.get(round(w["bottom"]), 1e9), w["x0"])
    text_x = next(w["x0"] for w in column if w["text"] == "Bullettext")
    bullet_x = next(w["x0"] for w in column if w["text"] == "•")
    plain_x = next(w["x0"] for w in column if w["text"] == "Plain")
    assert text_x > bullet_x + 2 and abs(plain_x - bullet_x) < 0.5
    lines = sorted(starts.items())
    assert len(lines) >= 5
    # the bullet's continuation lines and the indented paragraph start under the bullet's text
    assert all(abs(x - text_x) < 0.5 for _bottom, x in lines[:-1]), lines


def test_soft_hyphens_break_a_word_only_when_it_does_not_fit(tmp_path: Path, styles) -> None:
    _body, table, footer = styles
    out = layout(tmp_path / "t.pdf", footer)
    word = "Tredjelands\u00adöverföring"
    out.table((0.2, 0.8), [plain("A"), plain("B")], [[plain(word), plain(word)]], table)
    out.finish()
    text = PdfReader(tmp_path / "t.pdf").pages[0].extract_text()
    assert "\u00ad" not in text
    assert "Tredjelands-\növerföring" in text  # too wide for the narrow column: broken, with a hyphen
    assert "Tredjelandsöverföring" in text  # fits the wide one: whole


def test_text_beyond_a_fonts_first_subset_extracts_as_written(tmp_path: Path, styles) -> None:
    body, _table, footer = styles
    out = layout(tmp_path / "t.pdf", footer)
    # More distinct characters than one 256-code subset holds: later ones go to a second subset.
    alphabet = "".join(chr(c) for c in range(0x391, 0x3CA) if c != 0x3A2)  # Greek
    alphabet += "".join(chr(c) for c in range(0x410, 0x450))  # Cyrillic
    alphabet += "".join(chr(c) for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7))  # Latin-1 letters
    lines = [alphabet[i:i + 40] for i in range(0, len(alphabet), 40)]
    for line in lines * 2:  # twice: the second time from the encoder's cache and first-subset table
        out.paragraph(plain(line), body)
    out.finish()
    text = PdfReader(tmp_path / "t.pdf").pages[0].extract_text().splitlines()
    assert [t for t in text if t in lines] == lines * 2
