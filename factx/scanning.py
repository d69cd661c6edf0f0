"""A pattern's matches found only where they may start.

The ``regex`` engine tries a pattern at every character unless the pattern opens with
something it can skip to. Most of factx's patterns open with a word or a look-behind, so
each module finds the places where its pattern may start with a cheap scan (the stdlib
``re``, ``str.find``, a set of first words) and tries the pattern only there.

>>> import regex
>>> text = "one two, three"
>>> [m.group() for m in matches_at(regex.compile(r"\\w+,?"), text, [0, 1, 4, 9])]
['one', 'two,', 'three']
"""

from __future__ import annotations

import re
from typing import Iterable, Protocol

__all__ = ["matches_at", "word_trie"]


def word_trie(words: list[str]) -> str:
    """One ``re`` alternation for ``words``, branching on their letters: ``re`` skips a
    branch on its first character at once, where a flat list of 80 words is tried word by
    word.

    >>> word_trie(["said", "says", "told"])
    '(?:sa(?:id|ys)|told)'
    """
    by_first: dict[str, list[str]] = {}
    for w in words:
        if w:
            by_first.setdefault(w[0], []).append(w[1:])
    alts = [re.escape(c) + word_trie(rest) for c, rest in sorted(by_first.items())]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + body + ")?" if "" in words else body


class _Pattern(Protocol):
    def match(self, string: str, pos: int = ..., endpos: int = ...): ...


def matches_at(pattern: _Pattern, text: str, starts: Iterable[int], end: int | None = None,
               ends: Iterable[int] | None = None) -> list:
    """``pattern.finditer(text, ..., end)`` when every match starts at one of ``starts``.

    ``starts`` must be sorted and hold every place where a match may start (more is only
    slower). As with ``finditer``, a start inside the match found last is skipped. With
    ``ends``, the match at each start reads no further than its end (the end of the window
    it lies in, as ``finditer`` in each of several windows would).
    """
    end = len(text) if end is None else end
    out = []
    at = 0
    match = pattern.match
    for c, stop in zip(starts, ends) if ends is not None else ((c, end) for c in starts):
        if c < at:  # inside the match found last
            continue
        m = match(text, c, stop)
        if m is not None:
            out.append(m)
            at = m.end()
    return out
