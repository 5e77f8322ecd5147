"""Which activities concern an audience, who may get a notice, and who receives a transfer: the domain's rules."""

from __future__ import annotations

from ropa_desktop.domain.audiences import (
    audience_activities,
    audience_data_categories,
    notice_audiences,
    processor_only_audiences,
)
from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import (
    Activity,
    ControllerOnBehalf,
    DataCategory,
    DataSubjectCategory,
    Organisation,
    Processor,
    Purpose,
    Recipient,
    Register,
    Scc,
    Transfer,
)
from ropa_desktop.domain.transfer_facts import scc_in_force, transfer_receiver


def _name(text: str) -> LText:
    return LText.of("en", text)


def _register(*activities: Activity) -> Register:
    return Register(
        languages=["en"],
        organisation=Organisation(name="Acme AB", supervisory_authority="SE"),
        data_subject_categories=[DataSubjectCategory(id=i, name=_name(i))
                                 for i in ("customers", "relatives", "their-staff", "both")],
        data_categories=[DataCategory(id=i, name=_name(i)) for i in ("contact", "health", "logins")],
        recipients=[Recipient(id="tax", name=_name("Tax agency"), type="authority")],
        processors=[Processor(id="cloud", name="Cloudy Inc.")],
        activities=list(activities),
    )


def _controller(aid: str, subjects: list[str], *purposes: Purpose, status: str = "active") -> Activity:
    return Activity(id=aid, name=_name(aid), role="controller", status=status, data_subjects=subjects,
                    data_categories=["contact", "health", "logins"], purposes=list(purposes))


def _processor(aid: str, subjects: list[str]) -> Activity:
    return Activity(id=aid, name=_name(aid), role="processor", data_subjects=subjects, data_categories=["contact"],
                    controllers=[ControllerOnBehalf(name="Customer Ltd")])


def test_an_audience_only_in_processor_activities_gets_no_notice_and_is_named_as_such() -> None:
    register = _register(
        _controller("crm", ["customers", "both"], Purpose(id="p", description=_name("Sales"), legal_basis="contract")),
        _processor("payroll-service", ["their-staff", "both"]),
    )
    assert processor_only_audiences(register) == ["their-staff"]
    assert notice_audiences(register) == ["customers", "both"]
    # In both kinds: only the controller activity is told.
    assert [a.id for a, _ in audience_activities(register, "both")] == ["crm"]
    assert audience_activities(register, "their-staff") == []


def test_drafts_and_retired_activities_are_not_told_but_do_not_make_an_audience_processor_only() -> None:
    purpose = Purpose(id="p", description=_name("Sales"), legal_basis="contract")
    register = _register(_controller("planned", ["customers"], purpose, status="draft"),
                         _processor("service", ["customers"]))
    assert audience_activities(register, "customers") == []
    assert notice_audiences(register) == []
    assert processor_only_audiences(register) == []  # we are its controller too, once the draft runs


def test_a_purpose_for_all_leaves_out_the_categories_the_register_ties_to_other_audiences() -> None:
    activity = _controller(
        "customer-care", ["customers", "relatives"],
        Purpose(id="care", description=_name("Care"), legal_basis="consent", special_category_condition="a",
                data_subjects=["customers"], data_categories=["contact", "health"]),
        Purpose(id="contact-relatives", description=_name("Contact relatives"), legal_basis="legitimate_interests",
                data_subjects=["relatives"], data_categories=["contact"]),
        Purpose(id="claims", description=_name("Legal claims"), legal_basis="legitimate_interests"),
    )
    claims = activity.purposes[2]
    assert audience_data_categories(activity, claims, "relatives") == ["contact", "logins"]
    assert audience_data_categories(activity, claims, "customers") == ["contact", "health", "logins"]
    # A purpose's own narrowing is told as recorded.
    assert audience_data_categories(activity, activity.purposes[0], "customers") == ["contact", "health"]


def test_who_receives_a_transfer_and_whether_its_sccs_hold() -> None:
    register = _register()
    to_cloud = Transfer(country="US", processor="cloud", mechanism="scc", scc=Scc(status="signed"))
    assert transfer_receiver(register, to_cloud).processor is register.processor("cloud")
    assert transfer_receiver(register, Transfer(country="US", recipient="tax", mechanism="none")).recipient.id == "tax"
    named = transfer_receiver(register, Transfer(country="US", recipient_name="Acme Inc.", mechanism="none"))
    assert (named.kind, named.name) == ("name", "Acme Inc.")
    assert scc_in_force(to_cloud)
    for status in ("missing", "in_negotiation", "outdated"):
        assert not scc_in_force(Transfer(country="US", processor="cloud", mechanism="scc", scc=Scc(status=status)))
    assert not scc_in_force(Transfer(country="US", processor="cloud", mechanism="scc"))
