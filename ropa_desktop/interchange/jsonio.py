"""Read and write whole registers as ``ropa-register`` JSON documents."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ropa_desktop.base.gc_pause import collector_paused
from ropa_desktop.base.worded import WordedError, fill
from ropa_desktop.domain.model import Register
from ropa_desktop.interchange.codec import decode_register, encode_register
from ropa_desktop.interchange.validate import Issue, validate_document

FORMAT = "ropa-register"
VERSION = 1


class DocumentError(WordedError):
    """The document cannot be imported; ``issues`` says where and why."""

    SHOWN = 20  # issues listed in the message; the rest are counted

    def __init__(self, template: str, /, issues: list[Issue] | None = None, **fields: Any) -> None:
        super().__init__(template, **fields)
        self.issues = issues or []

    @property
    def summary(self) -> str:
        return fill(self.template, self.fields)

    def __str__(self) -> str:
        if not self.issues:
            return self.summary
        shown = "\n".join(f"  {issue}" for issue in self.issues[: self.SHOWN])
        more = len(self.issues) - self.SHOWN
        return f"{self.summary}\n{shown}" + ("\n  " + fill(MORE, {"count": more}) if more > 0 else "")


MORE = "… and {count} more"


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
            "{source} is not valid JSON: {reason} at line {line}, column {column}",
            source=source, reason=exc.msg, line=exc.lineno, column=exc.colno,
        ) from None
    except UnicodeDecodeError:
        raise DocumentError("{source} is not a UTF-8 text file", source=source) from None
    return load_document_value(doc, source)


def load_document_value(doc: Any, source: str = "the document") -> LoadedDocument:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DocumentError("{source} is not a register in the '{format}' format", source=source, format=FORMAT)
    if doc.get("version") != VERSION:
        raise DocumentError(
            "{source} is format version {version}; this version of ropa-desktop reads version {supported}",
            source=source, version=repr(doc.get("version")), supported=VERSION,
        )
    with collector_paused():
        issues = validate_document(doc)
        errors = [i for i in issues if i.severity == "error"]
        if errors:
            if len(errors) == 1:
                raise DocumentError("{source} was not imported: 1 problem found", errors, source=source)
            raise DocumentError("{source} was not imported: {count} problems found", errors, source=source,
                                count=len(errors))
        return LoadedDocument(decode_register(doc), [i for i in issues if i.severity == "warning"])


def read_document(path: Path) -> LoadedDocument:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError("{path} does not exist", path=str(path)) from None
    except OSError as exc:
        raise DocumentError("{path} cannot be read: {reason}", path=str(path), reason=exc.strerror) from None
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
