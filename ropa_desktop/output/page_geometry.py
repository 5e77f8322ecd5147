"""The page geometry shared by the register PDF and the signing that stamps it.

The signature goes at the bottom of the last page's body frame, which the register
export always leaves empty; any other PDF we sign gets its signature at the same place.
"""

from __future__ import annotations

from reportlab.lib.units import mm

MARGIN = 18 * mm
FRAME_BOTTOM = MARGIN + 6 * mm  # room for the footer
SIGNATURE_H = 78
# (x1, y1, x2, y2) in PDF points
SIGNATURE_BOX = (MARGIN, FRAME_BOTTOM, MARGIN + 100 * mm, FRAME_BOTTOM + SIGNATURE_H - 14)
