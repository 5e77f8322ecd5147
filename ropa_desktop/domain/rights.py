"""Which data subject rights apply, from the legal bases relied on (Art. 15–22).

One rule for every output that lists rights (the register's exports and the notices),
so that they never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable

# In the order of the Regulation.
RIGHTS = ("access", "rectification", "erasure", "restriction", "portability", "object", "withdraw", "automated")


def applicable_rights(legal_bases: Iterable[object], automated_decisions: bool) -> list[str]:
    """The rights (keys of ``RIGHTS``, in that order) that processing on ``legal_bases`` gives.

    Portability needs consent or a contract (Art. 20(1)(a)); objection, a public task or
    legitimate interests (Art. 21(1)); withdrawal, consent (Art. 7(3)); the Art. 22 rights,
    automated decisions.
    """
    bases = set(legal_bases)
    rights = {"access", "rectification", "erasure", "restriction"}
    if bases & {"consent", "contract"}:
        rights.add("portability")
    if bases & {"public_task", "legitimate_interests"}:
        rights.add("object")
    if "consent" in bases:
        rights.add("withdraw")
    if automated_decisions:
        rights.add("automated")
    return [r for r in RIGHTS if r in rights]
