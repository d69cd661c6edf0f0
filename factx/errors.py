"""Errors factx raises: each says what went wrong and with what."""

from __future__ import annotations

__all__ = ["FactxError", "RuleTableError", "DocumentError"]


class FactxError(Exception):
    """Base of every error factx raises on purpose."""


class RuleTableError(FactxError):
    """A rule table is malformed: names the file and the rule id."""

    def __init__(self, path: str, rule: str | None, problem: str) -> None:
        self.path, self.rule, self.problem = path, rule, problem
        where = f"{path}" + (f", rule {rule!r}" if rule else "")
        super().__init__(f"{where}: {problem}")


class DocumentError(FactxError):
    """A document could not be read or is malformed: names the document."""

    def __init__(self, name: str, problem: str) -> None:
        self.name, self.problem = name, problem
        super().__init__(f"{name}: {problem}")
