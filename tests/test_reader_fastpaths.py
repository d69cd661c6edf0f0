"""The figure reader's cheap tests in front of exact work: each must skip only work that finds nothing.

Each test compares a fast path with the exact code it stands in front of, on generated text
made of the words and characters each fast path reasons about (odd cases included: "ſ", "K",
"İ", letters newer than Python's Unicode tables).
"""

from __future__ import annotations

from dataclasses import replace

import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factx import figures, hotspots, numbers, qualifiers, zones
from factx.currencies import _symbol_forms, currency_before, may_end_with_currency
from factx.figures import (_PERCENT_FIRST, _PLUS_MINUS, _SIGN_WORD_BEFORE, _SIGN_WORD_LAST, _after_words,
                           _may_end_with_of, _may_join, _may_read_after, _numeral_starts, _opens_no_unit, _patterns,
                           _word_after)
from factx.qualifiers import _QUALIFIER_ENDS, _folded_word, _last_words, qualifier_before, qualifier_ending
from factx.scanning import matches_at
from factx.units import lookup as unit_lookup

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_NEW_LETTER = "\U0003f92a"  # a letter to the regex module, unassigned to Python 3.11's str.isalpha()
_PIECES = st.sampled_from([
    "minus", "MINUS", "Minuſ", "negative", "NEGATIVE", "negativ", "minus 5", "negative 7", "5", "12", "3.5", "1,000", "½", "-", "−", ".",
    "per cent of", "percent", "PERCENT", "per", "cent", "cents", "of", "oF", "o\ufb00", "the", "a", "total",
    "km", "kilometres", "km/h", "km2", "km^3", "sq.", "sq km", "migrants", "MWh", "Wh", "in", "ft", "odd", "-odd",
    "m", "s", "A", "°C", "µm", "'", '"', "”", "%", "$", "€", "£", "¢", "ரூ", "million", "bn", "k", "dollars", "USD",
    "to", "through", "THROUGH", "and", "&", "~", "–", "—", "and about", "to as many as", "-  to",
    "é", "\u0130", "\u017f", "\u212a", _NEW_LETTER, "x", "/", "^", "2", ",", ")", "(", "+", "±", "+/-",
])
_SEPARATORS = st.sampled_from([" ", "", "", "  ", "\t", "\u00a0", "-", "\n", "\u2009", "\u202f"])


@st.composite
def _texts(draw) -> str:
    pieces = draw(st.lists(_PIECES, max_size=10))
    seps = draw(st.lists(_SEPARATORS, min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + s for p, s in zip(pieces, seps))


def _all_characters() -> list[str]:
    return [chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000]


# --- the sign word before a numeral ("minus 5") -------------------------------------------------

def _numeral_starts_exact(text, runs):
    """figures._numeral_starts without its test of the letter before the blanks."""
    starts, ends = [], []
    for start, _, a, b in runs:
        before = text[start - 1] if start > a else ""
        if before in figures._SIGN_OR_POINT:
            starts.append(start - 1)
            ends.append(b)
        elif before in figures._BLANKS:
            word = _SIGN_WORD_BEFORE.match(text, a, start)
            if word is not None:
                starts.append(word.start())
                ends.append(b)
        starts.append(start)
        ends.append(b)
    return starts, ends


@SETTINGS
@given(_texts(), st.integers(0, 12))
@example("minus 5", 0)
@example("negative 5", 0)
@example("NEGATIVE\t 5", 0)
@example("minuſ 5", 0)
@example("minus  5", 3)
def test_a_sign_word_is_looked_for_only_where_its_last_letter_is(text, window_start):
    n = len(text)
    runs = [(m.start(), m.end(), min(window_start, m.start()), n) for m in regex.finditer(r"\p{N}+", text)]
    assert _numeral_starts(text, runs) == _numeral_starts_exact(text, runs)


def test_the_sign_words_end_with_no_other_letter_in_any_case():
    chars = _all_characters()
    for word in ("minu", "negativ"):
        text = "|".join(f"{word}{c} " for c in chars)
        assert {m.group()[len(word)] for m in _SIGN_WORD_BEFORE.finditer(text)} <= _SIGN_WORD_LAST


# --- "per cent of" before a number ----------------------------------------------------------------

@SETTINGS
@given(_texts())
@example("per cent of 5")
@example("PERCENT OF\t5")
@example("percent of \n5")
@example("percent of  5")
def test_percent_first_is_tried_only_after_of_and_blanks(text):
    for end in range(len(text) + 1):
        if not _may_end_with_of(text, end):
            for lo in (max(0, end - 20), 0, max(0, end - 12)):
                assert _PERCENT_FIRST.search(text, lo, end) is None, (text, end)


def test_of_matches_no_other_letters_in_any_case():
    chars = _all_characters()
    of = regex.compile("of", regex.I)  # as in _PERCENT_FIRST
    assert {m.group()[1] for m in of.finditer("|".join("o" + c for c in chars))} <= figures._OF_LAST


# --- the words that join two numbers into a range -------------------------------------------------

@SETTINGS
@given(_texts())
@example("5 through 7")
@example("5 THROUGH\u00a0 7")
@example("5 -   \t  to 7")
@example("5 and about 7")
def test_a_join_is_tried_only_on_a_short_gap_or_a_dash(text):
    join_re = _patterns()[3]
    n = len(text)
    for i in range(n + 1):
        for j in range(i, n + 1):
            if join_re.fullmatch(text, i, j):
                assert _may_join(text, i, j), (text, i, j)


# --- the words and units after a number ------------------------------------------------------------

def _may_read_after_exact(text: str, pos: int) -> bool:
    """figures._may_read_after as it was before the word after a number was shared."""
    if text[pos : pos + 1] in figures._AFTER_SEPARATORS:
        pos += 1
    marks, words = _after_words()
    if text[pos : pos + 1] in marks:
        return True
    token = figures._LETTERS.match(text, pos)
    return token is not None and token.group().translate(figures._FOLD_ODD_CASES).lower() in words


@SETTINGS
@given(_texts())
@example("5 " + _NEW_LETTER + "illion")
@example("5 \u212aM")
@example("5-million")
def test_the_word_after_a_number_is_read_as_before(text):
    for pos in range(len(text) + 1):
        exact = _may_read_after_exact(text, pos)
        assert _may_read_after(text, pos) == exact, (text, pos)
        assert _may_read_after(text, pos, _word_after(text, pos)) == exact, (text, pos)


def test_every_word_after_a_number_starts_with_a_letter_to_str_isalpha():
    # _word_after reads letters only after a letter by str.isalpha(); the regex module knows
    # more letters (a newer Unicode), but none starts a word that the pattern after a number reads.
    _, words = _after_words()
    assert all(w[:1].isalpha() for w in words)
    firsts = {w[0] for w in words}
    newer = [c for c in regex.findall(r"\p{L}", "".join(_all_characters())) if not c.isalpha()]
    assert not [c for c in newer if c.translate(figures._FOLD_ODD_CASES).lower()[:1] in firsts]


@SETTINGS
@given(_texts(), st.integers(0, 3))
@example("5 km", 0)
@example("5 migrants", 0)
@example("5 MWh", 0)
@example("5 sq. km", 0)
@example("5 km2", 0)
@example("5 km/h", 0)
@example("5 m-odd", 0)
@example("5 Km", 0)
@example("5 in thick", 0)
@example("5 % of", 0)
@example("5 'ft", 0)
@example("5 miles", 0)
@example("5 metres per second", 0)
@example("5 cmH2O", 0)  # a unit that opens with letters that open no other: read on after them
@example("5 semi-octet", 0)
@example('5 "Hg', 0)
@example('5"Hg', 0)
def test_a_unit_is_looked_up_unless_none_can_open_there(text, back):
    for pos in range(len(text) + 1):
        # After a scale word the unit is looked for further on than the word after the number.
        for start in {pos, max(0, pos - back)}:
            if _opens_no_unit(text, pos, _word_after(text, start)):
                assert unit_lookup(text, pos) is None, (text, pos, start)


@SETTINGS
@given(_texts())
@example("5 +/- 1")
@example("5 ±1")
def test_plus_minus_is_tried_only_where_its_sign_is(text):
    for pos in range(len(text) + 1):
        if _PLUS_MINUS.match(text, pos):
            head = text[pos : pos + 2]
            assert "+" in head or "±" in head


# --- the qualifier words before a figure -----------------------------------------------------------

def _last_words_exact(words: str) -> frozenset[str]:
    """qualifiers._last_words before it kept only the words with which a qualifier can end."""
    chunks = words.rsplit(None, 4)
    if not chunks:
        return frozenset()
    last = [_folded_word(chunk) for chunk in chunks]
    k = len(chunks) - 1
    at = {k}
    if last[k] in ("further", "whopping"):
        at.add(k - 1)
    elif last[k] == "of" and k > 0 and last[k - 1] == "total":
        at.add(k - 2)
    at |= {i - 1 for i in at if i >= 0 and last[i] == "a"}
    ends = {last[i] for i in at if i >= 0 and last[i]}
    if any(i >= 0 and chunks[i][-1] in qualifiers._SIGNS for i in at):
        ends.add("")
    return frozenset(ends)


_QUALIFIER_WORDS = st.sampled_from([
    "about", "approx.", "c.", "some", "over", "at least", "more than", "up to", "as many as", "a", "A", "further",
    "whopping", "total", "of", "OF", "Total", "the", "from", "between", ">", ">=", "~", "≥", "<", "x>", "(about",
    "e.g.c.", "\u0130", "\u017fome", "\u212a", "5", "an estimated", "equals", "to", "than", "least",
])


@SETTINGS
@given(st.lists(_QUALIFIER_WORDS, max_size=7), st.sampled_from([" ", "  ", "", "\u00a0", "\t", "\n"]),
       st.sampled_from([" ", "\u2009", "\n"]))
@example(["about", "a", "whopping"], " ", " ")
@example(["over", "a", "total", "of"], " ", " ")
@example(["some", "a"], " ", " ")
@example([">", "a", "further"], " ", " ")
@example(["total", "of"], " ", " ")
def test_the_last_words_are_those_a_qualifier_can_end_with(words, gap, joiner):
    window = (joiner.join(words) + gap)[-40:]
    exact = _last_words_exact(window)
    assert _last_words(window) == frozenset(w for w in exact if w in _QUALIFIER_ENDS or w == "")
    whole = qualifier_before().search(window)
    fast = qualifier_ending(window)
    assert (whole is None) == (fast is None), window
    if whole:
        assert (whole.span(), whole.lastgroup) == (fast.span(), fast.lastgroup), window


# --- a currency symbol before a numeral --------------------------------------------------------------

_CURRENCY_PIECES = st.one_of(
    st.sampled_from(sorted(_symbol_forms())),
    st.sampled_from(["5", "12", " ", "  ", "\u00a0", "\n", "over", "of", "the", "(", "s", "d", "US", "a", "é"]),
)


@SETTINGS
@given(st.lists(_CURRENCY_PIECES, max_size=8).map("".join))
@example("over £5")
@example("over US$ 5")
@example("some dollars \n5")
@example("rmb 5")
@example("ரூ5")
@example("MAUD 60")
def test_a_currency_symbol_is_looked_for_only_after_the_end_of_a_form(text):
    before = currency_before()
    for start in range(len(text) + 1):
        for lo in {max(0, start - 8), 0, max(0, start - 3)}:
            if not may_end_with_currency(text[lo:start]):
                assert before.search(text, lo, start) is None, (text, lo, start)


# --- a lower and an upper bound said together ---------------------------------------------------------

def _join_bounds_exact(text, atoms):
    """figures._join_bounds before its quick exit."""
    out = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and (not a.unit or not atoms[i + 1].unit or a.unit == atoms[i + 1].unit):
            b = atoms[i + 1]
            pair = {a.qualifier in figures._LOWER, b.qualifier in figures._LOWER} == {True, False} and (
                a.qualifier in figures._UPPER or b.qualifier in figures._UPPER)
            if pair and a.end <= b.start and figures._BOUND_JOIN.fullmatch(text, a.end, b.start):
                low = a.low if a.qualifier in figures._LOWER else b.low
                high = b.high if a.qualifier in figures._LOWER else a.high
                if low is not None and high is not None and low < high:
                    out.append(replace(a, end=b.end, low=low, high=high, qualifier=figures._RANGE,
                                       unit=a.unit or b.unit, dimension=a.dimension or b.dimension))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


_BOUND_PIECES = st.sampled_from([
    "more than", "less than", "at least", "at most", "no more than", "no less than", "over", "under", "up to",
    "about", "and", "but", ",", "5", "10", "20", "$", "km", "million", "or more", "or fewer", "people",
])


@SETTINGS
@given(st.lists(_BOUND_PIECES, max_size=12).map(" ".join))
@example("more than 10 and less than 20")
@example("no more than 50 and no less than 20")
@example("at least 5 km, but at most 10 km")
def test_bounds_are_joined_as_before(text):
    atom_re, after_re, _, join_re = _patterns()
    spans = hotspots.scan_windows(text)
    atoms = figures._percent_first(text, figures._atoms(text, atom_re, after_re, spans, numbers_only=False))
    atoms = figures._join_ranges(text, atoms, join_re)
    for a in atoms:
        figures._qualify(text, a)
    assert figures._join_bounds(text, list(atoms)) == _join_bounds_exact(text, list(atoms))


# --- everything after a number ---------------------------------------------------------------------------

def _after_exact(text, a, after_re, *, money_prefix):
    """figures._after before its quick return when nothing is read after the number."""
    if a.low is None:
        return
    after = _word_after(text, a.end)
    m = after_re.match(text, a.end) if _may_read_after_exact(text, a.end) else None
    if m is None or m.end() == a.end:
        scale = pct = pts = pp = curword = minor = curcode = cursym = None
    else:
        scale, pct, pts, pp, curword, minor, curcode, cursym = m.groups()
    table = figures.currency_table()
    if scale and not a.scaled:
        word = scale.strip()
        ambiguous = len(word) == 1 and word not in "kK" or word == "B"
        if not (ambiguous and not money_prefix and not (curword or curcode)):
            if not (word in ("m", "M") and not money_prefix and not (curword or curcode)):
                a.low = a.high = figures.numbers.scaled(a.low, figures.numbers.scale_of(word))
                a.scaled = True
                a.end = m.end("scale")
    if pct is not None:
        a.unit, a.dimension = ("percentage point" if pts else "percent"), "percent"
        a.end = m.end()
    elif pp is not None:
        a.unit, a.dimension, a.end = "percentage point", "percent", m.end()
    elif curword is not None and a.unit == table.words[curword[1:].lower()]:
        a.end = m.end()
    elif curword is not None and a.unit is None:
        a.unit, a.dimension, a.end = table.words[curword[1:].lower()], "money", m.end()
        figures._cents(text, a)
    elif minor is not None and a.unit is None:
        word = minor.lstrip(" \u00a0-").lower()
        code = table.minor.get(word) or table.symbols.get("$")
        a.low = a.high = figures.numbers.scaled(a.low, 0.01)
        a.unit, a.dimension, a.end = code, "money", m.end()
    elif curcode is not None and a.unit is None:
        code = curcode.strip()
        if code[0] in "mM" and len(code) == 4:
            a.low = a.high = figures.numbers.scaled(a.low, 1e6)
        a.unit, a.dimension, a.end = figures.currency_code(code[-3:] if len(code) == 4 else code), "money", m.end()
        scale2 = figures._SCALE_AFTER_CODE.match(text, a.end)
        if scale2 and not a.scaled:
            a.low = a.high = figures.numbers.scaled(a.low, figures.numbers.scale_of(scale2.group(1)))
            a.scaled, a.end = True, scale2.end()
        figures._cents(text, a)
    elif cursym is not None and a.unit is None:
        a.unit, a.dimension, a.end = figures.currency_code(cursym), "money", m.end()
        figures._cents(text, a)
    elif a.unit is None and text.startswith("-", a.end) and figures._AGE_AFTER.match(text, a.end):
        a.role = "age"
    elif a.unit is None:
        hit = unit_lookup(text, a.end)
        if hit:
            surface, unit, entity = hit
            if entity == figures._TIME_ENTITY and figures._OLD.match(text, a.end + len(surface)):
                a.role = "age"
                return
            a.unit, a.dimension, a.end = unit, entity, a.end + len(surface)


_AFTER_PIECES = st.sampled_from([
    "5", "12", "1.5", "km", "km/h", "million", "m", "bn", "%", "per cent", "percentage points", "dollars", "USD",
    "MUSD", "$", "€", "cents", "pence", "-year-old", "years old", "-odd", "migrants", "sq. km", "\u212am", "ſ",
    "and 50 cents", "MWh", "cmH2O", "days", "'", "\u00a0", "-",
])


@SETTINGS
@given(st.lists(_AFTER_PIECES, max_size=8), st.sampled_from([" ", "", "\u00a0", "-"]),
       st.sampled_from([None, "USD", "EUR"]), st.booleans())
@example(["5", "million", "km"], " ", None, False)
@example(["5", "-year-old"], "", None, False)
@example(["5", "dollars", "and 50 cents"], " ", None, False)
@example(["30", "MUSD"], " ", None, False)
def test_the_words_after_a_number_are_read_as_before(pieces, sep, unit, money_prefix):
    text = sep.join(pieces)
    after_re = _patterns()[1]
    for m in regex.finditer(r"\d+(?:\.\d+)?", text):
        new = figures._Atom(m.start(), m.end(), 5.0, 5.0, unit=unit, digits=m.group())
        old = replace(new)
        figures._after(text, new, after_re, money_prefix=money_prefix)
        _after_exact(text, old, after_re, money_prefix=money_prefix)
        assert new == old, (text, m.span())


# --- the links among the zones: found from their "www." or "://" ---------------------------------

_LINK_PIECES = st.sampled_from([
    "www.", "WWW.", "wWw.", "ww.", "w", "W", "ww", ".", "x", "http", "HTTP", "HtTp", "https", "httpſ", "httpS",
    "://", ":/", "//", ":", "/", "t.co/x1", "example.com", "ſ", "\u0130", "\u1e83", " ", "\n", "@", "#", "<",
])


def _link_starts_exact(text):
    """zones._marked's places for the link pattern as they were: every match of _WWW and, if
    there is a "://", of _HTTP."""
    at = [m.start() for m in zones._WWW.finditer(text)]
    if "://" in text:
        at = sorted(at + [m.start() for m in zones._HTTP.finditer(text)])
    return at


@SETTINGS
@given(st.lists(_LINK_PIECES, max_size=12).map("".join))
@example("www.x.com http://a https://b HTTPS://c httpſ://d")
@example("wwww.x")
@example("xhttp://y")
@example("://http://")
def test_links_are_tried_from_their_www_or_slashes_with_the_same_matches(text):
    pattern = zones._ZONES[0][1]
    assert [m.start() - 3 for m in zones._WWW_DOT.finditer(text)] == [m.start() for m in zones._WWW.finditer(text)]
    exact = [m.span() for m in matches_at(pattern, text, _link_starts_exact(text))]
    assert [m.span() for m in zones._marked(text, 0, pattern)] == exact


def test_the_letters_of_a_link_match_no_other_letters_in_any_case():
    chars = _all_characters()
    for letter, same in (("w", "wW"), ("h", "hH"), ("t", "tT"), ("p", "pP"), ("s", "sS\u017f")):
        assert {c for c in chars if regex.match(letter, c, regex.I | regex.V0)} == set(same), letter


# --- a plain numeral read without the numeral pattern ----------------------------------------------

_NUMERAL_PIECES = st.sampled_from([
    "7", "700", "9,000", "1,317", "1,000,000", "12,34,567", "1,0001", "1,3", "1,23", "2016", "12345", "5.3", "5.", ".5",
    "2 1/2", "1 317", "5 x 10^3", "5x10^3", "2^10", "4e14", "1E5", "21st", "2nd", "3rd", "4th", "5ſt", "½", "٣", "²",
    "10:30", "1/40", "1.317.000", "1.111,11", "-", "−", "minus", "USD", "usd", "$", "£", "€", "“", "—", "_", "a", "x",
    "X", "×", "e", "k", "km", "%", "(", ")", ",", ".", "/", "^", ":", "'", "\u00a0", "\u202f", "\u2009", "\u017f",
    "\u212a", "\u0130", _NEW_LETTER, "\n", "\t",
])


@st.composite
def _numeral_texts(draw) -> str:
    pieces = draw(st.lists(_NUMERAL_PIECES, max_size=8))
    seps = draw(st.lists(st.sampled_from(["", "", " ", "  ", ",", "."]), min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + s for p, s in zip(pieces, seps))


@SETTINGS
@given(_numeral_texts(), st.integers(0, 6))
@example("over 700 people", 0)
@example("some 9,000 migrants", 0)
@example("in 2016.", 0)
@example("1,500. Since", 0)
@example("1,0001 and 1,000,00", 0)
@example("5 x 10^3, 5 X 2^3, 2  1/2, 1 317", 0)
@example("£100 million, US$34.5, “700”", 0)
@example("7,000\u00a0317 and 12 ٣", 0)
@example("1,234", 3)
@example("2016,700 and 12345,678", 0)
def test_a_plain_numeral_is_read_as_the_numeral_pattern_reads_it(text, short):
    pattern = _patterns()[0][0][1]
    for stop in {len(text), max(0, len(text) - short)}:
        for start in range(stop):
            plain = figures._PLAIN_NUMERAL.match(text, start, stop)
            if plain is not None:
                m = pattern.match(text, start, stop)
                assert m is not None, (text, start, stop)
                assert (plain.span(), plain.start(), plain.end(), plain.group("num"), plain.group("sign")) == (
                    m.span(), m.start(), m.end(), m.group("num"), m.group("sign")), (text, start, stop)
                assert plain.group() == m.group() and plain.lastgroup == m.lastgroup == "num"
                # what figures._numeral reads of a plain numeral
                assert float(plain.group("num").replace(",", "")) == numbers.parse_numeral(m.group("num"))
                assert ("," not in plain.group("num")) == numbers.is_plain(m.group("num"))


def test_a_plain_numeral_is_read_at_the_start_of_most_numerals():
    text = "Over 700 people, some 9,000 migrants, in 2016. And 1,500."
    found = [figures._PLAIN_NUMERAL.match(text, m.start()) for m in regex.finditer(r"\d+", text)]
    assert [p.group("num") for p in found if p is not None] == ["700", "9,000", "2016", "1,500"]


# --- the word scale after a numeral ("3 hundred"), and the gap of a proportion ("one in five") -----

_TAIL_PIECES = st.sampled_from([
    "5", "3", "2.5", "hundred", "HUNDRED", "Thousand", "million", "mİllion", "m\u0131llion", "billion", "trillion",
    "lakh", "crore", "dozen", "dozens", "doz", "dozs", "dz", "dzs", "dz\u017f", "over", "out of", "out", "in", "İn",
    "into", "migrants", "and", "&", "of", "a", "every", "-", ",", "\u00a0",
])


@SETTINGS
@given(st.lists(_TAIL_PIECES, max_size=8), st.sampled_from([" ", "  ", "\t", " \t", ""]))
@example(["3", "hundred", "and", "21"], " ")
@example(["3", "İn", "5"], " ")
@example(["3", "dz\u017f"], " ")
def test_a_word_scale_is_tried_only_before_the_start_of_one_of_its_words(pieces, sep):
    text = sep.join(pieces)
    for pos in range(len(text) + 1):
        m = figures._MIXED_TAIL.match(text, pos)
        fast = figures._mixed_tail(text, pos)
        assert (m and m.span()) == (fast and fast.span()), (text, pos)


@SETTINGS
@given(st.lists(_TAIL_PIECES, max_size=5), st.sampled_from([" ", "  ", "\t", " \t", ""]))
@example(["1", "in", "5"], " ")
@example(["9", "out of", "every", "10"], " ")
def test_a_proportion_is_tried_only_on_a_gap_from_a_blank_to_a_blank(pieces, sep):
    text = sep.join(pieces)
    for i in range(len(text) + 1):
        for j in range(i, len(text) + 1):
            if figures._IN_EVERY.fullmatch(text, i, j):
                assert 3 < j - i and text[i] in figures._BLANKS and text[j - 1] in figures._BLANKS, (text, i, j)


def test_after_the_marks_that_end_reading_nothing_is_read():
    marks, _ = _after_words()
    ends = figures._ENDS_READING
    assert ends.isdisjoint(marks) and ends.isdisjoint(figures._AFTER_SEPARATORS)
    assert ends.isdisjoint(figures._MAY_OPEN_UNIT) and all(c.isascii() and not c.isalnum() for c in ends)
    after_re = _patterns()[1]
    for c in ends:
        text = "5" + c + "5 km"
        assert after_re.match(text, 1).end() == 1 and unit_lookup(text, 1) is None and _opens_no_unit(
            text, 1, _word_after(text, 1))


# --- the words before a number word ("a few", "minus", "point") --------------------------------------

_LEAD_PIECES = st.sampled_from([
    "a", "A", "few", "several", "SEVERAL", "many", "couple", "of", "minus", "minu\u017f", "negative", "point", "the",
    "extra", "two", "three", "hundred", "dozen", "thousand", "first", "five", "\n", "\n\n", "\u00a0", "\t", "x",
])


@SETTINGS
@given(st.lists(_LEAD_PIECES, max_size=10), st.sampled_from([" ", "  ", "\n", "", " \n "]))
@example(["a", "few", "hundred"], " ")
@example(["a", "couple", "of", "thousand"], " ")
@example(["minus", "five", "point", "two"], " ")
@example(["extra", "two"], " ")
def test_the_words_before_a_number_word_are_read_only_after_their_last_letters(pieces, sep):
    text = sep.join(pieces)
    spans = hotspots.scan_windows(text)
    if spans.word_starts is None:
        return
    lead = _patterns()[0][1][2]
    assert figures._word_places(text, spans.word_starts, lead) == hotspots.starts_before(text, spans.word_starts, lead)
