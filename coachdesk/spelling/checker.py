"""Hunspell dictionaries for Dutch and English, each loaded once, with every word's verdict
remembered (typing asks about the same words again and again), and the user's own words."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from coachdesk.resources import resources_dir
from coachdesk.spelling.words import changed_span, normal, words

LANGUAGES = ("nl", "en")
# The dictionary file names for each language, in resources/dictionaries.
_FILES = {"nl": "nl", "en": "en_GB"}
_CACHE_LIMIT = 50_000  # verdicts per language; far more than a journal's vocabulary
MAX_SUGGESTIONS = 6


def dictionaries_dir() -> Path:
    """resources/dictionaries: the shipped .aff and .dic files, with their licences."""
    return resources_dir() / "dictionaries"


class Engine(Protocol):
    """What coachdesk asks of Hunspell (chunspell's Hunspell class)."""

    def spell(self, word: str) -> bool: ...
    def suggest(self, word: str) -> Sequence[str]: ...


@functools.cache
def load_engine(folder: Path, language: str) -> tuple[Engine, threading.Lock]:
    """Hunspell with the dictionary of `language` from `folder` (a few tenths of a second,
    and tens of megabytes: once per process, shared by every journal and window), with the
    lock that its users take (Hunspell is not safe from two threads at once)."""
    from hunspell import Hunspell  # chunspell: the C++ library inside its wheel

    engine: Engine = Hunspell(_FILES[language], hunspell_data_dir=str(folder))
    return engine, threading.Lock()


@dataclass(frozen=True)
class Checked:
    """A line's misspelt words, (start, length) each, as found in one language."""

    line: str
    language: str
    generation: int  # of the own words: a word added since makes this stale
    found: tuple[tuple[int, int], ...]


class Speller:
    """Spell check in both languages, the user's own words counting as right in each.

    Safe to use from two threads: a dictionary may load, or suggestions be sought, beside
    the window's checking. Until a language's dictionary is loaded, `misspelt` finds
    nothing in it (the text is shown unmarked, never held up). The dictionaries are shared
    by every Speller in the process; the own words are this Speller's (one journal's)."""

    def __init__(
        self, folder: Path | None = None, own_words: Iterable[str] = (), names: Iterable[str] = ()
    ) -> None:
        self._folder = folder or dictionaries_dir()
        # The words of customers' and deals' names count as right too, not as my words.
        self._names = {word for name in names for _, word in words(name)}
        self._engines: dict[str, tuple[Engine, threading.Lock]] = {}
        self._verdicts: dict[str, dict[str, bool]] = {language: {} for language in LANGUAGES}
        self._own: set[str] = set(own_words)
        self._lock = threading.RLock()  # the own words and the verdicts
        self._generation = 0  # counts changes to the own words

    def is_loaded(self, language: str) -> bool:
        """True once `language`'s dictionary is ready."""
        return language in self._engines

    def load(self, language: str) -> None:
        """Load `language`'s dictionary (slow the first time in a process: call it off the
        UI thread)."""
        if language not in self._engines:
            self._engines[language] = load_engine(self._folder, language)

    def own_words(self) -> list[str]:
        """The user's own words, sorted."""
        return sorted(self._own, key=str.casefold)

    def set_own(self, own_words: Iterable[str]) -> None:
        """My words are these (as read from the journal)."""
        self._replace(set(own_words), self._names)

    def set_names(self, names: Iterable[str]) -> None:
        """The customers' and deals' names in the journal are these."""
        self._replace(self._own, {word for name in names for _, word in words(name)})

    def _replace(self, own: set[str], names: set[str]) -> None:
        with self._lock:
            if (own, names) == (self._own, self._names):
                return
            self._own, self._names = own, names
            self._generation += 1
            for verdicts in self._verdicts.values():
                verdicts.clear()

    def add_own(self, word: str) -> None:
        """Count `word` as right from now on, in every language."""
        with self._lock:
            self._own.add(word)
            self._generation += 1
            for verdicts in self._verdicts.values():
                verdicts.clear()

    def remove_own(self, word: str) -> None:
        """Stop counting `word` as right (unless a dictionary knows it)."""
        with self._lock:
            self._own.discard(word)
            self._generation += 1
            for verdicts in self._verdicts.values():
                verdicts.clear()

    def is_right(self, word: str, language: str) -> bool:
        """True when `word` is spelt right in `language` (or its dictionary is not loaded)."""
        verdicts = self._verdicts[language]
        known = verdicts.get(word)
        if known is not None:
            return known
        loaded = self._engines.get(language)
        if loaded is None:
            return True
        engine, engine_lock = loaded
        with self._lock, engine_lock:
            right = self._check(engine, word)
            if len(verdicts) >= _CACHE_LIMIT:
                verdicts.clear()
            verdicts[word] = right
        return right

    def _is_own(self, word: str) -> bool:
        # Added as "zuidkamp", it may start a sentence as "Zuidkamp"; not the other way round.
        for known in (self._own, self._names):
            if word in known or word.lower() in known:
                return True
        return False

    def _check(self, engine: Engine, word: str) -> bool:
        spelt = normal(word)
        if self._is_own(word) or self._is_own(spelt) or engine.spell(spelt):
            return True
        if spelt.endswith("'s") and len(spelt) > 3:  # "Dekkerhof's", "Brandsma's"
            return self._check(engine, spelt[:-2])
        # "KPI-gesprek", "Dekkerhof-deal": right when each part is (Dutch has no BREAK).
        parts = spelt.split("-")
        return len(parts) > 1 and all(
            len(p) < 2 or p.isupper() or self._is_own(p) or engine.spell(p) for p in parts
        )

    def misspelt(self, line: str, language: str) -> list[tuple[int, int]]:
        """(start, length) of each misspelt word in `line`."""
        if language not in self._engines:
            return []
        verdicts = self._verdicts[language]  # most words were seen before: no call for them
        return [
            (start, len(word))
            for start, word in words(line)
            if not (verdicts.get(word) or (word not in verdicts and self.is_right(word, language)))
        ]

    def misspelt_again(self, line: str, language: str, before: Checked | None) -> Checked:
        """`line`'s misspelt words, looking again only where it differs from `before` (the
        same paragraph a keystroke ago): a long paragraph costs as little as a short one."""
        if language not in self._engines:  # nothing found, and nothing to build on later
            return Checked(line, language, -1, ())
        if before is None or before.language != language or before.generation != self._generation:
            found = tuple(self.misspelt(line, language))
            return Checked(line, language, self._generation, found)
        start, old_end, new_end = changed_span(before.line, line)
        shift = new_end - old_end
        found = (
            *(f for f in before.found if f[0] + f[1] <= start),
            *((start + at, n) for at, n in self.misspelt(line[start:new_end], language)),
            *((at + shift, n) for at, n in before.found if at >= old_end),
        )
        return Checked(line, language, self._generation, found)

    def suggestions(self, word: str, language: str, own: bool = True) -> list[str]:
        """What `word` may have meant in `language`, best first: my words that look like it
        (unless not `own`: on a shared screen), then the dictionary's (up to a second for a
        long Dutch word)."""
        loaded = self._engines.get(language)
        if loaded is None:
            return []
        engine, engine_lock = loaded
        with self._lock:
            mine = {w.casefold(): w for w in self._own | self._names} if own else {}
        import difflib  # only when suggestions are sought, never at the start

        near = difflib.get_close_matches(word.casefold(), mine, n=3, cutoff=0.75)
        with engine_lock:
            found = list(engine.suggest(normal(word)))
        ordered = dict.fromkeys([mine[w] for w in near] + found)
        return [s for s in ordered if s != word][:MAX_SUGGESTIONS]

    def language_of(self, texts: Iterable[str], default: str) -> str:
        """The language most of `texts`' words are right in; `default` when that is unclear
        (too few words, or as many in both) or a dictionary is not loaded."""
        if not all(self.is_loaded(language) for language in LANGUAGES):
            return default
        counts = dict.fromkeys(LANGUAGES, 0)
        seen = 0
        for text in texts:
            for _, word in words(text):
                seen += 1
                for language in LANGUAGES:
                    counts[language] += self.is_right(word, language)
        if seen < 5:
            return default
        best = max(LANGUAGES, key=lambda language: counts[language])
        others = [counts[language] for language in LANGUAGES if language != best]
        return best if counts[best] > max(others) else default
