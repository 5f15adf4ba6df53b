"""Keystroke latency in an answer field with spell check on, in a 2,000-word answer.

    QT_QPA_PLATFORM=offscreen python tools/bench_spelling.py

A real main window (offscreen) on a fresh journal, a deal debrief's first question holding
a 2,000-word Dutch answer (a few misspellings among them), both dictionaries loaded. Then
new words are typed, a key at a time, in the middle of the answer: each keystroke is timed
from the key press until the field has repainted (Qt's work, the spell check of the
changed paragraph, the autosave timer), once with the answer in paragraphs of about a
hundred words and once as one long paragraph; and the same with spell check off, as the
baseline. The target (issue 19): under 16 ms at p95 with spell check on.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from coachdesk.coaching.flows import load_flows  # noqa: E402
from coachdesk.resources import flows_dir  # noqa: E402
from coachdesk.settings import Settings  # noqa: E402
from coachdesk.storage import JournalStore  # noqa: E402
from coachdesk.ui.common import theme  # noqa: E402
from coachdesk.ui.journal.answer_editors import TextAnswer  # noqa: E402
from coachdesk.ui.journal.journal_view import JournalView  # noqa: E402
from coachdesk.ui.main_window import MainWindow  # noqa: E402

WORDS = 2000
KEYSTROKES = int(os.environ.get("BENCH_KEYSTROKES", "400"))
SENTENCES = [
    "De klant wilde eigenlijk geen nieuwe afspraak maar ik heb toch doorgevraagd.",
    "Het verkoopgesprek liep vast op de prijs en niet op de waarde voor de planners.",
    "Ik had de inkoper eerder moeten bellen in plaats van nog een offerte te sturen.",
    "Volgende week vraag ik Dekkerhof wat de overstap voor hun team betekent.",
    "Mijn coach vroeg waar het misging en ik merkte dat ik te snel een oplossing gaf.",
    "De accountmanager van Zuidkamp was enthousiast maar de directie twijfelde nog.",
    "Eigelijk wist ik na het eerste gesprek al dat het budget er niet was.",  # misspelt
    "We spraken af dat ik de casus van Oosterveld zou laten zien met echte cijfers.",
]
TYPED = "Daarna hebben we samen de volgende stappen besproken en vastgelegd. "


def answer(paragraph_words: int | None) -> str:
    """About WORDS words of the sentences above, in paragraphs of `paragraph_words`."""
    words: list[str] = []
    while len(words) < WORDS:
        for sentence in SENTENCES:
            words += sentence.split()
    words = words[:WORDS]
    if paragraph_words is None:
        return " ".join(words)
    return "\n".join(
        " ".join(words[i : i + paragraph_words]) for i in range(0, WORDS, paragraph_words)
    )


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def keystrokes(edit: TextAnswer, text: str) -> list[float]:
    """Milliseconds per key typed in the middle of `text`, until repainted."""
    app = QApplication.instance()
    assert app is not None
    edit.set_value(text)
    cursor = edit.textCursor()
    cursor.setPosition(len(text) // 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord)
    edit.setTextCursor(cursor)
    edit.insertPlainText(" ")
    app.processEvents()
    times = []
    for n in range(KEYSTROKES):
        char = TYPED[n % len(TYPED)]
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_A
            QApplication.sendEvent(edit, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
        edit.viewport().repaint()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def measure() -> dict[str, float]:
    """p50/p95/max per keystroke, spell check on and off, in paragraphs and in one."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    theme.apply(app)
    folder = Path(tempfile.mkdtemp(prefix="bench-spelling-"))
    store = JournalStore.open(folder / "journal.sqlite")
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    library = load_flows(flows_dir(), "nl")
    window = MainWindow(settings)
    view = JournalView(store, library, settings)
    window.hold(view)
    window.resize(1200, 800)
    window.show()
    flow = library.get("deal-debrief")
    assert flow is not None
    view.enter_guided(store.start(flow).id, at=0)
    edit = view.guided.text_editor()
    assert view.guided.spelling.wait_until_loaded()
    app.processEvents()
    edit.setFocus()
    figures: dict[str, float] = {}
    for shape, paragraph in (("paragraphs", 100), ("one paragraph", None)):
        for language in ("nl", "off"):
            edit.choose_spelling(language)
            times = keystrokes(edit, answer(paragraph))
            name = f"{shape}, {'on' if language != 'off' else 'off'}"
            figures[f"{name} p50"] = percentile(times, 0.5)
            figures[f"{name} p95"] = percentile(times, 0.95)
            figures[f"{name} max"] = max(times)
    view.guided.save_now()
    store.close()
    window.close()
    return figures


def rows() -> list[tuple[str, str, str]]:
    """The bench table's rows, measured in a process of their own (its own QApplication)."""
    result = subprocess.run(
        [sys.executable, __file__, "--figures"], check=True, capture_output=True, text=True
    )
    f = {}
    for line in result.stdout.splitlines():
        name, value = line.rsplit("=", 1)
        f[name] = float(value)
    return [
        (
            "keystroke in a 2,000-word answer, spell check on, p50 / p95",
            f"{f['paragraphs, on p50']:.1f} / {f['paragraphs, on p95']:.1f} ms",
            "p95 < 16 ms",
        ),
        (
            "the same, spell check off (baseline), p50 / p95",
            f"{f['paragraphs, off p50']:.1f} / {f['paragraphs, off p95']:.1f} ms",
            "",
        ),
        (
            "keystroke, 2,000 words in one paragraph, spell check on / off, p95",
            f"{f['one paragraph, on p95']:.1f} / {f['one paragraph, off p95']:.1f} ms",
            "p95 < 16 ms",
        ),
    ]


if __name__ == "__main__":
    if sys.argv[1:] == ["--figures"]:
        for name, value in measure().items():
            print(f"{name}={value}")
    else:
        print("| measure | result | target |")
        print("|---|---|---|")
        for row in rows():
            print("| {} | {} | {} |".format(*row))
