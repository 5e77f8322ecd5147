"""A valid document that ships with the app (the demo register), so these tests need nothing outside the repo."""

from __future__ import annotations

import json

import pytest

from ropa_desktop.base.resources import resource_path


@pytest.fixture
def demo_doc() -> dict:
    return json.loads(resource_path("demo", "demo-register.json").read_text(encoding="utf-8"))
