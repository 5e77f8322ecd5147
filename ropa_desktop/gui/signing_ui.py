"""Choosing how to sign an export: an identity file (.p12) and its password, or a new identity.

Passwords are asked each time and kept only as long as it takes to open the identity;
only the identity file's path is remembered. The small ``ask_*`` functions are the
only places that show a dialog, so tests can answer them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ropa_desktop.domain.model import Contact
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.i18n import tr

UNSIGNED, SIGN_LAST, SIGN_WITH, CREATE = "unsigned", "last", "with", "create"


def ask_sign_choice(parent: QWidget | None, last: Path | None) -> str | None:
    """Sign the export, and with what? None: the user cancelled the export."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Sign the export?"),
                      tr("A signed export shows who made it and proves that it has not been changed since. "
                         "How do you want to sign it?"), QMessageBox.StandardButton.NoButton, parent)
    buttons: dict[Any, str] = {}
    if last is not None:
        buttons[box.addButton(tr("Sign as %1").replace("%1", last.stem), QMessageBox.ButtonRole.AcceptRole)] = SIGN_LAST
    buttons[box.addButton(tr("Sign with…"), QMessageBox.ButtonRole.ActionRole)] = SIGN_WITH
    buttons[box.addButton(tr("Create a signing identity…"), QMessageBox.ButtonRole.ActionRole)] = CREATE
    unsigned = box.addButton(tr("Do not sign"), QMessageBox.ButtonRole.NoRole)
    buttons[unsigned] = UNSIGNED
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton())


def ask_identity_file(parent: QWidget | None, start: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Choose your signing identity"), start,
                                          tr("Signing identities (*.p12 *.pfx);;All files (*)"))
    return Path(path) if path else None


def ask_password(parent: QWidget | None, title: str, prompt: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)
    return text if ok else None


def ask_text(parent: QWidget | None, title: str, prompt: str, value: str = "") -> str | None:
    text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Normal, value)
    return text.strip() if ok and text.strip() else None


def tell(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def identity_folder() -> Path:
    from ropa_desktop.signing import default_identity_dir

    return default_identity_dir()


def choose_identity(ctx: AppContext, parent: QWidget | None) -> tuple[bool, Any]:
    """(go on with the export?, the Identity to sign with or None for unsigned)."""
    from ropa_desktop.signing import SigningError

    last = ctx.settings.last_identity()
    last_path = Path(last) if last and Path(last).exists() else None
    choice = ask_sign_choice(parent, last_path)
    if choice is None:
        return False, None
    if choice == UNSIGNED:
        return True, None
    try:
        if choice == CREATE:
            identity = create_identity(ctx, parent)
        else:
            path = last_path if choice == SIGN_LAST else ask_identity_file(
                parent, str(last_path.parent if last_path else identity_folder()))
            identity = open_identity(parent, path) if path else None
    except SigningError as exc:
        from ropa_desktop.gui.error_words import error_text

        ctx.error(tr("The export was not signed"), error_text(exc))
        return False, None
    if identity is None:
        return False, None
    if identity.path is not None:
        ctx.settings.set_last_identity(identity.path)
    return True, identity


def open_identity(parent: QWidget | None, path: Path) -> Any:
    """The identity in ``path``, opened with the password the user types (None: cancelled)."""
    from ropa_desktop.signing import load_identity

    password = ask_password(parent, tr("Password"), tr("The password of %1:").replace("%1", path.name))
    if password is None:
        return None
    return load_identity(path, password)


def create_identity(ctx: AppContext, parent: QWidget | None) -> Any:
    """A new self-signed identity for the DPO, saved in the user's data folder (None: cancelled)."""
    from ropa_desktop.gui.editors.env import unique_id
    from ropa_desktop.signing import SigningError
    from ropa_desktop.signing import create_identity as make

    assert ctx.store is not None
    dpo = ctx.store.organisation().dpo
    name = dpo.name if isinstance(dpo, Contact) and dpo.name else ""
    email = dpo.email if isinstance(dpo, Contact) and isinstance(dpo.email, str) else ""
    name = ask_text(parent, tr("Create a signing identity"), tr("The signer's name:"), name) or ""
    if not name:
        return None
    first = ask_password(parent, tr("Create a signing identity"),
                         tr("Choose a password to protect the identity of %1:").replace("%1", name))
    if first is None:
        return None
    second = ask_password(parent, tr("Create a signing identity"), tr("The same password again:"))
    if second is None:
        return None
    if first != second:
        raise SigningError(tr("the two passwords differ; the identity was not created"))
    folder = identity_folder()
    taken = {p.stem for p in folder.glob("*.p12")} if folder.exists() else set()
    path = folder / f"{unique_id(name, taken)}.p12"
    identity = make(path, name, email, first)
    tell(
        parent, tr("Create a signing identity"),
        tr("The identity of %1 was saved as %2. Keep its password safe: it cannot be recovered.")
        .replace("%1", name).replace("%2", str(path)))
    return identity
