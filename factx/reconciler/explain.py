"""Write the one sentence a journalist can paste for each relation.

Sentences name the figures as written, the documents, the sources and the numbers.

>>> number(1450.0), number(34500000.0), percent(0.3103)
('1,450', '34,500,000', '31%')
>>> describe_quantity("people", None, "migrant", "present", "Calais")
'migrants present in Calais'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Sequence

from factx.records import Claim
from factx.reconciler.grouping import GENERIC_COUNTED
from factx.reconciler.intervals import Interval

if TYPE_CHECKING:  # pragma: no cover
    from factx.reconciler.report import Conflict

__all__ = [
    "number",
    "percent",
    "describe_quantity",
    "describe_interval",
    "describe_side",
    "agreement_sentence",
    "disagreement_sentence",
    "change_sentence",
    "parts_sentence",
    "conversion_sentence",
    "explain_relation",
]

_IRREGULAR = {"person": "people", "child": "children", "man": "men", "woman": "women", "death": "deaths"}


def number(x: float) -> str:
    """A number with thousands separators, without a trailing ``.0``."""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def percent(fraction: float) -> str:
    """A fraction as a percent: whole from 10 %, one decimal below, two significant digits
    under 0.1 % (a gap of 19 in 45,774 is "0.042%", not "0.0%").

    >>> percent(0.31), percent(0.048), percent(19 / 45774), percent(0)
    ('31%', '4.8%', '0.042%', '0%')
    """
    value = fraction * 100
    if value >= 10 or value == 0:
        return f"{value:.0f}%"
    return f"{value:.1f}%" if value >= 0.1 else f"{value:.2g}%"


def _plural(noun: str) -> str:
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    last, _, head = noun.rpartition(" ")
    word = head or noun
    word = _IRREGULAR.get(word) or (word if word.endswith("s") else word + "s")
    return f"{last} {word}" if last else word


# Nouns that name their event: a group counting them needs no verb ("arrivals in Lampedusa").
_EVENT_NOUNS = {
    "death": "died", "fatality": "died", "arrival": "arrived", "crossing": "crossed", "arrest": "arrested",
    "attempt": "attempted", "rescue": "rescued", "removal": "removed", "deportation": "returned",
    "return": "returned", "application": "applied", "eviction": "removed", "injury": "injured",
}


def describe_quantity(
    kind: str, unit: Optional[str], counted: Optional[str], event: Optional[str], place: Optional[str]
) -> str:
    """Plain words for a quantity: "migrants present in Calais", "GBP pledged".

    >>> describe_quantity("people", None, "migrant", "present", "Calais"), describe_quantity("money", "GBP", None, "pledged", None)
    ('migrants present in Calais', 'GBP pledged')
    >>> describe_quantity("people", None, "arrival", "arrived", "Lampedusa")  # the noun says the event
    'arrivals in Lampedusa'
    """
    what = _plural(counted) if counted else (unit if unit else kind)
    parts = [what]
    if event and _EVENT_NOUNS.get(counted or "") != event:  # "deaths", not "deaths died"
        parts.append(event)
    if place:
        parts.append(f"in {place}")
    return " ".join(parts)


def describe_interval(iv: Interval) -> str:
    """ "650 to 750", "at least 9", "more than 700", "up to 500"."""
    if iv.low is not None and iv.high is not None:
        if iv.low == iv.high:
            return number(iv.low)
        if iv.high_strict and not iv.low:
            return f"less than {number(iv.high)}"
        return f"{number(iv.low)} to {number(iv.high)}"
    if iv.high is None and iv.low is not None:
        return f"{'more than' if iv.low_strict else 'at least'} {number(iv.low)}"
    if iv.high is not None:
        return f"{'less than' if iv.high_strict else 'up to'} {number(iv.high)}"
    return "any value"


def _quoted_figures(claims: Sequence[Claim]) -> str:
    texts = list(dict.fromkeys(f'"{c.text}"' for c in claims))
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + f" and {texts[-1]}"


def _readings(claims: Sequence[Claim], intervals: Sequence[Interval], tolerances: Sequence[float]) -> str:
    readings = dict.fromkeys(
        f"{describe_interval(iv)}, ±{percent(t)}" for iv, t in zip(intervals, tolerances) if t
    )
    return f"; read as {' and '.join(readings)}" if readings else ""


def _docs(claims: Sequence[Claim]) -> str:
    docs = sorted({c.doc_id or "an unnamed document" for c in claims})
    if len(docs) > 3:
        return f"{', '.join(docs[:3])} and {len(docs) - 3} more"
    return ", ".join(docs)


def _who(claims: Sequence[Claim]) -> str:
    names: list[str] = []
    for c in claims:
        name = c.source.text if c.source else None
        if name and name not in names:
            names.append(name)
    if not names:
        return "unattributed"
    if any(c.source is None for c in claims):
        names.append("unattributed")
    return " and ".join(names)


def describe_side(claims: Sequence[Claim], intervals: Sequence[Interval], tolerances: Sequence[float]) -> str:
    """The figures as written, who gives them, where, and how approximate ones were read.

    >>> from factx.records import Claim, Span
    >>> c = Claim(doc_id="doc-a", text="some 9,000", span=Span(start=0, end=10), sentence=Span(start=0, end=10),
    ...           low=9000, high=9000, qualifier="approximate")
    >>> describe_side([c], [Interval(low=8500, high=9500)], [0.0556])
    '"some 9,000" (unattributed, doc-a; read as 8,500 to 9,500, ±5.6%)'
    """
    return f"{_quoted_figures(claims)} ({_who(claims)}, {_docs(claims)}{_readings(claims, intervals, tolerances)})"


def _capital(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def agreement_sentence(quantity: str, sides: str, within_rounding: bool, every_pair: bool = False) -> str:
    if within_rounding:
        how = "agree within rounding: they overlap once approximate figures are widened"
    else:
        how = "all agree: every pair of figures overlaps" if every_pair else "agree: the figures overlap"
    return _capital(f"for {quantity}, {sides} {how}.")


def disagreement_sentence(
    quantity: str, side_a: str, side_b: str, gap: float, relative_gap: float, severity: str, by_source: bool
) -> str:
    who = "the sources disagree" if by_source else "the figures disagree"
    return _capital(
        f"for {quantity}, {side_a} and {side_b} do not overlap, "
        f"a gap of {number(gap)} ({percent(relative_gap)}), {severity} severity: {who}."
    )


def total_sentence(
    quantity: str, total: str, total_when: str, part: str, part_when: str, gap: float, relative_gap: float,
    severity: str, by_source: bool,
) -> str:
    who = "the sources disagree" if by_source else "the figures disagree"
    return _capital(
        f"for {quantity}, {total} for {total_when} is less than {part} for {part_when}, a period "
        f"inside it, by {number(gap)} ({percent(relative_gap)}), {severity} severity: {who}."
    )


def change_sentence(quantity: str, earlier: str, earlier_when: str, later: str, later_when: str) -> str:
    return _capital(
        f"for {quantity}, {earlier} is for {earlier_when} and {later} for {later_when}: "
        f"different periods, a change over time, not a conflict."
    )


def parts_sentence(
    doc: str, arithmetic: str, whole: Claim, whole_iv: Interval, tolerance: float, excess: float, relative: float
) -> str:
    reading = f" (read as {describe_interval(whole_iv)}, ±{percent(tolerance)})" if tolerance else ""
    return (
        f"In {doc}, the parts add up to more than the whole: {arithmetic}, outside "
        f'"{whole.text}"{reading}, by {number(excess)} ({percent(relative)}).'
    )


def conversion_sentence(
    first: Claim, second: Claim, implied: float, expected: Optional[float], matches: Optional[bool]
) -> str:
    units = f"{second.unit} per {first.unit}"
    head = (
        f'In {first.doc_id or "an unnamed document"}, "{first.text}" and "{second.text}" '
        f"give one amount in two currencies (an implied rate of {implied:.4g} {units})"
    )
    if expected is None:
        return head + ", not two figures."
    if matches:
        return head + f", which matches the rate given ({expected:.4g} {units})."
    return head + f", which does not match the rate given ({expected:.4g} {units})."


def _side(c: "Conflict", side: int) -> tuple[list[Claim], list[Interval], list[float]]:
    picked = [i for i, s in enumerate(c.sides) if s == side]
    return [c.claims[i] for i in picked], [c.intervals[i] for i in picked], [c.tolerances[i] for i in picked]


def _quantity_of(claims: Sequence[Claim]) -> str:
    """The quantity of claims of one group, as its group names it: what is counted and the
    event from the claims that say them (a claim that says only "person", or nothing, was
    grouped with those that say more)."""
    first = claims[0]
    counted = next((c.counted for c in claims if c.counted and c.counted not in GENERIC_COUNTED),
                   next((c.counted for c in claims if c.counted), None))
    event = next((c.event for c in claims if c.event), None)
    places = sorted({c.place.name for c in claims if c.place})
    return describe_quantity(first.kind, first.unit, counted, event, places[0] if places else None)


def explain_relation(c: "Conflict") -> str:
    """The sentence for a relation, written from its claims and numbers when asked for
    (so that reconciling a million claims does not write a million sentences)."""
    a_claims, a_iv, a_tol = _side(c, 0)
    b_claims, b_iv, b_tol = _side(c, 1)
    relation = str(c.relation)
    if relation == "internal_inconsistency":
        return parts_sentence(
            a_claims[0].doc_id or "an unnamed document", c.arithmetic or "", a_claims[0], a_iv[0], a_tol[0],
            c.gap or 0.0, c.relative_gap or 0.0,
        )
    if relation == "equivalent_conversion" or (relation == "conflict" and c.implied_rate is not None):
        matches = None if c.expected_rate is None else relation == "equivalent_conversion"
        return conversion_sentence(a_claims[0], b_claims[0], c.implied_rate or 0.0, c.expected_rate, matches)
    quantity = _quantity_of(c.claims)
    side_a, side_b = describe_side(a_claims, a_iv, a_tol), describe_side(b_claims, b_iv, b_tol)
    if relation == "change_over_time":
        first, last = (c.periods + ["another period", "another period"])[:2]
        return change_sentence(quantity, side_a, first, side_b, last)
    if relation in ("consistent", "consistent_within_rounding") and len(set(c.sides)) == 2 and len(
        {x.text for x in b_claims}
    ) > 1:
        how = " once approximate figures are widened" if relation != "consistent" else ""
        return _capital(f"for {quantity}, {side_a} agrees with each of {side_b}: each pair overlaps{how}.")
    if relation in ("consistent", "consistent_within_rounding"):
        described = [describe_side(*_side(c, i)) for i in sorted(set(c.sides))]
        everyone = ", ".join(described[:-1]) + f" and {described[-1]}" if len(described) > 2 else f"{side_a} and {side_b}"
        return agreement_sentence(quantity, everyone, relation == "consistent_within_rounding", len(described) > 2)
    if c.periods:  # a total for a period below the figure for a period inside it
        return total_sentence(quantity, side_a, c.periods[0], side_b, c.periods[1], c.gap or 0.0,
                              c.relative_gap or 0.0, str(c.severity), relation == "disputed_by_source")
    return disagreement_sentence(
        quantity, side_a, side_b, c.gap or 0.0, c.relative_gap or 0.0, str(c.severity), relation == "disputed_by_source"
    )
