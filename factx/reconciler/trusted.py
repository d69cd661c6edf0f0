"""Build records from values already known to be valid, without validating them again.

Reconciling a million claims builds hundreds of thousands of records whose values the
reconciler itself computed; this does what ``model_construct`` does, minus its per-field
bookkeeping. Every field must be given.

>>> from factx.records import Span
>>> trusted(Span, start=1, end=4) == Span(start=1, end=4)
True
"""

from __future__ import annotations

from typing import Any, TypeVar

from factx.records import Record

__all__ = ["trusted"]

R = TypeVar("R", bound=Record)


def trusted(cls: type[R], **values: Any) -> R:
    record = cls.__new__(cls)
    object.__setattr__(record, "__dict__", values)
    object.__setattr__(record, "__pydantic_fields_set__", set(values))
    object.__setattr__(record, "__pydantic_extra__", None)
    object.__setattr__(record, "__pydantic_private__", None)
    return record
