"""The records factx returns: frozen pydantic models that point back to their text.

Every record with a ``span`` satisfies ``document[span.start:span.end] == record.text``.
Offsets are Python ``str`` indices, end exclusive.

>>> s = Span(start=4, end=9)
>>> "the 1,317 migrants"[s.start:s.end]
'1,317'
>>> s.shifted(10)
Span(start=14, end=19)
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Optional, TypeVar

from pydantic import BaseModel, ConfigDict, model_validator

__all__ = [
    "Record",
    "Span",
    "Qualifier",
    "Attribution",
    "TimeRef",
    "Place",
    "Figure",
    "Claim",
]


class Record(BaseModel):
    """Base of every factx record: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Record):
    """Character offsets into a document: ``start`` inclusive, ``end`` exclusive."""

    start: int
    end: int

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")
        return self

    def __repr__(self) -> str:
        return f"Span(start={self.start}, end={self.end})"

    def shifted(self, by: int) -> "Span":
        """The same span in a text with ``by`` characters more in front."""
        return Span(start=self.start + by, end=self.end + by)

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


class Qualifier(str, Enum):
    """How a figure is stated. Bounds are stored as stated; this says how to read them."""

    exact = "exact"
    approximate = "approximate"  # about, around, some, roughly, an estimated, closer to
    nearly = "nearly"  # nearly, almost, just under (approaching from below)
    at_least = "at_least"  # at least, no fewer than, a minimum of
    more_than = "more_than"  # more than, over, upwards of, in excess of, surpassed
    at_most = "at_most"  # up to, at most, no more than, a maximum of
    less_than = "less_than"  # less than, under, fewer than, below
    range = "range"  # 700 to 800, between 100 and 200, dozens of

    def __str__(self) -> str:  # so that str(q) == q.value, as in CSV
        return self.value


class Attribution(Record):
    """Who says so: the source's words, where they are, and the cue that marks them."""

    text: str
    span: Span
    cue: str  # said, told, claim, suggest, estimate, according to, figures from, reported, ...


class TimeRef(Record):
    """When: the words that say it, and the period they resolve to (inclusive dates)."""

    text: str
    span: Span
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None


class Place(Record):
    """Where: the words that say it and a normalised name."""

    text: str
    span: Span
    name: str
    country: Optional[str] = None  # ISO 3166-1 alpha-2 where known
    feature: Optional[str] = None  # city, country, region, sea, admin, ...


class Figure(Record):
    """A number as the figure reader found it, before it is understood as a claim.

    ``role`` is ``"claim"`` for a checkable figure, otherwise why it is not one
    (``year``, ``date``, ``clock_time``, ``age``, ``duration``, ``ordinal``,
    ``identifier``, ``pronoun``, ``article``: "a gallon" as one unit, ``unit_only``: a percent
    named with no number, "a small percent", whose ``low`` and ``high`` are None; seen only with
    ``read_figures(text, all_roles=True)``).
    """

    text: str
    span: Span
    low: Optional[float]
    high: Optional[float]
    qualifier: Qualifier = Qualifier.exact
    unit: Optional[str] = None
    dimension: Optional[str] = None  # money, percent, length, mass, ... ; None = count
    role: str = "claim"


class Claim(Record):
    """One checkable figure, with what it is about (see DESIGN.md section 1)."""

    doc_id: Optional[str] = None
    text: str
    span: Span
    sentence: Span
    low: Optional[float]
    high: Optional[float]
    qualifier: Qualifier = Qualifier.exact
    unit: Optional[str] = None
    counted: Optional[str] = None
    kind: str = "count"
    event: Optional[str] = None
    source: Optional[Attribution] = None
    time: Optional[TimeRef] = None
    place: Optional[Place] = None
    modality: Optional[str] = None  # reported, estimate, projection, pledge, claim
    published: Optional[dt.date] = None  # the document's date: the "as of" when no time is said
    part_of: Optional[Span] = None  # span of the whole this figure is a part of ("Of the 700 ..., 150 ...")

    @property
    def value(self) -> Optional[float]:
        """The single stated value, or None for a range or an open bound."""
        return self.low if self.low == self.high else None


_set_attribute = object.__setattr__
R = TypeVar("R", bound=Record)


def trusted_record(cls: type[R], values: dict) -> R:
    """The record ``cls(**values)`` without validating ``values`` again, as pydantic's
    ``model_construct`` builds it: for the hot loops whose values are already of the
    record's types (records and enums made by validation, str, float, int or None).
    ``values`` must give every field, in the order the class declares them. The one
    place where factx builds records so (figures, sentences, places, claims, reconciler).

    >>> trusted_record(Span, {"start": 1, "end": 4}) == Span(start=1, end=4)
    True
    """
    record = cls.__new__(cls)
    _set_attribute(record, "__dict__", values)
    _set_attribute(record, "__pydantic_fields_set__", set(values))
    _set_attribute(record, "__pydantic_extra__", None)
    _set_attribute(record, "__pydantic_private__", None)
    return record
