"""The list of ``ropa`` commands, in the order ``ropa --help`` shows them.

To add a command: write a module with ``add_parser(subparsers)`` and list it here, with
the commands it adds. A command's module is imported only when that command runs (or
for ``--help``): importing every module made each ``ropa`` call pay for every command's
libraries (reportlab, Jinja2, jsonschema, openpyxl), ~0.3 s before anything was done.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# module (in ropa_desktop.cli) -> the commands its add_parser adds, in --help order
COMMANDS: dict[str, tuple[str, ...]] = {
    "cmd_core": ("init", "import", "check", "history"),
    "cmd_notice": ("notice",),
    "cmd_export": ("export", "identity", "verify"),
    "cmd_history": ("due", "versions", "diff"),
    "cmd_templates": ("templates", "add"),
}


def modules_for(command: str | None) -> list[ModuleType]:
    """The modules to build the parser from: the one adding ``command``, or all (for help, or a typo)."""
    names = [m for m, commands in COMMANDS.items() if command in commands] or list(COMMANDS)
    return [importlib.import_module(f"ropa_desktop.cli.{name}") for name in names]
