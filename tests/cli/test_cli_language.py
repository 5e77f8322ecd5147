"""``ropa`` speaks the user's language: --lang, else ROPA_LANG, else the system locale; English for C/POSIX.

Its errors (those raised below the CLI too) and its messages come from the one gettext catalogue;
exit codes and --json output do not depend on the language.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ropa_desktop.base.worded import Worded, WordedError
from ropa_desktop.cli import cli_words
from ropa_desktop.cli.main import main

# Words an English sentence can hardly do without, and that are no word of Swedish, Norwegian or Danish.
ENGLISH = {"the", "is", "not", "was", "which", "has", "are", "been", "would", "error", "errors", "warning",
           "warnings", "notes", "wrote", "recorded", "exists", "choose", "cannot", "does", "use"}
QUOTED = re.compile(r"«[^»]*»|»[^«]*«|“[^”]*”|”[^”]*”|'[^']*'|\"[^\"]*\"|\S+/\S+|\[[^\]]*\]")


def english_words(text: str) -> set[str]:
    """The English words of ``text`` outside names, ids, paths and quoted register texts."""
    return set(re.findall(r"[a-z]+", QUOTED.sub(" ", text).lower())) & ENGLISH


@pytest.fixture
def register(example_path: Path, tmp_path: Path) -> Path:
    reg = tmp_path / "r.ropa"
    assert main(["import", str(reg), str(example_path)]) == 0
    return reg


@pytest.mark.parametrize("lang", ["nb", "da"])
def test_check_prints_no_english_in_norwegian_and_danish(register: Path, capsys, lang: str) -> None:
    capsys.readouterr()
    english_status = main(["check", str(register), "--lang", "en"])
    english = capsys.readouterr().out
    assert english_words(english), "the detector must see English in the English output"
    assert main(["check", str(register), "--lang", lang]) == english_status
    out = capsys.readouterr().out
    leftovers = {line: english_words(line) for line in out.splitlines() if english_words(line)}
    assert leftovers == {}
    summary = out.splitlines()[-1]
    assert re.fullmatch(r"\d+ fe[ij]l, \d+ advars(el|ler), \d+ (merknad(er)?|bemærkning(er)?)", summary), summary


@pytest.mark.parametrize(("lang", "missing"), [("nb", "finnes ikke"), ("da", "findes ikke")])
def test_errors_of_check_and_export_are_in_the_system_language(
        register: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, lang: str, missing: str) -> None:
    monkeypatch.delenv("ROPA_LANG")
    monkeypatch.setenv("LANG", f"{lang}_{'NO' if lang == 'nb' else 'DK'}.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    capsys.readouterr()
    errors = []
    assert main(["check", str(tmp_path / "gone.ropa")]) == 2  # the exit codes scripts rely on stay
    errors.append(capsys.readouterr().err)
    assert missing in errors[-1] and "gone.ropa" in errors[-1]
    assert main(["export", str(register), "-o", str(tmp_path / "r.docx")]) == 2
    errors.append(capsys.readouterr().err)
    assert main(["export", str(register), "-o", str(tmp_path / "r.pdf")]) == 0
    assert main(["export", str(register), "-o", str(tmp_path / "r.pdf")]) == 2  # exists: not replaced unasked
    errors.append(capsys.readouterr().err)
    assert main(["export", str(register), "-o", str(tmp_path / "s.pdf"), "--sign", str(tmp_path / "x.p12"),
                 "--password-env", "ROPA_NO_SUCH_VARIABLE"]) == 2
    errors.append(capsys.readouterr().err)
    assert all(e.startswith("ropa: ") for e in errors), errors
    assert [english_words(e) for e in errors] == [set()] * len(errors), errors


def test_a_document_s_problems_are_listed_in_the_language(
        example_doc: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    doc = json.loads(json.dumps(example_doc))
    doc["activities"][0]["role"] = "overlord"
    del doc["activities"][0]["name"]
    bad = tmp_path / "fejl.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setenv("ROPA_LANG", "da")
    capsys.readouterr()
    assert main(["import", str(tmp_path / "r.ropa"), str(bad)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("ropa: fejl.json blev ikke importeret")
    assert "  $.activities[0].name: er påkrævet, men mangler" in lines


@pytest.mark.parametrize("lang", ["en", "sv", "nb", "da"])
def test_a_worded_error_keeps_its_values_in_every_language(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    monkeypatch.setenv("ROPA_LANG", lang)
    cli_words.choose_language([])
    version = WordedError("{source} is format version {version}; this version of ropa-desktop reads version "
                          "{supported}", source="old.json", version=7, supported=1)
    in_use = WordedError("the {kind} '{id}' is used by {count} activities: {names}", kind=Worded("processor"),
                         id="mailer", count=3, names="'A', 'B', 'C'")
    line = cli_words.error_line(version)
    assert "old.json" in line and "7" in line and "1" in line and "{" not in line
    line = cli_words.error_line(in_use)
    assert "mailer" in line and "3" in line and "'A', 'B', 'C'" in line and "{" not in line
    noun = {"en": "processor", "sv": "personuppgiftsbiträde", "nb": "databehandler", "da": "databehandler"}[lang]
    assert noun in line.lower()


@pytest.mark.parametrize(("environ", "expected"), [
    ({"ROPA_LANG": "da", "LANG": "sv_SE.UTF-8"}, "da"),
    ({"LC_ALL": "nb_NO.UTF-8", "LANG": "sv_SE.UTF-8"}, "nb"),
    ({"LC_MESSAGES": "da_DK.UTF-8", "LANG": "sv_SE.UTF-8"}, "da"),
    ({"LANG": "sv_SE.UTF-8"}, "sv"),
    ({"LANG": "no_NO.UTF-8"}, "nb"),
    ({"LANG": "nn_NO"}, "nb"),
    ({"LC_ALL": "C", "LANG": "da_DK.UTF-8"}, "en"),
    ({"LANG": "POSIX"}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),
    ({}, "en"),
])
def test_the_language_comes_from_ropa_lang_else_the_locale(environ: dict[str, str], expected: str) -> None:
    assert cli_words.choose_language(["check", "r.ropa"], environ) == expected
    assert cli_words.choose_language(["check", "r.ropa", "--lang", "sv"], environ) == "sv"


def test_json_output_and_exit_status_are_the_same_in_every_language(
        register: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    results = {}
    for lang in ("en", "da"):
        monkeypatch.setenv("ROPA_LANG", lang)
        capsys.readouterr()
        status = main(["check", str(register), "--json"])
        found = json.loads(capsys.readouterr().out)
        results[lang] = (status, [{k: v for k, v in f.items() if k != "article_local"} for f in found])
    assert results["da"] == results["en"]


def test_version_does_not_load_the_catalogue() -> None:
    # ropa --version answers before Babel (CLDR, the .po reader) is imported (start-up time); the command
    # modules' own imports (pycountry through the reference data) are another matter (cli/main.py).
    code = ("import sys\nfrom ropa_desktop.cli.main import main\ntry:\n    main(['--version'])\n"
            "except SystemExit:\n    pass\nprint(sorted(m for m in sys.modules if m.startswith('babel')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(Path(__file__).resolve().parents[2]), "LANG": "da_DK.UTF-8"}).stdout
    assert out.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("command", [[], ["check"], ["export"], ["notice"], ["identity", "new"]])
def test_help_is_in_danish(monkeypatch: pytest.MonkeyPatch, capsys, command: list[str]) -> None:
    monkeypatch.setenv("ROPA_LANG", "da")
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("brug: ropa")
    # option names, metavars and command names are the program's words, not English sentences
    text = re.sub(r"--?[a-z-]+|\b[A-Z][A-Z0-9.]+\b|^\s+\w+\s", " ", out, flags=re.MULTILINE)
    assert english_words(text) | ({"show", "help", "message"} & set(text.split())) == set(), out


def test_a_command_line_mistake_is_said_in_swedish_with_argparse_s_exit_status(
        monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("ROPA_LANG", "sv")
    with pytest.raises(SystemExit) as done:
        main(["check"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("användning: ropa check")
    assert "ropa check: fel: följande argument krävs: register" in err
