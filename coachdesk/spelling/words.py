"""The words of a line that a spell check looks at, and those it leaves alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

# One pass over a line: an address (a link, an e-mail address, a path) is passed over whole;
# a word is letters, with an apostrophe or hyphen inside ("auto's", "zo'n", "e-mail"), never
# glued to a digit or an underscore ("Q3", "2e", "file_name").
_TOKENS = re.compile(
    r"(\S+@\S+|\b(?:https?://|www\.)\S+|\S*[/\\]\S+)"
    r"|(?<!\w)([^\W\d_]+(?:['’\-][^\W\d_]+)*)(?!\w)"
)


def words(line: str) -> Iterator[tuple[int, str]]:
    """(start, word) for each word of `line` worth checking."""
    for match in _TOKENS.finditer(line):
        word = match.group(2)
        # Not a letter alone, nor an acronym such as CRM or KPI.
        if word is not None and len(word) > 1 and not word.isupper():
            yield match.start(2), word


def _common_prefix(a: str, b: str) -> int:
    # Halving with slices compared in C: a few microseconds for a 2,000-word paragraph.
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle :] == b[len(b) - middle :]:
            low = middle
        else:
            high = middle - 1
    return low


def changed_span(old: str, new: str) -> tuple[int, int, int]:
    """Where `new` differs from `old`, widened to whole runs of non-space (every word and
    address lies inside one): (start, end in old, end in new); before start and after the
    ends the two lines are the same."""
    prefix = _common_prefix(old, new)
    suffix = _common_suffix(old, new, min(len(old), len(new)) - prefix)
    start = prefix
    while start > 0 and not new[start - 1].isspace():
        start -= 1
    end = len(new) - suffix
    while end < len(new) and not new[end].isspace():
        end += 1
    return start, end - (len(new) - len(old)), end


def normal(word: str) -> str:
    """The word as the dictionaries spell it: a typographic apostrophe as a plain one."""
    return word.replace("’", "'")
