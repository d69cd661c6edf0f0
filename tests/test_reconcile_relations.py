"""Each relation the reconciler reports, on hand-built claims (DESIGN.md section 2)."""

from __future__ import annotations

import json

import pytest

import factx
from factx.reconciler import DISAGREEMENTS, Relation, Report, Severity, format_report, reconcile
from factx.testing import hand_claim

SHIPWRECK = dict(kind="deaths", counted="person", event="died", place="Lampedusa", time=("2023-06-14", "2023-06-14"))
ARRESTS = dict(kind="arrests", counted="person", event="arrested", place="Calais", published="2020-09-29")
CAMPED = dict(kind="people", counted="person", event="camped", place="Calais")
PLEDGED = dict(kind="money", event="pledged", place="Calais", published="2015-08-20")


def relations(report, *wanted):
    return [c for c in report.conflicts if c.relation in wanted]


def only(report, relation):
    found = relations(report, relation)
    assert len(found) == 1, [(str(c.relation), c.explanation) for c in report.conflicts]
    return found[0]


# -- disagreements -----------------------------------------------------------------------


def test_coastguard_and_aid_group_dispute_a_death_toll():
    report = reconcile([
        hand_claim("27", 27, doc="ansa", source="the coastguard", **SHIPWRECK),
        hand_claim("at least 31", 31, None, qualifier="at_least", doc="msf", source="Doctors Without Borders", **SHIPWRECK),
    ])
    c = only(report, Relation.disputed_by_source)
    assert c.is_disagreement and c.gap == 4 and c.relative_gap == pytest.approx(4 / 31)
    assert c.severity == Severity.medium
    for words in ('"27"', '"at least 31"', "the coastguard", "Doctors Without Borders", "ansa", "msf", "a gap of 4"):
        assert words in c.explanation


def test_one_source_giving_two_disjoint_figures_is_a_conflict_not_a_dispute():
    report = reconcile([
        hand_claim("1,000", 1000, doc="a", source="The French government", **CAMPED, published="2020-09-29"),
        hand_claim("2,000", 2000, doc="b", source="the French government", **CAMPED, published="2020-09-29"),
    ])
    c = only(report, Relation.conflict)
    assert c.sources == ["The French government", "the French government"]
    assert "the figures disagree" in c.explanation


def test_an_unattributed_figure_against_an_attributed_one_is_a_plain_conflict():
    report = reconcile([
        hand_claim("21", 21, doc="a", source="police", **ARRESTS),
        hand_claim("35", 35, doc="b", **ARRESTS),
    ])
    c = only(report, Relation.conflict)
    assert "unattributed" in c.explanation and "police" in c.explanation


@pytest.mark.parametrize("other,severity", [(1040, Severity.low), (1400, Severity.medium), (5000, Severity.high)])
def test_severity_grows_with_the_relative_gap(other, severity):
    report = reconcile([
        hand_claim("1,000", 1000, doc="a", **CAMPED, published="2020-01-01"),
        hand_claim(f"{other:,}", other, doc="b", **CAMPED, published="2020-01-01"),
    ])
    assert only(report, Relation.conflict).severity == severity


def test_parts_that_add_up_to_more_than_the_whole_show_the_arithmetic():
    whole = hand_claim("approximately 700", 700, qualifier="approximate", doc="breitbart", at=1725,
                       counted="migrant", event="removed", place="Calais", published="2020-09-29")
    parts = [
        hand_claim(text, v, doc="breitbart", at=at, counted="migrant", event="relocated", published="2020-09-29", part_of=whole)
        for text, v, at in [("150", 150, 1781), ("150", 150, 1832), ("500", 500, 1904)]
    ]
    c = only(reconcile([*parts, whole]), Relation.internal_inconsistency)
    assert c.claims == [whole, *parts] and c.sides == [0, 1, 1, 1]
    assert c.arithmetic == "150 + 150 + 500 = 800"
    assert (c.total.low, c.total.high) == (800, 800)
    assert "150 + 150 + 500 = 800" in c.explanation and '"approximately 700"' in c.explanation
    assert "650 to 750" in c.explanation and "breitbart" in c.explanation


def test_parts_that_stay_within_the_whole_are_fine():
    whole = hand_claim("approximately 700", 700, qualifier="approximate", at=50, counted="migrant", event="removed")
    parts = [hand_claim(t, v, at=at, counted="migrant", event="relocated", part_of=whole) for t, v, at in [("150", 150, 90), ("500", 500, 120)]]
    report = reconcile([whole, *parts])
    assert report.conflicts == []


def test_siblings_of_one_whole_are_not_compared_with_each_other():
    whole = hand_claim("1,000", 1000, at=10, counted="migrant", event="removed")
    parts = [hand_claim(t, v, at=at, counted="migrant", event="relocated", part_of=whole) for t, v, at in [("100", 100, 60), ("800", 800, 90)]]
    assert reconcile([whole, *parts]).conflicts == []


# -- not disagreements -------------------------------------------------------------------


def test_figures_that_overlap_are_consistent_and_stay_in_the_group():
    report = reconcile([
        hand_claim("700 to 800", 700, 800, qualifier="range", doc="a", counted="migrant", event="present", place="Calais", published="2020-09-29"),
        hand_claim("more than 700", 700, None, qualifier="more_than", doc="b", counted="migrant", event="present", place="Calais", published="2020-09-29"),
    ])
    assert report.conflicts == []
    (group,) = report.groups
    assert [str(r.relation) for r in group.relations] == ["consistent"]
    assert "agree" in group.relations[0].explanation


def test_three_figures_that_all_agree_make_one_consistent_record():
    base = dict(counted="migrant", event="present", place="Calais", published="2020-09-29")
    report = reconcile([
        hand_claim("700 to 800", 700, 800, qualifier="range", doc="a", **base),
        hand_claim("more than 700", 700, None, qualifier="more_than", doc="b", **base),
        hand_claim("about 750", 750, qualifier="approximate", doc="c", **base),
    ])
    (group,) = report.groups
    (agreement,) = group.relations
    assert str(agreement.relation) == "consistent" and sorted(agreement.sides) == [0, 1, 2]
    assert "all agree" in agreement.explanation and report.conflicts == []


def test_when_one_pair_disagrees_every_pair_is_reported():
    base = dict(counted="migrant", event="present", place="Calais", published="2020-09-29")
    report = reconcile([
        hand_claim("700 to 800", 700, 800, qualifier="range", doc="a", **base),
        hand_claim("more than 700", 700, None, qualifier="more_than", doc="b", **base),
        hand_claim("1,000", 1000, doc="c", **base),
    ])
    (group,) = report.groups
    assert sorted(str(r.relation) for r in group.relations) == ["conflict", "consistent", "consistent"]
    assert all(sorted(r.sides) in ([0, 1], [0, 0, 1], [0, 1, 1]) for r in group.relations)


def test_one_figure_agreeing_with_several_is_one_record_naming_them_all():
    base = dict(counted="migrant", event="present", place="Calais", published="2020-09-29")
    report = reconcile([
        hand_claim("at least 650", 650, None, qualifier="at_least", doc="d", **base),
        hand_claim("700 to 800", 700, 800, qualifier="range", doc="a", **base),
        hand_claim("more than 700", 700, None, qualifier="more_than", doc="b", **base),
        hand_claim("1,000", 1000, doc="c", **base),
    ])
    star = report.groups[0].relations[0]
    assert str(star.relation) == "consistent" and star.sides == [0, 1, 1, 1]
    assert star.claims[0].text == "at least 650"
    assert 'agrees with each of "700 to 800", "more than 700" and "1,000"' in star.explanation


def test_an_approximate_figure_agrees_within_its_rounding():
    report = reconcile([
        hand_claim("about 30", 30, qualifier="approximate", doc="a", source="the coastguard", **SHIPWRECK),
        hand_claim("31", 31, doc="b", source="Doctors Without Borders", **SHIPWRECK),
    ])
    c = only(report, Relation.consistent_within_rounding)
    assert not c.is_disagreement and "within rounding" in c.explanation


def test_a_tighter_tolerance_turns_rounding_into_a_disagreement():
    claims = [
        hand_claim("about 30", 30, qualifier="approximate", doc="a", source="the coastguard", **SHIPWRECK),
        hand_claim("31", 31, doc="b", source="Doctors Without Borders", **SHIPWRECK),
    ]
    assert not reconcile(claims).disagreements
    assert [str(c.relation) for c in reconcile(claims, tolerance=0.01).disagreements] == ["disputed_by_source"]


def test_the_same_quantity_in_two_periods_is_a_change_over_time():
    report = reconcile([
        hand_claim("Some 5,000", 5000, qualifier="approximate", doc="rt", source="Frontex", published="2015-08-20", **CAMPED),
        hand_claim("1,000", 1000, doc="breitbart", source="The French government", published="2020-09-29", **CAMPED),
    ])
    c = only(report, Relation.change_over_time)
    assert not report.disagreements
    assert c.periods == ["2015-08-20", "2020-09-29"]
    assert "2015-08-20" in c.explanation and "not a conflict" in c.explanation
    assert report.groups[0].periods == ["2015-08-20", "2020-09-29"]


def test_a_figure_for_some_time_before_the_article_is_a_change_over_time_not_a_conflict():
    # "the camp was at one point home to approximately 10,000" against "currently 1,000"
    report = reconcile([
        hand_claim("approximately 10,000", 10000, qualifier="approximate", doc="a", published="2020-09-29",
                   time=(None, "2020-09-28"), **CAMPED),
        hand_claim("1,000", 1000, doc="a", source="The French government", published="2020-09-29", **CAMPED),
    ])
    c = only(report, Relation.change_over_time)
    assert not report.disagreements
    assert c.periods == ["up to 2020-09-28", "2020-09-29"]
    assert "up to 2020-09-28" in c.explanation


def test_a_figure_for_some_time_before_overlaps_an_earlier_dated_period():
    report = reconcile([
        hand_claim("approximately 10,000", 10000, qualifier="approximate", doc="a", published="2020-09-29",
                   time=(None, "2020-09-28"), **CAMPED),
        hand_claim("6,000", 6000, doc="b", published="2016-10-24", time=("2016-10-01", "2016-10-31"), **CAMPED),
    ])
    assert [str(c.relation) for c in report.disagreements] == ["conflict"]  # it may be the same time: look


def test_overlapping_time_windows_are_the_same_period():
    report = reconcile([
        hand_claim("27", 27, doc="a", time=("2023-06-01", "2023-06-30"), **{k: v for k, v in SHIPWRECK.items() if k != "time"}),
        hand_claim("40", 40, doc="b", time=("2023-06-14", "2023-06-14"), **{k: v for k, v in SHIPWRECK.items() if k != "time"}),
    ])
    assert [str(c.relation) for c in report.conflicts] == ["conflict"]


def test_one_pledge_in_two_currencies_is_an_equivalent_conversion():
    pounds = hand_claim("£22 million", 22e6, doc="rt", at=1543, sentence=(1508, 1600), unit="GBP", source="The UK", **PLEDGED)
    dollars = hand_claim("US$34.5 million", 34.5e6, doc="rt", at=1556, sentence=(1508, 1600), unit="USD", source="The UK", **PLEDGED)
    c = only(reconcile([dollars, pounds]), Relation.equivalent_conversion)
    assert c.claims == [pounds, dollars] and c.implied_rate == pytest.approx(34.5 / 22)
    assert c.expected_rate is None and '"£22 million"' in c.explanation
    checked = only(reconcile([pounds, dollars], rates={"USD": 1.0, "GBP": 1.56}), Relation.equivalent_conversion)
    assert checked.expected_rate == pytest.approx(1.56)
    wrong = only(reconcile([pounds, dollars], rates={"USD": 1.0, "GBP": 1.27}), Relation.conflict)
    assert "does not match" in wrong.explanation and wrong.is_disagreement


def test_two_currencies_far_apart_in_a_sentence_are_not_a_conversion():
    pounds = hand_claim("£22 million", 22e6, doc="rt", at=10, sentence=(0, 200), unit="GBP", **PLEDGED)
    dollars = hand_claim("US$5 million", 5e6, doc="rt", at=80, sentence=(0, 200), unit="USD", **PLEDGED)
    assert reconcile([pounds, dollars]).conflicts == []


@pytest.mark.parametrize(
    "change",
    [dict(event="arrived"), dict(kind="deaths"), dict(counted="asylum seeker"), dict(unit="EUR"), dict(place="Dunkirk")],
)
def test_different_events_kinds_things_units_or_places_are_never_one_quantity(change):
    base = dict(doc="a", counted="migrant", event="stopped", place="English Channel", published="2020-09-29")
    report = reconcile([hand_claim("1,317", 1317, **base), hand_claim("nearly 7,000", 7000, qualifier="nearly", **{**base, "doc": "b", **change})])
    assert len(report.groups) == 2 and report.conflicts == []


# -- grouping evidence -------------------------------------------------------------------


def test_a_claim_without_a_place_joins_the_one_group_that_agrees_on_the_rest():
    report = reconcile([
        hand_claim("21", 21, doc="a", **ARRESTS),
        hand_claim("40", 40, doc="b", **{**ARRESTS, "place": None}),
    ])
    (group,) = report.groups
    assert group.relaxed == ["place: missing on 1 claim"] and "place" not in group.matched
    assert group.matched == ["kind", "unit", "counted", "event"]
    assert [str(c.relation) for c in report.conflicts] == ["conflict"]


def test_a_claim_without_an_event_joins_the_group_that_agrees_on_the_rest():
    report = reconcile([
        hand_claim("21", 21, doc="a", **ARRESTS),
        hand_claim("60", 60, doc="b", **{**ARRESTS, "event": None}),
        hand_claim("5", 5, doc="c", **{**ARRESTS, "counted": "journalist"}),
    ])
    assert sorted(len(g.claims) for g in report.groups) == [1, 2]
    (joined,) = [g for g in report.groups if len(g.claims) == 2]
    assert joined.relaxed == ["event: missing on 1 claim"] and joined.event == "arrested"


WRECK = dict(kind="deaths", event="died", place="Lampedusa", published="2023-08-10")


def test_people_join_the_one_group_that_names_the_population():
    report = reconcile([
        hand_claim("At least 41", 41, qualifier="at_least", doc="a", counted="migrant", **WRECK),
        hand_claim("Forty-one", 41, doc="b", counted="person", **WRECK),
    ])
    (group,) = report.groups
    assert group.counted == "migrant" and "counted" not in group.matched
    assert group.relaxed == ["counted: 'person' read as 'migrant' on 1 claim"]
    assert report.disagreements == []


def test_people_join_migrants_named_in_another_sentence_of_their_own_article():
    # "More than 600 migrants crossed on Monday. ... Last year 45,774 people made the crossing."
    crossed = dict(kind="people", event="crossed", place="English Channel", published="2023-10-03")
    report = reconcile([
        hand_claim("More than 600", 600, None, qualifier="more_than", doc="bbc", counted="migrant", at=0,
                   sentence=(0, 80), time=("2023-10-02", "2023-10-02"), **crossed),
        hand_claim("45,774", 45774, doc="bbc", counted="person", at=120, sentence=(100, 180),
                   time=("2022-01-01", "2022-12-31"), **crossed),
        hand_claim("45,755", 45755, doc="guardian", counted="person", time=("2022-01-01", "2022-12-31"), **crossed),
    ])
    (group,) = report.groups
    assert group.counted == "migrant"
    assert [str(c.relation) for c in report.disagreements] == ["conflict"]  # 45,755 against 45,774


def test_people_who_marched_join_the_protesters_who_marched():
    march = dict(kind="people", event="marched", place="Dover", published="2023-03-06")
    report = reconcile([
        hand_claim("About 1,000", 1000, qualifier="approximate", doc="a", counted="person", source="police", **march),
        hand_claim("more than 5,000", 5000, None, qualifier="more_than", doc="b", counted="protester",
                   source="Organisers", **march),
    ])
    (group,) = report.groups
    assert group.counted == "protester"
    only(report, Relation.disputed_by_source)


def test_a_relation_names_the_quantity_as_its_group_does():
    report = reconcile([
        hand_claim("60", 60, doc="b", counted="person", **WRECK),
        hand_claim("At least 41", 41, qualifier="at_least", doc="a", counted="migrant", **WRECK),
        hand_claim("12", 12, doc="c", counted="migrant", **{**WRECK, "event": None}),
    ])
    (group,) = report.groups
    assert {c.explanation.split(",")[0] for c in report.conflicts} == {"For migrants died in Lampedusa"}


@pytest.mark.parametrize("other", [
    [dict(doc="c", counted="child")],  # a part of the population, not all of it
    [dict(doc="c", counted="journalist")],
    [dict(doc="c", counted="migrant"), dict(doc="d", counted="refugee")],  # two would fit: not guessed
    [dict(doc="b", counted="migrant")],  # the people's own sentence tells them apart
])
def test_people_stay_apart_from_parts_from_several_populations_and_from_their_own_article(other):
    claims = [hand_claim("41", 41, doc="b", counted="person", **WRECK)]
    claims += [hand_claim("10", 10, **o, **WRECK) for o in other]
    report = reconcile(claims)
    assert len(report.groups) == 1 + len(other)
    assert all(g.relaxed == [] for g in report.groups) and report.conflicts == []


def test_reconcile_refuses_what_is_not_a_claim():
    with pytest.raises(TypeError, match="item 1 is a dict"):
        reconcile([hand_claim("21", 21, **ARRESTS), {"text": "21"}])


def test_a_claim_without_a_place_is_not_guessed_into_one_of_several_places():
    report = reconcile([
        hand_claim("21", 21, doc="a", **ARRESTS),
        hand_claim("30", 30, doc="b", **{**ARRESTS, "place": "Dunkirk"}),
        hand_claim("40", 40, doc="c", **{**ARRESTS, "place": None}),
    ])
    assert len(report.groups) == 3 and report.conflicts == []


def test_place_names_match_without_case_articles_or_generic_words():
    report = reconcile([
        hand_claim("1,000", 1000, doc="a", **{**CAMPED, "place": "the Calais area"}, published="2020-01-01"),
        hand_claim("1,000", 1000, doc="b", **CAMPED, published="2020-01-01"),
    ])
    (group,) = report.groups
    assert group.relaxed == ["place: written as 'Calais', 'the Calais area'"]


def test_the_group_reports_the_spread_and_every_source_never_a_winner():
    report = reconcile([
        hand_claim("27", 27, doc="ansa", source="the coastguard", **SHIPWRECK),
        hand_claim("at least 31", 31, None, qualifier="at_least", doc="msf", source="Doctors Without Borders", **SHIPWRECK),
        hand_claim("about 30", 30, qualifier="approximate", doc="bbc", **SHIPWRECK),
    ])
    (group,) = report.groups
    assert (group.low, group.high) == (27, None)
    assert group.sources == ["the coastguard", "Doctors Without Borders"] and group.unattributed == 1
    assert group.documents == ["ansa", "bbc", "msf"] and len(group.claims) == 3


def test_copies_of_one_text_count_as_one_origin_and_never_disagree():
    original = hand_claim("21", 21, doc="afp", source="police", at=903, **ARRESTS)
    copy = original.model_copy(update={"doc_id": "afp-syndicated"})
    other = hand_claim("21", 21, doc="lemonde", source="police", at=50, **ARRESTS)
    report = reconcile([original, copy, other])
    (group,) = report.groups
    assert group.origins == 2 and len(group.claims) == 3
    (origin,) = group.copies
    assert origin.doc_ids == ["afp", "afp-syndicated"] and origin.text == "21"
    assert report.conflicts == []


# -- the report as a whole ---------------------------------------------------------------


def test_every_relation_other_than_consistent_is_listed_and_only_three_are_disagreements():
    assert DISAGREEMENTS == {Relation.conflict, Relation.disputed_by_source, Relation.internal_inconsistency}
    report = reconcile([
        hand_claim("Some 5,000", 5000, qualifier="approximate", doc="rt", published="2015-08-20", **CAMPED),
        hand_claim("1,000", 1000, doc="bb", source="The French government", published="2020-09-29", **CAMPED),
        hand_claim("closer to 1,500", 1500, qualifier="approximate", doc="bb", source="support groups", published="2020-09-29", **CAMPED),
    ])
    assert sorted(str(c.relation) for c in report.conflicts) == ["change_over_time", "disputed_by_source"]
    assert [str(c.relation) for c in report.disagreements] == ["disputed_by_source"]


def test_the_report_is_json_and_reads_back_the_same():
    report = reconcile([
        hand_claim("27", 27, doc="ansa", source="the coastguard", **SHIPWRECK),
        hand_claim("at least 31", 31, None, qualifier="at_least", doc="msf", **SHIPWRECK),
    ])
    data = json.loads(report.model_dump_json())
    assert data["conflicts"][0]["relation"] == "conflict"
    assert data["conflicts"][0]["explanation"] == report.conflicts[0].explanation
    assert Report.model_validate_json(report.model_dump_json()) == report


def test_format_report_shows_groups_and_relations():
    report = reconcile([
        hand_claim("21", 21, doc="a", source="police", **ARRESTS),
        hand_claim("about 40", 40, qualifier="approximate", doc="b", source="the mayor", **ARRESTS),
    ])
    text = format_report(report)
    assert text.splitlines()[0] == "1 group, 1 relation (1 disagreement)"
    assert "people arrested in Calais" in text and "21 to 40" in text and "police, the mayor" in text
    assert "disputed_by_source [medium, gap 15, 42%]" in text


def test_factx_reconcile_is_the_reconciler():
    assert factx.reconcile is reconcile
    assert reconcile([]) == Report(groups=[], conflicts=[])


def test_explanations_are_one_sentence():
    report = reconcile([
        hand_claim("US$34.5 million", 34.5e6, doc="a", unit="USD", **PLEDGED),
        hand_claim("US$40.5 million", 40.5e6, doc="b", unit="USD", **PLEDGED),
    ])
    (c,) = report.conflicts
    assert c.explanation.endswith(".") and ". " not in c.explanation and c.explanation[0].isupper()


# -- two figures in one breath, and figures of nothing known ------------------------------

CUT = dict(kind="money", unit="GBP", event="cost", place="Kent", published="2023-02-28")


def test_two_figures_of_one_sentence_and_one_source_are_two_quantities():
    # "The budget was cut by £3m to £45m, the council said."
    report = reconcile([
        hand_claim("£3m", 3e6, doc="a", source="the council", at=20, sentence=(0, 60), **CUT),
        hand_claim("£45m", 45e6, doc="a", source="the council", at=30, sentence=(0, 60), **CUT),
    ])
    assert report.disagreements == []


def test_two_sources_in_one_sentence_still_dispute():
    # "Police put the crowd at 1,000, while organisers said 5,000."
    crowd = dict(kind="people", counted="protester", event="present", place="Dover", published="2023-02-28")
    report = reconcile([
        hand_claim("1,000", 1000, doc="a", source="Police", at=24, sentence=(0, 60), **crowd),
        hand_claim("5,000", 5000, doc="a", source="organisers", at=53, sentence=(0, 60), **crowd),
    ])
    only(report, Relation.disputed_by_source)


def test_the_writer_against_one_source_is_compared_across_articles_only():
    # the camp's "700 to 800" (the writer's) and "1,000 in the Calais area" (the government's)
    present = dict(kind="people", counted="migrant", event="present", place="Calais", published="2020-09-29")
    camp = hand_claim("700 to 800", 700, 800, qualifier="range", doc="a", at=40, sentence=(0, 90), **present)
    area = dict(source="The French government", at=200, sentence=(150, 260), **present)
    assert reconcile([camp, hand_claim("1,000", 1000, doc="a", **area)]).disagreements == []
    only(reconcile([camp, hand_claim("1,000", 1000, doc="b", **area)]), Relation.conflict)


def test_figures_that_say_nothing_of_what_they_count_are_never_compared():
    # "Inflation rose to 3.1%" and "wages rose by 6.5%": both a percent that increased
    rose = dict(kind="percent", unit="percent", event="increased", published="2023-02-28")
    report = reconcile([
        hand_claim("3.1%", 3.1, doc="a", **rose),
        hand_claim("6.5%", 6.5, doc="b", **rose),
        hand_claim("1,200", 1200, doc="a", kind="count", at=50, sentence=(40, 90)),
        hand_claim("1,450", 1450, doc="b", kind="count", at=50, sentence=(40, 90)),
    ])
    assert [len(g.claims) for g in report.groups] == [1, 1, 1, 1]
    assert report.conflicts == []


def test_a_percent_of_a_known_noun_is_compared():
    share = dict(kind="percent", unit="percent", counted="migrant", event="arrived", place="Italy", published="2023-02-28")
    report = reconcile([hand_claim("40%", 40, doc="a", **share), hand_claim("55%", 55, doc="b", **share)])
    only(report, Relation.conflict)


CROSSED = dict(kind="people", counted="person", event="crossed", place="English Channel", published="2023-10-03")


def test_a_days_figure_and_the_years_total_are_not_compared():
    # "Some 650 people crossed the Channel on Monday" / "So far this year, 28,500 people have crossed"
    report = reconcile([
        hand_claim("Some 650", 650, qualifier="approximate", doc="a", source="government figures",
                   time=("2023-10-02", "2023-10-02"), **CROSSED),
        hand_claim("28,500", 28500, doc="b", source="the Home Office", time=("2023-01-01", "2023-10-03"), **CROSSED),
    ])
    assert len(report.groups) == 1 and report.conflicts == []


@pytest.mark.parametrize(("first", "second"), [
    (("2022-01-01", "2022-12-31"), ("2022-01-01", "2022-12-31")),  # "in 2022" and "last year"
    (("2023-01-01", "2023-10-03"), ("2023-01-01", "2023-12-31")),  # "this year" and "in 2023"
    (("2023-10-03", "2023-10-03"), None),  # the day of publication, and a figure that says no time
])
def test_windows_of_like_length_or_unstated_are_compared(first, second):
    report = reconcile([
        hand_claim("45,774", 45774, doc="a", source="the Home Office", time=first, **CROSSED),
        hand_claim("40,000", 40000, doc="b", source="the French", **({"time": second} if second else {}), **CROSSED),
    ])
    only(report, Relation.disputed_by_source)


def test_a_total_below_the_figure_for_a_period_inside_it_disagrees():
    report = reconcile([
        hand_claim("30,000", 30000, doc="a", source="government figures", time=("2023-10-02", "2023-10-02"), **CROSSED),
        hand_claim("28,500", 28500, doc="b", source="the Home Office", time=("2023-01-01", "2023-10-03"), **CROSSED),
    ])
    c = only(report, Relation.disputed_by_source)
    assert c.periods == ["2023-01-01..2023-10-03", "2023-10-02"] and c.gap == 1500
    assert c.explanation == (
        'For people crossed in English Channel, "28,500" (the Home Office, b) for 2023-01-01..2023-10-03 is less '
        'than "30,000" (government figures, a) for 2023-10-02, a period inside it, by 1,500 (5.0%), low severity: '
        "the sources disagree."
    )


def test_a_state_in_a_day_and_in_a_year_is_not_compared():
    present = {**CROSSED, "event": "present"}
    report = reconcile([
        hand_claim("3,000", 3000, doc="a", time=("2023-10-02", "2023-10-02"), **present),
        hand_claim("1,000", 1000, doc="b", time=("2023-01-01", "2023-10-03"), **present),
    ])
    assert report.conflicts == []


def test_a_share_of_a_whole_is_no_part_to_add_up():
    whole = hand_claim("50", 50, doc="a", at=17, counted="migrant", kind="people")
    share = hand_claim("60%", 60, doc="a", at=6, unit="percent", kind="percent", counted="migrant", part_of=whole)
    assert reconcile([whole, share]).disagreements == []
