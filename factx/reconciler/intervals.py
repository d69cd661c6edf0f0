"""Turn a claim's stated bounds and qualifier into the interval of values it allows.

Bounds are stored as stated ("approximately 700" is 700); widening by a tolerance is
decided here, and every interval says how far it was widened.

>>> from factx.records import Claim, Span
>>> c = Claim(text="approximately 700", span=Span(start=0, end=17), sentence=Span(start=0, end=40),
...           low=700, high=700, qualifier="approximate")
>>> read = read_interval(c)
>>> read.interval.low, read.interval.high, round(read.tolerance, 3)
(650.0, 750.0, 0.071)
>>> significant_digits("some 9,000", 9000), significant_digits("1,317", 1317)
(1, 4)
"""

from __future__ import annotations

import math
from typing import Callable, NamedTuple, Optional, Union

import regex

from factx.records import Claim, Qualifier, Record
from factx.reconciler.trusted import trusted

__all__ = [
    "Interval",
    "ReadInterval",
    "Tolerance",
    "MIN_TOLERANCE",
    "MAX_TOLERANCE",
    "significant_digits",
    "precision_tolerance",
    "read_interval",
    "Bounds",
    "overlap",
    "bounds_meet",
    "gap_between",
]

MIN_TOLERANCE = 0.03  # "about 1,317" still allows a few percent
MAX_TOLERANCE = 0.10  # "about 10,000" is not read as 5,000 to 15,000

#: a fraction, or a function of the claim returning a fraction (None = the default rule)
Tolerance = Union[float, Callable[[Claim], Optional[float]], None]

_NUMBER = regex.compile(r"\d[\d,]*(?:\.\d+)?")


class Interval(Record):
    """A set of values ``[low, high]``; ``None`` is an open end, ``*_strict`` excludes the end."""

    low: Optional[float]
    high: Optional[float]
    low_strict: bool = False
    high_strict: bool = False

    def __str__(self) -> str:
        lo = "-inf" if self.low is None else _num(self.low)
        hi = "inf" if self.high is None else _num(self.high)
        return f"{'(' if self.low_strict else '['}{lo}, {hi}{')' if self.high_strict else ']'}"

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high


class Bounds(NamedTuple):
    """An interval and its bare figure as plain numbers (open ends are infinities), for
    comparing many figures fast; equal bounds mean the same reading."""

    low: float
    high: float
    low_strict: bool
    high_strict: bool
    core_low: float
    core_high: float


class ReadInterval(NamedTuple):
    """How one claim was read: the bare interval, the widened one, the tolerance used."""

    core: Interval  # the stated figure without any widening
    interval: Interval  # what the figure allows, after the tolerance
    tolerance: float  # the fraction used to widen (0 for exact figures and stated ranges)
    bounds: Bounds  # the same as plain numbers


def _reading(core: Interval, interval: Interval, tolerance: float) -> ReadInterval:
    bounds = Bounds(_lo(interval), _hi(interval), interval.low_strict, interval.high_strict, _lo(core), _hi(core))
    return ReadInterval(core, interval, tolerance, bounds)


def _num(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.6g}"


def significant_digits(text: str, value: float) -> int:
    """How many significant digits the figure is written with ("1,500" -> 2, "34.5 million" -> 3).

    Uses the number in ``text`` whose leading digits match ``value``; falls back to the
    digits of ``value`` itself (for "nine", "first").

    >>> significant_digits("closer to 1,500", 1500), significant_digits("US$34.5 million", 34.5e6)
    (2, 3)
    >>> significant_digits("nine", 9)
    1
    """
    lead = _digits_of_value(value)
    for token in _NUMBER.findall(text):
        whole, _, frac = token.replace(",", "").partition(".")
        digits = (whole + frac).lstrip("0")
        if not digits or not lead or not digits.startswith(lead[:1]):
            continue
        return max(1, len(digits if frac else digits.rstrip("0")))
    return max(1, len(lead))


def _digits_of_value(value: float) -> str:
    text = f"{abs(value):.12g}"
    if "e" in text:
        mantissa = text.split("e")[0]
        return mantissa.replace(".", "").lstrip("0").rstrip("0")
    whole, _, frac = text.partition(".")
    digits = (whole + frac).lstrip("0")
    return digits.rstrip("0") if not frac else digits.rstrip("0")


def precision_tolerance(text: str, value: float) -> float:
    """The default tolerance: half a unit of the last significant digit, as a fraction,
    kept between ``MIN_TOLERANCE`` and ``MAX_TOLERANCE``.

    >>> round(precision_tolerance("some 9,000", 9000), 4), precision_tolerance("about 1,317", 1317)
    (0.0556, 0.03)
    """
    if not value:
        return MIN_TOLERANCE
    sig = significant_digits(text, value)
    unit = 10.0 ** (math.floor(math.log10(abs(value))) - sig + 1)
    return min(MAX_TOLERANCE, max(MIN_TOLERANCE, 0.5 * unit / abs(value)))


def _tolerance_for(claim: Claim, value: float, tolerance: Tolerance) -> float:
    chosen: Optional[float]
    if tolerance is None:
        chosen = None
    elif callable(tolerance):
        chosen = tolerance(claim)
    else:
        chosen = float(tolerance)
    if chosen is None:
        return precision_tolerance(claim.text, value)
    if not 0 <= chosen < 1:
        raise ValueError(f"tolerance for {claim.text!r} must be a fraction in [0, 1), got {chosen!r}")
    return chosen


def _iv(low: Optional[float], high: Optional[float], low_strict: bool = False, high_strict: bool = False) -> Interval:
    return trusted(Interval, low=low, high=high, low_strict=low_strict, high_strict=high_strict)


def read_interval(claim: Claim, tolerance: Tolerance = None) -> ReadInterval:
    """The interval a claim allows. Counts and money never go below zero.

    exact [v, v]; range [low, high]; at_least [v, inf); more_than (v, inf);
    at_most [0, v]; less_than [0, v); nearly [v(1-t), v]; approximate [v(1-t), v(1+t)].
    """
    low, high, q = claim.low, claim.high, claim.qualifier
    floor = None if claim.kind == "percent" or claim.unit == "percent" else 0.0
    if low is None and high is None:
        open_ = _iv(floor, None)
        return _reading(open_, open_, 0.0)
    if q in (Qualifier.at_most, Qualifier.less_than) or low is None:
        top = high if high is not None else low
        iv = _iv(floor, top, high_strict=q == Qualifier.less_than)
        return _reading(iv, iv, 0.0)
    if q in (Qualifier.at_least, Qualifier.more_than) or high is None:
        iv = _iv(low, None, low_strict=q == Qualifier.more_than)
        return _reading(iv, iv, 0.0)
    assert low is not None and high is not None
    core = _iv(low, high)
    if q == Qualifier.approximate:
        t = _tolerance_for(claim, high, tolerance)
        lo = low * (1 - t) if low >= 0 else low * (1 + t)
        return _reading(core, _iv(lo, high + abs(high) * t), t)
    if q == Qualifier.nearly:
        t = _tolerance_for(claim, high, tolerance)
        return _reading(core, _iv(high - abs(high) * t, high), t)
    return _reading(core, core, 0.0)


def _lo(iv: Interval) -> float:
    return -math.inf if iv.low is None else iv.low


def _hi(iv: Interval) -> float:
    return math.inf if iv.high is None else iv.high


def overlap(a: Interval, b: Interval) -> bool:
    """Whether two intervals share at least one value (strict ends excluded).

    >>> overlap(Interval(low=700, high=800), Interval(low=700, high=None, low_strict=True))
    True
    >>> overlap(Interval(low=0, high=700, high_strict=True), Interval(low=700, high=800))
    False
    """
    lo, hi = max(_lo(a), _lo(b)), min(_hi(a), _hi(b))
    if lo < hi:
        return True
    if lo > hi:
        return False
    strict_low = (_lo(a) == lo and a.low_strict) or (_lo(b) == lo and b.low_strict)
    strict_high = (_hi(a) == hi and a.high_strict) or (_hi(b) == hi and b.high_strict)
    return not (strict_low or strict_high)


def bounds_meet(a: Bounds, b: Bounds) -> bool:
    """``overlap`` on ``Bounds``: whether two readings share at least one value."""
    lo = a.low if a.low > b.low else b.low
    hi = a.high if a.high < b.high else b.high
    if lo != hi:
        return lo < hi
    strict_low = (a.low == lo and a.low_strict) or (b.low == lo and b.low_strict)
    strict_high = (a.high == hi and a.high_strict) or (b.high == hi and b.high_strict)
    return not (strict_low or strict_high)


def gap_between(a: Interval, b: Interval) -> tuple[float, float]:
    """The absolute gap between two intervals' nearest ends, and that gap as a fraction of the
    larger of those ends (0, 0 when they overlap).

    >>> gap_between(Interval(low=1000, high=1000), Interval(low=1450, high=1550))
    (450.0, 0.3103448275862069)
    """
    if overlap(a, b):
        return 0.0, 0.0
    below, above = (a, b) if _hi(a) <= _lo(b) else (b, a)
    near_low, near_high = _hi(below), _lo(above)
    gap = float(near_high - near_low)
    scale = max(abs(near_low), abs(near_high))
    return gap, (gap / scale if scale else 0.0)
