"""find_time: the time a figure holds for, resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from readers import read_at
from factx.records import Span
from factx.sentences import sentence_of, split_sentences
from factx.times import find_time
from factx.testing import sentence_prefixes

SEEDS = Path("/work/shared/seeds")
GOLD = Path("/work/shared/gold/seeds.json")
D = dt.date


def when(text: str, figure: str, published: dt.date | None = D(2016, 3, 10), nth: int = 0):
    return read_at(find_time, text, figure, published, nth=nth)


# (sentence, figure, published, expected text, start, end)
EXAMPLES = [
    ("A boat carrying 300 people sank off Lampedusa on 3 October 2013.", "300", D(2013, 10, 5),
     "3 October 2013", D(2013, 10, 3), D(2013, 10, 3)),
    ("Officials said 58 bodies were recovered on September 15, 2020.", "58", D(2020, 9, 29),
     "September 15, 2020", D(2020, 9, 15), D(2020, 9, 15)),
    ("The report, dated 2020-09-15, counts 1,200 arrivals.", "1,200", D(2020, 9, 29),
     "2020-09-15", D(2020, 9, 15), D(2020, 9, 15)),
    ("In August, 46 people were arrested at Dover.", "46", D(2020, 9, 29),
     "August", D(2020, 8, 1), D(2020, 8, 31)),
    ("In October, 46 people were arrested at Dover.", "46", D(2020, 9, 29),
     "October", D(2019, 10, 1), D(2019, 10, 31)),
    ("The number entering the EU in July 2014 was 31,000.", "31,000", D(2015, 8, 20),
     "July 2014", D(2014, 7, 1), D(2014, 7, 31)),
    ("In 2019, 1,800 people drowned in the Mediterranean.", "1,800", D(2020, 1, 5),
     "2019", D(2019, 1, 1), D(2019, 12, 31)),
    ("In October of 2016, three migrants were charged.", "three", D(2020, 9, 29),
     "October of 2016", D(2016, 10, 1), D(2016, 10, 31)),
    ("Police cleared a camp of 700 people in Calais on Tuesday.", "700", D(2020, 9, 29),
     "Tuesday", D(2020, 9, 29), D(2020, 9, 29)),
    ("Coastguards rescued 120 people in the Aegean on Friday.", "120", D(2016, 3, 10),
     "Friday", D(2016, 3, 4), D(2016, 3, 4)),
    ("Greek police said 12 people were still missing yesterday.", "12", D(2016, 3, 10),
     "yesterday", D(2016, 3, 9), D(2016, 3, 9)),
    ("Last week 2,000 people reached Lesbos.", "2,000", D(2016, 3, 10),
     "Last week", D(2016, 2, 29), D(2016, 3, 6)),
    ("The EU pledged €3 billion last month.", "€3 billion", D(2016, 3, 10),
     "last month", D(2016, 2, 1), D(2016, 2, 29)),
    ("Germany took in 1.1 million asylum seekers last year.", "1.1 million", D(2016, 3, 10),
     "last year", D(2015, 1, 1), D(2015, 12, 31)),
    ("This year 150,000 people have arrived in Greece.", "150,000", D(2016, 3, 10),
     "This year", D(2016, 1, 1), D(2016, 3, 10)),
    ("At least nine people have died trying to cross the Channel since June.", "nine", D(2015, 8, 20),
     "since June", D(2015, 6, 1), D(2015, 8, 20)),
    ("Since the beginning of the year, the French government has stopped 1,317 migrants.", "1,317",
     D(2020, 9, 29), "Since the beginning of the year", D(2020, 1, 1), D(2020, 9, 29)),
    ("The Calais Jungle saw the removal of some 9,000 migrants between 2015 and 2016.", "9,000",
     D(2020, 9, 29), "between 2015 and 2016", D(2015, 1, 1), D(2016, 12, 31)),
    ("There are currently 1,000 migrants living in the Calais area.", "1,000", D(2020, 9, 29),
     "currently", D(2020, 9, 29), D(2020, 9, 29)),
    ("The UK has so far pledged £22 million towards security.", "£22 million", D(2015, 8, 20),
     "so far", D(2015, 8, 20), D(2015, 8, 20)),
    ("Some 4,000 people have been arrested over the past three months.", "4,000", D(2016, 3, 10),
     "the past three months", D(2015, 12, 10), D(2016, 3, 10)),
    ("Arrivals in Italy reached 170,000 in 2014, up from 43,000 in 2013.", "43,000", D(2015, 1, 2),
     "2013", D(2013, 1, 1), D(2013, 12, 31)),
    ("Arrivals in Italy reached 170,000 in 2014, up from 43,000 in 2013.", "170,000", D(2015, 1, 2),
     "2014", D(2014, 1, 1), D(2014, 12, 31)),
    # rolling windows in hours and decades; the first months of a year
    ("Health officials said 112 people had been killed in the past 24 hours.", "112", D(2023, 11, 2),
     "the past 24 hours", D(2023, 11, 1), D(2023, 11, 2)),
    ("Some 400 people died in the last 72 hours.", "400", D(2023, 11, 2),
     "the last 72 hours", D(2023, 10, 30), D(2023, 11, 2)),
    ("Over the past decade, some 28,000 people have drowned in the Mediterranean.", "28,000", D(2024, 6, 20),
     "the past decade", D(2014, 6, 20), D(2024, 6, 20)),
    ("The number rose to 3,000 over the last two decades.", "3,000", D(2024, 6, 20),
     "the last two decades", D(2004, 6, 20), D(2024, 6, 20)),
    ("In the first nine months of the year, 2,500 migrants died at sea.", "2,500", D(2023, 10, 12),
     "the first nine months of the year", D(2023, 1, 1), D(2023, 9, 30)),
    ("In the first six months of 2022, 1,900 people died.", "1,900", D(2023, 10, 12),
     "the first six months of 2022", D(2022, 1, 1), D(2022, 6, 30)),
    # Some time before the article, not when: no start, the day before publication as the end.
    ("The camp, which was at one point home to about 10,000 migrants, was razed.", "10,000", D(2020, 9, 29),
     "at one point", None, D(2020, 9, 28)),
    ("At its peak the centre held 2,500 asylum seekers.", "2,500", D(2019, 5, 2),
     "At its peak", None, D(2019, 5, 1)),
    ("At the height of the crisis, 6,000 people crossed the border each day.", "6,000", D(2016, 1, 10),
     "At the height", None, D(2016, 1, 9)),
    ("The shelter previously housed 120 children.", "120", D(2018, 7, 1), "previously", None, D(2018, 6, 30)),
    ("Formerly, 40 guards patrolled the fence.", "40", D(2018, 7, 1), "Formerly", None, D(2018, 6, 30)),
    ("In the past, fewer than 50 boats tried the crossing.", "50", D(2021, 3, 3), "In the past", None, D(2021, 3, 2)),
    ("In previous years about 300 people drowned off Libya.", "300", D(2021, 3, 3),
     "In previous years", None, D(2021, 3, 2)),
    # "ago": that calendar year, month, week or day
    ("Two years ago, about 1,500 people lived in the camp.", "1,500", D(2023, 8, 9),
     "Two years ago", D(2021, 1, 1), D(2021, 12, 31)),
    ("A few weeks ago 300 people arrived in Dover.", "300", D(2023, 8, 9),
     "A few weeks ago", D(2023, 7, 17), D(2023, 7, 23)),
    ("Three months ago, 40 boats were seized.", "40", D(2023, 8, 9), "Three months ago", D(2023, 5, 1), D(2023, 5, 31)),
    ("Police found 20 bodies 5 days ago.", "20", D(2023, 8, 9), "5 days ago", D(2023, 8, 4), D(2023, 8, 4)),
    # halves and quarters of a year, stretches of months, the weekend
    ("In the first half of 2023, Italy registered 65,000 arrivals.", "65,000", D(2023, 8, 9),
     "the first half of 2023", D(2023, 1, 1), D(2023, 6, 30)),
    ("In the last quarter of 2022, 900 people arrived.", "900", D(2023, 8, 9),
     "the last quarter of 2022", D(2022, 10, 1), D(2022, 12, 31)),
    ("Between January and March, 12,000 people applied for asylum.", "12,000", D(2023, 8, 9),
     "Between January and March", D(2023, 1, 1), D(2023, 3, 31)),
    ("From November to February, 3,000 people crossed.", "3,000", D(2023, 8, 9),
     "November to February", D(2022, 11, 1), D(2023, 2, 28)),
    ("From June to August 2015, 5,000 people crossed.", "5,000", D(2023, 8, 9),
     "June to August 2015", D(2015, 6, 1), D(2015, 8, 31)),
    ("Over the weekend, 600 migrants were rescued off Lampedusa.", "600", D(2023, 8, 9),
     "the weekend", D(2023, 8, 5), D(2023, 8, 6)),
]


@pytest.mark.parametrize("text,figure,published,words,start,end", EXAMPLES)
def test_examples(text, figure, published, words, start, end):
    ref = when(text, figure, published)
    assert ref is not None
    assert (ref.text, ref.start, ref.end) == (words, start, end)


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Between 100 and 200 migrants try to access the tunnel per night.", "100"),
        ("Some 5,000 people are estimated to be camped in the French port.", "5,000"),
        ("Theresa May will visit 3 camps.", "3"),  # "May" is a person, not a month
        ("Each month, 400 people are sent back.", "400"),
        ("The point is that 300 people arrived.", "300"),  # "point" alone is no time
        ("The rescue was the first at that point of the coast: 45 people.", "45"),
    ],
)
def test_no_time(text, figure):
    assert when(text, figure) is None


def test_two_figures_take_their_own_clause():
    text = "The EU entered 100,000 in July this year, more than triple the 31,000 recorded for July 2014."
    assert when(text, "100,000", D(2015, 8, 20)).text == "July this year"
    assert when(text, "31,000", D(2015, 8, 20)).text == "July 2014"


def test_same_time_period_refers_back():
    text = ("Since the beginning of the year, the French government has stopped 1,317 migrants. "
            "During the same time period, however, nearly 7,000 migrants have reached British shores.")
    ref = when(text, "7,000", D(2020, 9, 29))
    assert (ref.text, ref.start, ref.end) == ("the same time period", D(2020, 1, 1), D(2020, 9, 29))


def test_it_also_continues_the_previous_time():
    text = ("Migrants entering the EU in July this year surpassed 100,000. "
            "It also marked the first time more than 100,000 migrants entered the EU in a single month.")
    ref = when(text, "100,000", D(2015, 8, 20), nth=1)
    assert (ref.text, ref.start) == ("July this year", D(2015, 7, 1))


def test_records_began_is_not_the_time():
    text = "More than 100,000 migrants entered in a single month, the most since records began in 2008."
    assert when(text, "100,000", D(2015, 8, 20)) is None


def test_without_publication_date_relative_times_are_unresolved():
    ref = when("In August, 46 people were arrested.", "46", None)
    assert ref.text == "August" and ref.start is None and ref.end is None
    assert when("In 2019, 46 people were arrested.", "46", None).end == D(2019, 12, 31)
    ref = when("On 3 October 2013, 366 people died.", "366", None)
    assert ref.start == D(2013, 10, 3)


def test_published_may_be_an_iso_string():
    ref = when("Last week 2,000 people reached Lesbos.", "2,000", "2016-03-10")
    assert (ref.start, ref.end) == (D(2016, 2, 29), D(2016, 3, 6))


def test_dateparser_resolves_numeric_dates():
    ref = when("On 15/09/2020, 200 people were removed.", "200", D(2020, 9, 29))
    assert ref.start == D(2020, 9, 15)


def test_seed_times():
    gold = json.loads(GOLD.read_text())
    got = {}
    for doc, meta in gold["documents"].items():
        text = (SEEDS / doc).read_text()
        sents = split_sentences(text)
        for c in gold["claims"]:
            if c["doc"] == doc:
                fig = Span(start=c["start"], end=c["end"])
                ref = find_time(text, sents, sentence_of(sents, fig.start), fig,
                                D.fromisoformat(meta["published"]))
                got[c["anchor"]] = ref and (ref.text, ref.start, ref.end)
    assert got["700 to 800"] == ("Tuesday", D(2020, 9, 29), D(2020, 9, 29))
    assert got["nearly 7,000"] == ("the same time period", D(2020, 1, 1), D(2020, 9, 29))
    assert got["first recorded death"] == ("August", D(2020, 8, 1), D(2020, 8, 31))
    assert got["At least nine"] == ("since June", D(2015, 6, 1), D(2015, 8, 20))
    assert got["surpassed 100,000"] == ("July this year", D(2015, 7, 1), D(2015, 7, 31))
    assert got["Some 5,000"] is None


@pytest.mark.parametrize(
    "text,figure,words,start,end",
    [
        ("In mid-2015, 3,000 people a day reached Lesbos.", "3,000", "mid-2015", D(2015, 5, 1), D(2015, 8, 31)),
        ("In early 2016, 1,000 people waited in Idomeni.", "1,000", "early 2016", D(2016, 1, 1), D(2016, 4, 30)),
        ("During the summer of 2015, 500 died in the Aegean.", "500", "the summer of 2015",
         D(2015, 6, 1), D(2015, 8, 31)),
        ("In the winter of 2015, 400 froze on the Balkan route.", "400", "the winter of 2015",
         D(2015, 12, 1), D(2016, 2, 29)),
    ],
)
def test_parts_of_a_year(text, figure, words, start, end):
    ref = when(text, figure, None)  # no publication date needed
    assert (ref.text, ref.start, ref.end) == (words, start, end)


@pytest.mark.parametrize(
    "text,figure,published,words,start,end",
    [
        # decades
        ("In the 1990s, about 1 million people fled the region.", "about 1 million", None,
         "the 1990s", D(1990, 1, 1), D(1999, 12, 31)),
        ("Arrivals peaked at 90,000 in the early 2000s.", "90,000", None, "the early 2000s", D(2000, 1, 1), D(2003, 12, 31)),
        ("By the late 1980s some 3 million people had left.", "3 million", None, "the late 1980s",
         D(1986, 1, 1), D(1989, 12, 31)),
        # a stretch up to a month or a day: the most recent such month without a year
        ("Net migration was 685,000 in the year to June.", "685,000", D(2026, 11, 20),
         "the year to June", D(2025, 7, 1), D(2026, 6, 30)),
        ("More than 74,000 people claimed asylum in the year to March.", "74,000", D(2026, 2, 10),
         "the year to March", D(2024, 4, 1), D(2025, 3, 31)),
        ("A total of 2,000 were returned in the three months to September.", "2,000", D(2026, 11, 20),
         "the three months to September", D(2026, 7, 1), D(2026, 9, 30)),
        ("Applications hit 90,000 in the 12 months to March 2023.", "90,000", D(2026, 11, 20),
         "the 12 months to March 2023", D(2022, 4, 1), D(2023, 3, 31)),
        ("In the week ending 12 November, 1,200 people crossed.", "1,200", D(2026, 11, 20),
         "the week ending 12 November", D(2026, 11, 6), D(2026, 11, 12)),
        # AP's abbreviated month before a day is a date, not the month
        ("On Nov. 3, police detained 60 people.", "60", D(2026, 11, 20), "Nov. 3", D(2026, 11, 3), D(2026, 11, 3)),
        ("The boat sank on Sept. 14, 2023, with 40 aboard.", "40", D(2026, 11, 20), "Sept. 14, 2023",
         D(2023, 9, 14), D(2023, 9, 14)),
        # a part of a year named from publication
        ("About 11,000 people were moved during the second half of last year.", "About 11,000", D(2026, 11, 20),
         "the second half of last year", D(2025, 7, 1), D(2025, 12, 31)),
        ("Late last year, 300 people were stranded.", "300", D(2026, 11, 20), "Late last year",
         D(2025, 9, 1), D(2025, 12, 31)),
        ("More than 4,000 people crossed in the first nine months.", "4,000", D(2026, 11, 20),
         "the first nine months", D(2026, 1, 1), D(2026, 9, 30)),
        # "overnight", "in recent days": up to publication
        ("Firefighters rescued 45 people overnight.", "45", D(2026, 11, 20), "overnight", D(2026, 11, 19), D(2026, 11, 20)),
        ("Around 300 people arrived in recent days.", "300", D(2026, 11, 20), "recent days",
         D(2026, 11, 10), D(2026, 11, 20)),
        # "since" before a period runs from its start to publication
        ("New York City has received 100,000 migrants since last year.", "100,000", D(2026, 11, 20),
         "since last year", D(2025, 1, 1), D(2026, 11, 20)),
        ("Since last month, 4,000 people have crossed.", "4,000", D(2026, 11, 20), "Since last month",
         D(2026, 10, 1), D(2026, 11, 20)),
        # a year range written with a slash is the range, not its first year
        ("The figure for 2023/24 was 33,000.", "33,000", None, "2023/24", D(2023, 1, 1), D(2024, 12, 31)),
    ],
)
def test_more_constructions(text, figure, published, words, start, end):
    ref = when(text, figure, published)
    assert (ref.text, ref.start, ref.end) == (words, start, end)


@pytest.mark.parametrize(
    "text,figure,words",
    [
        ("Figures published by the Home Office on Thursday showed 45,755 people crossed the Channel in 2022.",
         "45,755", "2022"),
        ("The ministry reported on Friday that 300 people arrived last week.", "300", "last week"),
        # with no other time phrase, the time it was said is kept
        ("Police said on Tuesday that 40 people were arrested.", "40", "Tuesday"),
    ],
)
def test_when_it_was_said_yields_to_the_period_counted(text, figure, words):
    assert when(text, figure, D(2026, 11, 20)).text == words


def test_the_first_months_of_a_war_are_not_of_the_year():
    assert when("In the first six months of the war, 2,000 people fled.", "2,000", D(2026, 11, 20)) is None


@pytest.mark.parametrize(
    "text,figure,words,start,end",
    [
        ("Crossings rose to 45,000 in 2022 from 28,500 a year earlier.", "28,500", "a year earlier",
         D(2021, 1, 1), D(2021, 12, 31)),
        ("Arrivals so far this year reached 120,000, compared with 90,000 in the same period last year.", "90,000",
         "the same period last year", D(2025, 1, 1), D(2025, 11, 20)),
        ("The number fell to 3,000 in October, down from 4,200 in the same month a year earlier.", "4,200",
         "the same month a year earlier", D(2025, 10, 1), D(2025, 10, 31)),
        ("The agency recorded 1,200 deaths last year, up from 900 the previous year.", "900", "the previous year",
         D(2024, 1, 1), D(2024, 12, 31)),
        # no other period in the sentence: the phrase, unresolved
        ("Arrivals rose to 5,000, compared with 4,100 a year earlier.", "4,100", "a year earlier", None, None),
        # the figures before are not of the year before
        ("Crossings rose to 45,000 in 2022 from 28,500 a year earlier.", "45,000", "2022",
         D(2022, 1, 1), D(2022, 12, 31)),
    ],
)
def test_a_year_earlier_is_another_period_a_year_back(text, figure, words, start, end):
    ref = when(text, figure, D(2026, 11, 20))
    assert (ref.text, ref.start, ref.end) == (words, start, end)


def test_a_year_earlier_is_not_the_time_of_a_figure_before_another():
    assert when("Unemployment fell to 4.2% in the spring from 4.5% a year earlier.", "4.2%", D(2026, 11, 20)) is None
    assert when("Arrivals rose 20% to 5,000, compared with 4,100 a year earlier.", "5,000", D(2026, 11, 20)) is None


@pytest.mark.xfail(strict=True, reason="a quarter without a year is not read")
def test_known_miss_quarter_without_year():
    assert when("In the last quarter, 8,000 people arrived.", "8,000", D(2026, 11, 20)) is not None


@pytest.mark.xfail(strict=True, reason="a month's year comes from publication alone, not from a future tense")
def test_known_miss_future_month():
    ref = when("In December, 7,000 people are expected to arrive.", "7,000", D(2026, 11, 20))
    assert ref.start == D(2026, 12, 1)


@pytest.mark.xfail(strict=True, reason="holidays and religious periods are not read")
def test_known_miss_holidays():
    assert when("Over Christmas, 300 people crossed the Channel.", "300", D(2016, 1, 1)) is not None


def test_import_does_not_load_dateparser():
    code = "import sys, factx.times; assert 'dateparser' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.integers(0, 200), st.integers(0, 20),
       st.one_of(st.none(), st.dates()))
def test_never_raises_and_spans_round_trip(text, at, length, published):
    sents = split_sentences(text) or [Span(start=0, end=len(text))]
    at = min(at, len(text))
    fig = Span(start=at, end=min(len(text), at + length))
    ref = find_time(text, sents, sentence_of(sents, at), fig, published)
    if ref is not None:
        assert text[ref.span.start : ref.span.end] == ref.text


PREFIXES = sentence_prefixes()


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(EXAMPLES), PREFIXES)
def test_prefix_shifts_spans(example, prefix):
    text, figure, published, *_ = example
    a, b = when(text, figure, published), when(prefix + text, figure, published)
    assert b.span == a.span.shifted(len(prefix)) and (a.start, a.end) == (b.start, b.end)



# Time phrases of every kind, words of them and what may sit between them, to build text
# where time phrases may start almost anywhere; cased in every way, also with the letters
# that ``re.I`` matches with "i" and "s" but ``str.lower`` does not turn into them.
_PIECES = [
    "since records began in 2008", "a day", "per night", "in a single month", "between 2015 and 2016",
    "from 2015 to 2016", "2015-16", "5th of June 2015", "June 5, 2015", "Sept. 30", "31/12/2015",
    "2015-06-01", "the summer of 2015", "mid-2015", "early 2016", "the end of May", "end of 2015",
    "the start of 2016", "last June", "June this year", "since June", "during August", "throughout 2016",
    "until October", "after May", "on Tuesday morning", "since Monday", "last Friday", "until Sunday",
    "the day before yesterday", "this morning", "last night", "since the beginning of the year",
    "over the past three months", "in the last two years", "during the previous week", "past 12 months",
    "this weekend", "next week", "earlier this year", "later this month", "so far this year",
    "the last few days", "the same time period", "that period", "in 2015", "year 2016", "at one point",
    "at its peak", "at the moment", "in the past", "in previous years", "currently", "at present",
    "to date", "right now", "now", "previously", "the", "in", "of", "on", "at", "over", "this", "people",
    "5", "21", "2015", "one", "two years ago", "a few weeks ago", "3 days ago", "a couple of months ago",
    "the first half of 2023", "second quarter of 2019", "the last quarter", "between January and March",
    "from June to August 2015", "over the weekend", "at the weekend", "ago", "two", "several",
    "the 1990s", "in the early 2000s", "the mid-1980s", "1990s", "the year to June", "the three months to September 2023",
    "the week ending 12 November", "the 12 months up to March", "in recent days", "over recent weeks", "overnight",
    "the second half of last year", "late last year", "the first nine months", "Nov. 3", "2023/24", "recent",
    "a year earlier", "the same month a year earlier", "the same period last year", "the previous year",
    "the prior year", "a year before",
]
_SEPARATORS = [" ", " ", "  ", "-", "–", "/", ", ", ". ", "\n", "(", "“", "\u00a0", ""]
_CASES = [str.lower, str.upper, str.title, lambda w: w, lambda w: w.replace("i", "ı").replace("s", "ſ").replace("I", "İ")]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_CASES), st.sampled_from(_SEPARATORS)),
                max_size=10),
       st.integers(0, 200), st.integers(0, 200))
def test_time_phrases_as_a_scan_from_every_character_finds_them(pieces, a, b):
    from unittest import mock

    from factx import times

    text = "".join(case(words) + sep for words, case, sep in pieces)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    found = [(m.span(), m.lastgroup) for m in times.times_in(text, start, end)]
    with mock.patch.object(times, "_starts", lambda text, start, end: range(start, end)):
        assert found == [(m.span(), m.lastgroup) for m in times.times_in(text, start, end)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_CASES), st.sampled_from(_SEPARATORS)),
                max_size=8),
       st.integers(0, 200))
def test_time_pattern_by_first_character_matches_as_the_whole(pieces, end):
    """``_TIME_AT`` (only the alternatives that may start with the character there) gives
    the match of ``_TIME`` at every place: the same span, last group and groups by name."""
    from factx import times

    text = "".join(case(words) + sep for words, case, sep in pieces)
    end = min(end, len(text))

    def seen(m):
        return None if m is None else (m.span(), m.lastgroup, m.groupdict())

    for i in range(end + 1):
        assert seen(times._TIME_AT.match(text, i, end)) == seen(times._TIME.match(text, i, end))


def _starts_by_look_behind(text: str, start: int, end: int) -> list[int]:
    """``times._starts`` as it was written first: the look behind in the pattern."""
    from factx import times

    start = max(start, 0)
    if start >= end:
        return []
    low = times._lower(text[start - 1:end] if start else " " + text[:end])
    out = [start + m.start() for m in times._AFTER_NON_WORD.finditer(low)]
    return [i for i in out if not text[i].isdigit() or times._DIGIT_START.match(text, i, end)]


# Letters beyond ASCII (and other word characters) right before a time word: the look
# behind of ``_AFTER_NON_WORD`` leaves those starts out, ``_starts`` drops them after.
_JOINS = ["é", "ß", "ı", "İ", "ſ", "\u212a", "²", "中", "_", "\u0301", "“", " ", "-", "", "\u00a0", "5"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_JOINS), st.sampled_from(_PIECES), st.sampled_from(_CASES)),
                max_size=10),
       st.integers(0, 200), st.integers(0, 200))
@example([("é", "in 2015", str.lower), ("²", "since June", str.title), ("_", "now", str.lower)], 0, 200)
@example([("\u212a", "last week", str.lower), ("ı", "in 2015", str.lower), ("中", "today", str.lower)], 1, 200)
@example([("İ", "on Tuesday morning", str.title), ("é", "5th of June 2015", str.lower)], 0, 30)
def test_starts_leave_out_what_the_look_behind_leaves_out(pieces, a, b):
    from factx import times

    text = "".join(join + case(words) for join, words, case in pieces)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert times._starts(text, start, end) == _starts_by_look_behind(text, start, end)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 3000), st.integers(0, 1000), st.integers(0, 3000), st.integers(0, 40))
@example(0, 0, 0, 0)
@example(256, 300, 100, 5)  # the figure before the sentence
@example(0, 5000, 1000, 5)  # a sentence longer than the window
@example(511, 2, 255, 2)
def test_window_bounds_are_the_shared_window(s_start, s_len, f_start, f_len):
    from factx import times, windows

    sent, fig = Span(start=s_start, end=s_start + s_len), Span(start=f_start, end=f_start + f_len)
    assert times.window_bounds(sent, fig.start, fig.end) == tuple(windows.window(sent, fig))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_JOINS), st.sampled_from(_PIECES + ["said", "According to", "a report"]),
                          st.sampled_from(_CASES)), max_size=10),
       st.integers(0, 200), st.integers(0, 200))
@example([("é", "in 2015", str.lower), ("²", "since June", str.title), ("_", "now", str.lower)], 0, 200)
@example([("\u212a", "said", str.lower), ("ı", "in 2015", str.lower), ("中", "today", str.lower)], 1, 200)
@example([(" ", "said", str.lower), ("", "in 2015", str.lower), ("5", "today", str.lower)], 0, 200)
@example([("İ", "on Tuesday morning", str.title), ("é", "5th of June 2015", str.lower)], 0, 30)
@example([(" ", "a report", str.lower), ("-", "a report", str.upper), (" ", "in 2015", str.lower)], 0, 200)
@example([("“", "said", str.title), (" ", "since June", str.lower), ("(", "5th of June 2015", str.lower)], 0, 200)
def test_joint_scan_is_starts_and_the_other_look(pieces, a, b):
    """``joint_starts`` (the scan shared with the source reader) gives ``_starts`` and the
    places where the other look matches in lower-cased text after a character not 0-9, _ or a-z."""
    import re

    from factx import sources, times

    text = "".join(join + case(words) for join, words, case in pieces)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    for look, scan in ((sources._CUE_LOOK, sources._JOINT), ("(?:said|in|a(?:\\s+report))",
                                                           times.joint_pattern(["said", "in"], {"a": r"\s+report"}))):
        looks, found = times.joint_starts(scan, text, start, end)
        assert found == times._starts(text, start, end)
        if start < end:
            low = times._lower(text[start - 1:end] if start else " " + text[:end])
            alone = re.compile("[^0-9_a-z](?=" + look + ")")
            assert looks == [start + m.start() for m in alone.finditer(low)]
        else:
            assert looks == []
