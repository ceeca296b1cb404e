"""The organisation-name grammar (fields/orgs.py): where a unit's name starts and ends, how a
list of names is split, and when two printed names are one unit.

Every text here is written for the test; each case is one construction of the genre.
"""
from __future__ import annotations

import pytest

from khoi_extract.fields.orgs import (bare_head, in_compound_name, looks_like_province, org_at, org_before, org_in,
                                      position_prefix_re, province_lead, same_unit, split_items, strip_place_word)


def _span(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0]:span[1]]


def _items(text: str, start: int = 0, loose_and: bool = False) -> list[str]:
    return [text[a:b] for a, b in split_items(text, start, len(text), loose_and=loose_and)]


# ----------------------------------------------------------------- where a name ends

@pytest.mark.parametrize("text,name", [
    ("Sở Giáo dục và Đào tạo đã tổ chức hội nghị", "Sở Giáo dục và Đào tạo"),  # the clause's verb
    ("Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn là đơn vị trưởng khối", "Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn"),
    ("Sở Y tế - Trưởng khối năm 2024", "Sở Y tế"),  # a role after a dash
    ("Sở Y tế, Sở Tư pháp", "Sở Y tế"),  # punctuation
    ("Công ty than Hà Lầm cam kết phối hợp với đơn vị Cụm trưởng", "Công ty than Hà Lầm"),  # a verb of the genre
    ("Sở Nội vụ xếp thứ hai toàn Khối", "Sở Nội vụ"),  # a ranking
    ("Sở Tài chính là Cụm trưởng", "Sở Tài chính"),  # "chính là" ends a name, not "Tài chính"
])
def test_org_at_runs_to_the_verb_or_punctuation(text: str, name: str) -> None:
    assert _span(text, org_at(text, 0)) == name


def test_org_at_stops_at_its_limit() -> None:
    text = "Ban Quản lý các khu công nghiệp tỉnh"
    assert _span(text, org_at(text, 0, limit=7)) == "Ban Quả"


def test_org_in_skips_the_position_before_the_unit() -> None:
    text = "Giám đốc Sở Tư pháp phát biểu"
    assert _span(text, org_in(text, 0, len(text))) == "Sở Tư pháp"
    assert org_in("các đồng chí lãnh đạo", 0, 21) is None


# ----------------------------------------------------------------- the name before a role word

def test_org_before_a_role_word_keeps_a_compound_name_whole() -> None:
    text = "Hội nghị đã bầu Sở Kế hoạch và Đầu tư làm Khối trưởng"
    assert _span(text, org_before(text, text.index(" làm"), 0)) == "Sở Kế hoạch và Đầu tư"


def test_org_before_keeps_a_short_form_in_brackets() -> None:
    text = "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam (Agribank) là Trưởng khối"
    assert _span(text, org_before(text, text.index(" là"), 0)) == \
        "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam (Agribank)"


def test_org_before_starts_after_the_clause_break() -> None:
    text = "Năm 2024, Sở Nội vụ, Sở Tư pháp làm Khối phó"
    assert _span(text, org_before(text, text.index(" làm"), 0)) == "Sở Tư pháp"


@pytest.mark.parametrize("text,anchor,name", [
    ("hội nghị bầu huyện Hải Hậu làm Cụm trưởng", " làm", "huyện Hải Hậu"),  # a district stands for its unit
    ("Quảng Bình (Cụm trưởng)", " (", "Quảng Bình"),  # so does a province
])
def test_a_place_before_a_role_word_is_the_unit(text: str, anchor: str, name: str) -> None:
    assert _span(text, org_before(text, text.index(anchor), 0)) == name


def test_no_unit_before_a_role_word() -> None:
    text = "hội nghị thống nhất bầu làm Khối trưởng"
    assert org_before(text, text.index(" làm"), 0) is None


# ----------------------------------------------------------------- splitting a list

def test_split_on_commas_but_not_inside_a_standard_name() -> None:
    text = "Sở Y tế, Sở Lao động, Thương binh và Xã hội, Sở Tư pháp và Thanh tra tỉnh"
    assert _items(text) == ["Sở Y tế", "Sở Lao động, Thương binh và Xã hội", "Sở Tư pháp", "Thanh tra tỉnh"]


def test_va_splits_before_a_unit_or_a_place_word_only() -> None:
    assert _items("Sở Y tế và thành phố Hòa Bình") == ["Sở Y tế", "thành phố Hòa Bình"]
    assert _items("Trung tâm Giống cây trồng và vật nuôi, Sở Y tế") == ["Trung tâm Giống cây trồng và vật nuôi", "Sở Y tế"]


def test_in_a_distributive_list_va_splits_before_any_capital_or_number() -> None:
    text = "các quận 3, 10 và Phú Nhuận"
    start = text.index("3")
    assert _items(text, start) == ["3", "10 và Phú Nhuận"]
    assert _items(text, start, loose_and=True) == ["3", "10", "Phú Nhuận"]


def test_in_compound_name() -> None:
    text = "Sở Kế hoạch và Đầu tư"
    assert in_compound_name(text, text.index("và"))
    assert not in_compound_name(text, 1)


def test_the_items_first_word_again_after_va_starts_another_item() -> None:
    assert _items("THPT Lạc Thủy, THPT Yên Mô A và THPT Yên Mô B") == ["THPT Lạc Thủy", "THPT Yên Mô A", "THPT Yên Mô B"]
    assert _items("Trung tâm Văn hóa và Thể thao, Sở Y tế") == ["Trung tâm Văn hóa và Thể thao", "Sở Y tế"]


def test_a_head_after_va_starts_another_unit_after_a_bare_name() -> None:
    # under a category ("các Sở: …") a bare name cannot go on with a unit's head
    assert _items("Xây dựng, Giao thông vận tải và Ban Dân tộc, Liên minh Hợp tác xã tỉnh") \
        == ["Xây dựng", "Giao thông vận tải", "Ban Dân tộc", "Liên minh Hợp tác xã tỉnh"]
    # a name with its own head may ("Văn phòng Đoàn … và Hội đồng nhân dân tỉnh" is one office)
    assert _items("Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh, Thanh tra tỉnh") \
        == ["Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "Thanh tra tỉnh"]


# ----------------------------------------------------------------- one unit, two printings

def test_province_lead_is_the_name_before_its_province() -> None:
    assert province_lead("Hội CCB tỉnh Vĩnh Long") == "Hội CCB tỉnh"
    assert province_lead("Hội LHPN tỉnh Bà Rịa - Vũng Tàu") == "Hội LHPN tỉnh"
    assert province_lead("Công an TP Hồ Chí Minh") == "Công an TP"
    assert province_lead("Sở Y tế") is None and province_lead("Vĩnh Long") is None


def test_looks_like_province() -> None:
    assert looks_like_province("tỉnh Lạng Sơn")
    assert looks_like_province("TP. Hồ Chí Minh")
    assert not looks_like_province("Sở Y tế")


@pytest.mark.parametrize("a,b", [
    ("UBND huyện Mộ Đức", "huyện Mộ Đức"),  # the council names its district
    ("Ban Dân tộc", "Ban Dân tộc tỉnh Bắc Kạn"),  # one name inside the other
    ("Sở Y tế tỉnh Hà Nam", "Sở Y tế"),  # with and without its province
    ("thị xã Sơn Tây", "Sơn Tây"),  # with and without its place word
    ("Sở Y tế", "Sở Y tế tỉnh Nam Định"),  # a province that starts with a direction
    ("Cục Thuế Thanh Hóa", "Cục Thuế tỉnh Thanh Hóa"),  # a place word put inside
    ("Ủy ban MTTQ tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"),  # the country put inside
    ("Agribank Nghệ An", "Agribank Chi nhánh tỉnh Nghệ An"),  # "chi nhánh" says where it sits, not which unit
    ("Ngân hàng Nhà nước Cần Thơ", "Ngân hàng Nhà nước chi nhánh Cần Thơ"),
])
def test_same_unit(a: str, b: str) -> None:
    assert same_unit(a, b) and same_unit(b, a)


@pytest.mark.parametrize("a,b", [
    ("Quận 10", "Quận 11"),
    ("Agribank chi nhánh tỉnh Cần Thơ", "Agribank chi nhánh Cần Thơ II"),  # a Roman numeral numbers another unit
    ("Nông trường V", "Nông trường VI"),
    ("Huyện ủy Krông Pắc", "Huyện ủy Krông Búk"),
    ("Sở Y tế", "Sở Tư pháp"),
    ("Agribank chi nhánh Đồng Nai", "Agribank chi nhánh Bắc Đồng Nai"),  # a direction names another branch
    ("CN NH Công thương Huế", "CN NH Công thương Nam Huế"),
    ("Trường Cao đẳng Cần Thơ", "Trường Cao đẳng Y tế Cần Thơ"),  # words of a name put inside: a sister unit
    ("Trường Mầm non Việt Anh", "Trường Mầm non Việt Mỹ Anh"),
    ("Trường Cao đẳng Cần Thơ", "Trường Cao đẳng nghề Cần Thơ"),  # a lower-case word put inside too
    ("Hội Bình Phước", "Hội LHPN tỉnh Bình Phước"),
    ("Hội Nông dân tỉnh Đắk Lắk", "Hội Nông dân tỉnh Đắk Nông"),  # two provinces, though "Nông" is in both names
])
def test_different_units(a: str, b: str) -> None:
    assert not same_unit(a, b)


def test_bare_head_needs_a_name_after_it() -> None:
    assert bare_head("Sở") and bare_head("Huyện ủy")
    assert not bare_head("Tỉnh đoàn") and not bare_head("Sở Y tế")


def test_position_prefix_and_place_word() -> None:
    m = position_prefix_re().match("Phó Giám đốc Sở Y tế")
    assert m is not None and m.group() == "Phó Giám đốc "
    assert position_prefix_re().match("Sở Y tế") is None
    assert strip_place_word("thị xã Sơn Tây") == "Sơn Tây"
    assert strip_place_word("Sở Y tế") == "Sở Y tế"


def test_a_run_of_words_written_as_its_initials_is_the_same_unit() -> None:
    assert same_unit("Cục DTNN khu vực Hà Bắc", "Cục Dự trữ Nhà nước khu vực Hà Bắc")
    assert not same_unit("Cục DTNN khu vực Hà Bắc", "Cục Dự trữ Nhà nước khu vực Tây Bắc")
    assert not same_unit("Cục DTNN khu vực Thanh Hóa", "Cục Dự trữ Nhà nước khu vực Nghệ An")
    assert not same_unit("Sở TC", "Sở Tư pháp")  # initials of another name
    assert same_unit("Liên hiệp các Hội KH&KT", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh")  # "&" for "và"
