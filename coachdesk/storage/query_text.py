"""What a user types into search, read the way FTS5's unicode61 tokenizer reads text.

Both the query and the snippet use the same idea of a word, so a highlighted word is
always one the index matched.
"""

from __future__ import annotations

import re
import unicodedata

from coachdesk.coaching.reflections import MARK_END, MARK_START

SNIPPET_WORDS = 16
# Past this, a snippet falls back to the start of the answer rather than scanning megabytes.
SNIPPET_SCAN_CHARS = 200_000
_WORD = re.compile(r"[^\s!-/:-@\[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+")


def is_word_char(char: str) -> bool:
    """unicode61's rule: ASCII letters and digits, and non-ASCII that is not punctuation,
    space or a control character (so emoji are words too)."""
    if char.isascii():
        return char.isalnum()
    return unicodedata.category(char)[0] not in "PZC"


def fold(word: str) -> str:
    """A word as the index stores it: case and diacritics removed."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Terms:
    """The words searched for; the last one as a prefix while the user is still typing."""

    def __init__(self, words: tuple[str, ...], prefix_last: bool) -> None:
        self.words = words
        self.prefix_last = prefix_last
        folded = [fold(w) for w in words]
        self._exact = frozenset(folded)
        self._prefix = folded[-1] if prefix_last else None

    def fts(self) -> str:
        """The FTS5 query: each word a quoted phrase, so nothing typed is syntax."""
        phrases = ['"' + word.replace('"', '""') + '"' for word in self.words]
        if self.prefix_last:
            phrases[-1] += "*"
        return " ".join(phrases)

    def matches(self, word: str) -> bool:
        """True when `word` from a text is one of the searched words."""
        folded = fold(word)
        if folded in self._exact:
            return True
        return self._prefix is not None and folded.startswith(self._prefix)


def parse(text: str) -> Terms | None:
    """The searchable words of what was typed (quotes, *, -, NEAR, brackets are just text)."""
    words = [
        "".join(c if is_word_char(c) else " " for c in chunk).split() for chunk in text.split()
    ]
    flat = tuple(w for chunk in words for w in chunk)
    if not flat:
        return None
    # A word still being typed is a prefix; so is one ending in *, as people expect.
    last = text.rstrip()[-1]
    return Terms(flat, prefix_last=is_word_char(last) or last == "*")


def snippet(text: str, terms: Terms, words: int = SNIPPET_WORDS) -> str:
    """A few words around the first match, matched words wrapped in MARK_START/MARK_END."""
    scanned = text[:SNIPPET_SCAN_CHARS]
    spans = [m.span() for m in _WORD.finditer(scanned)]
    hit = next((i for i, (a, b) in enumerate(spans) if terms.matches(scanned[a:b])), None)
    if hit is None:
        start, end = 0, min(len(spans), words)
    else:
        start = max(0, hit - words // 3)
        # Begin at a whole word: "week's" is two index words, but one to the eye.
        while start > 0 and not scanned[spans[start][0] - 1].isspace():
            start -= 1
        end = min(len(spans), start + words)
    if not spans:
        return ""
    parts = []
    cursor = spans[start][0]
    for a, b in spans[start:end]:
        parts.append(scanned[cursor:a])
        word = scanned[a:b]
        parts.append(f"{MARK_START}{word}{MARK_END}" if terms.matches(word) else word)
        cursor = b
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(spans) or len(text) > len(scanned) else ""
    return lead + " ".join("".join(parts).split()) + tail
