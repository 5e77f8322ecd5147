"""The .ropa file type as the bundle declares it: PyInstaller's spec (macOS Info.plist), the Windows
installer script and the app agree on the extension, the program's name and its icon.

What Windows and macOS then do with these declarations can only be seen there (docs/platforms.md);
here we check that the three files say the same thing, since a mismatch fails silently: Finder or
Explorer just keeps opening .ropa files with nothing.
"""

from __future__ import annotations

import plistlib
import re
from pathlib import Path, PureWindowsPath

from PIL import Image

from ropa_desktop.gui.file_ops import REGISTER_SUFFIX

REPO = Path(__file__).resolve().parents[2]
SPEC = (REPO / "build.spec").read_text(encoding="utf-8")
ISS = (REPO / "packaging" / "windows" / "ropa-desktop.iss").read_text(encoding="utf-8")
TYPES = plistlib.loads((REPO / "packaging" / "macos" / "document-types.plist").read_bytes())


def _spec_value(name: str) -> str:
    match = re.search(rf'^{name} = (?:ROOT / )?(.+)$', SPEC, re.MULTILINE)
    assert match, f"build.spec sets no {name}"
    return match.group(1)


def _spec_path(name: str) -> Path:
    parts = re.findall(r'"([^"]+)"', _spec_value(name))
    return REPO.joinpath(*parts)


def _iss_define(name: str) -> str:
    match = re.search(rf'^#define {name} "([^"]*)"$', ISS, re.MULTILINE)
    assert match, f"the installer script defines no {name}"
    return match.group(1)


def _iss_setting(name: str) -> str:
    match = re.search(rf"^{name}=(.+)$", ISS, re.MULTILINE)
    assert match, f"the installer script sets no {name}"
    return match.group(1).strip()


def test_the_macos_bundle_declares_the_register_type_with_our_extension_and_icon() -> None:
    assert "document-types.plist" in SPEC and "**DOCUMENT_TYPES" in SPEC  # merged into info_plist
    [exported] = TYPES["UTExportedTypeDeclarations"]
    [document] = TYPES["CFBundleDocumentTypes"]
    uti = exported["UTTypeIdentifier"]
    assert document["LSItemContentTypes"] == [uti]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == [REGISTER_SUFFIX.lstrip(".")]
    assert {"public.data", "public.database"} <= set(exported["UTTypeConformsTo"])
    assert document["CFBundleTypeRole"] == "Editor"
    # BUNDLE copies its icon into Contents/Resources under the icon file's own name.
    icon = _spec_path("MACOS_ICON")
    assert "icon=str(MACOS_ICON)" in SPEC and icon.is_file()
    assert document["CFBundleTypeIconFile"] == exported["UTTypeIconFile"] == icon.name


def test_the_windows_installer_associates_our_extension_with_the_program_the_spec_builds() -> None:
    app_name = _spec_value("APP_NAME").strip('"')
    assert "name=APP_NAME" in SPEC
    assert _iss_define("AppExe") == f"{app_name}.exe"
    assert _iss_define("RegisterExt") == REGISTER_SUFFIX
    assert rf'Source: "dist\{app_name}\*"' in ISS  # the folder COLLECT writes
    # The ProgID opens a file by passing its path, which the app opens (app.main's argument).
    assert r'Subkey: "Software\Classes\{#ProgId}\shell\open\command"' in ISS
    assert 'ValueData: """{app}\\{#AppExe}"" ""%1"""' in ISS
    assert r'Subkey: "Software\Classes\{#RegisterExt}"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"' in ISS
    assert _iss_setting("ChangesAssociations") == "yes"
    assert _iss_define("TypeName") == TYPES["UTExportedTypeDeclarations"][0]["UTTypeDescription"]


def test_the_installer_the_program_and_the_mac_app_use_one_icon_drawn_in_every_size() -> None:
    windows_icon = _spec_path("WINDOWS_ICON")
    source_dir = REPO / PureWindowsPath("packaging/windows/ropa-desktop.iss").parent / PureWindowsPath(
        _iss_setting("SourceDir"))
    assert (source_dir / PureWindowsPath(_iss_setting("SetupIconFile")).as_posix()).resolve() == windows_icon
    assert "icon=str(WINDOWS_ICON if sys.platform == \"win32\" else MACOS_ICON)" in SPEC
    with Image.open(windows_icon) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(_spec_path("MACOS_ICON")) as icns:
        assert {(16, 16, 2), (128, 128, 1), (512, 512, 2)} <= set(icns.info["sizes"])  # Finder's list to Retina
