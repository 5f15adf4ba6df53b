"""Finding emoji in text, so they can be set in the bundled emoji font."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Pictographs outside the basic plane, and the symbols blocks where emoji live.
_PICTOGRAPH = "\U0001f000-\U0001faff"
_SYMBOLS = (
    "\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2900-\u297f\u2b00-\u2bff\u3030\u303d\u3297\u3299"
)
_JOIN = "\u200d\ufe0f\u20e3\U000e0020-\U000e007f"
_CANDIDATE = re.compile(f"[{_PICTOGRAPH}{_SYMBOLS}{_JOIN}]")
# One emoji: a pictograph (or a symbol asking for emoji style, or a keycap), with its
# modifiers, joined to the next by ZWJ; flags are pairs of regional indicators.
_EMOJI = re.compile(
    "(?:"
    "[\U0001f1e6-\U0001f1ff]{2}"
    f"|[{_PICTOGRAPH}][\U0001f3fb-\U0001f3ff\ufe0f\U000e0020-\U000e007f]*"
    f"|[{_SYMBOLS}]\ufe0f?"
    "|[0-9#*]\ufe0f?\u20e3"
    ")"
    f"(?:\u200d(?:[{_PICTOGRAPH}{_SYMBOLS}][\U0001f3fb-\U0001f3ff\ufe0f]*))*"
)
# Symbols drawn as emoji even without U+FE0F (their default presentation is emoji).
_EMOJI_BY_DEFAULT = set(
    "⌚⌛⏩⏪⏫⏬⏰⏳◽◾☔☕♈♉♊♋♌♍♎♏♐♑♒♓♿⚓⚡⚪⚫⚽⚾⛄⛅⛎⛔⛪⛲⛳⛵⛺⛽✅✊✋✨❌❎❓❔❕❗➕➖➗➰➿⬛⬜⭐⭕"
)


def runs(text: str) -> Iterator[tuple[str, bool]]:
    """`text` in pieces, each (piece, is_emoji); most text is one plain piece."""
    if not _CANDIDATE.search(text):
        yield text, False
        return
    start = 0
    for found in _EMOJI.finditer(text):
        piece = found.group()
        if len(piece) == 1 and piece not in _EMOJI_BY_DEFAULT and ord(piece) < 0x10000:
            continue  # an arrow or a check mark in text style: the text font has it
        if found.start() > start:
            yield text[start : found.start()], False
        yield piece, True
        start = found.end()
    if start < len(text):
        yield text[start:], False
