"""The meaning engine: kind, counted, event, modality and part_of of figures in sentences."""

from __future__ import annotations

import json
from itertools import compress
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factx.meaning import Meaning, understand_sentence
from factx.records import Figure, Span
from factx.ruletables import example_figures
from factx.sentences import sentence_of, split_sentences

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "gold" / "seeds.json"


def meanings(text: str, *figures: str, units: dict[str, str] | None = None) -> list[Meaning]:
    """Meanings of ``figures`` (strings found in order in ``text``), the whole text one sentence."""
    figs, _ = example_figures(text, figures[0], list(figures))
    if units:
        figs = [f.model_copy(update={"unit": units[f.text], "dimension": _dimension(units[f.text])}) if f.text in units else f for f in figs]
    return understand_sentence(text, Span(start=0, end=len(text)), figs)


def _dimension(unit: str) -> str:
    return {"GBP": "money", "USD": "money", "EUR": "money", "percent": "percent", "kilometre": "length", "tonne": "mass"}[unit]


def kce(m: Meaning) -> tuple:
    return (m.kind, m.counted, m.event)


# --- kind, counted and event on sentences of our own -------------------------------------

CASES = [
    # shipwrecks, bodies, missing, rescued
    ("Earlier, 242 people were rescued and three bodies were recovered.", ["242", "three"],
     [("people", "person", "rescued"), ("deaths", "body", "died")]),
    ("The shipwreck left 41 people missing and 4 survivors.", ["41", "4"],
     [("missing", "person", "missing"), ("people", "survivor", "rescued")]),
    ("Rescuers recovered the bodies of 17 people, including four children.", ["17", "four"],
     [("deaths", "person", "died"), ("deaths", "child", "died")]),
    ("The charity says 1,200 people have drowned in the Mediterranean this year.", ["1,200"], [("deaths", "person", "died")]),
    ("The death toll rose to 30 as 200 people were rescued.", ["30", "200"],
     [("deaths", "death", "died"), ("people", "person", "rescued")]),
    ("Officials said 15 people had been injured and 3 killed.", ["15", "3"],
     [("injuries", "person", "injured"), ("deaths", "person", "died")]),
    ("A fishing boat carrying 350 migrants capsized off Libya; 28 survivors were pulled from the water.", ["350", "28"],
     [("people", "migrant", "present"), ("people", "survivor", "rescued")]),
    # arrests at ports
    ("Police arrested 14 people at the port of Dover on suspicion of smuggling.", ["14"], [("arrests", "person", "arrested")]),
    ("Border Force stopped 3 lorries at Dover and 11 men were arrested.", ["3", "11"],
     [("count", "lorry", "stopped"), ("arrests", "man", "arrested")]),
    # camps evicted, people relocated
    ("French police have dismantled a camp of 1,500 people near Dunkirk.", ["1,500"], [("people", "person", "removed")]),
    ("The camp was cleared and 600 people were taken to reception centres.", ["600"], [("people", "person", "relocated")]),
    ("More than 2,000 asylum seekers were relocated from Lampedusa to the mainland.", ["More than 2,000"],
     [("people", "asylum seeker", "relocated")]),
    ("Some 9,000 unaccompanied children were living in the camp.", ["Some 9,000"], [("people", "child", "present")]),
    ("About 300 unaccompanied minors were transferred to Britain.", ["About 300"], [("people", "unaccompanied minor", "relocated")]),
    # crossings attempted, intercepted
    ("The French coastguard intercepted 12 boats carrying 430 migrants.", ["12", "430"],
     [("count", "boat", "stopped"), ("people", "migrant", "stopped")]),
    ("Some 2,000 migrants tried to enter the Eurotunnel terminal overnight.", ["Some 2,000"], [("people", "migrant", "attempted")]),
    ("At least 28,000 people crossed the Channel in small boats last year.", ["At least 28,000"], [("people", "person", "crossed")]),
    ("Last night 73 migrants were found hiding in lorries at Calais.", ["73"], [("people", "migrant", "found")]),
    # money
    ("Germany pledged €500 million to the UN refugee agency.", ["€500 million"], [("money", None, "pledged")]),
    ("Italy has requested €200 million from Brussels.", ["€200 million"], [("money", None, "requested")]),
    ("The Home Office fined hauliers £5 million last year.", ["£5 million"], [("money", None, "fined")]),
    ("Smugglers charge up to £3,000 per person for the crossing.", ["up to £3,000"], [("money", None, "paid")]),
    ("Britain sent £50 million to France, which requested £30 million more.", ["£50 million", "£30 million"],
     [("money", None, "sent"), ("money", None, "requested")]),
    # percentages, physical figures, plain counts
    ("Crossings fell by 40% after the deal was signed.", ["40%"], [("percent", None, "decreased")]),
    ("Around 60% of those arriving were men.", ["60%"], [("percent", None, None)]),
    ("The new fence runs for 4 kilometres along the port.", ["4 kilometres"], [("length", None, None)]),
    ("The report has 12 chapters.", ["12"], [("count", "chapter", None)]),
]


@pytest.mark.parametrize(("text", "figures", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_kind_counted_event(text, figures, want):
    units = {"4 kilometres": "kilometre"} if "4 kilometres" in figures else None
    assert [kce(m) for m in meanings(text, *figures, units=units)] == want


def test_counted_is_the_head_noun_skipping_adjectives_and_quotes():
    text = "Police Clear Camp Housing Over 700 'Asylum Seekers' and 40 Eritrean nationals."
    assert [m.counted for m in meanings(text, "Over 700", "40")] == ["asylum seeker", "national"]


@pytest.mark.parametrize("text, figure, want", [
    ("Two thirds of respondents said they backed the plan.", "Two thirds", "respondent"),
    ("Three quarters of the migrants were men.", "Three quarters", "migrant"),
    ("A third of applicants were refused.", "A third", "applicant"),
])
def test_a_fraction_counts_the_noun_after_of(text, figure, want):
    assert [m.counted for m in meanings(text, figure)] == [want]


def test_of_whom_counts_the_noun_of_the_figure_before():
    text = "The raid saw over 200 people removed, 21 of whom were arrested."
    assert [kce(m) for m in meanings(text, "over 200", "21")] == [
        ("people", "person", "removed"), ("arrests", "person", "arrested"),
    ]


def test_the_number_refers_back_to_the_figure_before():
    text = "Officials claim 1,000 migrants live in Calais, but charities suggest the number is probably closer to 1,500."
    a, b = meanings(text, "1,000", "closer to 1,500")
    assert kce(a) == kce(b) == ("people", "migrant", "present")
    assert (a.modality, b.modality) == ("claim", "estimate")


def test_the_number_refers_back_to_the_previous_sentence():
    text = "About 1,000 migrants live in Calais. Charities say the figure is nearer 1,500."
    s = split_sentences(text)
    fig = Figure(text="1,500", span=Span(start=text.index("1,500"), end=text.index("1,500") + 5), low=1500, high=1500)
    (m,) = understand_sentence(text, s[1], [fig])
    assert m.counted == "migrant"


def test_the_number_of_x_gives_what_is_counted():
    text = "The number of migrants entering the EU in July surpassed 100,000."
    assert kce(meanings(text, "surpassed 100,000")[0]) == ("people", "migrant", "entered")


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("The number of unaccompanied children arriving on the Greek islands from the Turkish coast this spring has reached 2,300.",
     "2,300", ("people", "child", "arrived")),
    ("The number of asylum seekers in Britain whose claims were rejected and who were deported last year fell to 4,000.",
     "4,000", ("people", "asylum seeker", "returned")),
    # another figure between: what "the number of" counts may be that figure's
    ("The number of migrants held in detention centres in 12 countries across the region rose to 4,000 last month.",
     "4,000", ("people", None, "detained")),
])
def test_the_number_of_x_may_open_a_long_subject(text, figure, want):
    figs = [f for f in ("12", figure) if f == figure or f" {f} " in text]
    assert kce(meanings(text, *figs)[-1]) == want


# --- who speaks is no trigger -------------------------------------------------------------


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("Roughly 120 people were packed onto the trawler, survivors told reporters.", "Roughly 120", ("people", "person", "present")),
    ("Survivors say 45 migrants were crammed into the dinghy.", "45", ("people", "migrant", "present")),
    ("\u201cAbout 60 people were crammed into the boat,\u201d said survivors.", "About 60", ("people", "person", "present")),
    ("Nearly 40 migrants were crammed into the boat, according to survivors.", "Nearly 40", ("people", "migrant", "present")),
    # the trigger stays one where it is no speaker
    ("Rescuers said 28 survivors were taken to hospital.", "28", ("injuries", "survivor", "injured")),
    ("More than 90 people were rescued, officials said.", "More than 90", ("people", "person", "rescued")),
    ("He said 70 migrants survived.", "70", ("people", "migrant", "rescued")),
])
def test_a_phrase_naming_who_speaks_is_no_trigger(text, figure, want):
    assert kce(meanings(text, figure)[0]) == want


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("About 2,500 refugees filed claims in Germany last month.", "About 2,500", ("people", "refugee", "applied")),
    ("Nearly 700 asylum seekers submitted applications in Belgium.", "Nearly 700", ("people", "asylum seeker", "applied")),
    # an -ed word before the noun is no verb after it
    ("Some 1,200 unaccompanied children reached Italy.", "Some 1,200", ("people", "child", "arrived")),
])
def test_a_verb_after_the_counted_noun_ends_its_phrase(text, figure, want):
    assert kce(meanings(text, figure)[0]) == want


@pytest.mark.parametrize(("text", "figure", "want"), [
    # a plural noun the lexicon does not know ends its phrase before an -ed verb too
    ("Rescuers reached 14 miners trapped underground for three days.", "14", "miner"),
    ("About 60 fishermen stranded offshore were brought back.", "About 60", "fisherman"),
    ("Some 300 children displaced by the fighting were moved.", "Some 300", "child"),
    # not a plural: the -ed word may still belong to the phrase
    ("Some 20 fully trained officers arrived.", "Some 20", "officer"),
])
def test_an_ed_verb_after_an_unknown_plural_ends_its_phrase(text, figure, want):
    assert meanings(text, figure)[0].counted == want


# --- a phrasal verb split by the figure and its noun ----------------------------------------


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("The lifeboat crew pulled 19 people from the water off Dunkirk.", "19", ("people", "person", "rescued")),
    ("Fishermen brought 12 survivors to safety before dawn.", "12", ("people", "survivor", "rescued")),
    ("Greek coastguards pushed 60 migrants back towards Turkey.", "60", ("people", "migrant", "stopped")),
    ("The Aquarius took 141 migrants aboard after a 10-hour search.", "141", ("people", "migrant", "rescued")),
    # no split phrase: a mark after the noun, or words that make no trigger together
    # (no event, so the kind comes from what is counted: people)
    ("The ship took 300 migrants to Italy.", "300", ("people", "migrant", None)),
    ("The navy brought 40 migrants, ashore and afloat, to the port.", "40", ("people", "migrant", None)),
])
def test_a_phrasal_verb_split_by_the_figure(text, figure, want):
    assert kce(meanings(text, figure)[0]) == want


# --- parts of a whole --------------------------------------------------------------------

SEED_PARTS = (
    "Of the approximately 700 migrants who were removed on Tuesday, 150 will be brought to a migrant "
    "reception centre, 150 brought to other departments in Northern France, and the additional 500 will "
    "be spread throughout the other regions of France."
)


def test_of_the_whole_then_its_parts():
    ms = meanings(SEED_PARTS, "approximately 700", "150", "150", "500")
    whole = Span(start=SEED_PARTS.index("approximately 700"), end=SEED_PARTS.index("approximately 700") + 17)
    assert kce(ms[0]) == ("people", "migrant", "removed") and ms[0].part_of is None
    assert [kce(m) for m in ms[1:]] == [("people", "migrant", "relocated")] * 3
    assert [m.part_of for m in ms[1:]] == [whole] * 3
    assert ms[1].modality == "projection" and ms[3].modality == "projection"


def test_including_makes_parts():
    text = "About 1,000 migrants, including 300 children and 200 women, arrived in Lampedusa; 50 more were rescued."
    ms = meanings(text, "About 1,000", "300", "200", "50")
    whole = Span(start=0, end=len("About 1,000"))
    assert [m.part_of for m in ms] == [None, whole, whole, None]
    assert [m.counted for m in ms[:3]] == ["migrant", "child", "woman"]


def test_among_them_makes_a_part():
    text = "Italy's coastguard said 460 people were brought ashore in Lampedusa on Sunday, among them 80 children."
    a, b = meanings(text, "460", "80")
    assert b.part_of == Span(start=text.index("460"), end=text.index("460") + 3)
    assert kce(a) == ("people", "person", "rescued") and b.counted == "child"


def test_n_of_the_m_is_a_part():
    text = "Only 8 of the 120 migrants on board survived."
    a, _ = meanings(text, "8", "120")
    assert a.counted == "migrant" and a.part_of == Span(start=text.index("120"), end=text.index("120") + 3)


def test_figures_without_a_part_construction_have_no_whole():
    text = "Police removed 200 people on Monday and 150 on Tuesday."
    assert [m.part_of for m in meanings(text, "200", "150")] == [None, None]


# --- money conversions and modality -------------------------------------------------------


def test_a_conversion_in_brackets_means_the_same():
    text = "The UK has so far pledged £22 million (US$34.5 million) towards security at the port."
    a, b = meanings(text, "£22 million", "US$34.5 million")
    assert a == b and (a.kind, a.event, a.modality) == ("money", "pledged", "pledge")


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        ("Some 5,000 people are estimated to be camped in the port.", "Some 5,000", "estimate"),
        ("An estimated 9,000 people now live in the Jungle.", "An estimated 9,000", "estimate"),
        ("Some 3,000 migrants are believed to be sleeping rough in Paris.", "Some 3,000", "estimate"),
        ("Arrivals are expected to reach 1 million this year.", "1 million", "projection"),
        ("The scheme will relocate 40,000 asylum seekers.", "40,000", "projection"),
        ("The UK promised £10 million for the camps.", "£10 million", "pledge"),
        ("Migrants allegedly attacked 20 lorries on the A16.", "20", "claim"),
        ("The government claims 1,000 migrants live in Calais.", "1,000", "claim"),
        ("Police arrested 14 people at the port.", "14", "reported"),
        ("The report has 12 chapters.", "12", None),
        ("About 300 people arrived and are expected to stay.", "About 300", "projection"),
    ],
)
def test_modality(text, figure, modality):
    assert meanings(text, figure)[0].modality == modality


# --- the seed gold ------------------------------------------------------------------------


def _gold():
    if not GOLD.exists():
        return []
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return gold["claims"]


KNOWN_SEED_MISSES: set[tuple[str, int]] = set()  # (doc, start) of gold figures we get wrong


def _seed_meanings(doc: str, reader: bool) -> dict[int, Meaning]:
    text = (SHARED / "seeds" / doc).read_text(encoding="utf-8")
    sents = split_sentences(text)
    if reader:
        from factx.figures import read_figures

        figs = [f for f in read_figures(text) if f.role == "claim"]
    else:
        figs = [
            Figure(text=text[g["start"]:g["end"]], span=Span(start=g["start"], end=g["end"]), low=g["low"], high=g["high"],
                   unit=g["unit"], dimension="money" if g["unit"] else None)
            for g in _gold() if g["doc"] == doc
        ]
    by_sentence: dict[int, list[Figure]] = {}
    for f in figs:
        by_sentence.setdefault(sentence_of(sents, f.span.start), []).append(f)
    out: dict[int, Meaning] = {}
    for i, fs in by_sentence.items():
        for f, m in zip(fs, understand_sentence(text, sents[i], fs)):
            for g in _gold():
                if g["doc"] == doc and f.span.start < g["end"] and g["start"] < f.span.end:
                    out[g["start"]] = m
    return out


def _seed_params():
    for g in _gold():
        marks = [pytest.mark.xfail(strict=True)] if (g["doc"], g["start"]) in KNOWN_SEED_MISSES else []
        yield pytest.param(g, marks=marks, id=f"{g['doc'][:3]}:{g['anchor']}")


@pytest.mark.skipif(not GOLD.exists(), reason="the shared seed gold is not at ../shared")
@pytest.mark.parametrize("reader", [False, True], ids=["gold-figures", "read_figures"])
@pytest.mark.parametrize("g", list(_seed_params()))
def test_seed_gold(g, reader):
    got = _seed_meanings(g["doc"], reader).get(g["start"])
    assert got is not None, "no figure there"
    assert (got.kind, got.counted, got.event) == (g["kind"], g["counted"], g["event"])


# --- known misses: a fix is noticed --------------------------------------------------------


# The subject's own verb after an auxiliary, not the verbs of a relative clause or participles
# that modify it
MAIN_VERBS = [
    ("Two hundred migrants who feared they would die at sea were rescued.", "Two hundred", ("people", "migrant", "rescued")),
    ("Some 300 migrants who were rescued on Sunday were taken to Lampedusa.", "Some 300", ("people", "migrant", "relocated")),
    ("About 50 people who had been living in the camp were moved to shelters.", "About 50", ("people", "person", "relocated")),
    ("Some 300 migrants living in tents were evicted.", "Some 300", ("people", "migrant", "removed")),
    ("Police found 40 migrants who were hiding in a lorry.", "40", ("people", "migrant", "found")),
    ("The 41 migrants who had set off from Sfax drowned.", "41", ("deaths", "migrant", "died")),
]


@pytest.mark.parametrize("text,figure,want", MAIN_VERBS)
def test_the_subjects_own_verb(text, figure, want):
    assert kce(meanings(text, figure)[0]) == want


@pytest.mark.xfail(strict=True, reason="'arrivals' is counted as such, not as the people who arrived")
def test_arrivals_count_people():
    text = "The number of arrivals could reach 1 million this year."
    assert kce(meanings(text, "1 million")[0]) == ("people", "person", "arrived")


# "N of the M people ... VERB": the verb after the whole's phrase is the part's; the words of
# that phrase (a participle, "on board", a relative clause) are the whole's.
PART_WHOLE_VERBS = [
    ("Only four of the 46 people on board survived.", "four", "46", ("people", "rescued"), ("people", "present")),
    ("Twelve of the 40 people arrested were charged.", "Twelve", "40", ("arrests", "charged"), ("arrests", "arrested")),
    ("Five of the 20 people arrested have been charged with smuggling.", "Five", "20", ("arrests", "charged"), ("arrests", "arrested")),
    ("Seven of the 12 migrants detained were later released.", "Seven", "12", ("people", "released"), ("people", "detained")),
    ("Three of the 50 passengers died.", "Three", "50", ("deaths", "died"), ("people", None)),
    ("Two of the 30 migrants who were rescued died in hospital.", "Two", "30", ("deaths", "died"), ("people", "rescued")),
    ("Only 3 of the 40 asylum appeals were upheld.", "3", "40", ("count", "granted"), ("count", None)),
    # a part with its own verb before it: what follows the whole is the whole's
    ("Police arrested 12 of the 40 migrants found in the lorry.", "12", "40", ("arrests", "arrested"), ("people", "found")),
    # money
    ("Only $300 million of the $1.5 billion pledged has been delivered.", "$300 million", "$1.5 billion",
     ("money", "sent"), ("money", "pledged")),
    ("The EU has disbursed €3 billion of the €6 billion promised to Turkey.", "€3 billion", "€6 billion",
     ("money", "sent"), ("money", "pledged")),
    ("So far £50 million of the £120 million committed has been paid.", "£50 million", "£120 million",
     ("money", "paid"), ("money", "pledged")),
]


@pytest.mark.parametrize("text,part_text,whole_text,part_want,whole_want", PART_WHOLE_VERBS)
def test_the_part_and_its_whole_each_take_their_own_verb(text, part_text, whole_text, part_want, whole_want):
    part, whole = meanings(text, part_text, whole_text)
    assert (part.kind, part.event) == part_want
    assert (whole.kind, whole.event) == whole_want
    assert part.part_of == Span(start=text.index(whole_text), end=text.index(whole_text) + len(whole_text))


@pytest.mark.xfail(strict=True, reason="with no auxiliary, the last trigger after the whole is taken as the part's verb, "
                   "though here it is the whole's participle and the verb ('carried') is no trigger")
def test_the_whole_keeps_its_participle_before_a_verb_that_is_no_trigger():
    part, whole = meanings("Only 2 of the 9 boats intercepted carried children.", "2", "9")
    assert (part.event, whole.event) == (None, "stopped")


# A trigger right before a noun it modifies names a place or a thing, no event
COMPOUNDS = [
    ("Some 200 people staged a protest outside the detention centre.", "Some 200", ("people", "person", None)),
    ("About 300 volunteers joined the rescue operation.", "About 300", ("people", "volunteer", None)),
    ("About 40 migrants went on hunger strike at the Calais detention centre.", "About 40", ("people", "migrant", None)),
    ("Some 1,200 asylum seekers are held in detention centres across the country.", "Some 1,200", ("people", "asylum seeker", "detained")),
    ("Around 30 rescue workers were injured when the building collapsed.", "Around 30", ("injuries", "worker", "injured")),
]


@pytest.mark.parametrize("text,figure,want", COMPOUNDS)
def test_a_trigger_that_modifies_a_noun_is_no_event(text, figure, want):
    assert kce(meanings(text, figure)[0]) == want


@pytest.mark.xfail(strict=True, reason="a verb after 'and' whose object is the next figure is that figure's, not the first's; "
                   "a fix (skip such a trigger) works, but docs/add-a-claim-kind.md shows the built-in reading of 'Britain "
                   "granted asylum to 12,000 people and deported 7,000 others' as returned, so it needs a docs change")
def test_the_verb_of_the_next_figure_after_and():
    first, second = meanings("Police raided 30 properties and arrested 12 people.", "30", "12")
    assert (first.event, second.event) == (None, "arrested")


@pytest.mark.xfail(strict=True, reason="'expelled' is returned unless a listed place follows ('from the camp', 'from a "
                   "squat'); other sites ('a makeshift settlement') need the class of the noun after 'from'")
def test_expelled_from_a_site_is_removed():
    assert kce(meanings("Around 600 migrants were expelled from a makeshift settlement near the port.", "Around 600")[0]) == (
        "people", "migrant", "removed")


@pytest.mark.xfail(strict=True, reason="a trigger right before another figure ('designed for 15') is that figure's; "
                   "skipping it for the first figure is the fix the 'and deported 7,000' case waits for (docs change)")
def test_a_trigger_that_takes_the_next_figure_is_not_the_first_figures():
    first, second = meanings("More than 60 people were crammed into a boat designed for 15.", "More than 60", "15")
    assert (first.event, second.event) == ("present", "capacity")


# A whole whose part is no figure ("none of", "most of", "some of"): the verb after its phrase
# is the part's. "All of the 40" is the whole itself and keeps the verb.
QUANTIFIED_WHOLES = [
    ("None of the 300 migrants in the camp were arrested.", "300", ("people", "migrant", None)),
    ("Most of the 300 people on board were from Pakistan.", "300", ("people", "person", "present")),
    ("Some of the 1,200 migrants evicted were taken to shelters.", "1,200", ("people", "migrant", "removed")),
    ("All of the 40 passengers were rescued.", "40", ("people", "passenger", "rescued")),
]


@pytest.mark.parametrize("text,figure,want", QUANTIFIED_WHOLES)
def test_a_whole_whose_part_is_no_figure(text, figure, want):
    assert kce(meanings(text, figure)[0]) == want


# --- properties ---------------------------------------------------------------------------


@settings(max_examples=50, deadline=None)
@given(prefix=st.text(alphabet="abc XYZ.,\n", max_size=40))
def test_meaning_does_not_depend_on_where_the_sentence_starts(prefix):
    base = meanings(SEED_PARTS, "approximately 700", "150", "150", "500")
    text = prefix + "\n\n" + SEED_PARTS
    shift = len(prefix) + 2
    figs, _ = example_figures(SEED_PARTS, "150", ["approximately 700", "150", "150", "500"])
    figs = [f.model_copy(update={"span": f.span.shifted(shift)}) for f in figs]
    got = understand_sentence(text, Span(start=shift, end=len(text)), figs)
    assert [kce(m) for m in got] == [kce(m) for m in base]
    assert [m.part_of for m in got] == [m.part_of and m.part_of.shifted(shift) for m in base]


def test_one_meaning_per_figure_in_order_and_none_for_no_figures():
    assert understand_sentence("No figures here.", Span(start=0, end=16), []) == []
    ms = meanings("Police arrested 14 people and rescued 30 others.", "14", "30")
    assert [m.event for m in ms] == ["arrested", "rescued"]


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(list("ab 12,.;'(£%") + ["of the ", "were ", "killed ", "people ", "including ", "the number ", "Of the "]),
                     max_size=60).map("".join))
def test_any_text_gives_one_meaning_per_figure(text):
    import regex

    figs = [
        Figure(text=m.group(), span=Span(start=m.start(), end=m.end()), low=1.0, high=1.0,
               unit="GBP" if m.group().startswith("£") else None, dimension="money" if m.group().startswith("£") else None)
        for m in regex.finditer(r"£?\d[\d,]*", text)
    ]
    got = understand_sentence(text, Span(start=0, end=len(text)), figs)
    assert len(got) == len(figs)
    for m in got:
        assert m.part_of is None or any(m.part_of == f.span for f in figs)


# --- the engine's shortcuts agree with the plain definitions ------------------------------

_ODD_PIECES = list("aZ09 ,.;:!?'’-()\"“”—£%\n\t\u00a0\u2009é\x1c") + ["U.S. ", "1,000 ", "word, ", "it’s "]
_ODD_TEXT = st.lists(st.sampled_from(_ODD_PIECES), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_ODD_TEXT, data=st.data())
def test_tokens_are_the_token_pattern_matches(text, data):
    from factx.meaning import _TOKEN, _tokens

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    starts, strs = _tokens(text, start, end)
    assert list(zip(starts, strs)) == [(m.start(), m.group()) for m in _TOKEN.finditer(text, start, end)]


@settings(max_examples=300, deadline=None)
@given(text=_ODD_TEXT, data=st.data())
def test_strong_breaks_are_the_regex_ones(text, data):
    import regex

    from factx.meaning import _STRONG_BREAK

    plain = regex.compile(r";|[.!?][\"'”’)]*\s")  # what _STRONG_BREAK is written for the standard re
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert [m.span() for m in _STRONG_BREAK.finditer(text, start, end)] == [m.span() for m in plain.finditer(text, start, end)]


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(["the", "dead", "numbered", "bodies", "of", "were", "killed", "is", "expected", "x"]),
                     max_size=30))
def test_phrase_search_from_known_first_words_is_the_full_search(text):
    from factx.ruletables import load_rules

    rules = load_rules()
    at = [i for i, w in enumerate(text) if w in rules.first_words]
    for index in (rules.triggers, rules.cues):
        assert index.find_lower(text, at) == index.find_lower(text)


def test_a_full_stop_or_semicolon_parts_a_trigger_from_the_figure():
    assert meanings("Police arrested 14 people; 30 migrants waited.", "30")[0].event != "arrested"
    assert meanings("We counted 30 migrants. Police arrested them.", "30")[0].event != "arrested"
    assert meanings("We counted 30 migrants, police arrested them.", "30")[0].event == "arrested"


@settings(max_examples=50, deadline=None)
@given(text=st.lists(st.sampled_from(["1, ", "word. ", "(a) ", "it’s ", "x ", "“no” ", "1,000 ", "U.S. "]), min_size=20,
                     max_size=200).map("".join))
def test_tokens_of_many_cut_runs_are_the_token_pattern_matches(text):
    from factx.meaning import _TOKEN, _tokens

    starts, strs = _tokens(text, 0, len(text))
    assert list(zip(starts, strs)) == [(m.start(), m.group()) for m in _TOKEN.finditer(text)]


_TRICKY_RUNS = ["1,000", "Calais,", "2016.", "1,500.", "U.S.", "(US$34.5", "£22", "“Jungle”", "Union’s", "—", "a", ",",
                "x-", "-x", "1,", ",1", "a'b'", "it’s.", "100,000,", "é,", "Ab.c,d", "x\x1cy", "a\u00a0b", "..."]


@pytest.mark.parametrize("sep", [" ", "  ", "\n", " \t", "\x1c"])
def test_tokens_of_tricky_runs_are_the_token_pattern_matches(sep):
    from factx.meaning import _TOKEN, _tokens

    for text in [sep.join(_TRICKY_RUNS), " " + " ".join(_TRICKY_RUNS) + " ", *(f"x {r} y" for r in _TRICKY_RUNS)]:
        for start, end in [(0, len(text)), (1, len(text) - 1), (2, len(text))]:
            starts, strs = _tokens(text, start, end)
            assert list(zip(starts, strs)) == [(m.start(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def _strong_breaks_by_search(text, lo, hi, bounds):
    """What :func:`factx.meaning._strong_breaks` finds: every ``_STRONG_BREAK`` in the sentence and its figures."""
    from factx.meaning import _STRONG_BREAK

    lo = min([lo, *(a for a, _ in bounds)])
    hi = max([hi, *(b for _, b in bounds)])
    spans = [m.span() for m in _STRONG_BREAK.finditer(text, lo, hi)]
    return [a for a, _ in spans], [b for _, b in spans]


_BREAK_TEXT = st.lists(st.sampled_from(_ODD_PIECES + [".", ";", "!", "?", ". ", "; ", ".\" ", "’) ", "...", "1.5", "?!"]),
                       max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_BREAK_TEXT, data=st.data())
@example(text="They came. 30 left; 20 stayed.", data=None)
@example(text="It cost $34.5 million... or more!\" Then 3 left?", data=None)
@example(text="U.S. 3.5; x.” y.) z. 4;", data=None)
@example(text="a;b.c?d!e\x1cf.\x1c;", data=None)
def test_strong_breaks_are_the_pattern_search(text, data):
    from factx.meaning import _strong_breaks

    if data is None:
        lo, hi, bounds = 0, len(text), [(11, 13)]
    else:
        lo = data.draw(st.integers(0, len(text)))
        hi = data.draw(st.integers(lo, len(text)))
        bounds = data.draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted).map(tuple),
                                    max_size=3))
    got = _strong_breaks(text, lo, hi, bounds)
    assert (list(got[0]), list(got[1])) == _strong_breaks_by_search(text, lo, hi, bounds)


@settings(max_examples=200, deadline=None)
@given(text=_BREAK_TEXT, data=st.data())
@example(text="In Calais, (700) people — and 30 more: 20; were moved [x] – y", data=None)
def test_words_and_breaks_counted_by_bisection_are_the_counts(text, data):
    import bisect

    from factx.meaning import _Sentence
    from factx.ruletables import load_rules

    rules = load_rules()
    s = _Sentence(text, Span(start=0, end=len(text)), [Figure(text="x", span=Span(start=0, end=0), low=1, high=1)], rules)
    n = len(s.strs)
    for k in range(n + 1):  # the words before token k
        assert bisect.bisect_left(s.word_at, k) == sum(t[0].isalnum() for t in s.strs[:k])
    pairs = [(0, n), (n // 3, n)] if data is None else [tuple(sorted(data.draw(st.tuples(st.integers(0, n), st.integers(0, n)))))]
    for a, b in pairs:
        assert s.breaks_between(a, b) == sum(t in rules.clause_breaks for t in s.strs[a:b])


_CASED_PIECES = _ODD_PIECES + ["ΟΔΟΣ", "ΑΣ:Β ", "Σ", "ς ", "İ", "ſ", "K", "ß", "ẞ", "Dead ", "BODIES ", "’S ", ":", " ", "_", "²",
                                "½ ", "٣", "\u0301", "a_b "]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_CASED_PIECES), max_size=30).map("".join))
@example(text="ΑΣ:Β ΟΔΟΣ, Σ İstanbul’S ſ DEAD")
def test_words_breaks_and_lowered_words_are_the_plain_ones(text):
    from factx.meaning import _Sentence
    from factx.ruletables import load_rules

    s = _Sentence(text, Span(start=0, end=len(text)), [Figure(text="x", span=Span(start=0, end=0), low=1, high=1)], load_rules())
    assert s.word_at == [k for k, t in enumerate(s.strs) if t[0].isalnum()]
    assert s.break_at == [k for k, t in enumerate(s.strs) if t in s_rules().clause_breaks]
    assert s.low == [s.strs[k].lower().replace("’", "'") for k in s.word_at]


def s_rules():
    from factx.ruletables import load_rules

    return load_rules()


def test_not_alnum_is_not_isalnum_for_every_character():
    from factx.meaning import _NOT_ALNUM

    assert [c for c in map(chr, range(0x110000)) if bool(_NOT_ALNUM.match(c)) == c.isalnum()] == []


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_CASED_PIECES + _TRICKY_RUNS + [" "] * 8), max_size=40).map("".join), data=st.data())
@example(text=" ".join(_TRICKY_RUNS), data=None)
@example(text="a_b é, x- (US$34.5 “Jungle” Union’s", data=None)
def test_tokens_tell_the_tokens_that_are_no_words(text, data):
    from factx.meaning import _tokens, _tokens_and_others

    start, end = (0, len(text)) if data is None else sorted(data.draw(st.tuples(st.integers(0, len(text)), st.integers(0, len(text)))))
    starts, strs, others = _tokens_and_others(text, start, end)
    assert (starts, strs) == _tokens(text, start, end)
    if others is not None:
        assert others == [k for k, t in enumerate(strs) if not t[0].isalnum()]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(["the", "dead", "numbered", "bodies", "of", "were", "killed", "is", "expected", "x",
                                      "estimated", "an", "at", "least", "more", "than", "death", "toll", "up", "to", "said",
                                      "in", "custody", "a", "critical", "condition", "hospital", "on", "board", "are",
                                      "missing", "approximately", "number", "cross", "feared", "claims", "claiming",
                                      "asylum", "for", "set", "aside", "committed"]),
                     max_size=30))
@example(text=["an", "estimated", "death", "toll", "of", "the", "dead", "numbered", "at", "least"])
@example(text=["are", "said", "to", "hospital", "in", "custody", "on"])
@example(text=["is", "expected", "approximately", "estimated", "the"])
@example(text=["feared", "x", "claims", "for", "set", "to", "committed", "to", "feared"])
def test_triggers_and_cues_found_together_are_each_found_alone(text):
    from factx.ruletables import load_rules

    rules = load_rules()
    at = [i for i, w in enumerate(text) if w in rules.first_words]
    alone = (rules.triggers.find_lower(text, at), rules.cues.find_lower(text, at))
    # RuleSet.find_phrases skips a first word whose next word starts no phrase with it
    assert rules.find_phrases(text, at) == alone
    assert rules.find_phrases(text, range(len(text))) == alone
    # as _Sentence passes it: the first words as an iterator (itertools.compress)
    assert rules.find_phrases(text, compress(range(len(text)), map(rules.first_words.__contains__, text))) == alone


_CUT_CHARS = list("aZ09'-.,#(") + list("’‘“”—–£€…") + ["é", "ſ", "İ", "½", "١", "ß", "\u00ad", "_"]


@settings(max_examples=300, deadline=None)
@given(run=st.lists(st.sampled_from(_CUT_CHARS), min_size=1, max_size=12).map("".join))
@example(run="“Jungle”")
@example(run="Union’s")
@example(run="£22")
@example(run="‘a’b’")
@example(run="a‘b")
@example(run="—x—")
@example(run="’x’")
@example(run="1’000,")
@example(run="a’’b")
@example(run="(US$34.5")
@example(run="x–y€")
@example(run="a—b")
@example(run="1–2")
@example(run="a“b”c")
@example(run="a‘b’c")
@example(run="£1…2€3")
@example(run="#.a#")
@example(run="(a.#")
@example(run="#a.")
@example(run="1,.")
@example(run="1,500.")
def test_cut_is_the_token_pattern(run):
    # runs whose marks beyond ASCII are common ones are cut as ASCII runs (factx.meaning._MARKS_AS_ASCII)
    from factx.meaning import _TOKEN, _cut

    assert _cut(run) == _TOKEN.findall(run)


_OF_PIECES = ["of", "Of", "OF", "oF", " ", "  ", "\n", "\t", "\u00a0", "\x1c", "the", "THE", "these", "thoſe", "those",
              "some", "ſome", "a", "A", "an", "An", ",", ";", ":", "(", "and", "but", "x", "1", "ofthe", "Ke", "é"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_OF_PIECES), max_size=16).map("".join), data=st.data())
@example(text="Of the 700 migrants, 150 left", data=None)
@example(text="x, of the 30", data=None)
@example(text="and of some\n30", data=None)
@example(text="Of the" + " " * 40 + "9", data=None)
@example(text="(of thoſe 9", data=None)
@example(text="x, of an 9", data=None)
@example(text="x, of the\t9", data=None)
@example(text="but of A\u00a09", data=None)
def test_of_the_before_is_the_two_patterns(text, data):
    from factx.meaning import _OF_THE_BEFORE, _OF_THE_OPENING, _of_the_before

    if data is None:
        start, pos = 0, len(text) - 1
    else:
        start = data.draw(st.integers(0, len(text)))
        pos = data.draw(st.integers(start, len(text)))
    lo = max(start, pos - 24)
    plain = bool(_OF_THE_OPENING.fullmatch(text, start, pos) or _OF_THE_BEFORE.search(text, lo, pos))
    assert _of_the_before(text, start, pos) == plain


_GAP_PIECES = ["including", "INCLUDING", "İncluding", "ıncluding", "among", "AMONG", "them", "whom", "which", "those",
               "thoſe", "THOSE", "the", "some", "ſome", " ", "  ", "\n", ",", "x", "K", "ſ", "é", "-"]


@settings(max_examples=300, deadline=None)
@given(gap=st.lists(st.sampled_from(_GAP_PIECES), max_size=10).map("".join))
@example(gap=", among thoſe ")
@example(gap=", including the ")
@example(gap=" among whom some ")
def test_a_part_whole_gap_holds_a_needle(gap):
    # _parts tries the part-whole pattern only on (lowered) gaps that hold one of the rule set's needles
    from factx.ruletables import load_rules

    rules = load_rules()
    gap = gap.lower()
    assert rules.part_whole_needles is not None
    if rules.part_whole_re.search(gap):
        assert any(n in gap for n in rules.part_whole_needles)


_AFTER_PIECES = ["of", "OF", "Of", " ", "  ", "\t", "\n", "\x1c", "\u00a0", "\u2009", "the", "x", "é", ",", "and", "AND",
                 "or", "Or", "band", "for", "1", "-"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_AFTER_PIECES), max_size=10).map("".join), data=st.data())
@example(text=" of the", data=None)
@example(text="\u00a0of", data=None)
@example(text=" \x1cof", data=None)
@example(text="  of", data=None)
@example(text="", data=None)
def test_of_after_is_its_pattern(text, data):
    from factx.meaning import _OF_AFTER, _SPACE_RUN, _of_after

    pos, end = (0, len(text)) if data is None else sorted(data.draw(st.tuples(st.integers(0, len(text)),
                                                                               st.integers(0, len(text)))))
    j = _SPACE_RUN.match(text, pos, end).end()
    plain = None if text[j:j + 2].lower() != "of" else _OF_AFTER.match(text, pos, end)
    got = _of_after(text, pos, end)
    assert (got and got.span()) == (plain and plain.span())


@settings(max_examples=300, deadline=None)
@given(gap=st.lists(st.sampled_from(_AFTER_PIECES), max_size=8).map("".join))
@example(gap=" and ")
@example(gap=", OR\n")
@example(gap="band\x1c")
@example(gap=",\u2009")
def test_list_gap_is_its_pattern(gap):
    from factx.meaning import _LIST_GAP, _list_gap

    assert _list_gap(gap) == bool(_LIST_GAP.search(gap))


def test_a_cue_that_opens_the_next_clause_with_its_own_figure_is_that_figures():
    text = "The UK paid France £54 million and pledged a further £62 million."
    assert [(m.event, m.modality) for m in meanings(text, "£54 million", "£62 million")] == [
        ("paid", "reported"), ("pledged", "pledge")]


def test_a_share_of_the_next_figure_counts_its_noun_and_is_no_part():
    from factx import extract, reconcile

    share, whole = extract("About 60% of the 50 migrants on board were Eritrean.", doc_id="a")
    assert (share.counted, share.part_of, whole.counted) == ("migrant", None, "migrant")
    assert reconcile([share, whole]).disagreements == []
