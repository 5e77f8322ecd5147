"""The schema step's fast verdict (jsonschema-rs) must be jsonschema's, which words the messages.

A document the fast check passes is never looked at again, so it must never pass what
jsonschema refuses; and one it refuses must have problems jsonschema can name.
"""

from __future__ import annotations

import copy
import random

from ropa_desktop.interchange.validate import _fast_validator, _validator

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


def test_the_fast_verdict_is_jsonschema_s_on_altered_documents(demo_doc):
    rng = random.Random(30)
    fast, full = _fast_validator(), _validator()
    accepted_wrongly, refused_wrongly = [], []
    for n, doc in enumerate(_mutations(demo_doc, rng, 150)):
        if fast.is_valid(doc):
            if not full.is_valid(doc):
                accepted_wrongly.append(next(iter(full.iter_errors(doc))).json_path)
        elif n < 30 and full.is_valid(doc):  # jsonschema takes ~0.1 s a document: a sample of this side
            refused_wrongly.append(n)
    assert accepted_wrongly == []
    assert refused_wrongly == []
    assert fast.is_valid(demo_doc)
