"""Static GDPR reference data: countries, supervisory authorities, transfer tools.

Pure Python (no Qt). Data files live in resources/reference and are read lazily on
first use, so importing this package is cheap.
"""

from ._data import SUPPORTED_LANGS, normalize_lang, resources_dir
from .authorities import SupervisoryAuthority, all_authorities, authority_for
from .countries import (
    all_countries,
    country_name,
    eea_countries,
    eu_countries,
    is_eea,
    is_eu,
    normalize_country_code,
    sort_key,
)
from .org_numbers import org_number_label
from .safeguards import (
    Safeguard,
    is_third_country_transfer,
    third_country_transfers,
    transfer_country,
    transfer_safeguard,
)
from .transfers import (
    MECHANISMS,
    AdequacyDecision,
    SccModule,
    adequacy_data_as_of,
    adequacy_decision,
    adequacy_decisions,
    adequacy_in_force,
    article9_condition_text,
    article9_conditions,
    derogation_text,
    derogations,
    is_adequate,
    mechanism_label,
    scc_module,
    scc_modules,
)

__all__ = [
    "MECHANISMS",
    "SUPPORTED_LANGS",
    "AdequacyDecision",
    "Safeguard",
    "SccModule",
    "SupervisoryAuthority",
    "adequacy_data_as_of",
    "adequacy_decision",
    "adequacy_decisions",
    "adequacy_in_force",
    "all_authorities",
    "all_countries",
    "article9_condition_text",
    "article9_conditions",
    "authority_for",
    "country_name",
    "derogation_text",
    "derogations",
    "eea_countries",
    "eu_countries",
    "is_adequate",
    "is_eea",
    "is_eu",
    "is_third_country_transfer",
    "mechanism_label",
    "normalize_country_code",
    "normalize_lang",
    "org_number_label",
    "resources_dir",
    "scc_module",
    "scc_modules",
    "sort_key",
    "third_country_transfers",
    "transfer_country",
    "transfer_safeguard",
]
