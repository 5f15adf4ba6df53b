"""What coachdesk listens for in a written answer: word lists as data, matched locally.

The lists are resources/listening/<language>.toml, one table of words per kind of follow-up
("price", "outside"…), plus what undoes a mention: a negation just before it ("it was not the
price", "het lag niet aan de prijs") or a dismissal just after it ("the price was not the
problem", "aan de prijs lag het niet"). Matching is blind to case and accents (NFKD,
casefold) and works on whole words; an entry ending in `*` is a stem ("prijs*": prijzen no,
prijsverschil yes), several words are a phrase matched in a row, and `a|b` offers either word
in one place. Every decision can be explained by the words it heard (`Lexicon.mentions`).

Both languages' lists always apply, whatever the flow's language: a Dutch salesperson writes
"target", "pricing" and "budget" in a Dutch answer, a question set from a coach says nothing
about its language, and the two lists share no entry that means something else in the other
language (their false friends, such as "duurzaam", are listed as exceptions).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from coachdesk.resources import resources_dir

# A token of a pattern: the words that may stand in that place (one ending in * is a stem).
Slot = tuple[str, ...]
Pattern = tuple[Slot, ...]
Span = tuple[int, int]  # [start, end) in a clause's words

NEGATION_REACH = 3  # words allowed between a negation and what it negates ("not because of the")
DISMISSAL_REACH = 3  # and between a mention and its dismissal ("the price really was not …")
SHORT_ANSWER = 4  # an answer of fewer words than this is a short one
UNSURE_ANSWER = 12  # "I don't know" in an answer of fewer words than this makes it unsure
MIN_STEM = 3  # letters before a `*`: "pr*" would match half the language

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'"})
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_ENTRY_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*\*?")
# Where one clause ends and the next begins: a negation does not reach across these.
_CLAUSE_END = re.compile(r"[.,;:!?()\[\]{}\n\r…]|\s[-–—]+\s|[–—]")


def fold(text: str) -> str:
    """Text as the lists compare it: curly apostrophes straight, no accents, case folded."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def word_count(text: str) -> int:
    """How many words an answer has, as written ("don't" is one)."""
    return len(_WORD.findall(fold(text)))


def entry_problem(entry: object) -> str | None:
    """What is wrong with a word-list entry, or None: for checking a coach's own words."""
    if not isinstance(entry, str):
        return "must be text"
    pieces = fold(entry).split()
    if not pieces:
        return "is empty"
    for piece in pieces:
        for word in piece.split("|"):
            if not _ENTRY_WORD.fullmatch(word):
                return f"'{entry}' holds '{word}', which is not a word (letters, digits, ' and *)"
            if word.endswith("*") and len(word) - 1 < MIN_STEM:
                return f"'{entry}': a stem needs at least {MIN_STEM} letters before the *"
    return None


@dataclass(frozen=True)
class Lexicon:
    """The word lists of one or more languages, ready to match."""

    words: Mapping[str, tuple[Pattern, ...]]  # kind -> what mentions it
    exceptions: Mapping[str, tuple[Pattern, ...]]  # kind -> what looks like it but is not
    negations: tuple[Pattern, ...]
    not_negating: frozenset[str]  # "not only the price" still mentions the price
    dismissals: tuple[Pattern, ...]
    clause_breaks: frozenset[str]  # "but", "maar": a negation does not reach past them
    unsure: tuple[Pattern, ...]  # "I don't know"
    contractions: Mapping[str, tuple[str, ...]]

    def pattern(self, entry: str) -> Pattern:
        """An entry of a list as the matcher uses it (raises ValueError when it is bad)."""
        problem = entry_problem(entry)
        if problem is not None:
            raise ValueError(problem)
        slots: list[Slot] = []
        for piece in fold(entry).split():
            words = tuple(piece.split("|"))
            if len(words) == 1 and not words[0].endswith("*"):
                slots += [(w,) for w in self._expand(words[0])]
            else:
                slots.append(words)
        return tuple(slots)

    def clauses(self, text: str) -> list[list[str]]:
        """The answer's words, clause by clause, contractions written out."""
        found: list[list[str]] = []
        for part in _CLAUSE_END.split(fold(text)):
            clause: list[str] = []
            for token in _WORD.findall(part):
                if token in self.clause_breaks:
                    found.append(clause)
                    clause = []
                else:
                    clause += self._expand(token)
            found.append(clause)
        return [c for c in found if c]

    def mentions(self, text: str, kind: str, extra: Iterable[str] = ()) -> list[str]:
        """The words in `text` that mention `kind` (its list plus `extra`), in order; a
        negated or dismissed mention, or an exception, is left out."""
        patterns = self.words.get(kind, ()) + tuple(self.pattern(e) for e in extra)
        if not patterns:
            return []
        heard: list[str] = []
        for clause in self.clauses(text):
            negations = [
                (start, end)
                for start, end in _spans(clause, self.negations)
                if end >= len(clause) or clause[end] not in self.not_negating
            ]
            dismissals = _spans(clause, self.dismissals)
            exceptions = _spans(clause, self.exceptions.get(kind, ()))
            for start, end in sorted(set(_spans(clause, patterns))):
                if any(s < end and start < e for s, e in exceptions):
                    continue
                if any(e <= start and start - e <= NEGATION_REACH for _, e in negations):
                    continue
                if any(s >= end and s - end <= DISMISSAL_REACH for s, _ in dismissals):
                    continue
                heard.append(" ".join(clause[start:end]))
        return heard

    def unsure_words(self, text: str, extra: Iterable[str] = ()) -> str | None:
        """Why an answer counts as vague: it is very short, or little more than "I don't
        know" (in these words); None when it does not."""
        count = word_count(text)
        if 0 < count < SHORT_ANSWER:
            return f"{count} word{'s' if count > 1 else ''}"
        if count >= UNSURE_ANSWER:
            return None
        patterns = self.unsure + tuple(self.pattern(e) for e in extra)
        for clause in self.clauses(text):
            for start, end in _spans(clause, patterns):
                return " ".join(clause[start:end])
        return None

    def _expand(self, token: str) -> list[str]:
        if token in self.contractions:
            return list(self.contractions[token])
        if token.endswith("n't") and len(token) > 3:  # didn't, wasn't: did not, was not
            return [token[:-3], "not"]
        return [token]


def _matches(slot: Slot, word: str) -> bool:
    return any(word.startswith(w[:-1]) if w.endswith("*") else word == w for w in slot)


@dataclass(frozen=True)
class _Index:
    """Patterns by their first word, so that each word of an answer is looked up once."""

    exact: Mapping[str, tuple[Pattern, ...]]
    stems: Mapping[str, tuple[tuple[str, Pattern], ...]]  # by the stem's first letters


@lru_cache(maxsize=128)
def _index(patterns: tuple[Pattern, ...]) -> _Index:
    exact: dict[str, list[Pattern]] = {}
    stems: dict[str, list[tuple[str, Pattern]]] = {}
    for pattern in patterns:
        for word in dict.fromkeys(pattern[0]):
            if word.endswith("*"):
                stems.setdefault(word[:MIN_STEM], []).append((word[:-1], pattern))
            else:
                exact.setdefault(word, []).append(pattern)
    return _Index({w: tuple(p) for w, p in exact.items()}, {k: tuple(v) for k, v in stems.items()})


def _spans(clause: Sequence[str], patterns: tuple[Pattern, ...]) -> list[Span]:
    """Where each pattern occurs in the clause (a span may be found twice)."""
    index = _index(patterns)
    found = []
    for start, word in enumerate(clause):
        candidates = list(index.exact.get(word, ()))
        stemmed = index.stems.get(word[:MIN_STEM], ())
        candidates += [pattern for stem, pattern in stemmed if word.startswith(stem)]
        for pattern in candidates:
            end = start + len(pattern)
            if end <= len(clause) and all(
                _matches(slot, clause[start + i]) for i, slot in enumerate(pattern[1:], 1)
            ):
                found.append((start, end))
    return found


# Reading the lists ------------------------------------------------------------------------

_LIST_KEYS = ("negations", "not_negating", "dismissals", "clause_breaks", "unsure")
_FILE_KEYS = {*_LIST_KEYS, "contractions", "words", "except"}


def _entries(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where} must be a list of text")
    return value


def _table(raw: Mapping[str, object], key: str, where: str) -> Mapping[str, object]:
    value = raw.get(key, {})
    if not isinstance(value, dict):
        raise ValueError(f"{where}: [{key}] must be a table")
    return value


def load_lexicon(paths: Iterable[Path]) -> Lexicon:
    """The word lists in these files, merged; raises ValueError naming file and problem
    (a shipped list that is wrong is a bug, not the user's problem)."""
    import tomllib  # here: parsing a flow checks a coach's words without reading any list

    lists: dict[str, list[str]] = {key: [] for key in _LIST_KEYS}
    contractions: dict[str, tuple[str, ...]] = {}
    words: dict[str, list[str]] = {}
    exceptions: dict[str, list[str]] = {}
    for path in paths:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        unknown = set(raw) - _FILE_KEYS
        if unknown:
            raise ValueError(f"{path.name}: unknown key '{sorted(unknown)[0]}'")
        for key in _LIST_KEYS:
            lists[key] += _entries(raw.get(key, []), f"{path.name}: '{key}'")
        for short, long in _table(raw, "contractions", path.name).items():
            if not isinstance(long, str) or not long.split():
                raise ValueError(f"{path.name}: contraction '{short}' must be words")
            contractions[fold(short)] = tuple(fold(long).split())
        for target, key in ((words, "words"), (exceptions, "except")):
            for kind, entries in _table(raw, key, path.name).items():
                target.setdefault(kind, []).extend(
                    _entries(entries, f"{path.name}: [{key}] {kind}")
                )
    bare = Lexicon({}, {}, (), frozenset(), (), frozenset(), (), contractions)

    def compiled(entries: list[str], where: str) -> tuple[Pattern, ...]:
        patterns = []
        for entry in entries:
            try:
                patterns.append(bare.pattern(entry))
            except ValueError as error:
                raise ValueError(f"{where}: {error}") from None
        return tuple(dict.fromkeys(patterns))  # the same entry in two languages counts once

    single = {
        key: frozenset(fold(e) for e in lists[key]) for key in ("not_negating", "clause_breaks")
    }
    return Lexicon(
        words={kind: compiled(e, f"[words] {kind}") for kind, e in words.items()},
        exceptions={kind: compiled(e, f"[except] {kind}") for kind, e in exceptions.items()},
        negations=compiled(lists["negations"], "negations"),
        not_negating=single["not_negating"],
        dismissals=compiled(lists["dismissals"], "dismissals"),
        clause_breaks=single["clause_breaks"],
        unsure=compiled(lists["unsure"], "unsure"),
        contractions=contractions,
    )


def listening_dir() -> Path:
    """resources/listening: one word list per language."""
    return resources_dir() / "listening"


@cache
def shipped_lexicon() -> Lexicon:
    """The shipped word lists of every language, read once (at the first follow-up)."""
    return load_lexicon(sorted(listening_dir().glob("*.toml")))
