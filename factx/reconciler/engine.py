"""``reconcile``: from claims of many articles to groups and the relations between them.

>>> from factx.records import Attribution, Claim, Span
>>> def said(text, value, who, doc, qualifier="exact"):
...     return Claim(doc_id=doc, text=text, span=Span(start=0, end=len(text)), sentence=Span(start=0, end=80),
...                  low=value, high=value, qualifier=qualifier, kind="arrests", counted="person",
...                  event="arrested", published="2023-05-02",
...                  source=Attribution(text=who, span=Span(start=50, end=60), cue="said"))
>>> report = reconcile([said("21", 21, "police", "a"), said("about 40", 40, "the mayor", "b", "approximate")])
>>> [str(c.relation) for c in report.conflicts]
['disputed_by_source']
"""

from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterable, Mapping, Optional, Sequence

from factx.gcpause import cyclic_gc_paused
from factx.records import Claim
from factx.reconciler.grouping import (
    KEY_FIELDS,
    Bucket,
    Window,
    copy_fingerprint,
    fingerprint_id,
    format_window,
    group_claims,
    normalise_source,
    sort_claims,
    time_window,
)
from factx.reconciler.intervals import ReadInterval, Tolerance, read_interval
from factx.reconciler.relations import (
    Member,
    change_over_time,
    check_conversion,
    check_parts,
    positions_of,
    relations_among,
    total_below_part,
)
from factx.reconciler.report import Conflict, Group, Origin, Relation, Report
from factx.reconciler.trusted import trusted

__all__ = ["reconcile"]

CONVERSION_GAP = 3  # "£22 million (US$34.5 million)": the second starts within 3 characters


def reconcile(
    claims: Iterable[Claim], *, tolerance: Tolerance = None, rates: Optional[Mapping[str, float]] = None
) -> Report:
    """Group claims about the same quantity and report how their figures relate.

    ``tolerance`` overrides how far approximate figures are widened: a fraction, or a
    function of the claim returning a fraction (or None for the default rule, half a unit
    of the last significant digit, kept between 3 % and 10 %). ``rates`` maps currency
    codes to the value of one unit in a common base (``{"USD": 1.0, "GBP": 1.27}``) to
    check figures given in two currencies; no rates are ever fetched.
    The order of ``claims`` does not change the report.
    """
    if isinstance(tolerance, (int, float)) and not 0 <= tolerance < 1:
        raise ValueError(f"tolerance must be a fraction in [0, 1), got {tolerance!r}")
    with cyclic_gc_paused():
        return _reconcile(claims, tolerance, rates)


def _reconcile(claims: Iterable[Claim], tolerance: Tolerance, rates: Optional[Mapping[str, float]]) -> Report:
    read, source = _interval_reader(tolerance), _source_reader()
    given = list(claims)
    for i, claim in enumerate(given):
        if not isinstance(claim, Claim):
            raise TypeError(f"reconcile takes factx Claim records; item {i} is a {type(claim).__name__}: {claim!r:.80}")
    ordered = sort_claims(given)
    members = [Member(i, c, read(c), source(c)) for i, c in enumerate(ordered)]
    by_claim = {id(m.claim): m for m in members}
    wholes = [m for m in members if m.claim.part_of is None]
    groups = [_build_group(bucket, by_claim) for bucket in group_claims(m.claim for m in wholes)]
    conflicts = [r for g in groups for r in g.relations if r.relation != Relation.consistent]
    conflicts += _part_whole_checks(members)
    conflicts += _conversions(members, rates, tolerance)
    return trusted(Report, groups=groups, conflicts=conflicts)


def _interval_reader(tolerance: Tolerance) -> Callable[[Claim], ReadInterval]:
    """``read_interval`` with a cache for this call: articles repeat the same figures."""
    if callable(tolerance):
        return lambda claim: read_interval(claim, tolerance)
    seen: dict[tuple, ReadInterval] = {}

    def read(claim: Claim) -> ReadInterval:
        key = (claim.text, claim.low, claim.high, claim.qualifier, claim.kind, claim.unit)
        found = seen.get(key)
        if found is None:
            found = seen[key] = read_interval(claim, tolerance)
        return found

    return read


def _source_reader() -> Callable[[Claim], Optional[str]]:
    """``normalise_source`` with a cache for this call."""
    seen: dict[str, Optional[str]] = {}

    def source(claim: Claim) -> Optional[str]:
        if claim.source is None:
            return None
        text = claim.source.text
        if text not in seen:
            seen[text] = normalise_source(text)
        return seen[text]

    return source


def _periods(members: Sequence[tuple[Window, Member]]) -> list[tuple[Window, list[Member]]]:
    """Merge members whose windows overlap into periods, earliest first."""
    periods: list[tuple[Window, list[Member]]] = []
    for window, m in sorted(members):  # by window, then by order (unique: claims never compared)
        if periods and window[0] <= periods[-1][0][1]:
            (start, end), held = periods[-1]
            periods[-1] = ((start, max(end, window[1])), held)
            held.append(m)
        else:
            periods.append((window, [m]))
    return periods


def _relations_in_group(members: Sequence[Member]) -> tuple[list[Conflict], list[str]]:
    """Every relation between the figures of one group, and the periods found.

    Figures are compared within a period (windows that overlap); consecutive periods make
    one ``change_over_time`` record; figures with no date are compared with every period.
    """
    dated: list[tuple[Window, Member]] = []
    undated: list[Member] = []
    stated: dict[int, Window] = {}  # id(member) -> its window, for claims whose text says when
    for m in members:
        w = time_window(m.claim)
        (undated.append(m) if w is None else dated.append((w, m)))
        if w is not None and m.claim.time is not None and m.claim.time.start is not None:
            stated[id(m)] = w
    periods = _periods(dated)

    relations: list[Conflict] = []
    undated_positions = positions_of(undated)
    undated_ids = {id(p) for p in undated_positions}

    def not_both_undated(a: object, b: object) -> bool:  # those pairs belong to the first period
        return not (id(a) in undated_ids and id(b) in undated_ids)

    def same_period(a: Position, b: Position) -> bool:
        return not stated or any(
            _same_period(stated.get(id(x)), stated.get(id(y))) for x in a.members for y in b.members
        )

    for k, (_, held) in enumerate(periods):
        if k == 0:
            emit = same_period
        else:
            emit = lambda a, b: not_both_undated(a, b) and same_period(a, b)  # noqa: E731
        relations += relations_among(positions_of(held) + undated_positions, emit)
    if not periods:
        relations += relations_among(undated_positions, lambda a, b: True)
    for (w1, earlier), (w2, later) in zip(periods, periods[1:]):
        relations.append(change_over_time(earlier, format_window(w1), later, format_window(w2)))
    if stated and members[0].claim.event in CUMULATIVE_EVENTS and members[0].claim.kind != "percent":
        relations += _totals_below_their_parts(members, stated)
    return relations, [format_window(w) for w, _ in periods] + (["undated"] if undated else [])


# Events whose figures add up over time: a period's figure is at least that of any period
# inside it ("28,500 crossed this year" cannot be fewer than "650 crossed on Monday"). Not
# a state ("present", "missing", "detained") nor a change ("increased").
CUMULATIVE_EVENTS = frozenset({
    "died", "arrived", "crossed", "entered", "attempted", "stopped", "rescued", "removed", "relocated",
    "returned", "arrested", "charged", "convicted", "fined", "injured", "attacked", "abducted", "found",
    "seized", "applied", "granted", "refused", "pledged", "sent", "paid", "funded", "cost",
})
SAME_PERIOD_SPAN = 2.0  # stated windows that overlap are one period if neither is over twice the other


def _same_period(x: Optional[Window], y: Optional[Window]) -> bool:
    """Whether two windows that overlap (or one not stated) are one period. Two stated
    windows of very different lengths are not: "650 crossed on Monday" and "28,500 have
    crossed this year" count different things, a day's crossings and the year's."""
    if x is None or y is None:
        return True
    days_x, days_y = x[1] - x[0] + 1, y[1] - y[0] + 1
    return max(days_x, days_y) <= SAME_PERIOD_SPAN * min(days_x, days_y)


def _totals_below_their_parts(members: Sequence[Member], stated: Mapping[int, Window]) -> list[Conflict]:
    """For a quantity that adds up over time: each stated window inside another, longer one
    (not the same period), whose figures exceed every figure of the longer one. One record per
    pair of windows, naming the longer window's lowest figure and the shorter one's highest."""
    by_window: dict[Window, list[Member]] = defaultdict(list)
    for m in members:
        w = stated.get(id(m))
        if w is not None:
            by_window[w].append(m)
    found: list[Conflict] = []
    windows = sorted(by_window)
    for outer in windows:
        total = min(by_window[outer], key=lambda m: (m.read.bounds.high, m.order))
        for inner in windows:
            if inner == outer or not (outer[0] <= inner[0] and inner[1] <= outer[1]) or _same_period(outer, inner):
                continue
            part = max(by_window[inner], key=lambda m: (m.read.bounds.low, -m.order))
            conflict = total_below_part(total, format_window(outer), part, format_window(inner))
            if conflict is not None:
                found.append(conflict)
    return found


def _build_group(bucket: Bucket, by_claim: Mapping[int, Member]) -> Group:
    """A group record: the claims of one bucket, their relations, and the evidence."""
    members = [by_claim[id(c)] for c in bucket.claims]
    if bucket.merged:
        members.sort(key=lambda m: m.order)
    key = bucket.key
    place_names = sorted(bucket.place_names)
    relations, periods = _relations_in_group(members)

    relaxed = [f"{f}: missing on {n} claim{'s' if n > 1 else ''}" for f, n in sorted(bucket.relaxed.items())]
    relaxed += [f"counted: {w!r} read as {key.counted!r} on {n} claim{'s' if n > 1 else ''}"
                for w, n in sorted(bucket.widened.items())]
    if len(place_names) > 1:
        relaxed.append("place: written as " + ", ".join(repr(p) for p in place_names))
    loose = {f for f in bucket.relaxed} | ({"counted"} if bucket.widened else set()) | ({"place"} if len(place_names) > 1 else set())
    claims = [m.claim for m in members]

    origins: dict[tuple, list[str]] = defaultdict(list)
    for c in claims:
        docs = origins[copy_fingerprint(c)]
        if (c.doc_id or "") not in docs:
            docs.append(c.doc_id or "")
    copies = [
        trusted(Origin, fingerprint=fingerprint_id(fp), doc_ids=docs, text=fp[0])
        for fp, docs in origins.items()
        if len(docs) > 1
    ]

    sources: list[str] = []
    for c in claims:
        if c.source and c.source.text not in sources:
            sources.append(c.source.text)
    lows = [c.low if c.low is not None else c.high for c in claims]
    highs = [c.high for c in claims]
    known_lows = [x for x in lows if x is not None]
    return trusted(
        Group,
        kind=key.kind,
        unit=key.unit,
        counted=key.counted,
        event=key.event,
        place=place_names[0] if place_names else None,
        matched=[f for f in KEY_FIELDS if f not in loose],
        relaxed=relaxed,
        claims=claims,
        low=min(known_lows) if known_lows else None,
        high=None if any(h is None for h in highs) else max(h for h in highs if h is not None),
        sources=sources,
        unattributed=sum(1 for c in claims if c.source is None),
        documents=sorted({c.doc_id or "" for c in claims}),
        periods=periods,
        origins=len(origins),
        copies=copies,
        relations=relations,
    )


def _part_whole_checks(members: Sequence[Member]) -> list[Conflict]:
    """Parts whose ``part_of`` span points at a whole claim in the same document."""
    by_span = {(m.claim.doc_id, m.claim.span.start, m.claim.span.end): m for m in members}
    by_doc: dict[Optional[str], list[Member]] = defaultdict(list)
    parts_of: dict[int, list[Member]] = defaultdict(list)
    docs_with_parts = {m.claim.doc_id for m in members if m.claim.part_of is not None}
    for m in members:
        if m.claim.doc_id in docs_with_parts:
            by_doc[m.claim.doc_id].append(m)
    for doc, in_doc in by_doc.items():
        for p in (m for m in in_doc if m.claim.part_of is not None):
            span = p.claim.part_of
            assert span is not None
            whole = by_span.get((doc, span.start, span.end))
            if whole is None:  # the whole's span may be written wider or narrower than the claim's
                whole = next(
                    (m for m in in_doc if m.claim.part_of is None and m.claim.span.overlaps(span)),
                    None,
                )
            if whole is not None and whole is not p:
                parts_of[whole.order].append(p)
    found: list[Conflict] = []
    for order in sorted(parts_of):
        whole = members[order]
        conflict = check_parts(whole, sorted(parts_of[order], key=lambda m: m.order))
        if conflict is not None:
            found.append(conflict)
    return found


def _conversions(
    members: Sequence[Member], rates: Optional[Mapping[str, float]], tolerance: Tolerance
) -> list[Conflict]:
    """Pairs like "£22 million (US$34.5 million)": two currencies, one sentence, adjacent."""
    by_sentence: dict[tuple, list[Member]] = defaultdict(list)
    for m in members:
        c = m.claim
        if c.unit and c.unit != "percent" and (c.kind == "money" or (len(c.unit) == 3 and c.unit.isupper())):
            by_sentence[(c.doc_id, c.sentence.start, c.sentence.end)].append(m)
    found: list[Conflict] = []
    for money in by_sentence.values():
        money.sort(key=lambda m: (m.claim.span.start, m.order))
        for first, second in zip(money, money[1:]):
            a, b = first.claim, second.claim
            if a.unit != b.unit and 0 <= b.span.start - a.span.end <= CONVERSION_GAP:
                conflict = check_conversion(first, second, rates, tolerance)
                if conflict is not None:
                    found.append(conflict)
    found.sort(key=lambda c: (c.claims[0].doc_id or "", c.claims[0].span.start))
    return found
