"""The UI speaks Swedish when asked: the shipped .qm covers the menus and the labels."""

from __future__ import annotations

from pathlib import Path

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


def test_every_text_of_the_gui_has_a_finished_swedish_translation(tmp_path: Path) -> None:
    # lupdate collects the GUI's translatable texts as a translator's tool would; against a
    # copy of the shipped Swedish file, a text added without its translation shows up unfinished.
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[2]
    shipped = root / "resources" / "translations" / "ropa_desktop_sv.ts"
    copy = tmp_path / "sv.ts"
    shutil.copy(shipped, copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (root / "ropa_desktop" / "gui").rglob("*.py"))
    subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)], check=True, capture_output=True)
    messages = ET.parse(copy).getroot().iter("message")
    missing = [m.findtext("source") for m in messages
               if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
    assert len(list(ET.parse(copy).getroot().iter("message"))) > 500
    assert missing == [], f"texts without a Swedish translation: {missing}"
