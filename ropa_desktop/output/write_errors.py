"""Errors the exporters raise; the CLI prints their English text, the GUI says it in its language."""

from __future__ import annotations

from ropa_desktop.base.worded import WordedError


class ExportError(WordedError):
    """An export could not be written; the message names the file and the reason."""


class Cancelled(Exception):
    """The user cancelled a long export; nothing was written."""
