"""A lean table flowable for the PDF register: rows of pre-wrapped text cells.

The register's tables are many (one per activity) and long (the summary), and all
their cells are plain text already wrapped to the column (see ``register_pdf.wrap``).
reportlab's general ``Table`` resolves style commands per cell and draws each line
of text as a separate text object; for a register of thousands of activities that
was most of the export's time. ``Rows`` draws what the register needs (left-aligned
top-aligned text, a background per cell, a grid, a header row repeated after a page
break) with one text object per cell, and splits between rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable

TOP_PAD, BOTTOM_PAD, SIDE_PAD = 2.0, 3.0, 3.0


@dataclass(frozen=True)
class CellStyle:
    font: str
    size: float
    leading: float
    color: Color
    background: Color | None = None


Row = tuple[Sequence[Sequence[str]], Sequence[CellStyle]]  # (lines of each cell, style of each cell)


class TextEncoder:
    """Turns lines into PDF text operators for one document, remembering lines seen before.

    The same lines recur across a register (headings, category names, "not
    recorded"); encoding a line for an embedded TrueType subset is a loop over its
    characters in Python, so each distinct line is encoded once per document.
    """

    def __init__(self) -> None:
        self._doc: Any = None
        self._cache: dict[tuple[str, float, str], str] = {}

    def line(self, canv: Any, font_name: str, size: float, text: str) -> str:
        doc = canv._doc  # subsets belong to the document being written
        if doc is not self._doc:
            self._doc, self._cache = doc, {}
        key = (font_name, size, text)
        ops = self._cache.get(key)
        if ops is None:
            font = getFont(font_name)
            parts = []
            for subset, data in font.splitString(text, doc):
                parts.append(f"{font.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf ({escapePDF(data)}) Tj")
            ops = self._cache[key] = " ".join(parts)
        return ops


class Rows(Flowable):
    """Rows of text cells with fixed column widths; the first ``header`` rows repeat on each page."""

    def __init__(self, widths: Sequence[float], rows: list[Row], encoder: TextEncoder, *, header: int = 0,
                 grid: tuple[float, Color] | None = None, heights: list[float] | None = None) -> None:
        super().__init__()
        self.widths = list(widths)
        self.rows = rows
        self.encoder = encoder
        self.header = header
        self.grid = grid
        self.heights = heights if heights is not None else [self._row_height(r) for r in rows]
        self.width = sum(self.widths)
        self.height = sum(self.heights)

    @staticmethod
    def _row_height(row: Row) -> float:
        cells, styles = row
        return max(max(len(lines), 1) * style.leading for lines, style in zip(cells, styles, strict=True)) \
            + TOP_PAD + BOTTOM_PAD

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        head = self.header
        used = sum(self.heights[:head])
        fits = head
        while fits < len(self.rows) and used + self.heights[fits] <= ah:
            used += self.heights[fits]
            fits += 1
        if fits == head or fits == len(self.rows):
            return [] if fits == head else [self]
        hs = self.heights
        first = Rows(self.widths, self.rows[:fits], self.encoder, header=head, grid=self.grid, heights=hs[:fits])
        rest = Rows(self.widths, self.rows[:head] + self.rows[fits:], self.encoder, header=head, grid=self.grid,
                    heights=hs[:head] + hs[fits:])
        return [first, rest]

    def draw(self) -> None:
        c = self.canv
        xs = [0.0]
        for w in self.widths:
            xs.append(xs[-1] + w)
        top = self.height
        fill: Color | None = None
        for (cells, styles), h in zip(self.rows, self.heights, strict=True):
            for n, style in enumerate(styles):
                if style.background is not None:
                    c.setFillColor(style.background)
                    c.rect(xs[n], top - h, self.widths[n], h, stroke=0, fill=1)
                    fill = None
            for n, (lines, style) in enumerate(zip(cells, styles, strict=True)):
                if not lines or (len(lines) == 1 and not lines[0]):
                    continue
                if fill is not style.color:
                    c.setFillColor(style.color)
                    fill = style.color
                ops = [f"BT {fp_str(xs[n] + SIDE_PAD)} {fp_str(top - TOP_PAD - style.size)} Td "
                       f"{fp_str(style.leading)} TL"]
                for i, line in enumerate(lines):
                    if i:
                        ops.append("T*")
                    if line:
                        ops.append(self.encoder.line(c, style.font, style.size, line))
                ops.append("ET")
                c.addLiteral(" ".join(ops))
            top -= h
        if self.grid is not None:
            width, color = self.grid
            c.setLineWidth(width)
            c.setStrokeColor(color)
            path = c.beginPath()
            y = self.height
            for h in [0.0, *self.heights]:
                y -= h
                path.moveTo(0, y)
                path.lineTo(self.width, y)
            for x in xs:
                path.moveTo(x, 0)
                path.lineTo(x, self.height)
            c.drawPath(path, stroke=1, fill=0)
