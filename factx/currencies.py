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

import regex
from pydantic import BaseModel, ConfigDict

from factx.errors import RuleTableError

__all__ = ["CurrencyEntry", "CurrencyTable", "currency_table", "currency_before", "may_end_with_currency",
           "currency_code", "trie"]

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
    minor: dict[str, str] = {}  # lower-case minor unit ("cents", "pence") -> ISO code of the main unit


# ISO 4217 codes withdrawn when the euro came (list 3, historic denominations): still in
# news archives ("420 million Finnish markka"), absent from pycountry's current list.
HISTORIC = {
    "ATS": "Austrian Schilling", "BEF": "Belgian Franc", "DEM": "Deutsche Mark", "ESP": "Spanish Peseta",
    "FIM": "Markka", "FRF": "French Franc", "GRD": "Drachma", "IEP": "Irish Pound", "ITL": "Italian Lira",
    "LUF": "Luxembourg Franc", "NLG": "Netherlands Guilder", "PTE": "Portuguese Escudo",
}  # fmt: skip
# Codes in ISO 4217's style for currencies it does not list (X: no country), as markets write them.
DE_FACTO = {"XBT": "Bitcoin"}


@functools.lru_cache(maxsize=1)
def currency_table() -> CurrencyTable:
    """The validated currency table (loaded once)."""
    import pycountry

    raw = tomllib.loads(resources.files("factx").joinpath(_PATH).read_text("utf-8"))
    entries, symbols, words, minor = {}, {}, {}, {}
    for code, body in raw.items():
        if pycountry.currencies.get(alpha_3=code) is None and code not in HISTORIC and code not in DE_FACTO:
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
        for w in entry.minor:
            minor.setdefault(w.lower(), code)
    # pycountry's names of several words are unambiguous after an amount ("500 Costa Rican colons").
    for cur in pycountry.currencies:
        name = cur.name.lower()
        if " " in name and "(" not in name and "," not in name:
            for form in (name, name + "s", name + "es"):
                words.setdefault(form, cur.alpha_3)
    return CurrencyTable(entries=entries, symbols=symbols, words=words, minor=minor)


def trie(words: set[str]) -> str:
    """One regex alternation for many literal words, as a prefix tree (fast to fail)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [regex.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


@functools.lru_cache(maxsize=1)
def currency_before() -> regex.Pattern:
    """A currency symbol just before a numeral ("$", "US$ ", "c $ "), matched in a short window."""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?P<cur>{trie(_symbol_forms())})[ \u00a0]?$", regex.V0)


def may_end_with_currency(words: str) -> bool:
    """False if no :func:`currency_before` match can end ``words`` (the text before a numeral):
    a cheap test in front of it. What ends such a match is a symbol form and at most blanks
    and a line break, so the other characters end with a form's last one ("$") or last two
    ("US$", "dollars ")."""
    tail = words.rstrip(" \u00a0\n")
    singles, pairs = _form_ends()
    return tail[-1:] in singles or tail[-2:] in pairs


@functools.lru_cache(maxsize=1)
def _form_ends() -> tuple[frozenset[str], frozenset[str]]:
    """The symbol forms of one character, and the last two characters of the longer ones,
    blanks aside ("dollars " ends with "rs")."""
    forms = {form.rstrip(" \u00a0") for form in _symbol_forms()}
    return frozenset(f for f in forms if len(f) == 1), frozenset(f[-2:] for f in forms if len(f) > 1)


def _symbol_forms() -> set[str]:
    """Currency symbols as written before an amount, with the lower-case and spaced forms of
    tokenised newswire ("us $ 150 million", "c $ 16.4 million"); matched case-sensitively."""
    forms: set[str] = set()
    table = currency_table()
    for s, code in table.symbols.items():
        forms.add(s)
        if s.endswith("$") and len(s) > 2 or s in ("C$",):  # "us $", "hk $", "u.s $", "c $"; not "a $", "s $"
            head = s[:-1].rstrip(".")
            forms |= {head + " $", (head + " $").lower(), s.lower(), head.lower() + "$"}
        if s.isalpha() and s.isupper() and len(s) == 3 and s.lower() in _LOWER_CODES:
            forms.add(s.lower())  # "rmb 10", "usd 20"
    for code in ("USD", "MXN", "AUD", "CAD", "NZD", "HKD", "SGD"):  # "usd$ 15", "nzd$15"
        forms |= {code + "$", code.lower() + "$"}
    for code in ("USD", "EUR", "GBP", "AUD", "CAD", "CHF", "JPY"):  # "MAUD 60": millions
        forms.add("M" + code)
    for word in ("dollar", "dollars", "pounds", "euros"):  # "pounds 5m" (plain-text archives of "£5m")
        forms |= {word + " ", word.capitalize() + " "}
    return forms


# Codes that are no English word, safe to read in lower case before an amount ("usd 20").
_LOWER_CODES = {"usd", "eur", "gbp", "rmb", "cny", "jpy", "inr", "cad", "aud", "chf", "hkd", "nzd", "sgd", "mxn"}


def currency_code(symbol: str) -> str | None:
    """The ISO code of a currency symbol or code as written, in any case or spacing ("us $", "C$")."""
    symbols = currency_table().symbols
    s = symbol.strip()
    if s in symbols:
        return symbols[s]
    if s.lower() in currency_table().words:
        return currency_table().words[s.lower()]
    folded = regex.sub(r"[\s.]", "", s).lower()
    if folded.endswith("$") and folded[:-1].upper() in symbols and len(folded) == 4:  # "usd$"
        return symbols[folded[:-1].upper()]
    return _folded_symbols().get(folded)


@functools.lru_cache(maxsize=1)
def _folded_symbols() -> dict[str, str]:
    out: dict[str, str] = {}
    for s, code in currency_table().symbols.items():
        out.setdefault(regex.sub(r"[\s.]", "", s).lower(), code)
    return out
