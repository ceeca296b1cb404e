"""The people family (names and titles): constructions on short reports written for these tests
(invented names and units), through the whole pipeline so grounding is checked too."""
from __future__ import annotations

from typing import Any

from khoi_extract.pipeline import extract

TITLE = "Khối thi đua Nội chính tổng kết công tác thi đua năm 2024"
OPENING = "Ngày 10/01/2025, Khối thi đua Nội chính tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "


def people(body: str) -> list[dict[str, Any]]:
    text = f"{TITLE}\n\n{OPENING}{body}\n"
    rec = extract(text, doc_id="t")
    for sp in rec.spans:
        assert text[sp.start:sp.end] == sp.text, sp
    (ev,) = rec.model_dump(mode="json")["events"]
    return ev["people"]


def test_a_board_keeps_its_department_in_brackets() -> None:
    got = people("Dự hội nghị có bà Trần Thị Mai, Phó Trưởng Ban Thi đua - Khen thưởng (Sở Nội vụ); "
                 "ông Lê Văn Bình, Giám đốc Sở Tư pháp.")
    assert got == [{"name": "Trần Thị Mai", "title": "Phó Trưởng Ban Thi đua - Khen thưởng (Sở Nội vụ)"},
                   {"name": "Lê Văn Bình", "title": "Giám đốc Sở Tư pháp"}]


def test_a_bracketed_bloc_role_is_not_a_parent_agency() -> None:
    got = people("Dự hội nghị có ông Lê Văn Bình, Giám đốc Sở Tư pháp (Trưởng khối) phát biểu.")
    assert got == [{"name": "Lê Văn Bình", "title": "Giám đốc Sở Tư pháp"}]


def test_a_company_named_after_its_place_is_not_a_person() -> None:
    # the company printed elsewhere with its place says what the name is, a verb after it or not
    got = people("Dự hội nghị có ông Trần Văn Hòa, Phó Giám đốc Công ty than Hà Lầm, Cụm trưởng. "
                 "Công ty than Hà Lầm xếp thứ nhất, Công ty than Vũ Khang xếp thứ hai; "
                 "Phó Giám đốc Công ty than Vũ Khang phát biểu.")
    assert [p["name"] for p in got] == ["Trần Văn Hòa"]


def test_a_full_name_after_a_company_is_a_person() -> None:
    got = people("Dự hội nghị có Giám đốc Công ty than Nguyễn Văn Hải.")
    assert got == [{"name": "Nguyễn Văn Hải", "title": "Giám đốc Công ty than"}]


def test_a_short_name_after_a_company_is_a_person_who_speaks() -> None:
    got = people("Phó Giám đốc Công ty điện lực Trần Hùng cho biết năm nay các đơn vị đều tăng trưởng.")
    assert got == [{"name": "Trần Hùng", "title": "Phó Giám đốc Công ty điện lực"}]


def test_a_short_name_after_a_company_is_a_person_cued_elsewhere() -> None:
    got = people("Ông Trần Hùng đề nghị các đơn vị tăng cường phối hợp. "
                 "Hội nghị thống nhất đề xuất của Phó Giám đốc Công ty điện lực Trần Hùng.")
    assert [p["name"] for p in got] == ["Trần Hùng"]
    assert got[0]["title"] == "Phó Giám đốc Công ty điện lực"
