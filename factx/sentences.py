"""Split text into sentences, as spans, in one linear pass.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets)
followed by white space and a capital, digit or opening quote; at a blank line or a
line break; or at two or more spaces (news text pasted from the web often separates
sentences that way). Abbreviations (``Mr.``, ``U.S.``, ``Jan.``) and initials do not end
a sentence.

>>> text = "Mr. Le Franc said 21 were held. Some 5,000 people live there."
>>> [text[s.start:s.end] for s in split_sentences(text)]
['Mr. Le Franc said 21 were held.', 'Some 5,000 people live there.']
>>> text = "About 3.5 m.p.h. on the U.S. border.  New one"
>>> [text[s.start:s.end] for s in split_sentences(text)]
['About 3.5 m.p.h. on the U.S. border.', 'New one']
"""

from __future__ import annotations

import re

import regex

from factx.records import Span
from factx.scanning import matches_at

__all__ = ["split_sentences", "sentence_of"]

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt gen col lt sgt capt cpl rep sen gov pres rev hon
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    no nos vol fig approx est inc ltd co corp dept univ vs etc al e.g i.e cf ca
    u.s u.k u.n e.u a.m p.m m.p.h""".split()
)

# A candidate boundary: terminal punctuation, closing quotes/brackets, then space.
_BOUNDARY = regex.compile(
    # Each alternative starts only at the first character of its run, so no run of dots
    # or spaces is scanned more than once: linear time on any input.
    r"""(?:(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=\s++[\"'“‘(\[]?[\p{Lu}\p{N}])\s++)"""  # . then a capital or digit
    r"""|(?:(?<![ \t])[ \t]*+\n\s*+)"""  # a line break or a blank line
    r"""|(?:(?<=\S)[ \t]{2,}+(?=\S))""",  # two or more spaces
    regex.V1,
)
# The word ending at a dot. Read right to left, leftmost-longest (POSIX): the same match
# as a forward search, found from the dot instead of tried at each of the twelve
# characters before it.
_WORD_BEFORE = regex.compile(r"(?:[\p{L}.]+)$", regex.REVERSE | regex.POSIX)
# Where a boundary may start (a superset): terminal punctuation, a line break, or the
# first of the spaces or tabs before a line break or of a run of two or more. The
# standard ``re`` and ``str.find`` find these far faster than ``regex`` tries
# ``_BOUNDARY`` at every character.
_CANDIDATE = re.compile(r"[.!?…\n]|[ \t][ \t\n]")
_PUNCT_OR_BREAK = re.compile(r"[.!?…\n]")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True if the ``.`` at ``dot`` closes an abbreviation or an initial."""
    start = max(0, dot - 12)
    m = _WORD_BEFORE.search(text, start, dot)
    if not m:
        return False
    word = m.group().lower().strip(".")
    if len(word) == 1 and word.isalpha():  # an initial: "J. Smith"
        return True
    return word in _ABBREVIATIONS


def _candidates(text: str) -> list[int]:
    """Where a boundary may start, in order (see ``_CANDIDATE``).

    Spaces are everywhere, so without tabs the runs of spaces are found with ``str.find``
    and only the punctuation and line breaks with a pattern."""
    if "\t" in text:
        return [m.start() for m in _CANDIDATE.finditer(text)]
    out = []
    for m in _PUNCT_OR_BREAK.finditer(text):
        at = m.start()
        if text[at] == "\n" and at and text[at - 1] == " " and (at < 2 or text[at - 2] != " "):
            out.append(at - 1)  # one space before a line break (longer runs are found below)
        out.append(at)
    find = text.find
    at = find("  ")
    while at >= 0:
        out.append(at)
        end = at + 2
        while end < len(text) and text[end] == " ":
            end += 1
        at = find("  ", end)
    out.sort()
    return out


def _boundaries(text: str) -> list:
    """``_BOUNDARY.finditer(text)``, trying the pattern only where a boundary may start."""
    return matches_at(_BOUNDARY, text, _candidates(text))


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``, in order, trimmed of surrounding white space."""
    spans: list[Span] = []
    start = 0
    for m in _boundaries(text):
        punct = m.group()
        if punct[:1] == "." and _is_abbreviation(text, m.start()):
            continue
        end = m.start() + len(punct.rstrip())
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start=start, end=end))


def sentence_of(sentences: list[Span], offset: int) -> int:
    """Index of the sentence holding ``offset`` (or the nearest one before it).

    A binary search over the sentences themselves: O(log n), no index to rebuild.

    >>> sentence_of([Span(start=0, end=5), Span(start=7, end=9)], 8)
    1
    """
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid].start <= offset:
            lo = mid + 1
        else:
            hi = mid
    return max(0, lo - 1)
