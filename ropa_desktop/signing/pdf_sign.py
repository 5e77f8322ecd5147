"""PAdES baseline signatures of PDF files, with a visible signature block on the last page."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization

from ropa_desktop.output.atomic import atomic_write
from ropa_desktop.output.catalogue import label, normalize
from ropa_desktop.output.page_geometry import SIGNATURE_BOX
from ropa_desktop.output.part_files import part_name
from ropa_desktop.output.write_errors import ExportError
from ropa_desktop.signing.identity import Identity, SigningError, check_validity

FIELD_NAME = "RegisterSignature"
_STAMP_LABELS = {
    "en": ("Signed by", "Date", "Reason"),
    "sv": ("Signerat av", "Datum", "Skäl"),
    "nb": ("Signert av", "Dato", "Årsak"),
    "da": ("Underskrevet af", "Dato", "Årsag"),
}


def _signer(identity: Identity):
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der_cert = identity.certificate.public_bytes(serialization.Encoding.DER)
    der_key = identity.key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                         serialization.NoEncryption())
    chain = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in identity.chain]
    return signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(der_cert),
        signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
        cert_registry=SimpleCertificateStore.from_certs(chain),
    )


def stamp_lines(identity: Identity, when: dt.datetime, lang: str) -> list[str]:
    """The visible block's text: signer, date, reason."""
    signed_by, date, reason_label = _STAMP_LABELS[normalize(lang)]
    return [f"{signed_by}: {identity.name}", f"{date}: {when.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S} UTC",
            f"{reason_label}: {label('signature_reason', lang)}"]


def sign_pdf_in_place(path: Path, identity: Identity, *, lang: str = "en",
                      box: tuple[float, float, float, float] | None = None, text_on_page: bool = False) -> None:
    """Sign the PDF at ``path``, replacing it (used on export's temporary file).

    The visible block goes into ``box`` on the last page; by default the space the
    register PDF keeps free at the bottom of its last page. With ``text_on_page`` the
    export has already drawn the block's text (see ``stamp_lines``) with the PDF's
    own Unicode font, and the signature's appearance stays empty on top of it.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import NoOpStampStyle, TextStampStyle

    check_validity(identity)
    lang = normalize(lang)
    signed_by, date, reason_label = _STAMP_LABELS[lang]
    reason = label("signature_reason", lang)
    if text_on_page:
        style = NoOpStampStyle()
    else:
        # pyHanko's standard font covers Latin-1 (å ä ö æ ø); PDFs other than ours get this stamp.
        style = TextStampStyle(
            stamp_text=f"{signed_by}: %(signer)s\n{date}: %(ts)s\n{reason_label}: {reason}",
            timestamp_format="%Y-%m-%d %H:%M:%S %Z", border_width=0, background=None,
        )
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, reason=reason, name=identity.name, md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    tmp_out = part_name(path)  # named as ours, so a kill's leftover is swept like any part file
    try:
        with path.open("rb") as src:
            writer = IncrementalPdfFileWriter(src, strict=False)
            existing = {name for name, _, _ in fields.enumerate_sig_fields(writer)}
            new_field = None
            if FIELD_NAME not in existing:
                new_field = fields.SigFieldSpec(FIELD_NAME, on_page=-1, box=box or SIGNATURE_BOX)
            pdf_signer = signers.PdfSigner(meta, signer=_signer(identity), stamp_style=style,
                                           new_field_spec=new_field)
            with tmp_out.open("wb") as out:
                # Room for the signature reserved up front (the signature, its attributes and the
                # certificates, with a margin): otherwise pyHanko signs twice, once to measure.
                reserve = 8192 + 2 * sum(len(c.public_bytes(serialization.Encoding.DER))
                                     for c in [identity.certificate, *identity.chain])
                pdf_signer.sign_pdf(writer, output=out, bytes_reserved=reserve,
                                    appearance_text_params={"signer": identity.name})
        os.replace(tmp_out, path)
    except PdfReadError as exc:
        raise SigningError("{name} is not a PDF that can be signed: {reason}", name=path.name,
                           reason=str(exc)) from None
    except SigningError:
        raise
    except (ValueError, KeyError) as exc:
        raise SigningError("{name} could not be signed: {reason}", name=path.name, reason=str(exc)) from None
    finally:
        if tmp_out.exists():
            tmp_out.unlink()


def sign_pdf(path: str | Path, identity: Identity, *, output: str | Path | None = None, lang: str = "en",
             overwrite: bool = True) -> Path:
    """Sign an existing PDF; write to ``output`` (default: replace ``path``) atomically."""
    source = Path(path)
    target = Path(output) if output else source
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise SigningError("{path} cannot be read: {reason}", path=str(source), reason=exc.strerror) from None

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)
        sign_pdf_in_place(tmp, identity, lang=lang)

    try:
        return atomic_write(target, write, overwrite=overwrite or target == source)
    except ExportError as exc:
        raise SigningError(exc.template, **exc.fields) from None
