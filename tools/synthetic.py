"""Synthetic journals for the benchmark: one reflection a day for N years, fixed seed."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from coachdesk.coaching.flows import DEAL_STAGES, FlowLibrary, QuestionKind
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.storage import JournalStore

ENGLISH = [
    "The buyer went quiet after the price slide",
    "I asked who else signs off and the room changed",
    "We had a good call about their planning problem",
    "Next time I will ask about the deadline in the first meeting",
    "The customer story of the installer helped a lot",
    "I felt the target in the back of my head all weekend",
    "Their operations manager wants fewer phone calls on Monday morning",
    "The proposal was too long and nobody read page four",
    "She said the real problem is the handover between shifts",
    "I listened more than I talked and it worked",
]
DUTCH = [
    "De inkoper werd stil na de prijs",
    "Ik vroeg wie er nog meer beslist en de sfeer veranderde",
    "Een goed gesprek over hun planningsprobleem",
    "Volgende keer vraag ik in het eerste gesprek naar de deadline",
    "Het klantverhaal van de installateur hielp enorm",
    "Ik voelde het target het hele weekend in mijn achterhoofd",
    "Hun operationeel manager wil minder telefoontjes op maandagochtend",
    "Café-overleg met één klant, ze was enthousiast over de koppeling",
    "Zij zei dat het echte probleem de overdracht tussen diensten is",
    "Ik luisterde meer dan ik praatte en dat werkte",
]
CUSTOMERS = [
    f"{name} {kind}"
    for name in (
        "Brouwer",
        "Dekker",
        "Visser",
        "Smit",
        "Mulder",
        "Bos",
        "Vos",
        "Peters",
        "Hendriks",
        "Jansen",
    )
    for kind in ("Logistiek", "Installatie", "Techniek", "Transport")
]
TAGS = [
    "pricing",
    "discovery",
    "champion",
    "deadline",
    "weekend",
    "stress",
    "story",
    "demo",
    "negotiation",
    "renewal",
]


def _text(rng: random.Random, long: bool) -> str:
    pool = DUTCH if rng.random() < 0.5 else ENGLISH
    count = rng.randint(60, 200) if long else rng.randint(1, 4)
    words = [rng.choice(pool) + rng.choice([".", ",", ";", " —"]) for _ in range(count)]
    return " ".join(words) + f" ({rng.randint(1, 99_999)})"


def reflections(library: FlowLibrary, years: int, seed: int = 7) -> list[NewReflection]:
    """One reflection a day for `years` years, ending yesterday."""
    rng = random.Random(seed)
    flows = [f for f in library.flows]
    end = datetime(2026, 11, 1, 17, 30, tzinfo=UTC)
    result = []
    for day in range(365 * years):
        flow = rng.choice(flows)
        answers = []
        for position, question in enumerate(flow.questions):
            blank = Answer.blank(question, position)
            if question.kind is QuestionKind.SCALE:
                answers.append(replace(blank, rating=rng.randint(1, 5)))
            elif question.kind is QuestionKind.STAGE:
                answers.append(replace(blank, stage=rng.choice(DEAL_STAGES)))
            elif rng.random() < 0.9:
                answers.append(replace(blank, text=_text(rng, rng.random() < 0.02)))
        result.append(
            NewReflection(
                flow,
                tuple(answers),
                end - timedelta(days=day, minutes=rng.randint(0, 600)),
                customer=rng.choice(CUSTOMERS) if rng.random() < 0.6 else "",
                tags=tuple(rng.sample(TAGS, rng.randint(0, 3))),
            )
        )
    return result


def build(path: Path, library: FlowLibrary, years: int) -> Path:
    """Create (once) a journal of `years` years at `path`."""
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    store = JournalStore.open(partial)
    store.add_all(reflections(library, years))
    store.db.execute("pragma wal_checkpoint(truncate)")
    store.close()
    partial.rename(path)
    return path
