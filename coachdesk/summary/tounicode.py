"""Emoji the PDF can give back: the text of each emoji glyph, added after Qt wrote the file.

Qt's PDF writer tells a reader which text a glyph shows only for code points below
U+10000, so U+1F642 would be drawn but lost to search, copy and pdftotext. The bundled
emoji font also maps every glyph to U+E000 + its glyph id (tools/make_emoji_font.py);
Qt writes those, and here they are replaced by the real text from the font's glyph table.
The change is appended as an incremental update: Qt's bytes stay as they are.
"""

from __future__ import annotations

import functools
import re

from coachdesk.summary.fonts import EMOJI_FILE, fonts_dir

PRIVATE_USE = range(0xE000, 0xF900)
_REF = rb"/%s (\d+) 0 R"
_CODE = re.compile(rb"<([0-9A-Fa-f]+)>")


@functools.cache
def glyph_texts() -> dict[int, str]:
    """Glyph id → the text it shows, from the table made with the emoji font."""
    table: dict[int, str] = {}
    path = fonts_dir() / f"{EMOJI_FILE}.glyphs.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            gid, codes = line.split("\t")
            table[int(gid)] = "".join(chr(int(code, 16)) for code in codes.split())
    return table


def parse_cmap(cmap: bytes) -> dict[int, int]:
    """CID → code point, from a ToUnicode CMap as Qt writes it (bfrange and bfchar)."""
    found: dict[int, int] = {}
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for line in section.strip().splitlines():
            codes = [int(c, 16) for c in _CODE.findall(line)]
            if len(codes) < 3:
                continue
            first, last = codes[0], codes[1]
            if b"[" in line:
                for offset, code in enumerate(codes[2:]):
                    found[first + offset] = code
            else:
                for offset in range(last - first + 1):
                    found[first + offset] = codes[2] + offset
    for section in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for line in section.strip().splitlines():
            codes = [int(c, 16) for c in _CODE.findall(line)]
            if len(codes) == 2:
                found[codes[0]] = codes[1]
    return found


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def write_cmap(mapping: dict[int, str]) -> bytes:
    """A ToUnicode CMap giving each CID its text (which may be several code points)."""
    head = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
    )
    items = [(cid, text) for cid, text in sorted(mapping.items()) if text]
    parts = [head]
    for start in range(0, len(items), 100):  # at most 100 entries per block
        block = items[start : start + 100]
        parts.append(f"{len(block)} beginbfchar\n")
        parts.extend(f"<{cid:04X}> <{_utf16(text)}>\n" for cid, text in block)
        parts.append("endbfchar\n")
    parts.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    return "".join(parts).encode("ascii")


def _emoji_cmaps(pdf: bytes) -> dict[int, bytes]:
    """Object number → stream of each ToUnicode CMap of the emoji font."""
    font = re.compile(
        rb"/Subtype /Type0\s*/BaseFont /%s\b[^>]*?/ToUnicode (\d+) 0 R" % EMOJI_FILE.encode()
    )
    found: dict[int, bytes] = {}
    for match in font.finditer(pdf):
        number = int(match.group(1))
        head = re.search(rb"(?m)^%d 0 obj\s*<< /Length (\d+) >>\s*stream\r?\n" % number, pdf)
        if head is not None:
            found[number] = pdf[head.end() : head.end() + int(head.group(1))]
    return found


def fix_emoji_text(pdf: bytes) -> bytes:
    """`pdf` with the real text of its emoji glyphs; unchanged when it has no emoji."""
    cmaps = _emoji_cmaps(pdf)
    if not cmaps:
        return pdf
    texts = glyph_texts()
    trailer = pdf[pdf.rindex(b"trailer") :]
    previous = int(re.findall(rb"startxref\s+(\d+)", trailer)[-1])
    size = re.search(rb"/Size (\d+)", trailer)
    root = re.search(_REF % b"Root", trailer)
    info = re.search(_REF % b"Info", trailer)
    ids = re.search(rb"/ID\s*\[[^\]]*\]", trailer)
    if size is None or root is None:
        raise ValueError("the PDF has no trailer this code understands")
    update = bytearray(b"\n")
    offsets: list[tuple[int, int]] = []
    for number, cmap in sorted(cmaps.items()):
        mapping = {
            cid: texts.get(code - PRIVATE_USE.start, "") if code in PRIVATE_USE else chr(code)
            for cid, code in parse_cmap(cmap).items()
        }
        stream = write_cmap(mapping)
        offsets.append((number, len(pdf) + len(update)))
        update += b"%d 0 obj\n<< /Length %d >>\nstream\n" % (number, len(stream))
        update += stream + b"\nendstream\nendobj\n"
    xref_at = len(pdf) + len(update)
    update += b"xref\n"
    for number, offset in offsets:
        update += b"%d 1\n%010d 00000 n \n" % (number, offset)
    update += b"trailer\n<< /Size %s /Root %s 0 R" % (size.group(1), root.group(1))
    if info is not None:
        update += b" /Info %s 0 R" % info.group(1)
    if ids is not None:
        update += b" " + ids.group()
    update += b" /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (previous, xref_at)
    return pdf + bytes(update)
