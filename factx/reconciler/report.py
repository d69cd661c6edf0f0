"""The records ``reconcile`` returns: groups of figures about one quantity, and the
relations found between them. All frozen; ``Report.model_dump_json()`` gives JSON."""

from __future__ import annotations

from enum import Enum
from typing import Optional

from typing import Any

from pydantic import computed_field, model_validator

from factx.records import Claim, Record
from factx.reconciler.explain import explain_relation
from factx.reconciler.intervals import Interval

__all__ = ["Relation", "Severity", "DISAGREEMENTS", "Conflict", "Origin", "Group", "Report"]


class Relation(str, Enum):
    """How figures relate. Only ``conflict``, ``disputed_by_source`` and
    ``internal_inconsistency`` are disagreements."""

    consistent = "consistent"
    consistent_within_rounding = "consistent_within_rounding"
    conflict = "conflict"
    disputed_by_source = "disputed_by_source"
    change_over_time = "change_over_time"
    internal_inconsistency = "internal_inconsistency"
    equivalent_conversion = "equivalent_conversion"

    def __str__(self) -> str:
        return self.value


DISAGREEMENTS = frozenset({Relation.conflict, Relation.disputed_by_source, Relation.internal_inconsistency})


class Severity(str, Enum):
    """How far apart disagreeing figures are: low under 10 %, medium under 50 %, else high."""

    low = "low"
    medium = "medium"
    high = "high"

    def __str__(self) -> str:
        return self.value


class Conflict(Record):
    """A relation between figures, with one sentence a journalist can paste (``explanation``,
    written when read and included in JSON) and the numbers behind it.

    ``claims[i]`` was read as ``intervals[i]`` with ``tolerances[i]`` and stands on side
    ``sides[i]``; the relation holds between every two claims on different sides. Sides are
    0 and 1 (for a part-whole check, 0 is the whole and 1 the parts), except in a
    ``consistent`` record of three or more positions that all agree, numbered 0, 1, 2, ...
    A disagreement always compares exactly two positions, with its own gap and severity.
    """

    relation: Relation
    claims: list[Claim]
    sides: list[int]
    intervals: list[Interval]
    tolerances: list[float]
    sources: list[str] = []
    gap: Optional[float] = None  # absolute gap between the nearest ends of the two sides
    relative_gap: Optional[float] = None  # gap as a fraction of the larger nearest end
    severity: Optional[Severity] = None
    arithmetic: Optional[str] = None  # "150 + 150 + 500 = 800"
    total: Optional[Interval] = None  # the sum of the parts
    implied_rate: Optional[float] = None  # second currency per unit of the first
    expected_rate: Optional[float] = None  # the same, from the rates the caller gave
    periods: list[str] = []  # for change_over_time: the period of side 0, then of side 1

    @model_validator(mode="before")
    @classmethod
    def _drop_written_explanation(cls, data: Any) -> Any:
        """Read back a report's JSON: the explanation is written from the fields, not stored."""
        if isinstance(data, dict) and "explanation" in data:
            data = {k: v for k, v in data.items() if k != "explanation"}
        return data

    @computed_field  # type: ignore[prop-decorator]
    @property
    def explanation(self) -> str:
        """One plain sentence a journalist can paste: the figures as written, the documents,
        the sources and the numbers."""
        return explain_relation(self)

    @property
    def is_disagreement(self) -> bool:
        return self.relation in DISAGREEMENTS


class Origin(Record):
    """Claims that are copies of one text under several documents: one origin, not
    corroboration."""

    fingerprint: str
    doc_ids: list[str]
    text: str


class Group(Record):
    """Claims judged to be about the same quantity, and the evidence for it."""

    kind: str
    unit: Optional[str]
    counted: Optional[str]
    event: Optional[str]
    place: Optional[str]
    matched: list[str]  # key fields every claim agrees on
    relaxed: list[str]  # key fields missing on some claims, or place names matched loosely
    claims: list[Claim]
    low: Optional[float]  # the spread of stated values: lowest bound stated
    high: Optional[float]  # highest bound stated (None: some claim is open above)
    sources: list[str]  # every source named, as written
    unattributed: int  # claims with no source
    documents: list[str]
    periods: list[str]  # the time windows found, earliest first ("2015-08-20", "2015-06-01..2015-08-20")
    origins: int  # distinct origins once copies are merged
    copies: list[Origin]  # origins seen in more than one document
    relations: list[Conflict]  # every relation found in the group, consistent ones included


class Report(Record):
    """What ``reconcile`` found. ``conflicts`` holds every relation except plain
    ``consistent`` (those stay in ``Group.relations``)."""

    groups: list[Group]
    conflicts: list[Conflict]

    @property
    def disagreements(self) -> list[Conflict]:
        """Only the relations that mean figures disagree."""
        return [c for c in self.conflicts if c.is_disagreement]
