"""Physical units after a number, from quantulum3's unit data (read lazily as JSON).

quantulum3 itself is never imported: only its ``units.json`` is read, once, on the
first figure that might carry a unit.

>>> lookup("4,000 km from Earth", 6)
('km', 'kilometre', 'length')
>>> lookup("a 27-kilometer ring", 4)
('-kilometer', 'kilometre', 'length')
>>> lookup("three days later", 6)
('days', 'day', 'time')
>>> lookup("2 in my car", 1) is None
True
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os

import regex

__all__ = ["lookup", "unit_index"]

# SI prefixes that quantulum3 declares per unit ("prefixes": ["k", "m", ...]).
_PREFIXES = {
    "Y": "yotta", "Z": "zetta", "E": "exa", "P": "peta", "T": "tera", "G": "giga",
    "M": "mega", "k": "kilo", "h": "hecto", "da": "deca", "d": "deci", "c": "centi",
    "m": "milli", "µ": "micro", "μ": "micro", "u": "micro", "n": "nano", "p": "pico",
    "f": "femto", "a": "atto", "z": "zepto", "y": "yocto",
}  # fmt: skip
# Entities that are not physical quantities for factx (money has its own table).
_SKIP_ENTITIES = {"currency", "dimensionless", "typographical element"}
# Symbols that are ordinary English words or too ambiguous when spaced from the number.
_SPACED_SYMBOL_STOP = {
    "in", "at", "am", "pm", "a", "s", "m", "h", "t", "l", "g", "C", "F", "K", "d", "b", "B",
    "min", "yd", "ft", "mi", "P", "N", "J", "W", "V", "A", "T", "Pa", "Gy", "Bq", "cd",
    "mol", "rad", "sr", "Hz", "lm", "lx", "Wb", "S", "H", "L", "c", "ha", "da", "ct",
    "pt", "qt", "gal", "Ma", "Ga", "bit", "y", "yr", "wk", "mo", "hr", "kt", "ms", "ns",
    "Mt", "Gt", "ton", "st", "e", "E", "I", "O", "M", "G", "k", "u", "D", "R", "mm",
    "AS", "as", "US", "Ω",
}  # fmt: skip
_SPACED_OK = {"km", "kg", "mph", "km/h", "kph", "cm", "mm", "kWh", "MW", "GW", "kW", "°C", "°F", "ml",
              "mg", "lb", "lbs", "oz", "sq km", "sq mi", "GB", "MB", "TB", "Gbps", "Mbps", "kmh", "mi",
              "ft", "yd", "ha", "hrs", "hr", "mins", "secs", "TeV", "GeV", "MeV", "eV", "mGy", "Wh", "MWh",
              "nm", "µm", "L", "tpd", "cl", "dl", "MPa", "kPa", "GHz", "MHz", "kHz", "Hz", "Ga", "Ma",
              "km2", "km²", "m2", "m²", "km^2", "km^3", "cc"}
# Never a unit in news text: "the 1960s", "10s of people".
_NEVER_SYMBOLS = {"s", "S", "'", "\"", "”", "″"}
_WORD = regex.compile(r"[\p{L}°µμ%'\"”″][\p{L}\p{N}°µμ/^²³.\-]*")


@functools.lru_cache(maxsize=1)
def unit_index() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """(names, symbols): lower-case names and plurals, and case-sensitive symbols,
    each mapping to (quantulum3 unit name, entity)."""
    spec = importlib.util.find_spec("quantulum3")
    if spec is None or spec.origin is None:  # pragma: no cover - a declared dependency
        return {}, {}
    path = os.path.join(os.path.dirname(spec.origin), "units.json")
    with open(path, encoding="utf-8") as fh:
        units = json.load(fh)
    names: dict[str, tuple[str, str]] = {}
    symbols: dict[str, tuple[str, str]] = {}

    def add(name: str, body: dict) -> None:
        entity = body.get("entity", "")
        if entity in _SKIP_ENTITIES:
            return
        for surface in body.get("surfaces", []) + [name]:
            s = surface.lower()
            first, sep, rest = s.partition(" ")
            forms = (s, _plural(s), _plural(first) + sep + rest) if sep else (s, _plural(s))
            for form in forms:
                names.setdefault(form, (name, entity))
        for symbol in body.get("symbols", []):
            if symbol not in _NEVER_SYMBOLS:
                symbols.setdefault(symbol, (name, entity))

    for name, body in units.items():
        add(name, body)
        for prefix in body.get("prefixes", []):
            word = _PREFIXES.get(prefix)
            if word:
                add(word + name, {"entity": body.get("entity"),
                                  "surfaces": [word + s for s in body.get("surfaces", [])],
                                  "symbols": [prefix + s for s in body.get("symbols", [])]})
    for extra, target in {"sq km": "square kilometre", "sq mi": "square mile", "km²": "square kilometre",
                          "km2": "square kilometre", "m²": "square metre", "kph": "kilometre per hour",
                          "kmh": "kilometre per hour", "km/h": "kilometre per hour", "hrs": "hour",
                          "mins": "minute", "secs": "second"}.items():
        base = names.get(target)
        if base:
            symbols.setdefault(extra, base)
    return names, symbols


def _plural(word: str) -> str:
    head, sep, tail = word.partition(" per ")
    if sep:
        return _plural(head) + sep + tail
    if word.endswith("foot"):
        return word[:-4] + "feet"
    if word.endswith(("ch", "sh", "s", "x")):
        return word + "es"
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy")):
        return word[:-1] + "ies"
    return word + "s"


def lookup(text: str, pos: int) -> tuple[str, str, str] | None:
    """The unit written at ``pos`` (just after a number), as (surface, unit, entity)."""
    n = len(text)
    attached = pos < n and not text[pos].isspace()
    i = pos
    hyphen = i < n and text[i] == "-"
    if hyphen:
        i += 1
    while i < n and text[i] in " \u00a0\u202f\u2009" and i - pos < 3:
        i += 1
    if i >= n:
        return None
    m = _WORD.match(text, i)
    if not m:
        return None
    names, symbols = unit_index()
    # Up to four words: "square kilometres", "degrees Celsius", "kilometres per hour".
    words = [m]
    j = m.end()
    for _ in range(3):
        nxt = _WORD.match(text, j + 1) if j < n and text[j] == " " else None
        if not nxt:
            break
        words.append(nxt)
        j = nxt.end()
    for k in range(len(words), 0, -1):
        end = words[k - 1].end()
        phrase = text[i:end]
        stripped = phrase.rstrip(".")
        end -= len(phrase) - len(stripped)
        hit = names.get(stripped.lower())
        if hit and not (k == 1 and stripped.lower() in ("in", "at", "a")):
            return text[pos:end], hit[0], hit[1]
        hit = symbols.get(stripped)
        if hit and (i == pos or stripped in _SPACED_OK
                    or (len(stripped) >= 2 and stripped not in _SPACED_SYMBOL_STOP)):
            return text[pos:end], hit[0], hit[1]
    return None
