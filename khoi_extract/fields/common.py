"""Shared pieces of the field finders: the candidate type, guarded regex runs,
and small lexicon-backed patterns used by several families."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterator

import regex

from ..errors import ExtractionTimeout
from ..grammar.loader import scan, time_limit
from ..lexicons import alternation, load


@dataclass
class Found:
    """A value found in the text, with its evidence in normalised offsets."""

    value: Any
    start: int
    end: int
    extra: dict[str, Any] = field(default_factory=dict)


def finditer(pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match]:
    """`pattern.finditer`, each match under the time limit; a timeout becomes ExtractionTimeout (E090)."""
    yield from scan(pattern, text, pos, len(text) if endpos is None else endpos,
                    f"pattern {pattern.pattern[:40]!r}")


def search(pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
    try:
        end = len(text) if endpos is None else endpos
        return pattern.search(text, pos, end, timeout=time_limit(pos, end))
    except TimeoutError as exc:
        raise ExtractionTimeout(f"E090: pattern {pattern.pattern[:40]!r} timed out") from exc


@lru_cache(maxsize=None)
def province_names() -> list[str]:
    data = load("provinces")
    return sorted(set(data["old63"]) | set(data["new34"]), key=len, reverse=True)


@lru_cache(maxsize=None)
def province_pattern() -> regex.Pattern:
    """Province names and aliases; the match's canonical name via `province_of`."""
    data = load("provinces")
    forms = list(province_names())
    for aliases in data["aliases"].values():
        forms.extend(aliases)
    return regex.compile(rf"(?<![\p{{L}}])(?:{alternation(forms)})(?![\p{{L}}\p{{M}}])")


@lru_cache(maxsize=None)
def _alias_map() -> dict[str, str]:
    data = load("provinces")
    out = {n.lower(): n for n in province_names()}
    for name, aliases in data["aliases"].items():
        for a in aliases:
            out[a.lower()] = name
    return out


def rstripped_end(text: str, end: int, chars: str | None = None) -> int:
    """`len(text[:end].rstrip(chars))` without copying the prefix (called in loops over long texts)."""
    while end > 0 and (text[end - 1].isspace() if chars is None else text[end - 1] in chars):
        end -= 1
    return end


def province_of(form: str) -> str | None:
    """Canonical province name of a printed form (or None)."""
    return _alias_map().get(form.lower())


@lru_cache(maxsize=None)
def number_words() -> dict[str, int]:
    return load("numbers")["words"]


def to_int(token: str) -> int | None:
    token = token.strip()
    if token.isdigit():
        return int(token)
    return number_words().get(token.lower())


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_to_int(s: str) -> int | None:
    s = s.upper()
    if not s or any(c not in _ROMAN for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN[c]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total if 0 < total < 60 else None


def any_between(sorted_points: list[int], start: int, end: int) -> bool:
    """Whether a point of the sorted list lies in [start, end): a bisection, so checking
    every sentence against every mention stays linear in a long article."""
    i = bisect_left(sorted_points, start)
    return i < len(sorted_points) and sorted_points[i] < end
