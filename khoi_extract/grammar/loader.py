"""Load the grammar: named pieces and per-family rule files, validated and compiled once.

A rule file (`<family>.jsonl`) holds one rule per line, the way spaCy's EntityRuler keeps
its patterns. A pattern is a `regex` source in which `{NAME}` stands for a shared piece
from `pieces.json` (organisation head, province, number, role word, …), so a concept is
typed once. Each rule carries an id, the articles it came from, and examples with their
expected groups; `tests/test_grammar.py` runs every example.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, Iterator, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..errors import ExtractionTimeout
from ..lexicons import alternation, load
from .settings import setting

# A reference to a piece: an upper-case name in braces (regex counts are digits, so no clash).
_REF = regex.compile(r"(?<!\\[pP])\{([A-Z][A-Z0-9_]*)\}")
_FLAGS = {"IGNORECASE": regex.IGNORECASE, "VERBOSE": regex.VERBOSE}

# A pattern run over more than `untimed_window` characters of article text gets this time
# limit (seconds): hostile or pathological input must not hang a batch. Shorter runs (most
# runs: a sentence, a few words after a mention) go without: the limit costs 2-4 us a call,
# more than such a run, and tests/test_grammar.py checks that every rule stays fast on
# hostile windows of that size.
TIMEOUT = 1.0


def time_limit(pos: int, end: int) -> float | None:
    """The time limit for a run over text[pos:end]: None for a short window."""
    return None if end - pos <= _untimed_window() else TIMEOUT


@lru_cache(maxsize=1)
def _untimed_window() -> int:
    return int(setting("untimed_window"))


def scan(pattern: regex.Pattern, text: str, pos: int, end: int, name: str) -> Iterator[regex.Match]:
    """`pattern.finditer` over text[pos:end], each match found under the time limit of the run
    (a timeout is E090, naming `name`).

    `regex` counts a finditer's limit from its start, including the caller's work between
    matches: over a long page with many matches a caller doing honest work would time out.
    So a long run searches match by match, each search with its own limit, in the pattern's
    direction."""
    limit = time_limit(pos, end)
    if limit is None:
        yield from pattern.finditer(text, pos, end)
        return
    backward = bool(pattern.flags & regex.REVERSE)  # (?r): matches come from the end towards pos
    lo, hi = pos, end
    while lo <= hi:
        try:
            m = pattern.search(text, lo, hi, timeout=limit)
        except TimeoutError as exc:
            raise ExtractionTimeout(f"E090: {name} timed out") from exc
        if m is None:
            return
        yield m
        empty = m.end() == m.start()
        if backward:
            hi = m.start() - 1 if empty else m.start()
        else:
            lo = m.end() + 1 if empty else m.end()


class GrammarError(ValueError):
    """A rule or piece file that does not validate or compile (raised at load time)."""


class Example(BaseModel):
    """One example sentence: `expect` maps group names (or "match") to the text they capture;
    `null` means the rule must not match."""

    model_config = ConfigDict(extra="forbid")
    text: str
    expect: dict[str, str | None] | None


class Rule(BaseModel):
    """One phrasing of a construction, with its provenance and examples."""

    model_config = ConfigDict(extra="forbid")
    id: str
    pattern: str
    flags: list[Literal["IGNORECASE", "VERBOSE"]] = Field(default_factory=list)
    tags: dict[str, Any] = Field(default_factory=dict)
    source: str
    examples: list[Example] = Field(min_length=1)
    note: str | None = None
    anchors: list[str] = Field(default_factory=list)
    """Lower-case words of which at least one occurs in every match: where none is in the
    text searched, the pattern is not run at all (a substring test costs ~1/50 of a scan)."""
    requires: list[list[str]] = Field(default_factory=list)
    """Groups of lower-case words, one word of each in every match (all-of, where anchors are
    one-of): a rule whose match needs both a bloc word and a list word gates on both."""
    compiled: Any = Field(default=None, exclude=True)
    gate_groups: tuple[tuple[str, ...], ...] = Field(default=(), exclude=True)

    @field_validator("id")
    @classmethod
    def _id_shape(cls, v: str) -> str:
        if not regex.fullmatch(r"[a-z_]+(?:\.[a-z0-9_]+)+", v):
            raise ValueError(f"rule id {v!r} must look like 'family.name'")
        return v

    @field_validator("anchors")
    @classmethod
    def _anchors_lower(cls, v: list[str]) -> list[str]:
        bad = [a for a in v if not a or a != a.lower()]
        if bad:
            raise ValueError(f"anchors must be non-empty and lower-case: {bad}")
        return v

    @field_validator("requires")
    @classmethod
    def _groups_lower(cls, v: list[list[str]]) -> list[list[str]]:
        bad = [g for g in v if not g or any(not w or w != w.lower() for w in g)]
        if bad:
            raise ValueError(f"requires groups must be non-empty lists of lower-case words: {bad}")
        return v

    def model_post_init(self, __context: Any) -> None:
        # every group of words a match must hold one of: the anchors, then each `requires`
        # group; built once, since the gate is asked before every run
        self.gate_groups = tuple(tuple(g) for g in ([self.anchors] if self.anchors else []) + self.requires)

    def could_match(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """False when text[pos:endpos] lacks every word of the anchors, or of a `requires` group."""
        if not self.gate_groups:
            return True
        end = len(text) if endpos is None else endpos
        low = _cached_lower(text)
        if low is _MISS:
            if end - pos <= _SMALL_WINDOW:  # a sentence or a line: lowered on the spot
                window = text[pos:end].lower()
                return all(any(w in window for w in group) for group in self.gate_groups)
            low = lowered(text)
        if low is None:
            return True
        return all(any(low.find(w, pos, end) >= 0 for w in group) for group in self.gate_groups)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match]:
        """Matches in text[pos:endpos], each found under the time limit (a timeout is E090)."""
        if not self.could_match(text, pos, endpos):
            return
        yield from scan(self.compiled, text, pos, len(text) if endpos is None else endpos, f"rule {self.id}")

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        if not self.could_match(text, pos, endpos):
            return None
        try:
            end = len(text) if endpos is None else endpos
            return self.compiled.search(text, pos, end, timeout=time_limit(pos, end))
        except TimeoutError as exc:
            raise ExtractionTimeout(f"E090: rule {self.id} timed out") from exc

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        """A match at `pos`; gated by the anchors only in a short window (a match needs its
        anchor inside it, but looking for one through a long rest of text costs more than the match)."""
        end = len(text) if endpos is None else endpos
        if self.gate_groups and end - pos <= _SMALL_WINDOW and not self.could_match(text, pos, end):
            return None
        try:
            return self.compiled.match(text, pos, end, timeout=time_limit(pos, end))
        except TimeoutError as exc:
            raise ExtractionTimeout(f"E090: rule {self.id} timed out") from exc


    def sub(self, repl: str, text: str) -> str:
        """`text` with every match replaced by `repl`, under the time limit of its length."""
        try:
            return self.compiled.sub(repl, text, timeout=time_limit(0, len(text)))
        except TimeoutError as exc:
            raise ExtractionTimeout(f"E090: rule {self.id} timed out") from exc


# Anchors are looked for in the lowered article, kept for the last few texts searched
# (every rule of an article searches the one normalised text, between runs over single
# sentences); a window of a text not cached, up to this long, is lowered on the spot.
_SMALL_WINDOW = 512
_LOWERED: list[tuple[str, str | None]] = []


_MISS = object()


def _cached_lower(text: str) -> Any:
    """The cached lower-case copy of this very string object, or `_MISS`."""
    for t, low in _LOWERED:
        if t is text:
            return low
    return _MISS


def lowered(text: str) -> str | None:
    """`text.lower()`, cached for the last few texts; None when lowering changes offsets."""
    low = _cached_lower(text)
    if low is _MISS:
        low = text.lower()
        if len(low) != len(text):
            low = None
        _LOWERED.insert(0, (text, low))
        del _LOWERED[4:]
    return low


def _read(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _lexicon_items(ref: str) -> list[str]:
    """`"org_heads.heads"` → that list; a dict gives its keys; `a|b` joins several."""
    items: list[str] = []
    for part in ref.split("|"):
        name, _, key = part.partition(".")
        data: Any = load(name)
        for k in key.split(".") if key else []:
            data = data[k]
        if isinstance(data, dict):
            data = [x for k, v in data.items() if not k.startswith("_") for x in ([k] if not isinstance(v, list) else v)]
        items.extend(data)
    return items


@lru_cache(maxsize=None)
def _piece_defs() -> dict[str, dict[str, Any]]:
    raw = json.loads(_read("pieces.json"))
    return {k: v for k, v in raw["pieces"].items()}


@lru_cache(maxsize=None)
def piece(name: str) -> str:
    """The regex source of a named piece, its own references expanded."""
    return _piece_source(name, (name,))


def _piece_source(name: str, stack: tuple[str, ...]) -> str:
    defs = _piece_defs()
    if name not in defs:
        raise GrammarError(f"unknown piece {{{name}}}")
    d = defs[name]
    if "regex" in d:
        src = d["regex"]
    elif "words" in d:
        src = alternation(d["words"])
    elif "lexicon" in d:
        src = alternation(_lexicon_items(d["lexicon"]))
    else:
        raise GrammarError(f"piece {name} needs 'regex', 'words' or 'lexicon'")
    src = expand(src, stack)
    if d.get("bounded"):
        src = rf"(?<![\p{{L}}\p{{M}}\d])(?:{src})(?![\p{{L}}\p{{M}}\d])"
    return src


def expand(src: str, _stack: tuple[str, ...] = ()) -> str:
    """Replace every `{NAME}` in a pattern by its piece, as a non-capturing group."""
    def sub(m: regex.Match) -> str:
        name = m.group(1)
        if name in _stack:
            raise GrammarError(f"piece {name} refers to itself through {' → '.join(_stack)}")
        return "(?:" + _piece_source(name, _stack + (name,)) + ")"
    return _REF.sub(sub, src)


@lru_cache(maxsize=None)
def compiled_piece(name: str, flags: int = 0) -> regex.Pattern:
    return regex.compile(piece(name), flags)


@lru_cache(maxsize=None)
def rules(family: str) -> tuple[Rule, ...]:
    """The rules of one family, in file order, compiled; raises GrammarError on a bad file."""
    out: list[Rule] = []
    seen: set[str] = set()
    for n, line in enumerate(_read(f"{family}.jsonl").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            r = Rule.model_validate_json(line)
        except Exception as exc:  # pydantic's message names the bad key
            raise GrammarError(f"{family}.jsonl:{n}: {exc}") from exc
        if not r.id.startswith(family + "."):
            raise GrammarError(f"{family}.jsonl:{n}: id {r.id} is not in family {family}")
        if r.id in seen:
            raise GrammarError(f"{family}.jsonl:{n}: duplicate id {r.id}")
        seen.add(r.id)
        flags = 0
        for f in r.flags:
            flags |= _FLAGS[f]
        try:
            r.compiled = regex.compile(expand(r.pattern), flags)
        except (regex.error, GrammarError) as exc:
            raise GrammarError(f"{family}.jsonl:{n} ({r.id}): {exc}") from exc
        out.append(r)
    _INDEX.update((r.id, r) for r in out)
    return tuple(out)


# every loaded rule by id, refreshed whenever `rules` loads a family.
_INDEX: dict[str, Rule] = {}


def rule(rule_id: str) -> Rule:
    """One rule by id (`"members.intro_gom"`), by dict lookup (rules are asked for in inner loops)."""
    found = _INDEX.get(rule_id)
    if found is None:
        rules(rule_id.split(".", 1)[0])
        found = _INDEX.get(rule_id)
        if found is None:
            raise GrammarError(f"no rule {rule_id}")
    return found


def families() -> list[str]:
    """Every rule file shipped with the package (`phrases.jsonl` feeds the phrase matcher instead)."""
    return sorted(p.name[:-6] for p in resources.files(__package__).iterdir()
                  if p.name.endswith(".jsonl") and p.name != "phrases.jsonl")


def check_example(r: Rule, ex: Example) -> str | None:
    """None when the rule does what the example says, else what went wrong."""
    m = r.search(ex.text)
    if ex.expect is None:
        return None if m is None else f"{r.id}: should not match {ex.text!r}, matched {m.group()!r}"
    if m is None:
        return f"{r.id}: no match in {ex.text!r}"
    for key, want in ex.expect.items():
        got = m.group() if key == "match" else m.group(key)
        if got != want:
            return f"{r.id}: {key} = {got!r}, expected {want!r} in {ex.text!r}"
    return None
