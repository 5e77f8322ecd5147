"""Build one notice: its content for an audience and language, its gaps, and the version it would get."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ropa_desktop.domain.audiences import notice_audiences
from ropa_desktop.domain.model import Register
from ropa_desktop.notices.completeness import completeness
from ropa_desktop.notices.content import build_content
from ropa_desktop.notices.log import next_version
from ropa_desktop.notices.notice_parts import Notice
from ropa_desktop.notices.refusal import check_audience, check_transfers
from ropa_desktop.notices.texts import NOTICE_LANGUAGES

if TYPE_CHECKING:
    from ropa_desktop.store.register_store import RegisterStore


def build_notice(
    register: Register,
    audience: str | None,
    lang: str,
    *,
    processors_by: str = "name",
    store: RegisterStore | None = None,
    today: dt.date | None = None,
) -> Notice:
    """The notice for ``audience`` (a data-subject category id; None or "all" for all of them) in ``lang``.

    With ``store``, the notice carries the version it will get when published (the
    latest version for this audience and language if the content is unchanged, else
    the next one). Raises KeyError for an unknown audience, ValueError for a language
    or option the notices do not support, and NoticeRefused (nothing built) when the
    audience is only processed on another controller's behalf, or a transfer told to it
    has no safeguard in force on ``today``.
    """
    if lang not in NOTICE_LANGUAGES:
        raise ValueError(f"notices are written in {', '.join(NOTICE_LANGUAGES)}, not {lang!r}")
    if audience == "all":
        audience = None
    day = today or dt.date.today()
    if audience is not None:
        category = next((c for c in register.data_subject_categories if c.id == audience), None)
        if category is not None:  # an unknown one is build_content's KeyError
            check_audience(register, category)
    for told in [audience] if audience is not None else notice_audiences(register):
        check_transfers(register, told, day)
    content, fallbacks = build_content(register, audience, lang, processors_by, day)
    notice = Notice(
        content=content,
        date=day,
        fallbacks=fallbacks,
        completeness=completeness(register, audience, lang),
    )
    if store is not None:
        notice.version = next_version(store, notice)
    return notice
