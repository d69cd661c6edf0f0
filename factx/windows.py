"""The stretches of text read around a figure by the source, time and place readers.

Every per-figure reader looks at a bounded window, so its cost does not grow with the
sentence: that keeps ``extract`` linear on any input.

>>> from factx.records import Span
>>> window(Span(start=0, end=5000), Span(start=1000, end=1005))
Range(start=512, end=1280)
>>> clip(Span(start=10, end=20), 15, 40)
Range(start=15, end=20)
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import re

import regex

from factx.records import Span

__all__ = ["Range", "clip", "window", "clause", "clear_window_cache", "GRID", "NEIGHBOUR", "CLAUSE_BREAK"]

CLAUSE_BREAK = regex.compile(r"[;:—–()“”\"]|,\s")
# ``CLAUSE_BREAK`` for the stdlib ``re``, which finds it faster: ``regex``'s "\s" is ``re``'s
# but for "\x1c"-"\x1f". No two of its matches overlap (the blank after a comma is no
# mark), so the last one found from the left is the last one that fits: ``re`` finds it
# from the end at once.
_BREAK = r"(?:[;:—–()“”\"]|,[^\S\x1c-\x1f])"
_LAST_BREAK = re.compile(r"(?s:.*)" + _BREAK)
_NEXT_BREAK = re.compile(_BREAK)
NEIGHBOUR = 600  # characters read in a neighbouring sentence
GRID = 256  # windows are aligned on this grid, so the figures of one stretch share them


class Range(NamedTuple):
    """A stretch of the text read internally (a plain tuple: no validation in hot loops)."""

    start: int
    end: int


def clip(s: Span, lo: int, hi: int) -> Range:
    """``s`` cut to ``[lo, hi)`` (empty at ``lo`` when they do not meet)."""
    start, end = max(s.start, lo), min(s.end, hi)
    return Range(start, max(start, end)) if start >= 0 else Range(0, 0)


def window(sent: Span, figure: Span) -> Range:
    """The part of the sentence read for a figure: grid-aligned, so figures share it."""
    return clip(sent, (figure.start // GRID - 1) * GRID, (figure.end // GRID + 2) * GRID)


def clause(text: str, sent: Span, figure: Span) -> tuple[int, int]:
    """The stretch of the sentence between the punctuation marks around the figure.

    >>> text = "In Calais, 700 people were moved; 20 were held."
    >>> start, end = clause(text, Span(start=0, end=len(text)), Span(start=11, end=14))
    >>> text[start:end]
    '700 people were moved'
    """
    return _clause(text, sent.start, sent.end, figure.start, figure.end)


@lru_cache(maxsize=256)
def _clause(text: str, sent_start: int, sent_end: int, fig_start: int, fig_end: int) -> tuple[int, int]:
    """:func:`clause`, found once for the time and the place readers of a figure."""
    m = _LAST_BREAK.match(text, sent_start, fig_start)  # the last ``CLAUSE_BREAK`` before
    start = m.end() if m else sent_start
    m = _NEXT_BREAK.search(text, fig_end, sent_end)
    return start, (m.start() if m else sent_end)


def clear_window_cache() -> None:
    """Forget the clauses found in the document just read (``extract`` calls this)."""
    _clause.cache_clear()
