"""The normalised view of an article and its offset map back to the text as read.

Every rule matches on `normalize(src).text`; every value it reports is read back
through `to_source`, so the map must stay inside the source and the spans the
record carries must be exact slices of the input (RECORD.md "Span").
"""
from __future__ import annotations

import pytest

import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khoi_extract.normalize import modern_tones, normalize
from khoi_extract.pipeline import extract

# --------------------------------------------------------------------------- strategies

_BASE = "aăâeêioôơuưyđbcdghklmnpqrstvx"
_TONE_MARKS = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
_VOWEL_MARKS = ["\u0302", "\u0306", "\u031b"]  # circumflex, breve, horn (decomposed)
_ODD = ["\u00a0", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2009", "\u202f", "\t", "\r\n", "\r", "\n"]
_PIECES = [
    "hoà", "Hoà", "Uỷ", "uỷ", "Thuỷ", "toả", "khoẻ", "quý", "quà", "BanThi", "KhốiThi", "Khối thi đua",
    "Cụm thi đua số IX", "Trưởng khối", "Khối phó", "ngày 27/12", "Chiều 27/12", "năm 2021", "tại",
    "(đơn vị Trưởng khối)", "“", "”", "\"", ",", ".", ";", ":", "(", ")", "-", "/", " ", "  ",
    "Sở Tư pháp", "Uỷ ban nhân dân tỉnh", "Hòa Bình", "Quảng Ninh", "đề nghị", "Cờ thi đua",
]


@st.composite
def _syllable(draw: st.DrawFn) -> str:
    """A letter run, possibly decomposed, with vowel and tone marks as combining characters."""
    base = draw(st.text(alphabet=_BASE + _BASE.upper(), min_size=1, max_size=5))
    marks = draw(st.lists(st.sampled_from(_TONE_MARKS + _VOWEL_MARKS), max_size=2))
    pos = draw(st.integers(0, len(base)))
    return base[:pos] + "".join(marks) + base[pos:]


VIET_LIKE = st.lists(
    st.one_of(_syllable(), st.sampled_from(_PIECES), st.sampled_from(_ODD)), max_size=40
).map("".join)
ANY_TEXT = st.text(max_size=120)  # every Unicode category, surrogates excluded
SOURCES = st.one_of(ANY_TEXT, VIET_LIKE, st.tuples(VIET_LIKE, ANY_TEXT).map("".join))


# --------------------------------------------------------------------------- properties


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(src=SOURCES, data=st.data())
def test_every_mapped_range_lies_inside_the_source(src: str, data: st.DataObject) -> None:
    norm = normalize(src)
    n = len(norm.text)
    assert len(norm.starts) == n == len(norm.ends)
    a = data.draw(st.integers(0, n), label="a")
    b = data.draw(st.integers(a, n), label="b")
    s, e = norm.to_source(a, b)
    assert 0 <= s <= e <= len(src)
    assert norm.source_text(a, b) == src[s:e]


@settings(max_examples=150, deadline=None)
@given(src=SOURCES)
def test_offset_map_is_monotone(src: str) -> None:
    """Normalised characters come from source positions in reading order."""
    norm = normalize(src)
    assert list(norm.starts) == sorted(norm.starts)
    assert all(s <= e for s, e in zip(norm.starts, norm.ends))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=SOURCES)
def test_extract_never_crashes_and_spans_are_exact_slices(text: str) -> None:
    rec = extract(text, doc_id="h")
    for sp in rec.spans:
        assert 0 <= sp.start < sp.end <= len(text), sp
        assert text[sp.start:sp.end] == sp.text, sp


_FRAME = (
    "Khối thi đua {name} tổng kết năm 2021\n\n12/01/2022\n\n"
    "Ngày 10/01/2022, tại {venue}, Khối thi đua {name} tổ chức hội nghị tổng kết công tác "
    "thi đua, khen thưởng năm 2021. Hội nghị suy tôn {venue} làm Trưởng khối năm 2022.\n"
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=VIET_LIKE, venue=VIET_LIKE)
def test_spans_are_exact_in_a_bloc_article_with_noisy_names(name: str, venue: str) -> None:
    """Noise inside a real report (where many rules fire) still gives exact spans."""
    text = _FRAME.format(name=name, venue=venue)
    rec = extract(text, doc_id="h")
    assert rec.spans, "a bloc report yields evidence"
    for sp in rec.spans:
        assert text[sp.start:sp.end] == sp.text, sp


SEED_TEXTS = [p.read_text(encoding="utf-8") for p in
              sorted((Path(__file__).resolve().parents[1] / "corpus" / "dev").glob("00[0-4]_*.txt"))]


@st.composite
def _noisy_seed(draw: st.DrawFn) -> str:
    """A seed article with noise put in: odd spaces, zero-width marks, CR, decomposed or old-tone stretches."""
    text = draw(st.sampled_from(SEED_TEXTS))
    for _ in range(draw(st.integers(1, 8))):
        pos = draw(st.integers(0, len(text)))
        how = draw(st.sampled_from(["insert", "nfd", "oldtone"]))
        if how == "insert":
            text = text[:pos] + draw(st.sampled_from(_ODD + ["BanThi", "Uỷ"])) + text[pos:]
        elif how == "nfd":
            end = min(len(text), pos + draw(st.integers(1, 200)))
            text = text[:pos] + unicodedata.normalize("NFD", text[pos:end]) + text[end:]
        else:
            text = text[:pos] + text[pos:].replace("Ủy", "Uỷ").replace("hòa", "hoà")
    return text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_noisy_seed())
def test_spans_are_exact_in_noisy_seed_articles(text: str) -> None:
    """The seeds fire every rule family; noise at random places must not shift any span."""
    rec = extract(text, doc_id="n")
    assert rec.spans
    for sp in rec.spans:
        assert text[sp.start:sp.end] == sp.text, sp


# --------------------------------------------------------------------------- unit cases


def test_decomposed_input_is_composed_and_mapped_to_whole_clusters() -> None:
    src = unicodedata.normalize("NFD", "Khối Hòa Bình")
    norm = normalize(src)
    assert norm.text == "Khối Hòa Bình"
    i = norm.text.index("Hòa")
    s, e = norm.to_source(i, i + 3)
    assert src[s:e] == unicodedata.normalize("NFD", "Hòa")
    assert norm.to_source(0, len(norm.text)) == (0, len(src))


def test_old_style_tone_is_modern_in_text_but_span_keeps_the_source_form() -> None:
    src = "Đại diện Uỷ ban nhân dân tỉnh phát biểu"
    norm = normalize(src)
    assert "Ủy ban" in norm.text and "Uỷ" not in norm.text
    i = norm.text.index("Ủy ban")
    assert norm.source_text(i, i + len("Ủy ban")) == "Uỷ ban"


def test_old_style_tone_after_q_is_left_alone() -> None:
    assert modern_tones("quý quà hoà") == "quý quà hòa"
    assert modern_tones("Thuỷ khoẻ") == "Thủy khỏe"


def test_decomposed_old_style_tone_is_modernised() -> None:
    src = "Ho" + "a\u0300 Bi\u0300nh"  # "hoà" with a combining grave
    norm = normalize(src)
    assert norm.text == "Hòa Bình"
    assert norm.source_text(0, 3) == src[:4]


def test_nbsp_and_thin_spaces_become_plain_spaces() -> None:
    src = "Khối\u00a0thi\u202fđua\u2009số 6"
    norm = normalize(src)
    assert norm.text == "Khối thi đua số 6"
    assert norm.source_text(0, len(norm.text)) == src


def test_zero_width_and_bom_are_dropped() -> None:
    src = "\ufeffKhối\u200b thi\u00ad đua"
    norm = normalize(src)
    assert norm.text == "Khối thi đua"
    assert norm.source_text(0, 4) == "Khối"
    assert norm.source_text(len("Khối thi "), len(norm.text)) == "đua"


def test_crlf_becomes_one_newline() -> None:
    src = "Dòng một\r\nDòng hai\r\nDòng ba"
    norm = normalize(src)
    assert norm.text == "Dòng một\nDòng hai\nDòng ba"
    i = norm.text.index("Dòng hai")
    assert norm.source_text(i, i + 8) == "Dòng hai"


def test_lone_cr_becomes_a_newline() -> None:
    norm = normalize("Dòng hai\rDòng ba")
    assert norm.text == "Dòng hai\nDòng ba"


def test_run_together_words_are_split_and_the_space_maps_to_nothing() -> None:
    src = "lãnh đạo BanThi đua - Khen thưởng"
    norm = normalize(src)
    assert "Ban Thi đua" in norm.text
    i = norm.text.index("Ban Thi đua")
    assert norm.source_text(i, i + len("Ban Thi đua")) == "BanThi đua"
    space = i + 3
    s, e = norm.to_source(space, space + 1)
    assert s == e  # the inserted space has no source characters
    assert norm.source_text(i + 4, i + 11) == "Thi đua"


def test_acronyms_and_camel_case_of_capitals_are_not_split() -> None:
    assert normalize("UBND HĐND TĐKT").text == "UBND HĐND TĐKT"
    assert normalize("Khối ANND").text == "Khối ANND"


def test_empty_and_edge_ranges() -> None:
    norm = normalize("")
    assert norm.text == "" and norm.to_source(0, 0) == (0, 0)
    norm = normalize("abc\u200b")
    assert norm.to_source(3, 3) == (4, 4)
    assert norm.to_source(0, 3) == (0, 3)


def test_span_trims_surrounding_space_in_the_source() -> None:
    norm = normalize("a \u00a0Sở Tư pháp\u00a0 b")
    i = norm.text.index("Sở")
    s, e = norm.to_source(i - 1, i + len("Sở Tư pháp") + 1)
    assert norm.source[s:e] == "Sở Tư pháp"


def test_inserted_spaces_map_to_points_and_other_characters_to_themselves() -> None:
    """The fast path keeps no per-character map: index i is i minus the spaces inserted before it."""
    src = "Ban Thi đuaKhen thưởng\u00a0tỉnh Hà NamSở Nội vụ"
    norm = normalize(src)
    assert norm.text == "Ban Thi đua Khen thưởng tỉnh Hà Nam Sở Nội vụ"
    for i, ch in enumerate(norm.text):
        s, e = norm.starts[i], norm.ends[i]
        if e == s:  # an inserted space: a point in the source, between the run-together words
            assert ch == " " and src[s - 1].islower() and src[s].isupper()
        else:
            assert src[s:e] == ch or (ch == " " and src[s:e] == "\u00a0")
    assert norm.source_text(norm.text.index("Khen"), norm.text.index(" tỉnh")) == "Khen thưởng"
    assert len(norm.starts) == len(norm.text) and norm.starts[-1] == len(src) - 1


def test_camel_case_unit_heads_are_not_split_as_run_together_words() -> None:
    """'VietinBank' is a bank's printed name (a unit head in org_heads.json), not 'Vietin' + 'Bank'."""
    norm = normalize("Ngân hàng VietinBank, LienVietPostBank và Ban Thi đuaKhen thưởng")
    assert norm.text == "Ngân hàng VietinBank, LienVietPostBank và Ban Thi đua Khen thưởng"


# --------------------------------------------------------------------------- hard-wrapped text

_PARAGRAPH = ("Chiều 12/1/2024, tại Hội trường Sở Tư pháp, Cụm thi đua số 4 gồm các Sở Tư pháp, "
              "Sở Nội vụ, Sở Tài chính và Thanh tra tỉnh tổ chức Hội nghị tổng kết công tác thi "
              "đua, khen thưởng năm 2023 và ký kết giao ước thi đua năm 2024. Hội nghị đã suy tôn "
              "Sở Nội vụ làm Cụm trưởng năm 2024.")


def _wrap(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False))


def test_unwrap_joins_a_paragraph_wrapped_at_a_fixed_width():
    wrapped = "CỤM THI ĐUA SỐ 4 TỔNG KẾT NĂM 2023\n\n" + _wrap(_PARAGRAPH, 72) + "\n\nNguyễn Văn An"
    norm = normalize(wrapped)
    assert len(norm.text) == len(wrapped)  # length-preserving: the map stays the identity
    assert _PARAGRAPH in norm.text
    assert norm.text.startswith("CỤM THI ĐUA SỐ 4 TỔNG KẾT NĂM 2023\n\n")  # the headline stays its own line
    assert norm.text.endswith("\n\nNguyễn Văn An")


def test_unwrap_keeps_a_short_paragraph_end_and_list_items():
    wrapped = _wrap(_PARAGRAPH, 72) + "\n- Sở Tư pháp: Cờ thi đua của UBND tỉnh;\n- Sở Nội vụ: Bằng khen."
    text = normalize(wrapped).text
    assert _PARAGRAPH + "\n- Sở Tư pháp" in text  # the paragraph's short last line ends it
    assert ";\n- Sở Nội vụ" in text  # a bullet starts a new line


def test_a_page_with_a_paragraph_a_line_is_left_alone():
    """Lines of similar length that end with full stops are paragraphs, not a wrapped text."""
    page = "\n".join([
        "Cụm thi đua số 4 các sở, ngành tỉnh Hà Nam tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 và ký giao ước năm 2024",
        "(HNP) - Sáng 12/1/2024, tại Sở Tư pháp, Cụm thi đua số 4 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.",
        "Cụm thi đua số 4 gồm 5 đơn vị: Sở Tư pháp, Sở Nội vụ, Sở Tài chính, Sở Y tế và Thanh tra tỉnh, do Sở Tư pháp làm Cụm trưởng.",
        "Năm 2023, các đơn vị trong cụm đã triển khai hiệu quả các phong trào thi đua, hoàn thành tốt các nhiệm vụ chính trị được giao.",
        "Hội nghị đã suy tôn Sở Nội vụ làm Cụm trưởng năm 2024, Sở Tài chính làm Cụm phó; các đơn vị đã ký kết giao ước thi đua.",
        "Thu Hà"])
    assert normalize(page).text == page


def test_one_long_line_does_not_hide_a_wrapped_paragraph():
    url = "https://sotuphap.hanam.gov.vn/tin-tuc/cum-thi-dua-so-4-to-chuc-hoi-nghi-tong-ket-cong-tac-thi-dua-nam-2023.html"
    assert _PARAGRAPH in normalize(url + "\n" + _wrap(_PARAGRAPH, 72)).text


def test_lettered_and_roman_items_after_a_wrapped_paragraph_keep_their_lines():
    text = normalize(_wrap(_PARAGRAPH, 60) + "\na) Sở Tư pháp nhận Cờ thi đua\nII. NHIỆM VỤ NĂM 2024").text
    assert _PARAGRAPH + "\na) Sở Tư pháp" in text and "thi đua\nII. NHIỆM VỤ" in text


def test_a_wrapped_article_gives_the_record_of_the_unwrapped_one():
    flat = "CỤM THI ĐUA SỐ 4 TỔNG KẾT NĂM 2023\n" + _PARAGRAPH
    wrapped = "CỤM THI ĐUA SỐ 4 TỔNG KẾT NĂM 2023\n" + _wrap(_PARAGRAPH, 64)
    a, b = extract(flat), extract(wrapped)
    assert b.events and a.events[0].members == b.events[0].members
    assert [r.org for r in b.events[0].roles] == ["Sở Nội vụ"]
    assert b.events[0].date == a.events[0].date


def test_a_list_of_units_one_a_line_is_not_read_as_wrapped():
    units = ["Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Nam", "Sở Giáo dục và Đào tạo tỉnh Hà Nam",
             "Ban Quản lý các Khu công nghiệp tỉnh Hà Nam", "Đài Phát thanh và Truyền hình tỉnh Hà Nam",
             "Sở Khoa học và Công nghệ tỉnh Hà Nam"]
    page = "Khối thi đua số 3 gồm:\n" + "\n".join(units)
    assert normalize(page).text == page


def test_extra_spaces_in_a_line_of_text_are_dropped_and_map_back_to_the_source() -> None:
    src = "Khối thi đua  số 3 gồm Sở Nội vụ , Sở Tư pháp ;   Sở Y tế."
    n = normalize(src)
    assert n.text == "Khối thi đua số 3 gồm Sở Nội vụ, Sở Tư pháp; Sở Y tế."
    at = n.text.index("Sở Tư pháp")
    assert n.source_text(at, at + len("Sở Tư pháp")) == "Sở Tư pháp"
    assert n.source_text(0, len("Khối thi đua số 3")) == "Khối thi đua  số 3"


def test_a_row_of_short_items_keeps_its_gaps() -> None:
    # site chrome: the gaps are what says the line is a row of items
    assert normalize("Đăng nhập   Tìm kiếm\nTrang chủ  Tin tức  Văn bản pháp quy").text == (
        "Đăng nhập   Tìm kiếm\nTrang chủ  Tin tức  Văn bản pháp quy")


def test_a_value_printed_with_two_spaces_reads_with_one() -> None:
    from khoi_extract.grounding import as_value
    assert as_value("Hội người khuyết tật -  Bảo trợ") == "Hội người khuyết tật - Bảo trợ"


def test_html_character_references_left_by_a_scraper_read_as_their_characters() -> None:
    src = "Sở&nbsp;Nội vụ &amp; Sở GD&ĐT ký &quot;giao ước&quot; &#8220;thi đua&#8221;"
    n = normalize(src)
    assert n.text == 'Sở Nội vụ & Sở GD&ĐT ký "giao ước" “thi đua”'
    assert n.source_text(0, len("Sở Nội vụ")) == "Sở&nbsp;Nội vụ"  # the span keeps the source


def test_a_value_printed_with_a_reference_reads_with_its_character() -> None:
    from khoi_extract.grounding import as_value
    assert as_value("Sở&nbsp;Nội vụ &amp; Sở GD&ĐT") == "Sở Nội vụ & Sở GD&ĐT"


@pytest.mark.parametrize("src", ["Công ty CP XD&DD; Sở GD&ĐT; Sở XD&GT; Sở TN&MT;", "Sở Nội vụ&#0; Sở Tư pháp",
                                 "Sở Nội vụ&#xD800;", "a&#769;b"])
def test_an_ampersand_abbreviation_or_a_reference_to_no_character_stays_as_printed(src: str) -> None:
    assert normalize(src).text == src


def test_a_reference_is_read_whichever_path_the_text_takes() -> None:
    # the fast path (NFC, no CR) and the per-character path (a CR elsewhere) agree
    assert normalize("Sở&#9;Nội vụ").text == "Sở Nội vụ"
    assert normalize("Sở&#9;Nội vụ\r\n").text == "Sở Nội vụ\n"


def test_a_span_ending_on_a_space_from_a_reference_is_trimmed_in_the_source() -> None:
    n = normalize("Sở Y tế&nbsp;.")
    assert n.source_text(0, len("Sở Y tế ")) == "Sở Y tế"


def test_a_short_line_with_a_stray_gap_is_text_not_a_row() -> None:
    assert normalize("Cụm thi đua  số 3 tổng kết").text == "Cụm thi đua số 3 tổng kết"


def test_a_value_printed_with_a_space_before_a_comma_reads_without_it() -> None:
    from khoi_extract.grounding import as_value
    assert as_value("Khối thi đua các cơ quan Đảng , đoàn thể") == "Khối thi đua các cơ quan Đảng, đoàn thể"
