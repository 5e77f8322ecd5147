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

import importlib
from typing import TYPE_CHECKING, Any

# Imported at once, as its function render_html shares the module's name: loaded lazily, the
# module would shadow the function. It imports Jinja2 only when it first renders.
from ropa_desktop.notices.render_html import notice_title, render_html, write_html

if TYPE_CHECKING:
    from ropa_desktop.domain.audiences import notice_audiences, processor_only_audiences
    from ropa_desktop.notices.content import PROCESSORS_BY
    from ropa_desktop.notices.log import PublishedNotice, published_notices, record_published
    from ropa_desktop.notices.notice_build import build_notice
    from ropa_desktop.notices.notice_parts import Fallback, Gap, Notice, NoticeContent
    from ropa_desktop.notices.refusal import NoticeRefused
    from ropa_desktop.notices.render_pdf import write_pdf
    from ropa_desktop.notices.staleness import stale_notice_findings
    from ropa_desktop.notices.texts import NOTICE_LANGUAGES

FORMATS = ("html", "pdf")

# The names below are loaded on first use: `ropa check` needs only the log and the content
# model (to see whether a published notice is stale), not Jinja2 or reportlab, which the
# renderers import and which cost ~0.5 s of start-up.
_WHERE = {
    "build_notice": "ropa_desktop.notices.notice_build",
    "notice_audiences": "ropa_desktop.domain.audiences",
    "processor_only_audiences": "ropa_desktop.domain.audiences",
    "PROCESSORS_BY": "ropa_desktop.notices.content",
    "PublishedNotice": "ropa_desktop.notices.log",
    "published_notices": "ropa_desktop.notices.log",
    "record_published": "ropa_desktop.notices.log",
    "Fallback": "ropa_desktop.notices.notice_parts",
    "Gap": "ropa_desktop.notices.notice_parts",
    "Notice": "ropa_desktop.notices.notice_parts",
    "NoticeContent": "ropa_desktop.notices.notice_parts",
    "NoticeRefused": "ropa_desktop.notices.refusal",
    "write_pdf": "ropa_desktop.notices.render_pdf",
    "stale_notice_findings": "ropa_desktop.notices.staleness",
    "NOTICE_LANGUAGES": "ropa_desktop.notices.texts",
}

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


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'ropa_desktop.notices' has no attribute {name!r}")
