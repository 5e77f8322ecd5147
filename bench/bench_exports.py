"""Time the PDF and Excel register exports, signed and unsigned, against their library floors.

Floors (same run, no logic of ours):
- PDF: reportlab platypus writing as many two-column table rows as our PDF has
  (one summary row and ~18 item rows per activity), cut into 50-row tables, each
  value the activity's description as a plain string.
- Excel: openpyxl write-only writing exactly the rows of every sheet of our
  workbook (read back from it before the clock starts), unstyled.
Signing: time of signing the finished file alone (pyHanko import included on first use).

Run by hand: .venv/bin/python bench/bench_exports.py [--only pdf|xlsx] [N ...]   (default: 1000 10000)
"""

from __future__ import annotations

import sys
import tempfile
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import synthetic_register

from ropa_desktop.checks import run_checks
from ropa_desktop.services.export_register import export_pdf, export_xlsx
from ropa_desktop.signing import create_identity, load_identity
from ropa_desktop.signing.cms_sign import cms_signature
from ropa_desktop.signing.pdf_sign import sign_pdf_in_place

ITEM_ROWS = 18


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def pdf_floor(register, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    rows = []
    for act in register.activities:
        text = act.description.text(register.languages) if act.description else act.id
        rows.append([act.id, text[:90]])
        rows += [["label", text[:90]]] * ITEM_ROWS
    story = [Table(rows[i:i + 50], colWidths=[150, 343]) for i in range(0, len(rows), 50)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def sheets_of(path: Path) -> dict[str, list[tuple]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}
    finally:
        wb.close()


def xlsx_floor(sheets: dict[str, list[tuple]], path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(str(path))


def bench_pdf(reg, n: int, lang: str, tmp: Path, identity) -> None:
    pdf, signed_pdf = tmp / "r.pdf", tmp / "s.pdf"
    floor = timed(partial(pdf_floor, reg, tmp / "floor.pdf"))
    ours = timed(partial(export_pdf, reg, pdf, lang=lang, overwrite=True))
    signed = timed(partial(export_pdf, reg, signed_pdf, lang=lang, identity=identity, overwrite=True))
    sign_only = timed(partial(sign_pdf_in_place, pdf, identity, lang=lang))
    print(f"{n:>10} {'pdf':>6} {floor:>8.2f} {ours:>8.2f} {ours / floor:>6.2f} {signed:>9.2f} {sign_only:>11.2f}")


def bench_xlsx(reg, n: int, lang: str, tmp: Path, identity) -> None:
    xlsx = tmp / "r.xlsx"
    ours = timed(partial(export_xlsx, reg, xlsx, lang=lang, findings=[], overwrite=True))
    floor = timed(partial(xlsx_floor, sheets_of(xlsx), tmp / "floor.xlsx"))
    # The Findings sheet is written only when findings are given (the export service decides): time both.
    with_checks = timed(lambda: export_xlsx(reg, tmp / "c.xlsx", lang=lang, findings=run_checks(reg), overwrite=True))
    sign_only = timed(partial(cms_signature, xlsx.read_bytes(), identity))
    signed = timed(partial(export_xlsx, reg, tmp / "s.xlsx", lang=lang, findings=[], identity=identity,
                           overwrite=True))
    print(f"{n:>10} {'xlsx':>6} {floor:>8.2f} {ours:>8.2f} {ours / floor:>6.2f} {signed:>9.2f} {sign_only:>11.2f}"
          f"   (run_checks + Findings sheet: {with_checks:.2f} s)")


def main(sizes: list[int], only: str | None = None) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench-exports-"))
    create_identity(tmp / "id.p12", "Bench Signer", "bench@example.com", "pw")
    identity = load_identity(tmp / "id.p12", "pw")
    # Warm up: library imports (reportlab, openpyxl, pyHanko) are paid once per process, not per export.
    warm = synthetic_register(5)
    if only != "xlsx":
        export_pdf(warm, tmp / "w.pdf", lang="en", identity=identity, overwrite=True)
        pdf_floor(warm, tmp / "wf.pdf")
    if only != "pdf":
        export_xlsx(warm, tmp / "w.xlsx", lang="en", identity=identity, overwrite=True)
    print(f"{'activities':>10} {'format':>6} {'floor s':>8} {'ours s':>8} {'ratio':>6} {'signed s':>9} "
          f"{'sign only s':>11}")
    for n in sizes:
        reg = synthetic_register(n)
        lang = reg.languages[0]
        if only != "xlsx":
            bench_pdf(reg, n, lang, tmp, identity)
        if only != "pdf":
            bench_xlsx(reg, n, lang, tmp, identity)
        sys.stdout.flush()


if __name__ == "__main__":
    args = sys.argv[1:]
    only = None
    if args[:1] == ["--only"]:
        only, args = args[1], args[2:]
        if only not in ("pdf", "xlsx"):
            sys.exit("--only takes pdf or xlsx")
    main([int(a) for a in args] or [1000, 10000], only)
