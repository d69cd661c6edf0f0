"""Who says so: the source a figure is attributed to, as a span and a cue.

``cue`` is one of a small closed set (see ``CUES``): ``said`` (said, says, told, added,
stated, announced), ``claim``, ``suggest``, ``estimate``, ``according to``,
``figures from`` ("figures from X", "data from X"), ``reported``, ``report`` ("a report
by X"), ``press release``, ``revealed``, ``believe``, ``warn``, ``confirm``, and
``agent`` for the subject acting on the figure ("The UK has pledged £22 million").

>>> text = "Some 5,000 people are estimated to be camped there, according to Frontex."
>>> a = find_source(text, [Span(start=0, end=len(text))], 0, Span(start=0, end=10))
>>> (a.text, a.cue)
('Frontex', 'according to')
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from itertools import islice
from typing import Optional

import re

import regex

from factx.records import Attribution, Span
from factx.scanning import word_trie as _trie
from factx.scanning import matches_at
from factx import times as _times
from factx.times import window_bounds as _window_bounds
from factx.windows import NEIGHBOUR as _WINDOW, Range as _Range, clip as _clip

__all__ = ["find_source", "CUES"]

_VERB_CUES = {
    "said": "said says say told tells added adds stated states announced announces explained "
    "noted insisted",
    "claim": "claim claims claimed",
    "suggest": "suggest suggests suggested",
    # "put(s)": "Officials put the death toll at 57", only with a toll, number or figure "at" (_PUT_AT)
    "estimate": "estimate estimates estimated put puts",
    "reported": "reported reports",
    "revealed": "revealed reveals reveal",
    "believe": "believe believes believed",
    "warn": "warn warns warned",
    "confirm": "confirm confirms confirmed",
    # "Interior Ministry data show": only after figures, data or statistics (see _DATA_BEFORE)
    "figures from": "show shows showed",
}
_AGENT = (
    "pledged pledges pledge pledging promised promises promising requested requests requesting "
    "demanded demands demanding stopped stops intercepted intercepts arrested arrests rescued "
    "rescues detained detains deported deports allocated allocates offered offers offering "
    "donated donates seized seizes granted grants"
).split()
CUES = frozenset(_VERB_CUES) | {"according to", "figures from", "report", "press release", "agent"}
_LEMMA = {w: lemma for lemma, words in _VERB_CUES.items() for w in words.split()}
_LEMMA.update({w: "agent" for w in _AGENT})

_VERB = regex.compile(r"\b(?:" + "|".join(sorted(_LEMMA, key=len, reverse=True)) + r")\b")
_PHRASE = regex.compile(
    r"\b(?:(?P<acc>[Aa]ccording\s+to)|(?P<fig>(?i:figures|data|statistics|numbers)\s+"
    r"(?:from|by|released\s+by|published\s+by|compiled\s+by))|(?P<rep>(?:a\s+)?report\s+(?:by|from))"
    r"|(?P<pr>press\s+release\s+(?:from|by|issued\s+by)))\s+"
)
_PASSIVE = regex.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")
_BY = regex.compile(r"\s+by\s+")
_SKIP_BACK = frozenset(
    """has have had is are was were will would should could can may might must also so far
    already now recently previously reportedly just still then been being not never always
    repeatedly officially publicly later earlier today yesterday""".split()
)
_BOUNDARY_WORDS = frozenset(
    """that which who whom whose and but while however whereas because as when if although
    though since after before where so than""".split()
)
_PREPOSITIONS = frozenset("in on at for with by from of to during since into over under about".split())
_PRONOUNS = frozenset("he she it they we i you this these those there".split())
_PERSONAL = frozenset("he she".split())
_STOP_AFTER = frozenset(
    """that who which whose said says say told revealed reveals showed show shows suggest
    suggests suggested estimated estimates claimed claims on in at last this yesterday today
    has have had is are was were will would for to when while after before as found finds
    concluded concludes""".split()
)
# A participle that ends a noun phrase without its agent: "according to a UN estimate
# released on Friday" is "a UN estimate" ("figures released by the ministry" keeps "by").
_TRAILING_PARTICIPLES = frozenset("released published issued compiled obtained seen".split())
_WORDS = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.&-]*")
_ASCII_WORDS = re.compile(r"[A-Za-z0-9][A-Za-z0-9'.&-]*")  # ``_WORDS`` in ASCII text, found faster
_BREAK = regex.compile(r"[,;:“”\"(\[—–]|\s-\s")
_LAST_BREAK_MARK = re.compile(r"(?s:.*)[,;:“”\"(\[—–]")  # up to the last one-character ``_BREAK``
_END = re.compile(r"[,;:.!?“”\"()\[\]—–]")  # plain characters: ``re`` finds them faster
_INITIAL_DOT = re.compile(r"(?<=[A-Z])\.(?=[A-Z]\.)|(?<=\.[A-Z])\.")  # a full stop inside initials: "the U.N. agency"
_NUMBER = regex.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|"
                        r"hundreds?|thousands?|millions?)\b", regex.I)
# The subject before a parenthesis that ends right before a cue verb: "Louis Le Franc, the
# top official for the region, told", "Louis Le Franc, prefect of Pas-de-Calais, said", "The
# charity, which runs the shelter, said", "Mr Johnson, speaking in Calais, said", "Jane
# Smith, 43, said". The subject opens its clause (a name, or a determiner and up to five
# words) and is no adverbial ("In Calais, ..."), or follows one ("On Tuesday, the ministry,
# citing police figures, said"); the parenthesis holds no other comma (a figure in it is
# not what is said: see ``_verb_cand``).
_APPOSITIVE = regex.compile(
    r"(?:^|(?<=[.;:“”\"(]\s*)|(?<=\b(?:that|and|but|while)\s)"
    r"|(?<=(?:^|[.;:“”\"(]\s*)(?:On|In|At|Last|Earlier|Late|Later|Early|By|During|Since|After|Before|Meanwhile|"
    r"However|Separately|Elsewhere|Overall|Yesterday|Today)\b[^,;:.]{0,40},\s))"
    r"(?!(?:In|On|At|For|By|From|After|Before|During|Since|Despite|With|Without|Under|Over|Near|Off|Across|"
    r"Last|This|That|Earlier|Later|Meanwhile|However|But|And|Yet|So|Also|Separately|Elsewhere|Instead|Still|Now|"
    r"Then|Today|Yesterday|When|While|If|As|Although|Though|Because|Once|Until|Overall|Initially|Officially|"
    r"Previously|Recently|Currently|Thus|Indeed|Moreover|Further|Furthermore|Nevertheless|Otherwise)\b)"
    r"((?:(?:The|A|An|the|a|an)\s+(?:\p{L}[\p{L}'’.&-]*\s+){0,4}|(?:\p{Lu}[\p{L}'’.-]*\s+){0,4})"
    r"\p{L}[\p{L}'’.&-]*),\s+"
    r"(?:(?:the|a|an|who|whose|which|speaking|citing|quoting)\s[^,;:“”\"]{1,100}|\p{Ll}[\p{L}-]*(?:\s[^,;:“”\"]{1,100})?"
    r"|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}|\d{1,3}),\s*$"
)
# The end of a parenthesis right before a cue verb, and an auxiliary between them ("Frontex,
# the EU's border agency, has recorded"): group 1 ends where ``_APPOSITIVE`` must end.
_APPOSITIVE_TAIL = re.compile(r"(,\s*)(?:(?:has|have|had|will|would|also|now|previously|already)\s+){0,2}$")
_CONTENT_FOLLOWS = regex.compile(r"\s*(?:that\b|:|,?\s*“)")
_COMMA_BEFORE = regex.compile(r",\s*$")
_FIRST_AUX = regex.compile(r"\b(?:has|have|had|is|are|was|were|will|would)\b")
_CONTINUES = regex.compile(r"(?:It|This|They|These)\s+(?:also|again|added|further)\b")
_INVERTED = frozenset("said says say added stated explained noted insisted claimed warned".split())
_SENTENCE_END = re.compile(r"[\s\"”’']*(?:[.!?]|$)")
# A speaker without an article at a sentence's end ("..., say officials", "..., says minister"):
# one to three words, not a preposition's phrase nor a title cut at its full stop ("said ms. volokh").
_BARE_SPEAKER = re.compile(r"(?!(?:with|in|on|at|by|for|from|to|of|as|mr|ms|mrs|dr|st)\b)[a-z][\w'’-]*(?:\s+[\w'’-]+){0,2}")
_QUOTE_MARKS = "“”\""  # the marks that open or close a quotation for ``_in_quote``
_SPEECH = r"(?P<cue>said|says|told|added|adds|stated|explained|noted|insisted|claimed|warned|confirmed)"
# A fast first look (standard ``re``, literal branches): where a cue verb or phrase may
# start. The exact patterns above confirm.
# Both patterns open with ``\b`` before a letter, so they start only at the text's start
# or after a character that is no ASCII letter, digit or "_" (word characters for ``\b``).
# ``_CUE_START`` matches that character (``re`` skips at once to the next one) and looks
# ahead for the first word of a cue verb or phrase: its end is where one may start. One
# scan serves both patterns. Its look for phrase words is exact only in text without
# ``_FOLDING`` letters, where ``re`` and ``regex`` agree on "(?i:figures)"; ``_phrases``
# tries everywhere in other text.
_CUE_START = re.compile(
    "[^A-Za-z0-9_](?="
    + "|".join(
        [_trie(sorted(set(_LEMMA) | {"According", "according", "report", "press"}))]
        + [c + "(?i:" + w[1:] + ")" for w in ("figures", "data", "statistics", "numbers") for c in (w[0], w[0].upper())]
        + [r"a\s+report"]
    )
    + ")"
)
_FOLDING = "\u017f\u212a\u0130\u0131"  # letters that (?i) folds onto ASCII ones
# ``_CUE_START``'s look in lower-cased text (``times._lower``), joined to the time
# reader's scan of the same stretch (``times.joint_starts``): one scan for both readers.
# It finds every start ``_CUE_START`` finds but those after a letter that lower-cases to
# a-z (a word character, after which no cue matches), and a few more ("Said", "TOLD").
_CUE_WORDS = sorted({w.lower() for w in _LEMMA} | {"according", "report", "press", "figures", "data",
                                                  "statistics", "numbers"})
_CUE_LOOK = "(?:" + _trie(_CUE_WORDS) + r"|a\s+report)"
_JOINT = _times.joint_pattern(_CUE_WORDS, {"a": r"\s+report"})  # with the look ``_CUE_LOOK``
_SAID_X = regex.compile(r"\s*,?\s*" + _SPEECH + r"\s+(?P<np>[^,.;:!?“”\"]{1,60})")  # ,” said X
_X_SAID = regex.compile(r"\s*,?\s*(?P<np>[^,.;:!?“”\"]{1,60}?)\s+" + _SPEECH + r"\b")  # ” X said


_DAY_NAMES = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December""".split())  # "the Home Office on Thursday"
_INITIALS_END = regex.compile(r"\p{Lu}\.\p{Lu}\.$")  # "U.K."
_CAPITAL = regex.compile(r"\p{Lu}")
_NAMED = regex.compile(r"(?:the\s+|a\s+)?\p{Lu}|the\s")  # "said the coastguard", "said Le Franc"
_MAX_CUES = 12  # cue verbs tried on each side of a figure


def _attr(text: str, s: int, e: int, cue: str) -> Attribution:
    return _attribution({"text": text[s:e], "span": _span({"start": s, "end": e}), "cue": cue})


# ``Attribution(...)`` and ``Span(...)`` without the Python frame of ``BaseModel.__init__``:
# the same validation, the same records.
_attribution = Attribution.__pydantic_validator__.validate_python
_span = Span.__pydantic_validator__.validate_python


def _words(text: str, lo: int, hi: int):
    """``_WORDS.finditer(text, lo, hi)``, by ``re`` when ``[lo, hi)`` is ASCII."""
    return (_ASCII_WORDS if text[lo:hi].isascii() else _WORDS).finditer(text, lo, hi)


def _last_break(text: str, lo: int, at: int) -> int:
    """Where the last ``_BREAK`` found from ``lo`` ends before ``at`` (``lo`` if none).
    Without a "-", every break is one mark, which ``re`` finds from the end at once."""
    if text.find("-", lo, at) < 0:
        m = _LAST_BREAK_MARK.match(text, lo, at)
        return m.end() if m else lo
    brk = lo
    for m in _BREAK.finditer(text, lo, at):
        brk = m.end()
    return brk


def _subject_before(text: str, lo: int, at: int) -> Optional[tuple[int, int]]:
    """The noun phrase ending right before ``at`` (auxiliaries skipped), back to a clause break."""
    brk = _last_break(text, lo, at)
    # The words after the last break (no word runs across one): no break lies among them.
    words = [m.span() for m in _words(text, brk, at)]
    while words and text[words[-1][0] : words[-1][1]] in _SKIP_BACK:  # "may", not "May"
        words.pop()
    for i in range(len(words) - 1, -1, -1):
        w = text[words[i][0] : words[i][1]]
        if w.lower() in _BOUNDARY_WORDS or (w in _LEMMA and i < len(words) - 1):
            words = words[i + 1 :]  # after a clause word, or a cue verb: "it said it expects" -> "it"
            break
    if not words or len(words) > 8:
        return None
    if text[words[0][0] : words[0][1]].lower() in _PREPOSITIONS:
        return None
    return words[0][0], words[-1][1]


_RELATIVE_BEFORE = regex.compile(r",\s*(?:who|which)\s+(?:(?:also|has|have|had|previously|earlier|recently|\w+ly)\s+)?$")
# A verb after the speaker of an inverted cue makes it the start of what is said: "...,
# said the camp was full" (not "..., said the coastguard on Tuesday").
_INVERTED_VERB_AFTER = re.compile(
    r"\s+(?:was|were|is|are|had|has|have|would|will|could|can|did|does|do|may|might|must|should)\b")


def _before_relative(text: str, lo: int, at: int) -> Optional[tuple[int, int]]:
    """The noun phrase a relative clause opened by the cue verb refers to: "The minister,
    who said ...", "... to France, which requested ..." (back to a verb, a preposition or a
    clause word; none with a number)."""
    comma = text.rfind(",", max(lo, at - 40), at)
    # a comma, then "who" or "which", found by plain looks before the pattern
    m = _RELATIVE_BEFORE.search(text, comma, at) if comma >= 0 and text.find("wh", comma, at) >= 0 else None
    if m is None:
        return None
    brk = _last_break(text, lo, m.start())
    words = [w.span() for w in _words(text, brk, m.start())]
    i = len(words)
    while i > 0:
        w = text[words[i - 1][0] : words[i - 1][1]]
        low = w.lower()
        if (low in _BOUNDARY_WORDS or (low in _PREPOSITIONS and low != "of") or low in _SKIP_BACK
                or low in _LEMMA or (w.islower() and low.endswith("ed"))):
            break
        i -= 1
    words = words[i:]
    if not words or len(words) > 6 or text[words[0][0] : words[0][1]].lower() == "of":
        return None
    s, e = words[0][0], words[-1][1]
    return None if _NUMBER.search(text, s, e) else (s, e)


def _appositive(text: str, lo: int, at: int) -> Optional[tuple[int, int]]:
    """The name before an appositive: "Louis Le Franc, the top official for the region, told"."""
    tail = _APPOSITIVE_TAIL.search(text, max(lo, at - 24), at)  # most verbs follow no comma: one look
    if tail is None:
        return None
    m = _APPOSITIVE.search(text, lo, tail.end(1))
    return m.span(1) if m else None


def _np_after(text: str, pos: int, hi: int) -> Optional[tuple[int, int]]:
    """The noun phrase starting at ``pos``: up to punctuation or a verb/preposition."""
    m = _END.search(text, pos, hi)
    while m is not None and text[m.start()] == "." and _INITIAL_DOT.match(text, m.start()):
        m = _END.search(text, m.end(), hi)  # "U.N." ends no phrase
    stop = m.start() if m else hi
    kept: list[tuple[int, int]] = []
    found = list(islice(_words(text, pos, stop), 9))  # 8 kept, and 1 looked at after
    for i, w in enumerate(found):
        if kept and w.group().lower() in _STOP_AFTER:
            inside_name = (
                w.group() in ("for", "of", "on", "in") and (text[kept[-1][0]].isupper() or (
                    w.group() in ("for", "of") and len(kept) <= 3))
                and i + 1 < len(found) and found[i + 1].group()[0].isupper()
                and found[i + 1].group() not in _DAY_NAMES
            )  # "International Organization for Migration", "a spokeswoman for Save the Children"
            if not inside_name:
                break
        kept.append((w.start(), w.end()))
        if len(kept) == 8:
            break
    if len(kept) > 1 and text[kept[-1][0] : kept[-1][1]] in _TRAILING_PARTICIPLES:
        kept.pop()
    if not kept:
        return None
    s, e = kept[0][0], kept[-1][1]
    if text[e - 1] == ".":  # "U.K." keeps its dot, a sentence's end does not
        e -= 0 if _INITIALS_END.search(text[s:e]) else 1
    return (s, e) if e > s else None


def _is_pronoun(text: str, span: tuple[int, int]) -> bool:
    return text[span[0] : span[1]].lower() in _PRONOUNS


def _named_subject(text: str, sentences: list[Span], index: int, personal: bool) -> Optional[tuple[int, int]]:
    """The nearest named subject in the previous sentence (for "he", "they"); for "he" and
    "she", in the one before it if the previous sentence names no one."""
    for back in (1, 2) if personal else (1,):
        if index < back:
            return None
        prev = _clip(sentences[index - back], sentences[index - back + 1].start - _WINDOW, sentences[index - back + 1].start)
        for m in _verbs(text, prev.start, prev.end):
            span = _subject_before(text, prev.start, m.start())
            if span and not _is_pronoun(text, span) and _CAPITAL.search(text[span[0] : span[1]]):
                first = text[span[0] : span[1]].split()[0]
                if personal and first.lower() in ("the", "a", "an"):
                    continue
                return span
        if personal:  # no cue verb there: a person's name opening it, or set off by commas
            m = _PERSON_OPENING.match(text, prev.start, prev.end) or _PERSON_BETWEEN_COMMAS.search(
                text, prev.start, prev.end)
            if m is not None:
                return m.span(1)
    return None


# A person's name of two to four capitalised words ("Maria Lopez", "Louis Le Franc", "Mr
# Johnson"), opening a sentence or between commas: who "he" or "she" is in the next one.
_NAME_WORDS = r"(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|de|van|von|al|el|bin)){1,3})"
_NOT_A_PERSON = (r"(?!(?:The|A|An|In|On|At|For|By|From|After|Before|During|Since|Last|This|Some|Many|Most|More|"
                 r"Police|Officials|Authorities)\b)")
_PERSON_OPENING = regex.compile(r"[\"“(\s]*" + _NOT_A_PERSON + _NAME_WORDS + r"(?=\s*,|\s+\p{Ll})")
_PERSON_BETWEEN_COMMAS = regex.compile(r",\s+" + _NOT_A_PERSON + _NAME_WORDS + r",")


def _resolve(text: str, sentences: list[Span], index: int, span: tuple[int, int], cue: str) -> Optional[Attribution]:
    if _is_pronoun(text, span):
        named = _named_subject(text, sentences, index, text[span[0] : span[1]].lower() in _PERSONAL)
        return _attr(text, *named, cue) if named else None
    return _attr(text, *span, cue)


@lru_cache(maxsize=256)
def _cues(text: str, lo: int, hi: int) -> tuple[tuple, tuple]:
    """Cue phrases (start, noun phrase, cue) and cue verbs (start, end, word, cue) in a
    window, in text order."""
    starts, time_starts = _times.joint_starts(_JOINT, text, lo, hi)
    _times.offer_starts(text, lo, hi, time_starts)  # the time reader reads the same window
    phrases = []
    for m in _phrases(text, lo, hi, starts):
        np = _np_after(text, m.end(), hi)
        if np:
            cue = ("according to" if m.group("acc") else "figures from" if m.group("fig")
                   else "report" if m.group("rep") else "press release")
            phrases.append((m.start(), np, cue))
    verbs = tuple((m.start(), m.end(), m.group(), _LEMMA[m.group()]) for m in _verbs(text, lo, hi, starts))
    return tuple(phrases), verbs


def _cue_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where a cue verb or phrase may start in ``[lo, hi)``, in order (see ``_CUE_START``)."""
    if lo <= 0:
        return [0] + [m.end() for m in _CUE_START.finditer(text, 0, hi)]
    return [m.end() for m in _CUE_START.finditer(text, lo - 1, hi)]


def _verbs(text: str, lo: int, hi: int, starts: Optional[list[int]] = None) -> list:
    """``_VERB.finditer(text, lo, hi)``, tried only where a cue may start (``starts``, by
    default the window's ``_cue_starts``)."""
    return matches_at(_VERB, text, _cue_starts(text, lo, hi) if starts is None else starts, hi)


def _phrases(text: str, lo: int, hi: int, starts: Optional[list[int]] = None):
    """``_PHRASE.finditer(text, lo, hi)``, tried only where a cue may start (``starts``, by
    default the window's ``_cue_starts``), or everywhere in a text with ``_FOLDING`` letters."""
    if _folds(text):
        return _PHRASE.finditer(text, lo, hi)
    return matches_at(_PHRASE, text, _cue_starts(text, lo, hi) if starts is None else starts, hi)


@lru_cache(maxsize=4)
def _folds(text: str) -> bool:
    """Whether ``text`` holds a ``_FOLDING`` letter (one look per document)."""
    return any(c in text for c in _FOLDING)


@lru_cache(maxsize=4)
def _quotes(text: str) -> list[int]:
    """Where the quote marks of ``text`` stand, in order (one look per document).

    ``str.find`` for each mark: it skips to the next one far faster than a pattern."""
    at = []
    for mark in _QUOTE_MARKS:
        i = text.find(mark)
        while i >= 0:
            at.append(i)
            i = text.find(mark, i + 1)
    at.sort()
    return at


# A cue word used as an adjective, a noun or a participle is no cue: "an estimated 33
# million", "the reported toll", "the number of confirmed dead", "the number of arrests",
# "the ransom demanded was $5 million".
_DETERMINER_BEFORE = re.compile(r"(?:^|\W)(?:a|an|the|its|their|his|her|this|that|these|those|of|A|An|The)\s+$")
_COPULA_AFTER = re.compile(r"\s+(?:was|were|is|are)\b")
_PUT_AT = regex.compile(r"\s+(?:the|its|their)\s+(?:(?:death|final|overall|official|total)\s+)?"
                        r"(?:toll|number|figure|total|tally|count|cost|bill)(?:\s+of(?:\s+[\w-]+){1,3}?)?\s+at\b", regex.I)
_LETTER = re.compile(r"[^\W\d_]")
_QUANTITY = re.compile(r"\d[\d,.]*\s+[a-z]")
_PLACE_AFTER = re.compile(r"\s+(?:in|on|at(?!\s+(?:least|most)\b)|near|off|inside|during|after|from|since|across|along)\b")
# Words before "figures"/"data" that name no one: "the data showed", "the latest official figures show".
_NO_OWNER = frozenset("the this these those its their our his her new latest official preliminary provisional "
                      "such same final early earlier recent revised".split())
_DATA_BEFORE = regex.compile(r"(?:figures|data|statistics|numbers|reports|estimates)\s+$", regex.I)
# A cue word in "-s" that is a plural noun, not a verb: "asylum claims rose to 84,000",
# "EU member states have pledged", "UN estimates suggest": a finite verb follows it, or a
# word that makes a compound noun with it stands before it ("asylum claims in the UK").
_NOUN_S_AFTER = re.compile(
    r"\s+(?:rose|fell|rise|fall|rises|falls|risen|fallen|were|are|have|has|had|will|would|could|can|may|might|"
    r"should|must|remain|remained|increased|decreased|dropped|declined|jumped|doubled|tripled|halved|reached|"
    r"climbed|soared|grew|surged|topped|hit|totalled|totaled|stood|numbered|exceeded|peaked|agreed|pledged|"
    r"say|said|show|showed|shown|suggest|suggested|put|indicate|indicated|of)\b"
)
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+$")
_NOUN_S_BEFORE = re.compile(
    r"(?:^|\W)(?:asylum|member|media|news|press|police|insurance|compensation|benefit|benefits|refugee|"
    r"protection|visa|damage|damages|expense|expenses|early|initial|official|preliminary|conservative|latest|"
    r"new|fresh|unconfirmed|local|several|many|some|other|such|those|these|their|our|his|her|its)\s+$"
)


def _verb_cand(text: str, sentences: list[Span], index: int, figure: Span, sent: Span,
               verb: tuple[int, int, str, str], phrase_spans: list[tuple[int, int]]) -> Optional[Attribution]:
    """The attribution a cue verb (start, end, word, cue) gives the figure, or None."""
    start, end, word, cue = verb
    if word in ("put", "puts") and not _PUT_AT.match(text, end, sent.end):
        return None
    if cue == "figures from":
        data = _DATA_BEFORE.search(text, max(sent.start, start - 12), start)
        if data is None:
            return None
        span = _subject_before(text, max(sent.start, start - 120), data.start())
        if span is None or (span[0] < figure.end and figure.start < span[1]):
            return None
        if all(w in _NO_OWNER for w in text[span[0] : span[1]].lower().split()):
            return None  # "the data showed", "the latest figures show": whose, the sentence does not say
        return _resolve(text, sentences, index, span, cue)
    if _DETERMINER_BEFORE.search(text, max(sent.start, start - 8), start):
        return None
    if word[-1] == "s" and word not in ("says", "tells") and (
            _NOUN_S_AFTER.match(text, end, sent.end) or _NOUN_S_BEFORE.search(text, max(sent.start, start - 16), start)
            or (word == "states" and _CAPITALISED_BEFORE.search(text, max(sent.start, start - 16), start))):
        return None  # a plural noun: "asylum claims rose", "member states have", "EU states agree"
    if cue == "agent" and word.endswith("ed") and (
            _COPULA_AFTER.match(text, end, sent.end) or _PLACE_AFTER.match(text, end, sent.end)):
        return None  # a participle: "the ransom demanded was", "the men arrested in Calais"
    if phrase_spans and any(s <= start < e or not text[e:start].strip() for s, e in phrase_spans):
        return None  # inside "according to X", or X's verb: "figures from X revealed"
    is_before = end <= figure.start
    if _PASSIVE.search(text, max(sent.start, start - 25), start):
        by = _BY.match(text, end, sent.end)
        np = _np_after(text, by.end(), sent.end) if by else None
        if np and not (np[0] < figure.end and figure.start < np[1]):
            return _attr(text, *np, "reported" if cue in ("agent", "said") else cue)
        return None
    if not is_before and _CONTENT_FOLLOWS.match(text, end, sent.end):
        return None  # "claiming that ...": the figure is not what is said
    span = None
    if cue == "agent" and word.endswith("ing") and _COMMA_BEFORE.search(text, max(sent.start, start - 8), start):
        span = _main_subject(text, sent)
    if span is None:
        span = _subject_before(text, max(sent.start, start - 120), start)
        if span is None:
            span = _appositive(text, max(sent.start, start - 160), start) or _before_relative(
                text, max(sent.start, start - 120), start)
            if span and span[1] <= figure.start < start:
                return None  # the figure is in the parenthesis: "The charity, which housed 250 children, said"
        if span and phrase_spans and any(s <= span[0] < e or s < span[1] <= e for s, e in phrase_spans):
            return None  # "Official figures from Frontex revealed": Frontex already counted
    if span is None:
        np = _np_after(text, end, sent.end)
        if np and word in _INVERTED and (_NAMED.match(text[np[0] : np[1]]) or (
                _SENTENCE_END.match(text, np[1], sent.end) and _BARE_SPEAKER.fullmatch(text, np[0], np[1]))) and (
                not _INVERTED_VERB_AFTER.match(text, np[1], sent.end)):  # "..., said the coastguard", "..., say officials"
            span = np  # inverted: "..., said the coastguard spokesman"
    if span is None or (span[0] < figure.end and figure.start < span[1]) or not _LETTER.search(text, span[0], span[1]):
        return None
    if cue == "agent" and _QUANTITY.search(text, span[0], span[1]):
        return None  # no actor: "The raid saw over 200 people removed, 21 of whom ..." ("Sea-Watch 3" is)
    return _resolve(text, sentences, index, span, cue)


def _in_sentence(text: str, sentences: list[Span], index: int, figure: Span) -> Optional[Attribution]:
    """The nearest cue before the figure, "according to X", a cue after it, or an agent."""
    lo, hi = _window_bounds(sentences[index], figure.start, figure.end)  # ``windows.window``
    phrases, verbs = _cues(text, lo, hi)
    if not phrases and not verbs:
        return None
    sent = _Range(lo, hi)
    at = figure.start
    if phrases:  # most windows hold none
        phrases = [p for p in phrases if not (p[1][0] < figure.end and at < p[1][1])]
        phrase_spans = [(start, np[1]) for start, np, _ in phrases]
        earlier = [p for p in phrases if p[0] < at]
    else:
        phrase_spans = earlier = []
    best_phrase = earlier[-1] if earlier else None  # the last: phrases are in text order
    agent = None
    for verb in reversed([v for v in verbs if v[1] <= at][-_MAX_CUES:]):
        if best_phrase is not None and verb[0] < best_phrase[0]:
            break
        if verb[3] == "agent":
            agent = agent or _verb_cand(text, sentences, index, figure, sent, verb, phrase_spans)
            continue
        found = _verb_cand(text, sentences, index, figure, sent, verb, phrase_spans)
        if found is not None:
            return found
    if best_phrase is not None:
        return _attr(text, *best_phrase[1], best_phrase[2])
    # No phrase before the figure: the loop above tried every agent before it.
    later = phrases[len(earlier) :]
    according = [p for p in later if p[2] == "according to"] if later else None
    if according:
        return _attr(text, *according[0][1], "according to")
    first_phrase = later[0] if later else None
    for verb in [v for v in verbs if v[1] > at][:_MAX_CUES]:
        if first_phrase is not None and verb[0] > first_phrase[0]:
            break
        if verb[3] != "agent":
            found = _verb_cand(text, sentences, index, figure, sent, verb, phrase_spans)
            if found is not None:
                return found
    if first_phrase is not None:
        return _attr(text, *first_phrase[1], first_phrase[2])
    return agent


def _main_subject(text: str, sent: Span) -> Optional[tuple[int, int]]:
    """The subject of the sentence's first verb ("The French have also demanded ...")."""
    m = _FIRST_AUX.search(text, sent.start, sent.end)
    return _subject_before(text, sent.start, m.start()) if m else None
    return None


def _in_quote(text: str, sentences: list[Span], index: int, figure: Span) -> Optional[int]:
    """Where the quotation holding the figure closes, if the figure is quoted."""
    quotes = _quotes(text)
    after = bisect.bisect_left(quotes, figure.end)
    if after == len(quotes):
        return None  # no quote mark after the figure
    hi = min(sentences[min(len(sentences) - 1, index + 3)].end, figure.end + 3 * _WINDOW)
    if quotes[after] >= hi:
        return None  # none within reach (a line break only brings ``hi`` nearer)
    nl = text.find("\n", figure.end, hi)
    hi = nl if nl >= 0 else hi
    if quotes[after] >= hi:
        return None  # no quote mark after the figure within reach
    lo = max(sentences[max(0, index - 3)].start, figure.start - 3 * _WINDOW)
    nl = text.rfind("\n", lo, figure.start)
    lo = nl + 1 if nl >= 0 else lo
    back = None
    k = bisect.bisect_left(quotes, figure.start)
    if k and quotes[k - 1] >= max(lo, figure.start - _WINDOW):  # the last quote mark before
        back = _is_open(text, quotes[k - 1])
    close = None
    for k in range(after, len(quotes)):
        q = quotes[k]
        if q >= hi:
            break
        if _is_open(text, q):
            if back is None:
                return None  # a new quotation opens first: the figure is not quoted
            continue
        close = q
        break
    if close is None or back is False:
        return None
    return close  # quoted, or the opening quote is missing, as pasted text often has it


def _is_open(text: str, at: int) -> bool:
    """Whether the quote mark at ``at`` opens a quotation (a straight one, by its left side)."""
    c = text[at]
    if c in "“‘":
        return True
    if c in "”’":
        return False
    return at == 0 or text[at - 1].isspace() or text[at - 1] in "([—–-"


def _speaker(text: str, sentences: list[Span], index: int, close: int) -> Optional[Attribution]:
    """The speaker named right after a closing quote: ``” Le Franc said``, ``,” said X``."""
    at = next((j for j in range(index, min(len(sentences), index + 4)) if sentences[j].end > close), index)
    hi = min(len(text), close + 80)
    m = _SAID_X.match(text, close + 1, hi)
    if m and _LEMMA.get(m.group("cue"), "agent") != "agent":
        np = _np_after(text, m.start("np"), m.end("np") + 1)
        if np:
            return _resolve(text, sentences, at, np, _LEMMA[m.group("cue")])
    m = _X_SAID.match(text, close + 1, hi)
    if m and _LEMMA.get(m.group("cue"), "agent") != "agent" and 0 < len(m.group("np").split()) <= 6:
        return _resolve(text, sentences, at, (m.start("np"), m.end("np")), _LEMMA[m.group("cue")])
    return None


def find_source(text: str, sentences: list[Span], index: int, figure: Span) -> Optional[Attribution]:
    """Who says the figure: the speaker of its quotation, the nearest cue before it in its
    sentence, "according to X", a cue after it, the agent acting on it, the previous
    sentence's source for "It also ...", or "according to X" in the next sentence.

    >>> t = "The French government claim that there are 1,000 migrants, however, groups suggest 1,500."
    >>> s = [Span(start=0, end=len(t))]
    >>> [(a.text, a.cue) for a in (find_source(t, s, 0, Span(start=43, end=48)), find_source(t, s, 0, Span(start=83, end=88)))]
    [('The French government', 'claim'), ('groups', 'suggest')]
    """
    try:
        return _find_source(text, sentences, index, figure, depth=0)
    except Exception:  # never raise on arbitrary text
        return None


def _find_source(text: str, sentences: list[Span], index: int, figure: Span, depth: int) -> Optional[Attribution]:
    if not (0 <= index < len(sentences)):
        return None
    close = _in_quote(text, sentences, index, figure)
    if close is not None:
        who = _speaker(text, sentences, index, close)
        if who is not None:
            return who
    found = _in_sentence(text, sentences, index, figure)
    if found is not None:
        return found
    if depth == 0 and index > 0 and _continues(text, sentences[index]):
        prev = sentences[index - 1]
        found = _find_source(text, sentences, index - 1, Span(start=prev.end, end=prev.end), depth + 1)
        if found is not None:
            return found
    if index + 1 < len(sentences):
        nxt = sentences[index + 1]
        return _according_next(text, sentences[index].end, nxt.start, nxt.end)
    return None


def _continues(text: str, sent: Span) -> bool:
    """Whether the sentence opens "It also", "They added", ...: the previous source goes on."""
    start, end = sent.start, sent.end
    return text.startswith(("It", "Th"), start, end) and _CONTINUES.match(text, start, end) is not None


def _according_next(text: str, end: int, next_start: int, next_end: int) -> Optional[Attribution]:
    """"According to X" in the sentence [next_start, next_end) right after one ending at
    ``end``, when it holds no figure of its own."""
    if next_start - end >= 50 or text.find("ccording", next_start, next_end) < 0:
        return None  # too far, or no "according to" at all
    return _according_in_next(text, end, next_start, next_end)


@lru_cache(maxsize=256)
def _according_in_next(text: str, end: int, next_start: int, next_end: int) -> Optional[Attribution]:
    """:func:`_according_next` past its first look (shared by the figures of a sentence)."""
    nxt = _clip(_Range(next_start, next_end), end, end + _WINDOW)
    if text.find("\n", end, nxt.start) < 0 and not _NUMBER.search(text, nxt.start, nxt.end):
        for m in _phrases(text, nxt.start, nxt.end):
            if m.group("acc"):
                np = _np_after(text, m.end(), nxt.end)
                if np:
                    return _attr(text, *np, "according to")
    return None


def clear_window_cache() -> None:
    """Forget the window scans shared by the figures of one document.

    ``extract`` calls this when it is done with a document, so no document is held in
    memory after its call and a repeated document is read afresh."""
    _cues.cache_clear()
    _quotes.cache_clear()
    _folds.cache_clear()
    _according_in_next.cache_clear()
