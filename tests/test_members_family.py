"""The members family: the enumeration parser, its list rules and the member count.

Every text here is written for the test (names adapted); each case is one construction
of the genre, so a failure names the construction that broke.
"""
from __future__ import annotations

import regex

from khoi_extract.fields.members import MemberCandidate, find_member_count, find_members, parse_list
from khoi_extract.fields.orgs import same_unit
from khoi_extract.normalize import normalize
from khoi_extract.segment import segment


def _members(text: str) -> list[str]:
    seg = segment(normalize(text))
    bloc = {i for i, s in enumerate(seg.sentences) if regex.search(r"(?i)khối|cụm|thành viên", s.text)}
    return [c.value for c in find_members(seg, bloc)]


def _count(text: str) -> int | None:
    found = find_member_count(segment(normalize(text)))
    return None if found is None else found.value


# ----------------------------------------------------------------- introduced lists

def test_gom_list_of_departments() -> None:
    assert _members("Khối thi đua Văn hóa - Xã hội gồm: Sở Y tế, Sở Giáo dục và Đào tạo, Đài Phát thanh và Truyền hình tỉnh.") \
        == ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Đài Phát thanh và Truyền hình tỉnh"]


def test_bare_place_names_after_a_colon_name_the_units() -> None:
    got = _members("Cụm thi đua các huyện miền núi gồm: Mường Lát, Quan Sơn, Bá Thước và thị xã Nghi Sơn đã tổ chức hội nghị.")
    assert got == ["Mường Lát", "Quan Sơn", "Bá Thước", "thị xã Nghi Sơn"]


def test_counted_provinces_stay_bare() -> None:
    got = _members("Cụm thi đua Công đoàn ngành Giáo dục các tỉnh Bắc Trung Bộ gồm 4 tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh và Quảng Bình.")
    assert got == ["Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình"]


def test_category_head_distributes_over_bare_names() -> None:
    assert _members("Khối thi đua số 2 gồm các sở: Tư pháp, Nội vụ, Khoa học và Công nghệ tổ chức hội nghị.") \
        == ["Sở Tư pháp", "Sở Nội vụ", "Sở Khoa học và Công nghệ"]


def test_lower_case_piece_continues_the_previous_name() -> None:
    got = _members("Cụm thi đua gồm 3 cơ quan: Trung tâm Giống cây trồng, vật nuôi và thủy sản, Trung tâm Khuyến nông, "
                   "Ban quản lý rừng phòng hộ Cần Giờ.")
    assert got == ["Trung tâm Giống cây trồng, vật nuôi và thủy sản", "Trung tâm Khuyến nông", "Ban quản lý rừng phòng hộ Cần Giờ"]


def test_counted_noun_saying_what_the_units_do() -> None:
    got = _members("Khối các cơ quan Đảng gồm 4 cơ quan tham mưu, giúp việc Tỉnh ủy Lào Cai: Văn phòng Tỉnh ủy, "
                   "Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy và Trường Chính trị tỉnh.")
    assert got == ["Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Trường Chính trị tỉnh"]

def test_list_in_brackets_after_the_counted_noun() -> None:
    got = _members("Cụm thi đua số 5 gồm 3 trường chính trị khu vực Bắc Bộ (Trường Chính trị Hà Nam, Trường Chính trị Nam Định, "
                   "Trường Chính trị Thái Bình) đã tổ chức hội nghị.")
    assert got == ["Trường Chính trị Hà Nam", "Trường Chính trị Nam Định", "Trường Chính trị Thái Bình"]


def test_names_end_at_the_verb_and_the_role_appositive() -> None:
    got = _members("Khối thi đua gồm: Sở Tư pháp - đơn vị trưởng khối, Sở Nội vụ, Thanh tra tỉnh đã ký kết giao ước.")
    assert got == ["Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh"]


def test_units_of_one_head_told_apart_by_number() -> None:
    got = _members("Cụm thi đua số 2 gồm: Trại giam Phú Sơn, Trại giam Hoàng Tiến và các Trại giam số 4, số 7.")
    assert got == ["Trại giam Phú Sơn", "Trại giam Hoàng Tiến", "Trại giam số 4", "Trại giam số 7"]

def test_a_list_of_people_is_not_a_list_of_units() -> None:
    assert _members("Khối thi đua gồm các đồng chí: Nguyễn Văn Hùng, Trần Thị Mai, Lê Văn Nam.") == []


def test_generic_group_is_not_a_unit() -> None:
    got = _members("Khối thi đua gồm 5 đơn vị: Ngân hàng Nhà nước chi nhánh tỉnh và các ngân hàng thương mại, Quỹ Đầu tư phát triển tỉnh.")
    assert got == ["Ngân hàng Nhà nước chi nhánh tỉnh", "Quỹ Đầu tư phát triển tỉnh"]


def test_bullet_lines_under_a_colon() -> None:
    text = ("Khối thi đua 12 - Khối Tiểu học họp tại Trường Tiểu học Kim Đồng.\n"
            "Về phía các trường thuộc Khối thi đua 12, có sự tham dự của Hiệu trưởng các trường:\n"
            "- Trường Tiểu học Kim Đồng\n- Trường Tiểu học Lê Lợi,\n- Trường Tiểu học Phường 3.\n"
            "Hội nghị thông qua báo cáo.\n")
    assert _members(text) == ["Trường Tiểu học Kim Đồng", "Trường Tiểu học Lê Lợi", "Trường Tiểu học Phường 3"]


# ----------------------------------------------------------------- distributive lists

def test_a_place_word_item_closes_a_list_of_bare_places() -> None:
    got = _members("Cụm thi đua số 2 tỉnh Long An gồm các huyện: Tân Hưng, Vĩnh Hưng, Mộc Hóa và thị xã Kiến Tường vừa sơ kết.")
    assert got == ["huyện Tân Hưng", "huyện Vĩnh Hưng", "huyện Mộc Hóa", "thị xã Kiến Tường"]


def test_head_before_the_provinces_it_stands_in() -> None:
    assert _members("Cụm thi đua số 3 gồm BĐBP các tỉnh: Lào Cai, Lai Châu và Điện Biên.") \
        == ["BĐBP tỉnh Lào Cai", "BĐBP tỉnh Lai Châu", "BĐBP tỉnh Điện Biên"]


def test_head_before_counted_provinces_placed_in_the_bloc() -> None:
    got = _members("Dự hội nghị có lãnh đạo Kho bạc 4 tỉnh trong Cụm gồm: Hà Giang, Cao Bằng, Bắc Kạn và Lạng Sơn.")
    assert got == ["Kho bạc Hà Giang", "Kho bạc Cao Bằng", "Kho bạc Bắc Kạn", "Kho bạc Lạng Sơn"]


def test_lower_case_head_before_counted_provinces_and_their_list() -> None:
    text = ("Sáng 12/9, tại Ninh Bình, thanh tra 4 tỉnh: Nam Định, Thái Bình, Hà Nam và Ninh Bình thuộc Cụm thi đua "
            "Thanh tra các tỉnh Nam đồng bằng sông Hồng đã tổ chức sơ kết.")
    assert _members(text) == ["thanh tra Nam Định", "thanh tra Thái Bình", "thanh tra Hà Nam", "thanh tra Ninh Bình"]
    assert _count(text) == 4
    # not any lower-case word: a meeting of four provinces lists no units
    assert _members("Sáng 12/9, tại Ninh Bình, hội nghị 4 tỉnh: Nam Định, Thái Bình, Hà Nam và Ninh Bình đã bế mạc.") == []


def test_places_in_brackets_after_the_head_and_its_category() -> None:
    text = ("Ban Chỉ huy quân sự (CHQS) các huyện, thị xã phía Nam (Tân Uyên, Bến Cát, Dầu Tiếng) thuộc Cụm thi đua số 2 "
            "vừa tổ chức hội nghị. Ban CHQS của 3 huyện, thị xã trên đã hoàn thành chỉ tiêu.")
    assert _members(text) == ["Ban Chỉ huy quân sự Tân Uyên", "Ban Chỉ huy quân sự Bến Cát", "Ban Chỉ huy quân sự Dầu Tiếng"]
    assert _count(text) == 3
    # a short form in brackets is not a list
    assert _members("Công an các tỉnh Tây Nguyên (CATN) thuộc Cụm thi đua số 5 tổ chức hội nghị.") == []


def test_commune_heads_each_distribute_over_their_own_sublist() -> None:
    got = _members("Cụm thi đua số 2 gồm 5 đơn vị là UBND các phường: Tân An, Bình Minh và UBND các xã: "
                   "Phú Lộc, Long Hòa, Mỹ Xuyên thuộc tỉnh Cà Mau.")
    assert got == ["UBND phường Tân An", "UBND phường Bình Minh", "UBND xã Phú Lộc", "UBND xã Long Hòa", "UBND xã Mỹ Xuyên"]


def test_a_count_of_people_after_the_last_unit_is_not_its_name() -> None:
    got = _members("Tham gia giải có các đoàn của Cục Hải quan các tỉnh: Nam Định, Ninh Bình và Thái Bình với hơn 120 vận động viên.")
    assert got[-1] == "Cục Hải quan tỉnh Thái Bình"


def test_distributive_head_needs_the_list_right_after_it() -> None:
    # "LĐLĐ các tỉnh Tây Nguyên" names the bloc; the units are the counted provinces after it
    got = _members("Cụm thi đua LĐLĐ các tỉnh Tây Nguyên gồm 3 tỉnh: Kon Tum, Gia Lai và Đắk Lắk.")
    assert got == ["Kon Tum", "Gia Lai", "Đắk Lắk"]


def test_units_of_one_kind_in_the_bloc_then_their_places() -> None:
    got = _members("Đại diện các Trường Chính trị trong cụm gồm: Sơn La, Điện Biên, Lai Châu tham dự.")
    assert got == ["Trường Chính trị Sơn La", "Trường Chính trị Điện Biên", "Trường Chính trị Lai Châu"]


def test_place_word_carries_over_the_names() -> None:
    got = _members("Cụm thi đua số 2 gồm huyện Tam Đường, Phong Thổ, Sìn Hồ và thành phố Lai Châu.")
    assert got == ["huyện Tam Đường", "huyện Phong Thổ", "huyện Sìn Hồ", "thành phố Lai Châu"]


def test_head_and_colon_sublists_separated_by_semicolons() -> None:
    got = _members("Khối thi đua Doanh nghiệp III (Công ty TNHH: Cơ khí Hòa Bình; May Tân Phú và Công ty Cổ phần: "
                   "Bia Hạ Long; In Quảng Ninh) tổ chức hội nghị.")
    assert got == ["Công ty TNHH Cơ khí Hòa Bình", "Công ty TNHH May Tân Phú", "Công ty Cổ phần Bia Hạ Long",
                   "Công ty Cổ phần In Quảng Ninh"]


def test_branches_listed_under_their_bank_are_bare_places() -> None:
    got = _members("Khối thi đua số 10 gồm: BIDV (các chi nhánh: Đồng Nai, Bình Phước và Tây Bình Phước) và Ngân hàng Chính sách xã hội.")
    assert got[:3] == ["BIDV chi nhánh Đồng Nai", "BIDV chi nhánh Bình Phước", "BIDV chi nhánh Tây Bình Phước"]


def test_numbered_districts() -> None:
    assert _members("Cụm thi đua số 1 gồm UBND các quận 1, 3, 5 và 10.") == ["UBND Quận 1", "UBND Quận 3", "UBND Quận 5", "UBND Quận 10"]


# ----------------------------------------------------------------- units honoured at the meeting

def test_award_recipients_after_cho() -> None:
    got = _members("Các đơn vị trong Khối thống nhất đề nghị Cờ thi đua của UBND tỉnh cho Sở Y tế, Sở Tư pháp; "
                   "UBND tỉnh tặng Bằng khen cho Ban Dân tộc.")
    assert got == ["Sở Y tế", "Sở Tư pháp", "Ban Dân tộc"]


def test_counted_award_recipients_named_after_la() -> None:
    got = _members("Khối thống nhất đề nghị tặng Cờ thi đua cho 02 đơn vị xuất sắc là Trường Đại học Vinh và "
                   "Trường Đại học Hồng Đức và đề nghị Bộ trưởng tặng Bằng khen cho 03 đơn vị.")
    assert got == ["Trường Đại học Vinh", "Trường Đại học Hồng Đức"]
    # collectives so introduced may be a unit's own departments
    assert _members("Khối đề nghị tặng Giấy khen cho 2 tập thể tiêu biểu là Phòng Tổng hợp và Phòng Kế toán.") == []


def test_a_bloc_role_after_a_dash_ends_the_recipient() -> None:
    got = _members("Công ty Xổ số kiến thiết (Trưởng khối năm 2023) đã bàn giao cờ luân lưu Trưởng khối cho "
                   "Công ty Cấp nước Nam Định – Trưởng khối năm 2024.")
    assert got == ["Công ty Cấp nước Nam Định"]


def test_acclaimed_units() -> None:
    got = _members("Hội nghị đã bình xét, suy tôn Công ty Cổ phần Cấp nước Nam Định và Công ty Cổ phần Vật tư "
                   "nông nghiệp Nam Định đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert got == ["Công ty Cổ phần Cấp nước Nam Định", "Công ty Cổ phần Vật tư nông nghiệp Nam Định"]
    assert _members("Hội nghị đã suy tôn những tập thể có thành tích xuất sắc của Khối.") == []


def test_award_takers_before_nhan() -> None:
    got = _members("Khối đã suy tôn Hội Nông dân nhận Cờ thi đua; Hội Luật gia và Hội Khuyến học nhận Bằng khen của UBND tỉnh.")
    assert got == ["Hội Nông dân", "Hội Luật gia", "Hội Khuyến học"]


def test_the_giver_is_not_a_member() -> None:
    assert _members("Tại hội nghị, UBND tỉnh tặng Cờ thi đua cho 2 cá nhân xuất sắc của Khối.") == []


# ----------------------------------------------------------------- units ranked in the bloc's scoring

def test_units_before_their_rank() -> None:
    got = _members("Kết quả chấm điểm của Cụm thi đua, theo đó tỉnh Nam Định xếp hạng 1, Ninh Bình đứng thứ 2 và Hà Nam xếp hạng 3.")
    assert got == ["tỉnh Nam Định", "Ninh Bình", "Hà Nam"]


def test_units_after_their_rank() -> None:
    assert _members("Hạng Nhất thuộc về Sở Y tế; hạng Nhì thuộc về 2 đơn vị: Sở Tư pháp và Sở Nội vụ.") \
        == ["Sở Y tế", "Sở Tư pháp", "Sở Nội vụ"]


def test_prizes_given_to_the_teams_of_units() -> None:
    got = _members("Kết thúc hội thi của Khối, Ban tổ chức trao giải Nhất cho đội thi Hội Cựu chiến binh tỉnh, "
                   "giải Nhì thuộc về đội thi Hội Nông dân tỉnh.")
    assert got == ["Hội Cựu chiến binh tỉnh", "Hội Nông dân tỉnh"]

def test_an_ellipsis_ends_a_ranked_list() -> None:
    got = _members("Kết quả của Cụm: hạng Nhì thuộc về 2 tỉnh: An Giang và Hậu Giang… tỉnh Cà Mau xếp hạng Ba.")
    assert got == ["An Giang", "Hậu Giang", "tỉnh Cà Mau"]


def test_list_before_a_distributive_one() -> None:
    got = _members("Cụm thi đua số 3 gồm 4 đơn vị là thành phố Pleiku và các huyện Chư Păh, Ia Grai, Đak Đoa.")
    assert got == ["huyện Chư Păh", "huyện Ia Grai", "huyện Đak Đoa", "thành phố Pleiku"]


def test_units_given_as_examples_of_what_the_bloc_did() -> None:
    text = ("Năm qua, các đơn vị trong khối đã đạt nhiều kết quả nổi bật như: Hội Nông dân tỉnh đã hỗ trợ 300 hộ vay vốn; "
            "tổ chức 12 lớp tập huấn…Hội Người mù tỉnh tổ chức dạy nghề cho 40 hội viên; Liên minh Hợp tác xã tỉnh "
            "với phong trào: “Đổi mới, sáng tạo”.")
    assert _members(text) == ["Hội Nông dân tỉnh", "Hội Người mù tỉnh", "Liên minh Hợp tác xã tỉnh"]
    assert _members("Sáu tháng qua, các đơn vị trong Khối như Sở Tài chính, Cục Thống kê, Kho bạc Nhà nước Hà Nam "
                    "đã phối hợp chặt chẽ trong điều hành thu, chi ngân sách.") \
        == ["Sở Tài chính", "Cục Thống kê", "Kho bạc Nhà nước Hà Nam"]
    # examples of movements, not of units
    assert _members("Các đơn vị trong Khối đã triển khai nhiều phong trào như: Học tập và làm theo tư tưởng Hồ Chí Minh; "
                    "Cả nước chung tay vì người nghèo.") == []


def test_unit_named_with_the_rest_of_the_bloc() -> None:
    got = _members("Hải đội 205 (Vùng Cảnh sát biển 3) và các cơ quan, đơn vị trong Khối thi đua Nội chính ký kết giao ước.")
    assert got == ["Hải đội 205"]



def test_a_list_named_with_the_rest_of_the_bloc() -> None:
    got = _members("Tại hội nghị, lãnh đạo Tổng công ty Lương thực miền Bắc, Tổng công ty Cà phê Việt Nam và "
                   "Tập đoàn Cao su Việt Nam cùng các đơn vị thành viên đã ký giao ước thi đua.")
    assert got == ["Tổng công ty Lương thực miền Bắc", "Tổng công ty Cà phê Việt Nam", "Tập đoàn Cao su Việt Nam"]


def test_one_unit_with_the_members_is_not_a_list() -> None:
    got = _members("Tại hội nghị, ông Nguyễn Văn B, Giám đốc Sở Y tế cùng các đơn vị thành viên đã ký giao ước thi đua.")
    assert got == []



def test_a_member_named_by_its_short_form_is_reported_by_its_full_name() -> None:
    from khoi_extract.pipeline import extract

    text = ("Khối thi đua Ngân hàng tỉnh Bạc Liêu bàn giao Trưởng khối\n\nSáng 10/1/2021, Khối thi đua Ngân hàng "
            "tỉnh Bạc Liêu tổ chức lễ bàn giao nhiệm vụ Trưởng khối giữa Ngân hàng TMCP Ngoại thương Việt Nam - "
            "Chi nhánh Bạc Liêu (Vietcombank Bạc Liêu) và Ngân hàng TMCP Á Châu - Chi nhánh Bạc Liêu (ACB Bạc Liêu)."
            "\n\nNăm 2020, Vietcombank Bạc Liêu đã hoàn thành tốt vai trò Trưởng khối. "
            "Theo quy chế, ACB Bạc Liêu được các thành viên suy tôn làm Trưởng khối năm 2021.\n")
    members = extract(text).events[0].members
    assert sorted(members) == ["Ngân hàng TMCP Ngoại thương Việt Nam - Chi nhánh Bạc Liêu",
                               "Ngân hàng TMCP Á Châu - Chi nhánh Bạc Liêu"]


# ----------------------------------------------------------------- gating the rules by their anchors

def test_a_sentence_rule_runs_only_where_one_of_its_anchors_is() -> None:
    from khoi_extract.fields.members import _hits, _present

    seg = segment(normalize("Khối thi đua gồm: Sở Y tế, Sở Tư pháp. Hội nghị bàn giao công tác thi đua."))
    first, second = seg.sentences
    assert {"gồm", ":", "khối"} <= _present(seg, first)
    assert "gồm" not in _present(seg, second)
    assert [m.group() for m in _hits("members.intro_gom", seg.text, first.start, first.end, _present(seg, first))] == ["gồm: "]
    # no anchor in the sentence: the rule is not run (an ungated run over it would find nothing either)
    assert list(_hits("members.intro_gom", seg.text, second.start, second.end, frozenset())) == []


def test_a_rule_missing_a_required_word_is_not_run() -> None:
    from khoi_extract.fields.members import _hits

    text = "Sở Nội vụ và các đơn vị trong Khối ký giao ước."
    assert [m.group("unit") for m in _hits("members.with_the_rest", text, 0, len(text), frozenset({"đơn vị", "khối", "các", "và"}))] \
        == ["Sở Nội vụ"]
    assert list(_hits("members.with_the_rest", text, 0, len(text), frozenset({"đơn vị", "các", "và"}))) == []


def test_members_are_found_where_lower_case_shifts_offsets() -> None:
    # "İ" lower-cases to two characters: nothing is gated in that sentence, the list is still read
    text = "Khối thi đua gồm: Sở Y tế, Sở Tư pháp, Thanh tra tỉnh đã ký kết giao ước tại İstanbul."
    seg = segment(normalize(text))
    from khoi_extract.fields.members import _present
    assert _present(seg, seg.sentences[0]) is None
    assert _members(text) == ["Sở Y tế", "Sở Tư pháp", "Thanh tra tỉnh"]


# ----------------------------------------------------------------- parse_list and unit identity

def test_parse_list_puts_a_distributive_head_before_bare_items() -> None:
    text = "Quảng Ninh, Lạng Sơn và Cao Bằng"
    got = parse_list(text, 0, len(text), "BĐBP", "tỉnh")
    assert [c.value for c in got] == ["BĐBP tỉnh Quảng Ninh", "BĐBP tỉnh Lạng Sơn", "BĐBP tỉnh Cao Bằng"]
    assert all(isinstance(c, MemberCandidate) and text[c.start:c.end] in c.value for c in got)


def _parsed(text: str, prefix: str | None = None, cat: str | None = None) -> list[str]:
    return [c.value for c in parse_list(text, 0, len(text), prefix, cat)]


def test_parse_list_carries_a_head_printed_once_over_the_bare_names() -> None:
    assert _parsed("Huyện ủy Ea H’leo, Krông Pắc, Cư M’gar") == ["Huyện ủy Ea H’leo", "Huyện ủy Krông Pắc", "Huyện ủy Cư M’gar"]


def test_parse_list_carries_a_unit_of_a_province_over_the_bare_provinces() -> None:
    # "Hội CCB tỉnh Vĩnh Long, Bến Tre": the veterans' association of each province
    assert _parsed("Hội CCB tỉnh Vĩnh Long, Bến Tre và Trà Vinh") \
        == ["Hội CCB tỉnh Vĩnh Long", "Hội CCB tỉnh Bến Tre", "Hội CCB tỉnh Trà Vinh"]
    assert _members("Cụm thi đua đề nghị tặng cờ thi đua cho Công an tỉnh Sóc Trăng, Bạc Liêu và tặng bằng khen cho "
                    "Công an tỉnh Cà Mau.") == ["Công an tỉnh Sóc Trăng", "Công an tỉnh Bạc Liêu", "Công an tỉnh Cà Mau"]
    # a unit without a province does not carry over
    assert _parsed("Sở Y tế, Bến Tre") == ["Sở Y tế", "Bến Tre"]


def test_a_capitalised_place_word_and_a_role_given_after_do_end_the_item() -> None:
    # "Thị trấn" keeps its own place word, not the list's "xã"
    assert _members("Cụm thi đua số 7 gồm các xã Thị trấn Yên Lạc, Minh Hòa, Tân Tiến đã tổ chức hội nghị.") \
        == ["Thị trấn Yên Lạc", "xã Minh Hòa", "xã Tân Tiến"]
    assert _members("Cụm thi đua số 1 gồm huyện Sa Thầy, Ngọc Hồi và Đăk Glei do huyện Sa Thầy làm Cụm trưởng.") \
        == ["huyện Sa Thầy", "huyện Ngọc Hồi", "huyện Đăk Glei"]


def test_parse_list_a_head_in_title_case_and_kinh_te_xa_hoi_inside_a_name() -> None:
    assert _parsed("Sở Y tế, Thành Đoàn, Hội Nông dân") == ["Sở Y tế", "Thành Đoàn", "Hội Nông dân"]
    assert _parsed("Sở Tài chính, Viện Nghiên cứu phát triển kinh tế - xã hội, Cục Thống kê") \
        == ["Sở Tài chính", "Viện Nghiên cứu phát triển kinh tế - xã hội", "Cục Thống kê"]


def test_parse_list_category_head_and_numbered_places() -> None:
    assert _parsed("các sở Nội vụ, Tài chính") == ["Sở Nội vụ", "Sở Tài chính"]
    assert _parsed("1, 3, 5 và 10", "Quận") == ["Quận 1", "Quận 3", "Quận 5", "Quận 10"]


def test_parse_list_place_word_prefix() -> None:
    # a place word before a bare name is the name's own; a printed place word replaces it
    assert _parsed("Đăk Hà, Đăk Tô", "huyện") == ["huyện Đăk Hà", "huyện Đăk Tô"]
    assert _parsed("thị xã Kiến Tường, Tân Hưng", "huyện") == ["thị xã Kiến Tường", "huyện Tân Hưng"]
    # a unit head keeps its place word: "BĐBP" + "tỉnh Lạng Sơn"
    assert _parsed("tỉnh Lạng Sơn, Cao Bằng", "BĐBP") == ["BĐBP tỉnh Lạng Sơn", "BĐBP Cao Bằng"]


def test_parse_list_drops_guests_groups_and_trailing_remarks() -> None:
    assert _parsed("Sở Y tế (khách mời), Sở Tư pháp, Thanh tra tỉnh") == ["Sở Tư pháp", "Thanh tra tỉnh"]
    assert _parsed("Sở Nội vụ, Sở Tư pháp, các ngân hàng thương mại") == ["Sở Nội vụ", "Sở Tư pháp"]
    # a trailing remark in brackets is cut, a short form inside the name is kept
    assert _parsed("Sở Y tế (Khối trưởng), Ngân hàng (NH) Nhà nước") == ["Sở Y tế", "Ngân hàng (NH) Nhà nước"]


def test_parse_list_items_end_at_their_verb_and_the_list_at_a_clause() -> None:
    assert _parsed("Sở Nội vụ, Sở Tư pháp nhận Bằng khen") == ["Sở Nội vụ", "Sở Tư pháp"]
    assert _parsed("Sở Nội vụ, Sở Tư pháp, tranh tài ở các môn bóng đá") == ["Sở Nội vụ", "Sở Tư pháp"]


def test_list_end_stops_at_the_verb_the_sentence_or_the_bracket() -> None:
    from khoi_extract.fields.members import _list_end

    def listed(text: str, in_paren: bool = False) -> str:
        start = text.index(":") + 2
        return text[start:_list_end(text, start, len(text), in_paren)]

    assert listed("gồm: Sở Y tế, Sở Tư pháp đã tổ chức hội nghị. Sau đó") == "Sở Y tế, Sở Tư pháp"
    assert listed("gồm: Sở Y tế; Sở Tư pháp. Sau đó") == "Sở Y tế; Sở Tư pháp"  # a unit after the semicolon
    assert listed("gồm: Sở Y tế; tranh tài. Sau đó") == "Sở Y tế"
    assert listed("(gồm: Sở Y tế, Sở Tư pháp) và các", in_paren=True) == "Sở Y tế, Sở Tư pháp"
    assert listed("(gồm: Sở Y tế, Sở Tư pháp) và các") == "Sở Y tế, Sở Tư pháp) và các"


def test_a_place_printed_alone_stands_for_its_unit() -> None:
    from khoi_extract.fields.members import _stands_for
    assert _stands_for("Quảng Ninh", "BHXH tỉnh Quảng Ninh")
    assert not _stands_for("Sở Y tế", "Sở Y tế tỉnh Quảng Ninh")
    assert not _stands_for("Ninh", "BHXH tỉnh Quảng Ninh")


def test_same_unit_with_and_without_its_place_word() -> None:
    assert same_unit("thị xã Sơn Tây", "Sơn Tây")
    assert not same_unit("Quận 10", "Quận 11")


# ----------------------------------------------------------------- member count

def test_count_stated_after_the_full_bloc_name() -> None:
    assert _count("Khối thi đua các cơ quan Kinh tế - Kỹ thuật có 09 thành viên, gồm: Sở Xây dựng, Sở Công Thương.") == 9


def test_count_of_units_named_in_the_bloc() -> None:
    assert _count("Dự hội nghị có đại diện của 07 Trường Chính trị trong Cụm thi đua.") == 7


def test_stated_size_wins_over_a_count_in_passing() -> None:
    text = "Dự hội nghị có đại diện 8 cơ quan trong Cụm. Cụm thi đua số 4 gồm 9 cơ quan: Sở Y tế, Sở Tư pháp."
    assert _count(text) == 9



def test_two_kinds_of_unit_counted_as_members() -> None:
    assert _count("Dự hội nghị có lãnh đạo 11 Tập đoàn, Tổng công ty thành viên của Khối.") == 11


def test_units_counted_by_their_head_signing_the_covenant() -> None:
    assert _count("Tại hội nghị, đại diện 05 Cục Hải quan đã ký giao ước thi đua năm 2024.") == 5


def test_a_bloc_number_is_not_a_count_of_signers() -> None:
    assert _count("Tin liên quan: Cụm thi đua số 2 KBNN ký kết giao ước thi đua năm 2023") is None


def test_members_named_by_acronym_and_province_mark_a_multi_province_cluster() -> None:
    from khoi_extract.pipeline import extract

    text = ("Cụm thi đua số 3 BHXH sơ kết năm 2024\n\nNgày 10/7/2024, tại BHXH tỉnh Gia Lai, Cụm thi đua số 3 "
            "tổ chức hội nghị sơ kết. Dự hội nghị có lãnh đạo BHXH 4 tỉnh trong Cụm gồm: Gia Lai, Kon Tum, "
            "Đắk Lắk và Đắk Nông. BHXH tỉnh Gia Lai là đơn vị Cụm trưởng.\n")
    record = extract(text)
    assert "BHXH Kon Tum" in record.events[0].members
    assert record.province is None



def test_teams_sent_by_the_units_count_them() -> None:
    assert _count("Tham gia Hội thao có 5 đoàn vận động viên của Cục Hải quan các tỉnh: Nam Định, Ninh Bình, "
                  "Thái Bình, Hà Nam và Hưng Yên.") == 5
    assert _count("Giải có 5 đoàn vận động viên của các tỉnh bạn tham gia.") is None

def test_count_hints_tried_at_number_starts_are_the_rules_scan() -> None:
    from pathlib import Path

    from khoi_extract.fields.members import _count_hints
    from khoi_extract.grammar import rule

    hint = rule("members.count_hint")
    texts = [normalize(p.read_text(encoding="utf-8")).text for p in sorted((Path(__file__).parents[1] / "corpus").glob("*/*.txt"))]
    texts += ["năm đơn vị", "triển khai 3 Sở, 1234 đơn vị, 12 Sở", "Khối có 07 đơn vị và mười một Sở", "x 5 Sở mười hai\nTrường"]
    for text in texts:
        for start, end in ((0, len(text)), (1, len(text) - 1), (len(text) // 3, 2 * len(text) // 3)):
            assert [m.span() for m in _count_hints(text, start, end)] == [m.span() for m in hint.finditer(text, start, end)]


def test_a_count_in_passing_counts_when_no_size_is_stated() -> None:
    assert _count("Dự hội nghị có đại diện 8 cơ quan trong Cụm. Hội nghị bàn giao Cờ thi đua.") == 8


def test_the_first_stated_size_wins() -> None:
    assert _count("Khối thi đua có 09 thành viên. Năm 2025, Khối gồm 10 đơn vị.") == 9


def test_count_of_provinces_after_the_units_head() -> None:
    assert _count("Năm qua, Công an 6 tỉnh triển khai đồng bộ các biện pháp nghiệp vụ.") == 6
    assert _count("Năm qua, lãnh đạo 6 tỉnh đã tham dự hội nghị.") is None


def test_count_in_words_right_after_the_bloc_word() -> None:
    assert _count("Lãnh đạo cụm sáu tỉnh duyên hải miền Trung gồm: Quảng Nam, Quảng Ngãi, Bình Định.") == 6
    assert _count("Khối thi đua 11 thành phố Hồ Chí Minh tổ chức hội nghị.") is None  # a figure there is the bloc's number


def test_count_of_teams_announced_before_their_list() -> None:
    assert _count("Tham dự Hội thi có 6 đội tuyển gồm: Trại giam Nam Hà, Trại giam Ninh Khánh.") == 6


def test_count_of_covenant_signers() -> None:
    assert _count("12 huyện, thành phố của Nghệ An ký giao ước thi đua năm 2024") == 12


def test_attendance_is_not_a_count() -> None:
    assert _count("Lãnh đạo 10 huyện của tỉnh đã tham gia Hội nghị ký kết giao ước thi đua.") is None


def test_a_ranking_is_not_a_count() -> None:
    assert _count("Kết quả, hạng Nhì thuộc về 2 tỉnh: An Giang và Tiền Giang.") is None


def test_a_head_put_before_a_listed_place_gives_way_to_the_full_name() -> None:
    from khoi_extract.pipeline import extract

    text = ("Cụm thi đua Hội LHPN các tỉnh miền Đông tổng kết năm 2016\n\nNgày 5/1/2017, Hội LHPN tỉnh Đồng Nai - "
            "đơn vị Cụm trưởng năm 2016 tổ chức hội nghị tổng kết công tác thi đua năm 2016 của Cụm thi đua. "
            "Cụm thi đua có 3 tỉnh, thành Hội: Đồng Nai, Tây Ninh và Long An. "
            "Hội nghị bầu Hội LHPN tỉnh Tây Ninh làm Cụm trưởng năm 2017.\n")
    # "Hội" + "Tây Ninh" is the role holder "Hội LHPN tỉnh Tây Ninh"; "Long An" is named no other way
    assert set(extract(text).events[0].members) == {"Hội LHPN tỉnh Đồng Nai", "Hội LHPN tỉnh Tây Ninh", "Hội Long An"}


def test_a_listed_branch_is_not_another_banks_branch_of_that_place() -> None:
    from khoi_extract.pipeline import extract

    text = ("Khối thi đua số 10 tổng kết năm 2025\n\nNgày 13/3/2026, Khối thi đua số 10 tổ chức hội nghị tổng kết năm 2025. "
            "Khối thi đua số 10 có 4 thành viên, gồm: Agribank (các chi nhánh: Đồng Nai, Bình Phước) và "
            "BIDV (các chi nhánh: Đồng Nai, Bình Phước). Giám đốc BIDV chi nhánh Đồng Nai, Khối trưởng, phát biểu.\n")
    assert set(extract(text).events[0].members) == {"Agribank chi nhánh Bình Phước", "Agribank chi nhánh Đồng Nai",
                                                    "BIDV chi nhánh Bình Phước", "BIDV chi nhánh Đồng Nai"}


def test_teams_and_troupes_sent_by_the_units_count_them() -> None:
    assert _count("Hội thao có gần 150 vận động viên của 7 đội tuyển đến từ các đơn vị trong Khối thi đua.") == 7
    assert _count("Tham gia hội diễn có 5 đội văn nghệ của các đơn vị trong cụm gồm: Nhà máy A1, Nhà máy A2.") == 5
    assert _count("Giải có 6 đoàn vận động viên đến từ 6 học viện, trường trong Khối.") == 6
    assert _count("Giải có 6 đội tuyển với 80 vận động viên tham dự.") is None  # teams not said to be the units


def test_communes_counted_as_members_keep_their_place_word() -> None:
    got = _members("Dự hội nghị có lãnh đạo UBND 4 phường thành viên của Cụm: Bình Minh, Tân An, Hòa Lạc và Phú Mỹ.")
    assert got == ["UBND phường Bình Minh", "UBND phường Tân An", "UBND phường Hòa Lạc", "UBND phường Phú Mỹ"]


def test_a_unit_acting_with_the_rest_is_the_verbs_subject_not_the_speakers_office() -> None:
    got = _members("Ông Lê Văn An, Phó Chánh Văn phòng Sở Nội vụ cho biết Văn phòng sẽ cùng các đơn vị trong Khối thực hiện.")
    assert got == []
    assert _members("Sở Nội vụ sẽ cùng các đơn vị trong Khối thực hiện tốt nhiệm vụ.") == ["Sở Nội vụ"]


def test_a_head_written_with_an_ampersand_distributes_over_its_districts() -> None:
    got = _members("Cụm thi đua số 2 gồm Phòng GD&ĐT các huyện: Tĩnh Gia, Quảng Xương và thị xã Sầm Sơn.")
    assert got == ["Phòng GD&ĐT huyện Tĩnh Gia", "Phòng GD&ĐT huyện Quảng Xương", "Phòng GD&ĐT thị xã Sầm Sơn"]


def test_bare_regions_under_a_head_split_at_the_last_va() -> None:
    got = _members("Cụm gồm 4 Cục Thuế khu vực: Tây Bắc, Việt Bắc, Hải Hưng và Nam Trung Bộ.")
    assert got == ["Cục Thuế khu vực Tây Bắc", "Cục Thuế khu vực Việt Bắc", "Cục Thuế khu vực Hải Hưng",
                   "Cục Thuế khu vực Nam Trung Bộ"]


def test_the_rest_of_a_ranking_after_tiep_theo_la() -> None:
    got = _members("Kết quả chấm điểm: Công ty A1 xếp thứ nhất, Công ty A2 xếp thứ hai; tiếp theo là Công ty A3 và Công ty A4.")
    assert sorted(got) == ["Công ty A1", "Công ty A2", "Công ty A3", "Công ty A4"]
    assert _members("Tiếp theo là Công ty A3 và Công ty A4 phát biểu tham luận tại hội nghị của Khối.") == []


def test_a_district_ranked_is_its_listed_unit_whatever_its_tone_marks() -> None:
    from khoi_extract import extract
    rec = extract("Cụm thi đua số 4 tổ chức hội nghị tổng kết năm học 2022 - 2023. Cụm gồm Phòng GD&ĐT các huyện: "
                  "Hoằng Hoá, Hậu Lộc và Nga Sơn. Kết quả thi học sinh giỏi, các huyện trong Cụm đạt 312 giải, "
                  "trong đó huyện Hoằng Hóa đứng thứ 2 toàn tỉnh.")
    assert rec.events[0].members == ["Phòng GD&ĐT huyện Hoằng Hoá", "Phòng GD&ĐT huyện Hậu Lộc", "Phòng GD&ĐT huyện Nga Sơn"]


def test_teams_at_the_blocs_own_meet_count_its_units() -> None:
    assert _count("Khối thi đua các đoàn thể tổ chức giải bóng chuyền. Tham gia hội thao có 7 đội tuyển với 90 vận động viên.") == 7
    assert _count("Tham gia hội thao có 7 đội tuyển. Khối gồm 8 đơn vị.") == 8  # a stated size wins
    assert _count("Hội thao có gần 200 vận động viên tham gia.") is None


def _article_count(*sentences: str) -> int | None:
    """The member count `extract` gives for a short bloc article: a headline, a dated lead, then `sentences`."""
    from khoi_extract.pipeline import extract

    text = ("Cụm thi đua số 3 tổng kết năm 2024\n\n"
            "Ngày 10/12/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "
            + " ".join(sentences) + "\n")
    return extract(text).events[0].member_count


def test_teams_count_the_units_only_at_the_blocs_own_meet() -> None:
    """A meet another body organises, or teams said to be of others, count no units of the bloc;
    the bloc's meet named in the sentence before carries over."""
    assert _article_count("Dịp này, huyện Yên Thành tổ chức hội thi văn nghệ có 12 đội tham gia.") is None
    assert _article_count("Tham gia hội diễn có 6 đội văn nghệ của các xã trong huyện Yên Thành.") is None
    assert _article_count("Sau hội nghị, Cụm tổ chức hội thao.", "Tham gia hội thao có 7 đội tuyển.") == 7
    assert _article_count("Hội thi văn nghệ của Cụm có 9 đội tham gia.") == 9


def test_a_brands_branch_ranked_is_a_member_even_when_the_brand_is_unknown() -> None:
    got = _members("Qua chấm điểm, Agribank Hà Tĩnh xếp thứ nhất, Ocbank Hà Tĩnh xếp thứ hai.")
    assert got == ["Agribank Hà Tĩnh", "Ocbank Hà Tĩnh"]


def test_a_ranked_name_ending_with_a_province_is_no_branch_unless_a_brand_leads_it() -> None:
    """A brand's branch is one token no Vietnamese syllable spells, then a province; the tail of a longer
    capitalised name (a club's, a person's) is neither a branch nor the province's unit."""
    assert _article_members("Tại giải bóng chuyền, Hoàng Anh Gia Lai xếp thứ hai.") == []
    assert _article_members("Tại giải cầu lông, Quang Minh Hà Nam xếp thứ nhất.") == []
    assert _article_members("Qua chấm điểm, Ocbank Hà Tĩnh xếp thứ nhất.") == ["Ocbank Hà Tĩnh"]
    assert _article_members("Riêng Sở Y tế tỉnh Hà Tĩnh xếp thứ ba.") == ["Sở Y tế tỉnh Hà Tĩnh"]


def test_the_rest_of_a_ranking_follows_only_right_after_a_ranked_unit() -> None:
    """"tiếp theo là …" names more ranked units only right after the clause that ranked one; after words
    saying what else the rank is about it names others, and its items end before "với"."""
    got = _article_members("Sở Tài chính tỉnh Hà Tĩnh xếp thứ nhất về giải ngân vốn đầu tư công; tiếp theo là Ngân hàng "
                           "Thế giới và Quỹ Phát triển Quốc tế với các khoản vay ưu đãi.")
    assert got == ["Sở Tài chính tỉnh Hà Tĩnh"]
    got = _article_members("Kết quả chấm điểm: Sở Y tế tỉnh Hà Tĩnh xếp thứ nhất; tiếp theo là Sở Tư pháp tỉnh Hà Tĩnh và "
                           "Sở Nội vụ tỉnh Hà Tĩnh với số điểm bằng nhau.")
    assert sorted(got) == ["Sở Nội vụ tỉnh Hà Tĩnh", "Sở Tư pháp tỉnh Hà Tĩnh", "Sở Y tế tỉnh Hà Tĩnh"]
    assert _members("Giải Nhất thuộc về Sở Y tế, tiếp theo là Sở Tư pháp và Sở Nội vụ.") == ["Sở Y tế", "Sở Tư pháp", "Sở Nội vụ"]


def test_one_head_in_two_provinces_is_two_members() -> None:
    """Units of one kind in two provinces are two members, even where one province's name repeats a word
    of the head ("Nông" of "Hội Nông dân" and of "Đắk Nông")."""
    assert _article_members("Cụm gồm Hội Nông dân tỉnh Gia Lai, Hội Nông dân tỉnh Đắk Lắk và Hội Nông dân tỉnh Đắk Nông.") \
        == ["Hội Nông dân tỉnh Gia Lai", "Hội Nông dân tỉnh Đắk Lắk", "Hội Nông dân tỉnh Đắk Nông"]


def test_a_place_after_the_last_numbered_sister_stays_with_it() -> None:
    """Sisters listed by number after a numbered unit ("số 2 và số 3"): a place printed after the last
    number does not make it a piece of another kind, so the last sister is kept, with its place."""
    assert _article_members("Cụm gồm Trường THCS số 1, số 2 và số 3 thành phố Vinh.") \
        == ["Trường THCS số 1", "Trường THCS số 2", "Trường THCS số 3 thành phố Vinh"]
    assert _members("Cụm thi đua gồm Trại giam số 4, số 6 huyện Kỳ Anh.") \
        == ["Trại giam số 4", "Trại giam số 6 huyện Kỳ Anh"]


def test_a_numbered_units_sisters_listed_by_number_take_its_whole_name() -> None:
    assert _members("Cụm thi đua gồm 4 đơn vị: Chi cục Thuế khu vực I, II, III và IV.") \
        == ["Chi cục Thuế khu vực I", "Chi cục Thuế khu vực II", "Chi cục Thuế khu vực III", "Chi cục Thuế khu vực IV"]
    assert _members("Cụm thi đua gồm 3 đơn vị: Trường THCS số 1, số 2 và số 3.") \
        == ["Trường THCS số 1", "Trường THCS số 2", "Trường THCS số 3"]
    assert _members("Cụm thi đua gồm Quận ủy 1, 3, 5 và 10.") == ["Quận ủy 1", "Quận ủy 3", "Quận ủy 5", "Quận ủy 10"]


def test_a_counted_noun_of_three_words_before_la() -> None:
    got = _members("Cụm thi đua gồm 3 trường đại học là Trường Đại học Tây Bắc, Trường Đại học Hùng Vương và "
                   "Trường Đại học Tân Trào.")
    assert got == ["Trường Đại học Tây Bắc", "Trường Đại học Hùng Vương", "Trường Đại học Tân Trào"]
    assert _members("Khối gồm 3 đơn vị thành viên là Sở Y tế, Sở Tư pháp và Sở Nội vụ.") == ["Sở Y tế", "Sở Tư pháp", "Sở Nội vụ"]


def test_the_host_of_the_blocs_own_meet_is_a_member() -> None:
    assert _members("Nhân dịp này, Cục Thống kê tỉnh Hà Nam đã đăng cai tổ chức Hội thao Cụm thi đua số 2 năm 2024.") \
        == ["Cục Thống kê tỉnh Hà Nam"]
    assert _members("Sở Y tế đăng cai tổ chức giải bóng đá của ngành Y tế tỉnh.") == []


def _article_members(sentence: str) -> list[str]:
    """The members `extract` gives for a short bloc article: a headline, a dated lead, then `sentence`."""
    from khoi_extract.pipeline import extract

    text = ("Cụm thi đua số 3 tổng kết năm 2024\n\n"
            "Ngày 10/12/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "
            + sentence + "\n")
    return extract(text).events[0].members


def test_a_host_is_a_member_only_of_a_named_bloc() -> None:
    """"đăng cai … Cụm/Khối" makes the host a member only where the bloc is named or is the possessor;
    "cụm" in another sense (an industrial park, a group of banks) or other blocs ("các khối") do not."""
    assert _article_members("Công ty Cổ phần Xây dựng Phú An đã đăng cai tổ chức lễ khởi công cụm công nghiệp "
                            "Tây Bắc.") == []
    assert _article_members("Bộ Tư pháp đăng cai tổ chức hội nghị giao ban các khối thi đua của Chính phủ.") == []
    assert _article_members("Ngân hàng Nhà nước chi nhánh tỉnh Hà Tĩnh sẽ đăng cai tổ chức giải bóng bàn cụm các "
                            "ngân hàng trên địa bàn.") == []
    assert _article_members("Sở Y tế tỉnh Hà Tĩnh sẽ đăng cai Hội thao của Cụm vào tháng 10.") == ["Sở Y tế tỉnh Hà Tĩnh"]


def test_a_bare_name_opening_with_the_heads_first_word_is_still_bare() -> None:
    got = _members("Cụm thi đua số 2 gồm các Trường THPT: Lê Lợi, Trường Chinh và Nguyễn Trãi.")
    assert got == ["Trường THPT Lê Lợi", "Trường THPT Trường Chinh", "Trường THPT Nguyễn Trãi"]
    assert _members("Cụm thi đua số 2 gồm các Trường THPT: Lê Lợi, Trường THPT Nguyễn Trãi.") \
        == ["Trường THPT Lê Lợi", "Trường THPT Nguyễn Trãi"]


def test_a_counted_head_with_its_level_names_each_unit() -> None:
    got = _members("Cụm thi đua số 5 gồm 3 Thuế tỉnh: Phú Thọ, Tuyên Quang và Yên Bái tổ chức tổng kết.")
    assert got == ["Thuế tỉnh Phú Thọ", "Thuế tỉnh Tuyên Quang", "Thuế tỉnh Yên Bái"]


def test_the_level_after_a_category_head_carries_to_the_bare_places() -> None:
    got = _members("Cụm Công đoàn số 6 gồm các Bưu điện tỉnh Nam Định, Hà Nam và Ninh Bình.")
    assert got == ["Bưu điện tỉnh Nam Định", "Bưu điện tỉnh Hà Nam", "Bưu điện tỉnh Ninh Bình"]


def test_a_distributed_unit_printed_whole_elsewhere_takes_that_fuller_form() -> None:
    from khoi_extract.pipeline import extract

    text = ("Sáng 23/11, tại Trường Chính trị tỉnh Kon Tum, Cụm thi đua số 7 tổ chức tổng kết công tác thi đua "
            "năm 2024. Cụm gồm các Trường Chính trị trong Cụm gồm: Kon Tum, Gia Lai và Lâm Đồng.")
    assert extract(text).events[0].members == ["Trường Chính trị tỉnh Kon Tum", "Trường Chính trị Gia Lai",
                                               "Trường Chính trị Lâm Đồng"]


def test_a_long_list_normalises_each_name_once_not_each_pair(monkeypatch) -> None:
    """Merging repeated members compares every pair; a list of hundreds of units stays fast only if the
    work on one name (tone marks, a leading "UBND" stripped) is done once per name, not once per pair."""
    import json
    from importlib import resources

    from khoi_extract.fields import members as members_mod
    from khoi_extract.fields import orgs as orgs_mod
    from khoi_extract.pipeline import extract

    provinces = json.loads(resources.files("khoi_extract.lexicons").joinpath("provinces.json").read_text("utf-8"))["old63"]
    names = [f"{head} {p}" for head in ("Sở Tư pháp tỉnh", "Kho bạc Nhà nước tỉnh") for p in provinces[:30]]
    text = ("Hội nghị Cụm thi đua các tỉnh\n\nNgày 12/3/2024, Cụm thi đua các tỉnh tổ chức hội nghị ký kết giao ước thi đua.\n\n"
            f"Cụm gồm {len(names)} đơn vị: " + ", ".join(names) + ".\n")
    calls = {"tones": 0, "council": 0}

    def counted(key, fn):
        def wrapper(s: str) -> str:
            calls[key] += 1
            return fn(s)
        return wrapper

    for cached in (members_mod._place_core, members_mod._unit_toned, orgs_mod._name, orgs_mod.same_unit):
        cached.cache_clear()
    monkeypatch.setattr(members_mod, "modern_tones", counted("tones", members_mod.modern_tones))
    monkeypatch.setattr(orgs_mod, "_strip_council", counted("council", orgs_mod._strip_council))
    assert extract(text).events[0].members == names
    assert calls["tones"] <= 2 * len(names) and calls["council"] <= 2 * len(names)
