"""The signing module's errors and verdicts in the UI language.

``SigningError`` carries only an English sentence, so its known cases are recognised by
their fixed wording (each pattern below mirrors one ``raise`` in ``ropa_desktop.signing``)
and said again through tr(); a case not recognised keeps the English text rather than
guess. The verification verdict has fields, and is worded from them (verify_dialog).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ropa_desktop.gui.i18n import tr

# (pattern over the whole message, the translated sentence with %1, %2 for the groups)
_CASES: list[tuple[re.Pattern[str], Callable[[], str]]] = [
    (re.compile(r"the password for (.+) is wrong"), lambda: tr("The password for %1 is wrong.")),
    (re.compile(r"the signing identity (.+) does not exist"),
     lambda: tr("The signing identity %1 does not exist.")),
    (re.compile(r"the signing identity (.+) cannot be read: (.*)"),
     lambda: tr("The signing identity %1 cannot be read (%2).")),
    (re.compile(r"(.+) is not a PKCS#12 identity \(\.p12/\.pfx\) or is damaged"),
     lambda: tr("%1 is not a signing identity (.p12/.pfx), or it is damaged.")),
    (re.compile(r"(.+) holds no private key and certificate to sign with"),
     lambda: tr("%1 holds no private key and certificate to sign with.")),
    (re.compile(r"choose a password to protect the new identity"),
     lambda: tr("Choose a password to protect the new identity.")),
    (re.compile(r"the identity needs the signer's name"), lambda: tr("The identity needs the signer’s name.")),
    (re.compile(r"the identity cannot sign: (.*)"), lambda: tr("This identity cannot sign (%1).")),
    (re.compile(r"the trusted certificate (.+) cannot be read: (.*)"),
     lambda: tr("The trusted certificate %1 cannot be read (%2).")),
    (re.compile(r"(.+) is not a certificate \(PEM or DER\)"),
     lambda: tr("%1 is not a certificate (PEM or DER).")),
    (re.compile(r"(.+) is not a PDF and has no signature file (.+) beside it"),
     lambda: tr("%1 is not a PDF, and there is no signature file %2 beside it.")),
    (re.compile(r"(.+) is not a PDF that can be signed: (.*)"),
     lambda: tr("%1 is not a PDF that can be signed (%2).")),
    (re.compile(r"(.+) could not be signed: (.*)"), lambda: tr("%1 could not be signed (%2).")),
    (re.compile(r"(.+) cannot be read: (.*)"), lambda: tr("%1 cannot be read (%2).")),
    (re.compile(r"(.+) does not exist"), lambda: tr("%1 does not exist.")),
]


def signing_error_text(exc: BaseException) -> str:
    """A SigningError as a sentence in the UI language (the English one when the case is unknown)."""
    text = str(exc).strip()
    for pattern, sentence in _CASES:
        match = pattern.fullmatch(text)
        if match:
            result = sentence()
            for i, group in enumerate(match.groups(), start=1):
                result = result.replace(f"%{i}", group)
            return result
    text = text[:1].upper() + text[1:]
    return text if text.endswith(".") else text + "."


def is_unsigned(result: object) -> bool:
    """A verdict on a file that carries no signature at all (rather than a damaged one).

    The result has no field for it; the verifier's message for it is fixed ('… is not signed').
    """
    return getattr(result, "signer", None) is None and str(getattr(result, "message", "")).endswith(" is not signed")
