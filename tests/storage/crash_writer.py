"""A writer that is killed with SIGKILL at random moments, and the check that follows.

As a script (`python crash_writer.py JOURNAL`) it opens the journal, finds its one draft
(or starts it) and saves answers to it until it is killed, printing a line after each
call returned, so that every printed line is an acknowledged, committed change:

    opening              before JournalStore.open
    ready N ID           the draft ID is open; its next save is number N
    saved N              save_answer(N) returned
    position P           set_position(P) returned

The text of save N follows from N alone (`text_of`), so a check can tell an exact save
from a torn or stale one. Save N answers question N // PER_QUESTION, so several saves
replace one answer as autosave does while typing. tests/storage/test_crash.py and
tools/soak.py drive it through `kill_cycle` and `Ledger`.
"""

from __future__ import annotations

import random
import re
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from coachdesk.coaching.flows import Flow, Question, QuestionKind
from coachdesk.coaching.reflections import Answer
from coachdesk.storage import JournalStore, backups

PER_QUESTION = 4
WRITER_LIFETIME_S = 30  # a writer nobody kills stops by itself
FLOW = Flow("crash-test", "Crash test", "", (Question("q0", "Question 0"),))
WORDS = [
    "klant",
    "café",
    "één",
    "deadline",
    "prijs",
    "שלום",
    "مرحبا",
    "🙂",
    "👍🏽",
    "offerte\n",
    "\t",
    "—",
]
_HEADER = re.compile(r"^<(\d+)>")


@cache  # the check compares every answer after every kill
def text_of(n: int) -> str:
    """The text of save number n: a header, a searchable mark, and a body of 50 B to 300 kB."""
    rng = random.Random(n)
    count = rng.randint(20_000, 50_000) if n % 9 == 8 else rng.randint(5, 400)
    body = " ".join(rng.choices(WORDS, k=count))
    return f"<{n}> mark{n}x {body}"


def number_of(text: str) -> int:
    """The save number a stored text claims to be."""
    found = _HEADER.match(text)
    assert found, text[:40]
    return int(found.group(1))


def answer_of(n: int) -> Answer:
    """Save number n as an answer."""
    question = n // PER_QUESTION
    return Answer(f"q{question}", f"Question {question}", QuestionKind.TEXT, question, text_of(n))


def write(path: Path) -> None:
    """The writer: resume the draft and save until killed."""
    print("opening", flush=True)
    store = JournalStore.open(path)
    # Its own draft: a journal of years of use has unfinished reflections of its own.
    drafts = [d for d in store.drafts() if d.flow_id == FLOW.id]
    draft = store.get(drafts[0].id) if drafts else store.start(FLOW)
    n = max((number_of(a.text) + 1 for a in draft.answers), default=0)
    print(f"ready {n} {draft.id}", flush=True)
    deadline = time.monotonic() + WRITER_LIFETIME_S
    while time.monotonic() < deadline:
        store.save_answer(draft.id, answer_of(n))
        print(f"saved {n}", flush=True)
        if n % PER_QUESTION == PER_QUESTION - 1:
            store.set_position(draft.id, n // PER_QUESTION + 1)
            print(f"position {n // PER_QUESTION + 1}", flush=True)
        n += 1
    store.close()


# Driving it ----------------------------------------------------------------------------


@dataclass
class Run:
    """What one killed writer acknowledged."""

    lines: list[str]
    seconds: float
    killed_at: str  # "opening" or "writing": which phase the kill was timed in

    def values(self, word: str) -> list[int]:
        return [int(line.split()[1]) for line in self.lines if line.startswith(word + " ")]


def kill_cycle(
    path: Path, rng: random.Random, errors: Path, opening: float = 0.2, timeout: float = 30
) -> Run:
    """Start a writer on `path`, kill it with SIGKILL at a random moment, return its lines.

    Most kills fall while it saves: after a random number (1–24) of acknowledged saves,
    plus 0–8 ms, which lands anywhere inside a save (one takes 2–30 ms), on a fast machine
    or a loaded one. A share `opening` falls while it opens the journal instead: 0–80 ms
    after it starts to (creating a journal takes ~70 ms here).
    """
    phase = "opening" if rng.random() < opening else "writing"
    saves = rng.randint(1, 24)
    delay = rng.uniform(0, 0.08) if phase == "opening" else rng.uniform(0, 0.008)
    started = time.monotonic()
    lines: list[str] = []
    moment = threading.Event()
    with errors.open("ab") as stderr:
        writer = subprocess.Popen(
            [sys.executable, __file__, str(path)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
        )
    assert writer.stdout is not None
    stdout = writer.stdout

    def read() -> None:
        ready, acknowledged = False, 0
        for line in stdout:
            lines.append(line.rstrip("\n"))
            ready = ready or line.startswith("ready ")
            acknowledged += line.startswith("saved ")
            if phase == "opening":
                reached = line.startswith("opening")
            else:
                reached = ready and acknowledged >= saves
            if reached:
                moment.set()
        moment.set()  # it ended by itself: no waiting for a moment that will not come

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if not moment.wait(timeout):
            raise AssertionError(f"the writer never got there: {errors.read_text()[-2000:]}")
        time.sleep(delay)  # the random moment itself; there is no condition to wait for
        writer.send_signal(signal.SIGKILL)
        code = writer.wait(timeout)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait(timeout)
    reader.join(timeout)
    stdout.close()
    assert code == -signal.SIGKILL, f"the writer ended by itself ({code}): {errors.read_text()}"
    return Run(lines, time.monotonic() - started, phase)


@dataclass
class Ledger:
    """Everything the killed writers acknowledged, and what they may have committed."""

    acked: set[int] = field(default_factory=set)
    unacked: set[int] = field(default_factory=set)  # attempted, maybe committed, not told
    position: int = 0
    draft: int | None = None

    def add(self, run: Run) -> None:
        ready = [line.split() for line in run.lines if line.startswith("ready ")]
        if ready:
            first, draft = int(ready[0][1]), int(ready[0][2])
            assert self.draft in (None, draft), "the writer started a second draft"
            self.draft = draft
            saved = run.values("saved")
            assert saved == list(range(first, first + len(saved)))
            self.acked.update(saved)
            self.unacked.add(saved[-1] + 1 if saved else first)
        positions = run.values("position")
        if positions:
            self.position = positions[-1]

    def check(self, path: Path) -> int:
        """Assert the journal at `path` holds every acknowledged save exactly, and its draft
        with its position; returns how many answers were compared."""
        assert backups.check(path, None) == "ok"  # also when all of it is still in the log
        store = JournalStore.open(path)  # refuses a damaged journal (quick check)
        try:
            drafts = [d for d in store.drafts() if d.flow_id == FLOW.id]
            if self.draft is None:
                assert len(drafts) <= 1 and not self.acked
                return 0
            assert [d.id for d in drafts] == [self.draft]
            draft = store.get(self.draft)
            assert draft.is_draft
            stored: dict[str, int] = {}
            for answer in draft.answers:
                n = number_of(answer.text)
                assert answer.text == text_of(n), f"save {n} is not what was written"
                assert answer == answer_of(n)
                assert n in self.acked or n in self.unacked, f"save {n} came from nowhere"
                stored[answer.question_id] = n
            latest: dict[str, int] = {}
            for n in sorted(self.acked):
                latest[answer_of(n).question_id] = n
            for question, n in latest.items():
                assert question in stored, f"acknowledged save {n} is lost"
                assert stored[question] >= n, f"acknowledged save {n} was rolled back"
            # An unacknowledged save at a question's end may have moved it on one step.
            furthest = (max(self.acked | self.unacked) + 1) // PER_QUESTION
            assert self.position <= draft.position <= max(self.position, furthest)
            if self.acked:  # the search index went through every crash with the answers
                n = stored[answer_of(max(self.acked)).question_id]
                assert [h.summary.id for h in store.search(f"mark{n}x")] == [self.draft]
            return len(latest)
        finally:
            store.close()


if __name__ == "__main__":
    write(Path(sys.argv[1]))
