"""The *not recorded* marker.

The interchange format gives an absent field its own meaning: the DPO has not
recorded it yet. ``None`` or ``[]`` mean the DPO recorded that there is none.
Collapsing the two would turn a gap into a statement, so the model keeps a
distinct singleton for "absent".
"""

from __future__ import annotations

import enum
from typing import Any, TypeGuard


class Missing(enum.Enum):
    """Type of the single value ``MISSING`` (an enum member, so it pickles and copies as itself)."""

    MISSING = "MISSING"

    def __bool__(self) -> bool:  # an unrecorded field is falsy, like an empty one
        return False

    def __repr__(self) -> str:
        return "MISSING"


MISSING = Missing.MISSING


def is_recorded(value: Any) -> TypeGuard[Any]:
    """True when the field holds a recorded answer (which may be ``None`` or ``[]``)."""
    return value is not MISSING
