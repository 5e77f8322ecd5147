"""Benchmark: importing a foreign spreadsheet register of N rows (issue 16's target: 1,000 rows < 3 s).

Run by hand:  .venv/bin/python bench/bench_spreadsheet_import.py [N ...]   (default: 1000)
The workbook is written with openpyxl in the Swedish layout the tests use (a title block,
list cells, repeated catalogue names, transfers and periods); the time is that of
``import_spreadsheet`` into a new register file: reading, mapping and the one transaction.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

HEADERS = ["Behandling", "Ändamål", "Rättslig grund", "Kategorier av registrerade", "Kategorier av personuppgifter",
           "Mottagare", "Överföring till tredje land", "Lagringstid", "Säkerhetsåtgärder", "Personuppgiftsbiträden"]


def write_workbook(path: Path, n: int) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Registerförteckning"])
    ws.append(["Organisation:", "Exempel AB"])
    ws.append([])
    ws.append(HEADERS)
    for i in range(n):
        ws.append([
            f"Behandling {i}", f"Ändamål {i}; Bokföring", "Avtal; Rättslig förpliktelse",
            f"Kunder, Anställda, Grupp {i % 50}", f"Namn, E-post, Telefon, Uppgift {i % 200}",
            "Skatteverket" if i % 2 else "Inga", "USA" if i % 3 == 0 else "Nej",
            "7 år från utgången av räkenskapsåret", "Kryptering; Behörighetsstyrning", f"Leverantör {i % 30}",
        ])
    wb.save(path)


def main(sizes: list[int]) -> None:
    from ropa_desktop.services.import_spreadsheet import import_spreadsheet

    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "register.xlsx"
            write_workbook(source, n)
            start = time.perf_counter()
            result = import_spreadsheet(Path(tmp) / "r.ropa", source)
            elapsed = time.perf_counter() - start
            print(f"{n:6} rows: {elapsed:.2f} s ({len(result.reading.built.activities)} activities, "
                  f"{len(result.reading.built.notes)} notes)")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000])
