"""What a figure is about: its claim kind, what it counts, the event, modality and whole.

The engine reads a window of words either side of each figure and asks the rule
tables (:mod:`factx.ruletables`) what the trigger words there mean. It is called once
per sentence that holds figures, and never looks beyond that sentence except to
find what "the number" or "of whom" refers back to.

>>> from factx.records import Figure, Span
>>> text = "Earlier, 242 people were rescued and three bodies were recovered."
>>> figs = [Figure(text="242", span=Span(start=9, end=12), low=242, high=242),
...         Figure(text="three", span=Span(start=37, end=42), low=3, high=3)]
>>> [(m.kind, m.counted, m.event) for m in understand_sentence(text, Span(start=0, end=len(text)), figs)]
[('people', 'person', 'rescued'), ('deaths', 'body', 'died')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import accumulate, compress, repeat
from operator import add, itemgetter, methodcaller
from typing import Optional

import regex

from factx.records import Figure, Record, Span
from factx.ruletables import Counterexample, Example, Rule, RuleSet, TableHeader, example_figures, load_rules

__all__ = ["Meaning", "understand_sentence", "check_example", "check_rules", "WINDOW"]

WINDOW = 12  # words either side of a figure that may hold its trigger
_MAX_NP = 4  # words of the noun phrase after a figure
_BREAK_COST = 6.0  # a clause break between a trigger and its figure
_FIGURE_COST = 8.0  # another figure between a trigger and its figure
_BEFORE_FACTOR, _BEFORE_COST = 1.5, 1.0  # a trigger before the figure counts for a bit less
_NOUN_RULE_SCORE = 0.5  # what is counted decides the kind outright ("three bodies")
_MODIFIER_COST = 2.0  # a trigger inside the noun phrase ("45 attempts") or a bare participle after it
_REFERENT_MAX = 6.0  # a referring figure keeps its own trigger only if it is this close
_CUE_MAX = 10.0  # a modality cue further than this is not the figure's

_FIRST = itemgetter(0)  # of a string, its first character; of a hit, its first word
_DASHES_AS_SPACES = methodcaller("replace", "-", " ")
# A semicolon, or a full stop (! ?) and closing quotes or brackets before white space. That is
# ``;|[.!?]["'”’)]*\s`` in ``regex``; the standard ``re`` finds it quicker from its first character.
# ``re``'s \s is str.isspace, which also holds for \x1c-\x1f: those are left out.
_STRONG_BREAK = re.compile(r"[.!?;](?:(?<=;)|[\"'”’)]*[^\S\x1c-\x1f])")
# Verbs whose subject (or, after a mark, whose inverted subject) says who gives a figure
_SPEECH_VERBS = frozenset("said says say told tell tells added adds stated states explained noted insisted claimed "
                          "warned confirmed estimated estimate estimates".split())
_SPEECH_WORDS = _SPEECH_VERBS | {"according"}
_SPEECH_OPENERS = frozenset(",\"'”’—–")  # a mark before an inverted "said X"
_CONJUNCTIONS = frozenset(("and", "or", "but"))
_AUX = frozenset("is are was were be been being has have had will would am".split())
# A word (letters and digits, with inner ' ’ - . ,) or one other non-space character:
# tokens cover every non-space character, so only white space lies between them.
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-.,]*(?<=[\p{L}\p{N}])|[^\s\p{L}\p{N}]")
_QUOTES = frozenset("'\"‘’“”`")
_NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred hundreds thousand thousands million millions billion billions trillion
    dozen dozens score scores half quarter first second third fourth fifth sixth seventh
    eighth ninth tenth halves thirds quarters fourths fifths sixths sevenths eighths ninths tenths
    bn m k mn tens""".split()
)
_NUMBER_NP = regex.compile(  # a number and up to three words after it, in the text before a sentence
    r"(?<![\p{L}\p{N}])(?:\d[\d,.]*|" + "|".join(sorted(_NUMBER_WORDS - {"m", "k"})) + r")\s+((?:[\p{L}'’\-]+\s+){0,2}[\p{L}'’\-]+)",
    regex.I,
)
_CURRENCIES = {"GBP", "USD", "EUR"}
_OF_THE = r"of\s+(?:the|these|those|some|an?)\s+"
_OF_THE_OPENING = regex.compile(_OF_THE, regex.I)  # "Of the approximately 700 migrants ..., 150 ..."
_OF_THE_BEFORE = regex.compile(r"(?:[,;:(]\s*|\b(?:and|but)\s+)" + _OF_THE + "$", regex.I)
_OF_AFTER = regex.compile(r"\s*of\s+(?:the|these|those|its|their)?\s*", regex.I)
_SPACE_RUN = regex.compile(r"\s*")
_LIST_GAP = regex.compile(r"(?:,|;|\band|\bor|\bbut|\bwhile|\bwhilst|\bwhereas)\s*$", regex.I)  # "27 died, while 11 were rescued"
_COMMA = regex.compile(",")
_LIST_JOIN = regex.compile(r",|\band\b|\bor\b")
_STATEMENT_END = regex.compile(r"[;.]")
_CONVERSION_GAP = regex.compile(r"^\s*(?:[(\[]|,\s*or|\bor)\s*$", regex.I)


class Meaning(Record):
    """What one figure is about. ``part_of`` is the span of the whole it is a part of."""

    kind: str
    counted: Optional[str] = None
    event: Optional[str] = None
    modality: Optional[str] = None
    part_of: Optional[Span] = None


class _Sentence:
    """The tokens, trigger hits and cues of one sentence, found once.

    Everything a figure asks of it is answered from binary searches over token indices and
    the few words near the figure, so the cost per figure does not grow with the sentence.
    A hit (or cue) is ``(first word, end word, start, end, phrase)``: word indices, then characters.
    """

    __slots__ = ("text", "span", "lo", "end", "starts", "strs", "break_at", "word_at", "low", "hits", "cues", "hit_at", "cue_at",
                 "figs", "bounds", "alone", "fig_starts", "fig_spans", "margin", "strong_starts", "strong_ends",
                 "part_limits")

    def __init__(self, text: str, span: Span, figures: Sequence[Figure], rules: RuleSet) -> None:
        self.text, self.span, self.figs = text, span, list(figures)
        self.lo, self.end = lo, hi = span.start, span.end
        self.bounds = bounds = [(f.span.start, f.span.end) for f in self.figs]  # of each figure, read once
        self.starts, self.strs, others = _tokens_and_others(text, lo, hi)
        strs = self.strs
        n = len(strs)
        # A token is a word when its first character is a letter or digit; the others are few,
        # and found in the string of first characters when the tokens do not tell them.
        if others is None:
            others = [m.start() for m in _NOT_ALNUM.finditer("".join(map(_FIRST, strs)))]
        # token index of each word, and of each clause break: the words before token k are
        # bisect_left(word_at, k) of them
        self.word_at = word_at = list(range(n))
        words = strs
        if others:
            words = strs.copy()
            for k in reversed(others):
                del word_at[k], words[k]
        if rules.single_breaks:  # a break is one character that is no word
            breaks = rules.clause_breaks
            self.break_at = [k for k in others if strs[k] in breaks]
        else:
            self.break_at = list(compress(range(n), map(rules.clause_breaks.__contains__, strs)))
        # The words, lower case, ’ as ': lowered together, which is lowering each alone, as no word
        # holds a space and a space ends the context of a final sigma as the end of a word does.
        self.low = low = " ".join(words).lower().replace("’", "'").split(" ") if words else []
        hits, cues = rules.find_phrases(low)
        if cues and hits:  # a cue inside a longer trigger is a word of it: "claimed asylum", "asylum claims"
            cues = _cues_outside(cues, hits)
        if hits:  # "the detention centre", "a rescue ship": a trigger right before a noun it modifies
            heads = rules.compound_heads
            n_low = len(low)
            for h in hits:
                if h[1] < n_low and low[h[1]] in heads:
                    hits = [h for h in hits if h[1] >= n_low or low[h[1]] not in heads]
                    break
        if hits and not _SPEECH_WORDS.isdisjoint(low):  # a phrase that names who speaks is no trigger
            hits = [h for h in hits if not self._speaks(h[0], h[1])]
        self.hits, self.hit_at = self._located(hits)
        self.cues, self.cue_at = self._located(cues)
        self.alone = len(self.figs) == 1  # then no other figure can come between, and none is asked for
        if self.alone:
            self.fig_spans = self.fig_starts = _NONE
        else:
            self.fig_spans = sorted((a, b, k) for k, (a, b) in enumerate(bounds))
            self.fig_starts = list(map(_FIRST, self.fig_spans))
        if (self.hits or self.cues) and _may_break(strs, self.starts, others, lo, hi, bounds):
            self.strong_starts, self.strong_ends = _strong_breaks(text, lo, hi, bounds)
        else:  # nothing to score (no break is asked about), or no break
            self.strong_starts = self.strong_ends = _NONE
        self.margin = rules.longest_phrase + 2  # words either side of a figure's window that a phrase may reach
        self.part_limits: Optional[dict[int, int]] = None  # whole of "N of the M ..." -> where its part's verb starts

    def _speaks(self, i: int, j: int) -> bool:
        """Whether the phrase at words i to j - 1 names who speaks: the subject of a speech verb
        right after it ("survivors said", "survivors told reporters"), or the speaker after a
        mark and a speech verb (", said survivors") or after "according to". Such a phrase is
        a figure's source, not its event."""
        low, word_at = self.low, self.word_at
        if j < len(low) and low[j] in _SPEECH_VERBS:
            return word_at[j] == word_at[j - 1] + 1  # no mark between the phrase and the verb
        if i >= 2:
            before = low[i - 1]
            if before in _SPEECH_VERBS:  # "..., said survivors": a mark right before the verb
                k = word_at[i - 1]
                return word_at[i] == k + 1 and word_at[i - 2] != k - 1 and self.strs[k - 1] in _SPEECH_OPENERS
            return before == "to" and low[i - 2] == "according"
        return False

    def _located(self, found: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, int, int, str]], list[int]]:
        """(i, j, start, end, phrase) of each phrase found at words i to j - 1: where the first
        of them starts and the last ends; and the first words i, ascending, for :meth:`near`."""
        if not found:
            return found, found  # type: ignore[return-value]
        word_at, starts, strs = self.word_at, self.starts, self.strs
        return ([(i, j, starts[word_at[i]], starts[word_at[j - 1]] + len(strs[word_at[j - 1]]), p) for i, j, p in found],
                list(map(_FIRST, found)))

    def breaks_between(self, a: int, b: int) -> int:
        """Clause breaks among tokens a to b - 1."""
        at = self.break_at
        return bisect.bisect_left(at, b) - bisect.bisect_left(at, a) if at else 0

    def tok_at(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def strong_around(self, start: int, core: int) -> tuple[int, float]:
        """Where full stops or semicolons cut a figure (at ``start``, its number ending at
        ``core``) off from hits: (the start of the last one ending at or before ``start``,
        or -1; the end of the first one starting at or after ``core``, or infinity).

        A hit before the figure ending at or before the first is in another statement, and
        so is a hit after it starting at or after the second. Breaks do not overlap, so their
        starts and ends ascend together."""
        if not self.strong_starts:
            return _UNCUT
        k = bisect.bisect_right(self.strong_ends, start)
        before = self.strong_starts[k - 1] if k else -1
        k = bisect.bisect_left(self.strong_starts, core)
        return before, self.strong_ends[k] if k < len(self.strong_ends) else _NEVER

    def figures_between(self, a: int, b: int, own: Figure) -> int:
        """Figures other than ``own`` lying wholly inside [a, b]."""
        if self.alone:  # ``own`` is the one figure
            return 0
        spans, figs = self.fig_spans, self.figs
        n = 0
        for k in range(bisect.bisect_left(self.fig_starts, a), bisect.bisect_right(self.fig_starts, b)):
            _, e, idx = spans[k]
            if e <= b and figs[idx] is not own:
                n += 1
        return n


def _cues_outside(cues: list[tuple[int, int, str]], hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The cues (i, j, phrase: words i to j - 1) that no trigger phrase longer than the cue holds:
    "claimed" is no claim in "claimed asylum", nor "claims" in "asylum claims". Both lists ascend,
    and the phrases of each do not overlap one another."""
    out = []
    k, n = 0, len(hits)
    for cue in cues:
        i, j, _ = cue
        while k < n and hits[k][1] <= i:
            k += 1
        if k < n and hits[k][0] <= i and j <= hits[k][1] and hits[k][1] - hits[k][0] > j - i:
            continue
        out.append(cue)
    return out


_NEVER = float("inf")
_MANY = 1 << 30
_UNCUT = (-1, _NEVER)  # what :meth:`_Sentence.strong_around` says of a sentence without full stops
_NONE: tuple = ()


def _strong_breaks(text: str, lo: int, hi: int, bounds: list[tuple[int, int]]) -> tuple[Sequence[int], Sequence[int]]:
    """Starts and ends of the full stops and semicolons (``_STRONG_BREAK``) in the sentence
    (and in its figures, were they to stick out of it): all a figure and a hit may have between them."""
    for a, b in bounds:
        if a < lo:
            lo = a
        if b > hi:
            hi = b
    # Most sentences have none: one search of the pattern (stdlib ``re`` scans for its first
    # characters) says so. Else the breaks from the first one on: each starts with one of ".!?;",
    # which str.find finds quicker than the pattern's search; the pattern then only has to match there.
    first = _STRONG_BREAK.search(text, lo, hi)
    if first is None:
        return _NONE, _NONE
    lo = first.start()
    find = text.find
    marks: list[int] = []
    for c in _STRONG_MARKS:
        i = find(c, lo, hi)
        while i >= 0:
            marks.append(i)
            i = find(c, i + 1, hi)
    if not marks:
        return _NONE, _NONE
    marks.sort()
    starts: list[int] = []
    ends: list[int] = []
    after = lo  # breaks do not overlap: the next one starts at or after the last one's end
    match = _STRONG_BREAK.match
    for i in marks:
        # After ".!?" the pattern needs a character, and no letter or digit: not so after the
        # full stop that ends most sentences, nor the point of "34.5". ";" always matches.
        if i >= after and (i + 1 < hi and not text[i + 1].isalnum() or text[i] == ";") and (m := match(text, i, hi)):
            starts.append(i)
            ends.append(after := m.end())
    if not starts:  # most sentences: a full stop at the end, or inside a number
        return _NONE, _NONE
    return starts, ends


_STRONG_MARKS = ".!?;"  # the first characters of ``_STRONG_BREAK``
_MARK_TOKENS = frozenset(_STRONG_MARKS)


def _may_break(strs: list[str], starts: list[int], others: list[int], lo: int, hi: int,
               bounds: list[tuple[int, int]]) -> bool:
    """False if the sentence (tokens ``strs`` at ``starts`` of text[lo:hi], ``others`` those that are
    no word) surely holds no ``_STRONG_BREAK``: then the pattern's search is not needed.

    A break starts at a mark that is a token alone: inside a word token only "." may stand, and
    more of the word follows it, never white space. Nor at the last token, if it ends the text
    read and is no ";": no white space follows it (the full stop that ends most sentences)."""
    for a, b in bounds:
        if a < lo or b > hi:  # a figure sticks out: _strong_breaks reads beyond the sentence
            return True
    last = len(strs) - 1
    for k in others:
        if strs[k] in _MARK_TOKENS and (k < last or starts[k] + 1 < hi or strs[k] == ";"):
            return True
    return False


_NOT_REGEX_SPACE = re.compile("[\x1c-\x1f]")  # white space to str.split, not to ``_TOKEN``
_NOT_ALNUM = re.compile(r"[\W_]")  # a character that is not str.isalnum (re's \w is isalnum and "_")
# ``_TOKEN`` on a run of ASCII characters without white space (stdlib ``re`` is quicker on short strings)
_ASCII_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-.,]*(?<=[A-Za-z0-9])|[^A-Za-z0-9]")


def _tokens(text: str, start: int, end: int) -> tuple[list[int], list[str]]:
    """The tokens of ``text[start:end]``: their starts and strings, as two lists.

    Tokens hold no white space and cover every other character, so the tokens of a run
    of non-space characters follow one another. A run of ASCII letters and digits (most
    words) is one token; only the other runs are cut. Where single spaces part the runs
    (most text), where each starts is arithmetic."""
    return _tokens_and_others(text, start, end)[:2]  # type: ignore[return-value]


def _tokens_and_others(text: str, start: int, end: int) -> tuple[list[int], list[str], Optional[list[int]]]:
    """:func:`_tokens`, and the indices of the tokens whose first character is not a letter or
    digit (``str.isalnum``), ascending, when they come for free (else None)."""
    part = text[start:end]
    strs = part.split()
    n = len(strs)
    # where each run would start, were single spaces between them, and where text would end then
    starts = list(accumulate(map(add, map(len, strs), repeat(1)), initial=start))
    if starts.pop() == end + 1 and part.count(" ") == n - 1:
        pass  # n - 1 white space characters, all spaces: one between runs, none around them
    elif not part.isprintable() and _NOT_REGEX_SPACE.search(part):
        return (*_tokens_by_pattern(text, start, end), None)
    else:
        starts = _run_starts(text, part, start, strs)
    if part.isascii():
        odd = [k for k, run in enumerate(strs) if not run.isalnum()]
    else:
        odd = [k for k, run in enumerate(strs) if not (run.isalnum() and run.isascii())]
    if len(odd) > _FEW_CUTS:
        return (*_cut_runs(strs, starts, odd), None)
    # Cut in place, from the start: each cut moves the runs after it by ``shift`` tokens. The other
    # runs are words that begin with a letter or digit.
    others: list[int] = []
    shift = 0
    for k in odd:
        k += shift
        run = strs[k]
        head = run[:-1]
        if head.isalnum() and run.isascii():  # "Calais," "2016." (an odd ASCII run: its last is no letter or digit)
            strs[k:k + 1] = head, run[-1]  # what ``_cut`` says
            starts.insert(k + 1, starts[k] + len(head))
            others.append(k + 1)
            shift += 1
            continue
        if not head:  # one character is one token
            if not run.isalnum():
                others.append(k)
            continue
        last = run[-1]
        if last.isalnum():
            if run[0].isalnum() and run.isascii() and run.translate(_NO_INNER).isalnum():
                continue  # "1,000": ``_ASCII_TOKEN`` takes the whole run
        toks = _cut(run)
        if len(toks) > 1:
            if len(toks) == 2:  # "Calais,"
                strs[k:k + 1] = toks
                starts.insert(k + 1, starts[k] + len(toks[0]))
            else:
                strs[k:k + 1] = toks
                starts[k:k + 1] = accumulate(map(len, toks[:-1]), initial=starts[k])
            others += [k + j for j, tok in enumerate(toks) if not tok[0].isalnum()]
            shift += len(toks) - 1
        elif not run[0].isalnum():  # the run stays one token
            others.append(k)
    return starts, strs, others


_NO_INNER = str.maketrans("", "", "'-.,")  # deletes what may stand inside an ASCII word token
_FEW_CUTS = 16  # runs cut in place (each cut moves the tokens after it); more are cut in one pass


def _cut_runs(runs: list[str], run_starts: list[int], odd: list[int]) -> tuple[list[int], list[str]]:
    """The tokens of runs (starting at ``run_starts``) of which those at ``odd`` may be more than one."""
    starts: list[int] = []
    strs: list[str] = []
    done = 0
    for k in odd:
        toks = _cut(runs[k])
        if len(toks) > 1:
            starts += run_starts[done:k]
            starts += accumulate(map(len, toks[:-1]), initial=run_starts[k])
            strs += runs[done:k]
            strs += toks
            done = k + 1
    starts += run_starts[done:]
    strs += runs[done:]
    return starts, strs


def _cut(run: str) -> list[str]:
    """``_TOKEN.findall(run)`` for a run of non-space characters, quicker for ASCII ones, and
    for those whose other characters are common marks (see ``_MARKS_AS_ASCII``)."""
    if not run.isascii():
        plain = run.translate(_MARKS_AS_ASCII)
        if not plain.isascii():
            return _TOKEN.findall(run)
        toks = _cut(plain)  # the same cuts: take them from ``run``
        if len(toks) == 1:
            return [run]
        out = []
        at = 0
        for tok in toks:
            out.append(run[at:at + len(tok)])
            at += len(tok)
        return out
    if run[:-1].isalnum() and not run[-1].isalnum():  # "Calais," "2016."
        return [run[:-1], run[-1]]
    # A mark stands alone; a word runs from a letter or digit over letters, digits and inner marks
    # to its last letter or digit.
    if not run[0].isalnum():
        if run[1:].isalnum():  # "£22" "@name"
            return [run[0], run[1:]]
        if len(run) > 2 and run[1:-1].isalnum() and not run[-1].isalnum():  # "“Jungle”"
            return [run[0], run[1:-1], run[-1]]
    elif not run[-1].isalnum() and run[-2].isalnum() and run[:-1].translate(_NO_INNER).isalnum():  # "1,500."
        return [run[:-1], run[-1]]
    return _ASCII_TOKEN.findall(run)


# Marks that are no letter or digit, written as ASCII characters that ``_ASCII_TOKEN`` treats
# as ``_TOKEN`` treats them: ’ may stand inside a word as ' does; the others stand alone, as "#".
_MARKS_AS_ASCII = str.maketrans({"’": "'", "‘": "#", "“": "#", "”": "#", "—": "#", "–": "#", "£": "#", "€": "#",
                                 "…": "#"})


def _run_starts(text: str, part: str, start: int, runs: list[str]) -> list[int]:
    """Where each run of non-space characters of ``part`` (``text`` from ``start``) starts.

    When single spaces part the runs (any white space may lead and trail), that is
    arithmetic; otherwise each run is where ``str.find`` first sees it after the one before."""
    if " ".join(runs) == part.strip():
        lead = len(part) - len(part.lstrip())
        return list(map(add, accumulate(map(len, runs), initial=start + lead), range(len(runs))))
    find = text.find
    at = start
    starts: list[int] = []
    for run in runs:
        at = find(run, at)
        starts.append(at)
        at += len(run)
    return starts


def _tokens_by_pattern(text: str, start: int, end: int) -> tuple[list[int], list[str]]:
    """:func:`_tokens` for text that ``str.split`` would cut where ``_TOKEN`` does not.

    ``findall`` makes no match objects; as only white space lies between tokens, each
    one starts where ``str.find`` first sees it after the one before."""
    strs = _TOKEN.findall(text, start, end)
    starts: list[int] = []
    find = text.find
    at = start
    for tok in strs:
        at = find(tok, at)
        starts.append(at)
        at += len(tok)
    return starts, strs


class _Focus:
    """One figure as its scores see it, with the token positions they ask about, found once.

    ``core`` is where its last number word ends; ``head_end`` where the noun it counts
    ends (-1 until known, or if none). ``k``, ``k_core`` and ``k_head`` are the first tokens
    at or after its start, ``core`` and ``head_end``; ``w``, ``w_core`` and ``w_head`` are the
    words before those tokens.

    Hits near enough for a distance score start at words [``near_lo``, ``near_hi``): one
    before the figure ends at most ``WINDOW`` words before it; one after starts at most
    ``WINDOW`` words (plus the noun phrase) after its core. Phrases are short, so a margin
    of words either side is enough; the exact test is :func:`_reach`'s. A hit before
    it ending at or before ``strong_before``, or one after it starting at or after
    ``strong_after``, is in another statement (:meth:`_Sentence.strong_around`).
    """

    __slots__ = ("fig", "start", "core", "head_end", "k", "w", "k_core", "k_head", "w_core", "w_head", "near_lo", "near_hi",
                 "strong_before", "strong_after", "after_from", "after_to")

    def __init__(self, s: _Sentence, fig: Figure, start: int, end: int) -> None:
        self.fig, self.start = fig, start
        self.k = k = bisect.bisect_left(s.starts, start)
        self.w = w = bisect.bisect_left(s.word_at, k)
        core, k_core = _core_end(s, end, k)  # k_core: bisect_left(s.starts, core, k)
        self.core = core
        self.k_core = self.k_head = k_core
        self.w_core = self.w_head = w_core = bisect.bisect_left(s.word_at, k_core, w)
        self.head_end = -1
        self.near_lo = w - (WINDOW + s.margin)
        self.near_hi = w_core + WINDOW + _MAX_NP + s.margin
        self.strong_before, self.strong_after = s.strong_around(start, core) if s.strong_starts else _UNCUT
        self.after_from, self.after_to = 0, _MANY  # the words where a trigger after the figure may start

    def set_head_end(self, s: _Sentence, head_end: int) -> None:
        self.head_end = head_end
        if head_end > self.core:
            self.k_head = k_head = s.tok_at(head_end)
            self.w_head = bisect.bisect_left(s.word_at, k_head)


def _core_end(s: _Sentence, end: int, k: int) -> tuple[int, int]:
    """End of the last number word inside a figure ending at ``end`` ("first recorded death" ->
    after "first"), and the first token at or after it (tokens do not overlap: the one after
    that word, or the first at or after ``end``); ``k`` is the figure's first token."""
    strs = s.strs
    k_end = bisect.bisect_left(s.starts, end, k)
    for t in range(k_end - 1, k - 1, -1):
        w = strs[t]
        if w[0].isdigit() or w.lower() in _NUMBER_WORDS:
            return s.starts[t] + len(w), t + 1
    return end, k_end


def _noun_phrase(s: _Sentence, pos: int, rules: RuleSet, limit: int) -> Optional[str]:
    """The counted noun of the phrase starting at ``pos``: singular lemma, or None."""
    return _noun_phrase_at(s, pos, rules, limit)[0]


def _noun_phrase_at(s: _Sentence, pos: int, rules: RuleSet, limit: int, k: int = -1) -> tuple[Optional[str], int]:
    """The counted noun of the phrase starting at ``pos``, and where that noun ends.
    ``k``: the first token at or after ``pos`` (``s.tok_at(pos)``), when known."""
    words: list[str] = []
    ends: list[int] = []
    strs, starts, stop = s.strs, s.starts, rules.stop
    if k < 0:
        k = s.tok_at(pos)
    n_tokens = len(strs)
    while k < n_tokens and len(words) < _MAX_NP:
        start, w = starts[k], strs[k]
        if start >= limit:
            break
        k += 1
        if w in _QUOTES or w == "-":
            continue
        if not w[0].isalpha() or w.lower() in stop:
            break
        if words and w.endswith(_VERB_ENDS) and len(w) > 4 and w.islower() and _ends_noun(words, rules):
            break  # "asylum seekers lodged claims", "people crossing illegally": a verb after the counted noun
        words.append(w)
        ends.append(start + len(w))
    if not words:
        return None, pos
    if len(words) == 1:
        lemmas = [rules.lemma(words[0].replace("-", " "))]
        if lemmas[0] in rules.noun_classes:  # "700 migrants were ...": what _head_of says
            return lemmas[0], ends[0]
    else:
        lemmas = list(map(rules.lemma, map(_DASHES_AS_SPACES, words)))
    head = _head_of(words, lemmas, rules)
    if head is None:
        return None, pos
    n = len(head.split())
    if n == 1 and head in lemmas:  # the lemma of each word is known
        return head, ends[lemmas.index(head)]
    for i in range(len(words)):
        if rules.lemma(" ".join(words[max(0, i - n + 1):i + 1]).replace("-", " ")) == head:
            return head, ends[i]
    return head, ends[-1]


_VERB_ENDS = ("ed", "ing")
_IRREGULAR_PLURALS = frozenset({"people", "children", "men", "women", "police"})


def _ends_noun(words: list[str], rules: RuleSet) -> bool:
    """Whether the last word of ``words``, or the last two, is a counted noun ("migrants",
    "asylum seekers"), or a plural noun the lexicon does not know ("miners trapped ...")."""
    last = words[-1]
    if rules.lemma(last.replace("-", " ")) in rules.noun_classes:
        return True
    if last in _IRREGULAR_PLURALS or (len(last) > 3 and last.isalpha() and last.islower() and (
            (last.endswith("s") and not last.endswith("ss")) or (len(last) > 4 and last.endswith("men")))):
        return True
    return len(words) > 1 and rules.lemma(f"{words[-2]} {words[-1]}".replace("-", " ")) in rules.multiword


def _head(words: list[str], rules: RuleSet) -> Optional[str]:
    if not words:
        return None
    return _head_of(words, list(map(rules.lemma, map(_DASHES_AS_SPACES, words))), rules)


def _head_of(words: list[str], lemmas: list[str], rules: RuleSet) -> Optional[str]:
    """:func:`_head` of words (not none) whose lemmas are known."""
    best, at = None, 0
    for i in range(len(words)):
        pair = rules.lemma(f"{words[i - 1]} {words[i]}") if i else None
        if pair is not None and pair in rules.multiword:
            best, at = pair, i
        elif lemmas[i] in rules.noun_classes:
            best, at = lemmas[i], i
    if best:
        last = len(words) - 1
        if at < last and words[at].lower() == best and lemmas[last] != words[last] and words[last].isalpha() \
                and words[last].islower() and not _verbish(words[last]) and lemmas[last] not in rules.not_heads \
                and not rules.rules_for(words[last]):
            return lemmas[last]  # a known word as a modifier of a plural noun: "Afghan interpreters"
        return best
    while words and (_verbish(words[-1]) or words[-1].lower() in rules.not_heads or lemmas[-1] in rules.not_heads):
        words, lemmas = words[:-1], lemmas[:-1]
    if not words or not words[-1].isalpha() or rules.rules_for(words[-1]):
        return None  # a trigger is the event, and what comes before it its modifiers: "voluntary returns"
    return lemmas[-1]


def _verbish(w: str) -> bool:
    lw = w.lower()
    return len(lw) > 4 and (lw.endswith("ed") or lw.endswith("ing"))


def _dim_class(fig: Figure) -> str:
    unit, dimension = fig.unit, fig.dimension
    if unit in _CURRENCIES or dimension == "money":
        return "money"
    if unit in ("percent", "percentage point") or dimension == "percent":
        return "percent"
    if dimension:
        return "physical"
    return "count"


def _reach(s: _Sentence, f: _Focus, i: int, j: int, start: int, end: int) -> Optional[tuple[bool, int, int, float]]:
    """Where a hit (words i to j - 1, characters [start, end)) stands from the figure: (before it?,
    words between them, the token those words are counted from, the score of that distance
    alone: the least the hit can get); None if it is on neither side or more than ``WINDOW`` away.

    Words after the figure are counted from the end of its noun phrase when the hit lies
    beyond it, else from its core."""
    if end <= f.start:
        words = f.w - j
        if words > WINDOW:
            return None
        return True, words, s.word_at[j - 1] + 1, _BEFORE_FACTOR * (words + 1) + _BEFORE_COST
    if start >= f.core:
        if start >= f.head_end > f.core:
            k_from, words = f.k_head, i - f.w_head
        else:
            k_from, words = f.k_core, i - f.w_core
        if words > WINDOW:
            return None
        return False, words, k_from, float(words + 1)
    return None


def _score(s: _Sentence, f: _Focus, i: int, j: int, start: int, end: int, before: bool, words: int, k_from: int,
           base: float) -> Optional[tuple[float, int]]:
    """Distance score of a hit (words i to j - 1 at [start, end), the rest from :func:`_reach`)
    and the other figures between it and the figure; None if a full stop parts them.

    After the figure, a trigger inside its noun phrase ("45 attempts were thwarted") or a
    bare participle after it ("evicted 400 migrants living in tents") counts for less.
    """
    at = s.break_at  # breaks_between, and the conjunctions and auxiliaries among the words, written out
    if before:
        if end <= f.strong_before:
            return None
        # "Dozens are missing after a boat carrying 40 migrants capsized": a subordinate clause
        # starts between them, and the figure is in it. Not so for the value of a change ("the
        # toll after the quake rose to 300", "stood at 41"): the subject before it is the figure's.
        if words and not _SUBORDINATORS.isdisjoint(s.low[j:f.w]) and s.low[f.w - 1] not in _VALUE_OF:
            return None
        brk = bisect.bisect_left(at, f.k) - bisect.bisect_left(at, k_from) if at else 0
        others = 0 if s.alone else s.figures_between(end, f.start, f.fig)
    else:
        if start >= f.strong_after:
            return None
        k_hit = s.word_at[i]
        brk = bisect.bisect_left(at, k_hit) - bisect.bisect_left(at, k_from) if at else 0
        # "arrested 14 people and rescued 30": a new predicate (at most WINDOW words to look at)
        low = s.low
        brk += not _CONJUNCTIONS.isdisjoint(low[i - words:i])
        others = 0 if s.alone else s.figures_between(f.core, start, f.fig)
        # the hit's text up to its first space, lower case (a one-word hit is its word): an -ing form?
        if start < f.head_end or ((low[i] if j == i + 1 else s.text[start:end].split()[0].lower()).endswith("ing")
                                  and _AUX.isdisjoint(low[f.w_core:i])):
            base += _MODIFIER_COST
    return base + _BREAK_COST * brk + _FIGURE_COST * others, others


def _best_rule(
    s: _Sentence, f: _Focus, dim: str, counted: Optional[str], rules: RuleSet, noun_rules: bool = True
) -> tuple[Optional[float], Optional[Rule], Optional[TableHeader]]:
    """The rule with the lowest score (the first of equals) among the noun rules of what
    is counted and the rules of the triggers within reach: (score, rule, its table).

    A hit with no rule for this figure on its side is not scored, nor one whose distance
    alone, less the largest weight of those rules, cannot beat the best so far."""
    best_score, best_rule, best_header = _NEVER, None, None
    if counted and noun_rules:
        for rule, header in rules._by_noun.get(counted, ()):  # rules.noun_rules
            if header.applies_to in (dim, "any") and _NOUN_RULE_SCORE - rule.weight < best_score:
                best_score, best_rule, best_header = _NOUN_RULE_SCORE - rule.weight, rule, header
    before, after = rules.applicable(dim)
    f_start, f_core, f_w, head_end = f.start, f.core, f.w, f.head_end
    after_from, after_to = f.after_from, f.after_to
    word_at = s.word_at
    # A phrasal verb split by the figure and its noun: "took 234 migrants aboard"
    split_at, split_end = -1, -1
    if head_end > f_core and f_w and word_at[f_w - 1] == f.k - 1:
        got_split = _split_phrase(s, f, before)
        if got_split is not None:
            split_at, split_end, fit = got_split
            base = 1.0  # as a trigger right after the noun (the particle's place)
            for weight, nouns, rule, header in fit[1]:
                if nouns is not None and counted not in nouns:
                    continue
                if base - weight < best_score:
                    best_score, best_rule, best_header = base - weight, rule, header
    hits = s.hits
    if not hits:
        return (None, None, None) if best_rule is None else (best_score, best_rule, best_header)
    at = s.hit_at  # the hits whose first word is in [f.near_lo, f.near_hi)
    lo, hi = bisect.bisect_left(at, f.near_lo), bisect.bisect_left(at, f.near_hi)
    if lo == hi:
        return (None, None, None) if best_rule is None else (best_score, best_rule, best_header)
    for k in range(lo, hi):
        i, j, start, end, phrase = hits[k]
        if i == split_at and j <= split_end:  # the particle of the split phrase: no trigger alone
            continue
        # _reach, written out: the side, the words between, and the least score the hit can get
        if end <= f_start:
            words = f_w - j
            if words > WINDOW:
                continue
            fit = before.get(phrase)
            if fit is None or fit[2] is not None and counted not in fit[2]:
                continue
            least = _BEFORE_FACTOR * (words + 1) + _BEFORE_COST
            if least - fit[0] >= best_score:
                continue
            got = _score(s, f, i, j, start, end, True, words, word_at[j - 1] + 1, least)
        elif start >= f_core:
            if start >= head_end > f_core:
                k_from, words = f.k_head, i - f.w_head
            else:
                k_from, words = f.k_core, i - f.w_core
            if words > WINDOW or not after_from <= i < after_to:
                continue
            fit = after.get(phrase)
            if fit is None or fit[2] is not None and counted not in fit[2]:
                continue
            least = float(words + 1)
            if least - fit[0] >= best_score:
                continue
            got = _score(s, f, i, j, start, end, False, words, k_from, least)
        else:
            continue
        if got is None:
            continue
        base = got[0]
        for weight, nouns, rule, header in fit[1]:
            if nouns is not None and counted not in nouns:
                continue
            if base - weight < best_score:
                best_score, best_rule, best_header = base - weight, rule, header
    if best_rule is None:
        return None, None, None
    return best_score, best_rule, best_header


_SPLITS: dict[int, tuple[dict, dict[str, list[tuple[list[str], str]]]]] = {}


def _splits(before: dict) -> dict[str, list[tuple[list[str], str]]]:
    """Of the phrases of several words in ``before`` (the triggers that may stand before a figure):
    first word -> (the other words, the phrase), longest first. Found once per table."""
    got = _SPLITS.get(id(before))
    if got is None or got[0] is not before:
        out: dict[str, list[tuple[list[str], str]]] = {}
        for phrase in before:
            words = phrase.split()
            if len(words) > 1:
                out.setdefault(words[0], []).append((words[1:], phrase))
        for entries in out.values():
            entries.sort(key=lambda e: -len(e[0]))
        got = _SPLITS[id(before)] = (before, out)
    return got[1]


def _split_phrase(s: _Sentence, f: _Focus, before: dict) -> Optional[tuple[int, int, tuple]]:
    """A trigger phrase split by the figure and its noun: its first word right before the figure,
    the rest right after the noun ("took 234 migrants aboard", "brought 250 people ashore"): (the
    words where the rest starts and ends, what ``before`` says of the phrase), or None."""
    entries = _splits(before).get(s.low[f.w - 1])
    if not entries:
        return None
    w, low = f.w_head, s.low
    if w >= len(low) or s.word_at[w] != f.k_head:  # a mark after the noun
        return None
    for rest, phrase in entries:
        if low[w:w + len(rest)] == rest:
            return w, w + len(rest), before[phrase]
    return None


_COORDINATORS = frozenset(("and", "but", "or"))
_DEAD_CLASSES = frozenset(("death",))  # noun classes that count the dead: "bodies", "deaths"
# Words that open a subordinate clause: a trigger before one is not of a figure after it
_SUBORDINATORS = frozenset(("after", "when", "while", "whilst", "because", "before", "until", "although", "though", "whereas"))
_VALUE_OF = frozenset(("to", "at"))  # the word before the value of a change: "rose to 300", "stood at 41"


def _modality(s: _Sentence, f: _Focus, rules: RuleSet) -> Optional[str]:
    """The modality of a cue inside the figure ("an estimated 9,000"), else of the cue with
    the lowest distance score (the last of equals, at most ``_CUE_MAX``) that has no other
    figure between it and this one; cues among the nouns after the figure do not count."""
    cues = s.cues
    if not cues:
        return None
    best, found = _CUE_MAX, None
    at = s.cue_at  # the cues whose first word is in [f.near_lo, f.near_hi)
    for i, j, start, end, cue in cues[bisect.bisect_left(at, f.near_lo):bisect.bisect_left(at, f.near_hi)]:
        modality = rules._cues[cue]
        if f.core <= start < f.head_end:  # a noun of the phrase: "3,000 asylum claims"
            continue
        if f.start <= start and end <= f.core:  # "an estimated 9,000"
            return modality
        if start >= f.head_end and i and s.low[i - 1] in _COORDINATORS and any(b[0] >= end for b in s.bounds):
            continue  # "paid £54 million and pledged a further £62 million": the next figure's verb
        reach = _reach(s, f, i, j, start, end)
        if reach is None or reach[3] > best:  # cannot beat the best
            continue
        got = _score(s, f, i, j, start, end, *reach)
        if got is None or got[1]:
            continue
        if got[0] <= best:
            best, found = got[0], modality
    return found


def _phrase_before(text: str, start: int, end: int, phrases: Sequence[str]) -> Optional[tuple[int, str]]:
    """(offset from ``start``, phrase) of the last of ``phrases`` in text[start:end], if any."""
    last = None
    low = text[start:end].lower()
    for p in phrases:
        i = low.rfind(p)
        if i >= 0 and (last is None or i > last[0]) and (i == 0 or not low[i - 1].isalnum()):
            last = (i, p)
    return last


_NUMBER_OF_WINDOW = 2 * WINDOW  # words before a figure that "the number of" may open its subject at
_WINDOW_CHARS = 300  # and never more characters than this, whatever the words are


def _window_start(s: _Sentence, f: _Focus, words: int = WINDOW) -> int:
    """Start of the ``words``-th word token before the figure (or of the first token),
    and at most ``_WINDOW_CHARS`` before it (a run of bare numbers has no words)."""
    if not s.strs:
        return f.start
    target = f.w - words
    start = s.starts[s.word_at[target]] if target >= 0 else s.starts[0]
    return max(start, f.start - _WINDOW_CHARS)


def _counted_before_sentence(text: str, sentence: Span, rules: RuleSet) -> Optional[str]:
    """What the last figure of the text just before this sentence counted (a bounded look back)."""
    lo = max(0, sentence.start - 300)
    chunk = text[lo:sentence.start]
    found = None
    for m in _NUMBER_NP.finditer(chunk):
        head = _head(m.group(1).split(), rules)
        if head in rules.noun_classes:
            found = head
    return found


_OF_CASES = ("of", "Of", "oF", "OF")  # all that ``regex.I`` matches to "of"


def _of_the_before(text: str, sentence_start: int, pos: int) -> bool:
    """"Of the" opening the sentence before ``pos``, or ", of the" just before it: a whole."""
    lo = max(sentence_start, pos - 24)
    opening = text.startswith(_OF_CASES, sentence_start)
    if not opening and "of" not in text[lo:pos].lower():
        return False  # both need an "of": no pattern to try
    # Both patterns end with a determiner and white space: what is left of text[lo:pos] without
    # its white space at the end (str.isspace, more than the patterns') ends with the determiner's
    # last letter, which ``regex.I`` matches only with itself in either case. If nothing is left,
    # ", of the" is not in text[lo:pos], and the opening's determiner may lie before ``lo``.
    tail = text[lo:pos].rstrip()
    if not tail:
        return opening and _OF_THE_OPENING.fullmatch(text, sentence_start, pos) is not None
    if tail[-1] not in _DET_ENDS:
        return False
    return bool(opening and _OF_THE_OPENING.fullmatch(text, sentence_start, pos) or _OF_THE_BEFORE.search(text, lo, pos))


_DET_ENDS = "eanEAN"  # the last letters of the, these, those, some, a, an (in ``_OF_THE``)


def _parts(s: _Sentence, rules: RuleSet) -> dict[int, int]:
    """part index -> whole index, for "Of the N X, A ..., B ... and C ..." and "N X, including A and B"."""
    bounds, text = s.bounds, s.text
    n = len(bounds)
    out: dict[int, int] = {}
    wholes: list[tuple[int, int]] = []  # (the comma after a whole "of the N X", its index)
    commas: Optional[list[int]] = None
    lo = s.lo
    for i, (start, end) in enumerate(bounds):
        if _of_the_before(text, lo, start):
            if commas is None:
                commas = []  # _COMMA.finditer(text, lo, s.end), by str.find
                c = text.find(",", lo, s.end)
                while c >= 0:
                    commas.append(c)
                    c = text.find(",", c + 1, s.end)
            k = bisect.bisect_left(commas, end)
            if k < len(commas):
                wholes.append((commas[k], i))
    if wholes:
        if s.fig_starts == [b[0] for b in bounds]:  # text order: one sweep
            wholes.sort()
            k, last = 0, -1
            for j, (start, _) in enumerate(bounds):
                while k < len(wholes) and wholes[k][0] < start:
                    last = max(last, wholes[k][1])
                    k += 1
                if last >= 0:
                    out[j] = last
        else:
            for comma, i in sorted(wholes, key=lambda w: w[1]):
                for j in range(i + 1, n):
                    if bounds[j][0] > comma:
                        out[j] = i
    for i in range(n - 1):
        if i in out:
            continue
        gap = text[bounds[i][1]:bounds[i + 1][0]].lower()
        needles = rules.part_whole_needles  # a match holds one of them (see RuleSet)
        if needles is not None and not any(map(gap.__contains__, needles)) or not rules.part_whole_re.search(gap):
            continue
        if len(gap.split()) > WINDOW or _STRONG_BREAK.search(gap):
            continue
        out[i + 1] = i
        prev_end = bounds[i + 1][1]
        for j in range(i + 2, n):
            g = text[prev_end:bounds[j][0]]
            if len(g.split()) > 8 or not _LIST_JOIN.search(g) or _STATEMENT_END.search(g):
                break
            out[j] = i
            prev_end = bounds[j][1]
    return out


def understand_sentence(
    text: str, sentence: Span, figures: list[Figure], rules: Optional[RuleSet] = None
) -> list["Meaning"]:
    """One :class:`Meaning` per figure of ``sentence`` (in ``text``), in the same order.

    ``figures`` are the claim figures the reader found in this sentence; ``rules``
    defaults to the built-in tables (:func:`factx.ruletables.load_rules`).
    """
    if not figures:
        return []
    rules = rules or load_rules()
    s = _Sentence(text, sentence, figures, rules)
    parts = _parts(s, rules) if len(figures) > 1 else {}  # one figure is no whole and no part
    out: list[Meaning] = []
    for i, fig in enumerate(figures):
        out.append(_understand(s, i, fig, out, parts, rules))
    return out


def _understand(s: _Sentence, i: int, fig: Figure, done: list[Meaning], parts: dict[int, int], rules: RuleSet) -> Meaning:
    text = s.text
    dim = _dim_class(fig)
    bounds = s.bounds
    start = bounds[i][0]
    f = _Focus(s, fig, start, bounds[i][1])
    core = f.core
    nxt = bounds[i + 1][0] if i + 1 < len(bounds) else s.end
    whole = parts.get(i)
    part_of = s.figs[whole].span if whole is not None else None
    if s.part_limits is not None and i in s.part_limits:  # the whole of "N of the M ...": see below
        f.after_to = s.part_limits[i]

    # An equivalent in another currency: "£22 million (US$34.5 million)" means the same.
    if i and dim == "money" and _dim_class(s.figs[i - 1]) == "money" and _CONVERSION_GAP.match(
        text[bounds[i - 1][1]:start]
    ):
        return done[i - 1]

    # What is counted.
    counted = None
    borrowed = False  # what is counted is another figure's noun: "another 17", "30 others"
    if dim in ("count", "percent"):
        counted, head_end = _noun_phrase_at(s, core, rules, nxt, f.k_core)  # s.tok_at(core) is f.k_core
        f.set_head_end(s, head_end)
        if counted is None and _elided_after(text, core, nxt, rules):
            prev = _previous(done)
            counted = prev.counted if prev else _counted_before_sentence(text, s.span, rules)
            borrowed = True
        if counted is None and i and _more_before(text, start, core) and (prev := _previous(done)) is not None:
            counted, borrowed = prev.counted, True  # "30 migrants were rescued and another 10 are missing"
        # a percent's "of" follows its sign or word: "40% of the migrants", "14 percent of claims"
        of_at = max(core, fig.span.end) if dim == "percent" else core
        if counted is None and (m := _of_after(text, of_at, s.end)):
            if i + 1 < len(bounds) and m.end() == nxt:  # "8 of the 120 migrants": a part of the next figure
                whole_core = _core_end(s, bounds[i + 1][1], s.tok_at(nxt))[0]
                counted, whole_head = _noun_phrase_at(s, whole_core, rules, s.end)
                if dim != "percent":  # "60% of the 50 migrants" is a share, not a part to add up
                    part_of = s.figs[i + 1].span
                    _part_and_whole(s, f, i, max(whole_head, whole_core), dim, rules)
            else:
                counted = _noun_phrase(s, m.end(), rules, nxt)
        if counted is None and whole is not None:
            counted, borrowed = done[whole].counted, True
        if counted is None and i and _list_gap(text[bounds[i - 1][1]:start]):
            counted, borrowed = done[i - 1].counted, True  # "15 people were injured and 3 killed"
    elif dim == "money" and i + 1 < len(bounds) and _dim_class(s.figs[i + 1]) == "money" and (
            m := _of_after(text, core, s.end)) and m.end() == nxt:
        # "Only $300 million of the $1.5 billion pledged has been delivered"
        part_of = s.figs[i + 1].span
        _part_and_whole(s, f, i, bounds[i + 1][1], dim, rules)
    # "the number of migrants ... surpassed 100,000" (looked for only when nothing else says what is counted)
    number_of, lo = None, -1
    if counted is None and dim == "count":
        lo = _window_start(s, f)
        number_of = _phrase_before(text, lo, start, rules.lexicon.number_of)
        if not number_of and f.w > WINDOW:
            # "The number of people crossing the Channel in small boats has risen to 28,526": the
            # phrase may open a long subject, if no other figure lies between it and this one
            far = _window_start(s, f, _NUMBER_OF_WINDOW)
            number_of = _phrase_before(text, far, start, rules.lexicon.number_of)
            if number_of and _counts_between(s, far + number_of[0], start, fig):
                number_of = None
            if number_of:
                number_of = (number_of[0] + far - lo, number_of[1])  # from ``lo``, as a near one
        if number_of:
            at = lo + number_of[0] + len(number_of[1])
            counted = _noun_phrase(s, at, rules, _participle_after(s, at, start))
        elif f.w >= 2 and (s.low[f.w - 1] in _VALUE_OF or s.low[f.w - 1] in _CHANGE_VERBS):
            counted = _subject_of_change(s, f, rules)  # "Asylum applications rose by 18% to 81,130"

    # "None of the 300 migrants in the camp were arrested": a whole whose part is no figure
    if text.endswith(_OF_THE_ENDS, start - 10 if start - 10 > s.lo else s.lo, start) and \
            f.after_to == _MANY and _QUANTIFIER_OF.search(text, max(s.lo, start - 30), start):
        pred, _ = _predicate_word(s, max(f.head_end, core), dim, rules)
        if pred is not None:
            f.after_to = pred

    # The event, and the kind it gives.
    hit_at = s.hit_at
    if len(hit_at) > 1 and f.head_end > core and f.after_from == 0 and f.after_to == _MANY and \
            len(hit_at) - bisect.bisect_left(hit_at, f.w_head) > 1:
        _main_verb(s, f, dim, rules)  # "Some 300 migrants living in tents were evicted"
    score, rule, header = _best_rule(s, f, dim, counted, rules)
    if borrowed and counted and rules.noun_classes.get(counted) in _DEAD_CLASSES:
        # "Twelve bodies were recovered and 30 others remain missing": the dead are people; what
        # happened to the others, said by a verb, is not the bodies' noun rule (their death)
        if rule is not None and not rule.triggers:
            verb = _best_rule(s, f, dim, counted, rules, noun_rules=False)
            if verb[1] is not None:
                score, rule, header = verb
        if header is not None and header.kind != rules.class_kinds.get(rules.noun_classes[counted]):
            counted = rule.counted or "person"  # a verb of another kind: the people the dead were
    if counted is None and rule is not None and rule.counted and dim == "count":
        counted = rule.counted
    kind = None if dim == "count" else fig.dimension if dim == "physical" else dim  # the kind its unit gives
    event = rule.event if rule else None
    if kind is None:
        noun_class = rules.noun_classes.get(counted) if counted else None  # rules.noun_class
        if header is None:  # no rule read it: the class of what it counts may give the kind, unless
            # it is a share ("one in five children", low 0.2), not a number of them
            a_number = fig.low is None or fig.low >= 1 or fig.low == 0
            kind = rules.class_kinds.get(noun_class, "count") if noun_class and a_number else "count"
        else:
            kind = header.kind
            if header.counted_classes and noun_class and noun_class not in header.counted_classes:
                kind = "count"

    # "the number is probably closer to 1,500": the figure restates one given before.
    if dim == "count" and counted is None and not number_of:  # so counted was None above: ``lo`` is known
        if _phrase_before(text, lo, core, rules.lexicon.referents):
            prev = _previous(done)
            if prev is not None:
                counted = prev.counted
                if score is None or score > _REFERENT_MAX:
                    kind, event = prev.kind, prev.event
                elif counted and rules.noun_classes.get(counted) in _DEAD_CLASSES and header is not None \
                        and header.kind != rules.class_kinds.get(rules.noun_classes[counted]):
                    counted = rule.counted or "person"  # "ten bodies were found and another 20 were rescued"
            else:
                counted = _counted_before_sentence(text, s.span, rules)
    if event is None and whole is not None:
        kind, event = done[whole].kind, done[whole].event

    modality = rule.modality if rule and rule.modality else _modality(s, f, rules)
    if modality is None and event is not None:
        modality = "reported"
    return _meaning(kind, counted, event, modality, part_of)


# Verbs that say where a number went or stands, and the words after them that lead to the figure
_CHANGE_VERBS = frozenset(
    """rose risen rise rises fell fallen fall falls climbed climb climbs jumped jump jumps dropped drop drops
    increased increase increases decreased decrease decreases declined decline declines grew grown grow grows
    soared surged plunged plummeted doubled tripled stood stands reached reach reaches numbered
    totalled totaled totals topped tops top exceeded exceeds exceed surpassed surpasses surpass hit hits passed passes pass
    nears neared""".split())
_CHANGE_FILLERS = frozenset("by a an one third half quarter fifth tenth per cent percent more than almost nearly about around some "
                            "roughly over under just record new high low sharply slightly".split())
_SUBJECT_OPENERS = frozenset("that show shows showed showing said says say while and but as when after whereas".split())
_SUBJECT_AUX = frozenset("have has had having is are was were been be will would also now since then further already".split())
_SUBJECT_DETERMINERS = frozenset("the this these those its their our such".split())


_RELATIVES = frozenset(("who", "that", "which"))
_OF_THE_ENDS = ("of the ", "of these ", "of those ")
# A part that is no figure, before the whole's "of the": its verb is not the whole's ("all of the
# 40 were rescued" is the whole, and is left out)
_QUANTIFIER_OF = regex.compile(r"(?<![\p{L}\p{N}])(?:none|most|some|many|few|several|half|majority|minority)\s+of\s+(?:the|these|those)\s+$",
                               regex.I)


def _main_verb(s: _Sentence, f: _Focus, dim: str, rules: RuleSet) -> None:
    """A figure that opens its clause's subject, with a trigger among the words after its noun
    and another after an auxiliary: the one after the auxiliary is the verb, the others
    modify the noun. "Some 300 migrants living in tents were evicted", "300 migrants evicted
    from the camp were taken to shelters": only the triggers from the auxiliary on are read after it."""
    low, word_at, starts = s.low, s.word_at, s.starts
    w0 = f.w_head
    end = min(len(low), w0 + WINDOW)
    # the clause ends at a break, a conjunction, a subordinator, another figure or a full stop
    limit = f.strong_after
    if not s.alone:
        k = bisect.bisect_left(s.fig_starts, f.core)
        if k < len(s.fig_starts) and s.fig_starts[k] < limit:
            limit = s.fig_starts[k]
    if s.break_at and w0 < len(low):
        k = bisect.bisect_right(s.break_at, word_at[w0])
        if k < len(s.break_at) and starts[s.break_at[k]] < limit:
            limit = starts[s.break_at[k]]
    # the first auxiliary; after a relative pronoun, the last (the relative clause's own verbs
    # come first: "Two hundred migrants who feared they would die at sea were rescued")
    aux, relative = -1, False
    for w in range(w0, end):
        word = low[w]
        if starts[word_at[w]] >= limit or word in _CONJUNCTIONS or word in _SUBORDINATORS:
            end = w
            break
        if word in _RELATIVES:
            relative = True
        elif word in _AUX and low[w - 1] not in _RELATIVES:
            aux = w
            if not relative:
                break
    if aux <= w0:
        return
    after = rules.applicable(dim)[1]
    hit_at, hits = s.hit_at, s.hits
    before_aux = at_aux = False
    for k in range(bisect.bisect_left(hit_at, w0), bisect.bisect_left(hit_at, end)):
        if hits[k][4] in after:
            if hits[k][0] < aux:
                before_aux = True
            else:
                at_aux = True
    if before_aux and at_aux:
        f.after_from = aux


def _part_and_whole(s: _Sentence, f: _Focus, i: int, pos: int, dim: str, rules: RuleSet) -> None:
    """Figure ``i`` is a part of the next one, whose phrase ends at ``pos``: "Twelve of the 40
    people arrested were charged". The verb after the whole's phrase is the part's; the words
    of that phrase are the whole's. Marks where the triggers after each may start or end."""
    pred, aux = _predicate_word(s, pos, dim, rules)
    if pred is not None and not aux and s.hits:
        # no auxiliary: the last trigger after the whole is the part's verb only if the part
        # has none right before it ("disbursed €3 billion of the €6 billion promised to Turkey")
        k = bisect.bisect_left(s.hit_at, f.w - 3)
        if any(f.w - 2 <= s.hits[t][1] <= f.w for t in range(k, min(k + 4, len(s.hits)))):
            return
    if pred is not None:
        f.after_from = pred
        if s.part_limits is None:
            s.part_limits = {}
        s.part_limits[i + 1] = pred


def _predicate_word(s: _Sentence, pos: int, dim: str, rules: RuleSet) -> tuple[Optional[int], bool]:
    """Where the verb of "N of the M people ..." starts, the phrase of the whole ending at ``pos``:
    the first auxiliary of its clause ("arrested were charged"; not one of a relative clause, "who
    were rescued died"), else its last trigger ("on board survived"); None if neither. And whether
    it is an auxiliary."""
    low, word_at = s.low, s.word_at
    w0 = bisect.bisect_left(word_at, s.tok_at(pos))
    end = min(len(low), w0 + WINDOW)
    for w in range(w0, end):
        if w > w0 and s.breaks_between(word_at[w - 1] + 1, word_at[w]):
            end = w
            break
        if low[w] in _AUX and low[w - 1] not in _RELATIVES:
            return w, True
    after = rules.applicable(dim)[1]
    last = None
    for k in range(bisect.bisect_left(s.hit_at, w0), bisect.bisect_left(s.hit_at, end)):
        if s.hits[k][4] in after:
            last = s.hits[k][0]
    return last, False


def _subject_of_change(s: _Sentence, f: _Focus, rules: RuleSet) -> Optional[str]:
    """What the subject of a verb of change counts, when the figure is the value it went to or
    stands at: "Asylum applications rose by 18% to 81,130", "Irregular arrivals in the EU fell
    to 380,000", "Protesters numbered about 5,000". Only a plural noun or a known one: "the
    backlog stood at 118,000" says nothing of what is counted."""
    low, word_at = s.low, s.word_at
    v = f.w - 1
    if low[v] not in _CHANGE_VERBS:  # "... to" / "... at": the verb is a few fillers (and a number) before
        v -= 1
        while v >= 0 and f.w - v <= 6 and low[v] not in _CHANGE_VERBS:
            w = low[v]
            if not (w in _CHANGE_FILLERS or w[0].isdigit() or w.endswith("ly")):
                return None
            v -= 1
        if v < 0 or f.w - v > 6:
            return None
    e = v - 1
    while e >= 0 and low[e] in _SUBJECT_AUX:
        e -= 1
    if e < 0:
        return None
    # the subject opens at the sentence start, a clause break, or a word that opens a clause
    b = e
    while b > 0 and e - b < 8 and low[b - 1] not in _SUBJECT_OPENERS and not s.breaks_between(word_at[b - 1] + 1, word_at[b]):
        b -= 1
    while b <= e and low[b] in _SUBJECT_DETERMINERS:
        b += 1
    if b > e:
        return None
    at = s.starts[word_at[b]]
    verb_at = s.starts[word_at[v]]  # "Migrants crossing the Channel ... numbered": the phrase ends at "crossing"
    head, head_end = _noun_phrase_at(s, at, rules, _participle_after(s, at, verb_at))
    if head is None or head in rules.noun_classes:
        return head
    last = s.text[at:head_end].rsplit(None, 1)[-1].lower()
    return head if rules.lemma(last) != last else None


def _counts_between(s: _Sentence, a: int, b: int, own: Figure) -> bool:
    """Whether a count other than ``own`` lies wholly inside [a, b]: it would be the one "the
    number of" opens. A percent or money figure between does not ("fell by 36% to 29,437")."""
    return any(a <= g.span.start and g.span.end <= b and g is not own and _dim_class(g) == "count" for g in s.figs)


def _participle_after(s: _Sentence, pos: int, limit: int) -> int:
    """Where a participle after the first word of the noun phrase at ``pos`` starts ("people
    crossing the Channel"): the phrase ends there. ``limit`` if none does within ``_MAX_NP`` words."""
    strs, starts = s.strs, s.starts
    k = s.tok_at(pos)
    for t in range(k + 1, min(k + _MAX_NP, len(strs))):
        if starts[t] >= limit:
            break
        w = strs[t]
        if len(w) > 4 and w.endswith("ing") and w.isalpha():
            return starts[t]
    return limit


def _more_before(text: str, start: int, core: int) -> bool:
    """"another", "a further" or "an additional" right before a figure's number, or opening the
    figure: "another 10", "a further 234" count more of what the figure before counts."""
    chunk = text[max(0, start - 16):core].lower()
    if "anoth" not in chunk and "furth" not in chunk and "addit" not in chunk:
        return False
    words = chunk.split()
    while words and (words[-1][0].isdigit() or words[-1] in _NUMBER_WORDS):
        words.pop()
    return bool(words) and (words[-1] == "another" or words[-2:] in (["a", "further"], ["an", "additional"]))


def _elided_after(text: str, core: int, nxt: int, rules: RuleSet) -> bool:
    """"of whom", "others" right after the figure: it counts the noun of a figure before."""
    after = text[core:min(nxt, core + 20)].lower().lstrip()
    elided = rules.elided
    return after.startswith(elided) and any(
        after.startswith(p) and not after[len(p):len(p) + 1].isalnum() for p in elided
    )


_MEANINGS: dict[tuple, Meaning] = {}


def _meaning(kind: str, counted: Optional[str], event: Optional[str], modality: Optional[str],
             part_of: Optional[Span]) -> Meaning:
    """The :class:`Meaning` with these values: records are frozen, so equal ones are shared."""
    key = (kind, counted, event, modality, None if part_of is None else (part_of.start, part_of.end))
    m = _MEANINGS.get(key)
    if m is None:
        if len(_MEANINGS) >= 10_000:
            _MEANINGS.clear()
        m = _MEANINGS[key] = Meaning(kind=kind, counted=counted, event=event, modality=modality, part_of=part_of)
    return m


def _list_gap(gap: str) -> bool:
    """``_LIST_GAP.search(gap)``, tried only when ``gap`` less its white space at the end
    (str.isspace, more than the pattern's) ends in "," or the last letter of a conjunction of the pattern."""
    tail = gap.rstrip()
    # a match starts at the conjunction (at most 7 letters) or the comma ending ``tail``: searched from there
    return bool(tail) and tail[-1] in ",;dDrRtTeEsS" and _LIST_GAP.search(gap, max(0, len(tail) - 8)) is not None


def _of_after(text: str, pos: int, end: int):
    """``_OF_AFTER.match(text, pos, end)``, tried only when "of" follows the spaces at ``pos``.

    The ``regex`` module looks for a pattern's required word ("of") through the whole
    range before matching, which costs the rest of the sentence on every figure."""
    # j: where the spaces at ``pos`` end. A character beyond ASCII or a white space to str.isspace
    # (which holds for all ASCII ones of the pattern's \s) needs the pattern.
    c = text[pos:pos + 1] if pos < end else ""
    if c and c.isascii() and not c.isspace():
        j = pos
    elif c == " " and pos + 1 < end and (c := text[pos + 1]).isascii() and not c.isspace():
        j = pos + 1
    else:
        j = _SPACE_RUN.match(text, pos, end).end()
    if text[j:j + 2].lower() != "of":
        return None
    return _OF_AFTER.match(text, pos, end)


def _previous(done: list[Meaning]) -> Optional[Meaning]:
    """The nearest figure before, in this sentence, that says what it counts."""
    return next((m for m in reversed(done) if m.counted), None)


def check_example(example: "Example | Counterexample", rule: Rule, header: TableHeader, rules: Optional[RuleSet] = None) -> list[str]:
    """What the engine gets wrong on one example (or counterexample) of ``rule``: [] if nothing.

    >>> r = load_rules()
    >>> t = next(t for t in r.tables if t.table.kind == "deaths")
    >>> rule = t.rule[0]
    >>> check_example(rule.examples[0], rule, t.table, r)
    []
    """
    rules = rules or load_rules()
    figs, i = example_figures(example.text, example.figure, example.figures, example.unit)
    m = understand_sentence(example.text, Span(start=0, end=len(example.text)), figs, rules)[i]
    got = f"got kind={m.kind!r} event={m.event!r} counted={m.counted!r} modality={m.modality!r}"
    where = f"{rule.id}: {example.text!r} [{example.figure}]"
    if isinstance(example, Counterexample):
        if m.kind == header.kind and m.event == rule.event:
            return [f"{where}: counterexample read as {header.kind}/{rule.event}"]
        return []
    want_kind = example.kind or header.kind
    want = {"kind": want_kind, "event": example.event or rule.event}
    for field in ("counted", "modality"):
        if getattr(example, field) is not None:
            want[field] = getattr(example, field)
    problems = [f"{where}: want {k}={v!r}, {got}" for k, v in want.items() if getattr(m, k) != v]
    if example.part_of is not None:
        whole = m.part_of and example.text[m.part_of.start:m.part_of.end]
        if whole != example.part_of:
            problems.append(f"{where}: want part_of={example.part_of!r}, got {whole!r}")
    return problems


def check_rules(rules: Optional[RuleSet] = None) -> list[str]:
    """Run every example and counterexample of every table: the problems found, [] if none."""
    rules = rules or load_rules()
    return [
        p
        for t in rules.tables
        for r in t.rule
        for ex in [*r.examples, *r.counterexamples]
        for p in check_example(ex, r, t.table, rules)
    ]
