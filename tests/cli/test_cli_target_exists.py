"""A file that exists: the command line tells how to replace it (--force) in every language."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa_desktop.cli.main import main


@pytest.mark.parametrize(("lang", "exists"), [
    ("en", "already exists"), ("sv", "finns redan"), ("nb", "finnes allerede"), ("da", "findes allerede"),
])
def test_an_existing_file_is_kept_and_the_message_names_force(
        example_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        lang: str, exists: str) -> None:
    reg = tmp_path / "r.ropa"
    assert main(["import", str(reg), str(example_path)]) == 0
    target = tmp_path / "r.json"
    target.write_text("keep", encoding="utf-8")
    capsys.readouterr()
    monkeypatch.setenv("ROPA_LANG", lang)
    assert main(["export", str(reg), "-o", str(target), "--lang", lang]) == 2
    err = capsys.readouterr().err
    assert f"{target} {exists}" in err
    assert "--force" in err  # the one word that tells a CLI user how to replace it
    assert target.read_text(encoding="utf-8") == "keep"
