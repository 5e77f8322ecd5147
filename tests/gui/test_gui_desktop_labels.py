"""A form's label wraps its words at about 20 characters, but a word longer than that (Danish and
Swedish compounds such as "Registreringsnummer", "behandlingsaktiviteter") is shown whole, not cut."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ropa_desktop.gui.editors.object_form import ObjectForm, Spec
from ropa_desktop.gui.widgets.fields import TextField


def test_a_label_with_a_word_longer_than_the_label_column_shows_the_word_whole(qtbot) -> None:
    labels = ["Registreringsnummer", "Gennemgangsinterval for behandlingsaktiviteter", "Navn"]
    form = ObjectForm([("", [Spec(attr=f"f{i}", label=text, make=TextField) for i, text in enumerate(labels)])])
    qtbot.addWidget(form)
    form.resize(900, 400)
    form.show()
    qtbot.waitExposed(form)

    shown = {label.text(): label for label in form.findChildren(QLabel) if label.text() in labels}
    for text, label in shown.items():
        longest = max(text.split(), key=label.fontMetrics().horizontalAdvance)
        assert label.contentsRect().width() >= label.fontMetrics().horizontalAdvance(longest), text
    assert shown["Gennemgangsinterval for behandlingsaktiviteter"].wordWrap()  # the phrase still wraps
