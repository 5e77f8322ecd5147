"""Findings for published notices the register no longer matches (Art. 12(1), 13, 14).

A published notice is stale when the content the register gives today differs from the
content that was published: the hash covers what the notice says, not its date or
version, so only a change in the register (or in the reference data it cites) counts.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ropa_desktop.checks.finding import Finding, Severity
from ropa_desktop.domain.model import Register
from ropa_desktop.notices.content import build_content
from ropa_desktop.notices.log import latest_published, published_processors_by, unchanged_since

if TYPE_CHECKING:
    from ropa_desktop.store.register_store import RegisterStore

CODE = "notice-outdated"
ARTICLE = "Art. 12(1), Art. 13, Art. 14"


def stale_notice_findings(register: Register, store: RegisterStore) -> list[Finding]:
    """One WARNING per audience and language whose last published notice no longer matches the register."""
    findings = []
    names = {c.id: c.name for c in register.data_subject_categories}
    today = dt.date.today()
    for published in latest_published(store):
        if unchanged_since(store, published, today):
            continue  # built from the register as it is now: the same content, no need to build it again
        # The option is read from its column: the published content itself is never parsed here.
        processors_by = published_processors_by(store, published.seq)
        audience = published.audience or None
        try:
            content, _ = build_content(register, audience, published.lang, processors_by)
            current = content.sha256()
        except KeyError:  # the audience was deleted from the register
            current = None
        if current == published.content_sha256:
            continue
        if audience is None:
            audience_param, entity_name = {"word": "all_data_subjects"}, "all data subjects"
        else:
            ltext = names.get(audience)
            name = {**{k: ltext.values[k] for k in register.languages if ltext.get(k)}, **ltext.values} if ltext \
                else audience
            audience_param = {"quoted": name}
            entity_name = ltext.text(["en", *register.languages]) if ltext else audience
        findings.append(
            Finding(
                code=CODE,
                severity=Severity.WARNING,
                article=ARTICLE,
                entity="data_subject_categories",
                entity_id=published.audience,
                field="",
                params={"audience": audience_param, "language": published.lang,
                        "date": {"date": published.published_on.isoformat()}, "version": published.version},
                entity_name=entity_name,
            )
        )
    return findings
