"""Translation of the GUI's own texts (Qt Linguist sources in resources/translations/).

``pyside6-lupdate`` collects every ``tr("...")`` call of the GUI's modules into one
context, so they all translate through this one function.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = ""


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """``text`` translated; with ``n`` >= 0 its plural form for ``n`` (``%n`` in the text is ``n``)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation or None, n)
