"""What the organisation's number is called: its country's own term (``CVR-nummer`` for a Danish company)."""

from __future__ import annotations

from ._data import load_json
from .countries import normalize_country_code


def org_number_label(country: str | None) -> str | None:
    """The national name of a company's registration number in ``country``, or None when not known.

    The term belongs to the country, not to the document's language, so a caller uses it
    in every language and falls back to its own generic label when this returns None.
    """
    if not country:
        return None
    return load_json("org_number_labels.json")["labels"].get(normalize_country_code(country))
