"""The seed articles' acceptance cases (../shared/gold/seeds.json, must_flag and
must_not_flag), on hand-made claims standing in for what the extractor will give."""

from __future__ import annotations

import pytest

from factx.reconciler import DISAGREEMENTS, Relation, reconcile
from factx.testing import hand_claim

BB, RT = "000_f45d61109c14eefb.txt", "001_c963ca555a08d2e0.txt"
BB_DAY, RT_DAY = "2020-09-29", "2015-08-20"
MONEY_SENTENCE = (1508, 1600)  # "The UK has so far pledged £22 million (US$34.5 million) towards ..."

# doc, text, offset, low, high, qualifier, kind, counted, event, place, source, extra
SEEDS = [
    (BB, "700 to 800", 42, 700, 800, "range", "people", "migrant", "present", "Calais", None, {}),
    (BB, "over 200", 838, 200, None, "more_than", "people", "person", "removed", "Calais", None, {"time": (BB_DAY, BB_DAY)}),
    (BB, "21", 903, 21, 21, "exact", "arrests", "person", "arrested", "Calais", None, {}),
    (BB, "some 9,000", 1270, 9000, 9000, "approximate", "people", "migrant", "removed", "Calais", None, {"time": ("2015-01-01", "2016-12-31")}),
    (BB, "approximately 700", 1725, 700, 700, "approximate", "people", "migrant", "removed", "Calais", None, {"time": (BB_DAY, BB_DAY)}),
    (BB, "150", 1781, 150, 150, "exact", "people", "migrant", "relocated", None, None, {"whole": 1725}),
    (BB, "150", 1832, 150, 150, "exact", "people", "migrant", "relocated", None, None, {"whole": 1725}),
    (BB, "500", 1904, 500, 500, "exact", "people", "migrant", "relocated", None, None, {"whole": 1725}),
    (BB, "1,000", 2017, 1000, 1000, "exact", "people", "migrant", "present", "Calais", "The French government", {}),
    (BB, "closer to 1,500", 2133, 1500, 1500, "approximate", "people", "migrant", "present", "Calais", "local migrant support groups", {}),
    (BB, "1,317", 2218, 1317, 1317, "exact", "people", "migrant", "stopped", "English Channel", "the French government", {}),
    (BB, "nearly 7,000", 2306, 7000, 7000, "nearly", "people", "migrant", "arrived", "British shores", None, {}),
    (BB, "first recorded death", 2589, 1, 1, "exact", "deaths", "death", "died", "English Channel", None, {"time": ("2020-08-01", "2020-08-31")}),
    (BB, "approximately 10,000", 2978, 10000, 10000, "approximate", "people", "migrant", "present", "Calais", None, {}),
    (BB, "three migrants", 3193, 3, 3, "exact", "people", "migrant", "attacked", None, None, {}),
    (BB, "over £100 million", 3697, 1e8, None, "more_than", "money", None, "sent", "France", None, {"unit": "GBP"}),
    (BB, "£30 million", 4384, 3e7, 3e7, "exact", "money", None, "requested", None, "The French", {"unit": "GBP"}),
    (BB, "Over 700", 4691, 700, None, "more_than", "people", "asylum seeker", "present", "Calais", None, {}),
    (RT, "£22 million", 1543, 22e6, 22e6, "exact", "money", None, "pledged", "Calais", "The UK", {"unit": "GBP", "sentence": MONEY_SENTENCE}),
    (RT, "US$34.5 million", 1556, 34.5e6, 34.5e6, "exact", "money", None, "pledged", "Calais", "The UK", {"unit": "USD", "sentence": MONEY_SENTENCE}),
    (RT, "between 100 and 200", 1693, 100, 200, "range", "people", "migrant", "attempted", "Eurotunnel", None, {}),
    (RT, "Some 5,000", 1725, 5000, 5000, "approximate", "people", "person", "present", "Calais", "Frontex", {}),
    (RT, "At least nine", 1914, 9, None, "at_least", "deaths", "person", "died", "English Channel", None, {"time": ("2015-06-01", RT_DAY)}),
    (RT, "surpassed 100,000", 3245, 100000, None, "more_than", "people", "migrant", "entered", "EU", "Frontex", {}),
    (RT, "more than 100,000", 3347, 100000, None, "more_than", "people", "migrant", "entered", "EU", "Frontex", {}),
]


def seed_claims():
    made, wholes = [], {}
    for doc, text, at, low, high, q, kind, counted, event, place, source, extra in SEEDS:
        extra = dict(extra)
        whole = wholes[(doc, extra.pop("whole"))] if "whole" in extra else None
        claim = hand_claim(
            text, low, high, doc=doc, at=at, qualifier=q, kind=kind, counted=counted, event=event, place=place,
            source=source, published=BB_DAY if doc == BB else RT_DAY, part_of=whole, **extra,
        )
        wholes[(doc, at)] = claim
        made.append(claim)
    return made


CLAIMS = seed_claims()
REPORT = reconcile(CLAIMS)


def at(doc, text, occurrence=0):
    return [c for c in CLAIMS if c.doc_id == doc and c.text == text][occurrence]


def covering(*claims, relations=DISAGREEMENTS):
    return [k for k in REPORT.conflicts if k.relation in relations and all(c in k.claims for c in claims)]


def test_government_and_support_groups_disagree_on_migrants_in_calais():
    (found,) = covering(at(BB, "1,000"), at(BB, "closer to 1,500"), relations={Relation.conflict, Relation.disputed_by_source})
    assert found.relation == Relation.disputed_by_source
    assert "The French government" in found.explanation and "local migrant support groups" in found.explanation


def test_the_relocated_parts_add_up_to_more_than_the_approximately_700_removed():
    whole, parts = at(BB, "approximately 700"), [at(BB, "150"), at(BB, "150", 1), at(BB, "500")]
    (found,) = covering(whole, *parts, relations={Relation.internal_inconsistency})
    assert "150 + 150 + 500 = 800" in found.explanation


MUST_NOT_FLAG = [
    ((BB, "700 to 800"), (BB, "approximately 700")),
    ((BB, "700 to 800"), (BB, "Over 700")),
    ((BB, "1,317"), (BB, "nearly 7,000")),
    ((BB, "over £100 million"), (BB, "£30 million")),
    ((BB, "some 9,000"), (BB, "approximately 10,000")),
    ((RT, "Some 5,000"), (BB, "1,000")),
    ((RT, "£22 million"), (RT, "US$34.5 million")),
    ((BB, "over 200"), (BB, "approximately 700")),
    ((BB, "first recorded death"), (RT, "At least nine")),
]


@pytest.mark.parametrize("first,second", MUST_NOT_FLAG, ids=lambda ref: ref[1])
def test_must_not_flag(first, second):
    assert covering(at(*first), at(*second)) == []


def test_the_two_currencies_are_reported_as_one_pledge():
    assert covering(at(RT, "£22 million"), at(RT, "US$34.5 million"), relations={Relation.equivalent_conversion})


def test_the_removals_of_2015_2016_and_of_tuesday_are_a_change_over_time():
    assert covering(at(BB, "some 9,000"), at(BB, "approximately 700"), relations={Relation.change_over_time})
