"""The sentence splitter's fast paths, each compared with the exact code it stands in front of."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factx import sentences
from factx.records import Span
from factx.sentences import split_sentences

_PIECES = st.sampled_from([
    "Mr", "Mr.", "U.S.", "u.s.", "Jan.", "No.", "etc.", "J.", "said.", "in 2016.", "3.5", "m.p.h.", "end!", "why?",
    "so…", "...", "?!", "The", "the", "5,000", "É", "é", "Ω", "ω", "İ", "ſ", "½", "²", "Ⅻ", "\U0001D400", "\U0001F600",
    '"', "“", "”", "’", "'", ")", "(", "[", "]", "x", "Dr.", "St.", "A.", "a.m.", "p.m.", "Calais", "EU.",
    ".", "Mr", "SEP", "Sep", "sept", "Capt", "Dept", "Inc", "Gov", "mph", "Kurt", "Ltd", "etc", "Capt.", "Sept.", "Inc.",
])
_GAPS = st.sampled_from([
    "", " ", " ", "  ", "   ", "\t", " \t", "\n", " \n", "\n\n", "  \n", "\u00a0", "\u2003", "\u3000", "\x85",
    "\x1c", "\u200b", "\r\n", "\u2028", "\x0b",
])
_TEXTS = st.lists(st.tuples(_PIECES, _GAPS), max_size=16).map(lambda pieces: "".join(a + b for a, b in pieces))


@settings(max_examples=300, deadline=None)
@example("A.  B", )
@example("x.\u00a0Y z.\x85\x85Q end.\u2003½ and.\x1cA")
@example("said. \U0001D400 said.\u3000\U0001D400")
@example("so…”  ’(Ω Mr.\n\nThe")
@example("a\x1c  b \x1c\n c")
@given(_TEXTS)
def test_the_boundary_pattern_for_re_matches_as_regex(text):
    # _boundary_pattern gives ``re`` the pattern with its classes spelled out, for a text
    # within U+FFFF: the same match as ``regex`` at every place, and the same boundaries.
    pattern = sentences._boundary_pattern(text)
    exact = sentences._BOUNDARY
    for at in range(len(text) + 1):
        a, b = pattern.match(text, at), exact.match(text, at)
        assert (a and a.span()) == (b and b.span()), at
    found = [m.span() for m in sentences._boundaries(text)]
    assert found == [m.span() for m in exact.finditer(text)]


def _exact_split(text: str) -> list[Span]:
    """split_sentences written plainly: every match of the pattern, the whole word before
    each dot read by the pattern."""
    spans, start = [], 0
    for at, after in [m.span() for m in sentences._BOUNDARY.finditer(text)] + [(len(text), len(text))]:
        if at < len(text) and text[at] == ".":
            m = sentences._WORD_BEFORE.search(text, max(0, at - 12), at)
            word = m.group().lower().strip(".") if m else ""
            if m and ((len(word) == 1 and word.isalpha()) or word in sentences._ABBREVIATIONS):
                continue
        piece = text[start:at] + text[at:after].rstrip()
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            spans.append(Span(start=start + lead, end=start + len(piece.rstrip())))
        start = after
    return spans


@settings(max_examples=300, deadline=None)
@example("Mr. Le Franc said 21 were held. Some 5,000 people live there.")
@example("About 3.5 m.p.h. on the U.S. border.  New one")
@example("He is in the U.S.\U0001F600 Then")
@example("Seen by Mr\n. The end")  # "$" stands before a last line break: the word before is "Mr"
@example("Due on 3 Sep. The end")
@given(_TEXTS)
def test_split_sentences_as_written_plainly(text):
    assert split_sentences(text) == _exact_split(text)


def _validated(spans: list[Span]) -> list[Span]:
    """Each span made again through pydantic's validation (the exact path)."""
    return [Span(start=s.start, end=s.end) for s in spans]


@settings(max_examples=200, deadline=None)
@example("")
@example("Mr. Le Franc said 21 were held. Some 5,000 people live there.")
@example("  a.  B \n\n C")
@given(_TEXTS)
def test_spans_made_without_validation_are_the_validated_records(text):
    """``_span`` skips pydantic's validation: the records equal validated ones, field for
    field, with the same fields set, no extra and no private attributes."""
    spans = split_sentences(text)
    for fast, exact in zip(spans, _validated(spans), strict=True):
        assert type(fast) is Span and fast == exact and hash(fast) == hash(exact)
        assert 0 <= fast.start < fast.end <= len(text)
        assert fast.__dict__ == exact.__dict__ and list(fast.__dict__) == ["start", "end"]
        assert fast.__pydantic_fields_set__ == exact.__pydantic_fields_set__
        assert fast.__pydantic_extra__ is exact.__pydantic_extra__ is None
        assert fast.__pydantic_private__ is exact.__pydantic_private__ is None
        assert fast.model_dump() == exact.model_dump() and repr(fast) == repr(exact)


@given(st.integers(0, 10**6), st.integers(1, 10**6))
@settings(max_examples=100, deadline=None)
def test_span_maker_matches_validation(start, size):
    fast, exact = sentences._span(start, start + size), Span(start=start, end=start + size)
    assert fast == exact and fast.__dict__ == exact.__dict__
    assert fast.__pydantic_fields_set__ == exact.__pydantic_fields_set__
    assert fast.model_dump_json() == exact.model_dump_json()
