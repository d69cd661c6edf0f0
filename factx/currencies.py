"""How money is written: currency symbols, codes and words to ISO 4217 codes.

The surface forms live in ``factx/data/currencies.toml``; every code there is checked
against pycountry's ISO 4217 list when the table loads.

>>> table = currency_table()
>>> table.symbols["US$"], table.symbols["£"], table.words["euros"]
('USD', 'GBP', 'EUR')
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources

from pydantic import BaseModel, ConfigDict

from factx.errors import RuleTableError

__all__ = ["CurrencyEntry", "CurrencyTable", "currency_table"]

_PATH = "data/currencies.toml"


class _Example(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    text: str
    value: float


class CurrencyEntry(BaseModel):
    """One currency's surface forms, with an example that runs as a test."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    symbols: list[str]
    words: list[str] = []
    minor: list[str] = []
    example: _Example


class CurrencyTable(BaseModel):
    model_config = ConfigDict(frozen=True)
    entries: dict[str, CurrencyEntry]
    symbols: dict[str, str]  # symbol or code as written -> ISO code
    words: dict[str, str]  # lower-case word -> ISO code


@functools.lru_cache(maxsize=1)
def currency_table() -> CurrencyTable:
    """The validated currency table (loaded once)."""
    import pycountry

    raw = tomllib.loads(resources.files("factx").joinpath(_PATH).read_text("utf-8"))
    entries, symbols, words = {}, {}, {}
    for code, body in raw.items():
        if pycountry.currencies.get(alpha_3=code) is None:
            raise RuleTableError(_PATH, code, "not an ISO 4217 currency code")
        try:
            entry = CurrencyEntry.model_validate(body)
        except ValueError as exc:
            raise RuleTableError(_PATH, code, str(exc)) from None
        entries[code] = entry
        for s in entry.symbols:
            symbols.setdefault(s, code)
        for w in entry.words:
            words.setdefault(w.lower(), code)
    return CurrencyTable(entries=entries, symbols=symbols, words=words)
