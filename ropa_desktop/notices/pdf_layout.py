"""A small page layout engine over the reportlab canvas, for long text documents such as notices.

Why not platypus: a notice for all audiences of a large register has ten thousand
table rows, and platypus re-wraps paragraphs and re-splits tables on every page
break (about a minute for 1,000 activities). Here text is wrapped once, greedily,
with word widths cached per document (register texts repeat their words), and drawn
top to bottom in a single pass: headings, paragraphs, bullet lists and tables whose
header repeats on each page. "Page X of Y" is a form XObject per page, filled in
when the page count is known, so no second pass is needed.

Text is given as *spans*: ``((text, bold), ...)``; a ``"\\n"`` inside a text breaks
the line. A line of a table cell that starts with ``"• "`` hangs its continuation
lines under the text after the bullet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas

Spans = tuple[tuple[str, bool], ...]
Run = tuple[str, str]  # (font name, text)
Line = tuple[float, tuple[Run, ...]]  # (indent from the left edge, runs)

BULLET = "• "
PAGE_OF_TOTAL = "%ropa:page-of-total"  # a PDF comment: a mark in a page's content stream


def plain(text: str) -> Spans:
    return ((text, False),)


def bold(text: str) -> Spans:
    return ((text, True),)


@dataclass(frozen=True, slots=True)
class TextStyle:
    font: str
    bold: str
    size: float
    leading: float
    color: Color
    before: float = 0.0  # space above, dropped at the top of a page
    after: float = 0.0


@dataclass(frozen=True, slots=True)
class Frame:
    """The page and the body's box on it (points, origin bottom left)."""

    page_width: float
    page_height: float
    left: float
    right: float
    top: float
    bottom: float

    @property
    def width(self) -> float:
        return self.page_width - self.left - self.right

    @property
    def top_y(self) -> float:
        return self.page_height - self.top


@dataclass(frozen=True, slots=True)
class TableStyle:
    head: TextStyle
    cell: TextStyle
    grid: Color
    grid_width: float
    head_background: Color | None
    pad_x: float = 4.0
    pad_top: float = 3.0
    pad_bottom: float = 3.0
    after: float = 4.0  # space below the table


class Wrapper:
    """Greedy line breaking with widths cached per (word, font, size) and whole texts cached per width."""

    def __init__(self) -> None:
        self._widths: dict[tuple[str, str, float], float] = {}
        self._wrapped: dict[tuple[Spans, float, str, str, float, bool], tuple[Line, ...]] = {}

    def width(self, text: str, font: str, size: float) -> float:
        key = (text, font, size)
        w = self._widths.get(key)
        if w is None:
            w = self._widths[key] = stringWidth(text, font, size)
        return w

    def wrap(self, spans: Spans, width: float, style: TextStyle, *, hang_bullets: bool = False) -> tuple[Line, ...]:
        """The lines of ``spans`` no wider than ``width`` (a word wider than that is cut)."""
        key = (spans, width, style.font, style.bold, style.size, hang_bullets)
        lines = self._wrapped.get(key)
        if lines is None:
            lines = self._wrapped[key] = tuple(self._wrap(spans, width, style, hang_bullets))
        return lines

    def _wrap(self, spans: Spans, width: float, style: TextStyle, hang_bullets: bool) -> list[Line]:
        out: list[Line] = []
        parts: list[tuple[str, str]] = []
        for text, is_bold in spans:
            font = style.bold if is_bold else style.font
            pieces = text.split("\n")
            for n, piece in enumerate(pieces):
                if n:
                    out += self._wrap_line(parts, width, style.size, hang_bullets)
                    parts = []
                if piece:
                    parts.append((font, piece))
        out += self._wrap_line(parts, width, style.size, hang_bullets)
        return out

    def _wrap_line(self, parts: list[tuple[str, str]], width: float, size: float, hang_bullets: bool) -> list[Line]:
        """One logical line (no breaks in it) as lines of at most ``width``."""
        if not parts:
            return [(0.0, ())]
        if len(parts) == 1 and "  " not in parts[0][1]:
            font, text = parts[0]
            if stringWidth(text, font, size) <= width:  # most cell lines are short: no need to break
                return [(0.0, ((font, text.strip(" ")),))]
        hang = 0.0
        prefix: list[list[str]] = []
        if hang_bullets and parts[0][1].startswith(BULLET):
            # The bullet belongs to the first line: continuation lines hang under its text.
            font = parts[0][0]
            hang = self.width(BULLET, font, size)
            prefix = [[font, BULLET]]
            parts = [(font, parts[0][1][len(BULLET):]), *parts[1:]]
        # Words: fragments (font, text) between spaces; a word may change font (bold label + colon).
        words: list[tuple[str | None, list[tuple[str, str]]]] = []  # (font of the space before, fragments)
        current: list[tuple[str, str]] = []
        space_font: str | None = None
        for font, text in parts:
            for n, piece in enumerate(text.split(" ")):
                if n:
                    if current:
                        words.append((space_font, current))
                        current = []
                    space_font = font
                if piece:
                    current.append((font, piece))
        if current:
            words.append((space_font, current))

        lines: list[Line] = []
        runs: list[list[str]] = prefix  # [font, text] being built
        x = hang
        room = width
        full = width - hang  # what any line holds

        def flush() -> None:
            nonlocal runs, x, room
            lines.append((0.0 if not lines else hang, tuple((f, t) for f, t in runs)))
            runs, x, room = [], 0.0, full

        def add(font: str, text: str, w: float) -> None:
            nonlocal x
            if runs and runs[-1][0] == font:
                runs[-1][1] += text
            else:
                runs.append([font, text])
            x += w

        for space, fragments in words:
            w = 0.0
            for font, text in fragments:
                w += self.width(text, font, size)
            sp = self.width(" ", space, size) if (x and space is not None) else 0.0
            if w > full:
                # Wider than any line: on a line of its own (after a bullet), cut where it must be.
                if space is not None and x > (hang if not lines else 0.0):
                    flush()
                for font, text in fragments:
                    for ch in text:
                        cw = self.width(ch, font, size)
                        if x and x + cw > room:
                            flush()
                        add(font, ch, cw)
                continue
            if x and x + sp + w > room:
                flush()
                sp = 0.0
            if sp:
                add(space, " ", sp)  # type: ignore[arg-type]
            for font, text in fragments:
                add(font, text, self.width(text, font, size))
        if runs or not lines:
            flush()
        return lines


class _Block:
    """Wrapped lines of a table cell and, once drawn, their text operators (cells repeat)."""

    __slots__ = ("lines", "ops")

    def __init__(self, lines: tuple[Line, ...]) -> None:
        self.lines = lines
        self.ops: str | None = None


class _Encoder:
    """Text as PDF string operands in one document's font subsets; each (font, text) encoded once
    (encoding for a TrueType subset is a Python loop over the characters)."""

    def __init__(self, canvas: Canvas) -> None:
        self.doc = canvas._doc  # subsets belong to the document being written
        self._cache: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}

    def pieces(self, font_name: str, text: str) -> tuple[tuple[str, str], ...]:
        """(subset font name, string operand) pieces of ``text``."""
        key = (font_name, text)
        pieces = self._cache.get(key)
        if pieces is None:
            font, doc = getFont(font_name), self.doc
            pieces = self._cache[key] = tuple(
                (font.getSubsetInternalName(subset, doc), f"({escapePDF(data)}) Tj")
                for subset, data in font.splitString(text, doc)
            )
        return pieces

    def show(self, font_name: str, size: float, text: str) -> str:
        return " ".join(f"{name} {fp_str(size)} Tf {shown}" for name, shown in self.pieces(font_name, text))


class PageLayout:
    """Draws blocks top to bottom on pages of ``frame``, starting new pages as needed.

    ``decorate(canvas, page)`` draws a page's header and footer when the page is done;
    it may place :meth:`page_of_total` there. ``finish`` writes the file.
    """

    def __init__(
        self,
        path: str | Path,
        frame: Frame,
        *,
        decorate: Callable[[Canvas, int], None],
        page_label: str,
        page_label_style: TextStyle,
        title: str = "",
        author: str = "",
        subject: str = "",
        creator: str = "",
        lang: str | None = None,
    ) -> None:
        self.frame = frame
        self.canvas = Canvas(str(path), pagesize=(frame.page_width, frame.page_height), lang=lang,
                             invariant=False, initialFontName=page_label_style.font)
        c = self.canvas
        c.setTitle(title)
        c.setAuthor(author)
        c.setSubject(subject)
        c.setCreator(creator)
        self.decorate = decorate
        self.page_label = page_label
        self.page_label_style = page_label_style
        self.wrapper = Wrapper()
        self.encoder = _Encoder(self.canvas)
        self._pending: list[tuple[tuple[Line, ...], TextStyle, tuple[str, str, int] | None]] = []
        self._page_of_total: dict[int, tuple[float, float]] = {}
        self._blocks: dict[tuple[Spans, float, str, str, float, float], _Block] = {}
        self.page = 0
        self.y = 0.0
        self._fill: Color | None = None
        self._outline_level = -1

    # --- pages ---------------------------------------------------------------------------

    @property
    def at_top(self) -> bool:
        return self.y >= self.frame.top_y

    @property
    def room(self) -> float:
        return self.y - self.frame.bottom

    def new_page(self) -> None:
        if self.page:
            self._end_page()
        self.page += 1
        self.y = self.frame.top_y
        self._fill = None

    def _end_page(self) -> None:
        # Header and footer last: text extractors and screen readers read the body first.
        c = self.canvas
        c.saveState()
        self.decorate(c, self.page)
        c.restoreState()
        self._fill = None
        c.showPage()

    def need(self, height: float) -> None:
        """Start a new page unless ``height`` fits below the cursor (or the page is still empty)."""
        if not self.page or (height > self.room and not self.at_top):
            self.new_page()

    def space(self, height: float) -> None:
        if self.page and not self.at_top:
            self.y = max(self.y - height, self.frame.bottom)

    def page_of_total(self, x: float, y: float) -> None:
        """Place this page's "page X of Y", right-aligned at (x, y); :meth:`finish` fills it in."""
        self._page_of_total[self.page] = (x, y)
        self.canvas.addLiteral(PAGE_OF_TOTAL)

    def finish(self) -> None:
        self._place(0.0)
        c = self.canvas
        self._end_page()
        self._fill_in_page_numbers()
        c.save()

    def _fill_in_page_numbers(self) -> None:
        """Put "page X of Y" where :meth:`page_of_total` left its mark, now that Y is known.

        Why not a form XObject per page, filled in at the end: for a notice of thousands of
        pages the forms took a fifth of the time. reportlab keeps each finished page's content
        as a string until it saves the file, so the mark (a PDF comment) is replaced there.
        The whole phrase is one text object, so extractors read it as one line.
        """
        total = self.page
        st = self.page_label_style
        color = f"{fp_str(*st.color.rgb())} rg"
        pages = self.canvas._doc.Pages.pages
        for number, (x, y) in self._page_of_total.items():
            text = self.page_label.format(page=number, total=total)
            left = x - self.wrapper.width(text, st.font, st.size)
            ops = f"q {color} BT 1 0 0 1 {fp_str(left)} {fp_str(y)} Tm " \
                  f"{self.encoder.show(st.font, st.size, text)} ET Q"
            page = pages[number - 1]
            page.stream = page.stream.replace(PAGE_OF_TOTAL, ops, 1)

    # --- text ----------------------------------------------------------------------------

    def _set_fill(self, color: Color) -> None:
        if self._fill is not color:
            self.canvas.setFillColor(color)
            self._fill = color

    def _text_ops(self, lines: Sequence[Line], x: float, baseline: float, style: TextStyle) -> str:
        """PDF operators drawing ``lines`` from ``baseline`` down, one text object."""
        return f"BT 1 0 0 1 {fp_str(x)} {fp_str(baseline)} Tm {self._text_body(lines, style)} ET"

    def _text_body(self, lines: Sequence[Line], style: TextStyle) -> str:
        """The operators of ``lines`` relative to the first baseline."""
        size, leading = fp_str(style.size), style.leading
        ops = [f"{fp_str(leading)} TL"]
        prev = 0.0
        current = ""  # the font set last: set again only when it changes
        for n, (dx, runs) in enumerate(lines):
            if n:
                ops.append("T*" if dx == prev else f"{fp_str(dx - prev)} {fp_str(-leading)} Td")
                prev = dx
            elif dx:
                ops.append(f"{fp_str(dx)} 0 Td")
                prev = dx
            for font, text in runs:
                for name, shown in self.encoder.pieces(font, text):
                    if name != current:
                        ops.append(f"{name} {size} Tf")
                        current = name
                    ops.append(shown)
        return " ".join(ops)

    def text(self, x: float, y: float, text: str, style: TextStyle, *, right: bool = False) -> None:
        """One line at (x, y), left-aligned (right-aligned at x with ``right``), e.g. in a footer."""
        if right:
            x -= self.wrapper.width(text, style.font, style.size)
        self._set_fill(style.color)
        shown = self.encoder.show(style.font, style.size, text)
        self.canvas.addLiteral(f"BT 1 0 0 1 {fp_str(x)} {fp_str(y)} Tm {shown} ET")

    def _draw_lines(self, lines: Sequence[Line], x: float, style: TextStyle) -> None:
        self._set_fill(style.color)
        self.canvas.addLiteral(self._text_ops(lines, x, self.y - style.size, style))
        self.y -= len(lines) * style.leading

    def bookmark(self, key: str, title: str, level: int = 0) -> None:
        """An outline entry pointing at the cursor (on the page the next block starts on)."""
        if not self.page:
            self.new_page()
        level = min(level, self._outline_level + 1)
        self.canvas.bookmarkPage(key, fit="XYZ", left=0, top=self.y + 4, zoom=0)
        self.canvas.addOutlineEntry(title, key, level=level, closed=level > 0)
        self._outline_level = level

    def heading(self, spans: Spans, style: TextStyle, *, bookmark: tuple[str, str, int] | None = None) -> None:
        """A heading, kept on one page with the start of what follows it (headings in a row stay
        together with the first lines of the next paragraph or the first row of the next table)."""
        lines = self.wrapper.wrap(spans, self.frame.width, style)
        self._pending.append((lines, style, bookmark))

    def _place(self, height: float) -> None:
        """Make room for the pending headings and the first ``height`` points of a block, then
        draw the headings."""
        pending = self._pending
        self.need(sum(st.before + len(lines) * st.leading + st.after for lines, st, _ in pending) + height)
        self._pending = []
        for lines, st, bookmark in pending:
            self.space(st.before)
            if bookmark is not None:
                self.bookmark(*bookmark)
            self._draw_lines(lines, self.frame.left, st)
            self.space(st.after)

    def paragraph(self, spans: Spans, style: TextStyle, *, indent: float = 0.0, marker: str = "",
                  marker_style: TextStyle | None = None, keep_with_next: bool = False) -> None:
        """A paragraph, split between lines at a page end (never a single line left behind or
        carried over). ``marker`` (a bullet) is drawn in the indent of the first line.
        With ``keep_with_next`` (an introduction to a list or table) it is placed like a heading."""
        lines = self.wrapper.wrap(spans, self.frame.width - indent, style)
        if keep_with_next and not indent:
            self._pending.append((lines, style, None))
            return
        self._place(style.before + min(len(lines), 2) * style.leading)
        self.space(style.before)
        x = self.frame.left + indent
        first = True
        while lines:
            fit = int(self.room // style.leading)
            if fit < len(lines):
                fit = min(fit, len(lines) - 2)  # leave two lines for the next page
                if fit < 2:
                    fit = 0
            if fit <= 0 and not self.at_top:
                self.new_page()
                continue
            fit = max(fit, 1)
            if first and marker:
                ms = marker_style or style
                self._set_fill(ms.color)
                self.canvas.addLiteral(self._text_ops([(0.0, ((ms.font, marker),))], self.frame.left,
                                                      self.y - style.size, ms))
                first = False
            self._draw_lines(lines[:fit], x, style)
            lines = lines[fit:]
        self.space(style.after)

    def bullets(self, items: Iterable[Spans], style: TextStyle, *, indent: float = 10.0,
                marker_style: TextStyle | None = None) -> None:
        for item in items:
            self.paragraph(item, style, indent=indent, marker="•", marker_style=marker_style)

    # --- tables --------------------------------------------------------------------------

    def _columns(self, fractions: Sequence[float], style: TableStyle) -> tuple[list[float], list[float]]:
        xs = [self.frame.left]
        for f in fractions:
            xs.append(xs[-1] + self.frame.width * f)
        return xs, [xs[i + 1] - xs[i] - 2 * style.pad_x for i in range(len(fractions))]

    def _cells(self, row: Sequence[Spans], inner: list[float], text: TextStyle) -> list[_Block]:
        blocks = self._blocks
        out = []
        for i, cell in enumerate(row):
            key = (cell, inner[i], text.font, text.bold, text.size, text.leading)
            block = blocks.get(key)
            if block is None:
                block = blocks[key] = _Block(self.wrapper.wrap(cell, inner[i], text, hang_bullets=True))
            out.append(block)
        return out

    def _table_start(self, head_h: float, row_h: float, style: TableStyle) -> float:
        """Room the header needs below it: the first row, or a few lines of one taller than a page."""
        whole_page = self.frame.top_y - self.frame.bottom - head_h
        return head_h + (row_h if row_h <= whole_page else 3 * style.cell.leading + style.pad_top + style.pad_bottom)

    def table(self, fractions: Sequence[float], header: Sequence[Spans], rows: Iterable[Sequence[Spans]],
              style: TableStyle, *, on_row: Callable[[], None] | None = None) -> None:
        """A table with columns ``fractions`` of the frame's width; the header repeats on each page.

        A row that does not fit below the cursor moves to the next page; a row taller than a
        whole page is split between its lines.
        """
        xs, inner = self._columns(fractions, style)
        pads = style.pad_top + style.pad_bottom
        head = self._cells(header, inner, style.head)
        head_h = max(len(b.lines) for b in head) * style.head.leading + pads
        leading = style.cell.leading
        whole_page = self.frame.top_y - self.frame.bottom - head_h
        text_xs = [fp_str(x + style.pad_x) for x in xs[:-1]]
        seg: list[float] = []  # row boundaries (y) of the part of the table on this page

        def close_segment() -> None:
            if len(seg) > 1:
                self._grid(xs, seg, style)
            seg.clear()

        def start_segment() -> None:
            seg.append(self.y)
            self._row(text_xs, head, head_h, style.head, style, background=style.head_background)
            seg.append(self.y)

        first = True
        for row in rows:
            cells = self._cells(row, inner, style.cell)
            n = max(len(b.lines) for b in cells)
            height = n * leading + pads
            if first:
                # The header never stands alone at the bottom of a page.
                self._place(self._table_start(head_h, height, style))
                start_segment()
                first = False
            while True:
                if height <= self.room:
                    self._row(text_xs, cells, height, style.cell, style)
                    seg.append(self.y)
                    break
                fit = int((self.room - pads) // leading)
                if height <= whole_page or fit < 2:
                    close_segment()
                    self.new_page()
                    start_segment()
                    continue
                # Taller than a page: as many lines as fit here, the rest on the next page.
                self._row(text_xs, [_Block(b.lines[:fit]) for b in cells], fit * leading + pads, style.cell, style)
                seg.append(self.y)
                cells = [_Block(b.lines[fit:]) for b in cells]
                n -= fit
                height = n * leading + pads
            if on_row is not None:
                on_row()
        if first:  # no rows: the header alone
            self._place(head_h)
            start_segment()
        close_segment()
        self.space(style.after)

    def _row(self, xs: list[str], cells: Sequence[_Block], height: float, text: TextStyle,
             style: TableStyle, background: Color | None = None) -> None:
        """A row of cells whose text starts at ``xs`` (formatted numbers)."""
        top = self.y
        if background is not None:
            self._set_fill(background)
            left, right = self.frame.left, self.frame.left + self.frame.width
            self.canvas.rect(left, top - height, right - left, height, stroke=0, fill=1)
        self._set_fill(text.color)
        baseline = fp_str(top - style.pad_top - text.size)
        ops = []
        for x, block in zip(xs, cells, strict=True):
            if block.lines:
                if block.ops is None:
                    block.ops = self._text_body(block.lines, text)
                ops.append(f"BT 1 0 0 1 {x} {baseline} Tm {block.ops} ET")
        self.canvas.addLiteral(" ".join(ops))
        self.y = top - height

    def _grid(self, xs: list[float], ys: list[float], style: TableStyle) -> None:
        c = self.canvas
        c.setLineWidth(style.grid_width)
        c.setStrokeColor(style.grid)
        left, right = fp_str(xs[0]), fp_str(xs[-1])
        top, bottom = fp_str(ys[0]), fp_str(ys[-1])
        ops = [f"{left} {y} m {right} {y} l" for y in map(fp_str, ys)]
        ops += [f"{x} {top} m {x} {bottom} l" for x in map(fp_str, xs)]
        ops.append("S")
        c.addLiteral(" ".join(ops))
