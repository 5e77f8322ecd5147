"""The user's settings, declared once, kept in QSettings (organization "ropa-desktop")."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "ropa-desktop"
APPLICATION = "ropa-desktop"
MAX_RECENT = 8
DEFAULT_REVIEW_MONTHS = 12  # a yearly review unless the user chooses otherwise


class Settings:
    """Typed access to the few things the app remembers between runs."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings(ORGANIZATION, APPLICATION)

    @property
    def qsettings(self) -> QSettings:
        return self._s

    # --- files -----------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self._s.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def add_recent_file(self, path: Path | str) -> None:
        path = str(Path(path).resolve())
        files = [path, *[f for f in self.recent_files() if not _same_name(f, path)]][:MAX_RECENT]
        self._s.setValue("files/recent", files)

    def remove_recent_file(self, path: str) -> None:
        self._s.setValue("files/recent", [f for f in self.recent_files() if f != path])

    def last_register(self) -> str | None:
        files = self.recent_files()
        return files[0] if files else None

    def last_folder(self) -> str:
        return str(self._s.value("files/last_folder", str(Path.home())))

    def set_last_folder(self, folder: Path | str) -> None:
        self._s.setValue("files/last_folder", str(folder))

    def last_identity(self) -> str | None:
        """The signing identity (.p12) used last; its password is never kept."""
        value = self._s.value("signing/identity")
        return str(value) if value else None

    def set_last_identity(self, path: Path | str, name: str = "") -> None:
        self._s.setValue("signing/identity", str(path))
        if name:
            self._s.setValue("signing/identity_name", name)
            self._s.setValue("signing/identity_name_of", str(path))

    def identity_name(self, path: Path | str) -> str:
        """The person the identity file ``path`` signs as, remembered when it was last opened."""
        if str(self._s.value("signing/identity_name_of", "")) != str(path):
            return ""
        return str(self._s.value("signing/identity_name", "") or "")

    # --- preferences (Edit → Preferences) ---------------------------------------------
    def default_identity(self) -> str | None:
        """The signing identity offered first, if the user chose one; else the one used last."""
        value = self._s.value("preferences/identity")
        return str(value) if value else None

    def set_default_identity(self, path: Path | str | None) -> None:
        self._s.setValue("preferences/identity", str(path) if path else "")

    def export_folder(self) -> str:
        """Where exports are proposed: the chosen folder, else the folder used last."""
        chosen = str(self._s.value("preferences/export_folder", "") or "")
        return chosen or self.last_folder()

    def default_export_folder(self) -> str:
        return str(self._s.value("preferences/export_folder", "") or "")

    def set_default_export_folder(self, folder: Path | str | None) -> None:
        self._s.setValue("preferences/export_folder", str(folder) if folder else "")

    def review_months(self) -> int:
        """How often a new register's activities are to be reviewed, in months (0: not set)."""
        try:
            return max(int(self._s.value("preferences/review_months", DEFAULT_REVIEW_MONTHS)), 0)
        except (TypeError, ValueError):
            return DEFAULT_REVIEW_MONTHS

    def set_review_months(self, months: int) -> None:
        self._s.setValue("preferences/review_months", int(months))

    # --- layout: splitters and column widths, per page ---------------------------------
    def layout_state(self, key: str) -> QByteArray | None:
        value = self._s.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_layout_state(self, key: str, state: QByteArray) -> None:
        self._s.setValue(f"layout/{key}", state)

    # --- UI ----------------------------------------------------------------------------
    def ui_language(self) -> str:
        """'' means: follow the system language."""
        return str(self._s.value("ui/language", "") or "")

    def set_ui_language(self, lang: str) -> None:
        self._s.setValue("ui/language", lang)

    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)

    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, state: QByteArray) -> None:
        self._s.setValue("window/state", state)

    def hidden_columns(self, list_name: str) -> list[str] | None:
        """Columns the user hid in a list (None: never chosen, use the defaults)."""
        value = self._s.value(f"columns/{list_name}/hidden")
        if value is None:
            return None
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value]

    def set_hidden_columns(self, list_name: str, keys: list[str]) -> None:
        # An empty list would read back as None from some backends: store a marker string.
        self._s.setValue(f"columns/{list_name}/hidden", keys if keys else "")

    def sync(self) -> None:
        self._s.sync()


def _same_name(a: str, b: str) -> bool:
    """Whether two paths name the same file here: Windows and macOS (by default) ignore case."""
    if sys.platform in ("win32", "darwin"):
        return os.path.normcase(a).casefold() == os.path.normcase(b).casefold()
    return a == b
