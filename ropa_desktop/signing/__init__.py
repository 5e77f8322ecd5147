"""Signing the register exports and checking signatures.

PDFs carry a PAdES signature inside; other files (the Excel workbook) get a
detached CMS signature ``FILE.p7s`` that ``openssl cms -verify`` also accepts.
pyHanko is imported on first use, so importing this package is cheap.
"""

from ropa_desktop.signing.cms_sign import sign_file_cms, signature_path
from ropa_desktop.signing.identity import (
    Identity,
    SigningError,
    certificate_path,
    certificate_pem,
    create_identity,
    default_identity_dir,
    load_identity,
)
from ropa_desktop.signing.pdf_sign import sign_pdf
from ropa_desktop.signing.verify import VerificationResult, verify

__all__ = [
    "Identity",
    "SigningError",
    "VerificationResult",
    "certificate_path",
    "certificate_pem",
    "create_identity",
    "default_identity_dir",
    "load_identity",
    "sign_file_cms",
    "sign_pdf",
    "signature_path",
    "verify",
]
