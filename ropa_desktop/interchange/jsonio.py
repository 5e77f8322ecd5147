"""Read and write whole registers as ``ropa-register`` JSON documents."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ropa_desktop.bulk import collector_paused
from ropa_desktop.domain.model import Register
from ropa_desktop.interchange.codec import decode_register, encode_register
from ropa_desktop.interchange.validate import Issue, validate_document

FORMAT = "ropa-register"
VERSION = 1


class DocumentError(Exception):
    """The document cannot be imported; ``issues`` says where and why."""

    def __init__(self, summary: str, issues: list[Issue] | None = None) -> None:
        super().__init__(summary)
        self.summary = summary
        self.issues = issues or []

    def __str__(self) -> str:
        if not self.issues:
            return self.summary
        shown = "\n".join(f"  {issue}" for issue in self.issues[:20])
        more = f"\n  … and {len(self.issues) - 20} more" if len(self.issues) > 20 else ""
        return f"{self.summary}\n{shown}{more}"


@dataclass
class LoadedDocument:
    register: Register
    warnings: list[Issue] = field(default_factory=list)


def parse_document(text: str | bytes, source: str = "the document") -> LoadedDocument:
    """Parse, validate and decode a document; raise DocumentError naming every problem."""
    try:
        with collector_paused():
            doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(
            f"{source} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except UnicodeDecodeError:
        raise DocumentError(f"{source} is not a UTF-8 text file") from None
    return load_document_value(doc, source)


def load_document_value(doc: Any, source: str = "the document") -> LoadedDocument:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DocumentError(f"{source} is not a register in the '{FORMAT}' format")
    if doc.get("version") != VERSION:
        raise DocumentError(
            f"{source} is format version {doc.get('version')!r}; this version of ropa-desktop reads version {VERSION}"
        )
    with collector_paused():
        issues = validate_document(doc)
        errors = [i for i in issues if i.severity == "error"]
        if errors:
            noun = "problem" if len(errors) == 1 else "problems"
            raise DocumentError(f"{source} was not imported: {len(errors)} {noun} found", errors)
        return LoadedDocument(decode_register(doc), [i for i in issues if i.severity == "warning"])


def read_document(path: Path) -> LoadedDocument:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(f"{path} does not exist") from None
    except OSError as exc:
        raise DocumentError(f"{path} cannot be read: {exc.strerror}") from None
    return parse_document(data, source=path.name)


def document_value(register: Register, exported_at: dt.datetime | None = None) -> dict[str, Any]:
    """The document as a JSON value, envelope first."""
    when = exported_at or dt.datetime.now(dt.UTC)
    head = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": when.replace(microsecond=0).isoformat().replace("+00:00", "Z"),
    }
    return head | encode_register(register)


def dump_document(register: Register, exported_at: dt.datetime | None = None) -> str:
    return json.dumps(document_value(register, exported_at), ensure_ascii=False, indent=2) + "\n"
