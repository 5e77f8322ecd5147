"""Read and write whole registers as ``ropa-register`` JSON documents.

Reading is one pipeline for every way a document arrives (a file, the data sheet of an
Excel export, a value built in Python): the bytes are read bounded and decoded strictly,
parsed with the parse guard's hooks, then validated step by step (``validate``) and only
then decoded into the domain model. A refusal names the JSON path and the reason; nothing
is written before the whole document has passed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ropa_desktop.base.gc_pause import collector_paused
from ropa_desktop.base.worded import Worded, WordedError, fill
from ropa_desktop.domain.model import Register
from ropa_desktop.interchange.codec import decode_register, encode_register
from ropa_desktop.interchange.parse_guard import ParseRefused, decode_text, guard_issues, parse_json, read_bounded
from ropa_desktop.interchange.validate import Issue, schema_and_rule_issues

FORMAT = "ropa-register"
VERSION = 1


class DocumentError(WordedError):
    """The document cannot be imported; ``issues`` says where and why.

    With one problem the sentence itself names it (one line on the command line); with
    several, the sentence counts them and ``str()`` lists them below it.
    """

    SHOWN = 20  # issues listed in the message; the rest are counted

    def __init__(self, template: str, /, issues: list[Issue] | None = None, **fields: Any) -> None:
        super().__init__(template, **fields)
        self.issues = issues or []

    @staticmethod
    def refused(source: str, issues: list[Issue]) -> DocumentError:
        if len(issues) == 1:
            return DocumentError("{source} was not imported: {path}: {problem}", issues, source=source,
                                 path=issues[0].path, problem=issues[0].message)
        return DocumentError("{source} was not imported: {count} problems found", issues, source=source,
                             count=len(issues))

    @property
    def listed(self) -> list[Issue]:
        """The problems to list below the sentence (none when the sentence names the only one)."""
        return self.issues if len(self.issues) > 1 else []

    @property
    def summary(self) -> str:
        return fill(self.template, self.fields)

    def __str__(self) -> str:
        if not self.listed:
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
        if isinstance(text, bytes):
            text = decode_text(text)
        with collector_paused():
            doc = parse_json(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(
            "{source} is not valid JSON: {reason} at line {line}, column {column}",
            source=source, reason=exc.msg, line=exc.lineno, column=exc.colno,
        ) from None
    except ParseRefused as exc:
        raise _refused(source, exc) from None
    return load_document_value(doc, source)


def _refused(source: str, exc: ParseRefused) -> DocumentError:
    return DocumentError("{source} was not imported: {problem}", source=source,
                         problem=Worded(exc.template, **exc.fields))


def load_document_value(doc: Any, source: str = "the document") -> LoadedDocument:
    # Step 1 before the envelope: a hostile envelope (a duplicate "format", a NaN version) is
    # refused as what it is, not called another format.
    with collector_paused():
        guarded = guard_issues(doc)
    if guarded:
        raise DocumentError.refused(source, guarded)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DocumentError("{source} is not a register in the '{format}' format", source=source, format=FORMAT)
    if doc.get("version") != VERSION:
        raise DocumentError(
            "{source} is format version {version}; this version of ropa-desktop reads version {supported}",
            source=source, version=repr(doc.get("version")), supported=VERSION,
        )
    with collector_paused():
        issues = schema_and_rule_issues(doc)
        errors = [i for i in issues if i.severity == "error"]
        if errors:
            raise DocumentError.refused(source, errors)
        return LoadedDocument(decode_register(doc), [i for i in issues if i.severity == "warning"])


def read_document(path: Path) -> LoadedDocument:
    try:
        data = read_bounded(path)
    except FileNotFoundError:
        raise DocumentError("{path} does not exist", path=str(path)) from None
    except OSError as exc:
        raise DocumentError("{path} cannot be read: {reason}", path=str(path), reason=exc.strerror) from None
    except ParseRefused as exc:
        raise _refused(path.name, exc) from None
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
