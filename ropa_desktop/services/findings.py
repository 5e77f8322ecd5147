"""Findings for a register file: the rules on its content, plus what only the file knows
(published notices that the register no longer matches).

One function for the CLI's ``ropa check``, the app's Overview (through its checks
process) and the findings annex of a register export, so all three report the same.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ropa_desktop.checks.engine import CheckContext, run_checks
from ropa_desktop.checks.finding import Finding
from ropa_desktop.notices.staleness import stale_notice_findings

if TYPE_CHECKING:
    from ropa_desktop.domain.model import Register
    from ropa_desktop.store.register_store import RegisterStore


def register_findings(store: RegisterStore, register: Register | None = None,
                      today: dt.date | None = None) -> list[Finding]:
    """All findings for the register in ``store`` (``register``: its content, if already loaded)."""

    def published_notices(ctx: CheckContext) -> list[Finding]:
        return stale_notice_findings(ctx.register, store)

    return run_checks(register if register is not None else store.load(), today, extra_rules=[published_notices])
