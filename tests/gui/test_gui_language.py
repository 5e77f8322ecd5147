"""The UI speaks Swedish when asked: the shipped .qm covers the menus and the labels."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ropa_desktop.gui.app import install_translators
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.labels import value_label


def test_swedish_translation_is_shipped_and_used(qapp: QApplication) -> None:
    translators = install_translators(qapp, "sv")
    try:
        assert translators, "resources/translations/ropa_desktop_sv.qm is missing"
        assert tr("&File") == "&Arkiv"
        assert tr("Information notice") == "Information till registrerade"
        assert tr("None: we have no data protection officer") == "Inget: vi har inget dataskyddsombud"
        assert value_label("legal_basis", "contract") == "Avtal – art. 6.1 b"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert tr("&File") == "&File"
