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
# (U+200D, the zero width joiner, is part of a word: it joins emoji into one.)
_WORD = re.compile(r"[^\s!-/:-@\[-`{-~\u00a0-\u00bf\u2000-\u200c\u200e-\u206f\u3000-\u303f]+")
# Format characters that hold an emoji together: the index counts them as letters
# (migration 0007), so a family or a flag of England stays one word here too.
_EMOJI_JOINERS = frozenset("\u200d" + "".join(map(chr, range(0xE0020, 0xE0080))))


def is_word_char(char: str) -> bool:
    """unicode61's rule: ASCII letters and digits, and non-ASCII that is not punctuation,
    space or a control character (so emoji are words too), plus the joiners of emoji."""
    if char.isascii():
        return char.isalnum()
    return unicodedata.category(char)[0] not in "PZC" or char in _EMOJI_JOINERS


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
    # A word still being typed is a prefix (a space after it ends it); so is one
    # ending in *, as people expect.
    last = text[-1]
    return Terms(flat, prefix_last=is_word_char(last) or last == "*")


def snippet(text: str, terms: Terms, words: int = SNIPPET_WORDS) -> str:
    """A few words around the first match, matched words wrapped in MARK_START/MARK_END."""
    scanned = text[:SNIPPET_SCAN_CHARS]
    before = words // 3
    spans: list[tuple[int, int]] = []  # the words kept: some before the match, then after
    hit = None
    found = _WORD.finditer(scanned)
    for match in found:  # read only as far as needed: a page of snippets per keystroke
        spans.append(match.span())
        if hit is None:
            if terms.matches(match.group()):
                hit = len(spans) - 1
            elif len(spans) > 2 * words:
                del spans[:words]  # not needed unless the match is near
        elif len(spans) >= hit + words:
            break
    if not spans:
        return ""
    if hit is None:
        spans = [m.span() for m, _ in zip(_WORD.finditer(scanned), range(words + 1), strict=False)]
        start = 0
    else:
        start = max(0, hit - before)
        # Begin at a whole word: "week's" is two index words, but one to the eye.
        while start > 0 and not scanned[spans[start][0] - 1].isspace():
            start -= 1
    end = min(len(spans), start + words)
    more = end < len(spans) or next(found, None) is not None or len(text) > len(scanned)
    parts = []
    cursor = spans[start][0]
    for a, b in spans[start:end]:
        parts.append(scanned[cursor:a])
        word = scanned[a:b]
        parts.append(f"{MARK_START}{word}{MARK_END}" if terms.matches(word) else word)
        cursor = b
    if not more:
        parts.append(scanned[cursor:])  # the full stop after the last word
    lead = "…" if spans[start][0] > 0 and (start > 0 or scanned[: spans[start][0]].strip()) else ""
    return lead + " ".join("".join(parts).split()) + ("…" if more else "")
