"""`coachdesk search` side by side with `jrnl -contains` on the same journal (make bench).

    python tools/bench_cli.py [JOURNAL] [WORD]

jrnl (a plain-text journal on the command line, also written in Python) is what a command
line for a journal is measured against: it reads its whole text file on every search, so
its time grows with the journal while ours should not. It is installed into its own venv
(.bench/jrnl-venv, pinned, once) and given the same journal, exported by `coachdesk export`
and written in jrnl's text format next to the bench journal (cached under its name, so a
new journal gets a new copy and remove_stale takes the old one away).

Both commands run as a user runs them, a process each, output thrown away; hyperfine-like:
warm-up runs first, then they alternate (drift favours none) and each gets its median. The
ratio is taken against `jrnl -n 50 -contains`, which prints the same 50 newest matches as
`coachdesk search` does by default; bare `jrnl -contains` prints every match in full and
mostly measures that, so it is shown beside, fewer times.
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".bench"
JRNL = "jrnl==4.6"
WARMUP = 2
# jrnl's own settings for the copy: its text format, dates as written below, no colours.
JRNL_CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v4.6
"""


def coachdesk_command() -> list[str]:
    """The installed `coachdesk` command beside this Python (the console script)."""
    return [str(Path(sys.executable).parent / "coachdesk")]


def jrnl_command(cache: Path = CACHE) -> Path | None:
    """jrnl in its own venv, installed once; None (and why, on stderr) if it cannot be."""
    venv = cache / "jrnl-venv"
    jrnl = venv / "bin" / "jrnl"
    if jrnl.exists():
        return jrnl
    try:
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        subprocess.run(
            [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", JRNL],
            check=True,
        )
    except subprocess.CalledProcessError as error:
        print(f"jrnl could not be installed ({error}); no comparison", file=sys.stderr)
        return None
    return jrnl


def jrnl_entry(record: dict[str, object]) -> str:
    """One exported reflection as a jrnl entry: [date] title, then the text and tags."""
    when = datetime.fromisoformat(str(record["date"])).strftime("%Y-%m-%d %H:%M")
    title = str(record["title"] or record["flow_title"]).replace("\n", " ")
    text = str(record["text"])
    tags = [f"@{tag}" for tag in record["tags"]] if isinstance(record["tags"], list) else []
    body = "\n".join(part for part in (text, " ".join(tags)) if part)
    return f"[{when}] {title}\n{body}\n\n"


def jrnl_journal(journal: Path) -> tuple[Path, Path]:
    """The journal in jrnl's format and jrnl's config for it, made once per journal."""
    text = journal.with_name(journal.stem + ".jrnl.txt")
    config = journal.with_name(journal.stem + ".jrnl.yaml")
    if not text.exists():
        exported = subprocess.run(
            [*coachdesk_command(), "export", "--journal", str(journal)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        records = sorted(
            (json.loads(line) for line in exported.splitlines()), key=lambda r: r["date"]
        )
        partial = text.with_name(text.name + ".partial")
        partial.write_text("".join(map(jrnl_entry, records)), encoding="utf-8")
        partial.rename(text)
    config.write_text(JRNL_CONFIG.format(journal=json.dumps(str(text))), encoding="utf-8")
    return text, config


def _once(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def _medians(commands: dict[str, list[str]], runs: int, env: dict[str, str]) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(WARMUP):
        for argv in commands.values():
            _once(argv, env)
    for _ in range(runs):
        for name, argv in commands.items():
            times[name].append(_once(argv, env))
    return {f"{name}_s": statistics.median(found) for name, found in times.items()}


def side_by_side(journal: Path, word: str, runs: int) -> dict[str, float]:
    """Median seconds of `coachdesk search WORD` and of jrnl's search for it on `journal`
    (jrnl's only if it could be installed), and how many entries each finds."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(CACHE / "config"), "NO_COLOR": "1"}
    ours = [*coachdesk_command(), "search", word, "--journal", str(journal)]
    found = subprocess.run(
        [*ours, "--format", "jsonl", "--limit", "1000000"], check=True, capture_output=True, env=env
    )
    jrnl = jrnl_command()
    if jrnl is None:
        figures = _medians({"coachdesk": ours}, runs, env)
        return {**figures, "coachdesk_found": found.stdout.count(b"\n")}
    _, config = jrnl_journal(journal)
    contains = [str(jrnl), "--config-file", str(config), "-contains", word]
    figures = _medians({"coachdesk": ours, "jrnl": [*contains, "-n", "50"]}, runs, env)
    figures.update(_medians({"jrnl_all": contains}, max(1, runs // 3), env))
    figures["coachdesk_found"] = found.stdout.count(b"\n")
    counted = subprocess.run(
        [*contains, "--format", "short"], check=True, capture_output=True, env=env
    )
    figures["jrnl_found"] = counted.stdout.count(b"\n")
    return figures


def rows(figures: dict[str, float], word: str) -> list[tuple[str, str, str]]:
    """The bench table's rows for the command line."""
    ours = figures["coachdesk_s"]
    found = [
        (
            f"`coachdesk search {word}`, 10 y, process (the newest 50 of"
            f" {figures.get('coachdesk_found', 0):.0f} matches)",
            f"{ours * 1000:.0f} ms",
            "",
        )
    ]
    if "jrnl_s" not in figures:
        return [*found, ("`jrnl -contains`: not installed (no network?)", "-", "")]
    jrnl = figures["jrnl_s"]
    return [
        *found,
        (
            f"`jrnl -n 50 -contains {word}`, the same 10 y as jrnl's text file ({JRNL};"
            " the newest 50 matches)",
            f"{jrnl * 1000:.0f} ms",
            "",
        ),
        (
            f"`jrnl -contains {word}`, the same, every match printed in full"
            f" ({figures['jrnl_found']:.0f} entries)",
            f"{figures['jrnl_all_s'] * 1000:.0f} ms",
            "",
        ),
        (
            "`coachdesk search` / `jrnl -n 50 -contains`, 10 y",
            f"{ours / jrnl:.2f} x",
            "<= 0.25 (moonshot 0.2)",
        ),
    ]


def main() -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    import synthetic

    import coachdesk

    # As installed (pip, the bundle): compiled once, not at every start (bench.py does too).
    compileall.compile_dir(str(Path(coachdesk.__file__).parent), quiet=1)

    journal = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    word = sys.argv[2] if len(sys.argv) > 2 else "klant"
    if journal is None:  # the bench's 10-year journal, made if need be (never removes any)
        journal = synthetic.journal_path(CACHE, 10, datetime.now().date())
        synthetic.build(journal, 10, datetime.now().date())
    figures = side_by_side(journal, word, int(os.environ.get("BENCH_RUNS", "7")))
    for name, value, target in rows(figures, word):
        print(f"| {name} | {value} | {target} |")


if __name__ == "__main__":
    main()
