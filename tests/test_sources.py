"""find_source: who says a figure, as a span and a cue from a closed set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from readers import read_at
from factx.records import Attribution, Span
from factx.sentences import sentence_of, split_sentences
from factx.sources import CUES, find_source
from factx.testing import sentence_prefixes

SEEDS = Path("/work/shared/seeds")
GOLD = Path("/work/shared/gold/seeds.json")


def who(text: str, figure: str, nth: int = 0) -> Attribution | None:
    source = read_at(find_source, text, figure, nth=nth)
    if source is not None:
        assert source.cue in CUES
    return source


# (text, figure, expected source text, cue)
EXAMPLES = [
    ("The French government claim that there are currently 1,000 migrants living in the Calais area.",
     "1,000", "The French government", "claim"),
    ("Italian coastguards said 58 bodies were recovered off Lampedusa.", "58", "Italian coastguards", "said"),
    ("Twenty people were arrested at Dover, Kent Police said.", "Twenty", "Kent Police", "said"),
    ("Some 300 people drowned off Lampedusa last week, the UNHCR said on Tuesday.", "300", "the UNHCR", "said"),
    ("At least 40 people are missing in the Aegean, according to the Greek coastguard.", "40",
     "the Greek coastguard", "according to"),
    ("According to Frontex, 1.8 million crossings were detected in 2015.", "1.8 million", "Frontex", "according to"),
    ("Official figures from the European Union’s border agency Frontex revealed that 100,000 entered.",
     "100,000", "the European Union’s border agency Frontex", "figures from"),
    ("Data from the International Organization for Migration show 3,770 deaths.", "3,770",
     "the International Organization for Migration", "figures from"),
    ("The Libyan Red Crescent estimates that 74 bodies washed up on the beach.", "74",
     "The Libyan Red Crescent", "estimate"),
    ("Aid agencies warn that 10,000 children are missing in Europe.", "10,000", "Aid agencies", "warn"),
    ("The Home Office confirmed 1,200 people were detained.", "1,200", "The Home Office", "confirm"),
    ("“We pulled 150 bodies from the water,” said the coastguard spokesman.", "150",
     "the coastguard spokesman", "said"),
    ("The UK has so far pledged £22 million (US$34.5 million) towards security at the port.",
     "US$34.5 million", "The UK", "agent"),
    ("Since the beginning of the year, the French government has stopped 1,317 migrants from crossing.",
     "1,317", "the French government", "agent"),
    ("The French have also demanded that Britain send more cash, requesting a further £30 million.",
     "£30 million", "The French", "agent"),
    ("The EU has promised €3 billion to Turkey.", "€3 billion", "The EU", "agent"),
    ("Some 700 migrants were reported by the local prefecture to be sleeping rough.", "700",
     "the local prefecture", "reported"),
    ("Theresa May said 1,000 more officers would be sent to Calais.", "1,000", "Theresa May", "said"),
    ("Officials put the death toll at 57, with dozens more unaccounted for.", "57", "Officials", "estimate"),
    ("The health ministry puts the number of dead at 1,200.", "1,200", "The health ministry", "estimate"),
    ("A total of 696 people crossed on Saturday, Ministry of Defence figures show.", "696",
     "Ministry of Defence", "figures from"),
    ("Home Office data showed that 45,000 people crossed the Channel.", "45,000", "Home Office", "figures from"),
]


@pytest.mark.parametrize("text,figure,words,cue", EXAMPLES)
def test_examples(text, figure, words, cue):
    source = who(text, figure)
    assert source is not None
    assert (source.text, source.cue) == (words, cue)


def test_two_figures_take_the_nearest_cue_in_their_clause():
    text = ("The French government claim that there are currently 1,000 migrants living in the Calais "
            "area, however, local migrant support groups suggest that the number is probably closer to 1,500.")
    assert (who(text, "1,000").text, who(text, "1,500").text) == (
        "The French government", "local migrant support groups")
    assert who(text, "1,500").cue == "suggest"


def test_according_to_in_the_next_sentence():
    text = ("Some 5,000 people are estimated to be camped in the French port. The vast majority are "
            "fleeing war-torn countries such as Syria and Afghanistan, according to the EU border agency Frontex.")
    assert (who(text, "5,000").text, who(text, "5,000").cue) == ("the EU border agency Frontex", "according to")


def test_next_sentence_with_its_own_figure_does_not_lend_its_source():
    text = "Some 5,000 people are camped in the port. Another 300 arrived, according to Frontex."
    assert who(text, "5,000") is None


def test_next_paragraph_does_not_lend_its_source():
    text = "Some 5,000 people are camped in the port.\n\nMost are Syrians, according to Frontex."
    assert who(text, "5,000") is None


def test_quotation_split_across_sentences():
    text = ("“Divers recovered 150 bodies today. We expect to find more tomorrow,” the coastguard commander said. "
            "Another sentence follows.")
    source = who(text, "150")
    assert (source.text, source.cue) == ("the coastguard commander", "said")


def test_straight_quotes():
    text = '"Rescuers saved 430 people off Libya tonight," said Captain Rossi. "We saw 12 bodies."'
    assert who(text, "430").text == "Captain Rossi"
    assert who(text, "12") is None  # a second quotation, no speaker after it


def test_figure_after_a_closed_quotation_is_not_quoted():
    text = "“We are full,” the mayor said. Some 300 people slept outside, police said."
    assert (who(text, "300").text, who(text, "300").cue) == ("police", "said")


def test_it_also_continues_the_previous_source():
    text = ("Official figures from Frontex revealed the number of migrants entering the EU in July surpassed "
            "100,000. It also marked the first time more than 100,000 migrants have entered the EU in a month.")
    assert who(text, "100,000", nth=1).text == "Frontex"


def test_pronoun_resolves_to_the_previous_named_subject():
    text = "Kent Police said the port was closed. They said 20 people were held overnight."
    assert who(text, "20").text == "Kent Police"


def test_bare_pronoun_without_antecedent_is_no_source():
    assert who("He said 70 migrants had been held.", "70") is None


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Some 5,000 people are estimated to be camped in the French port.", "5,000"),  # passive, no agent
        ("Nearly 7,000 migrants have been recorded to have reached British shores.", "7,000"),
        ("In August, the first recorded death in the Channel, with media reports falsely claiming that "
         "the migrant was a teenager.", "first"),  # the claim is about what follows "that"
        ("At least nine people are known to have died trying to cross the Channel.", "nine"),
        ("Britain has sent over £100 million to France.", "£100 million"),  # "sent" is no cue
        # a cue word as an adjective or a participle is no cue
        ("The storm caused an estimated $3bn in damage to 1,200 homes.", "1,200"),
        ("The ransom demanded was $5 million.", "$5 million"),
        ("The reported 400 deaths could not be verified.", "400"),
        # ... or as a noun after "of"
        ("The number of confirmed dead stands at 3,100.", "3,100"),
        ("The number of arrests reached 300 on Friday.", "300"),
        ("A total of reported cases rose to 400.", "400"),
        # "put" and "show" are cues only in their constructions
        ("Workers put 5,000 sandbags along the river.", "5,000"),
        ("The shows drew 3,000 people.", "3,000"),
    ],
)
def test_no_source(text, figure):
    assert who(text, figure) is None


def test_seed_sources():
    gold = json.loads(GOLD.read_text())
    got = {}
    for doc in gold["documents"]:
        text = (SEEDS / doc).read_text()
        sents = split_sentences(text)
        for c in gold["claims"]:
            if c["doc"] == doc:
                fig = Span(start=c["start"], end=c["end"])
                a = find_source(text, sents, sentence_of(sents, fig.start), fig)
                got[(doc[:3], c["anchor"])] = a and a.text
    assert got[("000", "1,000")] == "The French government"
    assert got[("000", "closer to 1,500")] == "local migrant support groups"
    assert got[("000", "1,317")] == "the French government"
    assert got[("000", "£30 million")] == "The French"
    assert got[("001", "£22 million")] == "The UK"
    assert got[("001", "Some 5,000")].endswith("Frontex")
    assert got[("001", "surpassed 100,000")].endswith("Frontex")
    assert got[("001", "more than 100,000")].endswith("Frontex")
    assert got[("000", "700 to 800")] is None and got[("001", "At least nine")] is None


def test_appositive_between_name_and_verb():
    text = "Louis Le Franc, the top official for the northern Pas-de-Calais department, told AFP that 21 were arrested."
    assert (who(text, "21").text, who(text, "21").cue) == ("Louis Le Franc", "said")


@pytest.mark.parametrize(
    "text,figure,words",
    [
        # a role without an article, a relative clause, a participle, an age, an acronym
        ("Louis Le Franc, prefect of Pas-de-Calais, said 400 people had been evacuated.", "400", "Louis Le Franc"),
        ("Natacha Bouchart, mayor of Calais, told reporters 1,500 migrants were in the town.", "1,500",
         "Natacha Bouchart"),
        ("The charity, which runs the shelter, said 250 children were housed there.", "250", "The charity"),
        ("The French authorities, who dismantled the camp, said 1,200 people were taken to shelters.", "1,200",
         "The French authorities"),
        ("Mr Johnson, speaking in Calais, said 2,000 officers would be sent.", "2,000", "Mr Johnson"),
        ("Abdul, a 24-year-old from Sudan, said he had paid $3,000 for the crossing.", "$3,000", "Abdul"),
        ("Jane Smith, 43, said she had paid 5,000 euros to smugglers.", "5,000 euros", "Jane Smith"),
        ("The UN refugee agency, UNHCR, said 1.2 million people had fled.", "1.2 million", "The UN refugee agency"),
        # after a leading time phrase
        ("On Tuesday, the ministry, citing police figures, said 600 people were detained.", "600", "the ministry"),
    ],
)
def test_subject_before_a_parenthesis(text, figure, words):
    assert (who(text, figure).text, who(text, figure).cue) == (words, "said")


@pytest.mark.parametrize(
    "text,figure,words",
    [
        ("The minister, who said last month that 5,000 would be returned, faced questions.", "5,000", "The minister"),
        ("Police arrested the men, who said 40 others had fled.", "40", "the men"),
        ("The head of the agency, who told MPs 700 were missing, resigned.", "700", "The head of the agency"),
    ],
)
def test_relative_clause_speaker(text, figure, words):
    assert who(text, figure).text == words


def test_relative_clause_agent_is_its_noun_not_the_clause_before():
    text = "Britain sent £50 million to France, which requested £30 million more."
    assert (who(text, "£30 million").text, who(text, "£30 million").cue) == ("France", "agent")


@pytest.mark.parametrize(
    "text,figure",
    [
        ("In Calais, 45 people drowned, said the IOM.", "45"),  # an adverbial is no subject
        ("The charity, which housed 250 children, said the camp was full.", "250"),  # the figure is in the parenthesis
    ],
)
def test_parenthesis_gives_no_wrong_subject(text, figure):
    source = who(text, figure)
    assert source is None or source.text == "the IOM"


@pytest.mark.parametrize(
    "text,figure,expected",
    [
        # a cue word in -s as a plural noun is no cue: a verb follows it, or a compound noun
        ("Asylum claims rose to 45,000 in the first half of 2023.", "45,000", None),
        ("New asylum claims in the UK hit 84,000 last year.", "84,000", None),
        ("Member states agreed to relocate 40,000 asylum seekers.", "40,000", None),
        ("EU member states have pledged 500 million euros.", "500 million euros", ("EU member states", "agent")),
        ("The number of asylum claims fell to 81,000, Home Office figures showed.", "81,000",
         ("Home Office", "figures from")),
        ("Police reports show 1,200 incidents were recorded.", "1,200", ("Police", "figures from")),
        # the verbs stay cues
        ("The charity claims that 300 children are missing.", "300", ("The charity", "claim")),
        ("The UN estimates that 2.5 million people need help.", "2.5 million", ("The UN", "estimate")),
        ("The report states 600 people were moved.", "600", ("The report", "said")),
    ],
)
def test_plural_noun_is_no_cue(text, figure, expected):
    source = who(text, figure)
    assert (source and (source.text, source.cue)) == expected


@pytest.mark.parametrize(
    "text,figure,words",
    [
        # "he"/"she" is the person named in the previous sentence, with no cue verb there
        ("Maria Lopez, the head of the aid group, visited the camp on Monday. "
         "\"There are more than 3,000 people here without shelter,\" she said.", "more than 3,000", "Maria Lopez"),
        ("Amadou Diallo arrived in Calais in August. He said he had paid 3,000 euros for the journey.",
         "3,000 euros", "Amadou Diallo"),
        ("The prefect of Pas-de-Calais, Louis Le Franc, spoke to reporters. He said 400 people had been evacuated.",
         "400", "Louis Le Franc"),
        # two sentences back when the previous one names no one
        ("French Interior Minister Gérald Darmanin said five women were among the dead. Two survivors were taken "
         "to hospital. Four people have been arrested, he said.", "Four", "French Interior Minister Gérald Darmanin"),
    ],
)
def test_pronoun_speaker_named_without_a_cue(text, figure, words):
    assert who(text, figure).text == words


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Police cleared the camp on Tuesday. He said 400 people had been moved.", "400"),
        ("The Italian Red Cross opened a new centre. She said 200 beds were ready.", "200"),
    ],
)
def test_pronoun_without_a_named_person_is_no_source(text, figure):
    assert who(text, figure) is None


@pytest.mark.parametrize(
    "text,figure,expected",
    [
        # counting verbs make their subject the source
        ("Figures published by the Home Office on Thursday showed 45,755 people crossed.", "45,755",
         ("the Home Office", "figures from")),
        # a cue verb before the subject of another ends the subject; a number is no subject
        ("Among the findings: 3) predicts that 10,000 people will move.", "10,000", None),
        # headlines: an inverted speaker without an article ends the sentence
        ("Record 33,000 small boat arrivals so far this year, says minister", "33,000", ("minister", "said")),
        ("Number of Channel migrants doubles to 28,000 in 2021, say officials", "28,000", ("officials", "said")),
        ("EU states agree to share 30,000 refugees, diplomats say", "30,000", ("diplomats", "said")),
        # initials do not end a phrase; a role "for" a named body keeps it
        ("Between 400 and 750 people were on board, according to the U.N. migration agency.", "Between 400 and 750",
         ("the U.N. migration agency", "according to")),
        ('"There were around 100 children in the hold," said a spokeswoman for Save the Children.', "around 100",
         ("a spokeswoman for Save the Children", "said")),
        ("At least 40 died, said the coastguard for the second time.", "At least 40", ("the coastguard", "said")),
        # "found that" is a finding, "found" with an object an agent; a later speaker wins over an agent
        ("Rescuers found 19 bodies, officials said.", "19", ("officials", "said")),
        # ... not as participles
        ("The raid saw over 200 people removed, 21 of whom were arrested.", "21", None),
        ("The highest recorded toll was 500.", "500", None),
        ('"The first recorded death" is one death.', "one", None),
        # an according-to source without its participle, and a report's author without the verb
        ("At least 3,000 people have been displaced, according to a UN estimate released on Friday.",
         "At least 3,000", ("a UN estimate", "according to")),
        ("A report by the Refugee Council found that 11,000 children had been held.", "11,000",
         ("the Refugee Council", "report")),
    ],
)
def test_counting_verbs_and_trimmed_phrases(text, figure, expected):
    source = who(text, figure)
    assert (source and (source.text, source.cue)) == expected


@pytest.mark.xfail(strict=True, reason="counting, moving and finding verbs (recorded, registered, returned, proposed, "
                   "found) and 'expects' as cues were tried and taken out again: with them the seeds' extract cost "
                   "+0.57M instructions a pass (irx3), over the speed budget")
@pytest.mark.parametrize(
    "text,figure,expected",
    [
        ("Frontex, the EU's border agency, has recorded 250,000 irregular crossings this year.", "250,000",
         ("Frontex", "agent")),
        ("France registered 142,500 asylum requests last year.", "142,500", ("France", "agent")),
        ("Libya's coastguard returned 1,500 people to Tripoli.", "1,500", ("Libya's coastguard", "agent")),
        ("The European Commission proposed relocating 120,000 refugees.", "120,000",
         ("The European Commission", "agent")),
        ("The German interior ministry expects 300,000 asylum applications this year.", "300,000",
         ("The German interior ministry", "estimate")),
        ("The Red Cross said 40 tents arrived. Still, it said it expects 200 more.", "200", ("The Red Cross", "estimate")),
        ("The report found that 11,000 children had been held.", "11,000", ("The report", "revealed")),
        ("Police found 30 migrants in a lorry near Calais.", "30", ("Police", "agent")),
    ],
)
def test_known_miss_counting_verbs(text, figure, expected):
    source = who(text, figure)
    assert (source and (source.text, source.cue)) == expected


@pytest.mark.xfail(strict=True, reason="'the agency' is not resolved to the agency named earlier")
def test_known_miss_definite_description():
    text = "Frontex published its report. The agency said 100,000 had entered."
    assert who(text, "100,000").text == "Frontex"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab “”\",.:\nX9 said according to ")) | st.characters(),
               max_size=200), st.integers(0, 200), st.integers(0, 20))
def test_never_raises_and_spans_round_trip(text, at, length):
    sents = split_sentences(text) or [Span(start=0, end=len(text))]
    at = min(at, len(text))
    fig = Span(start=at, end=min(len(text), at + length))
    source = find_source(text, sents, sentence_of(sents, at), fig)
    if source is not None:
        assert text[source.span.start : source.span.end] == source.text


PREFIXES = sentence_prefixes()


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(EXAMPLES), PREFIXES)
def test_prefix_shifts_spans(example, prefix):
    text, figure, *_ = example
    a, b = who(text, figure), who(prefix + text, figure)
    assert b.span == a.span.shifted(len(prefix)) and a.cue == b.cue


# Pieces for the fast first looks: cue words, their near misses, every kind of character
# next to a word (ASCII and not, marks, odd spaces), and letters that (?i) folds.
_PIECES = st.sampled_from([
    "said", "says", "told", "reported", "reports", "report", "pledging", "according", "According",
    "figures", "FIGURES", "data", "statistics", "Numbers", "press release", "a report", "by", "from",
    "to", "the", "may", "Police", "U.K.", "unsaid", "saidx", "_said", "½said", "é", "\u0301",
    " ", "  ", "\n", "\t", "\x1c", "\u00a0", ",", ";", ":", ".", "“", "”", '"', "(", "[", "—", "–",
    " - ", "-", "'", "’", "&", "7", "\u017f", "\u212a", "\u0130", "\u0131",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.integers(0, 300), st.integers(0, 300))
def test_fast_looks_find_what_the_exact_patterns_find(text, a, b):
    from factx import sources

    lo, hi = sorted((min(a, len(text)), min(b, len(text))))

    def spans(matches):
        return [m.span() for m in matches]

    sources.clear_window_cache()
    assert spans(sources._verbs(text, lo, hi)) == spans(sources._VERB.finditer(text, lo, hi))
    assert spans(sources._phrases(text, lo, hi)) == spans(sources._PHRASE.finditer(text, lo, hi))
    assert spans(sources._words(text, lo, hi)) == spans(sources._WORDS.finditer(text, lo, hi))
    assert sources._last_break(text, lo, hi) == max([lo] + [m.end() for m in sources._BREAK.finditer(text, lo, hi)])
    assert sources._quotes(text) == [i for i, c in enumerate(text) if c in "“”\""]
    sources.clear_window_cache()


def _in_quote_as_written_first(text, sentences, index, figure):
    """``sources._in_quote`` before its early looks: the reach first, then the quote marks."""
    import bisect

    from factx import sources

    w = sources._WINDOW
    hi = min(sentences[min(len(sentences) - 1, index + 3)].end, figure.end + 3 * w)
    nl = text.find("\n", figure.end, hi)
    hi = nl if nl >= 0 else hi
    quotes = sources._quotes(text)
    after = bisect.bisect_left(quotes, figure.end)
    if after == len(quotes) or quotes[after] >= hi:
        return None
    lo = max(sentences[max(0, index - 3)].start, figure.start - 3 * w)
    nl = text.rfind("\n", lo, figure.start)
    lo = nl + 1 if nl >= 0 else lo
    back = None
    k = bisect.bisect_left(quotes, figure.start)
    if k and quotes[k - 1] >= max(lo, figure.start - w):
        back = sources._is_open(text, quotes[k - 1])
    close = None
    for k in range(after, len(quotes)):
        q = quotes[k]
        if q >= hi:
            break
        if sources._is_open(text, q):
            if back is None:
                return None
            continue
        close = q
        break
    if close is None or back is False:
        return None
    return close


_QUOTE_PIECES = st.sampled_from([
    "“", "”", '"', "‘", "’", " ", "\n", "\n\n", ". ", "Police said", " 700 ", "people", "(", "—", "-",
    "x" * 300, "It also ", "Le Franc", ",",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_QUOTE_PIECES, max_size=30).map("".join), st.integers(0, 3000), st.integers(0, 8))
def test_in_quote_with_its_early_looks_is_in_quote_as_written_first(text, at, length):
    from factx import sources

    sents = split_sentences(text) or [Span(start=0, end=len(text))]
    at = min(at, len(text))
    fig = Span(start=at, end=min(len(text), at + length))
    index = sentence_of(sents, at)
    sources.clear_window_cache()
    assert sources._in_quote(text, sents, index, fig) == _in_quote_as_written_first(text, sents, index, fig)
    sources.clear_window_cache()


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.integers(0, 300), st.integers(0, 300))
@example("said", 0, 4)
@example("Xsaid ½said \u212asaid _said \u0131said", 0, 60)
@example("(According to X, a\x1creport by X; FIGURES from Y, press release from Z", 1, 80)
@example("statistics  from X and Numbers by Y - a  report from Z", 0, 80)
def test_joint_scan_finds_what_the_exact_patterns_find(text, a, b):
    """The cue starts of the scan shared with the time reader (``_cues``) lead to every
    match of ``_VERB`` and of ``_PHRASE`` (the latter in text without ``_FOLDING`` letters,
    where ``_phrases`` uses starts), as a scan from every character does."""
    from factx import sources, times
    from factx.scanning import matches_at

    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    starts, _ = times.joint_starts(sources._JOINT, text, lo, hi)

    def spans(matches):
        return [m.span() for m in matches]

    assert spans(matches_at(sources._VERB, text, starts, hi)) == spans(sources._VERB.finditer(text, lo, hi))
    if not any(c in text for c in sources._FOLDING):
        assert spans(matches_at(sources._PHRASE, text, starts, hi)) == spans(sources._PHRASE.finditer(text, lo, hi))


@pytest.mark.parametrize("sentence, source", [
    ("About 3,300 people crossed, the data showed.", None),
    ("About 3,300 people crossed, the latest official figures show.", None),
    ("About 3,300 people crossed, Home Office data show.", "Home Office"),
    ("About 3,300 people crossed, the Home Office figures showed.", "the Home Office"),
])
def test_figures_or_data_of_no_one_name_no_source(sentence, source):
    from factx import extract

    (claim,) = extract(sentence)
    assert (claim.source.text if claim.source else None) == source
