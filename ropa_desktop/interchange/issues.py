"""One problem of a document, where it is (a JSON path) and what is wrong, in words."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


@dataclass(frozen=True, slots=True)
class Issue:
    path: str  # JSON path, e.g. $.activities[3].purposes[0].legal_basis
    message: str  # mostly Worded, so the GUI can say it in its language
    severity: str = "error"  # "error" refuses the import; "warning" is reported only

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def json_path_of(parts: tuple[str | int, ...] | list[str | int]) -> str:
    """``$.activities[3].name``; a key that is not a plain word is quoted, so a hostile key
    (a control character, a dot) cannot make the path say something else."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _PLAIN_KEY.fullmatch(part):
            out += f".{part}"
        else:
            shown = part if len(part) <= 40 else part[:40] + "…"
            out += f"[{json.dumps(shown)}]"
    return out
