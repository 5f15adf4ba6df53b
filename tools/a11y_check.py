"""make a11y-check: what a screen reader hears from coachdesk, over AT-SPI, keyboard only.

Starts a private desktop (Xvfb on a free display, a D-Bus session, the AT-SPI bus, openbox)
with a fresh HOME, opens the demo journal in the real app, listens to the AT-SPI events a
screen reader such as Orca listens to, drives the window with xdotool, and prints what was
heard, step by step. Exits 1 with one line per silent spot.

Run it with Debian's python3 (python3-pyatspi lives there, not in the venv):
    /usr/bin/python3 tools/a11y_check.py --coachdesk .venv/bin/coachdesk
Packages: xvfb openbox at-spi2-core python3-pyatspi dbus-daemon xdotool.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from a11y_harness import (
    Ear,
    Heard,
    Keyboard,
    Orca,
    SetupError,
    private_desktop,
    short,
    start_app,
)

ROOT = Path(__file__).resolve().parent.parent
FLOWS = ROOT / "resources" / "flows" / "en"
# The answers typed, in ASCII (xdotool types them).
ANSWERS = (
    "Testbed BV, the renewal with Anna de Vries: lost to a cheaper offer.",
    "A demo with their own data, then a signature before the end of the quarter.",
    "Anna liked the demo, then her manager joined the second call and asked about price.",
    "In the second call, when a new name joined and I did not ask what he needed.",
    "They needed a safe choice for the manager, and price was the polite reason.",
    "Keep the demo with their data. Change: ask who else decides in the first call.",
    "Ask who else signs off, in Thursday's call with the new prospect.",
)

# What is checked -------------------------------------------------------------------------


@dataclass
class Report:
    """The transcript as it happens, and the failures, one line each."""

    failures: list[str] = field(default_factory=list)
    orca: Orca | None = None
    orca_said: list[str] = field(default_factory=list)

    def step(self, what: str) -> None:
        self.orca_speech()
        print(f"\n== {what}", flush=True)
        self.orca_said.append(f"== {what}")

    def orca_speech(self) -> None:
        """What Orca said since the last step, if it runs."""
        if self.orca is None:
            return
        self.orca.wait_quiet()
        for words in self.orca.said():
            print(f"   orca: '{words}'", flush=True)
            self.orca_said.append(words)

    def heard(self, line: object) -> None:
        print(f"   {line}", flush=True)

    def fail(self, line: str) -> None:
        self.failures.append(line)
        print(f"   FAIL {line}", flush=True)


@dataclass
class Question:
    """A question of a flow file (or one of its follow-ups), as the checker needs it."""

    kind: str
    text: str
    hint: str
    why: str = ""  # a follow-up says why it is asked


@dataclass
class Flow:
    """A flow file: its title, its questions and the follow-ups it may ask."""

    id: str
    title: str
    order: int
    questions: list[Question]

    def asked(self, heard: Heard) -> Question | None:
        """The question `heard` says: in its name, its group's name or its description."""
        group = heard.source.parent
        said = (heard.name, (group.name or "") if group is not None else "", heard.description)
        for words in said:  # the name first: "Which deal…" is also in other questions' hints
            found = [q for q in self.questions if q.text in words]
            if found:
                return max(found, key=lambda q: len(q.text))
        return None


def read_flows() -> list[Flow]:
    """The English flows, in the order the chooser lists them."""
    flows = []
    for path in sorted(FLOWS.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        questions = [
            Question(q.get("kind", "text"), q["text"], q.get("hint", ""))
            for q in data.get("questions", [])
        ]
        questions += [
            Question("text", f["text"], f.get("hint", ""), f.get("why", ""))
            for f in data.get("followups", [])
        ]
        flows.append(Flow(data["id"], data["title"], data.get("order", 100), questions))
    return sorted(flows, key=lambda f: (f.order, f.title))


def flows_to_walk(flows: list[Flow]) -> list[Flow]:
    """The Deal debrief, then a flow for each kind of question it does not have."""
    chosen = [f for f in flows if f.id == "deal-debrief"]
    seen = {q.kind for f in chosen for q in f.questions}
    for flow in flows:
        new = {q.kind for q in flow.questions} - seen
        if new:
            chosen.append(flow)
            seen |= new
    return chosen


def focus_after(ear: Ear, report: Report, mark: int, where: str) -> Heard | None:
    """Where focus landed after `mark`; a failure if it landed there twice in a row.

    Orca 43 skips a focus event when a newer one for the same object is queued, and the
    newer one as a copy of the first: a question or a reflection that takes focus twice is
    said or not depending on timing (silent in 2 of 4 tries by hand).
    """
    heard = ear.focus_since(mark)
    if heard is not None and ear.focus_twice(mark):
        report.fail(
            f"{where}: focus landed twice in a row on {heard.role} '{short(heard.name)}'; "
            "Orca 43 may take both for duplicates and say nothing"
        )
    return heard


def choose_flow(keys: Keyboard, ear: Ear, report: Report, flow: Flow) -> bool:
    """Ctrl+N, then arrows to `flow` in the chooser's list."""
    mark = keys.press("ctrl+j", "ctrl+n")
    keys.activate("New reflection")
    landed = ear.focus_since(mark)
    report.heard(landed or "nothing took focus after Ctrl+N")
    keys.press("End")
    mark = keys.press("Home")
    for _ in range(15):
        item = ear.focus_since(mark)
        if item is not None and item.role == "list item" and item.name == flow.title:
            report.heard(item)
            return True
        mark = keys.press("Down")
    report.fail(f"Ctrl+N: the chooser never said '{flow.title}' while arrowing down")
    return False


POSITION = re.compile(r"Question (\d+) of (\d+)")


def question_heard(report: Report, where: str, question: Question, heard: Heard) -> None:
    """The question is said where focus lands, its hint and position as the description."""
    group = heard.source.parent
    if question.text in heard.name:
        pass
    elif group is not None and group.name == question.text and question.text in heard.description:
        # A choice is named by its own words; the group around it is named by the question,
        # and the question comes with the choice as its description (Orca says both).
        report.heard(f"(the question is the name of the {group.getRoleName()} around it)")
    else:
        report.fail(
            f"{where} ({question.kind}) '{question.text}': focus on {heard.role} "
            f"'{heard.name}', whose name does not say the question"
        )
    for part, what in ((question.why, "reason"), (question.hint, "hint")):
        if part and part not in heard.description:
            report.fail(f"{where} '{question.text}': its {what} is not in the description")


def answer(keys: Keyboard, question: Question, text: str) -> None:
    """Type an answer, or pick with the keyboard: Right, then Space (a deal that was lost)."""
    if question.kind in ("text", "commitment"):
        keys.type(text)
    else:
        keys.press("Right", "space")


def walk_questions(keys: Keyboard, ear: Ear, report: Report, flow: Flow, mark: int) -> set[str]:
    """Answer question after question until the reflection is finished; the kinds heard.

    Which questions come depends on the answers (a won deal is asked other things) and on
    follow-ups, so each question is told by what is said, and its number by the position.
    """
    kinds: set[str] = set()
    last = False
    for step in range(1, 41):
        where = f"{flow.title}, question {step}"
        heard = focus_after(ear, report, mark, where)
        question = flow.asked(heard) if heard is not None else None
        if question is None:
            if not last:
                report.fail(f"{where}: focus on {heard}, which says no question of the flow")
            report.heard(f"finished, then {heard}" if heard else "finished; focus stays")
            if heard is not None and not heard.name:
                report.fail(f"after finishing {flow.title}: focus on an unnamed {heard.role}")
            return kinds
        report.heard(heard)
        question_heard(report, where, question, heard)
        position = POSITION.search(heard.description)
        if position is None or int(position[1]) != step:
            report.fail(f"{where} '{question.text}': 'Question {step} of …' is not said")
        last = position is not None and position[1] == position[2]
        kinds.add(question.kind)
        answer(keys, question, ANSWERS[(step - 1) % len(ANSWERS)])
        mark = keys.press("ctrl+Return")
    report.fail(f"{flow.title}: 40 questions and the reflection never finished")
    return kinds


def check_guided(keys: Keyboard, ear: Ear, report: Report, flow: Flow) -> set[str]:
    """Write a whole reflection: every question is said when it appears; the kinds heard."""
    report.step(f"Guided reflection: {flow.title}")
    if not choose_flow(keys, ear, report, flow):
        return set()
    return walk_questions(keys, ear, report, flow, keys.press("Return"))


def tab_around(keys: Keyboard, ear: Ear, report: Report, page: str) -> list[Heard]:
    """Tab until focus comes back to a stop it was on; every stop must have a name."""
    stops: list[Heard] = []
    for number in range(1, 41):
        stop = focus_after(ear, report, keys.press("Tab"), f"{page}, Tab {number}")
        if stop is None:
            report.fail(f"{page}, Tab {number}: no object took focus; nothing said")
            continue
        if any(s.source == stop.source for s in stops):
            report.heard(f"(round again: {stop})")
            return stops
        report.heard(stop)
        if not stop.name.strip():
            report.fail(f"{page}, Tab {number}: focus on a {stop.role} without a name")
        stops.append(stop)
    report.fail(f"{page}: 40 Tab presses and focus never came round")
    return stops


def check_tab_stops(keys: Keyboard, ear: Ear, report: Report) -> None:
    """Tab around the journal (list, reading pane, its buttons): no stop is silent."""
    report.step("Tab through the journal (Ctrl+J, then Tab until focus comes round)")
    report.heard(ear.focus_since(keys.press("ctrl+j")) or "(focus stays where it was)")
    tab_around(keys, ear, report, "the journal")


def open_earlier_reflection(keys: Keyboard, ear: Ear, report: Report) -> Heard | None:
    """From the search field to the list, down to an earlier Deal debrief, Enter."""
    mark = keys.press("ctrl+f", "Tab")
    landed = ear.focus_since(mark)
    if landed is None or landed.role != "list":
        report.fail(f"Ctrl+F, Tab: {landed}, not the list of reflections")
        return None
    report.heard(landed)
    for _ in range(20):
        landed = ear.focus_since(keys.press("Down"))
        if landed is None:
            continue
        # Not one written just now; and not a draft, which opens its questions again.
        earlier = not landed.name.startswith("Today") and ", draft," not in landed.name
        if "Deal debrief" in landed.name and earlier:
            report.heard(landed)
            return focus_after(ear, report, keys.press("Return"), "opening a reflection")
    report.fail("no earlier Deal debrief was said while arrowing down the list")
    return None


def line_at_caret(text: Any) -> str:
    """The line the caret is on, as Orca reads it after Down."""
    import pyatspi

    line, _start, _end = text.getTextAtOffset(text.caretOffset, pyatspi.TEXT_BOUNDARY_LINE_START)
    return str(line).strip("\n")


def check_reading(keys: Keyboard, ear: Ear, report: Report) -> None:
    """An earlier reflection opens into read-only text with a caret, read line by line."""
    flows = read_flows()
    report.step("Open an earlier reflection and read it line by line (Down)")
    page = open_earlier_reflection(keys, ear, report)
    if page is None:
        report.fail("opening a reflection: focus went nowhere a screen reader hears")
        return
    report.heard(page)
    try:
        text = page.source.queryText()
    except NotImplementedError:
        report.fail(f"opened reflection: focus on {page.role} '{page.name}' without text")
        return
    whole = text.getText(0, text.characterCount)
    if page.role != "text":
        report.fail(f"opened reflection: focus on a {page.role}, not text (no caret to read)")
    flow = next((f for f in flows if f.title in whole), None)
    if flow is None or not any(q.text in whole for q in flow.questions):
        report.fail("opened reflection: its text does not hold its flow's questions")
    report.heard(f"text: {text.characterCount} characters, caret at {text.caretOffset}")
    report.heard(f"line: '{short(line_at_caret(text))}'")
    moved = 0
    for _ in range(6):
        mark = keys.press("Down", quiet=0.4)
        if ear.since(mark, "caret"):
            moved += 1
            report.heard(f"Down, line: '{short(line_at_caret(text))}'")
    if not moved:
        report.fail("opened reflection: Down does not move a caret; it cannot be read by line")


def check_private(keys: Keyboard, ear: Ear, report: Report) -> None:
    """Tab from the reflection to 'Mark private: …', Space: it says 'Share again: …'."""
    report.step("Mark an answer private (Tab to the button under it, Space), share it again")
    button = ear.focus_since(keys.press("Tab"))
    report.heard(button or "nothing took focus")
    flips = {"Mark private: ": "Share again: ", "Share again: ": "Mark private: "}
    if button is None or not button.name.startswith(tuple(flips)):
        report.fail(f"Tab from the reflection: {button}, not a Mark private button")
        return
    for _ in range(2):  # private, and shared again: the journal is left as it was
        doing, question = button.name.split(": ", 1)
        expected = flips[doing + ": "] + question
        mark = keys.press("space")
        said = [h for h in ear.since(mark) if h.kind in ("focus", "name") and h.name == expected]
        focused = [h for h in said if h.kind == "focus"]
        if not said:
            report.fail(f"Space on '{button.name}': '{expected}' was never said")
            return
        button = (focused or said)[-1]
        report.heard(button)


def visible_charts(root: Any) -> list[str]:
    """Names of the charts on screen, from the accessible tree (lists' rows skipped)."""
    import pyatspi

    found: list[str] = []
    pending = [root]
    while pending:
        node = pending.pop()
        try:
            role = node.getRoleName()
            if role == "chart" and node.getState().contains(pyatspi.STATE_VISIBLE):
                found.append(node.name)
            if role not in ("list", "table", "tree", "tree table"):
                pending.extend(node[i] for i in range(node.childCount))
        except Exception:
            continue
    return found


def check_insights(keys: Keyboard, ear: Ear, report: Report) -> None:
    """Ctrl+I, then Tab: every chart on the page takes focus and says its numbers."""
    report.step("Insights (Ctrl+I, then Tab until focus comes round)")
    first = ear.focus_since(keys.press("ctrl+i"))
    report.heard(first or "nothing took focus")
    if first is None:
        report.fail("Ctrl+I: nothing took focus on Insights")
        return
    frame = first.source
    while frame.parent is not None and frame.getRoleName() != "frame":
        frame = frame.parent
    on_screen = set(visible_charts(frame))
    stops = tab_around(keys, ear, report, "Insights")
    charts = {h.name: h.spoken for h in stops if h.role == "chart"}
    charts = {n: s for n, s in charts.items() if n in on_screen}
    for name in sorted(on_screen - charts.keys()):
        report.fail(f"Insights: the chart '{name}' is on screen but Tab never reaches it")
    if not on_screen:
        report.fail("Insights: no chart on screen (no object with the role chart)")
    for name, spoken in charts.items():
        if not re.search(r"\d", spoken):
            report.fail(f"Insights: the chart '{name}' says no numbers: '{short(spoken)}'")


def search_said(keys: Keyboard, ear: Ear, words: str) -> list[Heard]:
    """Type `words` into a fresh search; what was announced, or said of the search field."""
    keys.press("ctrl+f", "ctrl+a", "BackSpace")
    mark = keys.type(words)
    ear.settle(quiet=1.5)
    said = ear.since(mark, "announcement")
    field = [h for h in ear.since(mark) if h.kind in ("name", "description") and h.role == "text"]
    return said + [h for h in field if re.search(r"\d|No reflection", h.spoken)]


def check_search(keys: Keyboard, ear: Ear, report: Report, pending: bool = False) -> None:
    """A search's result count, and 'No reflection mentions …', are announced."""
    report.step("Search (Ctrl+F, type): the number of results is announced")
    for words, expected in (("price", r"\d+ reflection"), ("zqxjv", r"No reflection mentions")):
        said = search_said(keys, ear, words)
        for heard in said:
            report.heard(f"'{words}': {heard}")
        if any(re.search(expected, h.data or h.spoken) for h in said):
            continue
        message = f"search '{words}': nothing said matches /{expected}/ (no announcement)"
        if pending:
            report.heard(f"not yet: {message} (allowed by --announcements-pending)")
        else:
            report.fail(message)


def wait_for_window(ear: Ear, report: Report) -> bool:
    """The journal's window takes focus once the journal is open."""
    if not ear.wait_for(0, lambda h: h.kind == "focus", seconds=60):
        report.fail("the window never took focus (see app.log)")
        return False
    ear.settle()
    report.heard(ear.focus_since(0))
    return True


def check_every_kind(keys: Keyboard, ear: Ear, report: Report) -> None:
    """Walk the Deal debrief, and flows for the kinds of question it lacks."""
    flows = read_flows()
    kinds: set[str] = set()
    for flow in flows_to_walk(flows):
        kinds |= check_guided(keys, ear, report, flow)
    every = {q.kind for f in flows for q in f.questions}
    report.heard(f"question kinds heard: {', '.join(sorted(kinds))}")
    if every - kinds:
        report.fail(f"question kinds never walked: {', '.join(sorted(every - kinds))}")


Check = Callable[[Keyboard, Ear, Report], None]


def all_checks(pending: bool) -> dict[str, Check]:
    """The checks by name, in the order they run on one journal ('private' goes on from
    the reflection 'reading' opened)."""
    return {
        "questions": check_every_kind,
        "tab": check_tab_stops,
        "reading": check_reading,
        "private": check_private,
        "insights": check_insights,
        "search": partial(check_search, pending=pending),
    }


def run_checks(coachdesk: Path, steps: list[Check], orca_said: Path | None) -> Report:
    """Start everything, walk the app with the keyboard, and say what was heard."""
    report = Report()
    with private_desktop() as desktop:
        report.step("Start: coachdesk --journal <a copy of the demo journal>")
        ear = Ear()  # listening before the app starts, so Qt knows what is listened to
        report.orca = Orca(desktop) if orca_said is not None else None
        app = start_app(desktop, coachdesk)
        keys = Keyboard(ear, report.orca)
        if not wait_for_window(ear, report):
            print((desktop.home / "app.log").read_text(errors="replace")[-3000:])
            return report
        for step in steps:
            try:
                step(keys, ear, report)
            except Exception as error:  # one broken step still lets the others speak
                report.fail(f"the check stopped with {type(error).__name__}: {error}")
        report.orca_speech()
        if orca_said is not None:
            orca_said.write_text("\n".join(report.orca_said) + "\n", encoding="utf-8")
        keys.press("ctrl+q")
        if report.failures:
            print("\n== The app's output (app.log), last lines")
            print("\n".join(app_log(desktop.home / "app.log")[-25:]))
            print("(the app is still running)" if app.poll() is None else "(the app has gone)")
    return report


def app_log(path: Path) -> list[str]:
    """The app's output, without Qt's notes on objects gone before the check asked about them."""
    lines = path.read_text(errors="replace").splitlines()
    return [line for line in lines if "Could not find accessible on path" not in line]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--coachdesk",
        type=Path,
        default=ROOT / ".venv" / "bin" / "coachdesk",
        help="the coachdesk program to start (default: the venv's)",
    )
    parser.add_argument(
        "--announcements-pending",
        action="store_true",
        help="report a search that is not announced as 'not yet' instead of failing",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=list(all_checks(False)),
        help="run this check only (again for more); 'private' needs 'reading' before it",
    )
    parser.add_argument(
        "--orca",
        type=Path,
        metavar="FILE",
        help="run Orca too (apt-get install orca) and save what it said, step by step, in FILE",
    )
    args = parser.parse_args()
    # Only whether it is there: importing pyatspi would talk to the user's own session.
    if importlib.util.find_spec("pyatspi") is None:
        print(
            "a11y-check: no pyatspi; run it with /usr/bin/python3 (apt-get install "
            "python3-pyatspi)",
            file=sys.stderr,
        )
        return 2
    try:
        orca = args.orca.resolve() if args.orca else None
        chosen = all_checks(args.announcements_pending)
        steps = [check for name, check in chosen.items() if name in (args.only or chosen)]
        report = run_checks(args.coachdesk.resolve(), steps, orca)
    except SetupError as error:
        print(f"a11y-check: {error}", file=sys.stderr)
        return 2
    print()
    if report.failures:
        print(f"a11y-check: {len(report.failures)} silent spot(s):")
        for line in report.failures:
            print(f"  {line}")
        return 1
    print("a11y-check: every step was heard.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
