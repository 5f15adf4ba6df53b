"""The day a commitment's own words say it is due: "by 18 Dec", "vóór vrijdag", "next week".

English and Dutch alike, whatever the language of the window: people write in their own.
Only what is plain is understood; words that could mean two days give none.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta

_MONTHS = {
    **dict.fromkeys(("january", "januari", "jan"), 1),
    **dict.fromkeys(("february", "februari", "feb"), 2),
    **dict.fromkeys(("march", "maart", "mar", "mrt"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("may", "mei"), 5),
    **dict.fromkeys(("june", "juni", "jun"), 6),
    **dict.fromkeys(("july", "juli", "jul"), 7),
    **dict.fromkeys(("august", "augustus", "aug"), 8),
    **dict.fromkeys(("september", "sept", "sep"), 9),
    **dict.fromkeys(("october", "oktober", "oct", "okt"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec"), 12),
}
# "Jan" is also a name and "may" a verb: before the day they count only after a deadline
# word or with a year ("by Jan 5", "May 5 2027"), never in "bel Jan 3 keer".
_AMBIGUOUS_MONTHS = {"jan", "may"}
_WEEKDAYS = {
    **dict.fromkeys(("monday", "mon", "maandag"), 0),
    **dict.fromkeys(("tuesday", "tue", "tues", "dinsdag"), 1),
    **dict.fromkeys(("wednesday", "wed", "woensdag"), 2),
    **dict.fromkeys(("thursday", "thu", "thur", "thurs", "donderdag"), 3),
    **dict.fromkeys(("friday", "fri", "vrijdag"), 4),
    **dict.fromkeys(("saturday", "sat", "zaterdag"), 5),
    **dict.fromkeys(("sunday", "sun", "zondag"), 6),
}
_COUNTS = {"a": 1, "an": 1, "one": 1, "een": 1, "two": 2, "twee": 2, "three": 3, "drie": 3}


def _words(names: dict[str, int] | tuple[str, ...]) -> str:
    return "|".join(sorted(names, key=len, reverse=True))  # "augustus" before "aug"


# Words before a day that make it the deadline ("by Friday"), and weaker ones that name
# the day of doing it ("on Friday"). Of several days named, the one deadline wins.
_DEADLINE = _words(
    ("no later than", "not later than", "by", "before", "until", "till", "due")
    + ("niet later dan", "uiterlijk", "tot en met", "t/m", "voor", "tot")
)
_ON = _words(("on", "this", "next", "coming", "op", "deze", "volgende", "komende", "aanstaande"))
_NEXT = r"(?P<next>next|volgende|komende)"
_WEEKDAY = rf"(?P<weekday>{_words(_WEEKDAYS)})"
_MONTH = rf"(?P<month>{_words(_MONTHS)})\.?"
_YEAR = r"(?:,?\s+(?P<year>\d{4})\b)?"
_ORDINAL = r"(?P<ordinal>st|nd|rd|th|e)?"
_END_OF = r"(?:end\s+of|eind(?:e)?(?:\s+van)?)"
_NAMED_DAY = rf"(?:(?P<named>{_words(_WEEKDAYS)}),?\s+)?"  # "Friday 18 Dec" is one day, not two
_STRONG, _WEAK, _BARE = 2, 1, 0
# A commitment is a sentence or a few; a longer text is a pasted document, read for no date
# (and a 2 MB paste saved as you type must not wait seconds for the regular expressions).
LONGEST_READ = 2000
_LOOK_BACK = 60  # how far before a day its deadline word is looked for


def due_in_text(text: str, today: date) -> date | None:
    """The day `text` says something is due: the first such day from `today` on (unless
    a year is written); None when it names no day, or several and not one deadline."""
    if len(text) > LONGEST_READ:
        return None
    plain = _plain(text)
    found: list[tuple[int, date]] = []
    for pattern, resolve in _FINDERS:
        for match in pattern.finditer(plain):
            day = resolve(match, today)
            if day is None:
                continue
            starts = match.start("weekday") if "weekday" in pattern.groupindex else match.start()
            found.append((_strength(plain, starts), day))
        plain = pattern.sub(lambda m: " " * len(m[0]), plain)  # counted once, not again
    days = {day for s, day in found if s == _STRONG} or {day for _, day in found}
    return days.pop() if len(days) == 1 else None


def _plain(text: str) -> str:
    """Lower case without accents: "Vóór" reads "voor"."""
    lower = text.lower()
    if lower.isascii():
        return lower
    return "".join(c for c in unicodedata.normalize("NFD", lower) if not unicodedata.combining(c))


_BETWEEN = rf"(?:[\s,]+(?:{_ON}|{_words(_WEEKDAYS)}))*,?\s*$"  # "by next Friday, 18 Dec"
_DEADLINE_BEFORE = re.compile(rf"(?:^|[^\w/])(?:{_DEADLINE}){_BETWEEN}")
_ON_BEFORE = re.compile(rf"(?:^|\W)(?:{_ON}){_BETWEEN}")


def _strength(plain: str, start: int) -> int:
    """How surely the words before `start` make the day a deadline."""
    window = (plain, max(0, start - _LOOK_BACK), start)
    if _DEADLINE_BEFORE.search(*window):
        return _STRONG
    if _ON_BEFORE.search(*window):
        return _WEAK
    return _BARE


# Resolving what was found ---------------------------------------------------------------

Resolve = Callable[[re.Match[str], date], date | None]


def _on_or_after(today: date, month: int, day: int, year: str | None) -> date | None:
    """That day of `year`, or the first one from today on; None if there is no such day."""
    if year:
        whole = int(year) if len(year) == 4 else 2000 + int(year)
        if today.year - 1 <= whole <= today.year + 10:  # else a number: "18 dec 1500 euro"
            try:
                return date(whole, month, day)
            except ValueError:
                return None
    for whole in range(today.year, today.year + 9):  # 29 February comes back within 8
        try:
            found = date(whole, month, day)
        except ValueError:
            continue
        if found >= today:
            return found
    return None


def _day_month(match: re.Match[str], today: date) -> date | None:
    return _on_or_after(today, _MONTHS[match["month"]], int(match["day"]), match["year"])


def _month_day(match: re.Match[str], today: date) -> date | None:
    if match["month"] in _AMBIGUOUS_MONTHS and not (match["year"] or match["ordinal"]):
        if _strength(match.string, match.start()) != _STRONG:
            return None
    return _day_month(match, today)


def _numeric(match: re.Match[str], today: date) -> date | None:
    first, second = int(match["day"]), int(match["month"])
    year = match.groupdict().get("year")
    if not (year or match["named"]) and _strength(match.string, match.start()) == _BARE:
        return None  # "1/2 hour", "10-12 customers": numbers, not a day
    # Day first, as in Dutch and British English; the other way round only if that fails.
    found = _on_or_after(today, second, first, year) if second <= 12 else None
    if found is None and first <= 12:
        found = _on_or_after(today, first, second, year)
    return found


def _iso(match: re.Match[str], today: date) -> date | None:
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None


def _monday(today: date, weeks: int = 0) -> date:
    return today - timedelta(days=today.weekday()) + timedelta(weeks=weeks)


def _weekday(match: re.Match[str], today: date) -> date | None:
    # The next one after today: "by Friday" said on a Friday means the coming week's.
    ahead = (_WEEKDAYS[match["weekday"]] - today.weekday() - 1) % 7 + 1
    return today + timedelta(days=ahead)


def _weekday_next_week(match: re.Match[str], today: date) -> date | None:
    return _monday(today, 1) + timedelta(days=_WEEKDAYS[match["weekday"]])


def _week(match: re.Match[str], today: date) -> date | None:
    """The Friday that ends this working week or the next; never before today."""
    next_week = bool(match.groupdict().get("next"))
    return max(today, _monday(today, 1 if next_week else 0) + timedelta(days=4))


def _month_end(match: re.Match[str], today: date) -> date | None:
    first = today.replace(day=1)
    if match["next"]:
        first = (first + timedelta(days=32)).replace(day=1)
    return (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


_THE_MORNING = re.compile(r"(?:^|\W)(?:de|deze|die|elke|iedere|een|goede)\s+$")


def _relative(match: re.Match[str], today: date) -> date | None:
    said = match["said"]
    if said.startswith("morgen"):
        if _THE_MORNING.search(match.string, max(0, match.start() - _LOOK_BACK), match.start()):
            return None  # "in de morgen": in the morning, not tomorrow
        return today + timedelta(days=1)
    if said == "tomorrow":
        return today + timedelta(days=1)
    if said in ("day after tomorrow", "overmorgen"):
        return today + timedelta(days=2)
    return today  # today, tonight, vandaag, vanavond…


def _within(match: re.Match[str], today: date) -> date | None:
    count = match["count"]
    days = (_COUNTS[count] if count in _COUNTS else int(count)) * (
        1 if match["unit"].startswith(("day", "dag")) else 7
    )
    return today + timedelta(days=days) if 0 < days <= 366 else None


def _finder(pattern: str, resolve: Resolve) -> tuple[re.Pattern[str], Resolve]:
    return re.compile(pattern), resolve


_NOT_POSSESSIVE = r"(?!['’]s)"  # "today's call", "Friday's notes" name no deadline
# The most specific first: what one finds, the later ones no longer see.
_FINDERS = (
    _finder(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b", _iso),
    _finder(
        rf"\b{_NAMED_DAY}(?P<day>\d{{1,2}})[/.-](?P<month>\d{{1,2}})[/.-]"
        r"(?P<year>\d{4}|\d{2})\b(?![/.-]\d)",
        _numeric,
    ),
    _finder(
        rf"\b{_NAMED_DAY}(?P<day>\d{{1,2}}){_ORDINAL}\s*(?:of\s+)?{_MONTH}(?![a-z]){_YEAR}",
        _day_month,
    ),
    _finder(rf"\b{_NAMED_DAY}{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL}\b{_YEAR}", _month_day),
    _finder(rf"\b{_NAMED_DAY}(?P<day>\d{{1,2}})[/-](?P<month>\d{{1,2}})\b(?![/.-]\d)", _numeric),
    _finder(rf"\b{_WEEKDAY}\s+{_NEXT}\s+week\b", _weekday_next_week),
    _finder(
        rf"(?:^|[^\w/])(?:{_DEADLINE}|{_ON})\s+(?:(?:{_ON})\s+)*"
        rf"{_WEEKDAY}\b{_NOT_POSSESSIVE}(?!,?\s+\d)",
        _weekday,
    ),
    _finder(
        r"\b(?P<said>day\s+after\s+tomorrow|overmorgen|tomorrow|morgen(?:ochtend|middag|avond)?"
        rf"|today|tonight|vandaag|vanavond|vanmiddag)\b{_NOT_POSSESSIVE}",
        _relative,
    ),
    _finder(
        rf"\b(?:{_END_OF}\s+(?:the\s+|de\s+)?)?(?:{_NEXT}|this|deze)\s+week\b{_NOT_POSSESSIVE}",
        _week,
    ),
    _finder(rf"\b{_END_OF}\s+(?:the\s+|de\s+)?week\b", _week),
    _finder(rf"\b{_END_OF}\s+(?:{_NEXT}\s+|(?:the|this|de|deze)\s+)?(?:month|maand)\b", _month_end),
    _finder(
        rf"\b(?:in|within|binnen|over)\s+(?P<count>\d{{1,3}}|{_words(_COUNTS)})\s+"
        r"(?P<unit>weeks|week|weken|days|day|dagen|dag)\b",
        _within,
    ),
)
