"""Reference data the register UI and checks rely on."""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

import pytest

from ropa_desktop.reference import (
    MECHANISMS,
    _data,
    adequacy_decision,
    adequacy_decisions,
    all_authorities,
    all_countries,
    article9_condition_text,
    article9_conditions,
    authority_for,
    country_name,
    derogation_text,
    derogations,
    eea_countries,
    is_adequate,
    is_eea,
    is_eu,
    mechanism_label,
    resources_dir,
    scc_modules,
)

LANGS = ("en", "sv", "nb", "da")


# --- countries ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "Germany"), ("sv", "Tyskland"), ("nb", "Tyskland"), ("da", "Tyskland")],
)
def test_country_name_is_translated(lang: str, expected: str) -> None:
    assert country_name("DE", lang) == expected


def test_country_name_prefers_common_name() -> None:
    assert country_name("GB", "en") == "United Kingdom"
    assert country_name("KR", "en") == "South Korea"
    assert country_name("TW", "sv") == "Taiwan"
    assert country_name("GB", "da") == "Storbritannien"


def test_country_name_accepts_lowercase_aliases_and_locale_tags() -> None:
    assert country_name("se", "sv_SE") == "Sverige"
    assert country_name("UK", "en") == "United Kingdom"
    assert country_name("EL", "en") == "Greece"
    assert country_name("AT", "no") == country_name("AT", "nb") == "Østerrike"


def test_country_name_unknown_language_falls_back_to_english() -> None:
    assert country_name("DE", "fr") == "Germany"


@pytest.mark.parametrize("code", ["XX", "ZZ", "ABC", "1", ""])
def test_unknown_country_code_returns_code(code: str) -> None:
    assert country_name(code, "sv") == code.upper()


def test_all_countries_swedish_sorts_aao_after_z() -> None:
    names = [name for _, name in all_countries("sv")]
    assert names.index("Zimbabwe") < names.index("Åland") < names.index("Österrike")
    assert names[-1].startswith("Ö")
    # Diacritics other than å/ä/ö do not push a name to the end.
    assert names.index("Elfenbenskusten") < names.index("Zimbabwe")


@pytest.mark.parametrize("lang", ["nb", "da"])
def test_all_countries_norwegian_danish_sort_aeoa_after_z(lang: str) -> None:
    names = [name for _, name in all_countries(lang)]
    aland = names.index("Åland")
    austria = names.index(country_name("AT", lang))  # Østerrike / Østrig
    assert names.index("Zimbabwe") < austria < aland


def test_all_countries_is_complete_and_unique() -> None:
    pairs = all_countries("en")
    codes = [code for code, _ in pairs]
    assert len(codes) == len(set(codes)) >= 249
    assert ("SE", "Sweden") in pairs
    # Returned list is a copy: callers may modify it freely.
    pairs.clear()
    assert all_countries("en")


def test_eea_membership() -> None:
    for code in ("NO", "IS", "LI"):
        assert is_eea(code)
        assert not is_eu(code)
    for code in ("SE", "DK", "FI", "DE", "IE", "GR", "HR"):
        assert is_eu(code) and is_eea(code)
    for code in ("GB", "CH", "US", "XX", ""):
        assert not is_eu(code) and not is_eea(code)
    assert len(eea_countries()) == 30


# --- supervisory authorities ---------------------------------------------------


def test_every_eea_country_has_authority() -> None:
    for code in eea_countries():
        authority = authority_for(code)
        assert authority is not None, code
        assert authority.eea
        assert authority.country == code


def test_every_authority_is_complete() -> None:
    authorities = all_authorities()
    assert len(authorities) == 32
    for authority in authorities:
        assert authority.website.startswith("https://"), authority.country
        assert authority.name.get("en"), authority.country
        assert authority.name.get(authority.native_lang), authority.country
        assert authority.address.strip() and authority.short_name
        assert authority.eea == is_eea(authority.country)


def test_swedish_authority() -> None:
    imy = authority_for("SE")
    assert imy is not None
    assert imy.short_name == "IMY"
    assert imy.display_name("sv").startswith("Integritetsskyddsmyndigheten")
    assert imy.display_name("en").startswith("Swedish Authority for Privacy Protection")
    assert "imy.se" in imy.website
    assert "Box 8114" in imy.address and "104 20 Stockholm" in imy.address


def test_nordic_authority_names() -> None:
    assert authority_for("NO").display_name("nb") == "Datatilsynet"
    assert authority_for("DK").display_name("da") == "Datatilsynet"
    assert authority_for("FI").display_name("sv") == "Dataombudsmannens byrå"
    assert authority_for("FI").display_name("en") == "Office of the Data Protection Ombudsman"
    assert "datatilsynet.no" in authority_for("NO").website
    assert "0105 Oslo" in authority_for("NO").address
    assert "2500 Valby" in authority_for("DK").address


def test_display_name_falls_back_to_english() -> None:
    cnil = authority_for("FR")
    assert cnil is not None
    assert cnil.display_name("sv") == cnil.name["en"]
    assert cnil.display_name("fr").startswith("Commission nationale")
    assert cnil.display_name("de") == cnil.name["en"]


def test_non_eea_authorities_and_aliases() -> None:
    ico = authority_for("uk")
    assert ico is not None and ico.short_name == "ICO" and not ico.eea
    assert "SK9 5AF" in ico.address
    assert authority_for("CH") is not None and not authority_for("CH").eea
    assert authority_for("EL") is authority_for("GR")
    assert authority_for("US") is None
    assert authority_for("XX") is None


# --- transfers -------------------------------------------------------------------


def test_us_adequacy_is_partial_dpf() -> None:
    us = adequacy_decision("US")
    assert us is not None
    assert us.partial
    assert us.adopted_on == datetime.date(2023, 7, 10)
    assert "2023/1795" in us.decision
    for lang in LANGS:
        assert "Data Privacy Framework" in us.scope_text(lang)


def test_partial_decisions() -> None:
    partial = {d.country for d in adequacy_decisions() if d.partial}
    assert partial == {"CA", "JP", "US"}


def test_uk_decision_records_renewal() -> None:
    uk = adequacy_decision("GB")
    assert uk is not None
    assert "2021/1772" in uk.decision
    assert uk.adopted_on == datetime.date(2021, 6, 28)
    assert uk.renewed_on is not None and uk.valid_until is not None
    assert uk.renewed_on > uk.adopted_on
    assert adequacy_decision("uk") is uk


def test_adequacy_lookup() -> None:
    codes = {d.country for d in adequacy_decisions()}
    expected = {"AD", "AR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ"}
    assert expected | {"US", "UY"} <= codes
    assert is_adequate("JP") and is_adequate("ch")
    assert not is_adequate("CN")
    assert adequacy_decision("IN") is None
    assert adequacy_decision("") is None
    for decision in adequacy_decisions():
        assert len(decision.country) == 2
        assert decision.adopted_on < datetime.date(2030, 1, 1)
        assert not is_eea(decision.country)
        for lang in LANGS:
            assert decision.scope_text(lang), (decision.country, lang)


def test_adequacy_json_has_source_note() -> None:
    data = json.loads((resources_dir() / "reference" / "adequacy.json").read_text("utf-8"))
    assert "review" in data["source_note"]


def test_scc_modules_titles_in_all_languages() -> None:
    modules = scc_modules()
    assert [m.number for m in modules] == [1, 2, 3, 4]
    for module in modules:
        for lang in LANGS:
            assert module.title.get(lang), (module.number, lang)
    roles = [(m.exporter_role, m.importer_role) for m in modules]
    assert roles == [
        ("controller", "controller"),
        ("controller", "processor"),
        ("processor", "processor"),
        ("processor", "controller"),
    ]
    assert modules[1].label("en") == "Module 2: Controller to processor"
    assert modules[1].label("sv") == "Modul 2: Personuppgiftsansvarig till personuppgiftsbiträde"


def test_derogations_a_to_g_in_four_languages() -> None:
    items = derogations()
    assert sorted(items) == list("abcdefg")
    for letter, texts in items.items():
        for lang in LANGS:
            assert texts.get(lang), (letter, lang)
    assert "legal claims" in derogation_text("e", "en")
    assert derogation_text("(A)", "sv").startswith("Den registrerade")
    assert derogation_text("a", "de") == derogation_text("a", "en")
    with pytest.raises(KeyError):
        derogation_text("h", "en")


def test_derogations_result_cannot_corrupt_cache() -> None:
    derogations()["a"]["en"] = "tampered"
    assert derogation_text("a", "en") != "tampered"


def test_article9_conditions_a_to_j() -> None:
    items = article9_conditions()
    assert sorted(items) == list("abcdefghij")
    for letter, texts in items.items():
        for lang in LANGS:
            assert texts.get(lang), (letter, lang)
    assert article9_condition_text("a", "sv") == "Uttryckligt samtycke från den registrerade"
    with pytest.raises(KeyError):
        article9_condition_text("k", "en")


def test_mechanism_labels() -> None:
    for mechanism in MECHANISMS:
        labels = {lang: mechanism_label(mechanism, lang) for lang in LANGS}
        assert all(labels.values())
        assert labels["sv"] != labels["en"]
    assert mechanism_label("scc", "sv").startswith("Standardavtalsklausuler")
    assert mechanism_label("bcr", "fi") == mechanism_label("bcr", "en")
    assert mechanism_label("future_mechanism", "sv") == "future_mechanism"


# --- resource location ---------------------------------------------------------


def test_resources_dir_in_source_tree() -> None:
    assert (resources_dir() / "reference" / "eea.json").is_file()


def test_resources_dir_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert _data.resources_dir() == tmp_path / "resources"


def test_import_is_lazy() -> None:
    import subprocess

    code = (
        "import ropa_desktop.reference as r, ropa_desktop.reference._data as d;"
        "assert d.load_json.cache_info().currsize == 0;"
        "import sys; assert 'PySide6' not in sys.modules and 'PyQt6' not in sys.modules"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)
