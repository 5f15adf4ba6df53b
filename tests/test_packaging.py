"""An installed wheel (not the source tree) carries every resource it needs."""

from __future__ import annotations

import configparser
import json
import signal
import subprocess
import sys
import sysconfig
import time
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.platforms import POSIX_ONLY

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    (built,) = out.glob("coachdesk-*.whl")
    return built


def test_the_wheel_contains_flows_and_demo(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    flows = sorted(n for n in names if n.startswith("coachdesk/resources/flows/en/"))
    shipped = sorted((ROOT / "resources/flows/en").glob("*.toml"))
    assert [Path(n).name for n in flows] == [p.name for p in shipped]
    assert "coachdesk/resources/demo/en.toml" in names
    assert not any("tests/" in n for n in names)


def test_the_wheel_carries_every_resource(wheel: Path) -> None:
    """Flows, demo, icons, fonts, translations: whatever resources/ holds, the wheel holds."""
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = ROOT / "resources"
    missing = [
        str(p.relative_to(resources))
        for p in resources.rglob("*")
        if p.is_file() and f"coachdesk/resources/{p.relative_to(resources).as_posix()}" not in names
    ]
    assert missing == []
    icons = {n.rsplit("/", 1)[1] for n in names if n.startswith("coachdesk/resources/icons/")}
    sizes = (16, 24, 32, 48, 64, 128, 256, 512)
    assert {"coachdesk.svg", *(f"coachdesk-{s}.png" for s in sizes)} <= icons


def test_the_wheel_carries_the_compiled_translations(wheel: Path) -> None:
    """Each resources/i18n/<name>.ts is compiled by the build hook (hatch_build.py) into the
    <name>.qm the app loads (a build product: *.qm is gitignored)."""
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = sorted((ROOT / "resources/i18n").glob("*.ts"))
    assert [ts.name for ts in sources] == ["coachdesk_en.ts", "coachdesk_nl.ts"]  # en: plurals
    for ts in sources:
        assert f"coachdesk/resources/i18n/{ts.stem}.qm" in names
    with zipfile.ZipFile(wheel) as built:
        qm = built.read("coachdesk/resources/i18n/coachdesk_nl.qm")
    assert qm.startswith(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"))  # Qt's .qm magic


def test_the_wheel_has_the_one_version(wheel: Path) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert wheel.name.startswith(f"coachdesk-{version}-")


def test_the_wheel_installs_the_command_line_and_the_window(wheel: Path) -> None:
    """`coachdesk` a console script (the command line; without a subcommand, the window),
    `coachdesk-app` a gui-script (the window, with no console on Windows)."""
    with zipfile.ZipFile(wheel) as built:
        (name,) = [n for n in built.namelist() if n.endswith(".dist-info/entry_points.txt")]
        points = configparser.ConfigParser()
        points.read_string(built.read(name).decode("utf-8"))
    assert dict(points["console_scripts"]) == {"coachdesk": "coachdesk.__main__:main"}
    assert dict(points["gui_scripts"]) == {"coachdesk-app": "coachdesk.app:main"}


def test_an_installed_wheel_finds_its_resources_outside_the_source_tree(
    wheel: Path, tmp_path: Path
) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    probe = (
        "import json, coachdesk, coachdesk.resources as r\n"
        "from coachdesk.environment import load_library\n"
        "from coachdesk.i18n import translations_dir\n"
        "from PySide6.QtCore import QTranslator\n"
        "lib = load_library()\n"
        "print(json.dumps({'module': coachdesk.__file__, 'resources': str(r.resources_dir()),"
        " 'flows': len(lib.flows), 'errors': len(lib.errors),"
        " 'demo': (r.resources_dir() / 'demo' / 'en.toml').is_file(),"
        " 'dutch': QTranslator().load('coachdesk_nl', str(translations_dir()))}))\n"
    )
    # Run from an empty folder with the installed copy first on the path: the source tree
    # (and the editable install of it) must not be what answers.
    env = {"PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(result.stdout)
    assert found["module"].startswith(str(target))
    assert found["resources"].startswith(str(target))
    assert found["flows"] == len(list((ROOT / "resources/flows/en").glob("*.toml")))
    assert found["errors"] == 0 and found["demo"] and found["dutch"]
    version = subprocess.run(
        [sys.executable, "-m", "coachdesk", "--version"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.strip().startswith("coachdesk 0.")


@pytest.mark.slow
@POSIX_ONLY  # bin/, a POSIX PATH and SIGTERM; CI smoke-tests the bundle on Windows
def test_the_coachdesk_command_of_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    """What `pip install .` or `pipx install .` gives: the `coachdesk` command, from the wheel
    alone. The dependencies are this environment's (a .pth file), so no network is needed."""
    fresh = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(fresh)], check=True)
    python = fresh / "bin" / "python"
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
    )
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # Appended after the fresh site-packages, so the wheel's coachdesk wins over the editable one.
    (Path(site) / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    home = tmp_path / "home"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "TMPDIR": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    command = str(fresh / "bin" / "coachdesk")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [command, *args], env=env, cwd=tmp_path, capture_output=True, text=True, check=True
        )

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert run("--version").stdout.strip() == f"coachdesk {version}"
    window = fresh / "bin" / "coachdesk-app"
    shown = subprocess.run([window, "--version"], env=env, capture_output=True, text=True)
    assert shown.stdout.strip() == f"coachdesk {version}"
    notes = tmp_path / "notes.jsonl"
    notes.write_text('{"date": "2026-03-01", "title": "Koffie", "text": "Een café", "tags": []}\n')
    journal = str(tmp_path / "journal.sqlite")
    run("import", str(notes), "--journal", journal)
    assert "Koffie" in run("search", "cafe", "--journal", journal).stdout

    # The window, offscreen, over the demo journal; it is left running, then stopped.
    app = subprocess.Popen(
        [command, "--demo"], env=env, cwd=tmp_path, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 30
        while not list(tmp_path.glob("coachdesk-demo-*/journal.sqlite")):
            assert app.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(1)
        assert app.poll() is None
    finally:
        app.send_signal(signal.SIGTERM)
        _, said = app.communicate(timeout=10)
    assert app.returncode in (0, -signal.SIGTERM), said
    assert "Traceback" not in said
