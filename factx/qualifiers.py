"""Qualifier words around a figure: "about", "more than", "between", "or more", ">=".

Each alternative's group name is the :class:`~factx.records.Qualifier` it gives (``exact``
for "equal to"; ``between``/``from`` open a range). The words before a figure are matched
backwards from its start (:data:`QUALIFIER_BEFORE`), the words after it forwards
(:data:`QUALIFIER_AFTER`).
"""

from __future__ import annotations

import functools

import regex

__all__ = ["QUALIFIER_BEFORE", "QUALIFIER_AFTER", "qualifier_before", "qualifier_length"]

# Qualifier words just before a figure, matched backwards from the figure's start.
_QUALIFIER_WORDS = r"""
(?:
  (?P<approximate>\b(?:about|approximately|approx\.|around|some|roughly|an\s+estimated|estimated|circa|c\.|ca\.
      |closer\s+to|close\s+to|in\s+the\s+region\s+of|of\s+the\s+order\s+of|on\s+the\s+order\s+of|somewhere\s+around
      |around\s+about|give\s+or\s+take|an\s+approximate)|~)
| (?P<nearly>\b(?:nearly|almost|just\s+shy\s+of|approaching|close\s+on))
| (?P<at_least>\b(?:at\s+least(?:\s+or\s+equal\s+to)?|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than
      |not\s+fewer\s+than|a\s+minimum\s+of|at\s+a\s+minimum|minimum\s+of|as\s+many\s+as\s+at\s+least
      |(?:greater|more|larger|bigger|higher)\s+(?:than\s+or\s+equal\s+to|or\s+equal\s+(?:than|to))
      |equal\s+to\s+or\s+(?:more|greater|larger|bigger|higher)\s+than)|(?<![<>=])>[ \t]*=|≥)
| (?P<more_than>\b(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|surpassed|surpassing|surpasses|surpass|exceeded
      |exceeding|exceeds|exceed|above|topped|tops|greater\s+than|well\s+over|just\s+over|north\s+of|beyond|larger\s+than
      |higher\s+than|bigger\s+than)|(?<![<>=])>)
| (?P<at_most>\b(?:up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|maximum\s+of
      |as\s+many\s+as|as\s+much\s+as|at\s+the\s+most
      |(?:less|fewer|smaller|lower)\s+(?:than\s+or\s+equal\s+to|or\s+equal\s+(?:than|to))
      |equal\s+to\s+or\s+(?:less|fewer|smaller|lower)\s+than)|(?<![<>=])<[ \t]*=|≤)
| (?P<less_than>\b(?:less\s+than|fewer\s+than|under|below|just\s+under|short\s+of|lower\s+than|smaller\s+than
      |not\s+even)|(?<![<>=])<)
| (?P<exact>\b(?:equal\s+to|equals(?:\s+to)?|equaling(?:\s+to)?|equalling(?:\s+to)?))
| (?P<between>\bbetween)
| (?P<from>\bfrom)
)
"""
_QUALIFIER_GAP = r"(?:(?<=[<>=~≥≤])[ \t\u00a0]*|[ \t\u00a0]+(?:a\s+)?(?:further\s+|total\s+of\s+|whopping\s+)?)"
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
