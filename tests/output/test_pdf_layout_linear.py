"""Laying out a PDF takes time in proportion to its text, however long one text is (issue 12 item 16).

Import caps names at 500 and descriptions at 50,000 characters (the format's rule); whatever
a text's length, a long text without a space (a pasted hash, a URL) or a long run of words
must not make an export crawl. A 1 MB organisation name once took minutes: the header of every
page repeated all of it, and the pages grew with it.
Timed as a ratio, so a slow machine does not fail it: four times the text, under six times
the time (a step quadratic in the text's length gives sixteen).
"""

from __future__ import annotations

import copy
import time
from pathlib import Path

import pytest

from ropa_desktop.exporters.register_pdf import write_register_pdf
from ropa_desktop.interchange.codec import decode_register
from ropa_desktop.interchange.jsonio import load_document_value
from ropa_desktop.notices import build_notice, write_pdf

BASE = 12_500  # characters; four times this is the 50,000 a description may have
# The organisation's name heads every page: long enough that the pages it adds dominate the time.
NAME_BASE = 50_000  # four times this is beyond what import allows; the layout stays linear all the same


def _texts(kind: str, n: int) -> str:
    return "x" * n if kind == "wordless" else ("Lorem ipsum dolor sit amet " * (n // 27 + 1))[:n]


def _fastest(run, repeats: int = 2) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("kind", ["wordless", "words"])
def test_the_pdf_register_lays_out_a_long_text_in_time_linear_in_its_length(
    example_doc: dict, tmp_path: Path, kind: str
) -> None:
    def export(n: int) -> float:
        doc = copy.deepcopy(example_doc)
        doc["organisation"]["name"] = _texts(kind, n)  # on the cover, in headers and in the head table
        doc["activities"][0]["description"] = _texts(kind, n)
        # Decoded without the import's guard: a register may hold a name from before the limit.
        register = decode_register(doc)
        return _fastest(lambda: write_register_pdf(register, tmp_path / f"r{n}.pdf", lang=doc["languages"][0]))

    short, long = export(NAME_BASE), export(4 * NAME_BASE)
    assert long < 6 * short, f"{NAME_BASE} characters: {short:.2f} s; {4 * NAME_BASE}: {long:.2f} s"


@pytest.mark.parametrize("kind", ["wordless", "words"])
def test_the_pdf_notice_lays_out_a_long_text_in_time_linear_in_its_length(
    example_doc: dict, tmp_path: Path, kind: str
) -> None:
    def export(n: int) -> float:
        doc = copy.deepcopy(example_doc)
        for category in doc["data_subject_categories"]:
            category["description"] = _texts(kind, n)
        doc["activities"][0]["description"] = _texts(kind, n)
        notice = build_notice(load_document_value(doc).register, None, "en")
        return _fastest(lambda: write_pdf(notice, tmp_path / f"n{n}.pdf", overwrite=True))

    short, long = export(BASE), export(4 * BASE)
    assert long < 6 * short, f"{BASE} characters: {short:.2f} s; {4 * BASE}: {long:.2f} s"
