"""One spaCy pass per article: every lexicon phrase at once.

`grammar/phrases.jsonl` says what the matcher knows, one line per phrase or per
lexicon list, the way spaCy's EntityRuler keeps its patterns: `{"label", "pattern",
"id"}` for one phrase, `{"label", "lexicon": "file.key"}` for a lexicon list (a dict's
keys become the ids of their phrases), and `attr` ORTH (case as written) or LOWER.
The patterns are compiled once into two spaCy PhraseMatchers (ORTH and LOWER) and
run once over the article's `Doc`; families ask `Segmented.phrases(label)` for the
hits, in character offsets of the normalised text.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, model_validator

from .lexicons import load


@dataclass(frozen=True)
class Phrase:
    """A lexicon phrase found in the text: [start, end) in normalised offsets."""

    start: int
    end: int
    label: str
    id: str


class PhraseSource(BaseModel):
    """One line of `phrases.jsonl`."""

    model_config = ConfigDict(extra="forbid")
    label: str
    pattern: str | None = None
    id: str | None = None
    lexicon: str | None = None
    attr: Literal["ORTH", "LOWER"] = "ORTH"
    source: str

    @model_validator(mode="after")
    def _one_kind(self) -> "PhraseSource":
        if (self.pattern is None) == (self.lexicon is None):
            raise ValueError("a phrase line has either 'pattern' or 'lexicon'")
        return self

    def phrases(self) -> list[tuple[str, str]]:
        """(phrase, id) pairs this line stands for."""
        if self.pattern is not None:
            return [(self.pattern, self.id or self.pattern)]
        out: list[tuple[str, str]] = []
        for ref in self.lexicon.split("|"):
            name, _, key = ref.partition(".")
            data: Any = load(name)
            for k in key.split(".") if key else []:
                data = data[k]
            if isinstance(data, dict):
                for k, v in data.items():
                    if not k.startswith("_"):
                        out.extend((p, k) for p in (v if isinstance(v, list) else [k]))
            else:
                out.extend((p, p) for p in data)
        return out


@lru_cache(maxsize=1)
def sources() -> tuple[PhraseSource, ...]:
    text = resources.files("khoi_extract.grammar").joinpath("phrases.jsonl").read_text(encoding="utf-8")
    return tuple(PhraseSource.model_validate(json.loads(line)) for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def _matchers():
    """(PhraseMatcher on ORTH, PhraseMatcher on LOWER, id of each match key)."""
    from spacy.matcher import PhraseMatcher

    from .segment import tokenize, vocab

    v = vocab()
    by_attr = {"ORTH": PhraseMatcher(v, attr="ORTH"), "LOWER": PhraseMatcher(v, attr="LOWER")}
    groups: dict[tuple[str, str, str], list] = {}
    for src in sources():
        for phrase, pid in src.phrases():
            words = [w.lower() for w in tokenize(phrase)] if src.attr == "LOWER" else tokenize(phrase)
            if words:
                groups.setdefault((src.attr, src.label, pid), []).append(words)
    from spacy.tokens import Doc

    keys: dict[int, tuple[str, str]] = {}
    for (attr, label, pid), word_lists in groups.items():
        key = f"{label}\x1f{pid}"
        by_attr[attr].add(key, [Doc(v, words=w) for w in word_lists])
        keys[v.strings[key]] = (label, pid)
    return by_attr["ORTH"], by_attr["LOWER"], keys


def reset_matchers() -> None:
    """Forget the compiled matchers (they belong to a vocabulary that is being replaced)."""
    _matchers.cache_clear()


def find_phrases(doc, offset: int = 0) -> dict[str, list[Phrase]]:
    """Every phrase of every label in one pass over `doc` (which starts at `offset` of the
    article), longest first at each start."""
    orth, lower, keys = _matchers()
    starts = doc.user_data["char_starts"]
    out: dict[str, list[Phrase]] = {}
    for matcher in (orth, lower):
        for key, a, b in matcher(doc):
            label, pid = keys[key]
            out.setdefault(label, []).append(
                Phrase(offset + starts[a], offset + starts[b - 1] + len(doc[b - 1].text), label, pid))
    for hits in out.values():
        hits.sort(key=lambda p: (p.start, -p.end))
    return out
