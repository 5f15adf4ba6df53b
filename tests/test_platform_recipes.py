"""The Windows and macOS recipes (issue 24), checked where they cannot run: the CI matrix,
the installer and disk-image recipes, the constraints files and what the docs say of them."""

from __future__ import annotations

import plistlib
import re
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CI = ROOT / ".github" / "workflows" / "ci.yml"
SPEC = ROOT / "packaging" / "pyinstaller" / "coachdesk.spec"
ISS = ROOT / "packaging" / "windows" / "coachdesk.iss"
DMG = ROOT / "packaging" / "macos" / "make_dmg.sh"
INTEL_MAC = ROOT / "packaging" / "constraints" / "macosx_13_0_x86_64.txt"
INSTALL = ROOT / "docs" / "install.md"

sys.path.insert(0, str(ROOT / "tools"))
import smoke_bundle  # noqa: E402


def workflow() -> dict:
    loaded = yaml.safe_load(CI.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def supported_pythons() -> tuple[str, str]:
    """The oldest supported Python (requires-python) and the newest one tested here."""
    floor = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert floor == ">=3.11"
    return "3.11", "3.13"


def test_ci_runs_the_suite_on_windows_and_both_macs_on_the_supported_pythons() -> None:
    jobs = workflow()["jobs"]
    matrix = jobs["test"]["strategy"]["matrix"]
    assert matrix["os"] == ["windows-latest", "macos-latest", "macos-13"]  # arm64, Intel
    assert tuple(matrix["python"]) == supported_pythons()
    assert jobs["test"]["strategy"]["fail-fast"] is False
    assert workflow()["env"]["QT_QPA_PLATFORM"] == "offscreen"
    steps = jobs["test"]["steps"]
    assert any("pytest" in step.get("run", "") for step in steps)


def test_ci_installs_every_compiled_package_as_a_wheel() -> None:
    only = set(workflow()["env"]["ONLY_BINARY"].lower().split(","))
    assert {"pyside6-essentials", "sqlcipher3", "cryptography", "cffi"} <= only
    assert "argon2-cffi-bindings" in only
    for job in ("test", "bundle"):
        installs = [
            s["run"] for s in workflow()["jobs"][job]["steps"] if "pip install" in s.get("run", "")
        ]
        assert installs and all('--only-binary "$ONLY_BINARY"' in run for run in installs)
        assert all("macosx_13_0_x86_64.txt" in run for run in installs)


def test_ci_builds_smoke_tests_and_packs_the_bundle_on_each_system() -> None:
    bundle = workflow()["jobs"]["bundle"]
    assert bundle["strategy"]["matrix"]["os"] == ["windows-latest", "macos-latest", "macos-13"]
    runs = " ".join(step.get("run", "") for step in bundle["steps"])
    assert "packaging/pyinstaller/coachdesk.spec" in runs
    assert "tools/smoke_bundle.py dist/coachdesk" in runs
    assert "packaging/windows/coachdesk.iss" in runs and "packaging/macos/make_dmg.sh" in runs
    assert "never run" in CI.read_text(encoding="utf-8")  # it says it was not run here


def test_the_mac_app_asks_for_macos_13_like_its_pyside6_wheels() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert '"LSMinimumSystemVersion": "13.0"' in spec
    assert smoke_bundle.MINIMUM_MACOS == "13.0"
    assert "ln -s /Applications" in DMG.read_text() and "hdiutil create" in DMG.read_text()
    entitlements = plistlib.loads((ROOT / "packaging/macos/entitlements.plist").read_bytes())
    assert not [k for k in entitlements if "network" in k]


def test_the_windows_installer_is_per_user_with_both_programs() -> None:
    iss = ISS.read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert re.search(r"^DefaultDirName=\{autopf\}\\coachdesk$", iss, re.M)
    assert 'Filename: "{app}\\coachdesk-app.exe"' in iss  # the Start menu opens the window
    assert 'Source: "{#Dist}\\*"' in iss  # coachdesk.exe, the console program, beside it
    assert "HKCU" in iss and "HKLM" not in iss
    spec = SPEC.read_text(encoding="utf-8")
    assert 'program("coachdesk-app", console=False)' in spec
    assert 'program("coachdesk", console=True)' in spec


def test_the_intel_mac_constraints_keep_the_last_wheels_and_the_docs_name_them() -> None:
    pins = [
        line for line in INTEL_MAC.read_text().splitlines() if line and not line.startswith("#")
    ]
    assert pins == ["cryptography<49", "argon2-cffi-bindings<26"]
    docs = INSTALL.read_text(encoding="utf-8")
    assert "packaging/constraints/macosx_13_0_x86_64.txt" in docs


def test_the_docs_claim_no_universal2_bundle() -> None:
    docs = INSTALL.read_text(encoding="utf-8")
    claims = [line for line in docs.splitlines() if "universal2" in line]
    assert claims and all("no universal2" in line.lower() or "not" in line for line in claims)


@pytest.mark.parametrize(
    ("platform", "plugin"),
    [("linux", "libqxcb.so"), ("win32", "qwindows.dll"), ("darwin", "libqcocoa.dylib")],
)
def test_the_smoke_test_knows_each_systems_plugin_files(platform: str, plugin: str) -> None:
    names = [
        smoke_bundle.plugin_file(n, platform) for _f, n in smoke_bundle.NEEDED_PLUGINS[platform]
    ]
    assert plugin in names


def test_the_smoke_test_checks_the_mac_app(tmp_path: Path) -> None:
    app = tmp_path / "coachdesk.app"
    (app / "Contents" / "MacOS").mkdir(parents=True)
    for name in ("coachdesk-app", "coachdesk"):
        (app / "Contents" / "MacOS" / name).write_text("")
    info = {
        "CFBundleIdentifier": "io.github.coachdesk.coachdesk",
        "CFBundleShortVersionString": "1.2.3",
        "CFBundleExecutable": "coachdesk-app",
        "LSMinimumSystemVersion": "13.0",
    }
    (app / "Contents" / "Info.plist").write_bytes(plistlib.dumps(info))
    smoke_bundle.check_mac_app(app, "1.2.3")
    info["LSMinimumSystemVersion"] = "10.13"
    (app / "Contents" / "Info.plist").write_bytes(plistlib.dumps(info))
    with pytest.raises(smoke_bundle.SmokeFailure, match="LSMinimumSystemVersion"):
        smoke_bundle.check_mac_app(app, "1.2.3")


def fake_exe(path: Path, subsystem: int) -> Path:
    """The first bytes of a PE32+ executable, as far as the subsystem check reads them."""
    data = bytearray(1024)
    data[:2] = b"MZ"
    data[0x3C:0x40] = (0x80).to_bytes(4, "little")
    data[0x80:0x84] = b"PE\0\0"
    at = 0x80 + 4 + 20 + 68
    data[at : at + 2] = subsystem.to_bytes(2, "little")
    path.write_bytes(bytes(data))
    return path


def test_the_smoke_test_tells_the_console_program_from_the_window(tmp_path: Path) -> None:
    fake_exe(tmp_path / "coachdesk.exe", smoke_bundle.WINDOWS_CONSOLE)
    fake_exe(tmp_path / "coachdesk-app.exe", smoke_bundle.WINDOWS_GUI)
    smoke_bundle.check_windows_programs(tmp_path)
    fake_exe(tmp_path / "coachdesk.exe", smoke_bundle.WINDOWS_GUI)  # a gui-script: prints nothing
    with pytest.raises(smoke_bundle.SmokeFailure, match="not a console program"):
        smoke_bundle.check_windows_programs(tmp_path)


def test_the_subsystem_is_read_right_from_real_windows_launchers() -> None:
    """pip's own launchers: t64.exe is a console program, w64.exe a window (PE32+, x64)."""
    import pip

    launchers = Path(pip.__file__).parent / "_vendor" / "distlib"
    if not (launchers / "t64.exe").is_file():
        pytest.skip("this pip carries no Windows launchers")
    assert smoke_bundle.pe_subsystem(launchers / "t64.exe") == smoke_bundle.WINDOWS_CONSOLE
    assert smoke_bundle.pe_subsystem(launchers / "w64.exe") == smoke_bundle.WINDOWS_GUI
