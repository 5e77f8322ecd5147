"""A DPO edits in plain words: durations as number and unit, countries by name, fields that say what the law asks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QInputDialog, QLineEdit, QMessageBox, QWidget

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.missing import MISSING
from ropa_desktop.domain.model import Activity, Processor, Retention
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.editors.form import ObjectListField, SubObjectField
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.list_page import ListPage
from ropa_desktop.gui.widgets.duration import DurationField
from ropa_desktop.gui.widgets.fields import CountryField, CountryListField, RefChoiceField
from ropa_desktop.store import Kind


def _add_activity(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str) -> ListPage:
    page = window.show_page("activities")
    assert isinstance(page, ListPage)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (name, True))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    return page


def _pick(qtbot, combo: QComboBox, text: str) -> None:
    """Choose an entry as a keyboard user does: focus the closed box and step to it with the arrow keys."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def _type_country(qtbot, field: CountryField, text: str) -> None:
    edit = field.combo.lineEdit()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _add_transfer(qtbot, page: ListPage) -> ObjectListField:
    page.editor.form.focus_path("transfers")
    transfers = page.editor.form.fields["transfers"]
    assert isinstance(transfers, ObjectListField)
    qtbot.mouseClick(transfers.add_button, Qt.MouseButton.LeftButton)
    return transfers


def test_the_scc_sub_form_gives_each_field_the_height_it_needs(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.resize(1366, 768)
    page = _add_activity(qtbot, window, monkeypatch, "Support")
    transfers = _add_transfer(qtbot, page)
    scc = transfers.form.fields["scc"]
    assert isinstance(scc, SubObjectField) and scc.state is not None
    _pick(qtbot, scc.state, "Recorded")
    assert ctx.store.get(Kind.ACTIVITY, "support").transfers[0].scc.status == "missing"
    page.editor.form.focus_path("transfers[0].scc.signed_on")

    inputs = [w for w in scc.form.findChildren(QWidget) if isinstance(w, (QComboBox, QDateEdit, QLineEdit))
              and not isinstance(w.parent(), (QComboBox, QDateEdit)) and w.isVisible()]
    assert len(inputs) >= 4  # module, status, date, where the contract is kept
    qtbot.waitUntil(lambda: all(w.height() > 0 for w in inputs))  # laid out, as a shown window is
    qtbot.wait(100)
    squashed = [(type(w).__name__, w.height(), w.sizeHint().height()) for w in inputs
                if w.height() < w.sizeHint().height()]
    assert squashed == []


def test_typing_part_of_a_country_and_enter_takes_the_offered_country(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _add_activity(qtbot, window, monkeypatch, "Support")
    transfers = _add_transfer(qtbot, page)
    country = transfers.form.fields["country"]
    assert isinstance(country, CountryField)

    _type_country(qtbot, country, "united sta")
    assert ctx.store.get(Kind.ACTIVITY, "support").transfers[0].country == "US"
    assert country.combo.currentText() == "United States"

    # Not a country: the text stays, the field says why, and the register keeps its value.
    _type_country(qtbot, country, "Atlantis")
    assert ctx.store.get(Kind.ACTIVITY, "support").transfers[0].country == "US"
    assert country.combo.currentText() == "Atlantis"
    assert country.warning.isVisibleTo(country) and "Atlantis" in country.warning.text()

    _type_country(qtbot, country, "Indi")
    assert ctx.store.get(Kind.ACTIVITY, "support").transfers[0].country == "IN"
    assert not country.warning.isVisibleTo(country)


def test_picking_a_processor_fills_in_the_transfer_country(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.store.add(Kind.PROCESSOR, Processor(id="mailwave", name="Mailwave Inc.", country="US"))
    ctx.store.add(Kind.PROCESSOR, Processor(id="nordcloud", name="Nordcloud AB", country="SE",
                                            processing_locations=["SE", "IN"]))
    page = _add_activity(qtbot, window, monkeypatch, "Nyhetsbrev")
    transfers = _add_transfer(qtbot, page)
    processor = transfers.form.fields["processor"]
    country = transfers.form.fields["country"]
    assert isinstance(processor, RefChoiceField) and isinstance(country, CountryField)

    _pick(qtbot, processor.combo, "Mailwave Inc.")
    saved = ctx.store.get(Kind.ACTIVITY, "nyhetsbrev").transfers[0]
    assert (saved.processor, saved.country) == ("mailwave", "US")
    assert country.combo.currentText() == "United States"
    window.undo_action.trigger()  # one step: the processor and the country it brought
    saved = ctx.store.get(Kind.ACTIVITY, "nyhetsbrev").transfers[0]
    assert saved.processor is MISSING and saved.country is MISSING

    # Stepping through the processors with the arrow keys: the country follows the processor.
    # A processor in the EU/EEA that processes elsewhere: the transfer goes there.
    qtbot.mouseClick(transfers.add_button, Qt.MouseButton.LeftButton)
    _pick(qtbot, processor.combo, "Nordcloud AB")
    assert ctx.store.get(Kind.ACTIVITY, "nyhetsbrev").transfers[1].country == "IN"
    assert country.combo.currentText() == "India"

    # A country the DPO recorded is never overwritten.
    _type_country(qtbot, country, "Japan")
    _pick(qtbot, processor.combo, "Mailwave Inc.")
    saved = ctx.store.get(Kind.ACTIVITY, "nyhetsbrev").transfers[1]
    assert (saved.processor, saved.country) == ("mailwave", "JP")


def test_the_delete_dialog_names_the_activities_in_the_ui_language(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ctx.store.default_language == "sv" and ctx.ui_lang == "en"
    ctx.store.add(Kind.ACTIVITY, Activity(id="kundregister", name=LText({"sv": "Kundregister",
                                                                         "en": "Customer register"}),
                                          role="controller", status="active", data_subjects=["kunder"]))
    subjects = window.show_page(Kind.DATA_SUBJECT_CATEGORY.value)
    assert subjects.select_id("kunder")
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(subjects.delete_button, Qt.MouseButton.LeftButton)
    assert "“Customers”" in asked[0] and "Customer register" in asked[0]
    assert "Kundregister" not in asked[0]
    assert ctx.store.get(Kind.DATA_SUBJECT_CATEGORY, "kunder") is not None


def test_a_retention_period_as_number_and_unit_and_a_country_by_name_are_stored_as_the_format_writes_them(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The acceptance test of the plain-language editing: P3Y and US, never typed."""
    page = _add_activity(qtbot, window, monkeypatch, "Bokföring")
    form = page.editor.form
    form.focus_path("retention")
    rules = form.fields["retention"]
    assert isinstance(rules, ObjectListField)
    qtbot.mouseClick(rules.add_button, Qt.MouseButton.LeftButton)
    period = rules.form.fields["period"]
    assert isinstance(period, DurationField)
    assert ctx.store.get(Kind.ACTIVITY, "bokforing").retention[0].period is None  # ends with an event
    assert not period.number.isVisibleTo(period)

    _pick(qtbot, period.mode, "A period of")
    period.number.setFocus()
    period.number.lineEdit().selectAll()
    qtbot.keyClicks(period.number.lineEdit(), "3")
    qtbot.keyClick(period.number.lineEdit(), Qt.Key.Key_Tab)
    _pick(qtbot, period.unit, "years")
    assert ctx.store.get(Kind.ACTIVITY, "bokforing").retention[0].period == "P3Y"

    transfers = _add_transfer(qtbot, page)
    _type_country(qtbot, transfers.form.fields["country"], "United States")
    assert ctx.store.get(Kind.ACTIVITY, "bokforing").transfers[0].country == "US"

    # Back to an event: the period is null again, as the format writes "no fixed period".
    _pick(qtbot, period.mode, "No fixed period: it ends with an event")
    assert ctx.store.get(Kind.ACTIVITY, "bokforing").retention[0].period is None


def test_a_duration_is_shown_as_written_never_rounded(
    qtbot, window: MainWindow, ctx: AppContext
) -> None:
    rules = [Retention(period="P24M", description=LText({"sv": "Två år"})),
             Retention(period="P1Y6M", description=LText({"sv": "Ett och ett halvt år"}))]
    ctx.store.add(Kind.ACTIVITY, Activity(id="crm", name=LText({"sv": "CRM"}), role="controller",
                                          status="active", retention=rules, review_every="P6M"))
    page = window.show_page("activities")
    assert page.select_id("crm")
    form = page.editor.form
    review = form.fields["review_every"]
    assert isinstance(review, DurationField)
    assert (review.number.value(), review.unit.currentText()) == (6, "months")

    form.focus_path("retention[0]")
    period = form.fields["retention"].form.fields["period"]
    assert (period.number.value(), period.unit.currentText()) == (24, "months")
    # A duration of two units is kept as it is, and said so, rather than forced into one.
    form.focus_path("retention[1]")
    assert "P1Y6M" in period.kept_label.text() and period.kept_label.isVisibleTo(period)
    assert not period.number.isVisibleTo(period)

    # The organisation's interval is one answer; an own interval another.
    _pick(qtbot, review.mode, "The organisation's interval")
    assert ctx.store.get(Kind.ACTIVITY, "crm").review_every is MISSING
    _pick(qtbot, review.mode, "Every")
    _pick(qtbot, review.unit, "years")
    assert ctx.store.get(Kind.ACTIVITY, "crm").review_every == "P6Y"


def test_processing_locations_are_countries_by_name(
    qtbot, window: MainWindow, ctx: AppContext
) -> None:
    ctx.store.add(Kind.PROCESSOR, Processor(id="mailwave", name="Mailwave Inc.", processing_locations=["IE"]))
    page = window.show_page(Kind.PROCESSOR.value)
    assert page.select_id("mailwave")
    places = page.editor.form.fields["processing_locations"]
    assert isinstance(places, CountryListField)
    assert [places.list.item(i).text() for i in range(places.list.count())] == ["Ireland"]

    places.combo.lineEdit().setFocus()
    qtbot.keyClicks(places.combo.lineEdit(), "united sta")
    qtbot.mouseClick(places.add_button, Qt.MouseButton.LeftButton)
    assert ctx.store.get(Kind.PROCESSOR, "mailwave").processing_locations == ["IE", "US"]
    assert [places.list.item(i).text() for i in range(places.list.count())] == ["Ireland", "United States"]

    qtbot.keyClicks(places.combo.lineEdit(), "Atlantis")
    qtbot.keyClick(places.combo.lineEdit(), Qt.Key.Key_Return)
    assert ctx.store.get(Kind.PROCESSOR, "mailwave").processing_locations == ["IE", "US"]
    assert places.warning.isVisibleTo(places)

    places.list.setCurrentRow(0)
    qtbot.mouseClick(places.remove_button, Qt.MouseButton.LeftButton)
    assert ctx.store.get(Kind.PROCESSOR, "mailwave").processing_locations == ["US"]


def test_a_purpose_s_id_is_made_from_its_text_and_kept_under_advanced(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _add_activity(qtbot, window, monkeypatch, "Kundtjänst")
    form = page.editor.form
    form.focus_path("purposes")
    purposes = form.fields["purposes"]
    qtbot.mouseClick(purposes.add_button, Qt.MouseButton.LeftButton)
    id_field = purposes.form.fields["id"]
    assert not id_field.isVisibleTo(purposes.form)  # internal: folded away

    description = purposes.form.fields["description"]
    edit = description.edits["sv"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Svara på frågor")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert [p.id for p in ctx.store.get(Kind.ACTIVITY, "kundtjanst").purposes] == ["svara-pa-fragor"]

    # Once made, the id stays when the text changes: other parts of the register point at it.
    edit.setFocus()
    qtbot.keyClicks(edit, " per telefon")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert [p.id for p in ctx.store.get(Kind.ACTIVITY, "kundtjanst").purposes] == ["svara-pa-fragor"]

    advanced = purposes.form._advanced_of["id"]
    qtbot.mouseClick(advanced.toggle, Qt.MouseButton.LeftButton)
    assert id_field.isVisibleTo(purposes.form) and id_field.edit.text() == "svara-pa-fragor"


def test_a_nested_object_says_in_words_whether_it_is_recorded(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _add_activity(qtbot, window, monkeypatch, "Rekrytering")
    form = page.editor.form
    form.focus_path("dpia")
    dpia = form.fields["dpia"]
    assert isinstance(dpia, SubObjectField) and dpia.state is not None
    assert dpia.state.currentText() == "Not recorded yet"
    assert "checks will ask" in dpia.explanation.text() and dpia.explanation.isVisibleTo(dpia)
    assert not dpia.box.isVisibleTo(dpia)

    _pick(qtbot, dpia.state, "Recorded")
    assert ctx.store.get(Kind.ACTIVITY, "rekrytering").dpia.required == "unknown"
    assert dpia.box.isVisibleTo(dpia) and not dpia.explanation.isVisibleTo(dpia)
    _pick(qtbot, dpia.state, "Not recorded yet")
    assert ctx.store.get(Kind.ACTIVITY, "rekrytering").dpia is MISSING

    organisation = window.show_page("organisation")
    dpo = organisation.form.fields["dpo"]
    _pick(qtbot, dpo.state, "None: we have no data protection officer")
    assert ctx.store.organisation().dpo is None
    assert "there is none" in dpo.explanation.text()



# Every field Art. 30 asks for, in each editor: (page, form path to it, field).
ART30_FIELDS = [
    ("organisation", "", "name"), ("organisation", "", "dpo"), ("organisation", "", "representative"),
    ("activities", "", "purposes"), ("activities", "", "data_subjects"), ("activities", "", "data_categories"),
    ("activities", "", "recipients"), ("activities", "", "transfers"), ("activities", "", "retention"),
    ("activities", "", "security_measures"), ("activities", "transfers", "country"),
    ("activities", "retention", "period"),
]


def test_each_art_30_field_says_what_the_law_asks_in_the_ui_language(
    qtbot, swedish, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _add_activity(qtbot, window, monkeypatch, "Lön")
    qtbot.mouseClick(page.editor.form.fields["transfers"].add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.editor.form.fields["retention"].add_button, Qt.MouseButton.LeftButton)
    for key, inner, attr in ART30_FIELDS:
        form = window.show_page(key).form if key == "organisation" else page.editor.form
        if inner:
            form = form.fields[inner].form
        line = form.law_lines.get(attr)
        assert line is not None, attr
        # In Swedish, with the article: "Vad kräver lagen? Art. 30.1 c: …"
        assert line.text().startswith("Vad kräver lagen?"), line.text()
        assert "Art." in line.text()
        assert line.text() in form.fields[attr].toolTip()
