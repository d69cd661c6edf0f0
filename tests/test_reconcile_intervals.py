"""Reading a figure as the interval it allows, and the tolerance used (reconciler step 1)."""

from __future__ import annotations

import math

import pytest

from factx.reconciler.intervals import (
    MAX_TOLERANCE,
    MIN_TOLERANCE,
    Interval,
    gap_between,
    overlap,
    precision_tolerance,
    read_interval,
    significant_digits,
)
from factx.testing import hand_claim

# (text as written, value, significant digits)
SIGNIFICANT = [
    ("some 9,000", 9000, 1),
    ("1,317", 1317, 4),
    ("closer to 1,500", 1500, 2),
    ("approximately 700", 700, 1),
    ("approximately 10,000", 10000, 1),
    ("£22 million", 22e6, 2),
    ("US$34.5 million", 34.5e6, 3),
    ("1.50 million", 1.5e6, 3),  # a written trailing zero after the point counts
    ("nine", 9, 1),
    ("At least nine", 9, 1),
]


@pytest.mark.parametrize("text,value,digits", SIGNIFICANT)
def test_significant_digits_follow_the_figure_as_written(text, value, digits):
    assert significant_digits(text, value) == digits


def test_rounder_figures_get_a_wider_tolerance():
    assert precision_tolerance("some 9,000", 9000) > precision_tolerance("some 9,100", 9100)
    assert precision_tolerance("about 1,300", 1300) > precision_tolerance("about 1,317", 1317)


@pytest.mark.parametrize("text,value", [("about 1,317", 1317), ("about 10,000", 10000), ("about 20", 20), ("about 1", 1)])
def test_default_tolerance_stays_between_a_few_percent_and_ten_percent(text, value):
    assert MIN_TOLERANCE <= precision_tolerance(text, value) <= MAX_TOLERANCE


def test_default_tolerance_is_half_a_unit_of_the_last_significant_digit():
    assert precision_tolerance("some 9,000", 9000) == pytest.approx(500 / 9000)
    assert precision_tolerance("about 700", 700) == pytest.approx(50 / 700)


def read(text, low, high=..., qualifier="exact", **kw):
    return read_interval(hand_claim(text, low, high, qualifier=qualifier, **kw), kw.pop("tolerance", None))


# (text, low, high, qualifier, expected low, expected high, low strict, high strict)
READINGS = [
    ("1,317", 1317, 1317, "exact", 1317, 1317, False, False),
    ("700 to 800", 700, 800, "range", 700, 800, False, False),
    ("At least nine", 9, None, "at_least", 9, None, False, False),
    ("Over 700", 700, None, "more_than", 700, None, True, False),
    ("surpassed 100,000", 100000, None, "more_than", 100000, None, True, False),
    ("up to 500", 500, 500, "at_most", 0, 500, False, False),
    ("fewer than 30", 30, 30, "less_than", 0, 30, False, True),
    ("approximately 700", 700, 700, "approximate", 650, 750, False, False),
    ("some 9,000", 9000, 9000, "approximate", 8500, 9500, False, False),
    ("nearly 7,000", 7000, 7000, "nearly", 6500, 7000, False, False),
]


@pytest.mark.parametrize("text,low,high,q,lo,hi,lo_strict,hi_strict", READINGS)
def test_each_qualifier_reads_as_its_interval(text, low, high, q, lo, hi, lo_strict, hi_strict):
    r = read(text, low, high, q)
    iv = r.interval
    assert (iv.low, iv.high, iv.low_strict, iv.high_strict) == (
        pytest.approx(lo), None if hi is None else pytest.approx(hi), lo_strict, hi_strict
    )
    assert (r.tolerance > 0) == (q in ("approximate", "nearly"))


def test_the_bare_figure_is_kept_apart_from_the_widened_one():
    r = read("approximately 700", 700, 700, "approximate")
    assert (r.core.low, r.core.high) == (700, 700)
    assert r.interval.low < 700 < r.interval.high


def test_caller_can_override_the_tolerance_with_a_fraction():
    c = hand_claim("about 700", 700, qualifier="approximate")
    r = read_interval(c, 0.2)
    assert (r.interval.low, r.interval.high, r.tolerance) == (pytest.approx(560), pytest.approx(840), 0.2)


def test_caller_can_override_the_tolerance_with_a_function_of_the_claim():
    loose = lambda claim: 0.25 if claim.kind == "deaths" else None  # noqa: E731
    deaths = hand_claim("about 40", 40, qualifier="approximate", kind="deaths")
    people = hand_claim("about 40", 40, qualifier="approximate", kind="people")
    assert read_interval(deaths, loose).tolerance == 0.25
    assert read_interval(people, loose).tolerance == precision_tolerance("about 40", 40)


@pytest.mark.parametrize("bad", [-0.1, 1.0, 3])
def test_a_tolerance_outside_zero_to_one_is_refused(bad):
    with pytest.raises(ValueError, match="fraction"):
        read_interval(hand_claim("about 40", 40, qualifier="approximate"), bad)


def test_exact_figures_are_never_widened_whatever_the_tolerance():
    r = read_interval(hand_claim("1,000", 1000), 0.5)
    assert (r.interval.low, r.interval.high, r.tolerance) == (1000, 1000, 0.0)


def test_open_bounds_and_strict_ends_decide_overlap():
    over_700 = Interval(low=700, high=None, low_strict=True)
    assert overlap(Interval(low=700, high=800), over_700)
    assert not overlap(Interval(low=700, high=700), over_700)
    assert overlap(Interval(low=700, high=700), Interval(low=700, high=None))
    assert not overlap(Interval(low=0, high=30, high_strict=True), Interval(low=30, high=30))
    assert overlap(Interval(low=None, high=None), Interval(low=5, high=5))


def test_gap_is_measured_between_nearest_ends_in_either_order():
    a, b = Interval(low=1000, high=1000), Interval(low=1450, high=1550)
    assert gap_between(a, b) == gap_between(b, a)
    gap, rel = gap_between(a, b)
    assert gap == 450 and math.isclose(rel, 450 / 1450)
    assert gap_between(a, Interval(low=900, high=1100)) == (0.0, 0.0)
