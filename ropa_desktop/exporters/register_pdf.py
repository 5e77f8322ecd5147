"""The register as a PDF for the supervisory authority (Art. 30(4)).

Layout: cover, contents, summary table, one section per activity with every
Art. 30(1) item (a)–(g) (processor activities in a separate Art. 30(2) part),
annexes for processors, transfers and security measures, and a reserved block at
the bottom of the last page where a signature appears (see ``SIGNATURE_BOX``).

Speed matters (registers of thousands of activities): table cells are plain
strings wrapped here with ``simpleSplit`` rather than Paragraphs, and long tables
are cut into chunks, because platypus lays out a huge single table very slowly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDocument, PDFPages
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import NextPageTemplate

from ropa_desktop import __version__
from ropa_desktop.domain.model import Activity, Register
from ropa_desktop.exporters.errors import Cancelled
from ropa_desktop.exporters.labels import enum_label, enum_values, label, normalize
from ropa_desktop.exporters.pdf_fonts import BOLD, ITALIC, REGULAR, register_fonts
from ropa_desktop.exporters.pdf_rows import SIDE_PAD, CellStyle, Row, Rows, TextEncoder
from ropa_desktop.exporters.register_text import RegisterText

PAGE_W, PAGE_H = A4
WIDE = landscape(A4)  # the summary's pages
MARGIN = 18 * mm
FRAME_W = PAGE_W - 2 * MARGIN
WIDE_W = WIDE[0] - 2 * MARGIN
FRAME_BOTTOM = MARGIN + 6 * mm  # room for the footer
FRAME_TOP = PAGE_H - MARGIN - 6 * mm  # room for the header
SIGNATURE_H = 78
# Where the signature appears on the last page: the bottom of the body frame, which
# the export always leaves empty (x1, y1, x2, y2 in PDF points).
SIGNATURE_BOX = (MARGIN, FRAME_BOTTOM, MARGIN + 100 * mm, FRAME_BOTTOM + SIGNATURE_H - 14)

FONT_SIZE = 8
LEADING = 10
SOFT_HYPHEN = "\u00ad"
MAX_CELL_LINES = 50  # longer cell texts continue on the next row: a row cannot span pages

GRID = colors.HexColor("#b8bec6")
HEAD_BG = colors.HexColor("#1f3a5f")
LABEL_BG = colors.HexColor("#eef1f5")
MUTED = colors.HexColor("#6b7280")

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


def wrap(text: str, width: float, font: str = REGULAR, size: float = FONT_SIZE) -> list[str]:
    """Lines of ``text`` no wider than ``width``; words too long for a line are cut."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += _wrap_paragraph(paragraph, width, font, size)
    return lines


@lru_cache(maxsize=100_000)
def _wrap_paragraph(paragraph: str, width: float, font: str, size: float) -> tuple[str, ...]:
    # Cached: a register repeats its texts (category names, labels, legal bases) in
    # every activity, and measuring words is most of the cost of wrapping.
    lines: list[str] = []
    # A bullet or leading spaces make a hanging indent: continuation lines line up.
    body = paragraph.lstrip(" ")
    indent = " " * (len(paragraph) - len(body))
    if body.startswith("• "):
        indent, body = indent + "• ", body[2:]
    hang = " " * len(indent) if indent else ""
    room = width - stringWidth(hang, font, size)
    if SOFT_HYPHEN in body:
        body = " ".join(_soft_break(word, room, font, size) for word in body.split(" "))
    for n, line in enumerate(simpleSplit(body, font, size, room) or [""]):
        while stringWidth(line, font, size) > room and len(line) > 1:
            cut = _fit(line, room, font, size)
            lines.append((indent if n == 0 else hang) + line[:cut])
            n, line = n + 1, line[cut:]
        lines.append((indent if n == 0 else hang) + line)
    return tuple(lines)


def _soft_break(word: str, room: float, font: str, size: float) -> str:
    """A word with soft hyphens: whole if it fits, else broken after them (shown as '-')."""
    whole = word.replace(SOFT_HYPHEN, "")
    if stringWidth(whole, font, size) <= room:
        return whole
    return word.replace(SOFT_HYPHEN, "- ")


def widest_word(text: str, font: str, size: float = FONT_SIZE) -> float:
    """Width of the longest unbreakable piece of ``text`` (soft hyphens are break points)."""
    pieces = text.replace(SOFT_HYPHEN, "- ").replace("\n", " ").split(" ")
    return max((stringWidth(p, font, size) for p in pieces), default=0.0)


@lru_cache(maxsize=100_000)
def _widest_cell_word(text: str) -> float:
    return widest_word(text, REGULAR)


def fit_columns(widths: Sequence[float], header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[float]:
    """``widths`` changed so that each column holds its longest word (no word cut in two) where the
    total allows: narrow columns grow, and columns with room to spare give it up in proportion."""
    need = [widest_word(h, BOLD) + 2 * SIDE_PAD + 1 for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            w = _widest_cell_word(cell) + 2 * SIDE_PAD + 1
            if w > need[i]:
                need[i] = w
    total = sum(widths)
    if sum(need) >= total:  # cannot fit every word: share the page by need
        return [total * n / sum(need) for n in need]
    short = sum(max(n - w, 0.0) for n, w in zip(need, widths, strict=True))
    spare = sum(max(w - n, 0.0) for n, w in zip(need, widths, strict=True))
    return [n if w < n else w - (w - n) * short / spare for n, w in zip(need, widths, strict=True)]


def _fit(text: str, width: float, font: str, size: float) -> int:
    lo, hi = 1, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid], font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


class _Styles:
    def __init__(self) -> None:
        self.title = ParagraphStyle("title", fontName=BOLD, fontSize=22, leading=28, spaceAfter=6,
                                    textColor=HEAD_BG)
        self.subtitle = ParagraphStyle("subtitle", fontName=REGULAR, fontSize=11, leading=15, spaceAfter=24,
                                       textColor=MUTED)
        self.h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=15, leading=19, spaceBefore=4, spaceAfter=10,
                                 textColor=HEAD_BG)
        self.h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, spaceBefore=10, spaceAfter=5,
                                 textColor=HEAD_BG, keepWithNext=True)
        self.body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12)
        self.muted = ParagraphStyle("muted", parent=self.body, textColor=MUTED)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Marker(Flowable):
    """Zero-size flowable: records the page a part starts on, bookmarks it, reports progress."""

    def __init__(self, key: str, title: str, level: int, on_draw: Callable[[_Marker, int], None]) -> None:
        super().__init__()
        self.key, self.title, self.level, self._on_draw = key, title, level, on_draw
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        canv.bookmarkPage(self.key)
        canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)
        self._on_draw(self, canv.getPageNumber())


class _SignatureBlock(Flowable):
    """Takes the rest of the last page and draws the frame the signature goes into."""

    def __init__(self, caption: str, lines: list[str] | None) -> None:
        super().__init__()
        self.caption = caption
        self.lines = lines or []

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self.height = ah if ah >= SIGNATURE_H else SIGNATURE_H
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        c = self.canv
        c.setFont(BOLD, 8)
        c.setFillColor(MUTED)
        c.drawString(0, SIGNATURE_H - 10, self.caption)
        c.setStrokeColor(GRID)
        box_h = SIGNATURE_BOX[3] - SIGNATURE_BOX[1]
        c.rect(0, 0, SIGNATURE_BOX[2] - SIGNATURE_BOX[0], box_h, stroke=1, fill=0)
        c.setFillColor(colors.black)
        c.setFont(REGULAR, 9)
        for n, line in enumerate(self.lines):
            c.drawString(8, box_h - 18 - n * 13, line)


class _Contents(Flowable):
    """The contents list; its page numbers are form XObjects filled in when the document is complete.

    Drawing pages as they come (instead of holding every page until the end to learn
    the page count) keeps the export linear in the register's size.
    """

    ROW = 18

    def __init__(self, entries: list[tuple[str, str, int]]) -> None:
        super().__init__()
        self.entries = entries  # filled while the story is built, read when drawn

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = aw, self.ROW * len(self.entries)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        y = self.height - 12
        for key, title, level in self.entries:
            c.setFont(REGULAR, 10)
            c.setFillColor(colors.black)
            x = 12 * level
            c.drawString(x, y, title)
            c.setStrokeColor(GRID)
            c.setDash(1, 2)
            c.line(x + stringWidth(title, REGULAR, 10) + 4, y, self.width - 20, y)
            c.setDash()
            c.saveState()
            c.translate(self.width, y)
            c.doForm(_page_form(key))
            c.restoreState()
            c.linkRect("", key, (0, y - 3, self.width, y + 10), relative=1)
            y -= self.ROW


def _page_form(key: str) -> str:
    return f"pageof-{key}"


def _page_number_form(page: int) -> str:
    return f"pageno-{page}"


class _PageTree(PDFPages):
    """A two-level page tree: the root's kids are nodes of up to ``FANOUT`` pages.

    reportlab writes one flat /Pages node. A reader that looks for the last page
    (pyHanko placing the signature) then parses every page object before it: 5 s for
    a 10,000-activity register. With nodes it skips whole nodes by their /Count.
    """

    FANOUT = 64

    def __init__(self, document: PDFDocument) -> None:
        super().__init__()
        self.document = document
        self.nodes: list[PDFPages] = []

    def addPage(self, page: Any) -> None:
        if len(self.pages) % self.FANOUT == 0:
            node = PDFPages()
            node.Parent = self.document.Reference(self)
            self.nodes.append(node)
        node = self.nodes[-1]
        # Set before the page is written: reportlab would point it at the root.
        page.Parent = self.document.Reference(node)
        node.addPage(page)
        self.pages.append(page)

    def check_format(self, document: PDFDocument) -> None:
        kids = PDFArray(self.nodes)
        kids.References(document)
        self.Kids = kids
        self.Count = len(self.pages)


class _FinishingCanvas(Canvas):
    """A canvas that runs ``finish`` (which defines the late form XObjects) just before saving."""

    finish: Callable[[Canvas], None] = staticmethod(lambda c: None)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        doc = self._doc
        doc.Pages = doc.Catalog.Pages = _PageTree(doc)

    def save(self) -> None:
        self.finish(self)
        super().save()


class RegisterPdf:
    """Builds the story of the PDF register and renders it."""

    def __init__(self, register: Register, lang: str, *, findings: Sequence[Any] | None = None,
                 version: str | None = None, exported_on: dt.date | None = None,
                 progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
                 signature_lines: list[str] | None = None) -> None:
        register_fonts()
        self.signature_lines = signature_lines
        self.register = register
        self.lang = normalize(lang)
        self.rt = RegisterText(register, lang)
        self.findings = findings
        self.version = version
        self.exported_on = exported_on or dt.date.today()
        self.progress = progress
        self.cancelled = cancelled
        self.styles = _Styles()
        self.encoder = TextEncoder()
        self.cell_body = CellStyle(REGULAR, FONT_SIZE, LEADING, colors.black)
        self.cell_muted = CellStyle(ITALIC, FONT_SIZE, LEADING, MUTED)
        self.cell_head = CellStyle(BOLD, FONT_SIZE, LEADING, colors.white, HEAD_BG)
        label_cell = CellStyle(BOLD, FONT_SIZE, LEADING, colors.black, LABEL_BG)
        self.item_plain = [label_cell, self.cell_body]
        self.item_muted = [label_cell, self.cell_muted]
        self.parts: list[tuple[str, str, int]] = []  # (key, title, level) for the contents
        self.part_pages: dict[str, int] = {}
        self.page_count = 0
        self._done = 0
        self._total = len(register.activities)

    def L(self, key: str) -> str:
        return label(key, self.lang)

    # --- progress and cancelling -------------------------------------------------------

    def _check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    def _marker_drawn(self, marker: _Marker, page: int) -> None:
        self.part_pages.setdefault(marker.key, page)
        if marker.key.startswith("act-"):
            self._done += 1
            if self.progress is not None:
                self.progress(self._done, self._total)
        self._check()

    def _marker(self, key: str, title: str, level: int, in_contents: bool) -> _Marker:
        if in_contents:
            self.parts.append((key, title, level))
        return _Marker(key, title, level, self._marker_drawn)

    # --- tables ------------------------------------------------------------------------

    def grid(self, header: list[str], rows: list[list[str]], widths: list[float],
             muted: set[tuple[int, int]] | None = None) -> list[Flowable]:
        """A table with a header row repeated after page breaks, every cell wrapped to its column."""
        widths = fit_columns(widths, header, rows)
        inner = [w - 2 * SIDE_PAD for w in widths]
        head = ([wrap(h, inner[i], BOLD) for i, h in enumerate(header)], [self.cell_head] * len(header))
        body = [self.cell_body] * len(widths)
        data: list[Row] = [head]
        for r, row in enumerate(rows):
            styles = body
            if muted and any((r, c) in muted for c in range(len(row))):
                styles = [self.cell_muted if (r, c) in muted else self.cell_body for c in range(len(row))]
            data.append(([wrap(cell, inner[i]) for i, cell in enumerate(row)], styles))
        return [Rows(widths, data, self.encoder, header=1, grid=(0.4, GRID))]

    def item_table(self, items: list[tuple[str, list[str]]]) -> Flowable:
        """Label | value rows for one activity; gaps ('not recorded') in grey italics."""
        label_w, value_w = 150.0, FRAME_W - 150.0
        not_recorded = self.rt.not_recorded()
        data: list[Row] = []
        for key, values in items:
            label_lines = wrap(key, label_w - 2 * SIDE_PAD, BOLD)
            lines: list[str] = []
            bullets = len(values) > 1
            for value in values:
                # Later paragraphs of a bulleted value line up under its text, not under the bullet.
                text = "• " + value.replace("\n", "\n  ") if bullets else value
                lines += wrap(text, value_w - 2 * SIDE_PAD)
            styles = self.item_muted if values == [not_recorded] else self.item_plain
            for start in range(0, max(len(lines), 1), MAX_CELL_LINES):
                head = label_lines if start == 0 else []
                data.append(([head, lines[start:start + MAX_CELL_LINES]], styles))
        return Rows([label_w, value_w], data, self.encoder, grid=(0.4, GRID))

    # --- story ---------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        s = self.styles
        org = self.register.organisation
        rows = self.rt.organisation_rows()
        rows += [
            (self.L("export_date"), self.exported_on.isoformat()),
            (self.L("register_version"), self.version or self.rt.not_recorded()),
            (self.L("export_language"), self.L("language_name")),
        ]
        table = Table([[k, "\n".join(wrap(v, FRAME_W - 170, REGULAR, 10))] for k, v in rows],
                      colWidths=[160, FRAME_W - 160])
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (0, -1), BOLD, 10, 13),
            ("FONT", (1, 0), (1, -1), REGULAR, 10, 13),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        return [
            Spacer(1, 40 * mm),
            Paragraph(_esc(self.L("title")), s.title),
            Paragraph(_esc(self.L("subtitle")), s.subtitle),
            Paragraph(_esc(org.name), s.h1),
            table,
            NextPageTemplate("body"),
            PageBreak(),
        ]

    def contents(self) -> list[Flowable]:
        # self.parts is complete by the time the flowable is drawn (the story is built first).
        return [Paragraph(_esc(self.L("contents")), self.styles.h1), Spacer(1, 10), _Contents(self.parts),
                NextPageTemplate("wide"), PageBreak()]

    def summary(self, activities: list[Activity]) -> list[Flowable]:
        """One row per activity, on landscape pages: seven columns do not fit a portrait page in Nordic words."""
        rt = self.rt
        header = [self.L(k) for k in ("col_no", "col_activity", "col_role", "col_purposes", "col_legal_bases",
                                      "col_transfers", "col_status")]
        rows, muted = [], set()
        for number, act in enumerate(activities, start=1):
            purposes = rt.purpose_names(act)
            if act.role == "processor":
                purposes_text = "—"
            elif purposes:
                purposes_text = "\n".join(f"• {_shorten(p, 110)}" for p in purposes)
            else:
                purposes_text = rt.not_recorded()
                muted.add((number - 1, 3))
            rows.append([str(number), rt.name(act), rt.role(act), purposes_text,
                         "\n".join(rt.legal_bases(act)) or "—", rt.has_transfers(act), rt.status(act)])
        return [self._marker("summary", self.L("summary"), 0, True),
                Paragraph(_esc(self.L("summary")), self.styles.h1),
                *self.grid(header, rows, self.summary_widths(header, len(activities)), muted),
                NextPageTemplate("body")]

    def summary_widths(self, header: list[str], count: int) -> list[float]:
        """Columns of the summary: the label columns as wide as their widest label (whole when short,
        else their longest word), so that no label breaks inside a word; the rest to activity and purposes."""

        def fit(col: int, values: list[str], cap: float = 150.0) -> float:
            whole = max((stringWidth(v, REGULAR, FONT_SIZE) for v in values), default=0.0)
            words = max((widest_word(v, REGULAR) for v in values), default=0.0)
            return max(widest_word(header[col], BOLD), min(whole, cap), words) + 2 * SIDE_PAD + 1

        lang = self.lang
        no_w = fit(0, [str(count)])
        role_w = fit(2, [enum_label("role", v, lang) for v in enum_values("role")], cap=100.0)
        bases_w = fit(4, [enum_label("legal_basis", v, lang) for v in enum_values("legal_basis")]
                      + [self.rt.not_recorded()], cap=120.0)
        transfers_w = fit(5, [self.L("yes"), self.L("no"), self.rt.not_recorded()])
        status_w = fit(6, [enum_label("status", v, lang) for v in enum_values("status")])
        rest = WIDE_W - (no_w + role_w + bases_w + transfers_w + status_w)
        return [no_w, rest * 0.4, role_w, rest * 0.6, bases_w, transfers_w, status_w]

    def activity_section(self, number: int, act: Activity) -> list[Flowable]:
        rt = self.rt
        title = f"{number}. {rt.name(act)}"
        if act.effective_status != "active":
            title = f"{title} [{rt.status(act)}]"
        if act.role == "processor":
            items = [
                (self.L("item2_a"), [rt.organisation_line(), *rt.controllers_on_behalf(act)]),
                (self.L("item2_b"), [rt.t(act.description) or rt.name(act)]),
                (self.L("data_subjects"), rt.data_subjects(act)),
                (self.L("data_categories"), rt.data_categories(act)),
                (self.L("processors"), rt.processors(act)),
                (self.L("item2_c"), rt.transfers(act)),
                (self.L("item2_d"), rt.security_measures(act)),
                (self.L("retention"), rt.retention(act)),
            ]
        else:
            item_a = [rt.organisation_line()]
            if act.role == "joint_controller" or act.joint_controllers:
                item_a += [f"{self.L('joint_controllers')}:", *(f"  {j}" for j in rt.joint_controllers(act))]
            items = [
                (self.L("col_role"), [rt.role(act)]),
                (self.L("description"), [rt.t(act.description) or rt.not_recorded()]),
                (self.L("item_a"), item_a),
                (self.L("item_b"), rt.purposes(act)),
                (self.L("item_c"), [f"{self.L('data_subjects')}: {'; '.join(rt.data_subjects(act))}",
                                    f"{self.L('data_categories')}: {'; '.join(rt.data_categories(act))}"]),
                (self.L("item_d"), [f"{self.L('recipients')}: {'; '.join(rt.recipients(act))}",
                                    f"{self.L('processors')}: {'; '.join(rt.processors(act))}"]),
                (self.L("item_e"), rt.transfers(act)),
                (self.L("item_f"), rt.retention(act)),
                (self.L("item_g"), rt.security_measures(act)),
            ]
        items += [(k, v) for k, v in rt.further_rows(act) if not (act.role == "processor" and k == self.L("sources"))]
        return [self._marker(f"act-{number}", title, 1, False),
                Paragraph(_esc(title), self.styles.h2),
                self.item_table(items)]

    def annex_processors(self) -> list[Flowable]:
        rt = self.rt
        header = [self.L(k) for k in ("name", "service", "country", "dpa_status", "sub_processors", "locations")]
        widths = [90, 95, 55, 85, 110, FRAME_W - 435]
        rows = []
        for p in self.register.processors or []:
            name = f"{p.name} ({self.L('category_of_vendors')})" if p.is_category else p.name
            dpa = rt._dpa(p.dpa) if p.dpa else rt.not_recorded()
            subs = [f"{sp.name}" + (f" ({rt.country(sp.country)})" if isinstance(sp.country, str) else "")
                    for sp in p.sub_processors or []]
            locs = [rt.country(c) for c in p.processing_locations or []]
            rows.append([name, rt.t(p.service), rt.country(p.country) if isinstance(p.country, str) else "",
                         dpa, "\n".join(subs) or "—", ", ".join(locs) or "—"])
        return self._annex("annex_processors", header, rows, widths)

    def annex_transfers(self, activities: list[Activity]) -> list[Flowable]:
        rt = self.rt
        header = [self.L(k) for k in ("col_activity", "country", "recipient", "mechanism", "scc_module",
                                      "scc_status", "tia_short")]
        widths = [85, 60, 70, 95, 70, 60, FRAME_W - 440]
        rows = []
        for act in activities:
            for tr in act.transfers or []:
                module, status = rt.scc(tr)
                rows.append([rt.name(act), rt.country(tr.country), rt.transfer_party(tr), rt.mechanism(tr),
                             module or "—", status or "—", rt.tia(tr)])
        return self._annex("annex_transfers", header, rows, widths)

    def annex_security(self) -> list[Flowable]:
        rt = self.rt
        header = [self.L(k) for k in ("name", "kind", "description")]
        rows = [[rt.t(m.name), rt.enum("measure_kind", m.kind), rt.t(m.description)]
                for m in self.register.security_measures or []]
        return self._annex("annex_security", header, rows, [150, 80, FRAME_W - 230])

    def annex_findings(self) -> list[Flowable]:
        rows = [[label_sev(f, self.lang), f.article, f.entity_name or f.entity_id, f.message(self.lang)]
                for f in self.findings or []]
        header = [self.L(k) for k in ("severity", "article", "item", "message")]
        return self._annex("findings", header, rows, [55, 80, 110, FRAME_W - 245])

    def _annex(self, key: str, header: list[str], rows: list[list[str]], widths: list[float]) -> list[Flowable]:
        out: list[Flowable] = [PageBreak(), self._marker(key, self.L(key), 0, True),
                               Paragraph(_esc(self.L(key)), self.styles.h1)]
        if rows:
            out += self.grid(header, rows, widths)
        else:
            out.append(Paragraph(_esc(self.L("none")), self.styles.muted))
        return out

    def story(self) -> list[Flowable]:
        acts = self.register.activities
        numbered = list(enumerate(acts, start=1))
        controller = [(n, a) for n, a in numbered if a.role != "processor"]
        processor = [(n, a) for n, a in numbered if a.role == "processor"]
        story = self.cover() + self.contents() + self.summary(acts)
        for key, part in (("part_controller", controller), ("part_processor", processor)):
            if key == "part_processor" and not part:
                continue
            story += [PageBreak(), self._marker(key, self.L(key), 0, True),
                      Paragraph(_esc(self.L(key)), self.styles.h1)]
            if not part:
                story.append(Paragraph(_esc(self.L("no_activities")), self.styles.muted))
            for number, act in part:
                self._check()
                story += self.activity_section(number, act)
        story += self.annex_processors() + self.annex_transfers(acts) + self.annex_security()
        if self.findings is not None:
            story += self.annex_findings()
        story.append(_SignatureBlock(self.L("signature_reason"), self.signature_lines))
        return story

    # --- page decoration -----------------------------------------------------------------

    def _decorate_wide(self, c: Canvas, doc: BaseDocTemplate) -> None:
        self._decorate(c, doc, WIDE)

    def _decorate(self, c: Canvas, doc: BaseDocTemplate, size: tuple[float, float] = A4) -> None:
        """Header and footer of a body page, drawn as the page starts.

        The page count is not known yet, so "Page X of Y" is a form XObject of this
        page, defined at the end (``_finish``). One form per page rather than one for
        the total alone: text extractors (pypdf) put a form's text on a line of its
        own, and the whole phrase in one form reads as one line everywhere.
        """
        page = self._count_page(c, doc)
        org = self.register.organisation.name
        page_w, page_h = size
        c.saveState()
        c.setFont(REGULAR, 7.5)
        c.setFillColor(MUTED)
        c.drawString(MARGIN, page_h - MARGIN, org)
        c.drawRightString(page_w - MARGIN, page_h - MARGIN, self.L("title"))
        c.setStrokeColor(GRID)
        c.line(MARGIN, page_h - MARGIN - 3, page_w - MARGIN, page_h - MARGIN - 3)
        c.line(MARGIN, MARGIN + 8, page_w - MARGIN, MARGIN + 8)
        c.drawString(MARGIN, MARGIN, f"{org} · {self.exported_on.isoformat()}")
        c.translate(page_w - MARGIN, MARGIN)
        c.doForm(_page_number_form(page))
        c.restoreState()

    def _count_page(self, c: Canvas, doc: BaseDocTemplate) -> int:
        self.page_count = c.getPageNumber()
        return self.page_count

    def _finish(self, c: Canvas) -> None:
        """Define the forms that hold what is known only at the end: page numbers with the total, contents."""
        total = self.page_count
        template = self.L("page_x_of_y")
        for page in range(2, total + 1):  # the cover has no footer
            c.beginForm(_page_number_form(page), lowerx=-250, lowery=-3, upperx=0, uppery=10)
            c.setFont(REGULAR, 7.5)
            c.setFillColor(MUTED)
            c.drawRightString(0, 0, template.format(page=page, total=total))
            c.endForm()
        for key, _title, _level in self.parts:
            c.beginForm(_page_form(key), lowerx=-60, lowery=-3, upperx=0, uppery=12)
            c.setFont(REGULAR, 10)
            c.setFillColor(colors.black)
            c.drawRightString(0, 0, str(self.part_pages.get(key, "")))
            c.endForm()

    def render(self, path: Path) -> None:
        org = self.register.organisation
        doc = BaseDocTemplate(
            str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=PAGE_H - FRAME_TOP,
            bottomMargin=FRAME_BOTTOM, title=f"{self.L('title')} — {org.name}", author=org.name,
            subject=self.L("subtitle"), creator=f"ropa-desktop {__version__}", lang=self.lang,
            initialFontName=REGULAR, initialFontSize=FONT_SIZE,
        )
        frame = Frame(MARGIN, FRAME_BOTTOM, FRAME_W, FRAME_TOP - FRAME_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        wide = Frame(MARGIN, FRAME_BOTTOM, WIDE_W, WIDE[1] - (PAGE_H - FRAME_TOP) - FRAME_BOTTOM, id="wide",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("cover", [frame], onPage=self._count_page),
                              PageTemplate("body", [frame], onPage=self._decorate),
                              PageTemplate("wide", [wide], onPage=self._decorate_wide, pagesize=WIDE)])
        finish = self._finish

        def canvasmaker(*args: Any, **kwargs: Any) -> Canvas:
            canv = _FinishingCanvas(*args, **kwargs)
            canv.finish = finish
            return canv

        doc.build(self.story(), canvasmaker=canvasmaker)


def label_sev(finding: Any, lang: str) -> str:
    from ropa_desktop.exporters.labels import enum_label

    severity = getattr(finding.severity, "label", str(finding.severity))
    return enum_label("severity", severity, lang)


def write_register_pdf(register: Register, path: Path, *, lang: str, findings: Sequence[Any] | None = None,
                       version: str | None = None, progress: ProgressFn | None = None,
                       cancelled: CancelFn | None = None, signature_lines: list[str] | None = None) -> None:
    """Render the register to ``path`` (no atomic rename here: see ``export_pdf``)."""
    RegisterPdf(register, lang, findings=findings, version=version, progress=progress,
                cancelled=cancelled, signature_lines=signature_lines).render(path)
