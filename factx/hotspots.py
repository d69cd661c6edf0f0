"""Where figures can be: the stretches of a text around its digits and number words.

Every pattern of the figure reader needs a digit or a number word in its match: a numeral,
"twenty-one", "dozens", "the third", a date, a clock time, an age, a phone number. News text
is mostly words, so the reader runs those patterns only inside these windows instead of
over the whole text. Two cheap scans find the triggers (a run of digits; a number word's
letters anywhere, even inside a longer word); each window reaches :data:`MARGIN` characters
either side of its triggers and then out to the next whitespace, so a match and the context
its lookarounds read lie inside one window. A text whose windows would cover most of it is
read whole.

>>> text = "Rain fell all morning. " * 4 + "Some 700 people came. " + "Nobody else did. " * 4
>>> [text[a:b] for a, b in windows(text)]
[' morning. Rain fell all morning. Some 700 people came. Nobody else did. Nobody ']
>>> windows("No figures here at all.")
[]
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

import regex

from factx import numbers, numberwords
from factx.currencies import trie

__all__ = ["MARGIN", "Windows", "windows", "scan_windows", "search", "search_from", "starts_before"]

MARGIN = 32  # characters read either side of a trigger, before widening to whitespace
_SNAP = 64  # how far a window edge moves out to reach whitespace
_WHOLE = 0.6  # windows covering more than this share of a text: read it whole

# Runs of digits no further apart than two margins: their windows would merge anyway, and a
# text that is one long table of figures gives one match, not a million.
_DIGITS = regex.compile(rf"\p{{N}}++(?:\P{{N}}{{0,{2 * MARGIN}}}+\p{{N}}++)*+")
_SPACE_AFTER = regex.compile(r"\s")
_SPACE_BEFORE = regex.compile(r"(?r)\s")


@functools.lru_cache(maxsize=1)
def _number_words() -> re.Pattern:
    """Every number word the reader knows, as one prefix tree over case-folded text.

    No word boundary is required: a superset of the places is enough ("often" gives a
    needless window around "ten"), and the stdlib engine scans a plain prefix tree fastest.
    """
    words = set(numbers.UNITS) | set(numbers.TENS) | set(numberwords.DENOMINATORS)
    words |= set(numbers.SCALES) | {"nought", "naught", "dozen", "doz", "dzs", "lakh", "crore", "scores"}
    words |= {"first", "second", "third", "twentieth", "thirtieth", "fortieth", "fiftieth"}
    return re.compile(trie({w.casefold() for w in words if w.isalpha()}))


class Windows(NamedTuple):
    """The windows of a text: all of them, those holding a digit, and where each number
    word's letters start (``None`` if the text cannot be case-folded letter for letter: then
    a word pattern scans ``all``)."""

    all: list[tuple[int, int]]
    digits: list[tuple[int, int]]
    word_starts: list[int] | None = None


def windows(text: str) -> list[tuple[int, int]]:
    """The windows of ``text`` that can hold a figure, sorted and apart: ``(start, end)`` pairs."""
    return scan_windows(text).all


def scan_windows(text: str) -> Windows:
    """The windows of ``text``, which of them hold a digit, and where number words start.

    A pattern that needs a digit runs in ``digits``; one that starts with a number word is
    tried at ``word_starts`` (see :func:`starts_before`).
    """
    n = len(text)
    folded = text.casefold()
    if len(folded) != len(text):  # a letter that folds to two ("ß", "ﬁ"): no safe mapping
        whole = [(0, n)] if text else []
        return Windows(whole, whole)
    words = [(m.start(), m.end(), False) for m in _number_words().finditer(folded)]
    word_starts = [start for start, _, _ in words]
    hits = [(m.start(), m.end(), True) for m in _DIGITS.finditer(text)] + words
    if not hits:
        return Windows([], [], word_starts)
    hits.sort()
    merged: list[list[int]] = []
    for start, end, digit in hits:  # [start, end, holds a digit]
        start, end = start - MARGIN, end + MARGIN
        if merged and start <= merged[-1][1]:
            last = merged[-1]
            last[1] = max(end, last[1])
            last[2] = last[2] or digit
        else:
            merged.append([start, end, digit])
    out: list[list] = []
    for start, end, digit in merged:
        start, end = _snap_start(text, start), _snap_end(text, end, n)
        if out and start <= out[-1][1]:
            last = out[-1]
            last[1] = max(end, last[1])
            last[2] = last[2] or digit
        else:
            out.append([start, end, digit])
    if sum(b - a for a, b, _ in out) > _WHOLE * n:
        whole = [(0, n)]
        return Windows(whole, whole, word_starts)
    return Windows([(a, b) for a, b, _ in out], [(a, b) for a, b, digit in out if digit], word_starts)


def _snap_start(text: str, start: int) -> int:
    if start <= 0:
        return 0
    m = _SPACE_BEFORE.search(text, max(0, start - _SNAP), start + 1)
    return m.start() if m else max(0, start - _SNAP)


def _snap_end(text: str, end: int, n: int) -> int:
    if end >= n:
        return n
    m = _SPACE_AFTER.search(text, end - 1, min(n, end + _SNAP))
    return m.end() if m else min(n, end + _SNAP)


def search(pattern: regex.Pattern, text: str, pos: int, spans: list[tuple[int, int]],
           ends: list[int]) -> regex.Match | None:
    """``pattern.search(text, pos)``, looking only inside ``spans`` (``ends``: their ends)."""
    k = bisect.bisect_right(ends, pos)
    while k < len(spans):
        start, end = spans[k]
        m = pattern.search(text, max(pos, start), end)
        if m is not None:
            return m
        k += 1
    return None


def starts_before(text: str, starts: list[int], lead: regex.Pattern | None) -> list[int]:
    """Where a match may start, given that it holds a number word from ``starts``.

    ``lead`` is a pattern compiled right to left (``regex.REVERSE``) for the words that may
    come before the number word ("minus", "a", "several"): each of its groups that takes part
    gives one more place to try.
    """
    if lead is None:
        return starts
    found = set(starts)
    for h in starts:
        m = lead.match(text, 0, h)
        if m is not None and m.start() < h:
            found.update(m.starts(g)[-1] for g in range(1, len(m.groups()) + 1) if m.starts(g))
    return sorted(found)


def search_from(pattern: regex.Pattern, text: str, pos: int, starts: list[int]) -> regex.Match | None:
    """``pattern.search(text, pos)`` for a pattern that can only match at one of ``starts``."""
    k = bisect.bisect_left(starts, pos)
    while k < len(starts):
        m = pattern.match(text, starts[k])
        if m is not None:
            return m
        k += 1
    return None
