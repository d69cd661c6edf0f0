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
from itertools import accumulate, compress
from operator import itemgetter, methodcaller
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

_FIRST_CHAR = itemgetter(0)
_APOSTROPHE = methodcaller("replace", "’", "'")
_STRONG_BREAK = regex.compile(r";|[.!?][\"'”’)]*\s")
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
    eighth ninth tenth bn m k mn tens""".split()
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
_LIST_GAP = regex.compile(r"(?:,|\band|\bor)\s*$", regex.I)
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

    Everything a figure asks of it is answered from prefix counts and binary searches
    over what is near the figure, so the cost per figure does not grow with the sentence.
    """

    __slots__ = ("text", "span", "starts", "ends", "strs", "words", "breaks", "lows", "_conj", "_aux", "hits", "hit_starts",
                 "cues", "cue_starts", "figs", "fig_starts", "fig_spans", "word_at", "margin")

    def __init__(self, text: str, span: Span, figures: Sequence[Figure], rules: RuleSet) -> None:
        self.text, self.span, self.figs = text, span, list(figures)
        self.starts, self.ends, self.strs = starts, ends, strs = _tokens(text, span.start, span.end)
        isword = list(map(str.isalnum, map(_FIRST_CHAR, strs)))
        self.lows = lows = list(map(str.lower, strs))
        # words[i] = word tokens among the first i tokens; breaks, conj and aux count the same way
        self.words = list(accumulate(isword, initial=0))
        self.breaks = list(accumulate(map(rules.clause_breaks.__contains__, strs), initial=0))
        self._conj = self._aux = None  # counted when first asked: many sentences never ask
        self.word_at = list(compress(range(len(strs)), isword))  # token index of each word
        wstarts, wends = list(compress(starts, isword)), list(compress(ends, isword))
        low = list(map(_APOSTROPHE, compress(lows, isword)))
        by_trigger, cues = rules._by_trigger, rules._cues
        self.hits = [(wstarts[i], wends[j - 1], p, by_trigger.get(p, ())) for i, j, p in rules.triggers.find_lower(low)]
        self.cues = [(wstarts[i], wends[j - 1], p, cues.get(p)) for i, j, p in rules.cues.find_lower(low)]
        self.hit_starts = [h[0] for h in self.hits]
        self.cue_starts = [c[0] for c in self.cues]
        spans = sorted((f.span.start, f.span.end, k) for k, f in enumerate(self.figs))
        self.fig_spans = spans
        self.fig_starts = [t[0] for t in spans]
        self.margin = max(rules.triggers.longest, rules.cues.longest) + 2

    def tok_at(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def between(self, a: int, b: int) -> tuple[int, int]:
        """(words, clause breaks) among the tokens starting in [a, b)."""
        i, j = self.tok_at(a), self.tok_at(b)
        return self.words[j] - self.words[i], self.breaks[j] - self.breaks[i]

    def strong_between(self, a: int, b: int) -> bool:
        """A semicolon or a full stop between: separate statements."""
        return _STRONG_BREAK.search(self.text, a, b) is not None

    def conjunction_between(self, a: int, b: int) -> bool:
        if self._conj is None:
            self._conj = list(accumulate(map(_CONJUNCTIONS.__contains__, self.lows), initial=0))
        return self._conj[self.tok_at(b)] > self._conj[self.tok_at(a)]

    def aux_between(self, a: int, b: int) -> bool:
        if self._aux is None:
            self._aux = list(accumulate(map(_AUX.__contains__, self.lows), initial=0))
        return self._aux[self.tok_at(b)] > self._aux[self.tok_at(a)]

    def figures_between(self, a: int, b: int, own: Figure) -> int:
        """Figures other than ``own`` lying wholly inside [a, b]."""
        spans, figs = self.fig_spans, self.figs
        n = 0
        for k in range(bisect.bisect_left(self.fig_starts, a), bisect.bisect_right(self.fig_starts, b)):
            _, e, idx = spans[k]
            if e <= b and figs[idx] is not own:
                n += 1
        return n

    def near(self, starts: list[int], items: list, fig: Figure, core: int) -> list:
        """The hits (or cues) close enough to ``fig`` that a distance score may reach them.

        A hit before the figure ends at most ``WINDOW`` words before it; one after starts
        at most ``WINDOW`` words (plus the noun phrase) after its core. Phrases are short,
        so a margin of words either side is enough; the exact test is :func:`_score`'s.
        """
        if not items:
            return items
        k = self.tok_at(fig.span.start)
        wk = self.words[k]  # words before the figure
        lo_w = wk - (WINDOW + self.margin)
        lo = self.starts[self.word_at[lo_w]] if lo_w > 0 else self.span.start
        kc = self.tok_at(core)
        hi_w = self.words[kc] + WINDOW + _MAX_NP + self.margin
        hi = self.starts[self.word_at[hi_w]] if hi_w < len(self.word_at) else self.span.end + 1
        return items[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


_NOT_REGEX_SPACE = re.compile("[\x1c-\x1f]")  # white space to str.split, not to ``_TOKEN``


def _tokens(text: str, start: int, end: int) -> tuple[list[int], list[int], list[str]]:
    """The tokens of ``text[start:end]``: their starts, ends and strings, as three lists.

    Tokens hold no white space and cover every other character, so the tokens of a run
    of non-space characters follow one another, from where ``str.find`` sees the run
    after the one before. A run of ASCII letters and digits (most words) is one token,
    found without the pattern."""
    part = text[start:end]
    if _NOT_REGEX_SPACE.search(part):
        return _tokens_by_pattern(text, start, end)
    findall = _TOKEN.findall
    starts: list[int] = []
    ends: list[int] = []
    strs: list[str] = []
    find = text.find
    at = start
    for run in part.split():
        at = find(run, at)
        if run.isalnum() and run.isascii():
            starts.append(at)
            at += len(run)
            ends.append(at)
            strs.append(run)
            continue
        for tok in findall(run):
            starts.append(at)
            at += len(tok)
            ends.append(at)
            strs.append(tok)
    return starts, ends, strs


def _tokens_by_pattern(text: str, start: int, end: int) -> tuple[list[int], list[int], list[str]]:
    """:func:`_tokens` for text that ``str.split`` would cut where ``_TOKEN`` does not.

    ``findall`` makes no match objects; as only white space lies between tokens, each
    one starts where ``str.find`` first sees it after the one before."""
    strs = _TOKEN.findall(text, start, end)
    starts: list[int] = []
    ends: list[int] = []
    find = text.find
    at = start
    for tok in strs:
        at = find(tok, at)
        starts.append(at)
        at += len(tok)
        ends.append(at)
    return starts, ends, strs


def _core_end(s: _Sentence, fig: Figure) -> int:
    """End of the last number word inside the figure ("first recorded death" -> after "first")."""
    i, j = s.tok_at(fig.span.start), s.tok_at(fig.span.end)
    end = fig.span.end
    for k in range(i, j):
        w = s.strs[k]
        if w[0].isdigit() or w.lower() in _NUMBER_WORDS:
            end = s.ends[k]
    return end


def _noun_phrase(s: _Sentence, pos: int, rules: RuleSet, limit: int) -> Optional[str]:
    """The counted noun of the phrase starting at ``pos``: singular lemma, or None."""
    return _noun_phrase_at(s, pos, rules, limit)[0]


def _noun_phrase_at(s: _Sentence, pos: int, rules: RuleSet, limit: int) -> tuple[Optional[str], int]:
    """The counted noun of the phrase starting at ``pos``, and where that noun ends."""
    words: list[str] = []
    ends: list[int] = []
    k = s.tok_at(pos)
    while k < len(s.strs) and len(words) < _MAX_NP:
        start, w = s.starts[k], s.strs[k]
        if start >= limit:
            break
        if w in _QUOTES or w == "-":
            k += 1
            continue
        lw = w.lower()
        if not w[0].isalpha() or lw in rules.stop:
            break
        words.append(w)
        ends.append(s.ends[k])
        k += 1
    head = _head(words, rules)
    if head is None:
        return None, pos
    n = len(head.split())
    for i in range(len(words)):
        if rules.lemma(" ".join(words[max(0, i - n + 1):i + 1]).replace("-", " ")) == head:
            return head, ends[i]
    return head, ends[-1]


def _head(words: list[str], rules: RuleSet) -> Optional[str]:
    if not words:
        return None
    lemmas = [rules.lemma(w.replace("-", " ")) for w in words]
    best = None
    for i in range(len(words)):
        if i and rules.lemma(f"{words[i - 1]} {words[i]}") in rules.multiword:
            best = rules.lemma(f"{words[i - 1]} {words[i]}")
        elif lemmas[i] in rules.noun_classes:
            best = lemmas[i]
    if best:
        return best
    while words and (_verbish(words[-1]) or words[-1].lower() in rules.not_heads or lemmas[-1] in rules.not_heads
                     or rules.rules_for(words[-1])):
        words, lemmas = words[:-1], lemmas[:-1]
    if not words or not words[-1].isalpha():
        return None
    return lemmas[-1]


def _verbish(w: str) -> bool:
    lw = w.lower()
    return len(lw) > 4 and (lw.endswith("ed") or lw.endswith("ing"))


def _dim_class(fig: Figure) -> str:
    if fig.unit in _CURRENCIES or fig.dimension == "money":
        return "money"
    if fig.unit in ("percent", "percentage point") or fig.dimension == "percent":
        return "percent"
    if fig.dimension:
        return "physical"
    return "count"


def _kind_of_unit(fig: Figure, dim: str) -> Optional[str]:
    if dim == "money":
        return "money"
    if dim == "percent":
        return "percent"
    if dim == "physical":
        return fig.dimension
    return None


def _score(
    s: _Sentence, fig: Figure, core: int, start: int, end: int, head_end: int = -1
) -> Optional[tuple[float, str]]:
    """Distance score of a hit at [start, end) from the figure, and its side; None if out of reach.

    After the figure, a trigger inside its noun phrase ("45 attempts were thwarted") or a
    bare participle after it ("evicted 400 migrants living in tents") counts for less.
    """
    if end <= fig.span.start:
        words, brk = s.between(end, fig.span.start)
        side, base = "before", _BEFORE_FACTOR * (words + 1) + _BEFORE_COST
        others = s.figures_between(end, fig.span.start, fig)
    elif start >= core:
        frm = head_end if start >= head_end > core else core
        words, brk = s.between(frm, start)
        brk += s.conjunction_between(frm, start)  # "arrested 14 people and rescued 30": a new predicate
        side, base = "after", float(words + 1)
        others = s.figures_between(core, start, fig)
        if start < head_end or (s.text[start:end].split()[0].lower().endswith("ing") and not s.aux_between(core, start)):
            base += _MODIFIER_COST
    else:
        return None
    if words > WINDOW or s.strong_between(*((end, fig.span.start) if side == "before" else (core, start))):
        return None
    return base + _BREAK_COST * brk + _FIGURE_COST * others, side


def _best_rule(
    s: _Sentence, fig: Figure, core: int, dim: str, counted: Optional[str], head_end: int, rules: RuleSet
) -> tuple[Optional[float], Optional[Rule], Optional[TableHeader]]:
    """The rule with the lowest score (the first of equals) among the noun rules of what
    is counted and the rules of the triggers within reach: (score, rule, its table)."""
    best_score, best_rule, best_header = float("inf"), None, None
    if counted:
        for rule, header in rules.noun_rules(counted):
            if header.applies_to in (dim, "any") and _NOUN_RULE_SCORE - rule.weight < best_score:
                best_score, best_rule, best_header = _NOUN_RULE_SCORE - rule.weight, rule, header
    for start, end, _, found in s.near(s.hit_starts, s.hits, fig, core):
        got = _score(s, fig, core, start, end, head_end)
        if got is None:
            continue
        base, side = got
        for rule, header in found:
            if header.applies_to not in (dim, "any") or rule.side not in (side, "either"):
                continue
            if rule.nouns and counted not in rule.nouns:
                continue
            if base - rule.weight < best_score:
                best_score, best_rule, best_header = base - rule.weight, rule, header
    if best_rule is None:
        return None, None, None
    return best_score, best_rule, best_header


def _modality(s: _Sentence, fig: Figure, core: int, head_end: int, rules: RuleSet) -> Optional[str]:
    best, found = _CUE_MAX, None
    for start, end, _, modality in s.near(s.cue_starts, s.cues, fig, core):
        if core <= start < head_end:  # a noun of the phrase: "3,000 asylum claims"
            continue
        if fig.span.start <= start and end <= core:  # "an estimated 9,000"
            return modality
        got = _score(s, fig, core, start, end, head_end)
        if got is None:
            continue
        score = got[0]
        if (end <= fig.span.start and s.figures_between(end, fig.span.start, fig)) or (
            start >= core and s.figures_between(core, start, fig)
        ):
            continue
        if score <= best:
            best, found = score, modality
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


_WINDOW_CHARS = 300  # and never more characters than this, whatever the words are


def _window_start(s: _Sentence, pos: int) -> int:
    """Start of the ``WINDOW``-th word token before ``pos`` (or of the first token),
    and at most ``_WINDOW_CHARS`` before ``pos`` (a run of bare numbers has no words)."""
    if not s.strs:
        return pos
    target = s.words[s.tok_at(pos)] - WINDOW
    start = s.starts[s.word_at[target]] if target >= 0 else s.starts[0]
    return max(start, pos - _WINDOW_CHARS)


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


def _parts(s: _Sentence, rules: RuleSet) -> dict[int, int]:
    """part index -> whole index, for "Of the N X, A ..., B ... and C ..." and "N X, including A and B"."""
    figs, text = s.figs, s.text
    out: dict[int, int] = {}
    wholes: list[tuple[int, int]] = []  # (the comma after a whole "of the N X", its index)
    commas: Optional[list[int]] = None
    for i, f in enumerate(figs):
        lo = max(s.span.start, f.span.start - 24)
        opening = _OF_THE_OPENING.fullmatch(text, s.span.start, f.span.start)
        if opening or _OF_THE_BEFORE.search(text, lo, f.span.start):
            if commas is None:
                commas = [m.start() for m in _COMMA.finditer(text, s.span.start, s.span.end)]
            k = bisect.bisect_left(commas, f.span.end)
            if k < len(commas):
                wholes.append((commas[k], i))
    if wholes:
        if s.fig_starts == [f.span.start for f in figs]:  # text order: one sweep
            wholes.sort()
            k, last = 0, -1
            for j, f in enumerate(figs):
                while k < len(wholes) and wholes[k][0] < f.span.start:
                    last = max(last, wholes[k][1])
                    k += 1
                if last >= 0:
                    out[j] = last
        else:
            for comma, i in sorted(wholes, key=lambda w: w[1]):
                for j in range(i + 1, len(figs)):
                    if figs[j].span.start > comma:
                        out[j] = i
    for i, f in enumerate(figs):
        if i + 1 >= len(figs) or i in out:
            continue
        gap = text[f.span.end:figs[i + 1].span.start].lower()
        if not rules.part_whole_re.search(gap):
            continue
        if len(gap.split()) > WINDOW or _STRONG_BREAK.search(gap):
            continue
        out[i + 1] = i
        prev = figs[i + 1]
        for j in range(i + 2, len(figs)):
            g = text[prev.span.end:figs[j].span.start]
            if len(g.split()) > 8 or not _LIST_JOIN.search(g) or _STATEMENT_END.search(g):
                break
            out[j] = i
            prev = figs[j]
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
    parts = _parts(s, rules)
    out: list[Meaning] = []
    for i, fig in enumerate(figures):
        out.append(_understand(s, i, fig, out, parts, rules))
    return out


def _understand(s: _Sentence, i: int, fig: Figure, done: list[Meaning], parts: dict[int, int], rules: RuleSet) -> Meaning:
    text = s.text
    dim = _dim_class(fig)
    core = _core_end(s, fig)
    nxt = s.figs[i + 1].span.start if i + 1 < len(s.figs) else s.span.end
    whole = parts.get(i)
    part_of = s.figs[whole].span if whole is not None else None

    # An equivalent in another currency: "£22 million (US$34.5 million)" means the same.
    if i and dim == "money" and _dim_class(s.figs[i - 1]) == "money" and _CONVERSION_GAP.match(
        text[s.figs[i - 1].span.end:fig.span.start]
    ):
        return done[i - 1]

    # What is counted.
    counted = None
    head_end = -1
    if dim in ("count", "percent"):
        counted, head_end = _noun_phrase_at(s, core, rules, nxt)
        after = text[core:min(nxt, core + 20)].lower().lstrip()
        if counted is None and any(after.startswith(p) and not after[len(p):len(p) + 1].isalnum() for p in rules.lexicon.elided):
            prev = _previous(done)
            counted = prev.counted if prev else _counted_before_sentence(text, s.span, rules)
        if counted is None and (m := _of_after(text, core, s.span.end)):
            if i + 1 < len(s.figs) and m.end() == nxt:  # "8 of the 120 migrants": a part of the next figure
                part_of = s.figs[i + 1].span
                counted = _noun_phrase(s, _core_end(s, s.figs[i + 1]), rules, s.span.end)
            else:
                counted = _noun_phrase(s, m.end(), rules, nxt)
        if counted is None and whole is not None:
            counted = done[whole].counted
        if counted is None and i and _LIST_GAP.search(text[s.figs[i - 1].span.end:fig.span.start]):
            counted = done[i - 1].counted  # "15 people were injured and 3 killed"
    lo = _window_start(s, fig.span.start)
    number_of = _phrase_before(text, lo, fig.span.start, rules.lexicon.number_of) if dim == "count" else None
    if counted is None and number_of:
        counted = _noun_phrase(s, lo + number_of[0] + len(number_of[1]), rules, fig.span.start)

    # The event, and the kind it gives.
    score, rule, header = _best_rule(s, fig, core, dim, counted, head_end, rules)
    if counted is None and rule is not None and rule.counted and dim == "count":
        counted = rule.counted
    kind = _kind_of_unit(fig, dim)
    event = rule.event if rule else None
    if kind is None:
        kind = header.kind if header else "count"
        if header and header.counted_classes and rules.noun_class(counted) and rules.noun_class(counted) not in header.counted_classes:
            kind = "count"

    # "the number is probably closer to 1,500": the figure restates one given before.
    if dim == "count" and counted is None and not number_of:
        if _phrase_before(text, lo, core, rules.lexicon.referents):
            prev = _previous(done)
            if prev is not None:
                counted = prev.counted
                if score is None or score > _REFERENT_MAX:
                    kind, event = prev.kind, prev.event
            else:
                counted = _counted_before_sentence(text, s.span, rules)
    if event is None and whole is not None:
        kind, event = done[whole].kind, done[whole].event

    modality = rule.modality if rule and rule.modality else _modality(s, fig, core, head_end, rules)
    if modality is None and event is not None:
        modality = "reported"
    return _meaning(kind, counted, event, modality, part_of)


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


def _of_after(text: str, pos: int, end: int):
    """``_OF_AFTER.match(text, pos, end)``, tried only when "of" follows the spaces at ``pos``.

    The ``regex`` module looks for a pattern's required word ("of") through the whole
    range before matching, which costs the rest of the sentence on every figure."""
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
