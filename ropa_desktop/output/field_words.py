"""A field of the register format in words, for every output: 'transfers[0].scc.module' ->
'Transfers, no. 1 › Standard contractual clauses › SCC module'.

The findings carry the path of the field they are about (data, kept as it is for
``ropa check --json``); a reader of the workbook, the history or a comparison is shown the
export's own labels for it instead, so the same field has the same name in every document.
"""

from __future__ import annotations

import re

from ropa_desktop.output.catalogue import label
from ropa_desktop.output.wording import word

# format key -> label key of the exports, where they differ
_FIELD_LABELS = {
    "purposes": "col_purposes", "role": "col_role", "status": "col_status", "category": "category_entry",
    "processing_locations": "locations", "special_category_condition": "art9_condition",
    "controllers": "controllers_on_behalf", "module": "scc_module", "data_subject_categories": "data_subjects",
    "dpa": "contract", "scc": "field_scc", "required": "field_required", "review_on": "next_review",
    "signed_on": "col_signed_on",
}
_SEGMENT = re.compile(r"^(?P<key>[A-Za-z0-9_-]+)(?:\[(?P<index>\d+)\])?$")


def field_label(key: str, lang: str) -> str:
    """A format field's name in words, as the register exports label it ('owner' -> 'Owner' / 'Ansvarig')."""
    try:
        return label(_FIELD_LABELS.get(key, key), lang)
    except KeyError:
        return key.replace("_", " ")  # an x- property or a field newer than the labels: its own name


def field_path(path: str, lang: str) -> str:
    """A field's path inside an item in words ("" for the whole item); the n-th of a list is counted from 1."""
    parts = []
    for segment in path.split(".") if path else []:
        match = _SEGMENT.match(segment)
        if match is None:
            parts.append(segment)
            continue
        name = field_label(match["key"], lang)
        if match["index"] is not None:
            name = word("label.field_nth", lang, field=name, n=int(match["index"]) + 1)
        parts.append(name)
    return " › ".join(parts)
