"""Hypothesis strategies for text with figures in it, to test factx and code built on it.

>>> from factx.testing.text import renderings_of
>>> renderings_of(1500)
['1,500', '1500', 'one thousand five hundred', 'one thousand five hundred', '1\u202f500', '1\xa0500', '1.5 thousand', 'fifteen hundred']
"""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["renderings", "renderings_of", "number_words", "news_sentences", "any_text", "figure_values",
           "sentence_prefixes"]

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int, *, and_: bool = True) -> str:
    """English words for a whole number below a trillion.

    >>> number_words(121)
    'one hundred and twenty-one'
    >>> number_words(3000240, and_=False)
    'three million two hundred forty'
    """
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _UNITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        head = _UNITS[n // 100] + " hundred"
        return head + ((" and " if and_ else " ") + number_words(rest, and_=and_) if rest else "")
    for scale, word in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            rest = n % scale
            head = number_words(n // scale, and_=and_) + " " + word
            if not rest:
                return head
            joiner = " and " if and_ and rest < 100 else " "
            return head + joiner + number_words(rest, and_=and_)
    raise ValueError(n)  # pragma: no cover


def renderings_of(n: int) -> list[str]:
    """Every style factx should read back as ``n``: "1,500", "1.5 thousand", "fifteen hundred"."""
    out = [f"{n:,}", str(n), number_words(n), number_words(n, and_=False)]
    if n >= 1000:
        out.append(f"{n:,}".replace(",", "\u202f"))
        out.append(f"{n:,}".replace(",", "\u00a0"))
    for scale, word in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale and n % (scale // 10) == 0:
            out.append(f"{n / scale:g} {word}")
            break
    if 1100 <= n < 10000 and n % 100 == 0 and n % 1000:
        out.append(number_words(n // 100) + " hundred")  # fifteen hundred
    return out


def figure_values() -> st.SearchStrategy[int]:
    """Whole numbers as news writes them (years 1000-2199 left out: bare, they read as years)."""
    return st.one_of(
        st.integers(min_value=2, max_value=999),
        st.integers(min_value=1, max_value=99).map(lambda k: k * 100),
        st.integers(min_value=1, max_value=999).map(lambda k: k * 1000),
        st.integers(min_value=1, max_value=99).map(lambda k: k * 100_000),
        st.integers(min_value=2200, max_value=999_999),
    ).filter(lambda k: not 1000 <= k <= 2199)


def renderings(n: int) -> st.SearchStrategy[str]:
    """One rendering of ``n`` drawn from :func:`renderings_of`."""
    return st.sampled_from(renderings_of(n))


_NOUNS = ["migrants", "people", "asylum seekers", "children", "refugees", "bodies"]
_VERBS = ["were rescued", "arrived", "were arrested", "were living in the camp", "crossed the Channel"]


@st.composite
def news_sentences(draw) -> tuple[str, int, str]:
    """(sentence, value, rendering): a news-like sentence stating one count."""
    n = draw(figure_values())
    written = draw(renderings(n))
    noun = draw(st.sampled_from(_NOUNS))
    verb = draw(st.sampled_from(_VERBS))
    lead = draw(st.sampled_from(["", "Officials said ", "On Tuesday, ", "In all, "]))
    sentence = f"{lead}{written} {noun} {verb}."
    return sentence[0].upper() + sentence[1:], n, written


def any_text() -> st.SearchStrategy[str]:
    """Arbitrary Unicode mixed with the characters figures are made of."""
    pieces = st.one_of(
        st.text(max_size=20),
        st.sampled_from(["1,", "1 000", "£", "$", "%", "US$", "between ", " and ", " to ", "-", "–", "about ",
                         "over ", "million", "bn", "one", "twenty-", "hundred", "\u202f", "\u00a0", "(", ")",
                         ".", "2020", "first", "year-old", "@", "http://", "\n", "  ", "½", "k", "m ",
                         "dozens", "hundreds of ", "tens of thousands", "some ", "per cent", "percent", "km",
                         # letters whose case folding changes length or script: long s, dotted I, Kelvin sign
                         "\u017f", "\u0130", "\u212a", "\ufb01", "\uff11", "\u0663"]),
        st.integers(min_value=0, max_value=10**9).map(str),
    )
    return st.lists(pieces, max_size=25).map("".join)


def sentence_prefixes() -> st.SearchStrategy[str]:
    """A few words closed by a full stop (or nothing): text to put in front of an example,
    to check that spans shift by the prefix's length and nothing else changes."""
    return st.lists(st.sampled_from(["Boats", "wait", "at", "sea", "\n\n", "today"]), max_size=6).map(
        lambda words: " ".join(words) + ". " if words else "")
