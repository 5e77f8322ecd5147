"""One register = one SQLite file, written through sqlite-utils."""

from ropa_desktop.store.kinds import Kind
from ropa_desktop.store.register_store import HistoryEntry, RegisterStore
from ropa_desktop.store.store_errors import (
    ConflictError,
    InUseError,
    NotARegisterError,
    NotEmptyError,
    StoreError,
    TooNewError,
)

__all__ = [
    "ConflictError",
    "HistoryEntry",
    "InUseError",
    "Kind",
    "NotARegisterError",
    "NotEmptyError",
    "RegisterStore",
    "StoreError",
    "TooNewError",
]
