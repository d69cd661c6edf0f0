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
from factx.records import Claim, Figure, Span
from factx.sentences import sentence_of, split_sentences

__all__ = ["extract"]

_COUNT = "count"


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
    figures = read_figures(text)
    if not figures:
        return []
    sentences = split_sentences(text)
    by_sentence: dict[int, list[Figure]] = {}
    for f in figures:
        by_sentence.setdefault(sentence_of(sentences, f.span.start), []).append(f)
    claims: list[Claim] = []
    for index, figs in by_sentence.items():
        sentence = sentences[index] if sentences else Span(start=0, end=len(text))
        for f in figs:
            claims.append(
                Claim(
                    doc_id=doc_id,
                    text=f.text,
                    span=f.span,
                    sentence=sentence,
                    low=f.low,
                    high=f.high,
                    qualifier=f.qualifier,
                    unit=f.unit,
                    kind=_kind(f),
                    published=day,
                )
            )
    return claims


def _kind(f: Figure) -> str:
    if f.dimension is None:
        return _COUNT
    return f.dimension
