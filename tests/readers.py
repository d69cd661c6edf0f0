"""Ask a per-figure reader (find_place, find_time, find_source) about one figure of a text."""

from __future__ import annotations

from factx.records import Span
from factx.sentences import sentence_of, split_sentences


def read_at(reader, text: str, figure: str, *extra, nth: int = 0):
    """``reader(text, sentences, index, span, *extra)`` for the ``nth`` ``figure`` in ``text``;
    whatever it finds must quote the text exactly."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(figure, at + 1)
    sents = split_sentences(text)
    found = reader(text, sents, sentence_of(sents, at), Span(start=at, end=at + len(figure)), *extra)
    if found is not None:
        assert text[found.span.start : found.span.end] == found.text
    return found
