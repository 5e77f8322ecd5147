"""Run the rules over a register and collect their findings.

A rule is a function ``(ctx) -> Iterable[Finding]`` registered with ``@rule``. The
context builds the look-up tables once, so that checking 10,000 activities stays
well under a second.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ropa_desktop.base.gc_pause import collector_paused
from ropa_desktop.checks.finding import Finding, Severity
from ropa_desktop.checks.names import Name, param
from ropa_desktop.domain import model
from ropa_desktop.domain.ltext import LText

Rule = Callable[["CheckContext"], Iterable[Finding]]
RULES: list[Rule] = []


def rule(fn: Rule) -> Rule:
    RULES.append(fn)
    return fn


@dataclass
class CheckContext:
    register: model.Register
    today: dt.date = field(default_factory=dt.date.today)

    def __post_init__(self) -> None:
        reg = self.register
        self.langs = [*reg.languages, "en"]
        self.data_categories = {c.id: c for c in reg.data_categories}
        self.data_subjects = {c.id: c for c in reg.data_subject_categories}
        self.processors = {p.id: p for p in reg.processors or []}
        self.recipients = {r.id: r for r in reg.recipients or []}
        self.special_ids = {c.id for c in reg.data_categories if c.is_special}
        # Every rule walks the activities with their names: resolve each name once.
        self.named_activities = [(a, self.name(a.name)) for a in reg.activities]

    def name(self, value: LText | str | Any) -> str:
        """An item's name in the register's first language (falling back to any), knowing its
        other languages (see :class:`Name`)."""
        if isinstance(value, LText):
            first = value.text(self.langs)
            return Name(first, value, self.langs) if len(value.values) > 1 else first
        return value if isinstance(value, str) else ""

    def names(self, values: Iterable[str]) -> dict[str, Any]:
        """Names listed with commas, each worded in the reader's language."""
        return {"list": [param(v) for v in values]}

    def finding(
        self,
        code: str,
        severity: Severity,
        article: str,
        entity: str,
        entity_id: str,
        field_path: str,
        entity_name: str,
        message_id: str = "",
        **params: Any,
    ) -> Finding:
        # Kept as data (a Name becomes its {lang: text}); worded when shown, in the reader's language.
        return Finding(code, severity, article, entity, entity_id, field_path,
                       {k: param(v) for k, v in params.items()}, str(entity_name), message_id)


def run_checks(
    register: model.Register,
    today: dt.date | None = None,
    extra_rules: Iterable[Rule] = (),
) -> list[Finding]:
    """Every finding for the register: errors first, then by list and position."""
    findings: list[Finding] = []
    with collector_paused():
        ctx = CheckContext(register, today or dt.date.today())
        for fn in [*RULES, *extra_rules]:
            findings.extend(fn(ctx))
    order = {a.id: i for i, a in enumerate(register.activities)}
    findings.sort(key=lambda f: (f.severity, f.entity != "organisation", order.get(f.entity_id, -1)))
    return findings


def activities(ctx: CheckContext) -> list[tuple[model.Activity, str]]:
    return ctx.named_activities


# Importing the rule modules registers their rules.
from ropa_desktop.checks import (  # noqa: E402, F401
    accountability_rules,
    dpia_rules,
    lawfulness_rules,
    rules,
    transfer_rules,
)
