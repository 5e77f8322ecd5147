"""Which field each column of a foreign register fills: recognised, mapped by the user, or unknown.

A ``--mapping`` file is a JSON object from a header (as written in the sheet) to a field
name, an ``x-`` note key, or ``null`` to ignore the column; it wins over recognition.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ropa_desktop.interchange.jsonio import DocumentError
from ropa_desktop.interchange.spreadsheet.headers import column_name, match_header, normal
from ropa_desktop.interchange.spreadsheet.vocabulary import FIELDS

_NOTE_KEY = re.compile(r"^x-[a-z0-9][a-z0-9-]{0,60}$")


@dataclass
class Column:
    index: int
    header: str
    field: str | None  # None: ignored (mapped to null) or not recognised
    how: str  # "recognised", "mapping", "ignored", "unknown", "no header"
    score: float = 0.0

    @property
    def letter(self) -> str:
        return column_name(self.index)


def read_mapping(path: Path) -> dict[str, str | None]:
    """A mapping file: header → field, x- note key, or null; DocumentError naming what is wrong."""
    path = Path(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise DocumentError("{path} does not exist", path=str(path)) from None
    except OSError as exc:
        raise DocumentError("{path} cannot be read: {reason}", path=str(path),
                            reason=exc.strerror or str(exc)) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise DocumentError("the mapping {name} is not a JSON object from header to field: {reason}",
                            name=path.name, reason=str(exc)) from None
    if not isinstance(doc, dict):
        raise DocumentError("the mapping {name} is not a JSON object from header to field: {reason}",
                            name=path.name, reason="it is not an object")
    return check_mapping(doc, path.name)


def check_mapping(doc: dict[str, object], name: str = "the mapping") -> dict[str, str | None]:
    mapping: dict[str, str | None] = {}
    for header, target in doc.items():
        if target is not None and not (isinstance(target, str) and (target in FIELDS or _NOTE_KEY.match(target))):
            raise DocumentError(
                "the mapping {name} maps '{header}' to '{target}', which is not a field; use one of {fields}, "
                "an x- key to keep the column as a note, or null to ignore it",
                name=name, header=header, target=str(target), fields=", ".join(FIELDS),
            )
        mapping[normal(header)] = target
    return mapping


def plan_columns(header_row: list[str], body: list[list[str]], mapping: dict[str, str | None]) -> list[Column]:
    """Each column's field; columns with neither header nor data are left out."""
    columns: list[Column] = []
    for index, header in enumerate(header_row):
        has_data = any(index < len(row) and row[index] for row in body)
        key = normal(header)
        if not key:
            if has_data:
                columns.append(Column(index, "", None, "no header"))
            continue
        if key in mapping:
            target = mapping[key]
            columns.append(Column(index, header, target, "mapping" if target else "ignored", 100.0))
            continue
        found = match_header(header)
        if found:
            columns.append(Column(index, header, found[0], "recognised", found[1]))
        else:
            columns.append(Column(index, header, None, "unknown"))
    return columns
