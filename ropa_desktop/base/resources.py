"""Where the shipped resources (schema, reference data, fonts, templates, translations) are."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle."""
    if getattr(sys, "frozen", False):
        # One-folder builds without _MEIPASS keep resources next to the executable.
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent)) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
