"""File → Import spreadsheet…: a register kept in another layout, previewed column by column, added as one undo step.

The preview lists each column with the field it fills (recognised by its header, or chosen
here) and every cell the import could not understand. Import stays disabled while a column
is not recognised: the user maps it or ignores it, as ``ropa import --mapping`` does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.gui.commands import StoreCommand, perform
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.error_words import plain_error, worded_text
from ropa_desktop.gui.i18n import tr
from ropa_desktop.interchange.jsonio import DocumentError
from ropa_desktop.interchange.spreadsheet.column_map import check_mapping, read_mapping
from ropa_desktop.interchange.spreadsheet.vocabulary import FIELDS
from ropa_desktop.output.write_errors import ExportError
from ropa_desktop.services.import_spreadsheet import (
    SpreadsheetImport,
    apply_import,
    chosen_mapping,
    preview_spreadsheet,
    remove_import,
    write_mapping,
)


def field_labels() -> dict[str, str]:
    """The fields a column can fill, as the user reads them."""
    return {
        "name": tr("Activity name"), "description": tr("Description"), "purposes": tr("Purposes"),
        "legal_basis": tr("Legal basis"), "art9_condition": tr("Art. 9 condition"),
        "legitimate_interest": tr("Legitimate interest"), "law_reference": tr("Law reference"),
        "data_subjects": tr("Data subjects"), "data_categories": tr("Data categories"),
        "special_categories": tr("Special categories of data"), "recipients": tr("Recipients"),
        "processors": tr("Processors"), "transfer_countries": tr("Transfer countries"),
        "transfer_safeguards": tr("Transfer safeguards"), "retention": tr("Retention"),
        "retention_law": tr("Law setting the retention"), "security_measures": tr("Security measures"),
        "joint_controllers": tr("Joint controllers"), "owner": tr("Owner"), "systems": tr("IT systems"),
        "sources": tr("Sources"), "automated_decisions": tr("Automated decisions"),
        "dpia_required": tr("DPIA required"),
    }


IGNORE = ""  # the combo box value for "ignore this column"


def note_key(header: str) -> str:
    """The x- key a column kept as a note is stored under ('Intern referens' → 'x-intern-referens')."""
    from ropa_desktop.interchange.spreadsheet.catalogue_entries import slug

    return "x-" + slug(header, 50)


class ImportSpreadsheet(StoreCommand):
    """The whole import as one undo step: its activities, entries and organisation details."""

    def __init__(self, ctx: AppContext, result: SpreadsheetImport) -> None:
        super().__init__(ctx, tr("Import %1").replace("%1", result.reading.source))
        self.result = result
        self.before: Any = None

    def do(self) -> None:
        assert self.ctx.store is not None
        self.before = apply_import(self.ctx.store, self.result)
        self.ctx.notify_replaced()

    def revert(self) -> None:
        assert self.ctx.store is not None
        remove_import(self.ctx.store, self.result, self.before)
        self.ctx.notify_replaced()


class SpreadsheetImportDialog(QDialog):
    def __init__(self, ctx: AppContext, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.source = ctx, Path(source)
        self.mapping: dict[str, str | None] = {}
        self.result: SpreadsheetImport | None = None
        self.setWindowTitle(tr("Import spreadsheet"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Column"), tr("Header"), tr("Imported as")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        # The choices made here, kept for the next export of the same template or for 'ropa import --mapping'.
        self.save_mapping_button = self.buttons.addButton(tr("Save mapping…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_mapping_button.setToolTip(tr("Save what each column is imported as, for the next import "
                                               "or for ropa import --mapping"))
        self.load_mapping_button = self.buttons.addButton(tr("Load mapping…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.load_mapping_button.setToolTip(tr("Map the columns as a saved mapping file says"))
        self.save_mapping_button.clicked.connect(self._ask_save_mapping)
        self.load_mapping_button.clicked.connect(self._ask_load_mapping)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.summary, self.table, QLabel(tr("Cells not understood or not taken as written:")),
                       self.notes, self.buttons):
            layout.addWidget(widget)
        self.refresh()

    def combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, 2)  # type: ignore[return-value]

    def refresh(self) -> None:
        """Read the file again with the mapping as chosen, and show what an import would do."""
        try:
            self.result = preview_spreadsheet(self.ctx.register(), self.source, mapping=check_mapping(self.mapping))
        except DocumentError as exc:
            self.result = None
            self.summary.setText(plain_error(exc))
            self.table.setRowCount(0)
            self.notes.clear()
            self.import_button.setEnabled(False)
            return
        reading = self.result.reading
        labels = field_labels()
        self.table.setRowCount(len(reading.columns))
        for row, column in enumerate(reading.columns):
            self.table.setItem(row, 0, QTableWidgetItem(column.letter))
            self.table.setItem(row, 1, QTableWidgetItem(column.header))
            box = QComboBox()
            if column.how in ("unknown", "no header"):
                box.addItem(tr("Not recognised: choose a field or ignore it"), None)
            for name in FIELDS:
                box.addItem(labels[name], name)
            key = column.field if column.field and column.field.startswith("x-") else note_key(column.header or "")
            box.addItem(tr("Keep as a note on each activity"), key)
            box.addItem(tr("Ignore this column"), IGNORE)
            index = box.findData(column.field if column.field else (IGNORE if column.how == "ignored" else None))
            box.setCurrentIndex(max(index, 0))
            box.currentIndexChanged.connect(lambda _i, h=column.header, b=box: self.choose(h, b.currentData()))
            self.table.setCellWidget(row, 2, box)
        self.table.resizeColumnsToContents()
        self.summary.setText(tr("%1: %n activities from the sheet “%2”, header row %3.", "",
                                len(reading.built.activities))
                             .replace("%1", self.source.name).replace("%2", reading.sheet)
                             .replace("%3", str(reading.header_row + 1)))
        self.notes.setPlainText("\n".join(f"{n.cell}: {worded_text(n.message)}" for n in reading.built.notes))
        self.import_button.setEnabled(not reading.unknown and bool(reading.built.activities))

    def choose(self, header: str, value: str | None) -> None:
        if value is None:
            return
        self.mapping[header] = value or None
        self.refresh()

    # --- mapping files ----------------------------------------------------------------------
    def _mapping_file_name(self) -> str:
        return str(self.source.with_name(tr("%1 mapping").replace("%1", self.source.stem) + ".json"))

    def _ask_save_mapping(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Save mapping"), self._mapping_file_name(),
                                              tr("Mapping files (*.json)"))
        if path:
            self.save_mapping(Path(path) if Path(path).suffix else Path(path).with_suffix(".json"))

    def save_mapping(self, path: Path) -> bool:
        """Write each column's field (or null, ignored) as the JSON object ``ropa import --mapping`` reads."""
        if self.result is None:
            return False
        try:
            write_mapping(chosen_mapping(self.result.reading), path)
        except ExportError as exc:
            self.ctx.error(tr("The mapping was not saved"), plain_error(exc))
            return False
        return True

    def _ask_load_mapping(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Load mapping"), str(self.source.parent),
                                              tr("Mapping files (*.json);;All files (*)"))
        if path:
            self.load_mapping(Path(path))

    def load_mapping(self, path: Path) -> bool:
        """Map the columns as the file says (it replaces the choices made here) and preview again."""
        try:
            self.mapping = dict(read_mapping(path))
        except DocumentError as exc:
            self.ctx.error(tr("The mapping was not loaded"), plain_error(exc))
            return False
        self.refresh()
        return True


def import_spreadsheet_dialog(parent: QWidget, ctx: AppContext) -> None:
    """Ask for a spreadsheet, preview it, and import it as one undo step."""
    if ctx.store is None:
        return
    path, _ = QFileDialog.getOpenFileName(parent, tr("Import spreadsheet"), ctx.settings.last_folder(),
                                          tr("Spreadsheets (*.xlsx *.ods *.csv);;All files (*)"))
    if path:
        run_import(parent, ctx, Path(path))


def run_import(parent: QWidget, ctx: AppContext, source: Path) -> bool:
    dialog = SpreadsheetImportDialog(ctx, source, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result is None:
        return False
    return perform(ctx, ImportSpreadsheet(ctx, dialog.result), tr("The spreadsheet was not imported"))

