"""Translation of the GUI's own texts (Qt Linguist sources in resources/translations/).

``pyside6-lupdate`` collects every ``tr("...")`` call of the GUI's modules into one
context, so they all translate through this one function. A count sentence passes its
number, ``tr("%n days overdue", "", days)``, and each .ts gives the language's plural forms
(the English .qm carries only those: "1 day overdue").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = ""

# Each .ts translates the text "en" of the "editors" context with its own language code (README,
# Adding a language), so the UI language can be asked of the installed translation itself: a test
# that removes its translators is back in English, and a language added later needs no list in code.
LANGUAGE_CONTEXT = "editors"
LANGUAGE_MARK = QT_TRANSLATE_NOOP("editors", "en")


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """``text`` in the UI language; with ``n`` >= 0, in the plural form for n (``%n`` is replaced by it)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation or None, n)


def ui_language() -> str:
    """The code of the language the UI speaks now ("en" when no translation is installed)."""
    return QCoreApplication.translate(LANGUAGE_CONTEXT, LANGUAGE_MARK) or "en"
