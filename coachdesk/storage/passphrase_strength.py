"""How hard a passphrase is to guess, roughly, for the feedback beside the field.

A guesser tries words before letters: a run of four or more letters counts as one word of
a large dictionary (about 13 bits, as one of 8,000 words, whatever its length), a shorter
one as random letters, digits and symbols by their own alphabets, and a part repeated
as almost nothing. Spaces between words add nothing. This undervalues a long random
string and cannot know a famous quote; it is meant to say "add another word", not to
certify. Four ordinary words come out as fair, five as strong.
"""

from __future__ import annotations

import enum
import math
import re

_WORD_BITS = math.log2(8000)  # one word of a large dictionary
_LETTER_BITS = math.log2(26)
_DIGIT_BITS = math.log2(10)
_SYMBOL_BITS = math.log2(32)
_PARTS = re.compile(r"[^\W\d_]+|\d+|\s+|.", re.UNICODE)

FAIR_BITS = 40
STRONG_BITS = 60


class Strength(enum.Enum):
    """What the feedback says."""

    WEAK = "weak"
    FAIR = "fair"
    STRONG = "strong"


def _bits_of(part: str) -> float:
    if part.isspace():
        return 0.0
    if part.isalpha():
        bits = _WORD_BITS if len(part) >= 4 else len(part) * _LETTER_BITS
        mixed = part != part.lower() and part != part.capitalize()
        return bits + (len(part) if mixed else 0)  # odd capitals: a little more
    if part.isdigit():
        if len(set(part)) == 1 or part in "0123456789" or part in "9876543210":
            return _DIGIT_BITS  # 7777, 1234: one guess among few
        return len(part) * _DIGIT_BITS
    return _SYMBOL_BITS


def estimated_bits(passphrase: str) -> float:
    """A rough count of the guesses it takes, in bits."""
    seen: set[str] = set()
    bits = 0.0
    for part in _PARTS.findall(passphrase):
        key = part.lower()
        bits += 1.0 if key in seen and not part.isspace() else _bits_of(part)
        seen.add(key)
    return bits


def strength_of(passphrase: str) -> Strength:
    """Weak, fair or strong (see the module's note for what that is worth)."""
    bits = estimated_bits(passphrase)
    if bits >= STRONG_BITS:
        return Strength.STRONG
    return Strength.FAIR if bits >= FAIR_BITS else Strength.WEAK
