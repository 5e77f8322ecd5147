"""Ctrl+P: print what the window shows, through Qt's print preview.

A list page prints as a table of its rows and visible columns (in the order and filter the
user sees), so it reads on paper; any other page prints as it looks on screen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QAbstractItemView, QWidget


def _table_html(view: QAbstractItemView) -> str:
    model = view.model()
    header = getattr(view, "horizontalHeader", lambda: None)()
    columns = [c for c in range(model.columnCount())
               if header is None or not header.isSectionHidden(c)]
    if header is not None:
        columns.sort(key=header.visualIndex)  # the order the user arranged
    head = "".join(f"<th align='left'>{html.escape(str(model.headerData(c, Qt.Orientation.Horizontal) or ''))}</th>"
                   for c in columns)
    rows = []
    for r in range(model.rowCount()):
        cells = "".join(f"<td>{html.escape(str(model.index(r, c).data() or ''))}</td>" for c in columns)
        rows.append(f"<tr>{cells}</tr>")
    return (f"<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def _picture_html(widget: QWidget) -> str:
    pixels = widget.grab()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixels.save(buffer, "PNG")
    encoded = bytes(data.toBase64()).decode("ascii")
    return f"<img src='data:image/png;base64,{encoded}' width='640'>"


def page_document(title: str, page: QWidget, subtitle: str = "") -> QTextDocument:
    """The page as a document to print: its list as a table, or its picture."""
    view = getattr(page, "view", None)
    body = _table_html(view) if isinstance(view, QAbstractItemView) and view.model() is not None \
        else _picture_html(page)
    document = QTextDocument()
    document.setHtml(f"<h2>{html.escape(title)}</h2><p>{html.escape(subtitle)}</p>{body}")
    return document


def print_with_preview(parent: QWidget, document: QTextDocument, title: str = "") -> int:
    """Qt's print preview of ``document``; the user prints from it (or to a PDF)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    if title:
        dialog.setWindowTitle(title)
    dialog.paintRequested.connect(document.print_)
    return dialog.exec()
