"""People who attend, chair, speak at or are commended at the meeting, with titles.

A person is found from a cue (đồng chí, ông, bà, Đ/c, a military rank) or from a
title that ends in a name ("Phó Chủ tịch UBND tỉnh Nguyễn Anh Chức"); names start
with a family name (the PERSON_NAME piece, from `lexicons/surnames.json`), which keeps
"Ngô Tổng Trưởng" whole and stops "Phó Chủ tịch" being read as a name. Titles run until
a verb (SPEECH_VERB), the next person, or a part that is not a position. The constructions
are data: `grammar/people.jsonl`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import regex

from ..grammar import Rule, compiled_piece, rule, setting
from ..grammar.loader import lowered
from ..lexicons import load
from ..segment import Segmented
from .common import province_of
from .orgs import head_re
from ..context import EventContext
from ..grounding import Grounder


@dataclass
class PersonCand:
    """A named person with the evidence of their title (normalised offsets).

    `title` is the appositive that is reported; `title_before` a title printed before the
    name, kept because a bloc role may sit there ('Đồng chí Khối trưởng A, Giám đốc Sở B').
    """

    name: str
    start: int
    end: int
    title: tuple[int, int] | None = None
    title_before: tuple[int, int] | None = None


def _r(name: str) -> Rule:
    return rule("people." + name)


def _tried_at(r: Rule, text: str, starts: Iterable[int]) -> list[regex.Match]:
    """What `r.finditer(text)` finds when every match of `r` starts at one of `starts`: the
    rule tried there only, leftmost first, no two matches overlapping."""
    out: list[regex.Match] = []
    pos = 0
    for s in sorted(set(starts)):
        if s >= pos and (m := r.match(text, s)):
            out.append(m)
            pos = m.end()
    return out


@lru_cache(maxsize=None)
def _cue_words() -> tuple[str, ...]:
    """The words a cued person opens with, lower-cased: the lexicons of the PERSON_CUE and
    RANK pieces ('đồng chí', 'bà', 'Đại tá', 'ThS'), less those that start with another
    ('ths.bs' starts where 'ths' does)."""
    lex = load("positions")
    words = {w.lower() for w in lex["person_cues"] + lex["ranks"]}
    return tuple(sorted(w for w in words if not any(o != w and w.startswith(o) for o in words)))


def _cue_starts(seg: Segmented, words: tuple[str, ...] | None = None, key: str = "people.cue_starts") -> Iterable[int] | None:
    """Where a cue or rank word (or one of `words`) begins, in any casing and not inside a word
    (a substring test on the lower-cased text, far cheaper than the rules' scans), once per
    article under `key`; None if lowering moves offsets."""
    if key in seg._shared:
        return seg._shared[key]
    low = lowered(seg.text)
    out: set[int] | None = None
    if low is not None:
        out = set()
        for w in words or _cue_words():
            p = low.find(w)
            while p >= 0:
                if not (p and low[p - 1].isalpha()):  # 'công' holds 'ông'
                    out.add(p)
                p = low.find(w, p + 1)
    seg._shared[key] = out
    return out


def _title_starts(seg: Segmented) -> list[int]:
    """Where a `people.titled` match can start: where its opening (PEOPLE_TITLE_OPENING: the
    text's start, a punctuation mark or a cue word, then spaces) ends at a position the phrase
    matcher found (POSITION). The opening is matched backwards from the position (a few
    literal characters: no time limit needed)."""
    text = seg.text
    opening = compiled_piece("PEOPLE_TITLE_OPENING", regex.REVERSE)
    return [m.start() for h in seg.phrases("POSITION") if (m := opening.match(text, 0, h.start))]


def _article_matches(seg: Segmented, name: str) -> list[regex.Match]:
    """The article-wide matches of `people.<name>` (cued, cued_familiar, cued_unknown, titled), found once per
    article and shared by its events, each rule tried only where its match can start."""
    key = "people." + name
    if key not in seg._shared:
        text = seg.text
        own = _r(name).tags.get("cue_words")  # a rule with cue words of its own starts only there
        starts = _title_starts(seg) if name == "titled" else \
            _cue_starts(seg, tuple(own), key + ".starts") if own else _cue_starts(seg)
        seg._shared[key] = list(_r(name).finditer(text)) if starts is None else _tried_at(_r(name), text, starts)
    return seg._shared[key]


def _np_candidate(text: str, start: int, end: int) -> tuple[int, int] | None:
    """underthesea as a candidate source: the proper-noun (Np) token at the start of a window.

    Used only where the family-name lexicon does not know the name ("Quàng Văn Pọm",
    "Ksor Phước Hà"); its tokens are located back in the text to keep offsets.
    """
    try:
        from underthesea import pos_tag
    except ImportError:  # pragma: no cover - underthesea is a dependency
        return None
    window = text[start:end]
    try:
        tagged = pos_tag(window)
    except Exception:
        return None
    if not tagged or tagged[0][1] != "Np":
        return None
    words = tagged[0][0].split()
    if not 2 <= len(words) <= 5:
        return None
    # built from the tagger's own words to find them back in the window: not a rule
    m = regex.match(r"\s*" + r"\s+".join(regex.escape(w) for w in words), window)
    if not m:
        return None
    return start + m.end() - len(m.group().lstrip()), start + m.end()


def _title_after(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The title that follows a name: ", Phó Giám đốc Sở …, Trưởng Ban …" up to a verb."""
    pm = _r("paren_title").match(text, pos, limit)
    if pm and _r("position_start").match(pm.group("t")):
        if _r("bloc_role_only").match(pm.group("t")):
            # "Bà A (trưởng khối thi đua 30), Hiệu trưởng trường B": her own title follows
            return _title_after(text, pm.end(), limit) or (pm.start("t"), pm.end("t"))
        # "đồng chí Hoàng Văn Thụ (Giám đốc Sở Tư pháp)"
        return pm.start("t"), pm.end("t")
    m = _r("title_lead").match(text, pos, limit)
    if not m:
        return None
    start = m.end()
    if not _r("position_start").match(text, start) and not head_re().match(text, start):
        return None
    vm = _r("title_stop").search(text, start, limit)
    end = vm.start() if vm else limit
    # cut at the first comma-segment that is not a position or an org
    seg_end = start
    for part in _r("title_part").finditer(text, start, end):
        piece = part.group()
        if part.start() > start and not (_r("position_start").match(piece) or head_re().match(piece.strip())):
            break
        seg_end = part.end()
    end = seg_end
    while end > start and text[end - 1] in " ,-–":
        end -= 1
    if end - start < 2:
        return None
    parent = _r("parent_agency").match(text, end, limit)
    if parent:
        end = parent.end()  # "Phó Vụ trưởng Vụ Thi đua - Khen thưởng (Tổng cục Thuế)": the ministry is part of it
    return start, end


def _speaks_after_company(text: str, ns: int, ne: int, known: dict[str, PersonCand]) -> bool:
    """A short name after a company and what it makes ("Phó Giám đốc Công ty điện lực Trần Hùng cho biết")
    is the person who speaks or acts when a verb follows it, or the article gives it a cue elsewhere
    ("ông Trần Hùng"); not when the article prints the same name after a company word elsewhere
    ("Công ty than Dương Huy - Vinacomin xếp thứ ba"): there it is the company's place."""
    name = text[ns:ne]
    if name in known:
        return True
    if not _r("speech_after_name").match(text, ne):
        return False
    before = int(setting("people_company_before"))
    at = text.find(name)
    while at >= 0:
        if at != ns and _r("company_word_before_name").search(text, max(0, at - before), at):
            return False
        at = text.find(name, at + 1)
    return True


def find_people(seg: Segmented) -> list[PersonCand]:
    """Every named person with their title; one candidate per printed name, the fullest title kept."""
    text = seg.text
    historical = set(load("positions")["historical"])
    out: dict[str, PersonCand] = {}

    def title_of(p: PersonCand) -> str:
        return text[p.title[0]:p.title[1]] if p.title else ""

    def add(name_s: int, name_e: int, title: tuple[int, int] | None) -> None:
        name = text[name_s:name_e]
        line_start = max(text.rfind("\n", 0, name_s) + 1, name_s - setting("people_credit_before"))
        if _r("site_credit").search(text, line_start, name_s):
            return  # "Chịu trách nhiệm nội dung: Ông X": the site's editor, not at the meeting
        if name in historical or (name not in out and _r("city_before").search(
                text, max(0, name_s - setting("people_city_before")), name_s)):
            return  # "Thành phố Hồ Chí Minh"; but a name the article gives a cue ("Bà Vũ Thị Thanh") is a person's
        t = text[title[0]:title[1]] if title else ""
        prev = out.get(name)
        if prev is None or (t and not prev.title) or (
                len(t) > len(title_of(prev)) and t.casefold().startswith(title_of(prev).casefold())):
            # the fullest appositive wins: "Thứ trưởng Bộ X" over a headline's bare "Thứ trưởng",
            # "… Thi đua - Khen thưởng tỉnh Đồng Nai" over "… Thi đua - khen thưởng tỉnh" (casing aside)
            out[name] = PersonCand(name, name_s, name_e, title)

    for m in _article_matches(seg, "cued") + _article_matches(seg, "cued_familiar"):
        g = "name" if m.group("name") else "name2"
        ns, ne = m.start(g), m.end(g)
        sent = seg.sentence_at(ns)
        limit = sent.end if sent else min(len(text), ne + setting("people_title_after"))
        title = _title_after(text, ne, limit)
        add(ns, ne, title)
        # "có đồng chí: A, title; B, title;" lists
        pos = title[1] if title else ne
        while True:
            lm = _r("list_next").match(text, pos, limit)
            if not lm:
                break
            ns2, ne2 = lm.start("name"), lm.end("name")
            t2 = _title_after(text, ne2, limit)
            add(ns2, ne2, t2)
            pos = t2[1] if t2 else ne2
    known = {f.start for f in out.values()}
    for m in _article_matches(seg, "cued_unknown"):
        cs = m.start("cap")
        if cs in known or compiled_piece("PERSON_NAME").match(text, cs) or _r("position_start").match(text, cs) \
                or head_re().match(text, cs):
            continue
        cand = _np_candidate(text, cs, min(len(text), m.end("cap") + setting("people_tagger_after")))
        if cand:
            sent = seg.sentence_at(cand[0])
            limit = sent.end if sent else min(len(text), cand[1] + setting("people_title_after"))
            add(cand[0], cand[1], _title_after(text, cand[1], limit))
    for m in _article_matches(seg, "titled"):
        ns, ne = m.start("name"), m.end("name")
        ts = m.start("title")
        short = len(text[ns:ne].split()) < setting("people_full_name_words")
        if province_of(text[ns:ne]) or _r("unit_word_before_name").search(text, ts, ns) or (
                short and (_r("place_word_before_name").search(text, ts, ns) or (
                    _r("company_word_before_name").search(text, ts, ns) and not _speaks_after_company(text, ns, ne, out)))):
            # "tỉnh Lâm Đồng", "Huyện ủy Triệu Sơn", "Công ty than Mông Dương" (a two-syllable place),
            # "Trường THPT Nguyễn Du"
            continue
        title = (m.start("title"), m.end("title"))
        while True:
            # "Phó Giám đốc Sở A, Phó Chủ tịch Hội đồng B Nguyễn Văn C": the whole appositive
            lo = max(0, title[0] - setting("people_title_part_before"))
            pm = _r("title_part_before").search(text[lo:title[0]])
            if not pm:
                break
            title = (lo + pm.start("t"), title[1])
        if _r("ends_with_cue").search(text, *title):
            continue  # "…, Trưởng Khối và đồng chí B": the words before B are another person's
        if _r("bloc_role_only").match(text[title[0]:title[1]]):
            # "Đồng chí Khối trưởng A, Giám đốc Sở B": the title after the name is hers
            sent = seg.sentence_at(ns)
            title = _title_after(text, ne, sent.end if sent else min(len(text), ne + setting("people_title_after"))) or title
        add(ns, ne, title)
        p = out.get(text[ns:ne])
        if p is not None and p.start == ns:
            p.title_before = (m.start("title"), m.end("title"))  # printed right before this mention
    return sorted(out.values(), key=lambda f: f.start)


def ground_people(ctx: EventContext, people: list[PersonCand], g: Grounder) -> list[dict]:
    """Names and titles as printed in the source, each grounded."""
    out: list[dict] = []
    for i, p in enumerate(people):
        ts = p.title
        out.append({"name": g.text(p.start, p.end), "title": g.text(*ts) if ts else None})
        g.add(f"{ctx.path}.people[{i}].name", p.start, p.end)
        if ts:
            g.add(f"{ctx.path}.people[{i}].title", *ts)
    return out
