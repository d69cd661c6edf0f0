"""Properties of reconcile on generated article sets (Hypothesis, shared strategies in
factx.testing)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factx.reconciler import DISAGREEMENTS, Relation, reconcile
from factx.testing import article_sets, claims

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def flagged_pairs(report, claim_list):
    """(i, j) index pairs on opposite sides of a value disagreement, and the part-whole groups."""
    index = {id(c): i for i, c in enumerate(claim_list)}
    pairs, parts = set(), []
    for c in report.conflicts:
        if c.relation not in DISAGREEMENTS:
            continue
        ids = [index[id(x)] for x in c.claims]
        if c.relation == Relation.internal_inconsistency:
            parts.append(sorted(ids))
            continue
        pairs |= {
            frozenset((i, j)) for i, si in zip(ids, c.sides) for j, sj in zip(ids, c.sides) if si == 0 and sj == 1
        }
    return pairs, sorted(parts)


@SETTINGS
@given(article_sets(), st.randoms(use_true_random=False))
def test_the_report_does_not_depend_on_the_order_of_claims(article_set, rnd):
    shuffled = list(article_set.claims)
    rnd.shuffle(shuffled)
    assert reconcile(shuffled).model_dump_json() == reconcile(article_set.claims).model_dump_json()


@SETTINGS
@given(claims(), st.sampled_from(["doc-z", "another-outlet"]))
def test_a_claim_never_conflicts_with_itself_or_an_exact_copy(claim, other_doc):
    copy = claim.model_copy(update={"doc_id": other_doc})
    for batch in ([claim], [claim, claim], [claim, copy]):
        report = reconcile(batch)
        assert report.conflicts == []
        assert sum(len(g.claims) for g in report.groups) == len(batch)


@SETTINGS
@given(article_sets(inject=0, inject_parts=0))
def test_honest_article_sets_yield_no_disagreement(article_set):
    report = reconcile(article_set.claims)
    assert report.disagreements == [], [c.explanation for c in report.disagreements]


@SETTINGS
@given(article_sets())
def test_injected_disagreements_are_found_exactly(article_set):
    report = reconcile(article_set.claims)
    pairs, parts = flagged_pairs(report, article_set.claims)
    assert pairs == {frozenset(p) for p in article_set.expected_pairs}
    assert parts == sorted(sorted(g) for g in article_set.expected_parts)


@SETTINGS
@given(article_sets())
def test_every_claim_lands_in_one_group_unless_it_is_a_part(article_set):
    report = reconcile(article_set.claims)
    grouped = [id(c) for g in report.groups for c in g.claims]
    assert len(grouped) == len(set(grouped))
    assert set(grouped) == {id(c) for c in article_set.claims if c.part_of is None}


@SETTINGS
@given(article_sets(copies=2))
def test_republished_articles_are_one_origin(article_set):
    report = reconcile(article_set.claims)
    copied = set(article_set.copies)
    for group in report.groups:
        docs_with_copies = {d for o in group.copies for d in o.doc_ids}
        assert {d for d in group.documents if d in copied} <= docs_with_copies
        assert group.origins <= len(group.claims) - sum(len(o.doc_ids) - 1 for o in group.copies)
