"""`coachdesk import` of 10 years of jrnl side by side with jrnl reading the same file.

    python tools/bench_import.py [JOURNAL.jrnl.txt]

The jrnl text file is the bench's own (bench_cli.py writes the 10-year journal in jrnl's
format, next to it in .bench/), and jrnl runs from its venv there. Both run as a user runs
them, a process each: `coachdesk import FILE --from jrnl` into a fresh journal (reading,
checking and writing every entry in one transaction), and `jrnl --export json` (reading the
file and writing every entry as JSON, thrown away). Warm-up first, then they alternate and
each gets its median (BENCH_RUNS, default 5). The target (issue 17): at most 2 x jrnl's time.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import bench_cli  # noqa: E402

CACHE = bench_cli.CACHE


def _timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    return time.perf_counter() - start


def side_by_side(text: Path, config: Path | None, runs: int) -> dict[str, float]:
    """Median seconds of our import and jrnl's export of `text`, and what was imported."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(CACHE / "config"), "NO_COLOR": "1"}
    jrnl = bench_cli.jrnl_command()
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    times: dict[str, list[float]] = {"coachdesk": [], "jrnl": []}
    try:

        def ours(n: int) -> float:
            journal = work / f"journal-{n}.sqlite"
            took = _timed(
                [
                    *bench_cli.coachdesk_command(),
                    "import",
                    str(text),
                    "--from",
                    "jrnl",
                    "--journal",
                    str(journal),
                ],
                env,
            )
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(exist_ok=True)
            return took

        theirs = None
        if jrnl is not None and config is not None:
            theirs = [str(jrnl), "--config-file", str(config), "--export", "json"]
        for n in range(bench_cli.WARMUP):
            ours(n)
            if theirs:
                _timed(theirs, env)
        for n in range(runs):
            times["coachdesk"].append(ours(n))
            if theirs:
                times["jrnl"].append(_timed(theirs, env))
        probe = work / "count.sqlite"
        out = subprocess.run(
            [
                *bench_cli.coachdesk_command(),
                "import",
                str(text),
                "--from",
                "jrnl",
                "--journal",
                str(probe),
            ],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        ).stdout
    finally:
        shutil.rmtree(work, ignore_errors=True)
    figures = {f"{name}_s": statistics.median(found) for name, found in times.items() if found}
    figures["imported"] = float(out.split("Imported ")[-1].split(" ")[0])
    figures["mb"] = text.stat().st_size / 1e6
    return figures


def rows(figures: dict[str, float]) -> list[tuple[str, str, str]]:
    """The bench table's rows for importing."""
    ours = figures["coachdesk_s"]
    what = f"{figures['imported']:.0f} entries, {figures['mb']:.1f} MB"
    found = [
        (
            f"`coachdesk import` of 10 y of jrnl ({what}) into a new journal, process",
            f"{ours * 1000:.0f} ms",
            "",
        )
    ]
    if "jrnl_s" not in figures:
        return [*found, ("`jrnl --export json`: not installed (no network?)", "-", "")]
    jrnl = figures["jrnl_s"]
    return [
        *found,
        (f"`jrnl --export json` of the same file ({bench_cli.JRNL})", f"{jrnl * 1000:.0f} ms", ""),
        (
            "`coachdesk import` / `jrnl --export json`, 10 y",
            f"{ours / jrnl:.2f} x",
            "<= 2 (moonshot 1)",
        ),
    ]


def main() -> None:
    import synthetic

    if len(sys.argv) > 1:
        text, config = Path(sys.argv[1]), None
        if bench_cli.jrnl_command() is not None:  # jrnl's settings beside it, as bench_cli's
            config = text.with_name(text.stem + ".yaml")
            if not config.exists():
                config.write_text(
                    bench_cli.JRNL_CONFIG.format(journal=json.dumps(str(text))), encoding="utf-8"
                )
    else:  # the bench's 10-year journal, in jrnl's format (made if need be)
        journal = synthetic.journal_path(CACHE, 10, datetime.now().date())
        synthetic.build(journal, 10, datetime.now().date())
        text, config = bench_cli.jrnl_journal(journal)
    figures = side_by_side(text, config, int(os.environ.get("BENCH_RUNS", "5")))
    for name, value, target in rows(figures):
        print(f"| {name} | {value} | {target} |")


if __name__ == "__main__":
    main()
