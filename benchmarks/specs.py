"""Score factx on its peers' public test specs: precision / recall / F1 per file.

    .venv/bin/python benchmarks/specs.py
    .venv/bin/python benchmarks/specs.py --show-misses 10 --json /tmp/specs.json
    .venv/bin/python benchmarks/specs.py --files percent,currency --specs ../shared/benchmarks

The specs are read at run time from ``../shared/benchmarks/`` next to the project
(``--specs DIR``); their text is not copied into the project.

Matching (micro-averaged over every case; a case with ``Results: []`` is a negative
case, so whatever is predicted in it is a false positive):

* ``span``: a predicted figure matches an expected result when the spans are equal
  (Recognizers-Text ``End`` is inclusive, so the expected span is [Start, End+1)) and
  the value matches; ``overlap``: the spans overlap and the value matches. Each
  expected result is matched to at most one prediction (maximum bipartite matching).
* Recognizers-Text ``Number/NumberModel``: a pure number recogniser's spec (every number,
  dates' and phone numbers' digits too, without currency symbols or units), so it is
  compared with factx's number layer ``factx.figures.read_numbers(text)`` (every number as
  written, span = number and scale word, any role; not the figures) except roles
  ``ordinal`` and ``pronoun`` (the spec's negative cases: "Which one do you prefer?");
  value = float(Resolution.value) == low == high (relative tolerance 1e-6).
* ``Number/NumberRangeModel``: "[20,30)", "(30000,)", "(,100]" are intervals. factx
  figures with a bound qualifier map to intervals: ``more_than`` (low, ), ``at_least``
  [low, ), ``less_than`` ( , high), ``at_most`` ( , high], ``range`` [low, high] (its high
  end matches either closedness, since Recognizers writes "between 20 and 30" as
  [20,30)). Exact figures only count when they match a degenerate expected [v,v]
  ("equal to 170"); an unmatched exact figure is a number, not a range prediction, and
  is not a false positive. Scores: ``value`` (bounds equal) and ``value+closed``.
* ``Number/PercentModel``: factx figures with unit ``percent``; "100%" -> 100. In this
  and the two unit models below only figures with role ``claim`` count (a number in a
  URL, an age or a duration is not a percentage, sum of money or length there). The
  percent spec's results with a null value ("a small percent", "the % of increase") match
  a factx figure of role ``unit_only`` (a percent named with no number; no value) on the
  same span; such a figure anywhere else is a false positive.
  Percent and Currency spans have no qualifier words ("about $ 14 million" is "$ 14
  million" there): each factx span is compared from after its leading qualifier words
  (``factx.figures.qualifier_length``, the reader's own qualifier pattern), and an open
  bound ("more than $ 247 million") matches the value it states.
* ``NumberWithUnit/CurrencyModel``: factx figures with dimension ``money`` (or an
  ISO 4217 unit); value and, when ``isoCurrency`` is given, unit == isoCurrency.
  Without ``isoCurrency``, value only; a heuristic code for the unit name (Dollar ->
  USD, Pound -> GBP ...) is compared and its mismatches are reported apart. For cent,
  pence and penny, value v matches factx v or v/100 (in the main unit).
* ``NumberWithUnit/DimensionModel`` (optional): factx figures with a physical
  dimension (not money, percent or a count); value only, plus a unit-agreement rate.
* quantulum3 ``quantities.json``: no offsets, so each ``surface`` is located with
  ``req.find`` from the end of the previous match. Expected interval = value +-
  uncertainty. Both programs are scored: quantulum3 ``parser.parse`` (value +-
  uncertainty) and factx ``read_figures(req, all_roles=True)`` without ordinals and pronouns
  ((low, high); an open bound matches a point value equal to its stated end, since
  quantulum3 has no "at least"). Headline: value-only; plus unit agreement over the
  matched pairs (factx GBP ~ pound sterling, USD ~ dollar, None ~ dimensionless, ...).
  quantulum3 has no qualifiers either: factx spans are compared without their leading
  qualifier words, except "between" in "between 44 and 50 mg" (quantulum3 keeps it
  there, but not in "44 mg to 50 mg"); a value in cents matches factx's amount in the
  main unit x 100. Unmatched factx figures with role ``clock_time``, ``date``,
  ``identifier`` or ``unit_only`` are not counted as predictions (factx's own "not a quantity"; years
  and bare numbers are counted).

Expected results whose value is null ("dollar", "percent" alone) are counted, and
their number is printed; outside the percent spec no figure can match them. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import _common

# ---------------------------------------------------------------------------------
# records


@dataclass
class Exp:
    """One expected result."""

    start: int
    end: int  # exclusive
    text: str
    low: Optional[float]
    high: Optional[float]
    low_closed: bool = True
    high_closed: bool = True
    unit: Optional[str] = None  # spec's unit name
    iso: Optional[str] = None

    def show(self) -> str:
        if self.low is None and self.high is None:
            val = "null"
        elif self.low == self.high and self.low_closed and self.high_closed:
            val = f"{self.low:g}"
        else:
            lo = "" if self.low is None else f"{self.low:g}"
            hi = "" if self.high is None else f"{self.high:g}"
            val = ("[" if self.low_closed else "(") + f"{lo},{hi}" + ("]" if self.high_closed else ")")
        u = f" {self.iso or self.unit}" if (self.iso or self.unit) else ""
        return f"{self.text!r}@{self.start}:{self.end}={val}{u}"


@dataclass
class Pred:
    """One predicted figure, from either program."""

    start: int
    end: int
    text: str
    low: Optional[float]
    high: Optional[float]
    qualifier: str = "exact"
    unit: Optional[str] = None
    dimension: Optional[str] = None
    role: str = "claim"
    low_closed: Optional[bool] = True  # None = either
    high_closed: Optional[bool] = True

    def show(self) -> str:
        lo = "-" if self.low is None else f"{self.low:g}"
        hi = "-" if self.high is None else f"{self.high:g}"
        val = lo if self.low == self.high else f"{lo}..{hi}"
        extra = [x for x in (self.qualifier if self.qualifier != "exact" else None, self.unit,
                             self.role if self.role != "claim" else None) if x]
        return f"{self.text!r}@{self.start}:{self.end}={val}" + (f" ({', '.join(extra)})" if extra else "")


@dataclass
class Case:
    text: str
    exps: list[Exp]
    preds: list[Pred] = field(default_factory=list)
    error: Optional[str] = None
    not_supported_python: bool = False


@dataclass
class Score:
    tp: int = 0
    n_exp: int = 0
    n_pred: int = 0

    @property
    def p(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.n_exp if self.n_exp else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_dict(self) -> dict:
        return {"expected": self.n_exp, "predicted": self.n_pred, "tp": self.tp,
                "precision": round(self.p, 4), "recall": round(self.r, 4), "f1": round(self.f1, 4)}


# ---------------------------------------------------------------------------------
# matching


def close(a: Optional[float], b: Optional[float]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


def same_span(e: Exp, p: Pred) -> bool:
    return e.start == p.start and e.end == p.end


def overlap(e: Exp, p: Pred) -> bool:
    return e.start < p.end and p.start < e.end or (e.start == e.end == p.start == p.end)


def point_value(e: Exp, p: Pred) -> bool:
    """Expected single value (low == high) vs a factx figure with low == high."""
    return e.low is not None and close(p.low, e.low) and close(p.high, e.high)


def stated_value(e: Exp, p: Pred) -> bool:
    """``point_value``, or an open bound whose stated end is the expected value: the spec has
    no qualifiers ("more than $ 247 million" is $ 247 million there), as in the quantulum3 scorer."""
    if point_value(e, p):
        return True
    if e.low is None or not close(e.low, e.high):
        return False
    return (p.high is None and close(p.low, e.low)) or (p.low is None and close(p.high, e.low))


def match(exps: list[Exp], preds: list[Pred], ok: Callable[[Exp, Pred], bool]) -> list[tuple[int, int]]:
    """Maximum one-to-one matching of expected to predicted under ``ok`` (augmenting paths)."""
    adj = [[j for j, p in enumerate(preds) if ok(e, p)] for e in exps]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(exps)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def score(cases: list[Case], ok: Callable[[Exp, Pred], bool],
          counts_as_pred: Callable[[Pred], bool] = lambda p: True) -> tuple[Score, list[list[tuple[int, int]]]]:
    """Micro P/R/F1. ``counts_as_pred``: unmatched predictions it rejects are not false positives."""
    s = Score()
    all_pairs = []
    for c in cases:
        pairs = match(c.exps, c.preds, ok)
        matched = {j for _, j in pairs}
        s.tp += len(pairs)
        s.n_exp += len(c.exps)
        s.n_pred += sum(1 for j, p in enumerate(c.preds) if j in matched or counts_as_pred(p))
        all_pairs.append(pairs)
    return s, all_pairs


# ---------------------------------------------------------------------------------
# predictions


def factx_preds(read_figures, text: str, keep: Callable[[Pred], bool],
                strip_qualifier: bool = False) -> tuple[list[Pred], Optional[str]]:
    """factx's figures as predictions; ``strip_qualifier``: each span starts after its leading
    qualifier words (``factx.figures.qualifier_length``), for specs whose spans have none."""
    try:
        figs = read_figures(text, all_roles=True)
    except Exception as exc:
        return [], f"{type(exc).__name__}: {exc}"
    out = []
    for f in figs:
        cut = QUALIFIER_LENGTH(f.text) if strip_qualifier and QUALIFIER_LENGTH else 0
        if cut and strip_qualifier == "q3" and f.text[:cut].lower().startswith("between") and " and " in f.text:
            cut = 0  # quantulum3 reads "between 44 and 50 mg" whole, but "44 mg to 50 mg" without "between"
        p = Pred(f.span.start + cut, f.span.end, f.text[cut:], f.low, f.high, str(f.qualifier), f.unit,
                 f.dimension, f.role)
        if keep(p):
            out.append(p)
    return out, None


QUALIFIER_LENGTH: Optional[Callable[[str], int]] = None  # factx.figures.qualifier_length, set in main()
READ_NUMBERS: Optional[Callable] = None  # factx.figures.read_numbers, set in main()


def numbers_layer(read_numbers):
    """``read_numbers(text)`` called like ``read_figures(text, all_roles=True)``."""
    return lambda text, all_roles=True: read_numbers(text)


NOT_QUANTITY_ROLES = {"clock_time", "date", "identifier", "unit_only"}


def not_ordinal(p: Pred) -> bool:
    """Number specs: every number but ordinals and the pronoun "one" (the specs' negatives);
    not a unit named with no number."""
    return p.role not in ("ordinal", "pronoun", "unit_only")


ISO_RE = re.compile(r"^[A-Z]{3}$")


def is_money(p: Pred) -> bool:
    return p.dimension == "money" or bool(p.unit and ISO_RE.match(p.unit))


def is_percent(p: Pred) -> bool:
    return p.unit == "percent"


def is_physical(p: Pred) -> bool:
    return p.unit is not None and not is_money(p) and p.unit not in ("percent", "percentage point") \
        and p.dimension not in (None, "money", "percent")


def claim_only(test: Callable[[Pred], bool]) -> Callable[[Pred], bool]:
    """Unit models: only figures the reader calls claims (not URLs, ages, durations...)."""
    return lambda p: p.role == "claim" and test(p)


def claim_or_unit_only(test: Callable[[Pred], bool]) -> Callable[[Pred], bool]:
    """Percent model: claims, and a percent named with no number (role ``unit_only``, no
    value), which the spec expects with a null value ("a small percent")."""
    return lambda p: p.role in ("claim", "unit_only") and test(p)


def with_closedness(p: Pred) -> Pred:
    """Interval ends of a factx figure, from its qualifier."""
    q = p.qualifier
    if q == "more_than":
        p.low_closed, p.high_closed = False, True
    elif q == "at_least":
        p.low_closed, p.high_closed = True, True
    elif q == "less_than":
        p.low_closed, p.high_closed = True, False
    elif q == "at_most":
        p.low_closed, p.high_closed = True, True
    elif q == "range":
        p.low_closed, p.high_closed = True, None  # Recognizers: "between 20 and 30" = [20,30)
    return p


# ---------------------------------------------------------------------------------
# loading the specs


def rt_cases(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig") as fh:
        return json.load(fh)


def rt_exp(case_input: str, r: dict, low, high, **kw) -> Exp:
    start = r["Start"]
    end = r["End"] + 1
    return Exp(start, end, case_input[start:end], low, high, **kw)


def fnum(s) -> Optional[float]:
    if s is None or s == "null" or s == "":
        return None
    return float(str(s).replace(",", ""))


INTERVAL_RE = re.compile(r"^\s*([\[(])\s*([^,]*?)\s*,\s*([^,]*?)\s*([\])])\s*$")


def parse_interval(s: str) -> tuple[Optional[float], Optional[float], bool, bool]:
    m = INTERVAL_RE.match(s)
    if not m:
        raise ValueError(f"bad interval {s!r}")
    lo, hi = fnum(m.group(2)), fnum(m.group(3))
    return lo, hi, m.group(1) == "[", m.group(4) == "]"


# Recognizers currency unit names with no isoCurrency -> the code a reader would give
# (heuristic, for the separate "code mismatch" count only)
RT_CURRENCY_GUESS = {
    "dollar": "USD", "pound": "GBP", "cent": "USD", "pence": "GBP", "penny": "GBP",
    "franc": "CHF", "rupee": "INR", "bitcoin": "BTC", "satoshi": "BTC",
    "finnish markka": "FIM", "peseta": "ESP", "netherlands guilder": "NLG", "sen": "MYR",
    "euro": "EUR",
}
SUBUNITS = {"cent", "pence", "penny", "sen", "satoshi"}

# quantulum3 / Recognizers unit names vs factx unit names
Q3_UNIT_EQUIV = {
    "GBP": "pound sterling", "USD": "dollar", "EUR": "euro", "JPY": "yen", "CNY": "yuan",
    "INR": "indian rupee", "CHF": "swiss franc", "CAD": "canadian dollar", "AUD": "australian dollar",
    "percent": "percentage", None: "dimensionless",
}


def norm_unit(u: Optional[str]) -> str:
    if u is None:
        return "dimensionless"
    u = Q3_UNIT_EQUIV.get(u, u).lower().strip()
    u = u.replace("meter", "metre").replace("liter", "litre")
    u = re.sub(r"^(metric ton|ton)$", "tonne", u) if u == "metric ton" else u
    return u[:-1] if u.endswith("s") and not u.endswith("ss") and len(u) > 3 else u


def units_agree(spec_unit: Optional[str], got: Optional[str]) -> bool:
    return norm_unit(spec_unit) == norm_unit(got)


# ---------------------------------------------------------------------------------
# per-file scorers. Each returns a dict of figures, and prints its lines.

ROW = "{:<22} {:<10} {:<17} {:>5} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}"


def print_row(file: str, prog: str, mode: str, n_cases: int, s: Score) -> None:
    print(ROW.format(file, prog, mode, n_cases, s.n_exp, s.n_pred, s.tp,
                     f"{s.p:.3f}", f"{s.r:.3f}", f"{s.f1:.3f}"))


def classify_miss(c: Case, e: Exp, value_ok: Callable[[Exp, Pred], bool]) -> str:
    """Why an expected result was missed (strict span + value)."""
    if e.low is None and e.high is None:
        return "null value in spec"
    ov = [p for p in c.preds if overlap(e, p)]
    if not ov:
        return "nothing found there"
    if any(same_span(e, p) for p in ov):
        return "span ok, value/unit differs"
    if any(value_ok(e, p) and p.end == e.end and p.start < e.start for p in ov):
        return "value ok, factx span starts earlier (qualifier words)"
    if any(value_ok(e, p) for p in ov):
        return "value ok, span differs"
    return "overlaps, span and value differ"


def report_misses(name: str, cases: list[Case], pairs: list[list[tuple[int, int]]],
                  value_ok: Callable[[Exp, Pred], bool], counts_as_pred: Callable[[Pred], bool],
                  show: int, out: dict) -> None:
    kinds: dict[str, int] = {}
    shown = []
    for c, prs in zip(cases, pairs):
        me = {i for i, _ in prs}
        mp = {j for _, j in prs}
        missed = [e for i, e in enumerate(c.exps) if i not in me]
        extra = [p for j, p in enumerate(c.preds) if j not in mp and counts_as_pred(p)]
        for e in missed:
            k = classify_miss(c, e, value_ok)
            kinds[k] = kinds.get(k, 0) + 1
        for p in extra:
            if not c.exps:
                k = "false positive in negative case"
            elif any(overlap(e, p) for e in missed):
                k = "extra prediction overlapping a missed result"
            else:
                k = "extra prediction elsewhere"
            kinds[k] = kinds.get(k, 0) + 1
        if (missed or extra) and len(shown) < show:
            shown.append({"input": c.text[:300], "expected": [e.show() for e in c.exps],
                          "got": [p.show() for p in c.preds], "error": c.error})
    out["miss_kinds"] = kinds
    if kinds:
        print("    misses by kind (span+value): " + "; ".join(f"{k} {v}" for k, v in
                                                      sorted(kinds.items(), key=lambda kv: -kv[1])))
    if show:
        out["misses"] = shown
        for m in shown:
            print(f"    - input:    {m['input']!r}")
            print(f"      expected: {', '.join(m['expected']) or '[]'}")
            print(f"      got:      {', '.join(m['got']) or '[]'}" + (f"  ERROR {m['error']}" if m["error"] else ""))


def run_rt(name: str, path: Path, read_figures, args, kind: str) -> dict:
    raw = rt_cases(path)
    cases: list[Case] = []
    null_exps = 0
    for rc in raw:
        inp = rc["Input"]
        exps = []
        for r in rc["Results"]:
            res = r.get("Resolution") or {}
            if kind == "range":
                lo, hi, lc, hc = parse_interval(res["value"])
                exps.append(rt_exp(inp, r, lo, hi, low_closed=lc, high_closed=hc))
            elif kind == "percent":
                v = res.get("value")
                v = fnum(v.rstrip("%")) if v not in (None, "null") else None
                exps.append(rt_exp(inp, r, v, v))
            elif kind == "currency":
                v = fnum(res.get("value"))
                exps.append(rt_exp(inp, r, v, v, unit=res.get("unit"), iso=res.get("isoCurrency")))
            elif kind == "dimension":
                v = fnum(res.get("value"))
                exps.append(rt_exp(inp, r, v, v, unit=res.get("unit")))
            else:
                v = fnum(res.get("value"))
                exps.append(rt_exp(inp, r, v, v))
            if exps[-1].low is None and exps[-1].high is None:
                null_exps += 1
        ns = "python" in (rc.get("NotSupported") or "").lower()
        if args.skip_not_supported and ns:
            continue
        cases.append(Case(inp, exps, not_supported_python=ns))

    keep = {"number": not_ordinal, "range": not_ordinal, "percent": claim_or_unit_only(is_percent),
            "currency": claim_only(is_money), "dimension": claim_only(is_physical)}[kind]
    errors = 0
    first_error = None
    reader = numbers_layer(READ_NUMBERS) if kind == "number" and READ_NUMBERS else read_figures
    for c in cases:
        c.preds, c.error = factx_preds(reader, c.text, keep, strip_qualifier=kind in ("percent", "currency"))
        if c.error:
            errors += 1
            first_error = first_error or c.error
        if kind == "range":
            c.preds = [with_closedness(p) for p in c.preds]

    # value tests per kind
    counts_as_pred: Callable[[Pred], bool] = lambda p: True
    extra_scores: dict[str, Callable[[Exp, Pred], bool]] = {}
    if kind == "number":
        value_ok = point_value
    elif kind == "percent":
        def value_ok(e: Exp, p: Pred) -> bool:
            if e.low is None and e.high is None:  # "a small percent": the spec's null value
                return p.role == "unit_only" and p.low is None and p.high is None
            return p.role == "claim" and stated_value(e, p)
    elif kind == "dimension":
        value_ok = point_value
    elif kind == "currency":
        def value_only(e: Exp, p: Pred) -> bool:
            if e.low is None:
                return False
            if (e.unit or "").lower() in SUBUNITS and close(p.low, e.low / 100) and close(p.high, e.high / 100):
                return True
            return stated_value(e, p)

        def value_ok(e: Exp, p: Pred) -> bool:
            return value_only(e, p) and (e.iso is None or p.unit == e.iso)

        extra_scores["value only"] = value_only
    else:  # range
        range_quals = {"more_than", "at_least", "less_than", "at_most", "range"}

        def bounds(e: Exp, p: Pred) -> bool:
            if p.qualifier not in range_quals and p.qualifier != "exact":
                return False
            if p.qualifier == "exact" and not (e.low is not None and close(e.low, e.high)):
                return False
            return close(e.low, p.low) and close(e.high, p.high)

        def closed_too(e: Exp, p: Pred) -> bool:
            if not bounds(e, p):
                return False
            lo_ok = e.low is None or p.low_closed is None or p.low_closed == e.low_closed
            hi_ok = e.high is None or p.high_closed is None or p.high_closed == e.high_closed
            return lo_ok and hi_ok

        value_ok = bounds
        counts_as_pred = lambda p: p.qualifier in range_quals  # noqa: E731
        extra_scores["value+closed"] = closed_too

    out: dict = {"file": name, "cases": len(cases), "null_value_expected": null_exps,
                 "factx_errors": errors, "scores": {}}
    strict, pairs = score(cases, lambda e, p: same_span(e, p) and value_ok(e, p), counts_as_pred)
    soft, _ = score(cases, lambda e, p: overlap(e, p) and value_ok(e, p), counts_as_pred)
    label = "value" if kind == "range" else ("value+code" if kind == "currency" else "value")
    print_row(name, "factx", f"span+{label}", len(cases), strict)
    print_row("", "factx", f"ovl+{label}", len(cases), soft)
    out["scores"][f"span+{label}"] = strict.as_dict()
    out["scores"][f"overlap+{label}"] = soft.as_dict()
    for lab, fn in extra_scores.items():
        s1, _ = score(cases, lambda e, p, fn=fn: same_span(e, p) and fn(e, p), counts_as_pred)
        s2, _ = score(cases, lambda e, p, fn=fn: overlap(e, p) and fn(e, p), counts_as_pred)
        print_row("", "factx", f"span+{lab}", len(cases), s1)
        print_row("", "factx", f"ovl+{lab}", len(cases), s2)
        out["scores"][f"span+{lab}"] = s1.as_dict()
        out["scores"][f"overlap+{lab}"] = s2.as_dict()

    notes = []
    if null_exps:
        notes.append(f"{null_exps} expected results have a null value"
                     + (" (matched by role unit_only)" if kind == "percent" else " (unmatchable)"))
        if kind != "percent":
            strict_nn = Score(strict.tp, strict.n_exp - null_exps, strict.n_pred)
            notes.append(f"without them (informational; the headline counts them): span F1 {strict_nn.f1:.3f}")
    if errors:
        notes.append(f"factx raised on {errors} cases, first: {first_error}")
    if kind == "currency":
        # code agreement over value matches (overlap)
        with_iso = mism_iso = no_iso = mism_guess = 0
        _, vpairs = score(cases, lambda e, p: overlap(e, p) and extra_scores["value only"](e, p))
        for c, prs in zip(cases, vpairs):
            for i, j in prs:
                e, p = c.exps[i], c.preds[j]
                if e.iso:
                    with_iso += 1
                    mism_iso += p.unit != e.iso
                else:
                    no_iso += 1
                    guess = RT_CURRENCY_GUESS.get((e.unit or "").lower())
                    mism_guess += guess is not None and p.unit != guess
        notes.append(f"value matches (overlap) with isoCurrency: {with_iso}, code differs on {mism_iso}; "
                     f"without isoCurrency: {no_iso}, factx code differs from the obvious one "
                     f"(Dollar->USD, Pound->GBP, ...) on {mism_guess}")
        out.update(value_matches_with_iso=with_iso, iso_mismatch=mism_iso,
                   value_matches_without_iso=no_iso, guessed_code_mismatch=mism_guess)
    if kind == "dimension":
        agree = total = 0
        _, vpairs = score(cases, lambda e, p: overlap(e, p) and point_value(e, p))
        for c, prs in zip(cases, vpairs):
            for i, j in prs:
                total += 1
                agree += units_agree(c.exps[i].unit, c.preds[j].unit)
        notes.append(f"unit agreement over {total} value matches (overlap): "
                     f"{agree / total if total else 0:.3f}")
        out.update(unit_agreement=agree / total if total else None, unit_pairs=total)
    if kind == "range":
        notes.append("unmatched exact factx figures are not counted as predictions (not range claims)")
    for n in notes:
        print(f"    note: {n}")
    report_misses(name, cases, pairs, value_ok, counts_as_pred, args.show_misses, out)
    return out


def run_q3(name: str, path: Path, read_figures, args) -> dict:
    with open(path, encoding="utf-8") as fh:
        raw = json.load(fh)
    base: list[Case] = []
    unlocated = 0
    for rc in raw:
        req = rc["req"]
        exps = []
        pos = 0
        for r in rc["res"]:
            surf = r["surface"]
            i = req.find(surf, pos)
            if i < 0:
                i = req.find(surf)
            if i < 0:
                unlocated += 1
                continue
            pos = i + len(surf)
            v, u = float(r["value"]), r.get("uncertainty")
            lo, hi = (v - u, v + u) if u else (v, v)
            exps.append(Exp(i, i + len(surf), surf, lo, hi, unit=r.get("unit")))
        base.append(Case(req, exps))

    def interval_ok(e: Exp, p: Pred) -> bool:
        if close(e.low, p.low) and close(e.high, p.high):
            return True
        if (e.unit or "") in SUBUNITS and p.low is not None and p.high is not None \
                and close(e.low, p.low * 100) and close(e.high, p.high * 100):
            return True  # "one hundred cents": factx says 1 USD
        # quantulum3 has no "at least": an open bound matches a point at its stated end
        if e.low is not None and close(e.low, e.high):
            if p.high is None and p.low is not None:
                return close(p.low, e.low)
            if p.low is None and p.high is not None:
                return close(p.high, e.low)
        return False

    out: dict = {"file": name, "cases": len(base), "unlocated_surfaces": unlocated, "programs": {}}
    parse, _ = _common.load_quantulum()
    programs = [("quantulum3", None)]
    if read_figures is not None:
        programs.append(("factx", read_figures))
    for prog, rf in programs:
        cases = [Case(c.text, c.exps) for c in base]
        errors = 0
        first_error = None
        for c in cases:
            if rf is None:
                try:
                    qs = parse(c.text)
                except Exception as exc:
                    c.error = f"{type(exc).__name__}: {exc}"
                    qs = []
                for q in qs:
                    v, u = float(q.value), q.uncertainty
                    lo, hi = (v - u, v + u) if u else (v, v)
                    c.preds.append(Pred(q.span[0], q.span[1], q.surface, lo, hi, unit=q.unit.name))
            else:
                c.preds, c.error = factx_preds(rf, c.text, not_ordinal, strip_qualifier="q3")
            if c.error:
                errors += 1
                first_error = first_error or c.error
        # factx's dates, clock times and identifiers are its own "not a quantity": unmatched, they
        # are not predictions (quantulum3 reports none of them either); years and bare numbers are.
        counts = (lambda p: True) if rf is None else (lambda p: p.role not in NOT_QUANTITY_ROLES)
        strict, pairs = score(cases, lambda e, p: same_span(e, p) and interval_ok(e, p), counts)
        soft, spairs = score(cases, lambda e, p: overlap(e, p) and interval_ok(e, p), counts)
        print_row(name if prog == "quantulum3" else "", prog, "span+value", len(cases), strict)
        print_row("", prog, "ovl+value", len(cases), soft)
        agree = total = 0
        for c, prs in zip(cases, spairs):
            for i, j in prs:
                total += 1
                agree += units_agree(c.exps[i].unit, c.preds[j].unit)
        rate = agree / total if total else 0.0
        print(f"    note: {prog}: unit agreement over {total} value matches (overlap): {rate:.3f}"
              + (f"; raised on {errors} cases, first: {first_error}" if errors else ""))
        pout: dict = {"scores": {"span+value": strict.as_dict(), "overlap+value": soft.as_dict()},
                      "unit_agreement": rate, "unit_pairs": total, "errors": errors}
        if prog == "factx" or args.show_misses_q3:
            report_misses(name, cases, pairs, interval_ok, counts, args.show_misses, pout)
        out["programs"][prog] = pout
    if unlocated:
        print(f"    note: {unlocated} surfaces not found in their req")
    return out


FILES = {
    # key: (relative path, kind, default?)
    "number": ("recognizers_text/Number/NumberModel.json", "number", True),
    "range": ("recognizers_text/Number/NumberRangeModel.json", "range", True),
    "percent": ("recognizers_text/Number/PercentModel.json", "percent", True),
    "currency": ("recognizers_text/NumberWithUnit/CurrencyModel.json", "currency", True),
    "dimension": ("recognizers_text/NumberWithUnit/DimensionModel.json", "dimension", True),
    "quantulum3": ("quantulum3/quantities.json", "q3", True),
    "quantulum3-ambiguity": ("quantulum3/quantities.ambiguity.json", "q3", False),
}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--specs", type=Path, default=_common.DEFAULT_SPECS,
                    help="folder holding recognizers_text/ and quantulum3/ (default ../shared/benchmarks)")
    ap.add_argument("--files", help="comma-separated: " + ", ".join(FILES) +
                    " (default: all but quantulum3-ambiguity)")
    ap.add_argument("--show-misses", type=int, default=0, metavar="N",
                    help="print the first N missed cases per file (input, expected, got)")
    ap.add_argument("--show-misses-q3", action="store_true",
                    help="also print quantulum3's own misses on its fixtures")
    ap.add_argument("--skip-not-supported", action="store_true",
                    help='skip Recognizers cases whose NotSupported lists "python"')
    ap.add_argument("--json", type=Path, metavar="FILE", help="write all figures to FILE")
    args = ap.parse_args(argv)

    keys = args.files.split(",") if args.files else [k for k, v in FILES.items() if v[2]]
    bad = [k for k in keys if k not in FILES]
    if bad:
        raise SystemExit(f"unknown file key(s) {bad}; choose from {list(FILES)}")
    specs = args.specs.resolve()
    if not specs.is_dir():
        raise SystemExit(f"spec folder not found: {specs} (use --specs DIR)")

    try:
        import factx

        read_figures = factx.read_figures
        factx_err = None
        global READ_NUMBERS, QUALIFIER_LENGTH
        from factx import figures as _figures

        READ_NUMBERS = getattr(_figures, "read_numbers", None)
        QUALIFIER_LENGTH = getattr(_figures, "qualifier_length", None)
    except Exception as exc:
        read_figures, factx_err = None, f"{type(exc).__name__}: {exc}"
    if factx_err:
        print(f"factx.read_figures not usable ({factx_err}): scoring quantulum3 only")

    print(f"specs: {specs}")
    print(ROW.format("file", "program", "match", "cases", "exp", "pred", "TP", "P", "R", "F1"))
    results = []
    t0 = time.perf_counter()
    for k in keys:
        rel, kind, _ = FILES[k]
        path = specs / rel
        if not path.exists():
            print(f"{k}: missing {path}")
            continue
        name = Path(rel).stem
        if kind == "q3":
            results.append(run_q3(name, path, read_figures, args))
        elif read_figures is not None:
            results.append(run_rt(name, path, read_figures, args, kind))
        else:
            print(f"{name:<30} (skipped: factx not usable)")
    print(f"({time.perf_counter() - t0:.1f}s)")
    if args.json:
        args.json.write_text(json.dumps({"factx_error": factx_err, "files": results}, indent=2))
        print(f"wrote {args.json}")


if __name__ == "__main__":
    sys.exit(main())
