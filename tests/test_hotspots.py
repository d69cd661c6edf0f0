"""The reader scans only windows around digits and number words: that must change nothing."""

from __future__ import annotations

from unittest import mock

import pytest

import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factx import hotspots, read_figures, read_numbers
from factx.figures import _patterns
from factx.zones import find_zones
from factx.qualifiers import QUALIFIER_AFTER, QUALIFIER_BEFORE, may_start_with_qualifier, qualifier_before, qualifier_ending
from factx.testing import any_text, news_sentences

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_FILLER = st.sampled_from([
    "The council met again on Tuesday to discuss the matter at length.",
    "Nobody answered the calls from reporters, and the office stayed closed for the weekend.",
    "Often, someone phones the tenant; none of them had money left.",  # number words inside words
    "Witnesses described a chaotic scene near the harbour wall as the weather turned.",
    "\n\n", "   ", "\t",
])


# Number words with words before them that start the figure: the reader must find those too.
_LEADS = st.lists(st.sampled_from([
    "a", "A", "minus", "negative", "point", "several", "a few", "many", "tens of", "hundreds of", "scores of",
    "hundred", "dozen", "dozens", "thousand", "five", "twenty", "first", "the", "of", " ", "\n",
]), min_size=1, max_size=5).map(" ".join)


def _documents() -> st.SearchStrategy[str]:
    """News-like documents: sentences with figures, long stretches without, and noise."""
    piece = st.one_of(news_sentences().map(lambda t: t[0]), _FILLER, any_text(), _LEADS)
    return st.lists(piece, max_size=12).map(" ".join)


def _whole(text: str) -> hotspots.Windows:
    whole = [(0, len(text))] if text else []
    return hotspots.Windows(whole, whole)


@SETTINGS
@given(_documents())
def test_scanning_windows_reads_what_scanning_the_whole_text_reads(text):
    windowed = (read_figures(text, all_roles=True), read_numbers(text))
    with mock.patch.object(hotspots, "scan_windows", _whole):
        whole = (read_figures(text, all_roles=True), read_numbers(text))
    assert windowed == whole


@SETTINGS
@given(_documents())
def test_windows_cover_every_digit_and_number_word(text):
    spans, digits, starts, runs = hotspots.scan_windows(text)
    assert set(digits) <= set(spans)
    assert spans == sorted(spans)
    assert all(a < b for a, b in spans) and all(b1 < a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))

    def covered(i: int) -> bool:
        return any(a <= i < b for a, b in spans)

    for m in regex.finditer(r"\p{N}", text):
        assert covered(m.start()) and any(a <= m.start() < b for a, b in digits), m
    if runs is not None:  # every run of numeric characters, in the digit window that holds it
        assert [run[:2] for run in runs] == [m.span() for m in regex.finditer(r"\p{N}+", text)]
        assert all((a, b) in digits and a <= start < end <= b for start, end, a, b in runs)
    folded = text.casefold()
    if len(folded) == len(text):
        for m in regex.finditer(r"(?i)\b(?:one|two|ten|twenty|hundred|thousand|dozens|first|third|half)\b", text):
            assert covered(m.start()) and covered(m.end() - 1), m
            assert m.start() in starts, m


def test_a_text_without_figures_has_no_windows_and_a_dense_one_is_read_whole():
    assert hotspots.windows("Nobody was counted here.") == []
    dense = "1, 2, 3, 4 and 5 boats."
    assert hotspots.windows(dense) == [(0, len(dense))]


def test_far_apart_figures_get_separate_windows():
    text = "Some 700 came. " + "The rest of the day was quiet and grey. " * 5 + "Then 80 left."
    spans = hotspots.windows(text)
    assert len(spans) == 2
    assert "700" in text[slice(*spans[0])] and "80" in text[slice(*spans[1])]
    assert "quiet and grey. The rest" not in " ".join(text[a:b] for a, b in spans)


_QUALIFIER_PIECES = st.sampled_from([
    "about", "approximately", "an estimated", "estimated", "some", "no more than", "more than", "over",
    "at least", "not less than", "less than", "up to", "as many as", "as many as at least", "a total of",
    "further", "between", "from", "equal to", "equal to or more than", "closer to", "close to", "somewhere around",
    "around", "around about", "just under", "under", "well over", ">", ">=", "<", "~", "≥", "a", "the", "of",
])


@SETTINGS
@given(st.lists(_QUALIFIER_PIECES, max_size=6), st.sampled_from([" ", "  ", "", "\u00a0"]))
def test_the_reverse_qualifier_scan_finds_what_a_forward_search_finds(words, gap):
    window = (" ".join(words) + gap)[-40:]
    forward = regex.compile(QUALIFIER_BEFORE, regex.X | regex.I | regex.V0).search(window)
    backward = qualifier_before().search(window)
    assert (forward is None) == (backward is None)
    if forward:
        assert (forward.start(), forward.lastgroup) == (backward.start(), backward.lastgroup)
    assert _patterns()[2] is qualifier_before()


_ODD_PIECES = st.sampled_from([
    "(", ")", "-", ".", "1", "x", "é", "\u0130", "\u017f", "\u212a", "whopping", "total", "approx.", "c.", "ca.",
    "ABOUT", "Over", "e.g.c.", "\u2009", "\n", "or more", "or so", "plus", "+", "-odd", "odd", "and up", "or fewer",
])


@SETTINGS
@given(st.lists(st.one_of(_QUALIFIER_PIECES, _ODD_PIECES), max_size=7),
       st.sampled_from([" ", "  ", "", "\u00a0", "\t"]), st.sampled_from([" ", "", "\u2009"]))
@example(["about", "whopping"], " ", " ").via("the gap's words")
@example(["at least", "a", "total", "of"], " ", " ").via("the gap's words")
@example(["over", "a", "further"], "\u00a0", " ").via("the gap's words")
@example(["some", "a"], " ", " ").via("the gap's words")
def test_the_qualifier_fast_paths_agree_with_the_whole_patterns(words, gap, joiner):
    window = (joiner.join(words) + gap)[-40:]
    whole = qualifier_before().search(window)
    fast = qualifier_ending(window)
    assert (whole is None) == (fast is None), window
    if whole:
        assert (whole.span(), whole.lastgroup) == (fast.span(), fast.lastgroup), window
    after = joiner.join(words)
    for pos in range(len(after) + 1):
        if QUALIFIER_AFTER.match(after, pos):
            assert may_start_with_qualifier(after, pos), (after, pos)


@pytest.mark.parametrize("text, zone", [
    ("See HTTPS://Example.COM/r/123 now", "HTTPS://Example.COM/r/123"),
    ("at WWW.site.org/page2 today", "WWW.site.org/page2"),
    ("posted by @user99 at noon", "@user99"),
    ("tagged #crisis2020 online", "#crisis2020"),
    ("write to ops.team1@agency2.org soon", "ops.team1@agency2.org"),
    ("call 555-123-4567 or (555) 123-4567", "555-123-4567"),
    ("born on 4 July 1976 in", "4 July 1976"),
    ("on March of 2019 the", "March of 2019"),
    ("a girl aged 12 was", "aged 12"),
])
def test_zones_are_found_where_their_mark_or_digit_is(text, zone):
    found = [text[a:b] for a, b, _ in find_zones(text)]
    assert zone in found, found
    numbers = [f.text for f in read_figures(text)]
    assert not any(n in zone for n in numbers), numbers


_TOKEN_PIECES = st.sampled_from(["a1", "b2", "x", "-", "7", "F-16", "LGA1156", "é3", "٣", "½", ".", "+", "5.5", "4e14",
                                 "km2", "US$", "3m", " ", ",", "@", "#", "www.", "E-"])


@SETTINGS
@given(st.lists(_TOKEN_PIECES, min_size=1, max_size=30), st.integers(1, 20))
@example(["a1b2c3d4e5"], 20).via("one long identifier")
@example(["a1", "-", "b2", ".", "c3", " ", "x9"], 5).via("tokens joined and apart")
def test_identifiers_found_when_skipping_inside_a_token_are_those_of_a_full_scan(pieces, times):
    text = "".join(pieces) * times

    def every_match(text, spans, runs, dense, resume):
        from factx.zones import _LETTER_DIGIT, _after_letter, _in_windows
        return _in_windows(_LETTER_DIGIT[dense], text, spans, runs, _after_letter)

    with mock.patch("factx.zones._letter_digits", every_match):
        expected = find_zones(text)
    assert find_zones(text) == expected


_NUMERALS = st.sampled_from(["1", "12", "2020", "½", "٣", "²", "1.5", "3,000", "Ⅻ"])


@SETTINGS
@given(st.lists(st.tuples(_NUMERALS, st.integers(0, 70), st.sampled_from([" ", "x", "\n", "é", "ten "])), max_size=12),
       st.text(max_size=3))
@example([("1", 64, " "), ("2", 0, " ")], "")
@example([("1", 65, " "), ("2", 0, " ")], "")
@example([("1", 63, "x"), ("½", 64, "x"), ("3", 1, "x")], "a")
def test_digit_clusters_and_runs_from_one_scan_of_the_runs_are_those_of_the_cluster_scan(parts, head):
    text = head + "".join(numeral + filler * k for numeral, k, filler in parts)
    runs = hotspots._numeric_runs(text)
    clusters = [m.span() for m in hotspots._DIGITS.finditer(text)]
    if runs is None:
        return
    assert runs == [m.span() for m in regex.finditer(r"\p{N}+", text)]
    assert hotspots._clusters(runs) == clusters
    windows = hotspots.scan_windows(text)
    if windows.runs is not None:
        assert windows.runs == hotspots._runs(text, clusters, windows.digits)


def test_many_numeric_runs_are_left_to_the_cluster_scan():
    text = "1 " * 1000
    assert hotspots._numeric_runs(text) is None
    assert hotspots.scan_windows(text) == hotspots.Windows([(0, len(text))], [(0, len(text))], [])


_FAR = "Nobody answered the calls from reporters, and the office stayed closed for the weekend."
_ZONE_PIECES = st.sampled_from([
    "(555) 123-4567", "+44 20 7946 0958", "+1-222-2222", "555-123-4567", "www.x.com/a1", "WWW.Y.ORG", "https://t.co/x1",
    "HTTPS://t.co/X9", "httpſ://q.r", "user@mail.com", "@Bob99", "#tag1", "September 15, 2020", "Sept. 5", "March of 2019",
    "aged 12", "10:30 pm", "28-year-old", "under-18s", "F-16", "LGA1156", "700", "1,000", "(", "+", "@", "#",
])


@SETTINGS
@given(st.lists(st.one_of(_ZONE_PIECES, _FILLER), max_size=10))
@example(["Witnesses described a chaotic scene near the harbour wall as the weather turned."] * 2
         + ["(555) 123-4567", "+44 20 7946 0958", "www.x.com/a1", "http://t.co/x1"]
         + ["Witnesses described a chaotic scene near the harbour wall as the weather turned."] * 3).via("marks in windows")
@example(["F-16", "Sept. 5", "September 15, 2020", _FAR]).via("a month's date that loses, and the day's date after it")
@example(["3 Sep.  4 July", _FAR]).via("a month's date that loses, and the day's date after it")
@example(["+1-222-2222", "5 September 2020", _FAR]).via("a run inside a date that loses")
def test_the_zones_found_in_windows_are_those_found_in_the_whole_text(pieces):
    text = " ".join(pieces)
    windows = hotspots.scan_windows(text)
    whole = [(0, len(text))] if text else []
    assert find_zones(text, windows.digits, windows.runs) == find_zones(text, whole, None)


# At a run, the date read from the month before it ("Sept. 5") overlaps the zone before ("16 Sept"),
# and the one read from the day on ("5 September", "4 July") is the zone: both are tried there. A run
# inside a date that loses ("2020" of "5 September 2020" after "+1-222-2222 5") is tried too.
@pytest.mark.parametrize("pieces, zone", [
    (["F-16", "Sept. 5", "September 15, 2020", _FAR], "5 September"),
    (["3 Sep.  4 July", _FAR], "4 July"),
    (["Sept. 5 September 2020", _FAR], "September 2020"),
    (["+1-222-2222", "5 September 2020", _FAR], "September 2020"),  # "2020" inside "5 September 2020"
])
def test_every_digit_led_zone_at_a_run_is_a_candidate(pieces, zone):
    text = " ".join(pieces)
    windows = hotspots.scan_windows(text)
    assert windows.digits != [(0, len(text))]  # read in windows, not whole
    found = find_zones(text, windows.digits, windows.runs)
    assert found == find_zones(text, [(0, len(text))], None)
    assert zone in [text[a:b] for a, b, _ in found]


# What every match of a zone pattern holds (zones._NEEDS): a text read whole without it is not tried
# with the pattern.
_NEEDS_PIECES = st.sampled_from([
    "(555) 123-4567", "+44 20 7946 0958", "555.123.4567", "September 15, 2020", "SEPT. 5", "ſep 5", "Auguſt 4", "4 July",
    "4th of July", "March of 2019", "MARCH OF 2019", "2020-01-02", "1/2/2020", "1.2.20", "1995-01", "10:30", "10.30 pm",
    "10 a.m.", "10 PM", "10pm", "28-year-old", "28 YEARS OLD", "aged 12", "AGE 12", "3 years of age", "under-18s",
    "OVER-21", "700", "1,000", "12", "2020", "x", "-", ".", "/", ":", "+", "(", "m", "\u212a", "\u0130", "é", " ", "\n",
])


@SETTINGS
@given(st.lists(_NEEDS_PIECES, max_size=8), st.sampled_from(["", " ", "  "]))
@example(["September 15, 2020", "10:30 pm", "28-year-old", "aged 12", "under-18s", "+44 20 7946 0958"], " ")
@example(["ſep", " ", "5"], "")
@example(["4", " ", "Auguſt"], "")
def test_a_text_read_whole_tries_only_the_zone_patterns_whose_marks_it_holds(pieces, sep):
    from factx import zones
    text = sep.join(pieces)
    whole = [(0, len(text))] if text else []
    with mock.patch.dict(zones._NEEDS, {k: ("",) for k in zones._NEEDS}):
        expected = find_zones(text, whole, None)
    assert find_zones(text, whole, None) == expected


# A text read whole whose runs of numeric characters are listed looks for identifiers ("F-16")
# only if one of the runs follows a letter or a hyphen (zones.find_zones, no_letter_digit).
_LETTER_DIGIT_PIECES = st.sampled_from([
    "F-16", "LGA1156", "COVID-19", "a1b2", "é3", "x٣", "-7", "--7", "7", "1,000", "$5", "£5", "(12)", "12:30", "é",
    "\u212a9", "\u017f2", "\u0130", "ab", "-", " ", "\n", ".", "4e14", "km2", "3m-5m", "US$5", "\U0003f92a1",
])


@SETTINGS
@given(st.lists(_LETTER_DIGIT_PIECES, max_size=10), st.sampled_from(["", " ", "  "]))
@example(["F-16", " ", "7"], "")
@example(["é3"], "")
@example(["-7", "--7", "(12)"], " ")
def test_a_text_read_whole_looks_for_identifiers_only_after_a_letter_or_hyphen(pieces, sep):
    text = sep.join(pieces)
    n = len(text)
    whole = [(0, n)] if text else []
    runs = [(m.start(), m.end(), 0, n) for m in regex.finditer(r"\p{N}+", text)]
    assert find_zones(text, whole, runs) == find_zones(text, whole, None)
