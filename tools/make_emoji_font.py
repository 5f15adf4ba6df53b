"""Make resources/fonts/CoachdeskEmoji-Regular.ttf from Noto Emoji (OFL), once, by hand.

Why a modified font: Qt's PDF writer maps glyphs back to text only through code points
below U+10000, so an emoji like U+1F642 is drawn but cannot be copied or searched in the
PDF. This tool gives every glyph of Noto Emoji a private-use code point as well
(U+E000 + glyph id) and writes which text each glyph stands for to a table beside the
font; coachdesk/summary/tounicode.py then puts the real text into the PDF. The font is
renamed, as the OFL asks of modified fonts.

Needs fontTools (not a dependency of coachdesk):

    npm pack @expo-google-fonts/noto-emoji@0.4.7 && tar xzf expo-google-fonts-noto-emoji-*.tgz
    python -m pip install fonttools
    python tools/make_emoji_font.py package/400Regular/NotoEmoji_400Regular.ttf
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTFont  # type: ignore[import-not-found]
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable  # type: ignore[import-not-found]

FAMILY = "Coachdesk Emoji"
POSTSCRIPT = "CoachdeskEmoji-Regular"
PRIVATE_USE = 0xE000
OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def _preference(text: str) -> tuple[int, int, str]:
    # One glyph often draws several sequences (this font has no skin tones and draws
    # man, woman and person alike): name it by the shortest, the neutral person first.
    return (len(text), 0 if text.startswith("\U0001f9d1") else 1, text)


def glyph_texts(font: TTFont) -> dict[str, str]:
    """The text each glyph shows: from the cmap, then from the ligatures that make it."""
    texts: dict[str, str] = {}
    for code, name in sorted(font.getBestCmap().items()):
        texts.setdefault(name, chr(code))
    found: dict[str, set[str]] = {}
    lookups = font["GSUB"].table.LookupList.Lookup
    for _ in range(4):  # ligatures built from other ligatures
        for lookup in lookups:
            for table in lookup.SubTable:
                if lookup.LookupType == 4:
                    for first, ligatures in table.ligatures.items():
                        for ligature in ligatures:
                            parts = [first, *ligature.Component]
                            if all(p in texts for p in parts) and not parts[0].startswith(
                                "uni200D"
                            ):
                                text = "".join(texts[p] for p in parts)
                                found.setdefault(ligature.LigGlyph, set()).add(text)
                elif lookup.LookupType == 1:
                    for source, target in table.mapping.items():
                        if source in texts:
                            found.setdefault(target, set()).add(texts[source])
        for name, candidates in found.items():
            if name not in texts or texts[name] in candidates:
                texts[name] = min(candidates, key=_preference)
    return texts


def main(source: str) -> None:
    font = TTFont(source)
    order = font.getGlyphOrder()
    if len(order) > 0xF8FF - PRIVATE_USE:
        raise SystemExit("more glyphs than private-use code points")
    texts = glyph_texts(font)
    private = {PRIVATE_USE + gid: name for gid, name in enumerate(order) if gid}
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap.update(private)
    if not any(t.format == 4 and t.isUnicode() for t in font["cmap"].tables):
        table = CmapSubtable.newSubtable(4)
        table.platformID, table.platEncID, table.language = 3, 1, 0
        table.cmap = {c: n for c, n in font.getBestCmap().items() if c < 0x10000}
        font["cmap"].tables.append(table)
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 16, 18):
            record.string = FAMILY
        elif record.nameID == 4:
            record.string = f"{FAMILY} Regular"
        elif record.nameID in (3, 6, 25):
            record.string = POSTSCRIPT
    names.setName(
        "Noto Emoji 3.006 with private-use code points for every glyph, for coachdesk's PDFs.",
        10,
        3,
        1,
        0x409,
    )
    OUT.mkdir(parents=True, exist_ok=True)
    font.save(OUT / f"{POSTSCRIPT}.ttf")
    lines = [
        f"{gid}\t{' '.join(f'{ord(c):04X}' for c in texts[name])}\n"
        for gid, name in enumerate(order)
        if gid and name in texts
    ]
    (OUT / f"{POSTSCRIPT}.glyphs.tsv").write_text(
        "# glyph id<TAB>the code points it shows (hex); made by tools/make_emoji_font.py\n"
        + "".join(lines),
        encoding="utf-8",
    )
    print(f"{len(order)} glyphs, {len(lines)} with their text")


if __name__ == "__main__":
    main(sys.argv[1])
