"""factx: read every checkable figure in news text, and find where articles disagree.

>>> from factx import extract
>>> [(c.text, c.low, c.high, str(c.qualifier)) for c in extract("Some 5,000 people are camped there.")]
[('Some 5,000', 5000.0, 5000.0, 'approximate')]

Heavy modules load on first use, so ``import factx`` stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "extract",
    "reconcile",
    "read_figures",
    "read_numbers",
    "Claim",
    "Figure",
    "Span",
    "Qualifier",
    "Attribution",
    "TimeRef",
    "Place",
    "FactxError",
    "RuleTableError",
    "DocumentError",
]

# name -> module that defines it; loaded on first attribute access (PEP 562).
_dynamic_imports = {
    "extract": "factx.extractor",
    "reconcile": "factx.reconciler",
    "read_figures": "factx.figures",
    "read_numbers": "factx.figures",
    "Claim": "factx.records",
    "Figure": "factx.records",
    "Span": "factx.records",
    "Qualifier": "factx.records",
    "Attribution": "factx.records",
    "TimeRef": "factx.records",
    "Place": "factx.records",
    "FactxError": "factx.errors",
    "RuleTableError": "factx.errors",
    "DocumentError": "factx.errors",
}

if TYPE_CHECKING:  # pragma: no cover
    from factx.errors import DocumentError, FactxError, RuleTableError
    from factx.extractor import extract
    from factx.figures import read_figures, read_numbers
    from factx.reconciler import reconcile
    from factx.records import Attribution, Claim, Figure, Place, Qualifier, Span, TimeRef


def __getattr__(name: str) -> Any:
    module = _dynamic_imports.get(name)
    if module is None:
        raise AttributeError(f"module 'factx' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
