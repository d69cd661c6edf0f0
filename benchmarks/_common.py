"""Helpers shared by the benchmark scripts (not a test module, not part of factx).

The scripts run from the project root as ``.venv/bin/python benchmarks/NAME.py``;
Python puts this folder on ``sys.path``, so ``import _common`` works.
"""

from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path
from typing import Callable, Iterable

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SPECS = PROJECT_ROOT / ".." / "shared" / "benchmarks"
DEFAULT_SEEDS = PROJECT_ROOT / "seeds"

if str(PROJECT_ROOT) not in sys.path:  # run from anywhere, use the working tree's factx
    sys.path.insert(0, str(PROJECT_ROOT))

# quantulum3 warns on import that its optional classifier is missing; the project's
# pytest config filters the same warning.
warnings.filterwarnings("ignore", category=UserWarning, module=r"quantulum3.*")


def load_texts(paths: Iterable[str] | None) -> list[tuple[str, str]]:
    """(name, text) for every file given, every ``*.txt`` in a folder given, or the seeds."""
    paths = list(paths or [])
    if not paths:
        paths = [str(DEFAULT_SEEDS)]
    out: list[tuple[str, str]] = []
    for p in map(Path, paths):
        files = sorted(p.glob("*.txt")) if p.is_dir() else [p]
        for f in files:
            out.append((f.name, f.read_text(encoding="utf-8")))
    if not out:
        sys.exit(f"no .txt documents found in {paths}")
    return out


def timed(fn: Callable, *args, **kwargs) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - t0, result


def load_factx() -> tuple[Callable | None, Callable | None, float, str | None]:
    """(extract, read_figures, import seconds, error) for the working tree's factx.

    The figure reader may not exist yet: then both callables are None and ``error``
    says why, so that a script can still run its quantulum3 side.
    """
    t0 = time.perf_counter()
    try:
        import factx

        extract = factx.extract
        read_figures = factx.read_figures
    except Exception as exc:  # ImportError while the reader is being written
        return None, None, time.perf_counter() - t0, f"{type(exc).__name__}: {exc}"
    return extract, read_figures, time.perf_counter() - t0, None


def load_quantulum() -> tuple[Callable, float]:
    """(quantulum3.parser.parse, import seconds)."""
    t0 = time.perf_counter()
    from quantulum3 import parser

    return parser.parse, time.perf_counter() - t0


def fmt_rate(chars_per_s: float) -> str:
    if chars_per_s >= 1e6:
        return f"{chars_per_s / 1e6:.2f} M"
    if chars_per_s >= 1e3:
        return f"{chars_per_s / 1e3:.1f} k"
    return f"{chars_per_s:.0f} "
