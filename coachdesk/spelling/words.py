"""The words of a line that a spell check looks at, and those it leaves alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Letters, with an apostrophe or hyphen inside ("auto's", "zo'n", "e-mail"); never a word
# glued to a digit or an underscore ("Q3", "2e", "file_name").
_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?:['’\-][^\W\d_]+)*(?![\w])")
# Addresses are not words: links, e-mail addresses, paths.
_NOT_PROSE = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+|\S*[/\\]\S+")


def words(line: str) -> Iterator[tuple[int, str]]:
    """(start, word) for each word of `line` worth checking."""
    skipped = [match.span() for match in _NOT_PROSE.finditer(line)]
    for match in _WORD.finditer(line):
        word = match.group()
        if len(word) < 2 or word.isupper():  # a letter, or an acronym such as CRM or KPI
            continue
        start = match.start()
        if any(begin <= start < end for begin, end in skipped):
            continue
        yield start, word


def normal(word: str) -> str:
    """The word as the dictionaries spell it: a typographic apostrophe as a plain one."""
    return word.replace("’", "'")
