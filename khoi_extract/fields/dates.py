"""Date mentions and the meeting date.

Numeric mentions are found by rules ("Chiều 27/12", "Ngày 28-7", "ngày 09 tháng 12 năm
2021", "Trong các ngày 04, 05/4/2024") and read day-first with `datetime`. dateparser
(`languages=["vi"]`, DMY, cached) reads what the rules cannot compute: a day relative to
the publication ("Sáng nay", "Chiều qua"), a weekday of that week ("Sáng thứ Năm") and a
month written out ("ngày 5 tháng Mười Hai"). A year-less date takes its year from the
publication date, else from the period under review.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..grammar import rule, setting
from ..segment import Piece, Segmented

# `kind.py` reads years with this pattern through `common.search`/`finditer`.
YEAR_RE = rule("dates.year_mention").compiled


@dataclass
class DateMention:
    start: int
    end: int
    day: int
    month: int
    year: int | None
    cued: bool  # introduced by Ngày/Sáng/Chiều… rather than appearing bare
    in_doc: bool  # the date of a cited document


def parse_dmy(day: int, month: int, year: int) -> dt.date | None:
    """The date of a resolved day/month/year, read day-first, or None when there is none.

    This was `dateparser.parse("DD/MM/YYYY", DATE_ORDER="DMY", STRICT_PARSING)`, which
    costs ~2 ms a call and adds nothing to three known numbers: `datetime.date` gives the
    same answers for four-digit years (checked for every day 0-34 and month 0-39 over
    1000-9999), including its reading of a "month" over 12 with a day that could be a
    month month-first (a document dated "5/13/2020" is 13 May). A year before 1000 (a
    typo "0099") is no date; dateparser read it as a two-digit year."""
    if year < 1000:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        pass
    if month > 12 and 1 <= day <= 12:
        try:
            return dt.date(year, day, month)
        except ValueError:
            return None
    return None


def find_dates(seg: Segmented) -> list[DateMention]:
    """Every day/month mention of the article with its cue, once per article (shared by its views)."""
    if "dates" in seg._shared:
        return seg._shared["dates"]
    text = seg.text
    range_end, cue_before, document_date = rule("dates.range_end"), rule("dates.cue_before"), rule("dates.document_date")
    out: list[DateMention] = []
    for m in rule("dates.day_month").finditer(text):
        day = int(m.group("d"))
        month = int(m.group("m") or m.group("m2"))
        y = m.group("y") or m.group("y2")
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if range_end.search(text, max(0, m.start() - setting("dates_range_before")), m.start()):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1  # a cue never reaches back into another line
        cm = cue_before.search(text, max(line_start, m.start() - setting("dates_cue_before")), m.start())
        cue = cm.group().strip() if cm else ""
        s = cm.start() if cm else m.start("d")
        in_doc = bool(document_date.search(text, max(0, s - setting("dates_document_before")), s))
        out.append(DateMention(s, m.end(), day, month, int(y) if y else None, bool(cue), in_doc))
    spelled = list(_spelled_months(text))
    if spelled:
        out = sorted(out + spelled, key=lambda d: d.start)
    seg._shared["dates"] = out
    return out


# Any leap year: the base a spelled-out year-less date is parsed against (29 February exists).
_SPELLED_BASE = dt.date(2000, 12, 31)


def _spelled_months(text: str) -> Iterator[DateMention]:
    """'ngày 5 tháng Mười Hai (năm 2023)': dateparser knows the month names; a stated year is kept."""
    document_date = rule("dates.document_date")
    for m in rule("dates.spelled_month").finditer(text):
        got = parse_relative(" ".join(m.group().lower().split()), _SPELLED_BASE)
        if got is None:
            continue
        in_doc = bool(document_date.search(text, max(0, m.start() - setting("dates_document_before")), m.start()))
        yield DateMention(m.start(), m.end(), got.day, got.month, int(m.group("y")) if m.group("y") else None, True, in_doc)


@lru_cache(maxsize=4096)
def parse_relative(expr: str, base: dt.date) -> dt.date | None:
    """dateparser on a lower-cased date expression ("hôm qua", "thứ năm", "ngày 5 tháng
    mười hai"), the latest such day on or before `base`; cached on (expr, base)."""
    import dateparser

    got = dateparser.parse(expr, languages=["vi"], settings={
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time()), "DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past"})
    return got.date() if got else None


def relative_dates(seg: Segmented, published: dt.date) -> list[DateMention]:
    """Days named relative to the publication: 'Sáng nay' is that day, 'Chiều qua' the day
    before, 'Sáng thứ Năm' the last Thursday up to it (once per article and date)."""
    key = ("relative_dates", published)
    if key in seg._shared:
        return seg._shared[key]
    text = seg.text
    out: list[DateMention] = []
    for m in rule("dates.relative_day").finditer(text):
        got = parse_relative("hôm " + m.group("rel"), published)
        if got:
            out.append(DateMention(m.start(), m.end(), got.day, got.month, got.year, True, False))
    # dateparser's "past" weekday is strictly before its base: one day later keeps the publication day itself
    week_base = published + dt.timedelta(days=1)
    for m in rule("dates.weekday_day").finditer(text):
        got = parse_relative(m.group("wd").lower(), week_base)
        if got:
            out.append(DateMention(m.start(), m.end(), got.day, got.month, got.year, True, False))
    out.sort(key=lambda d: d.start)
    seg._shared[key] = out
    return out


def resolve_year(d: DateMention, published: dt.date | None, period_year: int | None, kind: str | None,
                 school_year: bool = False) -> int | None:
    """The year of a year-less date, from the publication date, else the period reviewed.

    A publication date years away from the period is a re-post or a misread stamp: the
    period decides then. A signing for a school year ("năm học 2013 - 2014", recorded as
    2014) held from August on falls in the school year's first calendar year; its review
    ("Chiều 26-5") in its last."""
    if d.year:
        return d.year
    if published and period_year and abs(published.year - period_year) > setting("published_period_gap"):
        published = None
    if published:
        for y in (published.year, published.year - 1):
            try:
                if dt.date(y, d.month, d.day) <= published + dt.timedelta(days=2):
                    return y
            except ValueError:
                return None
        return None
    if period_year:
        if kind == "tong_ket":
            # a calendar year is reviewed from July on or early the next year; a school year
            # (recorded as its end year) is reviewed as it ends, in that same year
            return period_year if school_year or d.month >= 7 else period_year + 1
        if kind in ("giao_uoc", "phat_dong"):
            if school_year:
                return period_year - 1 if d.month >= 8 else period_year
            return period_year - 1 if d.month >= 11 else period_year
        return period_year
    return None


def meeting_date(seg: Segmented, meeting_sents: list[Piece], exclude: list[tuple[int, int]] | None = None,
                 published: dt.date | None = None) -> DateMention | None:
    """The first cued date in a passage reporting the meeting (not a document's date); with
    the publication date known, a day named relative to it counts too."""
    exclude = exclude or []
    relative = relative_dates(seg, published) if published else []
    # first a sentence that both carries the date and reports a meeting ("Ngày 3/1, Khối … tổ chức hội nghị");
    # then any passage (a sentence split inside "Co.op" must not hide the date)
    def usable(d: DateMention) -> bool:
        return not d.in_doc and not any(a <= d.start < b or a < d.end <= b for a, b in exclude) and bool(d.cued or d.year)

    def first(piece: Piece) -> DateMention | None:
        dates = find_dates_in(seg, piece)
        if relative:
            dates = sorted(dates + _in(relative, piece), key=lambda d: d.start)
        # a cued date ("sáng 28/6") before a bare dated one ("(20/7/1962 - 20/7/2012)", an anniversary)
        dates = [d for d in dates if usable(d)]
        return next((d for d in dates if d.cued), dates[0] if dates else None)

    reports = rule("dates.reports_meeting")
    starts = [s.start for s in seg.sentences]
    for sent in meeting_sents:
        for s in seg.sentences[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]:
            if reports.search(seg.text, s.start, s.end):
                got = first(s)
                if got:
                    return got
    for sent in meeting_sents:
        got = first(sent)
        if got:
            return got
    return None


def _in(dates: list[DateMention], piece: Piece) -> list[DateMention]:
    return [d for d in dates if piece.start <= d.start < piece.end]


def find_dates_in(seg: Segmented, piece: Piece) -> list[DateMention]:
    return _in(find_dates(seg), piece)
