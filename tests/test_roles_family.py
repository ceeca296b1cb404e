"""The roles family (leader / vice-leader units) and the people titles it reads roles from,
on short invented reports written in the genre's own constructions."""
from __future__ import annotations

from pathlib import Path

import pytest

from khoi_extract import extract
from khoi_extract.fields.people import _article_matches, find_people
from khoi_extract.fields.roles import find_roles, role_words
from khoi_extract.grammar import rule
from khoi_extract.normalize import normalize
from khoi_extract.segment import Piece, segment


def _found(text: str) -> list[tuple[str, str, int | None]]:
    seg = segment(normalize(text))
    return [(c.role, seg.text[c.start:c.end], c.year) for c in find_roles(seg)]


def _roles(text: str) -> list[tuple[str, str, int]]:
    rec = extract(text)
    assert rec.events, "the report should give an event"
    return sorted((r.role, r.org, r.year) for r in rec.events[0].roles)


@pytest.mark.parametrize("sentence,want", [
    # the unit, then its role after a dash / in brackets / after ", đơn vị làm"
    ("Sáng 12/3, Sở Tài chính - Cụm trưởng Cụm thi đua số 4 chủ trì hội nghị.",
     ("leader", "Sở Tài chính", None)),
    ("Hội nghị do Sở Công Thương (đơn vị Khối phó năm 2023) chủ trì.",
     ("vice_leader", "Sở Công Thương", 2023)),
    ("Sáng 4/3, Sở Xây dựng, đơn vị làm Khối trưởng Khối Kinh tế năm 2024 tổ chức lễ ký kết.",
     ("leader", "Sở Xây dựng", 2024)),
    # a verb between them, with its agent
    ("Năm 2025, Công an tỉnh Hòa Bình được Bộ Công an phân công là đơn vị Cụm trưởng.",
     ("leader", "Công an tỉnh Hòa Bình", 2025)),
    ("Hội Luật gia tỉnh là cơ quan đăng cai Trưởng khối thi đua năm 2023.",
     ("leader", "Hội Luật gia tỉnh", 2023)),
    # a unit known by its acronym
    ("Tại hội nghị, theo đó VNPT được bầu làm Khối Trưởng trong năm 2026.",
     ("leader", "VNPT", 2026)),
    # the role first, the unit after it
    ("Các đơn vị thống nhất Khối trưởng năm 2021 là Ban Tuyên giáo Tỉnh ủy.",
     ("leader", "Ban Tuyên giáo Tỉnh ủy", 2021)),
    # the sentence's subject, then its role after a comma
    ("Ban Quản lý Khu kinh tế tỉnh Nam Định, Khối trưởng Khối thi đua năm 2022 đăng cai tổ chức hội nghị.",
     ("leader", "Ban Quản lý Khu kinh tế tỉnh Nam Định", 2022)),
    # the role first, the unit in brackets or after a dash
    ("Hội nghị do đơn vị Khối trưởng năm 2023 (Sở Kế hoạch và Đầu tư) chủ trì.",
     ("leader", "Sở Kế hoạch và Đầu tư", 2023)),
    ("Phát biểu khai mạc, Cụm trưởng năm 2022 – Công an tỉnh Điện Biên cho biết …",
     ("leader", "Công an tỉnh Điện Biên", 2022)),
    # adverbs and objects of the verb
    ("Năm 2026, Kho bạc Nhà nước tỉnh luân phiên làm Cụm trưởng.",
     ("leader", "Kho bạc Nhà nước tỉnh", 2026)),
    ("Tại hội nghị, Cục Thống kê tỉnh tiếp nhận cờ luân lưu Khối trưởng năm 2025.",
     ("leader", "Cục Thống kê tỉnh", 2025)),
    # a role word used as the unit's epithet
    ("Đại diện Khối trưởng Sở Tài nguyên và Môi trường phát biểu tại hội nghị.",
     ("leader", "Sở Tài nguyên và Môi trường", None)),
    # Thường trực Khối is the leader
    ("Năm 2020, Viện kiểm sát nhân dân tỉnh là Thường trực Khối thi đua Nội chính.",
     ("leader", "Viện kiểm sát nhân dân tỉnh", 2020)),
])
def test_find_roles_constructions(sentence: str, want: tuple) -> None:
    assert want in _found(sentence)


def test_unit_before_the_bracketed_role_stops_at_the_persons_name() -> None:
    text = ("Chủ trì hội nghị có Thứ trưởng, Tổng Giám đốc Kho bạc Nhà nước Trần Văn Bình (Trưởng Khối) "
            "và Thứ trưởng Bộ Y tế Lê Thị Hà (Phó Trưởng Khối).")
    found = _found(text)
    assert ("leader", "Kho bạc Nhà nước", None) in found
    assert ("vice_leader", "Bộ Y tế", None) in found


def test_roman_numeral_is_no_acronym() -> None:
    text = """Khối thi đua các đơn vị sự nghiệp ký kết giao ước thi đua năm 2023

Sáng 2/3/2023, Khối thi đua các đơn vị sự nghiệp tổ chức hội nghị; bàn giao cờ luân lưu cho Khối trưởng mới là Trung tâm Lưu trữ quốc gia III và ký kết giao ước thi đua năm 2023.
"""
    assert _roles(text) == [("leader", "Trung tâm Lưu trữ quốc gia III", 2023)]


def test_a_dash_inside_a_name_is_no_title_break() -> None:
    text = ("Theo quyết định, năm học 2019 - 2020, Trường Cao đẳng nghề Việt - Hàn làm Trưởng Khối, "
            "Trường Cao đẳng Y tế làm Phó Trưởng Khối.")
    found = _found(text)
    assert ("leader", "Trường Cao đẳng nghề Việt - Hàn", 2020) in found  # a school year is its end year
    assert ("vice_leader", "Trường Cao đẳng Y tế", 2020) in found


def test_venue_is_not_the_leader() -> None:
    text = "Chiều 5/12, tại UBND huyện Gia Bình, đơn vị Cụm trưởng cụm thi đua các huyện tổ chức tổng kết năm 2022."
    assert _found(text) == []


def test_unit_address_is_not_the_unit() -> None:
    text = ("Lễ ký kết diễn ra tại Công ty TNHH MTV Cà phê Ia Grai, huyện Ia Grai, "
            "đơn vị đăng cai làm cụm trưởng.")
    assert ("leader", "Công ty TNHH MTV Cà phê Ia Grai", None) in _found(text)


REPORT = """Khối thi đua các cơ quan Văn hóa - Xã hội tổng kết công tác thi đua năm 2023

Sáng 20/12/2023, Khối thi đua các cơ quan Văn hóa - Xã hội tỉnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. Đồng chí Khối trưởng Trần Thị Mai, Tỉnh ủy viên, Giám đốc Sở Y tế chủ trì hội nghị.

Dự hội nghị có đồng chí Lê Văn Hùng, Chủ tịch Liên minh HTX tỉnh – Đơn vị Khối phó năm 2023 và đ/c Phạm Quốc Toàn - Trưởng Ban Thi đua - Khen thưởng tỉnh chứng kiến lễ bàn giao.

Cũng tại hội nghị, Sở Y tế đã bàn giao nhiệm vụ Khối trưởng cho Sở Lao động - Thương binh và Xã hội, đơn vị làm Khối trưởng năm 2024.
"""


def test_report_roles_years_and_handover() -> None:
    assert _roles(REPORT) == [
        ("leader", "Sở Lao động - Thương binh và Xã hội", 2024),  # handed over at the review: next year
        ("leader", "Sở Y tế", 2023),  # a person introduced as Khối trưởng: her agency leads
        ("vice_leader", "Liên minh HTX tỉnh", 2023),  # the role after a title, the agency before it
    ]


def test_report_people_titles() -> None:
    rec = extract(REPORT)
    titles = {p.name: p.title for p in rec.events[0].people}
    assert titles["Trần Thị Mai"] == "Tỉnh ủy viên, Giám đốc Sở Y tế"  # not the bare bloc role before the name
    assert titles["Lê Văn Hùng"] == "Chủ tịch Liên minh HTX tỉnh"  # stops at the unit's own role
    assert titles["Phạm Quốc Toàn"] == "Trưởng Ban Thi đua - Khen thưởng tỉnh"  # stops at 'chứng kiến'


def test_people_title_stops_at_the_next_person() -> None:
    text = "Dự hội nghị có đ/c Hoàng Văn Nam - Phó trưởng Ban Tổ chức Tỉnh ủy và đ/c Vũ Thị Lan - Giám đốc Sở Nội vụ."
    seg = segment(normalize(text))
    titles = {p.name: seg.text[p.title[0]:p.title[1]] if p.title else None for p in find_people(seg)}
    assert titles == {"Hoàng Văn Nam": "Phó trưởng Ban Tổ chức Tỉnh ủy", "Vũ Thị Lan": "Giám đốc Sở Nội vụ"}


def test_bracketed_bloc_role_gives_way_to_the_persons_title() -> None:
    text = ("Tại hội nghị, bà Ngô Thị Hạnh (trưởng khối thi đua số 5 năm học 2023-2024), "
            "Hiệu trưởng Trường Mầm non Hoa Sen thông qua báo cáo.")
    seg = segment(normalize(text))
    titles = {p.name: seg.text[p.title[0]:p.title[1]] if p.title else None for p in find_people(seg)}
    assert titles["Ngô Thị Hạnh"] == "Hiệu trưởng Trường Mầm non Hoa Sen"


FULLER = """Khối thi đua các trường đại học ký kết giao ước thi đua năm 2022

Sáng 10/3/2022, hội nghị ký kết giao ước thi đua của Khối thi đua các trường đại học diễn ra tại Trường Đại học Công nghệ Miền Đông (UTE). Trong đó, UTE với vai trò là Khối trưởng đã điều hành hội nghị.
"""


def test_acronym_takes_the_fuller_form() -> None:
    assert _roles(FULLER) == [("leader", "Trường Đại học Công nghệ Miền Đông", 2022)]


MIDYEAR = """Cụm thi đua số 2 Hội Nông dân sơ kết 6 tháng đầu năm 2024

Ngày 5/7/2024, Cụm thi đua số 2 Hội Nông dân các huyện tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024. Hội Nông dân huyện Bắc Yên được các đơn vị thống nhất giới thiệu làm Cụm phó.
"""

YEAREND = """Cụm thi đua số 2 Hội Nông dân tổng kết năm 2023

Ngày 20/12/2023, Cụm thi đua số 2 Hội Nông dân các huyện tổ chức hội nghị tổng kết công tác thi đua năm 2023. Hội nghị thống nhất Hội Nông dân huyện Yên Châu tiếp tục giữ vai trò Cụm trưởng năm 2024; Hội Nông dân huyện Bắc Yên làm Cụm phó.
"""


def test_election_at_a_midyear_review_is_for_this_year() -> None:
    assert _roles(MIDYEAR) == [("vice_leader", "Hội Nông dân huyện Bắc Yên", 2024)]


def test_continuing_leader_held_the_reviewed_year_too() -> None:
    assert _roles(YEAREND) == [
        ("leader", "Hội Nông dân huyện Yên Châu", 2023),
        ("leader", "Hội Nông dân huyện Yên Châu", 2024),
        ("vice_leader", "Hội Nông dân huyện Bắc Yên", 2024),
    ]


def test_year_in_brackets_is_another_units() -> None:
    text = ("Năm 2022, Trường Đại học Vinh nhận bàn giao nhiệm vụ Cụm trưởng từ Trường Đại học Hồng Đức "
            "(Cụm trưởng năm 2021), Trường Đại học Hà Tĩnh được phân công làm Cụm phó.")
    assert ("vice_leader", "Trường Đại học Hà Tĩnh", 2022) in _found(text)


def _titles(text: str) -> dict[str, str | None]:
    seg = segment(normalize(text))
    return {p.name: seg.text[p.title[0]:p.title[1]] if p.title else None for p in find_people(seg)}


def test_people_whole_appositive_before_the_name() -> None:
    text = ("Tham dự hội nghị có Phó Giám đốc Sở Nội vụ, Phó Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh "
            "Hoàng Thị Lan và Phó Giám đốc Kho bạc Nhà nước khu vực 5 Đặng Văn Tâm.")
    assert _titles(text) == {
        "Hoàng Thị Lan": "Phó Giám đốc Sở Nội vụ, Phó Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh",
        "Đặng Văn Tâm": "Phó Giám đốc Kho bạc Nhà nước khu vực 5",
    }


def test_people_ranks_and_committee_seats() -> None:
    text = ("Dự hội nghị có Th.s Vũ Thị Hằng, Tỉnh ủy viên - Hiệu trưởng Trường Chính trị tỉnh; "
            "BSCKII Lê Văn Khánh, Giám đốc Bệnh viện Đa khoa tỉnh; "
            "đồng chí Trần Văn Sơn, UVBCH-Phó Chủ tịch UBND huyện.")
    titles = _titles(text)
    assert titles["Vũ Thị Hằng"] == "Tỉnh ủy viên - Hiệu trưởng Trường Chính trị tỉnh"
    assert titles["Lê Văn Khánh"] == "Giám đốc Bệnh viện Đa khoa tỉnh"
    assert titles["Trần Văn Sơn"] == "UVBCH-Phó Chủ tịch UBND huyện"


ROLE_WORD_TEXTS = [
    "Sở Tư pháp (Phó  trưởng   khối  thi  đua năm 2023) và Sở Nội vụ (Khối trưởng).",
    "Thường trực Cụm thi đua số 4, Cụm phó, cụm trưởng và PHÓ KHỐI TRƯỞNG dự họp.",
    "Khối trưởng",
    "Trưởng khối thi đua",
    "Khối thi đua các cơ quan Đảng tổng kết; trưởng khối-thi đua không là một vai trò.",
]


def _plain_role_words(seg) -> list[list[tuple[tuple[int, int], str | None]]]:
    return [[(m.span(), m.group("vice")) for m in rule("roles.word").compiled.finditer(seg.text, s.start, s.end)]
            for s in seg.sentences]


@pytest.mark.parametrize("text", ROLE_WORD_TEXTS + [p.read_text(encoding="utf-8") for d in ("dev", "test")
                                                    for p in sorted((Path(__file__).parents[1] / "corpus" / d).glob("*.txt"))])
def test_role_words_are_the_rule_over_each_sentence(text: str) -> None:
    """One run over the article, taken per sentence, finds exactly what the rule finds over each sentence."""
    seg = segment(normalize(text))
    assert [[(m.span(), m.group("vice")) for m in role_words(seg, s)] for s in seg.sentences] == _plain_role_words(seg)


def test_role_words_find_every_form() -> None:
    seg = segment(normalize(ROLE_WORD_TEXTS[1]))
    assert [m.group() for s in seg.sentences for m in role_words(seg, s)] == [
        "Thường trực Cụm thi đua", "Cụm phó", "cụm trưởng", "PHÓ KHỐI TRƯỞNG"]


@pytest.mark.parametrize("cut,want", [
    ("Khối trưởng", ["Khối trưởng"]),  # the sentence ends inside a word: the role word ends with it
    ("Khối trư", []),  # a role word across the sentence's end is not one inside it
])
def test_role_words_at_a_sentence_edge_read_the_sentence_alone(cut: str, want: list[str]) -> None:
    seg = segment(normalize("Sở Y tế là Khối trưởngx năm 2024."))
    a = seg.text.index("Khối")
    sent = Piece(a, a + len(cut), cut)
    assert [m.group() for m in role_words(seg, sent)] == want
    assert want == [m.group() for m in rule("roles.word").compiled.finditer(seg.text, sent.start, sent.end)]


def test_pair_reads_both_units_of_a_respectively_clause() -> None:
    found = _found("Hội nghị đã bầu Sở Nội vụ và Sở Kế hoạch và Đầu tư lần lượt làm Khối trưởng và Khối phó năm 2025.")
    assert ("leader", "Sở Nội vụ", 2025) in found
    assert ("vice_leader", "Sở Kế hoạch và Đầu tư", 2025) in found


PEOPLE_TEXTS = [
    "Giám đốc Sở Y tế Lê Văn Dũng phát biểu. Dự có đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Thị Hoa;\n"
    "Chủ tịch Hội Nông dân tỉnh  Trần  Văn Bình, và Trưởng ban Dân vận Tỉnh ủy Hà Thị Lan.",
    "(Đ/c Lê Văn An) -Ông Nguyễn Văn Bảo, bà: Trần Thị Cúc; Đại tá, ThS.BS Phạm Văn Dũng và "
    "các đồng chí Hoàng Văn Em. Công tác không thông qua ông Ksor Phước Hà.",
    "THƯỢNG TÁ VŨ VĂN HẢI và Thượng tá Vũ Văn Hải; Ts. Lê Thị Mai; PGS. TS Đỗ Văn Nam.",
    "İzmir: đồng chí Nguyễn Văn An phát biểu.",  # lower-casing moves offsets: the rules scan the whole text
    "Dự có anh Lê Văn Hải, Bí thư Tỉnh đoàn; Anh Đỗ Minh Tú, Phó Bí thư; nhanh Lê Văn Bình, Bí thư.",
]


@pytest.mark.parametrize("text", PEOPLE_TEXTS + [p.read_text(encoding="utf-8") for d in ("dev", "test")
                                                 for p in sorted((Path(__file__).parents[1] / "corpus" / d).glob("*.txt"))])
def test_people_rules_are_tried_where_a_match_can_start(text: str) -> None:
    """Trying people.cued / cued_unknown only at cue and rank words, and people.titled only at
    the phrase matcher's positions, finds exactly what each rule finds over the whole text."""
    seg = segment(normalize(text))
    for name in ("cued", "cued_familiar", "cued_unknown", "titled"):
        plain = [(m.span(), m.groupdict()) for m in rule("people." + name).compiled.finditer(seg.text)]
        assert [(m.span(), m.groupdict()) for m in _article_matches(seg, name)] == plain, name


def test_people_found_after_cues_ranks_and_titles() -> None:
    names = {p.name for t in PEOPLE_TEXTS[:2] for p in find_people(segment(normalize(t)))}
    assert {"Lê Văn Dũng", "Nguyễn Thị Hoa", "Hà Thị Lan", "Lê Văn An", "Nguyễn Văn Bảo", "Trần Thị Cúc",
            "Phạm Văn Dũng", "Hoàng Văn Em", "Ksor Phước Hà"} <= names


def test_youth_union_honorific_introduces_a_titled_person() -> None:
    """'anh X, <title>' as the youth union writes it ('chị Y' is a cue anyway); a bare 'anh X' or
    'anh' inside a word is not taken."""
    text = ("Dự buổi lễ có anh Hoàng Minh Đức, Ủy viên Ban Thường vụ Trung ương Đoàn, Trưởng Ban Tổ chức "
            "Trung ương Đoàn; chị Vũ Thu Hà, Bí thư Tỉnh đoàn Nam Định. Anh Trịnh Văn Lâm phát biểu. "
            "Tấm gương anh hùng Võ Văn Tần, Bí thư Xứ ủy được nhắc lại.")
    assert _titles(text) == {
        "Hoàng Minh Đức": "Ủy viên Ban Thường vụ Trung ương Đoàn, Trưởng Ban Tổ chức Trung ương Đoàn",
        "Vũ Thu Hà": "Bí thư Tỉnh đoàn Nam Định",
    }


def test_places_and_units_named_like_people_are_not_people() -> None:
    assert _titles("Dự có Bí thư Huyện ủy Triệu Sơn, Hiệu trưởng Trường THPT Nguyễn Du và "
                   "Bí thư Huyện ủy Lê Văn Tâm phát biểu.") == {"Lê Văn Tâm": "Bí thư Huyện ủy"}
    assert _titles("Tham dự có Chủ tịch UBND xã Đinh Xá; Giám đốc Bảo tàng Hồ Chí Minh và "
                   "Phó Chủ tịch UBND thị trấn Hoàng Văn Thái.") == {"Hoàng Văn Thái": "Phó Chủ tịch UBND thị trấn"}


@pytest.mark.parametrize("place,want", [
    ("huyện Hải Hậu", "UBND huyện Hải Hậu"),  # a district in a cluster is its council, printed elsewhere
    ("tỉnh Nam Định", "tỉnh Nam Định"),  # a province is itself
])
def test_a_district_role_takes_its_councils_name(place: str, want: str) -> None:
    text = ("Cụm thi đua số 3 tổng kết năm 2023\n\nNgày 20/12/2023, Cụm thi đua số 3 tổ chức hội nghị tổng kết "
            f"công tác thi đua năm 2023. Hội nghị đã bầu {place} làm Cụm trưởng năm 2024. "
            f"Hội nghị diễn ra tại UBND {place}.\n")
    assert _roles(text) == [("leader", want, 2024)]


@pytest.mark.parametrize("word,want", [
    ("UEF", True), ("KH&KT", True), ("CHQS", True), ("Đ1", True),
    ("IV", False),  # a Roman numeral ends many names
    ("Sở", False), ("U", False), ("ABCDEFGHIJK", False), ("uEF", False), ("THACO,", False),
])
def test_acronym_words(word: str, want: bool) -> None:
    from khoi_extract.fields.roles import _is_acronym
    assert _is_acronym(word) is want


@pytest.mark.parametrize("sentence,want", [
    ("Hội nghị thống nhất Thường trực Khối năm 2024 là đồng chí Đại tá Lê Văn Hùng, "
     "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.", ("leader", "Bộ Chỉ huy Quân sự tỉnh", 2024)),
    ("Cụm trưởng năm 2025 là chị Trần Thị Lan - Giám đốc Sở Tư pháp.", ("leader", "Sở Tư pháp", 2025)),
])
def test_role_given_to_a_person_goes_to_their_agency(sentence: str, want: tuple) -> None:
    """Any person cue, ranks skipped, as people.cued reads them."""
    assert _found(sentence) == [want]


SPEAKS_FOR = """Khối thi đua các cơ quan Nội chính tổng kết năm 2024

Sáng 18/12/2024, Khối thi đua các cơ quan Nội chính tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2024. Đồng chí Lê Thị Hồng, Phó Chánh Thanh tra tỉnh, đại diện đơn vị Phó Trưởng khối trình bày báo cáo. Ông Trần Văn Nam, Phó Giám đốc Sở Tư pháp, đại diện Khối trưởng phát biểu.
"""


def test_a_person_speaking_for_the_role_unit_of_their_agency() -> None:
    """'<title>, đại diện đơn vị Phó Trưởng khối': the agency in the title holds the role, and the
    title stops before it; 'đại diện Khối trưởng' alone speaks for the leader, whoever it is."""
    assert _roles(SPEAKS_FOR) == [("vice_leader", "Thanh tra tỉnh", 2024)]
    assert _titles(SPEAKS_FOR)["Lê Thị Hồng"] == "Phó Chánh Thanh tra tỉnh"


@pytest.mark.parametrize("sentence,want", [
    # a term looked back on, its year opening the sentence
    ("Năm 2023, Sở Nội vụ đã hoàn thành tốt vai trò Khối trưởng, phối hợp tổ chức nhiều hoạt động.",
     ("leader", "Sở Nội vụ", 2023)),
    # the year opening the sentence dates a role stated in brackets after the unit
    ("Năm 2023, Cục Thuế tỉnh (đơn vị Trưởng khối) đã cùng các thành viên triển khai nhiều phong trào.",
     ("leader", "Cục Thuế tỉnh", 2023)),
])
def test_a_role_dated_by_the_year_its_sentence_opens_with(sentence: str, want: tuple) -> None:
    assert _found(sentence) == [want]


def test_a_year_inside_the_sentence_does_not_date_a_bracketed_role() -> None:
    assert _found("Cục Thuế tỉnh (đơn vị Trưởng khối) đã triển khai Kế hoạch năm 2023, đạt kết quả tốt.") == [
        ("leader", "Cục Thuế tỉnh", None)]


BRANCHES = """Bàn giao nhiệm vụ Trưởng Khối thi đua Ngân hàng

Chiều 10-1, Khối thi đua Ngân hàng tỉnh Trà Vinh tổ chức Lễ bàn giao nhiệm vụ Trưởng khối giữa Ngân hàng TMCP Ngoại thương Việt Nam - Chi nhánh Trà Vinh (Vietcombank Trà Vinh) và Ngân hàng TMCP Á Châu - Chi nhánh Trà Vinh (ACB Trà Vinh). Năm 2023, Vietcombank Trà Vinh đã hoàn thành tốt vai trò Trưởng khối. ACB Trà Vinh được các thành viên suy tôn làm Trưởng khối năm 2024.
"""


def test_a_short_name_in_brackets_takes_the_full_name_before_it() -> None:
    """Units introduced as 'Full name (Short name)' are named in full; 'bàn giao … giữa A và B' is a
    handover between two units, not the role of the branch named after a dash."""
    assert _roles(BRANCHES) == [
        ("leader", "Ngân hàng TMCP Ngoại thương Việt Nam - Chi nhánh Trà Vinh", 2023),
        ("leader", "Ngân hàng TMCP Á Châu - Chi nhánh Trà Vinh", 2024),
    ]


SCHOOLS = """Khối thi đua các trường Cao đẳng tổng kết năm học 2023 - 2024

Ngày 10-7-2024, Khối thi đua các trường Cao đẳng tỉnh tổ chức Hội nghị tổng kết công tác thi đua năm học 2023 - 2024. Tham dự hội nghị có ông Lê Văn Bình, Hiệu trưởng Trường Cao đẳng Sư phạm Nam Định, Trưởng khối; bà Đỗ Thị Lan, Hiệu trưởng Trường Cao đẳng Nam Định, Phó Trưởng khối. Hội nghị đã bầu Trường Cao đẳng Y tế Nam Định làm Trưởng khối và Trường Cao đẳng Nghề Nam Định làm Phó Trưởng khối năm học 2024 - 2025.
"""


@pytest.mark.parametrize("a,b,inside", [
    ("Trường Cao đẳng Cần Thơ", "Trường Cao đẳng Nghề Cần Thơ", True),
    ("Sở Y tế", "Sở Y tế tỉnh Bình Định", False),  # a word added at an end: the same unit
    ("Công an Bình Định", "Công an tỉnh Bình Định", False),  # 'tỉnh' does not count
    ("Sở Tư pháp", "Sở Tư pháp", False),
])
def test_a_word_inside_a_name_makes_another_unit(a: str, b: str, inside: bool) -> None:
    from khoi_extract.fields.roles import _word_inside
    assert _word_inside(a, b) is inside


def test_a_guessed_year_yields_only_to_the_same_unit() -> None:
    """This year's vice leader (from a title, year guessed) is not the next year's, whose name holds
    one more word: both are kept."""
    assert _roles(SCHOOLS) == [
        ("leader", "Trường Cao đẳng Sư phạm Nam Định", 2024),
        ("leader", "Trường Cao đẳng Y tế Nam Định", 2025),
        ("vice_leader", "Trường Cao đẳng Nam Định", 2024),
        ("vice_leader", "Trường Cao đẳng Nghề Nam Định", 2025),
    ]


def test_title_keeps_the_ministry_in_brackets_and_stops_at_speaking_for_a_role() -> None:
    text = ("Dự hội nghị có bà Lê Thị Hoa, Phó Vụ trưởng Vụ Tổ chức cán bộ (Bộ Tài chính); "
            "ông Trần Văn An, Phó Giám đốc Sở Tư pháp (Khối phó); đồng chí Vũ Văn Minh, "
            "Thứ trưởng Bộ Tư pháp, đại diện Khối trưởng (Bộ Tư pháp) chủ trì.")
    assert _titles(text) == {
        "Lê Thị Hoa": "Phó Vụ trưởng Vụ Tổ chức cán bộ (Bộ Tài chính)",  # its ministry is part of it
        "Trần Văn An": "Phó Giám đốc Sở Tư pháp",  # a bracketed bloc role is not
        "Vũ Văn Minh": "Thứ trưởng Bộ Tư pháp",  # nor the role spoken for
    }


def test_a_title_ends_before_cho_rang() -> None:
    """'cho rằng' (argued that) starts what the person said, like 'phát biểu': not part of the title."""
    text = ("Hội nghị tổng kết Khối thi đua các Hội đặc thù tỉnh năm 2023. Phát biểu thảo luận, đồng chí "
            "Trần Văn Bình, Phó Chủ tịch Hội Cựu chiến binh tỉnh cho rằng cần đổi mới cách chấm điểm.")
    people = extract(text).events[0].people
    assert [(p.name, p.title) for p in people] == [("Trần Văn Bình", "Phó Chủ tịch Hội Cựu chiến binh tỉnh")]


@pytest.mark.parametrize("text,want", [
    # the role names the unit short; the article prints it with its province elsewhere
    ("Ngày 5/1, tại Sở Xây dựng Bắc Giang, Khối thi đua Kinh tế tổ chức hội nghị tổng kết năm 2023. "
     "Các đơn vị thống nhất bầu Sở Xây dựng làm Khối trưởng năm 2024.",
     [("leader", "Sở Xây dựng Bắc Giang", 2024)]),
    # 'Hải quan Lạng Sơn' printed as 'Hải quan tỉnh Lạng Sơn' in the venue
    ("Sáng 8/1, tại Hải quan tỉnh Lạng Sơn, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2023. "
     "Năm 2023, Hải quan Lạng Sơn là Cụm trưởng.",
     [("leader", "Hải quan tỉnh Lạng Sơn", 2023)]),
    # two provinces' forms of the unit: no fuller form to choose
    ("Ngày 9/1, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2023 tại Cục Thống kê tỉnh Hà Nam. "
     "Đại diện Cục Thống kê tỉnh Nam Định phát biểu. Năm 2023, Cục Thống kê là Cụm trưởng.",
     [("leader", "Cục Thống kê", 2023)]),
    # a name ending in 'tỉnh' is the article's own whole form
    ("Ngày 3/2, tại Hội Nhà báo tỉnh Thái Bình, Khối thi đua các Hội tổ chức hội nghị tổng kết năm 2023. "
     "Hội Nhà báo tỉnh là cơ quan đăng cai Trưởng khối thi đua năm 2023.",
     [("leader", "Hội Nhà báo tỉnh", 2023)]),
])
def test_a_role_takes_the_form_with_the_province_the_article_prints(text: str, want: list) -> None:
    assert _roles(text) == want


def test_a_title_runs_past_name_words_that_look_like_stops() -> None:
    """'thông tin' in 'Công nghệ thông tin', the dot of 'TP.' / 'T.Ư' and the comma of 'các huyện,
    thành phố' belong to the title; a sentence's dot still ends it."""
    text = ("Dự hội nghị có đồng chí Lê Văn Tâm, Trưởng phòng Công nghệ thông tin - Thường trực Hội đồng "
            "thi đua ngành; bà Trần Thị Lan, Phó Trưởng Ban Thi đua - Khen thưởng TP. Hồ Chí Minh; "
            "đồng chí Phạm Văn Nam, Ủy viên Dự khuyết T.Ư Đảng, Bí thư Tỉnh ủy dự. Ông Võ Văn Hùng, "
            "Chủ tịch UBND huyện Đông Sơn, Trưởng khối thi đua các huyện, thành phố chủ trì hội nghị. "
            "Bà Đỗ Thị Mai, Giám đốc Sở GTVT. Hội nghị đã thống nhất.")
    assert _titles(text) == {
        "Lê Văn Tâm": "Trưởng phòng Công nghệ thông tin - Thường trực Hội đồng thi đua ngành",
        "Trần Thị Lan": "Phó Trưởng Ban Thi đua - Khen thưởng TP. Hồ Chí Minh",
        "Phạm Văn Nam": "Ủy viên Dự khuyết T.Ư Đảng, Bí thư Tỉnh ủy",
        "Võ Văn Hùng": "Chủ tịch UBND huyện Đông Sơn, Trưởng khối thi đua các huyện, thành phố",
        "Đỗ Thị Mai": "Giám đốc Sở GTVT",
    }


def test_the_fuller_title_wins_whatever_its_casing() -> None:
    text = ("Tham dự có Phó Giám đốc Sở Nội vụ, Phó Chủ tịch Hội đồng Thi đua - khen thưởng tỉnh Lê Thị Hoa. "
            "Phó Giám đốc Sở Nội vụ, Phó Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh Thái Bình "
            "Lê Thị Hoa phát biểu tại hội nghị.")
    assert _titles(text) == {
        "Lê Thị Hoa": "Phó Giám đốc Sở Nội vụ, Phó Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh Thái Bình"}


@pytest.mark.parametrize("text,want", [
    # at a year-end review: the giver led the year under review, the taker leads the next
    ("Ngày 10/1/2024, Khối thi đua các cơ quan Nội chính tỉnh tổ chức hội nghị tổng kết công tác thi đua "
     "năm 2023. Tại hội nghị đã diễn ra lễ bàn giao nhiệm vụ Trưởng khối giữa Sở Tư pháp và Công an tỉnh.",
     [("leader", "Công an tỉnh", 2024), ("leader", "Sở Tư pháp", 2023)]),
    # a handover ceremony that opens the year: the giver led the year before; a bracketed short name skipped
    ("Chiều 15/1/2021, Khối thi đua Ngân hàng tỉnh Trà Vinh tổ chức lễ bàn giao nhiệm vụ Trưởng khối giữa "
     "Ngân hàng TMCP Công thương Việt Nam - Chi nhánh Trà Vinh (VietinBank Trà Vinh) và Ngân hàng "
     "Chính sách xã hội tỉnh Trà Vinh.",
     [("leader", "Ngân hàng Chính sách xã hội tỉnh Trà Vinh", 2021),
      ("leader", "Ngân hàng TMCP Công thương Việt Nam - Chi nhánh Trà Vinh", 2020)]),
])
def test_a_handover_between_two_units(text: str, want: list) -> None:
    assert _roles(text) == want


def test_between_without_a_handover_gives_no_role() -> None:
    text = ("Ngày 10/1/2024, Khối thi đua các cơ quan Nội chính tỉnh tổ chức hội nghị tổng kết năm 2023. "
            "Trưởng khối tăng cường phối hợp giữa Sở Tư pháp và Công an tỉnh.")
    assert [f for f in _found(text) if f[1] in ("Sở Tư pháp", "Công an tỉnh")] == []


def test_a_teacher_introduced_as_thay_leads_by_the_title() -> None:
    """'thầy X, Hiệu trưởng Trường Y, Cụm trưởng': a person, and the school leads; the ranking after
    the school's name ('xếp thứ Nhất') is no fuller form of it."""
    text = ("Ngày 20/6/2024, Cụm thi đua số 2 các trường THPT tổ chức hội nghị tổng kết năm học 2023 - 2024. "
            "Đến dự có thầy Lê Văn Hòa, Hiệu trưởng Trường THPT Kim Sơn, Cụm trưởng Cụm thi đua số 2. "
            "Hội nghị thống nhất xếp loại: Trường THPT Kim Sơn xếp thứ Nhất, Trường THPT Yên Mô xếp thứ Nhì.")
    assert _titles(text) == {"Lê Văn Hòa": "Hiệu trưởng Trường THPT Kim Sơn, Cụm trưởng Cụm thi đua số 2"}
    assert _roles(text) == [("leader", "Trường THPT Kim Sơn", 2024)]


def test_a_name_after_thanh_pho_is_a_person_when_the_article_cues_it() -> None:
    text = ("Dự buổi lễ có Phó Trưởng ban Thi đua - Khen thưởng thành phố Đỗ Thị Hằng. Bà Đỗ Thị Hằng ghi nhận "
            "kết quả của Khối. Hội nghị diễn ra tại Thành phố Hồ Chí Minh.")
    assert _titles(text) == {"Đỗ Thị Hằng": "Phó Trưởng ban Thi đua - Khen thưởng thành phố"}


def test_a_site_credit_is_no_participant() -> None:
    text = ("Ngày 9/1/2024, Khối thi đua Văn hóa - Xã hội tổ chức hội nghị tổng kết năm 2023. Ông Lê Văn An, "
            "Giám đốc Sở Y tế chủ trì hội nghị.\nChịu trách nhiệm nội dung: Ông Trần Văn Bình, Giám đốc Sở "
            "Thông tin và Truyền thông\nTrưởng Ban biên tập: Bà Ngô Thị Hoa")
    assert _titles(text) == {"Lê Văn An": "Giám đốc Sở Y tế"}


@pytest.mark.parametrize("text,want", [
    # a one-word unit before its province takes the article's 'tỉnh' form
    ("Ngày 23/1/2026, Cụm thi đua số 5 gồm 6 Thuế tỉnh tổ chức hội nghị tổng kết năm 2025. Thuế tỉnh Phú Thọ "
     "thu ngân sách đạt 159%, Thuế tỉnh Hà Nam thu ngân sách đạt 140%. Hội nghị bầu Thuế Hà Nam làm Cụm trưởng năm 2026.",
     [("leader", "Thuế tỉnh Hà Nam", 2026)]),
    # a city named like its province is the city: no 'thành phố tỉnh Hà Nam'
    ("Ngày 5/1/2024, Khối thi đua các huyện, thành phố tỉnh Hà Nam tổ chức hội nghị tổng kết năm 2023. "
     "Năm 2023, thành phố Hà Nam là Khối trưởng.",
     [("leader", "thành phố Hà Nam", 2023)]),
])
def test_a_unit_named_by_its_province_alone(text: str, want: list) -> None:
    assert _roles(text) == want


def test_a_unit_given_the_task_of_the_role() -> None:
    """'X được các đơn vị nhất trí giao nhiệm vụ Trưởng cụm, Y là Phó Trưởng cụm': X leads, the
    unit after the comma is the next clause's subject; a title ends before 'tiếp nhận'."""
    text = ("Ngày 12/3/2016, Cụm thi đua số 7 tổ chức hội nghị ký kết giao ước thi đua năm 2016. Ngân hàng "
            "Chính sách xã hội tỉnh Hà Tĩnh được các đơn vị nhất trí giao nhiệm vụ Trưởng cụm, Ngân hàng Chính "
            "sách xã hội tỉnh Quảng Bình là Phó Trưởng cụm năm 2016. Đồng chí Võ Văn Minh, Giám đốc Ngân hàng "
            "Chính sách xã hội tỉnh Hà Tĩnh tiếp nhận và hứa sẽ phát huy vai trò.")
    assert _roles(text) == [("leader", "Ngân hàng Chính sách xã hội tỉnh Hà Tĩnh", 2016),
                            ("vice_leader", "Ngân hàng Chính sách xã hội tỉnh Quảng Bình", 2016)]
    assert _titles(text) == {"Võ Văn Minh": "Giám đốc Ngân hàng Chính sách xã hội tỉnh Hà Tĩnh"}


@pytest.mark.parametrize("sentence", [
    # each unit elected in its own clause: both lead the next year
    "Kết quả, Sở Y tế được bầu làm Khối trưởng, Sở Giáo dục và Đào tạo được bầu làm Khối phó năm 2024.",
    # the roles announced before a colon, each unit's own role after it
    "Hội nghị cũng đã tiến hành bầu Khối trưởng, Khối phó năm 2024: Sở Y tế là Khối trưởng, "
    "Sở Giáo dục và Đào tạo là Khối phó.",
])
def test_units_elected_in_parallel_clauses(sentence: str) -> None:
    text = ("Ngày 15/01/2024, Khối thi đua Văn hóa - Xã hội tổ chức hội nghị tổng kết công tác thi đua năm 2023. "
            + sentence)
    assert _roles(text) == [("leader", "Sở Y tế", 2024), ("vice_leader", "Sở Giáo dục và Đào tạo", 2024)]


def test_an_abbreviated_committee_seat_opens_a_title() -> None:
    text = ("Ngày 15/01/2024, Khối thi đua Văn hóa - Xã hội tổ chức hội nghị tổng kết năm 2023. Dự hội nghị có "
            "đồng chí Trịnh Văn Phúc, TUV, Giám đốc Sở Tư pháp, Khối trưởng năm 2023.")
    assert _titles(text) == {"Trịnh Văn Phúc": "TUV, Giám đốc Sở Tư pháp, Khối trưởng năm 2023"}
    assert _roles(text) == [("leader", "Sở Tư pháp", 2023)]


@pytest.mark.parametrize("sentence,want", [
    ("Khối trưởng năm 2024 do Sở Y tế đảm nhận, Khối phó do Sở Tư pháp đảm nhiệm.",
     [("leader", "Sở Y tế", 2024), ("vice_leader", "Sở Tư pháp", 2024)]),
    # the assigner after 'do' is no unit of the role
    ("Cụm trưởng năm 2024 do Bộ Công an phân công.", []),
    ("Ông Lê Văn An, Giám đốc Sở Y tế kiêm Khối trưởng năm 2023 phát biểu khai mạc.",
     [("leader", "Sở Y tế", 2023)]),
])
def test_the_role_first_its_unit_after_do_and_kiem(sentence: str, want: list) -> None:
    text = ("Ngày 15/01/2024, Khối thi đua Văn hóa - Xã hội tổ chức hội nghị tổng kết công tác thi đua năm 2023. "
            + sentence)
    assert _roles(text) == want


@pytest.mark.parametrize("sentence,want", [
    # a person speaking for the leading unit: their agency leads; the title ends before the verb
    ("Đại diện đơn vị Khối trưởng, đồng chí Lê Văn An, Phó Giám đốc Sở Y tế trình bày báo cáo tổng kết.",
     [("leader", "Sở Y tế", 2023)]),
    ("Tại hội nghị, thay mặt đơn vị Khối trưởng, ông Lê Văn An, Phó Giám đốc Sở Y tế báo cáo kết quả.",
     [("leader", "Sở Y tế", 2023)]),
    # a sentence opening on the unit's role
    ("Là đơn vị Khối trưởng năm 2023, Sở Y tế đã chủ động phối hợp với các đơn vị.",
     [("leader", "Sở Y tế", 2023)]),
    # a title's 'đại diện Khối trưởng' (no 'đơn vị') is read with people, not here
    ("Đồng chí Lê Văn An, Thứ trưởng Bộ Y tế, đại diện Khối trưởng, chủ trì hội nghị.", []),
])
def test_a_person_speaking_for_the_leading_unit(sentence: str, want: list) -> None:
    text = ("Ngày 15/01/2024, Khối thi đua Văn hóa - Xã hội tổ chức hội nghị tổng kết công tác thi đua năm 2023. "
            + sentence)
    assert _roles(text) == want


def test_an_academic_title_written_out_cues_a_person() -> None:
    text = ("Dự hội nghị có Tiến sĩ Nguyễn Văn Long, Phó Giám đốc Sở Khoa học và Công nghệ; Phó Giáo sư, Tiến sĩ "
            "Trần Văn Minh, Hiệu trưởng Trường Đại học Y, Cụm trưởng. Đề tài được bảo vệ bởi các tiến sĩ trẻ.")
    assert _titles(text) == {"Nguyễn Văn Long": "Phó Giám đốc Sở Khoa học và Công nghệ",
                             "Trần Văn Minh": "Hiệu trưởng Trường Đại học Y, Cụm trưởng"}


def test_an_assignment_made_elsewhere_is_the_current_term() -> None:
    """'được Bộ Công an phân công là Cụm trưởng' at a year-end review: the holder of the year under
    review, not one voted in for the next year ('được bầu làm')."""
    text = ("Ngày 10/12/2023, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2023. "
            "Công an tỉnh Hòa Bình được Bộ Công an phân công là đơn vị Cụm trưởng.")
    assert _roles(text) == [("leader", "Công an tỉnh Hòa Bình", 2023)]


def test_a_representative_of_the_unit_named_as_the_leading_unit() -> None:
    text = ("Sáng 8/3, Cụm thi đua số 3 ngành Thuế tổ chức Hội nghị ký kết giao ước thi đua năm 2019. Tại hội nghị, "
            "đại diện Cục Thuế tỉnh Phú Yên - đơn vị Cụm trưởng năm 2018 đã bàn giao nhiệm vụ cho Cục Thuế tỉnh Gia Lai.")
    assert ("leader", "Cục Thuế tỉnh Phú Yên", 2018) in _roles(text)


def test_a_leader_named_by_a_short_form_takes_the_full_name_with_va_inside() -> None:
    text = ("Ngày 20/3/2022, Khối thi đua VII tổ chức Hội nghị ký kết giao ước thi đua năm 2022. Khối gồm 3 đơn vị: "
            "Ngân hàng TMCP Xây dựng và Phát triển Việt Nam (XDB), Ngân hàng Hợp tác xã Việt Nam và Ngân hàng "
            "Phát triển Nhà. Năm 2022, XDB được giao làm Trưởng Khối.")
    assert _roles(text) == [("leader", "Ngân hàng TMCP Xây dựng và Phát triển Việt Nam", 2022)]


def test_the_second_roles_unit_noun_ends_the_first_unit() -> None:
    text = ("Ngày 10/1/2025, Khối thi đua Văn hóa - Xã hội tổ chức Hội nghị tổng kết công tác thi đua năm 2024. "
            "Đơn vị Khối trưởng năm 2025 là Sở Y tế và đơn vị Khối phó là Sở Tư pháp.")
    assert _roles(text) == [("leader", "Sở Y tế", 2025), ("vice_leader", "Sở Tư pháp", 2025)]


def test_the_role_said_to_belong_to_a_unit() -> None:
    text = ("Ngày 10/1/2025, Cụm thi đua số 3 tổ chức Hội nghị tổng kết công tác thi đua năm 2024. "
            "Năm 2025, vai trò Cụm trưởng thuộc về Sở Y tế.")
    assert _roles(text) == [("leader", "Sở Y tế", 2025)]


@pytest.mark.parametrize("sentence", [
    "Sở Y tế, Sở Tư pháp lần lượt làm Cụm trưởng, Cụm phó năm 2025.",
    "Tại hội nghị, Sở Y tế, Sở Tư pháp được bầu lần lượt làm Cụm trưởng và Cụm phó năm 2025.",
    "Sở Y tế và Sở Tư pháp lần lượt làm Cụm trưởng, Cụm phó năm 2025.",
])
def test_a_pair_of_units_lan_luot_takes_a_pair_of_roles(sentence: str) -> None:
    text = "Ngày 10/1/2025, Cụm thi đua số 3 tổ chức Hội nghị tổng kết công tác thi đua năm 2024. " + sentence
    assert _roles(text) == [("leader", "Sở Y tế", 2025), ("vice_leader", "Sở Tư pháp", 2025)]
