"""Are the documents the same before and after a change? (issue 17: "no output changes")

    PYTHONPATH=<checkout> python bench/compare_outputs.py make OUT_DIR   # with each checkout in turn
    python bench/compare_outputs.py diff BEFORE_DIR AFTER_DIR           # lists what differs

``make`` imports each example register (/work/shared/register-format/examples/*.json, or
the folder in $ROPA_EXAMPLES) and two synthetic registers (bench/synthetic.py) with the
``ropa`` of the checkout on PYTHONPATH, then writes what a user gets from each: ``check
--json`` and its text, the JSON export, the PDF export's text page by page (pdftotext),
every cell of the Excel export, a signed PDF's text, and the notice for all audiences as
HTML in each language it is written in. Times of day and the export's timestamp are masked:
they differ between any two runs.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLES = Path(os.environ.get("ROPA_EXAMPLES", "/work/shared/register-format/examples"))
ROPA = [sys.executable, "-m", "ropa_desktop.cli.main"]
TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:UTC|Z|[+-]\d{2}:?\d{2}))?\b")
STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})")


def mask(text: str) -> str:
    return TIME.sub("<time>", STAMP.sub("<timestamp>", text))


def ropa(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*ROPA, *args], capture_output=True, text=True, env=env)


def sources(tmp: Path) -> dict[str, Path]:
    found = {p.stem: p for p in sorted(EXAMPLES.glob("*.json"))}
    for name, n, publishable in (("synthetic-60", 60, True), ("synthetic-25-unsigned-scc", 25, False)):
        path = tmp / f"{name}.json"
        subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(HERE)!r})\n"
                        "from synthetic import publishable, synthetic_register\n"
                        "from ropa_desktop.interchange.jsonio import dump_document\n"
                        f"r = synthetic_register({n})\n"
                        f"r = publishable(r) if {publishable} else r\n"
                        f"open({str(path)!r}, 'w', encoding='utf-8').write(dump_document(r))"], check=True)
        found[name] = path
    return found


def xlsx_cells(path: Path) -> str:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return json.dumps({ws.title: [[None if v is None else str(v) for v in row]
                                      for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets},
                          ensure_ascii=False, indent=1)
    finally:
        wb.close()


def pdf_pages(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return "\n".join(f"--- page {i + 1} ---\n{page}" for i, page in enumerate(text.split("\f")))


def make(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="compare-") as t:
        tmp = Path(t)

        def clean(text: str) -> str:
            return mask(text.replace(str(tmp), "<tmp>"))

        env = {**os.environ, "ROPA_BENCH_PW": "compare-pw", "ROPA_USER": "compare"}
        ropa("identity", "new", "-o", str(tmp / "id.p12"), "--name", "Compare Signer", "--email", "c@example.com",
             "--password-env", "ROPA_BENCH_PW", env=env)
        for name, src in sources(tmp).items():
            reg = tmp / f"{name}.ropa"
            done = ropa("import", str(reg), str(src), env=env)
            (out / f"{name}.import.txt").write_text(clean(done.stdout + done.stderr), encoding="utf-8")
            for suffix, args in (("check.json", ["--json"]), ("check.txt", [])):
                done = ropa("check", str(reg), *args, env=env)
                (out / f"{name}.{suffix}").write_text(f"exit {done.returncode}\n{clean(done.stdout)}", encoding="utf-8")
            done = ropa("export", str(reg), "-o", str(tmp / "e.json"), "--force", env=env)
            (out / f"{name}.export-json.txt").write_text(clean(done.stdout + done.stderr), encoding="utf-8")
            (out / f"{name}.export.json").write_text(clean((tmp / "e.json").read_text(encoding="utf-8")),
                                                     encoding="utf-8")
            ropa("export", str(reg), "-o", str(tmp / "e.pdf"), "--force", env=env)
            (out / f"{name}.pdf.txt").write_text(clean(pdf_pages(tmp / "e.pdf")), encoding="utf-8")
            ropa("export", str(reg), "-o", str(tmp / "e.xlsx"), "--force", env=env)
            (out / f"{name}.xlsx.json").write_text(clean(xlsx_cells(tmp / "e.xlsx")), encoding="utf-8")
            ropa("export", str(reg), "-o", str(tmp / "s.pdf"), "--force", "--sign", str(tmp / "id.p12"),
                 "--password-env", "ROPA_BENCH_PW", env=env)
            if (tmp / "s.pdf").exists():
                (out / f"{name}.signed-pdf.txt").write_text(clean(pdf_pages(tmp / "s.pdf")), encoding="utf-8")
            for lang in ("sv", "nb", "da", "en"):
                html = tmp / f"n-{lang}.html"
                done = ropa("notice", str(reg), "-o", str(html), "--lang", lang, "--force", env=env)
                body = html.read_text(encoding="utf-8") if html.exists() else ""
                (out / f"{name}.notice-{lang}.html").write_text(
                    clean(f"exit {done.returncode}\n{done.stdout}{done.stderr}\n{body}"), encoding="utf-8")
            done = ropa("check", str(reg), "--json", env=env)  # once a notice was published
            (out / f"{name}.check-after-notice.json").write_text(f"exit {done.returncode}\n{clean(done.stdout)}",
                                                                 encoding="utf-8")
    print(f"{len(list(out.iterdir()))} outputs written to {out}")


def diff(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    differing = [n for n in names if not ((before / n).exists() and (after / n).exists()
                                         and (before / n).read_bytes() == (after / n).read_bytes())]
    print(f"{len(names) - len(differing)} of {len(names)} outputs identical")
    for name in differing:
        print(f"DIFFERS: {name}")
    return 1 if differing else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["make"]:
        make(Path(sys.argv[2]))
    elif sys.argv[1:2] == ["diff"]:
        sys.exit(diff(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        sys.exit(__doc__)
