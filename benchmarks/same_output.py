"""Did a change alter what factx reads? Snapshot its output on a corpus, then compare.

    .venv/bin/python benchmarks/same_output.py save /tmp/before.jsonl   # on the old code
    .venv/bin/python benchmarks/same_output.py check /tmp/before.jsonl  # on the new code

The corpus: the seed articles, every input of the peers' specs in ../shared/benchmarks,
every sentence-like string in tests/, factx/ and the rule tables, the docs pages, and 60
long documents glued from the spec inputs (context across sentences). Texts are matched by
content, so strings added to the code since the snapshot count as new, not as different. For each text it records
``read_figures(text, all_roles=True)``, ``read_numbers(text)`` and ``extract(text)`` with a
fixed publication date. ``check`` prints the first differences and exits 1 if any text
differs. Made for speed work, where the output must not move. Asserts nothing else.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import json
import random
import sys
import tomllib
from pathlib import Path

import _common

ROOT = _common.PROJECT_ROOT
DAY = dt.date(2020, 9, 29)


def corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    specs = _common.DEFAULT_SPECS
    for f in sorted((specs / "recognizers_text").glob("*/*.json")):
        texts += [c["Input"] for c in json.loads(f.read_text(encoding="utf-8-sig"))]
    for f in sorted((specs / "quantulum3").glob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        texts += [c[k] for c in data if isinstance(c, dict) for k in ("req", "input", "text")
                  if isinstance(c.get(k), str)] if isinstance(data, list) else []
    specs_only = texts[2:]  # long documents are glued from these, so new code strings do not reshuffle them
    extra: list[str] = []
    for p in sorted((ROOT / "tests").glob("*.py")) + sorted((ROOT / "factx").rglob("*.py")):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 12 \
                    and " " in node.value:
                extra.append(node.value)
    for p in sorted((ROOT / "factx" / "rules").glob("*.toml")):
        stack = [tomllib.loads(p.read_text(encoding="utf-8"))]
        while stack:
            x = stack.pop()
            if isinstance(x, str) and " " in x:
                extra.append(x)
            elif isinstance(x, dict):
                stack += list(x.values())
            elif isinstance(x, list):
                stack += x
    extra += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))]
    texts += list(dict.fromkeys(extra))
    rng = random.Random(7)
    texts += [" ".join(rng.sample(specs_only, min(40, len(specs_only)))) for _ in range(60)]
    return texts


def rows(text: str) -> str:
    from factx import extract, read_figures, read_numbers

    return json.dumps({
        "f": [f.model_dump(mode="json") for f in read_figures(text, all_roles=True)],
        "n": [f.model_dump(mode="json") for f in read_numbers(text)],
        "c": [c.model_dump(mode="json") for c in extract(text, published=DAY)],
    }, sort_keys=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=["save", "check"])
    ap.add_argument("snapshot", type=Path, help="the JSON-lines file to write or compare with")
    ap.add_argument("--show", type=int, default=5, help="differing texts to print (default 5)")
    args = ap.parse_args(argv)
    texts = corpus()
    if args.mode == "save":
        with args.snapshot.open("w", encoding="utf-8") as fh:
            for t in texts:
                fh.write(json.dumps({"text": t, "out": rows(t)}) + "\n")
        print(f"saved {len(texts)} texts to {args.snapshot}")
        return 0
    # Texts are matched by content: strings added to the code since the snapshot are new
    # texts, not differences.
    old = {}
    for line in args.snapshot.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        old[row["text"]] = row["out"]
    bad = new = 0
    for i, t in enumerate(texts):
        if t not in old:
            new += 1
            continue
        now = rows(t)
        if now != old[t]:
            bad += 1
            if bad <= args.show:
                a, b = json.loads(old[t]), json.loads(now)
                for k, name in (("f", "read_figures"), ("n", "read_numbers"), ("c", "extract")):
                    if a[k] != b[k]:
                        print(f"--- text {i} [{name}]: {t[:120]!r}")
                        was = {json.dumps(x, sort_keys=True) for x in a[k]}
                        got = {json.dumps(x, sort_keys=True) for x in b[k]}
                        for x in sorted(was - got)[:3]:
                            print("  was:", x[:300])
                        for x in sorted(got - was)[:3]:
                            print("  now:", x[:300])
    print(f"{len(texts) - new} texts compared, {bad} differ ({new} new texts not in the snapshot)"
          + (f"; the first {args.show} shown" if bad > args.show else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
