"""The Qt binding we run on keeps Python's reference counts straight (PySide6 6.12.0 on 3.11 did not)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calling_qt_methods_many_times_does_not_use_up_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")  # a method returning void; a broken binding drops a reference to None here
    assert sys.getrefcount(None) - before > -100
