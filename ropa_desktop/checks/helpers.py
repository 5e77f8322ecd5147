"""Small things every rule module uses: severities, the activities list name, message parameters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ropa_desktop.checks.finding import Severity
from ropa_desktop.checks.names import param
from ropa_desktop.domain.transfer_facts import transfer_receiver
from ropa_desktop.output.languages import LANGUAGES

if TYPE_CHECKING:
    from ropa_desktop.checks.engine import CheckContext
    from ropa_desktop.domain import model

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741
ACT = "activities"
LANGS = LANGUAGES  # the languages a parameter from reference data is given in


def words(key: str) -> dict[str, str]:
    """A word of the catalogue (``word.<key>``), worded when the finding is shown."""
    return {"word": key.replace(" ", "_")}


def country_words(code: str) -> dict[str, str]:
    return {"country": code}


def quoted(text: Any) -> dict[str, Any]:
    """A name in the reader's language's quotation marks."""
    return {"quoted": param(text)}


def party(ctx: CheckContext, t: model.Transfer) -> Any:
    """Who a transfer goes to: a named processor or recipient in quotation marks."""
    receiver = transfer_receiver(ctx.register, t)
    if receiver.kind == "processor":
        return quoted(receiver.name) if receiver.processor else receiver.name
    if receiver.kind == "recipient":
        if receiver.recipient is None:
            return receiver.name
        return quoted(ctx.name(receiver.recipient.name))
    if receiver.name:
        return quoted(receiver.name)
    return words("an unnamed recipient")
