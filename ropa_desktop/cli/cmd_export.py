"""``ropa export`` (JSON, PDF, Excel), ``ropa identity new`` and ``ropa verify``."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ropa_desktop.checks import run_checks
from ropa_desktop.cli.cmd_core import export_json
from ropa_desktop.cli.common import CliError, open_store, password_from_env
from ropa_desktop.output.catalogue import LANGS
from ropa_desktop.output.write_errors import ExportError
from ropa_desktop.services.export_register import export_pdf, export_xlsx

if TYPE_CHECKING:
    from ropa_desktop.store import RegisterStore

FORMATS = (".json", ".pdf", ".xlsx")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export the register as JSON, or as a PDF or Excel register (optionally signed)")
    p.add_argument("register", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, help="the file to write: .json, .pdf or .xlsx")
    p.add_argument("--lang", help=f"language of the PDF/Excel labels ({', '.join(LANGS)}); default: the register's")
    p.add_argument("--sign", type=Path, metavar="FILE.p12", help="sign with this PKCS#12 identity")
    p.add_argument("--password-env", metavar="VAR", help="read the identity's password from this environment variable")
    p.add_argument("--force", action="store_true", help="replace the output file if it exists")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("identity", help="manage signing identities")
    isub = p.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    n = isub.add_parser("new", help="create a self-signed, password-protected signing identity (.p12)")
    n.add_argument("-o", "--output", type=Path, help="the .p12 file to write (default: in the user's data folder)")
    n.add_argument("--name", required=True, help="the signer's name (usually the DPO)")
    n.add_argument("--email", required=True, help="the signer's e-mail address")
    n.add_argument("--password-env", metavar="VAR", help="read the new password from this environment variable")
    n.add_argument("--force", action="store_true", help="replace the file if it exists")
    n.set_defaults(func=cmd_identity_new)

    p = sub.add_parser("verify", help="check the signature of a signed PDF or Excel register (exit 0 if intact)")
    p.add_argument("file", type=Path, help="a signed .pdf, or a file with its .p7s signature beside it")
    p.add_argument("--trust", type=Path, metavar="CERT.pem", help="the signer certificate to trust")
    p.set_defaults(func=cmd_verify)


def _password(var: str | None, prompt: str, *, confirm: bool = False) -> str:
    if var:
        value = password_from_env(var)
        assert value is not None
        return value
    if not sys.stdin.isatty():
        raise CliError("a password is needed: run in a terminal, or name an environment variable with --password-env")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the password: ") != value:
        raise CliError("the two passwords differ")
    return value


def cmd_export(args: argparse.Namespace) -> int:
    from ropa_desktop.signing import SigningError, load_identity  # cryptography (~0.2 s): not for every command

    suffix = args.output.suffix.lower()
    if suffix not in FORMATS:
        raise CliError(f"cannot export to '{args.output.suffix or args.output.name}': use .json, .pdf or .xlsx")
    if suffix == ".json":
        if args.sign:
            raise CliError("--sign works with .pdf and .xlsx exports")
        with open_store(args.register) as store:
            try:
                export_json(store, args.output, args.force)
            except ExportError as exc:
                raise CliError(str(exc)) from None
        print(f"wrote {args.output}")
        return 0
    identity = None
    try:
        if args.sign:
            # The password is checked before the (possibly long) export starts.
            identity = load_identity(args.sign, _password(args.password_env, f"Password for {args.sign.name}: "))
        with open_store(args.register) as store:
            register = store.load()
            version = register_version(store)
        lang = args.lang or register.languages[0]
        if args.lang and args.lang not in LANGS:
            raise CliError(f"--lang {args.lang}: the export labels exist in {', '.join(LANGS)}")
        export = export_pdf if suffix == ".pdf" else export_xlsx
        # Both formats carry the open findings, so the authority sees what the DPO already knows is missing.
        export(register, args.output, lang=lang, findings=run_checks(register), version=version,
               identity=identity, overwrite=args.force)
    except (ExportError, SigningError) as exc:
        raise CliError(str(exc)) from None
    print(f"wrote {args.output}")
    if identity is not None:
        signed = args.output if suffix == ".pdf" else args.output.with_name(args.output.name + ".p7s")
        print(f"signed by {identity.name}: {signed}")
    return 0


def register_version(store: RegisterStore) -> str | None:
    """'<last change number> (<date time>)', or None for a register never changed."""
    last = store.last_change()
    return f"{last[0]} ({last[1][:16].replace('T', ' ')})" if last else None


def cmd_identity_new(args: argparse.Namespace) -> int:
    from ropa_desktop.signing import (  # cryptography (~0.2 s): not for every command
        SigningError,
        certificate_pem,
        create_identity,
        default_identity_dir,
    )

    output = args.output or default_identity_dir() / f"{_slug(args.name)}.p12"
    password = _password(args.password_env, "Password for the new identity: ", confirm=True)
    try:
        identity = create_identity(output, args.name, args.email, password, overwrite=args.force)
    except SigningError as exc:
        raise CliError(str(exc)) from None
    pem = output.with_suffix(".pem")
    pem.write_bytes(certificate_pem(identity))
    print(f"created {output} for {identity.name} <{args.email}>")
    print(f"certificate for verifiers (ropa verify --trust): {pem}")
    return 0


def _slug(name: str) -> str:
    slug = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")
    return slug or "identity"


def cmd_verify(args: argparse.Namespace) -> int:
    from ropa_desktop.signing import SigningError, verify  # cryptography (~0.2 s): not for every command

    try:
        result = verify(args.file, args.trust)
    except SigningError as exc:
        raise CliError(str(exc)) from None
    print(f"file:      {args.file}")
    print(f"signer:    {result.signer or '-'}")
    print(f"signed at: {result.signed_at.isoformat() if result.signed_at else '-'}")
    print(f"intact:    {'yes' if result.intact else 'NO'}")
    trusted = {True: "yes", False: "NO", None: "not checked (no --trust given)"}[result.trusted]
    print(f"trusted:   {trusted}")
    print(result.message)
    return 0 if result.ok else 1
