"""Detached CMS signatures (``FILE.p7s``, DER) for files that cannot carry a signature inside (xlsx)."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from ropa_desktop.output.atomic import atomic_write
from ropa_desktop.signing.identity import Identity, SigningError, check_validity


def cms_signature(data: bytes, identity: Identity) -> bytes:
    """A detached DER CMS signature of ``data`` (with the signing time as a signed attribute)."""
    check_validity(identity)
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(identity.certificate, identity.key,
                                                                      hashes.SHA256())
    for cert in identity.chain:
        builder = builder.add_certificate(cert)
    try:
        return builder.sign(serialization.Encoding.DER,
                            [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])
    except (TypeError, ValueError) as exc:
        raise SigningError("the identity cannot sign: {reason}", reason=str(exc)) from None


def signature_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + ".p7s")


def sign_file_cms(path: str | Path, identity: Identity, *, overwrite: bool = True) -> Path:
    """Sign ``path``; write the signature to ``path.p7s`` and return that path."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SigningError("{path} cannot be read: {reason}", path=str(path), reason=exc.strerror) from None
    signature = cms_signature(data, identity)
    return atomic_write(signature_path(path), lambda tmp: tmp.write_bytes(signature), overwrite=overwrite)
