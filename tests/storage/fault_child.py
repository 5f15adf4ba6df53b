"""Storage faults acted out in a child process, so a failure cannot take the test run down.

`python fault_child.py COMMAND ARGS…` prints one JSON object per line (see `say`):

    make JOURNAL           a journal holding the three PRECIOUS reflections
    fill JOURNAL [LIMIT]   save ever larger answers until the store refuses, then read;
                           LIMIT sets RLIMIT_FSIZE first (a disk full past LIMIT bytes)
    dump JOURNAL           the quick check and every answer's text
    readonly JOURNAL       (as user nobody when root) open, read, then try to write
    hold-lock JOURNAL      hold a write transaction until a line arrives on stdin
    save-wait-save J [nobody]  save 50 answers, wait for a line, save once more, wait:
                           "close" closes the journal (or the test kills it)
    open-damaged SPEC      JournalStore.open on every file SPEC (JSON) names; what happened
    open-damaged-later SPEC  the same on a copy of each, as the app opens (check_later):
                           read the first page, try to write, then the check
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import sys
import time
from pathlib import Path

from coachdesk.coaching.flows import Flow, Question, QuestionKind
from coachdesk.coaching.reflections import Answer
from coachdesk.storage import JournalError, JournalStore, backups

NOBODY = 65534
FLOW = Flow("faults", "Faults", "", (Question("q0", "Question 0"),))
PRECIOUS = ["precious one: café", "precious two: שלום", "precious three: 👍🏽"]


def say(event: str, **details: object) -> None:
    """One line for the test to read."""
    print(json.dumps({"event": event, **details}), flush=True)


def answer(question: int, text: str) -> Answer:
    """An answer to question `question` (they need not be in the flow)."""
    return Answer(f"q{question}", f"Question {question}", QuestionKind.TEXT, question, text)


def refused(error: JournalError, since: float) -> None:
    say(
        "refused",
        type=type(error).__name__,
        reason=getattr(error, "reason", ""),
        message=str(error),
        seconds=time.monotonic() - since,
    )


def texts(store: JournalStore) -> list[str]:
    """Every answer's text, oldest reflection first."""
    return [a.text for r in store.every_reflection() for a in r.answers]


def make(path: Path) -> None:
    store = JournalStore.open(path)
    for text in PRECIOUS:
        reflection = store.start(FLOW)
        store.save_answer(reflection.id, answer(0, text))
        store.finish(reflection.id)
    store.close()
    say("made", size=path.stat().st_size)


def fill(path: Path, file_size_limit: str = "") -> None:
    if file_size_limit:  # a disk that is full past this size, for this process only
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a dead process
        limit = int(file_size_limit)
        import resource  # POSIX only; test_faults skips this fault elsewhere

        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    store = JournalStore.open(path)
    draft = store.start(FLOW)
    for n in range(1, 200):
        since = time.monotonic()
        try:
            store.save_answer(draft.id, answer(n, f"fill {n} " + "x" * (n * 20_000)))
        except JournalError as error:
            refused(error, since)
            break
        say("saved", n=n)
    say("read", texts=texts(store)[:3])  # the same connection still reads
    try:
        store.save_answer(draft.id, answer(0, "small, after"))
        say("small-save", ok=True)
    except JournalError as error:
        say("small-save", ok=False, reason=getattr(error, "reason", ""))
    store.close()
    say("closed")


def dump(path: Path) -> None:
    verdict = backups.check(path, None)
    store = JournalStore.open(path)
    say("dump", check=verdict, texts=texts(store))
    store.close()


def readonly(path: Path) -> None:
    if os.geteuid() == 0:  # root ignores permissions; the interpreter is loaded by now
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)
    since = time.monotonic()
    try:
        store = JournalStore.open(path)
    except JournalError as error:
        refused(error, since)
        return
    say("opened", texts=texts(store), found=len(store.search("precious")))
    for attempt in ("start", "save"):
        since = time.monotonic()
        try:
            if attempt == "start":
                store.start(FLOW)
            else:
                store.save_answer(store.timeline()[0].id, answer(0, "overwritten"))
            say("written", attempt=attempt)
        except JournalError as error:
            refused(error, since)
    say("read-after", texts=texts(store))
    store.close()


def hold_lock(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("begin immediate")
    conn.execute("update reflections set title = 'held' where 0")
    say("locked")
    sys.stdin.readline()
    conn.execute("rollback")
    conn.close()
    say("released")


def save_wait_save(path: Path, user: str = "") -> None:
    if user == "nobody" and os.geteuid() == 0:
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)
    store = JournalStore.open(path)
    draft = store.start(FLOW)
    for n in range(1, 51):
        store.save_answer(draft.id, answer(n, f"saved {n} " + "y" * 3000))
    say("saved", n=50)
    sys.stdin.readline()  # the test changes something now
    since = time.monotonic()
    try:
        store.save_answer(draft.id, answer(51, "after the change"))
        say("written")
    except JournalError as error:
        refused(error, since)
    if sys.stdin.readline() == "close\n":  # or it is killed while it waits
        store.close()
        say("closed")


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def open_damaged(spec_file: Path) -> None:
    for name, key_hex in json.loads(spec_file.read_text()).items():
        path = spec_file.parent / name
        before = digest(path)
        key = bytes.fromhex(key_hex) if key_hex else None
        outcome: dict[str, object] = {}
        try:
            store = JournalStore.open(path, key)
        except JournalError as error:
            outcome = {"outcome": "refused", "type": type(error).__name__}
        except Exception as error:  # what the test exists to catch
            outcome = {"outcome": "raised", "type": type(error).__name__, "message": str(error)}
        else:
            try:
                outcome = {"outcome": "opened", "count": store.count()}
                texts(store)
                store.search("precious")
                outcome["reads"] = "ok"
            except Exception as error:  # reported, not hidden: see test_faults.py
                outcome["reads"] = f"{type(error).__name__}: {error}"
            finally:
                store.close()
        sides = [s for s in ("-wal", "-shm", "-journal") if Path(f"{path}{s}").exists()]
        say(name, unchanged=digest(path) == before, sides=sides, **outcome)


def open_damaged_later(spec_file: Path) -> None:
    for name, key_hex in json.loads(spec_file.read_text()).items():
        path = spec_file.parent / f"{name}.later"
        path.write_bytes((spec_file.parent / name).read_bytes())
        before = digest(path)
        key = bytes.fromhex(key_hex) if key_hex else None
        outcome: dict[str, object] = {}
        try:
            store = JournalStore.open(path, key, check_later=True)
        except JournalError as error:
            outcome = {"outcome": "refused", "type": type(error).__name__}
        except Exception as error:  # what the test exists to catch
            outcome = {"outcome": "raised", "type": type(error).__name__, "message": str(error)}
        else:
            outcome = {"outcome": "opened"}
            try:
                store.timeline(0, 50)
                outcome["first page"] = "ok"
            except Exception as error:  # noqa: BLE001 (reported)
                outcome["first page"] = type(error).__name__
            try:
                store.start(FLOW)
                outcome["write"] = "ok"
            except JournalError as error:
                outcome["write"] = f"{type(error).__name__}:{getattr(error, 'reason', '')}"
            try:
                store.check()
                outcome["check"] = "ok"
            except JournalError as error:
                outcome["check"] = type(error).__name__
            store.close()
        sides = [s for s in ("-wal", "-shm", "-journal") if Path(f"{path}{s}").exists()]
        say(name, unchanged=digest(path) == before, sides=sides, **outcome)


COMMANDS = {
    "make": make,
    "fill": fill,
    "dump": dump,
    "readonly": readonly,
    "hold-lock": hold_lock,
    "save-wait-save": save_wait_save,
    "open-damaged": open_damaged,
    "open-damaged-later": open_damaged_later,
}

if __name__ == "__main__":
    COMMANDS[sys.argv[1]](Path(sys.argv[2]), *sys.argv[3:])
