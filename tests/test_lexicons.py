"""The shared lexicons (`khoi_extract/lexicons/*.json`) on short texts written for these tests:
an entry earns its place by making a unit or a person readable that was not before."""
from __future__ import annotations

import pytest

from khoi_extract import extract

_OPENING = ("Cụm thi đua số 3 tổng kết năm 2023\n"
            "Ngày 15/12/2023, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n")


def _certificate_levels(authority: str) -> list[str | None]:
    """The level of each Bằng khen proposed 'của {authority}' in a short report."""
    text = _OPENING + f"Hội nghị thống nhất đề nghị tặng Bằng khen của {authority} cho Sở Tư pháp.\n"
    return [a.level for e in extract(text).events for a in e.awards if a.kind == "bang_khen"]


@pytest.mark.parametrize("sentence, name, title", [
    ("Phát biểu tại hội nghị, Sư đoàn trưởng Sư đoàn 968 Nguyễn Văn An đánh giá cao kết quả.",
     "Nguyễn Văn An", "Sư đoàn trưởng Sư đoàn 968"),
    ("Đồn trưởng Đồn Biên phòng Cửa khẩu Lê Văn Bình phát biểu chúc mừng.",
     "Lê Văn Bình", "Đồn trưởng Đồn Biên phòng Cửa khẩu"),
    ("Kiểm toán trưởng Kiểm toán Nhà nước khu vực IV Trần Thị Hoa chúc mừng các đơn vị.",
     "Trần Thị Hoa", "Kiểm toán trưởng Kiểm toán Nhà nước khu vực IV"),
])
def test_a_commanders_or_auditors_title_introduces_a_speaker(sentence: str, name: str, title: str) -> None:
    people = [(p.name, p.title) for e in extract(_OPENING + sentence + "\n").events for p in e.people]
    assert (name, title) in people


@pytest.mark.parametrize("member", ["Tạp chí Tuyên giáo", "KTNN khu vực V", "Trung đoàn 54", "HTX Nông nghiệp Tân Phú",
                                    "THPT Chu Văn An", "Dàn nhạc Giao hưởng Việt Nam"])
def test_a_standard_unit_head_starts_a_listed_member(member: str) -> None:
    text = (_OPENING + f"Cụm gồm 3 đơn vị: Sở Tư pháp, Sở Nội vụ và {member}.\n")
    members = [m for e in extract(text).events for m in e.members]
    assert member in members


@pytest.mark.parametrize("authority", ["Chủ tịch Ủy ban nhân dân TP", "Chủ tịch UBND TP", "Ủy ban nhân dân tỉnh"])
def test_a_provincial_authority_written_either_way_gives_the_provincial_level(authority: str) -> None:
    levels = _certificate_levels(authority)
    assert levels == ["tinh"]


def test_a_family_name_of_the_north_west_starts_a_speakers_name() -> None:
    text = _OPENING + "Dự hội nghị có đồng chí Điêu Chính Tới, Phó Chủ tịch UBND tỉnh.\n"
    people = [(p.name, p.title) for e in extract(text).events for p in e.people]
    assert ("Điêu Chính Tới", "Phó Chủ tịch UBND tỉnh") in people


@pytest.mark.parametrize("authority", ["Tổng Giám đốc Bảo hiểm xã hội Việt Nam", "Thống đốc Ngân hàng Nhà nước",
                                       "Tổng Thanh tra Chính phủ", "Tổng Kiểm toán Nhà nước"])
def test_a_central_bodys_certificate_is_at_the_ministry_level(authority: str) -> None:
    levels = _certificate_levels(authority)
    assert levels == ["bo_nganh"]
