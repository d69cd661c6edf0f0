"""Render a ``Report`` as plain text for the command line: a table of groups, then the
relations found (disagreements first), one explanation per line.

>>> from factx.reconciler.report import Report
>>> print(format_report(Report(groups=[], conflicts=[])))
0 groups, 0 relations (0 disagreements)
"""

from __future__ import annotations

from factx.reconciler.explain import describe_quantity, number, percent
from factx.reconciler.report import Group, Report

__all__ = ["format_report"]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _spread(group: Group) -> str:
    low = "?" if group.low is None else number(group.low)
    if group.high is None:
        return f"{low} or more"
    return low if group.low == group.high else f"{low} to {number(group.high)}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def format_report(report: Report) -> str:
    """Groups as a table (quantity, claims, documents, spread, sources, periods, relaxed
    keys), then every relation other than plain ``consistent``."""
    flagged = report.disagreements
    lines = [
        f"{_count(len(report.groups), 'group')}, {_count(len(report.conflicts), 'relation')} "
        f"({_count(len(flagged), 'disagreement')})"
    ]
    if report.groups:
        rows = []
        for i, g in enumerate(report.groups, 1):
            quantity = describe_quantity(g.kind, g.unit, g.counted, g.event, g.place)
            sources = ", ".join(g.sources + ([f"{g.unattributed} unattributed"] if g.unattributed else []))
            copies = f" ({g.origins} origins)" if g.copies else ""
            rows.append(
                [
                    str(i),
                    quantity,
                    f"{len(g.claims)}{copies}",
                    str(len(g.documents)),
                    _spread(g),
                    sources or "unattributed",
                    ", ".join(g.periods),
                    "; ".join(g.relaxed) or "-",
                ]
            )
        lines += [""] + _table(
            ["#", "quantity", "claims", "docs", "spread", "sources", "periods", "relaxed"], rows
        )
    ordered = flagged + [c for c in report.conflicts if not c.is_disagreement]
    if ordered:
        lines.append("")
        for c in ordered:
            numbers = ""
            if c.severity is not None and c.relative_gap is not None:
                numbers = f" [{c.severity}, gap {number(c.gap or 0)}, {percent(c.relative_gap)}]"
            lines.append(f"{c.relation}{numbers}: {c.explanation}")
    return "\n".join(lines)
