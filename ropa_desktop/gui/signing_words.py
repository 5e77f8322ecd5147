"""The signing verdicts in the UI language.

A SigningError is a WordedError: its template and fields are translated like every other
error from below the GUI (``error_words.error_text``). The verification verdict has fields,
and is worded from them (verify_dialog).
"""

from __future__ import annotations


def is_unsigned(result: object) -> bool:
    """A verdict on a file that carries no signature at all (rather than a damaged one).

    The result has no field for it; the verifier's message for it is fixed ('… is not signed').
    """
    return getattr(result, "signer", None) is None and str(getattr(result, "message", "")).endswith(" is not signed")
