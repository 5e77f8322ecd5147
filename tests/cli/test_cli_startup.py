"""What each `ropa` call loads before it does anything: a command must not pay for another's libraries."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[3] / "shared" / "register-format" / "examples" / "workjob.json"
# The PDF, Excel, notice, signing and schema libraries, and the country database.
HEAVY = ("reportlab", "pyhanko", "jsonschema", "jinja2", "openpyxl", "pycountry", "PIL")


def loaded_after(args: list[str]) -> tuple[int, list[str]]:
    """(exit status, heavy top-level packages imported) of `ropa ARGS` in a fresh interpreter."""
    code = (
        "import json, sys\n"
        "from ropa_desktop.cli.main import main\n"
        "try:\n"
        f"    status = main({args!r})\n"
        "except SystemExit as exc:\n"
        "    status = exc.code\n"
        "print(json.dumps([status, sorted({m.split('.')[0] for m in sys.modules})]), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    status, modules = json.loads(done.stderr.strip().splitlines()[-1])
    return status, [m for m in HEAVY if m in modules]


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("startup") / "workjob.ropa"
    subprocess.run([sys.executable, "-m", "ropa_desktop.cli.main", "import", str(path), str(EXAMPLE)], check=True,
                   capture_output=True)
    return path


def test_version_loads_none_of_the_document_libraries() -> None:
    assert loaded_after(["--version"]) == (0, [])


@pytest.mark.parametrize("command", [["check"], ["check", "--json"], ["history"]])
def test_check_and_history_load_none_of_the_document_libraries(register: Path, command: list[str]) -> None:
    status, heavy = loaded_after([command[0], str(register), *command[1:]])
    assert status in (0, 1)  # check exits 1 when the register has an error
    assert heavy == []


def test_help_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    from ropa_desktop.cli import command_list
    from ropa_desktop.cli.main import main

    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    for commands in command_list.COMMANDS.values():
        for command in commands:
            assert f"    {command} " in shown or f"    {command}\n" in shown


def test_each_command_is_listed_with_the_module_that_adds_it() -> None:
    import argparse
    import importlib

    from ropa_desktop.cli import command_list

    for name, commands in command_list.COMMANDS.items():
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"ropa_desktop.cli.{name}").add_parser(sub)
        assert tuple(sub.choices) == commands


def test_importing_a_json_document_loads_no_spreadsheet_pdf_or_notice_library(tmp_path: Path) -> None:
    status, heavy = loaded_after(["import", str(tmp_path / "new.ropa"), str(EXAMPLE)])
    assert status == 0
    assert [m for m in heavy if m in ("openpyxl", "reportlab", "pyhanko", "jinja2", "jsonschema", "PIL")] == []
