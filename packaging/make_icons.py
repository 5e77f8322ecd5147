"""Make the bundle's icon files from the one drawn icon, resources/icons/ropa-desktop.svg.

Windows wants an .ico (the program, its installer and the .ropa files' icon), macOS an .icns
(the app and its documents). Both are drawn from the SVG, so the three never disagree; run this
after changing the SVG and commit what it writes:

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "ropa-desktop.svg"
ICO = ROOT / "packaging" / "windows" / "ropa-desktop.ico"
ICNS = ROOT / "packaging" / "macos" / "ropa-desktop.icns"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def render(size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    QGuiApplication(sys.argv[:1])
    big = render(1024)
    big.save(ICO, format="ICO", sizes=ICO_SIZES)  # Pillow scales the large image down for each size
    big.save(ICNS, format="ICNS")
    print(f"wrote {ICO.relative_to(ROOT)} and {ICNS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
