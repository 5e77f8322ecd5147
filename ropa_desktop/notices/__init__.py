"""Art. 13/14 information notices generated from the register, in Swedish, Norwegian, Danish and English.

The API the GUI and the command line use:

- :func:`build_notice` — the notice's content for one audience (or all), with the texts
  that fell back to another language and the Art. 13/14 items the register cannot fill;
  it raises :class:`NoticeRefused` where no notice may be written (docs/legal-basis.md);
- :func:`notice_audiences`, :func:`processor_only_audiences` — the audiences a notice may be
  written for, and those only our processor activities concern (their controller informs them);
- :func:`render_html`, :func:`write_html`, :func:`write_pdf` — the notice as a file;
- :func:`record_published`, :func:`published_notices` — the log of published notices (Art. 5(2));
- :func:`stale_notice_findings` — findings for published notices the register no longer matches.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ropa_desktop.domain.audiences import notice_audiences, processor_only_audiences
from ropa_desktop.domain.model import Register
from ropa_desktop.notices.completeness import completeness
from ropa_desktop.notices.content import PROCESSORS_BY, build_content
from ropa_desktop.notices.log import PublishedNotice, next_version, published_notices, record_published
from ropa_desktop.notices.notice_parts import Fallback, Gap, Notice, NoticeContent
from ropa_desktop.notices.refusal import NoticeRefused, check_audience, check_transfers
from ropa_desktop.notices.render_html import notice_title, render_html, write_html
from ropa_desktop.notices.render_pdf import write_pdf
from ropa_desktop.notices.staleness import stale_notice_findings
from ropa_desktop.notices.texts import NOTICE_LANGUAGES

if TYPE_CHECKING:
    from ropa_desktop.store.register_store import RegisterStore

FORMATS = ("html", "pdf")


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


__all__ = [
    "FORMATS",
    "NOTICE_LANGUAGES",
    "PROCESSORS_BY",
    "Fallback",
    "Gap",
    "Notice",
    "NoticeContent",
    "NoticeRefused",
    "PublishedNotice",
    "build_notice",
    "notice_audiences",
    "notice_title",
    "processor_only_audiences",
    "published_notices",
    "record_published",
    "render_html",
    "stale_notice_findings",
    "write_html",
    "write_pdf",
]
