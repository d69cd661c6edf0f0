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
>>> parse_numeral("12,34,567.89"), parse_numeral("1.111,11"), parse_numeral("1,3")
(1234567.89, 1111.11, 1.3)
>>> parse_numeral("1.3x10^6"), parse_numeral("2.48×10−5"), parse_numeral("8x2^10"), parse_numeral("2.5^-1")
(1300000.0, 2.48e-05, 8192.0, 0.4)
>>> parse_numeral("⅔")
0.6666666666666666

Number words have their own grammar in :mod:`factx.numberwords`.
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
    "is_plain",
    "scale_of",
    "scaled",
    "ordinal_value",
    "fold",
]

# Letters that a case-blind pattern matches as ASCII letters but str.lower() keeps apart:
# long s (ſ ~ s), dotted capital I (İ ~ i, whose lower() is two characters), Kelvin sign (K ~ k).
_FOLD_ODD_CASES = str.maketrans({"\u0130": "i", "\u017f": "s", "\u212a": "k"})


def fold(word: str) -> str:
    """``word`` in lower case as the readers' tables spell it, also for the letters a case-blind
    pattern matches but ``str.lower`` keeps apart.

    >>> fold("Thou\u017fand"), fold("MILLION")
    ('thousand', 'million')
    """
    return word.lower() if word.isascii() else word.translate(_FOLD_ODD_CASES).lower()


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
VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125, "⅙": 1 / 6}

_GROUP_SPACES = " \u00a0\u202f\u2009\u2007"
_MINUS = "-−–"


_POWER = regex.compile(r"^(?P<base>.*?)(?:[ ]?[x×][ ]?(?P<radix>10|2)\^?(?P<exp>[-+−]?\d+)|\^(?P<signs>[-+−]*)(?P<pow>\d+))$")
_PLAIN = regex.compile(r"\d+(?:\.\d+)?")
_DOT_GROUPS_COMMA = regex.compile(r"\d{1,3}(?:\.\d{3})+,\d{1,2}")
_DECIMAL_COMMA = regex.compile(r"\d{1,3},\d{1,2}")


def is_plain(s: str) -> bool:
    """A numeral with no grouping, fraction or exponent ("3", "2.12"), which number words may follow.

    >>> is_plain("3"), is_plain("2.12"), is_plain("1,317")
    (True, True, False)
    """
    if s.isdigit() and s.isascii():  # most numerals
        return True
    return _PLAIN.fullmatch(s) is not None


def parse_numeral(s: str) -> float:
    """The value of a numeral as written, with its separators, sign, fraction and power.

    Commas and thin, ordinary or non-breaking spaces group thousands; a dot is a decimal
    point unless it appears more than once ("1.317.000") or a comma follows it ("1.111,11");
    a lone comma with one or two digits after it is a decimal comma ("1,3").
    """
    s = s.strip()
    if s.isdigit() and s.isascii():  # most numerals: nothing to undo
        return float(s)
    sign = 1.0
    if s and s[0] in _MINUS:
        sign, s = -1.0, s[1:].lstrip()
    p = _POWER.match(s) if ("^" in s or "x" in s or "×" in s) else None
    if p:
        base = parse_numeral(p.group("base"))
        if p.group("radix"):
            exp = int(p.group("exp").replace("−", "-"))
            if p.group("radix") == "10":
                return sign * float(f"{base!r}e{exp}")
            return sign * base * 2.0**exp
        negative = (p.group("signs").count("-") + p.group("signs").count("−")) % 2 == 1
        return sign * base ** (-int(p.group("pow")) if negative else int(p.group("pow")))
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
    if "," in s and _DOT_GROUPS_COMMA.fullmatch(s):  # 1.111,11
        return sign * float(s.replace(".", "").replace(",", "."))
    if "," in s and _DECIMAL_COMMA.fullmatch(s):  # 1,3
        return sign * float(s.replace(",", "."))
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
    lower = fold(word)
    if lower in SCALES:
        return SCALES[lower]
    if lower.endswith("s") and lower[:-1] in SCALES:  # "millions"
        return SCALES[lower[:-1]]
    if word in SCALE_ABBREVIATIONS:
        return SCALE_ABBREVIATIONS[word]
    return SCALE_ABBREVIATIONS[lower]


_ORDINAL_NUMERAL = regex.compile(r"(\d+)(?:st|nd|rd|th)")


def ordinal_value(word: str) -> float | None:
    """The rank of an ordinal word or numeral ("first", "21st", "twenty-first").

    >>> ordinal_value("21st"), ordinal_value("twenty-first"), ordinal_value("fourth")
    (21.0, 21.0, 4.0)
    """
    lower = fold(word)
    m = _ORDINAL_NUMERAL.fullmatch(lower)
    if m:
        return float(m.group(1))
    if lower in ORDINALS:
        return float(ORDINALS[lower])
    tens, _, unit = lower.partition("-")
    if tens in TENS and unit in ORDINALS:
        return float(TENS[tens] + ORDINALS[unit])
    return None
