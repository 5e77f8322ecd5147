"""The register as an Excel workbook that authorities and auditors can filter.

Sheet *Register* has a row per activity and the Art. 30 items in the column order
of the UK ICO's controller template (where our model has the item); further sheets
list purposes, processors, transfers, the catalogues and the current findings.

A very hidden sheet holds the register as a ``ropa-register`` JSON document, so that
``ropa import`` gets every field back (all languages, ids, dates) — the visible
sheets are text in one language and could not be read back without loss. A text longer
than an Excel cell holds (32,767 characters) is cut in its visible cell with a mark that
says so (``cell_text``); the data sheet keeps it whole, so the workbook still imports.

Written with openpyxl's write-only mode (streaming) for speed. A text that a
spreadsheet would run as a formula is written as a text cell with Excel's quote
prefix, never as a formula.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.packaging.custom import StringProperty
from openpyxl.packaging.extended import ExtendedProperties
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.constants import ARC_APP, XPROPS_NS
from openpyxl.xml.functions import SubElement, tostring

from ropa_desktop import __version__
from ropa_desktop.domain.model import Activity, Register
from ropa_desktop.exporters.register_text import RegisterText, format_date
from ropa_desktop.interchange.jsonio import document_value
from ropa_desktop.output.catalogue import copy_rows, enum_label, label, normalize
from ropa_desktop.output.citations import cite
from ropa_desktop.output.field_words import field_path
from ropa_desktop.output.text_safety import visible_controls
from ropa_desktop.output.write_errors import Cancelled
from ropa_desktop.reference import third_country_transfers

DATA_SHEET = "ropa-data"
DATA_MARK = "ropa-register-xlsx"
DATA_VERSION = 1
CELL_LIMIT = 32767  # the most characters an Excel cell holds; Excel cuts or refuses a longer one
CHUNK = 30000  # characters per cell of the data sheet, below CELL_LIMIT
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

# Column widths in characters, by kind of content.
NARROW, SHORT, MEDIUM, WIDE = 10, 18, 30, 50


def register_columns(rt: RegisterText) -> list[tuple[str, int, Callable[[Activity], str]]]:
    """(heading, width, value) of the Register sheet, in the ICO template's order after the first four."""
    j = "\n".join
    return [
        (label("id", rt.lang), SHORT, lambda a: a.id),
        (label("col_activity", rt.lang), MEDIUM, rt.name),
        (label("col_role", rt.lang), SHORT, rt.role),
        (label("col_status", rt.lang), NARROW, rt.status),
        (label("ico_business_function", rt.lang), SHORT,
         lambda a: a.owner if isinstance(a.owner, str) else ""),
        (label("ico_purpose", rt.lang), WIDE,
         lambda a: j(rt.purpose_names(a)) if a.purposes else ("" if a.role == "processor" else rt.not_recorded())),
        (label("ico_joint_controller", rt.lang), MEDIUM, lambda a: j(rt.joint_controllers(a))),
        (label("ico_individuals", rt.lang), MEDIUM, lambda a: j(rt.data_subjects(a))),
        (label("ico_personal_data", rt.lang), WIDE, lambda a: j(rt.data_categories(a))),
        (label("ico_recipients", rt.lang), MEDIUM, lambda a: j(rt.recipients(a))),
        (label("ico_processor_contract", rt.lang), MEDIUM, lambda a: j(rt.processor_contracts(a))),
        (label("ico_third_countries", rt.lang), MEDIUM, lambda a: j(rt.transfer_countries(a))),
        (label("ico_safeguards", rt.lang), WIDE, lambda a: j(rt.transfer_safeguards(a))),
        (label("ico_retention", rt.lang), WIDE, lambda a: j(rt.retention(a))),
        (label("ico_security", rt.lang), WIDE, lambda a: j(rt.security_measures(a))),
        (label("ico_art6", rt.lang), MEDIUM, lambda a: j(rt.legal_bases(a))),
        (label("ico_art9", rt.lang), MEDIUM, lambda a: j(rt.art9_conditions(a))),
        (label("ico_li", rt.lang), WIDE, lambda a: j(rt.legitimate_interests(a))),
        (label("ico_rights", rt.lang), MEDIUM, lambda a: j(rt.rights(a))),
        (label("ico_automated", rt.lang), MEDIUM, rt.automated),
        (label("ico_source", rt.lang), MEDIUM, lambda a: j(rt.sources(a))),
        (label("ico_location", rt.lang), MEDIUM, lambda a: j(rt.locations(a))),
        (label("ico_dpia", rt.lang), MEDIUM, rt.dpia),
        (label("description", rt.lang), WIDE, lambda a: rt.t(a.description)),
        (label("processors", rt.lang), MEDIUM, lambda a: j(rt.processors(a))),
        (label("requirement", rt.lang), MEDIUM, rt.requirement),
        (label("last_reviewed", rt.lang), NARROW, lambda a: format_date(a.last_reviewed, rt.lang)),
        (label("next_review", rt.lang), NARROW, lambda a: format_date(a.next_review, rt.lang)),
    ]


class Sheet(NamedTuple):
    """One visible sheet that shows the register: what ``export_xlsx`` writes and the import compares."""

    title: str
    headings: list[str]
    widths: list[int]
    rows: Iterable[list[str]]
    freeze: str = "B2"


def register_sheets(register: Register, lang: str, *, tick: Callable[[], None] | None = None) -> list[Sheet]:
    """The visible sheets made from the register alone, in the workbook's order (rows are generated lazily).

    The Findings and Export sheets are left out: they describe the export (the checks of the day,
    the date), not the register, and nothing in them is read back."""
    rt = RegisterText(register, lang)
    L = lambda key: label(key, lang)  # noqa: E731 - local shorthand
    cols = register_columns(rt)

    def activities() -> Iterable[list[str]]:
        for a in register.activities:
            yield [c[2](a) for c in cols]
            if tick is not None:
                tick()

    return [
        # Art. 30(1)(a) / 30(2)(a): who keeps the register, first, as the article lists it first.
        Sheet(L("sheet_organisation"), [L("item"), L("details")], [MEDIUM, WIDE],
              ([k, v] for k, v in rt.organisation_rows()), freeze="A2"),
        Sheet(L("sheet_register"), [c[0] for c in cols], [c[1] for c in cols], activities(), freeze="C2"),
        Sheet(L("sheet_purposes"),
              [L("id"), L("col_activity"), L("id"), L("purpose"), L("legal_basis"), L("legitimate_interest"),
               L("law_reference"), L("art9_condition"), L("data_subjects"), L("data_categories"), L("retention")],
              [SHORT, MEDIUM, SHORT, WIDE, MEDIUM, WIDE, MEDIUM, MEDIUM, MEDIUM, MEDIUM, WIDE],
              _purpose_rows(register, rt), freeze="C2"),
        Sheet(L("sheet_controllers"),
              [L("id"), L("col_activity"), L("relation"), L("name"), L("contact"), L("dpo"), L("responsibilities"),
               L("contract")],
              [SHORT, MEDIUM, MEDIUM, MEDIUM, WIDE, MEDIUM, WIDE, MEDIUM],
              _controller_rows(register, rt), freeze="C2"),
        Sheet(L("sheet_processors"),
              [L("id"), L("name"), L("service"), L("country"), L("dpa_status"), L("col_signed_on"), L("reference"),
               L("next_review"), L("sub_processors"), L("locations")],
              [SHORT, MEDIUM, MEDIUM, SHORT, SHORT, NARROW, MEDIUM, NARROW, MEDIUM, MEDIUM],
              _processor_rows(register, rt)),
        Sheet(L("sheet_transfers"),
              [L("id"), L("col_activity"), L("country"), L("country_code"), L("recipient"), L("mechanism"),
               L("scc_module"), L("scc_status"), L("tia"), L("supplementary_measures"), L("copy_available")],
              [SHORT, MEDIUM, SHORT, NARROW, MEDIUM, MEDIUM, MEDIUM, MEDIUM, MEDIUM, WIDE, MEDIUM],
              _transfer_rows(register, rt), freeze="C2"),
        Sheet(L("sheet_subjects"), [L("id"), L("name"), L("description")], [SHORT, MEDIUM, WIDE],
              ([c.id, rt.t(c.name), rt.t(c.description)] for c in register.data_subject_categories)),
        Sheet(L("sheet_data"),
              [L("id"), L("name"), L("description"), L("special_category_col"), L("criminal_col"),
               L("national_id_col")],
              [SHORT, MEDIUM, WIDE, MEDIUM, SHORT, SHORT],
              ([c.id, rt.t(c.name), rt.t(c.description),
                c.special_category if isinstance(c.special_category, str) else "",
                rt.label("yes") if c.is_criminal else "", rt.label("yes") if c.is_national_id else ""]
               for c in register.data_categories)),
        Sheet(L("sheet_recipients"), [L("id"), L("name"), L("type"), L("country")], [SHORT, MEDIUM, SHORT, SHORT],
              ([r.id, rt.t(r.name), rt.enum("recipient_type", r.type),
                rt.country(r.country) if isinstance(r.country, str) else ""] for r in register.recipients or [])),
        Sheet(L("sheet_security"), [L("id"), L("name"), L("kind"), L("description")], [SHORT, MEDIUM, SHORT, WIDE],
              ([m.id, rt.t(m.name), rt.enum("measure_kind", m.kind), rt.t(m.description)]
               for m in register.security_measures or [])),
    ]


def register_rows(register: Register, lang: str) -> tuple[list[str], list[list[str]]]:
    """Headings and cell texts of the Register sheet (also used by the import to spot edits)."""
    rt = RegisterText(register, lang)
    cols = register_columns(rt)
    return [c[0] for c in cols], [[cell_text(c[2](a), lang) for c in cols] for a in register.activities]


def clean(value: str) -> str:
    """Drop the control characters a workbook cannot hold (tab and line breaks stay)."""
    return ILLEGAL_CHARACTERS_RE.sub("", value) if value else ""


def cell_text(value: str, lang: str) -> str:
    """A visible cell's text: cleaned, and a text over Excel's cell limit cut with a mark that says so.

    Cut rather than refused: the register's full text travels in the data sheet, so the workbook
    still imports without loss, and the reader sees where the cell stops and why."""
    if not value:
        return ""
    if len(value) <= CELL_LIMIT // 2 and _NEEDS_CLEANING.search(value) is None:
        return value  # nearly every cell: one scan, nothing to clean, show or cut
    text = visible_controls(clean(value))
    if len(text) <= CELL_LIMIT // 2 or _excel_length(text) <= CELL_LIMIT:
        return text
    mark = " " + label("cell_cut", lang).format(count=len(text))
    keep = 2 * (CELL_LIMIT - _excel_length(mark))  # bytes of UTF-16
    # A character outside the BMP (an emoji) counts twice in Excel; "ignore" drops half of one cut in two.
    return text.encode("utf-16-le")[:keep].decode("utf-16-le", errors="ignore") + mark


# What clean() drops (the C0 controls a workbook cannot hold) and what visible_controls() shows
# (bidi embeddings, overrides and isolates), in one class: a cell needs neither unless it matches.
_NEEDS_CLEANING = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\u202a-\u202e\u2066-\u2069]")


def _excel_length(text: str) -> int:
    """A text's length as Excel counts it: in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def _wrap_by_default(wb: Workbook) -> StyleArray:
    """Make the workbook's Normal style and default cell format wrap text at the top.

    Body cells then need no style of their own: a cell without a style index uses
    cell format 0 (ECMA-376 §18.3.1.4, ``s`` defaults to 0), so openpyxl writes them on
    its fast path for plain values. Styling every cell instead made openpyxl raise and
    format an exception per cell, and more than doubled the export's time. openpyxl has
    no public setting for format 0, so this touches the workbook's style tables directly.
    """
    wrap = Alignment(wrap_text=True, vertical="top")
    normal = wb._named_styles["Normal"]
    normal.alignment = wrap
    base = StyleArray()
    base.alignmentId = wb._alignments.add(wrap)
    wb._cell_styles = IndexedList([base])
    return base


class _Writer:
    def __init__(self, wb: Workbook, lang: str) -> None:
        self.wb = wb
        self.lang = lang
        self.base_style = _wrap_by_default(wb)
        probe = WriteOnlyCell(wb.create_sheet("probe"))
        probe.alignment = Alignment(wrap_text=True, vertical="top")
        probe.quotePrefix = True
        self.text_style = copy.copy(probe._style)
        head = WriteOnlyCell(wb.worksheets[0])
        head.font = Font(bold=True, color="FFFFFF")
        head.fill = PatternFill("solid", fgColor="1F3A5F")
        head.alignment = Alignment(wrap_text=True, vertical="top")
        self.head_style = copy.copy(head._style)
        wb.remove(wb.worksheets[0])

    def value(self, ws: Any, value: str) -> str | WriteOnlyCell | None:
        """A cell's content: the text itself, none for no text, or a quoted text cell where a spreadsheet
        would see a formula."""
        if not value:
            return None  # not written at all, where an empty string would still make a cell
        if value.startswith(FORMULA_START):
            c = WriteOnlyCell(ws, value)
            c.data_type = "s"
            c._style = self.text_style  # shared: write-only cells are written once, never changed
            return c
        return value

    def sheet(self, title: str, headings: list[str], widths: list[int], rows: Iterable[list[str]],
              freeze: str = "B2", tick: Callable[[], None] | None = None) -> None:
        ws = self.wb.create_sheet(title[:31])
        for i, width in enumerate(widths, start=1):
            column = ws.column_dimensions[get_column_letter(i)]
            column.width = width
            # The default format, like the cells: an unstyled column would get a format of its own.
            column._style = copy.copy(self.base_style)
        ws.freeze_panes = freeze
        header = []
        for h in headings:
            c = WriteOnlyCell(ws, visible_controls(h))
            c._style = copy.copy(self.head_style)
            header.append(c)
        ws.append(header)
        count = 0
        value, lang = self.value, self.lang
        for row in rows:
            ws.append([value(ws, cell_text(v, lang)) for v in row])
            count += 1
            if tick is not None:
                tick()
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headings))}{count + 1}"


def write_register_xlsx(register: Register, path: Path, *, lang: str, findings: Sequence[Any] | None = None,
                        version: str | None = None, progress: ProgressFn | None = None,
                        cancelled: CancelFn | None = None, copy_kind: str | None = None) -> None:
    """Write the workbook to ``path`` (no atomic rename here: see ``export_xlsx``).

    ``findings`` None: no Findings sheet (the caller decides, as for the PDF's annex).
    ``copy_kind`` ("own" or "authority") adds the sheet that says which copy this is."""
    lang = normalize(lang)
    rt = RegisterText(register, lang)
    L = lambda key: label(key, lang)  # noqa: E731 - local shorthand

    total = len(register.activities)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if cancelled is not None and done % 50 == 0 and cancelled():
            raise Cancelled()
        if progress is not None and (done % 50 == 0 or done == total):
            progress(done, total)

    wb = Workbook(write_only=True)
    org = register.organisation
    wb.properties.title = f"{L('title')} — {visible_controls(org.name)}"
    wb.properties.subject = L("subtitle")
    wb.properties.creator = visible_controls(org.dpo.name if org.dpo else org.name)
    wb.properties.description = f"ropa-desktop {__version__}"
    wb.properties.language = lang
    wb.properties.created = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    # Named and worded in the document's language, as the "About this export" sheet: a reader sees
    # them in File > Properties; no program of ours (import, verify) reads them, so no fixed key.
    wb.custom_doc_props.append(StringProperty(name=L("organisation"), value=visible_controls(org.name)))
    if isinstance(org.org_number, str):
        wb.custom_doc_props.append(StringProperty(name=L("org_number"), value=org.org_number))
    if version:
        wb.custom_doc_props.append(StringProperty(name=L("register_version"), value=version))
    if copy_kind is not None:
        wb.custom_doc_props.append(StringProperty(name=L("copy_kind"), value=L(f"copy_{copy_kind}")))
    w = _Writer(wb, lang)

    for sheet in register_sheets(register, lang, tick=tick):
        w.sheet(*sheet)
    if findings is not None:
        w.sheet(L("sheet_findings"), [L("severity"), L("article"), L("item"), L("field"), L("message")],
                [NARROW, SHORT, MEDIUM, MEDIUM, WIDE],
                ([enum_label("severity", f.severity.label, lang), cite(f.article, lang), f.entity_name or f.entity_id,
                  field_path(f.field, lang), f.message(lang)] for f in findings), freeze="A2")
    if copy_kind is not None:
        # What the PDF's cover says, for a reader of the workbook: which copy, which version, findings or not.
        facts = [[L("export_date"), format_date(dt.date.today(), lang)],
                 [L("register_version"), version or rt.not_recorded()],
                 [L("export_language"), L("language_name")],
                 *[list(row) for row in copy_rows(copy_kind, findings is not None, lang)]]
        w.sheet(L("sheet_export"), [L("organisation"), org.name], [MEDIUM, WIDE], facts, freeze="A2")

    data = wb.create_sheet(DATA_SHEET)
    data.sheet_state = "veryHidden"
    # Compact JSON: the sheet is for the import, not for reading, and json's C encoder
    # writes it several times faster than the indented form.
    document = json.dumps(document_value(register), ensure_ascii=False, separators=(",", ":"))
    data.append([DATA_MARK, DATA_VERSION, lang])
    for start in range(0, len(document), CHUNK):
        data.append([document[start:start + CHUNK]])

    if cancelled is not None and cancelled():
        raise Cancelled()
    _save(wb, path, company=visible_controls(org.name))


class _Archive(zipfile.ZipFile):
    """The workbook's zip, writing docProps/app.xml with the company (openpyxl writes it without)."""

    company = ""

    def writestr(self, zinfo_or_arcname: Any, data: Any, *args: Any, **kwargs: Any) -> None:
        if zinfo_or_arcname == ARC_APP:
            # openpyxl's ExtendedProperties has a Company field but does not write it.
            tree = ExtendedProperties().to_tree()
            SubElement(tree, f"{{{XPROPS_NS}}}Company").text = self.company
            data = tostring(tree)
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)


def _save(wb: Workbook, path: Path, *, company: str) -> None:
    # openpyxl's save_workbook, with our archive: Excel shows app.xml's Company under
    # the file's properties, where an authority looks for the organisation.
    wb.properties.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    try:
        with _Archive(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            archive.company = company
            ExcelWriter(wb, archive).save()
    except BaseException:
        _close_streams(wb)
        raise


def _close_streams(wb: Workbook) -> None:
    """Close a failed save's half-written sheet streams now, quietly.

    A write-only sheet writes through suspended generators; when the file fails (a full
    disk), they are left open, and each one closed later by the garbage collector prints
    an 'Exception ignored' traceback — about sixteen before the one clean error.
    """
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        for stream in (getattr(ws, "_rows", None), getattr(writer, "xf", None)):
            if stream is not None:
                with contextlib.suppress(Exception):
                    stream.close()


def _purpose_rows(register: Register, rt: RegisterText) -> Iterable[list[str]]:
    for act in register.activities:
        for p in act.purposes or []:
            retention = [rt.t(r.description) for r in act.retention_for(p.id)]
            yield [act.id, rt.name(act), p.id, rt.t(p.description),
                   rt.enum("legal_basis", p.legal_basis) if isinstance(p.legal_basis, str) else rt.not_recorded(),
                   rt.t(p.legitimate_interest), rt.t(p.law_reference),
                   p.special_category_condition if isinstance(p.special_category_condition, str) else "",
                   "\n".join(rt._subject_names(act.purpose_data_subjects(p))),
                   "\n".join(rt._category_names(act.purpose_data_categories(p))),
                   "\n".join(retention)]


def _controller_rows(register: Register, rt: RegisterText) -> Iterable[list[str]]:
    """The joint controllers (Art. 30(1)(a), 26) and the controllers we process for (Art. 30(2)(a))."""
    for act in register.activities:
        for jc in act.joint_controllers or []:
            yield [act.id, rt.name(act), rt.label("joint_controllers"), jc.name, rt.contact(jc.contact), "",
                   rt.t(jc.responsibilities), ""]
        for c in act.controllers or []:
            yield [act.id, rt.name(act), rt.label("controllers_on_behalf"), c.name, rt.contact(c.contact),
                   rt.contact(c.dpo), "", rt.dpa(c.dpa) if c.dpa else rt.not_recorded()]


def _processor_rows(register: Register, rt: RegisterText) -> Iterable[list[str]]:
    for p in register.processors or []:
        dpa = p.dpa
        yield [p.id, p.name, rt.t(p.service), rt.country(p.country) if isinstance(p.country, str) else "",
               rt.enum("dpa_status", dpa.status) if dpa else rt.not_recorded(),
               format_date(dpa.signed_on, rt.lang) if dpa else "",
               dpa.reference if dpa and isinstance(dpa.reference, str) else "",
               format_date(dpa.review_on, rt.lang) if dpa else "",
               "\n".join(sp.name + (f" ({rt.country(sp.country)})" if isinstance(sp.country, str) else "")
                         for sp in p.sub_processors or []),
               ", ".join(rt.country(c) for c in p.processing_locations or [])]


def _transfer_rows(register: Register, rt: RegisterText) -> Iterable[list[str]]:
    for act in register.activities:
        for tr in third_country_transfers(act):  # one to the EU/EEA is no transfer (Art. 44)
            module, status = rt.scc(tr)
            yield [act.id, rt.name(act), rt.country(tr.country), tr.country if isinstance(tr.country, str) else "",
                   rt.transfer_party(tr), rt.mechanism(tr), module, status, rt.tia(tr),
                   rt.t(tr.supplementary_measures), rt.t(tr.copy_available)]
