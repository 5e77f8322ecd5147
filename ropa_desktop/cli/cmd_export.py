"""``ropa export`` (JSON, PDF, Excel), ``ropa identity new`` and ``ropa verify``."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from ropa_desktop.cli.cli_words import cli_language, error_line, issue_line, say, say_count
from ropa_desktop.cli.common import CliError, password_from_env
from ropa_desktop.output.catalogue import LANGS

FORMATS = (".json", ".pdf", ".xlsx")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help="export the register as JSON, or as a PDF or Excel register (optionally signed)",
        description="Write the register to a file. A PDF or Excel register is the organisation's own copy "
        "(with the findings of the checks) or, with --for-authority, a copy for the supervisory authority "
        "(without them); its cover says which.")
    p.add_argument("register", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, help="the file to write: .json, .pdf or .xlsx")
    p.add_argument("--lang", help=f"language of the PDF/Excel labels ({', '.join(LANGS)}); default: the register's")
    p.add_argument("--for-authority", action="store_true",
                   help="a copy for the supervisory authority (default: the organisation's own copy)")
    p.add_argument("--findings", action=argparse.BooleanOptionalAction, default=None,
                   help="include the findings of the checks (default: in the own copy, not in the authority's)")
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
        raise CliError(say("cli.password.needed"))
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass(say("cli.password.repeat")) != value:
        raise CliError(say("cli.password.differ"))
    return value


def cmd_export(args: argparse.Namespace) -> int:
    from ropa_desktop.services.export_register import ExportChoices, export_format, export_register
    from ropa_desktop.signing import load_identity

    fmt = export_format(args.output)  # a wrong suffix is said before a password is asked
    identity = None
    if args.sign:
        if fmt == "json":
            raise CliError(say("cli.export.sign-json"))
        # The password is checked before the (possibly long) export starts.
        identity = load_identity(args.sign, _password(args.password_env, say("cli.password.for", name=args.sign.name)))
    choices = ExportChoices(lang=args.lang, for_authority=args.for_authority, findings=args.findings,
                            identity=identity, overwrite=args.force)
    result = export_register(args.register, args.output, choices)
    if result.issues:
        print(f"ropa: {say('cli.export.gaps', path=args.output)}", file=sys.stderr)
        for problem in result.issues[:20]:
            print(f"  {issue_line(problem)}", file=sys.stderr)
    print(say("cli.wrote", path=args.output))
    if fmt != "json":
        copy = say("cli.export.authority-copy" if result.copy_kind == "authority" else "cli.export.own-copy")
        findings = (say_count("cli.export.findings", len(result.findings)) if result.findings is not None
                    else say("cli.export.no-findings"))
        version = result.version or say("cli.export.version-not-recorded")
        print("  " + say("cli.export.summary", copy=copy, findings=findings, version=version, language=result.lang))
    if result.signature is not None and identity is not None:
        print(say("cli.export.signed", name=identity.name, path=result.signature))
    return 0


def cmd_identity_new(args: argparse.Namespace) -> int:
    from ropa_desktop.signing import SigningError, certificate_path, create_identity, default_identity_dir

    output = args.output or default_identity_dir() / f"{_slug(args.name)}.p12"
    password = _password(args.password_env, say("cli.password.new"), confirm=True)
    pem = certificate_path(output)
    try:
        identity = create_identity(output, args.name, args.email, password, overwrite=args.force, certificate=pem)
    except SigningError as exc:
        raise CliError(error_line(exc)) from None
    print(say("cli.identity.created", path=output, name=identity.name, email=args.email))
    print(say("cli.identity.certificate", path=pem))
    return 0


def _slug(name: str) -> str:
    slug = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")
    return slug or "identity"


def cmd_verify(args: argparse.Namespace) -> int:
    from ropa_desktop.services.verify_file import verify_file

    result = verify_file(args.file, args.trust)
    yes, no = say("cli.verify.yes"), say("cli.verify.no")
    print(say("cli.verify.file", value=args.file))
    print(say("cli.verify.signer", value=result.signer or "-"))
    print(say("cli.verify.signed-at", value=result.signed_at.isoformat() if result.signed_at else "-"))
    print(say("cli.verify.intact", value=yes if result.intact else no))
    unchecked = say("cli.verify.unreadable" if args.trust else "cli.verify.no-trust")
    print(say("cli.verify.trusted", value={True: yes, False: no}.get(result.trusted, unchecked)))
    if result.valid_from and result.valid_until:
        key = {True: "cli.verify.valid-inside", False: "cli.verify.valid-outside"}.get(
            result.signed_within_validity, "cli.verify.valid")
        print(say(key, start=f"{result.valid_from:%Y-%m-%d}", end=f"{result.valid_until:%Y-%m-%d}"))
    from ropa_desktop.services.verify_file import reason_text, verdict

    found = verdict(result)
    print(say(f"cli.verify.verdict.{found}", signer=result.signer or say("cli.verify.the-signer")))
    reason = reason_text(result, cli_language())
    if reason:
        print(reason)
    if result.trusted is None and result.intact:
        print(say("cli.verify.without-trust"))
    return 0 if result.ok else 1
