"""Render a notice as a PDF for printing and handing out: the same content as the HTML, DejaVu Sans embedded.

Register texts go into reportlab's paragraph markup, so every text is escaped; the
phrase is filled in first and the whole sentence escaped after, so a placeholder can
sit anywhere in a translated phrase.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from ropa_desktop import __version__
from ropa_desktop.exporters.atomic import atomic_write
from ropa_desktop.exporters.errors import Cancelled
from ropa_desktop.exporters.pdf_fonts import BOLD, register_fonts
from ropa_desktop.notices.model import ActivityBlock, AudienceSection, Notice
from ropa_desktop.notices.render_html import notice_title
from ropa_desktop.notices.texts import Phrases

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
GRID = colors.HexColor("#c8d0d8")
HEAD_BG = colors.HexColor("#eef2f6")


def _e(text: str) -> str:
    return escape(text or "")


class _Styles:
    def __init__(self, font: str) -> None:
        base = {"fontName": font, "textColor": INK, "alignment": TA_LEFT}
        self.body = ParagraphStyle("body", fontSize=9.5, leading=13, spaceAfter=4, **base)
        self.intro = ParagraphStyle("intro", parent=self.body, fontSize=10.5, leading=15)
        self.cell = ParagraphStyle("cell", fontSize=8.5, leading=11, **base)
        self.cell_head = ParagraphStyle("cellhead", parent=self.cell, fontName=BOLD, fontSize=8, leading=10)
        self.h1 = ParagraphStyle("h1", fontSize=18, leading=22, spaceAfter=8, **{**base, "fontName": BOLD})
        self.h2 = ParagraphStyle(
            "h2", fontSize=13.5, leading=17, spaceBefore=12, spaceAfter=5, **{**base, "fontName": BOLD}
        )
        self.h3 = ParagraphStyle(
            "h3", fontSize=11, leading=14, spaceBefore=9, spaceAfter=4, **{**base, "fontName": BOLD}
        )
        self.h4 = ParagraphStyle(
            "h4", fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=2, **{**base, "fontName": BOLD}
        )
        self.footer = ParagraphStyle("footer", parent=self.body, fontSize=8, textColor=MUTED)


class _Marker(Flowable):
    """Zero-size flowable: bookmarks a section in the PDF outline and reports progress when drawn."""

    def __init__(self, key: str, title: str, level: int, on_draw: Callable[[], None]) -> None:
        super().__init__()
        self.key, self.title, self.level, self._on_draw = key, title, level, on_draw
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self.key:
            self.canv.bookmarkPage(self.key)
            self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)
        self._on_draw()


class NoticePdf:
    def __init__(self, notice: Notice, progress: ProgressFn | None, cancelled: CancelFn | None) -> None:
        self.font = register_fonts()
        self.notice = notice
        self.c = notice.content
        self.p = Phrases(notice.lang)
        self.s = _Styles(self.font)
        self.progress = progress
        self.cancelled = cancelled
        self._done = 0
        self._total = sum(len(s.activities) for s in self.c.sections) + 1
        self.title = notice_title(notice)

    # --- helpers ---------------------------------------------------------------------

    def t(self, key: str, **values: Any) -> str:
        """A phrase as paragraph markup: filled in, then escaped as a whole."""
        return _e(self.p.t(key, **values))

    def para(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(markup, style or self.s.body)

    def _tick(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        self._done += 1
        if self.progress is not None:
            self.progress(min(self._done, self._total), self._total)

    def marker(self, key: str = "", title: str = "", level: int = 0) -> _Marker:
        return _Marker(key, title, level, self._tick)

    def bullets(self, items: list[str], style: ParagraphStyle | None = None) -> ListFlowable:
        return ListFlowable(
            [ListItem(self.para(i, style), leftIndent=10) for i in items],
            bulletType="bullet",
            start="•",
            leftIndent=10,
            bulletFontName=self.font,
            bulletFontSize=8,
        )

    def contact_rows(self, contact: Any) -> list[Paragraph]:
        rows = []
        if contact.address_lines:
            rows.append((self.p.t("label.address"), "<br/>".join(_e(x) for x in contact.address_lines)))
        for key, value in (("label.email", contact.email), ("label.phone", contact.phone)):
            if value:
                rows.append((self.p.t(key), _e(value)))
        if getattr(contact, "website", ""):
            rows.append((self.p.t("label.website"), _e(contact.website)))
        return [self.para(f"<b>{_e(label)}:</b> {value}") for label, value in rows]

    # --- parts -------------------------------------------------------------------------

    def header(self) -> list[Flowable]:
        return [
            self.marker("top", self.title, 0),
            self.para(_e(self.title), self.s.h1),
            self.para(self.t("doc.intro", controller=self.c.controller.name), self.s.intro),
        ]

    def controller(self) -> list[Flowable]:
        ctl = self.c.controller
        story: list[Flowable] = [
            self.para(self.t("h.controller"), self.s.h2),
            self.para(self.t("controller.text", name=ctl.name)),
        ]
        if ctl.trade_name:
            story.append(self.para(f"<b>{self.t('label.trade_name')}:</b> {_e(ctl.trade_name)}"))
        if ctl.org_number:
            story.append(self.para(f"<b>{self.t('label.org_number')}:</b> {_e(ctl.org_number)}"))
        story += self.contact_rows(ctl)
        for key, text_key, person in (
            ("h.dpo", "dpo.text", self.c.dpo),
            ("h.representative", "representative.text", self.c.representative),
        ):
            if person is not None:
                story += [
                    self.para(self.t(key), self.s.h3),
                    self.para(self.t(text_key)),
                    self.para(f"<b>{_e(person.name)}</b>"),
                ]
                story += self.contact_rows(person)
        return story

    def purposes_table(self, activity: ActivityBlock) -> Table:
        head = [self.para(self.t(k), self.s.cell_head) for k in ("th.purpose", "th.data", "th.basis", "th.retention")]
        rows: list[list[Any]] = [head]
        # One paragraph per cell: platypus wraps every paragraph again on each page split, and a
        # notice for all audiences of a large register has thousands of rows.
        for p in activity.purposes:
            basis = []
            if p.legal_basis:
                basis.append(self.t(f"basis.{p.legal_basis}"))
            if p.legitimate_interest:
                basis.append(self.t("basis.interest", text=p.legitimate_interest.text))
            if p.law_reference:
                basis.append(self.t(f"basis.law.{p.legal_basis}", text=p.law_reference.text))
            if p.special_condition:
                basis.append(self.t("basis.special", condition=p.special_condition))
            retention = []
            for r in p.retention:
                parts = [_e(r.description.text)]
                if r.period and r.trigger:
                    parts.append(
                        "<b>" + self.t("retention.period_from", period=r.period, trigger=r.trigger.text) + "</b>"
                    )
                elif r.period:
                    parts.append("<b>" + self.t("retention.period", period=r.period) + "</b>")
                elif r.trigger:
                    parts.append("<b>" + self.t("retention.from", trigger=r.trigger.text) + "</b>")
                if r.law_reference:
                    parts.append(self.t("retention.law", law=r.law_reference.text))
                if r.data_categories:
                    cats = self.p.join([d.text for d in r.data_categories])
                    parts.append(self.t("retention.categories", categories=cats))
                retention.append("<br/>".join(parts))
            data = "<br/>".join(f"• {_e(d.text)}" for d in p.data_categories)
            rows.append(
                [
                    self.para(_e(p.description.text), self.s.cell),
                    self.para(data, self.s.cell),
                    self.para("<br/>".join(basis), self.s.cell),
                    self.para("<br/><br/>".join(retention), self.s.cell),
                ]
            )
        width = A4[0] - 36 * mm
        table = Table(rows, colWidths=[width * 0.25, width * 0.22, width * 0.27, width * 0.26], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.font, 8.5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def activity(self, section: AudienceSection, activity: ActivityBlock) -> list[Flowable]:
        story: list[Flowable] = [
            self.marker(),
            KeepTogether([self.para(_e(activity.name.text), self.s.h3), self.para(self.t("h.purposes"), self.s.h4)]),
            self.purposes_table(activity),
        ]
        if activity.sources:
            items = []
            for src in activity.sources:
                label = self.p.t(f"source.{src.type}")
                items.append(
                    self.t("source.item", label=label, description=src.description.text)
                    if src.description
                    else _e(label)
                )
            story += [self.para(self.t("h.sources"), self.s.h4), self.bullets(items)]
        if activity.joint_controllers:
            story.append(self.para(self.t("h.joint"), self.s.h4))
            for jc in activity.joint_controllers:
                story.append(self.para(self.t("joint.text", name=jc.name)))
                if jc.responsibilities:
                    story.append(self.para(self.t("joint.essence", text=jc.responsibilities.text)))
                if jc.contact:
                    story.append(self.para(self.t("joint.contact", contact=jc.contact)))
        if activity.requirement:
            story += [self.para(self.t("h.requirement"), self.s.h4), self.para(_e(activity.requirement.text))]
        auto = activity.automated
        if auto:
            story.append(self.para(self.t("h.automated"), self.s.h4))
            if auto.exists:
                story.append(self.para(self.t("automated.exists")))
            if auto.profiling:
                story.append(self.para(self.t("automated.profiling")))
            if auto.logic:
                story.append(self.para(self.t("automated.logic", text=auto.logic.text)))
            if auto.consequences:
                story.append(self.para(self.t("automated.consequences", text=auto.consequences.text)))
        return story

    def recipients(self, section: AudienceSection) -> list[Flowable]:
        story: list[Flowable] = [self.para(self.t("h.recipients"), self.s.h3)]
        if section.recipients:
            story.append(self.para(self.t("recipients.intro")))
            story.append(
                self.bullets(
                    [
                        self.t("recipients.item", name=r.name.text, type=self.p.t(f"recipient.type.{r.type}"))
                        for r in section.recipients
                    ]
                )
            )
        if section.processors:
            story.append(self.para(self.t("processors.intro")))
            story.append(
                self.bullets(
                    [
                        self.t("processors.item", name=pr.name.text, service=pr.service.text)
                        if pr.service
                        else _e(pr.name.text)
                        for pr in section.processors
                    ]
                )
            )
        if not section.recipients and not section.processors and section.recipients_recorded:
            story.append(self.para(self.t("recipients.none")))
        return story

    def transfers(self, section: AudienceSection) -> list[Flowable]:
        story: list[Flowable] = [self.para(self.t("h.transfers"), self.s.h3)]
        if section.transfers:
            story.append(self.para(self.t("transfers.intro")))
            head = [
                self.para(self.t(k), self.s.cell_head)
                for k in ("th.country", "th.recipient", "th.safeguard", "th.copy")
            ]
            rows = [head] + [
                [
                    self.para(_e(tr.country_name), self.s.cell),
                    self.para(_e(tr.recipient.text), self.s.cell),
                    self.para(_e(tr.safeguard), self.s.cell),
                    self.para(_e(tr.copy.text) if tr.copy else "", self.s.cell),
                ]
                for tr in section.transfers
            ]
            width = A4[0] - 36 * mm
            table = Table(rows, colWidths=[width * 0.16, width * 0.24, width * 0.3, width * 0.3], repeatRows=1)
            table.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), self.font, 8.5),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                    ]
                )
            )
            story.append(table)
        elif section.transfers_recorded:
            story.append(self.para(self.t("transfers.none")))
        return story

    def rights(self) -> list[Flowable]:
        story: list[Flowable] = [
            self.marker("rights", self.p.t("h.rights"), 0),
            self.para(self.t("h.rights"), self.s.h2),
            self.para(self.t("rights.intro")),
            self.bullets([self.t(f"right.{key}") for key in self.c.rights]),
            self.para(self.t("rights.how"), self.s.h3),
            self.para(_e(self.c.exercise.text) if self.c.exercise else self.t("rights.contact")),
            self.para(self.t("rights.response")),
            self.para(self.t("h.complaint"), self.s.h2),
        ]
        if self.c.authority:
            story.append(self.para(self.t("complaint.text", authority=self.c.authority.name)))
            story += self.contact_rows(self.c.authority)
            story.append(self.para(self.t("complaint.other")))
        else:
            story.append(self.para(self.t("complaint.unknown")))
        return story

    def story(self) -> list[Flowable]:
        story = self.header() + self.controller()
        for section in self.c.sections:
            story += [
                self.marker(f"aud-{section.id}", section.name.text, 0),
                self.para(_e(section.name.text), self.s.h2),
            ]
            if section.description:
                story.append(self.para(_e(section.description.text)))
            for activity in section.activities:
                story += self.activity(section, activity)
            story += self.recipients(section) + self.transfers(section)
        return story + self.rights()

    def footer_text(self) -> str:
        date = self.p.t("notice.date", date=self.p.date(self.notice.date))
        version = (
            self.p.t("notice.version", version=self.notice.version)
            if self.notice.version
            else self.p.t("notice.unpublished")
        )
        return f"{date} · {version}"

    def build(self, path: Path) -> None:
        footer = self.footer_text()

        def decorate(canvas: Any, doc: Any) -> None:
            canvas.saveState()
            canvas.setFont(self.font, 7.5)
            canvas.setFillColor(MUTED)
            canvas.drawString(18 * mm, 10 * mm, footer)
            canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, str(canvas.getPageNumber()))
            canvas.restoreState()

        doc = SimpleDocTemplate(
            str(path),
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=16 * mm,
            bottomMargin=18 * mm,
            title=self.title,
            author=self.c.controller.name,
            subject=self.title,
            creator=f"ropa-desktop {__version__}",
            lang=self.notice.lang,
            initialFontName=self.font,
            invariant=False,
        )
        doc.build(self.story(), onFirstPage=decorate, onLaterPages=decorate)


def write_pdf(
    notice: Notice,
    path: str | Path,
    overwrite: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Path:
    """Write the notice as a PDF to ``path`` atomically. Raises Cancelled (nothing written) when
    ``cancelled()`` turns true, ExportError when the file cannot be written."""
    builder = NoticePdf(notice, progress, cancelled)
    return atomic_write(path, builder.build, overwrite=overwrite)
