"""Small things every rule module uses: severities, the activities list name, words per language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ropa_desktop.checks.finding import Severity
from ropa_desktop.checks.messages import WORDS
from ropa_desktop.checks.names import in_lang
from ropa_desktop.domain.transfers import transfer_receiver
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
    receiver = transfer_receiver(ctx.register, t)
    if receiver.kind == "processor":
        text = f"“{receiver.name}”" if receiver.processor else receiver.name
        return {"en": text, "sv": text.replace("“", "”")}
    if receiver.kind == "recipient":
        if receiver.recipient is None:
            return {"en": receiver.name, "sv": receiver.name}
        rname = ctx.name(receiver.recipient.name)
        return {"en": f"“{in_lang(rname, 'en')}”", "sv": f"”{in_lang(rname, 'sv')}”"}
    if receiver.name:
        return {"en": f"“{receiver.name}”", "sv": f"”{receiver.name}”"}
    return words("an unnamed recipient")
