"""extract(): text in, claims out — the pipeline, in the order data flows.

text -> sentences -> figures -> meaning (kind, counted, event) -> source, time, place -> Claim

>>> claims = extract("Some 5,000 people are camped in Calais.", doc_id="d1", published="2015-08-20")
>>> [(c.doc_id, c.text, c.low, str(c.qualifier)) for c in claims]
[('d1', 'Some 5,000', 5000.0, 'approximate')]
"""

from __future__ import annotations

import datetime as dt
from typing import Sequence
from pathlib import Path

from factx.errors import FactxError
from factx.figures import read_figures
from factx.gcpause import cyclic_gc_paused
from factx.meaning import understand_sentence
from factx import places, sources, times, windows
from factx.places import find_place, main_place
from factx.records import Claim, Span, trusted_record
from factx.ruletables import load_rules
from factx.sentences import sentence_of, split_sentences
from factx.sources import find_source
from factx.times import find_time

__all__ = ["extract"]


def _as_date(published: dt.date | dt.datetime | str | None) -> dt.date | None:
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        raise FactxError(f"published must be an ISO date such as 2020-09-29, not {published!r}") from None


def extract(
    text: str,
    *,
    doc_id: str | None = None,
    published: dt.date | dt.datetime | str | None = None,
    rules: Sequence[str | Path] = (),
) -> list[Claim]:
    """The checkable figures of ``text`` as claims, in text order.

    ``published`` anchors relative times ("on Tuesday", "this year"); ``rules`` adds
    rule tables (TOML paths) to the default ones.
    """
    if not isinstance(text, str):
        raise FactxError(f"extract() takes text as str, not {type(text).__name__}")
    day = _as_date(published)
    rules = load_rules(tuple(rules))
    with cyclic_gc_paused():  # a long document makes many records and no cycles
        figures = read_figures(text)
        if not figures:
            return []
        try:
            return _claims(text, figures, doc_id, day, rules)
        finally:
            for module in (times, places, sources, windows):
                module.clear_window_cache()


_MARGIN = 600  # characters of a sentence read either side of its figures


def _around(sentence: Span, figs: list) -> Span:
    """The part of a sentence that the meaning engine reads: its figures and a margin.

    News sentences fit whole; a megabyte "sentence" without punctuation is not read whole
    for one figure, which keeps extract linear.
    """
    start = max(sentence.start, figs[0].span.start - _MARGIN)
    end = min(sentence.end, figs[-1].span.end + _MARGIN)
    if start == sentence.start and end == sentence.end:
        return sentence
    return Span(start=start, end=end)


def _claims(text: str, figures: list, doc_id: str | None, day: dt.date | None, rules) -> list[Claim]:
    sentences = split_sentences(text) or [Span(start=0, end=len(text))]
    by_sentence: dict[int, list] = {}
    for f in figures:
        by_sentence.setdefault(sentence_of(sentences, f.span.start), []).append(f)
    main = main_place(text)
    # Every value below is already of its field's type (records, enums and floats made by
    # validation, str or None), so each claim is built as validation would build it but
    # without validating again; a doc_id or day of another type is left to validation.
    trusted = (doc_id is None or type(doc_id) is str) and (day is None or type(day) is dt.date)
    claims: list[Claim] = []
    for index, figs in by_sentence.items():
        sentence = sentences[index]
        meanings = understand_sentence(text, _around(sentence, figs), figs, rules)
        for f, m in zip(figs, meanings):
            values = {  # in the order Claim declares its fields (see records.trusted_record)
                "doc_id": doc_id,
                "text": f.text,
                "span": f.span,
                "sentence": sentence,
                "low": f.low,
                "high": f.high,
                "qualifier": f.qualifier,
                "unit": f.unit,
                "counted": m.counted,
                "kind": m.kind,
                "event": m.event,
                "source": find_source(text, sentences, index, f.span),
                "time": find_time(text, sentences, index, f.span, day),
                "place": find_place(text, sentences, index, f.span, main),
                "modality": m.modality,
                "published": day,
                "part_of": m.part_of,
            }
            claims.append(trusted_record(Claim, values) if trusted else Claim(**values))
    return claims
