"""Canonical forms of names, and the lenient/strict name matches of RECORD.md "Scoring".

The same unit is printed many ways (`Uỷ ban nhân dân tỉnh`, `UBND tỉnh`,
`Ủy ban Nhân dân Tỉnh`); the scorer, and the extractor when it merges mentions,
must see them as one. `canonical()` removes the differences that carry no
meaning: Unicode form, case, tone-mark placement, standard abbreviations,
punctuation and spacing. `modern_tones()` is offered separately because it is
length-preserving, so the extractor can search tone-normalised text and map
offsets back to the source one-to-one.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from collections.abc import Iterable, Sequence

# Combining marks that carry a Vietnamese tone (the other diacritics — circumflex,
# breve, horn — belong to the vowel and never move).
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# Vowel clusters whose tone place differs between the two styles when the
# syllable is open (nothing after the cluster): old `hoà`, `khoẻ`, `uỷ`; target
# (RECORD.md) `hòa`, `khỏe`, `ủy`. Closed syllables (`hoàng`, `quyết`) agree.
_MOVABLE = {"oa", "oe", "uy"}
_ONSET_LETTERS = set("bcdđghklmnpqrstvxfjwz")
_WORD = re.compile(r"[^\W\d_]+")

# Words dropped before the lenient comparison (RECORD.md "Lenient match").
DROP_WORDS: tuple[str, ...] = ("tỉnh", "thành phố", "tp", "trụ sở", "hội trường")

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")


def _split_tone(ch: str) -> tuple[str, str | None]:
    """One character → (the character without its tone mark, the tone mark or None)."""
    decomposed = unicodedata.normalize("NFD", ch)
    tone = next((m for m in decomposed if m in _TONE_MARKS), None)
    if tone is None:
        return ch, None
    rest = "".join(m for m in decomposed if m not in _TONE_MARKS)
    return unicodedata.normalize("NFC", rest), tone


def _move_tone(word: str) -> str | None:
    """The word with its tone moved to the modern place, or None when nothing moves."""
    if len(word) < 2:
        return None
    base1, tone1 = _split_tone(word[-2])
    base2, tone2 = _split_tone(word[-1])
    if tone2 is None or tone1 is not None or (base1 + base2).lower() not in _MOVABLE:
        return None
    onset = word[:-2].lower()
    if any(c not in _ONSET_LETTERS for c in onset) or onset.endswith("q"):
        return None  # not a plain syllable, or `qu` onset (`quý` keeps its place)
    new1 = unicodedata.normalize("NFC", base1 + tone2)
    if len(new1) != 1 or len(base2) != 1:
        return None  # no precomposed form: leave it rather than change the length
    return word[:-2] + new1 + base2


def modern_tones(text: str) -> str:
    """Move tone marks of open oa/oe/uy syllables to the first vowel (`hoà`→`hòa`, `Uỷ`→`Ủy`).

    Length-preserving on NFC input: only which character carries the tone
    changes, and each character keeps its case, so offsets into the result are
    offsets into the input.
    """
    out: list[str] | None = None
    for m in _WORD.finditer(text):
        end = m.end()
        if end < len(text) and unicodedata.combining(text[end]):
            continue  # a stray combining mark follows: not a clean syllable
        moved = _move_tone(m.group())
        if moved is None:
            continue
        if out is None:
            out = list(text)
        out[m.start():end] = list(moved)
    return text if out is None else "".join(out)


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """The abbreviation table of `lexicons/abbreviations.json`, keys lower-cased."""
    raw = resources.files("khoi_extract").joinpath("lexicons/abbreviations.json").read_text("utf-8")
    table = json.loads(raw)["expansions"]
    return {
        modern_tones(unicodedata.normalize("NFC", k.lower())): modern_tones(
            unicodedata.normalize("NFC", v.lower())
        )
        for k, v in table.items()
    }


@lru_cache(maxsize=1)
def _abbreviation_re() -> re.Pattern[str]:
    keys = sorted(abbreviations(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, keys)) + r")(?!\w)")


def _is_separator(ch: str) -> bool:
    """Punctuation, symbols, separators and control characters all become spaces."""
    return unicodedata.category(ch)[0] in "PSZC"


@lru_cache(maxsize=65536)
def canonical(s: str) -> str:
    """Canonical form: NFKC→NFC, lower case, modern tones, abbreviations expanded,
    punctuation removed, white space collapsed (`UBND Tỉnh Vĩnh Phúc.` → `ủy ban nhân dân tỉnh vĩnh phúc`)."""
    t = unicodedata.normalize("NFC", unicodedata.normalize("NFKC", s))
    t = unicodedata.normalize("NFC", t.lower())
    t = modern_tones(t).translate(_DASHES)
    t = re.sub(r"\s*&\s*", "&", t)
    table = abbreviations()
    t = _abbreviation_re().sub(lambda m: f" {table[m.group()]} ", t)
    t = "".join(" " if _is_separator(c) else c for c in t)
    return " ".join(t.split())


def _remove_phrases(tokens: list[str], phrases: Iterable[Sequence[str]]) -> list[str]:
    """Delete every occurrence of each token sequence, longest phrases first."""
    for phrase in sorted((p for p in phrases if p), key=len, reverse=True):
        n = len(phrase)
        kept: list[str] = []
        i = 0
        while i < len(tokens):
            if tuple(tokens[i:i + n]) == tuple(phrase):
                i += n
            else:
                kept.append(tokens[i])
                i += 1
        tokens = kept
    return tokens


def name_tokens(s: str, drop: Iterable[str] = DROP_WORDS, province: str | None = None) -> list[str]:
    """Canonical tokens of a name without the `drop` words and the province's name."""
    phrases = [tuple(canonical(d).split()) for d in drop]
    if province:
        phrases.append(tuple(canonical(province).split()))
    return _remove_phrases(canonical(s).split(), phrases)


def token_f1(a: str, b: str, province: str | None = None) -> float:
    """Token-set F1 of two names after the drops of `name_tokens`.

    When the drops empty either side (`Tỉnh Vĩnh Phúc` with province Vĩnh Phúc),
    both sides are compared on all their canonical tokens instead, so that such
    names still have something to compare.
    """
    ta, tb = set(name_tokens(a, province=province)), set(name_tokens(b, province=province))
    if not ta or not tb:
        ta, tb = set(canonical(a).split()), set(canonical(b).split())
        if not ta and not tb:
            return 1.0
    if not ta or not tb:
        return 0.0
    return 2 * len(ta & tb) / (len(ta) + len(tb))


def lenient_match(a: str, b: str, threshold: float = 0.7, province: str | None = None) -> bool:
    """RECORD.md lenient match: token-set F1 ≥ threshold between canonical forms after drops."""
    return token_f1(a, b, province) >= threshold - 1e-9


def strict_match(a: str, b: str) -> bool:
    """RECORD.md strict match: canonical forms equal."""
    return canonical(a) == canonical(b)


def canonical_number(s: str) -> str:
    """Canonical document number: no white space, one kind of dash, lower case
    (`238/KH- KNC` and `238/KH-KNC` agree), a leading `số` dropped."""
    t = unicodedata.normalize("NFC", unicodedata.normalize("NFKC", s)).translate(_DASHES)
    t = "".join(t.split()).lower()
    if t.startswith("số"):
        t = t[2:]
    return t.strip(".,;:()")
