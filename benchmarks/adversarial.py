"""Adversarial inputs up to 1 MB through ``factx.extract``: time each, mark PASS/SLOW.

    .venv/bin/python benchmarks/adversarial.py
    .venv/bin/python benchmarks/adversarial.py --size 100000 --only spaces,dots
    .venv/bin/python benchmarks/adversarial.py --tool quantulum3 --size 10000

Each input runs in its own subprocess (which imports and warms up the reader first,
untimed) with a hard ``--timeout``, so one catastrophic case cannot hang the run.
An input is PASS when it takes at most ``--limit`` seconds (default 1 s), SLOW when
longer, TIMEOUT when killed, ERROR when the reader raised (the error is printed).
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import subprocess
import sys
import time
from typing import Callable

import _common


def _fill(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` chars."""
    return (unit * (size // len(unit) + 1))[:size]


def _counting(template: str, size: int) -> str:
    """``template.format(i)`` for i = 1, 2, ... until ``size`` chars."""
    out, n = [], 0
    for i in itertools.count(1):
        piece = template.format(i)
        out.append(piece)
        n += len(piece)
        if n >= size:
            return "".join(out)[:size]
    raise AssertionError


def _digits(size: int) -> str:
    return _fill("1234567890", size)


def _seed_sentence(size: int) -> str:
    """The seed articles as one sentence: no punctuation, no line breaks, to ``size`` chars."""
    text = " ".join(t for _, t in _common.load_texts(None))
    words = re.sub(r"[^\w\s$£€%-]+", " ", text).split()
    return _fill(" ".join(words).lower() + " ", size)


# name -> (description, builder(size) -> text)
CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "digits_commas": ("1,234,567,890,... one comma-grouped digit run",
                      lambda n: ("1" + _fill(",234,567,890", n - 1))[:n]),
    "one_comma": ('"1," repeated', lambda n: _fill("1,", n)),
    "one_comma_space": ('"1, " repeated', lambda n: _fill("1, ", n)),
    "spaces": ("a million spaces", lambda n: " " * n),
    "spaces_then_1": ("spaces, then 1 people", lambda n: " " * (n - 8) + "1 people"),
    "number_words_and": ('"one hundred and twenty-one thousand ..." repeated',
                         lambda n: _fill("one hundred and twenty-one thousand three hundred and forty-five ", n)),
    "twenty_repeated": ('"twenty twenty twenty ..."', lambda n: _fill("twenty ", n)),
    "million_repeated": ('"a million million million ..."', lambda n: ("a " + _fill("million ", n))[:n]),
    "space_grouped": ('"1 000 000 000 ..." one space-grouped run', lambda n: ("1" + _fill(" 000", n))[:n]),
    "dots": ('"1.2.3.4..." digits joined by dots', lambda n: _counting("{}.", n)),
    "dashes_then_1": ('"--------1"', lambda n: "-" * (n - 1) + "1"),
    "hyphen_chain": ('"1-2-3-4-..." a chain of ranges', lambda n: _counting("{}-", n)),
    "to_chain": ('"1 to 2 to 3 to ..."', lambda n: _counting("{} to ", n)),
    "pounds": ('a million "£"', lambda n: "£" * n),
    "pounds_then_1": ('"£££...£1"', lambda n: "£" * (n - 1) + "1"),
    "percent_signs": ('"1%%%%...%"', lambda n: "1" + "%" * (n - 1)),
    "between_nested": ('"between 1 and between 2 and ..."', lambda n: _counting("between {} and ", n)),
    "qualifier_chain": ('"more than about nearly at least ... 5"',
                        lambda n: _fill("more than about nearly at least up to some ", n - 2) + " 5"),
    "dollars": ('"$1 $1 $1 ..."', lambda n: _fill("$1 ", n)),
    "dollar_million": ('"$1 million $1 million ..."', lambda n: _fill("$1 million ", n)),
    "nested_parens": ("((((...1...))))", lambda n: "(" * (n // 2 - 1) + "12" + ")" * (n // 2 - 1)),
    "long_words": ("ten 100,000-letter words", lambda n: _fill("x" * (n // 10 - 1) + " ", n)),
    "long_alnum_word": ('one word "a1b2c3..."', lambda n: _fill("a1b2c3d4e5", n)),
    "digit_run": ("1234567890... one digit run, no spaces", _digits),
    "digit_run_unit": ("a 1 MB digit run followed by 'km'", lambda n: _digits(n - 3) + " km"),
    "decimal_run": ('"0.000...0001"', lambda n: "0." + "0" * (n - 3) + "1"),
    "arabic_indic_digits": ("Arabic-Indic digits with thin spaces",
                            lambda n: _fill("\u0661\u0662\u0663\u2009\u0664\u0665\u0666 ", n)),
    "devanagari_digits": ("Devanagari digits with commas", lambda n: _fill("\u0967,\u0968\u0969\u096a ", n)),
    "fullwidth_digits": ("fullwidth digits", lambda n: _fill("\uff11\uff12\uff13\uff10 ", n)),
    "nbsp_grouped": ("1\\u00a0000\\u00a0000... non-breaking-space groups",
                     lambda n: ("1" + _fill("\u00a0000", n))[:n]),
    "thin_space_grouped": ("1\\u2009000\\u202f000... thin/narrow-nbsp groups",
                           lambda n: ("1" + _fill("\u2009000\u202f000", n))[:n]),
    "mixed_unicode_spaces": ("numbers between assorted Unicode spaces",
                             lambda n: _fill("12\u00a0people\u2009and\u202f3\u2007000\u3000migrants ", n)),
    "single_sentence": ("the seed articles as one 1 MB sentence, no punctuation", _seed_sentence),
    "newlines": ("a million newlines, then 5 people", lambda n: "\n" * (n - 8) + "5 people"),
}


def child(name: str, size: int, tool: str) -> None:
    """Run one case and print one JSON line (the parent reads it)."""
    text = CASES[name][1](size)
    if tool == "factx":
        extract, _, _, err = _common.load_factx()
        if err:
            print(json.dumps({"error": err}))
            return
        fn = extract
    else:
        fn, _ = _common.load_quantulum()
    fn("About 5,000 people were there, 12 km away; $1.5 million was pledged.")  # warm up, untimed
    t0 = time.perf_counter()
    try:
        found = len(fn(text))
        err = None
    except Exception as exc:
        found, err = None, f"{type(exc).__name__}: {str(exc)[:200]}"
    print(json.dumps({"seconds": time.perf_counter() - t0, "found": found, "error": err, "chars": len(text)}))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=1_000_000, help="chars per input (default 1,000,000)")
    ap.add_argument("--limit", type=float, default=1.0, help="PASS at or under this many seconds (default 1)")
    ap.add_argument("--timeout", type=float, default=30.0,
                    help="kill a case after this many seconds, import included (default 30)")
    ap.add_argument("--only", help="comma-separated case names")
    ap.add_argument("--list", action="store_true", help="list the cases and exit")
    ap.add_argument("--tool", choices=["factx", "quantulum3"], default="factx")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:
        child(args.child, args.size, args.tool)
        return
    if args.list:
        for name, (desc, _) in CASES.items():
            print(f"{name:<22} {desc}")
        return
    names = args.only.split(",") if args.only else list(CASES)
    unknown = [n for n in names if n not in CASES]
    if unknown:
        raise SystemExit(f"unknown case(s): {unknown}; see --list")

    tool = "factx.extract" if args.tool == "factx" else "quantulum3 parser.parse"
    print(f"{tool} on {len(names)} adversarial inputs of {args.size:,} chars; "
          f"PASS <= {args.limit:g}s, hard timeout {args.timeout:g}s (subprocess each)")
    print(f"{'case':<22} {'chars':>9} {'seconds':>9} {'found':>7}  mark")
    counts: dict[str, int] = {}
    for name in names:
        cmd = [sys.executable, __file__, "--child", name, "--size", str(args.size), "--tool", args.tool]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
            lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
            if not lines:
                tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
                res = {"error": f"exit {proc.returncode}: {tail[:200]}"}
            else:
                res = json.loads(lines[-1])
        except subprocess.TimeoutExpired:
            res = {"timeout": True}
        if res.get("timeout"):
            mark, secs, found = "TIMEOUT", f">{args.timeout:g}", "-"
        elif res.get("seconds") is None:
            mark, secs, found = "ERROR", "-", "-"
        else:
            secs, found = f"{res['seconds']:.3f}", ("-" if res["found"] is None else str(res["found"]))
            mark = "ERROR" if res.get("error") else ("PASS" if res["seconds"] <= args.limit else "SLOW")
        counts[mark] = counts.get(mark, 0) + 1
        extra = f"  {res['error']}" if res.get("error") else ""
        print(f"{name:<22} {res.get('chars', args.size):>9,} {secs:>9} {found:>7}  {mark}{extra}", flush=True)
    print("summary: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + f" of {len(names)}")


if __name__ == "__main__":
    main()
