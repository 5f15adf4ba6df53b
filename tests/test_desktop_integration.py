"""Desktop integration: the menu entry, the AppStream metainfo, the icons, the Flatpak manifest
and the user install script agree with each other and pass the freedesktop validators.

The validators come from Debian's desktop-file-utils and appstream (.ci/run installs them);
without them those tests skip and say so.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.coachdesk.coachdesk"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
FLATPAK = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian: see the package list in .ci/run)")
    return found


def desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def version() -> str:
    found = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert isinstance(found, str)
    return found


def test_the_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_metainfo_is_valid() -> None:
    # --no-net: the validator would otherwise fetch the screenshots to check them.
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
    # Infos are allowed (appstream 0.16 does not know <developer> yet); warnings are not.
    assert not re.search(r"^[EW]:", result.stdout, re.MULTILINE), result.stdout


def test_one_id_everywhere() -> None:
    entry = desktop_entry(DESKTOP)
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert entry["Icon"] == APP_ID and entry["Exec"] == "coachdesk-app"
    assert entry["StartupWMClass"] == "coachdesk"  # Qt's X11 window class: the app's name
    assert f'APP_ID = "{APP_ID}"' in (ROOT / "packaging/pyinstaller/coachdesk.spec").read_text()
    assert f"app-id: {APP_ID}\n" in FLATPAK.read_text()


def test_the_menu_starts_the_window_and_the_terminal_gets_the_command_line() -> None:
    """`coachdesk-app` is the window (a gui-script: on Windows no console opens beside it);
    `coachdesk` is the command line, and without a subcommand the window (a console script:
    a gui-script has no console on Windows, where `coachdesk search` would print nothing).
    The menu entry, the bundle and the Flatpak each start the one they should."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["scripts"] == {"coachdesk": "coachdesk.__main__:main"}
    assert project["gui-scripts"] == {"coachdesk-app": "coachdesk.app:main"}
    assert desktop_entry(DESKTOP)["Exec"] == "coachdesk-app"
    # The bundle has both programs, the window first (a macOS .app starts the first).
    spec = (ROOT / "packaging/pyinstaller/coachdesk.spec").read_text()
    assert 'window = program("coachdesk-app", console=False)' in spec
    assert 'command = program("coachdesk", console=True)' in spec
    assert "COLLECT(  # noqa: F821\n    window, command," in spec
    launch = (ROOT / "packaging/pyinstaller/launch.py").read_text()
    assert "from coachdesk.__main__ import main" in launch  # subcommands without Qt widgets
    # `flatpak run` in a terminal takes subcommands; the menu's entry names coachdesk-app.
    assert "\ncommand: coachdesk\n" in FLATPAK.read_text()


def test_the_newest_release_in_the_metainfo_is_pyproject_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases and releases[0].get("version") == version()
    assert releases[0].find("description") is not None  # release notes
    dates = [r.get("date", "") for r in releases]
    assert dates == sorted(dates, reverse=True)


def test_the_screenshots_are_the_ones_make_screenshots_renders() -> None:
    images = [i.text or "" for i in ET.parse(METAINFO).getroot().iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://") and "/docs/screenshots/" in url
        assert (ROOT / "docs/screenshots" / url.rsplit("/", 1)[1]).is_file(), url


def test_every_icon_size_is_rendered_from_the_svg() -> None:
    assert (ICONS / "coachdesk.svg").read_text().count("<svg") == 1
    for size in SIZES:
        image = QImage(str(ICONS / f"coachdesk-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel() and image.pixelColor(size // 2, size // 2).alpha() == 255


def test_the_flatpak_sandbox_has_no_network() -> None:
    text = FLATPAK.read_text()
    granted = [
        line.strip()[2:] for line in text.splitlines() if line.strip().startswith("- --")
    ]  # the finish-args
    assert "--share=ipc" in granted and "--socket=wayland" in granted
    assert not [g for g in granted if "network" in g or g.startswith("--filesystem")]
    # Not at build time either (build-options: build-args), outside comments.
    code = [line.split("#", 1)[0] for line in text.splitlines()]
    assert not [line for line in code if "network" in line]


def test_flatpak_builder_reads_the_manifest(tmp_path: Path) -> None:
    builder = tool("flatpak-builder")
    # The Python dependencies are generated where Flathub can be reached (docs/install.md);
    # an empty module stands in for them here.
    manifest = tmp_path / FLATPAK.name
    shutil.copy(FLATPAK, manifest)
    stub = {"name": "python3-requirements", "buildsystem": "simple", "build-commands": []}
    (tmp_path / "python3-requirements.json").write_text(json.dumps(stub))
    shown = subprocess.run(
        [builder, "--show-manifest", str(manifest)],
        cwd=tmp_path,  # it keeps a state folder (.flatpak-builder) where it runs
        capture_output=True,
        text=True,
        check=True,
    )
    read = json.loads(shown.stdout)
    assert read["id"] == APP_ID and read["command"] == "coachdesk"
    assert not [a for a in read["finish-args"] if "network" in a]


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    """An unpacked bundle as `make bundle` lays it out, with a stand-in executable."""
    bundle = tmp_path / "coachdesk"
    shutil.copytree(ICONS, bundle / "_internal/coachdesk/resources/icons")
    for name in ("coachdesk", "coachdesk-app"):
        executable = bundle / name
        executable.write_text(f"#!/bin/sh\necho {name}\n")
        executable.chmod(0o755)
    for name in ("install.sh", DESKTOP.name, METAINFO.name):
        shutil.copy2(LINUX / name, bundle / name)
    return bundle


def install(script: Path, prefix: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PREFIX": str(prefix), "HOME": str(prefix.parent)}
    return subprocess.run(
        ["sh", str(script), *args], env=env, capture_output=True, text=True, check=True
    )


def installed_files(prefix: Path) -> set[str]:
    return {str(p.relative_to(prefix)) for p in prefix.rglob("*") if not p.is_dir()}


def test_the_bundle_installs_into_the_menu_and_uninstalls(
    fake_bundle: Path, tmp_path: Path
) -> None:
    prefix = tmp_path / "home" / ".local"
    install(fake_bundle / "install.sh", prefix)
    share = prefix / "share"
    entry = share / "applications" / DESKTOP.name
    assert desktop_entry(entry)["Exec"] == f'"{prefix}/lib/coachdesk/coachdesk-app"'
    assert (prefix / "bin/coachdesk").resolve() == prefix / "lib/coachdesk/coachdesk"
    assert not (prefix / "bin/coachdesk-app").exists()  # the terminal needs only coachdesk
    assert (share / "metainfo" / METAINFO.name).is_file()
    for size in SIZES:
        assert (share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    assert (share / f"icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(entry)], check=True)
    if shutil.which("appstreamcli"):  # the installed tree, as a software centre reads it
        subprocess.run(["appstreamcli", "validate-tree", "--no-net", str(prefix)], check=True)

    install(prefix / "lib/coachdesk/install.sh", prefix, "--uninstall")
    assert installed_files(prefix) == set()


def test_a_pipx_install_gets_only_the_menu_entry(tmp_path: Path) -> None:
    prefix = tmp_path / "home" / ".local"
    command = tmp_path / "pipx-bin" / "coachdesk-app"
    command.parent.mkdir()
    for name in ("coachdesk", "coachdesk-app"):
        (command.parent / name).write_text("#!/bin/sh\n")
        (command.parent / name).chmod(0o755)
    env = {**os.environ, "PREFIX": str(prefix), "PATH": f"{command.parent}:/usr/bin:/bin"}
    subprocess.run(["sh", str(LINUX / "install.sh"), "--menu-only"], env=env, check=True)
    entry = prefix / "share/applications" / DESKTOP.name
    assert desktop_entry(entry)["Exec"] == f'"{command}"'
    assert not (prefix / "lib").exists() and not (prefix / "bin").exists()
