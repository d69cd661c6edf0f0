"""Number normalisers: numerals, scale words and number words to floats.

Every function here is pure and works on the words as written.

>>> parse_numeral("1,317")
1317.0
>>> parse_numeral("1\u202f317")
1317.0
>>> parse_numeral("1.317.000")
1317000.0
>>> parse_numeral("34.5")
34.5
>>> parse_numeral("2 1/2")
2.5
>>> parse_numeral("−78")
-78.0
>>> scale_of("bn"), scale_of("million"), scale_of("K")
(1000000000.0, 1000000.0, 1000.0)
>>> parse_words("twenty-one")
21.0
>>> parse_words("one and a half million")
1500000.0
>>> parse_words("fifteen hundred")
1500.0
>>> parse_words("a hundred and two")
102.0
>>> parse_words("three million, two hundred & forty")
3000240.0
>>> parse_words("a dozen")
12.0
>>> parse_words("two thirds")
0.6666666666666666
>>> parse_words("twenty twenty") is None
True
>>> parse_word_tokens("fifteen hundred and one thousand".split(), 0)
(1500.0, 2)
"""

from __future__ import annotations

from decimal import Decimal

import regex

__all__ = [
    "UNITS",
    "TENS",
    "SCALES",
    "ORDINALS",
    "FRACTIONS",
    "parse_numeral",
    "parse_words",
    "split_words",
    "scale_of",
    "scaled",
    "ordinal_value",
]

UNITS = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "crore": 1e7,
}  # fmt: skip
# Abbreviated scales, case-sensitive where case matters ("m" million only after money).
SCALE_ABBREVIATIONS = {
    "k": 1e3, "K": 1e3, "thousand": 1e3,
    "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "MM": 1e6,
    "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9,
    "t": 1e12, "T": 1e12, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "hundredth": 100, "thousandth": 1000, "millionth": 1e6,
}  # fmt: skip
# Denominators of spoken fractions ("two thirds", "one sixth", "three halves").
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}

_GROUP_SPACES = " \u00a0\u202f\u2009\u2007"
_MINUS = "-−–"


def parse_numeral(s: str) -> float:
    """The value of a numeral as written, with its separators, sign and fraction.

    Commas and thin, ordinary or non-breaking spaces group thousands; a dot is a decimal
    point unless it appears more than once ("1.317.000").
    """
    s = s.strip()
    sign = 1.0
    if s and s[0] in _MINUS:
        sign, s = -1.0, s[1:].lstrip()
    if s and s[-1] in VULGAR:
        whole = s[:-1].strip()
        return sign * ((parse_numeral(whole) if whole else 0.0) + VULGAR[s[-1]])
    if "/" in s:
        whole, _, frac = s.rpartition(" ")
        num, _, den = frac.partition("/")
        value = float(num) / float(den)
        if whole.strip():
            value += parse_numeral(whole)
        return sign * value
    for ch in _GROUP_SPACES:
        s = s.replace(ch, "")
    if s.count(".") > 1:  # 1.317.000: dots group thousands
        s = s.replace(".", "")
    s = s.replace(",", "")
    return sign * float(s)


def scaled(value: float, factor: float) -> float:
    """``value * factor`` in decimal, as written: 4.1 million is 4100000, not 4099999.9999999995.

    >>> scaled(4.1, 1e6), 4.1 * 1e6
    (4100000.0, 4099999.9999999995)
    """
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def scale_of(word: str) -> float:
    """The multiplier of a scale word or abbreviation ("million", "bn", "K")."""
    lower = word.lower()
    if lower in SCALES:
        return SCALES[lower]
    if lower.endswith("s") and lower[:-1] in SCALES:  # "millions"
        return SCALES[lower[:-1]]
    if word in SCALE_ABBREVIATIONS:
        return SCALE_ABBREVIATIONS[word]
    return SCALE_ABBREVIATIONS[lower]


def ordinal_value(word: str) -> float | None:
    """The rank of an ordinal word or numeral ("first", "21st", "twenty-first").

    >>> ordinal_value("21st"), ordinal_value("twenty-first"), ordinal_value("fourth")
    (21.0, 21.0, 4.0)
    """
    lower = word.lower()
    m = regex.fullmatch(r"(\d+)(?:st|nd|rd|th)", lower)
    if m:
        return float(m.group(1))
    if lower in ORDINALS:
        return float(ORDINALS[lower])
    tens, _, unit = lower.partition("-")
    if tens in TENS and unit in ORDINALS:
        return float(TENS[tens] + ORDINALS[unit])
    return None


_TOKEN = regex.compile(r"[a-z]+", regex.I)


def split_words(phrase: str) -> list[tuple[int, int, str]]:
    """The word tokens of a number-word phrase as (start, end, lower-case word)."""
    out = []
    for m in _TOKEN.finditer(phrase):
        out.append((m.start(), m.end(), m.group().lower()))
    return out


def parse_words(phrase: str) -> float | None:
    """The value of a whole number-word phrase, or None if it is not one number."""
    tokens = [w for _, _, w in split_words(phrase)]
    value, used = parse_word_tokens(tokens, 0)
    if used != len(tokens) or value is None:
        return None
    return value


def parse_word_tokens(tokens: list[str], i: int) -> tuple[float | None, int]:
    """Read the longest number starting at ``tokens[i]``; return (value, end index).

    Grammar, with "and"/"&" allowed between groups: [a|UNIT|TENS[-UNIT]] [hundred]
    [SCALE] ... , "X and a half SCALE", "half a SCALE", "a dozen", "N FRACTION-s".
    """
    n = len(tokens)
    total = 0.0
    current: float | None = None  # the group being built, below the next scale
    last = ""  # kind of the last token: unit, tens, hundred, scale, and
    j = i
    best: tuple[float | None, int] = (None, i)
    before_and: tuple[float | None, int] | None = None  # where to fall back to
    last_scale = float("inf")

    def done() -> float:
        return total + (current or 0.0)

    while j < n:
        w = tokens[j]
        if w in ("and", "&"):
            if last in ("", "and") or j + 1 >= n:
                break
            # "one and a half million"
            if j + 2 < n and tokens[j + 1] == "a" and tokens[j + 2] == "half" and current is not None:
                current += 0.5
                last = "half"
                j += 3
                if j < n and tokens[j] in SCALES:
                    continue
                best = (done(), j)
                continue
            last = "and"
            before_and = best
            j += 1
            continue
        if w == "a" and last in ("", "and"):
            nxt = tokens[j + 1] if j + 1 < n else ""
            if nxt not in SCALES and nxt != "dozen":
                break
            current = (current or 0.0) + 1.0
            last = "unit"
            j += 1
            continue
        if w == "half" and last == "" and j + 2 < n and tokens[j + 1] == "a" and tokens[j + 2] in SCALES:
            scale = SCALES[tokens[j + 2]]
            total += 0.5 * scale
            last, last_scale = "scale", scale
            j += 3
            best = (done(), j)
            continue
        if w in UNITS or w in TENS:
            if last in ("unit",):
                break
            if last == "tens" and w in TENS:
                break
            if last == "tens" and UNITS.get(w, 10) >= 10:
                break
            current = (current or 0.0) + (UNITS.get(w) if w in UNITS else TENS[w])
            last = "tens" if w in TENS else "unit"
            j += 1
            best = (done(), j)
            continue
        if w == "dozen":
            current = (current or 1.0) * 12
            last = "unit"
            j += 1
            best = (done(), j)
            continue
        if w == "hundred":
            if last == "hundred":
                break
            current = (current or 1.0) * 100 if current is not None else 100.0
            last = "hundred"
            j += 1
            best = (done(), j)
            continue
        if w in SCALES:
            scale = SCALES[w]
            if current is None:
                break
            if current >= 1000 and scale >= 1000:  # "fifteen hundred and one thousand": two numbers
                return before_and if before_and is not None else best
            if scale >= last_scale:
                # "a thousand million": multiply the whole so far
                total = (total + current) * scale
            else:
                total += current * scale
            current = None
            last, last_scale = "scale", scale
            j += 1
            best = (done(), j)
            continue
        if w in FRACTIONS and last in ("unit", "tens") and current is not None and current >= 1:
            return total + current / FRACTIONS[w], j + 1
        break
    return best
