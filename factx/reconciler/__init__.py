"""The reconciler: find figures about the same quantity across articles and say how they relate.

>>> from factx.reconciler import reconcile, format_report
>>> report = reconcile([])
>>> report.groups, report.conflicts
([], [])
"""

from factx.reconciler.engine import reconcile
from factx.reconciler.formatting import format_report
from factx.reconciler.intervals import Interval, read_interval
from factx.reconciler.report import DISAGREEMENTS, Conflict, Group, Origin, Relation, Report, Severity

__all__ = [
    "reconcile",
    "format_report",
    "read_interval",
    "Report",
    "Group",
    "Conflict",
    "Origin",
    "Relation",
    "Severity",
    "Interval",
    "DISAGREEMENTS",
]
