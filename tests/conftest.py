"""Shared fixtures. Qt runs offscreen: set before any QApplication exists.

The registers the tests work on are the project's own, in ``tests/fixtures/registers/`` (fictional
companies; see the README there). The format's shared folder (``../shared`` beside the checkout,
or ``$ROPA_SHARED_DIR``) is read only by the tests of our contract with it: that the shipped schema
is its normative schema, and that its example registers import and round-trip.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ROPA_USER", "test-dpo")

REPO = Path(__file__).resolve().parent.parent
FIXTURE_REGISTERS = REPO / "tests" / "fixtures" / "registers"
# A Swedish controller with controller, processor, joint-controller and draft activities, a DPO,
# Art. 9 and Art. 10 data, every kind of transfer; no review dates (so nothing falls due).
SWEDISH_REGISTER = FIXTURE_REGISTERS / "klarsikt-se.json"
# A Norwegian accounting firm: controller for its clients, processor for their employees' payroll.
NORWEGIAN_REGISTER = FIXTURE_REGISTERS / "fjellvik-no.json"
# A web shop established in the United Kingdom, in Danish, with an Art. 27 representative in Denmark.
UK_SHOP_REGISTER = FIXTURE_REGISTERS / "saltmarsh-dk.json"
# The shared folder of the interchange format; overridable so the rule "only the contract tests need
# it" can be shown by pointing it nowhere.
SHARED = Path(os.environ.get("ROPA_SHARED_DIR") or REPO.parent / "shared")
SHARED_FORMAT_DIR = SHARED / "register-format"


def fixture_register_paths() -> list[Path]:
    return sorted(FIXTURE_REGISTERS.glob("*.json"))


# The names tests used when the examples were the shared ones; they now mean the project's own.
EXAMPLES_DIR = FIXTURE_REGISTERS
example_paths = fixture_register_paths


def register_doc(path: Path) -> dict:
    """A fixture register as a fresh JSON value (tests change it freely)."""
    return json.loads(path.read_text(encoding="utf-8"))


def shared_format_file(*parts: str) -> Path:
    """A file of the shared format folder; a test of the contract fails (never skips) without it."""
    path = SHARED_FORMAT_DIR.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"the shared interchange format is missing: {path} (set ROPA_SHARED_DIR to the folder "
                    "that holds register-format/)", pytrace=False)
    return path


def _shared_example_names() -> list[str]:
    # Collected before any test runs: an empty or missing folder still gives one test, which fails.
    return [p.stem for p in sorted((SHARED_FORMAT_DIR / "examples").glob("*.json"))] or ["none-found"]


@pytest.fixture(params=_shared_example_names())
def shared_example_doc(request: pytest.FixtureRequest) -> dict:
    """Each example register of the shared format: only for the test that they import and round-trip."""
    folder = shared_format_file("examples")
    if request.param == "none-found":
        pytest.fail(f"the shared interchange format has no example registers in {folder}", pytrace=False)
    return register_doc(folder / f"{request.param}.json")


@pytest.fixture(params=[p.stem for p in fixture_register_paths()])
def example_path(request: pytest.FixtureRequest) -> Path:
    """Each of the project's example registers in turn."""
    return FIXTURE_REGISTERS / f"{request.param}.json"


@pytest.fixture
def example_doc(example_path: Path) -> dict:
    return register_doc(example_path)


@pytest.fixture
def example_doc_with_late_fields(example_doc: dict) -> dict:
    """The example with each optional field the format gained in 2026-12 recorded in known places.

    The second activity is left without its own review interval and DPF record, so that a test can
    tell absent from recorded.
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
