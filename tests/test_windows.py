"""The windows module's fast paths, held to the exact patterns they stand for."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factx import windows

_PIECES = [" ", ", ", ",", ";", ":", "—", "–", "(", ")", "“", "”", '"', "a", "5", "word", "\x1c", "\x1f", "\u3000",
           "\u00a0", "\u2028", "\x85", "\t", "\n", ",\x1c", ",\u3000", ",\x85", "é", "中"]


def _clause_exact(text: str, sent_start: int, sent_end: int, fig_start: int, fig_end: int) -> tuple[int, int]:
    """``windows._clause`` as first written: ``CLAUSE_BREAK`` (``regex``) from the left."""
    start = sent_start
    for m in windows.CLAUSE_BREAK.finditer(text, sent_start, fig_start):
        start = m.end()
    m = windows.CLAUSE_BREAK.search(text, fig_end, sent_end)
    return start, (m.start() if m else sent_end)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
       st.lists(st.integers(0, 120), min_size=4, max_size=4))
@example("a, b", [0, 4, 3, 3])
@example("a,\x1cb; c,\u3000d", [0, 20, 8, 9])
@example(",,  ;", [0, 5, 2, 2])
@example("x, 5 y", [0, 6, 2, 4])  # the blank after the comma is where the figure starts
def test_clause_is_the_exact_scan(text, cuts):
    a, b, c, d = sorted(min(x, len(text)) for x in cuts)
    for args in ((a, d, b, c), (a, d, c, c), (0, len(text), a, b)):
        windows.clear_window_cache()
        assert windows._clause(text, *args) == _clause_exact(text, *args), (text, args)
