"""F1: the short handbook shipped in resources/help/<language>/, opened at the page the user is on.

The handbook is Markdown, one file per topic, so a translator edits plain text; a language
without a handbook (yet) reads the English one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from ropa_desktop.base.resources import resource_path
from ropa_desktop.gui.i18n import tr

# The window's page keys and the topic that explains each; the catalogue lists share one topic.
PAGE_TOPICS = {
    "overview": "overview",
    "activities": "activities",
    "processors": "processors",
    "transfers": "transfers",
    "organisation": "organisation",
    "data_subject_categories": "lists",
    "data_categories": "lists",
    "recipients": "lists",
    "security_measures": "lists",
}


def topics() -> list[tuple[str, str]]:
    """(topic, title) in the handbook's order, titles in the UI language."""
    return [
        ("register", tr("What a register is")),
        ("overview", tr("Overview")),
        ("activities", tr("Activities")),
        ("processors", tr("Processors")),
        ("transfers", tr("Transfers")),
        ("lists", tr("Data subjects, data categories, recipients and security measures")),
        ("organisation", tr("Organisation")),
        ("exporting", tr("Exporting")),
        ("signing", tr("Signing")),
        ("notices", tr("Information notices")),
    ]


def help_file(topic: str, lang: str) -> Path:
    """The topic's file in ``lang``, or in English where that language has none."""
    for code in (lang, lang.split("_")[0], "en"):
        path = resource_path("help", code, f"{topic}.md")
        if path.is_file():
            return path
    return resource_path("help", "en", "register.md")


class HelpDialog(QDialog):
    """The handbook: topics on the left, the text on the right; not modal, so it can stay open."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(tr("ropa-desktop Help"))
        layout = QHBoxLayout(self)
        self.topics = QListWidget()
        self.topics.setAccessibleName(tr("Help topics"))
        for key, title in topics():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.topics.addItem(item)
        self.topics.setMaximumWidth(240)
        self.topics.setWordWrap(True)  # long topic titles wrap rather than hide their end
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.topics.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.text = QTextBrowser()
        self.text.setAccessibleName(tr("Help text"))
        self.text.setOpenExternalLinks(True)
        layout.addWidget(self.topics)
        layout.addWidget(self.text, 1)
        self.topics.currentRowChanged.connect(self._show_row)
        self.resize(820, 560)

    def show_topic(self, topic: str) -> None:
        for row in range(self.topics.count()):
            if self.topics.item(row).data(Qt.ItemDataRole.UserRole) == topic:
                self.topics.setCurrentRow(row)
                return

    def current_topic(self) -> str:
        item = self.topics.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        topic = str(self.topics.item(row).data(Qt.ItemDataRole.UserRole))
        self.text.setMarkdown(help_file(topic, self.lang).read_text(encoding="utf-8"))
