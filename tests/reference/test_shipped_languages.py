"""Adding a language is adding its catalogue files: reference data and documents then know it, with no list to edit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from pathlib import Path
import ropa_desktop.base.resources as resources
resources.resources_dir = lambda: Path(sys.argv[1])
from ropa_desktop.output.languages import LANGUAGES
from ropa_desktop.reference import SUPPORTED_LANGS, normalize_lang
print(json.dumps([list(SUPPORTED_LANGS), list(LANGUAGES), normalize_lang("fi_FI")]))
"""


def _languages_with(tmp_path: Path, *langs: str) -> list:
    for lang in langs:
        folder = tmp_path / "locale" / lang / "LC_MESSAGES"
        folder.mkdir(parents=True)
        (folder / "ropa.po").write_text('msgid ""\nmsgstr ""\n', encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True, text=True,
                         env=env, check=True).stdout
    return json.loads(out)


def test_a_finnish_catalogue_makes_finnish_a_supported_language(tmp_path: Path) -> None:
    supported, documents, finnish = _languages_with(tmp_path, "da", "en", "fi", "nb", "sv")
    assert supported == ["en", "sv", "nb", "da", "fi"]  # the menus' order, a new language last
    assert documents == supported
    assert finnish == "fi"


def test_without_a_catalogue_a_language_is_not_supported(tmp_path: Path) -> None:
    supported, _documents, finnish = _languages_with(tmp_path, "en", "sv")
    assert supported == ["en", "sv"] and finnish == "en"
