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

__all__ = ["lookup", "may_open", "unit_index"]

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
    "yd", "ft", "mi", "P", "N", "J", "W", "V", "A", "T", "Pa", "Gy", "Bq", "cd",
    "mol", "rad", "sr", "Hz", "lm", "lx", "Wb", "S", "H", "L", "c", "ha", "da", "ct",
    "pt", "qt", "gal", "Ma", "Ga", "bit", "y", "yr", "wk", "mo", "hr", "kt", "ms", "ns",
    "Mt", "Gt", "ton", "st", "e", "E", "I", "O", "M", "G", "k", "u", "D", "R", "mm",
    "AS", "as", "US", "Ω",
}  # fmt: skip
_SPACED_OK = {"km", "kg", "mph", "km/h", "kph", "cm", "mm", "kWh", "MW", "GW", "kW", "°C", "°F", "ml",
              "mg", "lb", "lbs", "oz", "sq km", "sq mi", "GB", "MB", "TB", "Gbps", "Mbps", "kmh", "mi",
              "ft", "yd", "ha", "hrs", "hr", "min", "mins", "secs", "TeV", "GeV", "MeV", "eV", "mGy", "Wh", "MWh",
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
    # Units of the news that quantulum3's data lacks: "47 nautical miles off Pylos".
    if "mile" in names:
        add("nautical mile", {"entity": "length", "surfaces": ["nautical mile", "sea mile"], "symbols": ["nmi"]})
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
    """The unit written at ``pos`` (just after a number), as (surface, unit, entity).

    Compound units are read on from a unit: powers ("km^3", "km2", "4 km cubed"), inverses
    ("s-1"), quotients ("W/min", "km/s2", "J/m^2 per year") and watt-hours ("MWh").

    >>> lookup("4km^3 of ice", 1), lookup("4 km cubed", 1)[:2]
    (('km^3', 'cubic kilometre', 'volume'), (' km cubed', 'cubic kilometre'))
    >>> lookup("-1e-3 W/min", 5)[1], lookup("9.8 km/s2", 3)[1], lookup("20 J/m^2 per year", 2)[1]
    ('watt per minute', 'kilometre per square second', 'joule per square metre per year')
    >>> lookup("4e14 s-1", 4)[1], lookup("7.3 MWh", 3)[1]
    ('inverse second', 'megawatt hour')
    """
    base = _lookup(text, pos)
    if base is None:
        return None
    surface, unit, entity = base
    whole = _compound(text, pos + len(surface), surface, unit, entity)
    bare = surface.strip()
    if whole[0] == surface and bare in _SPACED_SYMBOL_STOP and bare not in _SPACED_OK and bare != "in" \
            and not text[pos].isalpha():
        return None  # "2 A/B testing": a bare letter is a unit only as part of a compound
    return whole


_POWER = regex.compile(r"(?:\^(?P<caret>[23])|(?P<digit>[23²³])|[ ](?P<word>squared|cubed))(?![\p{L}\p{N}])")
_INVERSE = regex.compile(r"[-−]1(?![\p{L}\p{N}])")
_PER = regex.compile(r"/|[ ]per[ ](?=\p{L})")
_POWER_NAMES = {"2": "square", "²": "square", "squared": "square", "3": "cubic", "³": "cubic", "cubed": "cubic"}
_POWER_ENTITY = {"2": "area", "3": "volume"}


def _powered(text: str, end: int, unit: str, entity: str) -> tuple[int, str, str]:
    m = _POWER.match(text, end)
    if m and not unit.startswith(("square ", "cubic ")):
        power = m.group("caret") or m.group("digit") or m.group("word")
        unit = f"{_POWER_NAMES[power]} {unit}"
        if entity == "length":
            entity = _POWER_ENTITY["2" if _POWER_NAMES[power] == "square" else "3"]
        return m.end(), unit, entity
    m = _INVERSE.match(text, end)
    if m:
        return m.end(), f"inverse {unit}", "frequency" if entity == "time" else "compound"
    return end, unit, entity


# "miles an hour", "km a day": the article as "per", before a unit of time only.
_PER_ARTICLE = regex.compile(r"[ ]an?[ ](?=\p{L})")
# ... unless the time says when, not how often: "5 km a year later", "3 miles an hour ago".
_NOT_A_RATE = regex.compile(r"\s+(?:ago|later|earlier|before|after|since|on|into)\b", regex.I)


def _compound(text: str, end: int, surface: str, unit: str, entity: str) -> tuple[str, str, str]:
    start = end - len(surface)
    end, unit, entity = _powered(text, end, unit, entity)
    for _ in range(3):
        m = _PER.match(text, end)
        by_article = m is None and entity not in ("time", "speed") and " per " not in unit
        if by_article:
            m = _PER_ARTICLE.match(text, end)
        if not m:
            break
        nxt = _lookup(text, m.end(), quotient=True)
        if nxt is None or by_article and (nxt[2] != "time" or nxt[0][:1].isspace()
                                          or _NOT_A_RATE.match(text, m.end() + len(nxt[0]))):
            break
        after, below, _ = _powered(text, m.end() + len(nxt[0]), nxt[1], nxt[2])
        end, unit = after, f"{unit} per {below}"
        known = unit_index()[0].get(unit)
        entity = known[1] if known and by_article else "compound"  # "mile per hour": a speed
    return text[start:end], unit, entity


@functools.lru_cache(maxsize=1)
def _first_words() -> tuple[frozenset[str], frozenset[str]]:
    """The first word of every unit name (lower case) and symbol: a word that is none of
    these opens no unit, which settles most words after a number at once."""
    names, symbols = unit_index()
    return frozenset(k.split(" ")[0] for k in names), frozenset(k.split(" ")[0] for k in symbols)


def may_open(word: str) -> bool:
    """Whether a unit may open with ``word``, a word of letters after a number: the first word
    of a unit's name or symbol, or a watt-hour ("MWh")."""
    name_firsts, symbol_firsts = _first_words()
    return word.endswith("Wh") or word.lower() in name_firsts or word in symbol_firsts


def _lookup(text: str, pos: int, *, quotient: bool = False) -> tuple[str, str, str] | None:
    n = len(text)
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
    token = m.group()
    if not quotient and token.isalpha() and not may_open(token):
        return None  # "5 migrants": no unit opens with "migrants"
    names, symbols = unit_index()
    # Up to four words: "square kilometres", "degrees Celsius", "kilometres per hour".
    words = [m]
    j = m.end()
    for _ in range(0 if quotient else 3):
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
        if stripped == "in" and k == 1 and i > pos and _INCH_AFTER.match(text, end):
            return text[pos:end], hit[0], hit[1]  # "a 2 1/2 in thick door", "it is 2 in."
        if hit and (i == pos or quotient or stripped in _SPACED_OK
                    or (len(stripped) >= 2 and stripped not in _SPACED_SYMBOL_STOP)):
            return text[pos:end], hit[0], hit[1]
    # The letters that open the token, before a power, quotient or inverse: "km^3", "W/min", "s-1".
    head = _LETTERS.match(text, i)
    if head and head.end() < words[0].end() or head and quotient:
        sym = head.group()
        hit = symbols.get(sym) or (names.get(sym.lower()) if len(sym) > 2 else None)
        if sym == "s" and (quotient or _INVERSE.match(text, head.end())):
            hit = names.get("second")  # "m/s", "km/s2", "s-1": "s" is a second only in a compound
        if sym == "A" and not quotient and i > pos:
            hit = None  # "2 A/B tests"
        followed = quotient or text[head.end()] in "^/-−23²³"
        allowed = sym not in _NEVER_SYMBOLS or sym == "s"
        placed = (i == pos or quotient or sym == "s" or sym in _SPACED_OK or text[head.end()] == "/"
                  or (len(sym) >= 2 and sym not in _SPACED_SYMBOL_STOP))
        if hit and allowed and placed and followed:
            return text[pos : head.end()], hit[0], hit[1]
    # Watt-hours: "50 Wh", "7.3 MWh".
    token = words[0].group()
    if token.endswith("Wh") and (token[:-1] in symbols) and symbols[token[:-1]][1] == "power":
        return text[pos : words[0].end()], symbols[token[:-1]][0] + " hour", "energy"
    return None


# "in" is an inch only where no phrase can follow the preposition.
_INCH_AFTER = regex.compile(r"\.?[ \t]*$|\.[ \t]*\n|[ \t]+(?:thick|long|wide|tall|deep|high|across|in[ \t]+diameter)\b")
_LETTERS = regex.compile(r"[\p{L}°µμ]++")
