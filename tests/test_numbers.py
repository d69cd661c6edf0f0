"""The number layer: numerals and number words as written, with their values.

Each row: (text, the number as written, value). ``read_numbers`` returns every number,
whatever its role, with no qualifier, currency or unit in its span.
"""

from __future__ import annotations

import pytest

from factx.figures import read_numbers
from factx.numbers import parse_numeral
from factx.numberwords import parse_words

NUMBERS = [
    ("The council paid $20 for each bed.", "20", 20),
    ("About 2 million people fled.", "2 million", 2e6),
    ("Donations reached 10k in a day.", "10k", 1e4),
    ("The budget is 1,674.5 G over ten years.", "1,674.5 G", 1.6745e12),
    ("She was offered 2mil for the story.", "2mil", 2e6),
    ("Either 10 bln or 10 tln.", "10 tln", 1e13),
    ("Some 3 hundred and 21 tents stood.", "3 hundred and 21", 321),
    ("They counted one hundred and three and two thirds.", "one hundred and three and two thirds", 103 + 2 / 3),
    ("Only one in five children attend school.", "one in five", 0.2),
    ("Two out of five hundred boats were checked.", "Two out of five hundred", 0.004),
    ("The answer is minus five point five.", "minus five point five", -5.5),
    ("The total is three lakh crore.", "three lakh crore", 3e12),
    ("It grew 1.1^23 times.", "1.1^23", 1.1**23),
    ("The figure was 1 234 567.89 in all.", "1 234 567.89", 1234567.89),
    ("One million and a half people voted.", "One million and a half", 1.5e6),
    ("A hundredth of the budget was spent.", "A hundredth", 0.01),
    ("Nought point nought three of them.", "Nought point nought three", 0.03),
]


@pytest.mark.parametrize("text, written, value", NUMBERS, ids=[r[1] for r in NUMBERS])
def test_reads_number(text, written, value):
    got = [f for f in read_numbers(text) if f.text == written]
    assert got, f"{written!r} not read in {text!r}: {[f.text for f in read_numbers(text)]}"
    assert got[0].low == pytest.approx(value) and got[0].high == pytest.approx(value)
    assert text[got[0].span.start : got[0].span.end] == written


def test_numbers_keep_their_roles_and_are_not_joined():
    got = [(f.text, f.role) for f in read_numbers("In 2016, 700 to 800 people, 28-year-old.")]
    assert got == [("2016", "year"), ("700", "claim"), ("800", "claim"), ("28", "age")]


def test_a_ratio_needs_a_smaller_part():
    # "12 out of 10" is two numbers; "$2000 over 3 years" is money and a duration
    assert [f.text for f in read_numbers("there are 12 out of 10")] == ["12", "10"]
    assert [f.text for f in read_numbers("I want to earn $10000 in 3 years")] == ["10000", "3"]


@pytest.mark.parametrize("numeral, value", [
    ("12,34,567.89", 1234567.89), ("1.111,11", 1111.11), ("5,00", 5.0), ("1,3", 1.3),
    ("1.3x10^6", 1.3e6), ("6.23x10^-4", 6.23e-4), ("2.48×10−5", 2.48e-5), ("8x2^10", 8192.0),
    ("2.5^-1", 0.4), ("-1.1^--23", -(1.1**23)), ("⅔", 2 / 3), ("2  1/4", 2.25),
])
def test_numerals(numeral, value):
    assert parse_numeral(numeral) == pytest.approx(value)


@pytest.mark.parametrize("phrase, value", [
    ("ninety - five hundred fifths", 1900.0), ("three twenty-firsts", 3 / 21), ("twenty twenty fifths", 0.8),
    ("one one hundred fifth", 1 / 105), ("one hundred and thirty fifths", 26.0),
    ("two million and one half", 2.5e6), ("one billion and three quarters million", 1.00075e9),
    ("five billion and three quarters", 5.75e9), ("half million", 5e5), ("322 hundred", 32200.0),
    ("4 thousand 3 hundred and 21", 4321.0), ("five dozs", 60.0),
])
def test_number_words(phrase, value):
    assert parse_words(phrase) == pytest.approx(value)


@pytest.mark.parametrize("phrase", ["ten and fifteen", "3 hundred and 2 hundred", "twenty twenty"])
def test_not_one_number(phrase):
    assert parse_words(phrase) is None
