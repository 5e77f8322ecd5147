"""Export a register: PDF or Excel for the supervisory authority (optionally signed), or JSON.

Every export is written to a temporary file beside the target and renamed when
complete (see :mod:`ropa_desktop.output.atomic`), so a failed or cancelled export
leaves nothing behind. Long exports take ``progress(done, total)`` and
``cancelled() -> bool`` callbacks so that the GUI can run them in a worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ropa_desktop.output.atomic import atomic_path, atomic_write, check_target
from ropa_desktop.output.write_errors import ExportError

if TYPE_CHECKING:
    from ropa_desktop.domain.model import Register
    from ropa_desktop.signing.identity import Identity

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


def export_pdf(register: Register, path: str | Path, *, lang: str, findings: Sequence[Any] | None = None,
               version: str | None = None, identity: Identity | None = None,
               progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
               overwrite: bool = False) -> Path:
    """Write the register as a PDF to ``path``; sign it (PAdES) when ``identity`` is given."""
    from ropa_desktop.exporters.register_pdf import write_register_pdf  # reportlab: loaded when a PDF is made

    def write(tmp: Path) -> None:
        lines = None
        if identity is not None:
            from ropa_desktop.signing.pdf_sign import stamp_lines  # pyHanko: loaded when a PDF is signed

            lines = stamp_lines(identity, dt.datetime.now(dt.UTC), lang)
        write_register_pdf(register, tmp, lang=lang, findings=findings, version=version,
                           progress=progress, cancelled=cancelled, signature_lines=lines)
        if identity is not None:
            from ropa_desktop.signing.pdf_sign import sign_pdf_in_place  # pyHanko: loaded when a PDF is signed

            sign_pdf_in_place(tmp, identity, lang=lang, text_on_page=True)

    return atomic_write(path, write, overwrite=overwrite)


def export_xlsx(register: Register, path: str | Path, *, lang: str, findings: Sequence[Any] | None = None,
                version: str | None = None, identity: Identity | None = None,
                progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
                overwrite: bool = False) -> Path:
    """Write the register as an Excel workbook to ``path``.

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
                                progress=progress, cancelled=cancelled)
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
