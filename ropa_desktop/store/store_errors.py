"""What can go wrong with a register file, each with a message a DPO can act on."""

from __future__ import annotations

from typing import Any

from ropa_desktop.base.worded import WordedError


class StoreError(WordedError):
    """A register file could not be read or written; the message says why in plain words."""


class NotARegisterError(StoreError):
    pass


class TooNewError(StoreError):
    pass


class ConflictError(StoreError):
    """Someone else (another window, process or computer) changed the item since it was read."""


class InUseError(StoreError):
    """An item cannot be deleted because others refer to it; ``referrers`` names them."""

    def __init__(self, template: str, /, referrers: list[tuple[str, str]], **fields: Any) -> None:
        super().__init__(template, **fields)
        self.referrers = referrers


class NotEmptyError(StoreError):
    """An import without --replace found a register that already holds items."""
