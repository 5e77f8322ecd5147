"""Verify a signed export: is the file as it was signed, who signed it, and is it the signer we trust.

``ropa verify`` and the app's File → Verify signature… call :func:`verify_file`; both show
the same verdict (:func:`verdict`), each in its own words.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ropa_desktop.signing.verify import VerificationResult

# The verdicts, from the worst to the best.
UNSIGNED = "unsigned"  # the file carries no signature at all
UNREADABLE = "unreadable"  # a signature that cannot be checked, or a damaged one
CHANGED = "changed"  # the file was changed after it was signed
UNTRUSTED = "untrusted"  # unchanged, but not signed by the certificate given as trusted
UNCHECKED = "unchecked"  # unchanged; no trusted certificate was given to check the signer against
TRUSTED = "trusted"  # unchanged and signed by the trusted certificate


def verify_file(path: str | Path, trust: str | Path | None = None) -> VerificationResult:
    """The signing module's verdict on ``path`` (pyHanko is slow to import: the app runs this on a worker)."""
    from ropa_desktop.signing import verify

    return verify(Path(path), trust=Path(trust) if trust is not None else None)


def verdict(result: VerificationResult) -> str:
    """One of the verdicts above, for the result of :func:`verify_file`."""
    from ropa_desktop.signing.verify import NOT_SIGNED

    if result.reason == NOT_SIGNED:
        return UNSIGNED
    if result.signer is None and not result.intact:
        return UNREADABLE
    if not result.intact:
        return CHANGED
    if result.trusted is False:
        return UNTRUSTED
    if result.trusted is None:
        return UNCHECKED
    return TRUSTED


def reason_text(result: VerificationResult, lang: str) -> str:
    """Why the signature could not be read, in ``lang`` from the catalogue ("" when it was read).

    The CLI and the app both word the verifier's reason code here, so they say the same thing;
    the technical detail inside it stays as the library gave it.
    """
    if not result.reason or verdict(result) != UNREADABLE:
        return ""
    from ropa_desktop.output.wording import word

    return word(f"cli.verify.reason.{result.reason}", lang, **result.reason_params)
