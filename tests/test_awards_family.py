"""The awards family (awards, documents, campaigns): find and resolve on short reports written for
these tests (invented units and names), through the whole pipeline so grounding is checked too."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import regex

from khoi_extract.fields import awards as awards_mod
from khoi_extract.fields import documents as documents_mod
from khoi_extract.fields.awards import find_awards
from khoi_extract.fields.campaigns import find_campaigns
from khoi_extract.fields.documents import find_documents
from khoi_extract.grammar import rule
from khoi_extract.normalize import normalize
from khoi_extract.pipeline import extract
from khoi_extract.segment import segment

TITLE = "Khối thi đua Văn hóa - Xã hội tổng kết công tác thi đua năm 2023"
OPENING = ("Ngày 15/01/2024, Khối thi đua Văn hóa - Xã hội tổ chức hội nghị tổng kết công tác thi đua, "
           "khen thưởng năm 2023. ")


def event(body: str) -> dict[str, Any]:
    text = f"{TITLE}\n\n{OPENING}{body}\n"
    rec = extract(text, doc_id="t")
    for sp in rec.spans:
        assert text[sp.start:sp.end] == sp.text, sp
    (ev,) = rec.model_dump(mode="json")["events"]
    return ev


def award(kind: str, level: str | None, rtype: str | None, count: int | None, status: str) -> dict[str, Any]:
    return {"kind": kind, "level": level, "recipient_type": rtype, "count": count, "status": status}


def seg_of(text: str):
    return segment(normalize(text))


# --------------------------------------------------------------------------- awards: the construction

@pytest.mark.parametrize("body, awards", [
    # proposal → authority → award → named recipients; a list of awards under one proposal
    ("Tại hội nghị, Khối đã suy tôn Sở Tài chính dẫn đầu phong trào thi đua, đề nghị UBND tỉnh tặng Cờ thi đua; "
     "đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Xây dựng và Sở Công Thương.",
     [award("co_thi_dua", "tinh", "don_vi", 1, "proposed"), award("bang_khen", "tinh", "don_vi", 2, "proposed")]),
    # the giver as subject, counted recipients with their nouns
    ("Dịp này, Chủ tịch UBND tỉnh đã trao Bằng khen cho 5 tập thể và 7 cá nhân có thành tích xuất sắc.",
     [award("bang_khen", "tinh", "tap_the", 5, "conferred"), award("bang_khen", "tinh", "ca_nhan", 7, "conferred")]),
    # the last verb before the award says whose it is
    ("Hội nghị thống nhất đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 01 đơn vị, UBND tỉnh tặng Cờ thi đua cho 02 đơn vị.",
     [award("bang_khen", "thu_tuong", "don_vi", 1, "proposed"), award("co_thi_dua", "tinh", "don_vi", 2, "proposed")]),
    # one proposal naming two authorities gives one award per authority; no Prime Minister's flag
    ("Các đơn vị thống nhất đề nghị Thủ tướng Chính phủ, UBND tỉnh tặng Cờ thi đua cho Sở Y tế.",
     [award("co_thi_dua", "chinh_phu", "don_vi", 1, "proposed"), award("co_thi_dua", "tinh", "don_vi", 1, "proposed")]),
    # the bloc gives its own award
    ("Khối thi đua trao Giấy khen cho 6 tập thể và 10 cá nhân có thành tích xuất sắc.",
     [award("giay_khen", "khoi", "tap_the", 6, "conferred"), award("giay_khen", "khoi", "ca_nhan", 10, "conferred")]),
    # subjects named before "được đề nghị … tặng", each clause its own award
    ("Theo đó, Sở Nội vụ được đề nghị Thủ tướng Chính phủ tặng Cờ thi đua; Sở Tư pháp và Thanh tra tỉnh được đề nghị "
     "UBND tỉnh tặng Cờ thi đua.",
     [award("co_thi_dua", "chinh_phu", "don_vi", 1, "proposed"), award("co_thi_dua", "tinh", "don_vi", 2, "proposed")]),
    # a title carries its level and the recipients' noun
    ("Hội nghị cũng đã bình chọn 02 cá nhân đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh.",
     [award("danh_hieu", "tinh", "ca_nhan", 2, "proposed")]),
    # "X nhận …" after the vote; the authority after the award in any casing
    ("Các đơn vị đã bỏ phiếu suy tôn Hội Văn học nghệ thuật nhận Cờ thi đua Chính Phủ; Hội Nhà báo nhận Bằng Khen của UBND tỉnh.",
     [award("co_thi_dua", "chinh_phu", "don_vi", 1, "proposed"), award("bang_khen", "tinh", "don_vi", 1, "proposed")]),
    # a provincial body of a mass organisation is the province's level
    ("Hội nghị đề nghị Ban Thường vụ Liên đoàn Lao động tỉnh tặng Bằng khen cho 3 tập thể.",
     [award("bang_khen", "tinh", "tap_the", 3, "proposed")]),
    # people as recipients: their names are counted, not their titles
    ("Khối đề nghị UBND tỉnh tặng Bằng khen cho đồng chí Lê Văn Tám, Giám đốc Sở Y tế.",
     [award("bang_khen", "tinh", "ca_nhan", 1, "proposed")]),
    ("UBND tỉnh đã tặng Bằng khen cho ông Trần Văn Bình và bà Nguyễn Thị Hoa.",
     [award("bang_khen", "tinh", "ca_nhan", 2, "conferred")]),
    # a unit announced by its noun is counted even when its head word is unusual
    ("Dịp này, Tập đoàn đã trao Cờ thi đua cho tập thể Nông trường Phú Thịnh.",
     [award("co_thi_dua", "bo_nganh", "tap_the", 1, "conferred")]),
    # handed over on behalf of the authority
    ("Thừa ủy quyền của Chủ tịch UBND tỉnh, đồng chí Trần Văn Cường, Trưởng Ban Thi đua - Khen thưởng tỉnh đã trao "
     "Bằng khen cho 3 tập thể.",
     [award("bang_khen", "tinh", "tap_the", 3, "conferred")]),
    # a district named as the recipient, with a dash before its apposition, is one unit
    ("Dịp này, UBND tỉnh trao Cờ thi đua cho huyện Đông Sơn - đơn vị dẫn đầu Khối năm 2023.",
     [award("co_thi_dua", "tinh", "don_vi", 1, "conferred")]),
    ("Chủ tịch UBND tỉnh tặng Bằng khen cho thị xã Bỉm Sơn và huyện Hà Trung.",
     [award("bang_khen", "tinh", "don_vi", 2, "conferred")]),
    # two long names voted for before the proposal are counted
    ("Hội nghị đã bình xét, suy tôn Công ty TNHH MTV Thủy lợi Bắc Sông Hồng và Công ty Cổ phần Giống cây trồng "
     "Hòa Bình đề nghị UBND tỉnh tặng Cờ thi đua năm 2023.",
     [award("co_thi_dua", "tinh", "don_vi", 2, "proposed")]),
    # on behalf of a body whose board is named before it ("Ban Thường trực Ủy ban Trung ương …")
    ("Thay mặt Ban Thường trực Ủy ban Trung ương Hội Nông dân, ông Lê Văn Tư đã trao Bằng khen cho 3 tập thể.",
     [award("bang_khen", "bo_nganh", "tap_the", 3, "conferred")]),
    # an ad hoc commendation proposed to its authority: the commendation is its own verb
    ("Hội nghị thống nhất đề nghị Bộ trưởng khen thưởng đột xuất cho 2 tập thể có thành tích.",
     [award("khen_thuong", "bo_nganh", "tap_the", 2, "proposed")]),
    # a second award under the same verb, joined by "và", has the same authority
    ("Hội nghị đề nghị Giám đốc tặng Cờ thi đua của Ngân hàng Nhà nước cho Chi nhánh Bắc Hà và Bằng khen cho 03 đơn vị.",
     [award("co_thi_dua", "bo_nganh", "don_vi", 1, "proposed"), award("bang_khen", "bo_nganh", "don_vi", 3, "proposed")]),
    # a list item that opens with the proposal, capitalised; a count's names after a colon
    ("Kết quả: Đề nghị UBND tỉnh tặng Cờ thi đua cho 2 đơn vị: Sở Tư pháp, Sở Nội vụ.",
     [award("co_thi_dua", "tinh", "don_vi", 2, "proposed")]),
    # the recipients' noun announces their names with a colon
    ("Khối cũng đề nghị UBND tỉnh tặng Bằng khen cho các đơn vị: Sở Tư pháp, Sở Nội vụ, Sở Y tế.",
     [award("bang_khen", "tinh", "don_vi", 3, "proposed")]),
    # results set out award by award, each count after a colon
    ("Kết quả bình xét như sau: Cờ thi đua của UBND tỉnh: 02 đơn vị; Bằng khen của Chủ tịch UBND tỉnh: 05 tập thể.",
     [award("co_thi_dua", "tinh", "don_vi", 2, "proposed"), award("bang_khen", "tinh", "tap_the", 5, "proposed")]),
    # the number of awards counts recipients named by their noun alone
    ("Hội nghị thống nhất đề nghị UBND tỉnh tặng 01 Cờ thi đua và 05 Bằng khen cho các đơn vị có thành tích xuất sắc.",
     [award("co_thi_dua", "tinh", "don_vi", 1, "proposed"), award("bang_khen", "tinh", "don_vi", 5, "proposed")]),
    # a city's authority written with "TP." does not end the clause before its recipients
    ("Hội nghị đề nghị tặng Bằng khen của Chủ tịch UBND TP. Hồ Chí Minh cho 3 tập thể.",
     [award("bang_khen", "tinh", "tap_the", 3, "proposed")]),
    # a company's branch named by its brand and its province is one unit
    ("Hội nghị đề nghị UBND tỉnh tặng Cờ thi đua cho Vinatex Hà Nam, Hanosimex Nam Định.",
     [award("co_thi_dua", "tinh", "don_vi", 2, "proposed")]),
    # the subject after an opening that holds a year, honoured to receive
    ("Năm 2023, Sở Tư pháp vinh dự được Chính phủ tặng Cờ thi đua.",
     [award("co_thi_dua", "chinh_phu", "don_vi", 1, "conferred")]),
])
def test_award_construction(body: str, awards: list[dict]) -> None:
    assert event(body)["awards"] == awards


@pytest.mark.parametrize("body", [
    "Các đơn vị phấn đấu đạt danh hiệu Tập thể lao động xuất sắc và Cờ thi đua của UBND tỉnh.",        # a goal
    "Các đơn vị trong Khối đã được Nhà nước tặng nhiều phần thưởng cao quý như Huân chương Lao động.",  # past honours
    "Năm 2022, Khối có 2 đơn vị được tặng Cờ thi đua của Chính phủ.",                                   # an earlier year
    "Công tác thi đua, khen thưởng được thực hiện đúng Luật Thi đua, khen thưởng.",                      # the field of work
    "Nhằm làm cơ sở cho việc bình chọn đơn vị đề nghị các danh hiệu thi đua, Khối đã ban hành tiêu chí.",  # a purpose
    "Trong năm, các đơn vị đã khen thưởng đột xuất 19 tập thể và 21 cá nhân.",  # what the members gave in the year
])
def test_not_an_award(body: str) -> None:
    assert event(body)["awards"] == []


def test_titles_in_a_list_keep_their_own_noun() -> None:
    ev = event("Tại đây, các trường trong Khối đã bỏ phiếu bầu chọn cho các danh hiệu: Tập thể lao động tiên tiến, "
               "Tập thể lao động xuất sắc, Cờ thi đua của Bộ Giáo dục và Đào tạo.")
    assert ev["awards"] == [award("danh_hieu", None, "tap_the", None, "proposed"),
                            award("danh_hieu", None, "tap_the", None, "proposed"),
                            award("co_thi_dua", "bo_nganh", "don_vi", None, "proposed")]


def test_rankings_given_by_the_bloc() -> None:
    ev = event("Hội nghị đã bình xét khen thưởng đối với các đơn vị có thành tích xuất sắc như sau: "
               "Nhất cụm: xã Tân Lập; Nhì cụm: xã Hòa Bình; Ba cụm: thị trấn Đông Hưng.")
    assert ev["awards"] == [award("khen_thuong", "khoi", "don_vi", 3, "conferred")]


def test_candidate_is_typed_and_carries_count_evidence() -> None:
    text = "Hội nghị đề nghị UBND tỉnh tặng Bằng khen cho 4 tập thể."
    seg = seg_of(text)
    (a,) = find_awards(seg, seg.sentences)
    assert (a.kind, a.level, a.recipient_type, a.count, a.status) == ("bang_khen", "tinh", "tap_the", 4, "proposed")
    assert seg.text[a.start:a.end] == "Bằng khen"
    assert seg.text[slice(*a.count_span)] == "4 tập thể"


# --------------------------------------------------------------------------- documents

@pytest.mark.parametrize("body, doc", [
    ("Các đơn vị thực hiện tốt Chỉ thị 05 của Bộ Chính trị về học tập và làm theo tư tưởng Hồ Chí Minh.",
     {"type": "chi_thi", "number": "05", "date": None, "issuer": "Bộ Chính trị"}),
    ("Hội nghị quán triệt Chỉ thị số 19/CT-TTg (ngày 16-7-2021) của Thủ tướng Chính phủ về phát động thi đua.",
     {"type": "chi_thi", "number": "19/CT-TTg", "date": "2021-07-16", "issuer": "Thủ tướng Chính phủ"}),
    ("Thực hiện chỉ đạo của Ban Thường vụ Công đoàn ngành tại công văn liên tịch số 212/CĐN-VP ngày 05/02/2023 về thi đua.",
     {"type": "cong_van", "number": "212/CĐN-VP", "date": "2023-02-05", "issuer": "Ban Thường vụ Công đoàn ngành"}),
])
def test_documents(body: str, doc: dict) -> None:
    assert event(body)["documents"] == [doc]


def test_an_issuer_keeps_the_comma_of_a_standard_name() -> None:
    ev = event("Thực hiện Kế hoạch số 12/KH-SVHTTDL ngày 03/02/2023 của Sở Văn hóa, Thể thao và Du lịch, "
               "các đơn vị đã tổ chức nhiều hoạt động.")
    assert ev["documents"] == [{"type": "ke_hoach", "number": "12/KH-SVHTTDL", "date": "2023-02-03",
                                "issuer": "Sở Văn hóa, Thể thao và Du lịch"}]


def test_a_bare_number_needs_its_issuer_or_date() -> None:
    assert find_documents(seg_of("Kế hoạch 2 năm của Khối được thông qua.")) == []
    assert find_documents(seg_of("Khối có Quyết định 15 điểm thi đua.")) == []


# --------------------------------------------------------------------------- campaigns

def test_campaign_list_announced_by_nhu() -> None:
    ev = event("Các tỉnh hưởng ứng phong trào thi đua do Trung ương phát động, phù hợp với từng địa phương như: "
               "“Xây dựng quê hương giàu đẹp” giai đoạn 2021 - 2025 (tỉnh A); “Chung sức vì người nghèo”.")
    assert ev["campaigns"] == ["Xây dựng quê hương giàu đẹp", "Chung sức vì người nghèo"]


def test_campaign_theme_spirit_and_acronym() -> None:
    ev = event("Năm 2024, với tinh thần “Đoàn kết - Kỷ cương - Sáng tạo”, Khối thực hiện phong trào thi đua "
               "“Vì an ninh Tổ quốc”, trong đó phong trào “Vì ANTQ” được triển khai sâu rộng.")
    assert ev["campaigns"] == ["Đoàn kết - Kỷ cương - Sáng tạo", "Vì an ninh Tổ quốc"]


def test_welfare_programmes_are_not_campaigns() -> None:
    seg = seg_of("Công tác chăm lo đời sống đoàn viên được quan tâm với các chương trình như: “Tết ấm”, “Mái nhà Công đoàn”.")
    assert find_campaigns(seg) == []


def test_unclosed_quote_is_cut_at_the_semicolon() -> None:
    seg = seg_of("Khối triển khai phong trào “Chung tay phòng, chống dịch bệnh; đợt thi đua “Chào mừng Đại hội Đảng”.")
    assert [f.value for f in find_campaigns(seg)] == ["Chung tay phòng, chống dịch bệnh", "Chào mừng Đại hội Đảng"]


def test_contest_rules_are_not_awards() -> None:
    assert event("Hội nghị đã thông qua tiêu chí xét tặng Cờ thi đua của UBND tỉnh năm 2023.")["awards"] == []


SIGNING = ("Khối thi đua Nội chính ký kết giao ước thi đua năm 2024\n\n"
           "Ngày 20/02/2024, Khối thi đua Nội chính tổ chức hội nghị ký kết giao ước thi đua năm 2024. ")


@pytest.mark.parametrize("body, awards", [
    # a target of the year just begun
    ("Các đơn vị thống nhất trình Hội đồng Thi đua - Khen thưởng tỉnh đề nghị UBND tỉnh tặng Cờ thi đua cho đơn vị "
     "đạt thành tích xuất sắc.", []),
    # last year's results voted at the signing
    ("Dịp này, các đơn vị đã bình bầu các danh hiệu thi đua năm 2023.",
     [award("danh_hieu", None, "don_vi", None, "proposed")]),
    # an award handed over at the signing
    ("Tại hội nghị, Chủ tịch UBND tỉnh đã trao Bằng khen cho 2 tập thể.",
     [award("bang_khen", "tinh", "tap_the", 2, "conferred")]),
])
def test_proposals_at_a_signing(body: str, awards: list[dict]) -> None:
    text = SIGNING + body + "\n"
    (ev,) = extract(text, doc_id="t").model_dump(mode="json")["events"]
    assert ev["kind"] == "giao_uoc"
    assert ev["awards"] == awards


# --------------------------------------------------------------------------- the finders' shortcuts

# the shipped dev and test articles (not the held-out set): the shortcuts must find what a plain scan finds
_SHIPPED = [p.read_text(encoding="utf-8") for d in ("dev", "test")
            for p in sorted((Path(__file__).parents[1] / "corpus" / d).glob("*.txt"))]
_DOC_TEXTS = [
    "Thực hiện Quyết định số 157/QĐ-KTĐS6 ngày 22/3/2022 và Kế hoạch số: 12/KH-UBND; Chỉ thị 05 của Bộ Chính trị.",
    "theo công văn liên tịch   số  334 / BĐVN-VP, Nghị quyết liên tịch số 09/2020/NQLT-BCA và 34-CT/TW của Trung ương",
    "(Thông tư 12/2019/TT-BNV) ngày 05/02/2023, số 7/QĐ-X, 2022-2023 và 15 ngày của tháng",
]


@pytest.mark.parametrize("rule_id", ["documents.numbered", "documents.bare_number"])
def test_document_rules_tried_only_near_numbers_find_what_a_scan_finds(rule_id: str) -> None:
    r = rule(rule_id)
    for text in _SHIPPED + _DOC_TEXTS:
        norm = normalize(text).text
        scan = [(m.span(), m.groupdict()) for m in r.compiled.finditer(norm)]
        near = [(m.span(), m.groupdict()) for m in documents_mod._matches_at(r, norm, documents_mod._candidate_starts(norm))]
        assert near == scan, norm[:80]


def test_document_candidate_starts_cover_a_long_prefix() -> None:
    text = "Nghị quyết liên tịch  liên   tịch số : 09/NQLT-BCA"
    (m,) = documents_mod._matches_at(rule("documents.numbered"), text, documents_mod._candidate_starts(text))
    assert (m.start(), m.group("word"), m.group("num")) == (0, "Nghị quyết liên tịch", "09/NQLT-BCA")


def test_documents_are_found_once_per_article() -> None:
    seg = seg_of("Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh.")
    first = find_documents(seg)
    assert [d.number for d in first] == ["12/KH-UBND"]
    assert find_documents(seg.view(seg.lines, seg.sentences)) is first


def _scan_window(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """The award phrases of text[a:b] by scanning the window itself with every rule (the field-of-work
    phrasings as one pattern): what `_Phrases.within` must give without rescanning."""
    found = sorted(((m.start(), m.end(), r.tags["kind"]) for r in awards_mod._rules_with("mention")
                    for m in r.finditer(text, a, b)), key=lambda x: (x[0], x[0] - x[1]))
    kept: list[tuple[int, int, str]] = []
    for x in found:
        if not kept or x[0] >= kept[-1][1]:
            kept.append(x)
    work = regex.compile("|".join(r.compiled.pattern for r in awards_mod._rules_with("field_of_work")))
    spans = [m.span() for m in work.finditer(text, a, b)]
    return [k for k in kept if not any(s < k[1] and k[0] < e for s, e in spans)]


_WINDOW_TEXT = ("Khối tặng Cờ thi đua, Huân chương Lao động hạng Ba; thực hiện Luật Thi đua, khen thưởng và "
                "công tác thi đua - khen thưởng, khen thưởng 3 tập thể, danh hiệu thi đua.")


@pytest.mark.parametrize("a, b", [(0, len(_WINDOW_TEXT)), (0, 40), (16, 60), (25, 41), (22, 47), (62, 90), (70, 160)])
def test_award_phrases_read_per_window_match_a_scan_of_the_window(a: int, b: int) -> None:
    phrases = awards_mod._Phrases.of(seg_of(_WINDOW_TEXT))
    assert [(x.start, x.end, x.kind) for x in phrases.within(a, b)] == _scan_window(_WINDOW_TEXT, a, b)


def test_award_phrases_per_sentence_match_a_scan_on_shipped_articles() -> None:
    for text in _SHIPPED:
        seg = seg_of(text)
        phrases = awards_mod._Phrases.of(seg)
        for sent in seg.sentences:
            got = [(x.start, x.end, x.kind) for x in phrases.within(sent.start, sent.end)]
            assert got == _scan_window(seg.text, sent.start, sent.end), sent.text[:80]


def test_field_of_work_read_per_window_is_one_scan_of_the_window() -> None:
    # "Luật Thi đua" is taken first, so "Thi đua, khen thưởng" inside it is not: "khen thưởng" stays an award word
    text = "thực hiện Luật Thi đua, khen thưởng"
    phrases = awards_mod._Phrases.of(seg_of(text))
    assert [text[s:e] for s, e in phrases._work_in(0, len(text))] == ["Luật Thi đua"]
    assert [text[s:e] for s, e in phrases._work_in(15, len(text))] == ["Thi đua, khen thưởng"]


# --------------------------------------------------------------------------- the rule layer on short texts

@pytest.mark.parametrize("body, awards", [
    # "trình": the authority after it confers, the one before it only forwards the proposal
    ("Hội nghị thống nhất đề nghị Bộ Công an trình Chính phủ tặng Cờ thi đua cho Công an tỉnh.",
     [award("co_thi_dua", "chinh_phu", "don_vi", 1, "proposed")]),
    # two counts joined by "và" before the award are one run of recipients
    ("Có 2 tập thể và 6 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.",
     [award("bang_khen", "tinh", "tap_the", 2, "conferred"), award("bang_khen", "tinh", "ca_nhan", 6, "conferred")]),
    # people announced by "các đồng chí:" are counted by name
    ("UBND tỉnh đã tặng Bằng khen cho các đồng chí: Lê Văn An, Trần Thị Bình và Phạm Văn Cường.",
     [award("bang_khen", "tinh", "ca_nhan", 3, "conferred")]),
])
def test_award_rule_layer(body: str, awards: list[dict]) -> None:
    assert event(body)["awards"] == awards


@pytest.mark.parametrize("noun, rtype", [("các tập thể", "tap_the"), ("những  đồng chí", "ca_nhan"),
                                         ("Đơn vị", "don_vi"), ("hội viên", None), (None, None)])
def test_recipient_noun_types(noun: str | None, rtype: str | None) -> None:
    assert awards_mod._noun_type(noun) == rtype


def test_authorities_of_a_list_one_level_each() -> None:
    assert awards_mod._authorities_in("Thủ tướng Chính phủ, UBND tỉnh và Bộ Y tế") == ["thu_tuong", "tinh", "bo_nganh"]
    assert awards_mod._authorities_in("Ban Thường vụ Hội Nông dân tỉnh") == ["tinh"]
    assert awards_mod._authorities_in("các đơn vị") == []


def test_person_count_needs_an_honorific_or_a_noun() -> None:
    text = "cho ông Trần Văn Bình và bà Nguyễn Thị Hoa đã có thành tích"
    assert awards_mod._person_count(text, 4, len(text)) == (2, "trần văn bình|nguyễn thị hoa")
    text = "cho Trần Văn Bình, Nguyễn Thị Hoa"
    assert awards_mod._person_count(text, 4, len(text)) is None


def test_a_list_of_names_stops_before_the_next_award() -> None:
    text = "Khối tặng Cờ thi đua cho Sở Y tế, Sở Tư pháp và Bằng khen cho Sở Nội vụ."
    seg = seg_of(text)
    phrases = awards_mod._Phrases.of(seg)
    start = text.index("Sở Y tế")
    assert awards_mod._named_count(phrases, start, len(text) - 1) == (2, "sở y tế|sở tư pháp")


@pytest.mark.parametrize("text, doc_type, number", [
    ("theo Chỉ thị 34-CT/TW của Bộ Chính trị", "chi_thi", "34-CT/TW"),
    ("thực hiện 12/2020/QĐ-UBND của UBND tỉnh", "quyet_dinh", "12/2020/QĐ-UBND"),
    ("Kế hoạch số 07/BCĐ-X về thi đua", "ke_hoach", "07/BCĐ-X"),      # the word wins over the symbol
    ("số 15/XYZ-VP ngày 02/3/2023", "other", "15/XYZ-VP"),             # an unknown symbol
])
def test_document_type_from_word_then_symbol(text: str, doc_type: str, number: str) -> None:
    (d,) = find_documents(seg_of(text))
    assert (d.type, d.number) == (doc_type, number)


def test_a_date_after_a_document_word_is_no_document() -> None:
    assert find_documents(seg_of("Quyết định ngày 12/5/2020 của UBND tỉnh về thi đua.")) == []


@pytest.mark.parametrize("text, names", [
    ("Khối phát động phong trào thi đua “Vì an ninh Tổ quốc”, “Dân vận khéo” và “Chung sức xây dựng nông thôn mới”.",
     ["Vì an ninh Tổ quốc", "Dân vận khéo", "Chung sức xây dựng nông thôn mới"]),
    ("Khối được tặng danh hiệu “Tập thể lao động xuất sắc” trong phong trào thi đua.", []),      # a quoted title
    ("Hội nghị tặng Bằng khen “Vì sự nghiệp phát triển”.", []),                                  # right after an award word
    ("Đoàn viên được hỗ trợ qua phong trào “Mái ấm công đoàn”.", ["Mái ấm công đoàn"]),            # a campaign word among welfare words
])
def test_campaign_cues(text: str, names: list[str]) -> None:
    assert [f.value for f in find_campaigns(seg_of(text))] == names


@pytest.mark.parametrize("authority,level", [("Tổng cục trưởng Tổng cục Thống kê", "bo_nganh"),
                                             ("Tổng cục Thuế", "bo_nganh"),
                                             ("Ban Chấp hành Đảng bộ tỉnh", "tinh"),
                                             ("LĐLĐ tỉnh", "tinh")])
def test_a_general_department_and_the_provincial_party_committee_are_award_levels(authority: str, level: str) -> None:
    """A general department (Tổng cục) confers at the ministries' level; the provincial Party
    committee's executive board (Ban Chấp hành Đảng bộ tỉnh) at the province's (RECORD.md)."""
    from khoi_extract import extract

    text = (f"Sáng 12/1, Cụm thi đua số 1 tổ chức hội nghị tổng kết công tác thi đua năm 2023. Cụm đã bình xét, "
            f"suy tôn đề nghị {authority} tặng Bằng khen cho 3 tập thể.")
    awards = extract(text).events[0].awards
    assert [(a.kind, a.level) for a in awards] == [("bang_khen", level)]


@pytest.mark.parametrize("body,awards", [
    # teams or delegations of the bloc's units counted at a sports meet
    ("Kết thúc hội thao, Ban Tổ chức đã trao Giấy khen của Khối thi đua cho 3 đoàn đạt giải Nhất, Nhì, Ba "
     "lần lượt là Sở Y tế, Sở Giáo dục và Đào tạo và Đài Phát thanh tỉnh.",
     [award("giay_khen", "khoi", "don_vi", 3, "conferred")]),
    ("Khối thi đua đã trao Giấy khen cho 4 đội đạt giải toàn đoàn.",
     [award("giay_khen", "khoi", "don_vi", 4, "conferred")]),
])
def test_teams_and_delegations_are_counted_recipients(body: str, awards: list[dict]) -> None:
    assert event(body)["awards"] == awards


def test_union_members_are_not_a_count_of_units() -> None:
    assert [c.group("n") for c in rule("awards.recipient_count").finditer("tặng quà cho 20 đoàn viên và 3 đội ngũ")] == []


def test_an_issuer_keeps_its_va_cong_tac() -> None:
    ev = event("Thực hiện Hướng dẫn số 14/HD-X11 ngày 25/9/2023 của Cục Công tác đảng và công tác chính trị "
               "về tổng kết phong trào thi đua, các đơn vị trong Cụm đã triển khai thực hiện.")
    assert ev["documents"] == [{"type": "huong_dan", "number": "14/HD-X11", "date": "2023-09-25",
                                "issuer": "Cục Công tác đảng và công tác chính trị"}]


@pytest.mark.parametrize("body, awards", [
    # a count after a colon that follows the award's recipients, or a comma opening another clause, is not the award's
    ("UBND tỉnh tặng Cờ thi đua cho Sở Y tế, xếp loại: 8 đơn vị hoàn thành xuất sắc nhiệm vụ.",
     [award("co_thi_dua", "tinh", "don_vi", 1, "conferred")]),
    ("Chủ tịch UBND tỉnh tặng Bằng khen năm 2023, kết quả: 8 đơn vị hoàn thành xuất sắc nhiệm vụ.",
     [award("bang_khen", "tinh", "don_vi", None, "conferred")]),
    # the award's own authority before the colon, a comma inside its standard name included
    ("Kết quả bình xét: Bằng khen của Bộ Văn hóa, Thể thao và Du lịch: 02 đơn vị.",
     [award("bang_khen", "bo_nganh", "don_vi", 2, "proposed")]),
])
def test_a_count_after_a_colon_belongs_to_the_award_only_after_its_qualifiers(body: str, awards: list[dict]) -> None:
    assert event(body)["awards"] == awards


@pytest.mark.parametrize("body, awards", [
    # a proposal verb read as a noun (its owner follows) is no proposal: the award is handed over
    ("Đề xuất của Khối đã được Chủ tịch UBND tỉnh chấp thuận, tặng Bằng khen cho 3 tập thể.",
     [award("bang_khen", "tinh", "tap_the", 3, "conferred")]),
    ("Đề nghị của các đơn vị đã được UBND tỉnh tặng Bằng khen cho 3 tập thể.",
     [award("bang_khen", "tinh", "tap_the", 3, "conferred")]),
    ("Theo đề nghị của Sở Nội vụ, Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể.",
     [award("bang_khen", "tinh", "tap_the", 3, "conferred")]),
    # the capitalised verb that leads to the award is still a proposal
    ("Kết quả: Đề nghị UBND tỉnh tặng Cờ thi đua cho 2 đơn vị.",
     [award("co_thi_dua", "tinh", "don_vi", 2, "proposed")]),
    ("Đề nghị Thủ tướng Chính phủ, UBND tỉnh tặng Cờ thi đua cho Sở Y tế.",
     [award("co_thi_dua", "chinh_phu", "don_vi", 1, "proposed"), award("co_thi_dua", "tinh", "don_vi", 1, "proposed")]),
])
def test_a_proposal_verb_read_as_a_noun_proposes_nothing(body: str, awards: list[dict]) -> None:
    assert event(body)["awards"] == awards
