"""Choosing how to sign an export: an identity file (.p12) and its password, or a new identity.

Passwords are asked each time and kept only as long as it takes to open the identity;
only the identity file's path is remembered. The small ``ask_*`` functions are the
only places that show a dialog, so tests can answer them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ropa_desktop.domain.model import Contact
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.i18n import tr

UNSIGNED, SIGN_LAST, SIGN_WITH, CREATE = "unsigned", "last", "with", "create"
WRONG_PASSWORD = "the password for {name} is wrong"  # signing.identity's template for it
MAX_ATTEMPTS = 5  # a wrong password is asked again; after this many the export stops


@dataclass(frozen=True)
class LastIdentity:
    """The identity used last: its file, and the person it signs as (what the user knows it by)."""

    path: Path
    signer: str


def ask_sign_choice(parent: QWidget | None, last: LastIdentity | None) -> str | None:
    """Sign the export, and with what? None: the user cancelled the export."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Sign the export?"),
                      tr("A signed export shows who made it and proves that it has not been changed since. "
                         "How do you want to sign it?"), QMessageBox.StandardButton.NoButton, parent)
    buttons: dict[Any, str] = {}
    if last is not None:
        buttons[box.addButton(tr("Sign as %1").replace("%1", last.signer or last.path.stem),
                              QMessageBox.ButtonRole.AcceptRole)] = SIGN_LAST
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


def ask_new_identity(parent: QWidget | None, name: str, email: str, folder: Path) -> tuple[str, str, str] | None:
    """(name, e-mail, password) for a new identity, from one dialog; None: cancelled."""
    from ropa_desktop.gui.identity_dialog import IdentityDialog

    dialog = IdentityDialog(name, email, folder, parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def identity_folder() -> Path:
    from ropa_desktop.signing import default_identity_dir

    return default_identity_dir()


def choose_identity(ctx: AppContext, parent: QWidget | None) -> tuple[bool, Any]:
    """(go on with the export?, the Identity to sign with or None for unsigned)."""
    from ropa_desktop.signing import SigningError

    last = ctx.settings.default_identity() or ctx.settings.last_identity()  # the one chosen in Preferences first
    last_path = Path(last) if last and Path(last).exists() else None
    choice = ask_sign_choice(parent, LastIdentity(last_path, signer_name(ctx, last_path)) if last_path else None)
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
        ctx.settings.set_last_identity(identity.path, identity.name)
    return True, identity


def signer_name(ctx: AppContext, path: Path | None) -> str:
    """The person an identity file signs as, without its password: remembered when it was last
    opened, or read from the certificate saved beside it."""
    if path is None:
        return ""
    remembered = ctx.settings.identity_name(path)
    if remembered:
        return remembered
    from ropa_desktop.signing.identity import certificate_path, subject_name

    try:
        from cryptography import x509

        return subject_name(x509.load_pem_x509_certificate(certificate_path(path).read_bytes()))
    except (OSError, ValueError):
        return ""


def open_identity(parent: QWidget | None, path: Path) -> Any:
    """The identity in ``path``, opened with the password the user types (None: cancelled).

    A wrong password is asked again, saying so and counting the attempts: a typo must not
    throw away the export the user has just set up.
    """
    from ropa_desktop.signing import SigningError, load_identity

    prompt = tr("The password of %1:").replace("%1", path.name)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        password = ask_password(parent, tr("Password"), prompt)
        if password is None:
            return None
        try:
            return load_identity(path, password)
        except SigningError as exc:
            if exc.template != WRONG_PASSWORD or attempt == MAX_ATTEMPTS:
                raise
        prompt = (tr("The password was wrong. Type the password of %1 again (attempt %2 of %3):")
                  .replace("%1", path.name).replace("%2", str(attempt + 1)).replace("%3", str(MAX_ATTEMPTS)))
    return None


def create_identity(ctx: AppContext, parent: QWidget | None) -> Any:
    """A new self-signed identity for the DPO, saved in the user's data folder (None: cancelled).

    Its certificate is saved beside it (X.pem), to hand to whoever verifies the exports.
    """
    from ropa_desktop.gui.editors.env import unique_id
    from ropa_desktop.signing import create_identity as make
    from ropa_desktop.signing.identity import certificate_path

    assert ctx.store is not None
    dpo = ctx.store.organisation().dpo
    name = dpo.name if isinstance(dpo, Contact) and dpo.name else ""
    email = dpo.email if isinstance(dpo, Contact) and isinstance(dpo.email, str) else ""
    folder = identity_folder()
    answer = ask_new_identity(parent, name, email, folder)
    if answer is None:
        return None
    name, email, password = answer
    taken = {p.stem for p in folder.glob("*.p12")} if folder.exists() else set()
    path = folder / f"{unique_id(name, taken)}.p12"
    return make(path, name, email, password, certificate=certificate_path(path))
