"""Field families of the event, one rule at a time, through the library call.

Each test feeds a short article (a seed sentence, or a variant written for the
rule: other provinces, blocs, phrasings, typos, old-style tone marks) to
`extract` and checks the exact values RECORD.md asks for. Cases the extractor
gets wrong today are `xfail` with the wrong and the expected value in the reason.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import pytest

from khoi_extract.pipeline import extract

TITLE = "Khối thi đua Kinh tế tổng kết công tác thi đua năm 2023"
OPENING = ("Ngày 12/01/2024, Khối thi đua Kinh tế tổ chức hội nghị tổng kết công tác thi đua, "
           "khen thưởng năm 2023. ")


def record(text: str, published: str | None = None) -> dict[str, Any]:
    rec = extract(text, doc_id="t", published=published)
    for sp in rec.spans:  # every test also checks grounding
        assert text[sp.start:sp.end] == sp.text, sp
    return rec.model_dump(mode="json")


def event(text: str, published: str | None = None) -> dict[str, Any]:
    rec = record(text, published)
    assert len(rec["events"]) == 1, rec["events"]
    return rec["events"][0]


def without_tinh(names: list[str]) -> list[str]:
    """Expanded distributive items: RECORD.md writes `BĐBP Quảng Ninh`, the brief `BĐBP tỉnh Thanh Hóa`;
    scoring drops the word *tỉnh*, so both forms are right."""
    return [" ".join(w for w in n.split() if w != "tỉnh") for n in names]


def review(body: str, title: str = TITLE) -> dict[str, Any]:
    """The event of a year-end review of "Khối thi đua Kinh tế" whose body is `body`."""
    return event(f"{title}\n\n{OPENING}{body}\n")


# --------------------------------------------------------------------------- kind


@pytest.mark.parametrize("title, sentence, kind", [
    ("Khối thi đua Văn xã tổng kết năm 2021",
     "Ngày 10/01/2022, Khối thi đua Văn xã đã tiến hành tổng kết công tác thi đua, khen thưởng năm 2021.",
     "tong_ket"),
    ("Cụm thi đua Duyên hải sơ kết 6 tháng đầu năm 2023",
     "Ngày 20/7/2023, Cụm thi đua Duyên hải tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2023.",
     "so_ket"),
    ("Khối thi đua Doanh nghiệp phát động thi đua năm 2024",
     "Sáng 20/2/2024, Khối thi đua Doanh nghiệp tổ chức hội nghị phát động thi đua và ký giao ước thi đua năm 2024.",
     "phat_dong"),
    ("Khối thi đua Doanh nghiệp ký kết giao ước thi đua năm 2024",
     "Sáng 20/2/2024, Khối thi đua Doanh nghiệp tổ chức ký kết giao ước thi đua năm 2024, "
     "đồng thời phát động phong trào thi đua.",
     "giao_uoc"),
    ("Khối thi đua Doanh nghiệp tổng kết năm 2023 và ký giao ước năm 2024",
     "Ngày 10/01/2024, Khối thi đua Doanh nghiệp tổng kết công tác thi đua năm 2023 và ký kết giao ước thi đua năm 2024.",
     "tong_ket"),
    ("Cụm thi đua số 2 tổ chức Hội thao năm 2022",
     "Ngày 15/8/2022, Cụm thi đua số 2 tổ chức Hội thao năm 2022.",
     "other"),
])
def test_kind_from_headline_and_first_report(title: str, sentence: str, kind: str) -> None:
    assert event(f"{title}\n\n{sentence}\n")["kind"] == kind


def test_kind_ignores_a_campaign_launched_by_the_province() -> None:
    ev = event("Khối thi đua Văn xã sơ kết các tháng đầu năm 2019\n\n"
               "Chiều 28/8/2019, Khối thi đua Văn xã tổ chức sơ kết công tác thi đua các tháng đầu năm. "
               "Các đơn vị hưởng ứng phong trào thi đua do UBND tỉnh phát động.\n")
    assert ev["kind"] == "so_ket"


# --------------------------------------------------------------------------- date


def test_date_year_less_resolved_from_the_period_reviewed() -> None:
    # seed 001: "Chiều 27/12" in a report of the 2021 review, no publication date
    ev = event("Các cơ quan Tỉnh ủy đẩy mạnh các phong trào thi đua\n"
               "Chiều 27/12, Khối thi đua Các cơ quan Tỉnh ủy tổ chức Hội nghị tổng kết phong trào thi đua, "
               "công tác khen thưởng năm 2021, triển khai nhiệm vụ năm 2022.\n")
    assert ev["date"] == "2021-12-27"
    assert ev["period"] == {"year": 2021, "months": 12}


def test_date_january_review_of_last_year_falls_in_the_next_year() -> None:
    ev = event("Khối thi đua Văn xã tổng kết năm 2021\n\n"
               "Sáng 8/1, Khối thi đua Văn xã tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2021.\n")
    assert ev["date"] == "2022-01-08"


def test_date_year_less_resolved_from_publication_date() -> None:
    text = ("Khối thi đua Văn xã tổng kết\n\n05/01/2022\n\n"
            "Chiều 27/12, Khối thi đua Văn xã tổ chức hội nghị tổng kết công tác thi đua, khen thưởng.\n")
    rec = record(text)
    assert rec["published"] == "2022-01-05"
    assert rec["events"][0]["date"] == "2021-12-27"


def test_date_year_from_caller_given_publication_date() -> None:
    text = ("Khối thi đua Văn xã tổng kết\n\n"
            "Chiều 27/12, Khối thi đua Văn xã tổ chức hội nghị tổng kết công tác thi đua, khen thưởng.\n")
    rec = record(text, published="2022-01-03")
    assert rec["published"] == "2022-01-03"
    assert rec["events"][0]["date"] == "2021-12-27"


def test_date_in_words_with_month_and_year() -> None:
    ev = event("Khối thi đua Văn xã ký kết giao ước thi đua năm 2022\n\n"
               "Ngày 09 tháng 12 năm 2021, Khối thi đua Văn xã tổ chức ký kết giao ước thi đua năm 2022.\n")
    assert ev["date"] == "2021-12-09"
    assert ev["period"] == {"year": 2022, "months": 12}


def test_date_with_dash() -> None:
    ev = event("Cụm thi đua Duyên hải sơ kết 6 tháng đầu năm 2023\n\n"
               "Ngày 28-7, Cụm thi đua Duyên hải tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2023.\n",
               published="2023-07-30")
    assert ev["date"] == "2023-07-28"


def test_date_of_a_two_day_meeting_is_its_first_day() -> None:
    ev = event("Cụm thi đua số 4 tổng kết năm 2023\n\n"
               "Trong các ngày 04, 05/01/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n")
    assert ev["date"] == "2024-01-04"


def test_date_of_a_cited_document_is_not_the_meeting_date() -> None:
    ev = event("Khối thi đua Nội chính sơ kết 6 tháng đầu năm 2022\n\n"
               "Thực hiện Công văn số 880/SNV-TĐKT ngày 31/5/2022 của Sở Nội vụ, ngày 15/7/2022 "
               "Khối thi đua Nội chính đã tổ chức hội nghị sơ kết 6 tháng đầu năm 2022.\n")
    assert ev["date"] == "2022-07-15"


# --------------------------------------------------------------------------- period


@pytest.mark.parametrize("phrase, kind, period", [
    ("tổng kết công tác thi đua năm 2021", "tong_ket", {"year": 2021, "months": 12}),
    ("sơ kết công tác thi đua 6 tháng đầu năm 2022", "so_ket", {"year": 2022, "months": 6}),
    ("sơ kết công tác thi đua 9 tháng đầu năm 2019", "so_ket", {"year": 2019, "months": 9}),
    ("sơ kết công tác thi đua các tháng đầu năm 2019", "so_ket", {"year": 2019, "months": None}),
    ("ký kết giao ước thi đua năm 2024", "giao_uoc", {"year": 2024, "months": 12}),
])
def test_period_from_the_meeting_sentence(phrase: str, kind: str, period: dict) -> None:
    ev = event(f"Khối thi đua Nội chính họp\n\nNgày 20/10/2023, Khối thi đua Nội chính tổ chức {phrase}.\n")
    assert (ev["kind"], ev["period"]) == (kind, period)


def test_period_of_other_event_is_the_year_named() -> None:
    ev = event("Cụm thi đua số 2 tổ chức Hội thao năm 2022\n\n"
               "Ngày 15/8/2022, Cụm thi đua số 2 tổ chức Hội thao năm 2022 tại Nhà thi đấu tỉnh Tuyên Quang.\n")
    assert ev["period"] == {"year": 2022, "months": None}


# --------------------------------------------------------------------------- venue


def test_venue_seed_unit_after_tai() -> None:
    # seed 000
    ev = event("Tổng kết công tác thi đua khen thưởng khối thi đua nội chính năm 2021\n\n"
               "Ngày 10/01/2022, tại Cục Thi hành án Dân sự tỉnh, Khối thi đua Nội chính đã tiến hành tổng kết "
               "công tác thi đua, khen thưởng năm 2021.\n")
    assert ev["venue"] == "Cục Thi hành án Dân sự tỉnh"


def test_venue_without_tru_so_and_without_role_parenthesis() -> None:
    ev = event("Khối thi đua Văn hóa - Xã hội sơ kết\n\n"
               "Chiều 28/8/2019, Khối thi đua Văn hóa - Xã hội tổ chức sơ kết công tác thi đua các tháng đầu năm "
               "tại trụ sở Sở Văn hóa và Thể thao (Đơn vị Trưởng Khối năm 2019).\n")
    assert ev["venue"] == "Sở Văn hóa và Thể thao"


def test_venue_a_place_does_not_make_the_province() -> None:
    rec = record("Cụm thi đua số 2 tổ chức Hội thao năm 2022\n\n"
                 "Ngày 15/8/2022, Cụm thi đua số 2 tổ chức Hội thao năm 2022 tại Nhà thi đấu tỉnh Tuyên Quang.\n")
    assert rec["events"][0]["venue"] == "Nhà thi đấu tỉnh Tuyên Quang"
    assert rec["province"] is None


def test_venue_keeps_a_standard_name_with_a_comma() -> None:
    ev = event("Khối 9 tổng kết năm 2022\n\n"
               "Ngày 05/01/2023, Khối 9 tổ chức hội nghị tổng kết công tác thi đua năm 2022 "
               "tại Sở Văn hóa, Thể thao và Du lịch.\n")
    assert ev["venue"] == "Sở Văn hóa, Thể thao và Du lịch"


# --------------------------------------------------------------------------- bloc


@pytest.mark.parametrize("title, sentence, bloc", [
    ("Khối thi đua Nội chính tỉnh Bến Tre tổng kết năm 2022",
     "Ngày 05/01/2023, Khối thi đua Nội chính tỉnh Bến Tre tổ chức hội nghị tổng kết năm 2022.",
     {"name": "Khối thi đua Nội chính", "number": None}),
    ("Cụm thi đua số IX tổng kết năm 2022",
     "Ngày 05/01/2023, Cụm thi đua số IX Tòa án nhân dân tổ chức hội nghị tổng kết năm 2022. "
     "Cụm thi đua số IX Tòa án nhân dân có 5 đơn vị thành viên.",
     {"name": "Cụm thi đua số IX Tòa án nhân dân", "number": 9}),
    ("Khối 9 tổng kết năm 2022",
     "Ngày 05/01/2023, Khối 9 tổ chức hội nghị tổng kết công tác thi đua năm 2022.",
     {"name": "Khối 9", "number": 9}),
    ("Cụm thi đua số 3 tổng kết năm 2020",
     "Ngày 20/12/2020, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2020.",
     {"name": "Cụm thi đua số 3", "number": 3}),
])
def test_bloc_name_and_number(title: str, sentence: str, bloc: dict) -> None:
    assert event(f"{title}\n\n{sentence}\n")["bloc"] == bloc


def test_bloc_descriptive_name_wins_and_numbered_form_gives_the_number() -> None:
    # seed 002 shape: descriptive name in the headline, "Khối Thi đua số 6" in the body
    ev = event("Khối thi đua Các cơ quan tư pháp tỉnh Sóc Trăng tổ chức hội nghị sơ kết\n\n"
               "Khối thi đua Các cơ quan tư pháp tỉnh Sóc Trăng tổ chức hội nghị sơ kết\n\n"
               "Ngày 20/7/2022 tại Công an Tỉnh, Khối Thi đua số II đã tổ chức Hội nghị sơ kết phong trào thi đua "
               "6 tháng đầu năm 2022 của Khối Thi đua số II.\n")
    assert ev["bloc"] == {"name": "Khối thi đua Các cơ quan tư pháp", "number": 2}


def test_bloc_name_with_ministries_comma() -> None:
    ev = event("Khối thi đua các Bộ, ngành Kinh tế tổng hợp tổng kết năm 2022\n\n"
               "Ngày 05/01/2023, Khối thi đua các Bộ, ngành Kinh tế tổng hợp tổ chức hội nghị tổng kết năm 2022 "
               "tại Bộ Tài chính.\n")
    assert ev["bloc"] == {"name": "Khối thi đua các Bộ, ngành Kinh tế tổng hợp", "number": None}


# --------------------------------------------------------------------------- roles


def test_roles_seed_suy_ton_next_year_and_current_leader_represented() -> None:
    # seed 000, two sentences
    ev = event("Tổng kết công tác thi đua khen thưởng khối thi đua nội chính năm 2021\n\n"
               "Ngày 10/01/2022, tại Cục Thi hành án Dân sự tỉnh, Khối thi đua Nội chính đã tiến hành tổng kết "
               "công tác thi đua, khen thưởng năm 2021. Tại hội nghị, Cục Trưởng Cục Thi hành án Dân sự tỉnh đại diện "
               "đơn vị Trưởng khối đã thông qua Báo cáo tổng kết. Tại hội nghị Khối đã suy tôn Thanh tra tỉnh "
               "Vĩnh Phúc làm Trưởng khối thi đua năm 2022./.\n")
    assert ev["roles"] == [
        {"role": "leader", "org": "Cục Thi hành án Dân sự tỉnh", "year": 2021},
        {"role": "leader", "org": "Thanh tra tỉnh Vĩnh Phúc", "year": 2022},
    ]


def test_roles_in_parentheses_take_the_period_year() -> None:
    ev = review("Sở Công Thương (đơn vị Trưởng khối) đã thông qua báo cáo. "
                "Sở Xây dựng (Khối phó năm 2023) trình bày tham luận.")
    assert ev["roles"] == [
        {"role": "leader", "org": "Sở Công Thương", "year": 2023},
        {"role": "vice_leader", "org": "Sở Xây dựng", "year": 2023},
    ]


def test_roles_cluster_leader_and_vice_in_parentheses() -> None:
    ev = event("Cụm thi đua số 5 sơ kết 6 tháng đầu năm 2023\n\n"
               "Ngày 20/7/2023, Cụm thi đua số 5 tổ chức sơ kết 6 tháng đầu năm 2023. Công an tỉnh Phú Yên "
               "(Cụm trưởng) và Công an tỉnh Khánh Hòa (Cụm phó) đồng chủ trì hội nghị.\n")
    assert ev["roles"] == [
        {"role": "leader", "org": "Công an tỉnh Phú Yên", "year": 2023},
        {"role": "vice_leader", "org": "Công an tỉnh Khánh Hòa", "year": 2023},
    ]


def test_roles_dam_nhiem_vai_tro_la() -> None:
    # seed 004 phrasing, other units
    ev = review("Theo đó năm 2024, đảm nhiệm vai trò Trưởng Khối thi đua là Sở Tài nguyên và Môi trường "
                "và Phó Trưởng Khối thi đua là Sở Khoa học và Công nghệ.")
    assert ev["roles"] == [
        {"role": "leader", "org": "Sở Tài nguyên và Môi trường", "year": 2024},
        {"role": "vice_leader", "org": "Sở Khoa học và Công nghệ", "year": 2024},
    ]


def test_roles_truong_khoi_nam_la() -> None:
    ev = review("Trưởng Khối thi đua năm 2024 là Sở Giao thông vận tải, Khối phó là Sở Tài chính.")
    assert ev["roles"] == [
        {"role": "leader", "org": "Sở Giao thông vận tải", "year": 2024},
        {"role": "vice_leader", "org": "Sở Tài chính", "year": 2024},
    ]


def test_roles_duoc_bau_lam_cum_truong() -> None:
    ev = event("Cụm thi đua số 3 tổng kết năm 2020\n\n"
               "Ngày 20/12/2020, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2020. "
               "Công an tỉnh Hòa Bình được bầu làm Cụm trưởng năm 2021.\n")
    assert ev["roles"] == [{"role": "leader", "org": "Công an tỉnh Hòa Bình", "year": 2021}]


def test_roles_ban_giao_cho() -> None:
    ev = event("Cụm thi đua số 3 tổng kết năm 2020\n\n"
               "Ngày 20/12/2020, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2020. "
               "Tại hội nghị, Công an tỉnh Sơn La bàn giao Cụm trưởng năm 2021 cho Công an tỉnh Điện Biên đảm nhận.\n")
    assert {"role": "leader", "org": "Công an tỉnh Điện Biên", "year": 2021} in ev["roles"]


def test_roles_duoc_giao_la_without_a_year_are_next_year_when_stated_after_review() -> None:
    ev = review("Năm 2024, Sở Kế hoạch và Đầu tư được giao là Trưởng khối, "
                "Cục Thống kê tỉnh được giao là Khối phó.")
    assert ev["roles"] == [
        {"role": "leader", "org": "Sở Kế hoạch và Đầu tư", "year": 2024},
        {"role": "vice_leader", "org": "Cục Thống kê tỉnh", "year": 2024},
    ]


def test_roles_voi_vai_tro() -> None:
    ev = review("Với vai trò Khối trưởng năm 2023, Sở Xây dựng đã chủ trì nhiều hoạt động.")
    assert ev["roles"] == [{"role": "leader", "org": "Sở Xây dựng", "year": 2023}]


def test_roles_from_person_titles() -> None:
    ev = review("Dự hội nghị có đồng chí Trần Văn Bình, Giám đốc Sở Tư pháp, Khối phó Khối thi đua; "
                "đồng chí Lê Thị Hoa, Giám đốc Sở Y tế, Trưởng khối thi đua.")
    assert ev["roles"] == [
        {"role": "vice_leader", "org": "Sở Tư pháp", "year": 2023},
        {"role": "leader", "org": "Sở Y tế", "year": 2023},
    ]
    assert ev["people"] == [
        {"name": "Trần Văn Bình", "title": "Giám đốc Sở Tư pháp, Khối phó Khối thi đua"},
        {"name": "Lê Thị Hoa", "title": "Giám đốc Sở Y tế, Trưởng khối thi đua"},
    ]


def test_roles_keep_old_style_tone_marks_as_printed() -> None:
    ev = event("Khối thi đua Các cơ quan Đảng tổng kết năm 2022\n\n"
               "Ngày 06/01/2023, Khối thi đua Các cơ quan Đảng tổ chức hội nghị tổng kết năm 2022. "
               "Uỷ ban Kiểm tra Tỉnh uỷ (đơn vị Trưởng khối) trình bày báo cáo. "
               "Hội nghị suy tôn Ban Tuyên giáo Tỉnh uỷ làm Trưởng khối năm 2023.\n")
    assert ev["roles"] == [
        {"role": "leader", "org": "Uỷ ban Kiểm tra Tỉnh uỷ", "year": 2022},
        {"role": "leader", "org": "Ban Tuyên giáo Tỉnh uỷ", "year": 2023},
    ]


def test_roles_with_a_lower_case_typo_in_the_role_word() -> None:
    ev = event("Khối thi đua Các cơ quan Đảng tổng kết năm 2022\n\n"
               "Ngày 06/01/2023, Khối thi đua Các cơ quan Đảng tổ chức hội nghị tông kết năm 2022. "
               "Các đơm vị thành viên thảo luận. Hội nghị suy tôn Ban Tuyên giáo Tỉnh ủy làm trưởng Khối năm 2023.\n")
    assert ev["roles"] == [{"role": "leader", "org": "Ban Tuyên giáo Tỉnh ủy", "year": 2023}]


def test_roles_suy_ton_leader_and_vice_in_one_sentence() -> None:
    ev = review("Hội nghị đã suy tôn Sở Giao thông vận tải làm Trưởng khối năm 2024 và "
                "Sở Nông nghiệp và Phát triển nông thôn làm Khối phó năm 2024.")
    assert ev["roles"] == [
        {"role": "leader", "org": "Sở Giao thông vận tải", "year": 2024},
        {"role": "vice_leader", "org": "Sở Nông nghiệp và Phát triển nông thôn", "year": 2024},
    ]


def test_roles_bau_lam_both_in_one_sentence() -> None:
    ev = review("Hội nghị đã bầu Sở Công Thương làm Trưởng khối và Sở Xây dựng làm Khối phó năm 2024.")
    assert ev["roles"] == [
        {"role": "leader", "org": "Sở Công Thương", "year": 2024},
        {"role": "vice_leader", "org": "Sở Xây dựng", "year": 2024},
    ]


# --------------------------------------------------------------------------- members


def test_members_from_a_gom_list_and_stated_count() -> None:
    rec = record("Khối thi đua Các cơ quan Đảng tổng kết năm 2022\n\n"
                 "Ngày 05/01/2023, Khối thi đua Các cơ quan Đảng tỉnh Kon Tum tổ chức hội nghị tổng kết năm 2022. "
                 "Khối gồm 5 đơn vị: Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy, Ban Dân vận Tỉnh ủy, "
                 "Ủy ban Kiểm tra Tỉnh ủy và Văn phòng Tỉnh ủy.\n")
    ev = rec["events"][0]
    assert ev["members"] == ["Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy",
                             "Ủy ban Kiểm tra Tỉnh ủy", "Văn phòng Tỉnh ủy"]
    assert ev["member_count"] == 5
    assert rec["province"] == "Kon Tum"


def test_members_seed_002_list_with_role_parentheses() -> None:
    ev = event("Khối thi đua Các cơ quan nội chính tỉnh Trà Vinh tổ chức hội nghị sơ kết\n\n"
               "Ngày 20/7/2022, Khối Thi đua số 6 đã tổ chức Hội nghị sơ kết phong trào thi đua 6 tháng đầu năm 2022. "
               "Tham dự có đại diện của 05 cơ quan, đơn vị thành viên Khối thi đua số 6 là Cục Thi hành án dân sự "
               "(Trưởng khối năm 2022), Công an Tỉnh (Khối phó năm 2022), Tòa án nhân dân Tỉnh, Sở Tư pháp "
               "và Thanh tra Tỉnh.\n")
    assert ev["members"] == ["Cục Thi hành án dân sự", "Công an Tỉnh", "Tòa án nhân dân Tỉnh", "Sở Tư pháp",
                             "Thanh tra Tỉnh"]
    assert ev["member_count"] == 5
    assert ev["roles"] == [
        {"role": "leader", "org": "Cục Thi hành án dân sự", "year": 2022},
        {"role": "vice_leader", "org": "Công an Tỉnh", "year": 2022},
    ]


def test_members_include_role_holders_first() -> None:
    ev = review("Sở Công Thương (đơn vị Trưởng khối) đã thông qua báo cáo. "
                "Sở Xây dựng (Khối phó năm 2023) trình bày tham luận.")
    assert ev["members"] == ["Sở Công Thương", "Sở Xây dựng"]


def test_members_count_of_member_units() -> None:
    ev = event("Khối thi đua Tổng hợp tổng kết năm 2022\n\n"
               "Ngày 05/01/2023, Khối thi đua Tổng hợp tổ chức hội nghị tổng kết năm 2022 với sự tham dự "
               "của lãnh đạo 11 cơ quan, đơn vị thành viên.\n")
    assert ev["member_count"] == 11
    assert ev["members"] == []


def test_members_seed_001_count_in_khoi() -> None:
    ev = event("Các cơ quan Tỉnh ủy đẩy mạnh các phong trào thi đua\n"
               "Chiều 27/12, Khối thi đua Các cơ quan Tỉnh ủy tổ chức Hội nghị tổng kết phong trào thi đua năm 2021.\n\n"
               "Dự hội nghị có lãnh đạo BanThi đua - Khen thưởng tỉnh; lãnh đạo 9 cơ quan trong khối.\n")
    assert ev["member_count"] == 9


def test_members_distributive_list_after_colon() -> None:
    ev = event("Cụm thi đua số 2 tổng kết năm 2022\n\n"
               "Ngày 05/01/2023, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2022. Cụm thi đua số 2 gồm 04 đơn vị "
               "là BĐBP các tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh và Quảng Bình.\n")
    assert without_tinh(ev["members"]) == without_tinh(["BĐBP tỉnh Thanh Hóa", "BĐBP tỉnh Nghệ An", "BĐBP tỉnh Hà Tĩnh",
                             "BĐBP tỉnh Quảng Bình"])
    assert ev["member_count"] == 4


def test_members_distributive_list_of_departments() -> None:
    ev = event("Khối thi đua Kinh tế tổng kết năm 2022\n\n"
               "Ngày 05/01/2023, Khối thi đua Kinh tế tổ chức hội nghị tổng kết năm 2022. "
               "Khối gồm các sở: Tài chính, Xây dựng, Công Thương.\n")
    assert ev["members"] == ["Sở Tài chính", "Sở Xây dựng", "Sở Công Thương"]


def test_members_roman_cluster_of_courts() -> None:
    ev = event("Cụm thi đua số IX tổng kết năm 2022\n\n"
               "Ngày 05/01/2023, Cụm thi đua số IX Tòa án nhân dân tổ chức hội nghị tổng kết công tác thi đua "
               "năm 2022. Cụm thi đua số IX Tòa án nhân dân gồm TAND các tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh "
               "và Quảng Bình.\n")
    assert without_tinh(ev["members"]) == without_tinh(["TAND tỉnh Thanh Hóa", "TAND tỉnh Nghệ An", "TAND tỉnh Hà Tĩnh",
                             "TAND tỉnh Quảng Bình"])


def test_members_distributive_list_after_cum_gom() -> None:
    ev = event("Cụm thi đua số 1 tổng kết năm 2022\n\n"
               "Ngày 05/01/2023, Cụm thi đua số 1 tổ chức hội nghị tổng kết công tác thi đua năm 2022. "
               "Cụm gồm BĐBP các tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh.\n")
    assert without_tinh(ev["members"]) == without_tinh(["BĐBP tỉnh Thanh Hóa", "BĐBP tỉnh Nghệ An", "BĐBP tỉnh Hà Tĩnh"])


def test_members_distributive_list_with_a_number() -> None:
    ev = event("Cụm thi đua số 2 tổng kết năm 2022\n\n"
               "Ngày 05/01/2023, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2022. "
               "Cụm gồm Công an 3 tỉnh: Lào Cai, Yên Bái, Hà Giang.\n")
    assert without_tinh(ev["members"]) == without_tinh(["Công an tỉnh Lào Cai", "Công an tỉnh Yên Bái", "Công an tỉnh Hà Giang"])
    assert ev["member_count"] == 3


def test_members_districts_by_number() -> None:
    ev = event("Cụm thi đua số 2 tổng kết năm 2022\n\n"
               "Ngày 05/01/2023, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2022. "
               "Cụm gồm các quận 1, 3, 5 và 10.\n")
    assert ev["members"] == ["Quận 1", "Quận 3", "Quận 5", "Quận 10"]


def test_members_district_committees_by_number() -> None:
    ev = event("Cụm thi đua số 3 tổng kết năm 2022\n\n"
               "Ngày 05/01/2023, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2022. "
               "Cụm gồm UBND các quận 1, 3, 5 và 10.\n")
    assert ev["members"] == ["UBND Quận 1", "UBND Quận 3", "UBND Quận 5", "UBND Quận 10"]


def test_members_distributive_list_without_colon() -> None:
    ev = event("Cụm thi đua số 2 tổng kết năm 2022\n\n"
               "Ngày 05/01/2023, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2022. "
               "Cụm thi đua gồm TAND các tỉnh Thanh Hóa, Nghệ An và Hà Tĩnh.\n")
    assert without_tinh(ev["members"]) == without_tinh(["TAND tỉnh Thanh Hóa", "TAND tỉnh Nghệ An", "TAND tỉnh Hà Tĩnh"])


# --------------------------------------------------------------------------- awards


def test_awards_seed_000_three_proposals() -> None:
    ev = review("Năm 2023 Khối thi đua Kinh tế đã bình xét đề nghị  tặng Cờ thi đua Chính phủ cho 01 đơn vị, "
                "Cờ thi đua của UBND tỉnh cho 01 đơn vị, đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 02 đơn vị.")
    assert ev["awards"] == [
        {"kind": "co_thi_dua", "level": "chinh_phu", "recipient_type": "don_vi", "count": 1, "status": "proposed"},
        {"kind": "co_thi_dua", "level": "tinh", "recipient_type": "don_vi", "count": 1, "status": "proposed"},
        {"kind": "bang_khen", "level": "tinh", "recipient_type": "don_vi", "count": 2, "status": "proposed"},
    ]


def test_awards_one_proposal_two_authorities() -> None:
    ev = review("Các đại biểu đã bỏ phiếu suy tôn đơn vị dẫn đầu đề nghị UBND tỉnh, Chính phủ tặng Cờ thi đua.")
    assert ev["awards"] == [
        {"kind": "co_thi_dua", "level": "tinh", "recipient_type": "don_vi", "count": None, "status": "proposed"},
        {"kind": "co_thi_dua", "level": "chinh_phu", "recipient_type": "don_vi", "count": None,
         "status": "proposed"},
    ]


def test_awards_unspecified_commendation_with_counts() -> None:
    ev = review("Tại hội nghị đã khen thưởng 12 tập thể, 7 cá nhân có thành tích xuất sắc.")
    assert ev["awards"] == [
        {"kind": "khen_thuong", "level": None, "recipient_type": "tap_the", "count": 12, "status": "conferred"},
        {"kind": "khen_thuong", "level": None, "recipient_type": "ca_nhan", "count": 7, "status": "conferred"},
    ]


def test_awards_prime_minister_and_government_levels() -> None:
    ev = review("Khối đã bình xét đề nghị tặng Cờ thi đua của Chính phủ cho 01 đơn vị, "
                "đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 03 đơn vị.")
    assert ev["awards"] == [
        {"kind": "co_thi_dua", "level": "chinh_phu", "recipient_type": "don_vi", "count": 1, "status": "proposed"},
        {"kind": "bang_khen", "level": "thu_tuong", "recipient_type": "don_vi", "count": 3, "status": "proposed"},
    ]


def test_awards_ministry_level() -> None:
    ev = review("Khối đã suy tôn đề nghị Bộ trưởng Bộ Tài chính tặng Bằng khen cho 02 đơn vị.")
    assert ev["awards"] == [
        {"kind": "bang_khen", "level": "bo_nganh", "recipient_type": "don_vi", "count": 2, "status": "proposed"},
    ]


def test_awards_bloc_certificates_conferred_to_collectives_and_individuals() -> None:
    ev = review("Tại hội nghị, 2 tập thể, 6 cá nhân được tặng Giấy khen của Khối.")
    assert ev["awards"] == [
        {"kind": "giay_khen", "level": "khoi", "recipient_type": "tap_the", "count": 2, "status": "conferred"},
        {"kind": "giay_khen", "level": "khoi", "recipient_type": "ca_nhan", "count": 6, "status": "conferred"},
    ]


def test_awards_named_unit_receives_a_flag() -> None:
    ev = review("Tại hội nghị, Sở Xây dựng được trao Cờ thi đua của UBND tỉnh.")
    assert ev["awards"] == [
        {"kind": "co_thi_dua", "level": "tinh", "recipient_type": "don_vi", "count": 1, "status": "conferred"},
    ]


def test_awards_one_authority_governs_two_awards() -> None:
    ev = review("Hội nghị đã bình xét, đề nghị UBND tỉnh tặng Cờ thi đua cho 02 đơn vị và Bằng khen cho 04 đơn vị.")
    assert ev["awards"] == [
        {"kind": "co_thi_dua", "level": "tinh", "recipient_type": "don_vi", "count": 2, "status": "proposed"},
        {"kind": "bang_khen", "level": "tinh", "recipient_type": "don_vi", "count": 4, "status": "proposed"},
    ]


def test_awards_title_proposed_for_collectives() -> None:
    ev = review("Khối đã đề nghị UBND tỉnh tặng danh hiệu Tập thể lao động xuất sắc cho 5 tập thể.")
    assert ev["awards"] == [
        {"kind": "danh_hieu", "level": "tinh", "recipient_type": "tap_the", "count": 5, "status": "proposed"},
    ]


def test_awards_order_has_no_level_in_the_enum() -> None:
    ev = review("Khối thống nhất đề nghị tặng Huân chương Lao động hạng Ba cho 01 đơn vị.")
    assert ev["awards"] == [
        {"kind": "huan_chuong", "level": None, "recipient_type": "don_vi", "count": 1, "status": "proposed"},
    ]


@pytest.mark.parametrize("sentence", [
    "Các đơn vị phấn đấu đạt danh hiệu Tập thể lao động xuất sắc.",
    "Công tác thi đua, khen thưởng được thực hiện đúng Luật Thi đua, khen thưởng.",
    "Các cơ quan, đơn vị đã khen thưởng và đề nghị khen thưởng bằng các hình thức đảm bảo đúng tiêu chuẩn.",
])
def test_awards_goals_and_generic_mentions_are_not_awards(sentence: str) -> None:
    assert review(sentence)["awards"] == []


def test_awards_level_from_the_conferring_subject() -> None:
    ev = review("Nhân dịp này, Chủ tịch UBND tỉnh đã trao Bằng khen cho 5 tập thể có thành tích xuất sắc.")
    assert ev["awards"] == [
        {"kind": "bang_khen", "level": "tinh", "recipient_type": "tap_the", "count": 5, "status": "conferred"},
    ]


# --------------------------------------------------------------------------- documents


@pytest.mark.parametrize("sentence, doc", [
    ("Khối đã thực hiện tốt Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua.",
     {"type": "chi_thi", "number": "34-CT/TW", "date": "2014-04-07", "issuer": "Bộ Chính trị"}),
    ("Thực hiện Kế hoạch số 238/KH- KNC ngày 15/3/2023 của Khối thi đua Kinh tế, các đơn vị đã đăng ký thi đua.",
     {"type": "ke_hoach", "number": "238/KH-KNC", "date": "2023-03-15", "issuer": "Khối thi đua Kinh tế"}),
    ("Các đơn vị thực hiện Quy định số 12-QĐi/TW về trách nhiệm nêu gương.",
     {"type": "other", "number": "12-QĐi/TW", "date": None, "issuer": None}),
    ("Căn cứ Quyết định 1224/QĐ-UBND ngày 05 tháng 6 năm 2023 của UBND tỉnh Nam Định, Khối đã xây dựng quy chế.",
     {"type": "quyet_dinh", "number": "1224/QĐ-UBND", "date": "2023-06-05", "issuer": "UBND tỉnh Nam Định"}),
    ("Thực hiện Quyết định số 157/QĐ-KTĐS6 ngày 22/3/2022 về việc ban hành quy định về tổ chức của Khối.",
     {"type": "quyet_dinh", "number": "157/QĐ-KTĐS6", "date": "2022-03-22", "issuer": None}),
    ("Thực hiện Hướng dẫn số 21/HD-HĐTĐKT ngày 04/12/2019 của Sở Nội vụ tỉnh Quảng Nam như: xây dựng quy chế.",
     {"type": "huong_dan", "number": "21/HD-HĐTĐKT", "date": "2019-12-04", "issuer": "Sở Nội vụ tỉnh Quảng Nam"}),
])
def test_documents_one(sentence: str, doc: dict) -> None:
    assert review(sentence)["documents"] == [doc]


def test_documents_two_with_year_in_the_number() -> None:
    ev = review("Theo Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ và Thông tư số 01/2024/TT-BNV, "
                "công tác khen thưởng được đổi mới.")
    assert ev["documents"] == [
        {"type": "nghi_dinh", "number": "98/2023/NĐ-CP", "date": "2023-12-31", "issuer": "Chính phủ"},
        {"type": "thong_tu", "number": "01/2024/TT-BNV", "date": None, "issuer": None},
    ]


def test_documents_type_from_the_symbol_without_a_word() -> None:
    ev = review("Các đơn vị triển khai theo số 45/KH-UBND ngày 02/02/2023 của UBND tỉnh.")
    assert ev["documents"] == [
        {"type": "ke_hoach", "number": "45/KH-UBND", "date": "2023-02-02", "issuer": "UBND tỉnh"},
    ]


def test_documents_issuer_with_a_comma_in_its_name() -> None:
    ev = review("Khối đã duy trì tốt các hoạt động theo đúng quy định tại Hướng dẫn số 21/HD-HĐTĐKT ngày "
                "04/12/2019 của Hội đồng Thi đua, khen thưởng tỉnh như: Xây dựng quy chế.")
    assert ev["documents"] == [
        {"type": "huong_dan", "number": "21/HD-HĐTĐKT", "date": "2019-12-04",
         "issuer": "Hội đồng Thi đua, khen thưởng tỉnh"},
    ]


def test_documents_plain_dates_are_not_documents() -> None:
    assert review("Hội thao chào mừng Cách mạng Tháng 8 thành công (19/8/1945-19/8/2023).")["documents"] == []


# --------------------------------------------------------------------------- people


def test_people_list_after_dong_chi_with_titles() -> None:
    # seed 004 shape
    ev = review("Tham dự hội nghị có đồng chí: Phan Văn Lộc, Chánh Văn phòng Sở Công Thương, trưởng khối thi đua "
                "Kinh tế; Đinh Thị Yến, Giám đốc Kho bạc Nhà nước tỉnh, phó trưởng khối thi đua kinh tế; "
                "Lãnh đạo sở Nội vụ.")
    assert ev["people"] == [
        {"name": "Phan Văn Lộc", "title": "Chánh Văn phòng Sở Công Thương, trưởng khối thi đua Kinh tế"},
        {"name": "Đinh Thị Yến", "title": "Giám đốc Kho bạc Nhà nước tỉnh, phó trưởng khối thi đua kinh tế"},
    ]


def test_people_cues_ong_ba_and_rank() -> None:
    ev = review("Dự hội nghị có đồng chí Phạm Văn Hùng, Phó Chủ tịch UBND tỉnh; ông Đỗ Minh Tâm, Giám đốc Sở Nội vụ. "
                "Đại tá Vũ Quang Huy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh phát biểu tại hội nghị.")
    assert ev["people"] == [
        {"name": "Phạm Văn Hùng", "title": "Phó Chủ tịch UBND tỉnh"},
        {"name": "Đỗ Minh Tâm", "title": "Giám đốc Sở Nội vụ"},
        {"name": "Vũ Quang Huy", "title": "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"},
    ]


def test_people_title_before_the_name() -> None:
    ev = review("Phát biểu chỉ đạo tại hội nghị, Phó Chủ tịch UBND tỉnh Hoàng Thị Lan đánh giá cao kết quả của Khối.")
    assert ev["people"] == [{"name": "Hoàng Thị Lan", "title": "Phó Chủ tịch UBND tỉnh"}]


def test_people_surname_that_looks_like_a_title() -> None:
    # seed 002: "Ngô Tổng Trưởng" is a name
    ev = review("Dự và chỉ đạo hội nghị có đồng chí Ngô Tổng Trưởng, Thư ký Hội đồng Thi đua- Khen thưởng Tỉnh.")
    assert ev["people"] == [{"name": "Ngô Tổng Trưởng", "title": "Thư ký Hội đồng Thi đua- Khen thưởng Tỉnh"}]


def test_people_not_historical_figures() -> None:
    ev = review("Khối tiếp tục học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; "
                "thực hiện lời dạy của Chủ tịch Hồ Chí Minh.")
    assert ev["people"] == []


def test_people_title_keeps_a_dashed_bloc_role() -> None:
    """RECORD.md ruling: the whole appositive as printed, a bloc role in it included."""
    ev = review("Kết luận Hội nghị, đồng chí Bùi Văn Khanh, Phó Cục trưởng Cục Thi hành án dân sự- Trưởng khối "
                "thay mặt Khối tiếp thu ý kiến chỉ đạo.")
    assert ev["people"] == [{"name": "Bùi Văn Khanh", "title": "Phó Cục trưởng Cục Thi hành án dân sự- Trưởng khối"}]


# --------------------------------------------------------------------------- campaigns


def test_campaigns_in_curly_quotes_after_phong_trao() -> None:
    ev = review("Các đơn vị hưởng ứng phong trào thi đua “Dân vận khéo” và phong trào “Chung sức xây dựng nông thôn mới”.")
    assert ev["campaigns"] == ["Dân vận khéo", "Chung sức xây dựng nông thôn mới"]


def test_campaigns_theme_in_straight_quotes() -> None:
    ev = review("Năm 2024, Khối phát động phong trào thi đua với chủ đề \"Đoàn kết, kỷ cương, đổi mới, hiệu quả\".")
    assert ev["campaigns"] == ["Đoàn kết, kỷ cương, đổi mới, hiệu quả"]


def test_campaigns_list_after_la_colon() -> None:
    # seed 003 shape
    ev = review("Theo đó, 2 phong trào thi đua lớn do Thủ tướng Chính phủ, UBND tỉnh phát động là: "
                "“Cả nước chung tay xây dựng nông thôn mới”; “Doanh nghiệp Việt Nam hội nhập và phát triển” "
                "đã được các đơn vị triển khai.")
    assert ev["campaigns"] == ["Cả nước chung tay xây dựng nông thôn mới",
                               "Doanh nghiệp Việt Nam hội nhập và phát triển"]


@pytest.mark.parametrize("sentence", [
    "Báo cáo nêu rõ “những hạn chế cần khắc phục” trong năm qua.",
    "Khối đề nghị tặng danh hiệu “Tập thể lao động xuất sắc” cho 2 đơn vị.",
])
def test_campaigns_other_quotes_are_not_campaigns(sentence: str) -> None:
    assert review(sentence)["campaigns"] == []


# --------------------------------------------------------------------------- province


def test_province_stated_after_the_bloc_name() -> None:
    rec = record("Khối thi đua Nội chính tỉnh Bến Tre tổng kết năm 2022\n\n"
                 "Ngày 05/01/2023, Khối thi đua Nội chính tỉnh Bến Tre tổ chức hội nghị tổng kết năm 2022.\n")
    assert rec["province"] == "Bến Tre"


def test_province_inferred_from_a_member_unit() -> None:
    rec = record("Khối thi đua Tài chính tổng kết năm 2022\n\n"
                 "Ngày 05/01/2023, Khối thi đua Tài chính tổ chức hội nghị tổng kết năm 2022. "
                 "Cục Thuế tỉnh Cà Mau (đơn vị Trưởng khối) báo cáo kết quả.\n")
    assert rec["province"] == "Cà Mau"


def test_province_null_for_a_multi_province_cluster() -> None:
    rec = record("Cụm thi đua các tỉnh Tây Bắc tổng kết năm 2022\n\n"
                 "Ngày 05/01/2023, Cụm thi đua Công an các tỉnh Tây Bắc tổ chức hội nghị tổng kết năm 2022 tại "
                 "Công an tỉnh Lai Châu. Cụm gồm Công an các tỉnh: Lai Châu, Điện Biên, Sơn La, Hòa Bình.\n")
    assert rec["province"] is None


def test_province_null_for_a_national_bloc() -> None:
    rec = record("Khối thi đua các Bộ, ngành Kinh tế tổng hợp tổng kết năm 2022\n\n"
                 "Ngày 05/01/2023, Khối thi đua các Bộ, ngành Kinh tế tổng hợp tổ chức hội nghị tổng kết năm 2022 "
                 "tại Bộ Tài chính. Bộ Kế hoạch và Đầu tư (Trưởng khối năm 2022) chủ trì.\n")
    assert rec["province"] is None
    assert rec["events"][0]["roles"] == [{"role": "leader", "org": "Bộ Kế hoạch và Đầu tư", "year": 2022}]


def test_province_null_without_a_clue() -> None:
    rec = record("Khối thi đua Văn xã tổng kết năm 2021\n\n"
                 "Ngày 10/01/2022, Khối thi đua Văn xã tổ chức hội nghị tổng kết công tác thi đua năm 2021.\n")
    assert rec["province"] is None


# --------------------------------------------------------------------------- metadata


BODY = ("Ngày 12/01/2024, tại Sở Y tế, Khối thi đua Văn hóa - Xã hội tổ chức hội nghị tổng kết công tác "
        "thi đua, khen thưởng năm 2023.\n\n")
HEAD = "Khối thi đua Văn hóa - Xã hội tổng kết năm 2023"


@pytest.mark.parametrize("text, title, published, author", [
    (f"Xuất bản thông tin\n\nnull {HEAD}\n\nChi tiết bài viết TIN_TUC\n\n{HEAD}\n\n{BODY}Trần Minh Khoa\n",
     HEAD, None, "Trần Minh Khoa"),
    (f"Trang chủ | Tin tức | Sự kiện\n\n{HEAD}\n\nCập nhật lúc 14:30 13/01/2024\n\n{BODY}Lê Hà\n\n"
     "Tin liên quan\n\nKhối thi đua Nội chính họp\n",
     HEAD, "2024-01-13", "Lê Hà"),
    (f"{HEAD}\n\n13/01/2024\n\n{BODY}CTV\n\nThông tin mới nhất\nThống kê truy cập\n  • Đang online: 16\nĐăng nhập\n",
     HEAD, "2024-01-13", "CTV"),
    (f"{HEAD}\nPhạm Thu Trang\n13/01/2024\n\n{BODY}", HEAD, "2024-01-13", "Phạm Thu Trang"),
    (f"{HEAD}\n\n13/01/2024\n\n{BODY}Trần Minh Khoa\nBan Thi đua, Khen thưởng - Sở Nội vụ\n\n"
     "Tháng 1, 2024\nCN T2 T3 T4 T5 T6 T7\n1 2 3 4 5 6 7\n8 9 10 11 12 13 14\n",
     HEAD, "2024-01-13", "Trần Minh Khoa"),
    (f"{BODY}Nguyễn Văn Tư\n", None, None, "Nguyễn Văn Tư"),
])
def test_metadata_title_published_author(text: str, title: str | None, published: str | None,
                                         author: str | None) -> None:
    rec = record(text)
    assert (rec["title"], rec["published"], rec["author"]) == (title, published, author)
    assert len(rec["events"]) == 1


def test_metadata_calendar_widget_is_not_the_publication_date() -> None:
    rec = record(f"{HEAD}\n\n{BODY}Tháng 7, 2020\nCN T2 T3 T4 T5 T6 T7\n25 26 27 28 29 30 1\n")
    assert rec["published"] is None


# --------------------------------------------------------------------------- input forms


def test_decomposed_input_gives_the_same_values_composed() -> None:
    text = unicodedata.normalize(
        "NFD", "Khối thi đua Các cơ quan Đảng tổng kết năm 2022\n\nNgày 06/01/2023, Khối thi đua Các cơ quan Đảng "
        "tổ chức hội nghị tổng kết năm 2022 tại Ủy ban Kiểm tra Tỉnh ủy. "
        "Hội nghị suy tôn Ban Tuyên giáo Tỉnh ủy làm Trưởng khối năm 2023.\n")
    ev = event(text)
    assert ev["venue"] == "Ủy ban Kiểm tra Tỉnh ủy"  # NFC: the same letters, comparable with any other value
    assert [(r["role"], r["org"], r["year"]) for r in ev["roles"]] == [("leader", "Ban Tuyên giáo Tỉnh ủy", 2023)]
    assert ev["date"] == "2023-01-06"


def test_nbsp_and_crlf_input() -> None:
    text = ("Khối thi đua Các cơ quan Đảng tổng kết năm 2022\r\n\r\nNgày\u00a006/01/2023, Khối\u00a0thi đua Các cơ "
            "quan Đảng tổ chức hội nghị tổng kết năm\u00a02022 tại Ủy ban Kiểm tra Tỉnh ủy. Hội nghị suy tôn Ban "
            "Tuyên giáo Tỉnh ủy làm Trưởng khối năm 2023.\r\n")
    rec = record(text)
    ev = rec["events"][0]
    assert rec["title"] == "Khối thi đua Các cơ quan Đảng tổng kết năm 2022"
    assert ev["date"] == "2023-01-06"
    assert ev["bloc"] == {"name": "Khối thi đua Các cơ quan Đảng", "number": None}  # a plain space in the value
    assert any("\u00a0" in sp["text"] for sp in rec["spans"])  # the span keeps the character as read
    assert ev["venue"] == "Ủy ban Kiểm tra Tỉnh ủy"


def test_published_argument_accepts_a_date_object() -> None:
    rec = extract("Khối thi đua Văn xã tổng kết\n\nChiều 27/12, Khối thi đua Văn xã tổ chức hội nghị tổng kết.\n",
                  published=dt.date(2022, 1, 3))
    assert rec.published == dt.date(2022, 1, 3)
    assert rec.events[0].date == dt.date(2021, 12, 27)


# --------------------------------------------------------------------------- more variants

CLUSTER = ("Cụm thi đua số 4 tổng kết năm 2023\n\nNgày 12/01/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết "
           "công tác thi đua, khen thưởng năm 2023. ")


def cluster_review(body: str) -> dict[str, Any]:
    return event(f"{CLUSTER}{body}\n")


@pytest.mark.parametrize("sentence, doc", [
    ("Khối quán triệt Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022 của Quốc hội.",
     {"type": "luat", "number": "06/2022/QH15", "date": "2022-06-15", "issuer": "Quốc hội"}),
    ("Khối ban hành Tờ trình số 05/TTr-KTĐ đề nghị khen thưởng.",
     {"type": "to_trinh", "number": "05/TTr-KTĐ", "date": None, "issuer": None}),
    ("Thực hiện Thông báo số 3/TB-HĐTĐKT ngày 02/01/2024 của Hội đồng Thi đua - Khen thưởng tỉnh, các đơn vị chấm điểm.",
     {"type": "thong_bao", "number": "3/TB-HĐTĐKT", "date": "2024-01-02",
      "issuer": "Hội đồng Thi đua - Khen thưởng tỉnh"}),
    ("Thực hiện Nghị quyết số 12-NQ/TU ngày 05/5/2021 của Ban Chấp hành Đảng bộ tỉnh, Khối đã triển khai.",
     {"type": "nghi_quyet", "number": "12-NQ/TU", "date": "2021-05-05", "issuer": "Ban Chấp hành Đảng bộ tỉnh"}),
    ("Thực hiện Kết luận số 50-KL/TW của Ban Bí thư, Khối đã triển khai.",
     {"type": "other", "number": "50-KL/TW", "date": None, "issuer": "Ban Bí thư"}),
    ("Khối xây dựng Quy chế số 01/QC-KTĐ về hoạt động của Khối.",
     {"type": "other", "number": "01/QC-KTĐ", "date": None, "issuer": None}),
    ("Theo Công văn số 1224 /SNV-TĐKT ngày 31/5/2023 của Sở Nội vụ, các đơn vị đăng ký thi đua.",
     {"type": "cong_van", "number": "1224/SNV-TĐKT", "date": "2023-05-31", "issuer": "Sở Nội vụ"}),
    ("Theo Hướng dẫn số 21/HD-SNV của Sở Nội vụ, Khối chấm điểm. Hướng dẫn số 21/HD-SNV quy định rõ tiêu chí.",
     {"type": "huong_dan", "number": "21/HD-SNV", "date": None, "issuer": "Sở Nội vụ"}),
])
def test_documents_types_and_repeats(sentence: str, doc: dict) -> None:
    assert review(sentence)["documents"] == [doc]


def test_date_sang_nay_with_the_day_in_parentheses() -> None:
    ev = event("Khối thi đua Kinh tế tổng kết năm 2023\n\n15/01/2024\n\n"
               "Sáng nay (15/1), Khối thi đua Kinh tế tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n")
    assert ev["date"] == "2024-01-15"


def test_date_with_dots() -> None:
    ev = event("Khối thi đua Kinh tế tổng kết năm 2023\n\n"
               "Ngày 5.1.2024, Khối thi đua Kinh tế tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n")
    assert ev["date"] == "2024-01-05"


def test_date_null_when_the_article_gives_none() -> None:
    ev = event("Khối thi đua Kinh tế tổng kết năm 2023\n\n"
               "Vừa qua, Khối thi đua Kinh tế tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n")
    assert ev["date"] is None
    assert ev["period"] == {"year": 2023, "months": 12}


def test_kind_giao_ban_of_half_a_year_is_a_mid_term_review() -> None:
    ev = event("Khối thi đua Nội chính giao ban 6 tháng đầu năm 2023\n\n"
               "Ngày 14/7/2023, Khối thi đua Nội chính tổ chức giao ban 6 tháng đầu năm 2023.\n")
    assert (ev["kind"], ev["period"]) == ("so_ket", {"year": 2023, "months": 6})


def test_roles_numbered_bloc_of_a_province_leader_stated_with_la() -> None:
    rec = record("Khối thi đua số 5 tỉnh Long An sơ kết 6 tháng đầu năm 2023\n\n"
                 "Ngày 14/7/2023, Khối thi đua số 5 tỉnh Long An tổ chức sơ kết 6 tháng đầu năm 2023. "
                 "Khối trưởng năm 2023 là Sở Y tế.\n")
    assert rec["province"] == "Long An"
    assert rec["events"][0]["bloc"] == {"name": "Khối thi đua số 5", "number": 5}
    assert rec["events"][0]["roles"] == [{"role": "leader", "org": "Sở Y tế", "year": 2023}]


def test_roles_la_don_vi_cum_truong_of_a_launch_year() -> None:
    ev = event("Cụm thi đua số 1 phát động thi đua năm 2022\n\n"
               "Ngày 10/3/2022, Cụm thi đua số 1 tổ chức hội nghị phát động thi đua năm 2022. "
               "Năm 2022, BĐBP tỉnh Lạng Sơn là đơn vị Cụm trưởng.\n")
    assert (ev["kind"], ev["period"]) == ("phat_dong", {"year": 2022, "months": 12})
    assert ev["roles"] == [{"role": "leader", "org": "BĐBP tỉnh Lạng Sơn", "year": 2022}]


def test_roles_between_dashes() -> None:
    ev = event("Khối thi đua Văn xã tổng kết năm 2023\n\n"
               "Ngày 05/01/2024, Khối thi đua Văn xã tổ chức hội nghị tổng kết năm 2023. "
               "Sở Y tế - đơn vị Trưởng khối năm 2023 - đã báo cáo kết quả.\n")
    assert ev["roles"] == [{"role": "leader", "org": "Sở Y tế", "year": 2023}]


@pytest.mark.parametrize("sentence, count", [
    ("Khối có 12 đơn vị thành viên.", 12),
    ("Khối thi đua Văn xã gồm 08 cơ quan, đơn vị.", 8),
])
def test_member_count_phrasings(sentence: str, count: int) -> None:
    ev = event("Khối thi đua Văn xã tổng kết năm 2023\n\n"
               f"Ngày 05/01/2024, Khối thi đua Văn xã tổ chức hội nghị tổng kết năm 2023. {sentence}\n")
    assert ev["member_count"] == count


def test_members_numbered_districts_and_a_named_district() -> None:
    rec = record("Cụm thi đua số 7 tổng kết năm 2023\n\n"
                 "Ngày 05/01/2024, Cụm thi đua số 7 gồm UBND các quận 4, 7 và huyện Nhà Bè tổ chức hội nghị tổng kết "
                 "năm 2023. Tham dự có đại diện Ban Thi đua - Khen thưởng TP. Hồ Chí Minh.\n")
    assert rec["events"][0]["members"] == ["UBND Quận 4", "UBND Quận 7", "UBND huyện Nhà Bè"]


def test_venue_after_o() -> None:
    ev = event("Khối thi đua Văn xã tổng kết năm 2023\n\n"
               "Ngày 05/01/2024, Khối thi đua Văn xã tổ chức hội nghị tổng kết năm 2023 ở Trung tâm Hội nghị tỉnh.\n")
    assert ev["venue"] == "Trung tâm Hội nghị tỉnh"


@pytest.mark.parametrize("sentence, awards", [
    ("Cụm đã bình xét, đề nghị Bộ Công an tặng Cờ thi đua cho Công an tỉnh Gia Lai và Công an tỉnh Kon Tum.",
     [{"kind": "co_thi_dua", "level": "bo_nganh", "recipient_type": "don_vi", "count": 2, "status": "proposed"}]),
    ("Công an tỉnh Đắk Lắk được đề nghị tặng Cờ thi đua của Bộ Công an.",
     [{"kind": "co_thi_dua", "level": "bo_nganh", "recipient_type": "don_vi", "count": 1, "status": "proposed"}]),
    ("Cụm đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể và 5 cá nhân.",
     [{"kind": "bang_khen", "level": "tinh", "recipient_type": "tap_the", "count": 3, "status": "proposed"},
      {"kind": "bang_khen", "level": "tinh", "recipient_type": "ca_nhan", "count": 5, "status": "proposed"}]),
    ("Tại hội nghị, Trưởng Cụm đã trao Cờ thi đua của Cụm cho 2 đơn vị dẫn đầu.",
     [{"kind": "co_thi_dua", "level": "khoi", "recipient_type": "don_vi", "count": 2, "status": "conferred"}]),
])
def test_awards_in_a_cluster_of_provincial_police(sentence: str, awards: list) -> None:
    assert cluster_review(sentence)["awards"] == awards


@pytest.mark.parametrize("sentence, people", [
    ("Dự hội nghị có bà Hồ Thị Mai, Phó Trưởng Ban Thi đua - Khen thưởng tỉnh; Thượng tá Y Phôn Niê, "
     "Phó Giám đốc Công an tỉnh Đắk Lắk.",
     [{"name": "Hồ Thị Mai", "title": "Phó Trưởng Ban Thi đua - Khen thưởng tỉnh"},
      {"name": "Y Phôn Niê", "title": "Phó Giám đốc Công an tỉnh Đắk Lắk"}]),
    ("Dự hội nghị có đồng chí Lò Văn Sáng, Uỷ viên Ban Thường vụ Tỉnh uỷ, Trưởng Ban Tổ chức Tỉnh uỷ.",
     [{"name": "Lò Văn Sáng", "title": "Uỷ viên Ban Thường vụ Tỉnh uỷ, Trưởng Ban Tổ chức Tỉnh uỷ"}]),
    ("Đ/c Đinh Văn Khôi, Phó Giám đốc Sở Nội vụ phát biểu chỉ đạo.",
     [{"name": "Đinh Văn Khôi", "title": "Phó Giám đốc Sở Nội vụ"}]),
])
def test_people_cues_ranks_ethnic_names_old_tones(sentence: str, people: list) -> None:
    assert cluster_review(sentence)["people"] == people


def test_campaigns_of_a_movement_and_a_drive() -> None:
    ev = cluster_review("Các đơn vị triển khai phong trào thi đua “Vì an ninh Tổ quốc” và cuộc vận động "
                        "“Người Việt Nam ưu tiên dùng hàng Việt Nam”.")
    assert ev["campaigns"] == ["Vì an ninh Tổ quốc", "Người Việt Nam ưu tiên dùng hàng Việt Nam"]


def test_date_and_venue_after_dien_ra() -> None:
    ev = event("Khối thi đua Nội chính tổng kết năm 2023\n\n"
               "Hội nghị tổng kết của Khối thi đua Nội chính diễn ra sáng 05/01/2024 tại Sở Tư pháp.\n")
    assert (ev["date"], ev["venue"]) == ("2024-01-05", "Sở Tư pháp")


def test_date_and_venue_when_the_sentence_opens_with_them() -> None:
    ev = event("Khối thi đua Nội chính tổng kết năm 2023\n\n"
               "Sáng 05/01/2024, hội nghị tổng kết của Khối thi đua Nội chính diễn ra tại Sở Tư pháp.\n")
    assert (ev["date"], ev["venue"]) == ("2024-01-05", "Sở Tư pháp")


def test_period_from_an_upper_case_headline() -> None:
    ev = event("KHỐI THI ĐUA NỘI CHÍNH TỔNG KẾT NĂM 2023\n\nVừa qua, Khối thi đua Nội chính tổ chức hội nghị.\n")
    assert (ev["kind"], ev["period"]) == ("tong_ket", {"year": 2023, "months": 12})


def test_bloc_name_of_districts_without_the_city_suffix() -> None:
    rec = record("Khối thi đua các quận, huyện thành phố Cần Thơ tổng kết năm 2023\n\n"
                 "Ngày 05/01/2024, Khối thi đua các quận, huyện thành phố Cần Thơ tổ chức hội nghị tổng kết năm 2023 "
                 "tại UBND quận Ninh Kiều.\n")
    assert rec["events"][0]["bloc"] == {"name": "Khối thi đua các quận, huyện", "number": None}
    assert rec["province"] == "Cần Thơ"


def test_province_of_a_two_word_province_with_a_city_name() -> None:
    rec = record("Khối thi đua Văn xã tỉnh Thừa Thiên Huế tổng kết năm 2023\n\n"
                 "Ngày 05/01/2024, Khối thi đua Văn xã tỉnh Thừa Thiên Huế tổ chức hội nghị tổng kết năm 2023.\n")
    assert rec["province"] == "Thừa Thiên Huế"


def test_province_not_from_a_district_venue_alone() -> None:
    rec = record("Khối thi đua Nội chính tổng kết năm 2023\n\n"
                 "Ngày 05/01/2024, Khối thi đua Nội chính tổ chức hội nghị tổng kết năm 2023 tại huyện Mường Khương.\n")
    assert rec["province"] is None
    assert rec["events"][0]["venue"] == "huyện Mường Khương"


def test_province_not_from_the_newspaper_name() -> None:
    rec = record("Báo Lào Cai điện tử\n\nKhối thi đua Nội chính tổng kết năm 2023\n\n"
                 "Ngày 05/01/2024, Khối thi đua Nội chính tổ chức hội nghị tổng kết năm 2023.\n")
    assert rec["province"] is None
