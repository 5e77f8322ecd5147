"""After a JSON export: the gaps that keep the document from validating, named as the user knows them.

The validator names a gap by its JSON path (``$.activities[3].data_subjects``); the user
knows the activity by its name and the field by its label in the editor.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QStyle, QVBoxLayout, QWidget

from ropa_desktop.gui.error_words import worded_text
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.labels import kind_singular
from ropa_desktop.store import Kind

_ITEM = re.compile(r"^\$\.(?P<list>[a-z_]+)\[(?P<index>\d+)\](?:\.(?P<rest>.*))?$")
_SEGMENT = re.compile(r"^(?P<attr>[a-z_]+)(?:\[(?P<index>\d+)\])?$")


def _messages() -> dict[str, str]:
    return {
        "must not be empty": tr("nothing is recorded yet; the format requires at least one entry"),
        "is required but missing": tr("is not recorded yet; the format requires it"),
        "must hold at least one text": tr("has no text in any language"),
    }


def _field_labels(kind: Kind | None) -> dict[str, str]:
    from ropa_desktop.gui.editors.specs import activity_sections, catalogue_sections, organisation_sections

    if kind is None:
        sections = organisation_sections()
    elif kind is Kind.ACTIVITY:
        sections = activity_sections(None)
    else:
        sections = catalogue_sections(kind)
    return {spec.attr: spec.label for _title, specs in sections for spec in specs}


def _humane(rest: str, labels: dict[str, str]) -> str:
    """'purposes[0].legal_basis' -> 'Purposes 1 › legal basis' (the first step by its editor label)."""
    words = []
    for i, part in enumerate(rest.split(".")):
        m = _SEGMENT.match(part)
        if not m:
            words.append(part)
            continue
        attr = m["attr"]
        word = labels.get(attr, attr.replace("_", " ")) if i == 0 else attr.replace("_", " ")
        words.append(f"{word} {int(m['index']) + 1}" if m["index"] is not None else word)
    return " › ".join(words)


def describe(issue: Any, register: Any, langs: list[str]) -> tuple[str, str]:
    """(where, what) of one validation issue, in the user's words."""
    message = _messages().get(issue.message) or worded_text(issue.message)
    path = issue.path
    m = _ITEM.match(path)
    if m:
        try:
            kind = Kind(m["list"])
        except ValueError:
            kind = None
        items = getattr(register, m["list"], None) if kind is not None else None
        index = int(m["index"])
        if kind is not None and isinstance(items, list) and index < len(items):
            item = items[index]
            name = item.name.text(langs) if hasattr(item.name, "text") else str(item.name)
            where = tr("%1 “%2”").replace("%1", kind_singular(kind)).replace("%2", name or item.id)
            if m["rest"]:
                where = tr("%1, %2").replace("%1", where).replace("%2", _humane(m["rest"], _field_labels(kind)))
            return where[:1].upper() + where[1:], message
    if path.startswith("$.organisation"):
        rest = path[len("$.organisation"):].lstrip(".")
        where = tr("Organisation")
        if rest:
            where = tr("%1, %2").replace("%1", where).replace("%2", _humane(rest, _field_labels(None)))
        return where, message
    return path.removeprefix("$.") or tr("The register"), message


class GapsDialog(QDialog):
    """Not an error: the file is there. A list of what to fill in before another tool reads it."""

    def __init__(self, file_name: str, gaps: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Exported, with gaps"))
        layout = QVBoxLayout(self)
        head = QLabel(tr("%1 was saved.").replace("%1", file_name))
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        layout.addWidget(head)
        self.sentence = QLabel(tr("The file was written, but another program, or an import, will refuse it "
                                  "until these gaps are filled."))
        self.sentence.setWordWrap(True)
        layout.addWidget(self.sentence)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Gaps in the exported document"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for where, what in gaps:
            self.list.addItem(tr("%1: %2").replace("%1", where).replace("%2", what))
            self.list.item(self.list.count() - 1).setIcon(icon)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(640, 380)

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
