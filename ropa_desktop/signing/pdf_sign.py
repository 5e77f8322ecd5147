"""PAdES baseline signatures of PDF files, with a visible signature block on the last page."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization

from ropa_desktop.output.atomic import atomic_write
from ropa_desktop.output.catalogue import normalize
from ropa_desktop.output.local_formats import format_local_time
from ropa_desktop.output.page_geometry import SIGNATURE_BOX
from ropa_desktop.output.part_files import part_name
from ropa_desktop.output.wording import word
from ropa_desktop.output.write_errors import ExportError
from ropa_desktop.signing.identity import Identity, SigningError, check_validity

FIELD_NAME = "RegisterSignature"


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
    """The visible block's text: signer, when (the signer's local time with its UTC offset), and why.

    Local time because the reader compares it with their own day ("signed this afternoon"), the
    offset so that it is still exact elsewhere; the reason says what the signer attests (approval
    of this version), not the document's title, which the page already shows.
    """
    return [word("signing.signed_by", lang, name=identity.name),
            word("signing.signed_on", lang, time=format_local_time(when, lang)),
            word("signing.reason_line", lang, reason=word("signing.reason", lang))]


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
    reason = word("signing.reason", lang)
    if text_on_page:
        style = NoOpStampStyle()
    else:
        # pyHanko's standard font covers Latin-1 (å ä ö æ ø); PDFs other than ours get this stamp.
        # Its own %(ts)s would be UTC: the lines are ours, in local time with the offset.
        lines = stamp_lines(identity, dt.datetime.now(dt.UTC), lang)
        style = TextStampStyle(stamp_text="\n".join(line.replace("%", "%%") for line in lines),
                               border_width=0, background=None)
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
