"""The register as a PDF for the supervisory authority (Art. 30(4)).

Layout: cover, contents, summary table (landscape pages), one section per activity
with every Art. 30(1) item (a)–(g) (processor activities in a separate Art. 30(2)
part), annexes for processors, transfers and security measures, and, on a PDF being
signed, a block at the bottom of the last page where the signature appears (``SIGNATURE_BOX``).

Laid out in a single pass by :mod:`ropa_desktop.output.pdf_layout`, the engine the
notices use too: registers of thousands of activities have tens of thousands of table
rows, and platypus spent most of the export laying them out. Page numbers that are
known only at the end ("page X of Y", the contents) are filled in when the file is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ropa_desktop import __version__
from ropa_desktop.base.gc_pause import collector_paused
from ropa_desktop.domain.model import Activity, Register
from ropa_desktop.exporters.register_text import RegisterText
from ropa_desktop.output.catalogue import copy_rows, enum_label, enum_values, label, normalize
from ropa_desktop.output.citations import cite
from ropa_desktop.output.hyphenation import hyphenate
from ropa_desktop.output.local_formats import format_date
from ropa_desktop.output.page_geometry import FRAME_BOTTOM, MARGIN, SIGNATURE_BOX, SIGNATURE_H
from ropa_desktop.output.pdf_fonts import BOLD, ITALIC, REGULAR, register_fonts
from ropa_desktop.output.pdf_layout import (
    SOFT_HYPHEN,
    Frame,
    PageLayout,
    Spans,
    StyledRow,
    TableStyle,
    TextStyle,
    bold,
    plain,
)
from ropa_desktop.output.wording import word
from ropa_desktop.output.write_errors import Cancelled
from ropa_desktop.reference import third_country_transfers

PAGE_W, PAGE_H = A4
WIDE = landscape(A4)  # the summary's pages
FRAME_TOP = PAGE_H - MARGIN - 6 * mm  # room for the header
FRAME_W = PAGE_W - 2 * MARGIN
WIDE_W = WIDE[0] - 2 * MARGIN
PORTRAIT_FRAME = Frame(PAGE_W, PAGE_H, left=MARGIN, right=MARGIN, top=PAGE_H - FRAME_TOP, bottom=FRAME_BOTTOM)
WIDE_FRAME = Frame(WIDE[0], WIDE[1], left=MARGIN, right=MARGIN, top=PAGE_H - FRAME_TOP, bottom=FRAME_BOTTOM)

FONT_SIZE = 8
LEADING = 10
SIDE_PAD = 3.0
CONTENTS_ROW = 18

GRID = colors.HexColor("#b8bec6")
HEAD_BG = colors.HexColor("#1f3a5f")
LABEL_BG = colors.HexColor("#eef1f5")
MUTED = colors.HexColor("#6b7280")

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


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


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _Styles:
    def __init__(self) -> None:
        def style(font: str, size: float, leading: float, color: colors.Color = colors.black, *,
                  before: float = 0, after: float = 0) -> TextStyle:
            return TextStyle(font, BOLD, size, leading, color, before, after)

        self.title = style(BOLD, 22, 28, HEAD_BG, after=6)
        self.subtitle = style(REGULAR, 11, 15, MUTED, after=24)
        self.h1 = style(BOLD, 15, 19, HEAD_BG, before=4, after=10)
        self.contents_h = style(BOLD, 15, 19, HEAD_BG, before=4, after=20)
        self.h2 = style(BOLD, 11, 14, HEAD_BG, before=10, after=5)
        self.muted = style(REGULAR, 9, 12, MUTED)
        self.contents = style(REGULAR, 10, 12)
        self.page = style(REGULAR, 7.5, 9, MUTED)  # header and footer
        self.caption = style(BOLD, 8, 10, MUTED)
        self.stamp = style(REGULAR, 9, 13)
        self.cell = style(REGULAR, FONT_SIZE, LEADING)
        self.cell_muted = style(ITALIC, FONT_SIZE, LEADING, MUTED)  # a gap: "not recorded"
        common = {"grid": GRID, "grid_width": 0.4, "pad_x": SIDE_PAD, "pad_top": 2.0, "pad_bottom": 3.0}
        self.grid = TableStyle(head=style(BOLD, FONT_SIZE, LEADING, colors.white), cell=self.cell,
                               head_background=HEAD_BG, **common)
        self.items = TableStyle(head=self.cell, cell=self.cell, head_background=None,
                                column_backgrounds=(LABEL_BG, None), **common)
        self.cover = TableStyle(head=self.cell, cell=style(REGULAR, 10, 13), head_background=None, grid=GRID,
                                grid_width=0.4, pad_x=SIDE_PAD, pad_top=3.0, pad_bottom=5.0, rules_only=True)


class RegisterPdf:
    """Lays the register out page by page and writes the PDF."""

    def __init__(self, register: Register, lang: str, *, findings: Sequence[Any] | None = None,
                 version: str | None = None, exported_on: dt.date | None = None,
                 progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
                 signature_lines: list[str] | None = None, copy_kind: str | None = None) -> None:
        register_fonts()
        self.signature_lines = signature_lines
        self.register = register
        self.lang = normalize(lang)
        self.rt = RegisterText(register, lang)
        self.findings = findings
        self.version = version
        self.copy_kind = copy_kind  # "own" or "authority"; None: not said (a bare export, e.g. a benchmark)
        self.exported_on = exported_on or dt.date.today()
        self.progress = progress
        self.cancelled = cancelled
        self.s = _Styles()
        self._done = 0
        self._total = len(register.activities)
        self.out: PageLayout

    def L(self, key: str) -> str:
        return label(key, self.lang)

    # --- progress and cancelling -------------------------------------------------------

    def _check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    def _activity_done(self) -> None:
        self._done += 1
        if self.progress is not None:
            self.progress(self._done, self._total)
        self._check()

    # --- tables ------------------------------------------------------------------------

    def grid(self, header: list[str], rows: list[list[str]], widths: list[float],
             muted: set[tuple[int, int]] | None = None) -> None:
        """A table with a header row repeated after page breaks, each column at least as wide as its
        longest word where the page allows; ``muted`` cells (row, column) are gaps in grey italics."""
        widths = fit_columns(widths, header, rows)
        total = self.out.frame.width
        s = self.s
        body: list[Sequence[Spans] | StyledRow] = []
        for r, row in enumerate(rows):
            cells = [plain(cell) for cell in row]
            if muted and any((r, c) in muted for c in range(len(row))):
                styles = [s.cell_muted if (r, c) in muted else s.cell for c in range(len(row))]
                body.append(StyledRow(cells, styles))
            else:
                body.append(cells)
        self.out.table([w / total for w in widths], [plain(hyphenate(h, self.lang)) for h in header], body, s.grid)

    def item_table(self, items: list[tuple[str, list[str]]]) -> None:
        """Label | value rows for one activity, kept on one page when it fits; gaps in grey italics."""
        label_w = 150.0
        not_recorded = self.rt.not_recorded()
        s = self.s
        muted = (s.cell, s.cell_muted)
        rows: list[Sequence[Spans] | StyledRow] = []
        for key, values in items:
            if len(values) > 1:
                # Later paragraphs of a bulleted value line up under its text, not under the bullet.
                text = "\n".join("• " + value.replace("\n", "\n  ") for value in values)
            else:
                text = values[0] if values else ""
            cells = (bold(hyphenate(key, self.lang)), plain(text))  # a label, never a name: hyphenated
            rows.append(StyledRow(cells, muted) if values == [not_recorded] else cells)
        fraction = label_w / self.out.frame.width
        self.out.table((fraction, 1.0 - fraction), (), rows, s.items, keep_together=True)

    # --- parts ---------------------------------------------------------------------------

    def cover(self) -> None:
        s = self.s
        org = self.register.organisation
        rows = self.rt.organisation_rows()
        rows += [
            (self.L("export_date"), format_date(self.exported_on, self.lang)),
            (self.L("register_version"), self.version or self.rt.not_recorded()),
            (self.L("export_language"), self.L("language_name")),
        ]
        if self.copy_kind is not None:
            rows += copy_rows(self.copy_kind, self.findings is not None, self.lang)
        out = self.out
        out.new_page()
        out.y -= 40 * mm
        out.paragraph(plain(self.L("title")), s.title)
        out.paragraph(plain(self.L("subtitle")), s.subtitle)
        out.paragraph(plain(org.name), s.h1)
        fraction = 160 / FRAME_W
        out.table((fraction, 1.0 - fraction), (), [(bold(k), plain(v)) for k, v in rows], s.cover)

    def contents(self, parts: list[tuple[str, str]]) -> None:
        """The contents: each part's title, a dotted leader and its page (filled in at the end), linked."""
        out, st = self.out, self.s.contents
        out.new_page()
        out.heading(plain(self.L("contents")), self.s.contents_h)
        left, right = out.frame.left, out.frame.left + out.frame.width
        for key, title in parts:
            out.place(CONTENTS_ROW)
            y = out.y - 12
            out.text(left, y, title, st)
            start = left + out.wrapper.width(title, st.font, st.size) + 4
            out.canvas.addLiteral(f"[1 2] 0 d {fp_str(GRID.rgb())} RG 1 w "
                                  f"{fp_str(start)} {fp_str(y)} m {fp_str(right - 20)} {fp_str(y)} l S [] 0 d")
            out.late_text(right, y, lambda key=key: str(self.out.bookmark_pages.get(key, "")), st, right=True)
            out.canvas.linkRect("", key, (left, y - 3, right, y + 10), relative=0)
            out.y -= CONTENTS_ROW

    def part_heading(self, key: str, frame: Frame = PORTRAIT_FRAME) -> None:
        """A part starts on a new page under its title, which is in the outline and the contents."""
        self.out.new_page(frame)
        title = self.L(key)
        self.out.heading(plain(title), self.s.h1, bookmark=(key, title, 0))

    def summary(self, activities: list[Activity]) -> None:
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
        self.part_heading("summary", WIDE_FRAME)
        self.grid(header, rows, self.summary_widths(header, len(activities)), muted)

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

    def activity_section(self, number: int, act: Activity) -> None:
        rt = self.rt
        title = f"{number}. {rt.name(act)}"
        if act.effective_status != "active":
            title = f"{title} [{rt.status(act)}]"
        if act.role == "processor":
            items = [
                (self.L("item2_a"), [*rt.head_lines(), f"{self.L('controllers_on_behalf')}:",
                                     *(f"  {c}" for c in rt.controllers_on_behalf(act))]),
                (self.L("item2_b"), [rt.t(act.description) or rt.name(act)]),
                (self.L("data_subjects"), rt.data_subjects(act)),
                (self.L("data_categories"), rt.data_categories(act)),
                (self.L("processors"), rt.processors(act)),
                (self.L("item2_c"), rt.transfers(act)),
                (self.L("item2_d"), rt.security_measures(act)),
                (self.L("retention"), rt.retention(act)),
            ]
        else:
            item_a = rt.head_lines()
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
        self.out.heading(plain(title), self.s.h2, bookmark=(f"act-{number}", title, 1))
        self.item_table(items)

    def annex_processors(self) -> None:
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
        self._annex("annex_processors", header, rows, widths)

    def annex_transfers(self, activities: list[Activity]) -> None:
        rt = self.rt
        header = [self.L(k) for k in ("col_activity", "country", "recipient", "mechanism", "scc_module",
                                      "scc_status", "tia_short")]
        widths = [85, 60, 70, 95, 70, 60, FRAME_W - 440]
        rows = []
        for act in activities:
            for tr in third_country_transfers(act):  # one to the EU/EEA is no transfer (Art. 44)
                module, status = rt.scc(tr)
                rows.append([rt.name(act), rt.country(tr.country), rt.transfer_party(tr), rt.mechanism(tr),
                             module or "—", status or "—", rt.tia(tr)])
        self._annex("annex_transfers", header, rows, widths)

    def annex_security(self) -> None:
        rt = self.rt
        header = [self.L(k) for k in ("name", "kind", "description")]
        rows = [[rt.t(m.name), rt.enum("measure_kind", m.kind), rt.t(m.description)]
                for m in self.register.security_measures or []]
        self._annex("annex_security", header, rows, [150, 80, FRAME_W - 230])

    def annex_findings(self) -> None:
        rows = [[label_sev(f, self.lang), cite(f.article, self.lang), f.entity_name or f.entity_id,
                 f.message(self.lang)] for f in self.findings or []]
        header = [self.L(k) for k in ("severity", "article", "item", "message")]
        self._annex("findings", header, rows, [55, 80, 110, FRAME_W - 245])

    def _annex(self, key: str, header: list[str], rows: list[list[str]], widths: list[float]) -> None:
        self.part_heading(key)
        if rows:
            self.grid(header, rows, widths)
        else:
            self.out.paragraph(plain(self.L("none")), self.s.muted)

    def signature_block(self) -> None:
        """The frame the signature goes into, at the bottom of the last page (``SIGNATURE_BOX``).

        Only on a PDF being signed: an empty frame on an unsigned register reads as a signature
        that is missing, or as a place to sign by hand, and neither is what the export is.
        """
        if not self.signature_lines:
            return
        out, s = self.out, self.s
        out.need(SIGNATURE_H)
        x, y = SIGNATURE_BOX[0], SIGNATURE_BOX[1]
        box_h = SIGNATURE_BOX[3] - SIGNATURE_BOX[1]
        out.text(x, y + SIGNATURE_H - 10, word("signing.box", self.lang), s.caption)
        out.canvas.addLiteral(f"{fp_str(GRID.rgb())} RG 1 w {fp_str(x)} {fp_str(y)} "
                              f"{fp_str(SIGNATURE_BOX[2] - x)} {fp_str(box_h)} re S")
        for n, line in enumerate(self.signature_lines or []):
            out.text(x + 8, y + box_h - 18 - n * 13, line, s.stamp)
        out.y = out.frame.bottom

    def parts(self) -> list[tuple[str, str]]:
        """(key, title) of the parts listed in the contents, in their order."""
        keys = ["summary", "part_controller"]
        if any(a.role == "processor" for a in self.register.activities):
            keys.append("part_processor")
        keys += ["annex_processors", "annex_transfers", "annex_security"]
        if self.findings is not None:
            keys.append("findings")
        return [(key, self.L(key)) for key in keys]

    def build(self) -> None:
        acts = self.register.activities
        numbered = list(enumerate(acts, start=1))
        self.cover()
        self.contents(self.parts())
        self.summary(acts)
        for key, role_matches in (("part_controller", lambda a: a.role != "processor"),
                                  ("part_processor", lambda a: a.role == "processor")):
            part = [(n, a) for n, a in numbered if role_matches(a)]
            if key == "part_processor" and not part:
                continue
            self.part_heading(key)
            if not part:
                self.out.paragraph(plain(self.L("no_activities")), self.s.muted)
            for number, act in part:
                self.activity_section(number, act)
                self._activity_done()
        self.annex_processors()
        self.annex_transfers(acts)
        self.annex_security()
        if self.findings is not None:
            self.annex_findings()
        self.signature_block()

    # --- page decoration -----------------------------------------------------------------

    def _decorate(self, c: Canvas, page: int) -> None:
        """Header and footer of a body page (the cover has none); "page X of Y" is filled in at the end."""
        if page == 1:
            return
        out, st = self.out, self.s.page
        org = self.register.organisation.name
        page_w, page_h = out.frame.page_width, out.frame.page_height
        left, right = fp_str(MARGIN), fp_str(page_w - MARGIN)
        out.text(MARGIN, page_h - MARGIN, org, st)
        out.text(page_w - MARGIN, page_h - MARGIN, self.L("title"), st, right=True)
        c.addLiteral(f"{fp_str(GRID.rgb())} RG 1 w {left} {fp_str(page_h - MARGIN - 3)} m "
                     f"{right} {fp_str(page_h - MARGIN - 3)} l {left} {fp_str(MARGIN + 8)} m "
                     f"{right} {fp_str(MARGIN + 8)} l S")
        out.text(MARGIN, MARGIN, f"{org} · {format_date(self.exported_on, self.lang)}", st)
        out.page_of_total(page_w - MARGIN, MARGIN)

    def render(self, path: Path) -> None:
        self._check()
        org = self.register.organisation
        self.out = PageLayout(
            path, PORTRAIT_FRAME, decorate=self._decorate, page_label=self.L("page_x_of_y"),
            page_label_style=self.s.page, title=f"{self.L('title')} — {org.name}", author=org.name,
            subject=self.L("subtitle"), creator=f"ropa-desktop {__version__}", lang=self.lang,
        )
        # The layout allocates many small objects that live until the file is written;
        # the cyclic collector would walk them over and over for nothing.
        with collector_paused():
            self.build()
            self.out.finish()


def label_sev(finding: Any, lang: str) -> str:
    severity = getattr(finding.severity, "label", str(finding.severity))
    return enum_label("severity", severity, lang)


def write_register_pdf(register: Register, path: Path, *, lang: str, findings: Sequence[Any] | None = None,
                       version: str | None = None, progress: ProgressFn | None = None,
                       cancelled: CancelFn | None = None, signature_lines: list[str] | None = None,
                       copy_kind: str | None = None) -> None:
    """Render the register to ``path`` (no atomic rename here: see ``export_pdf``)."""
    RegisterPdf(register, lang, findings=findings, version=version, progress=progress,
                cancelled=cancelled, signature_lines=signature_lines, copy_kind=copy_kind).render(path)
