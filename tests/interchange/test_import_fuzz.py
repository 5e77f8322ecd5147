"""Generated and damaged documents thrown at `ropa import`.

Whatever arrives, the outcome is one of two: the document is imported and survives
export → import → export unchanged, or it is refused with one message (exit status 2)
and the register is exactly as it was. Never a traceback.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from ropa_desktop.base.resources import resource_path
from ropa_desktop.cli.main import main

DEMO = resource_path("demo", "demo-register.json")
DEMO_DOC = json.loads(DEMO.read_text(encoding="utf-8"))
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)

# Values that are odd for the format or for the parser: control characters, surrogates,
# other types, huge and non-finite numbers, codes that are not countries.
ODD_TEXT = st.text(alphabet=st.characters(codec=None, min_codepoint=0, max_codepoint=0xDFFF), max_size=12)
ODD_VALUE = st.one_of(
    ODD_TEXT,
    st.sampled_from(["", "XX", "DE", "US", "SE", "P1Y", "2024-02-30", "x" * 600, "\x00", "\ud800", "a\tb\nc"]),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(ODD_TEXT, st.integers(), max_size=2),
)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _paths(v, (*prefix, i))
    return found


PATHS = [p for p in _paths(DEMO_DOC) if p]


@st.composite
def mutated_documents(draw: st.DrawFn) -> str:
    doc = copy.deepcopy(DEMO_DOC)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        path = draw(st.sampled_from(PATHS))
        parent = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            action = draw(st.sampled_from(["replace", "delete", "add key"]))
            if action == "replace":
                parent[path[-1]] = draw(ODD_VALUE)
            elif action == "delete" and isinstance(parent, dict):
                del parent[path[-1]]
            elif isinstance(parent, dict):
                parent[draw(st.sampled_from(["x-extra", "extra", "name", "country", draw(ODD_TEXT)]))] = draw(
                    ODD_VALUE)
        except (KeyError, IndexError, TypeError):
            pass  # an earlier mutation removed the path: this one falls away
    # allow_nan: the generator may put NaN in; the importer is the one that must refuse it.
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()), allow_nan=True)
    # What json.dumps cannot write: a repeated key, deep nesting, a long number.
    extra = draw(st.sampled_from(["", "", "", "duplicate", "nesting", "digits"]))
    if extra == "duplicate" and text.endswith("}"):
        key = draw(st.sampled_from(sorted(DEMO_DOC)))
        text = text[:-1] + f", {json.dumps(key)}: {json.dumps(DEMO_DOC[key])}}}"
    elif extra == "nesting" and text.endswith("}"):
        depth = draw(st.integers(min_value=1, max_value=5000))
        text = text[:-1] + ', "x-deep": ' + "[" * depth + "]" * depth + "}"
    elif extra == "digits" and text.endswith("}"):
        text = text[:-1] + ', "x-n": ' + "9" * draw(st.integers(min_value=1, max_value=6000)) + "}"
    return text


@st.composite
def damaged_files(draw: st.DrawFn) -> bytes:
    data = bytearray(json.dumps(DEMO_DOC, ensure_ascii=False).encode("utf-8"))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        at = draw(st.integers(min_value=0, max_value=len(data) - 1))
        if draw(st.booleans()):
            data[at] ^= 1 << draw(st.integers(min_value=0, max_value=7))
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=3))
    return bytes(data)


def _run(*args: Path | str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = main([str(a) for a in args])
    return status, err.getvalue()


def _exported(register: Path, folder: Path, name: str) -> dict:
    out = folder / name
    assert _run("export", register, "-o", out)[0] == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc.pop("exported_at")
    return doc


@pytest.fixture(scope="module")
def base_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One register holding the demo, copied for each example (tmp_path is per test, not per example)."""
    register = tmp_path_factory.mktemp("fuzz") / "base.ropa"
    assert _run("import", register, DEMO)[0] == 0
    return register


def _throw(base_register: Path, content: str | bytes) -> str:
    with tempfile.TemporaryDirectory(prefix="ropa-fuzz-") as tmp:
        folder = Path(tmp)
        register = folder / "company.ropa"
        shutil.copyfile(base_register, register)
        before = register.read_bytes()
        document = folder / "thrown.json"
        document.write_bytes(content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content)

        status, err = _run("import", register, document, "--replace")

        assert "Traceback" not in err
        if status == 2:
            assert err.startswith("ropa: thrown.json ") and err.count("ropa:") == 1, err
            assert register.read_bytes() == before
            assert sorted(p.name for p in folder.iterdir()) == ["company.ropa", "thrown.json"]
            return "refused"
        assert status == 0, err
        first = _exported(register, folder, "first.json")
        again = folder / "again.ropa"
        assert _run("import", again, folder / "first.json")[0] == 0
        assert _exported(again, folder, "second.json") == first
        return "imported"


@FUZZ
@given(mutated_documents())
def test_generated_documents_are_imported_and_round_trip_or_refused_cleanly(base_register: Path, text: str) -> None:
    event(_throw(base_register, text))


@FUZZ
@given(damaged_files())
def test_damaged_files_are_imported_and_round_trip_or_refused_cleanly(base_register: Path, data: bytes) -> None:
    event(_throw(base_register, data))
