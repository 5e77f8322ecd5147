"""The floors the CLI is measured against: each the bare library doing the same work, no logic of ours.

Each floor runs as a process of its own (``python bench/floors.py NAME ARGS...``), so that
its whole CPU time (start-up included) and peak memory compare with a ``ropa`` process:

- ``read_rows REG``: read every row of a register file and parse its JSON (what ``check``
  cannot do without);
- ``import DOC DB``: ``json.load`` of the document and an SQLite insert of each item;
- ``json_export REG OUT``: read the rows and ``json.dump`` the same document;
- ``jinja REG CONTENT OUT``: read the rows, then a Jinja render of the notice's content
  (``CONTENT``: the content model as JSON, written by ``run_all.py`` beforehand);
- ``pdf PAGES FONT OUT``: a bare reportlab canvas drawing the same lines on the same pages
  (``PAGES``: our PDF's text, one form feed per page, from ``pdftotext``) in the same font;
- ``xlsx SHEETS OUT``: openpyxl write-only writing exactly our workbook's cells
  (``SHEETS``: read back from our workbook beforehand, as a pickle).

Nothing here imports ropa_desktop: a floor pays for no code of ours.
"""

from __future__ import annotations

import json
import pickle
import sqlite3
import sys
from pathlib import Path

TABLES = ("data_subject_categories", "data_categories", "recipients", "processors", "security_measures",
          "activities")


def read_rows(register: str) -> dict:
    conn = sqlite3.connect(f"file:{register}?mode=ro", uri=True)
    doc: dict = {"meta": dict(conn.execute("SELECT key, value FROM meta")),
                 "organisation": json.loads(conn.execute("SELECT doc FROM organisation").fetchone()[0])}
    for table in TABLES:
        doc[table] = [json.loads(row[0]) for row in conn.execute(f"SELECT doc FROM {table} ORDER BY position")]
    conn.close()
    return doc


def import_floor(document: str, db: str) -> None:
    with open(document, encoding="utf-8") as fh:
        doc = json.load(fh)
    conn = sqlite3.connect(db)
    for table in TABLES:
        conn.execute(f"CREATE TABLE {table} (id TEXT PRIMARY KEY, position INTEGER NOT NULL, doc TEXT NOT NULL)")
        conn.executemany(f"INSERT INTO {table} VALUES (?, ?, ?)",
                         ((item["id"], i, json.dumps(item, ensure_ascii=False))
                          for i, item in enumerate(doc.get(table) or [])))
    conn.commit()
    conn.close()


def json_export_floor(register: str, out: str) -> None:
    doc = read_rows(register)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)


TEMPLATE = """<!DOCTYPE html><html><body>
{%- macro show(value) -%}
{%- if value is mapping -%}
<dl>{% for key, item in value.items() %}<dt>{{ key }}</dt><dd>{{ show(item) }}</dd>{% endfor %}</dl>
{%- elif value is string -%}{{ value }}
{%- elif value is iterable -%}<ul>{% for item in value %}<li>{{ show(item) }}</li>{% endfor %}</ul>
{%- else -%}{{ value }}{%- endif -%}
{%- endmacro -%}
{{ show(content) }}</body></html>
"""


def jinja_floor(register: str, content: str, out: str) -> None:
    import jinja2

    read_rows(register)
    with open(content, encoding="utf-8") as fh:
        model = json.load(fh)
    env = jinja2.Environment(autoescape=True)
    Path(out).write_text(env.from_string(TEMPLATE).render(content=model), encoding="utf-8")


def pdf_floor(pages: str, font: str, out: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("Floor", font))
    c = canvas.Canvas(out, pagesize=A4)
    for page in Path(pages).read_text(encoding="utf-8").split("\f"):
        c.setFont("Floor", 8)
        y = 800.0
        for line in page.splitlines():
            c.drawString(40, y, line)
            y -= 10
        c.showPage()
    c.save()


def xlsx_floor(sheets: str, out: str) -> None:
    from openpyxl import Workbook

    with open(sheets, "rb") as fh:
        rows_by_sheet = pickle.load(fh)
    wb = Workbook(write_only=True)
    for title, rows in rows_by_sheet.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(out)


FLOORS = {"read_rows": read_rows, "import": import_floor, "json_export": json_export_floor, "jinja": jinja_floor,
          "pdf": pdf_floor, "xlsx": xlsx_floor}

if __name__ == "__main__":
    FLOORS[sys.argv[1]](*sys.argv[2:])
