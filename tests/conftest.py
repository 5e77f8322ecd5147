"""Shared fixtures. Qt runs offscreen: set before any QApplication exists."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ROPA_USER", "test-dpo")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
EXAMPLES_DIR = SHARED / "register-format" / "examples"


def example_paths() -> list[Path]:
    return sorted(EXAMPLES_DIR.glob("*.json"))


@pytest.fixture(params=[p.stem for p in example_paths()] or ["missing"])
def example_path(request: pytest.FixtureRequest) -> Path:
    path = EXAMPLES_DIR / f"{request.param}.json"
    if not path.exists():
        pytest.fail(f"the shared example registers are missing: {EXAMPLES_DIR}")
    return path


@pytest.fixture
def example_doc(example_path: Path) -> dict:
    return json.loads(example_path.read_text(encoding="utf-8"))
