"""Work done by factx and quantulum3 on the same documents, counted in CPU instructions.

    .venv/bin/python benchmarks/instructions.py                  # the seed articles
    .venv/bin/python benchmarks/instructions.py some/dir a.txt   # other files or folders of *.txt

Timings on a shared machine swing with what else runs on it (``speed.py`` takes the
fastest of several repetitions, and still moves by 20% from run to run). Instructions do
not: each program runs under valgrind's callgrind (``apt install valgrind``), once with
only its set-up and a warm-up pass and once with ``--passes`` more passes over the
documents; the difference divided by the passes is its instructions per pass, repeatable to
a fraction of a percent. Prints both and their ratio (how many times fewer instructions
factx.extract needs than quantulum3's parser for the same text). An instruction is not a
fixed time (cache misses cost more in some programs than others), so this complements
``speed.py``; it does not replace it. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import _common

DRIVER = """
import sys, warnings
warnings.filterwarnings("ignore")
sys.path.insert(0, {bench!r})
import _common
docs = [t for _, t in _common.load_texts({paths!r})]
if {tool!r} == "factx":
    from factx import extract as fn
else:
    fn, _ = _common.load_quantulum()
for _ in range(1 + int(sys.argv[1])):  # one warm-up pass, then the counted ones
    for d in docs:
        fn(d)
"""


def count(driver: Path, passes: int) -> int:
    """Instructions callgrind counts for the driver with ``passes`` extra passes."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out", sys.executable, str(driver), str(passes)],
            capture_output=True, text=True, env=env, check=True,
        ).stderr
    for line in out.splitlines():
        if "Collected" in line:
            return int(line.split()[-1])
    raise SystemExit(f"no instruction count in callgrind's output:\n{out[-2000:]}")


def per_pass(tool: str, paths: list[str], passes: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        driver = Path(tmp) / f"drive_{tool}.py"
        driver.write_text(DRIVER.format(bench=str(Path(__file__).parent), paths=paths, tool=tool))
        return (count(driver, passes) - count(driver, 0)) / passes


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", help="files or folders of *.txt (default: seeds/)")
    ap.add_argument("--passes", type=int, default=20, help="counted passes of factx (default 20)")
    ap.add_argument("--peer-passes", type=int, default=2, help="counted passes of quantulum3 (default 2)")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt install valgrind)")
    docs = _common.load_texts(args.paths)
    chars = sum(len(t) for _, t in docs)
    print(f"documents: {len(docs)}, {chars:,} chars; instructions per pass over all of them (callgrind)")
    q = per_pass("quantulum3", args.paths, args.peer_passes)
    print(f"quantulum3  parser.parse  {q:16,.0f}  ({q / chars:,.0f} per char)", flush=True)
    f = per_pass("factx", args.paths, args.passes)
    print(f"factx       extract       {f:16,.0f}  ({f / chars:,.0f} per char)")
    print(f"instruction ratio quantulum3/factx.extract = {q / f:.1f}  (factx needs that many times fewer)")


if __name__ == "__main__":
    main()
