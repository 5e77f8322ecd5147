"""When no notice may be written, and the error that says why.

Two cases, both where a published notice would be wrong in law rather than merely
incomplete (gaps are listed, not refused):

- the audience appears only in activities where we are the processor: the controller
  informs them (Art. 13/14, 28), and our notice would name us as their controller;
- a transfer told to the audience has no safeguard in force (no signed SCCs, no adequacy
  decision in force, no Art. 49(1) letter, or mechanism 'none'): the notice would have to
  state a safeguard that does not exist (Art. 13(1)(f), 14(1)(f), 44–49).
"""

from __future__ import annotations

import datetime as dt

from ropa_desktop.base.worded import Worded, WordedError
from ropa_desktop.domain import model as m
from ropa_desktop.domain.audiences import audience_activities, processor_only_audiences
from ropa_desktop.domain.transfer_facts import transfer_receiver
from ropa_desktop.reference import country_name, third_country_transfers, transfer_country, transfer_safeguard


class NoticeRefused(WordedError):
    """No notice is written for this audience: the reason names the audience or the transfer."""


def check_audience(register: m.Register, category: m.DataSubjectCategory) -> None:
    """Raise NoticeRefused when ``category`` is told only by activities where we are the processor."""
    if category.id in processor_only_audiences(register):
        raise NoticeRefused(Worded(
            "no notice for '{audience}': its data is processed only in activities where {organisation} is the processor; the controller on whose behalf we process it informs these data subjects (GDPR Art. 13, 14 and 28)",  # noqa: E501
            audience=category.name.text(register.languages), organisation=register.organisation.name,
        ))


def check_transfers(register: m.Register, audience: str, day: dt.date) -> None:
    """Raise NoticeRefused for the first transfer told to ``audience`` that no safeguard covers on ``day``."""
    for activity, _purposes in audience_activities(register, audience):
        for transfer in third_country_transfers(activity):
            safeguard = transfer_safeguard(transfer, day)
            if safeguard.in_force:
                continue
            country = transfer_country(transfer)
            raise NoticeRefused(Worded(
                "no notice: the transfer in '{activity}' to {receiver} ({country}) has no safeguard in force: {reason}. Record signed standard contractual clauses, an adequacy decision in force or an Art. 49(1) derogation, or end the transfer (GDPR Art. 13(1)(f), 44–49)",  # noqa: E501
                activity=activity.name.text(register.languages),
                receiver=_receiver_name(register, transfer),
                country=country_name(country, "en") if country else Worded("outside the EU/EEA"),
                reason=_reason(safeguard.problem, safeguard.decision),
            ))


def _receiver_name(register: m.Register, transfer: m.Transfer) -> str:
    receiver = transfer_receiver(register, transfer)
    if receiver.recipient is not None:
        return receiver.recipient.name.text(register.languages)
    return receiver.name


def _reason(problem: str, decision: object) -> Worded:
    if problem == "scc_not_signed":
        return Worded("the standard contractual clauses are not signed")
    if problem == "scc_outdated":
        return Worded("the 2010 standard contractual clauses are no longer valid")
    if problem == "no_country":
        return Worded("an adequacy decision is recorded, but not the country")
    if problem == "no_adequacy":
        return Worded("the country has no adequacy decision")
    if problem == "adequacy_lapsed":
        until = getattr(decision, "valid_until", None)
        return Worded("the adequacy decision ended on {date}", date=until.isoformat() if until else "")
    if problem == "dpf_not_certified":
        return Worded("the recipient's certification under the EU–US Data Privacy Framework is not recorded")
    if problem == "no_derogation":
        return Worded("a derogation is recorded without its Art. 49(1) letter")
    return Worded("the transfer mechanism is recorded as none")
