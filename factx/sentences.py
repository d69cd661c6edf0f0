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

import itertools

import re

import regex

from factx.records import Span, trusted_record
from factx.scanning import matches_at

__all__ = ["split_sentences", "sentence_of"]

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt gen col lt sgt capt cpl rep sen gov pres rev hon
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    no nos vol fig approx est inc ltd co corp dept univ vs etc al e.g i.e cf ca
    u.s u.k u.n e.u a.m p.m m.p.h""".split()
)

# The last three letters of the abbreviations of three letters or more.
_ENDINGS = frozenset(w[-3:] for w in _ABBREVIATIONS if len(w) >= 3)

# A candidate boundary: terminal punctuation, closing quotes/brackets, then space.
# White space and its complement are written as sets, for ``_boundary_pattern``.
_BOUNDARY = regex.compile(
    # Each alternative starts only at the first character of its run, so no run of dots
    # or spaces is scanned more than once: linear time on any input.
    r"""(?:(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=[\s]++[\"'“‘(\[]?[\p{Lu}\p{N}])[\s]++)"""  # . then a capital or digit
    r"""|(?:(?<![ \t])[ \t]*+\n[\s]*+)"""  # a line break or a blank line
    r"""|(?:(?<=[^\s])[ \t]{2,}+(?=[^\s]))""",  # two or more spaces
    regex.V1,
)
# The word ending at a dot. Read right to left, leftmost-longest (POSIX): the same match
# as a forward search, found from the dot instead of tried at each of the twelve
# characters before it.
_WORD_BEFORE = regex.compile(r"(?:[\p{L}.]+)$", regex.REVERSE | regex.POSIX)
# Where a boundary may start (a superset): terminal punctuation, a line break, or the
# first of the spaces or tabs before a line break or of a run of two or more.
# ``str.find`` (or, with tabs, the standard ``re``) finds these far faster than ``regex``
# tries ``_BOUNDARY`` at every character.
_CANDIDATE = re.compile(r"[.!?…\n]|[ \t][ \t\n]")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True if the ``.`` at ``dot`` closes an abbreviation or an initial."""
    if _plainly_not_abbreviation(text[max(0, dot - 3):dot]):
        return False
    start = max(0, dot - 12)
    m = _WORD_BEFORE.search(text, start, dot)
    if not m:
        return False
    word = m.group().lower().strip(".")
    if len(word) == 1 and word.isalpha():  # an initial: "J. Smith"
        return True
    return word in _ABBREVIATIONS


def _plainly_not_abbreviation(before: str) -> bool:
    """True if the (up to) three characters ``before`` a dot show that it closes no
    abbreviation, without reading the word: the last is an ASCII character other than a
    letter, "." (part of a word) or a line break (which the ``$`` of ``_WORD_BEFORE`` may
    stand before), or the three are ASCII letters that no abbreviation ends with."""
    last = before[-1:]
    if last and last.isascii() and not last.isalpha() and last not in ".\n":
        return True  # "in 2016.", "40%."
    return len(before) == 3 and before.isascii() and before.isalpha() and before.lower() not in _ENDINGS


def _find_all(text: str, mark: str) -> list[int]:
    """Where ``mark`` occurs in ``text``, in order (``str.find`` skips to it in C)."""
    out = []
    find = text.find
    at = find(mark)
    while at >= 0:
        out.append(at)
        at = find(mark, at + 1)
    return out


def _candidates(text: str) -> list[int]:
    """Where a boundary may start, in order (see ``_CANDIDATE``).

    Without tabs, the punctuation, the line breaks and the runs of spaces are found with
    ``str.find``, which skips to them far faster than a pattern tries every character."""
    if "\t" in text:
        return [m.start() for m in _CANDIDATE.finditer(text)]
    out = []
    for mark in ".!?…\n":
        out += _find_all(text, mark)
    find = text.find
    at = find(" \n")
    while at >= 0:
        if at == 0 or text[at - 1] != " ":
            out.append(at)  # one space before a line break (longer runs are found below)
        at = find(" \n", at + 2)
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
    return matches_at(_boundary_pattern(text), text, _candidates(text))


def _boundary_pattern(text: str):
    """``_BOUNDARY``, or the same pattern compiled by the standard ``re`` (which costs less
    to call) with its classes spelled out as ``regex`` has them, when ``text`` has no
    character beyond U+FFFF: the same matches (``re`` takes the possessive quantifiers
    since Python 3.11; ``regex.V1`` changes nothing in this pattern, which has no nested
    set, set operation or case-insensitive part)."""
    from factx.places import _bmp_pattern, _within_bmp  # not at import: places imports more

    return _bmp_pattern(_BOUNDARY.pattern) if _within_bmp(text) else _BOUNDARY


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``, in order, trimmed of surrounding white space."""
    spans: list[Span] = []
    add = spans.append
    start = 0
    n = len(text)
    for at, after in itertools.chain((m.span() for m in _boundaries(text)), [(n, n)]):  # the text's end last
        if at < n and text[at] == "." and _is_abbreviation(text, at):
            continue
        end = at + len(text[at:after].rstrip())
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            add(_span(start, end))
        start = after
    return spans


def _span(start: int, end: int) -> Span:
    """``Span(start=start, end=end)`` for ints with ``0 <= start < end`` (as the loop of
    :func:`split_sentences` makes them), without validating them again."""
    return trusted_record(Span, {"start": start, "end": end})


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
