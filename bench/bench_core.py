"""Benchmark of the register core: import, load, check (issue 2's targets).

Run by hand:  .venv/bin/python bench/bench_core.py [N ...]   (default: 1000 10000)
Targets on the 2-core machine: import 10,000 activities < 10 s, load < 1 s, check < 1 s.
Each size runs in a fresh process, so the peak memory (max RSS) is that size's own.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def bench(n: int) -> None:
    from synthetic import synthetic_register

    from ropa_desktop.checks import run_checks
    from ropa_desktop.interchange.importing import import_file
    from ropa_desktop.interchange.jsonio import dump_document
    from ropa_desktop.store import RegisterStore

    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / "register.json"
        doc.write_text(dump_document(synthetic_register(n)), encoding="utf-8")
        path = Path(tmp) / "register.ropa"
        seed = synthetic_register(1)
        store = RegisterStore.create(path, seed.organisation, seed.languages)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t0 = time.perf_counter()
        import_file(store, doc)
        t_import = time.perf_counter() - t0
        store.close()
        store = RegisterStore.open(path)
        t0 = time.perf_counter()
        register = store.load()
        t_load = time.perf_counter() - t0
        t0 = time.perf_counter()
        findings = run_checks(register)
        t_check = time.perf_counter() - t0
        store.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{n:>6} activities ({doc.stat().st_size / 1e6:.1f} MB JSON, {path.stat().st_size / 1e6:.1f} MB "
              f"register): import {t_import:.2f} s, load {t_load:.2f} s, check {t_check:.2f} s "
              f"({len(findings)} findings); peak RSS {peak:.0f} MB (before import {rss_before:.0f} MB, "
              "the synthetic document itself included)")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        bench(int(sys.argv[2]))
    else:
        for arg in sys.argv[1:] or ["1000", "10000"]:
            subprocess.run([sys.executable, __file__, "--one", arg], check=True)
