"""Findings for a register file: the rules on its content, plus what only the file knows
(published notices that the register no longer matches).

One function for the CLI's ``ropa check``, the app's Overview (through its checks
process) and the findings annex of a register export, so all three report the same.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from ropa_desktop.checks.engine import CheckContext, run_checks
from ropa_desktop.checks.finding import Finding
from ropa_desktop.domain.reviews import import_mark
from ropa_desktop.notices.staleness import stale_notice_findings
from ropa_desktop.output.languages import LANGUAGES
from ropa_desktop.output.wording import word

if TYPE_CHECKING:
    from ropa_desktop.domain.model import Register
    from ropa_desktop.store.register_store import RegisterStore

FROM_IMPORT = "imported.finding"  # the catalogue message that says a finding's activity came from an import


def register_findings(store: RegisterStore, register: Register | None = None,
                      today: dt.date | None = None) -> list[Finding]:
    """All findings for the register in ``store`` (``register``: its content, if already loaded)."""

    def published_notices(ctx: CheckContext) -> list[Finding]:
        return stale_notice_findings(ctx.register, store)

    register = register if register is not None else store.load()
    return from_import(run_checks(register, today, extra_rules=[published_notices]), register)


def from_import(findings: list[Finding], register: Register) -> list[Finding]:
    """Each finding on an activity a spreadsheet import added, and not reviewed since, says so.

    Whole sentences from the catalogue (``imported.finding`` wraps the finding's own message), in
    every language; ``params`` gains the spreadsheet's name and the import date for scripts.
    """
    marks = {a.id: mark for a in register.activities if (mark := import_mark(a)) is not None}
    if not marks:
        return findings
    out = []
    for finding in findings:
        mark = marks.get(finding.entity_id) if finding.entity == "activities" else None
        if mark is None:
            out.append(finding)
            continue
        params = {**finding.params, "imported_from": mark.file, "imported_on": mark.on.isoformat()}
        worded = {lang: word(FROM_IMPORT, lang, message=finding.message(lang), file={"quoted": mark.file},
                             date={"date": mark.on.isoformat()}) for lang in LANGUAGES}
        out.append(dataclasses.replace(finding, params=params, worded=worded))
    return out
