"""The list of ``ropa`` commands, in the order ``ropa --help`` shows them.

To add a command: write a module with ``add_parser(subparsers)`` and list it here.
"""

from ropa_desktop.cli import cmd_core, cmd_export, cmd_history, cmd_notice, cmd_templates

MODULES = [cmd_core, cmd_notice, cmd_export, cmd_history, cmd_templates]
