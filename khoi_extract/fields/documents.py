"""Numbered official documents: type, number as printed (spaces removed), date, issuer.

The phrasings are rules in `grammar/documents.jsonl`: a document word (any casing) and its
number with a symbol, or a bare number followed by *của*/*ngày* ("Chỉ thị 05 của Bộ Chính trị");
the date and the issuer after it, or the issuer named before it ("chỉ đạo của X tại Công văn
số …"). Types come from the word before *số* (`lexicons/documents.json`), and only without
such a word from the symbol (QĐ, HD, CT, KH, NQ, TB, NĐ, TT, BC, TTr, …).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..context import EventContext
from ..grammar import Rule, rule, setting
from ..grammar.loader import lowered
from ..grounding import Grounder
from ..lexicons import load
from ..segment import Segmented
from .common import finditer
from .dates import parse_dmy



@dataclass
class DocumentCandidate:
    """One document as found, with the evidence of each part (normalised offsets)."""

    type: str
    number: str
    date: dt.date | None
    issuer: str | None
    start: int
    end: int
    number_span: tuple[int, int]
    date_span: tuple[int, int] | None = None
    issuer_span: tuple[int, int] | None = None

    @property
    def value(self) -> dict:
        return {"type": self.type, "number": self.number, "date": self.date, "issuer": self.issuer}

    @property
    def extra(self) -> dict:
        """The evidence spans by name, as `assemble` reads them (a document's date is not the meeting's)."""
        return {"number_span": self.number_span, "date_span": self.date_span, "issuer_span": self.issuer_span}


@lru_cache(maxsize=None)
def _words() -> dict[str, str]:
    return {k.lower(): v for k, v in load("documents")["words"].items() if not k.startswith("_")}


# a run of whitespace (structural: dropped from a number as printed)
_WHITESPACE = regex.compile(r"\s+")


def _type_of(word: str | None, number: str) -> str:
    """From the word before the number; only without one, from the symbol."""
    if word:
        return _words().get(_WHITESPACE.sub(" ", word.lower()), "other")
    sym = rule("documents.number_symbol").search(number)
    if sym:
        return load("documents")["symbols"].get(sym.group("a") or sym.group("b"), "other")
    return "other"


def _date_after(text: str, end: int) -> tuple[dt.date | None, tuple[int, int] | None]:
    dm = rule("documents.date_after").match(text[end:end + int(setting("document_after"))])
    if not dm:
        return None, None
    d, mo, y = (dm.group("d"), dm.group("m"), dm.group("y")) if dm.group("d") else (dm.group("d2"), dm.group("m2"), dm.group("y2"))
    date = parse_dmy(int(d), int(mo), int(y))
    return date, (end + dm.start(), end + dm.end()) if date else None


def _issuer(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The body after *của* (past a date), else the one named before the document."""
    im = rule("documents.issuer_after").match(text[end:end + int(setting("document_after"))])
    if im:
        iss = im.group("iss").rstrip()
        if iss.strip() and len(iss.split()) <= setting("document_issuer_words_after"):
            s0 = end + im.start("iss")
            return iss.strip(), s0, s0 + len(iss)
    bm = rule("documents.issuer_before").search(text[max(0, start - int(setting("document_issuer_before"))):start])
    if bm:
        s0 = max(0, start - int(setting("document_issuer_before"))) + bm.start("iss")
        iss = bm.group("iss")
        if len(iss.split()) <= setting("document_issuer_words_before"):
            return iss, s0, s0 + len(iss)
    return None


# a run of whitespace, found backwards from a number (structural: where the words before it begin)
_SPACES_BACK = regex.compile(r"\s+", regex.REVERSE)
# where a word begins (structural: a document word or "số" starts a word)
_WORD_START = regex.compile(r"(?<!\p{L})\p{L}")


@lru_cache(maxsize=None)
def _words_before_number() -> int:
    """How many runs of whitespace the words before a number can hold in documents.numbered:
    the longest document word, "liên tịch", and "số :"."""
    return max(len(w.split()) for w in _words()) - 1 + 2 + 1 + 2


@lru_cache(maxsize=None)
def _word_prefixes() -> tuple[str, ...]:
    """What a match of documents.numbered or bare_number starts with, lower-cased: a document word or "số"."""
    return tuple(_words()) + ("số",)


def _candidate_starts(text: str) -> list[int]:
    """Every place documents.numbered or documents.bare_number can start: each number lead
    (`documents.number_lead`), and each document word or "số" among the few words before it.
    The two rules would otherwise try a case-insensitive alternation at every position of the
    article, and a numbered document is rare."""
    starts: set[int] = set()
    runs = _words_before_number()
    low = lowered(text)
    prefixes = _word_prefixes()
    for lead in rule("documents.number_lead").finditer(text):
        d = lead.start()
        lo = 0
        for i, ws in enumerate(finditer(_SPACES_BACK, text, 0, d)):
            if i == runs:
                lo = ws.end()
                break
        starts.add(d)
        starts.update(k for k in (w.start() for w in finditer(_WORD_START, text, lo, d))
                      if low is None or low.startswith(prefixes, k))
    return sorted(starts)


def _matches_at(r: Rule, text: str, starts: list[int]) -> list[regex.Match]:
    """What `r.finditer(text)` gives, trying the rule only at `starts` (every place it can match, in order)."""
    out: list[regex.Match] = []
    pos = 0
    for s in starts:
        if s < pos:
            continue
        m = r.match(text, s)
        if m:
            out.append(m)
            pos = m.end()
    return out


def find_documents(seg: Segmented) -> list[DocumentCandidate]:
    """Every numbered document of the text, once per number (found once per article, shared by its views)."""
    if "documents.found" not in seg._shared:
        seg._shared["documents.found"] = _find_documents(seg.text)
    return seg._shared["documents.found"]


def _find_documents(text: str) -> list[DocumentCandidate]:
    found: list[tuple[int, int, regex.Match]] = []
    starts = _candidate_starts(text)
    for r in (rule("documents.numbered"), rule("documents.bare_number")):
        for m in _matches_at(r, text, starts):
            found.append((m.start(), m.end(), m))
    found.sort(key=lambda x: x[0])
    out: list[DocumentCandidate] = []
    seen: set[str] = set()
    taken_end = -1
    for s, e, m in found:
        if s < taken_end:
            continue
        raw = m.group("num").rstrip(".")
        number = _WHITESPACE.sub("", raw)
        word = m.group("word")  # a plain date or a bare number without its word matches neither rule
        key = number.lower()
        if key in seen:
            continue
        seen.add(key)
        taken_end = e
        start = m.start("word") if word else m.start("num")
        date, date_span = _date_after(text, m.end("num"))
        iss = _issuer(text, start, m.end("num"))
        out.append(DocumentCandidate(_type_of(word, number), number, date, iss[0] if iss else None, start, m.end("num"),
                                     (m.start("num"), m.start("num") + len(raw)), date_span,
                                     (iss[1], iss[2]) if iss else None))
    return out


def ground_documents(ctx: EventContext, docs: list[DocumentCandidate], g: Grounder) -> list[dict]:
    """Documents with number and issuer copied from the source (spaces dropped from the number)."""
    out: list[dict] = []
    for i, d in enumerate(docs):
        v = dict(d.value)  # a round-up's shared document is grounded once per section's event
        v["number"] = _WHITESPACE.sub("", g.text(*d.number_span))
        if d.issuer_span:
            v["issuer"] = g.text(*d.issuer_span)
            g.add(f"{ctx.path}.documents[{i}].issuer", *d.issuer_span)
        g.add(f"{ctx.path}.documents[{i}].number", *d.number_span)
        if d.date_span and v["date"]:
            g.add(f"{ctx.path}.documents[{i}].date", *d.date_span)
        out.append(v)
    return out
