"""Other apps' markup made plain: HTML (Journey, Daylio notes), Day One's Markdown escapes
and links to its own media, RedNotebook's txt2tags. What is left is text a reader reads as
written; headings, lists and paragraphs keep their lines."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "table",
    "tr",
}
_SKIP = {"script", "style", "head", "title"}


class _Plain(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self._lists: list[list[int]] = []  # per open list: [number so far] or [] unnumbered

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in ("ul", "ol"):
            self.parts.append("\n")
            self._lists.append([0] if tag == "ol" else [])
        elif tag == "li":
            self.parts.append("\n" + "  " * max(0, len(self._lists) - 1))
            if self._lists and self._lists[-1]:
                self._lists[-1][0] += 1
                self.parts.append(f"{self._lists[-1][0]}. ")
            else:
                self.parts.append("- ")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(alt)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in ("ul", "ol"):
            if self._lists:
                self._lists.pop()
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            # Inside HTML a line end is a space; <br> and blocks make the lines.
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_text(markup: str) -> str:
    """HTML as plain text: paragraphs apart by an empty line, <br> a line end, list items
    with a dash (or their number), tags gone, entities decoded."""
    parser = _Plain()
    parser.feed(markup)
    parser.close()
    lines = "".join(parser.parts).split("\n")
    text = "\n".join(
        line.strip(" ") if not line.startswith(" ") else line.rstrip() for line in lines
    )
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def looks_like_html(text: str) -> bool:
    """True when `text` holds HTML tags (a Daylio note written with formatting)."""
    return (
        re.search(r"</?(?:p|br|b|i|u|s|em|strong|li|ul|ol|div|span|h\d)\b[^>]*>", text, re.I)
        is not None
    )


# Markdown's escapable characters; Day One escapes them all when it exports.
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~/=:\"'])")
# ![](dayone-moment://ID), ![](dayone-moment:/pdfAttachment/ID), [label](dayone-moment:…)
_MOMENT = re.compile(r"!?\[([^\]\n]*)\]\(dayone-moment:[^)\s]*\)")
_MOMENT_BARE = re.compile(r"dayone-moment:/{1,2}\S+")


def dayone_text(markdown: str) -> str:
    """Day One's Markdown as it reads: links to its photos and files removed (their labels
    kept), backslash escapes undone."""
    text = _MOMENT.sub(lambda m: m.group(1), markdown)
    text = _MOMENT_BARE.sub("", text)
    return _ESCAPED.sub(r"\1", text)


_T2T_LINES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^%.*$", re.M), ""),  # a comment line
    (re.compile(r"^[ \t]*(=+)[ \t]*(.*?)[ \t]*\1[ \t]*$", re.M), r"\2"),  # = Heading =
    (re.compile(r"^[ \t]*(\++)[ \t]*(.*?)[ \t]*\1[ \t]*$", re.M), r"\2"),  # + Numbered +
    (re.compile(r"\[\"\"([^\]]*?)\"\"\.(\w+)\]"), ""),  # an image (left out)
    (re.compile(r"\[([^\[\]]+?)\s+((?:https?|ftp|file|mailto):[^\]\s]+)\]"), r"\1 (\2)"),
    (re.compile(r"\[((?:https?|ftp|file|mailto):[^\]\s]+)\]"), r"\1"),
    (re.compile(r"[ \t]*\\\\[ \t]*$", re.M), ""),  # a forced line break
]
_T2T_MARKS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\*\*(.+?)\*\*"), r"\1"),
    (re.compile(r"//(.+?)//"), r"\1"),
    (re.compile(r"__(.+?)__"), r"\1"),
    (re.compile(r"--(\S.*?\S|\S)--"), r"\1"),
    (re.compile(r"``(.+?)``"), r"\1"),
    (re.compile(r"''(.+?)''"), r"\1"),
    (re.compile(r"\"\"(.+?)\"\""), r"\1"),
]
# In an address "//" and "__" are no marks: addresses are kept aside meanwhile.
_URL = re.compile(r"(?:https?|ftp|file|mailto):[^\s\])]+")


def txt2tags_text(markup: str) -> str:
    """RedNotebook's txt2tags as plain text: headings, bold, italics, underline, strikes,
    code and raw marks gone, links as their label and address, images left out."""
    text = markup
    for pattern, replacement in _T2T_LINES:
        text = pattern.sub(replacement, text)
    urls: list[str] = []

    def keep(found: re.Match[str]) -> str:
        urls.append(found.group(0))
        return f"\x00{len(urls) - 1}\x00"

    text = _URL.sub(keep, text.replace("\x00", ""))
    for pattern, replacement in _T2T_MARKS:
        text = pattern.sub(replacement, text)
    return re.sub(r"\x00(\d+)\x00", lambda m: urls[int(m.group(1))], text)
