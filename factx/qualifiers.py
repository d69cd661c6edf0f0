"""Qualifier words around a figure: "about", "more than", "between", "or more", ">=".

Each alternative's group name is the :class:`~factx.records.Qualifier` it gives (``exact``
for "equal to"; ``between``/``from`` open a range). The words before a figure are matched
backwards from its start (:data:`QUALIFIER_BEFORE`), the words after it forwards
(:data:`QUALIFIER_AFTER`).
"""

from __future__ import annotations

import functools
import re

import regex

__all__ = [
    "QUALIFIER_BEFORE", "QUALIFIER_AFTER", "qualifier_before", "qualifier_ending", "may_start_with_qualifier",
    "qualifier_length",
]

# Qualifier words just before a figure, matched backwards from the figure's start: for each
# kind (the group name), its phrases, each with the words it can end with, and its signs.
_KINDS: tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]], ...] = (
    ("approximate", (
        (r"about", ("about",)), (r"approximately", ("approximately",)), (r"approx\.", ("approx",)),
        (r"around", ("around",)), (r"some", ("some",)), (r"roughly", ("roughly",)),
        (r"an\s+estimated", ("estimated",)), (r"estimated", ("estimated",)), (r"circa", ("circa",)),
        (r"c\.", ("c",)), (r"ca\.", ("ca",)), (r"closer\s+to", ("to",)), (r"close\s+to", ("to",)),
        (r"in\s+the\s+region\s+of", ("of",)), (r"of\s+the\s+order\s+of", ("of",)),
        (r"on\s+the\s+order\s+of", ("of",)), (r"somewhere\s+around", ("around",)),
        (r"around\s+about", ("about",)), (r"give\s+or\s+take", ("take",)), (r"an\s+approximate", ("approximate",)),
    ), (r"~",)),
    ("nearly", (
        (r"nearly", ("nearly",)), (r"almost", ("almost",)), (r"just\s+shy\s+of", ("of",)),
        (r"approaching", ("approaching",)), (r"close\s+on", ("on",)),
    ), ()),
    ("at_least", (
        (r"at\s+least(?:\s+or\s+equal\s+to)?", ("least", "to")), (r"no\s+fewer\s+than", ("than",)),
        (r"no\s+less\s+than", ("than",)), (r"not\s+less\s+than", ("than",)), (r"not\s+fewer\s+than", ("than",)),
        (r"a\s+minimum\s+of", ("of",)), (r"at\s+a\s+minimum", ("minimum",)), (r"minimum\s+of", ("of",)),
        (r"as\s+many\s+as\s+at\s+least", ("least",)),
        (r"(?:greater|more|larger|bigger|higher)\s+(?:than\s+or\s+equal\s+to|or\s+equal\s+(?:than|to))",
         ("to", "than")),
        (r"equal\s+to\s+or\s+(?:more|greater|larger|bigger|higher)\s+than", ("than",)),
    ), (r"(?<![<>=])>[ \t]*=", r"≥")),
    ("more_than", (
        (r"more\s+than", ("than",)), (r"over", ("over",)), (r"upwards?\s+of", ("of",)), (r"in\s+excess\s+of", ("of",)),
        (r"surpassed", ("surpassed",)), (r"surpassing", ("surpassing",)), (r"surpasses", ("surpasses",)),
        (r"surpass", ("surpass",)), (r"exceeded", ("exceeded",)), (r"exceeding", ("exceeding",)),
        (r"exceeds", ("exceeds",)), (r"exceed", ("exceed",)), (r"above", ("above",)), (r"topped", ("topped",)),
        (r"tops", ("tops",)), (r"greater\s+than", ("than",)), (r"well\s+over", ("over",)), (r"just\s+over", ("over",)),
        (r"north\s+of", ("of",)), (r"beyond", ("beyond",)), (r"larger\s+than", ("than",)),
        (r"higher\s+than", ("than",)), (r"bigger\s+than", ("than",)),
    ), (r"(?<![<>=])>",)),
    ("at_most", (
        (r"up\s+to", ("to",)), (r"at\s+most", ("most",)), (r"no\s+more\s+than", ("than",)),
        (r"not\s+more\s+than", ("than",)), (r"a\s+maximum\s+of", ("of",)), (r"maximum\s+of", ("of",)),
        (r"as\s+many\s+as", ("as",)), (r"as\s+much\s+as", ("as",)), (r"as\s+high\s+as", ("as",)),
        (r"as\s+large\s+as", ("as",)), (r"at\s+the\s+most", ("most",)),
        (r"(?:less|fewer|smaller|lower)\s+(?:than\s+or\s+equal\s+to|or\s+equal\s+(?:than|to))", ("to", "than")),
        (r"equal\s+to\s+or\s+(?:less|fewer|smaller|lower)\s+than", ("than",)),
    ), (r"(?<![<>=])<[ \t]*=", r"≤")),
    ("less_than", (
        (r"less\s+than", ("than",)), (r"fewer\s+than", ("than",)), (r"under", ("under",)), (r"below", ("below",)),
        (r"just\s+under", ("under",)), (r"short\s+of", ("of",)), (r"lower\s+than", ("than",)),
        (r"smaller\s+than", ("than",)), (r"not\s+even", ("even",)),
    ), (r"(?<![<>=])<",)),
    ("exact", (
        (r"equal\s+to", ("to",)), (r"equals(?:\s+to)?", ("equals", "to")), (r"equaling(?:\s+to)?", ("equaling", "to")),
        (r"equalling(?:\s+to)?", ("equalling", "to")),
    ), ()),
    ("between", ((r"between", ("between",)),), ()),
    ("from", ((r"from", ("from",)),), ()),
)  # fmt: skip


def _qualifier_words(kinds=_KINDS) -> str:
    """The phrases and signs of ``kinds`` (see _KINDS) as one alternation, a group a kind."""
    groups = []
    for kind, phrases, signs in kinds:
        words = "|".join(phrase for phrase, _ in phrases)
        alternatives = ([rf"\b(?:{words})" if len(phrases) > 1 else rf"\b{words}"] if phrases else []) + list(signs)
        groups.append(f"(?P<{kind}>{'|'.join(alternatives)})")
    return "(?:" + "|".join(groups) + ")"


_QUALIFIER_WORDS = _qualifier_words()
_QUALIFIER_GAP = r"(?:(?<=[<>=~≥≤])[ \t\u00a0]*|[ \t\u00a0]+(?:a\s+)?(?:further\s+|total\s+of\s+|whopping\s+)?)"
_BLANK_GAP = r"(?:(?<=[<>=~≥≤])[ \t\u00a0]*|[ \t\u00a0]+)"  # _QUALIFIER_GAP without its words
QUALIFIER_BEFORE = _QUALIFIER_WORDS + _QUALIFIER_GAP + "$"
_QUALIFIER_LEAD = regex.compile(_QUALIFIER_WORDS + _QUALIFIER_GAP, regex.X | regex.I | regex.V0)


@functools.lru_cache(maxsize=1)
def qualifier_before() -> regex.Pattern:
    """The qualifier words that end just before a figure, read right to left from it.

    Every match ends at the figure, so the leftmost-longest (POSIX) match read backwards is
    the one a forward search finds ("no more than", not "more than"), and most windows fail
    at their first character instead of at each of their forty.
    """
    return regex.compile(QUALIFIER_BEFORE, regex.X | regex.I | regex.V0 | regex.REVERSE | regex.POSIX)


def qualifier_ending(words: str) -> regex.Match | None:
    """``qualifier_before().search(words)``: the qualifier that ends ``words``, the text just
    before a figure, or None.

    Only the phrases that can end there are tried, which is several times faster than trying
    them all: those whose last word is the last word of ``words``, or the word before the
    words that the gap after a qualifier may hold ("a", "further", "total of", "whopping");
    the signs only where one is. Every match of the whole pattern is a match of that part,
    and no phrase is in two kinds: the same match, of the same kind. The gap's words are
    left out of the pattern too unless one ends ``words`` (the pattern is anchored at its end).
    """
    ends = _ends(words)
    if ends.__class__ is str:
        return ends  # LABEL or DECADE: see _last_words
    pattern = _qualifier_before_ending(*ends) if ends[0] else None
    return pattern.search(words) if pattern is not None else None


# What :func:`qualifier_ending` gives instead of a qualifier when the word before a figure makes it
# no count: a word that names a thing by the number after it ("Article 8", "page 12", "No 10": see
# _NAMING), or the start of an age by its decade ("in her 30s", "in their mid-"). Found on the way:
# the word before a figure is read there anyway.
LABEL, DECADE = "label", "decade"
# The naming words, in lower case: True for those that name in any case (and their plurals:
# "Articles 3 and 8", "junctions 10 and 11"), False for those that name only with a capital, since
# in lower case a count may follow them ("Route 66" but "the route 2,000 people take", "Level 4" but
# "sea level 2 metres higher", "Schedule 7" but "schedule 45 buses", "No 10" but "no 10 people"; not
# "Building", which opens a sentence before a count: "Building 300 homes will cost...").
_NAMING = {w + s: True for w in (
    "article", "section", "clause", "paragraph", "chapter", "page", "junction", "terminal", "platform",
    "flight", "category", "tier", "phase", "grade", "type", "version", "episode", "covid", "iphone") for s in ("", "s")}
_NAMING.update(dict.fromkeys(("dial", "dialled", "dialed", "call"), True))  # "dial 999", "call 911"
_NAMING.update((w.lower(), False) for w in (
    "No", "Nos", "Number", "Schedule", "Resolution", "Rule", "Regulation", "Protocol", "Amendment", "Proposition",
    "Prop", "Annex", "Appendix", "Figure", "Table", "Part", "Stage", "Level", "Class", "Model", "Series", "Season",
    "Volume", "Issue", "Room", "Gate", "Exit", "Route", "Highway", "Interstate", "Block", "Ward",
    "Pier", "Berth", "Boeing", "Airbus", "Windows", "Galaxy", "Apollo", "Artemis", "Soyuz", "FTSE", "Nikkei",
    "DAX", "CAC", "Stoxx", "Nasdaq", "Russell", "Fortune", "IBEX", "ASX", "Ligue", "Formula", "COP"))
_NAMING_MARKED = frozenset(("No.", "Nos.", "pp.", "pp", "S&P"))  # no word of letters alone
_OPENING = "'\"‘“([{—–-"
_DECADE_WORDS = frozenset(("his", "her", "their", "my", "your", "our", "early", "mid", "late", "mid-"))


def _named(chunk: str, low: str) -> str | None:
    """LABEL if ``chunk`` (its lower case ``low``) names a thing by the number after it, DECADE if it
    may open an age by its decade, else None."""
    any_case = _NAMING.get(low)
    if any_case is not None and (any_case or chunk[0].isupper()):
        return LABEL
    return DECADE if low in _DECADE_WORDS else None


def _last_words(words: str) -> frozenset[str] | str:
    """The words with which a qualifier may end in ``words`` (see :func:`qualifier_ending`),
    in lower case without a final dot; "" if it may be a sign. Or LABEL or DECADE, if the last
    word is one of those (see :func:`_named`)."""
    ends = _ends(words)
    return ends if ends.__class__ is str else ends[0]


def _ends(words: str) -> tuple[frozenset[str], bool] | str:
    """:func:`_last_words` of ``words``, and whether one of the words the gap after a qualifier
    may hold ends ``words`` ("a", "further", "total of", "whopping"); or LABEL or DECADE."""
    chunks = words.rsplit(None, 4)  # str.isspace() holds for every \s of the pattern
    if not chunks:
        return _NO_ENDS
    if chunks[-1].isalpha() and chunks[-1].isascii():
        low = chunks[-1].lower()
        if low not in _LAST_OR_GAP:  # most often: a word that ends no qualifier and is none of the gap's words
            if low in _NAMING or low in _DECADE_WORDS:
                return _named(chunks[-1], low) or _NO_ENDS
            return _NO_ENDS
    elif chunks[-1] in _NAMING_MARKED or chunks[-1] == "mid-":
        return DECADE if chunks[-1] == "mid-" else LABEL
    k = len(chunks) - 1
    last = _folded_word(chunks[k])
    at = [k]  # the chunks with which a qualifier may end: the last, or one before the gap's words
    if last in ("further", "whopping") or last == "a":
        at.append(k - 1)
    elif last == "of" and k > 0 and _folded_word(chunks[k - 1]) == "total":
        at.append(k - 2)
    if len(at) == 2 and last != "a" and at[1] >= 0 and _folded_word(chunks[at[1]]) == "a":
        at.append(at[1] - 1)  # "about a further", "over a total of"
    ends = set()
    for i in at:
        if i >= 0:
            word = last if i == k else _folded_word(chunks[i])
            if word in _QUALIFIER_ENDS:
                ends.add(word)
            if chunks[i][-1] in _SIGNS:
                ends.add("")
    if not ends and (last in _NAMING or last in _DECADE_WORDS) and chunks[k][-1] != ".":  # "'No 10", "(page 3"
        return _named(chunks[k].lstrip(_OPENING), last) or _NO_ENDS
    return frozenset(ends), len(at) > 1  # the gap's words end ``words`` where a qualifier may end before them


def _folded_word(chunk: str) -> str:
    """The ASCII letters that end ``chunk`` (but for a dot), in lower case; "" if none."""
    word = chunk.rstrip(".")
    if word.isascii() and word.isalpha():
        return word.lower()
    m = _ASCII_CASES.search(word)  # "(about", "e.g.c", a letter that folds to ASCII
    return m.group().translate(_FOLD_ODD_CASES).lower() if m else ""


@functools.lru_cache(maxsize=256)
def _qualifier_before_ending(ends: frozenset[str], gap_words: bool = True) -> regex.Pattern | None:
    """:func:`qualifier_before` for the phrases that end with one of ``ends`` ("": the signs);
    without ``gap_words``, for a text that none of the gap's words ends, whose gap is blanks alone
    (the pattern is smaller, so cheaper to run: each run sets up all its repeats)."""
    kinds = [(kind, tuple(p for p in phrases if ends.intersection(p[1])), signs if "" in ends else ())
             for kind, phrases, signs in _KINDS]
    kinds = [kind for kind in kinds if kind[1] or kind[2]]
    if not kinds:
        return None
    return regex.compile(_qualifier_words(kinds) + (_QUALIFIER_GAP if gap_words else _BLANK_GAP) + "$",
                         regex.X | regex.I | regex.V0 | regex.REVERSE | regex.POSIX)


_SIGNS = "<>=~≥≤"  # the last character of every sign above
_QUALIFIER_ENDS = frozenset(word for _, phrases, _ in _KINDS for _, ends in phrases for word in ends)
_LAST_OR_GAP = _QUALIFIER_ENDS | {"a", "further", "whopping", "of"}
_NONE: frozenset[str] = frozenset()
_NO_ENDS = (_NONE, False)
# Letters that match an ASCII letter case-insensitively: A-Z, a-z and "İ", "ſ", "K" (i, s, k).
_ASCII_CASES = re.compile(r"[A-Za-z\u0130\u017f\u212a]+\Z")
_FOLD_ODD_CASES = str.maketrans({"\u0130": "i", "\u017f": "s", "\u212a": "k"})


def may_start_with_qualifier(text: str, pos: int) -> bool:
    """False if no :data:`QUALIFIER_AFTER` can match at ``pos``: a cheap test in front of it.

    After its blanks, a match starts with "or", "and", "odd", "plus", "+", "-" or white space
    (its letters match no letter but their own in either case).
    """
    if text[pos : pos + 1] in _BLANKS:
        pos += 1
        if text[pos : pos + 1] in _BLANKS:  # a run of blanks: the pattern reads it
            return True
    head = text[pos : pos + 2]
    return head.lower() in _FIRST_AFTER_BLANKS or head[:1] in _SIGNS_AFTER or head[:1].isspace()


_BLANKS = frozenset(" \t")
_FIRST_AFTER_BLANKS = frozenset(("or", "an", "od", "pl"))  # the first two letters of "or", "and", "odd", "plus"
_SIGNS_AFTER = frozenset("+-")


def qualifier_length(figure_text: str) -> int:
    """How many characters of a figure's text are its leading qualifier words.

    Peers that have no qualifiers start a figure at its number; this is where.

    >>> from factx.figures import read_figures
    >>> text = read_figures("It cost about $14 million.")[0].text
    >>> text, text[qualifier_length(text):]
    ('about $14 million', '$14 million')
    """
    m = _QUALIFIER_LEAD.match(figure_text)
    return m.end() if m else 0
_NOT_A_NUMBER_NEXT = r"(?![ \t]+(?:than[ \t]+|to[ \t]+)?(?:[-−]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)\b))"
QUALIFIER_AFTER = regex.compile(
    rf"""[ \t]*(?:
      (?P<at_least>(?:or\s+(?:more|above|greater|higher|larger|bigger)(?:\s+than)?|and\s+(?:more|above|up)){_NOT_A_NUMBER_NEXT}\b
          |(?<=\d)\+|-plus\b|\s?plus\b(?!\s+\d))
    | (?P<at_most>or\s+(?:fewer|less|below|lower|smaller)(?:\s+than)?\b{_NOT_A_NUMBER_NEXT})
    | (?P<approximate>or\s+so\b|-odd\b|odd\b(?=\s+\p{{L}}))
    | (?P<or_equal>or\s+equal(?:\s+to)?\b{_NOT_A_NUMBER_NEXT})
    )""",
    regex.X | regex.I,
)
