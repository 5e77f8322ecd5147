"""Translation of the GUI's own texts (Qt Linguist sources in resources/translations/).

``pyside6-lupdate`` collects every ``tr("...")`` call of the GUI's modules into one
context, so they all translate through this one function.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = ""


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
