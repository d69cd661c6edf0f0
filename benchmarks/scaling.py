"""Time per MB of ``factx.extract`` as documents grow from 1 KB to 10 MB.

    .venv/bin/python benchmarks/scaling.py
    .venv/bin/python benchmarks/scaling.py --sizes 1e3,1e4,1e5 --tool quantulum3

Documents are built by concatenating the seed articles (realistic news text) until
the size is reached, cut at the last paragraph or sentence break before it. Sizes are
in characters (1 KB = 1,000 chars, 1 MB = 1,000,000 chars). Each size is repeated
until about ``--min-total`` seconds of work are done, and the minimum is kept. A
size is run at least ``--min-repeat`` times when that costs under ``--repeat-cap``
seconds. A size whose predicted time (from the previous size's s/MB) exceeds ``--budget`` is
skipped. Prints a table and the max/min ratio of s/MB, which should stay within 1.2
(linear time). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import math
import re
import time

import _common


def build(seed_texts: list[str], size: int) -> str:
    """Seeds joined cyclically to ``size`` chars, cut back to a paragraph/sentence break."""
    parts: list[str] = []
    n = 0
    i = 0
    while n < size:
        t = seed_texts[i % len(seed_texts)].strip() + "\n\n"
        parts.append(t)
        n += len(t)
        i += 1
    text = "".join(parts)[:size]
    # cut at the last paragraph break, else sentence end, in the last 20% of the text
    for pattern in (r"\n\n", r"[.!?][\"'”’)]?\s"):
        ends = [m.end() for m in re.finditer(pattern, text)]
        if ends and ends[-1] >= 0.8 * size:
            return text[: ends[-1]]
    return text


def parse_size(s: str) -> int:
    s = s.strip().upper()
    mult = 1
    for suffix, m in (("KB", 10**3), ("MB", 10**6), ("K", 10**3), ("M", 10**6)):
        if s.endswith(suffix):
            s, mult = s[: -len(suffix)], m
            break
    return int(float(s) * mult)


def label(n: int) -> str:
    return f"{n / 1e6:g} MB" if n >= 10**6 else f"{n / 1e3:g} KB"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", help="source texts (default: seeds/)")
    ap.add_argument("--sizes", default="1KB,10KB,100KB,1MB,10MB",
                    help="comma-separated sizes in chars (1KB = 1000)")
    ap.add_argument("--min-total", type=float, default=0.5,
                    help="seconds of work per size; the minimum over repeats is kept (default 0.5)")
    ap.add_argument("--min-repeat", type=int, default=3,
                    help="runs per size at least (default 3), unless that would exceed --repeat-cap")
    ap.add_argument("--repeat-cap", type=float, default=60.0,
                    help="seconds above which a size is run only once (default 60)")
    ap.add_argument("--budget", type=float, default=600.0,
                    help="skip a size whose predicted single run exceeds this many seconds")
    ap.add_argument("--tool", choices=["factx", "quantulum3"], default="factx",
                    help="what to time (default factx.extract; quantulum3 parser.parse for comparison)")
    args = ap.parse_args(argv)

    seeds = [t for _, t in _common.load_texts(args.paths)]
    sizes = [parse_size(s) for s in args.sizes.split(",")]

    if args.tool == "factx":
        extract, _, _, err = _common.load_factx()
        if err:
            raise SystemExit(f"factx reader not usable: {err}\n(try --tool quantulum3)")
        fn, name = extract, "factx.extract"
    else:
        fn, _ = _common.load_quantulum()
        name = "quantulum3 parser.parse"
    fn(seeds[0])  # warm up: lazy modules and data

    print(f"{name}: seconds per size (minimum over repeats; >= {args.min_total}s of work per size)")
    print(f"{'size':>8} {'chars':>11} {'repeats':>7} {'found':>7} {'seconds':>10} {'s/MB':>9} {'chars/s':>10}")
    rows = []
    prev_s_per_mb = None
    for size in sizes:
        text = build(seeds, size)
        n = len(text)
        if prev_s_per_mb is not None and prev_s_per_mb * n / 1e6 > args.budget:
            print(f"{label(size):>8} {n:11,d}  skipped: predicted {prev_s_per_mb * n / 1e6:.0f}s > --budget {args.budget:g}s")
            continue
        first, result = _common.timed(fn, text)
        times = [first]
        reps = math.ceil(args.min_total / max(first, 1e-9))
        if first * args.min_repeat <= args.repeat_cap:
            reps = max(reps, args.min_repeat)
        for _ in range(reps - 1):
            times.append(_common.timed(fn, text)[0])
        best = min(times)
        s_per_mb = best / (n / 1e6)
        prev_s_per_mb = s_per_mb
        rows.append((size, n, best, s_per_mb))
        print(f"{label(size):>8} {n:11,d} {len(times):7d} {len(result):7d} {best:10.5f} "
              f"{s_per_mb:9.3f} {_common.fmt_rate(n / best):>9}", flush=True)

    if len(rows) >= 2:
        vals = [r[3] for r in rows]
        ratio = max(vals) / min(vals)
        verdict = "flat (within 20%)" if ratio <= 1.2 else "NOT flat (more than 20%)"
        big = [r for r in rows if r[0] >= 10**4]
        line = f"s/MB max/min = {ratio:.2f} over {len(rows)} sizes: {verdict}"
        if len(big) >= 2 and len(big) < len(rows):
            bvals = [r[3] for r in big]
            line += f"; sizes >= 10 KB only: {max(bvals) / min(bvals):.2f}"
        print(line)


if __name__ == "__main__":
    main()
