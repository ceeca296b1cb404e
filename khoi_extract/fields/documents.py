"""Numbered official documents: type, number as printed (spaces removed), date, issuer.

Types come from the word before *số*/the number (`lexicons/documents.json`), and
only without such a word from the symbol (QĐ, HD, CT, KH, NQ, TB, NĐ, TT, BC, TTr, …).
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

import regex

from ..lexicons import alternation, load
from ..segment import Segmented
from .common import Found, finditer
from .dates import parse_dmy
from ..context import EventContext
from ..grounding import Grounder


@lru_cache(maxsize=None)
def _doc_re() -> regex.Pattern:
    words = load("documents")["words"].keys()
    return regex.compile(
        rf"(?:(?P<word>{alternation(words)})\s+(?:số\s*:?\s*)?|(?<![\p{{L}}\d/])(?:số\s*:?\s*)?)"
        r"(?P<num>\d{1,5}(?:/\d{4})?\s*(?:/\s*[\p{Lu}][\p{L}\d&.]*(?:\s*-\s*[\p{Lu}\d][\p{L}\d&.]*)*|-\s*[\p{Lu}][\p{L}\d]*\s*/\s*[\p{Lu}][\p{L}\d]*(?:-[\p{Lu}\p{L}\d]+)*))"
    )


_DATE_AFTER = regex.compile(r"^\s*,?\s*(?:ban hành\s+)?ngày\s+(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})|^\s*,?\s*ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4})")
@lru_cache(maxsize=None)
def _issuer_re() -> regex.Pattern:
    """The body after *của*: up to a verb, punctuation, or "và" + another document."""
    doc_words = alternation(load("documents")["words"].keys())
    return regex.compile(
        r"^(?:\s*,?\s*(?:ban hành\s+)?ngày\s+[\d/.\s-]+(?:tháng\s+\d{1,2}\s+năm\s+\d{4})?)?\s*(?:của\s+)"
        r"(?P<iss>(?:[^.;:“”\"(),]|\([^)]{1,30}\)|,\s*(?=khen thưởng))+?)"
        r"(?=\s+(?:về|như|nhằm|để|đã|cũng|trong|theo|ban hành|quy định|hướng dẫn)(?![\p{L}])"
        rf"|\s+và\s+(?:\p{{Ll}}|{doc_words})|\s*(?:,(?!\s*khen thưởng)|[.;:“”\"])|$)"
    )


def _type_of(word: str | None, number: str) -> str:
    data = load("documents")
    if word:
        return data["words"].get(word, "other")
    sym = regex.search(r"(?:^\d+(?:/\d{4})?/(?P<a>[\p{L}]+))|(?:^\d+-(?P<b>[\p{L}]+)/)", number)
    if sym:
        s = sym.group("a") or sym.group("b")
        return data["symbols"].get(s, "other")
    return "other"


def find_documents(seg: Segmented) -> list[Found]:
    text = seg.text
    out: list[Found] = []
    seen: set[str] = set()
    for m in finditer(_doc_re(), text):
        raw = m.group("num").rstrip(".")
        number = regex.sub(r"\s+", "", raw)
        if not regex.search(r"\p{L}", number) or regex.fullmatch(r"\d+/\d+/\d+", number):
            continue
        word = m.group("word")
        after = text[m.end(): m.end() + 200]
        date: dt.date | None = None
        date_span = None
        dm = _DATE_AFTER.match(after)
        if dm:
            d, mo, y = (dm.group("d"), dm.group("m"), dm.group("y")) if dm.group("d") else (dm.group("d2"), dm.group("m2"), dm.group("y2"))
            date = parse_dmy(int(d), int(mo), int(y))
            date_span = (m.end() + dm.start(), m.end() + dm.end())
        issuer = None
        issuer_span = None
        im = _issuer_re().match(after)
        if im:
            iss = im.group("iss").strip()
            if iss and len(iss.split()) <= 14:
                issuer = iss
                s0 = m.end() + im.start("iss")
                issuer_span = (s0, s0 + len(im.group("iss").rstrip()))
        key = number.lower()
        if key in seen:
            continue
        seen.add(key)
        start = m.start("word") if word else m.start("num")
        out.append(Found({"type": _type_of(word, number), "number": number, "date": date, "issuer": issuer},
                         start, m.end("num"), {"number_span": (m.start("num"), m.start("num") + len(raw)), "date_span": date_span,
                                               "issuer_span": issuer_span}))
    return out


def ground_documents(ctx: EventContext, docs: list[Found], g: Grounder) -> list[dict]:
    """Documents with number and issuer copied from the source (spaces dropped from the number)."""
    out: list[dict] = []
    for i, d in enumerate(docs):
        v = dict(d.value)
        ns = d.extra["number_span"]
        v["number"] = regex.sub(r"\s+", "", g.text(*ns))
        if d.extra["issuer_span"]:
            v["issuer"] = g.text(*d.extra["issuer_span"])
            g.add(f"{ctx.path}.documents[{i}].issuer", *d.extra["issuer_span"])
        g.add(f"{ctx.path}.documents[{i}].number", *ns)
        if d.extra["date_span"] and v["date"]:
            g.add(f"{ctx.path}.documents[{i}].date", *d.extra["date_span"])
        out.append(v)
    return out
