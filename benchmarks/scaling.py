"""Time per MB of ``factx.extract`` as documents grow from 1 KB to 10 MB.

    .venv/bin/python benchmarks/scaling.py
    .venv/bin/python benchmarks/scaling.py --sizes 1e3,1e4,1e5 --tool quantulum3

Documents smaller than the seed articles together are the seeds cut into consecutive pieces
of about that size (at paragraph or sentence breaks), all of them timed, so that every size
reads the same text and only the document size varies; larger documents are built by
concatenating the seed articles (realistic news text) until the size is reached, cut at the
last paragraph or sentence break before it. Sizes are
in characters (1 KB = 1,000 chars, 1 MB = 1,000,000 chars). The sizes are timed in
``--rounds`` rounds, each round timing every size once, and each size's fastest round is
kept: a slow spell of a shared machine then falls on all sizes alike. A small document is
run several times in a row per timing (at least ``--min-batch`` seconds) and the time
divided. The clock is this process's CPU time by default (``--clock wall`` for wall
time). A size whose predicted time (from the previous size's s/MB) exceeds ``--budget`` is
skipped. Prints a table and the max/min ratio of s/MB, which should stay within 1.2
(linear time), and a least-squares fit of time = a per document + b per character with the
largest deviation of a size from it: a fixed cost per document lifts the s/MB of small
documents without making time grow faster than the input. Prints figures; asserts nothing.
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


def documents(seed_texts: list[str], size: int) -> list[str]:
    """The documents of ``size`` chars to time: below the seeds' length, the seeds cut into
    consecutive pieces of about ``size`` chars (each cut at a paragraph or sentence break, as in
    :func:`build`), so that every size reads the same text and only the document size varies;
    from there on, one document of the seeds joined cyclically (:func:`build`)."""
    corpus = "\n\n".join(t.strip() for t in seed_texts) + "\n\n"
    if size >= len(corpus):
        return [build(seed_texts, size)]
    pieces: list[str] = []
    pos = 0
    while pos < len(corpus):
        piece = build([corpus[pos:]], size) if len(corpus) - pos > size else corpus[pos:]
        pieces.append(piece)
        pos += len(piece)
    return [p for p in pieces if p.strip()]


def linear_fit(rows: list[tuple[int, int, float]]) -> str:
    """Least squares of time = a * documents + b * chars over (documents, chars, seconds)
    rows, weighted so that each row counts by its relative error: a fixed cost per document
    (which a 1 KB row shows most) and a cost per character (linear time). Returns a line
    with both and the largest deviation of a row from the fit."""
    # minimise sum(((a*d + b*n) / t - 1)^2): normal equations in a and b
    sdd = sum((d / t) ** 2 for d, n, t in rows)
    snn = sum((n / t) ** 2 for d, n, t in rows)
    sdn = sum(d * n / t ** 2 for d, n, t in rows)
    sd = sum(d / t for d, n, t in rows)
    sn = sum(n / t for d, n, t in rows)
    det = sdd * snn - sdn * sdn
    if len(rows) < 2 or det == 0:
        return "linear fit: needs two sizes with different documents per character"
    a = (sd * snn - sn * sdn) / det
    b = (sn * sdd - sd * sdn) / det
    worst = max(abs((a * d + b * n) / t - 1) for d, n, t in rows)
    return (f"linear fit: time = {a * 1e6:.0f} us per document + {b * 1e6:.3f} s per MB; "
            f"largest deviation of a size from it {worst:.1%}")


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
    ap.add_argument("--rounds", type=int, default=5,
                    help="rounds; each round times every size once (default 5)")
    ap.add_argument("--min-batch", type=float, default=0.3,
                    help="seconds one timing of a size lasts at least: small documents are run "
                         "several times in a row and the time divided (default 0.3)")
    ap.add_argument("--budget", type=float, default=600.0,
                    help="skip a size whose predicted single run exceeds this many seconds")
    ap.add_argument("--clock", choices=["process", "wall"], default="process",
                    help="CPU time of this process (default; what other programs on the machine "
                         "take is not counted) or wall-clock time")
    ap.add_argument("--tool", choices=["factx", "quantulum3"], default="factx",
                    help="what to time (default factx.extract; quantulum3 parser.parse for comparison)")
    args = ap.parse_args(argv)

    seeds = [t for _, t in _common.load_texts(args.paths)]
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    clock = time.process_time if args.clock == "process" else time.perf_counter

    if args.tool == "factx":
        extract, _, _, err = _common.load_factx()
        if err:
            raise SystemExit(f"factx reader not usable: {err}\n(try --tool quantulum3)")
        fn, name = extract, "factx.extract"
    else:
        fn, _ = _common.load_quantulum()
        name = "quantulum3 parser.parse"
    fn(seeds[0])  # warm up: lazy modules and data

    # First run of each size: how many passes over its documents make one timing of --min-batch seconds.
    plans = []  # (size, documents, chars, passes per timing, found)
    prev_s_per_mb = None
    for size in sizes:
        docs = documents(seeds, size)
        n = sum(len(d) for d in docs)
        if prev_s_per_mb is not None and prev_s_per_mb * n / 1e6 > args.budget:
            print(f"{label(size):>8} {n:11,d}  skipped: predicted {prev_s_per_mb * n / 1e6:.0f}s > --budget {args.budget:g}s")
            continue
        t0 = clock()
        found = sum(len(fn(d)) for d in docs)
        first = max(clock() - t0, 1e-9)
        prev_s_per_mb = first / (n / 1e6)
        plans.append((size, docs, n, max(1, math.ceil(args.min_batch / first)), found))

    # Rounds: each round times every size once, so that a slow spell of the machine
    # falls on all sizes alike instead of on whichever size was running then.
    best = [math.inf] * len(plans)
    for _ in range(args.rounds):
        for i, (size, docs, _, passes, _) in enumerate(plans):
            t0 = clock()
            for _ in range(passes):
                for d in docs:
                    fn(d)
            best[i] = min(best[i], (clock() - t0) / passes)

    print(f"{name}: seconds per MB by document size ({args.clock} time; minimum over {args.rounds} rounds, "
          f"each timing >= {args.min_batch}s of work)")
    print(f"{'size':>8} {'docs':>5} {'chars':>11} {'passes':>7} {'found':>7} {'s/doc':>10} {'s/MB':>9} {'chars/s':>10}")
    rows = []
    for (size, docs, n, passes, found), b in zip(plans, best):
        s_per_mb = b / (n / 1e6)
        rows.append((size, n, b, s_per_mb))
        print(f"{label(size):>8} {len(docs):5d} {n:11,d} {passes * args.rounds:7d} {found:7d} {b / len(docs):10.5f} "
              f"{s_per_mb:9.3f} {_common.fmt_rate(n / b):>9}", flush=True)

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
        print(linear_fit([(len(p[1]), n, b) for p, (_, n, b, _) in zip(plans, rows)]))


if __name__ == "__main__":
    main()
