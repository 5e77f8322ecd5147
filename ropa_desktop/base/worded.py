"""Messages kept as an English template and its fields, so the GUI can say them in its own language.

The layers below the GUI know nothing of Qt, yet their errors reach a user who may read
Swedish. So a message is not built as a finished sentence: it keeps the English template
(``"{path} does not exist"``) and the values (``path=...``). ``str()`` gives the English
sentence, which the command line prints unchanged; the GUI translates the template and
fills in the same fields (``gui/error_words.py``).

A field value may itself be :class:`Worded` (a noun such as "processor", or a phrase);
the GUI translates it too. Any other value (a file name, an id, the operating system's
reason) is shown as it is.
"""

from __future__ import annotations

from typing import Any


def fill(template: str, fields: dict[str, Any]) -> str:
    """The template with its ``{named}`` fields filled in (a broken template is shown as it is)."""
    try:
        return template.format_map(fields)
    except (KeyError, IndexError, ValueError):
        return template


class Worded(str):
    """An English phrase that remembers its template and fields; it is the filled sentence as a str."""

    template: str
    fields: dict[str, Any]

    def __new__(cls, template: str, /, **fields: Any) -> Worded:
        self = super().__new__(cls, fill(template, fields))
        self.template = template
        self.fields = fields
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_worded, (self.template, self.fields))


def _worded(template: str, fields: dict[str, Any]) -> Worded:
    return Worded(template, **fields)


class WordedError(Exception):
    """An error whose message is an English template with named fields.

    ``WordedError("{path} does not exist", path=str(path))``; the template may also be a
    :class:`Worded` phrase built elsewhere, whose fields are taken over.
    """

    def __init__(self, template: str, /, **fields: Any) -> None:
        if isinstance(template, Worded):
            fields = {**template.fields, **fields}
            template = template.template
        self.template = str(template)
        self.fields = fields
        super().__init__(fill(self.template, fields))

    def __str__(self) -> str:
        return fill(self.template, self.fields)

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt without calling __init__: subclasses take extra arguments (issues, referrers).
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[WordedError], args: tuple[Any, ...], state: dict[str, Any]) -> WordedError:
    exc = cls.__new__(cls)
    Exception.__init__(exc, *args)
    exc.__dict__.update(state)
    return exc
