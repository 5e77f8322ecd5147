"""A warning colour that stays readable on the palette's own background, light or dark.

The palette's Link colour is blue on every platform, also in dark mode, where blue on
near-black falls far below WCAG's 4.5:1 for text; a fixed red has the same problem on one
of the two. So the colour is chosen against the palette's Base, by WCAG 2's contrast ratio.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

# A deep red for light backgrounds and a soft red for dark ones (Material's error tones).
_ON_LIGHT = QColor("#b3261e")
_ON_DARK = QColor("#ff8a80")
WCAG_AA = 4.5


def _luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def warning_colour(palette: QPalette) -> QColor:
    """Red that reads on the palette's Base; the plain text colour if no red does (a mid-grey Base)."""
    base = palette.color(QPalette.ColorRole.Base)
    best = max((_ON_LIGHT, _ON_DARK), key=lambda c: contrast_ratio(c, base))
    if contrast_ratio(best, base) >= WCAG_AA:
        return best
    return palette.color(QPalette.ColorRole.Text)
