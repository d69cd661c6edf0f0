"""The grammar of numbers written in words (and words mixed with numerals).

A phrase is first cut into tokens (:func:`split_words`): lower-case words, and numerals
as floats ("3 hundred and 21"). :func:`parse_tokens` then reads the longest number at a
token and says what kind of number it is.

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
>>> parse_words("a dozen"), parse_words("half a dozen"), parse_words("three hundred and two dozens")
(12.0, 6.0, 324.0)
>>> parse_words("two thirds")
0.6666666666666666
>>> parse_words("twenty and three fifths"), parse_words("one hundred and three quarters")
(20.6, 100.75)
>>> parse_words("five point five"), parse_words("nought point nought three"), parse_words("minus one")
(5.5, 0.03, -1.0)
>>> parse_words("three million and a half"), parse_words("one billion and a quarter million")
(3500000.0, 1000250000.0)
>>> parse_words("a quarter million"), parse_words("two thirds of a million")
(250000.0, 666666.6666666666)
>>> parse_words("one hundred thirty fifths")  # 100 / 35, the denominator is "thirty-fifths"
2.857142857142857
>>> parse_words("one over three", ratios=True), parse_words("two out of five hundred", ratios=True)
(0.3333333333333333, 0.004)
>>> parse_words("twenty twenty") is None
True
>>> parse_tokens("fifteen hundred and one thousand".split(), 0)
(1500.0, 2, 'number')
>>> parse_tokens(["twenty", "first"], 0)
(21.0, 2, 'ordinal')
"""

from __future__ import annotations

import regex

from factx.numbers import ORDINALS, SCALES, TENS, UNITS, fold

__all__ = ["DENOMINATORS", "split_words", "parse_words", "parse_tokens"]

_ZEROS = {"nought": 0, "naught": 0}
_DOZEN = {"dozen": 12, "dozens": 12, "doz": 12, "dozs": 12, "dz": 12, "dzs": 12}
_ORDINAL_EXTRA = {"billionth": 1e9, "trillionth": 1e12}
_ORDINAL = {**ORDINALS, **_ORDINAL_EXTRA}
# Denominators of spoken fractions, singular and plural ("a third", "two fifths", "a hundredth").
DENOMINATORS: dict[str, float] = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
for _w, _v in _ORDINAL.items():
    if _w not in ("first", "second"):
        DENOMINATORS[_w] = float(_v)
        DENOMINATORS[_w + "s"] = float(_v)
# "first"/"second" only close a compound ("twenty-first", "one over twenty-second").
_UNIT_ORDINAL = {w: float(v) for w, v in ORDINALS.items() if v < 10}
_UNIT_ORDINAL.update({w + "s": v for w, v in list(_UNIT_ORDINAL.items())})
_BIG = {k: v for k, v in SCALES.items() if k != "hundred"}

_TOKEN = regex.compile(r"\d+(?:\.\d+)?|[a-z]+", regex.I)

Token = str | float


def split_words(phrase: str) -> list[tuple[int, int, Token]]:
    """The tokens of a number phrase as (start, end, token): lower-case words or numerals."""
    out: list[tuple[int, int, Token]] = []
    for m in _TOKEN.finditer(phrase):
        t = m.group()
        out.append((m.start(), m.end(), float(t) if t[0].isdigit() else fold(t)))
    return out


def parse_words(phrase: str, *, ratios: bool = False) -> float | None:
    """The value of a whole number phrase, or None if it is not one number."""
    tokens = [t for _, _, t in split_words(phrase)]
    value, used, _ = parse_tokens(tokens, 0, ratios=ratios)
    if used != len(tokens) or value is None:
        return None
    return value


def _word(tokens: list[Token], j: int) -> str:
    t = tokens[j] if j < len(tokens) else ""
    return t if isinstance(t, str) else ""


def _integer(tokens: list[Token], i: int) -> tuple[float | None, int, dict]:
    """The longest whole number at ``tokens[i]``: (value, end, facts about its shape).

    Grammar, with "and"/"&" allowed between groups: [a|UNIT|TENS[-UNIT]|numeral] [hundred]
    [dozen] [SCALE] ... ; "half a SCALE"; numerals count as units ("3 hundred and 21").
    """
    n = len(tokens)
    total = 0.0
    current: float | None = None  # the group being built, below the next scale
    small = 0.0  # units and tens since the last hundred or scale (what "dozen" multiplies)
    last = ""  # kind of the last token: unit, tens, hundred, scale, and
    j = i
    best: tuple[float | None, int] = (None, i)
    shape = {"ands": [], "tens_at": None, "last_scale": None, "break": None}
    last_scale = float("inf")
    hundreds = False  # the group being built already has its hundreds

    while j < n:
        t = tokens[j]
        w = t if isinstance(t, str) else ""
        if w in ("and", "&"):
            if last not in ("hundred", "scale") or j + 1 >= n:  # "ten and fifteen" are two numbers
                break
            shape["ands"].append((j, best))
            last = "and"
            j += 1
            continue
        if w in ("a", "an") and last in ("", "and"):
            nxt = _word(tokens, j + 1)
            if nxt not in SCALES and nxt not in _DOZEN:
                break
            current = (current or 0.0) + 1.0
            small, last = 1.0, "unit"
            j += 1
            continue
        if w == "half" and last == "" and _word(tokens, j + 1) == "a" and (
                _word(tokens, j + 2) in SCALES or _word(tokens, j + 2) in _DOZEN):
            scale = _DOZEN.get(_word(tokens, j + 2)) or SCALES[_word(tokens, j + 2)]
            current = 0.5 * scale
            last = "unit" if scale == 12 else "scale"
            j += 3
            best = (total + current, j)
            continue
        if not isinstance(t, str) or w in UNITS or w in _ZEROS or w in TENS:
            if last in ("unit", "dozen") or (not isinstance(t, str) and last == "tens"):
                shape["break"] = j
                break
            if not isinstance(t, str) and j > i and (t == 0 or (  # "4 thousand 3 hundred", "3 hundred and 21"
                    _word(tokens, j + 1) not in SCALES if last == "scale"
                    else last == "and" and not (_word(tokens, j - 2) == "hundred" and t < 100))):
                shape["break"] = j
                break
            if last == "tens" and (w in TENS or not isinstance(t, str) or UNITS.get(w, 10) >= 10):
                shape["break"] = j
                break
            if last == "hundred" and not isinstance(t, str) and t >= 100:
                shape["break"] = j
                break
            value = t if not isinstance(t, str) else UNITS.get(w, _ZEROS.get(w, TENS.get(w)))
            if w in TENS:
                shape["tens_at"] = j
            current = (current or 0.0) + value
            small += value
            last = "tens" if w in TENS else "unit"
            j += 1
            best = (total + current, j)
            continue
        if w in _DOZEN:
            if last not in ("unit", "tens"):
                break
            current = (current or 0.0) - small + small * 12
            small, last = 0.0, "dozen"
            j += 1
            best = (total + current, j)
            continue
        if w == "hundred":
            if last in ("hundred", "dozen"):
                break
            if hundreds and last != "scale" or (current or 1.0) * 100 >= last_scale:
                # "3 hundred and 2 hundred", "1.5 thousand and fifteen hundred": two numbers
                ands = shape["ands"]
                return (ands[-1][1] if ands else best) + (shape,)
            hundreds = True
            if current is not None and current >= 100 and last != "scale":
                current = current * 100  # "322 hundred"
            else:
                current = (current or 1.0) * 100 if current is not None else 100.0
            small, last = 0.0, "hundred"
            j += 1
            best = (total + current, j)
            continue
        if w in SCALES:
            scale = SCALES[w]
            if current is None:
                if last == "scale" and scale > last_scale and w in ("crore",):
                    total, last_scale = total * scale, scale  # "three lakh crore"
                    j += 1
                    best = (total, j)
                    continue
                break
            if current >= 1000 and scale >= 1000:  # "fifteen hundred and one thousand": two numbers
                ands = shape["ands"]
                return (ands[-1][1] if ands else best) + (shape,)
            if scale >= last_scale:
                total = (total + current) * scale  # "a thousand million": multiply the whole so far
            else:
                total += current * scale
            current = None
            small, last, last_scale, hundreds = 0.0, "scale", scale, False
            shape["last_scale"] = (j, scale)
            j += 1
            best = (total, j)
            continue
        break
    if last == "and" and shape["ands"] and shape["ands"][-1][0] == j - 1:
        shape["ands"].pop()
    return best + (shape,)


def _denominator(tokens: list[Token], j: int) -> tuple[float, int] | None:
    """A fraction's denominator at ``tokens[j]``: "thirds", "twenty-fifths", "hundredths"."""
    w = _word(tokens, j)
    if w in TENS and _word(tokens, j + 1) in _UNIT_ORDINAL:
        return TENS[w] + _UNIT_ORDINAL[_word(tokens, j + 1)], j + 2
    if w in DENOMINATORS:
        return DENOMINATORS[w], j + 1
    return None


def _ordinal_compound(tokens: list[Token], j: int) -> tuple[float, int] | None:
    """An ordinal written in words at ``tokens[j]``: "twenty first", "one hundred fifth"."""
    value, k, _ = _integer(tokens, j)
    w = _word(tokens, k)
    if value is not None and k > j and (w in _UNIT_ORDINAL or w in DENOMINATORS) and w not in (
            "half", "halves", "quarter", "quarters"):
        base = _UNIT_ORDINAL.get(w) or DENOMINATORS[w]
        if value % 10 == 0 and (base < 10 or value >= 100 and base < 100):
            return value + base, k + 1
    return None


def parse_tokens(tokens: list[Token], i: int, *, ratios: bool = False) -> tuple[float | None, int, str]:
    """Read the longest number starting at ``tokens[i]``: (value, end index, kind).

    ``kind`` is ``number`` or ``ordinal`` ("twenty-first"); fractions ("two thirds", "a
    half", "twenty and three fifths"), "point" decimals, "minus"/"negative" and, with
    ``ratios``, "one over three", "two out of five" and "1 in 20" are numbers.
    """
    n = len(tokens)
    sign = 1.0
    j = i
    if _word(tokens, j) in ("minus", "negative") and j + 1 < n:
        sign, j = -1.0, j + 1
    start = j
    w = _word(tokens, j)
    # "a half", "a fifth", "a quarter million", "half million", "quarter million"
    if w in ("a", "an", "half", "quarter"):
        k = j + 1 if w in ("a", "an") else j
        if w in ("half", "quarter") or _word(tokens, k) not in SCALES and _word(tokens, k) not in _DOZEN:
            den = _denominator(tokens, k) if _word(tokens, k) not in ("first", "second") else None
            if den is None and w in ("a", "an"):
                comp = _ordinal_compound(tokens, k)
                den = comp
            if den is not None and (w in ("a", "an") or den[1] < n and _word(tokens, den[1]) in _BIG):
                value, k = 1.0 / den[0], den[1]
                value, k = _scale_after(tokens, k, value)
                return sign * value, k, "number"
    value, j, shape = _integer(tokens, j)
    if value is None and w == "half" and j == start:
        return sign * 0.5, j + 1, "half"  # "more than half"
    if value is None:
        if j == start and w in _ORDINAL and sign == 1.0:
            return float(_ORDINAL[w]), j + 1, "ordinal"
        return None, i, "number"
    # an ordinal: "twenty-first", "twenty first"
    if shape["tens_at"] == j - 1 and _word(tokens, j) in _UNIT_ORDINAL and not _word(tokens, j).endswith("s") \
            and j - 1 == start:
        return sign * (value + _UNIT_ORDINAL[_word(tokens, j)]), j + 1, "ordinal"
    # "five point five", "two hundred point zero three", "nought point eleven", "five point five thousand"
    if _word(tokens, j) == "point" and j + 1 < n:
        digits, k = "", j + 1
        while k < n:
            d = _word(tokens, k)
            if d in TENS:
                more = UNITS.get(_word(tokens, k + 1), 10) if _word(tokens, k + 1) != "zero" else 10
                digits += str(TENS[d] + more) if more < 10 else str(TENS[d])
                k += 2 if more < 10 else 1
            elif d in UNITS or d in _ZEROS:
                digits += str(UNITS.get(d, 0))
                k += 1
            else:
                break
        if digits:
            value = float(f"{int(value)}.{digits}")
            if _word(tokens, k) in _BIG:
                value, k = value * _BIG[_word(tokens, k)], k + 1
            return sign * value, k, "number"
    # fractions: "two thirds", "one hundred thirty fifths", "twenty and three fifths"
    den = _denominator(tokens, j)
    if den is not None and _word(tokens, j) in ("half", "quarter") and value != 1 and not shape["ands"]:
        den = None  # "300 million, half from donors": a number, then another; not "three halves"
    if den is not None and _word(tokens, j) not in ("first", "second"):
        whole, num = 0.0, value
        ands = shape["ands"]
        if ands:  # "twenty and three fifths": a whole and a fraction
            k, (before, _) = ands[-1]
            part, k2, _ = _integer(tokens, k + 1)
            if before is not None and part is not None and k2 == j and part < den[0]:  # a proper fraction
                whole, num = before, part
        elif shape["tens_at"] is not None and shape["tens_at"] == j - 1 and den[0] < 10 and j - 1 > start:
            t = TENS[_word(tokens, j - 1)]
            num, den = value - t, (t + den[0], den[1])  # "one hundred thirty fifths": 100 / 35
        frac = num / den[0]
        k = den[1]
        scale = _BIG.get(_word(tokens, k))
        if scale is None and _word(tokens, k) == "of" and _word(tokens, k + 1) == "a" and _word(tokens, k + 2) in _BIG:
            scale, k = _BIG[_word(tokens, k + 2)], k + 2
        if scale is not None:
            frac, k = frac * scale, k + 1
        elif whole and shape["last_scale"] is not None and shape["last_scale"][0] == ands[-1][0] - 1:
            frac *= shape["last_scale"][1]  # "five billion and three quarters"
        return sign * (whole + frac), k, "number"
    # "twenty twenty fifths", "one one hundred fifth": the number stopped where an ordinal starts
    if shape["break"] == j:
        comp = _ordinal_compound(tokens, j)
        if comp is not None and _word(tokens, comp[1] - 1).endswith("s") or comp is not None and value == 1:
            return sign * value / comp[0], comp[1], "number"
    # "twenty and three fifths", "two and fifty-four hundredths": a whole and a fraction
    if _word(tokens, j) in ("and", "&") and shape["last_scale"] is None:
        part, k, sh = _integer(tokens, j + 1)
        den = _denominator(tokens, k) if part is not None and part < 100 and not sh["ands"] else None
        if den is not None and _word(tokens, k) not in ("first", "second") and k > j + 1:
            return sign * (value + part / den[0]), den[1], "number"
    # "one and a half", "3 million and a quarter", "one billion and a half million", "two million and one half"
    if _word(tokens, j) in ("and", "&") and _word(tokens, j + 1) in ("a", "an", "one"):
        den = _denominator(tokens, j + 2)
        if den is not None and _word(tokens, j + 2) not in ("first", "second", "firsts", "seconds"):
            frac, k = 1.0 / den[0], den[1]
            scale = _BIG.get(_word(tokens, k))
            if scale is not None:
                if shape["last_scale"] is None:
                    return sign * (value + frac) * scale, k + 1, "number"  # "one and a half million"
                return sign * (value + frac * scale), k + 1, "number"
            if shape["last_scale"] is not None and shape["last_scale"][0] == j - 1:
                return sign * (value + frac * shape["last_scale"][1]), k, "number"
            return sign * (value + frac), k, "number"
    if ratios and _word(tokens, j) in ("over", "in", "out") and j + 1 < n:
        k = j + 1
        if _word(tokens, j) == "out":
            if _word(tokens, k) != "of":
                return sign * value, j, "number"
            k += 1
        below, k2, _ = parse_tokens(tokens, k)
        # "one in five", "two out of five hundred", "2000 over 3"; not "12 out of 10"
        if below and k2 > k and (_word(tokens, j) == "over" or value < below):
            return sign * value / below, k2, "number"
    return sign * value, j, "number"


def _scale_after(tokens: list[Token], k: int, value: float) -> tuple[float, int]:
    scale = _BIG.get(_word(tokens, k))
    if scale is None and _word(tokens, k) == "of" and _word(tokens, k + 1) == "a" and _word(tokens, k + 2) in _BIG:
        return value * _BIG[_word(tokens, k + 2)], k + 3
    if scale is not None:
        return value * scale, k + 1
    return value, k
