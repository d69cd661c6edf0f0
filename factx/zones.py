"""Stretches of text whose numbers are not figure claims: dates, clock times, ages,
URLs, e-mail addresses, handles, hashtags, phone numbers and identifiers.

Each zone is ``(start, end, role)``; zones come back sorted and do not overlap.

>>> text = "On September 15, 2020 at 10:30, a 28-year-old (@Bob99) saw https://t.co/x1y2."
>>> [(text[s:e], role) for s, e, role in find_zones(text)]
[('September 15, 2020', 'date'), ('10:30', 'clock_time'), ('28-year-old', 'age'), ('@Bob99', 'identifier'), ('https://t.co/x1y2.', 'identifier')]
"""

from __future__ import annotations

import functools
import re
from typing import Callable, Iterable, Iterator

import regex

from factx import hotspots
from factx.scanning import matches_at

__all__ = ["find_zones"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

_ZONE_NAMES = ("GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "CST", "CDT", "PST", "PDT",
               "ET", "PT", "JST", "IST", "AEST", "AEDT", "MSK", "WAT", "EAT", "SAST", "Zulu", "Z")

# Each zone pattern is (role, lead, body). The first three need no digit and are tried only
# where their mark is ("http", "www.", "@", "#"). Every other one needs a digit: ``body``
# starts with it, ``lead`` is the words said before it ("September ", "aged "), or "".
_PATTERNS = [
    ("identifier", "", r"(?:https?://|www\.)[^\s<>\"]++"),
    ("identifier", "", r"(?<=[\w.+-])@[\w-]++(?:\.[\w-]++)++"),  # an e-mail address; its user part is found backwards
    ("identifier", "", r"(?<![\w@])[@#][\w]++"),
    ("phone", "", r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?!\d)"),
    ("phone", "", r"(?<!\d)\(\d{3}\)[ ]?\d{3}[ .-]\d{4}(?!\d)"),
    ("phone", "", r"(?<![\d,.])\d{3}[.-]\d{3}[.-]\d{4}(?!\d)"),
    ("date", rf"\b{_MONTH}[ \t]+", rf"{_DAY}(?:(?:,[ \t]*|[ \t]+)\d{{4}}(?!\d))?(?![\d]|,\d)"),
    ("date", "", rf"\b{_DAY}[ \t]+(?:of[ \t]+)?{_MONTH}(?:,?[ \t]+\d{{4}})?\b"),
    ("date", rf"\b{_MONTH}[ \t]+(?:of[ \t]+)?", r"\d{4}\b"),
    ("date", "", r"(?<![\d/.-])(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))(?![\d/.-])"),
    ("date", "", r"(?<![\d/.-])(?:1[89]|20)\d\d-0[1-9](?![\d/.-])"),  # 1995-01: a month (2000-01 is no claim either)
    ("clock_time", "", r"(?<![\d.,:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:[ \t]?(?:[ap]\.?m\.?|GMT|BST|CET|UTC|h)\b)?(?![\d:])"),
    ("clock_time", "", r"(?<![\d.,:])(?:1[0-2]|0?[1-9])\.[0-5]\d[ \t]?(?:[ap]\.m\.|[ap]m\b)"),
    ("clock_time", "", r"(?<![\d.,:])(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]?(?:[ap]\.m\.|[ap]m\b)"),
    ("age", "", r"\b\d{1,3}(?:[ \t-]+|-)(?:year|month|week|day)s?[ \t-]+old\b"),
    ("age", r"\b(?:aged|age)[ \t]+", r"\d{1,3}\b(?:[ \t]+(?:and|to|-)[ \t]+\d{1,3}\b)?"),
    ("age", "", r"\b\d{1,3}[ \t]+years?[ \t]+of[ \t]+age\b"),
    ("age", r"\b(?:under|over)-", r"\d{1,2}s?\b"),
    # "the 2024/25 financial year", "2019/2020": a span of years written with a slash
    ("year", "", r"(?<![\d/.,])(?:1[89]|20)\d\d/(?:\d\d|(?:1[89]|20)\d\d)(?![\d/]|[.,]\d)"),
    # "the '90s", "the ’60s": a decade
    ("year", "", r"(?<=['’‘])\d0s\b"),
    # "at 2300 GMT", "0600 local time": a clock time of four digits with its time zone
    ("clock_time", "", r"(?=[012])(?<![\d.,:])(?:[01]\d|2[0-3])[0-5]\d[ \t]?(?:(?-i:" + "|".join(_ZONE_NAMES) + r")|local[ \t]+time)\b"),
    # "0800 123 4567", "020 7946 0958", "01 23 45 67 89": a phone number opening with a trunk 0, of
    # nine digits or more (not "between 0730-0930")
    ("phone", "", r"(?=0)(?<![\d,.]|\d[ -])(?=(?:\d[ -]?){9})0\d{1,4}(?:[ -]\d{2,6}){1,4}(?![\d,]|\.\d)"),
]
# The first three need no digit: they run on the whole text, and only when their mark is in it.
_MARKED = 3
_FLAGS = regex.I | regex.V0
# Each pattern on its own, as written (the lead first): for text dense with digits, where each
# fails fast by itself.
_ZONES = [(role, regex.compile(f"(?P<lead>{lead}){body}" if lead else body, _FLAGS)) for role, lead, body in _PATTERNS]
# For news text, the digit patterns as one alternation that starts at a digit (``(?=\d)``: the
# engine skips to the next digit fast) and reads the lead backwards from it. Every one of them
# starts a run of digits (each has a lookbehind or a word boundary that says so), so the
# alternation is tried only there. Those with a lead come first (their zone starts earlier),
# then the others in table order.
_DIGIT_LED = sorted(range(_MARKED + 2, len(_PATTERNS)), key=lambda k: (not _PATTERNS[k][1], k))


@functools.lru_cache(maxsize=None)
def _digit_led(ks: tuple[int, ...]) -> regex.Pattern | None:
    """The digit-led patterns ``ks`` (in the order of _DIGIT_LED) as one alternation."""
    if not ks:
        return None
    pattern = regex.compile(
        r"(?=\d)(?<!\d)(?:" + "|".join(
            f"(?P<z{k}>{f'(?<=(?P<lead>{lead}))' if lead else ''}{body})"
            for k in ks for _, lead, body in [_PATTERNS[k]]) + ")",
        _FLAGS,
    )
    _LED_HAS_LEAD[pattern] = "lead" in pattern.groupindex
    _LED_AFTER[pattern] = _After(ks)
    return pattern


_LED_HAS_LEAD: dict[regex.Pattern, bool] = {}


class _After(dict):
    """For each of the patterns ``ks`` of an alternation, the alternation of those after it
    (compiled when first asked for)."""

    def __init__(self, ks: tuple[int, ...]) -> None:
        super().__init__()
        self.ks = ks

    def __missing__(self, k: int) -> regex.Pattern | None:
        after = self[k] = _digit_led(self.ks[self.ks.index(k) + 1 :])
        return after


_LED_AFTER: dict[regex.Pattern, _After] = {}


_ONE_SCAN = _digit_led(tuple(_DIGIT_LED))
_NO_ENDS = dict.fromkeys(_DIGIT_LED, 0)  # where each digit-led pattern's last match ends, before any
# The patterns that run on their own, by text: all of them where digits are dense, else those
# that are no digit-led ones; whether each has a lead; whether each alternation of digit-led
# patterns has one (_digit_led fills it in as it compiles them).
_ALL = tuple(range(len(_ZONES)))
_NOT_DIGIT_LED = tuple(k for k in _ALL if k not in _DIGIT_LED)
_HAS_LEAD = tuple("lead" in pattern.groupindex for _, pattern in _ZONES)
# What a digit-led pattern needs around a run of digits: (how many digits, the character
# before them, the character after them); None: anything. A run of ASCII digits is tried
# only with the patterns whose needs it meets: "700 people" with the age patterns alone.
_BLANK = " \t"
_AROUND_DIGITS: dict[int, tuple[range | set[int], str | None, str | None]] = {
    6: (range(1, 3), _BLANK, None),  # "September 15": a month, a blank, a day
    8: ({4}, _BLANK, None),  # "March of 2019"
    15: (range(1, 4), _BLANK, None),  # "aged 12"
    17: (range(1, 3), "-", None),  # "under-18s"
    5: ({3}, None, ".-"),  # 555-123-4567
    7: (range(1, 3), None, _BLANK + "sSnNrRtT\u017f"),  # "4 July", "4th of July"
    9: ({1, 2, 4}, None, "-/."),  # 2020-01-02, 1/2/2020, 1.2.20
    10: ({4}, None, "-"),  # 1995-01
    11: (range(1, 3), None, ":"),  # 10:30
    12: (range(1, 3), None, "."),  # 10.30 pm
    13: (range(1, 3), None, ":." + _BLANK + "aApP"),  # 10 am, 10:30pm
    14: (range(1, 4), None, _BLANK + "-"),  # 28-year-old
    16: (range(1, 4), None, _BLANK),  # 28 years of age
    18: ({4}, None, "/"),  # 2024/25
    19: ({2}, "'’‘", "sS\u017f"),  # the '90s
    20: ({4}, None, _BLANK + "GUBCEPJIAMWSZ"),  # 2300 GMT, 2300GMT
    21: (range(2, 6), None, _BLANK + "-"),  # 0800 123 4567
}
assert sorted(_AROUND_DIGITS) == sorted(_DIGIT_LED)


def _possible_at(text: str, start: int, end: int) -> regex.Pattern | None:
    """The digit-led patterns that can match at the run of ASCII digits ``text[start:end]``,
    as one alternation (None: none can)."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return _possible(min(end - start, 5), before if before in _NEEDED_BEFORE else "",
                     after if after in _NEEDED_AFTER else "")


_NEEDED_BEFORE = frozenset(c for _, left, _ in _AROUND_DIGITS.values() if left for c in left)
_NEEDED_AFTER = frozenset(c for _, _, right in _AROUND_DIGITS.values() if right for c in right)


@functools.lru_cache(maxsize=None)
def _possible(digits: int, before: str, after: str) -> regex.Pattern | None:
    """The digit-led patterns that can match at ``digits`` digits (5: more than 4) with the
    character ``before`` and ``after`` them ("": none, or one that no pattern needs)."""
    return _digit_led(tuple(k for k in _DIGIT_LED for counts, left, right in [_AROUND_DIGITS[k]]
                            if digits in counts and (left is None or (before != "" and before in left))
                            and (right is None or (after != "" and after in right))))
# For each pattern that needs a digit, what every match of it holds one of, as the text case-folded
# holds it (the letters here match no letter but themselves case-insensitively, "s" but "ſ",
# which folds to "s"): where the text holds none, the pattern is not tried on the whole of it.
_MONTH_STARTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_AM_PM_MARKS = ("am", "pm", "a.m", "p.m")
_NEEDS = {3: ("+",), 4: ("(",), 5: ("-", "."), 6: _MONTH_STARTS, 7: _MONTH_STARTS, 8: _MONTH_STARTS,
          9: ("-", "/", "."), 10: ("-",), 11: (":",), 12: _AM_PM_MARKS, 13: _AM_PM_MARKS, 14: ("old",),
          15: ("age",), 16: ("age",), 17: ("der-", "ver-"), 18: ("/",), 19: ("0s",),
          20: tuple(w.casefold() for w in _ZONE_NAMES) + ("local",), 21: ("0",)}
assert sorted(_NEEDS) == list(range(_MARKED, len(_PATTERNS)))
_WWW = regex.compile(r"www\.", regex.I)
# The same matches, found from their dot by the stdlib engine (which skips to a dot fast): only
# "w" and "W" match "w" case-insensitively, and two matches cannot overlap (a match holds one dot).
_WWW_DOT = re.compile(r"\.(?<=[wW]{3}\.)")
_HTTP = regex.compile(r"http", regex.I)
_MAIL_USER = regex.compile(r"[\w.+-]++$")
# A letter glued to a digit ("LGA1156", "F-16", "COVID-19", "i7"): an identifier token.
# Found from the digit in news text, from the letter in a text that is all figures.
_LETTER_DIGIT = (regex.compile(r"(?=\p{N})(?<=(?P<lead>\p{L})-?)\p{N}"), regex.compile(r"(?P<lead>\p{L})-?\p{N}"))
_LETTER_RUN = regex.compile(r"\p{L}+$")
_TOKEN_BACK = regex.compile(r"[\p{L}\p{N}$-]*$")
_TOKEN_FORWARD = regex.compile(r"(?:[\p{L}\p{N}-]|[.+](?=[\p{L}\p{N}]))*+")  # J1149.5+6663
# A letter that belongs to a numeral: "4e14", "9.83e-3", "1.3x10^6", "8x2^10" (not an identifier).
_NUMERAL_LETTER = regex.compile(r"(?<![\p{L}])\d(?:[eE][-+−]?\d|[x×](?:10|2)(?:\^|[−-]\d))", regex.V0)
# A unit with a power or an inverse after a number: "4km2", "4e14 s-1", "5 fb−1" (not an identifier).
_UNIT_POWER = regex.compile(r"(?<=\d[ ]?)\p{L}{1,3}(?:[-−]1|[23²³])(?![\p{L}\p{N}])", regex.V0)
_NOT_ID_PREFIX = regex.compile(
    r"^(?:(?:US|C|A|HK|NZ|S|R|Rs|CA|AU|GBP|USD|EUR|JPY|INR|CHF|NIS|SEK|ZAR|AUD|CAD|CNY|RMB|Mex|Can|JP|CN|UK)\$?"
    r"|[$£€]?\d[\d.,]*(?:k|K|m|M|bn|b|B|tn))$"  # 5k-20k, £3m-£5m: scaled amounts, not a code
)


def _marked(text: str, k: int, pattern: regex.Pattern) -> Iterable[regex.Match]:
    """The matches of a zone pattern that needs no digit, tried only where its mark is."""
    if k == 1:  # an e-mail address: the pattern starts at its "@" already, and scans fast
        return pattern.finditer(text) if "@" in text else ()
    if k == 0:  # a link starts at "www." or, if there is a "://", at "http" (in any case)
        at = [m.start() - 3 for m in _WWW_DOT.finditer(text)]
        if "://" in text:
            at = sorted(at + _http_before_slashes(text))
        if not at:
            return ()
    else:
        if "@" not in text and "#" not in text:
            return ()
        at = sorted(_places(text, "@") + _places(text, "#"))
    return matches_at(pattern, text, at)


def _http_before_slashes(text: str) -> list[int]:
    """Where "http" or "https" (in any case) ends at a "://": of the places where _HTTP matches,
    those from which the link pattern can match by its "https?://" (from the others it cannot).
    Only "h", "t", "p" and their capitals match "h", "t", "p" case-insensitively; "s" is also
    matched by the long s."""
    return [m.start() - (5 if text[m.start() - 1] in _S else 4) for m in _HTTP_SLASHES.finditer(text)]


_S = frozenset("sS\u017f")
_HTTP_SLASHES = re.compile(r":(?<=[hH][tT][tT][pP]:)//|:(?<=[hH][tT][tT][pP][sS\u017f]:)//")


def _places(text: str, mark: str) -> list[int]:
    out = []
    i = text.find(mark)
    while i >= 0:
        out.append(i)
        i = text.find(mark, i + 1)
    return out


def _in_windows(pattern: regex.Pattern, text: str, spans: list[tuple[int, int]],
                runs: list[tuple[int, int, int, int]] | None, starts) -> Iterable[regex.Match]:
    """The matches of ``pattern`` in each of ``spans``: scanning them, or, given the ``runs`` of
    numeric characters in them, tried only where ``starts(text, runs)`` says a match can start."""
    if runs is None:
        return (m for a, b in spans for m in pattern.finditer(text, a, b))
    at, ends = starts(text, runs)
    return matches_at(pattern, text, at, ends=ends)


# The phone numbers that start with a mark before their digits: "+44 ...", "(555) ...".
_PHONE_MARKS = {3: "+", 4: "("}


def _after_mark(mark: str | None, text: str, runs: list[tuple[int, int, int, int]]) -> tuple[list[int], list[int]]:
    """The place of ``mark`` just before a run of numeric characters, in the run's window."""
    starts: list[int] = []
    ends: list[int] = []
    for start, _, a, b in runs:
        if start > a and text[start - 1] == mark:
            starts.append(start - 1)
            ends.append(b)
    return starts, ends


def _after_letter(text: str, runs: list[tuple[int, int, int, int]]) -> tuple[list[int], list[int]]:
    """The runs of numeric characters that may follow a letter ("F-16", "LGA1156"): all but those
    after an ASCII character that is no letter and no hyphen."""
    starts: list[int] = []
    ends: list[int] = []
    for start, _, _, b in runs:
        before = text[start - 1 : start]
        if before and (before == "-" or not before.isascii() or before.isalpha()):
            starts.append(start)
            ends.append(b)
    return starts, ends


def _which(m: regex.Match) -> int:
    return next(int(name[1:]) for name in m.re.groupindex if name[0] == "z" and m.start(name) >= 0)


def _digit_led_matches(text: str, spans: list[tuple[int, int]],
                       runs: list[tuple[int, int, int, int]] | None) -> list[tuple[int, int, int]]:
    """The matches of the digit-led patterns in each of ``spans``, as each pattern scanning them
    on its own finds them (the lead first): ``(start, pattern, end)``.

    Given the ``runs`` of numeric characters, a run of ASCII digits is tried only with the
    patterns that can match there (see _AROUND_DIGITS), any other run with all of them at
    each place where digits start in it. At a place, their alternation gives the first that
    matches; if its zone starts before the place (a lead: "Sept. 5"), the patterns after it are
    tried there too ("5 September"), since that zone may lose to an earlier one ("F-16 Sept.")
    where theirs does not. One that starts at the place itself is the only one there that can
    win: the others start there too and come later. Each pattern's matches do not overlap, as
    its own scan finds them; a place inside a match is still tried with the other patterns
    ("September 2020" inside "5 September 2020", which may lose to "+1-222-2222 5").
    """
    if runs is None:
        return [(m.start(), k, m.end()) for k in _DIGIT_LED for a, b in spans for m in _ZONES[k][1].finditer(text, a, b)]
    found: list[tuple[int, int, int]] = []
    ends = _NO_ENDS.copy()  # where each pattern's last match ends: its next one starts there or after
    for run in runs:
        start, end, _, stop = run
        if text[start:end].isascii():
            tries = [(start, _possible_at(text, start, end))]
        else:
            tries = [(c, _ONE_SCAN) for c in hotspots.digit_starts(text, [run])[0]]
        for c, pattern in tries:
            while pattern is not None and (m := pattern.match(text, c, stop)) is not None:
                k = int(m.lastgroup[1:]) if m.lastgroup[0] == "z" else _which(m)
                lead = m.start("lead") if _LED_HAS_LEAD[pattern] else -1
                zone = lead if lead >= 0 else c
                if zone >= ends[k]:
                    found.append((zone, k, m.end()))
                    ends[k] = m.end()
                    if lead < 0:
                        break
                pattern = _LED_AFTER[pattern][k]
    return found


def _letter_digits(text: str, spans: list[tuple[int, int]], runs: list[tuple[int, int, int, int]] | None,
                   dense: bool, resume: Callable[[], int]) -> Iterator[regex.Match]:
    """The matches of _LETTER_DIGIT, for identifier tokens. In a text dense with digits the scan
    skips to ``resume()``, the end of the identifier found last, instead of reading every letter
    and digit inside it ("a1b2c3..."): the same matches follow, since none straddles a token's
    end (a match is a letter, a hyphen and a digit, all token characters)."""
    if not dense:
        yield from _in_windows(_LETTER_DIGIT[False], text, spans, runs, _after_letter)
        return
    pattern = _LETTER_DIGIT[True]
    for a, b in spans:
        pos = a
        while (m := pattern.search(text, pos, b)) is not None:
            yield m
            pos = max(m.end(), resume())


def find_zones(text: str, spans: list[tuple[int, int]] | None = None,
               runs: list[tuple[int, int, int, int]] | None = None) -> list[tuple[int, int, str]]:
    """The non-claim zones of ``text``, sorted, not overlapping.

    ``spans`` are the windows that hold every digit (:func:`factx.hotspots.windows`); the
    patterns that need a digit run only there, and, given the ``runs`` of numeric characters
    in them (:class:`factx.hotspots.Windows`), are tried only where they can start: where a
    run starts, or the mark before one ("+1 ...", "(555) ...").
    """
    if spans is None:
        windows = hotspots.scan_windows(text)
        spans, runs = windows.digits, windows.runs
    # Where digits are everywhere (a table, a run of figures), one alternation tried at every
    # digit costs more than the patterns that each fail fast on their own.
    dense = len(spans) == 1 and spans[0] == (0, len(text))
    # A text read whole, with its runs of numeric characters listed: an identifier ("F-16") needs
    # one after a letter or a hyphen (as _after_letter finds them), else none is looked for.
    no_letter_digit = dense and runs is not None and not _after_letter(text, runs)[0]
    runs = None if dense else runs
    hits: list[tuple[int, int, int, str]] = []
    folded = text.casefold() if dense else ""
    held: dict[tuple[str, ...], bool] = {}  # each of _NEEDS's values, once
    for k in _ALL if dense else _NOT_DIGIT_LED:
        if dense and k >= _MARKED:
            needs = _NEEDS[k]
            if needs not in held:
                held[needs] = any(part in folded for part in needs)
            if not held[needs]:
                continue  # none of what every match holds is in the text
        role, pattern = _ZONES[k]
        if k < _MARKED:
            found_k = _marked(text, k, pattern)
        elif runs is not None:  # a phone number that opens with its mark: tried where the mark is
            at, ends = _after_mark(_PHONE_MARKS[k], text, runs)
            found_k = matches_at(pattern, text, at, ends=ends) if at else ()
        else:
            found_k = _in_windows(pattern, text, spans, None, None)
        has_lead = _HAS_LEAD[k]
        for m in found_k:
            start = m.start("lead") if has_lead else m.start()
            if k == 1 and text[start] == "@":
                start = _MAIL_USER.search(text, max(0, start - 64), start).start()
            hits.append((start, k, m.end(), "identifier" if role == "phone" else role))
    for start, k, stop in () if dense else _digit_led_matches(text, spans, runs):
        role = _PATTERNS[k][0]
        hits.append((start, k, stop, "identifier" if role == "phone" else role))
    hits.sort()
    found: list[tuple[int, int, str]] = []
    end = -1
    for start, _, stop, role in hits:  # leftmost first, then the earlier pattern, as one scan would
        if start >= end:
            found.append((start, stop, role))
            end = stop
    token_end = -1
    for m in () if no_letter_digit else _letter_digits(text, spans, runs, dense, lambda: token_end):
        at = m.start("lead")
        if at < token_end:  # inside the identifier just found ("a1b2c3...")
            continue
        back = _TOKEN_BACK.search(text, max(0, at - 40), at + 1)
        start = back.start() if back else at
        letters = text[start : at + 1].rstrip("-")
        if _NOT_ID_PREFIX.match(letters) or _NUMERAL_LETTER.search(text, max(0, at - 12), m.end() + 4):
            continue
        if _UNIT_POWER.match(text, _LETTER_RUN.search(text, max(0, at - 3), at + 1).start()):
            continue
        end = token_end = _TOKEN_FORWARD.match(text, m.end()).end()
        found.append((start, end, "identifier"))
    if not found:
        return found
    found.sort()
    merged = [found[0]]
    for z in found[1:]:
        last = merged[-1]
        if z[0] < last[1]:
            if z[1] > last[1]:
                merged[-1] = (last[0], z[1], last[2])
            continue
        merged.append(z)
    return merged
