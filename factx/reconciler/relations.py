"""Judge how figures relate: agree, agree within rounding, disagree (by source or not),
change over time, parts that exceed their whole, one amount in two currencies.

Functions take figures already read as intervals (``Member``) and return ``Conflict``
records: the relation and the numbers behind it (the sentence is written from them).
Figures that allow exactly the same values form one ``Position`` and are judged once.
"""

from __future__ import annotations

from typing import Callable, Mapping, NamedTuple, Optional, Sequence

from factx.records import Claim
from factx.reconciler.explain import describe_interval
from factx.reconciler.intervals import (
    Bounds,
    Interval,
    ReadInterval,
    Tolerance,
    bounds_meet,
    gap_between,
    overlap,
    precision_tolerance,
)
from factx.reconciler.report import Conflict, Relation, Severity
from factx.reconciler.trusted import trusted

__all__ = [
    "Member",
    "Position",
    "RATE_DRIFT",
    "severity_of",
    "positions_of",
    "judge",
    "relations_among",
    "change_over_time",
    "total_below_part",
    "check_parts",
    "check_conversion",
]

RATE_DRIFT = 0.05  # exchange rates move: a conversion within 5 % (plus rounding) matches


class Member(NamedTuple):
    """One claim as the reconciler sees it."""

    order: int  # rank in the deterministic order of all claims
    claim: Claim
    read: ReadInterval
    source: Optional[str]  # normalised source text


class Side:
    """Members compared as one side of a relation."""

    __slots__ = ("members",)

    def __init__(self, members: Sequence[Member]) -> None:
        self.members = members

    @property
    def claims(self) -> list[Claim]:
        return [m.claim for m in self.members]

    @property
    def intervals(self) -> list[Interval]:
        return [m.read.interval for m in self.members]

    @property
    def tolerances(self) -> list[float]:
        return [m.read.tolerance for m in self.members]

    @property
    def sources(self) -> set[str]:
        return {m.source for m in self.members if m.source}

    @property
    def fully_attributed(self) -> bool:
        return all(m.source for m in self.members)

    @property
    def widened(self) -> bool:
        return any(m.read.tolerance for m in self.members)


class Position(Side):
    """Claims in one period that allow exactly the same values: compared as one."""

    __slots__ = ("bounds",)

    def __init__(self, members: Sequence[Member]) -> None:
        super().__init__(members)
        self.bounds = members[0].read.bounds


def severity_of(relative_gap: float) -> Severity:
    """low under 10 %, medium under 50 %, high from 50 %."""
    if relative_gap < 0.10:
        return Severity.low
    if relative_gap < 0.50:
        return Severity.medium
    return Severity.high


def positions_of(members: Sequence[Member]) -> list[Position]:
    """Members gathered by the values they allow, lowest first."""
    by_values: dict[Bounds, list[Member]] = {}
    for m in members:
        held = by_values.get(m.read.bounds)
        if held is None:
            by_values[m.read.bounds] = [m]
        else:
            held.append(m)
    if len(by_values) == 1:
        return [Position(held) for held in by_values.values()]
    return sorted((Position(held) for held in by_values.values()), key=_position_order)


def _position_order(p: Position) -> tuple[float, float, int]:
    return (p.bounds.low, p.bounds.high, p.members[0].order)


def _record(relation: Relation, a: Side, b: Side, **numbers: object) -> Conflict:
    return _record_sides(relation, [a, b], **numbers)


def _record_sides(relation: Relation, sides: Sequence[Side], **numbers: object) -> Conflict:
    members = [(i, m) for i, side in enumerate(sides) for m in side.members]
    return trusted(
        Conflict,
        relation=relation,
        claims=[m.claim for _, m in members],
        sides=[i for i, _ in members],
        intervals=[m.read.interval for _, m in members],
        tolerances=[m.read.tolerance for _, m in members],
        sources=list(dict.fromkeys(m.claim.source.text for _, m in members if m.claim.source)),
        gap=numbers.get("gap"),
        relative_gap=numbers.get("relative_gap"),
        severity=numbers.get("severity"),
        arithmetic=numbers.get("arithmetic"),
        total=numbers.get("total"),
        implied_rate=numbers.get("implied_rate"),
        expected_rate=numbers.get("expected_rate"),
        periods=numbers.get("periods", []),
    )


def judge(a: Position, b: Position) -> tuple[Relation, dict[str, object]]:
    """How two positions about one quantity in one period relate, and the numbers why."""
    x, y = a.bounds, b.bounds
    if bounds_meet(x, y):
        rounding = (x.core_high < y.core_low or y.core_high < x.core_low) and (a.widened or b.widened)
        return (Relation.consistent_within_rounding if rounding else Relation.consistent), {}
    gap, relative = gap_between(a.members[0].read.interval, b.members[0].read.interval)
    by_source = a.fully_attributed and b.fully_attributed and bool(a.sources) and not (a.sources & b.sources)
    relation = Relation.disputed_by_source if by_source else Relation.conflict
    return relation, {"gap": gap, "relative_gap": relative, "severity": severity_of(relative)}


def relations_among(positions: Sequence[Position], emit: Callable[[Position, Position], bool]) -> list[Conflict]:
    """Every pair of positions of one period, judged, as few records as say it all.

    A record states its relation between every two claims on different sides. So when
    every pair plainly agrees, one ``consistent`` record holds all positions (``sides``
    numbers them); otherwise each position gets one record per kind of agreement with the
    positions after it, and each disagreeing pair its own record with its numbers.
    ``emit(a, b)`` says whether a pair belongs here (a pair already reported with another
    period does not).
    """
    judged = [(i, j, *judge(a, b)) for i, a in enumerate(positions) for j, b in enumerate(positions) if i < j]
    if len(positions) > 2 and all(relation == Relation.consistent for _, _, relation, _ in judged):
        return [_record_sides(Relation.consistent, positions)]
    records: list[Conflict] = []
    agreeing: dict[tuple[Relation, int], list[Member]] = {}
    for i, j, relation, numbers in judged:
        a, b = positions[i], positions[j]
        if not emit(a, b):
            continue
        if relation == Relation.conflict and _one_article(a, b):
            continue
        if relation in (Relation.consistent, Relation.consistent_within_rounding):
            agreeing.setdefault((relation, i), []).extend(b.members)
        else:
            records.append(_record(relation, a, b, **numbers))
    agreements = [
        _record(relation, positions[i], Side(members))
        for (relation, i), members in sorted(agreeing.items(), key=lambda kv: (kv[0][1], kv[0][0].value))
    ]
    return agreements + records


def _one_article(a: Side, b: Side) -> bool:
    """Whether every claim of both sides comes from one article. There, two figures that
    differ without two named sources behind them are read as two quantities, not a
    disagreement: a writer gives "the camp's 700 to 800" and "1,000 in the Calais area", "cut
    by £3m to £45m", "wages rose 6.5% while prices climbed 7.1%" as different things that
    the key (counted, event, place) does not tell apart. Two named sources in one article
    still dispute (``disputed_by_source``), and parts that exceed their whole still disagree."""
    doc = a.members[0].claim.doc_id
    return all(m.claim.doc_id == doc for side in (a, b) for m in side.members)


def change_over_time(
    earlier: Sequence[Member], earlier_when: str, later: Sequence[Member], later_when: str
) -> Conflict:
    """Figures for one quantity in two periods that do not overlap."""
    return _record(Relation.change_over_time, Side(earlier), Side(later), periods=[earlier_when, later_when])


def total_below_part(total: Member, total_when: str, part: Member, part_when: str) -> Optional[Conflict]:
    """A figure for a period against one for a period inside it, of a quantity that adds up
    over time: a disagreement when the whole period's figure is below the part's."""
    whole_iv, part_iv = total.read.interval, part.read.interval
    at_least_part = trusted(Interval, low=part_iv.low, high=None, low_strict=part_iv.low_strict, high_strict=False)
    if overlap(whole_iv, at_least_part):
        return None
    gap, relative = gap_between(whole_iv, part_iv)
    a, b = Position([total]), Position([part])
    by_source = a.fully_attributed and b.fully_attributed and not (a.sources & b.sources)
    return _record(
        Relation.disputed_by_source if by_source else Relation.conflict, a, b,
        gap=gap, relative_gap=relative, severity=severity_of(relative), periods=[total_when, part_when],
    )


def _sum(intervals: Sequence[Interval]) -> Interval:
    low = 0.0
    high: Optional[float] = 0.0
    for iv in intervals:
        low += iv.low or 0.0
        high = None if high is None or iv.high is None else high + iv.high
    return trusted(
        Interval,
        low=low,
        high=high,
        low_strict=any(iv.low_strict for iv in intervals),
        high_strict=any(iv.high_strict for iv in intervals),
    )


def check_parts(whole: Member, parts: Sequence[Member]) -> Optional[Conflict]:
    """Parts stated "of" a whole: a disagreement when they add up to more than it allows.
    Parts adding up to less are fine (a text need not list every part). Only parts in the
    whole's unit add up: "60% of the 50 migrants" is a share, not 60 of them."""
    parts = [p for p in parts if p.claim.unit == whole.claim.unit]
    if not parts:
        return None
    total = _sum([p.read.interval for p in parts])
    whole_iv = whole.read.interval
    if overlap(total, whole_iv) or whole_iv.high is None or (total.low or 0) < whole_iv.high:
        return None
    terms = " + ".join(describe_interval(p.read.core) for p in parts)
    arithmetic = f"{terms} = {describe_interval(total)}"
    gap, relative = gap_between(total, whole_iv)
    return _record(
        Relation.internal_inconsistency,
        Side([whole]),
        Side(parts),
        gap=gap,
        relative_gap=relative,
        severity=severity_of(relative),
        arithmetic=arithmetic,
        total=total,
    )


def check_conversion(
    first: Member, second: Member, rates: Optional[Mapping[str, float]], tolerance: Tolerance
) -> Optional[Conflict]:
    """ "£22 million (US$34.5 million)": one amount in two currencies. With ``rates`` (value
    of one unit of each currency in a common base) the pair is checked; a mismatch beyond
    rounding plus ``RATE_DRIFT`` is a ``conflict``."""
    a, b = first.claim, second.claim
    if not a.value or not b.value or not a.unit or not b.unit:
        return None
    implied = b.value / a.value
    expected: Optional[float] = None
    if rates and a.unit in rates and b.unit in rates and rates[b.unit]:
        expected = rates[a.unit] / rates[b.unit]
    if expected is None:
        return _record(Relation.equivalent_conversion, Side([first]), Side([second]), implied_rate=implied)
    if callable(tolerance) or tolerance is None:
        allowed = max(precision_tolerance(a.text, a.value), precision_tolerance(b.text, b.value))
    else:
        allowed = float(tolerance)
    allowed += RATE_DRIFT
    converted = a.value * expected
    relative = abs(converted - b.value) / max(converted, b.value)
    if relative <= allowed:
        return _record(
            Relation.equivalent_conversion, Side([first]), Side([second]), implied_rate=implied, expected_rate=expected
        )
    return _record(
        Relation.conflict,
        Side([first]), Side([second]),
        gap=abs(converted - b.value),
        relative_gap=relative,
        severity=severity_of(relative),
        implied_rate=implied,
        expected_rate=expected,
    )
