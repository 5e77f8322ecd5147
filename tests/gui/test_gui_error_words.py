"""Errors from the store, the importers and the exporters reach a Swedish user in Swedish, naming the file.

And no message can be forgotten: every template a ``raise`` uses is in the gettext catalogue of
every language (the one the command line words its errors from too), with its fields.
"""

from __future__ import annotations

import ast
import dataclasses
import errno
import json
import os
import re
import string
from pathlib import Path

import pytest

import ropa_desktop
from ropa_desktop.base.worded import Worded, WordedError
from ropa_desktop.exporters.json_export import export_json
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.error_words import error_text
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.interchange.jsonio import MORE
from ropa_desktop.output import atomic
from ropa_desktop.output.languages import LANGUAGES
from ropa_desktop.output.wording import catalogue
from ropa_desktop.services.export_register import ExportChoices
from ropa_desktop.store import InUseError, Kind

PACKAGE = Path(ropa_desktop.__file__).parent


# --- what a Swedish user sees --------------------------------------------------------


def test_opening_a_file_that_is_not_a_register_says_so_in_swedish(
    swedish, window: MainWindow, errors: list, tmp_path: Path
) -> None:
    notes = tmp_path / "anteckningar.ropa"
    notes.write_text("inköpslista: mjölk, bröd", encoding="utf-8")
    assert window.files.open_path(notes) is False
    assert errors == [("Registret kunde inte öppnas", f"{notes} är inget register från ropa-desktop.")]


def test_importing_broken_json_says_so_in_swedish_and_leaves_the_register(
    swedish, window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path
) -> None:
    before = ctx.store.count(Kind.DATA_SUBJECT_CATEGORY)
    bad = tmp_path / "trasig.json"
    bad.write_text("{ det här är ingen json", encoding="utf-8")
    window.files.import_path(bad)
    [(title, text)] = errors
    assert title == "Filen importerades inte"
    # The file is named as it is (not capitalised); the parser's own reason may stay English.
    assert text.startswith("trasig.json är inte giltig JSON: ")
    assert text.endswith(" på rad 1, kolumn 3.")
    assert ctx.store.count(Kind.DATA_SUBJECT_CATEGORY) == before


def test_an_invalid_document_lists_its_problems_in_swedish(
    swedish, window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path, example_doc: dict
) -> None:
    doc = json.loads(json.dumps(example_doc))
    doc["activities"][0]["role"] = "overlord"
    del doc["activities"][0]["name"]
    bad = tmp_path / "fel.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    window.files.import_path(bad)
    [(title, text)] = errors
    lines = text.splitlines()
    assert title == "Filen importerades inte"
    assert lines[0] == "fel.json importerades inte: 2 problem hittades:"
    assert "  $.activities[0].name: krävs men saknas" in lines
    assert any(line.startswith('  $.activities[0].role: "overlord" är inte tillåtet här; använd något av: ')
               for line in lines)
    assert ctx.store.count(Kind.ACTIVITY) == 0


def test_exporting_to_a_name_taken_by_a_folder_says_so_in_swedish(
    swedish, window: MainWindow, errors: list, tmp_path: Path
) -> None:
    taken = tmp_path / "register.json"
    taken.mkdir()
    window.files.export_json(taken)
    assert errors == [("Registret exporterades inte", f"{taken} är en mapp, inte en fil.")]
    assert taken.is_dir() and not list(taken.iterdir())


def test_exporting_to_a_folder_that_cannot_be_written_says_so_in_swedish(
    swedish, window: MainWindow, errors: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "skrivskyddad"
    folder.mkdir()

    def refused(*args: object, **kwargs: object) -> Path:
        # What the operating system says in a folder the user may not write in (the tests may run as root).
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(atomic, "create_part_file", refused)
    window.files.export_register(folder / "register.pdf", ExportChoices())
    assert errors == [("Registret exporterades inte",
                       f"Det går inte att skriva i mappen {folder}: {os.strerror(errno.EACCES)}.")]
    assert not list(folder.iterdir())


def test_a_file_that_exists_is_not_replaced_unasked_and_the_refusal_is_in_swedish(
    swedish, ctx: AppContext, tmp_path: Path
) -> None:
    target = tmp_path / "register.json"
    target.write_text("det gamla", encoding="utf-8")
    with pytest.raises(WordedError) as caught:
        export_json(ctx.store.load(), target, overwrite=False)
    # The app's advice is its save dialog's; --force is the command line's (cli.error.target-exists).
    assert error_text(caught.value) == (f"{target} finns redan; välj ett annat namn, eller välj just den filen "
                                        "i dialogrutan och bekräfta att den får ersättas.")
    assert target.read_text(encoding="utf-8") == "det gamla"
    assert "(--force)" in str(caught.value)  # the command line keeps its English, with its option


def test_a_list_item_in_use_is_named_with_its_swedish_noun(swedish, ctx: AppContext) -> None:
    from ropa_desktop.gui.editors.specs import new_item

    activity = new_item(Kind.ACTIVITY, "lon", "Lön", "sv")
    ctx.store.add(Kind.ACTIVITY, dataclasses.replace(activity, data_subjects=["kunder"]))
    with pytest.raises(InUseError) as caught:
        ctx.store.delete(Kind.DATA_SUBJECT_CATEGORY, "kunder")
    assert error_text(caught.value) == "Kategorin av registrerade 'kunder' används av en behandling: 'Lön'."
    assert str(caught.value) == "the data subject category 'kunder' is used by 1 activity: 'Lön'"


def test_a_message_without_translation_keeps_its_english_sentence(swedish) -> None:
    exc = WordedError("the {thing} is in the wrong phase", thing=Worded("processor"))
    assert error_text(exc) == "The processor is in the wrong phase."


def test_in_english_the_gui_says_what_the_command_line_says(window: MainWindow, errors: list,
                                                             tmp_path: Path) -> None:
    notes = tmp_path / "notes.ropa"
    notes.write_text("not a register", encoding="utf-8")
    window.files.open_path(notes)
    assert errors == [("The register could not be opened", f"{notes} is not a ropa-desktop register.")]


# --- no message can be forgotten ---------------------------------------------------


def _worded_names() -> set[str]:
    # Importing the modules that define them makes every subclass known.
    import ropa_desktop.interchange.jsonio
    import ropa_desktop.notices.refusal
    import ropa_desktop.output.write_errors
    import ropa_desktop.services.activity_templates
    import ropa_desktop.services.publish_notice
    import ropa_desktop.services.versions
    import ropa_desktop.signing.identity
    import ropa_desktop.store.store_errors  # noqa: F401

    found, todo = set(), [WordedError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found | {Worded.__name__}


def _template_arguments() -> list[tuple[str, int, ast.expr]]:
    """(file, line, first argument) of every call of WordedError, its subclasses and Worded in the package."""
    names = _worded_names()
    calls = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name in names:
                calls.append((str(path.relative_to(PACKAGE)), node.lineno, node.args[0]))
    return calls


def _passed_on(arg: ast.expr) -> bool:
    """A template made elsewhere: another error's (exc.template), a list's noun, a helper's Worded, a tr()."""
    return isinstance(arg, ast.Call) or (isinstance(arg, ast.Attribute) and arg.attr in ("template", "noun"))


def _literal_templates() -> set[str]:
    return {arg.value for _f, _l, arg in _template_arguments()
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str)}


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_the_scan_finds_the_raises_it_is_meant_to_check() -> None:
    literal = _literal_templates()
    assert "{path} is not a ropa-desktop register" in literal  # store
    assert "{source} is not valid JSON: {reason} at line {line}, column {column}" in literal  # import
    assert "{path} is a folder, not a file" in literal  # exporters
    assert "the password for {name} is wrong" in literal  # signing
    assert "is required but missing" in literal  # validation


def test_every_template_is_written_at_its_raise_not_built() -> None:
    built = [f"{file}:{line}" for file, line, arg in _template_arguments()
             if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)) and not _passed_on(arg)
             and file != "base/worded.py"]
    assert built == [], "a template must be a literal string (fields as keyword arguments), not an f-string"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_template_is_in_the_catalogue_of_every_language_with_its_fields(lang: str) -> None:
    # One catalogue for the GUI and the command line: resources/locale/<lang>/LC_MESSAGES/ropa.po.
    needed = _literal_templates() | {kind.noun for kind in Kind} | {MORE}
    texts = catalogue(lang)
    missing = sorted(t for t in needed if not texts.get(t))
    assert missing == [], f"add these errors to resources/locale/{lang}/LC_MESSAGES/ropa.po"
    changed = sorted(t for t in needed if _fields(texts[t]) != _fields(t))
    assert changed == [], f"the {lang} translation changes the fields of these"


def _help_texts() -> set[str]:
    """The command line's help texts and the words of Python's argparse (their msgids are their English)."""
    import argparse

    from ropa_desktop.cli.main import build_parser

    found: set[str] = set()

    def walk(parser: argparse.ArgumentParser) -> None:
        found.add(parser.description or "")
        for action in parser._actions:
            found.add(action.help or "")
            if isinstance(action, argparse._SubParsersAction):
                found.update(choice.help or "" for choice in action._choices_actions)
                for sub in action.choices.values():
                    walk(sub)

    walk(build_parser())
    source = Path(argparse.__file__).read_text(encoding="utf-8")
    found.update(a or b for a, b in re.findall(r"""_\('((?:[^'\\]|\\.)*)'\)|_\("((?:[^"\\]|\\.)*)"\)""", source))
    return {text.replace("\\n", "\n") for text in found}


def test_the_catalogue_lists_only_english_texts_in_use() -> None:
    used = _literal_templates() | {kind.noun for kind in Kind} | {MORE} | _help_texts()
    # Errors and help texts are keyed by their English; every other message has a dotted key ("finding.x").
    english = {k for k in catalogue("en") if not re.fullmatch(r"[a-z0-9_.-]+", k) or k in {k.noun for k in Kind}}
    assert sorted(english - used) == []
