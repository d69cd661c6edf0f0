"""Named tables of real constructions for the figure reader (not only seed sentences).

Each row: (sentence, the figure's text as written, low, high, qualifier, unit).
"""

from __future__ import annotations

import pytest

from factx import read_figures
from factx.records import Qualifier

INF = None

NUMERALS = [
    ("Police counted 1,317 migrants on the beach.", "1,317", 1317, 1317, "exact", None),
    ("A total of 1 317 people were registered.", "1 317", 1317, 1317, "exact", None),
    ("Some 2\u202f500 tents stood in the camp.", "Some 2\u202f500", 2500, 2500, "approximate", None),
    ("Figures showed 12\u00a0000 arrivals in July.", "12\u00a0000", 12000, 12000, "exact", None),
    ("The budget reached 1.317.000 euros.", "1.317.000 euros", 1317000, 1317000, "exact", "EUR"),
    ("The boat was carrying 34.5 tonnes of cargo.", "34.5 tonnes", 34.5, 34.5, "exact", "tonne"),
    ("Temperatures fell to -4 overnight in the camp.", "-4", -4, -4, "exact", None),
    ("The Home Office paid £22m to the contractor.", "£22m", 22e6, 22e6, "exact", "GBP"),
    ("The charity raised $54K in a week.", "$54K", 54e3, 54e3, "exact", "USD"),
    ("Brussels approved 1.2bn euros for Turkey.", "1.2bn euros", 1.2e9, 1.2e9, "exact", "EUR"),
    ("The UN appealed for $2.5 billion.", "$2.5 billion", 2.5e9, 2.5e9, "exact", "USD"),
    ("Officials said 3 million people had fled.", "3 million", 3e6, 3e6, "exact", None),
]

WORDS = [
    ("Nine people drowned off Lesbos.", "Nine", 9, 9, "exact", None),
    ("Twenty-one migrants were detained at Dover.", "Twenty-one", 21, 21, "exact", None),
    ("A hundred families were evicted.", "A hundred", 100, 100, "exact", None),
    ("The tally was one and a half million visas.", "one and a half million", 1.5e6, 1.5e6, "exact", None),
    ("A dozen boats left the beach at dawn.", "A dozen", 12, 12, "exact", None),
    ("Fifteen hundred people marched.", "Fifteen hundred", 1500, 1500, "exact", None),
    ("Three hundred and twelve people were rescued.", "Three hundred and twelve", 312, 312, "exact", None),
    ("Two thirds of the arrivals were men.", "Two thirds", 2 / 3, 2 / 3, "exact", None),
]

VAGUE = [
    ("Dozens of migrants were rescued.", "Dozens", 24, 99, "range", None),
    ("Hundreds of people slept rough.", "Hundreds", 200, 999, "range", None),
    ("Thousands of refugees crossed the border.", "Thousands", 2000, 9999, "range", None),
    ("Tens of thousands fled the shelling.", "Tens of thousands", 20000, 99990, "range", None),
    ("Several hundred people queued for food.", "Several hundred", 300, 900, "range", None),
]

RANGES = [
    ("Between 700 and 800 migrants were squatting.", "Between 700 and 800", 700, 800, "range", None),
    ("700 to 800 migrants were squatting.", "700 to 800", 700, 800, "range", None),
    ("The camp held 100-200 people.", "100-200", 100, 200, "range", None),
    ("The camp held 100–200 people.", "100–200", 100, 200, "range", None),
    ("It will cost from 10 to 20 billion dollars.", "from 10 to 20 billion dollars", 10e9, 20e9, "range", "USD"),
    ("Losses of £3m-£5m were reported.", "£3m-£5m", 3e6, 5e6, "range", "GBP"),
    ("Each night 50 to 60 boats tried to cross.", "50 to 60", 50, 60, "range", None),
    ("The fine is between €1,000 and €5,000.", "between €1,000 and €5,000", 1000, 5000, "range", "EUR"),
]

QUALIFIERS = [
    ("About 300 people were moved.", "About 300", 300, 300, "approximate", None),
    ("Approximately 40 tents were removed.", "Approximately 40", 40, 40, "approximate", None),
    ("Around 7 boats were intercepted.", "Around 7", 7, 7, "approximate", None),
    ("Roughly 12 children were missing.", "Roughly 12", 12, 12, "approximate", None),
    ("An estimated 5,000 people are camped.", "An estimated 5,000", 5000, 5000, "approximate", None),
    ("Groups say the number is closer to 1,500.", "closer to 1,500", 1500, 1500, "approximate", None),
    ("Nearly 7,000 migrants reached Britain.", "Nearly 7,000", 7000, 7000, "nearly", None),
    ("Almost 60 people died.", "Almost 60", 60, 60, "nearly", None),
    ("At least nine people have died.", "At least nine", 9, INF, "at_least", None),
    ("No fewer than 30 boats arrived.", "No fewer than 30", 30, INF, "at_least", None),
    ("More than 100,000 migrants entered the EU.", "More than 100,000", 100000, INF, "more_than", None),
    ("Police removed over 200 people.", "over 200", 200, INF, "more_than", None),
    ("Upwards of 50 people were hurt.", "Upwards of 50", 50, INF, "more_than", None),
    ("Damage was in excess of £5,000.", "in excess of £5,000", 5000, INF, "more_than", "GBP"),
    ("Arrivals surpassed 100,000 in July.", "surpassed 100,000", 100000, INF, "more_than", None),
    ("Up to 400 people could be moved.", "Up to 400", INF, 400, "at_most", None),
    ("At most 20 boats were seen.", "At most 20", INF, 20, "at_most", None),
    ("Less than 10 per cent were women.", "Less than 10 per cent", INF, 10, "less_than", "percent"),
    ("Under 300 people remained.", "Under 300", INF, 300, "less_than", None),
    ("Fewer than 50 were granted asylum.", "Fewer than 50", INF, 50, "less_than", None),
    ("Just under 1,000 applications were made.", "Just under 1,000", INF, 1000, "less_than", None),
    ("1,000 or more people gathered.", "1,000 or more", 1000, INF, "at_least", None),
]

MONEY_PERCENT_UNITS = [
    ("The UK pledged £22 million (US$34.5 million).", "£22 million", 22e6, 22e6, "exact", "GBP"),
    ("The UK pledged £22 million (US$34.5 million).", "US$34.5 million", 34.5e6, 34.5e6, "exact", "USD"),
    ("Ottawa sent C$40 million.", "C$40 million", 40e6, 40e6, "exact", "CAD"),
    ("Canberra paid A$1.2bn to Nauru.", "A$1.2bn", 1.2e9, 1.2e9, "exact", "AUD"),
    ("A fine of HK$5,000 was set.", "HK$5,000", 5000, 5000, "exact", "HKD"),
    ("Bail was set at ₹50,000.", "₹50,000", 50000, 50000, "exact", "INR"),
    ("It cost 30 million pounds.", "30 million pounds", 30e6, 30e6, "exact", "GBP"),
    ("The smugglers charged 3,000 euros each.", "3,000 euros", 3000, 3000, "exact", "EUR"),
    ("Arrivals rose 35% on the year.", "35%", 35, 35, "exact", "percent"),
    ("Arrivals rose 12 per cent.", "12 per cent", 12, 12, "exact", "percent"),
    ("Support fell 3 percentage points.", "3 percentage points", 3, 3, "exact", "percentage point"),
    ("The boat sank 4 km off the coast.", "4 km", 4, 4, "exact", "kilometre"),
    ("They walked 20 miles to the border.", "20 miles", 20, 20, "exact", "mile"),
    ("The lorry carried 12 tonnes.", "12 tonnes", 12, 12, "exact", "tonne"),
    ("Winds of 70 mph hit the camp.", "70 mph", 70, 70, "exact", "mile per hour"),
]

ORDINALS_THAT_COUNT = [
    ("In August, the first recorded death in the Channel.", "first", 1, 1, "exact", None),
    ("It was the third confirmed death this month.", "third", 3, 3, "exact", None),
]

# Constructions read since the peers' specs were scored (each with news-like examples).
COMPARATIVES = [
    ("Arrivals were greater than 5,000 in June.", "greater than 5,000", 5000, INF, "more_than", None),
    ("Crossings were higher than 300 on Friday.", "higher than 300", 300, INF, "more_than", None),
    ("Turnout was lower than 40% in the camp.", "lower than 40%", INF, 40, "less_than", "percent"),
    ("The fund should be no less than €2m.", "no less than €2m", 2e6, INF, "at_least", "EUR"),
    ("Claims must be less than or equal to 100 per day.", "less than or equal to 100", INF, 100, "at_most", None),
    ("Groups of equal to or more than 20 people were stopped.", "equal to or more than 20", 20, INF, "at_least", None),
    ("Plots of equal to or less than 5 hectares", "equal to or less than 5 hectares", INF, 5, "at_most", "hectare"),
    ("Boats carrying 50 or greater were flagged.", "50 or greater", 50, INF, "at_least", None),
    ("Families of 6 or fewer were housed.", "6 or fewer", INF, 6, "at_most", None),
    ("Cases rose to 12 or higher in the region.", "12 or higher", 12, INF, "at_least", None),
    ("Losses exceeded £4 million last year.", "exceeded £4 million", 4e6, INF, "more_than", "GBP"),
    ("Arrivals could surpass 100,000 this year.", "surpass 100,000", 1e5, INF, "more_than", None),
    ("Queues of >30 people were common.", ">30", 30, INF, "more_than", None),
    ("Groups of <= 15 were allowed.", "<= 15", INF, 15, "at_most", None),
    ("The death toll is equal to 212, officials said.", "equal to 212", 212, 212, "exact", None),
    ("More than half of the migrants were children.", "More than half", 0.5, INF, "more_than", None),
]

BOUNDED = [
    ("Between 700 and 800 people, more than 200 and fewer than 300 children.", "more than 200 and fewer than 300",
     200, 300, "range", None),
    ("The fine is no more than $500 and no less than $100.", "no more than $500 and no less than $100",
     100, 500, "range", "USD"),
    ("Temperatures above 30 and below 40 degrees Celsius", "above 30 and below 40 degrees Celsius", 30, 40, "range",
     "degree Celsius"),
    ("Estimates ran from 20~100 boats.", "from 20~100", 20, 100, "range", None),
    ("Readings fell from -18 °C to -34 °C overnight.", "from -18 °C to -34 °C", -34, -18, "range", "degree Celsius"),
    ("The poll has a margin of 3.1 +/- 0.4 points", "3.1 +/- 0.4", 2.7, 3.5, "range", None),
]

NUMBER_WORDS = [
    ("Officials counted five point five thousand tents.", "five point five thousand", 5500, 5500, "exact", None),
    ("Nought point five per cent of claims were granted.", "Nought point five per cent", 0.5, 0.5, "exact", "percent"),
    ("Temperatures fell to minus five overnight.", "minus five", -5, -5, "exact", None),
    ("Growth was negative 2 percent.", "negative 2 percent", -2, -2, "exact", "percent"),
    ("About three quarters of them were men.", "About three quarters", 0.75, 0.75, "approximate", None),
    ("The town took in twenty and three fifths tonnes.", "twenty and three fifths tonnes", 20.6, 20.6, "exact", "tonne"),
    ("The budget was one and a quarter million euros.", "one and a quarter million euros", 1.25e6, 1.25e6, "exact", "EUR"),
    ("It holds three million and a half litres.", "three million and a half litres", 3.5e6, 3.5e6, "exact", "litre"),
    ("Half a dozen boats were seized.", "Half a dozen", 6, 6, "exact", None),
    ("Police found 3 dozens of lifejackets.", "3 dozens", 36, 36, "exact", None),
    ("The agency hired 4 thousand 3 hundred staff.", "4 thousand 3 hundred", 4300, 4300, "exact", None),
    ("A quarter million people signed.", "A quarter million", 250000, 250000, "exact", None),
    ("Two thirds of a million euros were spent.", "Two thirds of a million euros", 2e6 / 3, 2e6 / 3, "exact", "EUR"),
]

NUMERAL_FORMS = [
    ("A loan of 12,34,567.89 rupees was approved.", "12,34,567.89 rupees", 1234567.89, 1234567.89, "exact", "INR"),
    ("Output was 1.111,11 tonnes.", "1.111,11 tonnes", 1111.11, 1111.11, "exact", "tonne"),
    ("The rate rose to 1,3 per cent.", "1,3 per cent", 1.3, 1.3, "exact", "percent"),
    ("About 1/3 of the boats turned back.", "About 1/3", 1 / 3, 1 / 3, "approximate", None),
    ("Emissions of 1.3x10^6 tonnes were logged.", "1.3x10^6 tonnes", 1.3e6, 1.3e6, "exact", "tonne"),
    ("Doses of 6.23×10−4 grams", "6.23×10−4 grams", 6.23e-4, 6.23e-4, "exact", "gram"),
    ("Shelters had ¾ of their beds taken.", "¾", 0.75, 0.75, "exact", None),
    ("A budget of 2.5 lakh rupees", "2.5 lakh rupees", 250000, 250000, "exact", "INR"),
    ("Bids ranged 5k-20k per seat.", "5k-20k", 5000, 20000, "range", None),
]

MONEY_FORMS = [
    ("the company paid us $ 150 million for the stake .", "us $ 150 million", 150e6, 150e6, "exact", "USD"),
    ("a c $ 16.4 million charge to earnings", "c $ 16.4 million", 16.4e6, 16.4e6, "exact", "CAD"),
    ("exports fell to hk $ 10.05 billion .", "hk $ 10.05 billion", 10.05e9, 10.05e9, "exact", "HKD"),
    ("fuel rose 50 cents a litre.", "50 cents", 0.5, 0.5, "exact", "USD"),
    ("shares closed at 197 pence.", "197 pence", 1.97, 1.97, "exact", "GBP"),
    ("a 12-cent-a-share dividend", "12-cent", 0.12, 0.12, "exact", "USD"),
    ("The smugglers took 10 € each.", "10 €", 10, 10, "exact", "EUR"),
    ("The ticket cost 15 dollars and 50 cents.", "15 dollars and 50 cents", 15.5, 15.5, "exact", "USD"),
    ("They lost 75 USD million in fees.", "75 USD million", 75e6, 75e6, "exact", "USD"),
    ("Losses of 30 MUSD were reported.", "30 MUSD", 30e6, 30e6, "exact", "USD"),
    ("The deal was worth 420 million Finnish markka.", "420 million Finnish markka", 420e6, 420e6, "exact", "FIM"),
    ("A fine of 100,000 ₭ was paid.", "100,000 ₭", 100000, 100000, "exact", "LAK"),
    ("Sales rose 6.2 % to $ 1.45 billion.", "$ 1.45 billion", 1.45e9, 1.45e9, "exact", "USD"),
    ("A ransom of 75 bitcoin was paid.", "75 bitcoin", 75, 75, "exact", "XBT"),
    ("Employers pay per cent of twenty-two", "per cent of twenty-two", 22, 22, "exact", "percent"),
    ("Support reached 30 percentage in the poll.", "30 percentage", 30, 30, "exact", "percent"),
]

COMPOUND_UNITS = [
    ("The lake holds 4km^3 of water.", "4km^3", 4, 4, "exact", "cubic kilometre"),
    ("The fire burned 4 km squared of forest.", "4 km squared", 4, 4, "exact", "square kilometre"),
    ("Winds reached 30 m/s on the coast.", "30 m/s", 30, 30, "exact", "metre per second"),
    ("The plant made 7.3 MWh last year.", "7.3 MWh", 7.3, 7.3, "exact", "megawatt hour"),
    ("Doses of 20 J/m^2 per year were measured.", "20 J/m^2 per year", 20, 20, "exact",
     "joule per square metre per year"),
]

TABLES = {
    "comparatives": COMPARATIVES,
    "bounded": BOUNDED,
    "number_words": NUMBER_WORDS,
    "numeral_forms": NUMERAL_FORMS,
    "money_forms": MONEY_FORMS,
    "compound_units": COMPOUND_UNITS,
    "numerals": NUMERALS,
    "words": WORDS,
    "vague": VAGUE,
    "ranges": RANGES,
    "qualifiers": QUALIFIERS,
    "money_percent_units": MONEY_PERCENT_UNITS,
    "ordinals_that_count": ORDINALS_THAT_COUNT,
}


def _rows():
    for name, rows in TABLES.items():
        for row in rows:
            yield pytest.param(*row, id=f"{name}: {row[1]}")


@pytest.mark.parametrize("sentence, written, low, high, qualifier, unit", list(_rows()))
def test_reads_figure(sentence, written, low, high, qualifier, unit):
    figures = [f for f in read_figures(sentence) if f.text == written]
    assert figures, f"{written!r} not read in {sentence!r}: {[f.text for f in read_figures(sentence)]}"
    f = figures[0]
    assert sentence[f.span.start : f.span.end] == written
    assert (f.low, f.high) == (pytest.approx(low) if low is not None else None, pytest.approx(high) if high is not None else None)
    assert f.qualifier == Qualifier(qualifier)
    assert f.unit == unit


NOT_CLAIMS = [
    ("year", "The camp was destroyed in 2016.", "2016"),
    ("year range", "We produced nothing in 2013-14.", "2013-14"),
    ("decade", "It grew fast in the 1960s.", "1960"),
    ("date", "Posted on September 15, 2020, by staff.", "15"),
    ("date day-month", "On 12 August 2020 the boat sank.", "12"),
    ("date month of year", "In October of 2016, a reporter was robbed.", "2016"),
    ("clock time", "The raid began at 10:30 on Tuesday.", "10"),
    ("clock am/pm", "The boat left at 3pm.", "3"),
    ("age", "He was a 28-year-old from Sudan.", "28"),
    ("aged", "A man aged 34 was arrested.", "34"),
    ("url", "Read https://t.co/qKH3yAk4Ho now.", "3"),
    ("handle", "Follow @Migrants2020 for news.", "2020"),
    ("hashtag", "Tweets tagged #G7 spread.", "7"),
    ("identifier", "Flight BA2490 was cancelled.", "2490"),
    ("identifier hyphen", "Cases of COVID-19 rose.", "19"),
    ("phone", "Call +44 20 7946 0958 for help.", "44"),
    ("pronoun one", "I have to face this one as well.", "one"),
    ("pronoun at one point", "It was at one point home to many.", "one"),
    ("pronoun one of", "One of the boats capsized.", "One"),
    ("ordinal as name", "Following the destruction of the first Calais camp.", "first"),
    ("ordinal first time", "It marked the first time arrivals rose.", "first"),
    ("duration", "In the first two hours of the operation.", "two"),
    ("duration", "The journey took three days.", "three"),
    ("age in words", "A three-year-old girl was found.", "three"),
    ("age years old", "He is more than 30 years old.", "30"),
    ("year-month", "Records from 1995-01 were lost.", "1995"),
    ("e-notation is no identifier but not a claim if a year", "In 2016 it was 4e14.", "2016"),
]


@pytest.mark.parametrize("why, sentence, number", NOT_CLAIMS, ids=[r[0] + ": " + r[1][:30] for r in NOT_CLAIMS])
def test_not_a_claim(why, sentence, number):
    claims = read_figures(sentence)
    assert not [f for f in claims if number in f.text], f"{why}: {[f.text for f in claims]}"
    # ... but the reader still sees the number, with the role that says why.
    every = read_figures(sentence, all_roles=True)
    assert [f for f in every if number in f.text and f.role != "claim"] or why.startswith(("url", "hashtag", "handle", "identifier")), why


def test_parallel_currencies_are_two_positive_claims():
    text = "The UK has so far pledged £22 million (US$34.5 million) towards security."
    got = [(f.text, f.low, f.unit) for f in read_figures(text)]
    assert got == [("£22 million", 22e6, "GBP"), ("US$34.5 million", 34.5e6, "USD")]


def test_one_counts_when_it_counts():
    assert [f.low for f in read_figures("One migrant died and one boat sank.")] == [1.0, 1.0]


def test_bounds_that_do_not_form_a_range_stay_apart():
    got = [(f.text, str(f.qualifier)) for f in read_figures("More than 40 and less than 10 were seen.")]
    assert got == [("More than 40", "more_than"), ("less than 10", "less_than")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Arrivals in Greece fell 30% to 45,000 last year.", ["30%", "45,000"]),
    ("Deportations rose by 12 per cent to 6,300 in the quarter.", ["12 per cent", "6,300"]),
    # a range of shares stays one figure
    ("Prices rose 5% to 20%.", ["5% to 20%"]),
    ("Between 5 and 10% of them were children.", ["Between 5 and 10%"]),
])
def test_a_share_then_a_count_is_no_range(sentence, expected):
    assert [f.text for f in read_figures(sentence)] == expected


def test_or_equal_after_a_bound_closes_it():
    assert [(f.text, f.low, f.high) for f in read_figures("It scored less than 5000 or equal.")] == [
        ("less than 5000 or equal", None, 5000.0)]
    got = [(f.text, f.low) for f in read_figures("It scored equal to 5000 or less than 6000.")]
    assert got == [("equal to 5000", 5000.0), ("less than 6000", None)]


def test_currency_symbols_need_their_case():
    # "a $48.2 million contract": "a" is an article, not the A$ of Australia
    assert [f.unit for f in read_figures("it won a $48.2 million army contract .")] == ["USD"]
    assert [f.unit for f in read_figures("country music ' s $ 500 million man")] == ["USD"]


def test_currency_examples():
    from factx.currencies import currency_table

    for code, entry in currency_table().entries.items():
        money = [f for f in read_figures(entry.example.text) if f.dimension == "money"]
        assert [(f.low, f.unit) for f in money] == [(pytest.approx(entry.example.value), code)], code


def test_half_alone_is_no_figure_but_more_than_half_is():
    assert read_figures("Half of the tents were removed.", all_roles=True) == []
    # nor does a "half" after an amount halve it
    assert [(f.text, f.low) for f in read_figures("It pledged €500 million, half of it in loans.")] == [("€500 million", 5e8)]
    assert [(f.text, f.low) for f in read_figures("It raised three hundred million, half from donors.")] == [
        ("three hundred million", 3e8)]
    assert [(f.text, f.low) for f in read_figures("Less than half of them stayed.")] == [("Less than half", None)]


BARE_PERCENTS = [
    # (why, sentence, the unit-only mentions: (text, unit))
    ("vague share", "Only a small percent of the 700 applied.", [("percent", "percent")]),
    ("sign alone", "The table shows the % of increase in the last month.", [("%", "percent")]),
    ("noun", "How do I calculate a percentage?", [("percentage", "percent")]),
    ("two words", "A large per cent of them never arrive.", [("per cent", "percent")]),
    ("plural", "The percentages of migrants who applied fell.", [("percentages", "percent")]),
    ("points", "Turnout fell by a percentage point or so.", [("percentage point", "percentage point")]),
    ("with a figure: none", "It fell 20 percent last year.", []),
    ("after the figure: none", "Some 40 per cent of them stayed.", []),
    ("percent of a number: none", "It was percent of 10 overall.", []),
    ("sign of a figure: none", "A 5% rise and 50 % of all.", []),
    ("in a URL: none", "See https://www.test.com/search?q=30%25%20 now.", []),
    ("inside a word: none", "The percentile rank and the %age.", []),
]


@pytest.mark.parametrize("why, sentence, expected", BARE_PERCENTS, ids=[r[0] for r in BARE_PERCENTS])
def test_a_percent_named_with_no_number_is_a_unit_only_mention(why, sentence, expected):
    every = read_figures(sentence, all_roles=True)
    bare = [(f.text, f.unit) for f in every if f.role == "unit_only"]
    assert bare == expected, why
    for f in every:
        if f.role == "unit_only":
            assert (f.low, f.high, f.dimension) == (None, None, "percent")
            assert sentence[f.span.start : f.span.end] == f.text
    # never a claim, so read_figures and extract do not return it
    assert not [f for f in read_figures(sentence) if f.low is None and f.high is None]


@pytest.mark.parametrize("sentence, low, high", [
    ("Some hundred\u017f of people came.", 200, 999),  # long s: "hundreds" to a case-blind pattern
    ("Ten\u017f of thou\u017fands of people", 20000, 99990),
    ("DOZEN\u017f were there", 24, 99),
])
def test_vague_amounts_read_with_odd_case_letters(sentence, low, high):
    (f,) = read_figures(sentence)
    assert (f.low, f.high) == (low, high)


@pytest.mark.parametrize("text, expected", [
    ("Hundreds of\n\nDozens of boats", [("Hundreds", 200, 999), ("Dozens", 24, 99)]),
    ("Tens of\n\nthousands came.", [("thousands", 2000, 9999)]),
    ("hundreds of\nthousands", [("hundreds of\nthousands", 200000, 999900)]),  # a line break inside is fine
    ("several\r\n\r\nhundred", [("hundred", 100, 100)]),
])
def test_a_vague_amount_ends_at_a_paragraph_break(text, expected):
    assert [(f.text, f.low, f.high) for f in read_figures(text)] == expected


CHANGE_THEN_LEVEL = [
    # (sentence, the figures as read): a percent change, then the level it reached, is two figures
    ("Applications rose by 18% to 1.14 million.", [("18%", 18, 18), ("1.14 million", 1140000, 1140000)]),
    ("Arrivals fell 3 per cent to 4,500 last month.", [("3 per cent", 3, 3), ("4,500", 4500, 4500)]),
    ("The toll climbed 12 percent to 310.", [("12 percent", 12, 12), ("310", 310, 310)]),
    ("Crossings fell by a third to 29,437.", [("a third", 1 / 3, 1 / 3), ("29,437", 29437, 29437)]),
    ("Arrivals rose by 5 to 120.", [("5", 5, 5), ("120", 120, 120)]),
    ("Fares rose by $5 to $120.", [("$5", 5, 5), ("$120", 120, 120)]),
    # "by" before a range whose ends are near, or whose unit is said once, stays one figure
    ("The camp grew by 700 to 800 migrants.", [("700 to 800", 700, 800)]),
    ("Budgets were cut by 10 to 15 percent.", [("10 to 15 percent", 10, 15)]),
    # ... while a range of percents stays one figure, the unit written once or twice
    ("Turnout was 10 to 20 per cent.", [("10 to 20 per cent", 10, 20)]),
    ("Turnout was from 10% to 20%.", [("from 10% to 20%", 10, 20)]),
    ("Turnout was between 5 and 10%.", [("between 5 and 10%", 5, 10)]),
    ("Costs were £5 to 10 million.", [("£5 to 10 million", 5e6, 10e6)]),
    # a time or a measure with its unit, then a bare number: a span of time and a level, two figures
    ("Arrivals rose over two years to 3,000.", [("3,000", 3000, 3000)]),
    ("The river rose 2 metres to 9 on Friday.", [("2 metres", 2, 2), ("9", 9, 9)]),
    # ... while a bare number, then a unit, is a range with its unit said once
    ("The journey takes 2 to 3 days.", []),
]


@pytest.mark.parametrize("sentence, expected", CHANGE_THEN_LEVEL, ids=[r[0][:40] for r in CHANGE_THEN_LEVEL])
def test_a_percent_change_then_a_level_are_two_figures(sentence, expected):
    assert [(f.text, f.low, f.high) for f in read_figures(sentence)] == expected


RATES_WITH_AN_ARTICLE = [
    # (sentence, figure text, unit, dimension): "an hour" after a unit says "per hour"
    ("Storm Ciaran brought gusts of 104 miles an hour.", "104 miles an hour", "mile per hour", "speed"),
    ("Winds of 120 km an hour hit the coast.", "120 km an hour", "kilometre per hour", "speed"),
    ("Output fell by 500,000 barrels a day.", "500,000 barrels a day", "barrel per day", "compound"),
    ("They walked 20 km a day for a week.", "20 km a day", "kilometre per day", "compound"),
    # ... but not when the time says when, nor after a speed already, nor for money
    ("The boat sank 5 km a day later.", "5 km", "kilometre", "length"),
    ("It was 3 miles an hour ago.", "3 miles", "mile", "length"),
    ("The ship made 12 knots an hour.", "12 knots", "knot", "speed"),
    ("Workers earn $15 an hour.", "$15", "USD", "money"),
    # a unit of the news that quantulum3's data lacks
    ("The boat sank 47 nautical miles off Pylos.", "47 nautical miles", "nautical mile", "length"),
]


@pytest.mark.parametrize("sentence, written, unit, dimension", RATES_WITH_AN_ARTICLE,
                         ids=[r[0][:40] for r in RATES_WITH_AN_ARTICLE])
def test_a_unit_then_an_article_and_a_time_is_a_rate(sentence, written, unit, dimension):
    (f,) = read_figures(sentence)
    assert (f.text, f.unit, f.dimension) == (written, unit, dimension)


POUNDS_OF_WEIGHT_OR_MONEY = [
    # (sentence, figure, unit): "pounds" is money unless a word of weight governs the figure
    ("The parcel weighed 3 pounds.", "3 pounds", "pound-mass"),
    ("Each bag, weighing about 20 pounds, was searched.", "about 20 pounds", "pound-mass"),
    ("The weight limit is 50 pounds.", "50 pounds", "pound-mass"),
    ("They paid 25 pounds for the ticket.", "25 pounds", "GBP"),
    ("The machine weighs 40 tonnes and costs 5 million pounds.", "5 million pounds", "GBP"),
    ("It weighed in at a cost of 5 pounds.", "5 pounds", "GBP"),
]


@pytest.mark.parametrize("sentence, written, unit", POUNDS_OF_WEIGHT_OR_MONEY, ids=[r[0][:40] for r in POUNDS_OF_WEIGHT_OR_MONEY])
def test_pounds_are_a_weight_after_a_word_of_weight(sentence, written, unit):
    (f,) = [f for f in read_figures(sentence) if f.text == written]
    assert f.unit == unit


VAGUE_WITH_UNITS = [
    # (sentence, figure, unit, role): a vague amount takes the unit or currency after it, or after "of"
    ("Smugglers made millions of dollars from the crossings.", "millions of dollars", "USD", "claim"),
    ("Tens of thousands of pounds were raised.", "Tens of thousands of pounds", "GBP", "claim"),
    ("The camp lies several hundred metres from the port.", "several hundred metres", "metre", "claim"),
    ("Aid convoys carried several thousand tonnes of food.", "several thousand tonnes", "tonne", "claim"),
    ("It took hundreds of years.", "hundreds of years", "year", "duration"),
    ("Hundreds of migrants waited.", "Hundreds", None, "claim"),
]


@pytest.mark.parametrize("sentence, written, unit, role", VAGUE_WITH_UNITS, ids=[r[0][:40] for r in VAGUE_WITH_UNITS])
def test_a_vague_amount_takes_its_unit(sentence, written, unit, role):
    (f,) = read_figures(sentence, all_roles=True)
    assert (f.text, f.unit, f.role, f.qualifier.value) == (written, unit, role, "range")


PROPORTIONS = [
    # (sentence, figure, value): "one in five" is one figure, the fraction, as "a third" is
    ("Around one in five asylum claims was granted.", "Around one in five", 0.2),
    ("Nearly 3 in 10 Britons back the plan.", "Nearly 3 in 10", 0.3),
    ("One in every four children is poor.", "One in every four", 0.25),
    ("Nine out of 10 households have no electricity.", "Nine out of 10", 0.9),
    ("Four out of every five voters backed the deal.", "Four out of every five", 0.8),
]


@pytest.mark.parametrize("sentence, written, value", PROPORTIONS, ids=[r[0][:40] for r in PROPORTIONS])
def test_one_in_five_is_a_proportion(sentence, written, value):
    (f,) = read_figures(sentence)
    assert (f.text, f.low, f.high) == (written, pytest.approx(value), pytest.approx(value))


@pytest.mark.parametrize("sentence", ["He was born 1 in 2020.", "The 5 in 10 km race.", "A one in a million chance.",
                                      "Only 12 out of 350 passengers survived."])
def test_not_a_proportion(sentence):
    assert all(" in " not in f.text and " of " not in f.text for f in read_figures(sentence, all_roles=True))


AGES = [
    # (sentence, figure): an age said with "aged" or "the age of", or in apposition to a name or a person
    ("The youngest victim was aged two.", "two"),
    ("The victims were aged between 19 and 45.", "between 19 and 45"),
    ("Children aged under 5 were vaccinated.", "under 5"),
    ("At the age of 14 she left home.", "14"),
    ("John Smith, 45, of Dover, was charged with manslaughter.", "45"),
    ("A boy, 14, and his sister, 9, were among the dead.", "14"),
    ("Police said the driver, 31, had been arrested.", "31"),
]
NOT_AGES = [
    # (sentence, figure): counts in the same shapes
    ("On Tuesday, 45 people were arrested.", "45"),
    ("In Calais, 45, in Dunkirk, 30.", "45"),
    ("Boris Johnson, 1,200, said.", "1,200"),
    ("The men, aged or not, numbered 12.", "12"),
]


@pytest.mark.parametrize("sentence, written", AGES, ids=[r[0][:40] for r in AGES])
def test_an_age_is_not_a_claim(sentence, written):
    assert [f.role for f in read_figures(sentence, all_roles=True) if f.text == written] == ["age"]


@pytest.mark.parametrize("sentence, written", NOT_AGES, ids=[r[0][:40] for r in NOT_AGES])
def test_a_count_in_the_shape_of_an_age_stays_a_claim(sentence, written):
    assert [f.role for f in read_figures(sentence, all_roles=True) if f.text == written] == ["claim"]


GLUED_MILLIONS = [
    # (sentence, figure, value, unit): a glued "m" then a plural is millions; else metres
    ("About 1.5m people live in the city.", "About 1.5m", 1.5e6, None),
    ("Some 2m households lack power.", "Some 2m", 2e6, None),
    ("It exported 1.5m tonnes of grain.", "1.5m tonnes", 1.5e6, "tonne"),
    ("The UK has 3.2m unemployed.", "3.2m", 3.2e6, None),
    ("The wall is 4m high.", "4m", 4, "metre"),
    ("The ship sank in 30m of water.", "30m", 30, "metre"),
    ("The 10m walls fell.", "10m", 10, "metre"),
    ("He ran 100m in 9.58 seconds.", "100m", 100, "metre"),
]


@pytest.mark.parametrize("sentence, written, value, unit", GLUED_MILLIONS, ids=[r[0][:40] for r in GLUED_MILLIONS])
def test_a_glued_m_before_a_plural_is_millions(sentence, written, value, unit):
    (f,) = [f for f in read_figures(sentence) if f.text == written]
    assert (f.low, f.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("sentence, expected", [
    ("The vote was 52% to 48%.", ["52%", "48%"]),
    ("Prices fell from $5 to $3.", ["$5", "$3"]),
    ("From 10% to 15% of the vote.", ["From 10% to 15%"]),
])
def test_a_falling_pair_with_units_is_two_figures(sentence, expected):
    assert [f.text for f in read_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, written, value", [
    ("Shares dropped 12 per cent to 340p.", "340p", 3.4),
    ("A 5p rise in fuel duty.", "5p", 0.05),
])
def test_a_glued_p_is_pence(sentence, written, value):
    (f,) = [f for f in read_figures(sentence) if f.text == written]
    assert (f.low, f.unit) == (pytest.approx(value), "GBP")


def test_a_glued_p_is_not_pence_in_a_clock_time():
    assert all(f.unit != "GBP" for f in read_figures("It starts at 5pm, or 5 p.m.", all_roles=True))


@pytest.mark.parametrize("sentence, written, low, high, unit", [
    ("One-and-a-half million refugees arrived.", "One-and-a-half million", 1.5e6, 1.5e6, None),
    ("Unemployment stood at 3.8pc.", "3.8pc", 3.8, 3.8, "percent"),
    ("Upward of 2,000 people protested.", "Upward of 2,000", 2000, None, None),
])
def test_news_spellings(sentence, written, low, high, unit):
    (f,) = read_figures(sentence)
    assert (f.text, f.low, f.high, f.unit) == (written, low, high, unit)


def test_pc_is_a_percent_only_in_lower_case_and_glued():
    assert [(f.text, f.unit) for f in read_figures("He bought 3 PCs and 4 pc cases.")] == [("3", None), ("4", None)]
