"""Synthetic claims with known figures, for tests and benchmarks.

A synthetic article set is built from *facts* (a quantity in a period with one true
value) that articles report in varied honest ways ("about 1,500", "between 1,300 and
1,700", "at least 1,400", ...), so no two honest figures of one fact disagree. On
request it injects disagreements (a figure three times the truth; parts that add up to
more than their whole) and copies of whole articles under new ids, and it says which
pairs of claims must be flagged.

>>> import random
>>> s = make_article_set(random.Random(7), facts=3, inject=1)
>>> len(s.claims) > 0, len(s.injected), all(len(p) == 2 for p in s.expected_pairs)
(True, 1, True)

``article_sets()`` is the Hypothesis strategy; ``synthetic_claims(n)`` builds ``n``
claims fast (no validation) for benchmarks.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any, Optional

from hypothesis import strategies as st

from factx.records import Attribution, Claim, Place, Qualifier, Record, Span, TimeRef
from factx.reconciler.trusted import trusted

__all__ = [
    "Fact",
    "ArticleSet",
    "QUANTITIES",
    "PLACES",
    "SOURCES",
    "HONEST_QUALIFIERS",
    "render",
    "make_article_set",
    "synthetic_claims",
    "article_sets",
    "claims",
    "hand_claim",
]

#: (kind, counted, event, unit): quantities news about migration reports
QUANTITIES: tuple[tuple[str, Optional[str], str, Optional[str]], ...] = (
    ("people", "migrant", "present", None),
    ("people", "person", "camped", None),
    ("people", "asylum seeker", "removed", None),
    ("people", "migrant", "crossed", None),
    ("people", "migrant", "rescued", None),
    ("deaths", "person", "died", None),
    ("arrests", "person", "arrested", None),
    ("money", None, "pledged", "GBP"),
    ("money", None, "pledged", "EUR"),
    ("money", None, "sent", "USD"),
)
PLACES = ("Calais", "Dunkirk", "Lesbos", "Lampedusa", "Ceuta", "Melilla", "Dover", "Idomeni", "Ventimiglia", "Samos")
SOURCES = (
    "the Interior Ministry",
    "police",
    "Frontex",
    "the UNHCR",
    "local charities",
    "the mayor",
    "Doctors Without Borders",
    "the coastguard",
)
HONEST_QUALIFIERS = (
    Qualifier.exact,
    Qualifier.approximate,
    Qualifier.nearly,
    Qualifier.range,
    Qualifier.at_least,
    Qualifier.more_than,
    Qualifier.at_most,
    Qualifier.less_than,
)
_BOUNDED_ABOVE = frozenset(HONEST_QUALIFIERS) - {Qualifier.at_least, Qualifier.more_than}
_SYMBOL = {"GBP": "£", "EUR": "€", "USD": "US$"}
_WORDING = {
    Qualifier.approximate: "about",
    Qualifier.nearly: "nearly",
    Qualifier.at_least: "at least",
    Qualifier.more_than: "more than",
    Qualifier.at_most: "up to",
    Qualifier.less_than: "fewer than",
}


class Fact(Record):
    """The truth behind some claims: one quantity in one period."""

    kind: str
    counted: Optional[str]
    event: str
    unit: Optional[str]
    place: str
    start: dt.date
    end: dt.date
    value: float


class ArticleSet(Record):
    """Claims from synthetic articles, and what ``reconcile`` must find in them.

    ``expected_pairs``: every (injected, honest) pair of claim indices that must appear on
    opposite sides of one disagreement. ``expected_parts``: for each injected part-whole
    error, the indices of the whole and its parts. ``copies``: doc id of each copy -> the
    doc id it copies."""

    facts: list[Fact]
    claims: list[Claim]
    injected: list[int]
    expected_pairs: list[tuple[int, int]]
    expected_parts: list[list[int]]
    copies: dict[str, str]


def render(value: float, unit: Optional[str]) -> str:
    """A figure as an article would write it: "1,523", "£2,300,000"."""
    return f"{_SYMBOL.get(unit or '', '')}{int(value):,}"


def _round_sig(v: float, sig: int, how: str) -> tuple[float, float]:
    """``v`` rounded to ``sig`` significant digits (down, up or nearest), and the unit of the
    last digit."""
    unit = 10.0 ** (math.floor(math.log10(v)) - sig + 1)
    f = {"down": math.floor, "up": math.ceil, "near": round}[how]
    return float(f(v / unit) * unit), unit


def _honest(rng: random.Random, q: Qualifier, v: float, unit: Optional[str]) -> tuple[Qualifier, str, float, Optional[float]]:
    """An honest way to state ``v``: (qualifier, text, low, high) whose interval holds ``v``."""
    word = _WORDING.get(q, "")
    if q == Qualifier.approximate:
        r, step = _round_sig(v, 2, "near")
        if abs(r - v) < 0.45 * step:
            return q, f"{word} {render(r, unit)}", r, r
    elif q == Qualifier.nearly:
        r, step = _round_sig(v, 2, "up")
        if r - v < 0.45 * step:
            return q, f"{word} {render(r, unit)}", r, r
    elif q == Qualifier.range:
        lo, _ = _round_sig(v * rng.uniform(0.8, 0.95), 2, "down")
        hi, _ = _round_sig(v * rng.uniform(1.05, 1.15), 2, "up")
        return q, f"between {render(lo, unit)} and {render(hi, unit)}", lo, hi
    elif q in (Qualifier.at_least, Qualifier.more_than):
        lo, _ = _round_sig(v, 2, "down")
        if lo < v or q == Qualifier.at_least:
            return q, f"{word} {render(lo, unit)}", lo, None
    elif q in (Qualifier.at_most, Qualifier.less_than):
        hi, _ = _round_sig(v, 2, "up")
        if hi > v or q == Qualifier.at_most:
            return q, f"{word} {render(hi, unit)}", hi, hi
    return Qualifier.exact, render(v, unit), v, v


class _Builder:
    """Lays claims out in documents with plausible offsets."""

    def __init__(self, fast: bool) -> None:
        self.fast = fast
        self.claims: list[Claim] = []
        self._defaults: dict[type, dict[str, Any]] = {}
        self._shared: dict[tuple, Any] = {}

    def make(self, model: type, **fields: Any) -> Any:
        """A record; when fast, built without validation and shared between claims when
        equal (records are immutable), which keeps a million claims light."""
        if not self.fast:
            return model(**fields)
        key = (model, *fields.items())
        found = self._shared.get(key)
        if found is None:
            defaults = self._defaults.get(model)
            if defaults is None:
                defaults = self._defaults[model] = {k: f.default for k, f in model.model_fields.items()}
            found = trusted(model, **{**defaults, **fields})
            if model is not Claim:
                self._shared[key] = found
        return found

    def claim(
        self,
        doc: str,
        doc_index: int,
        published: dt.date,
        cursor: int,
        fact: Fact,
        qualifier: Qualifier,
        text: str,
        low: float,
        high: Optional[float],
        source: Optional[str],
        with_place: bool = True,
        event: Optional[str] = None,
        part_of: Optional[Span] = None,
    ) -> Claim:
        make = self.make
        # sentence length depends on the document so that only real copies share a fingerprint
        sentence = make(Span, start=cursor, end=cursor + 80 + len(text) + doc_index % 997)
        start = cursor + 10
        span = make(Span, start=start, end=start + len(text))
        c = make(
            Claim,
            doc_id=doc,
            text=text,
            span=span,
            sentence=sentence,
            low=low,
            high=high,
            qualifier=qualifier,
            unit=fact.unit,
            counted=fact.counted,
            kind=fact.kind,
            event=event or fact.event,
            source=make(Attribution, text=source, span=make(Span, start=start + 40, end=start + 40 + len(source)), cue="said")
            if source
            else None,
            time=make(TimeRef, text="in that period", span=make(Span, start=start + 20, end=start + 34), start=fact.start, end=fact.end),
            place=make(Place, text=fact.place, span=make(Span, start=start + 60, end=start + 60 + len(fact.place)), name=fact.place)
            if with_place
            else None,
            modality=None,
            published=published,
            part_of=part_of,
        )
        self.claims.append(c)
        return c


def _facts(rng: random.Random, count: int, places: tuple[str, ...]) -> list[Fact]:
    """Distinct quantities; about one in four gets a second, later period (change over time)."""
    keys = [(q, p) for q in QUANTITIES for p in places]
    facts: list[Fact] = []
    for (kind, counted, event, unit), place in rng.sample(keys, min(count, len(keys))):
        start = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 2000))
        periods = [(start, start + dt.timedelta(days=rng.choice((0, 6, 30))))]
        if rng.random() < 0.25:
            later = periods[0][1] + dt.timedelta(days=rng.randrange(40, 400))
            periods.append((later, later + dt.timedelta(days=rng.choice((0, 30)))))
        for first, last in periods:
            value = float(rng.randrange(10, 1000) * 100_000) if kind == "money" else float(rng.randrange(20, 60_000))
            facts.append(Fact(kind=kind, counted=counted, event=event, unit=unit, place=place, start=first, end=last, value=value))
    return facts


def make_article_set(
    rng: random.Random,
    *,
    facts: int = 6,
    mentions: int = 4,
    inject: int = 0,
    inject_parts: int = 0,
    copies: int = 0,
    places: tuple[str, ...] = PLACES,
    doc_prefix: str = "",
    fast: bool = False,
) -> ArticleSet:
    """Articles reporting ``facts`` quantities, each in about ``mentions`` documents.

    ``inject`` facts get one extra article giving three times the truth under its own
    source; ``inject_parts`` articles say "of the about W ..., a ... and b ..." with parts
    adding up to more than W (others hold honest parts); ``copies`` articles are
    republished under a new id.
    """
    builder = _Builder(fast)
    truth = _facts(rng, facts, places)
    by_doc: dict[str, list[int]] = {}
    fact_of: list[int] = []  # claim index -> fact index
    honest_bounded: list[bool] = []
    injected: list[int] = []
    doc_counter = 0

    def add(doc: str, fact_index: int, bounded: bool, claim_fn: Any) -> int:
        claim_fn()
        idx = len(builder.claims) - 1
        by_doc.setdefault(doc, []).append(idx)
        fact_of.append(fact_index)
        honest_bounded.append(bounded)
        return idx

    places_of: dict[tuple, set[str]] = {}
    for f in truth:
        places_of.setdefault((f.kind, f.counted, f.event, f.unit), set()).add(f.place)
    # a claim without a place joins its fact only if no other place has the same quantity
    unique_quantity = [len(places_of[(f.kind, f.counted, f.event, f.unit)]) == 1 for f in truth]
    for fi, fact in enumerate(truth):
        for _ in range(max(1, mentions + rng.randrange(-1, 2))):
            doc_counter += 1
            doc = f"{doc_prefix}doc-{doc_counter:06d}"
            published = fact.end + dt.timedelta(days=rng.randrange(0, 20))
            q, text, low, high = _honest(rng, rng.choice(HONEST_QUALIFIERS), fact.value, fact.unit)
            source = rng.choice(SOURCES + (None, None))
            placeless = unique_quantity[fi] and rng.random() < 0.2  # grouped by relaxing the place
            add(doc, fi, q in _BOUNDED_ABOVE, lambda: builder.claim(
                doc, doc_counter, published, 100, fact, q, text, low, high, source, with_place=not placeless
            ))

    for fi in rng.sample(range(len(truth)), min(inject, len(truth))):
        fact = truth[fi]
        doc_counter += 1
        doc = f"{doc_prefix}doc-{doc_counter:06d}"
        wrong = float(round(fact.value * 3.3))
        idx = add(doc, fi, False, lambda: builder.claim(
            doc, doc_counter, fact.end, 300, fact, Qualifier.exact, render(wrong, fact.unit), wrong, wrong, "an anonymous official"
        ))
        injected.append(idx)

    expected_parts: list[list[int]] = []
    people = [i for i, f in enumerate(truth) if f.kind == "people" and f.value >= 100]
    for n, fi in enumerate(rng.sample(people, min(len(people), inject_parts + 1))):
        fact, exceeds = truth[fi], n < inject_parts
        whole_q, whole_text, w, _ = _honest(rng, Qualifier.approximate, fact.value, None)
        if whole_q != Qualifier.approximate:
            whole_text, w = render(fact.value, None), fact.value
        doc_counter += 1
        doc = f"{doc_prefix}doc-{doc_counter:06d}"
        whole = add(doc, fi, True, lambda: builder.claim(doc, doc_counter, fact.end, 500, fact, whole_q, whole_text, w, w, None))
        whole_span = builder.claims[whole].span
        share = 1.5 if exceeds else 0.8
        first = float(int(w * share * 0.4))
        parts = [first, float(int(w * share) - int(first))]
        group = [whole]
        for k, p in enumerate(parts):
            group.append(add(doc, -1, False, lambda: builder.claim(
                doc, doc_counter, fact.end, 600 + 200 * k, fact, Qualifier.exact, render(p, None), p, p, None,
                with_place=False, event="relocated", part_of=whole_span,
            )))
        if exceeds:
            expected_parts.append(group)

    copy_of: dict[str, str] = {}
    originals = sorted(by_doc)
    part_groups = list(expected_parts)
    for doc in rng.sample(originals, min(copies, len(originals))):
        new_doc = f"copy-{doc}"
        copy_of[new_doc] = doc
        moved: dict[int, int] = {}
        for idx in by_doc[doc]:
            builder.claims.append(builder.claims[idx].model_copy(update={"doc_id": new_doc}))
            moved[idx] = len(builder.claims) - 1
            fact_of.append(fact_of[idx])
            honest_bounded.append(honest_bounded[idx])
            if idx in injected:
                injected.append(moved[idx])
        expected_parts += [[moved[i] for i in g] for g in part_groups if g[0] in moved]

    pairs = [
        (i, j)
        for i in injected
        for j, bounded in enumerate(honest_bounded)
        if bounded and fact_of[j] == fact_of[i] and j not in injected and fact_of[i] >= 0
    ]
    return ArticleSet.model_construct(
        facts=truth,
        claims=builder.claims,
        injected=injected,
        expected_pairs=pairs,
        expected_parts=expected_parts,
        copies=copy_of,
    )


def hand_claim(
    text: str,
    low: Optional[float],
    high: Optional[float] = ...,  # type: ignore[assignment]
    *,
    doc: Optional[str] = "doc-a",
    qualifier: str = "exact",
    kind: str = "people",
    counted: Optional[str] = None,
    event: Optional[str] = None,
    unit: Optional[str] = None,
    place: Optional[str] = None,
    source: Optional[str] = None,
    published: Optional[str] = None,
    time: Optional[tuple[str, str]] = None,
    at: int = 0,
    sentence: Optional[tuple[int, int]] = None,
    part_of: Optional[Claim] = None,
) -> Claim:
    """A claim written by hand for tests and docs: spans are made up from ``at`` (where
    the figure starts), sentence defaults to 200 characters around it; ``high`` defaults
    to ``low``; ``time`` is a pair of ISO dates; ``part_of`` is the whole claim.

    >>> c = hand_claim("some 9,000", 9000, qualifier="approximate", counted="migrant", event="removed")
    >>> c.span, c.low, c.high, str(c.qualifier)
    (Span(start=0, end=10), 9000.0, 9000.0, 'approximate')
    """
    span = Span(start=at, end=at + len(text))
    first, last = sentence if sentence else (max(0, at - 100), at + len(text) + 100)
    return Claim(
        doc_id=doc,
        text=text,
        span=span,
        sentence=Span(start=first, end=last),
        low=low,
        high=low if high is ... else high,
        qualifier=qualifier,
        unit=unit,
        counted=counted,
        kind=kind,
        event=event,
        source=Attribution(text=source, span=Span(start=0, end=len(source)), cue="said") if source else None,
        time=TimeRef(text=f"{time[0]} to {time[1]}", span=span, start=time[0], end=time[1]) if time else None,
        place=Place(text=place, span=span, name=place) if place else None,
        published=published,
        part_of=part_of.span if part_of is not None else None,
    )


def synthetic_claims(n: int, *, seed: int = 0) -> list[Claim]:
    """About ``n`` realistic claims (built without validation, for speed): many facts each
    reported by a handful of articles, a few disagreements, part-wholes and copies.
    Claims are in a shuffled order, as a crawl would deliver them."""
    rng = random.Random(seed)
    out: list[Claim] = []
    batch = 0
    while len(out) < n:
        batch += 1  # each batch is a different region: new places, the same kinds of quantity
        places = tuple(f"{p} {batch}" for p in PLACES)
        made = make_article_set(rng, facts=40, mentions=5, inject=2, inject_parts=1, copies=3, places=places, doc_prefix=f"r{batch}-", fast=True)
        out.extend(made.claims)
    del out[n:]
    rng.shuffle(out)
    return out


@st.composite
def article_sets(
    draw: st.DrawFn,
    *,
    max_facts: int = 8,
    inject: Optional[int] = None,
    inject_parts: Optional[int] = None,
    copies: Optional[int] = None,
) -> ArticleSet:
    """Hypothesis strategy: an ``ArticleSet``; ``inject=0`` (and ``inject_parts=0``) for sets
    with no disagreement."""
    seed = draw(st.integers(0, 2**32 - 1))
    facts = draw(st.integers(1, max_facts))
    return make_article_set(
        random.Random(seed),
        facts=facts,
        mentions=draw(st.integers(1, 5)),
        inject=draw(st.integers(0, 2)) if inject is None else inject,
        inject_parts=draw(st.integers(0, 1)) if inject_parts is None else inject_parts,
        copies=draw(st.integers(0, 2)) if copies is None else copies,
    )


@st.composite
def claims(draw: st.DrawFn, *, doc_ids: tuple[str, ...] = ("doc-a", "doc-b", "doc-c")) -> Claim:
    """Hypothesis strategy: one plausible claim (any qualifier, maybe a source, time, place)."""
    kind, counted, event, unit = draw(st.sampled_from(QUANTITIES))
    value = float(draw(st.integers(1, 100_000)))
    q = draw(st.sampled_from(list(Qualifier)))
    fact = Fact(
        kind=kind,
        counted=counted,
        event=event,
        unit=unit,
        place=draw(st.sampled_from(PLACES)),
        start=dt.date(2020, 1, 1),
        end=dt.date(2020, 1, 1),
        value=value,
    )
    q, text, low, high = _honest(random.Random(draw(st.integers(0, 1000))), q, value, unit)
    builder = _Builder(fast=False)
    return builder.claim(
        draw(st.sampled_from(doc_ids)),
        draw(st.integers(0, 50)),
        fact.end,
        draw(st.integers(0, 5000)),
        fact,
        q,
        text,
        low,
        high,
        draw(st.sampled_from(SOURCES + (None,))),
        with_place=draw(st.booleans()),
    )
