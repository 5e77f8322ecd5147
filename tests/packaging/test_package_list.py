"""The wheel's package list (written out in pyproject.toml, for the resources mapping) stays complete."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_package_of_the_source_tree_is_in_the_wheel() -> None:
    # A package left out of the list is left out of `pip install .` and fails only when imported.
    in_tree = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "ropa_desktop").rglob("__init__.py")}
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    assert in_tree - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert listed - in_tree == {"ropa_desktop.resources"}

