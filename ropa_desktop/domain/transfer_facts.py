"""Facts of a transfer that need no reference data: who receives it, and whether its SCCs are in force.

Whether a transfer is safeguarded also needs the adequacy decisions and the EEA's
members: that rule is :func:`ropa_desktop.reference.safeguards.transfer_safeguard`,
built on these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ropa_desktop.domain.model import Processor, Recipient, Register, Transfer

# The only SCC status under which clauses bind the importer: 'in_negotiation' and 'missing'
# are no contract yet, and 'outdated' (the 2010 clauses) ceased to be valid on 27 December 2022
# (Decision (EU) 2021/914, Art. 4(4)).
SCC_IN_FORCE = "signed"


@dataclass(frozen=True, slots=True)
class Receiver:
    """The party a transfer goes to: a processor, a recipient of the catalogues, or a name as free text.

    ``processor`` / ``recipient`` are None when the transfer names a free-text party, or an
    id the register no longer has (then ``name`` holds the id).
    """

    kind: str  # "processor", "recipient" or "name"
    name: str  # the free-text name or the id; a processor's or recipient's own name is theirs to word
    processor: Processor | None = None
    recipient: Recipient | None = None


def transfer_receiver(register: Register, transfer: Transfer) -> Receiver:
    """Who receives the transfer (the format names exactly one of processor, recipient, recipient_name)."""
    if isinstance(transfer.processor, str):
        processor = register.processor(transfer.processor)
        return Receiver("processor", processor.name if processor else transfer.processor, processor=processor)
    if isinstance(transfer.recipient, str):
        return Receiver("recipient", transfer.recipient, recipient=register.recipient(transfer.recipient))
    name = transfer.recipient_name if isinstance(transfer.recipient_name, str) else ""
    return Receiver("name", name)


def scc_in_force(transfer: Transfer) -> bool:
    """The transfer relies on standard contractual clauses that are signed."""
    scc = transfer.scc
    return transfer.mechanism == "scc" and bool(scc) and scc.status == SCC_IN_FORCE  # type: ignore[union-attr]


def dpf_certified(transfer: Transfer) -> bool:
    """The recipient's certification under the EU–US Data Privacy Framework is recorded as true."""
    dpf = transfer.dpf
    return bool(dpf) and dpf.certified is True  # type: ignore[union-attr]
