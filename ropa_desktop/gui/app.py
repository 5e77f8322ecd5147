"""Entry point: ``ropa-desktop [REGISTER]`` and ``ropa-desktop --smoke REGISTER``.

``ropa-desktop --check-worker REGISTER`` runs the checks and prints findings (the app
starts itself that way in a PyInstaller bundle, where there is no ``python -m``); it
is handled before Qt is imported, so the checks process stays light.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import ropa_desktop

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from ropa_desktop.gui.settings import Settings

DEMO_FILE = "Demo register.ropa"


SOURCE_LANGUAGE = "en"  # the texts in the code; it needs no translation file
QM_PREFIX = "ropa_desktop_"
# Nynorsk and the old "no" tag read our bokmål texts best (there is no nynorsk translation),
# and for Qt's own buttons a bokmål user is better served by nynorsk than by English.
RELATED_LANGUAGES = {"no": "nb", "nn": "nb"}
QT_FALLBACK = {"nb": "nn"}


def ui_languages() -> list[str]:
    """The UI languages on offer: English, and every language with a shipped ``ropa_desktop_<code>.qm``.

    Adding a language is adding its .ts and .qm files; no list in the code names them.
    """
    from ropa_desktop.base.resources import resource_path

    shipped = {p.stem.removeprefix(QM_PREFIX) for p in resource_path("translations").glob(f"{QM_PREFIX}*.qm")}
    return [SOURCE_LANGUAGE, *sorted(shipped - {SOURCE_LANGUAGE})]


def language_name(code: str) -> str:
    """A language as its speakers name it ("Norsk bokmål", "Dansk"), for the language menu."""
    from PySide6.QtCore import QLocale

    locale = QLocale(code)
    if code == SOURCE_LANGUAGE or locale.language() == QLocale.Language.C:
        # nativeLanguageName() says "American English" for en; an unknown code names itself.
        return "English" if code == SOURCE_LANGUAGE else code
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:]


def ui_language(settings: Settings, system: QLocale | None = None) -> str:
    """The UI language: the user's choice, else the system's when we have it, else English.

    ``system`` stands for the system's locale (tests pass one); by default ``QLocale.system()``.
    """
    from PySide6.QtCore import QLocale

    available = ui_languages()
    chosen = settings.ui_language()
    if chosen in available:
        return chosen
    locale = system if system is not None else QLocale.system()
    for tag in locale.uiLanguages():  # the user's order of preference, e.g. "nb-NO", "nb"
        base = tag.replace("_", "-").split("-")[0].lower()
        base = RELATED_LANGUAGES.get(base, base)
        if base in available:
            return base
    return SOURCE_LANGUAGE


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Our .qm files, and Qt's own (standard dialog buttons) for the same language."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from ropa_desktop.base.resources import resource_path

    translators = []
    # English too: its .qm holds the plural forms of the count sentences ("1 day overdue").
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"{QM_PREFIX}{lang}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    if lang != SOURCE_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for qt_lang in (lang, QT_FALLBACK.get(lang)):
            qt = QTranslator(app)
            if qt_lang and qt.load(f"qtbase_{qt_lang}", qt_folder):
                app.installTranslator(qt)
                translators.append(qt)
                break
    return translators


def demo_path() -> Path:
    from platformdirs import user_data_dir

    from ropa_desktop.gui.settings import APPLICATION, ORGANIZATION

    folder = Path(user_data_dir(APPLICATION, ORGANIZATION))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / DEMO_FILE


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ropa-desktop", description="Keep a GDPR Art. 30 register.")
    parser.add_argument("register", nargs="?", type=Path, help="the register file to open")
    parser.add_argument("--smoke", action="store_true",
                        help="open the register, show every page once, and exit (0 when all went well)")
    parser.add_argument("--version", action="version", version=f"ropa-desktop {ropa_desktop.__version__}")
    # Finder on older macOS adds a process serial number (-psn_0_1234) when it starts an app.
    return parser.parse_args([arg for arg in argv if not arg.startswith("-psn_")])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--check-worker"]:
        return check_worker(argv[1:])
    args = parse_args(argv)
    if args.smoke and args.register is None:
        print("ropa-desktop: --smoke needs a register file", file=sys.stderr)
        return 2
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from ropa_desktop.gui.settings import APPLICATION, ORGANIZATION, Settings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("ropa-desktop")
    app.setApplicationVersion(ropa_desktop.__version__)
    from ropa_desktop.gui.gc_guard import GuiThreadCollector

    GuiThreadCollector(app).start()  # cycles are freed on this thread, never by a worker
    settings = Settings()
    lang = ui_language(settings)
    install_translators(app, lang)

    from ropa_desktop.gui.context import AppContext
    from ropa_desktop.gui.main_window import MainWindow

    ctx = AppContext(settings, ui_lang=lang)
    window = MainWindow(ctx)
    ctx.report_error = lambda title, text: _show_error(window, title, text)
    ctx.ask_reload = lambda title, text: _ask_reload(window, title, text)
    if args.smoke:
        ctx.run_synchronously = True
        ctx.report_error = lambda title, text: print(f"{title}: {text}", file=sys.stderr)
        if not window.files.open_path(args.register):
            return 1
        window.show()
        shown = window.smoke()
        ctx.refresh_findings_now()
        app.processEvents()
        print(f"smoke: {len(shown)} pages shown, {len(ctx.findings())} findings")
        window.close()
        ctx.close_register()  # ends our session and its heartbeat timer now, on this thread
        return 0

    window.show()
    start_with_register(window, ctx, args.register)
    status = app.exec()
    QThreadPool.globalInstance().waitForDone(10_000)  # let a running export finish its file
    ctx.close_register()
    return status


def _show_error(parent: object, title: str, text: str) -> None:
    from ropa_desktop.gui.dialogs import show_error  # imported when first needed, not at start-up

    show_error(parent, title, text)  # type: ignore[arg-type]


def _ask_reload(parent: object, title: str, text: str) -> bool:
    from ropa_desktop.gui.conflicts import ask_reload

    return ask_reload(parent, title, text)  # type: ignore[arg-type]


def check_worker(args: list[str]) -> int:
    if len(args) != 1:
        print("usage: ropa-desktop --check-worker REGISTER", file=sys.stderr)
        return 2
    from ropa_desktop.services.findings_process import lower_priority
    from ropa_desktop.services.findings_process import main as run

    lower_priority()
    if sys.stdout is not None and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    try:
        return run(args[0])
    except Exception as exc:  # the app shows no findings and prints this; no dialog from a child
        print(f"ropa-desktop --check-worker: {exc}", file=sys.stderr)
        return 1


def start_with_register(window: object, ctx: object, path: Path | None) -> None:
    """Decide what to open once the event loop has run once, not before it starts.

    On macOS a .ropa double-clicked in Finder starts the app without a command line and arrives
    as a QFileOpenEvent when the loop runs (docs/platforms.md): decided at once, the last
    register or the first-start choice (and the demo register) would come before it.
    """
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, window, lambda: open_initial_register(window, ctx, path))  # type: ignore[arg-type]


def open_initial_register(window: object, ctx: object, path: Path | None) -> None:
    """The register named on the command line, else the last one, else (first start) the choice of how to begin."""
    files = window.files  # type: ignore[attr-defined]
    if path is not None:  # a .ropa opened from the file manager (Windows, Linux) or named in a shell
        files.open_from_desktop(path)
        return
    if ctx.store is not None:  # type: ignore[attr-defined]  # the file Finder handed over came first
        return
    last = ctx.settings.last_register()  # type: ignore[attr-defined]
    if last and Path(last).exists():
        files.open_path(Path(last))
        return
    from ropa_desktop.gui.first_start import first_start  # its default is the demo register

    first_start(window, ctx)


if __name__ == "__main__":
    sys.exit(main())
