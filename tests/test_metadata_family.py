"""The metadata family: headline, publication date and byline of scraped pages.

Each case is a short page written for the construction (site chrome above the
headline, a stamp line, a byline at the end followed by widgets), not copied from
any article. The functions are called on the segmented text, the way `assemble` does.
"""
from __future__ import annotations

import datetime as dt

import pytest

from khoi_extract.fields import metadata as M
from khoi_extract.normalize import normalize
from khoi_extract.pipeline import extract
from khoi_extract.segment import segment

HEAD = "Khối thi đua Nội chính ký kết giao ước thi đua năm 2024"
LEAD = ("Chiều 14/3, tại Sở Tư pháp, Khối thi đua Nội chính tỉnh tổ chức hội nghị ký kết giao ước "
        "thi đua năm 2024 với sự tham dự của lãnh đạo 8 cơ quan, đơn vị trong Khối.")
BODY = ("Tại hội nghị, các đơn vị trong Khối đã thống nhất các nội dung thi đua trọng tâm, phấn đấu "
        "hoàn thành xuất sắc nhiệm vụ chính trị được giao trong năm 2024.")


def seg(text: str):
    return segment(normalize(text))


def title(text: str) -> str | None:
    t = M.find_title(seg(text))
    if t is None:
        return None
    return " ".join(text[a:b] for a, b in t.parts) if t.parts else t.value


def published(text: str) -> dt.date | None:
    p = M.find_published(seg(text))
    return p.value if p else None


def author(text: str) -> str | None:
    a = M.find_author(seg(text))
    return a.value if a else None


# ------------------------------------------------------------------ byline at the end

@pytest.mark.parametrize("tail, name", [
    ("Thu Hà", "Thu Hà"),
    ("NGUYỄN MINH TUẤN", "NGUYỄN MINH TUẤN"),
    ("H.N.", "H.N."),
    ("T.LAN", "T.LAN"),
    ("Lan Anh - Quốc Việt", "Lan Anh - Quốc Việt"),
    ("Minh Châu, Thanh Tùng", "Minh Châu, Thanh Tùng"),
    ("Sơn - Hải", "Sơn - Hải"),
    ("CTV Hồng Nhung", "CTV Hồng Nhung"),
    ("PV", "PV"),
    ("Ngọc Hà (Văn phòng Sở Tư pháp)", "Ngọc Hà"),
    ("Nguồn: Trần Văn Hải - Phòng Tổ chức", "Trần Văn Hải"),
    # the office after the dash, named by its abbreviation and place
    ("Lê Thị Mai - PC Lai Châu", "Lê Thị Mai"),
    ("Trần Văn Nam - KBNN Gia Lai", "Trần Văn Nam"),
    # a Central Highlands name in one word with its apostrophe
    ("H'BLANH", "H'BLANH"),
    ("Y'Thông Niê", "Y'Thông Niê"),
])
def test_byline_forms_at_the_end(tail: str, name: str) -> None:
    assert author(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{tail}\n") == name


@pytest.mark.parametrize("widgets", [
    "Ý kiến bạn đọc\nGửi bình luận\nreset captcha\nGửi bình luận Nhập lại",
    "Trả lời\nEmail của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
    ".\n,\n;\ncác thông tin tiện ích",
    "Lượt xem: 312\nChia sẻ bài viết\nTHỜI SỰ CHÍNH TRỊ VÀ XÃ HỘI HÔM NAY",
    "Nguồn Quảng Trị: https://example.vn/bai-viet-123",
    "Sở Tư pháp | Cổng thông tin điện tử tỉnh Quảng Trị",
])
def test_byline_under_the_body_past_widgets(widgets: str) -> None:
    assert author(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nHoàng Yến\n{widgets}\n") == "Hoàng Yến"


@pytest.mark.parametrize("tail", [
    "Theo Báo Quảng Trị",
    "Nguồn: Báo Quảng Trị",
    "Ông Lê Văn Tâm - Giám đốc Sở phát biểu tại hội nghị",
    "Ban",
    "",
])
def test_no_byline(tail: str) -> None:
    assert author(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{tail}\n") is None


def test_a_page_cut_mid_sentence_has_no_byline() -> None:
    assert author(f"{HEAD}\n\n{LEAD}\n\nTại hội nghị, các đơn vị trong Khối đã thống nhất các nội dung thi đua tr\n") is None


def test_a_unit_line_signed_the_article() -> None:
    assert author(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nPhòng Thi đua\n") == "Phòng Thi đua"


def test_the_office_under_a_name_is_not_the_author() -> None:
    assert author(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nMai Phương\nVăn phòng Sở Tư pháp\n") == "Mai Phương"


def test_the_byline_above_a_related_box() -> None:
    text = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nĐức Long\nTin cùng chuyên mục\nKhối thi đua Kinh tế tổng kết năm 2023\nMinh Anh\n"
    assert author(text) == "Đức Long"


# ------------------------------------------------------------------ byline at the top

@pytest.mark.parametrize("line, name", [
    ("• Cẩm Tú\n• 20-01-2024\n• 57 lượt đọc", "Cẩm Tú"),
    ("Phan Hưng| 15/03/2024 07:10", "Phan Hưng"),
    ("Viết bởi Mây - Th3 15, 2024", "Mây"),
    ("Tác giả: Lê Thu Trang | 15/03/2024", "Lê Thu Trang"),
    ("Email In PDF.\nVũ Thị Hạnh\nPhó trưởng phòng Tổng hợp", "Vũ Thị Hạnh"),
])
def test_byline_under_the_headline(line: str, name: str) -> None:
    assert author(f"{HEAD}\n{line}\n\n{LEAD}\n\n{BODY}\n") == name


# ------------------------------------------------------------------ publication date

@pytest.mark.parametrize("stamp, day", [
    ("15/03/2024 07:10 Số lượt xem: 120", dt.date(2024, 3, 15)),
    ("Ngày đăng 15/03/2024 | 06:45  | View count: 87", dt.date(2024, 3, 15)),
    ("• 15-03-2024", dt.date(2024, 3, 15)),
    ("15/03/2024 16:20    38", dt.date(2024, 3, 15)),
    ("Thứ Sáu, 15/03/2024, 17:45 [GMT+7]", dt.date(2024, 3, 15)),
    ("Cập nhật lúc07:05, Thứ Sáu, 15/03/2024 (GMT+7)", dt.date(2024, 3, 15)),
    ("Thứ 6, 15.03.2024 | 09:12:30", dt.date(2024, 3, 15)),
    ("Phan Hưng| 15/03/2024 07:10", dt.date(2024, 3, 15)),
    ("Viết bởi Mây - Th3 15, 2024", dt.date(2024, 3, 15)),
    ("Thời sự 15/03/2024 10:25", dt.date(2024, 3, 15)),
    ("15/03/2024 | Chính trị", dt.date(2024, 3, 15)),
    ("Quảng Trị, ngày 15/03/2024", dt.date(2024, 3, 15)),
    ("(Cập nhật 15/03/2024 - 07:55)   Số lần xem: 842", dt.date(2024, 3, 15)),
    ("Đăng lúc: 15/03/2024 | bởi: Quản trị viên | 127 lần xem", dt.date(2024, 3, 15)),
    ("Ngày 15-03-2024 | Lượt xem 544 | Gửi bài viết cho bạn bè | In", dt.date(2024, 3, 15)),
    ("In bài viết | Gửi bài viết | 15/03/2024", dt.date(2024, 3, 15)),
])
def test_stamp_under_the_headline(stamp: str, day: dt.date) -> None:
    assert published(f"{HEAD}\n{stamp}\n\n{LEAD}\n\n{BODY}\n") == day


def test_crawler_stamp_line() -> None:
    assert published(f"date 2024-03-15 {HEAD}\n\n{LEAD}\n") == dt.date(2024, 3, 15)
    assert published(f"date 2024-03 {HEAD}\n\n{LEAD}\n") is None


def test_a_stamp_under_the_headline_beats_the_site_clock_above_it() -> None:
    text = f"Thứ 2, 04/03/2026, 11:20[GMT+7]\n{HEAD}\nThứ 6, 15/03/2024 | 08:41:12\n\n{LEAD}\n"
    assert published(text) == dt.date(2024, 3, 15)


def test_a_stamp_above_the_headline_counts() -> None:
    assert published(f"09:40, 15/03/2024\n{HEAD}\n\n{LEAD}\n") == dt.date(2024, 3, 15)


def test_the_site_clock_is_not_a_publication_date() -> None:
    # the clock shows the day of the visit, years after the meeting the article reports
    assert published(f"Thứ hai, 05/06/2026\n{HEAD}\n\n{LEAD}\n") is None


def test_a_date_in_the_body_is_not_a_stamp() -> None:
    assert published(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n") is None
    assert M.stamp_date("Ngày 15/03/2024, Khối thi đua tổ chức hội nghị") is None


# ------------------------------------------------------------------ headline

def test_a_page_address_under_the_crawler_stamp_is_chrome() -> None:
    text = f"date 2024-03-15\nurl https://sotuphap.example.vn/tin-tuc/khoi-thi-dua-noi-chinh-ky-ket-2024\n{HEAD}\n\n{LEAD}\n"
    assert title(text) == HEAD


def test_the_site_name_above_the_stamp_is_not_the_headline() -> None:
    text = f"VIETINBANK - Ngân hàng Thương mại cổ phần Công thương Việt Nam\n15/03/2024\n\n{HEAD}\n\n{LEAD}\n"
    assert title(text) == HEAD


def test_the_site_name_and_slogan_is_not_a_lead() -> None:
    text = f"VIETINBANK - Nâng giá trị cuộc sống\n\n{HEAD}\n\nThứ sáu, 15/03/2024 - 15:42\n\n{LEAD}\n"
    assert title(text) == HEAD


def test_a_photo_of_the_room_is_not_the_headline() -> None:
    text = f"Tiếp tục nâng cao chất lượng công tác thi đua\nToàn cảnh Hội nghị ký kết Khối thi đua Nội chính\n\n{BODY}\n"
    assert title(text) == "Tiếp tục nâng cao chất lượng công tác thi đua"


def test_headline_after_site_chrome_and_widget_labels() -> None:
    text = f"dự báo thời tiết\nHuế\nCần Thơ\nTP Hồ Chí Minh\nXã hội\n{HEAD}\nNgày đăng 15/03/2024 | 06:45\n\n{LEAD}\n"
    assert title(text) == HEAD


def test_headline_after_a_bulleted_menu_and_a_cms_error() -> None:
    text = ("Cannot retrieve the URL specified in the Content Link property. For more assistance, contact your site administrator.\n"
            f"• Trang chủ\n• Giới thiệu\n• Liên hệ\nlogo\n{HEAD}\nNgày đăng\n\n{LEAD}\n")
    assert title(text) == HEAD


def test_bulleted_headline() -> None:
    assert title(f"• {HEAD}\n• {LEAD}\n") == HEAD


def test_headline_broken_after_a_colon_is_joined() -> None:
    text = "Khối thi đua Nội chính tỉnh Quảng Trị:\nKý kết giao ước thi đua năm 2024\nThứ Sáu, 15/03/2024, 17:45\n\n" + LEAD
    assert title(text) == "Khối thi đua Nội chính tỉnh Quảng Trị: Ký kết giao ước thi đua năm 2024"


def test_headline_that_reads_like_a_lead_but_sits_on_its_stamp() -> None:
    text = f"Sáng mai 15-3: Khai mạc Hội thao Khối thi đua Nội chính\nCập nhật lúc 07:05, 14/03/2024\n\n{LEAD}\n"
    assert title(text) == "Sáng mai 15-3: Khai mạc Hội thao Khối thi đua Nội chính"


def test_a_caption_broken_over_two_lines_is_not_the_headline() -> None:
    text = (f"{HEAD}\nÔng Lê Văn Tâm - Giám đốc Sở Tư pháp phát biểu tại\n"
            "Hội nghị ký kết giao ước thi đua Khối thi đua Nội chính tỉnh Quảng Trị năm 2024\n\n" + LEAD)
    assert title(text) == HEAD


def test_the_site_name_after_the_headline_is_dropped() -> None:
    assert title(f"{HEAD} - Báo Quảng Trị\n\n{LEAD}\n") == HEAD


def test_a_page_that_starts_with_the_lead_has_no_headline() -> None:
    assert title(f"{LEAD}\n\n{BODY}\n") is None
    assert title(f"(QT) - {LEAD}\n\n{BODY}\n") is None


def test_hotline_and_loading_lines_are_chrome() -> None:
    assert title(f"Loading...\nĐường dây nóng: 0233 3852 000\n{LEAD}\n") is None


@pytest.mark.parametrize("kicker", [
    "Đảng ủy Khối Cơ quan Dân Chính Đảng Thành phố",  # a kicker naming the unit, longer than the headline
    "Ngân hàng Nhà nước Việt Nam - Chi nhánh Tỉnh Lâm Đồng",  # a letterhead
])
def test_a_line_of_names_above_the_headline_is_not_it(kicker: str) -> None:
    head = "Kết nạp 120 đảng viên mới"
    assert title(f"15/03/2024 - 08:10\n\n{kicker}\n\n{head}\n\n{LEAD}\n") == head
    assert title(f"{kicker}\n\n{LEAD}\n") == kicker  # with nothing plainer it is all the page has


def test_a_headline_in_title_case_is_no_line_of_names() -> None:
    head = "Khối Thi Đua Nội Chính Ký Kết Giao Ước Thi Đua Năm 2024"
    assert title(f"Tin tức - Sự kiện\n{head}\n\n{LEAD}\n") == head


def test_a_caption_is_no_headline_unless_it_names_the_meeting() -> None:
    caption = "Các vận động viên tranh tài ở môn kéo co."
    # a page whose headline was cut off opens with a photo caption
    assert title(f"{caption}\n{LEAD}\n") is None
    # a headline printed with a full stop names the meeting; it ranks below one printed without
    assert title(f"{HEAD}.\n\n{LEAD}\n") == HEAD
    assert title(f"{HEAD}\nHội nghị ký kết giao ước thi đua Khối thi đua Nội chính tỉnh năm 2024.\n\n{LEAD}\n") == HEAD


# ------------------------------------------------------------------ through the library

def test_record_metadata_is_grounded() -> None:
    text = f"Trang chủ > Tin tức\n{HEAD}\nPhan Hưng| 15/03/2024 07:10\n\n{LEAD}\n\n{BODY}\n\nPhan Hưng\nChia sẻ bài viết\n"
    rec = extract(text, doc_id="t")
    assert (rec.title, rec.published, rec.author) == (HEAD, dt.date(2024, 3, 15), "Phan Hưng")
    for sp in rec.spans:
        assert text[sp.start:sp.end] == sp.text
    assert {sp.field for sp in rec.spans} >= {"title", "published", "author"}


@pytest.mark.parametrize("tail, name", [
    ("Tin, ảnh: Minh Hà", "Minh Hà"),
    ("Bài và ảnh: Quốc Việt - Hải Yến", "Quốc Việt - Hải Yến"),
    ("ThS. Lê Văn Hòa", "ThS. Lê Văn Hòa"),
    ("Thu Hà - Minh Tuấn - Quốc Việt", "Thu Hà - Minh Tuấn - Quốc Việt"),
    ("Hải Yến (TTXVN)", "Hải Yến"),
])
def test_more_byline_forms_at_the_end(tail: str, name: str) -> None:
    assert author(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{tail}\n") == name


@pytest.mark.parametrize("stamp", [
    "Thứ tư - 13/03/2024 08:30",
    "13/03/2024 - 08:30",
    "Cập nhật: 08:30 13/03/2024",
    "Ngày cập nhật: 13/03/2024",
    "Ngày xuất bản: 13/03/2024",
    "Đăng ngày 13 tháng 3 năm 2024",
    "(Cập nhật: 13/03/2024 08:30)",
    "Ngày 13/03/2024 | Lượt xem: 1.234",
    "13/03/2024 | 08:30 | Tin tức",
    "13/3/2024 8:30:00 AM",
    "Lượt xem: 245 | Ngày đăng: 13/03/2024",
    "Chủ nhật, 13/03/2024 - 08:30 GMT+7",
])
def test_more_stamp_forms(stamp: str) -> None:
    assert published(f"{HEAD}\n{stamp}\n\n{LEAD}\n\n{BODY}\n") == dt.date(2024, 3, 13)


def test_names_listed_under_the_body_are_not_a_byline() -> None:
    text = (f"{HEAD}\n\n{LEAD}\n\nHội nghị thống nhất đề nghị UBND tỉnh tặng Bằng khen cho các cá nhân sau:\n"
            "Nguyễn Văn An\nTrần Thị Bình\n")
    assert author(text) is None


def test_a_widget_heading_under_the_byline_is_not_the_author() -> None:
    assert author(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nThu Hà\nLiên Kết Website\nThống Kê Truy Cập\n") == "Thu Hà"


def test_a_place_under_the_headline_is_not_a_byline() -> None:
    assert author(f"{HEAD}\nQuảng Trị\n\n{LEAD}\n") is None


def test_byline_with_the_agency_after_a_slash() -> None:
    assert author(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nMinh Anh/TTXVN\n") == "Minh Anh"


def test_an_organisation_credit_is_not_an_author() -> None:
    assert author(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nTrường THCS Lê Lợi\n") is None
    assert author(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nBáo Quảng Trị\n") is None


def test_a_stamp_with_publication_and_update_dates() -> None:
    text = f"{HEAD}\nNgày đăng: 13/03/2024 | Cập nhật: 14/03/2024\n\n{LEAD}\n"
    assert published(text) == dt.date(2024, 3, 13)


def test_a_labelled_byline_after_the_stamp_on_one_line() -> None:
    text = f"{HEAD}\nNgày: 13/03/2024 - Tác giả: Lê Thu Trang\n\n{LEAD}\n\n{BODY}\n"
    assert published(text) == dt.date(2024, 3, 13)
    assert author(text) == "Lê Thu Trang"


def test_two_dates_in_a_phrase_are_not_a_stamp() -> None:
    assert M.stamp_date("Từ 12/01/2024 đến 15/01/2024") is None


# ------------------------------------------------------------------ site lines, leads, initials

@pytest.mark.parametrize("line, is_site", [
    ("Cổng thông tin điện tử tỉnh Quảng Trị", True),
    ("Trang chủ | Tin tức | Liên hệ", True),
    ("Giới thiệu   Tin tức   Văn bản", True),
    ("Bản quyền thuộc Sở Nội vụ", True),
    (HEAD, False),
    (LEAD, False),
])
def test_site_lines_are_classified_once_per_article(line: str, is_site: bool) -> None:
    s = seg(f"{line}\n{HEAD}\n{LEAD}\n")
    ln = s.lines[0]
    assert M.site_line(s, ln) is is_site
    assert s._shared["site_lines"][ln.start] is is_site  # the answer is kept for the other askers
    view = s.view(s.lines, s.sentences)
    assert M.site_line(view, ln) is is_site


def test_site_line_is_not_run_on_a_line_without_its_anchors(monkeypatch: pytest.MonkeyPatch) -> None:
    s = seg(f"{HEAD}\n{LEAD}\n")
    calls: list[str] = []
    real = type(M._SITE).match
    monkeypatch.setattr(type(M._SITE), "match", lambda self, *a: calls.append(self.id) or real(self, *a))
    assert not M.site_line(s, s.lines[0])
    assert "metadata.site_line" not in calls


@pytest.mark.parametrize("line, lead", [
    ("Chiều 14/3, tại Sở Tư pháp, Khối thi đua tổ chức hội nghị", True),
    ("Khối thi đua số 2 ngày 15/12 đã tổ chức hội nghị tổng kết", True),  # a dated meeting
    ("Khối thi đua số 2 tổ chức hội nghị tổng kết năm 2023", False),  # no date: a headline
    ("QTO.VN - Khối thi đua số 2 tổng kết", True),
])
def test_lead_lines_open_the_body(line: str, lead: bool) -> None:
    s = seg(line)
    assert M._lead(s, 0, len(line)) is lead


@pytest.mark.parametrize("tail, name", [
    ("K.H.", "K.H."),
    ("H.N.", "H.N."),
])
def test_a_byline_may_end_with_an_initial(tail: str, name: str) -> None:
    assert author(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{tail}\n") == name


def test_a_sentence_ending_in_a_full_stop_is_no_byline() -> None:
    assert author(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nHội nghị kết thúc tốt đẹp.\n") is None


@pytest.mark.parametrize("line, related", [
    ("Tin cùng chuyên mục", True),
    ("Xem thêm: Khối thi đua số 2 tổng kết năm 2023", True),
    ("Các tin đã đưa ngày:", True),
    ("Văn bản liên quan", True),
    ("Tin tức thi đua", False),
    ("Thu Hà", False),
])
def test_related_box_headings(line: str, related: bool) -> None:
    s = seg(f"{line}\n")
    assert M.related_line(s, s.lines[0]) is related


def test_the_byline_is_read_above_a_box_of_related_links() -> None:
    text = (f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nThu Hà\n\nTin cùng chuyên mục\n"
            "Khối thi đua số 2 tổng kết năm 2023\nMinh Tuấn\n")
    assert author(text) == "Thu Hà"


def test_the_byline_above_a_box_of_related_documents() -> None:
    """Document titles listed under 'Văn bản liên quan' are no byline, nor do they hide the one above."""
    text = (f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nMinh Thư\n\nVăn bản liên quan\n"
            "  Kế hoạch tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 của tỉnh\n"
            "  Quyết định kiện toàn Hội đồng\n")
    assert author(text) == "Minh Thư"
