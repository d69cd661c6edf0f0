"""Claims out to the tools journalists use: JSON Lines, CSV (flat columns), a text table.

CSV columns are the record's field names, nested ones joined by ``_``
(``span_start``, ``source_text``, ``time_start``), in a fixed order.

>>> from factx import extract
>>> claims = extract("Some 5,000 people are camped there.", doc_id="d1")
>>> print(to_csv(claims).splitlines()[0][:60])
doc_id,text,span_start,span_end,sentence_start,sentence_end,
>>> to_jsonl(claims).count("\\n")
1
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterable

from pydantic import BaseModel

from factx.records import Claim

__all__ = ["CSV_COLUMNS", "flatten", "to_jsonl", "to_csv", "to_table"]


def _columns(model: type[BaseModel], prefix: str = "") -> list[str]:
    out: list[str] = []
    for name, field in model.model_fields.items():
        ann = field.annotation
        inner = [a for a in getattr(ann, "__args__", (ann,)) if isinstance(a, type) and issubclass(a, BaseModel)]
        if inner:
            out.extend(_columns(inner[0], f"{prefix}{name}_"))
        elif isinstance(ann, type) and issubclass(ann, BaseModel):
            out.extend(_columns(ann, f"{prefix}{name}_"))
        else:
            out.append(prefix + name)
    return out


CSV_COLUMNS: list[str] = _columns(Claim)


def flatten(claim: Claim) -> dict[str, Any]:
    """One flat row of a claim, keyed by :data:`CSV_COLUMNS` (missing parts are None)."""
    row: dict[str, Any] = dict.fromkeys(CSV_COLUMNS)

    def walk(value: Any, prefix: str) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{prefix}{k}_")
        elif prefix[:-1] in row:
            row[prefix[:-1]] = value

    walk(claim.model_dump(mode="json"), "")
    return row


def to_jsonl(claims: Iterable[Claim]) -> str:
    """One JSON object a line, with the contract's nested field names."""
    return "".join(c.model_dump_json() + "\n" for c in claims)


def to_csv(claims: Iterable[Claim]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for c in claims:
        writer.writerow(flatten(c))
    return buf.getvalue()


_TABLE = [("doc", 14), ("figure", 26), ("low", 12), ("high", 12), ("qualifier", 11), ("unit", 8),
          ("kind", 8), ("counted", 14), ("event", 10), ("source", 22), ("time", 22), ("place", 16)]


def _fmt(v: float | None) -> str:
    if v is None:
        return "-"
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.4g}"


def to_table(claims: Iterable[Claim]) -> str:
    """A readable fixed-width table, one claim a line."""
    lines = ["  ".join(name.ljust(width) for name, width in _TABLE)]
    for c in claims:
        cells = [
            c.doc_id or "", c.text, _fmt(c.low), _fmt(c.high), str(c.qualifier), c.unit or "", c.kind,
            c.counted or "", c.event or "", c.source.text if c.source else "",
            _when(c.time), c.place.name if c.place else "",
        ]
        lines.append("  ".join(_clip(str(v), w) for v, (_, w) in zip(cells, _TABLE)))
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _when(t) -> str:
    """A time for the table: its dates, or its words when they resolve to none.

    >>> from factx.records import Span, TimeRef
    >>> import datetime as dt
    >>> d = dt.date(2023, 1, 1)
    >>> [_when(TimeRef(text="2023", span=Span(start=0, end=4), start=d, end=dt.date(2023, 12, 31))),
    ...  _when(TimeRef(text="on 1 January", span=Span(start=0, end=12), start=d, end=d)),
    ...  _when(TimeRef(text="at one point", span=Span(start=0, end=12), end=d)),
    ...  _when(TimeRef(text="the same period", span=Span(start=0, end=15))), _when(None)]
    ['2023-01-01..2023-12-31', '2023-01-01', 'up to 2023-01-01', 'the same period', '']
    """
    if t is None:
        return ""
    if t.start is None and t.end is None:
        return t.text
    if t.start is None:
        return f"up to {t.end}"
    if t.end is None or t.end == t.start:
        return str(t.start) if t.end == t.start else f"from {t.start}"
    return f"{t.start}..{t.end}"


def _clip(s: str, width: int) -> str:
    s = " ".join(s.split())
    return (s if len(s) <= width else s[: width - 1] + "…").ljust(width)


def dumps(obj: Any) -> str:  # pragma: no cover - convenience
    return json.dumps(obj, ensure_ascii=False)
