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


@pytest.fixture
def example_doc_with_late_fields(example_doc: dict) -> dict:
    """The example with each optional field the format gained in 2026-12 recorded once.

    The shared examples predate these fields, so without this they would only ever be
    tested absent.
    """
    doc = json.loads(json.dumps(example_doc))
    first_lang = doc["languages"][0]
    doc["organisation"]["review_every"] = "P12M"
    activity = doc["activities"][0]
    activity["review_every"] = "P6M"
    # One plain string and one object: the form of an LText is kept as well as its text.
    activity["national_id_justification"] = "Identity is checked against the population register."
    doc["activities"][1]["national_id_justification"] = {first_lang: "Text", "en": "Text"}
    activity.setdefault("transfers", []).append({
        "country": "US",
        "recipient_name": "Example Cloud Inc.",
        "mechanism": "adequacy",
        "dpf": {"certified": True, "checked_on": "2026-11-30", "reference": "https://www.dataprivacyframework.gov/list"},
    })
    return doc
