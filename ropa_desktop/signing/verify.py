"""Check a signed register export: a PDF with an embedded signature, or a file with a detached ``.p7s``."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509

from ropa_desktop.signing.identity import SigningError


@dataclass(frozen=True)
class VerificationResult:
    kind: str  # "pdf" or "cms"
    signer: str | None
    signed_at: dt.datetime | None
    intact: bool  # the file is exactly what was signed
    trusted: bool | None  # the signer chains to a given trusted certificate; None: no trust anchor given
    message: str
    valid_from: dt.datetime | None = None  # the signer certificate's validity period
    valid_until: dt.datetime | None = None
    covers: str = ""  # what the signature covers, and what changed after it, in words
    # Why a signature could not be read, as a code and its values, for callers to word in the
    # user's language (the catalogue's cli.verify.reason.<code>); "" when it was read. ``message``
    # keeps the English sentence for logs.
    reason: str = ""
    reason_params: dict[str, str] = field(default_factory=dict)

    @property
    def signed_within_validity(self) -> bool | None:
        """Whether the signing time falls inside the certificate's validity (None: not known)."""
        if self.signed_at is None or self.valid_from is None or self.valid_until is None:
            return None
        return self.valid_from <= self.signed_at <= self.valid_until

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted is not False and self.signed_within_validity is not False


def load_trust(path: str | Path | None) -> list[x509.Certificate]:
    if path is None:
        return []
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise SigningError("the trusted certificate {path} cannot be read: {reason}", path=str(p),
                          reason=exc.strerror) from None
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise SigningError("{name} is not a certificate (PEM or DER)", name=p.name) from None


def _validation_context(trust: list[x509.Certificate]):
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding
    from pyhanko_certvalidator import ValidationContext

    roots = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in trust]
    return ValidationContext(trust_roots=roots, allow_fetching=False)


def verify(path: str | Path, trust: str | Path | None = None) -> VerificationResult:
    """Verify ``path`` (a PDF, or a file with ``path.p7s`` beside it, or the ``.p7s`` itself)."""
    # pyHanko logs a traceback for every untrusted certificate; the result says it in words.
    with _quiet("pyhanko", "pyhanko_certvalidator"):
        return _verify(path, trust)


@contextlib.contextmanager
def _quiet(*names: str) -> Iterator[None]:
    loggers = [logging.getLogger(n) for n in names]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


def _verify(path: str | Path, trust: str | Path | None) -> VerificationResult:
    p = Path(path)
    if not p.exists():
        raise SigningError("{path} does not exist", path=str(p))
    anchors = load_trust(trust)
    if p.suffix.lower() == ".p7s":
        return verify_cms(p.with_suffix(""), p, anchors)
    with p.open("rb") as f:
        is_pdf = f.read(5) == b"%PDF-"
    if is_pdf:
        return verify_pdf(p, anchors)
    sig = p.with_name(p.name + ".p7s")
    if not sig.exists():
        raise SigningError("{name} is not a PDF and has no signature file {signature} beside it", name=p.name,
                          signature=sig.name)
    return verify_cms(p, sig, anchors)


# Why a signature could not be read (VerificationResult.reason).
NOT_SIGNED = "not-signed"  # the file carries no signature at all (nothing to read)
INVALID_SIGNATURE = "invalid-signature"  # a PDF signature pyHanko rejects
DAMAGED = "damaged"  # a PDF whose structure no longer parses
NOT_A_SIGNATURE = "not-a-signature"  # a .p7s that is no readable CMS signature


def _unreadable(kind: str, message: str, reason: str, **params: str) -> VerificationResult:
    """A result for a signature that cannot be read: nobody signed, nothing is intact."""
    return VerificationResult(kind, None, None, False, None, message, reason=reason, reason_params=params)


def _trust_text(trusted: bool | None) -> str:
    if trusted is None:
        return "the signer was not checked against a trusted certificate (use --trust)"
    return "the signer is trusted" if trusted else "the signer is NOT trusted"


def verify_pdf(path: Path, trust: list[x509.Certificate]) -> VerificationResult:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    try:
        with path.open("rb") as f:
            reader = PdfFileReader(f, strict=False)
            sigs = reader.embedded_signatures
            if not sigs:
                return VerificationResult("pdf", None, None, False, None, f"{path.name} is not signed",
                                          reason=NOT_SIGNED, reason_params={"name": path.name})
            sig = sigs[-1]
            status = validate_pdf_signature(sig, _validation_context(trust))
            size = path.stat().st_size
            signed_end = sig.byte_range[2] + sig.byte_range[3]
            covered, covers = _pdf_coverage(status.coverage, status.modification_level, size - signed_end,
                                            SignatureCoverageLevel, ModificationLevel)
            intact = bool(status.intact and status.valid and covered)
            signer = _asn1_name(status.signing_cert)
            signed_at = status.signer_reported_dt
            trusted = bool(status.trusted) if trust else None
            valid_from, valid_until = _validity(status.signing_cert)
    except SignatureValidationError as exc:
        return _unreadable("pdf", f"{path.name}: the signature is invalid ({exc})",
                           INVALID_SIGNATURE, name=path.name, detail=str(exc))
    except Exception as exc:  # a changed byte can break the PDF's structure in many ways
        detail = f"{type(exc).__name__}: {exc}"
        return _unreadable("pdf", f"{path.name} is damaged or was changed after signing ({detail})",
                           DAMAGED, name=path.name, detail=detail)
    if not (status.intact and status.valid):
        covers = "the signed content does not match its signature: it was changed, or the signature is broken"
    if intact:
        msg = f"{path.name} is intact: {covers}; {_trust_text(trusted)}"
    else:
        msg = f"{path.name} was CHANGED after it was signed: {covers}"
    return VerificationResult("pdf", signer, signed_at, intact, trusted, msg, valid_from, valid_until, covers)


def _pdf_coverage(coverage: Any, level: Any, after: int, cov: Any, mod: Any) -> tuple[bool, str]:
    """Whether the signature vouches for the file as it is, and what it covers, in words.

    A PDF can be changed after signing by appending to it (an incremental update): the
    signed revision stays intact, but a viewer shows the changed file. Only additions
    of validation data (timestamps, certificates) keep what was signed what is shown.
    """
    if coverage == cov.ENTIRE_FILE:
        return True, "the signature covers the whole file, which has not changed since it was signed"
    if coverage == cov.ENTIRE_REVISION:
        if level == mod.LTA_UPDATES:
            return True, ("the signature covers the document as signed; what was added later is only "
                          "validation data (timestamps, certificates)")
        if level == mod.NONE:
            return False, (f"the signature covers the document as signed, but {after} bytes were added to the "
                           "file after it and are not covered")
        what = {mod.FORM_FILLING: "form fields were filled in or signed",
                mod.ANNOTATIONS: "annotations or form fields were changed"}.get(level, "its content or "
                                                                                    "properties were changed")
        return False, (f"the signature covers the document as signed, but the file was changed after it "
                       f"(an incremental update: {what}); a viewer shows the changed version")
    return False, "the signature covers only part of the document"


def _validity(cert: Any) -> tuple[dt.datetime | None, dt.datetime | None]:
    if cert is None:
        return None, None
    validity = cert["tbs_certificate"]["validity"]
    return validity["not_before"].native, validity["not_after"].native


def _asn1_name(cert: object) -> str | None:
    if cert is None:
        return None
    subject = cert.subject.native  # type: ignore[attr-defined]
    return subject.get("common_name") or cert.subject.human_friendly  # type: ignore[attr-defined]


def verify_cms(path: Path, sig_path: Path, trust: list[x509.Certificate]) -> VerificationResult:

    from asn1crypto import cms
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms

    try:
        content = path.read_bytes()
    except OSError as exc:
        raise SigningError("{path} cannot be read: {reason}", path=str(path), reason=exc.strerror) from None
    try:
        info = cms.ContentInfo.load(sig_path.read_bytes())
        signed_data = info["content"]
        signed_data.native  # noqa: B018 - parse everything now, so damage shows here
        status = _run(async_validate_detached_cms(content, signed_data,
                                                  signer_validation_context=_validation_context(trust)))
    except Exception as exc:  # a damaged .p7s fails in asn1crypto or pyHanko in many ways
        detail = f"{type(exc).__name__}: {exc}"
        return _unreadable("cms", f"{sig_path.name} is not a valid signature ({detail})",
                           NOT_A_SIGNATURE, name=sig_path.name, detail=detail)
    intact = bool(status.intact and status.valid)
    trusted = bool(status.trusted) if trust else None
    signer = _asn1_name(status.signing_cert)
    signed_at = status.signer_reported_dt
    valid_from, valid_until = _validity(status.signing_cert)
    if intact:
        covers = f"the signature in {sig_path.name} covers every byte of {path.name}, which has not changed"
        msg = f"{path.name} is intact: {covers}; {_trust_text(trusted)}"
    else:
        covers = f"{path.name} is not the file {sig_path.name} signed"
        msg = f"{path.name} was CHANGED after it was signed (or {sig_path.name} is not its signature)"
    return VerificationResult("cms", signer, signed_at, intact, trusted, msg, valid_from, valid_until, covers)


def _run(coro):
    """Run a coroutine also when called from code that already runs an event loop (a GUI helper)."""
    import asyncio
    import concurrent.futures

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()
