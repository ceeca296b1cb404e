"""The dates family on short texts written for each construction: mentions and their cues,
the meeting date, year resolution, and the days dateparser reads relative to the publication."""
from __future__ import annotations

import datetime as dt

import pytest

from khoi_extract.fields import dates as D
from khoi_extract.normalize import normalize
from khoi_extract.pipeline import extract
from khoi_extract.segment import Piece, segment

FRIDAY = dt.date(2024, 3, 15)


def seg(text: str):
    return segment(normalize(text))


def whole(s) -> Piece:
    return Piece(0, len(s.text), s.text)


@pytest.mark.parametrize("day, month, year, want", [
    (14, 3, 2024, dt.date(2024, 3, 14)),
    (29, 2, 2024, dt.date(2024, 2, 29)),
    (29, 2, 2023, None),
    (31, 4, 2024, None),
    (0, 4, 2024, None),
    (5, 13, 2020, dt.date(2020, 5, 13)),  # a month over 12 with a day that can be one: month-first
    (15, 13, 2020, None),
    (1, 1, 99, None),  # a year before 1000 is a typo, not 1999
])
def test_parse_dmy_reads_day_first(day: int, month: int, year: int, want: dt.date | None) -> None:
    assert D.parse_dmy(day, month, year) == want


def test_find_dates_cues_documents_and_ranges() -> None:
    text = ("Chiều 27/12, Khối thi đua tổ chức hội nghị theo Quyết định số 157/QĐ-UBND ngày 20/12/2023. "
            "Kỷ niệm 70 năm (20/7/1954 - 20/7/2024). Trong các ngày 04, 05/4/2024 diễn ra hội thao.")
    got = [(text[d.start:d.end], d.day, d.month, d.year, d.cued, d.in_doc) for d in D.find_dates(seg(text))]
    assert got == [
        ("Chiều 27/12", 27, 12, None, True, False),
        ("ngày 20/12/2023", 20, 12, 2023, True, True),  # the document's date
        # neither end of a range "(20/7/1954 - 20/7/2024)" is a day something happened on
        ("Trong các ngày 04, 05/4/2024", 4, 4, 2024, True, False),
    ]


def test_find_dates_is_computed_once_per_article() -> None:
    s = seg("Ngày 3/1, Khối thi đua tổ chức hội nghị.")
    first = D.find_dates(s)
    view = s.view(s.lines, s.sentences[:0])  # a view of the same article shares the mentions
    assert D.find_dates(view) is first


def test_meeting_date_prefers_the_sentence_reporting_the_meeting() -> None:
    text = ("Theo kế hoạch, sáng 10/1 các đơn vị gửi báo cáo. "
            "Chiều 12/1, Khối thi đua số 3 tổ chức hội nghị tổng kết.")
    s = seg(text)
    got = D.meeting_date(s, [whole(s)])
    assert got is not None and (got.day, got.month) == (12, 1)


def test_meeting_date_skips_excluded_spans_and_document_dates() -> None:
    text = "Thực hiện Kế hoạch số 12 ngày 5/1/2024, Khối thi đua tổ chức hội nghị ngày 9/1/2024."
    s = seg(text)
    got = D.meeting_date(s, [whole(s)])
    assert got is not None and (got.day, got.month, got.year) == (9, 1, 2024)
    start = text.index("ngày 9/1")
    assert D.meeting_date(s, [whole(s)], exclude=[(start, len(text))]) is None


@pytest.mark.parametrize("day, month, published, period, kind, want", [
    (27, 12, dt.date(2024, 1, 3), None, "tong_ket", 2023),  # December before a January publication
    (2, 1, dt.date(2024, 1, 3), None, "tong_ket", 2024),
    (27, 12, None, 2023, "tong_ket", 2023),  # a review held in December reviews its own year
    (10, 1, None, 2023, "tong_ket", 2024),  # one held in January reviews the year before
    (20, 11, None, 2024, "giao_uoc", 2023),  # a signing in November is for the next year
    (27, 12, dt.date(2019, 1, 3), 2023, "tong_ket", 2023),  # a re-post years later: the period decides
])
def test_resolve_year(day: int, month: int, published: dt.date | None, period: int | None, kind: str, want: int) -> None:
    d = D.DateMention(0, 1, day, month, None, True, False)
    assert D.resolve_year(d, published, period, kind) == want


@pytest.mark.parametrize("lead, want", [
    ("Sáng nay, Khối thi đua số 3 tổ chức hội nghị.", FRIDAY),
    ("Chiều hôm qua, Khối thi đua số 3 tổ chức hội nghị.", dt.date(2024, 3, 14)),
    ("Hôm qua, Khối thi đua số 3 tổ chức hội nghị.", dt.date(2024, 3, 14)),
    ("Sáng thứ Năm, Khối thi đua số 3 tổ chức hội nghị.", dt.date(2024, 3, 14)),
    ("Sáng thứ Sáu, Khối thi đua số 3 tổ chức hội nghị.", FRIDAY),  # the publication day itself
    ("Chiều thứ 7, Khối thi đua số 3 tổ chức hội nghị.", dt.date(2024, 3, 9)),  # the Saturday before
    ("Vào Chủ nhật, Khối thi đua số 3 tổ chức hội nghị.", dt.date(2024, 3, 10)),
])
def test_relative_days_are_read_from_the_publication_date(lead: str, want: dt.date) -> None:
    s = seg(lead)
    got = D.meeting_date(s, [whole(s)], published=FRIDAY)
    assert got is not None and dt.date(got.year, got.month, got.day) == want
    assert lead[got.start:got.end].split(",")[0] == lead.split(",")[0]
    assert D.meeting_date(s, [whole(s)]) is None  # without a publication date there is no day


@pytest.mark.parametrize("lead", [
    "Sáng nay (14/3), Khối thi đua số 3 tổ chức hội nghị.",  # the date after it is read instead
    "Hội nghị lần thứ Sáu, Khối thi đua số 3 tổ chức hội nghị.",
    "Vừa qua, Khối thi đua số 3 tổ chức hội nghị.",
    "Khối thi đua số 3 sẽ tổ chức hội nghị vào thứ Hai tuần sau.",
])
def test_relative_day_forms_that_are_not_a_day(lead: str) -> None:
    assert D.relative_dates(seg(lead), FRIDAY) == []


def test_a_numeric_date_after_a_relative_cue_wins() -> None:
    s = seg("Sáng nay (14/3), Khối thi đua số 3 tổ chức hội nghị.")
    got = D.meeting_date(s, [whole(s)], published=FRIDAY)
    assert got is not None and (got.day, got.month, got.year) == (14, 3, None)


@pytest.mark.parametrize("text, want", [
    ("Ngày 5 tháng Mười Hai năm 2023, Khối thi đua tổ chức hội nghị.", (5, 12, 2023)),
    ("Ngày 20 tháng Năm, Khối thi đua tổ chức hội nghị.", (20, 5, None)),
    ("Ngày 29 tháng hai, Khối thi đua tổ chức hội nghị.", (29, 2, None)),
])
def test_spelled_out_months(text: str, want: tuple) -> None:
    (d,) = D.find_dates(seg(text))
    assert (d.day, d.month, d.year) == want and d.cued


def test_parse_relative_is_cached() -> None:
    D.parse_relative.cache_clear()
    assert D.parse_relative("hôm qua", FRIDAY) == dt.date(2024, 3, 14)
    assert D.parse_relative("hôm qua", FRIDAY) == dt.date(2024, 3, 14)
    assert D.parse_relative.cache_info().hits == 1


def test_record_dates_a_meeting_held_the_day_before_publication() -> None:
    text = ("Khối thi đua Nội chính tổng kết năm 2023\nThứ Sáu, 15/03/2024 08:10\n"
            "Chiều qua, tại Sở Tư pháp, Khối thi đua Nội chính tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n")
    rec = extract(text)
    assert rec.published == FRIDAY
    assert rec.events[0].date == dt.date(2024, 3, 14)
    assert [s.text for s in rec.spans if s.field == "events[0].date"] == ["Chiều qua"]


@pytest.mark.parametrize("lead, date, period", [
    # the activity named with its year in the sentence that dates it: the period, and the day's year
    ("Sáng 14.6, Khối thi đua các cơ quan Đảng tỉnh tổ chức hội thi cán bộ thi đua giỏi năm 2022.",
     dt.date(2022, 6, 14), {"year": 2022, "months": None}),
    ("Ngày 9/10/2021, Cụm thi đua các huyện tổ chức hội thao năm 2021 với 8 đội tham gia.",
     dt.date(2021, 10, 9), {"year": 2021, "months": None}),
    # a term is no year the activity belongs to (the day still takes its year from the sentence,
    # the surrounding text: real-dev e029's gold); nor is a year in another sentence
    ("Sáng 14.6, Khối thi đua các cơ quan Đảng tỉnh tổ chức hội thao chào mừng Đại hội nhiệm kỳ 2020 - 2025.",
     dt.date(2020, 6, 14), None),
    ("Sáng 14.6, Khối thi đua các cơ quan Đảng tỉnh tổ chức hội thao. Năm 2022 Khối có 9 đơn vị.", None, None),
    # the day's own year printed after it is not the activity's, but it is the day's
    ("Ngày 14/6 năm 2022, Khối thi đua các cơ quan Đảng tỉnh tổ chức hội thao.", dt.date(2022, 6, 14), None),
])
def test_an_activity_takes_the_year_named_with_it(lead: str, date: dt.date | None, period: dict | None) -> None:
    (ev,) = extract(lead).events
    assert ev.kind == "other"
    assert ev.date == date
    assert (ev.period.model_dump() if ev.period else None) == period


def test_a_cue_typed_without_its_tone_mark_still_cues_the_date() -> None:
    (d,) = D.find_dates(seg("Ngay 23/1, Cụm thi đua số 5 tổ chức tổng kết công tác thi đua năm 2025."))
    assert (d.day, d.month, d.year, d.cued) == (23, 1, None, True)
    (bare,) = D.find_dates(seg("Kết quả 23/1, Cụm thi đua số 5 tổ chức tổng kết."))
    assert not bare.cued


@pytest.mark.parametrize("month,school,want", [(5, True, 2024), (8, True, 2024), (5, False, 2025), (12, False, 2024)])
def test_a_review_date_takes_its_year_from_the_period(month: int, school: bool, want: int) -> None:
    """No publication date: a calendar year's review falls from July on, or early the next
    year; a school year (recorded as its end year, 2024 for 2023-2024) is reviewed as it ends."""
    d = D.DateMention(0, 5, 26, month, None, True, False)
    assert D.resolve_year(d, None, 2024, "tong_ket", school_year=school) == want


def test_a_day_with_no_other_year_takes_the_year_its_sentence_prints() -> None:
    """No publication date, no period: "Sáng 2.3, … nhiệm kỳ 2027 – 2032" is 2 March 2027; a
    publication date, when printed, decides instead."""
    text = ("Sáng 2.3, tại sân vận động tỉnh, Khối thi đua các đoàn thể tổ chức hội thao chào mừng "
            "Đại hội Công đoàn tỉnh nhiệm kỳ 2027 – 2032.\n")
    ev = extract(text, doc_id="t").events[0]
    assert (ev.kind, ev.date, ev.period) == ("other", dt.date(2027, 3, 2), None)
    assert extract(text, doc_id="t", published="2026-03-03").events[0].date == dt.date(2026, 3, 2)


@pytest.mark.parametrize("document", [
    "Nghị quyết số 36-NQ/TW ngày 12/8/2019 của Bộ Chính trị",
    "Chỉ thị số 07/CT-UBND năm 2019 của UBND tỉnh",
    "Quyết định ban hành ngày 12 tháng 8 năm 2019",
])
def test_a_documents_year_is_not_the_year_of_a_day_printed_without_one(document: str) -> None:
    """No publication date, no period: a year-less day does not take the year a document in its
    sentence was issued (a full date, a year after its number); with nothing else it has no year."""
    text = ("Khối thi đua các cơ quan Đảng học tập nghị quyết\n\n"
            f"Sáng 4/3, Khối thi đua các cơ quan Đảng tỉnh tổ chức hội nghị quán triệt {document}.\n")
    (ev,) = extract(text, doc_id="t").events
    assert ev.date is None
    termed = text.replace(".\n", " trước Đại hội nhiệm kỳ 2030 – 2035.\n")
    assert extract(termed, doc_id="t").events[0].date == dt.date(2030, 3, 4)
