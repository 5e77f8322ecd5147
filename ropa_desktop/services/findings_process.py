"""Run the checks in a process of their own and print the findings as JSON lines.

The desktop app starts this (``python -m ropa_desktop.services.findings_process REGISTER``, or
``ropa-desktop --check-worker REGISTER`` in a bundle) so that checking a long register
does not compete with the window for the interpreter lock. It opens the register
read-only in its own connection and prints one ``Finding.to_json()`` per line: the
checks' findings, then the published notices the register no longer matches.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ropa_desktop.services.findings import register_findings
from ropa_desktop.store import RegisterStore


def lower_priority() -> None:
    """Yield the CPU to the window: on a busy two-core laptop the checks may wait, typing may not."""
    import os

    try:
        if hasattr(os, "nice"):
            os.nice(10)
        elif sys.platform == "win32":
            import ctypes

            below_normal = 0x4000
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), below_normal)
    except OSError:
        pass  # not allowed here: run at the normal priority


def main(path: str | Path) -> int:
    store = RegisterStore.open(path)
    try:
        findings = register_findings(store)
    finally:
        store.close()
    out = sys.stdout
    for finding in findings:
        out.write(json.dumps(finding.to_json(), ensure_ascii=False))
        out.write("\n")
    out.flush()
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python -m ropa_desktop.services.findings_process REGISTER", file=sys.stderr)
        sys.exit(2)
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[attr-defined]
    lower_priority()
    try:
        status = main(sys.argv[1])
    except Exception as exc:  # the app logs this line; a child shows no dialog
        print(f"ropa_desktop.services.findings_process: {type(exc).__name__}: {exc}", file=sys.stderr)
        status = 1
    sys.exit(status)
