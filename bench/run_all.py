"""Every CLI ratio of issue 17 against its floor, measured in one run.

Run by hand:  PYTHONPATH=. .venv/bin/python bench/run_all.py [--rounds R] [N ...]   (default: 3 rounds, 1000)

Each ``ropa`` command and each floor (bench/floors.py) runs as a process of its own; the
figures are the whole process's CPU time (user + sys, start-up included) and its peak
memory (max RSS), the median of R paired runs (ours, then its floor, R times), so a busy
machine slows both sides alike. Targets (issue 17): start-up <= 3x bare Python; check
<= 3x reading the rows; notice HTML <= 3x a Jinja render of the same content; import <=
2.5x; JSON export <= 2x; PDF and Excel <= 1.3x; peak memory at 10,000 activities < 300 MB.
It also lists the heavy libraries ``--version``, ``check`` and ``history`` import (there
should be none), and the memory of Python with the package imported.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOORS = str(HERE / "floors.py")
ROPA = [sys.executable, "-m", "ropa_desktop.cli.main"]
HEAVY = ("reportlab", "pyhanko", "jsonschema", "jinja2", "babel", "openpyxl", "pycountry", "pypdf", "asn1crypto",
         "cryptography", "odf", "PySide6")
TARGETS = {"start-up": 3.0, "check": 3.0, "notice .html": 3.0, "import": 2.5, "export .json": 2.0,
           "export .pdf": 1.3, "export .xlsx": 1.3}


def measure(cmd: list[str]) -> tuple[float, float]:
    """(CPU seconds, peak MB) of one process running ``cmd``."""
    # stderr goes to a file, not a pipe: `ropa notice` at 10,000 activities lists more gaps than a
    # pipe holds, and a pipe read only after the process ends would block it for ever.
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(proc.pid, 0)
        errors.seek(0)
        err = errors.read().decode(errors="replace")
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):  # `ropa check` exits 1 when the register has errors
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err[-2000:]}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def python(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout


def prepare(n: int, tmp: Path) -> dict[str, Path]:
    """The register (JSON and .ropa, one notice published) and what the floors need of our outputs."""
    p = {name: tmp / name for name in ("doc.json", "reg.ropa", "content.json", "out.pdf", "pages.txt", "out.xlsx",
                                       "sheets.pickle")}
    python(f"import sys; sys.path.insert(0, {str(HERE)!r})\n"
           "from synthetic import publishable, synthetic_register\n"
           "from ropa_desktop.interchange.jsonio import dump_document\n"
           f"text = dump_document(publishable(synthetic_register({n})))\n"
           f"open({str(p['doc.json'])!r}, 'w', encoding='utf-8').write(text)")
    subprocess.run([*ROPA, "import", str(p["reg.ropa"]), str(p["doc.json"])], check=True, capture_output=True)
    # One published notice: `check` then also compares the register with what was published.
    subprocess.run([*ROPA, "notice", str(p["reg.ropa"]), "-o", str(tmp / "first.html")], check=True,
                   capture_output=True)
    python("import json\nfrom ropa_desktop.store import RegisterStore\nfrom ropa_desktop.notices import build_notice\n"
           f"s = RegisterStore.open({str(p['reg.ropa'])!r}); r = s.load()\n"
           f"json.dump(build_notice(r, None, r.default_language).content.to_json(), "
           f"open({str(p['content.json'])!r}, 'w', encoding='utf-8'), ensure_ascii=False)")
    subprocess.run([*ROPA, "export", str(p["reg.ropa"]), "-o", str(p["out.pdf"])], check=True, capture_output=True)
    subprocess.run(["pdftotext", "-enc", "UTF-8", str(p["out.pdf"]), str(p["pages.txt"])], check=True)
    subprocess.run([*ROPA, "export", str(p["reg.ropa"]), "-o", str(p["out.xlsx"])], check=True, capture_output=True)
    # In a process of its own: a child's peak memory counts the parent's at fork, so this one stays small.
    python("import pickle\nfrom openpyxl import load_workbook\n"
           f"wb = load_workbook({str(p['out.xlsx'])!r}, read_only=True)\n"
           f"pickle.dump({{ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}}, "
           f"open({str(p['sheets.pickle'])!r}, 'wb'))")
    return p


def font() -> str:
    return python("from ropa_desktop.base.resources import resource_path; "
                  "print(resource_path('fonts', 'DejaVuSans.ttf'))").strip()


def operations(p: dict[str, Path], tmp: Path) -> list[tuple[str, object, list[str]]]:
    """(name, our command (or a function making it, run before each round), its floor)."""
    reg, fl = str(p["reg.ropa"]), [sys.executable, FLOORS]

    def fresh_notice_register() -> list[str]:
        shutil.copyfile(reg, tmp / "notice.ropa")
        (tmp / "n.html").unlink(missing_ok=True)
        return [*ROPA, "notice", str(tmp / "notice.ropa"), "-o", str(tmp / "n.html")]

    def fresh_import() -> list[str]:
        (tmp / "new.ropa").unlink(missing_ok=True)
        (tmp / "floor.db").unlink(missing_ok=True)
        return [*ROPA, "import", str(tmp / "new.ropa"), str(p["doc.json"])]

    return [
        ("start-up", [*ROPA, "--version"], [sys.executable, "-c", "pass"]),
        ("check", [*ROPA, "check", reg], [*fl, "read_rows", reg]),
        ("history", [*ROPA, "history", reg], [*fl, "read_rows", reg]),
        ("notice .html", fresh_notice_register, [*fl, "jinja", reg, str(p["content.json"]), str(tmp / "f.html")]),
        ("import", fresh_import, [*fl, "import", str(p["doc.json"]), str(tmp / "floor.db")]),
        ("export .json", [*ROPA, "export", reg, "-o", str(tmp / "e.json"), "--force"],
         [*fl, "json_export", reg, str(tmp / "f.json")]),
        ("export .pdf", [*ROPA, "export", reg, "-o", str(tmp / "e.pdf"), "--force"],
         [*fl, "pdf", str(p["pages.txt"]), font(), str(tmp / "f.pdf")]),
        ("export .xlsx", [*ROPA, "export", reg, "-o", str(tmp / "e.xlsx"), "--force"],
         [*fl, "xlsx", str(p["sheets.pickle"]), str(tmp / "f.xlsx")]),
    ]


def heavy_imports(args: list[str]) -> list[str]:
    err = subprocess.run([sys.executable, "-X", "importtime", *ROPA[1:], *args], capture_output=True,
                         text=True).stderr
    loaded = {line.split("|")[-1].strip().split(".")[0] for line in err.splitlines() if line.startswith("import time:")}
    return sorted(loaded & set(HEAVY))


def bench(n: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-all-") as t:
        tmp = Path(t)
        p = prepare(n, tmp)
        print(f"\n{n} activities ({p['doc.json'].stat().st_size / 1e6:.1f} MB JSON, "
              f"{p['reg.ropa'].stat().st_size / 1e6:.1f} MB register), median of {rounds} paired runs")
        print(f"{'operation':<14} {'ours s':>7} {'floor s':>7} {'ratio':>6} {'target':>6} {'peak MB':>8} "
              f"{'floor MB':>8}")
        for name, ours, floor in operations(p, tmp):
            runs = []
            for _ in range(rounds):
                cmd = ours() if callable(ours) else ours
                runs.append((measure(cmd), measure(floor)))
            cpu = statistics.median(o[0] for o, _ in runs)
            fcpu = statistics.median(f[0] for _, f in runs)
            ratio = statistics.median(o[0] / f[0] for o, f in runs)
            target = TARGETS.get(name)
            mark = "" if target is None else ("ok" if ratio <= target else "OVER")
            print(f"{name:<14} {cpu:>7.3f} {fcpu:>7.3f} {ratio:>6.2f} {target or '-':>6} "
                  f"{max(o[1] for o, _ in runs):>8.0f} {max(f[1] for _, f in runs):>8.0f} {mark}")
            sys.stdout.flush()
        for args in (["--version"], ["check", str(p["reg.ropa"])], ["history", str(p["reg.ropa"])]):
            print(f"heavy libraries imported by `ropa {args[0]}`: {', '.join(heavy_imports(args)) or 'none'}")


def package_memory() -> None:
    for module in ("ropa_desktop.cli.main", "ropa_desktop.services.import_register"):
        _, peak = measure([sys.executable, "-c", f"import {module}"])
        print(f"peak memory of Python with {module} imported: {peak:.0f} MB")
    _, bare = measure([sys.executable, "-c", "pass"])
    print(f"(bare Python: {bare:.0f} MB)")


if __name__ == "__main__":
    argv = sys.argv[1:]
    rounds = 3
    if argv[:1] == ["--rounds"]:
        rounds, argv = int(argv[1]), argv[2:]
    package_memory()
    for size in argv or ["1000"]:
        bench(int(size), rounds)
    print(json.dumps({"python": sys.version.split()[0]}))
