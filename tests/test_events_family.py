"""The events family: event detection, kind, period, date, bloc, province and venue,
on short Vietnamese reports written for each construction (not copied from any corpus)."""
from __future__ import annotations

from typing import Any

import pytest

from khoi_extract.fields import blocs, kind, province, venue
from khoi_extract.grammar import rule
from khoi_extract.normalize import normalize
from khoi_extract.pipeline import extract
from khoi_extract.segment import Segmented, segment


def events(text: str, published: str | None = None) -> list[dict[str, Any]]:
    rec = extract(text, doc_id="t", published=published)
    for sp in rec.spans:
        assert text[sp.start:sp.end] == sp.text, sp
    return rec.model_dump(mode="json")["events"]


def one(text: str, published: str | None = None) -> dict[str, Any]:
    evs = events(text, published)
    assert len(evs) == 1, evs
    return evs[0]


# --- kind -----------------------------------------------------------------------------

def test_review_in_body_beats_signing_in_headline() -> None:
    text = ("Khối thi đua các sở kinh tế ký kết giao ước thi đua năm 2024\n\n"
            "Chiều ngày 10/01/2024, tại Sở Công Thương, Khối thi đua các sở kinh tế tổ chức hội nghị "
            "tổng kết công tác thi đua năm 2023 và ký kết giao ước thi đua năm 2024.\n")
    ev = one(text)
    assert ev["kind"] == "tong_ket"
    assert ev["period"] == {"year": 2023, "months": 12}


def test_launch_in_headline_without_review_stays_launch() -> None:
    text = ("Cụm thi đua số 5 phát động phong trào thi đua năm 2025\n\n"
            "Ngày 20/02/2025, Cụm thi đua số 5 tổ chức lễ phát động phong trào thi đua và ký kết giao ước thi đua năm 2025.\n")
    assert one(text)["kind"] == "phat_dong"


def test_assessment_meeting_is_a_review() -> None:
    text = ("Chiều 22/11, Khối thi đua Văn hóa - Xã hội tỉnh tổ chức đánh giá công tác thi đua năm 2019. "
            "Hội nghị cũng bàn giao nhiệm vụ trưởng khối cho Sở Y tế.\n")
    ev = one(text, published="2019-11-23")
    assert ev["kind"] == "tong_ket"
    assert ev["date"] == "2019-11-22"


def test_handover_alone_is_other() -> None:
    text = "Ngày 5/3, Khối thi đua Nội chính tổ chức lễ bàn giao nhiệm vụ Trưởng khối năm 2021.\n"
    assert one(text, published="2021-03-06")["kind"] == "other"


def test_cue_inside_the_bloc_name_is_not_the_kind() -> None:
    text = ("Sáng 3.4, tại sân vận động tỉnh, Khối giao ước thi đua các đoàn thể chính trị - xã hội tỉnh "
            "tổ chức hội thao chào mừng ngày thành lập Đoàn.\n")
    ev = one(text, published="2022-04-04")
    assert ev["kind"] == "other"


def test_contest_attended_by_blocs_is_not_an_event() -> None:
    text = ("20 Cụm, Khối thi đua tham dự Hội thi tuyên truyền về phong trào thi đua của tỉnh\n\n"
            "Thực hiện Kế hoạch của UBND tỉnh về tổ chức Hội thi, Tập thể Khối thi đua II gồm Sở Tư pháp, Sở Nội vụ. "
            "Tập thể Khối thi đua II được Ban tổ chức trao giải Ba của Hội thi.\n")
    assert events(text) == []


def test_covenant_scores_of_the_year_make_a_review() -> None:
    text = ("Cụm thi đua các tỉnh miền núi phía Bắc đã có nhiều cố gắng trong năm 2021. "
            "Kết quả chấm điểm giao ước thi đua năm 2021 của Cụm thi đua các tỉnh miền núi phía Bắc, tỉnh Lào Cai xếp thứ nhất. "
            "Các tỉnh trong Cụm thi đua các tỉnh miền núi phía Bắc ký giao ước thi đua năm 2022.\n")
    assert one(text)["kind"] == "tong_ket"


# --- bloc mentions and whole events ---------------------------------------------------

def test_units_that_belong_to_the_cluster_hold_its_meeting() -> None:
    text = ("Sáng 12/7, tại Thái Bình, thanh tra 4 tỉnh: Thái Bình, Nam Định, Ninh Bình và Hà Nam thuộc "
            "Cụm thi đua Thanh tra các tỉnh đồng bằng Bắc Bộ đã tổ chức sơ kết công tác thi đua 6 tháng đầu năm 2019.\n")
    ev = one(text, published="2019-07-13")
    assert ev["kind"] == "so_ket"
    assert ev["bloc"]["name"] == "Cụm thi đua Thanh tra các tỉnh đồng bằng Bắc Bộ"
    assert ev["period"] == {"year": 2019, "months": 6}


def test_one_agency_belonging_to_a_bloc_is_a_near_miss() -> None:
    text = ("Ngày 20/12, Sở Tư pháp là đơn vị thuộc Khối thi đua Nội chính tỉnh tổ chức hội nghị tổng kết "
            "công tác năm 2020 của Sở.\n")
    assert events(text, published="2020-12-21") == []


def test_capitalised_cluster_with_a_lower_case_name() -> None:
    text = ("Ngày 3/3, tại Đồn Biên phòng Cửa Việt, Bộ Chỉ huy Biên phòng tỉnh tổ chức cho Cụm thi đua tuyến biển "
            "ký kết giao ước thi đua năm 2020.\n")
    ev = one(text, published="2020-03-04")
    assert ev["bloc"]["name"] == "Cụm thi đua tuyến biển"
    assert ev["kind"] == "giao_uoc"


def test_lower_case_cluster_counted_in_provinces() -> None:
    text = ("Lãnh đạo cụm sáu tỉnh Tây Bắc gồm: Sơn La, Điện Biên, Lai Châu, Lào Cai, Yên Bái và Hòa Bình vừa dự "
            "Hội nghị tổng kết công tác thi đua năm 2015, tổ chức tại TP Sơn La.\n")
    ev = one(text)
    assert ev["bloc"]["name"] == "cụm sáu tỉnh Tây Bắc"
    assert ev["kind"] == "tong_ket"


@pytest.mark.parametrize("text,name,number", [
    ("Ngày 5/1, các đơn vị thuộc Khối thi đua 7 và phóng viên báo, đài dự hội nghị tổng kết của Khối thi đua số 7.",
     "Khối thi đua số 7", 7),
    ("Ngày 5/1, Khối thi đua các trường cao đẳng (CĐ), trung cấp (TC) tổ chức hội nghị tổng kết năm 2021.",
     "Khối thi đua các trường cao đẳng (CĐ), trung cấp (TC)", None),
    ("Ngày 5/1, Khối thi đua sở, ngành kinh tế tổ chức hội nghị tổng kết năm 2021.",
     "Khối thi đua sở, ngành kinh tế", None),
    ("Ngày 5/1, Khối thi đua các hội có tính chất đặc thù tổ chức hội nghị tổng kết năm 2021.",
     "Khối thi đua các hội có tính chất đặc thù", None),
])
def test_bloc_name_boundaries(text: str, name: str, number: int | None) -> None:
    ev = one(text + "\n", published="2022-01-06")
    assert ev["bloc"] == {"name": name, "number": number}


def test_the_family_of_blocs_in_a_cited_decision_is_not_the_name() -> None:
    text = ("Căn cứ Quyết định số 12/QĐ-BTC về việc thành lập các Cụm thi đua Sở Tài chính các tỉnh. "
            "Ngày 10/4/2024, tại Sở Tài chính tỉnh Phú Yên, Cụm thi đua số 5 tổ chức hội nghị ký kết giao ước thi đua năm 2024.\n")
    ev = one(text)
    assert ev["bloc"] == {"name": "Cụm thi đua số 5", "number": 5}


# --- province -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ngày 6/4/2024, tại Công an tỉnh Quảng Bình, Công an 5 tỉnh Cụm thi đua số 4 ký kết giao ước thi đua năm 2024. "
    "Năm 2024, Công an tỉnh Quảng Bình là Cụm trưởng.",
    "Ngày 5/12/2013, Sở Tài chính Cà Mau tổ chức hội nghị tổng kết Cụm thi đua Tây Nam bộ năm 2013. "
    "Sở Tài chính Cà Mau là Cụm trưởng.",
    "Ngày 21/11/2024, Cụm thi đua số 2 Bộ Công an tổ chức hội nghị tổng kết năm 2024 tại Công an tỉnh Nghệ An.",
    # a General Department's cluster; its member named after a province is a regional office
    "Ngày 18/12/2024, Cụm thi đua số 3 thuộc Tổng cục Thuế tổ chức hội nghị tổng kết năm 2024. "
    "Cục Thuế khu vực Lào Cai làm Cụm trưởng.",
    # the family of blocs says whose they are: a ministry's; a section names one of them
    "Các Khối thi đua của Bộ Xây dựng tổng kết năm 2024\n\n"
    "Khối thi đua số 2 (các viện): Chiều 20/12, tại Hà Nội, Khối thi đua số 2 tổ chức hội nghị tổng kết năm 2024. "
    "Viện Kiến trúc Hà Nội được bầu làm Trưởng khối năm 2025.",
])
def test_regional_and_national_clusters_have_no_province(text: str) -> None:
    rec = extract(text + "\n", doc_id="t")
    assert rec.events and rec.province is None


def test_the_venues_province_is_not_the_blocs_when_the_lead_is_printed_twice() -> None:
    """A page that repeats its lead repeats the venue's bracketed province: neither printing
    says whose bloc it is."""
    lead = ("(QT) - Chiều 22-7, tại Cửa Lò (Nghệ An), UBND thị xã Kỳ Anh, đơn vị Cụm trưởng Cụm thi đua số 4, "
            "đã chủ trì hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2028.")
    rec = extract(f"{lead}\n\n{lead} Các thị xã trong Cụm đều vượt chỉ tiêu đề ra.\n", doc_id="t")
    assert rec.events and rec.events[0].venue == "Cửa Lò"
    assert rec.province is None


def test_province_not_from_the_site_footer() -> None:
    text = ("Khối thi đua Văn hóa - Xã hội tổng kết năm 2022\n\n"
            "Khối thi đua Văn hóa - Xã hội vừa tổ chức hội nghị tổng kết công tác thi đua năm 2022.\n\n"
            "Sở Văn hóa Thể thao và Du lịch | Cổng thông tin điện tử Quảng Bình\n")
    rec = extract(text, doc_id="t")
    assert rec.events and rec.province is None


def test_province_from_a_member_unit_with_trung_uong_in_its_name() -> None:
    text = ("Ngày 15/12/2020, Khối thi đua các cơ quan văn hóa - xã hội do Bệnh viện Trung ương Huế làm Trưởng khối "
            "tổ chức hội nghị tổng kết năm 2020 tại Bệnh viện Trung ương Huế.\n")
    rec = extract(text, doc_id="t")
    assert rec.events and rec.province == "Huế"


@pytest.mark.parametrize("bloc,number", [
    ("Cụm thi đua khu vực IV của Kho bạc Nhà nước", 4),
    ("Cụm thi đua Khu vực 2 tỉnh Quảng Bình", 2),
])
def test_a_region_number_right_after_the_bloc_word_is_the_blocs_number(bloc: str, number: int) -> None:
    """'khu vực N' straight after 'Cụm thi đua' numbers the bloc; after a unit's name
    ('Chi cục Thuế khu vực II') it numbers the unit, not the bloc."""
    text = (f"{bloc} tổng kết năm 2029\n\n"
            f"Sáng 19/12/2029, {bloc} tổ chức hội nghị tổng kết công tác thi đua năm 2029.\n")
    assert one(text)["bloc"]["number"] == number
    unit = ("Khối thi đua các đơn vị thuế tổng kết năm 2029\n\n"
            "Sáng 19/12/2029, Khối thi đua các đơn vị thuế do Chi cục Thuế khu vực II làm Trưởng khối "
            "tổ chức hội nghị tổng kết công tác thi đua năm 2029.\n")
    assert one(unit)["bloc"]["number"] is None


# --- date and period ------------------------------------------------------------------

def test_reposted_article_dates_the_meeting_from_its_period() -> None:
    text = ("Sáng ngày 15/3, tại huyện Tiên Lữ, Khối thi đua các huyện, thành phố tổ chức hội nghị tổng kết "
            "phong trào thi đua năm 2016 và ký giao ước thi đua.\n")
    ev = one(text, published="2020-09-01")
    assert ev["period"] == {"year": 2016, "months": 12}
    assert ev["date"] == "2017-03-15"


def test_school_year_signing_in_autumn_is_in_the_first_year() -> None:
    text = ("Ngày 20-10, tại Trường THPT Lê Lợi, Cụm thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua "
            "thực hiện nhiệm vụ năm học 2015 - 2016.\n")
    ev = one(text)
    assert ev["period"] == {"year": 2016, "months": 12}
    assert ev["date"] == "2015-10-20"


def test_a_quarterly_check_in_is_other_and_a_quarterly_review_is_so_ket() -> None:
    checkin = ("Giao ban Khối thi đua các cơ quan Văn hóa - Xã hội quý III năm 2020\n\n"
               "Ngày 06/10, tại Sở Y tế, Khối thi đua các cơ quan Văn hóa - Xã hội tổ chức giao ban quý III năm 2020 "
               "nhằm đánh giá kết quả thực hiện nhiệm vụ.\n")
    ev = one(checkin)
    assert (ev["kind"], ev["period"], ev["bloc"]["number"]) == ("other", {"year": 2020, "months": None}, None)
    review = ("Ngày 10/4/2020, Cụm thi đua số 2 tổ chức hội nghị sơ kết công tác thi đua quý I, "
              "triển khai nhiệm vụ quý II năm 2020.\n")
    ev = one(review)
    assert (ev["kind"], ev["period"]) == ("so_ket", {"year": 2020, "months": 3})


def test_mid_year_review_naming_only_the_months_to_come() -> None:
    text = ("Sơ kết Cụm thi đua các tỉnh miền núi năm 2021\n\n"
            "Hội nghị sơ kết Cụm thi đua các tỉnh miền núi năm 2021. Tại hội nghị, các đại biểu đề ra giải pháp "
            "thực hiện phong trào thi đua 6 tháng cuối năm 2021 của Cụm thi đua các tỉnh miền núi.\n")
    assert one(text)["period"] == {"year": 2021, "months": 6}


def test_mid_year_review_takes_the_year_named_later() -> None:
    text = ("Sơ kết công tác thi đua Khối 5 Công đoàn ngành\n\n"
            "Ngày 10/7, tại Thành phố Huế đã diễn ra Hội nghị sơ kết công tác thi đua Khối 5 Công đoàn ngành. "
            "Tham dự có lãnh đạo các công đoàn trong Khối.\n\n"
            "Hội nghị đã thông qua báo cáo sơ kết công tác thi đua 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2016 của Khối.\n")
    ev = one(text)
    assert ev["kind"] == "so_ket"
    assert ev["period"] == {"year": 2016, "months": 6}
    assert ev["date"] == "2016-07-10"


# --- a bloc named only as "khối" ------------------------------------------------------

def test_meeting_of_a_bare_khoi_has_bloc_null() -> None:
    text = ("Tham dự có lãnh đạo các tổ chức chính trị - xã hội trong khối.\n"
            "Hội nghị đã tiến hành tổng kết, đánh giá công tác thi đua, khen thưởng của khối năm 2018.\n"
            "Hội nghị bầu trưởng khối năm 2019 là Hội Nông dân Việt Nam.\n")
    ev = one(text)
    assert ev["bloc"] is None
    assert ev["kind"] == "tong_ket"
    assert ev["period"] == {"year": 2018, "months": 12}


def test_party_committee_of_a_khoi_is_a_near_miss() -> None:
    text = ("Đảng ủy Khối Doanh nghiệp tỉnh vừa tổ chức hội nghị sơ kết 6 tháng đầu năm 2019. "
            "Tổng doanh thu các doanh nghiệp trong khối đạt 9.000 tỷ đồng.\n")
    assert events(text) == []


def test_member_unit_hosting_on_behalf_of_the_bloc() -> None:
    text = ("Ngày 8/1/2021, Sở Y tế (đơn vị Trưởng khối) tổ chức hội nghị tổng kết công tác thi đua năm 2020 "
            "của Khối thi đua Văn hóa - Xã hội tỉnh.\n")
    ev = one(text)
    assert ev["kind"] == "tong_ket" and ev["bloc"]["name"] == "Khối thi đua Văn hóa - Xã hội"


def test_one_agency_own_review_is_a_near_miss() -> None:
    text = ("Ngày 8/1/2021, Sở Y tế tổ chức hội nghị tổng kết công tác năm 2020 và triển khai nhiệm vụ năm 2021. "
            "Năm 2020, Sở Y tế được Khối thi đua Văn hóa - Xã hội suy tôn dẫn đầu.\n")
    assert events(text) == []


def test_capitalised_khoi_of_businesses_is_a_bloc() -> None:
    text = "Ngày 12/1/2022, Khối doanh nghiệp Trung ương tổ chức hội nghị tổng kết công tác thi đua năm 2021.\n"
    ev = one(text)
    assert ev["bloc"]["name"] == "Khối doanh nghiệp Trung ương"


def test_bare_cum_thi_dua_after_the_host_is_introduced() -> None:
    text = ("Ngày 20/12/2019, UBND huyện Yên Lạc, đơn vị Cụm trưởng, đã tổ chức Hội nghị tổng kết Cụm thi đua năm 2019. "
            "Các huyện trong cụm đã hoàn thành tốt nhiệm vụ.\n")
    ev = one(text)
    assert ev["bloc"] is None and ev["kind"] == "tong_ket" and ev["date"] == "2019-12-20"


# --- a contest on the same occasion ---------------------------------------------------

def test_a_round_up_dated_by_a_list_of_days_gives_one_event_per_numbered_bloc() -> None:
    text = ("Ba khối thi đua của Công ty Cao su Bình Long tổng kết năm 2017\n\n"
            "Vào các ngày 10, 17 và 24/4/2018, 3 Khối thi đua thuộc Công ty Cao su Bình Long tổ chức Hội nghị "
            "tổng kết thi đua năm 2017.\n"
            "Khối số 1 đề nghị Công ty tặng Giấy khen cho Nông trường An Lộc. Khối số 2 và Khối số 3 thống nhất "
            "phương hướng năm 2018.\n")
    evs = events(text)
    assert [(e["date"], e["bloc"], e["kind"], e["period"]) for e in evs] == [
        ("2018-04-10", {"name": "Khối số 1", "number": 1}, "tong_ket", {"year": 2017, "months": 12}),
        ("2018-04-17", {"name": "Khối số 2", "number": 2}, "tong_ket", {"year": 2017, "months": 12}),
        ("2018-04-24", {"name": "Khối số 3", "number": 3}, "tong_ket", {"year": 2017, "months": 12}),
    ]


def test_one_bloc_meeting_over_two_days_stays_one_event() -> None:
    text = ("Trong các ngày 12 và 13/12/2023, Khối thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua "
            "năm 2023. Khối thi đua số 5 bầu Sở Y tế làm Trưởng khối năm 2024.\n")
    assert one(text)["date"] == "2023-12-12"


def test_sports_meet_on_the_same_occasion_is_a_second_event() -> None:
    text = ("Ngày 5/3/2021, tại Công ty Cao su Mang Yang, Khối thi đua sản xuất nông nghiệp tỉnh tổ chức lễ ký kết "
            "giao ước thi đua năm 2021. Cũng trong dịp này, Khối thi đua sản xuất nông nghiệp tỉnh đã khai mạc "
            "giải bóng chuyền nam công nhân năm 2021.\n")
    evs = events(text)
    assert [e["kind"] for e in evs] == ["giao_uoc", "other"]
    assert evs[1]["bloc"] == evs[0]["bloc"]
    assert evs[1]["period"] == {"year": 2021, "months": None}


def test_contest_listed_with_the_meeting_is_not_a_second_event() -> None:
    text = ("Ngày 4/4/2024, tại tỉnh Trà Vinh, Cụm thi đua số VIII Tòa án nhân dân tổ chức Hội nghị sơ kết, "
            "Hội diễn văn nghệ, Hội thao Cụm thi đua số VIII năm 2024.\n")
    assert [e["kind"] for e in events(text)] == ["so_ket"]


def test_emulation_congress_is_not_a_contest() -> None:
    text = ("Sáng 9/9, UBND tỉnh khai mạc Đại hội Thi đua yêu nước tỉnh lần thứ V. "
            "Dự Đại hội có đại diện các Cụm, Khối thi đua của tỉnh.\n")
    assert events(text) == []


# --- venue ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,venue", [
    ("Sáng ngày 04/3/2021, tại cơ quan Tỉnh đoàn Phú Yên (đơn vị Trưởng khối), Khối thi đua Mặt trận – Đoàn thể "
     "tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2021.", "Tỉnh đoàn Phú Yên"),
    ("Sáng 2.3.2023, tại sân Hội Nông dân tỉnh, Khối thi đua các đoàn thể tỉnh tổ chức hội thao chào mừng ngày 8/3.",
     "sân Hội Nông dân tỉnh"),
    ("(baokontum.vn) – Tại huyện Đăk Glei, lãnh đạo 10 huyện của tỉnh đã tham gia hội nghị ký kết giao ước thi đua "
     "năm 2019 của Khối thi đua các huyện, thành phố.", "huyện Đăk Glei"),
    # a place goes on with the next level of its address; an organisation ends at the comma
    ("Ngày 10/7/2022, tại thị trấn Mộc Châu, huyện Mộc Châu, tỉnh Sơn La, Cụm thi đua số 3 tổ chức hội nghị "
     "sơ kết 6 tháng đầu năm 2022.", "thị trấn Mộc Châu, huyện Mộc Châu, tỉnh Sơn La"),
    ("Ngày 10/1/2022, tại Công ty Cao su Ea Hleo, huyện Ea H'leo, Khối thi đua các doanh nghiệp tổ chức hội nghị "
     "tổng kết năm 2021.", "Công ty Cao su Ea Hleo"),
    # an online meeting's main point
    ("Ngày 15/12/2021, Cụm thi đua các tỉnh miền Đông tổ chức hội nghị trực tuyến tổng kết năm 2021. "
     "Điểm cầu chính đặt tại Trung tâm Hội nghị tỉnh Đồng Nai, kết nối với các điểm cầu.", "Trung tâm Hội nghị tỉnh Đồng Nai"),
    # an abbreviation in brackets inside the name does not close it
    ("Ngày 12/1/2022, tại hội trường Hội Nông dân (HND) tỉnh Bình Phước, Khối thi đua các đoàn thể tổ chức hội nghị "
     "tổng kết năm 2021.", "Hội Nông dân (HND) tỉnh Bình Phước"),
    # a 'tại' inside the bracketed member list names a member, not the venue
    ("Ngày 18/12/2027, Khối thi đua Doanh nghiệp III (Công ty Bia Sài Gòn tại Phú Yên; Công ty In Phú Yên) "
     "tổ chức hội nghị tổng kết năm 2027 tại Công ty In Phú Yên.", "Công ty In Phú Yên"),
    # a lead split into short sentences names the place in its last one
    ("Vào lúc 8 giờ ngày 12 tháng 3 năm 2027. Phòng Giáo dục đã tổ chức họp Khối thi đua 12 - Khối Tiểu học. "
     "Thực hiện sơ kết công tác thi đua học kỳ I năm học 2026 - 2027 tại Trường Tiểu học Phường 2.",
     "Trường Tiểu học Phường 2"),
])
def test_venue(text: str, venue: str) -> None:
    assert one(text + "\n")["venue"] == venue


def test_the_place_planned_for_the_next_meeting_is_not_the_venue() -> None:
    text = ("Ngày 20/7/2021, Cụm thi đua các tỉnh miền núi tổ chức hội nghị trực tuyến sơ kết 6 tháng đầu năm 2021. "
            "Hội nghị tổng kết của Cụm năm 2021 dự kiến tổ chức tại tỉnh Lai Châu.\n")
    assert one(text)["venue"] is None


@pytest.mark.parametrize("after", [
    "Năm 2029, Sở Giáo dục và Đào tạo đã tổ chức hội thao ngành tại Nhà thi đấu tỉnh.",
    "Năm 2030, các đơn vị trong Cụm thống nhất tổ chức hội nghị ký kết giao ước tại tỉnh Quảng Trị.",
])
def test_a_later_sentence_of_the_lead_about_another_activity_gives_no_venue(after: str) -> None:
    """The place of another activity (or of next year's meeting) told after a lead that reports
    the meeting itself, or after a dating fragment once a sentence opens with its own year, is
    not the meeting's venue."""
    head = "Cụm thi đua số 7 nhìn lại một năm thi đua\n\n"
    lead = "Ngày 20/12/2029, Cụm thi đua số 7 tổ chức hội nghị tổng kết công tác thi đua năm 2029. "
    assert one(head + lead + after + "\n")["venue"] is None
    fragment = ("Vào lúc 14 giờ ngày 20 tháng 12 năm 2029. Phòng Giáo dục đã tổ chức họp Khối thi đua 7 - Khối Tiểu học. "
                "Thực hiện tổng kết công tác thi đua năm 2029. ")
    assert one(head + fragment + after + "\n")["venue"] is None


def test_cued_meeting_day_beats_an_anniversary_in_brackets() -> None:
    text = ("Chào mừng kỷ niệm 60 năm Ngày truyền thống (20/7/1962 - 20/7/2022), sáng 28/6 tại Trại giam Nam Hà, "
            "Cụm thi đua số 2 tổ chức Hội thi quản giáo giỏi.\n")
    assert one(text, published="2022-07-01")["date"] == "2022-06-28"


def test_document_date_in_brackets_is_not_the_meeting_day() -> None:
    text = ("Cụm thi đua các tỉnh Đông Nam Bộ ký kết giao ước thi đua năm 2024\n\n"
            "Các tỉnh ký kết giao ước thi đua năm 2024, thực hiện Chỉ thị số 19/CT-TTg (ngày 16-7-2021) của Thủ tướng Chính phủ.\n")
    assert one(text)["date"] is None


def test_other_event_takes_the_year_its_headline_names() -> None:
    text = ("Hội nghị lần thứ nhất Khối thi đua các trường cao đẳng - Năm học 2019 - 2020\n\n"
            "Chiều ngày 18 tháng 9 năm 2019, tại Trường Cao đẳng Sư phạm Nghệ An, Khối thi đua các trường cao đẳng "
            "tổ chức hội nghị thông qua quy chế hoạt động và kế hoạch giao lưu của Khối.\n")
    ev = one(text)
    assert ev["kind"] == "other"
    assert ev["period"] == {"year": 2020, "months": None}


# --- near misses ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sáng 12/1, Hội đồng Thi đua - Khen thưởng tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2022. "
    "Các cụm, khối thi đua của tỉnh đã hoàn thành tốt nhiệm vụ.",
    "Ngày 5/2, UBND tỉnh phát động phong trào thi đua năm 2023. Các Cụm, Khối thi đua hưởng ứng tích cực.",
    "Tuần qua, khối ngoại bán ròng 1.000 tỷ đồng; khối lượng giao dịch tăng mạnh.",
    "Ngày 10/1, Đảng bộ Khối các cơ quan tỉnh tổ chức hội nghị tổng kết công tác năm 2022. "
    "Các đảng viên trong khối đã hoàn thành nhiệm vụ.",
    "Sáng 20/3, Công đoàn Khối các cơ quan tỉnh tổ chức hội thao chào mừng ngày 26/3 với 20 công đoàn cơ sở trong khối.",
])
def test_near_misses_give_no_event(text: str) -> None:
    assert events(text + "\n") == []


@pytest.mark.parametrize("text,bloc", [
    ("Ngày 13/7/2015, tại Thành phố Huế đã diễn ra Hội nghị sơ kết công tác thi đua Khối 7 Công đoàn Tập đoàn.",
     {"name": "Khối 7 Công đoàn Tập đoàn", "number": 7}),
    ("Ngày 10/1/2023, Cụm thi đua 4 tổ chức hội nghị tổng kết năm 2022. Cụm thi đua 4 Ban Dân vận Thành ủy "
     "đã hoàn thành tốt nhiệm vụ.", {"name": "Cụm thi đua 4 Ban Dân vận Thành ủy", "number": 4}),
])
def test_numbered_names_without_so(text: str, bloc: dict) -> None:
    assert one(text + "\n")["bloc"] == bloc


def test_a_units_region_number_is_not_the_blocs() -> None:
    """'Kiểm toán Nhà nước khu vực IX' numbers a regional office, not the bloc it leads."""
    text = ("Ngày 6/2/2027, Khối thi đua các đơn vị Kiểm toán khu vực phía Bắc tổ chức lễ bàn giao nhiệm vụ "
            "Trưởng Khối giữa Kiểm toán khu vực IV và Kiểm toán khu vực IX.\n")
    assert one(text)["bloc"] == {"name": "Khối thi đua các đơn vị Kiểm toán khu vực phía Bắc", "number": None}


# --- the rule layer: find / resolve on short texts --------------------------------------

def seg_of(text: str) -> Segmented:
    return segment(normalize(text))


def mentions(text: str) -> list[tuple[str, int | None, bool, bool, bool]]:
    return [(m.text, m.number, m.numbered_only, m.in_role, m.plural) for m in blocs.find_bloc_mentions(seg_of(text))]


@pytest.mark.parametrize("text,expect", [
    # the name ends at a verb, a province after it is dropped, a Roman number is read
    ("Cụm thi đua số IX Tòa án nhân dân tổ chức hội nghị.", [("Cụm thi đua số IX Tòa án nhân dân", 9, False, False, False)]),
    ("Khối thi đua Nội chính tỉnh Quảng Ninh vừa tổng kết.", [("Khối thi đua Nội chính", None, False, False, False)]),
    ("Hôm nay Cụm thi đua số 8 họp.", [("Cụm thi đua số 8", 8, True, False, False)]),
    # a bare 'tỉnh' after 'tuyến' is part of the name; 'đóng trên địa bàn tỉnh X' goes with the province
    ("Khối thi đua các bệnh viện tuyến tỉnh họp.", [("Khối thi đua các bệnh viện tuyến tỉnh", None, False, False, False)]),
    ("Khối thi đua các cơ quan Trung ương đóng trên địa bàn tỉnh Bắc Ninh họp.",
     [("Khối thi đua các cơ quan Trung ương", None, False, False, False)]),
    # a fixed phrase holding a stop word does not end the name
    ("Khối thi đua các đơn vị trực thuộc Bộ họp.", [("Khối thi đua các đơn vị trực thuộc Bộ", None, False, False, False)]),
    # a role title, the family of blocs
    ("Ông A là Trưởng Khối thi đua Nội chính.", [("Khối thi đua Nội chính", None, False, True, False)]),
    ("Tỉnh kiện toàn các Khối thi đua ngành năm nay.", [("Khối thi đua ngành", None, False, False, True)]),
])
def test_bloc_mentions(text: str, expect: list) -> None:
    assert mentions(text) == expect


@pytest.mark.parametrize("text,name", [
    # a bare "thành phố" ending a list of unit kinds is the last kind, not a province
    ("Cụm thi đua các huyện, thị xã, thành phố họp.", "Cụm thi đua các huyện, thị xã, thành phố"),
    # a bare "tỉnh" after the name still goes; after a level word only the province's name goes
    ("Khối thi đua Văn hóa xã hội tỉnh họp.", "Khối thi đua Văn hóa xã hội"),
    ("Khối thi đua các bệnh viện tuyến tỉnh Nghệ An họp.", "Khối thi đua các bệnh viện tuyến tỉnh"),
    ("Khối thi đua các trường Cao đẳng, Trung cấp thành phố Cần Thơ họp.",
     "Khối thi đua các trường Cao đẳng, Trung cấp"),
    # lists of kinds: a capitalised kind with no proper name after it, a pair of descriptors, abbreviations
    ("Cụm các trường Trung cấp, Cao đẳng trên địa bàn tỉnh Lạng Sơn họp.", "Cụm các trường Trung cấp, Cao đẳng"),
    ("Khối thi đua các Hiệp hội, Hội doanh nghiệp tỉnh đã tổng kết.", "Khối thi đua các Hiệp hội, Hội doanh nghiệp"),
    ("Khối thi đua các cơ quan tham mưu, tổng hợp gồm 7 đơn vị.", "Khối thi đua các cơ quan tham mưu, tổng hợp"),
    ("Khối thi đua Ban Quản lý các KCN, KCX, KKT các tỉnh miền Trung họp.",
     "Khối thi đua Ban Quản lý các KCN, KCX, KKT các tỉnh miền Trung"),
    # ... but a named unit after the comma is not part of the list
    ("Khối thi đua các Hội đặc thù, Hội Nông dân tỉnh là đơn vị trưởng khối.", "Khối thi đua các Hội đặc thù"),
    ("Khối thi đua các KCN, UBND tỉnh tặng bằng khen.", "Khối thi đua các KCN"),
    # a headline in capitals drops its province too, and so does a glued 'TPHCM' or the last of two province words
    ("KHỐI THI ĐUA 11 THÀNH PHỐ HỒ CHÍ MINH TỔNG KẾT", "KHỐI THI ĐUA 11"),
    ("Cụm thi đua 3 Ban Dân vận Quận ủy TPHCM họp.", "Cụm thi đua 3 Ban Dân vận Quận ủy"),
    ("Cụm thi đua số 2 khối các huyện, thành phố tỉnh Gia Lai họp.", "Cụm thi đua số 2 khối các huyện, thành phố"),
    # 'hiện' before a verb ends the name
    ("Khối thi đua Doanh nghiệp số 5 hiện có 20 thành viên.", "Khối thi đua Doanh nghiệp số 5"),
    # a number and a dash describing its units ends the name; a dash and a name does not
    ("Khối thi đua III – các bảo tàng thuộc Bộ Quốc phòng đã họp.", "Khối thi đua III"),
    ("Cụm thi đua số 2 - Các trường THPT huyện miền núi đã họp.", "Cụm thi đua số 2"),
    ("Cụm thi đua số 8 - KBNN họp.", "Cụm thi đua số 8 - KBNN"),
    # 'giữa' (between) ends the name
    ("Lễ bàn giao Trưởng Khối thi đua Ngân hàng giữa Sở A và Sở B.", "Khối thi đua Ngân hàng"),
])
def test_bloc_name_edges(text: str, name: str) -> None:
    assert mentions(text)[0][0] == name


@pytest.mark.parametrize("text", [
    "Đảng ủy Khối Doanh nghiệp tỉnh họp.",       # a Party body of a Khối
    "Sở Tư pháp thuộc Khối thi đua Nội chính.",  # one agency belonging to the bloc
    "Khối trưởng năm nay là Sở Y tế.",            # a role word after the head
    "khối lượng công việc lớn.",                  # another sense of khối
    "khối văn phòng UBND huyện.",                 # a sector of staff
    "Khối thi đua hưởng ứng tích cực.",           # a verb, not a name
])
def test_not_bloc_mentions(text: str) -> None:
    assert mentions(text) == []


@pytest.mark.parametrize("text,expect", [
    # a count before the bloc word is how many blocs there are: the family, not one bloc
    ("Năm nay toàn tỉnh có 15 khối thi đua và 8 cụm thi đua hoạt động.",
     [("khối thi đua", None, False, False, True), ("cụm thi đua", None, False, False, True)]),
    ("Thành phố có 3 Cụm, Khối thi đua Giáo dục tham gia.", [("Khối thi đua Giáo dục", None, False, False, True)]),
    ("Ngày 12 Khối thi đua Nội chính họp.", [("Khối thi đua Nội chính", None, False, False, False)]),
    ("Hai Cụm thi đua Giáo dục cùng họp.", [("Cụm thi đua Giáo dục", None, False, False, True)]),
    # the agency a bloc belongs to is part of its name; a conjunction after the head names nothing
    ("Cụm thi đua thuộc Sở Tài chính tổ chức giải cầu lông.", [("Cụm thi đua thuộc Sở Tài chính", None, False, False, False)]),
    ("Các đơn vị trong Cụm thi đua và Văn phòng Sở dự họp.", [("Cụm thi đua", None, False, False, False)]),
])
def test_counted_and_coordinated_mentions(text: str, expect: list) -> None:
    assert mentions(text) == expect


def test_council_meeting_counting_the_blocs_is_no_bloc_meeting() -> None:
    # a province's emulation council reviews the year, counts its blocs and awards their leaders
    text = ("Hội đồng Thi đua - Khen thưởng tỉnh họp xét khen thưởng năm 2024\n\n"
            "Chiều 20-12, Hội đồng Thi đua - Khen thưởng tỉnh tổ chức phiên họp xét khen thưởng tổng kết năm 2024. "
            "Năm 2024, tỉnh có 10 khối thi đua và 7 cụm thi đua; các khối, cụm đã tổ chức tổng kết đúng hạn. "
            "Hội đồng thống nhất trình UBND tỉnh tặng Cờ thi đua cho 17 tập thể dẫn đầu các khối, cụm thi đua "
            "và Bằng khen cho 90 tập thể.\n")
    assert events(text) == []


def test_council_session_naming_one_bloc_in_passing_is_no_bloc_meeting() -> None:
    text = ("Hội đồng Thi đua - Khen thưởng tỉnh họp xét khen thưởng năm 2022\n\n"
            "Chiều 16-12, Hội đồng Thi đua - Khen thưởng tỉnh tổ chức phiên họp xét, đề nghị khen thưởng tổng kết "
            "năm 2022. Hội đồng thống nhất trình UBND tỉnh tặng Cờ thi đua cho Sở Y tế, đơn vị dẫn đầu Khối thi đua "
            "Văn hóa - Xã hội.\n")
    assert events(text) == []


def test_sector_review_naming_blocs_only_as_what_winners_lead_is_no_bloc_meeting() -> None:
    text = ("Ngành Thuế tổng kết công tác năm 2023\n\n"
            "Sáng 10/1/2024, Hội nghị tổng kết công tác thuế năm 2023 đã diễn ra tại Hà Nội. Dịp này, Bộ trưởng "
            "Bộ Tài chính trao Cờ thi đua cho Cục Thuế tỉnh Nam Định, đơn vị dẫn đầu Cụm thi đua số 1, và Cục Thuế "
            "tỉnh Nghệ An, đơn vị dẫn đầu Cụm thi đua số 3.\n")
    assert events(text) == []
    # the bloc's own meeting names it otherwise too
    own = text.replace("Hội nghị tổng kết công tác thuế năm 2023 đã diễn ra", "Cụm thi đua số 1 tổ chức hội nghị tổng kết")
    assert one(own)["bloc"] == {"name": "Cụm thi đua số 1", "number": 1}


def test_a_bloc_meeting_that_counts_the_blocs_is_still_its_meeting() -> None:
    text = ("Sáng 10/1/2024, Khối thi đua các sở kinh tế tổ chức hội nghị tổng kết công tác thi đua năm 2023. "
            "Tỉnh hiện có 12 khối thi đua; Khối thi đua các sở kinh tế gồm 8 sở.\n")
    ev = one(text)
    assert ev["bloc"]["name"] == "Khối thi đua các sở kinh tế" and ev["kind"] == "tong_ket"


def test_units_named_together_before_thuoc_hold_the_meeting() -> None:
    got = mentions("Thanh tra 4 tỉnh: Thái Bình, Nam Định thuộc Cụm thi đua số 3 họp.")
    assert got == [("Cụm thi đua số 3", 3, True, False, False)]


def test_a_name_is_read_once_however_often_it_is_printed() -> None:
    blocs._read_name.cache_clear()
    text = "Khối thi đua Nội chính họp. " * 5
    assert len(blocs.find_bloc_mentions(seg_of(text))) == 5
    info = blocs._read_name.cache_info()
    assert (info.misses, info.hits) == (1, 4)


def test_choose_bloc_prefers_the_fuller_name_printed_twice() -> None:
    text = ("Cụm thi đua số 9 tổ chức hội nghị. Cụm thi đua số 9 Tòa án nhân dân đã hoàn thành. "
            "Các đơn vị Cụm thi đua số 9 Tòa án nhân dân đạt kết quả tốt.")
    best, num = blocs.choose_bloc(blocs.find_bloc_mentions(seg_of(text)))
    assert best.text == "Cụm thi đua số 9 Tòa án nhân dân" and num.number == 9


def test_short_forms_count_for_the_numbered_name_they_shorten() -> None:
    # the full name printed once (in the headline) with its short form beats another bloc named once
    text = ("Cụm thi đua số 4 Viện kiểm sát nhân dân cấp huyện tổng kết năm 2019\n\n"
            "Ngày 19/12, Cụm thi đua số 4 tổ chức hội nghị tổng kết. Cụm thi đua số 2 dự hội nghị.")
    seg = seg_of(text)
    best, num = blocs.choose_bloc(blocs.find_bloc_mentions(seg), text.index("\n"))
    assert best.text == "Cụm thi đua số 4 Viện kiểm sát nhân dân cấp huyện" and num.number == 4


def test_a_renamed_bloc_takes_its_name_in_force() -> None:
    text = ("Chiều 26-12, Khối thi đua Bảo hiểm (nay được gọi là Khối thi đua Doanh nghiệp số 3) đã tổ chức "
            "Hội nghị tổng kết công tác thi đua năm 2023.\n")
    assert one(text)["bloc"] == {"name": "Khối thi đua Doanh nghiệp số 3", "number": 3}


def test_a_count_in_the_page_chrome_above_the_headline_does_not_make_it_the_family_of_blocs() -> None:
    text = ("Thứ Sáu, 20/12/2019 | Lượt xem: 412\n\n"
            "Cụm thi đua số 4 Tòa án nhân dân cấp huyện tổng kết năm 2019\n\n"
            "Sáng 19/12, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2019.\n")
    assert one(text)["bloc"] == {"name": "Cụm thi đua số 4 Tòa án nhân dân cấp huyện", "number": 4}


@pytest.mark.parametrize("text,name", [
    ("Cụm Công đoàn số 6 ký cam kết thi đua. Cụm Công đoàn đầu tiên ký cam kết. Cụm Công đoàn số 6 họp.",
     "Cụm Công đoàn số 6"),
    ("Cụm thi đua số 7 các Trường Chính trị khu vực Tây Nguyên họp. "
     "Cụm thi đua các Trường Chính trị khu vực Tây Nguyên đã hoàn thành.",
     "Cụm thi đua số 7 các Trường Chính trị khu vực Tây Nguyên"),
])
def test_a_description_printed_whole_in_a_numbered_name_is_its_short_form(text: str, name: str) -> None:
    best, _ = blocs.choose_bloc(blocs.find_bloc_mentions(seg_of(text)))
    assert best.text == name


@pytest.mark.parametrize("phrase,spans", [
    ("Công an 5 tỉnh Cụm thi đua số 7", True),
    ("Cụm thi đua các tỉnh Đồng bằng sông Hồng", True),
    ("Công an bảy tỉnh biên giới", True),
    ("Cụm thi đua Tây Nam bộ", True),
    ("Cụm thi đua số 1 Bộ Công an", True),
    ("Cụm thi đua số 5 Bảo hiểm Xã hội Việt Nam", True),
    ("Khối thi đua các trường cao đẳng khu vực miền Trung", True),
    ("Cụm thi đua các tỉnh miền núi", True),
    ("Cụm thi đua các huyện miền núi phía Tây", False),  # one province's mountain districts
    ("Khối thi đua Nội chính tỉnh Tây Ninh", False),
    ("Khối thi đua các cơ quan Trung ương trên địa bàn tỉnh", False),
    ("tăng 2.5 tỉnh", False),
])
def test_spans_provinces(phrase: str, spans: bool) -> None:
    assert province.spans_provinces(phrase) is spans


def test_province_forms_hold_names_and_aliases_as_printed() -> None:
    forms = province.province_forms()
    assert {"Quảng Ninh", "TP.HCM", "Thừa Thiên - Huế"} <= forms
    assert "quảng ninh" not in forms


def test_province_hits_are_the_longest_whole_word_forms() -> None:
    """The phrase matcher's PROVINCE hits: the longest form at each place, whole tokens only
    ("Quảng Namx", "Quảng Ngãi2" are not provinces), none inside another ("Hà Nam Định")."""
    text = "Thừa Thiên Huế, TP.HCM, Quảng Ngãi2, Hà Nam Định, Quảng Namx, Bà Rịa - Vũng Tàu và Huế."
    got = [text[a:b] for a, b in province._province_hits(seg_of(text))]
    assert got == ["Thừa Thiên Huế", "TP.HCM", "Hà Nam", "Bà Rịa - Vũng Tàu", "Huế"]


def _province(text: str, **kw: Any) -> str | None:
    found = province.find_province(seg_of(text), kw.get("exclude", []), [], kw.get("phrases", []), kw.get("members"))
    return found.value if found else None


def test_province_printed_only_in_a_capital_headline() -> None:
    text = ("TỔNG KẾT THI ĐUA CÁC HỘI NGHỀ NGHIỆP TỈNH BẮC KẠN NĂM 2023\n\n"
            "Chiều 14/12/2023, Khối thi đua các Hội nghề nghiệp tỉnh đã tổng kết phong trào thi đua năm 2023.\n")
    assert _province(text) == "Bắc Kạn"
    assert _province(text + "Hội nghị có đại diện Sở Nội vụ tỉnh Thái Bình.\n") == "Thái Bình"  # printed wins


def test_province_is_the_most_named_outside_quotes_and_exclusions() -> None:
    text = ("Khối thi đua Nội chính tỉnh Bắc Giang họp tại tỉnh Lạng Sơn, hưởng ứng phong trào "
            "“Hà Nội chung sức xây dựng nông thôn mới”. Công an tỉnh Bắc Giang báo cáo.")
    assert _province(text) == "Bắc Giang"
    start = text.index("Lạng Sơn")
    assert _province("Hội nghị họp tại tỉnh Lạng Sơn.", exclude=[(0, 40)]) is None
    assert _province(text, exclude=[(start, start + 8)]) == "Bắc Giang"


def test_a_province_only_in_a_quote_is_the_blocs() -> None:
    text = ("Khối thi đua số 6 ký kết giao ước thi đua năm 2017, đẩy mạnh phong trào "
            "“Người Bình Phước nói lời hay làm việc tốt”.")
    assert _province(text) == "Bình Phước"
    # but a province named outside the quotes wins over one inside them
    assert _province(text + " Sở Nội vụ tỉnh Đồng Nai chủ trì.") == "Đồng Nai"


def test_province_not_from_a_sites_follow_button() -> None:
    text = ("Khối thi đua Mặt trận và các đoàn thể tỉnh sơ kết 6 tháng\n\n"
            "Theo dõi Báo Gia Lai trên Google News\n\n"
            "Ngày 23/7, Khối thi đua Mặt trận và các đoàn thể tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2020, "
            "thi đua chào mừng Đại hội Đảng bộ tỉnh Bình Định lần thứ XX.\n")
    assert extract(text, doc_id="t").province == "Bình Định"


def test_province_not_from_a_person_or_a_split_name() -> None:
    assert _province("Học tập tấm gương Chủ tịch Hồ Chí Minh, Khối thi đua họp.") is None
    # a name printed with two spaces is read whole once normalisation drops the extra one,
    # not as the city 'Huế'
    assert _province("Khối thi đua tỉnh Thừa Thiên  Huế họp.") == _province("Khối thi đua tỉnh Thừa Thiên Huế họp.")


def test_no_province_for_a_regional_or_national_bloc() -> None:
    text = "Cụm thi đua Tây Nam bộ họp tại Sở Tài chính Cà Mau."
    assert _province(text) == "Cà Mau"
    assert _province(text, phrases=["Cụm thi đua Tây Nam bộ"]) is None
    assert _province(text, members=["Bộ Tư pháp", "Bộ Công an", "Sở Tài chính Cà Mau"]) is None


@pytest.mark.parametrize("text,expect", [
    ("Hội nghị diễn ra tại Hội trường UBND huyện Yên Lạc, đồng chí A chủ trì.", "UBND huyện Yên Lạc"),
    ("Sáng nay, tại Sở Văn hóa, Thể thao và Du lịch đã diễn ra hội nghị.", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Hội nghị được tổ chức ở Nhà văn hóa tỉnh vào sáng nay.", "Nhà văn hóa tỉnh"),
    ("Phát biểu tại hội nghị, đồng chí A nhấn mạnh.", None),
    ("Các đơn vị tại đây đều đạt kết quả tốt.", None),
])
def test_find_venue(text: str, expect: str | None) -> None:
    seg = seg_of(text)
    found = venue.find_venue(seg, seg.sentences)
    assert (found.value if found else None) == expect


def test_find_side_contest_reads_the_contest_and_its_year() -> None:
    seg = seg_of("Hội nghị tổng kết năm 2023. Cũng nhân dịp này, Kho bạc Nhà nước Bắc Giang đã đăng cai "
                 "tổ chức Hội thao Cụm thi đua số 2 năm 2023.")
    found = kind.find_side_contest(seg, seg.sentences)
    assert found is not None and found.value == 2023
    assert seg.text[found.start:found.end] == "Hội thao Cụm thi đua số 2 năm 2023"


class _Refuse:
    """A compiled pattern that fails the test if it is run: the anchors must have skipped it."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"pattern run ({name}) though no anchor is in the text")


def test_side_contest_is_not_run_without_its_anchor(monkeypatch: pytest.MonkeyPatch) -> None:
    r = rule("kind.side_contest")
    monkeypatch.setattr(r, "compiled", _Refuse())
    seg = seg_of("Khối thi đua tổ chức hội nghị. Khối cũng tổ chức Hội thao năm 2023.")
    assert kind.find_side_contest(seg, seg.sentences) is None
    seg = seg_of("Đồng thời, Khối tổ chức Hội thao năm 2023.")
    with pytest.raises(AssertionError, match="pattern run"):
        kind.find_side_contest(seg, seg.sentences)


def test_context_rules_before_a_mention_are_not_run_without_anchors(monkeypatch: pytest.MonkeyPatch) -> None:
    for rid in ("blocs.party_prefix", "blocs.member_of", "blocs.role_before"):
        monkeypatch.setattr(rule(rid), "compiled", _Refuse())
    assert mentions("Sáng nay, Khối thi đua Nội chính họp.") == [("Khối thi đua Nội chính", None, False, False, False)]


@pytest.mark.parametrize("text,kind_name,period", [
    ("Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2023 của Khối.", "so_ket", {"year": 2023, "months": 6}),
    ("Khối giao ban quý III/2022.", "so_ket", {"year": 2022, "months": 9}),
    ("Hội nghị sơ kết các tháng đầu năm 2021 của Cụm.", "so_ket", {"year": 2021, "months": None}),
    ("Hội nghị sơ kết sáu tháng đầu năm của Khối thi đua Nội chính trong năm 2020.", "so_ket", {"year": 2020, "months": 6}),
])
def test_find_period_of_a_mid_term_review(text: str, kind_name: str, period: dict) -> None:
    seg = seg_of(text)
    found = kind.find_period(seg, kind_name, None, None, seg.sentences)
    assert found is not None and found.value == period


def test_checkin_meeting_is_a_mid_term_review_when_it_names_a_half_year() -> None:
    seg = seg_of("Khối thi đua Nội chính tổ chức hội nghị giao ban 6 tháng đầu năm 2022.")
    assert kind.find_kind(seg, None, seg.sentences).value == "so_ket"
    seg = seg_of("Khối thi đua Nội chính tổ chức hội nghị giao ban năm 2022.")
    assert kind.find_kind(seg, None, seg.sentences).value == "tong_ket"


def test_leaders_of_blocs_and_clusters_side_by_side_are_no_bare_bloc() -> None:
    """A directive's 'đơn vị trưởng khối, trưởng cụm chịu trách nhiệm …' speaks of every bloc and
    cluster: no meeting of one bloc named only as 'khối'; a report's own 'trưởng khối' still is one."""
    from khoi_extract import extract

    directive = ("Chỉ thị yêu cầu các khối, cụm thi đua tổ chức ký kết giao ước thi đua xong trước ngày 15/3; "
                 "đơn vị trưởng khối, trưởng cụm chịu trách nhiệm đôn đốc, chấm điểm.")
    assert extract(directive).events == []
    report = ("Sáng 12/1, Hội nghị tổng kết công tác thi đua năm 2023 của khối được tổ chức tại Sở Tư pháp. "
              "Đơn vị trưởng khối báo cáo kết quả.")
    assert len(extract(report).events) == 1


def test_a_side_contest_lists_the_bloc_units_who_compete() -> None:
    """RECORD.md: units competing as the bloc's members count; the contest held on the occasion of
    the meeting is its own `other` event with the same units, each with its evidence."""
    text = ("Ngày 10/7/2024, Cụm thi đua số 4 gồm 3 đơn vị: Kho bạc Nhà nước Thái Nguyên, Kho bạc Nhà nước "
            "Bắc Kạn và Kho bạc Nhà nước Cao Bằng tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024. "
            "Cũng nhân dịp này, Cụm tổ chức Hội thao Cụm thi đua số 4 năm 2024.\n")
    rec = extract(text)
    main, side = rec.events
    assert side.kind == "other" and side.members == main.members and len(side.members) == 3
    assert side.member_count == main.member_count == 3
    fields = {sp.field for sp in rec.spans}
    assert {"events[1].members[0]", "events[1].members[2]", "events[1].member_count"} <= fields


# --- meetings still to be held (plans, directives) -----------------------------------------

def test_a_ruling_that_tells_named_blocs_to_meet_reports_no_meeting() -> None:
    """A decision naming blocs and their leaders, and telling them to sign the covenant by a
    deadline, reports no meeting; the same blocs' signing reported as done is one."""
    ruling = ("Phân công các khối thi đua năm 2027\n\n"
              "Ngày 10/1/2027, UBND tỉnh ban hành Quyết định số 12/QĐ-UBND phân công các khối thi đua. "
              "Khối thi đua các cơ quan Văn hóa - Xã hội do Sở Y tế làm Trưởng khối. "
              "UBND tỉnh yêu cầu các khối thi đua tổ chức ký kết giao ước thi đua năm 2027 xong trước ngày 15/3/2027.\n")
    assert events(ruling) == []
    report = ruling.replace("yêu cầu các khối thi đua tổ chức ký kết giao ước thi đua năm 2027 xong trước ngày 15/3/2027",
                            "chứng kiến Khối thi đua các cơ quan Văn hóa - Xã hội ký kết giao ước thi đua năm 2027 ngày 12/3/2027")
    ev = one(report)
    assert (ev["kind"], ev["date"]) == ("giao_uoc", "2027-03-12")


def test_a_leader_charged_with_holding_the_reviews_is_no_meeting() -> None:
    """'đơn vị trưởng khối có trách nhiệm … tổ chức sơ kết, tổng kết' is a duty, not a review."""
    plan = ("UBND tỉnh ban hành Kế hoạch số 5/KH-UBND về phong trào thi đua năm 2027. "
            "Đơn vị trưởng khối có trách nhiệm theo dõi kết quả thi đua của các thành viên và tổ chức sơ kết, "
            "tổng kết đúng thời gian quy định.\n")
    assert events(plan) == []


@pytest.mark.parametrize("directive", [
    "Sở Nội vụ hướng dẫn các khối, cụm thi đua tổ chức hội nghị tổng kết công tác thi đua năm 2027.",
    "Các khối thi đua tổ chức ký kết giao ước thi đua năm 2028, hoàn thành trong quý I/2028.",
    "Khối thi đua Văn hóa - Xã hội tổ chức ký kết giao ước thi đua năm 2028 trước tháng 4/2028.",
])
def test_the_family_of_blocs_told_to_meet_or_a_deadline_by_month_is_no_meeting(directive: str) -> None:
    plan = ("UBND tỉnh ban hành Kế hoạch số 9/KH-UBND về công tác thi đua năm 2028. "
            "Khối thi đua Văn hóa - Xã hội do Sở Y tế làm Trưởng khối. " + directive + "\n")
    assert events(plan) == []


def test_a_deadline_for_other_blocs_does_not_decide_the_kind() -> None:
    """The bloc's own review is reported; 'các khối còn lại tổ chức tổng kết trước ngày …' is not it."""
    text = ("Ngày 20/12/2027, Khối thi đua số 2 tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2027. "
            "Các khối thi đua còn lại tổ chức tổng kết trước ngày 30/12/2027.\n")
    assert kind.to_be_held(text, text.index("tổng kết trước"), text.index("tổng kết trước") + 8)
    ev = one(text)
    assert ev["kind"] == "so_ket"


@pytest.mark.parametrize("lead", [
    "Nhằm đánh giá kết quả đạt được, chỉ ra những hạn chế cần khắc phục, sáng 18/12/2029, Cụm thi đua số 6 "
    "tổ chức hội nghị tổng kết công tác thi đua năm 2029.",
    "Sáng 18/12/2029, dù phải đối mặt với nhiều khó khăn, Cụm thi đua số 6 vẫn tổ chức hội nghị tổng kết "
    "công tác thi đua năm 2029.",
    "Sáng 18/12/2029, thực hiện chỉ đạo về những nhiệm vụ cần triển khai cuối năm, Cụm thi đua số 6 tổ chức "
    "hội nghị tổng kết công tác thi đua năm 2029.",
])
def test_a_modal_verb_elsewhere_in_the_lead_does_not_make_the_meeting_a_plan(lead: str) -> None:
    """'cần'/'phải' about something else ('hạn chế cần khắc phục', 'phải đối mặt', 'nhiệm vụ cần
    triển khai'), or in a clause the bloc's own dated clause follows, lays no obligation on the meeting."""
    ev = one("Các huyện miền núi chung sức thi đua\n\n" + lead + "\n")
    assert (ev["kind"], ev["date"]) == ("tong_ket", "2029-12-18")


@pytest.mark.parametrize("lead", [
    "Sáng 12/3/2029, Khối thi đua các cơ quan Đảng đã tổ chức hội nghị ký kết giao ước thi đua năm 2029 "
    "trước ngày 20/3 như kế hoạch đề ra.",
    "Sáng 12/3/2029, Khối thi đua các cơ quan Đảng tổ chức hội nghị ký kết giao ước thi đua năm 2029, "
    "sớm hơn kế hoạch phải hoàn thành trong quý I/2029.",
])
def test_a_deadline_the_reported_meeting_kept_is_no_plan(lead: str) -> None:
    """A deadline after a meeting reported as held ('đã', or the sentence opening with its date)
    is the plan the meeting kept, not a meeting still to be held."""
    ev = one("Các cơ quan Đảng thi đua hoàn thành nhiệm vụ\n\n" + lead + "\n")
    assert (ev["kind"], ev["date"]) == ("giao_uoc", "2029-03-12")


# --- campaigns --------------------------------------------------------------------------

def test_a_campaign_in_the_links_after_the_article_is_not_the_meetings() -> None:
    """A quoted movement in a headline of the "Tin khác" box after the byline is another
    article's; the same name in the body is the meeting's."""
    body = ("Khối thi đua Nội chính tổng kết năm 2027\n\n"
            "Sáng 20/12/2027, Khối thi đua Nội chính tổ chức hội nghị tổng kết công tác thi đua năm 2027, "
            "bình xét thi đua, đề nghị khen thưởng các tập thể có thành tích xuất sắc và bầu đơn vị Trưởng khối "
            "năm 2028.{}\n\n"
            "Minh An\n\nTin khác\n"
            "- Hội đồng Thi đua - Khen thưởng tỉnh họp phiên cuối năm\n"
            "- Tổng kết 5 năm phong trào \"Cả nước chung tay vì người nghèo\"\n")
    assert one(body.format(""))["campaigns"] == []
    told = " Khối hưởng ứng phong trào thi đua \"Cả nước chung tay vì người nghèo\""
    assert one(body.format(told))["campaigns"] == ["Cả nước chung tay vì người nghèo"]


# --- round-ups: what the shared passages cite ---------------------------------------------

ROUNDUP = ("Thực hiện Hướng dẫn số 77/HD-SNV ngày 10/11/2027 của Sở Nội vụ, các khối thi đua của tỉnh "
           "đã tổ chức tổng kết năm 2027.\n\n"
           "Sáng 20/12, tại Sở Tài chính, Khối thi đua Kinh tế tổ chức hội nghị tổng kết công tác thi đua năm 2027.\n\n"
           "Chiều 21/12, tại Sở Y tế, Khối thi đua Văn hóa - Xã hội tổ chức hội nghị tổng kết công tác thi đua năm 2027.\n\n"
           "{closing}")


def test_a_document_in_a_roundups_opening_is_each_sections() -> None:
    evs = events(ROUNDUP.format(closing=""), published="2027-12-22")
    assert [e["bloc"]["name"] for e in evs] == ["Khối thi đua Kinh tế", "Khối thi đua Văn hóa - Xã hội"]
    assert [[d["number"] for d in e["documents"]] for e in evs] == [["77/HD-SNV"], ["77/HD-SNV"]]


def test_a_document_in_a_roundups_closing_about_every_bloc_is_each_sections() -> None:
    text = ROUNDUP.replace("Thực hiện Hướng dẫn số 77/HD-SNV ngày 10/11/2027 của Sở Nội vụ, c", "C").format(
        closing="Các khối thi đua còn lại tổ chức tổng kết theo Công văn số 88/SNV-TĐKT ngày 1/12/2027.\n")
    evs = events(text, published="2027-12-22")
    assert [[d["number"] for d in e["documents"]] for e in evs] == [["88/SNV-TĐKT"], ["88/SNV-TĐKT"]]
    # a closing line about the last bloc alone stays that section's
    text = text.replace("Các khối thi đua còn lại tổ chức tổng kết", "Khối thi đua Văn hóa - Xã hội thực hiện")
    evs = events(text, published="2027-12-22")
    assert [[d["number"] for d in e["documents"]] for e in evs] == [[], ["88/SNV-TĐKT"]]
