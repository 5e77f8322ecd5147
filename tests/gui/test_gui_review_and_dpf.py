"""The fields the format gained in 2026-12, edited through the real widgets and found in the store."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.missing import MISSING
from ropa_desktop.domain.model import DataCategory, Dpf
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.editors.form import ObjectListField, SubObjectField
from ropa_desktop.gui.editors.nested import NOT_RECORDED, RECORDED
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.list_page import ListPage
from ropa_desktop.gui.widgets.duration import UNITS, DurationField
from ropa_desktop.gui.widgets.fields import (
    CheckField,
    ChoiceField,
    CountryField,
    DateField,
    LTextField,
    RefListField,
    TextField,
)
from ropa_desktop.store import Kind


def _add_activity(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str) -> ListPage:
    page = window.show_page("activities")
    assert isinstance(page, ListPage)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (name, True))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    return page


def _type(field: TextField, text: str) -> None:
    field.edit.setText(text)
    field.edit.editingFinished.emit()


def _interval(field: DurationField, number: int | None, unit: str = "M") -> None:
    """Set a review interval as the user does: "Every" N months, or back to the default."""
    field.mode.setCurrentIndex(0 if number is None else 1)
    field.mode.activated.emit(field.mode.currentIndex())
    if number is not None:
        field.number.setValue(number)
        field.unit.setCurrentIndex(UNITS.index(unit))
        field.unit.activated.emit(field.unit.currentIndex())


def _choose(field: ChoiceField | CountryField, value: object) -> None:
    index = field.index_of(value)
    assert index >= 0
    field.combo.setCurrentIndex(index)
    field.combo.activated.emit(index)


def test_the_review_interval_and_the_national_id_justification_are_stored(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.store.add(Kind.DATA_CATEGORY, DataCategory(id="personnummer", name=LText({"sv": "Personnummer"}),
                                                   national_id=True))
    page = _add_activity(qtbot, window, monkeypatch, "Lön")
    form = page.editor.form

    review = form.fields["review_every"]
    assert isinstance(review, DurationField)
    _interval(review, 6)
    assert ctx.store.get(Kind.ACTIVITY, "lon").review_every == "P6M"

    # Asked for only once the activity uses personal identity numbers.
    form.focus_path("data_categories")  # the Data tab, as the user would open it
    justification = form.fields["national_id_justification"]
    assert isinstance(justification, LTextField)
    assert not justification.isVisibleTo(form)
    categories = form.fields["data_categories"]
    assert isinstance(categories, RefListField)
    row = next(i for i in range(categories.list.count())
               if categories.list.item(i).data(Qt.ItemDataRole.UserRole) == "personnummer")
    categories.list.item(row).setCheckState(Qt.CheckState.Checked)
    assert justification.isVisibleTo(form)
    justification.edits["sv"].setPlainText("Lönen betalas ut och rapporteras till Skatteverket per person.")
    justification.edits["sv"].editingFinished.emit()

    saved = ctx.store.get(Kind.ACTIVITY, "lon")
    assert saved.national_id_justification.get("sv").startswith("Lönen betalas ut")
    assert saved.review_every == "P6M"

    # Emptying the interval leaves it not recorded (the organisation's applies), not "".
    _interval(review, None)
    assert ctx.store.get(Kind.ACTIVITY, "lon").review_every is MISSING
    window.undo_action.trigger()
    assert ctx.store.get(Kind.ACTIVITY, "lon").review_every == "P6M"


def test_the_organisation_review_interval_is_stored(window: MainWindow, ctx: AppContext) -> None:
    page = window.show_page("organisation")
    review = page.form.fields["review_every"]
    assert isinstance(review, DurationField)
    _interval(review, 12)
    assert ctx.store.organisation().review_every == "P12M"


def test_dpf_certification_is_recorded_on_a_us_transfer(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _add_activity(qtbot, window, monkeypatch, "Nyhetsbrev")
    transfers = page.editor.form.fields["transfers"]
    assert isinstance(transfers, ObjectListField)
    qtbot.mouseClick(transfers.add_button, Qt.MouseButton.LeftButton)
    dpf = transfers.form.fields["dpf"]
    assert isinstance(dpf, SubObjectField)
    assert not dpf.isVisibleTo(transfers.form)  # a new transfer relies on clauses, not the framework

    _choose(transfers.form.fields["country"], "US")
    _choose(transfers.form.fields["mechanism"], "adequacy")
    assert dpf.isVisibleTo(transfers.form)
    assert ctx.store.get(Kind.ACTIVITY, "nyhetsbrev").transfers[0].dpf is MISSING

    dpf.state.setCurrentIndex(dpf.states.index(RECORDED))
    certified = dpf.form.fields["certified"]
    assert isinstance(certified, CheckField)
    certified.check.setChecked(True)
    checked_on = dpf.form.fields["checked_on"]
    assert isinstance(checked_on, DateField)
    checked_on.check.setChecked(True)
    _type(dpf.form.fields["reference"], "https://www.dataprivacyframework.gov/list")

    assert ctx.store.get(Kind.ACTIVITY, "nyhetsbrev").transfers[0].dpf == Dpf(
        certified=True, checked_on=dt.date.today(), reference="https://www.dataprivacyframework.gov/list")

    certified.check.setChecked(False)
    assert ctx.store.get(Kind.ACTIVITY, "nyhetsbrev").transfers[0].dpf.certified is False
    # Recorded, it stays in sight when the transfer tool changes.
    _choose(transfers.form.fields["mechanism"], "scc")
    assert dpf.isVisibleTo(transfers.form)
    dpf.state.setCurrentIndex(dpf.states.index(NOT_RECORDED))
    assert ctx.store.get(Kind.ACTIVITY, "nyhetsbrev").transfers[0].dpf is MISSING
