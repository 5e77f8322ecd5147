"""Synthetic registers for benchmarks: realistic shape, any size.

Each activity has 5 purposes, 8 data categories, 3 processors and 1 transfer, as
the benchmarks in the issues ask; texts are in Swedish and English.
"""

from __future__ import annotations

import datetime as dt
import random

from ropa_desktop.domain import model
from ropa_desktop.domain.ltext import LText

BASES = ["consent", "contract", "legal_obligation", "legitimate_interests", "contract"]
WORDS_SV = ["kund", "order", "faktura", "support", "personal", "lön", "rekrytering", "marknad", "webb", "lager",
            "leverans", "avtal", "säkerhet", "analys", "arkiv", "ärende", "bokning", "medlem", "utbildning", "resa"]
WORDS_EN = ["customer", "order", "invoice", "support", "staff", "payroll", "recruitment", "marketing", "web",
            "stock", "delivery", "contract", "security", "analytics", "archive", "case", "booking", "member",
            "training", "travel"]


def _lt(sv: str, en: str) -> LText:
    return LText({"sv": sv, "en": en})


def synthetic_register(n_activities: int, seed: int = 0) -> model.Register:
    rng = random.Random(seed)
    n_cat, n_subj, n_proc = 40, 12, 30
    subjects = [model.DataSubjectCategory(id=f"subjects-{i}", name=_lt(f"Registrerade {i}", f"Data subjects {i}"))
                for i in range(n_subj)]
    categories = [
        model.DataCategory(
            id=f"category-{i}",
            name=_lt(f"Uppgiftskategori {i} ({WORDS_SV[i % 20]})", f"Data category {i} ({WORDS_EN[i % 20]})"),
            special_category="health" if i % 13 == 5 else None,
            criminal_offences=False,
            national_id=i % 17 == 3,
        )
        for i in range(n_cat)
    ]
    processors = [
        model.Processor(
            id=f"processor-{i}",
            name=f"Leverantör {i} AB",
            service=_lt(f"Tjänst {i}", f"Service {i}"),
            country="US" if i % 5 == 0 else "SE",
            dpa=model.Dpa(status="signed" if i % 7 else "pending", signed_on=dt.date(2024, 1, 1 + i % 28)),
            processing_locations=["US"] if i % 5 == 0 else ["SE", "FI"],
        )
        for i in range(n_proc)
    ]
    recipients = [model.Recipient(id="tax", name=_lt("Skatteverket", "Swedish Tax Agency"), type="authority",
                                  country="SE")]
    measures = [model.SecurityMeasure(id=f"measure-{i}", name=_lt(f"Åtgärd {i}", f"Measure {i}"),
                                      kind="technical" if i % 2 else "organisational") for i in range(8)]
    activities = []
    for n in range(n_activities):
        cats = rng.sample(range(n_cat), 8)
        procs = rng.sample(range(n_proc), 3)
        w = rng.randrange(20)
        purposes = []
        for k in range(5):
            basis = BASES[k]
            special = any(categories[c].special_category for c in cats)
            purposes.append(model.Purpose(
                id=f"purpose-{k}",
                description=_lt(f"Ändamål {k} för {WORDS_SV[w]} {n}", f"Purpose {k} for {WORDS_EN[w]} {n}"),
                legal_basis=basis,
                legitimate_interest=_lt("Att sköta verksamheten.", "Running the business.")
                if basis == "legitimate_interests" else model.MISSING,
                law_reference=_lt("Bokföringslagen (1999:1078)", "Swedish Accounting Act")
                if basis == "legal_obligation" else model.MISSING,
                special_category_condition="b" if special else model.MISSING,
            ))
        transfer_proc = processors[procs[0]]
        activities.append(model.Activity(
            id=f"activity-{n}",
            name=_lt(f"Behandling {n}: {WORDS_SV[w]}", f"Activity {n}: {WORDS_EN[w]}"),
            description=_lt(f"Hantering av {WORDS_SV[w]} i verksamheten, nummer {n}.",
                            f"Handling of {WORDS_EN[w]} in the business, number {n}."),
            role="controller",
            status="active",
            owner=f"Avdelning {n % 9}",
            systems=[f"System {n % 23}"],
            data_subjects=[subjects[n % n_subj].id, subjects[(n + 1) % n_subj].id],
            data_categories=[categories[c].id for c in cats],
            sources=[model.Source(type="data_subject")],
            purposes=purposes,
            recipients=["tax"],
            processors=[processors[p].id for p in procs],
            transfers=[model.Transfer(
                country="US" if n % 3 else "IN",
                processor=transfer_proc.id,
                mechanism="scc",
                scc=model.Scc(module=2, status="signed" if n % 11 else "outdated"),
                tia=model.Tia(status="done") if n % 4 else model.MISSING,
            )],
            retention=[model.Retention(period="P3Y", description=_lt("Tre år.", "Three years.")),
                       model.Retention(purposes=["purpose-2"], period="P7Y",
                                       description=_lt("Sju år enligt bokföringslagen.", "Seven years (accounting)."))],
            security_measures=[m.id for m in measures[:4]],
            automated_decisions=model.AutomatedDecisions(exists=False, profiling=n % 10 == 0),
            requirement=None,
            dpia=model.Dpia(required="no"),
            last_reviewed=dt.date(2026, 1, 1),
            next_review=dt.date(2026 + n % 2, 6, 1),
        ))
    org = model.Organisation(
        name="Syntetiska Exempel AB",
        org_number="559999-9999",
        email="dpo@example.com",
        dpo=model.Contact(name="Dana Dataskydd", email="dpo@example.com"),
        representative=None,
        supervisory_authority="SE",
    )
    return model.Register(languages=["sv", "en"], organisation=org, data_subject_categories=subjects,
                          data_categories=categories, recipients=recipients, processors=processors,
                          security_measures=measures, activities=activities)


def publishable(register: model.Register) -> model.Register:
    """``register`` with its unsigned SCCs signed: a transfer without a safeguard in force (rightly)
    refuses a notice, and the benchmarks time a notice being written."""
    for activity in register.activities:
        for transfer in activity.transfers or []:
            if transfer.scc:
                transfer.scc.status = "signed"
    return register
