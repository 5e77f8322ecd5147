"""Which data subject rights apply (Art. 7(3), 15–22): the one rule for every output.

The register's exports and the notices list rights from here, so that they never
disagree. What the rule reads, and why:

- access, rectification, erasure, restriction (Art. 15–18) apply to all processing.
  Erasure stays listed for a legal obligation or public task too: Art. 17(3)(b) limits
  it there but does not remove it (data processed unlawfully must still be erased), and
  the notices' text says the data may have to be kept.
- withdrawal of consent (Art. 7(3); to be stated under Art. 13(2)(c), 14(2)(d)) where a
  purpose rests on consent, Art. 6(1)(a), *or* on explicit consent as its Art. 9(2)(a)
  condition: those articles name both.
- portability (Art. 20(1)) where the basis is consent (Art. 6(1)(a) or 9(2)(a)) or a
  contract (Art. 6(1)(b)), the processing is carried out by automated means, and the
  data was provided by the data subject. The register tells the last two only when it
  records them: ``systems`` recorded as an empty list means no IT system (manual
  processing); ``sources`` recorded with none of type ``data_subject`` means the data
  subject provided none of it. Where they are not recorded the right is listed: saying
  a right that may not apply costs less than leaving out one that does.
- objection (Art. 21(1)) where the basis is a public task or legitimate interests,
  Art. 6(1)(e)/(f), profiling on those bases included; and on any basis where the data is
  used for direct marketing (Art. 21(2)), which the register tells by a purpose's words
  (see ``_MARKETING_WORDS``).
- the Art. 22(3) rights (human intervention, to express one's view, to contest) where
  there are decisions based solely on automated processing; profiling without such
  decisions gives none of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ropa_desktop.domain.model import Activity, Purpose

# In the order of the Regulation.
RIGHTS = ("access", "rectification", "erasure", "restriction", "portability", "object", "withdraw", "automated")

# Stems that say a purpose is direct marketing, in the register's languages. Substrings on
# purpose: Nordic compounds ("direktmarknadsföring", "markedsføringsformål") hold the stem.
_MARKETING_WORDS = ("marketing", "newsletter", "marknadsför", "nyhetsbrev", "markedsfør", "nyhedsbrev",
                    "direktreklam", "direct mail")


def applicable_rights(
    legal_bases: Iterable[object],
    automated_decisions: bool,
    *,
    conditions: Iterable[object] = (),
    automated_means: bool = True,
    provided_by_subject: bool = True,
    direct_marketing: bool = False,
) -> list[str]:
    """The rights (keys of ``RIGHTS``, in that order) that processing on ``legal_bases``
    (Art. 6(1)) with the Art. 9(2) ``conditions`` (letters) gives; see the module's text."""
    bases = set(legal_bases)
    explicit_consent = "a" in set(conditions)
    consent = "consent" in bases or explicit_consent
    rights = {"access", "rectification", "erasure", "restriction"}
    if (consent or "contract" in bases) and automated_means and provided_by_subject:
        rights.add("portability")
    if bases & {"public_task", "legitimate_interests"} or direct_marketing:
        rights.add("object")
    if consent:
        rights.add("withdraw")
    if automated_decisions:
        rights.add("automated")
    return [r for r in RIGHTS if r in rights]


def is_direct_marketing(purpose: Purpose) -> bool:
    """Whether a purpose's words, in any of its languages, say direct marketing."""
    text = " ".join(purpose.description.values.values()).casefold()
    return any(word in text for word in _MARKETING_WORDS)


def activity_rights(activity: Activity, purposes: Iterable[Purpose] | None = None) -> list[str]:
    """The rights of the data subjects of ``activity`` for ``purposes`` (all of its purposes
    when None), read from what the register records."""
    chosen = list(activity.purposes or []) if purposes is None else list(purposes)
    ad = activity.automated_decisions
    sources = activity.sources
    return applicable_rights(
        (p.legal_basis for p in chosen),
        bool(ad and ad.exists),
        conditions=(p.special_category_condition for p in chosen),
        # [] is "recorded as none": no IT system, so nothing is processed by automated means.
        automated_means=not (isinstance(activity.systems, list) and not activity.systems),
        provided_by_subject=not sources or any(s.type == "data_subject" for s in sources),
        direct_marketing=any(is_direct_marketing(p) for p in chosen),
    )


def rights_for(selection: Iterable[tuple[Activity, Iterable[Purpose] | None]]) -> list[str]:
    """The rights over several activities (each with the purposes concerned): their union."""
    found: set[str] = set()
    for activity, purposes in selection:
        found.update(activity_rights(activity, purposes))
    return [r for r in RIGHTS if r in found]
