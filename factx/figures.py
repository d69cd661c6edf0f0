"""The figure reader: every number in a text, with its bounds, qualifier and unit.

One linear pass of compiled patterns finds number atoms (numerals, number words,
money, percentages, physical quantities); atoms joined by "to", "-" or "and" after
"between" become ranges; the words just before and after give the qualifier. Numbers
that are not figure claims (years, dates, clock times, ages, durations, ordinals used as
names, identifiers, URLs, handles, phone numbers, the pronoun "one") are kept with a
``role`` that says why, and dropped by :func:`read_figures` unless ``all_roles=True``.

>>> [(f.text, f.low, f.high, str(f.qualifier), f.unit) for f in read_figures(
...     "Some 700 to 800 migrants and over £100 million; nearly 7,000 crossed in 2020.")]
[('700 to 800', 700.0, 800.0, 'range', None), ('over £100 million', 100000000.0, None, 'more_than', 'GBP'), ('nearly 7,000', 7000.0, 7000.0, 'nearly', None)]
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, replace

import regex

from factx import numbers
from factx.currencies import currency_table
from factx.records import Figure, Qualifier, Span
from factx.units import lookup as unit_lookup
from factx.zones import find_zones

__all__ = ["read_figures"]


@dataclass
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
        return Figure(
            text=text[self.start : self.end],
            span=Span(start=self.start, end=self.end),
            low=self.low,
            high=self.high,
            qualifier=self.qualifier,
            unit=self.unit,
            dimension=self.dimension,
            role=self.role,
        )


_NUMBER_WORDS = sorted(
    list(numbers.UNITS) + list(numbers.TENS) + ["hundred", "thousand", "million", "billion", "trillion", "dozen"]
    + [w for w in numbers.FRACTIONS if w not in ("second", "seconds")],
    key=len,
    reverse=True,
)
_WORD = r"(?:" + "|".join(_NUMBER_WORDS) + r"|a(?=\s+(?:half|hundred|thousand|million|billion|trillion|dozen)\b))"
_WORD_CHAIN = rf"\b{_WORD}\b(?:(?:\s*,\s*|[ \t]+|-)(?:(?:and|&)[ \t]+)?{_WORD}\b)*+"

_DIGITS = r"""
    (?:\d{1,3}(?:,\d{3})++(?!\d)(?:\.\d+)?            # 1,317  1,500,000.25
    | \d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})++(?![\d,.]\d)(?:\.\d+)?   # 1 317 (all kinds of space)
    | \d{1,3}(?:\.\d{3}){2,}+(?!\d)                  # 1.317.000
    | \d++(?:\.\d+)?(?:[eE][-+−]?\d+\b)?(?:[ ]\d/\d{1,2}\b)?   # 34.5  4e14  2 1/2
    | \d+/\d+(?!\d)                                   # 1/40
    | \.\d+
    )[½⅓⅔¼¾⅕⅛]?
"""


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    table = currency_table()
    symbols = sorted(table.symbols, key=len, reverse=True)
    sym = "|".join(regex.escape(s) for s in symbols)
    # A number atom: optional currency symbol, optional sign, numeral; or a chain of number words.
    atom = regex.compile(
        rf"""
        (?P<cur>(?<![\p{{L}}\p{{N}}])(?:{sym})[ \u00a0]?)?
        (?P<sign>(?<![\p{{L}}\p{{N}}\-−])[-−](?=\d))?
        (?<![\p{{L}}\p{{N}}_]|\d[.,]|[.,]\d)
        (?P<num>{_DIGITS})
        | (?P<words>{_WORD_CHAIN})
        | (?P<vague>\b(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions|billions)\b
                   | \b(?:several|a\s+few|many)\s+(?:dozen|hundred|thousand|million|billion)\b(?!\s+(?:and|&)))
        | (?P<ordinal>\b(?:\d+(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?
                      (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|
                      thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|
                      thirtieth|fortieth|fiftieth|hundredth|thousandth|millionth))\b)
        """,
        regex.X | regex.I | regex.V0,
    )
    words = "|".join(regex.escape(w) for w in sorted(table.words, key=len, reverse=True))
    codes = "|".join(regex.escape(s) for s in symbols if s.isalpha() and s.isupper())
    after = regex.compile(
        rf"""
        (?P<scale>[ \u00a0]?(?:thousand|million|billion|trillion|lakh|crore)s?\b
                 | (?:mn|mln|bn|bln|tn|trn|[kKmMbBT])\b(?![.'’]\w))?
        (?:
          (?P<pct>[ \u00a0]?%|[ \u00a0](?:per[ \u00a0]?cent|percent|pct)\b)(?P<pts>[ \u00a0]points?\b)?
        | (?P<pp>[ \u00a0](?:percentage|per[ \u00a0]cent(?:age)?)[ \u00a0]points?\b)
        | (?P<curword>[ \u00a0](?:{words})\b)
        | (?P<curcode>[ \u00a0]?(?:{codes})\b)
        | (?P<cursym>[ \u00a0]?[€£$¥₹])
        )?
        """,
        regex.X | regex.I | regex.V0,
    )
    before = regex.compile(_QUALIFIER_BEFORE, regex.X | regex.I | regex.V0)
    join = regex.compile(r"[ \t\u00a0]*(?:-[ \t]*to|to|through|-|–|—|and|&)[ \t\u00a0]*", regex.I)
    return atom, after, before, join


# Qualifier words just before a figure, matched backwards from the figure's start.
_QUALIFIER_BEFORE = r"""
(?:
  (?P<approximate>\b(?:about|approximately|approx\.|around|some|roughly|an\s+estimated|estimated|circa|c\.|ca\.
      |closer\s+to|close\s+to|in\s+the\s+region\s+of|of\s+the\s+order\s+of|on\s+the\s+order\s+of|somewhere\s+around
      |around\s+about|give\s+or\s+take|an\s+approximate))
| (?P<nearly>\b(?:nearly|almost|just\s+shy\s+of|approaching|close\s+on))
| (?P<at_least>\b(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|not\s+fewer\s+than
      |a\s+minimum\s+of|at\s+a\s+minimum|minimum\s+of|as\s+many\s+as\s+at\s+least))
| (?P<more_than>\b(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|surpassed|surpassing|exceeded|exceeding
      |exceeds|exceed|above|topped|tops|greater\s+than|well\s+over|just\s+over|north\s+of|beyond|larger\s+than
      |higher\s+than|bigger\s+than))
| (?P<at_most>\b(?:up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|maximum\s+of
      |as\s+many\s+as|as\s+much\s+as|less\s+than\s+or\s+equal\s+to|at\s+the\s+most))
| (?P<less_than>\b(?:less\s+than|fewer\s+than|under|below|just\s+under|short\s+of|lower\s+than|smaller\s+than
      |not\s+even))
| (?P<between>\bbetween)
| (?P<from>\bfrom)
)
[ \t\u00a0]+(?:a\s+)?(?:further\s+|total\s+of\s+|whopping\s+)?$
"""
_QUALIFIER_AFTER = regex.compile(
    r"""[ \t]*(?:
      (?P<at_least>or\s+more\b|or\s+above\b|and\s+(?:more|above|up)\b|(?<=\d)\+|-plus\b|\s?plus\b(?!\s+\d))
    | (?P<at_most>or\s+(?:fewer|less|below)\b)
    | (?P<approximate>or\s+so\b|-odd\b|odd\b(?=\s+\p{L}))
    )""",
    regex.X | regex.I,
)
_VAGUE = {
    "dozens": (24.0, 99.0), "scores": (40.0, 99.0), "hundreds": (200.0, 999.0),
    "thousands": (2000.0, 9999.0), "millions": (2e6, 999e6), "billions": (2e9, 999e9),
}  # fmt: skip
_VAGUE_FEW = {"several": (3, 9), "a few": (2, 5), "many": (2, 9)}
_COUNTING_ORDINAL = regex.compile(
    r"""[ \t]+(?:(?:recorded|confirmed|reported|known|documented|registered|official|officially\s+recorded)[ \t]+)?
    (?:death|fatality|drowning|victim|casualty|case|arrest|shipwreck|killing|murder|body|migrant|person)\b""",
    regex.X | regex.I,
)
_PLURAL_NOUN_AFTER = regex.compile(
    r"[ \t]+(?:[\p{Ll}\-]+[ \t]+){0,2}?(?:people|persons|children|men|women|[\p{Ll}]{3,}s)\b(?!\s+(?:ago|later|earlier))"
)
_TIME_ENTITY = "time"
_ONE_BEFORE = regex.compile(
    r"\b(?:this|that|the|at|any|no|every|each|which|another|only|last|next|such|no-|from|one|in|on|for|of|but)[ \t]+$",
    regex.I,
)
_ONE_AFTER = regex.compile(
    r"[ \t]*(?:of|another|day|point|side|way|time|hand|thing|by|'s|’s|who|that|which|too|as|or|and|[,.;:!?)\"”’]|$)",
    regex.I,
)


def read_figures(text: str, *, all_roles: bool = False) -> list[Figure]:
    """Every figure in ``text``, in order; with ``all_roles`` also the non-claims.

    >>> [(f.text, f.role) for f in read_figures("In 2016, a 28-year-old paid $5.", all_roles=True)]
    [('2016', 'year'), ('28', 'age'), ('$5', 'claim')]
    """
    atom_re, after_re, before_re, join_re = _patterns()
    zones = find_zones(text)
    zone_starts = [z[0] for z in zones]
    atoms: list[_Atom] = []
    for m in atom_re.finditer(text):
        if m.group("num") is not None:
            atoms.append(_numeral(text, m, after_re))
        elif m.group("words") is not None:
            atoms.extend(_word_numbers(text, m, after_re))
        elif m.group("vague") is not None:
            atoms.append(_vague(text, m))
        else:
            atoms.append(_ordinal(text, m.start(), m.end()))
    atoms = _join_ranges(text, atoms, join_re)
    out: list[Figure] = []
    last_end = -1
    for a in atoms:
        _qualify(text, a, before_re)
        _classify(text, a, zones, zone_starts)
        if a.start < last_end:
            continue
        last_end = a.end
        if all_roles or a.role == "claim":
            out.append(a.figure(text))
    return out


def _numeral(text: str, m: regex.Match, after_re: regex.Pattern) -> _Atom:
    raw = m.group("num")
    try:
        value = numbers.parse_numeral(raw)
    except (ValueError, ZeroDivisionError):
        value = None
    if value is not None and m.group("sign"):
        value = -value
    a = _Atom(m.start(), m.end(), value, value, digits=raw)
    cur = m.group("cur")
    if cur:
        a.unit, a.dimension = currency_table().symbols[cur.strip()], "money"
    else:
        a.start = m.start("sign") if m.group("sign") else m.start("num")
    _after(text, a, after_re, money_prefix=bool(cur))
    return a


def _after(text: str, a: _Atom, after_re: regex.Pattern, *, money_prefix: bool) -> None:
    """Scale word, percent sign, currency word/code or physical unit after a number."""
    m = after_re.match(text, a.end)
    if m is None or a.low is None:
        return
    scale = m.group("scale")
    if scale:
        word = scale.strip()
        ambiguous = len(word) == 1 and word not in "kK" or word == "B"
        if not (ambiguous and not money_prefix and not (m.group("curword") or m.group("curcode"))):
            if not (word in ("m", "M") and not money_prefix and not (m.group("curword") or m.group("curcode"))):
                factor = numbers.scale_of(word)
                a.low = a.high = numbers.scaled(a.low, factor)
                a.scaled = True
                a.end = m.end("scale")
    if m.group("pct") is not None:
        a.unit, a.dimension = ("percentage point" if m.group("pts") else "percent"), "percent"
        a.end = m.end()
    elif m.group("pp") is not None:
        a.unit, a.dimension, a.end = "percentage point", "percent", m.end()
    elif m.group("curword") is not None and a.unit is None:
        a.unit, a.dimension, a.end = currency_table().words[m.group("curword").strip().lower()], "money", m.end()
    elif m.group("curcode") is not None and a.unit is None:
        a.unit, a.dimension, a.end = currency_table().symbols[m.group("curcode").strip()], "money", m.end()
    elif m.group("cursym") is not None and a.unit is None and text[a.end : a.end + 1] in "€£$¥₹":
        a.unit, a.dimension, a.end = currency_table().symbols[m.group("cursym").strip()], "money", m.end()
    elif a.unit is None:
        hit = unit_lookup(text, a.end)
        if hit:
            surface, unit, entity = hit
            a.unit, a.dimension, a.end = unit, entity, a.end + len(surface)


def _word_numbers(text: str, m: regex.Match, after_re: regex.Pattern) -> list[_Atom]:
    """Split a chain of number words into numbers ("one, two" is two numbers)."""
    base = m.start()
    tokens = numbers.split_words(m.group())
    words = [w for _, _, w in tokens]
    out: list[_Atom] = []
    i = 0
    while i < len(tokens):
        value, j = numbers.parse_word_tokens(words, i)
        if value is None or j == i:
            if words[i] in numbers.ORDINALS:  # "the third confirmed death"
                out.append(_ordinal(text, base + tokens[i][0], base + tokens[i][1]))
            i += 1
            continue
        a = _Atom(base + tokens[i][0], base + tokens[j - 1][1], value, value, words=True)
        a.digits = " ".join(words[i:j])
        _after(text, a, after_re, money_prefix=False)
        out.append(a)
        i = j
    return out


def _vague(text: str, m: regex.Match) -> _Atom:
    phrase = regex.sub(r"\s+", " ", m.group().lower())
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
    return _Atom(m.start(), m.end(), low, high, qualifier=Qualifier.range, words=True)


def _ordinal(text: str, start: int, end: int) -> _Atom:
    value = numbers.ordinal_value(text[start:end])
    a = _Atom(start, end, value, value, role="ordinal")
    if _COUNTING_ORDINAL.match(text, end):
        a.role = "claim"  # "the first recorded death": a count
    return a


def _join_ranges(text: str, atoms: list[_Atom], join_re: regex.Pattern) -> list[_Atom]:
    """Join "700 to 800", "100-200", "between 100 and 200" into one atom each."""
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and a.role == "claim" and atoms[i + 1].role == "claim":
            b = atoms[i + 1]
            j = join_re.fullmatch(text, a.end, b.start)
            if j and a.low is not None and b.low is not None and not (a.words and b.words and a.qualifier == b.qualifier == Qualifier.range):
                joiner = j.group().strip().lower()
                between = regex.search(r"\bbetween[ \t]+(?:\S+[ \t]+)?$", text[max(0, a.start - 20) : a.start], regex.I)
                if joiner not in ("and", "&") or between:
                    out.append(_range(a, b))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _range(a: _Atom, b: _Atom) -> _Atom:
    """One range from two atoms, sharing scale, currency and unit across both ends."""
    low, high = a.low, b.high
    if b.scaled and not a.scaled and low is not None and b.low is not None and low < b.low:
        factor = b.low / numbers.parse_numeral(b.digits) if b.digits and not b.words else 1.0
        if factor > 1 and numbers.scaled(low, factor) <= b.low:
            low = numbers.scaled(low, factor)
    if low is not None and high is not None and len(a.digits) == 4 and len(b.digits) == 2 and a.digits.isdigit():
        high = float(a.digits[:2] + b.digits)  # 2013-14
    unit = a.unit or b.unit
    dimension = a.dimension or b.dimension
    return replace(a, end=b.end, low=low, high=high, unit=unit, dimension=dimension,
                   qualifier=Qualifier.range, scaled=a.scaled or b.scaled, digits=a.digits, role="claim",
                   words=a.words and b.words)


def _qualify(text: str, a: _Atom, before_re: regex.Pattern) -> None:
    """Qualifier words before and after the figure; widen the span to include them."""
    window = text[max(0, a.start - 40) : a.start]
    m = before_re.search(window)
    if m:
        kind = m.lastgroup
        start = a.start - (len(window) - m.start())
        if kind in ("between", "from"):
            if a.qualifier == Qualifier.range:
                a.start = start
        elif a.qualifier != Qualifier.range:
            a.qualifier = Qualifier(kind)
            a.start = start
    after = _QUALIFIER_AFTER.match(text, a.end)
    if after and a.qualifier in (Qualifier.exact,) and a.low is not None:
        a.qualifier = Qualifier(after.lastgroup)
        a.end = after.end()
    if a.qualifier in (Qualifier.at_least, Qualifier.more_than):
        a.high = None
    elif a.qualifier in (Qualifier.at_most, Qualifier.less_than):
        a.low = None


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
    if a.unit is None and not a.words and a.qualifier != Qualifier.range or a.qualifier == Qualifier.range and not a.unit:
        if _is_year(text, a):
            a.role = "year"
            return
    if a.words and a.digits == "one" and a.qualifier == Qualifier.exact:
        before = text[max(0, a.start - 12) : a.start]
        if _ONE_BEFORE.search(before) or _ONE_AFTER.match(text, a.end):
            a.role = "pronoun"


def _is_year(text: str, a: _Atom) -> bool:
    d = a.digits
    if not (len(d) == 4 and d.isdigit() and 1000 <= int(d) <= 2199) or a.scaled:
        return False
    if a.qualifier not in (Qualifier.exact, Qualifier.range):
        return False
    if text[a.end : a.end + 1] == "s":  # the 1960s
        return True
    return not _PLURAL_NOUN_AFTER.match(text, a.end)
