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
import string
import sys
from typing import NamedTuple

import regex

from factx import numbers, numberwords
from factx.currencies import trie

__all__ = ["MARGIN", "Windows", "windows", "scan_windows", "digit_starts", "search", "search_from", "starts_before"]

MARGIN = 32  # characters read either side of a trigger, before widening to whitespace
_SNAP = 64  # how far a window edge moves out to reach whitespace
_WHOLE = 0.6  # windows covering more than this share of a text: read it whole

# Runs of digits no further apart than two margins: their windows would merge anyway, and a
# text that is one long table of figures gives one match, not a million.
_DIGITS = regex.compile(rf"\p{{N}}++(?:\P{{N}}{{0,{2 * MARGIN}}}+\p{{N}}++)*+")
_NUMERIC_RUN = regex.compile(r"\p{N}++")
_SPACE_AFTER = regex.compile(r"\s")
_SPACE_BEFORE = regex.compile(r"(?r)\s")


@functools.lru_cache(maxsize=2)
def _number_words(of: type = str) -> re.Pattern:
    """Every number word the reader knows, as one prefix tree over case-folded text (``of``
    bytes: over the bytes of :func:`_ascii_view`; the words are all ASCII letters).

    No word boundary is required: a superset of the places is enough ("often" gives a
    needless window around "ten"), and the stdlib engine scans a plain prefix tree fastest.
    """
    return re.compile(_typed(trie(_number_word_set()), of))


@functools.lru_cache(maxsize=2)
def _number_words_by_letter(of: type = str) -> tuple[re.Pattern, ...]:
    """The prefix tree of :func:`_number_words` cut by first letter: each part opens with its
    letter, which the stdlib engine skips to fast, faster than it tests the set of all the
    first letters at every character."""
    by_letter: dict[str, set[str]] = {}
    for word in _number_word_set():
        by_letter.setdefault(word[0], set()).add(word)
    return tuple(re.compile(_typed(trie(words), of)) for _, words in sorted(by_letter.items()))


def _typed(pattern: str, of: type) -> str | bytes:
    return pattern.encode("ascii") if of is bytes else pattern


def _number_word_set() -> set[str]:
    words = set(numbers.UNITS) | set(numbers.TENS) | set(numberwords.DENOMINATORS)
    words |= set(numbers.SCALES) | {"nought", "naught", "dozen", "doz", "dzs", "lakh", "crore", "scores"}
    words |= {"first", "second", "third", "twentieth", "thirtieth", "fortieth", "fiftieth"}
    return {w.casefold() for w in words if w.isalpha()}


def _number_word_hits(folded: str | bytes) -> list[tuple[int, int]]:
    """The matches of :func:`_number_words` in ``folded``, leftmost first, not overlapping.

    One scan a first letter, merged as the one prefix tree would find them: its branches
    start with different letters, so at most one matches at a place, and a scan whose next
    match overlaps the one taken searches again after it. Where number words are dense the
    merge costs more than it saves: after a number of them, the one prefix tree reads the rest.
    """
    patterns = _number_words_by_letter(type(folded))
    pending = [p.search(folded) for p in patterns]
    starts = [_NEVER if m is None else m.start() for m in pending]
    hits: list[tuple[int, int]] = []
    limit = 64 + len(folded) // 256
    end = 0
    while True:
        first = min(starts)
        if first == _NEVER:
            return hits
        i = starts.index(first)
        if first < end:  # overlaps the match taken last: search again after it
            m = pending[i] = patterns[i].search(folded, end)
            starts[i] = _NEVER if m is None else m.start()
            continue
        m = pending[i]
        hits.append(m.span())
        end = m.end()
        if len(hits) > limit:
            hits += [m.span() for m in _number_words(type(folded)).finditer(folded, end)]
            return hits


_NEVER = sys.maxsize  # the start of a scan that has no match left


class Windows(NamedTuple):
    """The windows of a text: all of them, those holding a digit, and where a number word
    starts a word (``None`` if the text cannot be case-folded letter for letter: then a word
    pattern scans ``all``); and every run of numeric characters in the digit windows, as
    ``(start, end, window start, window end)`` (``None`` when they are many, or the text cannot
    be case-folded letter for letter: then a numeral pattern scans ``digits``)."""

    all: list[tuple[int, int]]
    digits: list[tuple[int, int]]
    word_starts: list[int] | None = None
    runs: list[tuple[int, int, int, int]] | None = None


def windows(text: str) -> list[tuple[int, int]]:
    """The windows of ``text`` that can hold a figure, sorted and apart: ``(start, end)`` pairs."""
    return scan_windows(text).all


def scan_windows(text: str) -> Windows:
    """The windows of ``text``, which of them hold a digit, and where number words start.

    A pattern that needs a digit runs in ``digits``; one that starts with a number word is
    tried at ``word_starts`` (see :func:`starts_before`).
    """
    n = len(text)
    # The number words are found in the text case-folded, or in its ASCII view where that
    # holds the same ASCII letters at the same places (cheaper to make, and to scan for digits).
    folded = view = _ascii_view(text)
    if view is None:
        folded = text.casefold()
        if len(folded) != len(text):  # a letter that folds to two ("ß", "ﬁ"): no safe mapping
            whole = [(0, n)] if text else []
            return Windows(whole, whole)
    words = [(start, end, False) for start, end in _number_word_hits(folded)]
    # Where a number word starts a word: not after a letter that case-folds to ASCII ("ten" in
    # "often"), where no pattern, each of which reads its number word after a word boundary, starts.
    word_starts = [start for start, _, _ in words if start == 0 or folded[start - 1] not in _ASCII_LOWER]
    numeric = _numeric_runs(text, view)
    clusters = _clusters(numeric) if numeric is not None else [m.span() for m in _DIGITS.finditer(text)]
    hits = [(start, end, True) for start, end in clusters] + words
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
        whole = [(0, n)]  # the runs too, unless they are many: each is tried where it is, as in windows
        return Windows(whole, whole, word_starts, None if numeric is None else [(a, b, 0, n) for a, b in numeric])
    digits = [(a, b) for a, b, digit in out if digit]
    runs = _runs(text, clusters, digits) if numeric is None else _runs_in_windows(numeric, digits)
    return Windows([(a, b) for a, b, _ in out], digits, word_starts, runs)


def _numeric_runs(text: str, view: bytes | None = None) -> list[tuple[int, int]] | None:
    """Every run of numeric characters in ``text``; None where they are many (more than one in
    256 characters, and 64 more: a table, a run of figures), where one scan of _DIGITS gives their
    clusters with fewer matches (and the windows often cover the text, so the runs go unused).
    Given the ``view`` of the text (:func:`_ascii_view`), its runs of ASCII digits: the same."""
    limit = 64 + len(text) // 256
    if view is not None:
        return _digit_runs(view, limit)
    runs: list[tuple[int, int]] = []
    for m in _NUMERIC_RUN.finditer(text):
        runs.append(m.span())
        if len(runs) > limit:
            return None
    return runs


def _ascii_view(text: str) -> bytes | None:
    """``text`` as bytes, its ASCII letters lower-cased and every other character "?"; None
    if a character other than ASCII in it is numeric (``\\p{N}``), or case-folds to more than
    one character or to an ASCII one ("ß", "ſ"), or if such characters are many (then folding
    the text costs less than looking at each). Else the view holds the ASCII letters of
    ``text.casefold()`` at the same places, and its runs of ASCII digits are the runs of
    numeric characters in ``text``."""
    view = text.encode("ascii", "replace")
    if not text.isascii():
        if view.count(b"?") > 16 + len(text) // 32:
            return None
        # the characters other than ASCII (the view's "?" but the text's own)
        odd = "".join([text[m.start()] for m in _QUESTION_MARK.finditer(view)]).replace("?", "")
        folded = odd.casefold()
        if len(folded) != len(odd) or folded.encode("ascii", "ignore") or _NUMERIC_RUN.search(odd):
            return None
    return view.lower()


_QUESTION_MARK = re.compile(rb"\?")


def _digit_runs(view: bytes, limit: int) -> list[tuple[int, int]] | None:
    """The runs of ASCII digits in ``view``; None if more than ``limit``. A copy of the view
    with its digits as "0" and all else as " " gives them by ``bytes.find`` (which skips in C;
    a pattern that opens with a set of characters is tried at each one)."""
    mask = view.translate(_DIGIT_MASK)
    runs: list[tuple[int, int]] = []
    end = len(mask)
    start = mask.find(b"0")
    while start >= 0:
        stop = mask.find(b" ", start)
        if stop < 0:
            stop = end
        runs.append((start, stop))
        if len(runs) > limit:
            return None
        start = mask.find(b"0", stop)
    return runs


_DIGIT_MASK = bytes(48 if 48 <= i <= 57 else 32 for i in range(256))


def _clusters(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The matches of _DIGITS, from the runs of numeric characters it is made of: runs at most
    two margins apart (the characters between them are not numeric) go together."""
    clusters: list[tuple[int, int]] = []
    gap = 2 * MARGIN
    start = end = -1
    for a, b in runs:
        if a - end > gap or start < 0:
            if start >= 0:
                clusters.append((start, end))
            start = a
        end = b
    if start >= 0:
        clusters.append((start, end))
    return clusters


def _runs_in_windows(runs: list[tuple[int, int]], digits: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """The runs of numeric characters, each with the digit window that holds it (as :func:`_runs`
    gives them: the first window that ends at or after the run's end holds it, since a window
    holds the whole cluster of a run and the windows are apart)."""
    out: list[tuple[int, int, int, int]] = []
    k = 0
    for start, end in runs:
        while digits[k][1] < end:
            k += 1
        a, b = digits[k]
        out.append((start, end, a, b))
    return out


def _runs(text: str, clusters: list[tuple[int, int]], digits: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """The runs of numeric characters in the clusters of them, each with its digit window."""
    runs: list[tuple[int, int, int, int]] = []
    k = 0
    for start, end in clusters:
        while digits[k][1] < end:  # the window that holds the cluster
            k += 1
        a, b = digits[k]
        chunk = text[start:end]
        if chunk.isascii() and chunk.isdigit():  # most often one run of ASCII digits
            runs.append((start, end, a, b))
        else:
            for m in _NUMERIC_RUN.finditer(text, start, end):
                runs.append((m.start(), m.end(), a, b))
    return runs


# The ASCII lower-case letters, as characters of a case-folded text and as bytes of a view.
_ASCII_LOWER = frozenset(string.ascii_lowercase) | frozenset(string.ascii_lowercase.encode())


def digit_starts(text: str, runs: list[tuple[int, int, int, int]]) -> tuple[list[int], list[int]]:
    """Where a run of digits may start in the ``runs`` of numeric characters, and the end of
    its window: each run's start, and in a run that is not all ASCII ("½3"), each place after
    a character that is not an ASCII digit."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end, _, b in runs:
        starts.append(start)
        ends.append(b)
        if not text[start:end].isascii():
            for i in range(start + 1, end):
                if not "0" <= text[i - 1] <= "9":
                    starts.append(i)
                    ends.append(b)
    return starts, ends


def _snap_start(text: str, start: int) -> int:
    """The last white space at or before ``start``, at most _SNAP before it (else that far)."""
    if start <= 0:
        return 0
    lo = max(0, start - _SNAP)
    space = text.rfind(" ", lo, start + 1)
    if text[space + 1 if space >= 0 else lo : start + 1].isprintable():  # no other white space after it
        return space if space >= 0 else lo
    m = _SPACE_BEFORE.search(text, lo, start + 1)
    return m.start() if m else lo


def _snap_end(text: str, end: int, n: int) -> int:
    """Just after the first white space at or after ``end - 1``, at most _SNAP after ``end``."""
    if end >= n:
        return n
    hi = min(n, end + _SNAP)
    space = text.find(" ", end - 1, hi)
    if text[end - 1 : space if space >= 0 else hi].isprintable():  # no other white space before it
        return space + 1 if space >= 0 else hi
    m = _SPACE_AFTER.search(text, end - 1, hi)
    return m.end() if m else hi


# The fast paths above look for " " alone: every other white space of the pattern ("\t",
# "\n", "\u00a0", ...) is a character that str.isprintable() says is not printable.


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


def search_from(pattern: regex.Pattern, text: str, pos: int, starts: list[int],
                ends: list[int] | None = None) -> regex.Match | None:
    """``pattern.search(text, pos)`` for a pattern that can only match at one of ``starts``
    (sorted); with ``ends``, the match at ``starts[k]`` reads no further than ``ends[k]``, as
    a search inside the window that ends there would."""
    k = bisect.bisect_left(starts, pos)
    while k < len(starts):
        m = pattern.match(text, starts[k]) if ends is None else pattern.match(text, starts[k], ends[k])
        if m is not None:
            return m
        k += 1
    return None
