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
from typing import Iterable, Optional, Protocol

try:  # the parser of ``re`` (``sre_parse`` before Python 3.11): ``ByFirstCharacter`` reads patterns with it
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover
    _sre = _sre_parse = None

__all__ = ["matches_at", "word_trie", "ByFirstCharacter"]


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


_ASCII = frozenset(map(chr, range(128)))
_ASCII_DIGITS = frozenset("0123456789")


def _first_characters(items, ignore_case: bool) -> tuple[frozenset, bool]:
    """The ASCII characters a match of the parsed pattern ``items`` may start with, and
    whether it may be empty. Conservative: what it cannot tell, it counts as possible."""
    first: set[str] = set()
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):  # reads no character
            continue
        if op is _sre.LITERAL:
            if av >= 128:  # (?i) may fold it onto ASCII ("\u212a" is "k")
                return (_ASCII if ignore_case else frozenset(first)), False
            c = chr(av)
            return frozenset(first | ({c, c.swapcase()} if ignore_case else {c})), False
        if op is _sre.IN:
            return frozenset(first | _class_characters(av, ignore_case)), False
        if op is _sre.CATEGORY:
            digit = av in (_sre.CATEGORY_DIGIT, _sre.CATEGORY_UNI_DIGIT)
            return frozenset(first | (_ASCII_DIGITS if digit else _ASCII)), False
        if op is _sre.SUBPATTERN:
            _, add, remove, sub = av
            inner = (ignore_case or bool(add & _sre.SRE_FLAG_IGNORECASE)) and not remove & _sre.SRE_FLAG_IGNORECASE
            chars, empty = _first_characters(sub.data, inner)
        elif op is _sre.BRANCH:
            chars, empty = frozenset(), False
            for alternative in av[1]:
                c, e = _first_characters(alternative.data, ignore_case)
                chars, empty = chars | c, empty or e
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            chars, empty = _first_characters(av[2].data, ignore_case)
            empty = empty or av[0] == 0
        else:  # anything else: any character
            return _ASCII, False
        first |= chars
        if not empty:
            return frozenset(first), False
    return frozenset(first), True


def _class_characters(items, ignore_case: bool) -> frozenset:
    """The ASCII characters a parsed class ``[...]`` may match (conservative)."""
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL and av < 128:
            chars.add(chr(av))
        elif op is _sre.RANGE and av[1] < 128:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is _sre.CATEGORY and av in (_sre.CATEGORY_DIGIT, _sre.CATEGORY_UNI_DIGIT):
            chars |= _ASCII_DIGITS
        else:  # a negation, a category, a character beyond ASCII
            return _ASCII
    return frozenset(chars | {c.swapcase() for c in chars} if ignore_case else chars)


class ByFirstCharacter:
    r"""``re.compile(start + "(?:" + "|".join(alternatives) + ")")`` for :func:`matches_at`
    (its ``match`` only), trying at each place only the alternatives that may match from
    the character there: ``re`` enters every alternative that does not open with a plain
    character, so a long alternation of (?i) words costs at every place it is tried.

    The named groups of the alternatives left out stay in the pattern as empty groups
    behind a ``(?!)``, which fails at once, so that every group name is there (group
    numbers are not kept: read groups by name). The patterns are made on first need, one
    for each set of alternatives kept (a few dozen at most).

    >>> p = ByFirstCharacter("", [r"(?P<a>(?i:in)\s\d)", r"(?P<b>\d+)"])
    >>> m = p.match("in 5", 0)
    >>> m.group(), m.lastgroup, m.group("b")
    ('in 5', 'a', None)
    """

    def __init__(self, start: str, alternatives: Iterable[str]) -> None:
        self.alternatives = tuple(alternatives)
        self.pattern = re.compile(start + "(?:" + "|".join(self.alternatives) + ")")
        self._start = start
        self._by_character: dict[str, re.Pattern] = {}
        self._by_choice: dict[tuple[int, ...], re.Pattern] = {}
        self._choice: dict[str, tuple[int, ...]] = {}  # for each ASCII letter and digit
        self._groups: list[str] = []  # each alternative's named groups, as empty groups
        if _sre_parse is None:  # pragma: no cover
            return
        firsts = []
        for alternative in self.alternatives:
            parsed = _sre_parse.parse(alternative)
            chars, empty = _first_characters(parsed.data, False)
            firsts.append(_ASCII if empty else chars)
            self._groups.append("".join(f"(?P<{name}>)" for name in parsed.state.groupdict))
        for c in _ASCII:
            if c.isalnum():
                self._choice[c] = tuple(i for i, chars in enumerate(firsts) if c in chars)

    def match(self, text: str, pos: int = 0, endpos: Optional[int] = None):
        endpos = len(text) if endpos is None else endpos
        c = text[pos:pos + 1]
        pattern = self._by_character.get(c) or self._for(c)
        return pattern.match(text, pos, endpos)

    def _for(self, c: str) -> re.Pattern:
        """The pattern for places that start with ``c`` (the whole one but for an ASCII
        letter or digit), made once."""
        choice = self._choice.get(c)
        if choice is None:
            return self.pattern
        pattern = self._by_choice.get(choice)
        if pattern is None:
            kept = [self.alternatives[i] for i in choice] or ["(?!)"]
            left = "".join(g for i, g in enumerate(self._groups) if i not in choice)
            pattern = self._by_choice[choice] = re.compile(
                self._start + "(?:" + "|".join(kept) + ("|(?!)" + left if left else "") + ")")
        self._by_character[c] = pattern
        return pattern
