"""The first start (or a start with no register to reopen): how would you like to begin?

Four ways in: the demo register (the default, so that Enter — or one command in the README's
Quick start — gives a register to look around in), a register file the user has, the
spreadsheet they keep their register in today, or the typical activities we wrote. The last
two start a new register (the guided set-up) and then import into it or pick a template.
A way that is abandoned halfway (a file dialog cancelled) brings the choice back; closing
the choice leaves the window without a register, as File → New and File → Open can fix.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout, QWidget

from ropa_desktop.gui.i18n import tr

DEMO, OPEN, IMPORT, TEMPLATES = "demo", "open", "import", "templates"


class FirstStartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome to ropa-desktop"))
        self.choice: str | None = None
        self.setMinimumWidth(520)  # each way in on two lines at most, in all four languages
        layout = QVBoxLayout(self)
        intro = QLabel(tr("ropa-desktop keeps your record of processing activities (GDPR Art. 30). "
                          "How would you like to begin?"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.buttons: dict[str, QCommandLinkButton] = {}
        for key, text, description in (
            (DEMO, tr("Look around in the demo register"),
             tr("A small company's register, filled in, to try everything on")),
            (OPEN, tr("Open a register"), tr("A register file you or a colleague keeps")),
            (IMPORT, tr("Import a spreadsheet"),
             tr("Start a new register from the spreadsheet you keep your register in today")),
            (TEMPLATES, tr("Start from typical activities"),
             tr("Start a new register and add activities we wrote for Nordic small companies")),
        ):
            button = QCommandLinkButton(text, description)
            button.clicked.connect(lambda _checked=False, k=key: self._choose(k))
            layout.addWidget(button)
            self.buttons[key] = button
        self.buttons[DEMO].setDefault(True)  # Enter: the demo, as the README's Quick start promises
        self.buttons[DEMO].setFocus()

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()


def first_start(window: Any, ctx: Any) -> bool:
    """Ask how to begin until a register is open or the user closes the choice; whether one is open."""
    while True:
        dialog = FirstStartDialog(window)
        # A register opened meanwhile (a .ropa Finder hands over while the choice shows) is the answer.
        ctx.register_opened.connect(dialog.reject)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        ctx.register_opened.disconnect(dialog.reject)
        choice = dialog.choice
        dialog.deleteLater()
        if not accepted or choice is None:
            return ctx.store is not None
        if begin(window, ctx, choice):
            return True


def begin(window: Any, ctx: Any, choice: str) -> bool:
    """Carry out one way in; False when it was abandoned before a register was open."""
    if choice == DEMO:
        return open_demo(window, ctx)
    if choice == OPEN:
        window.files.open_dialog()
        return ctx.store is not None
    if not window.files.new_register():
        return False
    if choice == IMPORT:
        from ropa_desktop.gui.spreadsheet_import import import_spreadsheet_dialog

        import_spreadsheet_dialog(window, ctx)
    elif choice == TEMPLATES:
        from ropa_desktop.gui.template_dialog import new_activity_from_template

        new_activity_from_template(window, ctx)
    return True  # the new register is open, whatever was imported or added into it


def open_demo(window: Any, ctx: Any) -> bool:
    """Open the demo register, made in the user's data folder the first time."""
    from ropa_desktop.gui import app

    demo = app.demo_path()
    if demo.exists():
        return bool(window.files.open_path(demo))
    try:
        from ropa_desktop.services.demo import create_demo_register

        ctx.set_store(create_demo_register(demo))
    except Exception as exc:  # a full disk, a folder we may not write: say so, and offer the choice again
        from ropa_desktop.gui.error_words import plain_error

        ctx.error(tr("The demo register could not be made"), plain_error(exc))
        return False
    return True
