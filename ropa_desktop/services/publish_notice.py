"""Publish an Art. 13/14 information notice: build it, write the file, record it in the notice log.

``ropa notice`` and the app's notice dialog call :func:`publish_notice`. It writes the file
(atomically) and records the publication in one place, so the file on disk and the log never
disagree: the log row is written, in a transaction still open, before the finished file is
renamed into place, and the transaction commits only once the file is there.

A notice the register cannot fill completely (an Art. 13/14 item without an answer) is never
published silently: the result carries its gaps, the log records them ("published with
gaps"), and with ``refuse_gaps`` nothing is written at all (:class:`NoticeHasGaps`).

A register that cannot be written (read-only medium or folder) cannot log: publishing is
refused before anything is written (:class:`NoticeNotLogged`) unless the caller chose
``log=False``, which writes the file and records nothing, and the result says so.

"all" is the one notice with a section for each audience a notice may be written for
(:func:`notice_audiences`); the audiences only our processor activities concern are left out
and named in the result (:attr:`PublishResult.skipped`), since their controller informs them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ropa_desktop.base.worded import WordedError
from ropa_desktop.notices import (
    NOTICE_LANGUAGES,
    NoticeRefused,
    build_notice,
    processor_only_audiences,
    record_published,
    write_html,
    write_pdf,
)
from ropa_desktop.notices.refusal import check_audience
from ropa_desktop.output.atomic import atomic_path, check_target
from ropa_desktop.output.write_errors import Cancelled, ExportError
from ropa_desktop.store.register_store import RegisterStore

if TYPE_CHECKING:
    from ropa_desktop.domain.model import Register
    from ropa_desktop.notices import Fallback, Gap, Notice, PublishedNotice

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

FORMATS = {".html": "html", ".htm": "html", ".pdf": "pdf"}


class NoticeError(WordedError):
    """The notice cannot be made as asked (an audience the register does not have)."""


class NoticeHasGaps(WordedError):
    """Publishing was refused because the notice has gaps (``refuse_gaps``); nothing was written."""

    def __init__(self, template: str, /, gaps: list[Gap], **fields: object) -> None:
        super().__init__(template, **fields)
        self.gaps = gaps


class NoticeNotLogged(WordedError):
    """The register is read-only, so the publication could not be logged; nothing was written."""


@dataclass(frozen=True)
class NoticeChoices:
    audience: str | None = None  # a data-subject category id; None (or "all"): one section per audience
    lang: str | None = None  # None: the register's first language if notices are written in it, else English
    processors_by: str = "name"  # name processors by "name" or by the "category" of service
    refuse_gaps: bool = False  # publish nothing when the notice has gaps (``ropa notice --strict``)
    overwrite: bool = False
    log: bool = True  # False: write the file without recording it (``ropa notice --no-log``)


@dataclass
class PublishResult:
    path: Path
    format: str  # "html" or "pdf"
    notice: Notice
    published: PublishedNotice | None  # None: written without a log entry (``log=False``)
    skipped: list[NoticeRefused] = field(default_factory=list)  # "all": the audiences left out, and why

    @property
    def gaps(self) -> list[Gap]:
        """What the register does not fill: published all the same, and recorded as such in the log."""
        return list(self.notice.completeness)

    @property
    def fallbacks(self) -> list[Fallback]:
        return list(self.notice.fallbacks)


def notice_format(target: Path) -> str:
    fmt = FORMATS.get(target.suffix.lower())
    if fmt is None:
        raise ExportError("{path}: the notice is written as .html or .pdf, not '{suffix}'", path=str(target),
                          suffix=target.suffix or "no extension")
    return fmt


def notice_language(register: Register, lang: str | None) -> str:
    """The notice's language: the one asked for, else the register's first if notices are written in it."""
    if lang is not None:
        return lang
    return register.default_language if register.default_language in NOTICE_LANGUAGES else "en"


def prepare_notice(store: RegisterStore, choices: NoticeChoices, register: Register | None = None) -> Notice:
    """The notice as it would be published now, with its gaps (for a preview, or to ask before publishing)."""
    register = register if register is not None else store.load()
    audience = None if choices.audience in (None, "", "all") else choices.audience
    try:
        return build_notice(register, audience, notice_language(register, choices.lang),
                            processors_by=choices.processors_by, store=store)
    except KeyError:
        known = ", ".join(c.id for c in register.data_subject_categories) or "none"
        raise NoticeError("the register has no data subject category '{audience}' (it has: {known})",
                          audience=audience, known=known) from None


def publish_notice(register_path: str | Path, target: str | Path, choices: NoticeChoices = NoticeChoices(), *,
                   progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> PublishResult:
    """Write the notice for ``choices`` to ``target`` (.html or .pdf) and record it in the notice log.

    Opens its own store (the app runs this on a worker). On any failure, or Cancel, no file is
    left and nothing is logged; with ``choices.refuse_gaps`` a notice with gaps is refused the same way.
    """
    target = Path(target)
    fmt = notice_format(target)
    check_target(target, overwrite=choices.overwrite)
    with RegisterStore.open(Path(register_path)) as store:
        if choices.log and store.read_only:
            raise NoticeNotLogged(
                "{path} is read-only, so the notice could not be recorded in its log of published notices; "
                "nothing was written (write it without a log entry, or copy the register to a folder you can "
                "write to)", path=str(register_path))
        register_seq = store.history_seq()  # before loading: a change made meanwhile is newer, never older
        register = store.load()
        notice = prepare_notice(store, choices, register)
        skipped = skipped_audiences(register, choices)
        if choices.refuse_gaps and notice.completeness:
            raise NoticeHasGaps("the notice was not published: the register leaves {count} of its items unfilled",
                                gaps=list(notice.completeness), count=len(notice.completeness))
        if cancelled is not None and cancelled():
            raise Cancelled

        def write(tmp: Path) -> None:
            if fmt == "pdf":
                write_pdf(notice, tmp, overwrite=True, progress=progress, cancelled=cancelled)
            else:
                write_html(notice, tmp, overwrite=True)

        if not choices.log:
            with atomic_path(target, overwrite=choices.overwrite) as tmp:
                _write_file(write, tmp, target)
            return PublishResult(target, fmt, notice, None, skipped)
        published = _write_and_record(store, target, choices.overwrite, write,
                                      lambda tmp: record_published(store, notice, tmp, fmt, file_name=target.name,
                                                                     register_seq=register_seq))
    return PublishResult(target, fmt, notice, published, skipped)


def skipped_audiences(register: Register, choices: NoticeChoices) -> list[NoticeRefused]:
    """For "all": why each audience only our processor activities concern has no section (else none)."""
    if choices.audience not in (None, "", "all"):
        return []
    refused = []
    processor_only = set(processor_only_audiences(register))
    for category in register.data_subject_categories:
        if category.id in processor_only:
            try:
                check_audience(register, category)
            except NoticeRefused as exc:
                refused.append(exc)
    return refused


def _write_file(write: Callable[[Path], None], tmp: Path, target: Path) -> None:
    try:
        write(tmp)
    except OSError as exc:
        raise ExportError("cannot write {path}: {reason}", path=str(target),
                          reason=exc.strerror or str(exc)) from None


def _write_and_record(store: RegisterStore, target: Path, overwrite: bool, write: Callable[[Path], None],
                      record: Callable[[Path], PublishedNotice]) -> PublishedNotice:
    """Write the file, then log it and rename it into place inside one transaction.

    The (possibly long) writing holds no lock on the register; the transaction spans only the
    log row and the rename, so a failed rename rolls the row back, and a failed commit takes the
    renamed file back: a published file the log does not know of would defeat the log.
    """
    transaction = store.transaction()
    begun = False
    try:
        with atomic_path(target, overwrite=overwrite) as tmp:
            _write_file(write, tmp, target)
            transaction.__enter__()
            begun = True
            published = record(tmp)
        # atomic_path has renamed the file into place; the log row is not committed yet.
    except BaseException:
        if begun:
            transaction.__exit__(*sys.exc_info())  # rolls the log row back
        raise
    try:
        transaction.__exit__(None, None, None)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return published
