"""Benchmark of the register core: import, load, check (issue 2's targets).

Run by hand:  .venv/bin/python bench/bench_core.py [N ...]   (default: 1000 10000)
Targets on the 2-core machine: import 10,000 activities < 10 s, load < 1 s, check < 1 s.
Each step runs in a process of its own, so its peak memory (max RSS) is its own.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def step_generate(n: int, doc: Path) -> dict:
    from synthetic import synthetic_register

    from ropa_desktop.interchange.jsonio import dump_document

    doc.write_text(dump_document(synthetic_register(n)), encoding="utf-8")
    return {}


def step_import(doc: Path, register: Path) -> dict:
    from ropa_desktop.services.import_register import create_from_file

    base = peak_mb()
    start = time.perf_counter()
    store, _ = create_from_file(register, doc)  # what `ropa import NEW.ropa FILE.json` does
    store.close()
    return {"import_s": time.perf_counter() - start, "import_peak_mb": peak_mb(), "baseline_mb": base}


def step_load_check(register: Path) -> dict:
    from ropa_desktop.checks import run_checks
    from ropa_desktop.store import RegisterStore

    store = RegisterStore.open(register)
    start = time.perf_counter()
    loaded = store.load()
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    findings = run_checks(loaded)
    return {"load_s": load_s, "check_s": time.perf_counter() - start, "findings": len(findings),
            "load_check_peak_mb": peak_mb()}


def run_step(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def bench(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        doc, register = Path(tmp) / "register.json", Path(tmp) / "register.ropa"
        run_step("generate", str(n), str(doc))
        r = run_step("import", str(doc), str(register))
        r |= run_step("load_check", str(register))
        print(f"{n:>6} activities ({doc.stat().st_size / 1e6:.1f} MB JSON, {register.stat().st_size / 1e6:.1f} MB "
              f"register): import {r['import_s']:.2f} s, load {r['load_s']:.2f} s, check {r['check_s']:.2f} s "
              f"({r['findings']} findings); peak RSS import {r['import_peak_mb']:.0f} MB, load+check "
              f"{r['load_check_peak_mb']:.0f} MB (Python with the package imported: {r['baseline_mb']:.0f} MB)")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in ("generate", "import", "load_check"):
        step = {"generate": lambda a: step_generate(int(a[0]), Path(a[1])),
                "import": lambda a: step_import(Path(a[0]), Path(a[1])),
                "load_check": lambda a: step_load_check(Path(a[0]))}[sys.argv[1]]
        print(json.dumps(step(sys.argv[2:])))
    else:
        for arg in sys.argv[1:] or ["1000", "10000"]:
            bench(int(arg))
