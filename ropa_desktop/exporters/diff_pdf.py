"""What changed between two versions of a register, as a PDF a DPO can file or send on.

The words come from the comparison service (``services/compare_versions``), already in the
register's language; this module only lays them out with the register exports' engine,
fonts and page geometry: a cover block (organisation, register file, from and to versions,
the date of the comparison), then per list each added, removed or changed item, a changed
item as a table of field, old value and new value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ropa_desktop import __version__
from ropa_desktop.output.atomic import atomic_write
from ropa_desktop.output.catalogue import label
from ropa_desktop.output.local_formats import format_date
from ropa_desktop.output.page_geometry import FRAME_BOTTOM, MARGIN
from ropa_desktop.output.pdf_fonts import BOLD, register_fonts
from ropa_desktop.output.pdf_layout import Frame, PageLayout, TableStyle, TextStyle, bold, plain

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
GRID = colors.HexColor("#c8d0d8")
HEAD_BG = colors.HexColor("#eef2f6")
LABEL_BG = colors.HexColor("#f6f8fa")

FRAME = Frame(A4[0], A4[1], left=MARGIN, right=MARGIN, top=MARGIN, bottom=FRAME_BOTTOM)
COVER_COLUMNS = (0.28, 0.72)
CHANGE_COLUMNS = (0.3, 0.35, 0.35)  # old and new values are the long ones


class DiffItem(Protocol):
    """One item's changes, worded (``services.compare_versions.ItemChanges``)."""

    section: str
    heading: str
    rows: list[tuple[str, str, str]]  # (field, old value, new value)


class _Styles:
    def __init__(self, font: str) -> None:
        def style(size: float, leading: float, *, weight: str = font, before: float = 0, after: float = 0,
                  color: colors.Color = INK) -> TextStyle:
            return TextStyle(weight, BOLD, size, leading, color, before, after)

        self.h1 = style(17, 21, weight=BOLD, after=4)
        self.subtitle = style(11, 15, color=MUTED, after=10)
        self.h2 = style(13, 17, weight=BOLD, before=14, after=5)
        self.h3 = style(10.5, 14, weight=BOLD, before=8, after=3)
        self.body = style(9.5, 13, after=4)
        self.footer = style(7.5, 9, color=MUTED)
        self.table = TableStyle(head=style(8, 10, weight=BOLD), cell=style(8.5, 11), grid=GRID, grid_width=0.4,
                                head_background=HEAD_BG)
        self.cover = TableStyle(head=style(8, 10, weight=BOLD), cell=style(9.5, 12.5), grid=GRID, grid_width=0.4,
                                head_background=None, column_backgrounds=(LABEL_BG, None))


def write_diff_pdf(target: str | Path, *, lang: str, title: str, organisation: str, file_name: str,
                   old_version: str, new_version: str, items: Sequence[DiffItem], nothing: str,
                   today: dt.date | None = None, overwrite: bool = False) -> Path:
    """Write the comparison to ``target`` atomically (ExportError when it cannot be written)."""
    today = today or dt.date.today()
    s = _Styles(register_fonts())
    document_title = label("diff_document_title", lang)
    footer = f"{organisation} · {document_title} · {format_date(today, lang)}"

    def build(path: Path) -> None:
        def decorate(canvas: Canvas, page: int) -> None:
            out.text(MARGIN, MARGIN, footer, s.footer)
            out.page_of_total(FRAME.page_width - MARGIN, MARGIN)

        out = PageLayout(path, FRAME, decorate=decorate, page_label=label("page_x_of_y", lang),
                         page_label_style=s.footer, title=f"{document_title}: {organisation}", author=organisation,
                         subject=title, creator=f"ropa-desktop {__version__}", lang=lang)
        out.heading(plain(document_title), s.h1)
        out.heading(plain(title), s.subtitle)
        cover = [(label("organisation", lang), organisation), (label("diff_file", lang), file_name),
                 (label("diff_from", lang), old_version), (label("diff_to", lang), new_version),
                 (label("diff_compared_on", lang), format_date(today, lang))]
        out.table(COVER_COLUMNS, [], [(bold(k), plain(v)) for k, v in cover], s.cover, keep_together=True)
        if not items:
            out.paragraph(plain(nothing), s.body)
        header = [bold(label("field", lang)), bold(label("diff_col_old", lang)), bold(label("diff_col_new", lang))]
        section = None
        for number, item in enumerate(items):
            if item.section != section:
                section = item.section
                out.heading(plain(section), s.h2, bookmark=(f"section-{number}", section, 0))
            out.heading(plain(item.heading), s.h3)
            if item.rows:
                out.table(CHANGE_COLUMNS, header, [tuple(plain(cell) for cell in row) for row in item.rows],
                          s.table)
            else:
                out.place(0.0)  # an item added or removed whole: its heading says so
        out.finish()

    return atomic_write(target, build, overwrite=overwrite)
