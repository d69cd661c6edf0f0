"""Rule tables: every example and counterexample of every table runs; the schema is strict."""

from __future__ import annotations

from pathlib import Path

import pytest

from factx.errors import RuleTableError
from factx.meaning import check_example, check_rules, understand_sentence
from factx.records import Span
from factx.ruletables import RULES_DIR, example_figures, load_rules, load_table

TEMPLATE = RULES_DIR / "_template.toml"
RULES = load_rules([TEMPLATE])  # the defaults and the template, so its examples run too


def _cases(which: str):
    for t in RULES.tables:
        for r in t.rule:
            for n, ex in enumerate(getattr(r, which)):
                yield pytest.param(ex, r, t.table, id=f"{Path(t.path).name}:{r.id}:{n}")


@pytest.mark.parametrize(("example", "rule", "header"), list(_cases("examples")))
def test_example(example, rule, header):
    assert check_example(example, rule, header, RULES) == []


@pytest.mark.parametrize(("example", "rule", "header"), list(_cases("counterexamples")))
def test_counterexample(example, rule, header):
    assert check_example(example, rule, header, RULES) == []


def test_every_default_kind_has_a_table():
    kinds = {t.table.kind for t in load_rules().tables}
    assert {"people", "deaths", "missing", "injuries", "arrests", "money", "percent"} <= kinds


def test_default_rules_are_loaded_once():
    assert load_rules() is load_rules()
    assert load_rules(()) is load_rules()


def test_check_rules_passes_on_the_defaults():
    assert check_rules() == []


def test_check_example_reports_a_wrong_expectation(tmp_path):
    bad = tmp_path / "wrong.toml"
    bad.write_text(
        '[table]\nkind = "arrivals"\n[[rule]]\nid = "arrivals.wrong"\nevent = "landed"\n'
        'triggers = ["landed"]\nexamples = [{ text = "Police arrested 12 people.", figure = "12" }]\n'
    )
    problems = check_rules(load_rules([bad]))
    assert len(problems) == 2 and "arrivals.wrong" in problems[0] and "want kind='arrivals'" in problems[0]


# --- the schema -------------------------------------------------------------------------


def _write(tmp_path, body: str) -> Path:
    p = tmp_path / "t.toml"
    p.write_text(body, encoding="utf-8")
    return p


GOOD_RULE = 'id = "x.a"\nevent = "evicted"\ntriggers = ["evicted"]\nexamples = [{ text = "They evicted 40 men.", figure = "40" }]\n'


def test_a_good_table_loads(tmp_path):
    t = load_table(_write(tmp_path, f'[table]\nkind = "evictions"\n[[rule]]\n{GOOD_RULE}'))
    assert t.table.kind == "evictions" and t.rule[0].triggers == ["evicted"]


@pytest.mark.parametrize(
    ("body", "rule", "problem"),
    [
        (f'[table]\nkind = "x"\ncolour = "red"\n[[rule]]\n{GOOD_RULE}', None, "colour"),
        (f'[table]\nkind = "x"\n[[rule]]\n{GOOD_RULE}trigers = ["a"]\n', "x.a", "trigers"),
        ('[table]\nkind = "x"\n[[rule]]\nid = "x.a"\nevent = "e"\ntriggers = ["a"]\nexamples = []\n', "x.a", "examples"),
        ('[table]\nkind = "x"\n[[rule]]\nid = "x.a"\nevent = "e"\nexamples = [{ text = "40 men", figure = "40" }]\n', "x.a", "triggers or nouns"),
        ('[table]\nkind = "x"\n[[rule]]\nid = "x.a"\ntriggers = ["(a|b)"]\nexamples = [{ text = "40 men", figure = "40" }]\n', "x.a", "plain word"),
        ('[table]\nkind = "x"\n[[rule]]\nid = "x.a"\ntriggers = ["a"]\nexamples = [{ text = "40 men", figure = "41" }]\n', "x.a", "not in the example text"),
        ('[table]\nkind = "x"\n[[rule]]\nid = "x.a"\ntriggers = ["a"]\nside = "left"\nexamples = [{ text = "40 men", figure = "40" }]\n', "x.a", "side"),
        ('[table]\nkind = "x"\napplies_to = "boats"\n[[rule]]\n' + GOOD_RULE, None, "applies_to"),
        ('[table]\nkind = "Deaths!"\n[[rule]]\n' + GOOD_RULE, None, "kind"),
        ('[table]\nkind = "x"\n', None, "rule"),
        ('[table]\nkind = "x\n', None, "not valid TOML"),
    ],
)
def test_a_bad_table_names_file_rule_and_problem(tmp_path, body, rule, problem):
    path = _write(tmp_path, body)
    with pytest.raises(RuleTableError) as err:
        load_rules([path])
    assert err.value.path == str(path)
    assert err.value.rule == rule
    assert problem in err.value.problem
    assert str(path) in str(err.value)


def test_a_missing_table_is_a_rule_table_error(tmp_path):
    with pytest.raises(RuleTableError, match="cannot read"):
        load_rules([tmp_path / "nope.toml"])


def test_a_rule_id_used_twice_is_an_error(tmp_path):
    body = (RULES_DIR / "missing.toml").read_text(encoding="utf-8")
    with pytest.raises(RuleTableError) as err:
        load_rules([_write(tmp_path, body)])
    assert err.value.rule == "missing.missing" and "already used" in err.value.problem


@pytest.mark.parametrize(("header", "problem"), [
    ('kind_of_classes = ["persons"]', "no noun class 'persons'"),
    ('kind_of_classes = ["person"]', "class 'person' already gives kind 'people'"),
])
def test_a_bad_kind_of_classes_names_file_and_problem(tmp_path, header, problem):
    path = _write(tmp_path, f'[table]\nkind = "evictions"\n{header}\n[[rule]]\n{GOOD_RULE}')
    with pytest.raises(RuleTableError) as err:
        load_rules([path])
    assert problem in err.value.problem and str(path) in str(err.value)


def test_kind_of_classes_gives_the_kind_of_a_figure_no_rule_reads(tmp_path):
    text = "A convoy of 12 lorries waited at the port."
    figs, _ = example_figures(text, "12")
    assert understand_sentence(text, Span(start=0, end=len(text)), figs)[0].kind == "count"
    path = _write(tmp_path, f'[table]\nkind = "traffic"\nkind_of_classes = ["vehicle"]\n[[rule]]\n{GOOD_RULE}')
    m = understand_sentence(text, Span(start=0, end=len(text)), figs, load_rules([path]))[0]
    assert (m.kind, m.counted, m.event) == ("traffic", "lorry", None)


def test_tables_are_frozen():
    t = load_rules().tables[0]
    with pytest.raises(Exception):
        t.table.kind = "other"  # type: ignore[misc]


# --- user tables merge with the defaults ------------------------------------------------

ASYLUM = """
[table]
kind = "asylum decisions"
[[rule]]
id = "asylum.granted"
event = "granted"
triggers = ["granted asylum to", "granted asylum", "granted protection"]
examples = [{ text = "Britain granted asylum to 12,000 people last year.", figure = "12,000", counted = "person" }]
"""


def test_a_user_table_adds_a_kind_and_keeps_the_defaults(tmp_path):
    rules = load_rules([_write(tmp_path, ASYLUM)])
    text = "Britain granted asylum to 12,000 people and deported 7,000."
    figs, _ = example_figures(text, "12,000", ["12,000", "7,000"])
    got = [(m.kind, m.event) for m in understand_sentence(text, Span(start=0, end=len(text)), figs, rules)]
    assert got == [("asylum decisions", "granted"), ("people", "returned")]
    default = understand_sentence(text, Span(start=0, end=len(text)), figs)
    assert (default[0].kind, default[0].event) != ("asylum decisions", "granted")  # defaults unchanged
    assert load_rules() is not rules


def test_a_folder_of_user_tables_loads(tmp_path):
    _write(tmp_path, ASYLUM)
    (tmp_path / "_notes.toml").write_text("this is not TOML and is skipped")
    assert "asylum decisions" in {t.table.kind for t in load_rules([tmp_path]).tables}


# --- the lemmatiser ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("migrants", "migrant"), ("people", "person"), ("children", "child"), ("women", "woman"),
        ("men", "man"), ("bodies", "body"), ("lorries", "lorry"), ("lives", "life"), ("knives", "knife"),
        ("relatives", "relative"), ("boxes", "box"), ("churches", "church"), ("crises", "crisis"),
        ("bus", "bus"), ("asylum seekers", "asylum seeker"), ("Asylum Seekers", "asylum seeker"),
        ("news", "news"), ("dinghies", "dinghy"), ("boats", "boat"), ("passes", "pass"),
        ("refugee", "refugee"), ("status", "status"),
    ],
)
def test_lemma(word, lemma):
    assert load_rules().lemma(word) == lemma


@pytest.mark.parametrize("rules", [load_rules(), RULES], ids=["defaults", "with template"])
def test_applicable_rules_are_the_rules_of_a_trigger_that_fit(rules):
    for figures in ("count", "money", "percent", "physical"):
        for side, got in zip(("before", "after"), rules.applicable(figures)):
            for phrase in rules.triggers.first_words | set(got) | {p for t in rules.tables for r in t.rule for p in r.triggers}:
                fit = [(r, h) for r, h in rules.rules_for(phrase)
                       if h.applies_to in (figures, "any") and r.side in (side, "either")]
                if not fit:
                    assert phrase not in got
                    continue
                strongest, entries, nouns_of_all = got[phrase]
                assert [(r, h) for _, _, r, h in entries] == fit
                assert [(w, nouns) for w, nouns, _, _ in entries] == [(r.weight, frozenset(r.nouns) or None) for r, _ in fit]
                assert strongest == max(r.weight for r, _ in fit)
                if all(r.nouns for r, _ in fit):  # a figure counting none of these nouns fits no rule of the phrase
                    assert nouns_of_all == frozenset(n for r, _ in fit for n in r.nouns)
                else:
                    assert nouns_of_all is None
        assert rules.applicable(figures) is rules.applicable(figures)  # built with the rule set


def test_clause_breaks_are_single_marks_in_the_defaults():
    assert RULES.single_breaks and load_rules().single_breaks


def test_a_user_rule_wins_a_tie_with_a_built_in_one(tmp_path):
    # "deported" is a built-in trigger (people, returned); a user's table reads it as its own kind
    body = ('[table]\nkind = "deportations"\n[[rule]]\nid = "deport.deported"\nevent = "deported"\n'
            'triggers = ["deported"]\nexamples = [{ text = "Britain deported 7,000 people.", figure = "7,000" }]\n')
    text = "Britain deported 7,000 people."
    figs, _ = example_figures(text, "7,000")
    span = Span(start=0, end=len(text))
    assert (understand_sentence(text, span, figs)[0].kind, understand_sentence(text, span, figs)[0].event) == ("people", "returned")
    m = understand_sentence(text, span, figs, load_rules([_write(tmp_path, body)]))[0]
    assert (m.kind, m.event) == ("deportations", "deported")
