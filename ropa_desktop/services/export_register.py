"""Export a register: the one path from a register file to a JSON document, or to a PDF or Excel
register that is the organisation's own copy or one for the supervisory authority (optionally signed).

:func:`export_register` is what ``ropa export`` and the app's File → Export call: it opens
its own store (the app runs it on a worker thread, and a SQLite connection belongs to the
thread that made it), decides the language, the findings and the version the document
records, and writes the file. :func:`export_pdf` and :func:`export_xlsx` are the writers
below it (also used by the benchmarks).

Every export is written to a temporary file beside the target and renamed when
complete (see :mod:`ropa_desktop.output.atomic`), so a failed or cancelled export
leaves nothing behind. Long exports take ``progress(done, total)`` and
``cancelled() -> bool`` callbacks so that the GUI can run them in a worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ropa_desktop.output.atomic import atomic_path, atomic_write, check_target
from ropa_desktop.output.catalogue import LANGS
from ropa_desktop.output.write_errors import Cancelled, ExportError
from ropa_desktop.services.findings import register_findings
from ropa_desktop.services.versions import AUTHORITY, SIGNED, CoverVersion, cover_version, record_issued
from ropa_desktop.store.register_store import RegisterStore

if TYPE_CHECKING:
    from ropa_desktop.checks.finding import Finding
    from ropa_desktop.domain.model import Register
    from ropa_desktop.interchange.validate import Issue
    from ropa_desktop.signing.identity import Identity

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

FORMATS = {".json": "json", ".pdf": "pdf", ".xlsx": "xlsx"}
OWN_COPY, AUTHORITY_COPY = "own", "authority"  # the values of output.catalogue.COPY_KINDS


@dataclass(frozen=True)
class ExportChoices:
    """What the user chose; the same for the command line and the app."""

    lang: str | None = None  # language of the labels; None: the register's first language
    for_authority: bool = False  # a copy for the supervisory authority rather than the organisation's own
    findings: bool | None = None  # None: in the own copy, left out of the authority's
    identity: Identity | None = None  # sign with it (PDF: inside, workbook: a .p7s beside it)
    overwrite: bool = False

    @property
    def copy_kind(self) -> str:
        return AUTHORITY_COPY if self.for_authority else OWN_COPY

    @property
    def with_findings(self) -> bool:
        # The authority reads the register as the controller's statement; the DPO's own to-do list
        # stays internal unless they choose to show it.
        return (not self.for_authority) if self.findings is None else self.findings


@dataclass
class ExportResult:
    path: Path
    format: str  # "json", "pdf" or "xlsx"
    lang: str | None = None  # the labels' language (None for JSON)
    copy_kind: str | None = None
    version: str | None = None  # the register version the document records
    findings: list[Finding] | None = None  # the findings included; None when left out
    signature: Path | None = None  # the file that carries the signature (the PDF itself, or FILE.xlsx.p7s)
    issues: list[Issue] = field(default_factory=list)  # JSON: what keeps the document from validating
    register: Register | None = None  # as exported, to name the items the issues are about


def register_version(store: RegisterStore, register: Register, choices: ExportChoices) -> CoverVersion:
    """The issued version this export is (for the authority, or signed), or the draft of the next one."""
    return cover_version(store, register, issuing=choices.for_authority or choices.identity is not None)


def export_format(target: Path) -> str:
    """The format the target's suffix asks for; ExportError names the ones there are."""
    fmt = FORMATS.get(target.suffix.lower())
    if fmt is None:
        raise ExportError("cannot export to '{name}': use .json, .pdf or .xlsx", name=target.suffix or target.name)
    return fmt


def export_register(register_path: str | Path, target: str | Path, choices: ExportChoices = ExportChoices(), *,
                    progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> ExportResult:
    """Write the register in ``register_path`` to ``target`` (.json, .pdf or .xlsx) as ``choices`` say."""
    target = Path(target)
    fmt = export_format(target)
    if fmt == "json" and choices.identity is not None:
        raise ExportError("only PDF and Excel exports can be signed, not {name}", name=target.name)
    if choices.lang is not None and choices.lang not in LANGS:
        raise ExportError("the export labels exist in {langs}, not in '{lang}'", langs=", ".join(LANGS),
                          lang=choices.lang)
    # Checked before the (possibly long) reading and writing: the answer would be the same after it.
    check_target(target, overwrite=choices.overwrite)
    with RegisterStore.open(Path(register_path)) as store:
        register = store.load()
        if cancelled is not None and cancelled():
            raise Cancelled
        if fmt == "json":
            from ropa_desktop.exporters.json_export import export_json

            issues = export_json(register, target, overwrite=choices.overwrite, cancelled=cancelled)
            return ExportResult(target, fmt, issues=issues, register=register)
        cover = register_version(store, register, choices)
        if not cover.draft and store.read_only:
            # Refused before anything is written: an issued version that the register does not record
            # would leave the next one with the same number.
            raise ExportError("{name} is read-only here, and an export for the authority or a signed export is recorded in the register as an issued version; copy the register to a folder you can write to, or export the organisation's own copy", name=store.path.name)  # noqa: E501
        findings = register_findings(store, register) if choices.with_findings else None
    lang = choices.lang or register.languages[0]
    version = cover.text(lang)
    writer = export_pdf if fmt == "pdf" else export_xlsx
    writer(register, target, lang=lang, findings=findings, version=version, identity=choices.identity,
           progress=progress, cancelled=cancelled, overwrite=choices.overwrite, copy_kind=choices.copy_kind)
    if not cover.draft:
        # What was issued is kept in the register file, so "what changed since?" has an answer.
        record_issued(register_path, register, cover, written=target,
                      reason=AUTHORITY if choices.for_authority else SIGNED)
    signature = None
    if choices.identity is not None:
        signature = target if fmt == "pdf" else target.with_name(target.name + ".p7s")
    return ExportResult(target, fmt, lang=lang, copy_kind=choices.copy_kind, version=version, findings=findings,
                        signature=signature, register=register)


def export_pdf(register: Register, path: str | Path, *, lang: str, findings: Sequence[Any] | None = None,
               version: str | None = None, identity: Identity | None = None,
               progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
               overwrite: bool = False, copy_kind: str | None = None) -> Path:
    """Write the register as a PDF to ``path``; sign it (PAdES) when ``identity`` is given."""
    from ropa_desktop.exporters.register_pdf import write_register_pdf  # reportlab: loaded when a PDF is made

    def write(tmp: Path) -> None:
        lines = None
        if identity is not None:
            from ropa_desktop.signing.pdf_sign import stamp_lines  # pyHanko: loaded when a PDF is signed

            lines = stamp_lines(identity, dt.datetime.now(dt.UTC), lang)
        write_register_pdf(register, tmp, lang=lang, findings=findings, version=version,
                           progress=progress, cancelled=cancelled, signature_lines=lines, copy_kind=copy_kind)
        if identity is not None:
            from ropa_desktop.signing.pdf_sign import sign_pdf_in_place  # pyHanko: loaded when a PDF is signed

            sign_pdf_in_place(tmp, identity, lang=lang, text_on_page=True)

    return atomic_write(path, write, overwrite=overwrite)


def export_xlsx(register: Register, path: str | Path, *, lang: str, findings: Sequence[Any] | None = None,
                version: str | None = None, identity: Identity | None = None,
                progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
                overwrite: bool = False, copy_kind: str | None = None) -> Path:
    """Write the register as an Excel workbook to ``path`` (``findings`` None: no Findings sheet).

    With ``identity``, also write the detached CMS signature ``path.p7s``. The
    workbook is renamed into place only after the signature is made, and the
    signature right after it, so a failure leaves neither an unsigned workbook
    nor a stale signature beside a new workbook.
    """
    from ropa_desktop.exporters.register_xlsx import write_register_xlsx  # openpyxl: loaded when a workbook is made

    target = Path(path)
    sig_target = target.with_name(target.name + ".p7s")
    if identity is not None:
        check_target(sig_target, overwrite=overwrite)
    with atomic_path(target, overwrite=overwrite) as tmp:
        try:
            write_register_xlsx(register, tmp, lang=lang, findings=findings, version=version,
                                progress=progress, cancelled=cancelled, copy_kind=copy_kind)
        except OSError as exc:
            raise ExportError("cannot write {path}: {reason}", path=str(target),
                              reason=exc.strerror or str(exc)) from None
        if identity is not None:
            from ropa_desktop.signing.cms_sign import cms_signature  # cryptography: loaded when a workbook is signed

            signature = cms_signature(tmp.read_bytes(), identity)
            atomic_write(sig_target, lambda p: p.write_bytes(signature), overwrite=overwrite)
    if identity is None and sig_target.exists() and overwrite:
        # A signature left from an earlier export would now fail to verify: remove it.
        sig_target.unlink()
    return target
