"""How reconcile scales: time and peak memory for 10 K, 100 K and 1 M synthetic claims.

Usage (from the project root):
    .venv/bin/python benchmarks/reconcile_scale.py [--sizes 10000 100000 1000000] [--seed 0]

Each size runs in its own process, so peak memory is that run's alone. The claims come
from ``factx.testing.synthetic_claims``: facts about migration (people present, removed,
crossing; deaths; arrests; money pledged) in many places and periods, each reported by a
handful of articles in varied honest wordings, with a few injected disagreements,
part-whole errors and republished copies, delivered in shuffled order. Generating them is
not timed (the cycle collector is off while they are built, and back on for reconcile,
which manages it itself). Peak memory is the process's maximum resident size (getrusage) before and
after reconcile; "reconcile MB" is the growth, i.e. what reconcile itself needed.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def run_one(n: int, seed: int) -> dict:
    sys.path.insert(0, ROOT)
    from factx.reconciler import reconcile
    from factx.testing import synthetic_claims

    t0 = time.perf_counter()
    gc.disable()  # building a million long-lived claims: the cycle collector only slows it down
    claims = synthetic_claims(n, seed=seed)
    gc.enable()
    gc.collect()
    generated = time.perf_counter() - t0
    before = _peak_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    report = reconcile(claims)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    after = _peak_mb()
    return {
        "claims": len(claims),
        "generate_s": round(generated, 2),
        "reconcile_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "claims_per_s": round(len(claims) / wall),
        "groups": len(report.groups),
        "relations": len(report.conflicts),
        "disagreements": len(report.disagreements),
        "rss_before_mb": round(before),
        "rss_peak_mb": round(after),
        "reconcile_mb": round(after - before),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(run_one(a.one, a.seed)))
        return
    cols = ["claims", "reconcile_s", "cpu_s", "claims_per_s", "groups", "relations", "disagreements",
            "rss_before_mb", "rss_peak_mb", "reconcile_mb", "generate_s"]
    rows = []
    for n in a.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--seed", str(a.seed)],
            check=True, capture_output=True, text=True,
        ).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(f"done {n:,}", file=sys.stderr)
    widths = [max(len(c), *(len(f"{r[c]:,}") for r in rows)) for c in cols]
    print("  ".join(c.rjust(w) for c, w in zip(cols, widths)))
    for r in rows:
        print("  ".join(f"{r[c]:,}".rjust(w) for c, w in zip(cols, widths)))


if __name__ == "__main__":
    main()
