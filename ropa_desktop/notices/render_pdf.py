"""Render a notice as a PDF for printing and handing out: the same content as the HTML, DejaVu Sans embedded.

Laid out with :mod:`ropa_desktop.output.pdf_layout` (a single pass over the canvas):
the notice for all audiences of a large register has thousands of table rows, which
platypus took about a minute to lay out. Texts are plain strings here (no markup), so
register texts need no escaping; phrases are filled in whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ropa_desktop import __version__
from ropa_desktop.base.gc_pause import collector_paused
from ropa_desktop.notices.notice_parts import ActivityBlock, AudienceSection, Notice, PurposeItem
from ropa_desktop.notices.render_html import notice_title
from ropa_desktop.notices.texts import Phrases
from ropa_desktop.output.atomic import atomic_write
from ropa_desktop.output.catalogue import label
from ropa_desktop.output.pdf_fonts import BOLD, register_fonts
from ropa_desktop.output.pdf_layout import (
    Frame,
    PageLayout,
    Spans,
    TableStyle,
    TextStyle,
    bold,
    plain,
)
from ropa_desktop.output.write_errors import Cancelled

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
GRID = colors.HexColor("#c8d0d8")
HEAD_BG = colors.HexColor("#eef2f6")

MARGIN_X = 18 * mm
FRAME = Frame(A4[0], A4[1], left=MARGIN_X, right=MARGIN_X, top=16 * mm, bottom=18 * mm)
FOOTER_Y = 10 * mm
PURPOSE_COLUMNS = (0.24, 0.24, 0.26, 0.26)  # data categories are long single words in Nordic languages
TRANSFER_COLUMNS = (0.16, 0.24, 0.3, 0.3)


class _Styles:
    def __init__(self, font: str) -> None:
        def style(size: float, leading: float, *, weight: str = font, before: float = 0, after: float = 0,
                  color: colors.Color = INK) -> TextStyle:
            return TextStyle(weight, BOLD, size, leading, color, before, after)

        self.body = style(9.5, 13, after=4)
        self.intro = style(10.5, 15, after=4)
        self.bullet = style(8, 13)
        self.h1 = style(18, 22, weight=BOLD, after=8)
        self.h2 = style(13.5, 17, weight=BOLD, before=12, after=5)
        self.h3 = style(11, 14, weight=BOLD, before=9, after=4)
        self.h4 = style(9.5, 12, weight=BOLD, before=6, after=2)
        self.footer = style(7.5, 9, color=MUTED)
        self.table = TableStyle(
            head=style(8, 10, weight=BOLD), cell=style(8.5, 11), grid=GRID, grid_width=0.4, head_background=HEAD_BG
        )


def _lines(*parts: Spans) -> Spans:
    """Spans one below the other."""
    out: list[tuple[str, bool]] = []
    for part in parts:
        if out:
            out.append(("\n", False))
        out += part
    return tuple(out)


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
        self.out: PageLayout

    # --- helpers ---------------------------------------------------------------------

    def t(self, key: str, **values: Any) -> str:
        """The phrase with its long words hyphenated by the notice's language, then filled in: the
        values (names of the controller, recipients, countries) are never hyphenated."""
        return self.p.t(key, hyphenate_in=True, **values)

    def _tick(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        self._done += 1
        if self.progress is not None:
            self.progress(min(self._done, self._total), self._total)

    def para(self, text: str | Spans, style: TextStyle | None = None, *, intro: bool = False) -> None:
        """A paragraph; an ``intro`` (to a list or table) stays on the page of what it introduces."""
        self.out.paragraph(plain(text) if isinstance(text, str) else text, style or self.s.body, keep_with_next=intro)

    def h(self, text: str, style: TextStyle, *, bookmark: tuple[str, str, int] | None = None) -> None:
        self.out.heading(plain(text), style, bookmark=bookmark)

    def bullets(self, items: list[str]) -> None:
        self.out.bullets([plain(i) for i in items], self.s.body, marker_style=self.s.bullet)

    def labelled(self, key: str, value: str) -> Spans:
        return ((f"{self.t(key)}:", True), (f" {value}", False))

    def contact_rows(self, contact: Any) -> None:
        if contact.address_lines:
            self.para(self.labelled("label.address", "\n".join(contact.address_lines)))
        for key, value in (("label.email", contact.email), ("label.phone", contact.phone),
                           ("label.website", getattr(contact, "website", ""))):
            if value:
                self.para(self.labelled(key, value))

    # --- parts -------------------------------------------------------------------------

    def header(self) -> None:
        self.h(self.title, self.s.h1, bookmark=("top", self.title, 0))
        self.para(self.t("doc.intro", controller=self.c.controller.name), self.s.intro)

    def controller(self) -> None:
        ctl = self.c.controller
        self.h(self.t("h.controller"), self.s.h2)
        self.para(self.t("controller.text", name=ctl.name))
        if ctl.trade_name:
            self.para(self.labelled("label.trade_name", ctl.trade_name))
        if ctl.org_number:
            self.para(((f"{ctl.org_number_label or self.t('label.org_number')}:", True), (f" {ctl.org_number}", False)))
        self.contact_rows(ctl)
        for key, text_key, person in (
            ("h.dpo", "dpo.text", self.c.dpo),
            ("h.representative", "representative.text", self.c.representative),
        ):
            if person is not None:
                self.h(self.t(key), self.s.h3)
                self.para(self.t(text_key))
                self.para(bold(person.name))
                self.contact_rows(person)

    def purpose_row(self, p: PurposeItem) -> list[Spans]:
        basis = []
        if p.legal_basis:
            basis.append(self.t(f"basis.{p.legal_basis}"))
        if p.legitimate_interest:
            basis.append(self.t("basis.interest", text=p.legitimate_interest.text))
        if p.law_reference:
            basis.append(self.t(f"basis.law.{p.legal_basis}", text=p.law_reference.text))
        if p.special_condition:
            basis.append(self.t("basis.special", condition=p.special_condition))
        retention: list[Spans] = []
        for r in p.retention:
            parts = [plain(r.description.text)]
            if r.period and r.trigger:
                parts.append(bold(self.t("retention.period_after", period=r.period, trigger=r.trigger.text)))
            elif r.period:
                parts.append(bold(self.t("retention.period", period=r.period)))
            elif r.trigger:
                parts.append(bold(self.t("retention.until", trigger=r.trigger.text)))
            if r.law_reference:
                parts.append(plain(self.t("retention.law", law=r.law_reference.text)))
            if r.data_categories:
                cats = self.p.join([d.text for d in r.data_categories])
                parts.append(plain(self.t("retention.categories", categories=cats)))
            if retention:
                retention.append(plain(""))  # a blank line between rules
            retention.append(_lines(*parts))
        return [
            plain(p.description.text),
            plain("\n".join(f"• {d.text}" for d in p.data_categories)),
            plain("\n".join(basis)),
            _lines(*retention),
        ]

    def activity(self, section: AudienceSection, activity: ActivityBlock) -> None:
        s = self.s
        head = [plain(self.t(k)) for k in ("th.purpose", "th.data", "th.basis", "th.retention")]
        name = activity.name.text
        self.h(name, s.h3, bookmark=(f"a-{section.id}-{activity.id}", name, 1))
        self.h(self.t("h.purposes"), s.h4)
        self.out.table(PURPOSE_COLUMNS, head, [self.purpose_row(p) for p in activity.purposes], s.table)
        if activity.sources:
            items = []
            for src in activity.sources:
                source = self.p.t(f"source.{src.type}")
                items.append(
                    self.t("source.item", label=source, description=src.description.text)
                    if src.description and not src.says_kind
                    else src.description.text
                    if src.description
                    else source
                )
            self.h(self.t("h.sources"), s.h4)
            self.bullets(items)
        if activity.joint_controllers:
            self.h(self.t("h.joint"), s.h4)
            for jc in activity.joint_controllers:
                self.para(self.t("joint.text", name=jc.name))
                if jc.responsibilities:
                    self.para(self.t("joint.essence", text=jc.responsibilities.text))
                if jc.contact and (jc.contact.address_lines or jc.contact.email or jc.contact.phone):
                    self.para(self.t("joint.contact", name=jc.name), intro=True)
                    self.contact_rows(jc.contact)
        if activity.requirement or activity.no_requirement:
            self.h(self.t("h.requirement"), s.h4)
            self.para(activity.requirement.text if activity.requirement else self.t("requirement.none"))
        auto = activity.automated
        if auto:
            self.h(self.t("h.automated"), s.h4)
            if auto.exists:
                self.para(self.t("automated.exists"))
            if auto.profiling:
                self.para(self.t("automated.profiling"))
            if auto.logic:
                self.para(self.t("automated.logic", text=auto.logic.text))
            if auto.consequences:
                self.para(self.t("automated.consequences", text=auto.consequences.text))

    def recipients(self, section: AudienceSection) -> None:
        if not (section.recipients or section.processors or section.recipients_recorded):
            return  # nothing recorded to say: no empty heading (the gap is listed, not printed)
        self.h(self.t("h.recipients"), self.s.h3)
        if section.recipients:
            self.para(self.t("recipients.intro"), intro=True)
            self.bullets([
                self.t("recipients.item", name=r.name.text, type=self.p.t(f"recipient.type.{r.type}"))
                for r in section.recipients
            ])
        if section.processors:
            self.para(self.t("processors.intro"), intro=True)
            self.bullets([
                self.t("processors.item", name=pr.name.text, service=pr.service.text) if pr.service else pr.name.text
                for pr in section.processors
            ])
            signed = [pr.name.text for pr in section.processors if pr.agreement]
            if len(signed) == len(section.processors):
                self.para(self.t("processors.agreement_all"))
            elif signed:
                self.para(self.t("processors.agreement_some", names=self.p.join(signed)))
        if not section.recipients and not section.processors and section.recipients_recorded:
            self.para(self.t("recipients.none"))

    def transfers(self, section: AudienceSection) -> None:
        if not (section.transfers or section.transfers_recorded):
            return  # no empty heading
        self.h(self.t("h.transfers"), self.s.h3)
        if section.transfers:
            self.para(self.t("transfers.intro"), intro=True)
            head = [plain(self.t(k)) for k in ("th.country", "th.recipient", "th.safeguard", "th.copy")]
            rows = [
                [plain(tr.country_name), plain(tr.recipient.text), plain(tr.safeguard),
                 plain(tr.copy.text if tr.copy else "")]
                for tr in section.transfers
            ]
            self.out.table(TRANSFER_COLUMNS, head, rows, self.s.table)
        elif section.transfers_recorded:
            self.para(self.t("transfers.none"))

    def rights(self) -> None:
        if self.c.may_object:  # Art. 21(4): clearly and separately from any other information
            self.h(self.t("h.object"), self.s.h2, bookmark=("object", self.t("h.object"), 0))
            self.para(self.t("right.object"))
        self.h(self.t("h.rights"), self.s.h2, bookmark=("rights", self.t("h.rights"), 0))
        self.para(self.t("rights.intro"), intro=True)
        self.bullets([self.t(f"right.{key}") for key in self.c.other_rights])
        self.h(self.t("rights.how"), self.s.h3)
        self.para(self.c.exercise.text if self.c.exercise else self.t("rights.contact"))
        self.para(self.t("rights.response"))
        self.h(self.t("h.complaint"), self.s.h2)
        if self.c.authority:
            self.para(self.t("complaint.text", authority=self.c.authority.name))
            self.contact_rows(self.c.authority)
            self.para(self.t("complaint.other"))
        else:
            self.para(self.t("complaint.unknown"))

    def sections(self) -> Iterator[None]:
        for section in self.c.sections:
            name = section.name.text
            self.h(name, self.s.h2, bookmark=(f"aud-{section.id}", name, 0))
            if section.description:
                self.para(section.description.text)
            for activity in section.activities:
                self.activity(section, activity)
                yield
            self.recipients(section)
            self.transfers(section)

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
        style = self.s.footer

        def decorate(canvas: Canvas, page: int) -> None:
            self.out.text(FRAME.left, FOOTER_Y, footer, style)
            self.out.page_of_total(FRAME.page_width - FRAME.right, FOOTER_Y)

        self.out = PageLayout(
            path,
            FRAME,
            decorate=decorate,
            page_label=label("page_x_of_y", self.notice.lang),
            page_label_style=style,
            title=self.title,
            author=self.c.controller.name,
            subject=self.title,
            creator=f"ropa-desktop {__version__}",
            lang=self.notice.lang,
        )
        # The layout allocates millions of small objects that live until the file is written;
        # the cyclic collector would walk them over and over (a tenth of the time) for nothing.
        with collector_paused():
            self.header()
            self.controller()
            for _ in self.sections():
                self._tick()
            self.rights()
            self.out.finish()
        self._tick()


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
