"""Accountability rules: the right SCC module, transfers on derogations, the representative and the DPO.

- scc-module-mismatch: the module of the 2021 SCCs (Decision (EU) 2021/914) follows the
  roles: controller→processor module 2, processor→processor module 3,
  controller→controller module 1, processor→controller module 4. We are the exporter,
  in the activity's role; the importer is a processor when the transfer names one of our
  processors, a controller when it names a recipient (recipients are not processors).
  A transfer to a name only (``recipient_name``) tells no role and is not checked.
- transfer-derogation-systematic: an Art. 49 derogation for a processor's transfer. A
  processor works for us regularly, so its transfers are systematic, and the derogations
  are for occasional transfers (EDPB Guidelines 2/2018, part 1).
- representative-missing: an organisation whose address is outside the EU/EEA with no
  Art. 27 representative. The register cannot tell whether Art. 3(2) applies or
  Art. 27(2)'s exemption does, so it is a warning that asks.
- dpo-required: no DPO while the register's own answers show what Art. 37(1)(b)/(c)
  describes. The register does not record "core activity" or "large scale"; the
  conservative reading used here is an active activity with a DPIA recorded as required
  *and* special-category or criminal-offence data (Art. 35(3)(b) mirrors Art. 37(1)(c)) or
  systematic monitoring (Art. 35(3)(c) mirrors Art. 37(1)(b)). The DPO's own
  not-recorded gap is reported by rules.not_recorded.

The processor outside the EEA with no transfer recorded is processors_outside_eea in rules.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa_desktop.checks.dpia_rules import dpia_criteria
from ropa_desktop.checks.engine import CheckContext, activities, rule
from ropa_desktop.checks.finding import Finding
from ropa_desktop.checks.helpers import ACT, W, country_words, party, words
from ropa_desktop.domain import model
from ropa_desktop.reference import is_eea

# (our role as exporter, the importer's role) -> the SCC module and the words for the roles.
_MODULES = {
    ("controller", "processor"): (2, "controller to processor"),
    ("processor", "processor"): (3, "processor to processor"),
    ("controller", "controller"): (1, "controller to controller"),
    ("processor", "controller"): (4, "processor to controller"),
}


def _importer_role(t: model.Transfer) -> str | None:
    if isinstance(t.processor, str):
        return "processor"
    if isinstance(t.recipient, str):
        return "controller"
    return None


@rule
def transfer_roles(ctx: CheckContext) -> Iterator[Finding]:
    for a, name in activities(ctx):
        exporter = "processor" if a.is_processor_activity else "controller"
        for i, t in enumerate(a.transfers or []):
            if isinstance(t.country, str) and is_eea(t.country):
                continue  # not a transfer (rules.transfers says so)
            importer = _importer_role(t)
            if t.mechanism == "scc" and isinstance(t.scc, model.Scc) and isinstance(t.scc.module, int) and importer:
                expected, roles = _MODULES[(exporter, importer)]
                if t.scc.module != expected:
                    yield ctx.finding("scc-module-mismatch", W, "Art. 46(2)(c); Decision (EU) 2021/914", ACT, a.id,
                                      f"transfers[{i}].scc.module", name, activity=name, party=party(ctx, t),
                                      module=t.scc.module, expected=expected, roles=words(roles))
            if t.mechanism == "derogation" and importer == "processor":
                yield ctx.finding("transfer-derogation-systematic", W, "Art. 49(1); EDPB Guidelines 2/2018", ACT,
                                  a.id, f"transfers[{i}].mechanism", name, activity=name, party=party(ctx, t))


@rule
def representative(ctx: CheckContext) -> Iterator[Finding]:
    org = ctx.register.organisation
    country = org.address.country if isinstance(org.address, model.Address) else None
    if isinstance(country, str) and not is_eea(country) and not isinstance(org.representative, model.Contact):
        yield ctx.finding("representative-missing", W, "Art. 27(1), 27(2), Art. 3(2)", "organisation", "",
                          "representative", org.name, organisation=org.name, country=country_words(country))


@rule
def dpo_required(ctx: CheckContext) -> Iterator[Finding]:
    org = ctx.register.organisation
    if isinstance(org.dpo, model.Contact):
        return
    for a, name in activities(ctx):
        if a.effective_status == "retired" or not (a.dpia and a.dpia.required == "yes"):
            continue
        met = dpia_criteria(ctx, a)
        reason = ("processes special-category or criminal-offence data" if "sensitive" in met
                  else "monitors people systematically" if "monitoring" in met else None)
        if reason is None:
            continue
        yield ctx.finding("dpo-required", W, "Art. 37(1)(b), 37(1)(c)", "organisation", "", "dpo", org.name,
                          organisation=org.name, activity=name, reason=words(reason))
        return  # one finding for the organisation, naming the first activity that shows it

