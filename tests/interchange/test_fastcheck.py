"""The fast validity check must never accept what jsonschema rejects."""

from __future__ import annotations

import copy
import random

from ropa_desktop.interchange.validate import _fast_check, _validator

ODD_VALUES = [None, "", "x", "2023-02-31", "2024-01-01", "P", "P1Y", "SE", "se", 0, 1, -1, 2.5, True, False,
              [], ["a"], ["a", "a"], {}, {"sv": "t"}, {"x-a": 1}, {"SV": "t"}, "not an email", "a@b",
              "https://x.example", "consent", "scc", "outdated", "processor", 5]


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


def _mutations(doc, rng, count, within=None):
    paths = [p for p in _paths(doc) if p and (within is None or within & set(p))]
    for _ in range(count):
        d = copy.deepcopy(doc)
        path = rng.choice(paths)
        parent = d
        for key in path[:-1]:
            parent = parent[key]
        action = rng.random()
        if action < 0.25 and isinstance(parent, dict):
            del parent[path[-1]]
        elif action < 0.35 and isinstance(parent, dict):
            parent[rng.choice(["extra", "x-extra", "name", "status", "country", "mechanism"])] = rng.choice(
                ODD_VALUES)
        else:
            parent[path[-1]] = copy.deepcopy(rng.choice(ODD_VALUES))
        yield d


def test_fast_check_agrees_with_jsonschema_on_altered_documents(example_doc):
    rng = random.Random(30)
    fast, full = _fast_check(), _validator()
    accepted_wrongly = []
    for doc in _mutations(example_doc, rng, 400):
        if fast(doc) and not full.is_valid(doc):
            accepted_wrongly.append(next(iter(full.iter_errors(doc))).json_path)
    assert accepted_wrongly == []
    assert fast(example_doc)


def test_fast_check_agrees_with_jsonschema_on_the_fields_added_in_2026_12(example_doc_with_late_fields):
    # The examples predate these fields, so the random alterations above never reach them.
    rng = random.Random(2026)
    fast, full = _fast_check(), _validator()
    late = {"dpf", "review_every", "national_id_justification"}
    accepted_wrongly = []
    for doc in _mutations(example_doc_with_late_fields, rng, 200, within=late):
        if fast(doc) and not full.is_valid(doc):
            accepted_wrongly.append(next(iter(full.iter_errors(doc))).json_path)
    assert accepted_wrongly == []
    assert fast(example_doc_with_late_fields)
