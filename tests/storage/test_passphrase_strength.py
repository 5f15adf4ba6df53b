"""The rough estimate behind the strength feedback: words count, letters less so."""

from __future__ import annotations

from coachdesk.storage.passphrase_strength import Strength, estimated_bits, strength_of


def test_the_strength_estimate_counts_words_not_letters() -> None:
    assert strength_of("walkwalkwalkwalk") is Strength.WEAK  # one word, repeated
    assert strength_of("12345678") is Strength.WEAK
    assert strength_of("Summer2024!") is Strength.WEAK
    assert strength_of("horse battery staple correct") is Strength.FAIR
    assert strength_of("Ik wandel graag langs de Noordzee") is Strength.STRONG
    assert estimated_bits("calm calm calm") < estimated_bits("calm evening walk")
    assert estimated_bits("Lange Zin") == estimated_bits("lange zin")  # a capital is a guess
