"""Signing identities: a private key and certificate kept in a password-protected PKCS#12 file.

The user brings their own (.p12/.pfx) or lets the app create a self-signed one with
the DPO's name and e-mail. Passwords are never stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from ropa_desktop.base.worded import WordedError
from ropa_desktop.output.atomic import atomic_write, check_target
from ropa_desktop.output.write_errors import ExportError


class SigningError(WordedError):
    """Signing or loading an identity failed; the message says why, in words a user can act on."""


@dataclass(frozen=True)
class Identity:
    path: Path | None
    key: Any  # a cryptography private key
    certificate: x509.Certificate
    chain: list[x509.Certificate] = field(default_factory=list)

    @property
    def name(self) -> str:
        return subject_name(self.certificate)

    @property
    def email(self) -> str | None:
        values = self.certificate.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)
        return str(values[0].value) if values else None


def check_validity(identity: Identity, when: dt.datetime | None = None) -> None:
    """Refuse to sign outside the certificate's validity: such a signature proves nothing to a verifier."""
    when = when or dt.datetime.now(dt.UTC)
    start, end = identity.certificate.not_valid_before_utc, identity.certificate.not_valid_after_utc
    if not start <= when <= end:
        raise SigningError(
            "the certificate of {name} is valid from {start} to {end}, not on {today}; it cannot sign. "
            "Create or obtain a new signing identity",
            name=identity.name, start=f"{start:%Y-%m-%d}", end=f"{end:%Y-%m-%d}", today=f"{when:%Y-%m-%d}",
        )


def subject_name(cert: x509.Certificate) -> str:
    values = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(values[0].value) if values else cert.subject.rfc4514_string()


def default_identity_dir() -> Path:
    return Path(platformdirs.user_data_dir("ropa-desktop")) / "identities"


def load_identity(p12_path: str | Path, password: str | None) -> Identity:
    path = Path(p12_path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SigningError("the signing identity {path} does not exist", path=str(path)) from None
    except OSError as exc:
        raise SigningError("the signing identity {path} cannot be read: {reason}", path=str(path),
                           reason=exc.strerror) from None
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password.encode() if password else None)
    except ValueError:
        # cryptography raises the same error for a wrong password and a damaged file;
        # a password-less load tells the two apart.
        if _is_pkcs12(data):
            raise SigningError("the password for {name} is wrong", name=path.name) from None
        raise SigningError("{name} is not a PKCS#12 identity (.p12/.pfx) or is damaged", name=path.name) from None
    if key is None or cert is None:
        raise SigningError("{name} holds no private key and certificate to sign with", name=path.name)
    return Identity(path, key, cert, list(extra or []))


def _is_pkcs12(data: bytes) -> bool:
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        asn1_pkcs12.Pfx.load(data).native  # noqa: B018 - parsing is the test
        return True
    except Exception:  # asn1crypto raises several kinds on garbage
        return False


IDENTITY_SUFFIXES = (".p12", ".pfx")


def certificate_path(identity_path: str | Path) -> Path:
    """Where the certificate for verifiers goes beside an identity file (``X.p12`` -> ``X.pem``)."""
    return Path(identity_path).with_suffix(".pem")


def create_identity(path: str | Path, name: str, email: str, password: str, *, overwrite: bool = False,
                    years: int = 5, certificate: str | Path | None = None) -> Identity:
    """Create a self-signed identity for ``name``/``email`` and save it, encrypted with ``password``.

    With ``certificate``, the certificate for verifiers is saved there too. Both targets are
    checked before anything is written: neither is written over the other, nor over an
    existing file unless ``overwrite``.
    """
    target = Path(path)
    if target.suffix.lower() not in IDENTITY_SUFFIXES:
        raise SigningError("{name}: a signing identity is saved as a .p12 (or .pfx) file; choose a name ending in .p12",
                           name=target.name)
    cert_target = Path(certificate) if certificate is not None else None
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        check_target(target, overwrite=overwrite)
        if cert_target is not None:
            check_target(cert_target, overwrite=overwrite)
    except ExportError as exc:
        raise SigningError(exc.template, **exc.fields) from None
    if not password:
        raise SigningError("choose a password to protect the new identity")
    if not name.strip():
        raise SigningError("the identity needs the signer's name")
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, name.strip())]
    if email:
        attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email.strip()))
    subject = x509.Name(attrs)
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if email:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email.strip())]),
                                        critical=False)
    cert = builder.sign(key, hashes.SHA256())
    data = pkcs12.serialize_key_and_certificates(
        name.encode(), key, cert, None, serialization.BestAvailableEncryption(password.encode())
    )
    pem = cert.public_bytes(serialization.Encoding.PEM)
    existed = target.exists()
    try:
        atomic_write(target, lambda tmp: tmp.write_bytes(data), overwrite=overwrite)
        if cert_target is not None:
            try:
                atomic_write(cert_target, lambda tmp: tmp.write_bytes(pem), overwrite=overwrite)
            except BaseException:
                if not existed:
                    target.unlink(missing_ok=True)  # ours, just made: no identity without its certificate
                raise
    except ExportError as exc:
        raise SigningError(exc.template, **exc.fields) from None
    return Identity(target, key, cert, [])


def certificate_pem(identity: Identity) -> bytes:
    """The identity's certificate, to hand to whoever verifies (``ropa verify --trust``)."""
    return identity.certificate.public_bytes(serialization.Encoding.PEM)
