"""Is this a third-country transfer, and which safeguard is in force for it (GDPR Chapter V)?

One rule for the checks, the register exports and the notices:

- A transfer recorded to an EU/EEA state is no transfer under Chapter V (Art. 44): it is
  left out wherever transfers are listed (the format's "Answers": never present it as one).
- The safeguard in force is the recorded mechanism when it holds on the day asked about:
  an adequacy decision in force on that day (for the United States only with the
  recipient's Data Privacy Framework certification recorded); standard contractual clauses
  only when signed; binding corporate rules, a code of conduct or a certification as
  recorded; a derogation with its Art. 49(1) letter.
- Where the recorded mechanism does not hold, an adequacy decision in force for the
  country (Art. 45(1): no further authorisation needed), or else a recorded Art. 49(1)
  letter, still covers the transfer; otherwise nothing does, and the reason says why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ropa_desktop.domain.transfer_facts import dpf_certified, scc_in_force

from .countries import is_eea, normalize_country_code
from .transfers import AdequacyDecision, adequacy_decision

if TYPE_CHECKING:
    from ropa_desktop.domain.model import Activity, Transfer

# The US adequacy decision (EU) 2023/1795 covers only organisations certified under the DPF.
DPF_COUNTRY = "US"

# Why the recorded mechanism is not in force (keys; each output words them itself).
PROBLEMS = (
    "none",  # mechanism 'none'
    "scc_not_signed",  # SCCs missing or still being negotiated
    "scc_outdated",  # the 2010 clauses
    "no_country",  # adequacy, but the country is not recorded
    "no_adequacy",  # no adequacy decision for the country
    "adequacy_lapsed",  # the decision is past its end date
    "dpf_not_certified",  # US adequacy without a recorded DPF certification
    "no_derogation",  # derogation without its Art. 49(1) letter
)


@dataclass(frozen=True, slots=True)
class Safeguard:
    """The safeguard in force for a transfer ('' when none is), and why the recorded one is not."""

    mechanism: str  # adequacy, scc, bcr, codes_of_conduct, certification, derogation; '' when none holds
    decision: AdequacyDecision | None = None  # for adequacy: the decision in force
    dpf: bool = False  # adequacy to the US through the recipient's DPF certification
    scc_module: int | None = None
    derogation: str = ""  # the Art. 49(1) letter
    problem: str = ""  # one of PROBLEMS when the recorded mechanism is not in force

    @property
    def in_force(self) -> bool:
        return bool(self.mechanism)


def transfer_country(transfer: Transfer) -> str | None:
    """The receiving country's ISO code, or None when only "outside the EU/EEA" (or nothing) is recorded."""
    return normalize_country_code(transfer.country) if isinstance(transfer.country, str) and transfer.country else None


def is_third_country_transfer(transfer: Transfer) -> bool:
    """False for a transfer recorded to an EU/EEA state: Chapter V does not apply to it (Art. 44)."""
    country = transfer_country(transfer)
    return country is None or not is_eea(country)


def third_country_transfers(activity: Activity) -> list[Transfer]:
    """The activity's transfers that are transfers under Chapter V, in their recorded order."""
    return [t for t in activity.transfers or [] if is_third_country_transfer(t)]


def _adequacy(transfer: Transfer, country: str | None, day: dt.date) -> Safeguard:
    if country is None:
        return Safeguard("", problem="no_country")
    decision = adequacy_decision(country)
    if decision is None:
        return Safeguard("", problem="no_adequacy")
    if not decision.in_force_on(day):
        return Safeguard("", decision=decision, problem="adequacy_lapsed")
    if country == DPF_COUNTRY:
        if not dpf_certified(transfer):
            return Safeguard("", decision=decision, problem="dpf_not_certified")
        return Safeguard("adequacy", decision=decision, dpf=True)
    return Safeguard("adequacy", decision=decision)


def _recorded(transfer: Transfer, country: str | None, day: dt.date) -> Safeguard:
    mechanism = transfer.mechanism
    if mechanism == "adequacy":
        return _adequacy(transfer, country, day)
    if mechanism == "scc":
        if scc_in_force(transfer):
            module = transfer.scc.module  # type: ignore[union-attr]
            return Safeguard("scc", scc_module=module if isinstance(module, int) else None)
        outdated = bool(transfer.scc) and transfer.scc.status == "outdated"  # type: ignore[union-attr]
        return Safeguard("", problem="scc_outdated" if outdated else "scc_not_signed")
    if mechanism == "derogation":
        if isinstance(transfer.derogation, str) and transfer.derogation:
            return Safeguard("derogation", derogation=transfer.derogation)
        return Safeguard("", problem="no_derogation")
    if mechanism in ("bcr", "codes_of_conduct", "certification"):
        return Safeguard(mechanism)
    return Safeguard("", problem="none")


def transfer_safeguard(transfer: Transfer, day: dt.date) -> Safeguard:
    """The safeguard in force on ``day`` for a third-country transfer (see the module's rule)."""
    country = transfer_country(transfer)
    recorded = _recorded(transfer, country, day)
    if recorded.in_force:
        return recorded
    if transfer.mechanism != "adequacy" and country is not None:
        covering = _adequacy(transfer, country, day)
        if covering.in_force:
            return Safeguard("adequacy", decision=covering.decision, dpf=covering.dpf, problem=recorded.problem)
    if transfer.mechanism != "derogation" and isinstance(transfer.derogation, str) and transfer.derogation:
        return Safeguard("derogation", derogation=transfer.derogation, problem=recorded.problem)
    return recorded
