"""`pip install <checkout>` (not editable) gives a `ropa` that works from any folder.

The wheel is built once per test session from a copy of what the build reads (so the build
cannot lean on anything else in the checkout), installed into a fresh virtual environment,
and run from a folder of its own with no PYTHONPATH: it must find its schema, reference
data, fonts, templates and translations inside the installed package. The libraries it
depends on are lent from the test environment (a .pth file), so the test needs no download
beyond the build backend.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo" / "demo-register.json"
BUILD_INPUTS = ("pyproject.toml", "README.md", "ropa_desktop", "resources")

pytestmark = pytest.mark.slow


@dataclass
class Installed:
    python: Path
    ropa: Path
    env: dict[str, str]


def _run(cmd: list[str | Path], *, cwd: Path, env: dict[str, str] | None = None,
         timeout: float = 300) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=timeout, check=False)
    assert result.returncode == 0, f"{' '.join(map(str, cmd))} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    source.mkdir()
    for name in BUILD_INPUTS:
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(path, source / name)
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", root / "dist", source], cwd=root)
    (wheel,) = (root / "dist").glob("ropa_desktop-*.whl")

    env_dir = root / "venv"
    venv.create(env_dir, with_pip=False)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    _run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index", wheel],
         cwd=root)
    # The dependencies, from the environment running the tests: after the new environment's own
    # site-packages on sys.path, so the installed ropa_desktop is the one imported.
    purelib = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                        cwd=root).stdout.strip())
    lent = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (purelib / "zz_test_dependencies.pth").write_text("\n".join(sorted(lent)) + "\n", encoding="utf-8")

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return Installed(python=python, ropa=bin_dir / ("ropa.exe" if os.name == "nt" else "ropa"), env=env)


@pytest.fixture(scope="session")
def elsewhere(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder outside the checkout, with the demo register as interchange JSON."""
    folder = tmp_path_factory.mktemp("elsewhere")
    shutil.copy2(DEMO, folder / "register.json")
    return folder


def test_the_installed_package_is_the_wheel_with_its_resources(installed: Installed, elsewhere: Path) -> None:
    code = ("import ropa_desktop, json; from ropa_desktop.base.resources import resources_dir;"
            "print(json.dumps([ropa_desktop.__file__, str(resources_dir())]))")
    package, resources = json.loads(_run([installed.python, "-c", code], cwd=elsewhere, env=installed.env).stdout)
    assert not Path(package).is_relative_to(REPO)
    assert Path(resources) == Path(package).parent / "resources"
    for part in ("schema/register.schema.json", "fonts/DejaVuSans.ttf", "notices/notice.html.j2",
                 "reference/adequacy.json", "translations/ropa_desktop_sv.qm", "demo/demo-register.json"):
        assert (Path(resources) / part).is_file(), part


def test_ropa_from_the_wheel_imports_exports_and_writes_notices(installed: Installed, elsewhere: Path) -> None:
    def ropa(*args: str) -> str:
        return _run([installed.ropa, *args], cwd=elsewhere, env=installed.env).stdout

    activities = len(json.loads(DEMO.read_text(encoding="utf-8"))["activities"])
    ropa("init", "company.ropa", "--name", "Norrsken", "--country", "SE")
    assert f"imported {activities} activities" in ropa("import", "company.ropa", "register.json")
    ropa("export", "company.ropa", "-o", "register.pdf")
    ropa("export", "company.ropa", "-o", "register.xlsx")
    ropa("notice", "company.ropa", "-o", "notice.html", "--audience", "all", "--lang", "sv")
    ropa("notice", "company.ropa", "-o", "notice.pdf", "--audience", "all", "--lang", "sv")

    organisation = "Norrsken Cykel"  # of "Norrsken Cykel & Friluft AB", the demo's organisation
    assert json.loads(DEMO.read_text(encoding="utf-8"))["organisation"]["name"].startswith(organisation)
    register_text = "".join(page.extract_text() for page in PdfReader(elsewhere / "register.pdf").pages)
    assert organisation in register_text
    sheets = load_workbook(elsewhere / "register.xlsx", read_only=True)
    cells = {str(c) for ws in sheets.worksheets for row in ws.iter_rows(values_only=True) for c in row if c}
    assert "Försäljning i webbutiken" in cells
    assert organisation in (elsewhere / "notice.html").read_text(encoding="utf-8")
    notice_text = "".join(page.extract_text() for page in PdfReader(elsewhere / "notice.pdf").pages)
    assert organisation in notice_text
