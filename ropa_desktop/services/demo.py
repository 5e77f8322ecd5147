"""The demo register a new user sees on first start: a fictional company, written by us."""

from __future__ import annotations

from pathlib import Path

from ropa_desktop.base.resources import resource_path
from ropa_desktop.domain.model import Register
from ropa_desktop.interchange.jsonio import read_document
from ropa_desktop.store.register_store import RegisterStore

DEMO_DOCUMENT = ("demo", "demo-register.json")


def demo_register() -> Register:
    return read_document(resource_path(*DEMO_DOCUMENT)).register


def create_demo_register(path: Path | str) -> RegisterStore:
    """Write the demo register to a new file at ``path`` and return it open."""
    register = demo_register()
    store = RegisterStore.create(Path(path), register.organisation, register.languages)
    try:
        store.replace_all(register)
    except BaseException:
        store.close()
        Path(path).unlink(missing_ok=True)
        raise
    return store
