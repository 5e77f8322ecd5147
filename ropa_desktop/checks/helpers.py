"""Small things every rule module uses: severities, the activities list name, words per language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ropa_desktop.checks.finding import Severity
from ropa_desktop.checks.messages import WORDS
from ropa_desktop.reference import country_name

if TYPE_CHECKING:
    from ropa_desktop.checks.engine import CheckContext
    from ropa_desktop.domain import model

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741
ACT = "activities"
LANGS = ("en", "sv")  # the languages of the messages (see messages.py)


def words(key: str) -> dict[str, str]:
    """A placeholder value in every language of the messages."""
    return {lang: WORDS.get(key, {}).get(lang, key) for lang in LANGS}


def country_words(code: str) -> dict[str, str]:
    return {lang: country_name(code, lang) for lang in LANGS}


def quoted(text: str) -> dict[str, str]:
    """A name in each language's quotation marks."""
    return {"en": f"“{text}”", "sv": f"”{text}”"}


def party(ctx: CheckContext, t: model.Transfer) -> dict[str, str]:
    """Who a transfer goes to, named in each message language."""
    from ropa_desktop.checks.engine import in_lang  # the engine imports the rule modules, which import us

    if isinstance(t.processor, str):
        p = ctx.processors.get(t.processor)
        text = f"“{p.name}”" if p else t.processor
        return {"en": text, "sv": text.replace("“", "”")}
    if isinstance(t.recipient, str):
        r = ctx.recipients.get(t.recipient)
        if r is None:
            return {"en": t.recipient, "sv": t.recipient}
        rname = ctx.name(r.name)
        return {"en": f"“{in_lang(rname, 'en')}”", "sv": f"”{in_lang(rname, 'sv')}”"}
    if isinstance(t.recipient_name, str):
        return {"en": f"“{t.recipient_name}”", "sv": f"”{t.recipient_name}”"}
    return words("an unnamed recipient")
