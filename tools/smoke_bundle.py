"""Smoke test of the PyInstaller bundle (`make bundle`): does what was built start and stop?

    python tools/smoke_bundle.py dist/coachdesk

1. Contents: the resources, the plugins a desktop needs, none of what was trimmed.
2. `coachdesk --version` prints pyproject's version; the command line reads and writes a
   journal (import, then an accent-blind search).
3. Offscreen, `coachdesk --demo` opens its demo journal, is still running a few seconds
   later without a word on stderr, and ends on SIGTERM (nothing else stops it from outside:
   there is no hidden quit switch; coachdesk installs no SIGTERM handler, so the process
   ends by that signal).
4. On a real X server (Xvfb, when Xvfb and xdotool are installed): the window is mapped,
   a screenshot is saved, and Ctrl+Q — the user's own way out — closes it with exit
   status 0 and the demo journal removed. Its start time is timed here.

Every run gets its own HOME, XDG folders and TMPDIR (and on Windows APPDATA, LOCALAPPDATA
and USERPROFILE): the user's journal and settings are never touched. Prints the bundle's
size and start times; exits non-zero on any failure.

The same checks run on Windows and macOS (.github/workflows/ci.yml), with that system's Qt
plugins; there step 3 ends the process as the system does (TerminateProcess on Windows) and
step 4 is left out. On macOS the .app beside the folder is checked too: its Info.plist, its
minimum system version and both programs inside it.
"""

from __future__ import annotations

import os
import plistlib
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3
ALIVE_SECONDS = 3.0
# The offscreen platform says this once per window; real platforms do not.
HARMLESS = re.compile(r"^This plugin does not support propagateSizeHints\(\)$")
TRIMMED = re.compile(r"Qt6(Qml|Quick|WebEngine|Network|Pdf)|libqgtk3|libqpdf|libqeglfs|libqvnc")


class SmokeFailure(Exception):
    """The bundle did not behave; the message says how."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


# The Qt plugins a desktop needs, by system: (folder, plugin name) as plugin_file spells them.
NEEDED_PLUGINS = {
    "linux": [
        ("platforms", "qxcb"),
        ("platforms", "qwayland"),
        ("platforms", "qoffscreen"),
        ("iconengines", "qsvgicon"),
        ("imageformats", "qsvg"),
        ("platforminputcontexts", "composeplatforminputcontextplugin"),
    ],
    "win32": [
        ("platforms", "qwindows"),
        ("platforms", "qoffscreen"),
        ("iconengines", "qsvgicon"),
        ("imageformats", "qsvg"),
    ],
    "darwin": [
        ("platforms", "qcocoa"),
        ("platforms", "qoffscreen"),
        ("iconengines", "qsvgicon"),
        ("imageformats", "qsvg"),
    ],
}
MINIMUM_MACOS = "13.0"  # PySide6 6.8 and later need macOS 13


def system() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


def plugin_file(name: str, platform: str) -> str:
    """qxcb -> libqxcb.so on Linux, qwindows.dll on Windows, libqcocoa.dylib on macOS."""
    if platform == "win32":
        return f"{name}.dll"
    return f"lib{name}.dylib" if platform == "darwin" else f"lib{name}.so"


def check_contents(bundle: Path) -> None:
    """Resources in, unused Qt out."""
    internal = bundle / "_internal"
    resources = internal / "coachdesk" / "resources"
    flows = sorted(p.name for p in (ROOT / "resources/flows").rglob("*.toml"))
    check(sorted(p.name for p in resources.rglob("*.toml") if "flows" in p.parts) == flows, "flows")
    check((resources / "demo/en.toml").is_file(), "the demo journal is missing")
    check((resources / "icons/coachdesk.svg").is_file(), "the app icon is missing")
    # PySide6/Qt/plugins on Linux and macOS, PySide6/plugins on Windows.
    plugins = {p.relative_to(bundle).as_posix() for p in internal.rglob("*") if p.is_file()}
    for folder, name in NEEDED_PLUGINS[system()]:
        needed = f"plugins/{folder}/{plugin_file(name, system())}"
        check(any(p.endswith(needed) for p in plugins), f"Qt plugin missing: {needed}")
    unwanted = [str(p.relative_to(bundle)) for p in bundle.rglob("*") if TRIMMED.search(p.name)]
    check(not unwanted, f"left in although unused: {unwanted}")


@contextmanager
def scratch_home() -> Iterator[dict[str, str]]:
    """An environment whose home, config, data and temp folders are a fresh folder."""
    with tempfile.TemporaryDirectory(prefix="coachdesk-smoke-") as folder:
        home = Path(folder)
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "XDG_", "WAYLAND_")) and key != "DISPLAY"
        }
        env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_RUNTIME_DIR=str(home / "runtime"),
            TMPDIR=str(home / "tmp"),
        )
        if sys.platform == "win32":  # where Qt and Windows look instead of HOME and XDG
            env.update(
                APPDATA=str(home / "roaming"),
                LOCALAPPDATA=str(home / "local"),
                USERPROFILE=str(home),
            )
            for key in ("APPDATA", "LOCALAPPDATA"):
                Path(env[key]).mkdir()
        for key in ("XDG_RUNTIME_DIR", "TMPDIR"):
            Path(env[key]).mkdir(mode=0o700)
        yield env


def run(command: list[str], env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(command, env=env, input=stdin, capture_output=True, text=True, timeout=60)


def check_command_line(exe: Path, version: str) -> float:
    """--version and a journal round trip; returns the median time of --version."""
    with scratch_home() as env:
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            shown = run([str(exe), "--version"], env)
            times.append(time.perf_counter() - start)
            check(shown.stdout.strip() == f"coachdesk {version}", f"--version: {shown!r}")
        journal = Path(env["HOME"]) / "cli.sqlite"
        note = '{"date": "2026-03-01", "title": "Koffie", "text": "Een café in Zwolle", "tags": []}'
        notes = Path(env["HOME"]) / "notes.jsonl"
        notes.write_text(note + "\n", encoding="utf-8")
        imported = run([str(exe), "import", str(notes), "--journal", str(journal)], env)
        check(imported.returncode == 0, f"import: {imported.stderr.strip()}")
        found = run([str(exe), "search", "cafe", "--journal", str(journal), "--format=jsonl"], env)
        check(found.returncode == 0 and "Koffie" in found.stdout, f"search: {found!r}")
    return statistics.median(times)


def demo_journals(env: dict[str, str]) -> list[Path]:
    return list(Path(env["TMPDIR"]).glob("coachdesk-demo-*/journal.sqlite"))


def wait_for(what: str, ready: Callable[[], bool], process: subprocess.Popen, limit: float) -> None:
    deadline = time.monotonic() + limit
    while not ready():
        if process.poll() is not None:
            said = process.stderr.read() if process.stderr else ""
            said = said.decode() if isinstance(said, bytes) else said
            raise SmokeFailure(
                f"coachdesk ended (status {process.returncode}) before the {what}:\n{said}"
            )
        check(time.monotonic() < deadline, f"no {what} after {limit:.0f} s")
        time.sleep(0.01)


def complaints(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip() and not HARMLESS.match(line)]


def check_offscreen(exe: Path) -> float:
    """--demo offscreen: journal open, still alive, ends on SIGTERM; returns time to journal."""
    with scratch_home() as env:
        env["QT_QPA_PLATFORM"] = "offscreen"
        start = time.perf_counter()
        process = subprocess.Popen(
            [str(exe), "--demo"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            wait_for("demo journal", lambda: bool(demo_journals(env)), process, 60)
            ready = time.perf_counter() - start
            time.sleep(ALIVE_SECONDS)
            check(process.poll() is None, f"coachdesk ended early (status {process.returncode})")
            process.terminate()  # SIGTERM; on Windows TerminateProcess, which exits with 1
            _out, err = process.communicate(timeout=10)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        ended = (1,) if sys.platform == "win32" else (0, -signal.SIGTERM)
        check(process.returncode in ended, f"terminate gave status {process.returncode}")
        check(not complaints(err), f"stderr: {complaints(err)}")
    return ready


@contextmanager
def x_server() -> Iterator[str]:
    """An Xvfb display of its own, at a random high number (others on this machine may be
    starting and stopping displays at the low ones); ready once Xvfb writes its number."""
    for number in random.sample(range(300, 900), 5):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        read, write = os.pipe()
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-displayfd", str(write), "-screen", "0", "1280x800x24"]
            # -noreset: by default the server resets when its last client leaves, and
            # refuses the next one for a moment.
            + ["-nolisten", "tcp", "-noreset"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as told:
            started = told.readline().strip() == str(number)
        if not started:
            server.wait()
            continue
        try:
            yield f":{number}"
        finally:
            server.terminate()
            server.wait()
        return
    raise SmokeFailure("Xvfb did not start")


def visible_window(env: dict[str, str]) -> str:
    found = run(["xdotool", "search", "--onlyvisible", "--name", "^coachdesk$"], env)
    return found.stdout.split()[0] if found.stdout.split() else ""


def check_x11(exe: Path, screenshot: Path | None) -> list[float]:
    """On Xvfb: mapped window, screenshot, Ctrl+Q exits 0; returns times to the window."""
    times = []
    with x_server() as display:
        for attempt in range(RUNS):
            with scratch_home() as env:
                env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
                start = time.perf_counter()
                process = subprocess.Popen(
                    [str(exe), "--demo"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
                )
                try:
                    wait_for("window", lambda: bool(visible_window(env)), process, 60)
                    times.append(time.perf_counter() - start)
                    wait_for("demo journal", lambda: bool(demo_journals(env)), process, 60)
                    time.sleep(1.0)  # let the journal paint before the picture
                    if screenshot is not None and attempt == 0:
                        run(
                            ["import", "-display", display, "-window", "root", str(screenshot)], env
                        )
                    window = visible_window(env)
                    run(["xdotool", "windowfocus", "--sync", window], env)
                    run(["xdotool", "key", "--clearmodifiers", "ctrl+q"], env)
                    _out, err = process.communicate(timeout=15)
                finally:
                    if process.poll() is None:
                        process.kill()
                        process.wait()
                check(process.returncode == 0, f"Ctrl+Q gave status {process.returncode}")
                check(not demo_journals(env), "the demo journal was left behind")
                check(not complaints(err.decode()), f"stderr: {complaints(err.decode())}")
    return times


WINDOWS_GUI, WINDOWS_CONSOLE = 2, 3  # IMAGE_SUBSYSTEM_WINDOWS_GUI, _CUI


def pe_subsystem(exe: Path) -> int:
    """The subsystem a Windows executable asks for: a console (3) or none (2, a window)."""
    data = exe.read_bytes()[:4096]
    check(data[:2] == b"MZ", f"{exe.name} is not a Windows executable")
    header = int.from_bytes(data[0x3C:0x40], "little")
    check(data[header : header + 4] == b"PE\0\0", f"{exe.name} has no PE header")
    # The optional header follows the 20-byte file header; Subsystem is at its offset 68
    # in both PE32 and PE32+.
    subsystem = header + 4 + 20 + 68
    return int.from_bytes(data[subsystem : subsystem + 2], "little")


def check_windows_programs(bundle: Path) -> None:
    """coachdesk.exe has a console (the command line prints); coachdesk-app.exe opens none."""
    command, window = bundle / "coachdesk.exe", bundle / "coachdesk-app.exe"
    check(window.is_file(), "no coachdesk-app.exe beside coachdesk.exe")
    check(pe_subsystem(command) == WINDOWS_CONSOLE, "coachdesk.exe is not a console program")
    check(pe_subsystem(window) == WINDOWS_GUI, "coachdesk-app.exe would open a console")


def check_mac_app(app: Path, version: str) -> None:
    """The .app: its identity, version and minimum macOS, and both programs inside."""
    check(app.is_dir(), f"no {app}")
    with (app / "Contents" / "Info.plist").open("rb") as plist:
        info = plistlib.load(plist)
    check(info.get("CFBundleIdentifier") == "io.github.coachdesk.coachdesk", "bundle id")
    check(info.get("CFBundleShortVersionString") == version, "CFBundleShortVersionString")
    check(info.get("LSMinimumSystemVersion") == MINIMUM_MACOS, "LSMinimumSystemVersion")
    check(info.get("CFBundleExecutable") == "coachdesk-app", "the .app must start the window")
    for name in ("coachdesk-app", "coachdesk"):
        check((app / "Contents" / "MacOS" / name).is_file(), f"{name} missing from the .app")


def main(bundle: Path) -> int:
    exe = bundle / ("coachdesk.exe" if os.name == "nt" else "coachdesk")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    try:
        check(exe.is_file(), f"no executable at {exe}")
        check_contents(bundle)
        if sys.platform == "win32":
            check_windows_programs(bundle)
            print("Windows      coachdesk.exe a console program, coachdesk-app.exe a window")
        if sys.platform == "darwin":
            check_mac_app(bundle.parent / "coachdesk.app", version)
            print(
                f"macOS app    {bundle.parent / 'coachdesk.app'}: macOS {MINIMUM_MACOS} and later"
            )
        print(f"bundle       {bundle}: {folder_size(bundle) / 1e6:.0f} MB")
        print(f"--version    {check_command_line(exe, version):.2f} s (median of {RUNS})")
        print(f"offscreen    demo journal open after {check_offscreen(exe):.2f} s; ends on SIGTERM")
        if not sys.platform.startswith("linux"):
            print("window       not checked here: open it by hand (docs/install.md)")
        elif shutil.which("Xvfb") and shutil.which("xdotool"):
            picture = ROOT / "build" / "bundle-smoke.png" if shutil.which("import") else None
            times = check_x11(exe, picture)
            shown = ", ".join(f"{t:.2f}" for t in times)
            median = statistics.median(times)
            print(f"X11 (Xvfb)   window on screen after {median:.2f} s (runs: {shown});")
            print("             Ctrl+Q exits 0 and removes the demo journal")
            if picture is not None:
                print(f"             screenshot: {picture.relative_to(ROOT)}")
        else:
            print("X11 (Xvfb)   skipped: install xvfb and xdotool to check a real window")
    except (SmokeFailure, subprocess.TimeoutExpired) as failure:
        print(f"bundle smoke test FAILED: {failure}", file=sys.stderr)
        return 1
    print("bundle smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "coachdesk")))
