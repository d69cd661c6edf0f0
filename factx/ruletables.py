"""Rule tables: one TOML file per claim kind, checked by a strict schema, loaded once.

A table says which words around a figure mean which event, and what kind of claim
that makes. The engine (:mod:`factx.meaning`) is code; the tables are data, so a new
claim kind is a new table, not an engine change (see ``docs/add-a-claim-kind.md``).

>>> rules = load_rules()
>>> sorted(t.table.kind for t in rules.tables)[:3]
['arrests', 'deaths', 'injuries']
>>> [r.event for r, _ in rules.rules_for("drowned")]
['died']
>>> rules.lemma("Bodies"), rules.lemma("asylum seekers"), rules.lemma("children")
('body', 'asylum seeker', 'child')

A bad table fails loudly, naming its file and rule:

>>> import tempfile, os
>>> bad = os.path.join(tempfile.mkdtemp(), "bad.toml")
>>> _ = open(bad, "w").write('[table]\\nkind = "evictions"\\n[[rule]]\\nid = "e1"\\ntriggers = ["evicted"]\\n'
...                          'examples = [{ text = "They evicted 40 men.", figure = "40" }]\\ncolour = "red"\\n')
>>> try:
...     load_rules([bad])
... except RuleTableError as err:
...     print(err.rule, "|", err.problem, "|", err.path == bad)
e1 | colour: Extra inputs are not permitted | True
"""

from __future__ import annotations

import functools
from itertools import compress
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal, Optional

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from factx.errors import RuleTableError
from factx.records import Figure, Span

__all__ = [
    "Example",
    "Counterexample",
    "Rule",
    "TableHeader",
    "RuleTable",
    "Lexicon",
    "RuleSet",
    "load_rules",
    "load_table",
    "RULES_DIR",
    "PhraseIndex",
    "example_figures",
]

RULES_DIR = Path(__file__).with_name("rules")
LEXICON_FILE = "_lexicon.toml"

_PHRASE = regex.compile(r"^[\p{L}\p{N}'’ .\-]+$")
_WORDISH = regex.compile(r"[\p{L}\p{N}\s]")
_SAFE_STRETCH = regex.compile(r"[a-hjlmnoprtuvwxyz ]*[a-hjlmnoprtuvwxyz][a-hjlmnoprtuvwxyz ]*")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _norm_phrase(phrase: str) -> str:
    return " ".join(phrase.lower().replace("’", "'").split())


def _check_figures(text: str, figure: str, figures: Optional[list[str]]) -> None:
    for f in [figure, *(figures or [])]:
        if f not in text:
            raise ValueError(f"figure {f!r} is not in the example text {text!r}")
    if figures is not None and figure not in figures:
        raise ValueError(f"figure {figure!r} is not among figures {figures!r}")


class Example(_Strict):
    """A sentence, the figure in it (as written), and what the engine must say about it.

    ``figures`` lists every figure of the sentence in order when there is more than one
    (default: just ``figure``). Fields left out are not checked, except ``kind`` and
    ``event`` which default to the table's kind and the rule's event.
    """

    text: str
    figure: str
    figures: Optional[list[str]] = None
    unit: Optional[str] = None  # GBP, USD, EUR, percent; default: read from the figure (£, $, €, %)
    kind: Optional[str] = None
    event: Optional[str] = None
    counted: Optional[str] = None
    modality: Optional[str] = None
    part_of: Optional[str] = None  # the text of the whole figure

    @model_validator(mode="after")
    def _figure_in_text(self) -> "Example":
        _check_figures(self.text, self.figure, self.figures)
        return self


class Counterexample(_Strict):
    """A sentence where this rule must NOT give the figure its table's kind and rule's event."""

    text: str
    figure: str
    figures: Optional[list[str]] = None
    unit: Optional[str] = None
    why: Optional[str] = None

    @model_validator(mode="after")
    def _figure_in_text(self) -> "Counterexample":
        _check_figures(self.text, self.figure, self.figures)
        return self


class Rule(_Strict):
    """Trigger words that give a figure an event (and its table's kind)."""

    id: str = Field(pattern=r"^[a-z0-9_]+(\.[a-z0-9_]+)*$")
    event: Optional[str] = None
    triggers: list[str] = []  # words or phrases, matched whole and case-insensitively
    side: Literal["before", "after", "either"] = "either"  # where the trigger may stand
    nouns: list[str] = []  # only when the figure counts one of these (singular lemmas)
    counted: Optional[str] = None  # what is counted when the figure names nothing
    modality: Optional[str] = None  # reported, estimate, projection, pledge, claim
    weight: float = 0.0  # subtracted from the distance score: a stronger cue
    examples: list[Example] = Field(min_length=1)
    counterexamples: list[Counterexample] = []

    @field_validator("triggers", "nouns")
    @classmethod
    def _phrases(cls, v: list[str]) -> list[str]:
        for p in v:
            if not p.strip() or not _PHRASE.match(p):
                raise ValueError(f"{p!r} is not a plain word or phrase (letters, digits, spaces, ' . -)")
        return [_norm_phrase(p) for p in v]

    @model_validator(mode="after")
    def _something_to_match(self) -> "Rule":
        if not self.triggers and not self.nouns:
            raise ValueError("a rule needs triggers or nouns")
        return self


class TableHeader(_Strict):
    """The ``[table]`` section: the kind this table assigns and the figures it applies to."""

    kind: str = Field(pattern=r"^[a-z][a-z_ ]*$")
    applies_to: Literal["count", "money", "percent", "any"] = "count"
    counted_classes: list[str] = []  # if set, a figure counting a known noun outside these classes gets kind "count"
    # a figure counting a noun of one of these classes that no rule reads takes this kind, with
    # no event: "some 3.6 million Syrian refugees" is a count of people whatever happened to them
    kind_of_classes: list[str] = []
    description: str = ""


class RuleTable(_Strict):
    """One TOML table: a header and its rules."""

    table: TableHeader
    rule: list[Rule] = Field(min_length=1)
    path: str = ""


class Lexicon(_Strict):
    """Words the engine needs that are not rules: nouns, plurals, stop words, modality cues."""

    nouns: dict[str, list[str]]  # class -> singular lemmas (multiword allowed)
    plurals: dict[str, str]  # irregular plural -> singular
    invariant: list[str]  # words ending in s that are singular: news, crisis
    stop: list[str]  # words that end the noun phrase after a figure
    not_heads: list[str]  # words never taken as what is counted: more, times, per
    modality: dict[str, list[str]]  # modality -> cue words and phrases
    elided: list[str]  # "of whom", "of them": the figure counts the noun before
    referents: list[str]  # "the number", "the figure": refer to a figure already given
    number_of: list[str]  # "the number of", "the death toll of": what follows is counted
    part_whole: list[str]  # "including", "among them": parts of the figure before
    clause_breaks: list[str]  # punctuation that ends a clause
    compound_heads: list[str] = []  # nouns that make a trigger right before them a modifier: "detention centre"

    @field_validator("modality")
    @classmethod
    def _modalities(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        allowed = {"reported", "estimate", "projection", "pledge", "claim"}
        for k in v:
            if k not in allowed:
                raise ValueError(f"unknown modality {k!r}; use one of {sorted(allowed)}")
        return {k: [_norm_phrase(p) for p in ps] for k, ps in v.items()}


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise RuleTableError(str(path), None, f"cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise RuleTableError(str(path), None, f"not valid TOML: {exc}") from None


def _explain(exc: ValidationError, data: dict) -> tuple[Optional[str], str]:
    err = exc.errors()[0]
    loc = list(err["loc"])
    rule_id = None
    if len(loc) >= 2 and loc[0] == "rule" and isinstance(loc[1], int):
        rules = data.get("rule") or []
        if loc[1] < len(rules) and isinstance(rules[loc[1]], dict):
            rule_id = rules[loc[1]].get("id") or f"#{loc[1] + 1}"
        loc = loc[2:]
    where = ".".join(str(x) for x in loc)
    return rule_id, (f"{where}: " if where else "") + err["msg"]


def load_table(path: str | Path) -> RuleTable:
    """Read and validate one rule table; a bad table raises :class:`RuleTableError`."""
    path = Path(path)
    data = _read_toml(path)
    try:
        table = RuleTable.model_validate({**data, "path": str(path)})
    except ValidationError as exc:
        rule_id, problem = _explain(exc, data)
        raise RuleTableError(str(path), rule_id, problem) from None
    return table


def _load_lexicon(path: Path) -> Lexicon:
    data = _read_toml(path)
    try:
        return Lexicon.model_validate(data)
    except ValidationError as exc:
        raise RuleTableError(str(path), None, _explain(exc, data)[1]) from None


def _longest(entry: tuple, low: list[str], i: int, last: int) -> tuple[int, str | None]:
    """(end, phrase) of the longest phrase of a first-word ``entry`` (longer phrases by their
    second word, and the one-word phrase or None) that starts at ``low[i]``."""
    longer, phrase = entry
    if longer and i < last:
        for n, rest, p in longer.get(low[i + 1], ()):
            if low[i + 2:i + n] == rest:
                return i + n, p
    return i + 1, phrase


class PhraseIndex:
    """Finds whole-word phrases in a list of words in one pass: first word -> phrases, longest first.

    >>> idx = PhraseIndex(["home to", "home", "death toll"])
    >>> idx.find(["It", "was", "home", "to", "700", "."])
    [(2, 4, 'home to')]
    """

    __slots__ = ("_by_first", "longest", "first_words")

    def __init__(self, phrases: Sequence[str]) -> None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for p in set(phrases):
            words = tuple(_norm_phrase(p).split())
            by_first.setdefault(words[0], []).append(words)
        # first word -> ({second word -> (length, the words after the second, phrase), longest first}, the one-word phrase)
        self._by_first: dict[str, tuple[dict[str, tuple[tuple[int, list[str], str], ...]], Optional[str]]] = {}
        for first, cands in by_first.items():
            longer: dict[str, list[tuple[int, list[str], str]]] = {}
            for c in sorted(cands, key=len, reverse=True):
                if len(c) > 1:
                    longer.setdefault(c[1], []).append((len(c), list(c[2:]), " ".join(c)))
            single = first if (first,) in cands else None
            self._by_first[first] = ({k: tuple(v) for k, v in longer.items()}, single)
        self.first_words = frozenset(by_first)
        self.longest = max((len(c) for v in by_first.values() for c in v), default=0)  # in words

    def find(self, words: Sequence[str]) -> list[tuple[int, int, str]]:
        """(first word index, end index, phrase) of every phrase, leftmost-longest, not overlapping."""
        return self.find_lower([w.lower().replace("’", "'") for w in words])

    def find_lower(self, low: Sequence[str], at: Optional[Sequence[int]] = None) -> list[tuple[int, int, str]]:
        """:meth:`find` on words already lower-cased, with ’ written as '.

        ``at``: the indices (ascending) where a phrase may start, if known; at least
        those whose word is one of :attr:`first_words`.
        """
        out: list[tuple[int, int, str]] = []
        by_first = self._by_first
        if not isinstance(low, list):
            low = list(low)  # slices compare with the stored lists
        if at is None:
            at = compress(range(len(low)), map(by_first.__contains__, low))  # first words only
        last = len(low) - 1
        after = 0  # phrases do not overlap: the next one starts at or after the last one's end
        for i in at:
            if i < after or (entry := by_first.get(low[i])) is None:
                continue
            end, phrase = _longest(entry, low, i, last)
            if phrase is not None:
                out.append((i, end, phrase))
                after = end
        return out


class RuleSet:
    """Validated tables and lexicon, with their phrase indexes built once. Read-only.

    ``tables`` in load order; ``triggers`` finds every trigger of every table in one
    pass over a sentence's words; ``rules_for(phrase)`` gives the rules (with their table) a trigger belongs to.
    """

    __slots__ = (
        "tables", "lexicon", "triggers", "_by_trigger", "_strongest", "_by_noun", "cues", "_cues",
        "noun_classes", "multiword", "stop", "not_heads", "_plurals", "_invariant", "part_whole_re",
        "clause_breaks", "single_breaks", "_lemmas", "first_words", "longest_phrase", "_applicable", "_starts", "elided",
        "part_whole_needles", "class_kinds", "compound_heads",
    )

    def __init__(self, tables: Sequence[RuleTable], lexicon: Lexicon, user_from: Optional[int] = None) -> None:
        """``tables`` in load order; those from index ``user_from`` on are a user's, whose rules
        come first among the rules of one trigger or noun, so that they win a tie with a built-in
        rule (a user's "granted asylum" table over the built-in people table)."""
        self.tables = tuple(tables)
        self.lexicon = lexicon
        seen: dict[str, str] = {}
        for t in self.tables:
            for r in t.rule:
                if r.id in seen:
                    raise RuleTableError(t.path, r.id, f"rule id already used in {seen[r.id]}")
                seen[r.id] = t.path
        first = len(self.tables) if user_from is None else user_from
        by_trigger: dict[str, list[tuple[Rule, TableHeader]]] = {}
        by_noun: dict[str, list[tuple[Rule, TableHeader]]] = {}
        for t in self.tables[first:] + self.tables[:first]:
            for r in t.rule:
                for p in r.triggers:
                    by_trigger.setdefault(p, []).append((r, t.table))
                if not r.triggers:
                    for n in r.nouns:
                        by_noun.setdefault(n, []).append((r, t.table))
        self.class_kinds: dict[str, str] = {}  # noun class -> the kind of a figure no rule reads
        for t in self.tables:
            for c in t.table.kind_of_classes:
                if c not in lexicon.nouns:
                    raise RuleTableError(t.path, None, f"kind_of_classes: no noun class {c!r} in the lexicon")
                if self.class_kinds.get(c, t.table.kind) != t.table.kind:
                    raise RuleTableError(t.path, None, f"kind_of_classes: class {c!r} already gives kind {self.class_kinds[c]!r}")
                self.class_kinds[c] = t.table.kind
        self._by_trigger = {k: tuple(v) for k, v in by_trigger.items()}
        # the largest weight of a trigger's rules: a hit of it scores at least its distance less this
        self._strongest = {k: max(r.weight for r, _ in v) for k, v in by_trigger.items()}
        # the rules of each trigger that fit each class of figure (see meaning._dim_class), by side
        self._applicable = {c: self._fitting(c) for c in ("count", "money", "percent", "physical")}
        self._by_noun = {k: tuple(v) for k, v in by_noun.items()}
        self.triggers = PhraseIndex(list(self._by_trigger))
        self._cues = {p: m for m, ps in lexicon.modality.items() for p in ps}
        self.cues = PhraseIndex(list(self._cues))
        self.first_words = self.triggers.first_words | self.cues.first_words  # where a trigger or a cue may start
        self.longest_phrase = max(self.triggers.longest, self.cues.longest)  # in words
        # first word -> (its entry in triggers, in cues (None if none), and the second words of the
        # phrases of either starting with it, or None if it is itself a phrase of either)
        self._starts: dict[str, tuple] = {}
        for w in self.first_words:
            mine, theirs = self.triggers._by_first.get(w), self.cues._by_first.get(w)
            entries = [e for e in (mine, theirs) if e is not None]
            single = any(e[1] is not None for e in entries)
            self._starts[w] = (mine, theirs, None if single else frozenset(s for e in entries for s in e[0]))
        self.elided = tuple(lexicon.elided)  # for str.startswith
        self.compound_heads = frozenset(_norm_phrase(w) for w in lexicon.compound_heads)
        self.noun_classes = {n: c for c, ns in lexicon.nouns.items() for n in ns}
        self.multiword = frozenset(n for n in self.noun_classes if " " in n) | frozenset(
            n for t in self.tables for r in t.rule for n in r.nouns if " " in n
        )
        self.stop = frozenset(lexicon.stop)
        self.clause_breaks = frozenset(lexicon.clause_breaks)
        # each break one character that is no letter, digit or space: a token (see factx.meaning) of its own
        self.single_breaks = all(len(b) == 1 and not _WORDISH.match(b) for b in self.clause_breaks)
        self._lemmas: dict[str, str] = {}  # lemma() is pure: remember what it said
        self.not_heads = frozenset(lexicon.not_heads)
        self._plurals = dict(lexicon.plurals)
        self._invariant = frozenset(lexicon.invariant)
        alts = "|".join(regex.escape(_norm_phrase(p)) for p in lexicon.part_whole)  # "..., including 300 children"
        self.part_whole_re = regex.compile(rf"(?<!\p{{L}})(?:{alts})\s*(?:the\s+|some\s+)?$", regex.I)
        # Of each part-whole phrase, its longest stretch of letters that ``regex.I`` matches only with
        # themselves in either case (ASCII, not i, k, s) and spaces: a lowered text the pattern
        # matches in holds one of them. None if a phrase has no such letter.
        stretches = [max(_SAFE_STRETCH.findall(_norm_phrase(p)), key=len, default="") for p in lexicon.part_whole]
        self.part_whole_needles = tuple(stretches) if all(stretches) else None

    def find_phrases(self, low: list[str], at: Optional[Iterable[int]] = None
                     ) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
        """``(self.triggers.find_lower(low, at), self.cues.find_lower(low, at))`` in one pass: the triggers and the cues among
        ``low`` (a list of words, lower case, ’ as '), ``at`` the indices, ascending, of those of
        them that are one of :attr:`first_words` (or more indices); None: every index.

        One look-up per index: where no one-word phrase of either is the word and the word
        after is no second word of their phrases, no phrase of either starts there."""
        found: list[tuple[int, int, str]] = []
        found_cues: list[tuple[int, int, str]] = []
        starts = self._starts
        last = len(low) - 1
        after = after_cues = 0  # the phrases of each do not overlap
        # (index, entry or None) of each index: every word's look-up in one C loop is quicker than
        # picking the first words out first and looking them up again
        pairs = enumerate(map(starts.get, low)) if at is None else ((i, starts.get(low[i])) for i in at)
        for i, entry in pairs:
            if entry is None:
                continue
            mine, theirs, seconds = entry
            if seconds is not None and (i == last or low[i + 1] not in seconds):
                continue
            if mine is not None and i >= after:  # as in PhraseIndex.find_lower
                end, phrase = _longest(mine, low, i, last)
                if phrase is not None:
                    found.append((i, end, phrase))
                    after = end
            if theirs is not None and i >= after_cues:  # the same for the cues
                end, phrase = _longest(theirs, low, i, last)
                if phrase is not None:
                    found_cues.append((i, end, phrase))
                    after_cues = end
        return found, found_cues

    def rules_for(self, phrase: str) -> tuple[tuple[Rule, TableHeader], ...]:
        """Rules (with their table header) that ``phrase`` triggers."""
        return self._by_trigger.get(_norm_phrase(phrase), ())

    def applicable(self, figures: str) -> tuple["_Applicable", "_Applicable"]:
        """For a trigger standing before a figure and for one after it: trigger -> (the largest
        weight of its rules that apply to ``figures`` (a table's ``applies_to``, but not "any")
        on that side, those rules in :meth:`rules_for` order as (weight, nouns or None, rule,
        header), and the nouns of all of them if each has some, else None); triggers with no
        such rule are left out. Built with the rule set for the four
        classes of figure the engine knows."""
        got = self._applicable.get(figures)
        return self._fitting(figures) if got is None else got

    def _fitting(self, figures: str) -> tuple["_Applicable", "_Applicable"]:
        sides: list[_Applicable] = []
        for side in ("before", "after"):
            fits: _Applicable = {}
            for phrase, pairs in self._by_trigger.items():
                fit = tuple((r.weight, frozenset(r.nouns) or None, r, h) for r, h in pairs
                            if h.applies_to in (figures, "any") and r.side in (side, "either"))
                if fit:
                    # the nouns of its rules, if every one of them asks for some: a hit counting
                    # none of them is not scored
                    restricted = all(n is not None for _, n, _, _ in fit)
                    nouns = frozenset().union(*(n for _, n, _, _ in fit)) if restricted else None
                    fits[phrase] = (max(w for w, _, _, _ in fit), fit, nouns)
            sides.append(fits)
        return sides[0], sides[1]

    def noun_rules(self, lemma: str) -> tuple[tuple[Rule, TableHeader], ...]:
        """Rules that fire on what is counted alone (no trigger): deaths, bodies."""
        return self._by_noun.get(lemma, ())

    def modality_of(self, cue: str) -> Optional[str]:
        return self._cues.get(_norm_phrase(cue))

    def lemma(self, words: str) -> str:
        """Singular lemma of a noun or noun phrase (only the last word is inflected).

        >>> r = load_rules()
        >>> [r.lemma(w) for w in ["Migrants", "people", "lives", "crises", "boxes", "bus", "knives", "relatives"]]
        ['migrant', 'person', 'life', 'crisis', 'box', 'bus', 'knife', 'relative']
        """
        found = self._lemmas.get(words)
        if found is not None:
            return found
        parts = _norm_phrase(words).strip("'\"‘“”").split()
        if not parts:
            found = ""
        else:
            parts[-1] = self._singular(parts[-1])
            found = " ".join(parts)
        if len(self._lemmas) >= 50_000:
            self._lemmas.clear()
        self._lemmas[words] = found
        return found

    def _singular(self, w: str) -> str:
        if w in self._plurals:
            return self._plurals[w]
        if w in self._invariant or len(w) <= 3 or not w.endswith("s"):
            return w
        if w.endswith("ies") and len(w) > 4:
            return w[:-3] + "y"
        if w.endswith(("sses", "ches", "shes", "xes", "zzes")):
            return w[:-2]
        if w.endswith(("ss", "us", "is")):
            return w
        return w[:-1]

    def noun_class(self, lemma: Optional[str]) -> Optional[str]:
        return self.noun_classes.get(lemma) if lemma else None


_Applicable = dict[str, tuple[float, tuple[tuple[float, Optional[frozenset[str]], Rule, TableHeader], ...],
                              Optional[frozenset[str]]]]


def _table_paths(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.toml") if not p.name.startswith("_"))


@functools.lru_cache(maxsize=1)
def _default_tables() -> tuple[tuple[RuleTable, ...], Lexicon]:
    return tuple(load_table(p) for p in _table_paths(RULES_DIR)), _load_lexicon(RULES_DIR / LEXICON_FILE)


@functools.lru_cache(maxsize=1)
def _default_ruleset() -> RuleSet:
    tables, lexicon = _default_tables()
    return RuleSet(tables, lexicon)


def load_rules(extra: Sequence[str | Path] = ()) -> RuleSet:
    """The default tables (read once) plus ``extra`` tables, validated and compiled.

    ``extra`` may name table files or folders of them. Their rules add to the default
    ones; a rule id used twice is an error.
    """
    if isinstance(extra, (str, Path)):
        extra = [extra]
    if not extra:
        return _default_ruleset()
    tables, lexicon = _default_tables()
    more: list[RuleTable] = []
    for item in extra:
        p = Path(item)
        paths = _table_paths(p) if p.is_dir() else [p]
        more.extend(load_table(x) for x in paths)
    return RuleSet([*tables, *more], lexicon, user_from=len(tables))


_SIGNS = (("US$", "USD"), ("£", "GBP"), ("$", "USD"), ("€", "EUR"), ("%", "percent"), ("per cent", "percent"), ("percent", "percent"))


def example_figures(text: str, figure: str, figures: Optional[Sequence[str]] = None, unit: Optional[str] = None) -> tuple[list[Figure], int]:
    """Figures of an example sentence, made by hand, and the index of ``figure`` among them.

    Each figure string is found in order; its unit is read from £, $, €, % (or given).
    Values are not read: the meaning of a figure does not depend on them.

    >>> figs, i = example_figures("pledged £22 million (US$34.5 million)", "US$34.5 million",
    ...                           ["£22 million", "US$34.5 million"])
    >>> [(f.text, f.unit, f.dimension, f.span.start) for f in figs], i
    ([('£22 million', 'GBP', 'money', 8), ('US$34.5 million', 'USD', 'money', 21)], 1)
    """
    out: list[Figure] = []
    at = 0
    for f in figures or [figure]:
        start = text.index(f, at)
        at = start + len(f)
        u = unit if f == figure and unit else next((code for sign, code in _SIGNS if sign in f), None)
        dim = "percent" if u in ("percent", "percentage point") else ("money" if u else None)
        out.append(Figure(text=f, span=Span(start=start, end=at), low=1.0, high=1.0, unit=u, dimension=dim))
    return out, [g.text for g in out].index(figure)
