"""Render a notice as one standalone HTML file from the Jinja2 template in resources/notices/.

The template gets the notice phrases of the catalogue as ``t(key, **values)``: the phrase and every value
are HTML-escaped unless the value is already markup (a register text wrapped by the
template's ``rt`` macro), so no register text can inject markup into the page.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from ropa_desktop.base.resources import resource_path
from ropa_desktop.notices.notice_parts import Notice, RText
from ropa_desktop.notices.texts import Phrases
from ropa_desktop.output.atomic import atomic_write
from ropa_desktop.output.text_safety import visible_controls

if TYPE_CHECKING:
    import jinja2

TEMPLATE = "notice.html.j2"


@cache
def _environment() -> jinja2.Environment:
    import jinja2  # on first render: the package imports this module, and `ropa check` renders nothing

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resource_path("notices"))),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
    )


def _css() -> str:
    return resource_path("notices", "notice.css").read_text(encoding="utf-8")


def notice_title(notice: Notice) -> str:
    p = Phrases(notice.lang)
    sections = notice.content.sections
    if notice.audience and sections:
        return p.t("doc.title.audience", audience=sections[0].name.text)
    return p.t("doc.title")


def render_html(notice: Notice) -> str:
    """The notice as a complete HTML document (UTF-8 text)."""
    phrases = Phrases(notice.lang)

    def t(key: str, **values: Any) -> Markup:
        # Markup.format_map escapes plain-string values and keeps Markup values as they are.
        return Markup(escape(phrases.raw(key))).format_map(values)

    def join(items: list[RText]) -> str:
        return phrases.join([item.text for item in items])

    template = _environment().get_template(TEMPLATE)
    # The whole page at once: a bidi override in any register text (a name in a heading, the
    # title, an attribute) is shown as its code point instead of reordering what follows.
    return visible_controls(template.render(
        notice=notice,
        c=notice.content,
        t=t,
        join=join,
        title=notice_title(notice),
        date=phrases.date(notice.date),
        css=Markup(_css()),
    ))


def write_html(notice: Notice, path: str | Path, overwrite: bool = False) -> Path:
    """Write the notice to ``path`` atomically; refuses to replace a file unless ``overwrite``."""
    html = render_html(notice)
    return atomic_write(path, lambda tmp: tmp.write_text(html, encoding="utf-8"), overwrite=overwrite)
