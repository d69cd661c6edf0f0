"""Properties of extraction that must hold on any text (Hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
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
