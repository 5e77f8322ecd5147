"""Where the shipped resources (schema, reference data, fonts, templates, translations) are.

``resources/`` is at the top of the repository; a wheel carries it as the package data
``ropa_desktop/resources/`` (see pyproject.toml), and the PyInstaller bundle beside the
program (see build.spec). Callers get real paths: reportlab opens fonts by file name and
Jinja2 loads templates from a folder.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path


def resources_dir() -> Path:
    """The folder of the shipped resources, wherever this copy of the package runs from."""
    if getattr(sys, "frozen", False):
        # One-folder builds without _MEIPASS keep resources next to the executable.
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent)) / "resources"
    # Installed from a wheel: the package data. (Never zipped: pip installs into folders.)
    installed = files("ropa_desktop") / "resources"
    if isinstance(installed, Path) and installed.is_dir():
        return installed
    # A checkout (editable install, or the package on PYTHONPATH): resources/ beside the package.
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
