"""Which rights apply: the table of every legal basis × Art. 9(2) condition × automated decisions.

Each expected right carries the article it rests on, so that a reader can check the
table against the Regulation rather than against the code.
"""

from __future__ import annotations

import itertools

import pytest

from ropa_desktop.domain import Activity, AutomatedDecisions, LText, Purpose, Source
from ropa_desktop.domain.rights import activity_rights, applicable_rights, rights_for

ALWAYS = {
    "access": "Art. 15, 13(2)(b)",
    "rectification": "Art. 16, 13(2)(b)",
    "erasure": "Art. 17, 13(2)(b) (limited, not removed, by Art. 17(3)(b))",
    "restriction": "Art. 18, 13(2)(b)",
}

# Art. 6(1) basis -> the rights it adds.
BY_BASIS = {
    "consent": {"withdraw": "Art. 7(3), 13(2)(c)", "portability": "Art. 20(1)(a)"},
    "contract": {"portability": "Art. 20(1)(a)"},
    "legal_obligation": {},  # no portability (Art. 20(1)(a) names neither), no objection (Art. 21(1))
    "vital_interests": {},
    "public_task": {"object": "Art. 21(1), 13(2)(b)"},  # and no portability: Art. 20(3)
    "legitimate_interests": {"object": "Art. 21(1), 13(2)(b)"},
}

# Art. 9(2) condition -> the rights it adds. Only explicit consent adds any.
BY_CONDITION: dict[str | None, dict[str, str]] = {
    None: {},
    "a": {"withdraw": "Art. 7(3), 13(2)(c), 14(2)(d) (consent under Art. 9(2)(a))",
          "portability": "Art. 20(1)(a) (consent under Art. 9(2)(a))"},
    **{letter: {} for letter in "bcdefghij"},
}

# Automated decision-making: none, profiling alone, a decision solely by automated means.
BY_AUTOMATION = {
    "none": {},
    "profiling only": {},  # Art. 22 covers decisions, not profiling as such
    "automated decision": {"automated": "Art. 22(3), 13(2)(f)"},
}

TABLE = [
    (basis, condition, automation, {**ALWAYS, **BY_BASIS[basis], **BY_CONDITION[condition],
                                    **BY_AUTOMATION[automation]})
    for basis, condition, automation in itertools.product(BY_BASIS, BY_CONDITION, BY_AUTOMATION)
]


def _activity(basis: str, condition: str | None = None, automation: str = "none", **fields: object) -> Activity:
    purpose = Purpose(id="p", description=LText({"en": "Serve customers"}), legal_basis=basis,
                      special_category_condition=condition)
    ad = AutomatedDecisions(exists=automation == "automated decision", profiling=automation != "none")
    values: dict[str, object] = dict(id="a", name=LText({"en": "A"}), role="controller", purposes=[purpose],
                                     automated_decisions=ad)
    values.update(fields)
    return Activity(**values)


@pytest.mark.parametrize(("basis", "condition", "automation", "expected"), TABLE,
                         ids=[f"{b}-9(2)({c or '-'})-{a}" for b, c, a, _ in TABLE])
def test_the_rights_table(basis: str, condition: str | None, automation: str, expected: dict[str, str]) -> None:
    assert set(activity_rights(_activity(basis, condition, automation))) == set(expected)


def test_the_table_covers_every_basis_and_condition() -> None:
    from ropa_desktop.domain.model import ART9_CONDITIONS, LEGAL_BASES

    assert set(BY_BASIS) == set(LEGAL_BASES)
    assert set(BY_CONDITION) == {None, *ART9_CONDITIONS}


def test_explicit_consent_as_the_art_9_condition_gives_withdrawal_on_a_contract_basis() -> None:
    # The defect: consent only as the Art. 9(2)(a) condition lost the right to withdraw.
    assert "withdraw" in activity_rights(_activity("contract", "a"))
    assert "withdraw" in applicable_rights(["legitimate_interests"], False, conditions=["a"])


def test_direct_marketing_gives_the_art_21_2_objection_on_any_basis() -> None:
    marketing = Purpose(id="m", description=LText({"sv": "Direktmarknadsföring per e-post"}), legal_basis="consent")
    assert "object" in activity_rights(_activity("consent", purposes=[marketing]))  # Art. 21(2)
    assert "object" not in activity_rights(_activity("consent"))


def test_portability_needs_automated_means_and_data_the_subject_provided() -> None:
    assert "portability" not in activity_rights(_activity("contract", systems=[]))  # paper only: Art. 20(1)(b)
    third_party = [Source(type="third_party")]
    assert "portability" not in activity_rights(_activity("contract", sources=third_party))  # Art. 20(1)
    assert "portability" in activity_rights(_activity("contract", systems=["CRM"],
                                                      sources=[*third_party, Source(type="data_subject")]))


def test_rights_over_several_activities_are_their_union_in_the_regulation_s_order() -> None:
    li, consent = _activity("legitimate_interests"), _activity("consent", automation="automated decision")
    assert rights_for([(li, None), (consent, None)]) == [
        "access", "rectification", "erasure", "restriction", "portability", "object", "withdraw", "automated"]
    # Only the purposes concerned count.
    assert "withdraw" not in rights_for([(consent, [])])
