"""Decide which claims are about the same quantity: by keys, never by comparing all pairs.

A quantity's key is (kind, unit, counted, event, place). Claims whose key matches exactly
share a bucket; a bucket missing ``counted``, ``event`` or ``place`` joins the one bucket
that agrees on everything else, and the group records what was relaxed. A bucket that
counts only "person" ("41 people died") joins the one bucket, equal on the rest, that counts
the population of such news ("41 migrants died"), and the group records that too. A claim
that says nothing of what it counts (see ``unknown_quantity``) is a group of its own. Time is
not part of the key: windows inside a group decide "same period" vs "change over time".

>>> normalise_place("the Calais area"), normalise_source("The French government")
('calais', 'french government')
"""

from __future__ import annotations

import datetime as dt
import hashlib
from itertools import combinations
from typing import Iterable, NamedTuple, Optional

import regex

from factx.records import Claim

__all__ = [
    "QuantityKey",
    "Window",
    "Bucket",
    "KEY_FIELDS",
    "claim_order",
    "sort_claims",
    "normalise_source",
    "normalise_place",
    "time_window",
    "format_window",
    "copy_fingerprint",
    "fingerprint_id",
    "group_claims",
    "unknown_quantity",
]

KEY_FIELDS = ("kind", "unit", "counted", "event", "place")
RELAXABLE = ("counted", "event", "place")
# What a figure counts when the text says only that they are people: it names the same
# quantity as a figure that names the whole population of such news ("41 people" and
# "41 migrants" drowned), never one that names a part of it ("10 children", "5 journalists").
GENERIC_COUNTED = frozenset({"person", "people", "individual"})
POPULATION_COUNTED = frozenset({
    "migrant", "refugee", "asylum seeker", "immigrant", "illegal immigrant", "irregular migrant",
    "undocumented migrant", "displaced person", "evacuee", "death", "fatality", "body", "victim",
    "protester", "demonstrator",  # "1,000 people marched" and "5,000 protesters marched"
})

_ARTICLES = regex.compile(r"^(?:the|a|an)\s+", regex.IGNORECASE)
_GENERIC_PLACE_WORDS = frozenset(
    "the of area areas region city town port district surroundings outskirts centre center".split()
)
_SPACES = regex.compile(r"\s+")
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")


class QuantityKey(NamedTuple):
    kind: str
    unit: Optional[str]
    counted: Optional[str]
    event: Optional[str]
    place: Optional[str]  # normalised place name


Window = tuple[int, int]  # inclusive proleptic ordinals of the first and last day


class Bucket:
    """Claims sharing one key while grouping; ``relaxed`` says what was loosened to join."""

    __slots__ = ("key", "claims", "relaxed", "widened", "place_names", "merged")

    def __init__(self, key: QuantityKey) -> None:
        self.key = key
        self.claims: list[Claim] = []  # in the order given, then those of merged buckets
        self.merged = False
        self.relaxed: dict[str, int] = {}  # field -> number of claims missing it
        self.widened: dict[str, int] = {}  # generic counted word -> number of claims that said only it
        self.place_names: set[str] = set()

    def absorb(self, other: "Bucket") -> None:
        """Take in the claims and place names of a bucket that joins this one."""
        self.claims.extend(other.claims)
        self.merged = True
        self.place_names |= other.place_names


def claim_order(claim: Claim) -> tuple:
    """Where a claim sits (document, offsets) and what it says: sorts claims the same way
    whatever order they came in (``sort_claims`` breaks the rare exact ties)."""
    return (
        claim.doc_id or "",
        claim.span.start,
        claim.span.end,
        claim.text,
        claim.kind,
        claim.event or "",
        -1e308 if claim.low is None else claim.low,
        1e308 if claim.high is None else claim.high,
    )


def _where(claim: Claim) -> tuple[str, int, int]:
    return (claim.doc_id or "", claim.span.start, claim.span.end)


def sort_claims(claims: Iterable[Claim]) -> list[Claim]:
    """Claims in a deterministic order: by document and offsets, then by ``claim_order``,
    then (exact ties) by their full JSON."""
    ordered = sorted(claims, key=_where)
    i = 0
    while i < len(ordered):
        where = _where(ordered[i])
        j = i + 1
        while j < len(ordered) and _where(ordered[j]) == where:
            j += 1
        if j - i > 1:
            ordered[i:j] = sorted(ordered[i:j], key=lambda c: (claim_order(c), c.model_dump_json()))
        i = j
    return ordered


def normalise_source(text: Optional[str]) -> Optional[str]:
    """Lower case, no leading article, single spaces: "The French government" -> "french government"."""
    if not text:
        return None
    cleaned = _SPACES.sub(" ", text.strip().lower())
    return _ARTICLES.sub("", cleaned) or None


def normalise_place(name: Optional[str]) -> Optional[str]:
    """A place name without case, articles or generic words ("the port of Calais" -> "calais")."""
    if not name:
        return None
    words = [w for w in _NOT_WORD.split(name.lower()) if w]
    kept = [w for w in words if w not in _GENERIC_PLACE_WORDS]
    return " ".join(kept or words) or None


def time_window(claim: Claim) -> Optional[Window]:
    """The period a claim is about: its resolved time, else its publication date as a point.

    A time with an end and no start ("at one point", "previously": some time before the
    article) is open: it reaches back to the earliest date.
    """
    t = claim.time
    start: Optional[dt.date] = t.start if t else None
    end: Optional[dt.date] = t.end if t else None
    if start is None and end is None:
        start = end = claim.published
    elif start is None:
        start = dt.date.min
    elif end is None:
        end = claim.published if claim.published and claim.published >= start else start
    if start is None or end is None:
        return None
    return (start.toordinal(), max(start, end).toordinal())


def format_window(window: Optional[Window]) -> str:
    if window is None:
        return "undated"
    first, last = dt.date.fromordinal(window[0]), dt.date.fromordinal(window[1])
    if first == dt.date.min:
        return f"up to {last.isoformat()}"
    return first.isoformat() if first == last else f"{first.isoformat()}..{last.isoformat()}"


def copy_fingerprint(claim: Claim) -> tuple:
    """What two copies of one text share: the figure as written, what it says, and where it
    sits in its sentence. Two documents with the same fingerprint are one origin."""
    return (
        claim.text,
        claim.low,
        claim.high,
        claim.qualifier.value,
        claim.unit,
        claim.kind,
        claim.counted,
        claim.event,
        claim.sentence.end - claim.sentence.start,
        claim.span.start - claim.sentence.start,
        claim.source.text if claim.source else None,
        claim.place.name if claim.place else None,
        claim.time.text if claim.time else None,
    )


def fingerprint_id(fingerprint: tuple) -> str:
    return hashlib.blake2b(repr(fingerprint).encode(), digest_size=8).hexdigest()


def _masked(key: QuantityKey, fields: tuple[str, ...]) -> tuple:
    return tuple(None if f in fields else getattr(key, f) for f in KEY_FIELDS)


def _sentences(bucket: Bucket) -> set[tuple[str, int]]:
    return {(c.doc_id or "", c.sentence.start) for c in bucket.claims}


def _join_generic_counted(buckets: dict[QuantityKey, Bucket]) -> None:
    """Each bucket that counts a generic word ("person") joins the one bucket agreeing on
    everything else that counts a population word ("migrant"), unless one sentence has claims
    in both (it tells the two apart: "300 people, 250 of them migrants"; across sentences a
    writer varies the word for one population); with none or several it stays (never guessed)."""
    specific: dict[QuantityKey, list[Bucket]] = {}
    for key, bucket in buckets.items():
        if key.counted in POPULATION_COUNTED:
            specific.setdefault(key._replace(counted=None), []).append(bucket)
    for key in [k for k in buckets if k.counted in GENERIC_COUNTED]:
        targets = specific.get(key._replace(counted=None), ())
        if len(targets) != 1 or _sentences(buckets[key]) & _sentences(targets[0]):
            continue
        bucket, target = buckets.pop(key), targets[0]
        target.absorb(bucket)
        target.widened[key.counted] = target.widened.get(key.counted, 0) + len(bucket.claims)


def unknown_quantity(claim: Claim) -> bool:
    """Whether nothing says what a claim's figure is a number of: no counted noun, and a kind
    that names no quantity of its own (a plain count, a percent, a length...). "Inflation
    rose to 3.1%" and "wages rose by 6.5%" both read as a percent that increased; money is
    told apart by its event ("pledged", "sent") as the gold does, a people kind by its rule.

    >>> from factx import extract
    >>> [unknown_quantity(c) for c in extract("Prices rose 7.1%, 300 migrants were there and £3m was pledged.")]
    [True, False, False]
    """
    return claim.counted is None and (
        claim.kind in ("count", "percent") or (claim.unit is not None and claim.kind != "money")
    )


def group_claims(claims: Iterable[Claim]) -> list[Bucket]:
    """Buckets of claims about one quantity, in first-seen order of ``claims``.

    A bucket missing some of ``counted``/``event``/``place`` merges into the bucket that
    agrees on every field it has and knows the most of the missing ones, if there is exactly
    one such bucket; with none or several it stays on its own (never guessed). A claim of
    an :func:`unknown_quantity` is a group of its own: nothing shows that another figure
    is about the same thing.
    """
    buckets: dict[QuantityKey, Bucket] = {}
    alone: list[tuple[int, Bucket]] = []  # (rank among the claims, bucket) of unknown quantities
    first_seen: dict[QuantityKey, int] = {}
    place_cache: dict[str, Optional[str]] = {}
    for rank, claim in enumerate(claims):
        place = claim.place.name if claim.place else None
        if place is not None and place not in place_cache:
            place_cache[place] = normalise_place(place)
        key = QuantityKey(
            claim.kind, claim.unit, claim.counted, claim.event, None if place is None else place_cache[place]
        )
        if unknown_quantity(claim):
            bucket = Bucket(key)
            alone.append((rank, bucket))
        else:
            bucket = buckets.get(key)
            if bucket is None:
                bucket = buckets[key] = Bucket(key)
                first_seen[key] = rank
        bucket.claims.append(claim)
        if claim.place:
            bucket.place_names.add(claim.place.name)

    _join_generic_counted(buckets)

    # index buckets under each way of hiding known fields that some other bucket lacks
    wanted = {
        hidden
        for key in buckets
        for missing in [tuple(f for f in RELAXABLE if getattr(key, f) is None)]
        for r in range(1, len(missing) + 1)
        for hidden in combinations(missing, r)
    }
    index: dict[tuple, list[Bucket]] = {}
    for key, bucket in buckets.items() if wanted else ():
        for hidden in wanted:
            if all(getattr(key, f) is not None for f in hidden):
                index.setdefault((hidden, _masked(key, hidden)), []).append(bucket)

    # a bucket missing fields joins the one bucket that knows the most of them
    target_of: dict[QuantityKey, tuple[Bucket, tuple[str, ...]]] = {}
    for key, bucket in buckets.items():
        missing = tuple(f for f in RELAXABLE if getattr(key, f) is None)
        for r in range(len(missing), 0, -1):
            hits = [
                (cand, hidden)
                for hidden in combinations(missing, r)
                for cand in index.get((hidden, _masked(key, hidden)), ())
            ]
            if hits:
                if len(hits) == 1:
                    target_of[key] = hits[0]
                break

    merged: list[Bucket] = []
    for key, bucket in buckets.items():
        if key not in target_of:
            merged.append(bucket)
            continue
        root, relaxed = target_of[key]
        fields = set(relaxed)
        while root.key in target_of:  # follow the chain to a bucket that stays
            root, more = target_of[root.key]
            fields |= set(more)
        root.absorb(bucket)
        for f in sorted(fields):
            root.relaxed[f] = root.relaxed.get(f, 0) + len(bucket.claims)
    if not alone:
        return merged
    ranked = [(first_seen[b.key], b) for b in merged] + alone
    ranked.sort(key=lambda rb: rb[0])
    return [b for _, b in ranked]
