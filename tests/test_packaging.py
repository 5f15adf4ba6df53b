"""An installed wheel (not the source tree) carries every resource it needs."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

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
        "lib = load_library()\n"
        "print(json.dumps({'module': coachdesk.__file__, 'resources': str(r.resources_dir()),"
        " 'flows': len(lib.flows), 'errors': len(lib.errors),"
        " 'demo': (r.resources_dir() / 'demo' / 'en.toml').is_file()}))\n"
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
    assert found["errors"] == 0 and found["demo"]
    version = subprocess.run(
        [sys.executable, "-m", "coachdesk", "--version"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.strip().startswith("coachdesk 0.")
