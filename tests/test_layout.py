"""Layout that differs from site to site must not change the record.

`scripts/perturb.py` scores real-dev with the page chrome, line breaks and typography
of other sites; each construction it found is pinned here on short texts of our own.
"""
from __future__ import annotations

import importlib.util
import random
import unicodedata
from pathlib import Path

import pytest

from khoi_extract.fields.metadata import is_boilerplate, related_boxes
from khoi_extract.normalize import normalize
from khoi_extract.pipeline import extract
from khoi_extract.reading import read_text_file
from khoi_extract.segment import segment

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
    page = "Cụm thi đua số 4 tổng kết công tác năm 2023\n" + _BODY
    a, b = extract(page), extract(unicodedata.normalize("NFD", page))
    assert b.model_dump(exclude={"spans"}) == a.model_dump(exclude={"spans"})
    assert all(unicodedata.is_normalized("NFC", m) for m in b.events[0].members)
    # spans still point at the characters as read
    src = unicodedata.normalize("NFD", page)
    assert all(src[s.start:s.end] == s.text for s in b.spans)


_BOX = ("\nTin liên quan\nKhối thi đua các cơ quan Đảng tổng kết công tác thi đua năm 2022\n"
        "Cụm thi đua số 3 ký kết giao ước thi đua năm 2023\n")


def test_a_related_box_right_after_a_short_page_is_not_the_article():
    page = "Cụm thi đua số 4 tổng kết công tác năm 2023\n" + _BODY + "\nNguyễn Văn An"
    plain, boxed = extract(page), extract(page + _BOX)
    assert boxed.events[0].bloc.name == "Cụm thi đua số 4" and boxed.events[0].bloc.number == 4
    assert boxed.model_dump(exclude={"spans"}) == plain.model_dump(exclude={"spans"})
    assert boxed.author == "Nguyễn Văn An"


def test_a_near_miss_with_a_related_box_of_bloc_meetings_stays_empty():
    page = ("Sở Nội vụ tập huấn nghiệp vụ thi đua, khen thưởng năm 2024\n"
            "Sáng 5/3/2024, Sở Nội vụ tổ chức lớp tập huấn nghiệp vụ công tác thi đua, khen thưởng cho "
            "hơn 200 cán bộ làm công tác thi đua của các sở, ban, ngành, địa phương trên địa bàn tỉnh. "
            "Lớp tập huấn nhằm nâng cao chất lượng tham mưu công tác khen thưởng.")
    assert extract(page + _BOX).events == []


_BARE_LINKS = ("\n• Khối thi đua các cơ quan Đảng tổng kết công tác thi đua năm 2022 (12/01/2023)"
               "\n• Cụm thi đua số 3 ký kết giao ước thi đua năm 2023 (05/02/2023)\n")


def test_dated_links_after_the_page_without_a_heading_are_a_box():
    page = "Cụm thi đua số 4 tổng kết công tác năm 2023\n" + _BODY + "\nNguyễn Văn An"
    plain, linked = extract(page), extract(page + _BARE_LINKS)
    assert linked.model_dump(exclude={"spans"}) == plain.model_dump(exclude={"spans"})


def test_dated_links_above_the_article_are_skipped_but_do_not_end_it():
    page = "Cụm thi đua số 4 tổng kết công tác năm 2023\n" + _BODY
    rec = extract(_BARE_LINKS.lstrip("\n") + page)
    assert rec.events and rec.events[0].bloc.name == "Cụm thi đua số 4"
    assert rec.events[0].date.isoformat() == "2024-01-12"


def test_one_dated_line_alone_is_not_a_box():
    one = segment(normalize(_BODY + "\n• Cụm thi đua số 3 ký kết giao ước thi đua năm 2023 (05/02/2023)"))
    assert related_boxes(one) == []
    two = segment(normalize(_BODY + _BARE_LINKS))
    assert related_boxes(two) == [(1, 3)]


def test_values_read_with_plain_spaces():
    page = "Cụm thi đua số\u00a04 tổng kết công tác năm 2023\n" + _BODY.replace("Sở Nội vụ làm", "Sở\u00a0Nội\u00a0vụ làm")
    rec = extract(page)
    assert rec.events[0].roles[0].org == "Sở Nội vụ"
    assert any("\u00a0" in s.text for s in rec.spans)  # spans keep the characters as read


def test_a_capitals_headline_does_not_name_the_bloc():
    body = ("Sáng 12/1/2024, Khối thi đua số 10 tổ chức Hội nghị phát động thi đua năm 2024 tại Sở Tư pháp. "
            "Khối thi đua số 10 gồm 8 đơn vị. Hội nghị suy tôn Sở Tư pháp làm Trưởng khối năm 2024.")
    rec = extract("KHỐI THI ĐUA SỐ 10 PHÁT ĐỘNG THI ĐUA NĂM 2024\n" + body)
    assert (rec.events[0].bloc.name, rec.events[0].bloc.number) == ("Khối thi đua số 10", 10)
    # of one name, the copy printed in case is given, wherever it stands
    rec = extract("CỤM THI ĐUA SỐ 3 CÁC TRƯỜNG THPT TỔNG KẾT NĂM HỌC\n"
                  + body.replace("Khối thi đua số 10", "Cụm thi đua số 3 các trường THPT", 1))
    assert rec.events[0].bloc.name == "Cụm thi đua số 3 các trường THPT"


def test_the_number_is_the_chosen_forms_and_its_cased_copy_is_given():
    body = ("Sáng 12/1/2024, Cụm thi đua số 3 tổ chức Hội nghị tổng kết công tác thi đua năm 2023 tại Sở Tư pháp. "
            "Cụm thi đua số 3 gồm 6 đơn vị.")
    ev = extract("CỤM THI ĐUA SỐ 5 TỔNG KẾT NĂM 2023\n" + body).events[0]
    assert (ev.bloc.name, ev.bloc.number) == ("Cụm thi đua số 3", 3)
    page = ("KHỐI THI ĐUA SỐ 10 TỔNG KẾT NĂM 2023\nSáng 12/1/2024, KHỐI THI ĐUA SỐ 10 tổ chức Hội nghị tổng kết "
            "công tác thi đua năm 2023. Hội nghị suy tôn Sở Tư pháp làm Trưởng Khối thi đua số 10 năm 2024.")
    assert extract(page).events[0].bloc.name == "Khối thi đua số 10"


def test_khoi_in_a_capitals_headline_without_thi_dua_is_no_bloc():
    page = ("KHỐI ĐÃ CÓ NHỮNG THÀNH TÍCH XUẤT SẮC TRONG NĂM 2023\n"
            "Sở Tư pháp nhận Cờ thi đua của UBND tỉnh vì đã có thành tích xuất sắc trong năm 2023.")
    assert extract(page).events == []


# --------------------------------------------------------------------------- every shipped article

_ROOT = Path(__file__).resolve().parents[1]
# the layout changes every shipped article survives unchanged (scripts/perturb.py defines them)
_INVARIANT = ["crlf", "blank_lines", "indented", "nbsp", "nfd", "wrapped", "chrome", "related_box", "entities",
              "related_bare", "date_dashes", "date_dots"]


def _perturbations():
    spec = importlib.util.spec_from_file_location("perturb", _ROOT / "scripts" / "perturb.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PERTURBATIONS


@pytest.fixture(scope="module")
def shipped() -> dict[str, tuple[str, dict]]:
    paths = sorted((_ROOT / "corpus").glob("dev/*.txt")) + sorted((_ROOT / "corpus").glob("test/*.txt"))
    return {p.stem: (t, extract(t).model_dump(exclude={"spans", "warnings"}))
            for p in paths for t in [read_text_file(p)]}


@pytest.mark.parametrize("name", _INVARIANT)
def test_a_layout_change_leaves_every_shipped_record_unchanged(name: str, shipped) -> None:
    change = _perturbations()[name]
    changed = [doc for doc, (text, record) in shipped.items()
               if extract(change(text, random.Random(7))).model_dump(exclude={"spans", "warnings"}) != record]
    assert changed == []


def test_bloc_words_in_title_case_name_the_bloc():
    page = ("KHỐI THI ĐUA 11 TỔNG KẾT NĂM 2023\n"
            "Sáng 12/1/2024, Khối Thi Đua 11 tổ chức Hội nghị tổng kết công tác thi đua năm 2023 tại Sở Tư pháp. "
            "Khối Thi Đua 11 gồm 9 đơn vị.")
    rec = extract(page)
    assert (rec.events[0].bloc.name, rec.events[0].bloc.number) == ("Khối Thi Đua 11", 11)


def test_dated_lines_inside_the_article_are_its_own():
    """Documents, phases or a schedule listed with their dates between paragraphs of the
    article are no box of links: nothing below them is lost."""
    head = "Cụm thi đua số 4 tổng kết công tác năm 2023\n" + _BODY + "\n"
    tail = ("\nNăm 2024, Cụm thi đua số 4 tiếp tục đẩy mạnh các phong trào thi đua yêu nước, gắn với thực hiện "
            "nhiệm vụ chính trị của từng đơn vị, phấn đấu hoàn thành xuất sắc các chỉ tiêu được giao trong năm.\n"
            "Nguyễn Văn An")
    for listed in ("Các giai đoạn thi đua:\n- Giai đoạn 1 từ đầu năm đến giữa năm (30/6/2024)\n"
                   "- Giai đoạn 2 từ giữa năm đến cuối năm (31/12/2024)",
                   "Lịch tổng kết của các cụm\nCụm thi đua số 4 do Sở Tư pháp chủ trì - 12/01/2024\n"
                   "Cụm thi đua số 5 do Sở Y tế chủ trì - 15/01/2024"):
        seg = segment(normalize(head + listed + tail))
        assert related_boxes(seg) == [], listed
        assert extract(head + listed + tail).author == "Nguyễn Văn An"


def test_a_box_between_the_lead_and_the_body_does_not_end_the_article():
    page = ("Cụm thi đua số 4 tổng kết công tác năm 2023\n" + _BODY + "\nTin liên quan\n"
            "Khối thi đua số 5 ký kết giao ước năm 2023\n"
            "Năm 2024, Cụm thi đua số 4 tiếp tục đẩy mạnh các phong trào thi đua yêu nước, gắn với thực hiện "
            "nhiệm vụ chính trị của từng đơn vị, phấn đấu hoàn thành xuất sắc các chỉ tiêu được giao trong năm.\n"
            "Nguyễn Văn An")
    rec = extract(page)
    assert rec.author == "Nguyễn Văn An" and rec.events[0].bloc.name == "Cụm thi đua số 4"


def test_invisible_characters_and_odd_spaces_stay_out_of_values():
    for odd in ("\u200b ", "\u00ad ", " \u2060", "\u2008", "\u205f"):
        page = "Cụm thi đua số 4 tổng kết công tác năm 2023\n" + _BODY.replace("Sở Nội vụ làm", f"Sở Nội{odd}vụ làm")
        rec = extract(page)
        assert [r.org for r in rec.events[0].roles] == ["Sở Nội vụ"], repr(odd)
        assert all(page[s.start:s.end] == s.text for s in rec.spans)


def test_a_page_without_its_headline_keeps_a_byline_on_its_stamp_line():
    page = "Phan Tân| 18/01/2024 08:54\n" + _BODY
    assert extract(page).author == "Phan Tân"
    assert extract("Phan Tân\n" + _BODY).author is None  # a bare name line above the body signs nothing
