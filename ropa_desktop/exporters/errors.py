"""Errors the exporters raise; the GUI and the CLI show their text as it is."""

from __future__ import annotations


class ExportError(Exception):
    """An export could not be written; the message names the file and the reason."""


class Cancelled(Exception):
    """The user cancelled a long export; nothing was written."""
