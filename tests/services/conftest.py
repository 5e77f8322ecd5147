"""Service fixtures: the demo register (shipped with the app) in a register file of its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ropa_desktop.services.demo import create_demo_register


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.ropa"
    create_demo_register(path).close()
    return path


def _pdf_text(path: Path) -> list[str]:
    """Each page's text, whitespace folded (line breaks depend on nothing the tests care about)."""
    from pypdf import PdfReader

    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


@pytest.fixture
def pdf_text() -> Callable[[Path], list[str]]:
    return _pdf_text
