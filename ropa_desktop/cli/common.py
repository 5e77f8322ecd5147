"""Helpers shared by the commands."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ropa_desktop.cli.cli_words import say

if TYPE_CHECKING:
    from ropa_desktop.store.register_store import RegisterStore


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""


def open_store(path: str | Path) -> RegisterStore:
    # Imported here: `ropa --version` and `ropa --help` open no register and skip the store's imports.
    from ropa_desktop.store.register_store import RegisterStore

    return RegisterStore.open(Path(path))


def password_from_env(var: str | None) -> str | None:
    """The password in environment variable ``var`` (never a command-line argument: those show in `ps`)."""
    if var is None:
        return None
    value = os.environ.get(var)
    if value is None:
        raise CliError(say("cli.env-not-set", var=var))
    return value
