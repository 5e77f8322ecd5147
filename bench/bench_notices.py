"""Benchmark of the information notices (issue 5's target): the notice for all audiences of a
1,000-activity synthetic register, as HTML and as PDF, each under 3 s.

Run by hand:  .venv/bin/python bench/bench_notices.py [N ...]   (default: 1000)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pypdf import PdfReader
from synthetic import publishable, synthetic_register

from ropa_desktop.notices import build_notice, write_html, write_pdf


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def run(n: int) -> None:
    register = publishable(synthetic_register(n))
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("sv", "en"):
            notice, t_build = timed(lambda lang=lang: build_notice(register, None, lang))
            html_path = Path(tmp) / f"notice-{lang}.html"
            pdf_path = Path(tmp) / f"notice-{lang}.pdf"
            _, t_html = timed(lambda notice=notice, p=html_path: write_html(notice, p))
            _, t_pdf = timed(lambda notice=notice, p=pdf_path: write_pdf(notice, p))
            purposes = sum(len(a.purposes) for s in notice.content.sections for a in s.activities)
            print(
                f"{n} activities, all audiences ({len(notice.content.sections)} sections, {purposes} purpose rows), "
                f"{lang}: build {t_build:.2f} s; build+HTML {t_build + t_html:.2f} s "
                f"({html_path.stat().st_size / 1e6:.1f} MB); build+PDF {t_build + t_pdf:.2f} s "
                f"({pdf_path.stat().st_size / 1e6:.1f} MB, {len(PdfReader(pdf_path).pages)} pages); "
                f"{len(notice.completeness)} gaps, "
                f"{len(notice.fallbacks)} fallbacks"
            )


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["1000"]:
        run(int(arg))
