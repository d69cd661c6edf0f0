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

TABLES = {
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
