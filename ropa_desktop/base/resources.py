"""Where the shipped resources (schema, reference data, fonts, templates, translations) are.

``resources/`` is at the top of the repository; a wheel carries it as the package data
``ropa_desktop/resources/`` (see pyproject.toml), and the PyInstaller bundle beside the
program (see build.spec). Callers get real paths: reportlab opens fonts by file name and
Jinja2 loads templates from a folder.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


def resources_dir() -> Path:
    """The folder of the shipped resources, wherever this copy of the package runs from."""
    if getattr(sys, "frozen", False):
        # One-folder builds without _MEIPASS keep resources next to the executable.
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent)) / "resources"
    return _unfrozen_resources_dir()


@cache
def _unfrozen_resources_dir() -> Path:
    # A checkout (an editable install, or the package on PYTHONPATH): resources/ beside the
    # package. Only a checkout has pyproject.toml there; an installed package's parent is
    # site-packages, where another distribution's "resources" folder must not be taken for ours.
    root = Path(__file__).resolve().parents[2]
    if (root / "pyproject.toml").is_file() and (root / "resources").is_dir():
        return root / "resources"
    # Installed from a wheel: the package data. Imported here, not at the top: importlib.resources
    # costs ~17 ms of imports at start-up that a checkout and the bundle do not need.
    from importlib.resources import files

    # A folder on disk: pip installs packages unzipped, and callers need real paths.
    return Path(str(files("ropa_desktop") / "resources"))


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


# The order menus list the languages in; a language added later follows, by its code.
_LANGUAGE_ORDER = ("en", "sv", "nb", "da")


@cache
def shipped_languages() -> tuple[str, ...]:
    """The languages a catalogue ships for (``resources/locale/<lang>/LC_MESSAGES/ropa.po``), English first.

    Here, at the bottom layer, so that reference data and documents agree on one list: adding a
    language is adding its files, never editing a list in code.
    """
    folder = resource_path("locale")
    found = [p.name for p in folder.iterdir() if (p / "LC_MESSAGES" / "ropa.po").is_file()] if folder.is_dir() else []
    order = _LANGUAGE_ORDER
    return tuple(sorted(found, key=lambda lang: (order.index(lang) if lang in order else len(order), lang)))
