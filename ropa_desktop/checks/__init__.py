"""The register's gaps and risks, as findings a DPO can act on.

The names below are loaded on first use: the GUI needs only ``Finding`` to show what
the checks process found, and should not pay for the rules and the reference data.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ropa_desktop.checks.engine import CheckContext, run_checks
    from ropa_desktop.checks.finding import Finding, Severity

_WHERE = {
    "CheckContext": "ropa_desktop.checks.engine",
    "run_checks": "ropa_desktop.checks.engine",
    "Finding": "ropa_desktop.checks.finding",
    "Severity": "ropa_desktop.checks.finding",
}

__all__ = ["CheckContext", "Finding", "Severity", "run_checks"]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'ropa_desktop.checks' has no attribute {name!r}")
