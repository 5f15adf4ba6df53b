"""Spell check in answer fields: the dictionaries loaded and suggestions sought off the UI
thread, misspelt words underlined as they are typed, one language per field.

QSyntaxHighlighter looks again only at the paragraph that changed, and Speller remembers
every word's verdict, so a keystroke in a long answer costs one paragraph's lookups of
words mostly seen before. Until a dictionary is loaded nothing is underlined.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from coachdesk.i18n import ui_language
from coachdesk.spelling.checker import LANGUAGES, Checked, Speller
from coachdesk.storage import JournalError, JournalStore

FieldKey = tuple[object, str]  # (reflection id, question id): one answer field's language
OFF = "off"  # a field whose spelling is not checked


def _work(jobs: queue.SimpleQueue[Callable[[], None] | None]) -> None:
    while (job := jobs.get()) is not None:
        job()


class SpellCheck(QObject):
    """One journal's spell check: both dictionaries, the user's own words (kept in the
    journal), and the language chosen for each answer field during this run."""

    loaded = Signal()  # a dictionary is ready: underline what is on screen
    words_changed = Signal()  # a word was added to (or taken off) my words
    suggested = Signal(str, str, object)  # word, language, list[str]

    def __init__(
        self, store: JournalStore, parent: QObject | None = None, shared_screen: bool = False
    ) -> None:
        super().__init__(parent)
        self._store = store
        # In front of a coach, my words (customers' names) are never offered as suggestions.
        self._suggest_own = not shared_screen
        self.speller = Speller()  # my words and the names are read when first needed
        self._reflection: object = None  # the one whose answers are checked
        self.default_language = ui_language() if ui_language() in LANGUAGES else "en"
        self._chosen: dict[FieldKey, str] = {}
        self._suggestions: dict[tuple[str, str], list[str]] = {}
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()

    # Loading, and the worker thread -----------------------------------------------------

    def start(self) -> None:
        """Read my words and begin loading the dictionaries (the UI language's first), when
        the first answer field is shown; once is enough."""
        if self._thread is not None:
            return
        try:
            self.speller.set_own(self._store.own_words())
        except JournalError:
            pass  # the window says what is wrong with the journal; the check knows less
        jobs = self._jobs
        # The thread holds the queue, not this object; it ends when this object goes.
        self._thread = threading.Thread(target=_work, args=(jobs,), name="spelling", daemon=True)
        self._thread.start()
        self.destroyed.connect(lambda: jobs.put(None))
        first = self.default_language
        for language in (first, *(other for other in LANGUAGES if other != first)):
            self._jobs.put(partial(self._load, language))
        self._jobs.put(self._ready.set)

    def _load(self, language: str) -> None:
        try:
            self.speller.load(language)
        except OSError:
            return  # a dictionary missing from the installation: that language goes unchecked
        self._emit(self.loaded.emit)

    def _emit(self, signal: Callable[..., object], *args: object) -> None:
        try:
            signal(*args)  # queued to the UI thread
        except RuntimeError:
            pass  # the window went first

    def wait_until_loaded(self, timeout: float = 10.0) -> bool:
        """Block until both dictionaries are ready (for tests and the benchmark)."""
        self.start()
        return self._ready.wait(timeout)

    def meet(self, reflection: object) -> None:
        """Check answers of `reflection` from now on: the customers and deals named in the
        journal are read again for another one (one may have been named since)."""
        if reflection == self._reflection:
            return
        self._reflection = reflection
        try:
            self.speller.set_names(self._store.names())  # 2 ms in a 30-year journal
        except JournalError:
            pass

    # Suggestions --------------------------------------------------------------------------

    def known_suggestions(self, word: str, language: str) -> list[str] | None:
        """The suggestions for `word` if already sought, else None."""
        return self._suggestions.get((word, language))

    def seek_suggestions(self, word: str, language: str) -> None:
        """Find suggestions off the UI thread (a long Dutch word takes up to a second);
        `suggested` brings them."""
        self.start()

        def seek() -> None:
            found = self.speller.suggestions(word, language, self._suggest_own)
            self._suggestions[(word, language)] = found
            self._emit(self.suggested.emit, word, language, found)

        self._jobs.put(seek)

    # My words ------------------------------------------------------------------------------

    def is_own(self, word: str) -> bool:
        """True when `word` is one of my words."""
        return word in self.speller.own_words()

    def add_word(self, word: str) -> None:
        """Add `word` to my words, in the journal; StorageUnavailable if it could not be."""
        self._store.add_own_word(word)
        self.speller.add_own(word)
        self._suggestions.clear()
        self.words_changed.emit()

    def remove_word(self, word: str) -> None:
        """Take `word` off my words again."""
        self._store.remove_own_word(word)
        self.speller.remove_own(word)
        self._suggestions.clear()
        self.words_changed.emit()

    # Each field's language -------------------------------------------------------------

    def language_for(self, key: FieldKey, text: str, reflection: Iterable[str]) -> str:
        """The language of one answer field: as chosen for it in its context menu, else the
        language its text is written in, else its reflection's (the window's language for
        a reflection without words yet)."""
        if key in self._chosen:
            return self._chosen[key]
        of_reflection = self.speller.language_of(reflection, self.default_language)
        return self.speller.language_of([text], of_reflection)

    def choose(self, key: FieldKey, language: str) -> None:
        """Check this field in `language` (or OFF) from now on, during this run."""
        self._chosen[key] = language


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the misspelt words of a document in one language."""

    def __init__(
        self,
        document: QTextDocument,
        check: SpellCheck,
        held_at: Callable[[], int | None] = lambda: None,
    ) -> None:
        super().__init__(document)
        self._check = check
        self._held_at = held_at  # the place of a word still being typed: not underlined yet
        self.language = OFF  # "nl", "en" or OFF; underlined so at the next rehighlight()
        self._last: Checked | None = None  # the paragraph checked last
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.set_dark(False)

    def set_dark(self, dark: bool) -> None:
        """A red that reads on a light page, or on a dark one."""
        self._format.setUnderlineColor(QColor("#ff7b72" if dark else "#c62828"))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if self.language == OFF:
            return
        # Typing changes one paragraph at a time: only its changed words are looked at again.
        self._last = self._check.speller.misspelt_again(text, self.language, self._last)
        held = self._held_at()
        held = None if held is None else held - self.currentBlock().position()
        for start, length in self._last.found:
            if held is None or not start <= held <= start + length:
                self.setFormat(start, length, self._format)
