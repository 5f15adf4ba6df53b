"""`coachdesk sessions`: the coaching hours kept, with what was agreed and what became of it."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, TextIO

from coachdesk.cli.command import Command, add_format_option
from coachdesk.cli.due import open_at, utc_now

if TYPE_CHECKING:
    from coachdesk.coaching.takeaway import LookBack


def record(back: LookBack) -> dict[str, object]:
    """One session as a JSON object: id, date, minutes, goal, discussed (titles), notes,
    agreed (text, due, state, outcome)."""
    return {
        "id": back.session.id,
        "date": back.started_at.isoformat(),
        "minutes": back.minutes,
        "goal": back.session.goal,
        "discussed": [item.title for item in back.discussed],
        "notes": back.session.notes,
        "agreed": [
            {
                "text": c.text,
                "due": c.due.isoformat() if c.due else None,
                "state": c.state.value,
                "outcome": c.outcome,
            }
            for c in back.agreed
        ],
    }


def _text(back: LookBack, out: TextIO) -> None:
    day = back.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
    length = "running" if back.minutes is None else f"{back.minutes} min"
    out.write(f"{back.session.id:>4}  {day}  {length:>7}  {back.session.goal or '(no goal)'}\n")
    for commitment in back.agreed:
        due = commitment.due.isoformat() if commitment.due else "no date"
        fate = f": {commitment.outcome}" if commitment.outcome else ""
        out.write(f"      agreed: {commitment.text} (by {due}; {commitment.state.value}{fate})\n")


def _sessions(args: argparse.Namespace, out: TextIO) -> None:
    from coachdesk.coaching.takeaway import look_back

    store = open_at(args.journal, args.passphrase_file, lambda: utc_now())
    try:
        found = [look_back(store, session) for session in store.sessions()]
    finally:
        store.close()
    if args.format == "jsonl":
        out.writelines(json.dumps(record(b), ensure_ascii=False) + "\n" for b in found)
        return
    if not found:
        out.write("No coaching sessions yet.\n")
    for back in found:
        _text(back, out)


COMMANDS = (
    Command(
        "sessions",
        "the coaching sessions kept, with what was agreed and what became of it",
        _sessions,
        add_format_option,
    ),
)
