"""Layout that differs from site to site must not change the record.

`scripts/perturb.py` scores real-dev with the page chrome, line breaks and typography
of other sites; each construction it found is pinned here on short texts of our own.
"""
from __future__ import annotations

from khoi_extract.fields.metadata import is_boilerplate
from khoi_extract.pipeline import extract

_BODY = ("Sáng 12/1/2024, tại Hội trường Sở Tư pháp, Cụm thi đua số 4 gồm các Sở Tư pháp, Sở Nội vụ, "
         "Sở Tài chính và Thanh tra tỉnh tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "
         "Hội nghị đã suy tôn Sở Nội vụ làm Cụm trưởng năm 2024.")


def test_a_breadcrumb_line_is_no_headline():
    for crumb in ("Tin tức > Thi đua - Khen thưởng", "Trang chủ » Hoạt động » Thi đua khen thưởng"):
        rec = extract(crumb + "\n" + _BODY)
        assert rec.title is None, crumb
        assert rec.events and rec.events[0].bloc.name == "Cụm thi đua số 4"


def test_a_row_of_chrome_items_is_boilerplate():
    assert is_boilerplate("Đăng nhập   Tìm kiếm")
    assert is_boilerplate("In bài | Chia sẻ | Zalo")
    assert not is_boilerplate("Cụm thi đua số 4   tổng kết năm 2023")


def test_a_headline_under_chrome_rows_is_still_found():
    head = "Cụm thi đua số 4 tổng kết công tác năm 2023"
    page = "Đăng nhập   Tìm kiếm\nTin tức > Thi đua - Khen thưởng\n" + head + "\n" + _BODY
    assert extract(page).title == head


def test_a_decomposed_article_gives_the_composed_record():
    import unicodedata

    page = "Cụm thi đua số 4 tổng kết công tác năm 2023\n" + _BODY
    a, b = extract(page), extract(unicodedata.normalize("NFD", page))
    assert b.model_dump(exclude={"spans"}) == a.model_dump(exclude={"spans"})
    assert all(unicodedata.is_normalized("NFC", m) for m in b.events[0].members)
    # spans still point at the characters as read
    src = unicodedata.normalize("NFD", page)
    assert all(src[s.start:s.end] == s.text for s in b.spans)
