"""Speed of factx against quantulum3 on the same documents, in one run.

    .venv/bin/python benchmarks/speed.py                  # the seed articles
    .venv/bin/python benchmarks/speed.py some/dir a.txt   # other files or folders of *.txt

Each program is imported and called once on a short sentence (load time: both load
data lazily), warmed up once on every document (warm-up time), then timed for ``--repeat`` repetitions. One repetition
processes every document ``number`` times, with ``number`` chosen so that a
repetition lasts at least ``--min-time`` seconds; the programs' repetitions alternate
(quantulum3, extract, read_figures, quantulum3, ...), so that a busy spell of a shared
machine falls on all of them. Speed is chars/s from the fastest repetition (the median
is printed too). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import math
import statistics
import time

import _common


LOAD_TEXT = "Some 5,000 people were there, 12 km away; $1.5 million was pledged."


class Bench:
    """One callable's figures: warmed up and calibrated at creation, then timed one
    repetition at a time (so that several programs' repetitions can alternate)."""

    def __init__(self, fn, docs, min_time: float):
        self.fn, self.docs = fn, docs
        self.total_chars = sum(len(t) for _, t in docs)
        t0 = time.perf_counter()
        self.found = sum(len(fn(text)) for _, text in docs)
        self.warmup_s = time.perf_counter() - t0
        # calibrate: how many passes over all documents make one repetition >= min_time
        t0 = time.perf_counter()
        for _, text in docs:
            fn(text)
        one_pass = max(time.perf_counter() - t0, 1e-9)
        self.number = max(1, math.ceil(min_time / one_pass))
        self.times: list[float] = []

    def repetition(self) -> None:
        fn, docs = self.fn, self.docs
        t0 = time.perf_counter()
        for _ in range(self.number):
            for _, text in docs:
                fn(text)
        self.times.append((time.perf_counter() - t0) / self.number)

    def figures(self) -> dict:
        best = min(self.times)
        return {
            "warmup_s": self.warmup_s,
            "number": self.number,
            "best_s": best,
            "median_s": statistics.median(self.times),
            "chars_per_s": self.total_chars / best,
            "found": self.found,
        }


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", help="files or folders of *.txt (default: seeds/)")
    ap.add_argument("--repeat", type=int, default=5, help="timed repetitions (default 5)")
    ap.add_argument("--min-time", type=float, default=0.3,
                    help="seconds one repetition should last at least (default 0.3)")
    args = ap.parse_args(argv)

    docs = _common.load_texts(args.paths)
    total_chars = sum(len(t) for _, t in docs)
    print(f"documents: {len(docs)}, {total_chars:,} chars; repeat={args.repeat}, "
          f"min-time={args.min_time}s per repetition")

    # load = import + a first call on a short text (both load data lazily)
    parse, q_load = _common.load_quantulum()
    q_load += _common.timed(parse, LOAD_TEXT)[0]
    extract, read_figures, f_load, f_err = _common.load_factx()
    if f_err is None:
        t0 = time.perf_counter()
        try:
            extract(LOAD_TEXT)
            read_figures(LOAD_TEXT, all_roles=True)
        except Exception as exc:
            f_err = f"{type(exc).__name__}: {exc}"
        f_first = time.perf_counter() - t0

    rows = []  # (program, operation, load_s, Bench)
    rows.append(("quantulum3", "parser.parse", q_load, Bench(parse, docs, args.min_time)))
    if f_err is None:
        rows.append(("factx", "extract", f_load + f_first, Bench(extract, docs, args.min_time)))
        rows.append(("factx", "read_figures", f_load + f_first,
                     Bench(lambda t: read_figures(t, all_roles=True), docs, args.min_time)))
    else:
        print(f"factx reader not usable, only quantulum3 timed: {f_err}")
    # The programs' repetitions alternate, so that a slow spell of a shared machine falls on
    # all of them rather than on whichever was running then.
    for _ in range(args.repeat):
        for row in rows:
            row[3].repetition()
    rows = [(prog, op, load, b.figures()) for prog, op, load, b in rows]

    print()
    print(f"{'program':<11} {'operation':<13} {'load s':>7} {'warm-up s':>9} {'passes':>6} "
          f"{'best s/pass':>11} {'median':>9} {'chars/s':>10} {'found':>6}")
    for prog, op, load, r in rows:
        print(f"{prog:<11} {op:<13} {load:7.3f} {r['warmup_s']:9.3f} {r['number']:6d} "
              f"{r['best_s']:11.5f} {r['median_s']:9.5f} {_common.fmt_rate(r['chars_per_s']):>9}  "
              f"{r['found']:6d}")
    print("(load s = import + first call on one short sentence, which loads lazy data;"
          " warm-up s = one untimed pass over all documents; found = items returned per pass)")

    q = rows[0][3]["chars_per_s"]
    for prog, op, _, r in rows[1:]:
        ratio = r["chars_per_s"] / q
        print(f"speed ratio factx.{op}/quantulum3 = {ratio:.2f}  "
              f"({'factx faster' if ratio > 1 else 'factx slower'}; "
              f"time ratio {1 / ratio:.2f})")


if __name__ == "__main__":
    main()
