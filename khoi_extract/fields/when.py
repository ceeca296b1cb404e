"""When: the meeting's date and the period under review, resolved together.

They anchor each other: a year-less date (`Chiều 27/12`) takes the period's year
(or the publication's), and a period the text never states follows from the date
(a review held in January reviews the year before).
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from ..context import MeetingScope
from ..grammar import rule
from ..grounding import Grounder
from ..segment import Piece, Segmented
from .common import Found, any_between
from .dates import meeting_date, parse_dmy, resolve_year
from .kind import find_period


@dataclass(frozen=True)
class When:
    date: dt.date | None
    period: dict[str, Any] | None
    date_sentence: Piece | None  # where the date was read: the venue is looked for there first


def resolve_when(seg: Segmented, g: Grounder, path: str, scope: MeetingScope, kind: str, kind_f: Found | None,
                 title: Piece | None, mentions: list, doc_dates: list[tuple[int, int]],
                 published: dt.date | None) -> When:
    """The meeting's date and period, grounded under `path` (`events[0]`)."""
    text = seg.text
    period_f = find_period(seg, kind, kind_f, title, scope.bloc_meeting or scope.meeting_sents[:3])
    if period_f is None:
        period_f = find_period(seg, kind, None, None, scope.mention_sents[:4])
    period = period_f.value if period_f else None

    # Dates are read per line: a sentence split inside "(Saigon Co.op)" must not hide
    # the date from the clause that names the bloc.
    mention_starts = sorted(m.start for m in mentions)
    date_lines = [ln for ln in seg.lines
                  if (title is None or ln.start >= title.end)
                  and any_between(mention_starts, ln.start, ln.end)
                  and seg.has_phrase("MEETING", ln.start, ln.end)]
    line_of = {ln.start: ln.end for ln in date_lines}
    line_starts = sorted(line_of)

    def in_date_line(pos: int) -> bool:
        i = bisect_right(line_starts, pos) - 1  # lines do not overlap: only the last one starting before can hold it
        return i >= 0 and pos < line_of[line_starts[i]]
    date_lines += [s for s in scope.meeting_sents if not in_date_line(s.start)]
    date_lines.sort(key=lambda s: s.start)
    dm = meeting_date(seg, date_lines, exclude=doc_dates, published=published)
    if period_f is None and kind == "other" and dm is not None:
        period_f = _activity_year(seg, dm.end)
        period = period_f.value if period_f else None
    date = None
    date_sent = None
    if dm:
        school = period_f is not None and rule("dates.school_year").match(text, period_f.start, period_f.end) is not None
        year = resolve_year(dm, published, period["year"] if period else None, kind, school)
        if year:
            date = parse_dmy(dm.day, dm.month, year)
            if date:
                g.add(f"{path}.date", dm.start, dm.end)
        date_sent = seg.sentence_at(dm.start)
    if period is None and date is not None and kind != "other":
        y = date.year if (kind != "tong_ket" or date.month >= 7) else date.year - 1
        period = {"year": y, "months": 12 if kind in ("tong_ket", "giao_uoc", "phat_dong") else None}
        period_f = Found(period, dm.start, dm.end)
    if period_f is None and kind in ("tong_ket", "so_ket", "giao_uoc", "phat_dong"):
        # no year near the meeting nor a date: the first year the report names ("Phong trào … năm 2025 …")
        period_f = find_period(seg, kind, None, None, seg.sentences[:6])
        period = period_f.value if period_f else None
        if dm is not None and date is None and period is not None:
            # the meeting's day without a year, now that the report's year is known
            year = resolve_year(dm, published, period["year"], kind)
            date = parse_dmy(dm.day, dm.month, year) if year else None
            if date:
                g.add(f"{path}.date", dm.start, dm.end)
    if dm is not None and date is None and period is None and published is None:
        year = _sentence_year(seg, dm.start, doc_dates)
        date = parse_dmy(dm.day, dm.month, year) if year else None
        if date:
            g.add(f"{path}.date", dm.start, dm.end)
    if period_f:
        g.add(f"{path}.period", period_f.start, period_f.end)
    return When(date, period, date_sent)


def _sentence_year(seg: Segmented, pos: int, doc_dates: list[tuple[int, int]]) -> int | None:
    """With no publication date and no period, a year-less day takes the year its own sentence
    gives a term or an activity (RECORD.md: "a value without a year takes it from the surrounding
    text"): "Sáng 2.3, … chào mừng Đại hội … nhiệm kỳ 2023 – 2028" ⇒ 2023. A document's year
    ("Nghị quyết số 18-NQ/TW ngày 25/10/2017", one of `doc_dates`) says when it was issued, not
    when the meeting was."""
    sent = seg.sentence_at(pos)
    if sent is None:
        return None
    for m in rule("dates.sentence_year").finditer(seg.text, sent.start, sent.end):
        if not any(a <= m.start("y") < b for a, b in doc_dates):
            return int(m.group("y"))
    return None


def _activity_year(seg: Segmented, after: int) -> Found | None:
    """The year an activity belongs to, named after it in the sentence that dates it: "Sáng 28.5, Khối …
    tổ chức hội thi … năm 2024", "Ngày 23/9/2023, Cụm … tổ chức giải bóng đá … năm 2023" (RECORD.md:
    an `other` event has a period only when the text names its year). A term ("nhiệm kỳ 2023 – 2028")
    or an anniversary's dates are no such year, nor the day's own year printed right after it
    ("ngày 14/01 năm 2025"), nor a document's ("Chỉ thị số 07/CT-UBND năm 2019")."""
    sent = seg.sentence_at(after - 1)
    if sent is None:
        return None
    own = rule("dates.sentence_year")
    for m in rule("dates.year_mention").finditer(seg.text, after, sent.end):
        if seg.text[after:m.start()].strip(" ,") and own.match(seg.text, m.start(), sent.end):
            return Found({"year": int(m.group("y")), "months": None}, m.start(), m.end())
    return None
