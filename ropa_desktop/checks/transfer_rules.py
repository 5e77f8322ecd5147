"""Transfer rules that read the safeguard in force (reference.safeguards), each with its article.

Kept apart from rules.py so that the transfer checks grow in one place; the engine
registers them the same way. Messages are in the catalogue (resources/locale).
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa_desktop.checks.engine import CheckContext, activities, rule
from ropa_desktop.checks.finding import Finding, Severity
from ropa_desktop.checks.helpers import country_words, quoted
from ropa_desktop.domain.transfer_facts import transfer_receiver
from ropa_desktop.reference import is_third_country_transfer, transfer_country, transfer_safeguard
from ropa_desktop.reference.safeguards import DPF_COUNTRY

ACT = "activities"


@rule
def adequacy_in_force(ctx: CheckContext) -> Iterator[Finding]:
    """A transfer recorded under an adequacy decision that no longer holds, or (US) without DPF certification."""
    for a, name in activities(ctx):
        for i, t in enumerate(a.transfers or []):
            if t.mechanism != "adequacy" or not is_third_country_transfer(t):
                continue
            country = transfer_country(t)
            if country is None:
                continue  # rules.py reports the missing country
            safeguard = transfer_safeguard(t, ctx.today)
            receiver = transfer_receiver(ctx.register, t)
            party_name = (ctx.name(receiver.recipient.name) if receiver.recipient is not None else receiver.name)
            common = {"activity": name, "party": quoted(party_name), "country": country_words(country)}
            if safeguard.problem == "adequacy_lapsed" and safeguard.decision is not None:
                until = {"date": safeguard.decision.valid_until.isoformat()} if safeguard.decision.valid_until else ""
                yield ctx.finding("adequacy-lapsed", Severity.ERROR, "Art. 45(1), Art. 45(5)", ACT, a.id,
                                  f"transfers[{i}].mechanism", name, decision=safeguard.decision.number,
                                  date=until, **common)
            elif country == DPF_COUNTRY and safeguard.problem == "dpf_not_certified":
                yield ctx.finding("adequacy-us-no-dpf", Severity.ERROR, "Art. 45(1); Decision (EU) 2023/1795",
                                  ACT, a.id, f"transfers[{i}].dpf", name, **common)
