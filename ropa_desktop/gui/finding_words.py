"""The checks' findings as the window shows them: the item named in the UI language.

A finding is worded in the UI language when shown, naming items in that language where
the register has their names in it. The window names the finding's own item as
the store has it now in the UI language (the findings may be a moment older than an
edit of the name), in the message and in "Concerns".
"""

from __future__ import annotations

from typing import Any

from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.labels import kind_plural
from ropa_desktop.store import Kind


class Names:
    """Item names in the display languages, read from the store once per list asked about."""

    def __init__(self, store: Any, langs: list[str]) -> None:
        self.store, self.langs = store, langs
        self._cache: dict[Kind, dict[str, str]] = {}

    def name(self, entity: str, entity_id: str) -> str | None:
        try:
            kind = Kind(entity)
        except ValueError:
            return None
        if kind not in self._cache:
            rows = self.store.fields(kind, {"name": "$.name"}) if self.store is not None else []
            self._cache[kind] = {row["id"]: _text(row["name"], self.langs) for row in rows}
        return self._cache[kind].get(entity_id) or None


def _text(value: Any, langs: list[str]) -> str:
    if isinstance(value, dict):
        for lang in langs:
            if value.get(lang):
                return value[lang]
        return next((v for v in value.values() if v), "")
    return value if isinstance(value, str) else ""


def finding_message(finding: Any, ui_lang: str, name: str | None) -> str:
    """The message in the UI language, naming the item by ``name`` when given."""
    text = finding.message(ui_lang)
    old = finding.entity_name
    if name and old and name != old:
        # Only the name the checks quoted ("…" or '…'), never a word that happens to match.
        for left, right in (("“", "”"), ("”", "”"), ("«", "»"), ("»", "«"), ("'", "'"), ("‘", "’"), ('"', '"')):
            quoted = f"{left}{old}{right}"
            if quoted in text:
                return text.replace(quoted, f"{left}{name}{right}")
    return text


def finding_where(finding: Any, name: str | None) -> str:
    """The "Concerns" column: the list and the item's name."""
    if finding.entity == "organisation":
        return tr("Organisation")
    try:
        kind = Kind(finding.entity)
    except ValueError:
        return finding.entity_name or finding.entity_id
    return f"{kind_plural(kind)}: {name or finding.entity_name or finding.entity_id}"
