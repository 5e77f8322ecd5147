"""README's Layout table names every folder of the package and nothing that is gone, so a newcomer can trust it."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _layout_folders() -> set[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return {name.rstrip("/") for row in rows for name in re.findall(r"`([^`]+)`", row.split(" | ", 1)[0])}


def test_the_layout_table_names_each_layer_of_the_package() -> None:
    packages = {f"ropa_desktop/{p.parent.name}" for p in (REPO / "ropa_desktop").glob("*/__init__.py")}
    named = {name for name in _layout_folders() if name.startswith("ropa_desktop/")}
    assert packages - named == set(), "README's Layout table lacks these packages"
    assert named - packages == set(), "README's Layout table names packages that do not exist"


def test_the_layout_table_names_only_folders_that_exist() -> None:
    assert [name for name in sorted(_layout_folders()) if not (REPO / name).is_dir()] == []
