"""The signing module's errors and verdicts in the UI language.

A SigningError is a WordedError: its template and fields are translated like every other
error from below the GUI (error_words). The verification verdict has fields, and is worded
from them (verify_dialog).
"""

from __future__ import annotations

from ropa_desktop.gui.error_words import error_text


def signing_error_text(exc: BaseException) -> str:
    """A SigningError as a sentence in the UI language (the English one when the case is unknown)."""
    return error_text(exc)


def is_unsigned(result: object) -> bool:
    """A verdict on a file that carries no signature at all (rather than a damaged one).

    The result has no field for it; the verifier's message for it is fixed ('… is not signed').
    """
    return getattr(result, "signer", None) is None and str(getattr(result, "message", "")).endswith(" is not signed")
