"""When a figure holds: the nearest time expression in its sentence, resolved to dates.

One regular expression finds candidate time phrases in the figure's sentence; hand rules
resolve them against the publication date; ``dateparser`` (loaded on first need, with a
cache keyed on phrase and anchor) resolves explicit dates the hand rules cannot read.

>>> import datetime as dt
>>> text = "At least nine people have died trying to cross the Channel since June."
>>> t = find_time(text, [Span(start=0, end=len(text))], 0, Span(start=0, end=13), dt.date(2015, 8, 20))
>>> (t.text, str(t.start), str(t.end))
('since June', '2015-06-01', '2015-08-20')
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Iterable, NamedTuple, Optional

import regex

from factx.records import Span, TimeRef
from factx.scanning import ByFirstCharacter, matches_at, word_trie
from factx.windows import GRID as _GRID, NEIGHBOUR as _WINDOW, Range as _Range, clip as _clip, clause as _clause

__all__ = ["find_time", "times_in", "resolve"]

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_NUMWORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_NUMWORDS.update({"a": 1, "few": 3, "several": 3, "couple of": 2})
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}

_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_YEAR = r"(?:19|20)\d\d"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_NUM = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple\s+of)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_AGO_COUNT = r"(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|a\s+few|a\s+couple\s+of|few|several)"
_PREP = r"(?i:in|since|during|by|until|till|from|through|throughout|before|after|of|on|for|at)"

# The alternatives of ``_TIME``, in order (``_TIME_AT`` tries only those that may start
# with the character at hand).
_TIME_ALTERNATIVES = (
    # "two years ago", "a few weeks ago" (before the rates: "a year ago" is no rate)
    rf"(?P<ago>\b(?P<an>\d{{1,3}}|{_AGO_COUNT})\s+(?P<au>day|week|month|year)s?\s+(?i:ago))\b",
    # phrases that look like times but are not the time of a figure: rates, durations
    rf"(?P<skip>(?i:since\s+records\s+began(?:\s+in\s+{_YEAR})?|(?:per|a|an|each|every)\s+"
    rf"(?:day|night|week|month|year)(?!\s+(?:earlier|before)\b)|in\s+a\s+single\s+(?:day|night|week|month|year)))\b",
    rf"(?P<iso>\b(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>3[01]|[12]\d|0[1-9]))\b",
    rf"(?P<slash>\b{_DAY}/{_DAY}/{_YEAR})\b",
    rf"(?P<between>\b(?i:between)\s+(?P<ya>{_YEAR})\s+(?i:and)\s+(?P<yb>{_YEAR})"
    rf"|\b(?i:from)\s+(?P<ya2>{_YEAR})\s+(?i:to|until|till)\s+(?P<yb2>{_YEAR})"
    rf"|\b(?P<ya3>{_YEAR})\s*[-–/]\s*(?P<yb3>{_YEAR}|\d\d)(?!\d))\b",
    rf"(?P<mrange>\b(?i:between|from)\s+(?P<ma>{_MON})(?:,?\s+(?P<mya>{_YEAR}))?\s+(?i:and|to|until|till|through)\s+"
    rf"(?P<mb>{_MON})(?:,?\s+(?P<myb>{_YEAR}))?)(?![\w])(?!\s+\d{{1,2}}\b)",
    rf"(?P<dmy>\b(?P<d1>{_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MON})(?:,?\s+(?P<y1>{_YEAR}))?)(?![\w])",
    rf"(?P<mdy>\b(?P<m2>{_MON})\s+(?P<d2>{_DAY})(?:st|nd|rd|th)?(?:\s?,?\s+(?P<y2>{_YEAR}))?)(?![\w,.]\d)(?![\w])",
    rf"(?P<firstn>\b(?i:the\s+first\s+(?P<fn>{_NUM})\s+(?P<fu>months|weeks))(?:\s+(?i:of)\s+"
    rf"(?:(?i:the|this)\s+year|(?P<fy>{_YEAR})))?)\b(?!\s+(?i:of)\b)",
    rf"(?P<part>\b(?i:(?:the\s+)?(?P<pw>early|mid|late|end\s+of|beginning\s+of|start\s+of|spring|summer|"
    rf"(?:first|second)\s+half|(?:first|second|third|fourth|last|final)\s+quarter|"
    rf"autumn|fall|winter)(?:\s+of)?)[\s-]+(?:(?P<py>{_YEAR})|(?P<prel>(?i:last|this|next))\s+(?i:year)))(?![\d%]|[,.]\d|['’]?s\b)",
    rf"(?P<month>\b(?:(?P<mprep>{_PREP}|(?i:last|this|next|early|late|mid|the\s+end\s+of|the\s+"
    rf"(?:beginning|start)\s+of))[\s-]+)?(?P<m3>{_MON})(?:(?:\s+of)?,?\s+(?P<y3>{_YEAR})"
    rf"|\s+(?P<rel3>this|last|next)\s+year)?)\b(?!\.?\s+\d{{1,2}}\b)",
    rf"(?P<weekday>\b(?:(?P<wprep>(?i:on|last|this|since|by|until|next))\s+)?(?P<wd>{_WD})s?"
    rf"(?:\s+(?:morning|afternoon|evening|night))?)\b",
    rf"(?P<day>\b(?i:the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night|overnight|"
    rf"this\s+(?:morning|afternoon|evening)))\b",
    rf"(?P<begin>\b(?i:since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+(?P<bu>year|month)))\b",
    rf"(?P<period>\b(?i:(?P<pq>(?:(?:over|in|during)\s+)?the\s+(?:past|last|previous)|last|past|"
    rf"this|next|earlier\s+this|later\s+this|so\s+far\s+this)\s+(?:(?P<pn>{_NUM})\s+)?"
    rf"(?P<pu>weekend|week|month|year|spring|summer|autumn|fall|winter|days|weeks|months|years|hours|decades?)))\b",
    rf"(?P<weekend>\b(?i:(?:over|at|during)\s+the\s+weekend))\b",
    rf"(?P<same>\b(?i:the\s+same\s+(?:time\s+)?period|that\s+period|the\s+same\s+time)"
    rf"(?!\s+(?i:(?:of\s+)?last\s+year|(?:a|one)\s+year)))\b",
    rf"(?P<year>\b(?P<yprep>{_PREP}|(?i:year))\s+(?P<y>{_YEAR}))(?![\d%]|[,.]\d|[-–/]\d|['’]?s\b)",
    rf"(?P<past>\b(?i:at\s+one\s+point|at\s+(?:its|their|the)\s+(?:peak|height)|in\s+the\s+past|previously|formerly"
    rf"|in\s+(?:previous|past|earlier)\s+years))\b",
    rf"(?P<now>\b(?i:currently|at\s+present|at\s+the\s+moment|so\s+far|to\s+date|right\s+now|presently|now))\b",
    # (the last alternatives, tried only where none of the above matches: those above that    # would match a phrase of theirs look ahead to leave it)
    # "a year earlier", "the same month a year earlier", "the same period last year", "the
    # previous year": the period of another time phrase of the sentence, a year back
    rf"(?P<before>\b(?i:(?:the\s+same\s+(?:time|period|month|week|quarter|day)\s+)?a\s+year\s+(?:earlier|before)"
    rf"|the\s+same\s+(?:time|period|month|week|quarter)\s+(?:(?:of\s+)?last\s+year|(?:a|one)\s+year\s+ago)"
    rf"|the\s+(?:previous|prior|preceding)\s+year(?!\s+to\b)))\b",
    # "the 1990s", "in the early 2000s"
    rf"(?P<decade>\b(?:(?i:the)\s+)?(?:(?P<dq>(?i:early|mid|late))[\s-]+)?(?P<dy>(?:19|20)\d0)['’]?s)\b",
    # "the year to June", "the three months to September 2023", "the week ending 12 November"
    rf"(?P<upto>\b(?i:the\s+)(?:(?P<un>\d{{1,2}}|{_NUM})\s+)?(?P<uu>(?i:years?|months?|weeks?|quarter))\s+"
    rf"(?i:to|ending|up\s+to|through)\s+(?:(?i:the\s+)?(?i:end)[\s-]+(?:(?i:of)\s+)?)?(?:(?P<ud>{_DAY})(?:st|nd|rd|th)?\s+)?"
    rf"(?P<um>{_MON})(?:(?<!\.)\b)(?:,?\s+(?P<uy>{_YEAR}))?)(?![\w])(?!\.?\s+\d)",
    # "in recent days", "over recent weeks"
    rf"(?P<recent>\b(?i:(?:in|over|during)\s+recent\s+(?P<ru>days|weeks|months|years)))\b",
)
# The standard ``re`` engine with a word-start guard runs this ~4x faster than ``regex``.
_TIME_AT = ByFirstCharacter(r"(?<!\w)(?=\w)", _TIME_ALTERNATIVES)  # ``_TIME`` where it is tried
_TIME = _TIME_AT.pattern
# Where a time phrase may start: a digit, or one of the words the alternatives of
# ``_TIME`` begin with (month and weekday names included), after a character that is not
# part of a word. ``times_in`` tries ``_TIME`` only there, which keeps the result of a
# full scan. The words are found in lower-cased text (see ``_lower``), where ``re`` picks
# a branch of a trie of plain letters in one comparison: faster than case-insensitive
# classes in the text as written.
_FIRST_WORDS = (
    "since per a an each every in between from the early mid late end beginning start spring summer "
    "autumn fall winter during by until till through throughout before after of on for at last this "
    "next over past earlier later so that year currently to right presently now yesterday "
    "today tonight overnight previously formerly january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec"
    " two three four five six seven eight nine ten eleven twelve few several first second third fourth final"
).split()
_WEEKDAY_WORDS = [d + s for d in "monday tuesday wednesday thursday friday saturday sunday".split() for s in ("", "s")]
# A digit starts a time phrase only as a day before a month name ("5 June", "5th of June"),
# a day of a slashed date, or a year before a dash or slash ("2015-06-01", "2015-16").
_DAY_OR_YEAR = r"[0-9](?=\d?(?:st|nd|rd|th)?\s+(?:of\s+)?{}|\d?/|[0-9]\d\d\s*[-–/]|\d?\d?\s+(?:day|week|month|year)s?\s+(?:ago|AGO|Ago)|\d\d0['’]?s(?!\w))"
_DIGIT_START = re.compile(_DAY_OR_YEAR.format("[A-Z]"))  # in the text as written
_FIRST_DIGIT = _DAY_OR_YEAR.format("[a-z]")  # in lower case any letter may have been the capital
# Most of those words start a time phrase only before certain words: what may follow
# each, in the alternatives of ``_TIME`` that begin with it (a superset, in lower case; a
# month or weekday by its first three letters).
_MONTH_OR_YEAR = r"[\s-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|19|20)"  # "in June", "in 2015"
_WEEKDAY = r"[\s-]+(?:mon|tue|wed|thu|fri|sat|sun)"
_RATE = r"\s+(?:day|night|week|month|year)"  # "a day", "per night": a rate, skipped
_AGO = r"\s+(?:day|week|month|year)s?\s+ago"  # "two years ago"
_THE_PAST = r"\s+the\s+(?:past|last|previous)"  # "over the past year"
_COUNT_OR_UNIT = (r"\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple"
                  r"|day|week|month|year|spring|summer|autumn|fall|winter|decade)")  # "last three weeks"
_OF_YEAR = r"(?:\s+of)?(?:" + _MONTH_OR_YEAR + r"|\s+(?:last|this|next)\s+year)"  # "early 2016", "mid-June", "late last year"
_FOLLOWS = {
    "the": None,  # see _THE_NEXT
    "a": _RATE + r"|\s+(?:few|couple)",
    "an": _RATE,
    **{w: _AGO for w in "two three four five six seven eight nine ten eleven twelve few several".split()},
    "first": r"\s+(?:half|quarter)",
    "second": r"\s+(?:half|quarter)",
    "third": r"\s+quarter",
    "fourth": r"\s+quarter",
    "final": r"\s+quarter",
    "per": _RATE,
    "each": _RATE,
    "every": _RATE,
    "to": r"\s+date",
    "that": r"\s+period",
    "year": r"\s+(?:19|20)",
    "between": _MONTH_OR_YEAR,
    "right": r"\s+now",
    "so": r"\s+far",
    "earlier": r"\s+this",
    "later": r"\s+this",
    "end": r"\s+of",
    "beginning": r"\s+of",
    "start": r"\s+of",
    "over": _THE_PAST + r"|\s+the\s+weekend|\s+recent\s",
    "past": _COUNT_OR_UNIT,
    "early": _OF_YEAR,
    "mid": _OF_YEAR,
    "late": _OF_YEAR,
    "spring": _OF_YEAR,
    "summer": _OF_YEAR,
    "autumn": _OF_YEAR,
    "fall": _OF_YEAR,
    "winter": _OF_YEAR,
    "of": _MONTH_OR_YEAR,
    "for": _MONTH_OR_YEAR,
    "from": _MONTH_OR_YEAR,
    "till": _MONTH_OR_YEAR,
    "through": _MONTH_OR_YEAR,
    "throughout": _MONTH_OR_YEAR,
    "before": _MONTH_OR_YEAR,
    "after": _MONTH_OR_YEAR,
    "during": _MONTH_OR_YEAR + "|" + _THE_PAST + r"|\s+the\s+weekend|\s+recent\s",
    "in": _MONTH_OR_YEAR + r"|\s+(?:a\s+single|the\s+(?:past|last|previous)|previous|past|earlier|recent\s)",
    "at": _MONTH_OR_YEAR + r"|\s+(?:present|one|its|their|the\s+(?:peak|height|moment|weekend))",  # "at one point"
    "on": _MONTH_OR_YEAR + "|" + _WEEKDAY,
    "by": _MONTH_OR_YEAR + "|" + _WEEKDAY,
    "until": _MONTH_OR_YEAR + "|" + _WEEKDAY,
    "since": _MONTH_OR_YEAR + "|" + _WEEKDAY + r"|\s+(?:records|the\s+(?:beginning|start))",
    "next": _MONTH_OR_YEAR + "|" + _WEEKDAY + "|" + _COUNT_OR_UNIT,
    "last": _MONTH_OR_YEAR + "|" + _WEEKDAY + "|" + _COUNT_OR_UNIT + r"|\s+(?:night|quarter)",
    "this": _MONTH_OR_YEAR + "|" + _WEEKDAY + "|" + _COUNT_OR_UNIT + r"|\s+(?:morning|afternoon|evening)",
}


def _trie(words: dict[str, str]) -> str:
    """One pattern for ``words`` (lower case), branching on letters; each word is followed
    by its own pattern (``words[w]``, a look ahead).

    Each branch starts with a literal, which ``re`` tests before entering it, so at a word
    start the engine picks its branch in one pass over the first letters."""
    by_first: dict[str, dict[str, str]] = {}
    for w, after in words.items():
        if w:
            by_first.setdefault(w[0], {})[w[1:]] = after
    alts = [re.escape(c) + _trie(by_first[c]) for c in sorted(by_first)]
    if "" in words:  # the word ends here
        alts.append(words[""])
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


# What may follow "the", as a trie (it is the commonest word tried): "the early", "the past
# three", "the last quarter", "the 1990s", "the year to June", "the 12 months to March".
_UP_TO = r"s?\s+(?:to|ending|up|through)\s"
_THE_NEXT = {
    **{w: r"(?!\w)" for w in "early mid late end beginning start spring summer autumn fall winter day same "
       "first second third fourth final".split()},
    "last": r"\s+quarter|" + _COUNT_OR_UNIT,
    "past": _COUNT_OR_UNIT,
    "previous": _COUNT_OR_UNIT,
    "prior": r"\s+year",
    "preceding": r"\s+year",
    **{w: _UP_TO for w in ("year", "month", "week", "quarter")},
    **{w: r"\s+(?:year|month|week)" for w in "two three four five six seven eight nine ten eleven twelve".split()},
    "19": r"\d0|\s+(?:year|month|week)",
    "20": r"\d0|\s+(?:year|month|week)",
    **{d: r"\d?\s+(?:year|month|week)" for d in "123456789"},
}
_FOLLOWS["the"] = r"\s+" + _trie({w: "(?:" + after + ")" for w, after in _THE_NEXT.items()})
_FIRST_AFTER = {w: "(?=" + _FOLLOWS[w] + ")" if w in _FOLLOWS else r"(?!\w)"
                for w in sorted(set(_FIRST_WORDS + _WEEKDAY_WORDS) | set(_FOLLOWS))}
_FIRST = "(?:" + _FIRST_DIGIT + "|" + _trie(_FIRST_AFTER) + ")"
_DIGITS = "0123456789"
assert _FIRST_DIGIT.startswith("[0-9](?=")
_FIRST_DIGIT_AFTER = _FIRST_DIGIT[len("[0-9]"):]  # ``_FIRST_DIGIT`` after its digit
# ``_FIRST`` after a character that is not part of a word (a match starts with that
# character): ``re`` skips to it by a class it tests in its search loop (lower-cased text
# has no ASCII capitals), and the look behind leaves out the letters beyond ASCII.
_AFTER_NON_WORD = re.compile(r"[^0-9_a-z](?<!\w)" + _FIRST)
# The same without the look behind, which costs at every character tried: ``_starts``
# leaves out the matches after a letter beyond ASCII instead (none in ASCII text).
# Dropping them afterwards loses no start: such a match holds only that character and
# the letters or the digit after it, where no start can be. (The tests hold ``_starts``
# to ``_AFTER_NON_WORD``.)
_AFTER_ANY = re.compile(r"[^0-9_a-z]" + _FIRST)
_WORD_CHAR = re.compile(r"\w")
# The letters that ``re.I`` matches with "i" or "s" but ``str.lower`` does not turn into
# them ("İ" becomes two characters).
_ODD_CASES = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))


def _lower(s: str) -> str:
    """``s`` in lower case, character for character as ``re.I`` matches it with a-z.

    ``str.lower`` keeps the length of every other character and whether it is a word
    character, a space or a digit, and gives a letter a-z exactly for the characters that
    ``re.I`` matches with it (checked over all of Unicode)."""
    if not s.isascii():
        for odd, plain in _ODD_CASES:
            if odd in s:
                s = s.replace(odd, plain)
    return s.lower()


def _starts(text: str, start: int, end: int) -> list[int]:
    """Where a time phrase may start in ``text[start:end]``, in order (a superset).

    >>> t = "Since June, 5 died; over 3 days on 3 May 2015."
    >>> [t[i:i + 4] for i in _starts(t, 0, len(t))]
    ['Sinc', 'June', '3 Ma', 'May ']
    """
    start = max(start, 0)
    if start >= end:
        return []
    # with the character before the stretch (a space at the start of the text), so that a
    # match at ``i`` in ``low`` is the character before ``text[start + i]``
    low = _lower(text[start - 1:end] if start else " " + text[:end])
    if low.isascii():
        out = [start + m.start() for m in _AFTER_ANY.finditer(low)]
    else:  # drop the matches after a letter beyond ASCII, as the look behind would
        word = _WORD_CHAR.match
        out = [start + m.start() for m in _AFTER_ANY.finditer(low) if not word(low, m.start())]
    return [i for i in out if not text[i].isdigit() or _DIGIT_START.match(text, i, end)]


_DIGIT = re.compile(r"\d")
# A time phrase right after a verb of saying or publishing is when the figure was given,
# not the period it counts: "Figures published by the Home Office on Thursday showed 45,755
# people crossed in 2022", "The UN said on Monday that 2,000 had died in May".
_SPOKEN_WORD = re.compile(r"said|says|told|reported|published|released|announced|added|stated")
_SPOKEN_BEFORE = re.compile(
    r"(?:said|says|told\s+\w+|reported|published|released|announced|added|stated)(?:\s+(?:by\s+)?[\w’'.-]+){0,4}\s+$")
_LEAD = regex.compile(r"(?i:in|on|during|at|of|by|for|from|over|through|throughout)\s+")
_CONTINUES = regex.compile(r"(?:It|This|That|They|These)\s+(?:also|again|was|were|is|are|marked)\b")


@lru_cache(maxsize=256)
def _times_window(text: str, lo: int, hi: int) -> tuple[tuple[int, int, "re.Match[str]"], ...]:
    """``times_in`` as (start, end, match), found once for the figures of a stretch (and
    for the sentence after it, which may refer back to it). The starts come from the scan
    the source reader made of the same stretch, when it made one (see ``offer_starts``)."""
    starts = _OFFERED.pop((text, lo, hi), None)
    return tuple((m.start(), m.end(), m) for m in _times_in(text, lo, hi, starts))


_FIRST_LETTER_ORDER = "taoswicbphfmdrelng0uvyjkqzx"  # by how many words they start (0: the digits)


class JointScan(NamedTuple):
    """The scan of ``joint_pattern``: the pattern, and for each of its groups whether a
    match that ends with it (``lastindex``) is a look as well as a time start."""

    pattern: "re.Pattern[str]"
    look_too: tuple[bool, ...]


def joint_pattern(look_words: Iterable[str], look_after: Optional[dict[str, str]] = None) -> JointScan:
    """The scan of ``_starts`` that also marks where ``look`` matches in lower-cased text,
    after a character that is not part of a word: one pass over a stretch for two readers.
    ``look`` is ``(?:w1|w2|...|c1(?:after1)|...)`` for the words ``look_words`` (lower case,
    each matched as the start of what follows) and ``look_after`` (a first character and a
    pattern read after it). See ``joint_starts``.

    The scan branches on the character after the one that is not part of a word, and reads
    only the rest of the look and of ``_FIRST`` for that character: a word that neither
    starts costs one look at its first letter, where a look ahead for each would cost two."""
    look_after = look_after or {}
    look_by: dict[str, list[str]] = {}
    for w in look_words:
        if w:
            look_by.setdefault(w[0], []).append(w[1:])
    first_by: dict[str, dict[str, str]] = {}
    for w, after in _FIRST_AFTER.items():
        first_by.setdefault(w[0], {})[w[1:]] = after
    alts = []
    look_too = [False]  # no group 0
    assert not (set(look_by) | set(look_after)) & set(_DIGITS)  # a digit starts a time phrase only
    # ``re`` tests the first characters of the branches in turn: the commonest first letters
    # of words come first, and the digits are one class ("0" in ``_FIRST_LETTER_ORDER``).
    chars = set(look_by) | set(look_after) | set(first_by) | {"0"}
    for c in sorted(chars, key=lambda c: (c not in _FIRST_LETTER_ORDER, _FIRST_LETTER_ORDER.find(c), c)):
        looks = ([word_trie(sorted(look_by[c]))] if c in look_by else []) + (
            [look_after[c]] if c in look_after else [])
        look = "|".join(looks) if looks else None
        first = _FIRST_DIGIT_AFTER if c == "0" else _trie(first_by[c]) if c in first_by else None
        opening = "[0-9]" if c == "0" else re.escape(c)
        if look is not None and first is not None:  # as (?=look)(?:(?=(first))|)|(?=(first))
            look_too += [True, False]
            alts.append(opening + "(?:(?=" + look + ")(?:(?=(" + first + "))|)|(?=(" + first + ")))")
        elif look is not None:
            alts.append(opening + "(?=" + look + ")")
        else:
            look_too.append(False)
            alts.append(opening + "(?=(" + first + "))")
    return JointScan(re.compile("[^0-9_a-z](?:" + "|".join(alts) + ")"), tuple(look_too))


def joint_starts(scan: JointScan, text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Where ``look`` of ``scan = joint_pattern(...)`` matches in ``_lower(text)``
    after a character that is not 0-9, "_" or a-z (in order, read no further than
    ``end``), and ``_starts(text, start, end)``, found in one scan.

    >>> t = "They said in June that 5 died."
    >>> [[t[i:i + 4] for i in found] for found in joint_starts(joint_pattern(["said"]), t, 0, len(t))]
    [['said'], ['in J', 'June']]
    """
    start = max(start, 0)
    if start >= end:
        return [], []
    low = _lower(text[start - 1:end] if start else " " + text[:end])
    looks: list[int] = []
    out: list[int] = []
    look_too = scan.look_too
    for m in scan.pattern.finditer(low):
        g = m.lastindex  # None: ``look`` only; else a time word, and ``look`` too if ``look_too[g]``
        if g is None:
            looks.append(start + m.start())
        else:
            i = start + m.start()
            if look_too[g]:
                looks.append(i)
            out.append(i)
    if out and not low.isascii():  # drop the matches after a letter beyond ASCII, as ``_starts`` does
        word = _WORD_CHAR.match
        out = [i for i in out if not word(low, i - start)]
    return looks, [i for i in out if not text[i].isdigit() or _DIGIT_START.match(text, i, end)]


# Time starts found by the source reader's scan of a stretch (``joint_starts``), kept
# until ``_times_window`` reads the same stretch. Cleared with the window cache.
_OFFERED: dict[tuple[str, int, int], list[int]] = {}


def offer_starts(text: str, lo: int, hi: int, starts: list[int]) -> None:
    """Keep ``starts == _starts(text, lo, hi)`` for ``_times_window(text, lo, hi)``."""
    if len(_OFFERED) >= 256:
        _OFFERED.clear()
    _OFFERED[(text, lo, hi)] = starts


def _month_range(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _shift_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _recent_month(m: int, p: dt.date) -> int:
    """The year of the most recent month ``m`` not after ``p``."""
    return p.year if m <= p.month else p.year - 1


def _since(start: Optional[dt.date], p: Optional[dt.date]) -> tuple[Optional[dt.date], Optional[dt.date]]:
    return start, (p if p is not None and start is not None and p >= start else None)


Period = tuple[Optional[dt.date], Optional[dt.date]]


def resolve(m: "re.Match[str]", p: Optional[dt.date]) -> Period:
    """The inclusive dates a matched time phrase stands for, given publication date ``p``."""
    g = m  # a match gives its groups by name, None for those not matched
    if g["iso"]:
        d = dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
        return d, d
    if g["mrange"]:
        return _month_span(g, p)
    if g["between"]:
        a = int(g["ya"] or g["ya2"] or g["ya3"])
        b_text = g["yb"] or g["yb2"] or g["yb3"]
        b = int(b_text) if len(b_text) == 4 else a // 100 * 100 + int(b_text)
        if b < a:
            return None, None
        return dt.date(a, 1, 1), dt.date(b, 12, 31)
    if g["dmy"] or g["mdy"]:
        day, mon, year = (g["d1"], g["m1"], g["y1"]) if g["dmy"] else (g["d2"], g["m2"], g["y2"])
        month = _MONTHS[mon.rstrip(".").lower()]
        if year:
            d = dt.date(int(year), month, int(day))
        elif p is None:
            return None, None
        else:
            d = dt.date(p.year, month, int(day))
            if d > p:
                d = dt.date(p.year - 1, month, int(day))
        return d, d
    if g["month"]:
        month = _MONTHS[g["m3"].rstrip(".").lower()]
        prep = (g["mprep"] or "").lower()
        if g["y3"]:
            year = int(g["y3"])
        elif p is None:
            return None, None
        elif g["rel3"]:
            year = p.year + {"this": 0, "last": -1, "next": 1}[g["rel3"].lower()]
        elif prep == "next":
            year = p.year if month > p.month else p.year + 1
        elif prep == "last":
            year = p.year if month < p.month else p.year - 1
        else:
            year = _recent_month(month, p)
        start, end = _month_range(year, month)
        return _since(start, p) if prep == "since" else (start, end)
    if g["weekday"]:
        if p is None:
            return None, None
        wd = _WEEKDAYS[g["wd"].lower()]
        prep = (g["wprep"] or "").lower()
        if prep == "next":
            d = p + dt.timedelta(days=(wd - p.weekday()) % 7 or 7)
            return d, d
        back = (p.weekday() - wd) % 7
        if prep == "last" and back == 0:
            back = 7
        d = p - dt.timedelta(days=back)
        return _since(d, p) if prep == "since" else (d, d)
    if g["decade"]:
        return _decade(int(g["dy"]), (g["dq"] or "").lower())
    if g["part"]:
        if g["py"]:
            return _part_of_year(" ".join(g["pw"].lower().split()), int(g["py"]))
        if p is None:
            return None, None
        return _part_of_year(" ".join(g["pw"].lower().split()), p.year + _RELATIVE_YEAR[g["prel"].lower()])
    if g["upto"]:
        return _up_to(g, p)
    if g["firstn"] and (g["fy"] or p is not None):  # "the first nine months of the year"
        return _first_of_year(int(g["fy"]) if g["fy"] else p.year, g["fn"], g["fu"].lower())
    if g["year"] and (g["yprep"] or "").lower() != "since":
        y = int(g["y"])
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if p is None:
        return None, None
    if g["ago"]:
        return _ago(g["an"], g["au"].lower(), p)
    if g["weekend"]:  # the weekend just gone, or the one under way
        saturday = p - dt.timedelta(days=(p.weekday() - 5) % 7)
        return saturday, min(p, saturday + dt.timedelta(days=1))
    if g["recent"]:  # "in recent days": a rough stretch before publication
        back = {"days": dt.timedelta(days=10), "weeks": dt.timedelta(days=60)}.get(g["ru"].lower())
        if back is not None:
            return p - back, p
        return _shift_months(p, -6 if g["ru"].lower() == "months" else -60), p
    if g["day"]:
        words = " ".join(g["day"].lower().split())
        if words == "overnight":  # the night before publication
            return p - dt.timedelta(days=1), p
        back = {"yesterday": 1, "last night": 1, "the day before yesterday": 2}.get(words, 0)
        d = p - dt.timedelta(days=back)
        return d, d
    if g["begin"]:
        return (dt.date(p.year, 1, 1) if g["bu"].lower() == "year" else p.replace(day=1)), p
    if g["period"]:
        return _period(" ".join(g["pq"].lower().split()), g["pn"], g["pu"].lower(), p)
    if g["past"]:  # "at one point", "previously": some time before publication, not when
        return None, (p - dt.timedelta(days=1) if p else None)
    if g["now"]:
        return p, p
    if g["year"]:  # "since 2015"
        return _since(dt.date(int(g["y"]), 1, 1), p)
    return None, None


_PARTS = {"early": (1, 4), "beginning of": (1, 3), "start of": (1, 3), "mid": (5, 8),
          "late": (9, 12), "end of": (10, 12), "first half": (1, 6), "second half": (7, 12),
          "first quarter": (1, 3), "second quarter": (4, 6), "third quarter": (7, 9),
          "fourth quarter": (10, 12), "last quarter": (10, 12), "final quarter": (10, 12)}


_RELATIVE_YEAR = {"this": 0, "last": -1, "next": 1}


def _decade(y: int, q: str) -> Period:
    """"the 1990s" (1990 to 1999), "the early 2000s" (2000 to 2003), "the mid-1990s", "the late 1980s"."""
    first, last = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(q, (0, 9))
    return dt.date(y + first, 1, 1), dt.date(y + last, 12, 31)


def _up_to(g: "re.Match[str]", p: Optional[dt.date]) -> Period:
    """"the year to June" (July to June), "the three months to September", "the week ending
    12 November": a stretch ending with a month (its last day) or a day; without a year,
    the most recent such month not after publication."""
    month = _MONTHS[g["um"].rstrip(".").lower()]
    if g["uy"]:
        year = int(g["uy"])
    elif p is None:
        return None, None
    else:
        year = _recent_month(month, p)
    end = dt.date(year, month, int(g["ud"])) if g["ud"] else _month_range(year, month)[1]
    n = _count(g["un"]) if g["un"] else 1
    unit = g["uu"].lower().rstrip("s")
    if unit == "week":
        return end - dt.timedelta(days=7 * n - 1), end
    months = {"year": 12, "quarter": 3}.get(unit, 1) * n
    first = _shift_months(end.replace(day=1), 1 - months) if not g["ud"] else _shift_months(end, -months) + dt.timedelta(days=1)
    return first, end


def _first_of_year(year: int, n_text: str, unit: str) -> Period:
    """"the first nine months of 2023": from 1 January to the end of the last of them."""
    n = _count(n_text)
    if unit == "weeks":
        return dt.date(year, 1, 1), dt.date(year, 1, 1) + dt.timedelta(weeks=min(n, 53)) - dt.timedelta(days=1)
    return dt.date(year, 1, 1), _month_range(year, min(max(n, 1), 12))[1]


def _month_span(g: "re.Match[str]", p: Optional[dt.date]) -> Period:
    """"between January and March", "from June to August 2015": the first day of one month
    to the last day of the other; without a year, the most recent such stretch."""
    a, b = (_MONTHS[g[k].rstrip(".").lower()] for k in ("ma", "mb"))
    if g["myb"]:
        year_b = int(g["myb"])
        year_a = int(g["mya"]) if g["mya"] else (year_b if a <= b else year_b - 1)
    elif g["mya"]:
        year_a = int(g["mya"])
        year_b = year_a if a <= b else year_a + 1
    elif p is None:
        return None, None
    else:
        year_b = _recent_month(b, p)
        year_a = year_b if a <= b else year_b - 1
    start, end = dt.date(year_a, a, 1), _month_range(year_b, b)[1]
    return (start, end) if start <= end else (None, None)


def _count(n_text: str) -> int:
    """The number a time phrase counts: "24", "three", "a few", "a couple of" (1 if unknown)."""
    n_text = " ".join(n_text.lower().split())
    return int(n_text) if n_text.isdigit() else _NUMWORDS.get(n_text.removeprefix("a "), 1)


def _ago(n_text: str, unit: str, p: dt.date) -> Period:
    """"two years ago" is that calendar year, "three months ago" that month, "a week ago"
    that week (Monday to Sunday), "five days ago" that day."""
    n = _count(n_text)
    if unit == "year":
        return dt.date(p.year - n, 1, 1), dt.date(p.year - n, 12, 31)
    if unit == "month":
        then = _shift_months(p.replace(day=1), -n)
        return _month_range(then.year, then.month)
    if unit == "week":
        monday = p - dt.timedelta(days=p.weekday() + 7 * n)
        return monday, monday + dt.timedelta(days=6)
    d = p - dt.timedelta(days=n)
    return d, d


def _part_of_year(word: str, y: int) -> Period:
    """"early 2016", "mid-2015", "the summer of 2015" (winter: December to February)."""
    first, last = _PARTS.get(word) or _SEASONS[word]
    end_year = y + 1 if last < first else y
    return dt.date(y, first, 1), _month_range(end_year, last)[1]


def _period(q: str, n_text: Optional[str], unit: str, p: dt.date) -> Period:
    if unit in _SEASONS:
        first, last = _SEASONS[unit]
        winter = unit == "winter"
        if q == "this":
            end_year = p.year + (1 if winter and p.month > 2 else 0)
        elif q == "next":
            end_year = p.year + (1 if winter or p.month >= first else 0)
        else:  # last, past, previous: the most recent season over by publication
            end_year = p.year if p.month > last else p.year - 1
        return dt.date(end_year - (1 if winter else 0), first, 1), _month_range(end_year, last)[1]
    n = _count(n_text) if n_text else 1
    base = unit.rstrip("s")
    if base == "hour":  # "the past 24 hours": the days they touch, ending at publication
        return p - dt.timedelta(days=-(-n // 24)), p
    if base == "decade":
        if q == "this":
            return dt.date(p.year - p.year % 10, 1, 1), p
        if q == "next":
            return dt.date(p.year - p.year % 10 + 10, 1, 1), dt.date(p.year - p.year % 10 + 19, 12, 31)
        return _shift_months(p, -120 * n), p  # "the past decade", "the last two decades"
    if q in ("this", "so far this", "earlier this"):
        if base == "year":
            return dt.date(p.year, 1, 1), p
        if base == "month":
            return p.replace(day=1), p
        if base == "week":
            return p - dt.timedelta(days=p.weekday()), p
        return p - dt.timedelta(days=(p.weekday() - 5) % 7), p  # this weekend
    if q == "later this":
        ends = {"year": dt.date(p.year, 12, 31), "month": _month_range(p.year, p.month)[1]}
        return p, ends.get(base, p + dt.timedelta(days=6 - p.weekday()))
    if q == "next":
        if base == "year":
            return dt.date(p.year + 1, 1, 1), dt.date(p.year + 1, 12, 31)
        if base == "month":
            nxt = _shift_months(p.replace(day=1), 1)
            return _month_range(nxt.year, nxt.month)
        monday = p + dt.timedelta(days=7 - p.weekday())
        return monday, monday + dt.timedelta(days=6)
    if q == "last" and not n_text:  # the previous calendar unit
        if base == "year":
            return dt.date(p.year - 1, 1, 1), dt.date(p.year - 1, 12, 31)
        if base == "month":
            prev = _shift_months(p.replace(day=1), -1)
            return _month_range(prev.year, prev.month)
        monday = p - dt.timedelta(days=p.weekday() + 7)
        if base == "weekend":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    # a rolling window ending at publication: "the past three months", "over the last year"
    if base in ("day", "weekend"):
        return p - dt.timedelta(days=n), p
    if base == "week":
        return p - dt.timedelta(weeks=n), p
    if base == "month":
        return _shift_months(p, -n), p
    return _shift_months(p, -12 * n), p


@lru_cache(maxsize=4096)
def _dateparser(phrase: str, anchor: Optional[dt.date]) -> Optional[dt.date]:
    """Resolve an explicit date phrase with dateparser (imported on first use)."""
    import dateparser

    settings = {"PREFER_DATES_FROM": "past"}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month, anchor.day)
    try:
        parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    except Exception:
        return None
    return parsed.date() if parsed else None


# The TimeRefs made for the phrases of the document being read: figures that share a
# phrase share its record. Cleared with the window cache.
_REFS: dict[tuple, Optional[TimeRef]] = {}


def _ref(text: str, m: "re.Match[str]", p: Optional[dt.date]) -> Optional[TimeRef]:
    """The TimeRef for a matched phrase (leading "in"/"on"/"during" left out).

    A match is fixed by where it starts and where the text it was matched in ended."""
    key = (text, m.start(), m.end(), m.endpos, p)
    ref = _REFS.get(key)
    if ref is None and key not in _REFS:
        if len(_REFS) >= 10_000:
            _REFS.clear()
        ref = _REFS[key] = _make_ref(text, m, p)
    return ref


def _make_ref(text: str, m: "re.Match[str]", p: Optional[dt.date]) -> Optional[TimeRef]:
    s, e = m.span()
    lead = _LEAD.match(text, s, e)
    if lead and lead.end() < e and not m.group("between") and not m.group("begin") and not m.group("past"):
        s = lead.end()
    try:
        start, end = resolve(m, p)
    except (ValueError, OverflowError):  # 31 February, year 0
        start = end = None
        if m.group("dmy") or m.group("mdy") or m.group("slash"):
            start = end = _dateparser(m.group(), p)
    if m.group("slash"):
        start = end = _dateparser(m.group(), p)
    if m.group("period") and start is not None and p is not None and start <= p and _SINCE_BEFORE.search(
            text, max(0, s - 7), s):
        s, end = text.rindex("ince", 0, s) - 1, p  # "since last year": from its start to publication
    return _time_ref({"text": text[s:e], "span": _span({"start": s, "end": e}), "start": start, "end": end})


_SINCE_BEFORE = re.compile(r"(?<![\w])[Ss]ince\s+$")


# ``TimeRef(...)`` and ``Span(...)`` without the Python frame of ``BaseModel.__init__``:
# the same validation, the same records.
_time_ref = TimeRef.__pydantic_validator__.validate_python
_span = Span.__pydantic_validator__.validate_python


def times_in(text: str, start: int, end: int) -> list["re.Match[str]"]:
    """The time phrases in ``text[start:end]`` (rates and durations left out).

    >>> t = "In August, 12 died, and 40 per night tried in 2019."
    >>> [m.group() for m in times_in(t, 0, len(t))]
    ['In August', 'in 2019']
    """
    return _times_in(text, start, end)


def _times_in(text: str, start: int, end: int, starts: Optional[list[int]] = None) -> list["re.Match[str]"]:
    """``times_in``, trying ``_TIME`` at ``starts`` (by default ``_starts(text, start, end)``)."""
    out = []
    for m in matches_at(_TIME_AT, text, _starts(text, start, end) if starts is None else starts, end):
        if m.group("skip"):
            continue
        if m.group("month") and not (m.group("mprep") or m.group("y3") or m.group("rel3")):
            continue  # a bare month name: "May" may be a person
        out.append(m)
    return out


def find_time(
    text: str, sentences: list[Span], index: int, figure: Span, published: Optional[dt.date]
) -> Optional[TimeRef]:
    """When the figure holds: the nearest time phrase in its sentence, preferring its clause.

    "currently", "now", "so far" resolve to the publication date; "during the same time
    period" to the previous sentence's period; no time phrase at all gives ``None``.

    >>> import datetime as dt
    >>> t = "The French government claim that there are currently 1,000 migrants in Calais."
    >>> r = find_time(t, [Span(start=0, end=len(t))], 0, Span(start=53, end=58), dt.date(2020, 9, 29))
    >>> (r.text, str(r.start), str(r.end))
    ('currently', '2020-09-29', '2020-09-29')
    """
    try:
        return _find_time(text, sentences, index, figure, published)
    except Exception:  # never raise on arbitrary text
        return None


def window_bounds(sent: Span, fig_start: int, fig_end: int) -> tuple[int, int]:
    """``windows.window(sent, figure)`` as (start, end), without its two calls and its
    ``Range`` (the source reader uses it too; the tests hold it to ``windows.window``)."""
    lo = (fig_start // _GRID - 1) * _GRID
    hi = (fig_end // _GRID + 2) * _GRID
    start, end = sent.start, sent.end
    if start < lo:
        start = lo
    if end > hi:
        end = hi
    if start < 0:
        return 0, 0
    return start, (end if end > start else start)


def _find_time(text: str, sentences: list[Span], index: int, figure: Span, p: Optional[dt.date]) -> Optional[TimeRef]:
    if isinstance(p, dt.datetime):
        p = p.date()
    elif isinstance(p, str):  # an ISO date string, as extract() accepts
        try:
            p = dt.date.fromisoformat(p[:10])
        except ValueError:
            p = None
    if not (0 <= index < len(sentences)):
        return None
    f_start, f_end = figure.start, figure.end
    lo, hi = window_bounds(sentences[index], f_start, f_end)
    found = [x for x in _times_window(text, lo, hi) if not (x[0] < f_end and f_start < x[1])]
    if len(found) == 1 and found[0][2].lastgroup in _BEFORE_GROUPS and _not_its_year_before(text, found[0], f_start, f_end):
        found = []
    if not found:
        if index > 0 and _CONTINUES.match(text, sentences[index].start, sentences[index].end):
            before = _clip(sentences[index - 1], lo - _WINDOW, lo)
            prev = [x[2] for x in _times_window(text, before.start, before.end) if not x[2].group("same")]
            if prev:
                return _ref(text, prev[0], p)
        return None
    if len(found) == 1:  # the nearest, whatever the clause
        best = found[0][2]
    else:
        c_start, c_end = _clause(text, _Range(lo, hi), figure)
        spoken = _SPOKEN_WORD.search(text, lo, hi) is not None  # one look at the window first

        def rank(x: tuple[int, int, "re.Match[str]"]) -> tuple[int, int, int, int]:
            start, end = x[0], x[1]
            return (1 if x[2].lastgroup in _BEFORE_GROUPS and _not_its_year_before(text, x, f_start, f_end) else 0,
                    0 if c_start <= start and end <= c_end else 1,
                    1 if spoken and _SPOKEN_BEFORE.search(text, max(lo, start - 40), start) else 0,  # when it was said
                    f_start - end if end <= f_start else start - f_end)

        ranked = min(found, key=rank)
        if _not_its_year_before(text, ranked, f_start, f_end):
            return None
        best = ranked[2]
    if best.group("same"):
        return _same_period(text, sentences, index, best, p)
    if _is_year_before(best):
        return _year_before(text, best, [x[2] for x in found], p)
    return _ref(text, best, p)


_BEFORE_GROUPS = frozenset(("before", "period"))  # the last group of a match that may be "a year earlier"


def _not_its_year_before(text: str, x: tuple[int, int, "re.Match[str]"], f_start: int, f_end: int) -> bool:
    """Whether the phrase is "a year earlier" with another number between it and the figure:
    it is then of that number ("fell to 4.2% from 4.5% a year earlier")."""
    return x[2].lastgroup in _BEFORE_GROUPS and _is_year_before(x[2]) and _DIGIT.search(
        text, *((f_end, x[0]) if f_end <= x[0] else (x[1], f_start))) is not None


def _is_year_before(m: "re.Match[str]") -> bool:
    """Whether a phrase is "a year earlier" or "the previous year" (not "over the previous year")."""
    if m.group("before"):
        return True
    return bool(m.group("period")) and not m.group("pn") and m.group("pu").lower() == "year" and (
        " ".join(m.group("pq").lower().split()) == "the previous")


def _year_before(text: str, m: "re.Match[str]", others: list, p: Optional[dt.date]) -> TimeRef:
    """"a year earlier": the period of the sentence's nearest other time phrase before it (or
    after it), a year back; unresolved without one ("up from 900 a year earlier")."""
    refs = [o for o in others if o is not m and not _is_year_before(o) and not o.group("same")]
    earlier = [o for o in refs if o.end() <= m.start()]
    base = earlier[-1] if earlier else (refs[0] if refs else None)
    start = end = None
    ref = _ref(text, base, p) if base is not None else None
    if ref is not None and ref.start is not None and ref.end is not None:
        start, end = _a_year_back(ref.start), _a_year_back(ref.end)
    return TimeRef(text=m.group(), span=Span(start=m.start(), end=m.end()), start=start, end=end)


def _a_year_back(d: dt.date) -> dt.date:
    """The same day a year earlier (28 February for 29 February)."""
    return d.replace(year=d.year - 1) if not (d.month == 2 and d.day == 29) else dt.date(d.year - 1, 2, 28)


def _same_period(text: str, sentences: list[Span], index: int, m: "re.Match[str]", p: Optional[dt.date]) -> TimeRef:
    """"The same time period": the period of the previous sentence's time phrase."""
    start = end = None
    if index > 0:
        prev = _clip(sentences[index - 1], m.start() - 2 * _WINDOW, m.start())
        earlier = [x[2] for x in _times_window(text, prev.start, prev.end) if not x[2].group("same")]
        if earlier:
            ref = _ref(text, earlier[0], p)
            if ref is not None:
                start, end = ref.start, ref.end
    return TimeRef(text=m.group(), span=Span(start=m.start(), end=m.end()), start=start, end=end)


def clear_window_cache() -> None:
    """Forget the window scans shared by the figures of one document.

    ``extract`` calls this when it is done with a document, so no document is held in
    memory after its call and a repeated document is read afresh."""
    _times_window.cache_clear()
    _REFS.clear()
    _OFFERED.clear()
