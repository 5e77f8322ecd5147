"""Schema step of the import: jsonschema-rs against our hand-written fast check (fastcheck.py).

Run by hand:  .venv/bin/python bench/bench_validation.py [REGISTERS_DIR]
(default: the project's fixture registers in tests/fixtures/registers, plus the demo register; give
../shared/register-format/examples to time the format's own examples).

It times a yes/no validation of each example document with both, then throws a few hundred
mutated documents (wrong types, missing required fields, unknown keys, bad enum values, bad
patterns) at both and at jsonschema (the authority for messages), and compares the verdicts
and, between jsonschema-rs and jsonschema, the JSON paths of the errors. It prints the figures
and every disagreement; the exit status is 1 if any verdict differs.
"""

from __future__ import annotations

import copy
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

MUTATIONS_PER_DOCUMENT = 150
SEED = 12

# Values that break types, enums and patterns: each replaces a value somewhere in a document.
WRONG_TYPES: list[Any] = [None, 0, 1, -1, 2.5, True, False, [], ["a"], {}, {"sv": "t"}, "x", ""]
BAD_STRINGS = ["Not An Id", "2023-02-31", "2024-1-1", "se", "SWE", "P", "12M", "not an email", "ftp://x",
               "www.example.com", "nonsense-value", "consent ", "SCC"]
UNKNOWN_KEYS = ["extra", "Name", "x-ok", "legal_basis", "status", "country"]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


def mutations(doc: dict[str, Any], rng: random.Random, count: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """(kind, mutated copy) pairs; every kind gets about the same share."""
    paths = [p for p in _paths(doc) if p]
    string_paths = [p for p in paths if isinstance(_get(doc, p), str)]
    object_paths = [p for p in _paths(doc) if isinstance(_get(doc, p), dict)]
    kinds = ["wrong type", "missing required", "unknown key", "bad enum or pattern"]
    for n in range(count):
        kind = kinds[n % len(kinds)]
        d = copy.deepcopy(doc)
        if kind == "wrong type":
            path = rng.choice(paths)
            _set(d, path, copy.deepcopy(rng.choice(WRONG_TYPES)))
        elif kind == "missing required":
            dict_paths = [p for p in paths if isinstance(p[-1], str)]
            path = rng.choice(dict_paths)
            del _get(d, path[:-1])[path[-1]]
        elif kind == "unknown key":
            path = rng.choice(object_paths)
            _get(d, path)[rng.choice(UNKNOWN_KEYS)] = rng.choice(["v", 1, None])
        else:
            path = rng.choice(string_paths)
            _set(d, path, rng.choice(BAD_STRINGS))
        yield kind, d


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        doc = doc[key]
    return doc


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> None:
    _get(doc, path[:-1])[path[-1]] = value


def _json_path(parts: Any) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def per_document_ms(check: Callable[[Any], bool], doc: Any, rounds: int = 30) -> float:
    check(doc)  # warm caches (compiled regexes, resolved references)
    start = time.perf_counter()
    for _ in range(rounds):
        check(doc)
    return (time.perf_counter() - start) / rounds * 1000


def main(argv: list[str]) -> int:
    import jsonschema_rs
    from jsonschema import Draft202012Validator, FormatChecker

    from ropa_desktop.base.resources import resource_path
    from ropa_desktop.interchange.validate import schema

    examples = Path(argv[0]) if argv else REPO / "tests" / "fixtures" / "registers"
    documents = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(examples.glob("*.json"))}
    demo = resource_path("demo", "demo-register.json")
    documents["demo-register.json"] = json.loads(demo.read_text(encoding="utf-8"))

    full = Draft202012Validator(schema(), format_checker=FormatChecker())
    rs = jsonschema_rs.Draft202012Validator(schema(), validate_formats=True)
    try:
        from ropa_desktop.interchange.fastcheck import compile_schema
    except ImportError:  # once the hand-written check is gone, only jsonschema-rs is timed
        fast = None
    else:
        fast = compile_schema(schema())

    print("time per valid document (yes/no):")
    for name, doc in documents.items():
        size = len(json.dumps(doc))
        rs_ms = per_document_ms(rs.is_valid, doc)
        fast_ms = per_document_ms(fast, doc) if fast else float("nan")
        full_ms = per_document_ms(full.is_valid, doc, rounds=3)
        print(f"  {name:24} {size / 1024:6.0f} KiB  jsonschema-rs {rs_ms:7.2f} ms   fastcheck {fast_ms:7.2f} ms"
              f"   jsonschema {full_ms:8.1f} ms")

    rng = random.Random(SEED)
    cases = [(name, "unchanged", doc) for name, doc in documents.items()]
    for name, doc in documents.items():
        cases.extend((name, kind, d) for kind, d in mutations(doc, rng, MUTATIONS_PER_DOCUMENT))

    verdicts_agree = paths_agree = invalid = 0
    for name, kind, doc in cases:
        truth = full.is_valid(doc)
        invalid += not truth
        verdict_rs = rs.is_valid(doc)
        verdict_fast = fast(doc) if fast else verdict_rs
        if verdict_rs == truth == verdict_fast:
            verdicts_agree += 1
        else:
            first = next(iter(full.iter_errors(doc)), None)
            print(f"  VERDICT differs ({name}, {kind}): jsonschema {truth}, jsonschema-rs {verdict_rs}, "
                  f"fastcheck {verdict_fast}; {first.json_path + ': ' + first.message if first else ''}")
        py_paths = {e.json_path for e in full.iter_errors(doc)}
        rs_paths = {_json_path(e.instance_path) for e in rs.iter_errors(doc)}
        if py_paths == rs_paths:
            paths_agree += 1
        else:
            print(f"  paths differ ({name}, {kind}): jsonschema {sorted(py_paths)}, jsonschema-rs {sorted(rs_paths)}")

    print(f"{len(cases)} documents ({invalid} invalid): verdicts agree on {verdicts_agree}, "
          f"error paths agree on {paths_agree}")
    return 0 if verdicts_agree == len(cases) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
