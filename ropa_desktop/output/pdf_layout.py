"""A small page layout engine over the reportlab canvas, for long text documents: the PDF
register and the notices.

Why not platypus: a register or notice of thousands of activities has tens of thousands
of table rows, and platypus re-wraps paragraphs and re-splits tables on every page
break (about a minute for a notice of 1,000 activities). Here text is wrapped once,
greedily, with word widths cached per document (register texts repeat their words),
and drawn top to bottom in a single pass: headings, paragraphs, bullet lists and
tables whose header repeats on each page. What is known only at the end ("page X of
Y", page numbers in a contents list) is left as a mark in the page's content stream
and filled in when the file is saved, so no second pass is needed.

Text is given as *spans*: ``((text, bold), ...)``; a ``"\\n"`` inside a text breaks
the line. In a table cell, a line that starts with ``"• "`` hangs its continuation
lines under the text after the bullet, and leading spaces indent the whole line (two
spaces as far as a bullet's text); a soft hyphen is a break point, shown as "-" where a
word is broken there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDocument, PDFPages
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas

from ropa_desktop.output.hyphenation import SOFT_HYPHEN
from ropa_desktop.output.text_safety import visible_controls

Spans = tuple[tuple[str, bool], ...]
Run = tuple[str, str]  # (font name, text)
Line = tuple[float, tuple[Run, ...]]  # (indent from the left edge, runs)

BULLET = "• "
LATE_MARK = "%ropa:late-{n};"  # a PDF comment: a mark in a page's content stream, filled in at the end


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
    column_backgrounds: tuple[Color | None, ...] = ()  # e.g. a shaded label column
    rules_only: bool = False  # a line below each row instead of a grid


class StyledRow(NamedTuple):
    """A table row whose cells have text styles of their own (e.g. a gap shown in grey italics)."""

    cells: Sequence[Spans]
    styles: Sequence[TextStyle]


class Wrapper:
    """Greedy line breaking with widths cached per (word, font, size) and whole texts cached per width."""

    def __init__(self) -> None:
        self._widths: dict[tuple[str, str, float], float] = {}
        self._wrapped: dict[tuple[Spans, float, str, str, float, bool], tuple[Line, ...]] = {}
        self._lines: dict[tuple[tuple[tuple[str, str], ...], float, float, bool], list[Line]] = {}

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
            text = visible_controls(text)  # drawn in the order stored: no bidi override reorders it
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
        # Cached by itself too: whole cells differ from activity to activity, but their lines
        # (a legal basis, a category, a retention rule) recur throughout a register.
        key = (tuple(parts), width, size, hang_bullets)
        lines = self._lines.get(key)
        if lines is None:
            lines = self._lines[key] = self._break_line(parts, width, size, hang_bullets)
        return lines

    def _break_line(self, parts: list[tuple[str, str]], width: float, size: float, hang_bullets: bool) -> list[Line]:
        if any(SOFT_HYPHEN in text for _font, text in parts):
            parts = [(font, self._soft_breaks(text, font, size, width)) for font, text in parts]
        if len(parts) == 1 and "  " not in parts[0][1]:
            font, text = parts[0]
            if stringWidth(text, font, size) <= width:  # most cell lines are short: no need to break
                return [(0.0, ((font, text.strip(" ")),))]
        lead = hang = 0.0
        prefix: list[list[str]] = []
        if hang_bullets:
            font, text = parts[0]
            body = text.lstrip(" ")
            if len(body) < len(text):
                # Leading spaces indent every line of it: two spaces as far as the text after a
                # bullet, so that a later paragraph of a bulleted item lines up under its text.
                lead = (len(text) - len(body)) / 2 * self.width(BULLET, font, size)
                parts = [(font, body), *parts[1:]]
            if parts[0][1].startswith(BULLET):
                # The bullet belongs to the first line: continuation lines hang under its text.
                font = parts[0][0]
                hang = self.width(BULLET, font, size)
                prefix = [[font, BULLET]]
                parts = [(font, parts[0][1][len(BULLET):]), *parts[1:]]
        if len(parts) == 1:
            simple = self._break_words(parts[0][0], parts[0][1], BULLET if prefix else "", lead, hang, width, size)
            if simple is not None:
                return simple
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
        room = width - lead
        full = room - hang  # what any line holds

        def flush() -> None:
            nonlocal runs, x, room
            lines.append((lead if not lines else lead + hang, tuple((f, t) for f, t in runs)))
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
                    self._cut_word(font, text, size, add, flush, lambda: (x, room))
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

    def _cut_word(self, font: str, text: str, size: float, add: Callable[[str, str, float], None],
                  flush: Callable[[], None], place: Callable[[], tuple[float, float]]) -> None:
        """Add ``text`` (a word wider than a line) cut into pieces that each fill a line.

        Each piece is added whole: adding it a character at a time made every line copy the
        growing text of its run, so a long word-less text (a pasted hash, a URL) took time
        growing with the square of its length."""
        x, room = place()
        start, piece = 0, 0.0  # text[start:i] waits to be added; ``piece`` is its width
        width_of = self.width
        for i, ch in enumerate(text):
            cw = width_of(ch, font, size)
            if (x or piece) and x + piece + cw > room:
                if piece:
                    add(font, text[start:i], piece)
                flush()
                x, room = place()
                start, piece = i, 0.0
            piece += cw
        if start < len(text):
            add(font, text[start:], piece)

    def _break_words(self, font: str, text: str, bullet: str, lead: float, hang: float, width: float,
                     size: float) -> list[Line] | None:
        """The common case of :meth:`_break_line`, faster: one font and no word wider than a line
        (None otherwise)."""
        full = width - lead - hang
        width_of = self.width
        words = [(word, width_of(word, font, size)) for word in text.split(" ") if word]
        if not words or any(w > full for _word, w in words):
            return None
        sp = width_of(" ", font, size)
        out: list[Line] = []
        line: list[str] = []
        x, room = hang, width - lead
        for word, w in words:
            if line and x + sp + w > room:
                out.append((lead + hang if out else lead, ((font, (bullet if not out else "") + " ".join(line)),)))
                line, x, room = [], 0.0, full
            if line:
                x += sp
            line.append(word)
            x += w
        out.append((lead + hang if out else lead, ((font, (bullet if not out else "") + " ".join(line)),)))
        return out

    def _soft_breaks(self, text: str, font: str, size: float, width: float) -> str:
        """``text`` with each soft-hyphenated word whole where it fits a line, else broken at as few
        of its soft hyphens as the line's width allows (shown as "-"): "Personvern-
        konsekvensvurdering", never one syllable a line. No soft hyphen is left to be drawn."""
        words = []
        for word in text.split(" "):
            if SOFT_HYPHEN in word:
                whole = word.replace(SOFT_HYPHEN, "")
                word = whole if self.width(whole, font, size) <= width else self._hyphenated(word, font, size, width)
            words.append(word)
        return " ".join(words)

    def _hyphenated(self, word: str, font: str, size: float, width: float) -> str:
        """``word`` cut at its soft hyphens into pieces that each fill a line of ``width``, joined
        by "- " (the wrapping then puts each piece on a line of its own)."""
        pieces = word.split(SOFT_HYPHEN)
        out: list[str] = []
        line = pieces[0]
        for piece in pieces[1:]:
            if self.width(f"{line}{piece}-", font, size) <= width:
                line += piece
            else:
                out.append(f"{line}-")
                line = piece
        out.append(line)
        return " ".join(out)


class _Block:
    """Wrapped lines of a table cell and, once drawn, their text operators (cells repeat)."""

    __slots__ = ("lines", "ops")

    def __init__(self, lines: tuple[Line, ...]) -> None:
        self.lines = lines
        self.ops: str | None = None


class _Encoder:
    """Text as PDF string operands in one document's font subsets; each (font, text) encoded once.

    reportlab encodes for a TrueType subset with a Python loop over the characters. Most
    texts use only characters already in a font's first subset: those are translated in
    one step with a table of that subset's codes, the rest go through reportlab (which
    adds new characters to the subsets).
    """

    def __init__(self, canvas: Canvas) -> None:
        self.doc = canvas._doc  # subsets belong to the document being written
        self._cache: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}
        # font name -> (characters in subset 0, their codes as a str.translate table, subset 0's name)
        self._first: dict[str, tuple[frozenset[str], dict[int, int], str]] = {}

    def pieces(self, font_name: str, text: str) -> tuple[tuple[str, str], ...]:
        """(subset font name, string operand) pieces of ``text``."""
        key = (font_name, text)
        pieces = self._cache.get(key)
        if pieces is None:
            first = self._first.get(font_name)
            if first is not None and first[0].issuperset(text):
                data = text.translate(first[1]).encode("latin-1")
                pieces = ((first[2], f"({escapePDF(data)}) Tj"),)
            else:
                font, doc = getFont(font_name), self.doc
                pieces = tuple(
                    (font.getSubsetInternalName(subset, doc), f"({escapePDF(data)}) Tj")
                    for subset, data in font.splitString(text, doc)
                )
                self._learn(font_name, font)
            self._cache[key] = pieces
        return pieces

    def _learn(self, font_name: str, font: Any) -> None:
        """Update the first subset's table after reportlab has assigned characters."""
        state = getattr(font, "state", {}).get(self.doc)
        if state is None:  # not a subsetting TrueType font: always through reportlab
            return
        first = {code: n for code, n in state.assignments.items() if n < 256}
        known = self._first.get(font_name)
        if known is None or len(known[1]) != len(first):
            self._first[font_name] = (frozenset(map(chr, first)), first,
                                      font.getSubsetInternalName(0, self.doc))

    def show(self, font_name: str, size: float, text: str) -> str:
        return " ".join(f"{name} {fp_str(size)} Tf {shown}" for name, shown in self.pieces(font_name, text))


def _no_decoration(canvas: Canvas, page: int) -> None:
    pass


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
        c._doc.Pages = c._doc.Catalog.Pages = _PageTree(c._doc)
        c.setTitle(visible_controls(title))
        c.setAuthor(visible_controls(author))
        c.setSubject(visible_controls(subject))
        c.setCreator(creator)
        self.decorate = decorate
        self.page_label = page_label
        self.page_label_style = page_label_style
        self.wrapper = Wrapper()
        self.encoder = _Encoder(self.canvas)
        self._pending: list[tuple[tuple[Line, ...], TextStyle, tuple[str, str, int] | None]] = []
        # (page, mark, x, y, style, text or text maker, right-aligned): filled in by finish()
        self._late: list[tuple[int, str, float, float, TextStyle, Callable[[], str], bool]] = []
        self._blocks: dict[tuple[Spans, float, str, str, float, float], _Block] = {}
        self._fitted: dict[tuple[str, str, float, float], str] = {}
        self.bookmark_pages: dict[str, int] = {}
        self.page = 0
        self.y = 0.0
        self._fill: Color | None = None
        self._fill_ops: dict[Color, str] = {}
        self._outline_level = -1

    # --- pages ---------------------------------------------------------------------------

    @property
    def at_top(self) -> bool:
        return self.y >= self.frame.top_y

    @property
    def room(self) -> float:
        return self.y - self.frame.bottom

    def new_page(self, frame: Frame | None = None) -> None:
        """End the page and start the next one, on ``frame`` (and its page size) when given."""
        if self.page:
            self._end_page()
        if frame is not None and frame != self.frame:
            self.frame = frame
            self.canvas.setPageSize((frame.page_width, frame.page_height))
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

    def late_text(self, x: float, y: float, text: Callable[[], str], style: TextStyle, *,
                  right: bool = False) -> None:
        """A line at (x, y) on this page whose text is known only when the document is complete
        (``text()`` is called by :meth:`finish`): a page number of a later part, a page count."""
        mark = LATE_MARK.format(n=len(self._late))
        self._late.append((self.page, mark, x, y, style, text, right))
        self.canvas.addLiteral(mark)

    def page_of_total(self, x: float, y: float) -> None:
        """Place this page's "page X of Y", right-aligned at (x, y); :meth:`finish` fills it in."""
        page = self.page
        self.late_text(x, y, lambda: self.page_label.format(page=page, total=self.page), self.page_label_style,
                       right=True)

    def finish(self) -> None:
        self.place(0.0)
        c = self.canvas
        self._end_page()
        self._fill_in_late_texts()
        c.save()
        self._release()

    def _release(self) -> None:
        """Break the reference cycles through the layout (late texts and ``decorate`` refer back to
        it or its owner, the page tree to its document), so that its memory is freed at once.
        Left to the cyclic collector, a 10,000-activity register's took ~2 s, charged to
        whatever ran next."""
        self._late.clear()
        self.decorate = _no_decoration
        self.canvas._doc.Pages.document = None

    def _fill_in_late_texts(self) -> None:
        """Put each late text where :meth:`late_text` left its mark, now that the document is complete.

        Why not a form XObject per page, filled in at the end: for a document of thousands of
        pages the forms took a fifth of the time. reportlab keeps each finished page's content
        as a string until it saves the file, so the mark (a PDF comment) is replaced there.
        A phrase is one text object, so extractors read "page X of Y" as one line.
        """
        pages = self.canvas._doc.Pages.pages
        for number, mark, x, y, st, make, right in self._late:
            text = make()
            if right:
                x -= self.wrapper.width(text, st.font, st.size)
            ops = f"q {fp_str(*st.color.rgb())} rg BT 1 0 0 1 {fp_str(x)} {fp_str(y)} Tm " \
                  f"{self.encoder.show(st.font, st.size, text)} ET Q"
            page = pages[number - 1]
            page.stream = page.stream.replace(mark, ops, 1)

    # --- text ----------------------------------------------------------------------------

    def set_fill(self, color: Color) -> None:
        """Set the fill colour (text, backgrounds) unless it is set already."""
        if self._fill is not color:
            self.canvas.addLiteral(self._fill_op(color))
            self._fill = color

    def _fill_op(self, color: Color) -> str:
        # The operator itself, not canvas.setFillColor: that also manages alpha and colour
        # spaces, which plain RGB text and backgrounds do not need, for every row of a table.
        op = self._fill_ops.get(color)
        if op is None:
            op = self._fill_ops[color] = f"{fp_str(*color.rgb())} rg"
        return op

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
        """One line at (x, y), left-aligned (right-aligned at x with ``right``), e.g. in a footer.

        A line wider than the frame is cut with "…": what lies beyond the page is never seen, and a
        header repeating a very long name on every page would make the document grow with the
        square of the name's length (more pages, each holding all of it)."""
        # One line is never broken, so a soft hyphen (a hyphenated label) is not drawn.
        text = self._fit_line(visible_controls(text.replace(SOFT_HYPHEN, "")), style, self.frame.width)
        if right:
            x -= self.wrapper.width(text, style.font, style.size)
        self.set_fill(style.color)
        shown = self.encoder.show(style.font, style.size, text)
        self.canvas.addLiteral(f"BT 1 0 0 1 {fp_str(x)} {fp_str(y)} Tm {shown} ET")

    def _fit_line(self, text: str, style: TextStyle, room: float) -> str:
        if len(text) < 40:  # a short line always fits: not worth measuring
            return text
        key = (text, style.font, style.size, room)
        fitted = self._fitted.get(key)
        if fitted is None:
            fitted = text
            if self.wrapper.width(text, style.font, style.size) > room:
                room -= self.wrapper.width("…", style.font, style.size)
                x = 0.0
                for i, ch in enumerate(text):
                    x += self.wrapper.width(ch, style.font, style.size)
                    if x > room:
                        fitted = text[:i].rstrip() + "…"
                        break
            self._fitted[key] = fitted
        return fitted

    def _draw_lines(self, lines: Sequence[Line], x: float, style: TextStyle) -> None:
        self.set_fill(style.color)
        self.canvas.addLiteral(self._text_ops(lines, x, self.y - style.size, style))
        self.y -= len(lines) * style.leading

    def bookmark(self, key: str, title: str, level: int = 0) -> None:
        """An outline entry pointing at the cursor (on the page the next block starts on); also the
        named destination ``key`` for links, and ``bookmark_pages[key]``."""
        if not self.page:
            self.new_page()
        level = min(level, self._outline_level + 1)
        self.canvas.bookmarkPage(key, fit="XYZ", left=0, top=self.y + 4, zoom=0)
        self.canvas.addOutlineEntry(visible_controls(title.replace(SOFT_HYPHEN, "")), key, level=level,
                                    closed=level > 0)
        self._outline_level = level
        self.bookmark_pages.setdefault(key, self.page)

    def heading(self, spans: Spans, style: TextStyle, *, bookmark: tuple[str, str, int] | None = None) -> None:
        """A heading, kept on one page with the start of what follows it (headings in a row stay
        together with the first lines of the next paragraph or the first row of the next table)."""
        lines = self.wrapper.wrap(spans, self.frame.width, style)
        self._pending.append((lines, style, bookmark))

    def _pending_height(self) -> float:
        return sum(st.before + len(lines) * st.leading + st.after for lines, st, _ in self._pending)

    def place(self, height: float) -> None:
        """Make room for the pending headings and the first ``height`` points of a block, then
        draw the headings."""
        pending = self._pending
        self.need(self._pending_height() + height)
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
        self.place(style.before + min(len(lines), 2) * style.leading)
        self.space(style.before)
        x = self.frame.left + indent
        first = True
        done = 0  # lines drawn so far: the rest is not copied page after page (linear in the text)
        while done < len(lines):
            left = len(lines) - done
            fit = int(self.room // style.leading)
            if fit < left:
                fit = min(fit, left - 2)  # leave two lines for the next page
                if fit < 2:
                    fit = 0
            if fit <= 0 and not self.at_top:
                self.new_page()
                continue
            fit = max(fit, 1)
            if first and marker:
                ms = marker_style or style
                self.set_fill(ms.color)
                self.canvas.addLiteral(self._text_ops([(0.0, ((ms.font, marker),))], self.frame.left,
                                                      self.y - style.size, ms))
                first = False
            self._draw_lines(lines[done:done + fit], x, style)
            done += fit
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

    def _prepare(self, row: Sequence[Spans] | StyledRow, inner: list[float],
                 style: TableStyle) -> tuple[list[_Block], Sequence[TextStyle] | None, int]:
        """A row's wrapped cells, their own styles (None: the table's) and its height in lines."""
        if type(row) is StyledRow:
            cells = [self._cells((cell,), [inner[i]], st)[0]
                     for i, (cell, st) in enumerate(zip(row.cells, row.styles, strict=True))]
            return cells, row.styles, max(len(b.lines) for b in cells)
        cells = self._cells(row, inner, style.cell)  # type: ignore[arg-type]
        return cells, None, max(len(b.lines) for b in cells)

    def _table_start(self, head_h: float, row_h: float, style: TableStyle) -> float:
        """Room the header needs below it: the first row, or a few lines of one taller than a page."""
        whole_page = self.frame.top_y - self.frame.bottom - head_h
        return head_h + (row_h if row_h <= whole_page else 3 * style.cell.leading + style.pad_top + style.pad_bottom)

    def table(self, fractions: Sequence[float], header: Sequence[Spans],
              rows: Iterable[Sequence[Spans] | StyledRow], style: TableStyle, *,
              on_row: Callable[[], None] | None = None, keep_together: bool = False) -> None:
        """A table with columns ``fractions`` of the frame's width; the header (if any) repeats on
        each page.

        A row that does not fit below the cursor moves to the next page; a row taller than a
        whole page is split between its lines. With ``keep_together`` the table (and the
        headings before it) starts on a new page when it would fit on one but not on this one.
        """
        xs, inner = self._columns(fractions, style)
        pads = style.pad_top + style.pad_bottom
        head = self._cells(header, inner, style.head) if header else []
        head_h = max(len(b.lines) for b in head) * style.head.leading + pads if head else 0.0
        leading = style.cell.leading
        page_h = self.frame.top_y - self.frame.bottom
        whole_page = page_h - head_h
        text_xs = [fp_str(x + style.pad_x) for x in xs[:-1]]
        backgrounds = [(fp_str(xs[i]), fp_str(xs[i + 1] - xs[i]), color)
                       for i, color in enumerate(style.column_backgrounds) if color is not None]
        seg: list[float] = []  # row boundaries (y) of the part of the table on this page
        prepared: Iterable[tuple[list[_Block], Sequence[TextStyle] | None, int]] = (
            self._prepare(row, inner, style) for row in rows)
        if keep_together:
            prepared = list(prepared)
            total = head_h + sum(n * leading + pads for _c, _s, n in prepared)
            if self._pending_height() + total <= page_h:
                self.place(total)

        def close_segment() -> None:
            if len(seg) > 1:
                self._grid(xs, seg, style)
            seg.clear()

        def start_segment() -> None:
            seg.append(self.y)
            if head:
                self._row(text_xs, head, head_h, style.head, style, background=style.head_background)
                seg.append(self.y)

        first = True
        for cells, styles, n in prepared:
            height = n * leading + pads
            drawn = 0  # lines of this row already drawn on earlier pages
            if first:
                # The header never stands alone at the bottom of a page.
                self.place(self._table_start(head_h, height, style))
                start_segment()
                first = False
            while True:
                if height <= self.room:
                    rest = cells if not drawn else [_Block(b.lines[drawn:]) for b in cells]
                    self._row(text_xs, rest, height, styles or style.cell, style, backgrounds)
                    seg.append(self.y)
                    break
                fit = int((self.room - pads) // leading)
                if height <= whole_page or fit < 2:
                    close_segment()
                    self.new_page()
                    start_segment()
                    continue
                # Taller than a page: as many lines as fit here, the rest on the next page. The
                # lines drawn are counted, not cut off, so a cell of many pages is not copied per page.
                self._row(text_xs, [_Block(b.lines[drawn:drawn + fit]) for b in cells], fit * leading + pads,
                          styles or style.cell, style, backgrounds)
                seg.append(self.y)
                drawn += fit
                n -= fit
                height = n * leading + pads
            if on_row is not None:
                on_row()
        if first:  # no rows: the header alone
            self.place(head_h)
            start_segment()
        close_segment()
        self.space(style.after)

    def _row(self, xs: list[str], cells: Sequence[_Block], height: float, text: TextStyle | Sequence[TextStyle],
             style: TableStyle, columns: Sequence[tuple[str, str, Color]] = (),
             background: Color | None = None) -> None:
        """A row of cells whose text starts at ``xs`` (formatted numbers), in one text style or one
        per cell, over ``columns`` backgrounds (x, width, colour) or a ``background`` across it."""
        top = self.y
        ops = []
        fill_op = self._fill_op
        if background is not None or columns:
            y, h = fp_str(top - height), fp_str(height)
            if background is not None:
                ops.append(f"{fill_op(background)} {fp_str(self.frame.left)} {y} {fp_str(self.frame.width)} {h} re f")
            for x, w, color in columns:
                ops.append(f"{fill_op(color)} {x} {y} {w} {h} re f")
            self._fill = None
        if isinstance(text, TextStyle):
            if self._fill is not text.color:
                ops.append(fill_op(text.color))
                self._fill = text.color
            baseline = fp_str(top - style.pad_top - text.size)
            for x, block in zip(xs, cells, strict=True):
                if block.lines:
                    if block.ops is None:
                        block.ops = self._text_body(block.lines, text)
                    ops.append(f"BT 1 0 0 1 {x} {baseline} Tm {block.ops} ET")
        else:
            for x, block, st in zip(xs, cells, text, strict=True):
                if block.lines:
                    if self._fill is not st.color:
                        ops.append(fill_op(st.color))
                        self._fill = st.color
                    if block.ops is None:
                        block.ops = self._text_body(block.lines, st)
                    ops.append(f"BT 1 0 0 1 {x} {fp_str(top - style.pad_top - st.size)} Tm {block.ops} ET")
        self.canvas.addLiteral(" ".join(ops))
        self.y = top - height

    def _grid(self, xs: list[float], ys: list[float], style: TableStyle) -> None:
        c = self.canvas
        c.setLineWidth(style.grid_width)
        c.setStrokeColor(style.grid)
        left, right = fp_str(xs[0]), fp_str(xs[-1])
        top, bottom = fp_str(ys[0]), fp_str(ys[-1])
        if style.rules_only:
            ops = [f"{left} {y} m {right} {y} l" for y in map(fp_str, ys[1:])]
        else:
            ops = [f"{left} {y} m {right} {y} l" for y in map(fp_str, ys)]
            ops += [f"{x} {top} m {x} {bottom} l" for x in map(fp_str, xs)]
        ops.append("S")
        c.addLiteral(" ".join(ops))
