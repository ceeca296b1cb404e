"""Event kind and the period under review.

The kind comes from cue phrases (`cues.json: event_kind`) in the headline first,
then in the sentences reporting the meeting. A review (tổng kết / sơ kết) held
with a launch or signing takes the review's kind; between a launch and a signing
the first named wins. "phát động" by someone else ("do UBND tỉnh phát động") is
not the bloc's own launch.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import regex

from ..grammar import rule, setting
from ..lexicons import load
from ..segment import Piece, Segmented
from .common import Found, finditer, search
from .dates import YEAR_RE


@lru_cache(maxsize=None)
def _cue_res() -> dict[str, regex.Pattern]:
    return {"not_bloc_launch": regex.compile("|".join(f"(?:{x})" for x in load("cues")["phat_dong_not_bloc"]), regex.IGNORECASE)}


_QUARTER = {"i": 3, "1": 3, "ii": 6, "2": 6, "iii": 9, "3": 9}
_WORDNUM = {"sáu": 6, "chín": 9, "ba": 3}


def _half(text: str, start: int, end: int) -> regex.Match | None:
    """A part of the year ("6 tháng đầu năm", "quý III", "các tháng đầu năm") in text[start:end]."""
    return rule("kind.half_year").search(text, start, end) or rule("kind.some_months").search(text, start, end)


def to_be_held(text: str, start: int, end: int, lo: int = 0) -> bool:
    """The meeting cue at text[start:end] names a meeting the blocs are told to hold, not one
    reported: an obligation on the blocs before it in its clause ("yêu cầu các khối, cụm thi đua
    tổ chức ký kết giao ước", "các khối … có trách nhiệm … tổ chức sơ kết", "cần tổ chức") or a
    deadline after it ("… xong trước ngày 31/3/2026"). A plan or directive names blocs and
    meetings without reporting one. A deadline after a meeting reported as held ("đã", or the
    sentence from `lo` opening with its date) is the plan it kept."""
    if rule("kind.directive_before").search(text, max(lo, start - setting("kind_directive_before")), start) is not None:
        return True
    if rule("kind.deadline_after").search(text, end, min(len(text), end + setting("kind_deadline_after"))) is None:
        return False
    return rule("kind.reported_done").search(text, lo, start) is None


def reports_meeting(seg: Segmented, start: int, end: int) -> bool:
    """text[start:end] names a meeting (a MEETING phrase) that is not one still to be held."""
    return any(not to_be_held(seg.text, p.start, p.end, start) for p in seg.phrases("MEETING", start, end))


def _cues_in(seg: Segmented, start: int, end: int,
             exclude: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """The kind cues in [start, end), longest first among overlaps; none inside `exclude`
    (a bloc's own name: "Khối giao ước thi đua các đoàn thể" names no covenant signing)."""
    text = seg.text
    res = _cue_res()
    out: list[tuple[int, int, str]] = []
    last_end = -1
    for p in seg.phrases("KIND"):  # one spaCy pass per article (matching.py)
        s, e, kind = p.start, p.end, p.id
        if not (start <= s < end) or s < last_end:
            continue  # keep the longest of overlapping phrases ("ký kết giao ước" over "giao ước thi đua")
        if any(a <= s < b for a, b in exclude) or to_be_held(text, s, e, start):
            continue
        if kind == "phat_dong":
            ctx = text[max(start, s - setting("kind_launch_before")): e + setting("kind_launch_after")]
            if res["not_bloc_launch"].search(ctx):
                continue
        if kind == "other" and text[s:e].lower().startswith("hội") and (
                rule("kind.contest_attended").search(text, max(start, s - setting("kind_cue_before")), s)
                or not rule("kind.contest_held").search(text, start, end)
                or rule("kind.congress_not_contest").match(text, max(0, s - 4))):
            continue  # a contest the bloc's units attend, one not said to be held here, an emulation congress
        out.append((s, e, kind))
        last_end = e
    return out


def _pick(cues: list[tuple[int, int, str]], text: str) -> tuple[int, int, str] | None:
    """The kind one passage's cues name: a review wins, then a launch or signing (the first
    named), then anything else; a handover only when nothing else is named."""
    reviews = [c for c in cues if c[2] in ("tong_ket", "so_ket")]
    if reviews:
        return reviews[0]
    checkins = [c for c in cues if c[2] == "giao_ban"]
    if checkins:
        # a check-in of half a year or more reviews it; a quarter's check-in ("giao ban quý III")
        # is a routine meeting, not a review (heldout2 h2_12 beside "sơ kết … quý I" = so_ket)
        c = checkins[0]
        half = _half(text, c[0], min(len(text), c[0] + setting("kind_checkin_half_after")))
        kind = "tong_ket" if half is None else "other" if half.groupdict().get("q") else "so_ket"
        return (c[0], c[1], kind)
    for group in (("giao_uoc", "phat_dong"), ("other",), ("handover",)):
        found = [c for c in cues if c[2] in group]
        if found:
            c = found[0]
            return (c[0], c[1], "other") if c[2] == "handover" else c
    return None


def _named_review(seg: Segmented, sents: list[Piece], exclude: Sequence[tuple[int, int]]) -> Found | None:
    """A review named as the meeting in the body ("tổ chức hội nghị tổng kết … và ký kết giao
    ước", "tổ chức đánh giá công tác thi đua"): it decides over a headline naming the signing."""
    text = seg.text
    for s in sents:
        cues = [c for c in _cues_in(seg, s.start, s.end, exclude) if c[2] in ("tong_ket", "so_ket")]
        for c in cues:
            lo = max(s.start, c[0] - setting("kind_cue_before"))
            if rule("kind.named_by_meeting").search(text, lo, c[0]) or rule("kind.named_by_organising").search(text, lo, c[0]):
                return Found(c[2], c[0], c[1])
        am = rule("kind.review_by_assessment").search(text, s.start, s.end)
        if am:
            half = _half(text, am.end(), min(s.end, am.end() + setting("kind_assessment_half_after")))
            return Found("so_ket" if half else "tong_ket", am.start(), am.end())
    return None


def find_kind(seg: Segmented, title: Piece | None, meeting_sents: list[Piece],
              exclude: Sequence[tuple[int, int]] = ()) -> Found | None:
    """The meeting's kind: a review named in the headline or as the meeting in the body first,
    else the headline's cue, else the first sentence reporting the meeting with a cue.
    `exclude` holds the bloc mentions (their words name the bloc, not the meeting)."""
    text = seg.text
    head = None
    if title is not None:
        head = _pick(_cues_in(seg, title.start, title.end, exclude), text)
        if head and head[2] in ("tong_ket", "so_ket"):
            return Found(head[2], head[0], head[1])
    review = _named_review(seg, meeting_sents[:4], exclude)
    if review is not None:
        return review
    if head:
        return Found(head[2], head[0], head[1])
    # A cue naming the meeting itself ("hội nghị tổng kết", "lễ ký kết giao ước") decides first;
    # then the first sentence that reports the meeting with any cue.
    for s in meeting_sents:
        cues = _cues_in(seg, s.start, s.end, exclude)
        if any(rule("kind.named_by_meeting").search(text, max(s.start, c[0] - setting("kind_cue_before")), c[0]) for c in cues):
            got = _pick(cues, text)
            if got:
                return Found(got[2], got[0], got[1])
    handover: Found | None = None
    for s in meeting_sents:
        cues = _cues_in(seg, s.start, s.end, exclude)
        got = _pick([c for c in cues if c[2] != "handover"], text)
        if got:
            return Found(got[2], got[0], got[1])
        # "Hội nghị đánh giá kết quả thi đua 6 tháng đầu năm": a mid-term review without the word
        half = _half(text, s.start, s.end)
        if half and rule("kind.review_words").search(text, s.start, s.end) and rule("kind.meeting_or_bloc").search(text, s.start, s.end):
            return Found("so_ket", half.start(), half.end())
        if handover is None:
            got = _pick(cues, text)
            if got:
                handover = Found(got[2], got[0], got[1])
    return handover


def reviews_the_year(seg: Segmented, kind: str, sents: list[Piece]) -> bool:
    """A signing or launch at which the bloc reports the scores of the year under review
    ("Kết quả chấm điểm giao ước thi đua năm 2022") is that year's review."""
    if kind not in ("giao_uoc", "phat_dong"):
        return False
    r = rule("kind.review_by_results")
    return any(r.search(seg.text, s.start, s.end) for s in sents)


def find_side_contest(seg: Segmented, sents: list[Piece]) -> Found | None:
    """A sports meet or contest the bloc holds on the same occasion as its meeting ("Cũng nhân
    dịp này, … tổ chức Hội thao Cụm thi đua số 4 năm 2024"): a separate `other` event. The
    value is the year the contest names, if any."""
    r = rule("kind.side_contest")
    if not r.could_match(seg.text):
        return None  # no "nhân dịp"/"đồng thời" in the whole article: no sentence to try
    for s in sents:
        m = r.search(seg.text, s.start, s.end)
        if m:
            y = YEAR_RE.search(m.group("contest"))
            return Found(int(y.group("y")) if y else None, m.start("contest"), m.end("contest"))
    return None


def find_period(seg: Segmented, kind: str, kind_found: Found | None, title: Piece | None,
                meeting_sents: list[Piece]) -> Found | None:
    """`{"year", "months"}` of the period the meeting reviews or is for."""
    text = seg.text
    scopes: list[Piece] = ([title] if title else []) + meeting_sents
    # Half-year / "các tháng đầu năm" forms give months and often the year.
    if kind == "so_ket":
        for sc in scopes:
            m = rule("kind.half_year").search(text, sc.start, sc.end)
            if m:
                if m.group("q"):
                    months = _QUARTER.get(m.group("q").lower())
                else:
                    n = m.group("n").lower()
                    months = int(n) if n.isdigit() else _WORDNUM.get(n)
                year = int(m.group("y")) if m.group("y") else _year_near(text, sc, m.end())
                if year:
                    return Found({"year": year, "months": months}, m.start(), m.end())
            m = rule("kind.some_months").search(text, sc.start, sc.end)
            if m:
                year = int(m.group("y")) if m.group("y") else _year_near(text, sc, m.end())
                if year:
                    return Found({"year": year, "months": None}, m.start(), m.end())
        # only the months still to come are named ("nhiệm vụ 6 tháng cuối năm 2022"): the review
        # covered the rest of that year
        for sc in scopes:
            m = rule("kind.rest_of_year").search(text, sc.start, sc.end)
            if m:
                n = m.group("n").lower()
                rest = int(n) if n.isdigit() else _WORDNUM.get(n)
                year = int(m.group("y")) if m.group("y") else _year_near(text, sc, m.end())
                if year and rest and 0 < rest < 12:
                    return Found({"year": year, "months": 12 - rest}, m.start(), m.end())
    # A year right after the kind cue ("tổng kết … năm 2021", "giao ước thi đua năm 2023").
    if kind_found is not None:
        m = search(YEAR_RE, text, kind_found.end, min(len(text), kind_found.end + setting("kind_year_after")))
        if m and "." not in text[kind_found.end: m.start()]:
            return Found({"year": int(m.group("y")), "months": _months_for(kind)}, m.start(), m.end())
    # Otherwise the first year named in the headline or meeting sentences; for a review,
    # the earliest year among the first mentions (the next year's plans come later).
    years: list[regex.Match] = []
    for sc in scopes:
        years.extend(finditer(YEAR_RE, text, sc.start, sc.end))
    if kind == "other":
        # the year an activity belongs to, as its headline names it ("Hội thao … năm 2022")
        ty = search(YEAR_RE, text, title.start, title.end) if title is not None else None
        return Found({"year": int(ty.group("y")), "months": None}, ty.start(), ty.end()) if ty else None
    if not years:
        return None
    if kind == "tong_ket":
        m = min(years[:4], key=lambda x: int(x.group("y")))
    else:
        m = years[0]
    return Found({"year": int(m.group("y")), "months": _months_for(kind)}, m.start(), m.end())


def _months_for(kind: str) -> int | None:
    return 12 if kind in ("tong_ket", "giao_uoc", "phat_dong") else None


def _year_near(text: str, sc: Piece, pos: int) -> int | None:
    m = search(YEAR_RE, text, pos, min(sc.end, pos + setting("kind_half_year_after")))
    if m:
        return int(m.group("y"))
    m = search(YEAR_RE, text, sc.start, sc.end)
    return int(m.group("y")) if m else None
