"""Properties of extraction that must hold on any text (Hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factx import extract, read_figures
from factx.testing import any_text, news_sentences, renderings, figure_values

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(any_text())
def test_spans_round_trip_and_never_raises(text):
    for c in extract(text):
        assert text[c.span.start : c.span.end] == c.text
        assert c.sentence.start <= c.span.start and c.span.end <= max(c.sentence.end, c.span.end)
    for f in read_figures(text, all_roles=True):
        assert text[f.span.start : f.span.end] == f.text


@SETTINGS
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_raises(text):
    for c in extract(text):
        assert text[c.span.start : c.span.end] == c.text


@SETTINGS
@given(figure_values().flatmap(lambda n: st.tuples(st.just(n), renderings(n))))
def test_any_rendering_reads_back_the_same_value(pair):
    n, written = pair
    got = [(f.low, f.high) for f in read_figures(f"Officials counted {written} migrants.")]
    assert got == [(n, n)], written


@SETTINGS
@given(news_sentences())
def test_news_sentence_gives_its_figure(case):
    sentence, n, written = case
    claims = extract(sentence)
    assert [(c.low, c.high) for c in claims] == [(n, n)], sentence


@SETTINGS
@given(prefix=any_text(), text=any_text())
@example(prefix="HUNDREDS OF", text="DOZENS").via("a vague amount does not run on across a paragraph break")
@example(prefix="", text="1798E305£ and 1e999 hundred, 1e999 in 5").via("an infinite amount has no cents, scale or ratio")
def test_a_prefix_shifts_every_span(prefix, text):
    # A sentence break between prefix and text keeps the prefix from changing how text reads.
    prefix = prefix + "\n\n"
    alone = extract(text)
    shifted = extract(prefix + text)
    tail = [c for c in shifted if c.span.start >= len(prefix)]
    assert [(c.span.start - len(prefix), c.span.end - len(prefix), c.low, c.high) for c in tail] == [
        (c.span.start, c.span.end, c.low, c.high) for c in alone
    ]


@SETTINGS
@given(any_text())
def test_deterministic(text):
    assert extract(text) == extract(text)


_WORDS = st.sampled_from(["5", "3.5", "ten", "twenty", "hundreds of", "thousands", "dollars", "pounds", "euros", "cents",
                          "pence", "million", "billion", "bn", "per cent", "percent", "a penny", "through", "to", "and",
                          "some", "tens of", "dozens", "first", "km", "miles", "tonnes", "$", "£", "-", " "])
_ODD_CASES = {"s": "\u017f", "S": "\u017f", "k": "\u212a", "K": "\u212a", "i": "\u0130", "I": "\u0130"}


@SETTINGS
@given(st.lists(_WORDS, min_size=1, max_size=8), st.randoms(use_true_random=False))
def test_letters_a_case_blind_pattern_folds_never_make_extract_raise(words, rnd):
    # "5 dollarſ", "ten thouſand": the patterns match them case-blind, the tables must too
    text = " ".join(words)
    text = "".join(_ODD_CASES[c] if c in _ODD_CASES and rnd.random() < 0.5 else c for c in text)
    for c in extract(text):
        assert text[c.span.start : c.span.end] == c.text
    for f in read_figures(text, all_roles=True):
        assert text[f.span.start : f.span.end] == f.text
