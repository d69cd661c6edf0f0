"""The figure reader: every number in a text, with its bounds, qualifier and unit.

One linear pass of compiled patterns finds number atoms (numerals, number words,
money, percentages, physical quantities); atoms joined by "to", "-" or "and" after
"between" become ranges; the words just before and after give the qualifier. Numbers
that are not figure claims (years, dates, clock times, ages, durations, ordinals used as
names, identifiers and numbers that name ("Article 8", "No 10"), scores ("won 3-1"), epithets
("a father-of-three"), URLs, handles, phone numbers, the pronoun "one") are kept with a
``role`` that says why, and dropped by :func:`read_figures` unless ``all_roles=True``.

>>> [(f.text, f.low, f.high, str(f.qualifier), f.unit) for f in read_figures(
...     "Some 700 to 800 migrants and over £100 million; nearly 7,000 crossed in 2020.")]
[('700 to 800', 700.0, 800.0, 'range', None), ('over £100 million', 100000000.0, None, 'more_than', 'GBP'), ('nearly 7,000', 7000.0, 7000.0, 'nearly', None)]
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from typing import Iterator
from dataclasses import dataclass, replace

import regex

from factx import hotspots, numbers, numberwords
from factx.currencies import currency_before, currency_code, currency_table, may_end_with_currency, trie
from factx.qualifiers import (DECADE, LABEL, QUALIFIER_AFTER, may_start_with_qualifier, qualifier_before,
                               qualifier_ending, qualifier_length)
from factx.records import Figure, Qualifier
from factx.units import lookup as unit_lookup
from factx.units import may_open as may_open_unit
from factx.zones import find_zones

__all__ = ["read_figures", "read_numbers", "qualifier_length"]


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    low: float | None
    high: float | None
    unit: str | None = None
    dimension: str | None = None
    scaled: bool = False
    words: bool = False
    role: str = "claim"
    qualifier: Qualifier = Qualifier.exact
    digits: str = ""  # the numeral as written, for the year test

    def figure(self, text: str) -> Figure:
        return _VALIDATE_FIGURE({  # one validation, the span's included: the cheapest way to build it
            "text": text[self.start : self.end],
            "span": {"start": self.start, "end": self.end},
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "dimension": self.dimension,
            "role": self.role,
        })


# The qualifiers as constants (reading an Enum member off its class costs a lookup each time).
_EXACT, _RANGE = Qualifier.exact, Qualifier.range
_MORE_THAN, _AT_LEAST, _AT_MOST = Qualifier.more_than, Qualifier.at_least, Qualifier.at_most
_STRICT = (Qualifier.more_than, Qualifier.less_than)
_QUALIFIERS = {q.value: q for q in Qualifier}  # Qualifier(value), by a dict

# What Figure.model_validate calls, without its keyword handling.
_VALIDATE_FIGURE = Figure.__pydantic_validator__.validate_python

_NUMBER_WORDS = sorted(
    list(numbers.UNITS) + list(numbers.TENS) + ["nought", "naught", "hundred", "thousand", "million", "billion",
                                                 "trillion", "lakh", "crore", "dozens", "dozen", "dozs", "doz", "dzs"]
    + [w for w in numberwords.DENOMINATORS if w not in ("second", "seconds")],
    key=len,
    reverse=True,
)
_TENS = "|".join(numbers.TENS)
# The number words as a prefix tree: the same matches, tried in the same order (the words that
# match at one place are prefixes of each other, and both forms try the longest first), faster.
_WORD = (r"(?:(?:" + _TENS + r")[ \t-]*(?:first|second)s?+|" + trie(set(_NUMBER_WORDS))
         + r"|a(?=[\s-]+(?:hundred|thousand|million|billion|trillion|dozen|" + _TENS + r"|"
         + "|".join(w for w in numberwords.DENOMINATORS if not w.endswith("s")) + r")\b)"
         + r"|(?<!\bat[ \t]+one[ \t]+)point(?=[ \t]+(?:" + "|".join(list(numbers.UNITS) + list(numbers.TENS) + ["nought", "naught"]) + r")\b))")
_SIGN_WORD = r"(?:(?:minus|negative)[ \t]+)"
_SEP = r"(?:[ \t]*,[ \t]*|[ \t]+|[ \t]*-[ \t]*|[ \t]+of[ \t]+(?=a[ \t]+(?:thousand|million|billion|trillion)\b))"
_RATIO_SEP = r"[ \t]+(?:over|out[ \t]+of|in)[ \t]+"


def _word_chain(ratios: bool) -> str:
    item = rf"{_SEP}(?:(?:and|&)(?:[ \t]+|-))?\b{_WORD}\b"  # "one and a half", "one-and-a-half"
    if ratios:
        item = rf"(?:{item}|{_RATIO_SEP}(?:\b{_WORD}\b|\d+(?:\.\d+)?\b(?![.,]\d)))"
    return rf"{_SIGN_WORD}?+\b{_WORD}\b(?:{item})*+"


# A numeral followed by a word scale: "3 hundred and 21", "4 thousand 3 hundred", "3 dozens".
_MIXED_TAIL = regex.compile(
    rf"""[ \t]+(?=(?:hundred|thousand|million|billion|trillion|lakh|crore|dozens?|dozs?|dzs?|over|out[ \t]+of|in)\b)
    (?:(?:over|out[ \t]+of|in)[ \t]+(?=\d|\p{{L}}))?
    (?:\b{_WORD}\b|\d+(?:\.\d+)?\b)
    (?:{_SEP}(?:(?:and|&)[ \t]+)?(?:\b{_WORD}\b|\d+(?:\.\d+)?\b(?!,\d)))*+""",
    regex.X | regex.I | regex.V0,
)

# The first three letters of _MIXED_TAIL's words (hundred, thousand, million, billion, trillion, lakh,
# crore, dozen, doz, over, out), in lower case; and its words of two letters (dz, in).
_MIXED_TAIL_HEADS = frozenset(("hun", "tho", "mil", "bil", "tri", "lak", "cro", "doz", "ove", "out"))
_MIXED_TAIL_SHORT = frozenset(("dz", "in"))
_BLANKS = frozenset(" \t")


def _mixed_tail(text: str, end: int) -> regex.Match | None:
    """_MIXED_TAIL at ``end``, tried only where a blank and the start of one of its words follow."""
    if text[end : end + 1] not in _BLANKS:
        return None
    head = text[end + 1 : end + 4]
    if head[:1] not in _BLANKS:
        head = head.lower() if head.isascii() else head.translate(_FOLD_ODD_CASES).lower()
        if head not in _MIXED_TAIL_HEADS and head[:2] not in _MIXED_TAIL_SHORT:
            return None
    return _MIXED_TAIL.match(text, end)


# The leading digits of a grouped numeral are possessive ("\d{1,3}+"): what follows them starts
# with a separator, never with a digit, so giving digits back could never make it match. The
# grouped forms are tried only after a look at what they all need: 1-3 digits, then a separator
# and a digit.
_DIGITS = r"""
    (?:(?=\d{1,3}+(?:[,./]\d|[ \u00a0\u202f\u2009]\d{3}))
      (?:\d{1,3}+(?:,\d{3})++(?!\d)(?:\.\d+)?            # 1,317  1,500,000.25
    | \d{1,2}+(?:,\d{2}(?=,))++,\d{3}(?!\d)(?:\.\d+)?       # 12,34,567.89 (Indian grouping)
    | \d{1,3}+(?:[ \u00a0\u202f\u2009]\d{3})++(?:\.\d+)?(?!\d|[,.]\d)   # 1 317 (all kinds of space)
    | \d{1,3}+(?:\.\d{3})++,\d{1,2}(?!\d|[,.]\d)          # 1.111,11
    | \d{1,3}+(?:\.\d{3}){2,}+(?!\d)                  # 1.317.000
    | (?<![\d.,])\d{1,3}+,\d{1,2}(?!\d|[,.]\d|[ \t]*(?:and|or|&)[ \t]+\d)   # 1,3  5,00 (a decimal comma; not 1,2 and 3)
    | \d{1,3}+/\d{1,3}(?![\d/])                         # 1/40
    )
    | \d++(?:\.\d+)?(?:[eE][-+−]?\d+\b)?(?:[ ]{1,2}\d/\d{1,2}\b)?   # 34.5  4e14  2 1/2
    | \.\d+
    )(?:[ ]?[xX×][ ]?(?:10|2)(?:\^|(?=[−-]\d))[-+−]?\d+|\^[-+−]*\d+)?[½⅓⅔¼¾⅕⅛⅙]?
    | [½⅓⅔¼¾⅕⅛⅙](?![\d])
"""


# The blanks between the words of a vague amount ("hundreds of", "a few"): any, but no blank
# line (a paragraph break ends the figure: "hundreds of" closing one paragraph, "dozens" opening the next).
_GAP = r"(?:[^\S\n]|\n(?![^\S\n]*\n))+"


@functools.lru_cache(maxsize=2)
def _patterns(ratios: bool = False) -> tuple[tuple[tuple[str, regex.Pattern, regex.Pattern | None], ...],
                                            regex.Pattern, regex.Pattern, regex.Pattern]:
    table = currency_table()
    symbols = sorted(table.symbols, key=len, reverse=True)
    # A number atom: optional sign and a numeral (a currency symbol before it is read backwards,
    # see _CURRENCY_BEFORE); or a chain of number words. The numeral's pattern is tried at every
    # character of its windows, so it fails fast: it is case-sensitive outside its words ("minus",
    # "USD", "st"), and it looks first at what it must start with (a sign, a sign word, a numeral).
    alternatives = (
        ("numeral", rf"""(?-i:
        (?=[-−\d.½⅓⅔¼¾⅕⅛⅙]|[mM](?i:inus)|[nN](?i:egative))
        (?P<sign>(?=[-−])(?<![\p{{L}}\p{{N}}\-−%])[-−](?=\d|[½⅓⅔¼¾⅕⅛⅙])|(?i:\b{_SIGN_WORD})(?=\d))?
        (?=[\d.½⅓⅔¼¾⅕⅛⅙])  # where a numeral can start
        (?:(?<![\p{{L}}\p{{N}}_]|\d[.,]|[.,]\d)|(?<=(?<!\p{{L}})(?i:USD|EUR|GBP|AUD|CAD|CHF|JPY|CNY|INR|RMB)))
        (?P<num>{_DIGITS})(?!(?<=\d)(?i:st|nd|rd|th)\b))"""),
        # The number words, in this order where more than one can start: a vague amount
        # ("dozens", "several hundred"), a chain of number words, an ordinal word. Each starts at
        # a number word or at one of the words the last pattern reads before one ("several",
        # "a few", "many"; "minus", "a", "point").
        ("words", rf"""(?:(?P<vague>\b(?:(?:tens|hundreds){_GAP}of{_GAP})?(?:dozens|hundreds|thousands|millions|billions)\b(?![ \t]+of[ \t]+a\b)
                   | \bscores(?=[ \t]+of\b)
                   | \b(?:several|a{_GAP}few|many|a{_GAP}couple{_GAP}of){_GAP}(?:dozen|hundred|thousand|million|billion)\b(?!\s+(?:and|&)))
            | (?P<words>{_word_chain(ratios)})
            | (?P<ordinal>\b(?:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?
                      (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|
                      thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|
                      thirtieth|fortieth|fiftieth|hundredth|thousandth|millionth))\b))""",
         rf"(?P<few>(?:several|a{_GAP}few|many|a{_GAP}couple{_GAP}of){_GAP})?(?P<sign>{_SIGN_WORD})?(?P<word>(?:a|point)\s+)?"),
        ("ordinal", r"""(?P<ordinal>(?=\d)\b\d+(?:st|nd|rd|th)\b)"""),
    )
    # One pattern an alternative; _scan merges them back into one leftmost-first stream. A word
    # alternative carries a pattern for the words that can come before its number word.
    atom = tuple(
        (alt[0], regex.compile(alt[1], regex.X | regex.I | regex.V0),
         regex.compile(alt[2], regex.I | regex.V0 | regex.REVERSE) if len(alt) > 2 else None)
        for alt in alternatives)
    words = trie({w for w in table.words})
    minor = trie({w for w in table.minor if w.isalpha()})
    codes = "|".join(regex.escape(s) for s in symbols if s.isalpha() and s.isupper())
    signs = "".join(regex.escape(s) for s in symbols if len(s) == 1 and not (s.isascii() and s.isalnum()))
    after = regex.compile(
        rf"""
        (?P<scale>[ \u00a0]?(?:thousand|million|billion|trillion|lakh|crore)s?\b
                 | (?:mn|mln|bn|bln|tn|trn|[kKmMbBT])\b(?![.'’]\w))?
        (?:
          (?P<pct>[ \u00a0]?%|[ \u00a0](?:per[ \u00a0]?cents?|percents?|percentage|pct)\b|(?-i:pc)\b(?![.'’]\w))(?P<pts>[ \u00a0-]points?\b)?
        | (?P<pp>[ \u00a0-](?:percentage|per[ \u00a0-]?cent(?:age)?)[ \u00a0-]points?\b
                | (?-i:[ \u00a0]?(?:basis[ \u00a0-]points?|bps|bp)\b))
        | (?P<curword>[ \u00a0-](?:{words})\b)
        | (?P<minor>[ \u00a0-](?:{minor})\b|¢|(?-i:p)\b(?![.'’]\w))
        | (?P<curcode>[ \u00a0]?M?(?:{codes})\b)
        | (?P<cursym>[ \u00a0]?(?:[{signs}]|ரூ)(?![ \u00a0]?\d)
                    | [ \u00a0]?[{signs}](?=[ \u00a0]?\d[\d.,]*+[ \u00a0]?(?:[{signs}]|cents?\b|pence\b)))
        )?
        """,
        regex.X | regex.I | regex.V0,
    )
    assert list(after.groupindex) == ["scale", "pct", "pts", "pp", "curword", "minor", "curcode", "cursym"]
    assert after.groups == len(after.groupindex)  # _after unpacks m.groups() in this order
    before = qualifier_before()
    join = regex.compile(r"[ \t\u00a0]*(?:-[ \t]*to|to|through|-|–|—|~|and|&)[ \t\u00a0]*", regex.I)
    return atom, after, before, join


_VAGUE = {
    "dozens": (24.0, 99.0), "scores": (40.0, 99.0), "hundreds": (200.0, 999.0),
    "thousands": (2000.0, 9999.0), "millions": (2e6, 999e6), "billions": (2e9, 999e9),
}  # fmt: skip
_VAGUE_FEW = {"several": (3, 9), "a few": (2, 5), "many": (2, 9), "a couple of": (2, 2)}
_COUNTING_ORDINAL = regex.compile(
    r"""[ \t]+(?:(?:recorded|confirmed|reported|known|documented|registered|official|officially\s+recorded)[ \t]+)?
    (?:death|fatality|drowning|victim|casualty|case|arrest|shipwreck|killing|murder|body|migrant|person)\b""",
    regex.X | regex.I,
)
_PLURAL_NOUN_AFTER = regex.compile(
    r"[ \t]+(?:[\p{Ll}\-]+[ \t]+){0,2}?(?:people|persons|children|men|women|[\p{Ll}]{3,}s)\b(?!\s+(?:ago|later|earlier))"
)
_TIME_ENTITY = "time"
_NETWORK_GENERATIONS = frozenset((2.0, 3.0, 4.0, 5.0, 6.0))
_OLD = regex.compile(r"[ \t-]+old\b", regex.I)
_AGE_AFTER = regex.compile(r"-(?:year|month|week|day)s?-old\b", regex.I)
_ONE_BEFORE = regex.compile(
    r"\b(?:this|that|the|at|any|no|every|each|which|another|the[ \t]+only|last|next|such|no-|from|one|in|on|for|of|but)[ \t]+$",
    regex.I,
)
_ONE_AFTER = regex.compile(
    r"[ \t]*(?:of|another|day|point|side|way|time|hand|thing|by|'s|’s|who|that|which|too|as|or|and|[,.;:!?)\"”’]|$)"
    r"|-(?:off|time|way|sided|stop|party)\b",  # "a one-off payment", "a one-way ticket"
    regex.I,
)


def read_figures(text: str, *, all_roles: bool = False) -> list[Figure]:
    """Every figure in ``text``, in order; with ``all_roles`` also the non-claims.

    >>> [(f.text, f.role) for f in read_figures("In 2016, a 28-year-old paid $5.", all_roles=True)]
    [('2016', 'year'), ('28', 'age'), ('$5', 'claim')]
    """
    atom_re, after_re, _, join_re = _patterns()
    spans = hotspots.scan_windows(text)
    zones = find_zones(text, spans.digits, spans.runs)
    zone_starts = [z[0] for z in zones]
    atoms = _percent_first(text, _atoms(text, atom_re, after_re, spans, numbers_only=False))
    if "fold" in text:  # "tenfold", "Fivefold" (not in capitals); one scan of the text, so no "twice" (see tests)
        atoms = _with_fold_words(text, atoms)
    atoms = _join_proportions(text, _join_ranges(text, atoms, join_re, zones, zone_starts))
    for a in atoms:
        _qualify(text, a)
    atoms = _join_bounds(text, atoms)
    if all_roles:
        atoms = _with_bare_percents(text, _with_articles(text, atoms), zones, zone_starts)
    out: list[Figure] = []
    last_end = -1
    label_end = -9
    for a in atoms:
        if a.role == _LABELLED:
            a.role, label_end = "identifier", a.end
        elif a.start - label_end < 8 and a.role == "claim" and not a.words and _LABEL_CHAIN.fullmatch(
                text, label_end, a.start):
            a.role, label_end = "identifier", a.end  # "junctions 10 and 11": the label names both
        _classify(text, a, zones, zone_starts)
        if a.start < last_end:
            continue
        last_end = a.end
        if all_roles or a.role == "claim":
            out.append(a.figure(text))
    return out


def read_numbers(text: str) -> list[Figure]:
    """Every number in ``text`` as written, whatever its role: the number layer under the figures.

    A span covers the number and its scale word only: no qualifier, currency or unit,
    and ranges are not joined. Ratios written in words are one number ("one over three").

    >>> [(f.text, f.low) for f in read_numbers("About $2 million, 3 to 4 km, one over three.")]
    [('2 million', 2000000.0), ('3', 3.0), ('4', 4.0), ('one over three', 0.3333333333333333)]
    """
    atom_re, after_re, _, _ = _patterns(True)
    spans = hotspots.scan_windows(text)
    zones = find_zones(text, spans.digits, spans.runs)
    zone_starts = [z[0] for z in zones]
    out: list[Figure] = []
    for a in _atoms(text, atom_re, after_re, spans, numbers_only=True):
        if a.qualifier == _RANGE and a.low != a.high:  # "dozens": not a number as written
            continue
        _classify(text, a, zones, zone_starts)
        a.unit = a.dimension = None
        out.append(a.figure(text))
    return out


def _scan(text: str, alternatives: tuple[tuple[str, regex.Pattern, regex.Pattern | None], ...],
          spans: hotspots.Windows) -> Iterator[regex.Match | re.Match]:
    """The matches of the alternatives as one leftmost-first, non-overlapping stream.

    The same matches as one alternation of all of them would give (at a position, the
    earlier alternative wins), at the cost of separate scans: the regex engine scans
    each alternative alone several times faster than all of them as one alternation.
    A digit alternative is tried only where a run of digits, or a sign before one, starts
    (or, in a text dense with digits, scans it whole; see :mod:`factx.hotspots`); a word
    alternative is tried only where a number word, or a word said before one, starts.
    Such places are tried lazily, in order, the earliest first: never inside a match taken
    ("million" in "£100 million"). A scan of windows is searched ahead, its next match kept.
    """
    # Each alternative's places: (starts, window ends or None, plain numerals first?); None: windows
    places = [_places(text, where, lead, spans) for where, _, lead in alternatives]
    patterns = [pattern for _, pattern, _ in alternatives]
    at = [0] * len(places)  # the index of each alternative's next place
    pending: list[regex.Match | None] = [None] * len(places)  # a scan's next match
    searches = {}
    for i, (where, pattern, _) in enumerate(alternatives):
        if places[i] is None:
            windows = spans.all if where == "words" else spans.digits
            ends = [b for _, b in windows]
            searches[i] = functools.partial(hotspots.search, pattern, text, spans=windows, ends=ends)
            pending[i] = searches[i](0)
    nxt = [(_NEVER if pending[i] is None else pending[i].start()) if places[i] is None
           else (places[i][0][0] if places[i][0] else _NEVER) for i in range(len(places))]
    end = 0
    while True:
        first = min(nxt)
        if first == _NEVER:
            return
        i = nxt.index(first)  # the earliest alternative that starts there
        if places[i] is None:
            if first < end:  # overlaps the match taken last: search again after it
                m = pending[i] = searches[i](end)
                nxt[i] = _NEVER if m is None else m.start()
                continue
            m = pending[i]
            yield m
            end = m.end()
            m = pending[i] = searches[i](end)  # its own next match, which the loop would look for next
            nxt[i] = _NEVER if m is None else m.start()
            continue
        starts, stops, plain = places[i]
        k = at[i]
        if first < end:  # inside the match taken last: on to the first place after it
            k = bisect.bisect_left(starts, end, k)
        else:
            if plain:  # a numeral: read by _PLAIN_NUMERAL where plain
                m = _PLAIN_NUMERAL.match(text, first, stops[k]) or patterns[i].match(text, first, stops[k])
            elif stops is None:
                m = patterns[i].match(text, first)
            else:
                m = patterns[i].match(text, first, stops[k])
            k += 1
            if m is not None:
                at[i] = k
                nxt[i] = starts[k] if k < len(starts) else _NEVER
                yield m
                end = m.end()
                continue
        at[i] = k
        nxt[i] = starts[k] if k < len(starts) else _NEVER


_NEVER = sys.maxsize  # the start of an alternative that has no match left


def _word_places(text: str, word_starts: list[int], lead: regex.Pattern | None) -> list[int]:
    """``hotspots.starts_before(text, word_starts, lead)``, its pattern tried only after the words
    it reads: each of its groups ends with one of them and white space ("a ", "point ", "minus ",
    "several ", "a few ", "many ", "a couple of "), so white space and their last letters end the
    text before its places."""
    if lead is None:
        return word_starts
    maybe = [h for h in word_starts if _may_end_lead(text, h)]
    if not maybe:
        return word_starts  # sorted and apart, as hotspots gives them
    return sorted(set(word_starts).union(hotspots.starts_before(text, maybe, lead)))


def _may_end_lead(text: str, h: int) -> bool:
    """False if none of the words the pattern before a number word reads ends just before ``h``
    (with white space: str.isspace() holds for all of the pattern's)."""
    j = h - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j == h - 1 or j < 0:
        return False
    tail = text[max(0, j - 1) : j + 1]
    return tail[-1:] in _A or (tail if tail.isascii() else tail.translate(_FOLD_ODD_CASES)).lower() in _LEAD_ENDS


_A = frozenset("aA")
# The last two letters of "several", "few", "many", "of", "minus", "negative", "point".
_LEAD_ENDS = frozenset(("al", "ew", "ny", "of", "us", "ve", "nt"))


def _places(text: str, where: str, lead: regex.Pattern | None,
            spans: hotspots.Windows) -> tuple[list[int], list[int] | None, bool] | None:
    """Where an alternative can match, sorted: (starts, the end of each one's window or None,
    whether a plain numeral is read there first); None where it scans windows instead."""
    if where == "words" and spans.word_starts is not None:
        return _word_places(text, spans.word_starts, lead), None, False
    if where == "numeral" and spans.runs is not None:
        return (*_numeral_starts(text, spans.runs), True)
    if where != "words" and spans.runs is not None:
        return (*_ordinal_starts(text, spans.runs), False)
    return None


def _chars(chars) -> str:
    """``chars`` for a character class of the standard library's patterns, each escaped."""
    return "".join(f"\\U{ord(c):08x}" for c in sorted(chars))


# Before a plain numeral: any ASCII character but a letter, digit, "_", "." or "," (the pattern
# reads no sign at a digit; its lookbehind wants no letter, number or "_", nor a digit and a
# separator), and some others that are no letters or numbers.
_PLAIN_BEFORE = frozenset(
    [chr(i) for i in range(128) if not chr(i).isalnum() and chr(i) not in "_.,"]
    + list("£€¥₹“”‘’—–«»\u00a0\u202f\u2009"))
# After a plain numeral: what the pattern never reads on into (it reads on into digits, ".", ",",
# "/", "^", the blanks of a group or fraction, letters: "e", "x", "st", "th"...).
_PLAIN_AFTER = frozenset(chr(i) for i in range(128) if not chr(i).isalnum() and chr(i) not in ".,/^ ")
# The numeral pattern's match where it is plain, found by a pattern of the standard library (a
# call of which costs less than one of the regex module): ASCII digits ("700"), perhaps grouped
# by commas in threes ("9,000"), after no letter, number, "_", "." or "," (_PLAIN_BEFORE) and
# before nothing the numeral pattern reads on into (_PLAIN_AFTER; ".", "," and " " end it unless
# an ASCII digit follows, "5.3", "5,3", "5 317", or after " " an "x", "5 x 10^3", or another
# space, "2  1/2"; or a character that is not ASCII, a digit?). No match: not known here, the
# numeral pattern decides. Atomic: the digits and groups are all taken, or no match. Its groups
# are the numeral pattern's: "num", and "sign", which never takes part.
_PLAIN_NUMERAL = re.compile(
    rf"""(?<![^{_chars(_PLAIN_BEFORE)}])(?P<sign>(?!))?
    (?P<num>(?>[0-9]{{4,}}|[0-9]{{1,3}}(?:,[0-9]{{3}})*))
    (?=\Z|[{_chars(_PLAIN_AFTER)}]|[.,](?![0-9]|[^\x00-\x7f])|[ ](?![0-9 xX]|[^\x00-\x7f]))""",
    re.X,
)


def _numeral_starts(text: str, runs: list[tuple[int, int, int, int]]) -> tuple[list[int], list[int]]:
    """Where a numeral can start, and the end of its window: the start of a run of numeric
    characters, a sign or a decimal point just before one ("-5", "−½", ".5"), or a sign word
    and blanks before one ("minus 5"); never before the window."""
    starts: list[int] = []
    ends: list[int] = []
    for start, _, a, b in runs:
        before = text[start - 1] if start > a else ""
        if before in _SIGN_OR_POINT:
            starts.append(start - 1)
            ends.append(b)
        elif before in _BLANKS and (text[start - 2 : start - 1] in _BLANKS
                                    or text[start - 2 : start - 1] in _SIGN_WORD_LAST):
            word = _SIGN_WORD_BEFORE.match(text, a, start)
            if word is not None:
                starts.append(word.start())
                ends.append(b)
        starts.append(start)
        ends.append(b)
    return starts, ends


def _ordinal_starts(text: str, runs: list[tuple[int, int, int, int]]) -> tuple[list[int], list[int]]:
    """Where a numeral with an ordinal suffix ("21st") can start, and the end of its window: in a
    run of numeric characters followed by one of the suffixes' first letters, where digits start."""
    return hotspots.digit_starts(text, [run for run in runs if text[run[1] : run[1] + 1] in _ORDINAL_SUFFIX_INITIALS])


_SIGN_OR_POINT = frozenset("-−.")
# The sign words of a numeral read backwards from the blanks before its digits (no word boundary
# here: the numeral's own pattern checks it).
_SIGN_WORD_BEFORE = regex.compile(r"(?:minus|negative)[ \t]+", regex.I | regex.V0 | regex.REVERSE)
_SIGN_WORD_LAST = frozenset("sSeE\u017f")  # the last letters of "minus" and "negative", in any case
# "st", "nd", "rd", "th" in any case ("ſt": "ſ" matches "s" case-insensitively).
_ORDINAL_SUFFIX_INITIALS = frozenset("sSnNrRtT\u017f")


def _atoms(text: str, atom_re: tuple[tuple[str, regex.Pattern, regex.Pattern | None], ...], after_re: regex.Pattern,
           spans: hotspots.Windows, *, numbers_only: bool) -> list[_Atom]:
    atoms: list[_Atom] = []
    for m in _scan(text, atom_re, spans):
        taken = atoms[-1].end if atoms else 0  # a numeral's word tail ("3 hundred and 21") is taken
        kind = m.lastgroup  # the outermost group that took part: no pattern nests its named groups
        if kind == "words":
            atoms.extend(_word_numbers(text, m, after_re, numbers_only, taken))
        elif m.start() < taken:
            continue
        elif kind == "num":
            a = _numeral(text, m, after_re, numbers_only, taken)
            if a is not None:
                atoms.append(a)
        elif kind == "vague":
            a = _vague(text, m)
            if not numbers_only:
                _vague_unit(text, a)
            atoms.append(a)
        else:
            atoms.append(_ordinal(text, m.start(), m.end()))
    return atoms


# In the number layer, scale letters glued to (or spaced from) a numeral: "10k", "1.2b", "2.33 k", "10G".
_NUMBER_SCALE = regex.compile(r"[ ]{0,2}(?:(?P<word>mil|mln|bln|tln|bn|tn|trn|MM)|(?P<letter>[kKMGbBT]))\b(?![.'’]\w)")
_SCALE_LETTERS = {"G": 1e9, "tln": 1e12, "mil": 1e6, "MM": 1e6}
_GLUED = regex.compile(r"\p{L}")


def _numeral(text: str, m: regex.Match, after_re: regex.Pattern, numbers_only: bool = False,
             taken: int = 0) -> _Atom | None:
    raw = m.group("num")
    if m.re is _PLAIN_NUMERAL:  # no sign; numbers.parse_numeral and numbers.is_plain of its digits
        plain = "," not in raw
        value = float(raw) if plain else float(raw.replace(",", ""))
    else:
        try:
            value = numbers.parse_numeral(raw)
        except (ValueError, ZeroDivisionError, OverflowError):
            return None
        if value is not None and m.group("sign"):
            value = -value
        plain = numbers.is_plain(raw)
    start, end = m.span()
    a = _Atom(start, end, value, value, digits=raw)
    cur = None
    if start > 0:
        lo = max(0, taken, start - 8)
        before = currency_before().search(text, lo, start) if may_end_with_currency(text[lo:start]) else None
        if before and numbers_only:
            cur = before.group("cur")  # only to keep "$2000 over 3 years" from reading as a ratio
        elif before:
            cur = before.group("cur")
            a.start = before.start()
            if len(cur) == 4 and cur[0] == "M" and cur[1:].isupper():  # "MAUD 60": millions
                a.low = a.high = numbers.scaled(value, 1e6)
                a.scaled, cur = True, cur[1:]
            a.unit, a.dimension = currency_code(cur), "money"
    if plain:
        tail = _mixed_tail(text, a.end)
        # a scale word alone ("£100 million"): no number is read further here (_after reads the scale)
        if tail and tail.group().strip(" \t").lower() not in _SCALES_ALONE and (
                numbers_only or not _RATIO_WORD.match(tail.group())):
            tokens = [t for _, _, t in numberwords.split_words(text[a.end : tail.end()])]
            got, j, _ = numberwords.parse_tokens([abs(value)] + tokens, 0, ratios=numbers_only and not cur)
            if not float(value).is_integer():  # "2.12 hundred", not "1.5 thousand and fifteen hundred"
                j = min(j, 2) if tokens[0] in numbers.SCALES else 0
                got = numbers.scaled(abs(value), numbers.SCALES.get(str(tokens[0]), 1.0))
            scales_only = j == 2 and tokens[0] in numbers.SCALES and tokens[0] != "hundred"
            if got is not None and j >= 2 and not scales_only:
                spans = numberwords.split_words(text[a.end : tail.end()])
                a.low = a.high = got if value >= 0 else -got
                a.end = a.end + spans[j - 2][1]
                a.scaled, a.digits = True, ""
    if numbers_only:
        m2 = _NUMBER_SCALE.match(text, a.end)
        if m2 and not a.scaled:
            word = m2.group("word") or m2.group("letter")
            a.low = a.high = numbers.scaled(value, _SCALE_LETTERS.get(word) or numbers.scale_of(word))
            a.end, a.scaled = m2.end(), True
        elif a.end < len(text) and _GLUED.match(text, a.end):
            return None  # "29km", "180ml": a measurement token, not a bare number
        after = after_re.match(text, a.end) if _may_read_after(text, a.end) else None
        if after and after.group("scale") and not a.scaled:
            word = after.group("scale").strip()
            if len(word) > 1 and word not in ("mn", "tn"):
                a.low = a.high = numbers.scaled(value, numbers.scale_of(word))
                a.end, a.scaled = after.end("scale"), True
        return a
    head = text[a.end : a.end + 2]  # a plus-minus sign is in the first two characters of _PLUS_MINUS
    pm = _PLUS_MINUS.match(text, a.end) if "+" in head or "±" in head else None
    if pm and a.low is not None:  # "9.83e-3 +/- 1e-5 km/s2": the stated interval
        u = numbers.parse_numeral(pm.group(1))
        a.low, a.high, a.end, a.qualifier = a.low - u, a.low + u, pm.end(), _RANGE
    _after(text, a, after_re, money_prefix=bool(cur))
    if cur and a.dimension == "percent":  # "the dollar 1.5% higher": the word was no currency sign
        a.start = start
    return a


_SCALES_ALONE = frozenset(("thousand", "million", "billion", "trillion", "lakh", "crore"))  # no "hundred"
_RATIO_WORD = regex.compile(r"[ \t]+(?:over|out|in)\b", regex.I)
_NEXT_WORD = regex.compile(r"[ \t]+(\p{L}+)\b")
_BETWEEN = regex.compile(r"\bbetween[ \t]+(?:\S+[ \t]+)?$", regex.I)
_PLUS_MINUS = regex.compile(r"[ \t]?(?:\+/-|\+/−|±|\+-)[ \t]?(\d+(?:\.\d+)?(?:[eE][-+−]?\d+)?)(?![\d.,]\d)")


def _after(text: str, a: _Atom, after_re: regex.Pattern, *, money_prefix: bool) -> None:
    """Scale word, percent sign, currency word/code or physical unit after a number."""
    if a.low is None or text[a.end : a.end + 1] in _ENDS_READING:  # "5,", "5.", "5)": nothing more to read
        return
    after = _word_after(text, a.end)
    m = after_re.match(text, a.end) if _may_read_after(text, a.end, after) else None
    if m is None or m.end() == a.end:  # nothing after the number: only a unit or an age can follow
        if a.unit is None:  # what the branches below come to with every group None
            word = after[1].group().lower() if after[1] is not None else ""
            if word in _OF_A_OR_TIMES:
                if word == "fold" or word == "times":  # "2.5-fold", "three times as many"
                    times = _TIMES.match(text, a.end)
                    if times:
                        a.unit, a.dimension, a.end = _MULTIPLE_UNIT, _MULTIPLE, times.end()
                        return
                elif point := _OF_A_POINT.match(text, a.end):  # "0.4 of a percentage point"
                    a.unit, a.dimension, a.end = "percentage point", "percent", point.end()
                    return
            _unit_or_age(text, a, after)
        return
    scale, pct, pts, pp, curword, minor, curcode, cursym = m.groups()
    if scale and not a.scaled:
        word = scale.strip()
        ambiguous = len(word) == 1 and word not in "kK" or word == "B"
        millions = _millions_of(text, a, m, word)  # "1.5m people": no money, yet millions
        if millions or not (ambiguous and not money_prefix and not (curword or curcode)):
            if millions or not (word in ("m", "M") and not money_prefix and not (curword or curcode)):
                factor = numbers.scale_of(word)
                a.low = a.high = numbers.scaled(a.low, factor)
                a.scaled = True
                a.end = m.end("scale")
    if pct is not None:
        a.unit, a.dimension = ("percentage point" if pts else "percent"), "percent"
        a.end = m.end()
    elif pp is not None:  # "0.3 percentage points", "a 3.5-percentage-point rise"; "25 basis points", "75bps"
        a.unit = "basis point" if pp.lstrip(" \u00a0")[0] == "b" else "percentage point"
        a.dimension, a.end = "percent", m.end()
    elif curword is not None and a.unit == currency_table().words[numbers.fold(curword[1:])]:
        a.end = m.end()  # "$ 10 dollars": the word repeats the symbol
    elif curword is not None and a.unit is None:
        word = numbers.fold(curword[1:])
        if word in _POUNDS and _WEIGHED.search(text, max(0, a.start - 60), a.start):
            a.unit, a.dimension, a.end = "pound-mass", "mass", m.end()  # "the parcel weighed 3 pounds"
        else:
            a.unit, a.dimension, a.end = currency_table().words[word], "money", m.end()
            _cents(text, a)
    elif minor is not None and a.unit is None and not (minor == "p" and text[max(0, a.start - 3) : a.start].lower() == "at "):
        # "50 cents", "470 pence", "a 12-cent dividend", "340p"; not "back at 7p" (a clock time)
        word = numbers.fold(minor.lstrip(" \u00a0-"))
        code = "GBP" if word == "p" else currency_table().minor.get(word) or currency_table().symbols.get("$")  # "340p": pence
        a.low = a.high = numbers.scaled(a.low, 0.01)
        a.unit, a.dimension, a.end = code, "money", m.end()
    elif curcode is not None and a.unit is None:
        code = curcode.strip()
        if code[0] in "mM" and len(code) == 4:  # "30 MUSD": millions of dollars
            a.low = a.high = numbers.scaled(a.low, 1e6)
        a.unit, a.dimension, a.end = currency_code(code[-3:] if len(code) == 4 else code), "money", m.end()
        scale2 = _SCALE_AFTER_CODE.match(text, a.end)
        if scale2 and not a.scaled:  # "75 USD million"
            a.low = a.high = numbers.scaled(a.low, numbers.scale_of(scale2.group(1)))
            a.scaled, a.end = True, scale2.end()
        _cents(text, a)
    elif cursym is not None and a.unit is None:
        a.unit, a.dimension, a.end = currency_code(cursym), "money", m.end()
        _cents(text, a)
    elif a.unit is None:
        _unit_or_age(text, a, _word_after(text, a.end) if a.end != m.start() else after)


# A multiple: "a 30-fold increase", "rose 2.5 fold", "three times as many", "five times higher",
# "four times the number" (not "three times a week", "arrested five times"); "tenfold" is one word
# (_FOLD_WORD). Its unit is "times", what it measures a multiple.
_MULTIPLE_UNIT, _MULTIPLE = "times", "multiple"
_TIMES = regex.compile(
    r"(?:[ \t]?-?fold\b|[ \t-]times(?=[ \t]+(?:as|more|higher|larger|bigger|greater|lower|smaller|faster|slower"
    r"|longer|the|that|what|over|above|below)\b))", regex.I)
_FOLD_WORD = regex.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred"
    r"|thousand)fold\b", regex.I)


def _with_fold_words(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """ "tenfold", "Fivefold": a multiple said in one word, which the number words do not read."""
    found = []
    for m in _FOLD_WORD.finditer(text):
        value = numberwords.parse_words(m.group()[:-4])
        if value is not None:
            found.append(_Atom(m.start(), m.end(), value, value, unit=_MULTIPLE_UNIT, dimension=_MULTIPLE,
                               words=True, digits=m.group()))
    if not found:
        return atoms
    starts = [a.start for a in atoms]
    for f in found:
        k = bisect.bisect_right(starts, f.start)
        if not (k and atoms[k - 1].end > f.start or k < len(atoms) and atoms[k].start < f.end):
            atoms.insert(k, f)
            starts.insert(k, f.start)
    return atoms


_LABELLED = "labelled"  # the role _qualify gives a number after a word that names by it; an identifier
# After a labelled number, the others it names with it: "junctions 10 and 11", "Articles 3, 5 and 8".
_LABEL_CHAIN = regex.compile(r"[ \t]*(?:,|and|&|or|to|-|–)[ \t]*(?:and[ \t]+)?", regex.I)
# An age by its decade, after "in her", "in their mid-", ...: "a woman in her 40s", "men in their mid-20s".
_DECADE_BEFORE = regex.compile(
    r"\bin[ \t]+(?:his|her|their|my|your|our)[ \t]+(?:(?:early|mid|late)(?:[ \t]+|-))?$", regex.I)


# A part of a percentage point: "0.4 of a percentage point", "a quarter of a percentage point", "half a
# percentage point" (the words after the number open with "of" or "a").
_OF_A_OR_TIMES = frozenset(("of", "a", "fold", "times"))
_OF_A_POINT = regex.compile(
    r"[ \t\u00a0]+(?:of[ \t\u00a0]+)?a[ \t\u00a0]+(?:percentage|per[ \t\u00a0]?cent(?:age)?)[ \t\u00a0]+point\b", regex.I)


# "1.5m people", "2m households", "3m tonnes": a glued "m" then a plural is millions, not metres;
# not before what is measured in metres ("10m walls") nor a word of size ("4m high").
_MILLIONS_NOUN = regex.compile(r" (?P<w>[a-z]+)\b")
_COUNTED_NOT_IN_S = frozenset(("people", "children", "men", "women", "unemployed", "homeless", "poor", "elderly",
                               "staff", "police", "youth", "young", "adults", "more", "fewer", "extra"))
_MEASURED_IN_METRES = frozenset((
    "walls", "waves", "fences", "trees", "towers", "cliffs", "boats", "yachts", "ships", "vessels", "dinghies",
    "drops", "falls", "ladders", "poles", "pipes", "sections", "lengths", "masts", "tides", "depths", "steps",
    "runs", "sprints", "races", "heats", "finals", "metres", "meters", "yards", "feet", "inches", "miles",
))


def _millions_of(text: str, a: _Atom, m: regex.Match, word: str) -> bool:
    if word != "m" or m.start("scale") != a.end or not text[a.end - 1 : a.end].isdigit():
        return False
    noun = _MILLIONS_NOUN.match(text, m.end("scale"))
    if noun is None:
        return False
    w = noun.group("w")
    return w in _COUNTED_NOT_IN_S or (len(w) > 3 and w.endswith("s") and not w.endswith("ss")
                                       and w not in _MEASURED_IN_METRES)


def _unit_or_age(text: str, a: _Atom, after: tuple[int, regex.Match | None]) -> None:
    """An age or a physical unit after a number that has no unit: the last reading of :func:`_after`."""
    if text.startswith("-", a.end) and _AGE_AFTER.match(text, a.end):
        a.role = "age"  # "a three-year-old girl"
        return
    hit = None if _opens_no_unit(text, a.end, after) else unit_lookup(text, a.end)
    if hit:
        surface, unit, entity = hit
        if surface == "G" and a.low in _NETWORK_GENERATIONS:
            a.role = "identifier"  # "the 5G rollout", "4G masts": a generation of mobile network, not gauss
            return
        if entity == _TIME_ENTITY and _OLD.match(text, a.end + len(surface)):
            a.role = "age"  # "thirty years old" is an age, read like "a 28-year-old": the number alone
            return
        a.unit, a.dimension, a.end = unit, entity, a.end + len(surface)


def _word_after(text: str, pos: int) -> tuple[int, regex.Match | None]:
    """What follows a number at ``pos``: where it starts, after one optional space or hyphen,
    and the letters that start there."""
    if text[pos : pos + 1] in _AFTER_SEPARATORS:
        pos += 1
    # No letters there by str.isalpha(): then none that the readers after it know either.
    return pos, _LETTERS.match(text, pos) if text[pos : pos + 1].isalpha() else None


_POUNDS = frozenset({"pound", "pounds"})
# A verb or noun of weight in the words before "N pounds": a weight, not money.
# No figure and no word of money between them: "weighs 40 tonnes and costs 5 million pounds" is money.
_WEIGHED = regex.compile(
    r"\b(?:weigh(?:s|ed|ing|t|ts)?|heavier|lighter)\b"
    r"(?:(?!\b(?:costs?|costing|paid|pay|price[sd]?|worth|fined?|fees?|spent|sold|bought|£)\b)[^.;:!?\d£$€])*$",
    regex.I,
)


def _may_read_after(text: str, pos: int, after: tuple[int, regex.Match | None] | None = None) -> bool:
    """False if the pattern of the words after a number (``_patterns()[1]``) reads nothing at ``pos``.

    A cheap test in front of it: after one optional space or hyphen, what it reads starts with
    a mark ("%", "¢", a currency sign) or with a word whose letters are in :func:`_after_words`.
    ``after``: :func:`_word_after` at ``pos``, if known.
    """
    at, word = after if after is not None else _word_after(text, pos)
    marks, words = _after_words()
    if text[at : at + 1] in marks:
        return True
    if word is None:
        return False
    token = word.group()
    return (token if token.isascii() else token.translate(_FOLD_ODD_CASES)).lower() in words


def _opens_no_unit(text: str, pos: int, after: tuple[int, regex.Match | None]) -> bool:
    """True if no unit is written at ``pos`` (``unit_lookup`` finds none): an ASCII character
    that opens no unit and is no blank or hyphen before one ("5.", "5,", "5)"); or one space,
    then a word of ASCII letters that no unit opens with (:func:`factx.units.may_open`), not
    glued to what could carry a unit on ("km/h", "km2", "sq.", "-odd"). ``after``: :func:`_word_after`
    where the number ended; after a scale word ("5 million km") ``pos`` is further on, and then
    ``after`` says nothing about it (its place is not ``pos + 1``)."""
    head = text[pos : pos + 1]
    if head == "" or (head.isascii() and not head.isalpha() and head not in _MAY_OPEN_UNIT):
        return True
    at, word = after
    if word is None or at != pos + 1 or text[pos] != " ":
        return False
    token = word.group()
    glued = text[word.end() : word.end() + 1]
    if glued and not (glued.isascii() and glued not in "/^.-" and not glued.isdigit()):
        return False
    return token.isascii() and not may_open_unit(token)


_AFTER_SEPARATORS = frozenset(" \u00a0-")
# Marks after which _after reads nothing: no separator, letter, mark of its pattern (see _after_words),
# unit (_MAY_OPEN_UNIT) or age ("-year-old").
_ENDS_READING = frozenset(",.;:!?)]}/\t\n\r")
_MAY_OPEN_UNIT = frozenset(" -%'\"")  # the ASCII characters but letters with which a unit's surface may open
_LETTERS = regex.compile(r"\p{L}++")
# The letters outside A-Z that the regex module matches case-insensitively with an ASCII letter.
_FOLD_ODD_CASES = str.maketrans({"\u0130": "i", "\u017f": "s", "\u212a": "k"})


@functools.lru_cache(maxsize=1)
def _after_words() -> tuple[frozenset[str], frozenset[str]]:
    """(marks, words): the first character or the first word (its letters in lower case) of
    everything the pattern of the words after a number reads: scale words and letters,
    percent words, currency words, codes and signs (see :func:`_patterns`)."""
    table = currency_table()
    marks = {"%", "¢", "ர"}  # "ரூ": rupees
    marks |= {s for s in table.symbols if len(s) == 1 and not (s.isascii() and s.isalnum())}
    forms = [w + s for w in ("thousand", "million", "billion", "trillion", "lakh", "crore") for s in ("", "s")]
    forms += ["mn", "mln", "bn", "bln", "tn", "trn", "k", "m", "b", "t", "p"]
    forms += ["per", "percent", "percents", "percentage", "pct", "pc", "basis", "bps", "bp"]
    forms += list(table.words) + [w for w in table.minor if w.isalpha()]
    codes = [s for s in table.symbols if s.isalpha() and s.isupper()]
    forms += codes + ["M" + c for c in codes]
    words = set()
    for form in forms:
        token = _LETTERS.match(form)
        if token is None:
            marks.add(form[0])
        else:
            words.add(token.group().lower())
    return frozenset(marks), frozenset(words)


_SCALE_AFTER_CODE = regex.compile(r"[ \u00a0](thousand|million|billion|trillion)\b", regex.I)
# The cents after a sum of money in words or codes: "3 dollars 50 cents", "13 dollars and forty-five cents".
_CENTS = regex.compile(
    r"[ \t]+(?:and[ \t]+)?(?P<n>\d{1,2}(?![\d.,]\d)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b"
    r"(?:(?P<minor>[ \t]+(?:cents?|pence))\b|(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+more\b))",
    regex.I,
)


def _cents(text: str, a: _Atom) -> None:
    """Add the cents said after a whole amount of money ("15 dollars 50", "17 USD 25")."""
    if a.scaled or a.low is None or not float(a.low).is_integer():  # not "1798E305£" (infinite) either
        return
    m = _CENTS.match(text, a.end)
    if m:
        n = m.group("n")
        cents = float(n) if n[0].isdigit() else numberwords.parse_words(n)
        if cents is not None and 0 < cents < 100:
            a.low = a.high = a.low + cents / 100
            a.end = m.end()


def _word_numbers(text: str, m: regex.Match, after_re: regex.Pattern, numbers_only: bool = False,
                  taken: int = 0) -> list[_Atom]:
    """Split a chain of number words into numbers ("one, two" is two numbers)."""
    base = m.start()
    tokens = [t for t in numberwords.split_words(m.group()) if base + t[0] >= taken]
    words = [w for _, _, w in tokens]
    out: list[_Atom] = []
    i = 0
    while i < len(tokens):
        value, j, kind = numberwords.parse_tokens(words, i, ratios=numbers_only)
        if value is None or j == i:
            i += 1
            continue
        start, end = base + tokens[i][0], base + tokens[j - 1][1]
        if kind == "ordinal":  # "the third confirmed death", "the twenty-first century"
            out.append(_ordinal(text, start, end, value))
        elif kind == "half" and not numbers_only and not _comparative_before(text, start) \
                and not _OF_A_POINT.match(text, end):
            pass  # "half of them" is not a figure; "more than half" is
        else:
            a = _Atom(start, end, value, value, words=True)
            a.digits = " ".join(str(w) for w in words[i:j])
            if numbers_only:
                after = after_re.match(text, a.end) if _may_read_after(text, a.end) else None
                if after and after.group("scale") and len(after.group("scale").strip()) > 2:
                    a.low = a.high = numbers.scaled(value, numbers.scale_of(after.group("scale").strip()))
                    a.end = after.end("scale")
            else:
                _after(text, a, after_re, money_prefix=False)
            out.append(a)
        i = j
    return out


def _comparative_before(text: str, start: int) -> bool:
    m = _patterns()[2].search(text, max(0, start - 40), start)
    return m is not None and m.lastgroup not in ("between", "from", "exact")


def _vague(text: str, m: regex.Match) -> _Atom:
    phrase = " ".join(m.group().translate(_FOLD_ODD_CASES).lower().split())
    last = phrase.split()[-1]
    if last in _VAGUE:
        low, high = _VAGUE[last]
        if phrase.startswith("tens of"):
            low, high = low * 10, high * 10
        elif phrase.startswith("hundreds of"):
            low, high = low * 100, high * 100
    else:
        few = phrase.rsplit(" ", 1)[0]
        lo, hi = _VAGUE_FEW[few]
        scale = 12.0 if last == "dozen" else numbers.SCALES[last]
        low, high = lo * scale, hi * scale
        if lo == hi:  # "a couple of hundred": about 200
            return _Atom(m.start(), m.end(), low, high, qualifier=Qualifier.approximate, words=True)
    return _Atom(m.start(), m.end(), low, high, qualifier=_RANGE, words=True)


_OF = regex.compile(r"[ \t]+of(?=[ \t])", regex.I)


def _vague_unit(text: str, a: _Atom) -> None:
    """The unit or currency of a vague amount, after it or after "of": "several hundred metres",
    "millions of dollars", "hundreds of years" (a duration, then)."""
    of = _OF.match(text, a.end)
    at = of.end() if of else a.end
    word = _LETTERS.match(text, at + 1) if text[at : at + 1] in (" ", "\t") else None
    if word is not None:
        code = currency_table().words.get(numbers.fold(word.group()))
        if code is not None:  # "millions of dollars", "Thousands of Euros"
            a.unit, a.dimension, a.end = code, "money", word.end()
            return
    hit = unit_lookup(text, at)
    if hit and hit[0][:1] in (" ", "\t"):
        surface, unit, entity = hit
        a.unit, a.dimension, a.end = unit, entity, at + len(surface)


def _ordinal(text: str, start: int, end: int, value: float | None = None) -> _Atom:
    if value is None:
        value = numbers.ordinal_value(text[start:end])
    a = _Atom(start, end, value, value, role="ordinal")
    if _COUNTING_ORDINAL.match(text, end):
        a.role = "claim"  # "the first recorded death": a count
    return a


# "per cent of twenty-two": the percent said first; not "the percent of 18-year-olds".
_PERCENT_FIRST = regex.compile(
    r"(?<!\b(?:the|a|this|that|what|which|each|every)[ \t]+)\b(?:per[ \t]?cents?|percents?)[ \t]+of[ \t]+$", regex.I
)


def _may_end_with_of(text: str, end: int) -> bool:
    """False if no "of" and blanks (and maybe a line break) end ``text[:end]``: a cheap test in
    front of _PERCENT_FIRST."""
    if text[end - 1 : end] == "\n":
        end -= 1
    if text[end - 1 : end] not in _BLANKS:
        return False
    last = text[end - 2 : end - 1]
    return last in _BLANKS or last in _OF_LAST  # more blanks, or the "f" of "of"


_OF_LAST = frozenset("fF")


def _percent_first(text: str, atoms: list[_Atom]) -> list[_Atom]:
    prev_end = 0
    for a in atoms:
        if a.unit is None and a.role == "claim" and a.low is not None and a.low == a.high \
                and _may_end_with_of(text, a.start):
            m = _PERCENT_FIRST.search(text, max(prev_end, a.start - 20), a.start)
            if m:
                a.start, a.unit, a.dimension = m.start(), "percent", "percent"
        prev_end = a.end
    return atoms


_ARTICLE_UNIT = regex.compile(r"\b[Aa]n?(?=[ \t]+\p{L}{3})")


def _with_articles(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """ "a gallon", "a penny", "A kibibyte": one unit, said with the article. Not a claim (role
    ``article``; "$80 a barrel" is a rate, "a foot in the door" an idiom), so only with all roles."""
    found: list[_Atom] = []
    starts = [a.start for a in atoms]
    minor = currency_table().minor
    for m in _ARTICLE_UNIT.finditer(text):
        k = bisect.bisect_right(starts, m.start())
        if k and atoms[k - 1].end > m.start():
            continue
        word = _NEXT_WORD.match(text, m.end(), m.end() + 40)
        if word and numbers.fold(word.group(1)) in minor:  # "a penny": one hundredth of a pound
            a = _Atom(m.start(), word.end(), 0.01, 0.01, unit=minor[numbers.fold(word.group(1))],
                      dimension="money", role="article")
        else:
            hit = unit_lookup(text, m.end())
            if not hit or not hit[0][:1].isspace() or hit[2] == _TIME_ENTITY:
                continue
            a = _Atom(m.start(), m.end() + len(hit[0]), 1.0, 1.0, unit=hit[1], dimension=hit[2], role="article")
        found.append(a)
    if not found:
        return atoms
    return sorted(atoms + found, key=lambda a: a.start)


_BOUND_JOIN = regex.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+|but[ \t]+)", regex.I)
_LOWER = (Qualifier.more_than, Qualifier.at_least)
_UPPER = (Qualifier.less_than, Qualifier.at_most)


def _join_bounds(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Join a lower and an upper bound said together into one range: "more than 10 and less than
    20", "no more than 50 and no less than 20". Not "more than 40 and less than 10"."""
    if not any(a.qualifier in _UPPER for a in atoms):  # every pair holds an upper bound
        return atoms
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and (not a.unit or not atoms[i + 1].unit or a.unit == atoms[i + 1].unit):
            b = atoms[i + 1]
            pair = (a.qualifier in _LOWER) != (b.qualifier in _LOWER) and (
                a.qualifier in _UPPER or b.qualifier in _UPPER)
            if pair and a.end <= b.start and _BOUND_JOIN.fullmatch(text, a.end, b.start):
                low = a.low if a.qualifier in _LOWER else b.low
                high = b.high if a.qualifier in _LOWER else a.high
                if low is not None and high is not None and low < high:
                    out.append(replace(a, end=b.end, low=low, high=high, qualifier=_RANGE,
                                       unit=a.unit or b.unit, dimension=a.dimension or b.dimension))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _join_ranges(text: str, atoms: list[_Atom], join_re: regex.Pattern,
                 zones: list[tuple[int, int, str]] = (), zone_starts: list[int] = ()) -> list[_Atom]:
    """Join "700 to 800", "100-200", "between 100 and 200" into one atom each (not inside a
    phone number, date or identifier: "+1-222-2222")."""
    out: list[_Atom] = []
    i = 0
    n = len(atoms)
    while i < n:
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < n else None
        # the cheap test of the gap first: most figures are far apart
        if b is not None and _may_join(text, a.end, b.start) and a.role == "claim" and b.role == "claim" \
                and not _in_zone(a.end, zones, zone_starts):
            j = join_re.fullmatch(text, a.end, b.start)
            if j and text[a.end : b.start] in _SCORE_DASHES and _is_score(a, b):
                out.append(replace(_range(a, b), low=a.low, high=b.low, role="score"))
                i += 2
                continue
            if j and a.low is not None and b.low is not None and not _year_then_count(a, b) and not (
                    a.words and b.words and a.qualifier == b.qualifier == _RANGE) and not (
                    a.unit and b.unit and a.unit != b.unit) and a.low != b.low and not (  # "rose 2 % to $ 1.45 billion"
                    # a unit after the first number and none after the second: a change or a span, then
                    # a level ("rose by 18% to 1.14 million", "rose over two years to 3,000"); a currency
                    # before the first number is said once for both ("£5 to 10 million")
                    a.unit is not None and b.unit is None and a.dimension != "money"):
                joiner = numbers.fold(j.group().strip())
                between = _BETWEEN.search(text, max(0, a.start - 20), a.start)
                change = (joiner == "to" and not (a.unit is None and b.unit is not None)
                          and (a.low < 1 or b.low > 3 * a.low) and a.low > 0
                          and _BY_BEFORE.search(text, max(0, a.start - 24), a.start))
                # "52% to 48%", "fell from 900 to 700": a result or a change, two figures; not "2013-14"
                falling = (joiner == "to" and a.low > b.low >= 0 and a.unit is not None and b.unit is not None)
                if (joiner not in ("and", "&") or between) and not change and not falling:
                    out.append(_range(a, b))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


_SCORE_DASHES = frozenset("-–—")


def _year_then_count(a: _Atom, b: _Atom) -> bool:
    """ "the total for 2023 to 28,526": a year, then a number no year is (10,000 and more, or
    past 2199 with a thousands separator): a period and a level, not a range from 2023."""
    return (_year_shaped(a) and a.unit is None and a.qualifier == _EXACT
            and (b.low >= 10_000 or (b.low > 2199 and not b.digits.isdigit())))


def _year_shaped(a: _Atom) -> bool:
    """Four plain digits from 1000 to 2199, not scaled: what a year is written as."""
    d = a.digits
    return len(d) == 4 and d.isdigit() and 1000 <= int(d) <= 2199 and not a.scaled


def _is_score(a: _Atom, b: _Atom) -> bool:
    """ "won 3-1", "a 2-0 defeat", "drew 1-1", "voted 52-48": two whole numbers of up to three digits
    joined by a dash alone, the first not the smaller: a score or a tally, not a range (a range
    is written the smaller end first: "50-60 people")."""
    return (a.digits.isdigit() and b.digits.isdigit() and len(a.digits) <= 3 and len(b.digits) <= 3
            and a.unit is None and b.unit is None and not a.scaled and not b.scaled
            and a.qualifier == b.qualifier == _EXACT and a.low is not None and b.low is not None
            and (a.low > b.low or a.low == b.low <= 20))


# "fell by a third to 29,437", "rose by 5 to 120": a change, then the level it reached; two figures
# when the level is far above the change (a range's ends are near: "grew by 700 to 800 people"),
# and unless the unit is said once for both ("cut by 10 to 15 percent": a range of the change).
_BY_BEFORE = regex.compile(r"\bby[ \t]+(?:[\p{L}-]+[ \t]+)?$", regex.I)


_IN_EVERY = regex.compile(r"[ \t]+(?:in|(?P<out>out[ \t]+of))[ \t]+(?:every[ \t]+)?", regex.I)
_SCALE_WORD_AFTER = regex.compile(r"[ \t-]+(?:hundred|thousand|million|billion)", regex.I)
# "nine out of 10" is a proportion; "12 out of 350 passengers" a count and its whole
_OUT_OF_BASES = frozenset((2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 100.0, 1000.0))


def _join_proportions(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """ "one in five", "3 in 10", "one in every four", "nine out of 10": a proportion, one figure valued as the
    fraction (0.2), as "a third" is. Both ends whole numbers, the first the smaller, the second
    at most 1,000 (not "1 in 2020"), neither with a unit."""
    if len(atoms) < 2:
        return atoms
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            # _IN_EVERY takes four characters at least, from a blank to a blank: tried only on such a gap
            gap = _IN_EVERY.fullmatch(text, a.end, b.start) if (
                3 < b.start - a.end < 20 and text[a.end] in _BLANKS and text[b.start - 1] in _BLANKS) else None
            if gap and gap.group("out") and (b.low not in _OUT_OF_BASES or _SCALE_WORD_AFTER.match(text, b.end)):
                gap = None  # not "12 out of 350", nor "two out of five hundreds"
            if (gap and a.role == b.role == "claim" and a.qualifier == b.qualifier == _EXACT
                    and a.unit is None and b.unit is None and a.low is not None and b.low is not None
                    and float(a.low).is_integer() and float(b.low).is_integer() and 0 < a.low < b.low <= 1000
                    and not a.scaled and not b.scaled):
                out.append(replace(a, end=b.end, low=a.low / b.low, high=a.low / b.low, digits=""))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _may_join(text: str, start: int, end: int) -> bool:
    """False if the joining pattern (``_patterns()[3]``) cannot match all of ``text[start:end]``:
    a cheap test in front of it. Without its blanks, what it matches is "-" and blanks and "to",
    or one of its words, none longer than "through" (seven letters, one for one in any case)."""
    if end - start <= 7:  # stripped, no longer
        return True
    joined = text[start:end].strip(" \t\u00a0")
    return len(joined) <= 7 or joined[:1] == "-"


def _range(a: _Atom, b: _Atom) -> _Atom:
    """One range from two atoms, sharing scale, currency and unit across both ends."""
    low, high = a.low, b.high
    if b.scaled and not a.scaled and low is not None and b.low is not None and low < b.low:
        factor = b.low / numbers.parse_numeral(b.digits) if b.digits and not b.words else 1.0
        if factor > 1 and numbers.scaled(low, factor) <= b.low:
            low = numbers.scaled(low, factor)
    elif b.words and not a.scaled and low is not None and b.low is not None and 0 < low < b.low:
        # "two to three thousand", "between one and two million", "two to three hundred": the scale said once
        words = b.digits.split()
        factor = numbers.SCALES.get(words[-1], 1.0) if len(words) == 2 else 1.0
        if factor >= 100 and low < b.low / factor and numbers.scaled(low, factor) <= b.low:
            low = numbers.scaled(low, factor)
    if low is not None and high is not None and len(a.digits) == 4 and len(b.digits) == 2 and a.digits.isdigit():
        high = float(a.digits[:2] + b.digits)  # 2013-14
    unit = a.unit or b.unit
    dimension = a.dimension or b.dimension
    if low is not None and high is not None and low > high and (low < 0 or high < 0):
        low, high = high, low  # "from -18 °C to -34 °C" spans [-34, -18]
    return replace(a, end=b.end, low=low, high=high, unit=unit, dimension=dimension,
                   qualifier=_RANGE, scaled=a.scaled or b.scaled, digits=a.digits, role="claim",
                   words=a.words and b.words)


def _qualify(text: str, a: _Atom) -> None:
    """Qualifier words before and after the figure; widen the span to include them."""
    window = text[max(0, a.start - 40) : a.start]
    m = qualifier_ending(window)
    if m.__class__ is str:  # no qualifier: a word that names ("Article 8") or "in her" ("30s")
        if a.role == "claim" and a.unit is None and not a.words and not a.scaled:
            if m == LABEL:
                if "," not in a.digits:  # not "in this phase 2,000 homes"
                    a.role = _LABELLED
            elif m == DECADE and text[a.end : a.end + 1] == "s" and len(a.digits) == 2 and a.digits[1] == "0" \
                    and _DECADE_BEFORE.search(window):
                a.role = "age"
        m = None
    if m:
        kind = m.lastgroup
        start = a.start - (len(window) - m.start())
        if kind in ("between", "from"):
            if a.qualifier == _RANGE:
                a.start = start
        elif kind == "exact":  # "equal to 20", "equals 20": said exactly
            if a.qualifier == _EXACT:
                a.start = start
        elif a.qualifier != _RANGE:
            a.qualifier = _QUALIFIERS[kind]
            a.start = start
    after = QUALIFIER_AFTER.match(text, a.end) if may_start_with_qualifier(text, a.end) else None
    if after and a.low is not None:
        kind = after.lastgroup
        if kind == "or_equal":  # "less than 5000 or equal", "more than 5000 or equal to"
            if a.qualifier in _STRICT:
                a.qualifier = _AT_LEAST if a.qualifier == _MORE_THAN else _AT_MOST
                a.end = after.end()
        elif a.qualifier == _EXACT:
            a.qualifier = _QUALIFIERS[kind]
            a.end = after.end()
    if a.qualifier in _LOWER:
        a.high = None
    elif a.qualifier in _UPPER:
        a.low = None


def _in_zone(pos: int, zones, zone_starts) -> bool:
    k = bisect.bisect_right(zone_starts, pos) - 1
    return k >= 0 and zones[k][0] <= pos < zones[k][1] and zones[k][2] in ("identifier", "date", "clock_time")


def _classify(text: str, a: _Atom, zones: list[tuple[int, int, str]], zone_starts: list[int]) -> None:
    """Give a non-claim its role: inside a zone, a year, a duration, an age, "one"."""
    if a.role != "claim":
        return
    k = bisect.bisect_right(zone_starts, a.start) - 1
    for z in zones[max(0, k - 1) : k + 2]:
        if z[0] <= a.start < z[1] or a.start <= z[0] < a.end:
            a.role = z[2]
            return
    if a.dimension == _TIME_ENTITY:
        a.role = "duration"
        return
    if text[a.start - 4 : a.start] == "-of-" and _PARENT_OF.search(text, max(0, a.start - 16), a.start):
        a.role = "epithet"  # "a father-of-three": who someone is, not a count of what happened
        return
    top = a.high if a.high is not None else a.low
    if a.unit is None and top is not None and top <= 130 and _is_age(text, a):
        a.role = "age"
        return
    if (a.unit is None and a.qualifier == _EXACT and not a.words and len(a.digits) <= 3 and a.digits.isdigit()
            and text[a.start - 1 : a.start] == " " and text[a.start - 2 : a.start - 1].isalpha()
            and text[text.rfind(" ", 0, a.start - 1) + 1].isupper()  # the exact test's cheap part
            and (name := _NAME_BEFORE.search(text, max(0, a.start - 40), a.start)) is not None
            and name.group().split()[-1].lower() not in _NOT_NAMES_BEFORE and _NAME_NUMBER_END.match(text, a.end)):
        a.role = "identifier"  # "the charity Utopia 56 said", "told France 24": part of a name
        return
    if a.unit is None and not a.words and a.qualifier != _RANGE or a.qualifier == _RANGE and not a.unit:
        if _is_year(text, a):
            a.role = "year"
            return
    if "/" in a.digits and a.unit is None and a.qualifier != _RANGE:
        role = _slashed_role(a.digits)
        if role:
            a.role = role
            return
    if a.words and a.digits == "one" and a.qualifier == _EXACT and a.unit is None:
        before = text[max(0, a.start - 12) : a.start]
        if _ONE_BEFORE.search(before) or _ONE_AFTER.match(text, a.end):
            a.role = "pronoun"


# A number that ends a name in running text: a capitalised word after a word in lower case (not a
# sentence's first word, nor a title-case headline: "Camp Houses 700, Charity Says"), the number,
# then a mark or a word in lower case that is no plural noun ("Utopia 56 said"; "in Calais 700
# migrants" stays a count). Three digits at most, with no separator: names are short.
_NAME_BEFORE = regex.compile(r"(?:^|[\s(\"“‘'])\p{Ll}[\p{Ll}'’-]*[ \t]+\p{Lu}\p{Ll}+[ \t]$")
# Capitalised words that open a clause before a count, not names ("... any year All 70 of us").
_NOT_NAMES_BEFORE = frozenset((
    "all", "some", "about", "over", "nearly", "around", "almost", "another", "only", "just", "of", "the",
    "in", "at", "on", "by", "for", "with", "to", "from", "and", "but", "or", "as", "than", "more", "less",
    "fewer", "under", "up", "exactly", "roughly", "approximately", "total", "among", "including", "since",
    "after", "before", "between", "least", "most", "these", "those", "its", "their", "his", "her", "our",
    "further", "had", "has", "have", "were", "was", "are", "is", "said", "says",
))
_NAME_NUMBER_END = regex.compile(
    r"[ \t]*(?:[.,;:!?)\]]|$)|[ \t]+(?!(?:people|persons|children|men|women|\p{Ll}{3,}s)\b)\p{Ll}"
)


def _slashed_role(digits: str) -> str | None:
    """The role of two whole numbers joined by a slash that are no fraction: a month and day
    ("9/11", "11/24": up to 12, then 11 to 31) or a day and month ("7/7", "22/04") is a date; any
    other whose first is not the smaller ("a 50/50 split", "100/1") an identifier. None: a
    fraction ("1/3", "3/4", "1/40")."""
    top, _, bottom = digits.partition("/")
    if not (top.isdigit() and bottom.isdigit()):
        return None
    n, d = int(top), int(bottom)
    if n >= d:
        return "date" if n <= 31 and 1 <= d <= 12 else "identifier"  # "7/7", "22/04"; "50/50"
    if 1 <= n <= 12 and 11 <= d <= 31:
        return "date"
    return None


_PARENT_OF = regex.compile(r"\b(?:father|mother|dad|mum|mom|parent|grandfather|grandmother|grandparent|"
                           r"grandad|grandma|husband|wife)-of-$", regex.I)


# An age said before the number: "aged two", "aged between 19 and 45", "at the age of 14".
_AGED_BEFORE = regex.compile(r"(?:\baged|\bages?[ \t]+of)[ \t]+$", regex.I)
# An age in apposition: "John Smith, 45, was charged", "a boy, 14, and his sister, 9," (a name of
# two capitalised words or a word for a person, a comma, a whole number, a comma or bracket).
_APPOSED_AGE_BEFORE = regex.compile(
    r"(?:\b\p{Lu}[\p{Ll}'’-]+[ \t]+\p{Lu}[\p{Ll}'’-]+|\b(?:boy|girl|man|woman|son|daughter|mother|father|wife|"
    r"husband|brother|sister|teenager|child|grandmother|grandfather|victim|driver|suspect|friend|partner)),[ \t]$")
_APPOSED_AGE_AFTER = regex.compile(r"[ \t]*[,);]")


def _is_age(text: str, a: _Atom) -> bool:
    near = text[max(0, a.start - 12) : a.start]
    if "age" in near.lower() and _AGED_BEFORE.search(near):  # the exact pattern behind a cheap test
        return True
    if near[-2:] not in (", ", ",\t"):
        return False
    before = text[max(0, a.start - 40) : a.start]
    if not (a.qualifier == _EXACT and not a.words and a.digits.isdigit() and len(a.digits) <= 3
            and _APPOSED_AGE_AFTER.match(text, a.end)):
        return False
    name = _APPOSED_AGE_BEFORE.search(before)
    return name is not None and name.group().split(None, 1)[0] not in _NOT_NAMES


_NOT_NAMES = frozenset("In On At The By From For To Of And But As With After Before Since Near Across Outside "
                       "Inside Between During Under Over Last This Next".split())


def _is_year(text: str, a: _Atom) -> bool:
    if not _year_shaped(a):
        return False
    if a.qualifier not in (_EXACT, _RANGE):
        return False
    if a.qualifier == _RANGE and a.high == a.low + 1:
        return True  # "2013-14", "2015-2016": a season or a financial year, whatever follows ("2013-14 season arrivals")
    if text[a.end : a.end + 1] == "s":  # the 1960s
        return True
    if _YEAR_BEFORE.search(text, max(0, a.start - 16), a.start):  # "in 2021 ...", "in 2020 and 2021 ..."
        return True
    return not _PLURAL_NOUN_AFTER.match(text, a.end)


# Words that put a plain four-digit number in time: "in 2021 briefly cut crossings", and a year
# listed after another ("in 2020 and 2021 ..."), whatever plural noun follows a few words on.
_YEAR_BEFORE = regex.compile(
    r"(?:\b(?:in|since|during|until|till|before|after)|\b(?:1\d|2[01])\d\d,?[ \t]+(?:and|or|to|through|until))[ \t]+$",
    regex.I,
)


_BARE_PERCENT = regex.compile(
    r"(?<![\w%])%(?![\w%])|\b(?:per[ \t\u00a0]?cents?|percentage(?P<point>[ \t\u00a0]+points?)?s?)\b",
    regex.I,
)


def _with_bare_percents(text: str, atoms: list[_Atom], zones: list[tuple[int, int, str]],
                        zone_starts: list[int]) -> list[_Atom]:
    """ "a small percent", "the % of increase", "a percentage": a percent named with no number.
    Not a claim and no value (role ``unit_only``), so only with all roles; none inside a zone
    (a URL's "%20") or a figure ("20 percent")."""
    found: list[_Atom] = []
    starts = [a.start for a in atoms]
    for m in _BARE_PERCENT.finditer(text):
        k = bisect.bisect_right(starts, m.start())
        if k and atoms[k - 1].end > m.start() or k < len(atoms) and atoms[k].start < m.end():
            continue
        z = bisect.bisect_right(zone_starts, m.start()) - 1
        if z >= 0 and zones[z][1] > m.start():
            continue
        unit = "percentage point" if m.group("point") else "percent"
        found.append(_Atom(m.start(), m.end(), None, None, unit=unit, dimension="percent", role="unit_only"))
    if not found:
        return atoms
    return sorted(atoms + found, key=lambda a: a.start)
