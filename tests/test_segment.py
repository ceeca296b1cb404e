"""Lines, sentences and the spaCy Doc that all field rules share."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from khoi_extract.normalize import normalize
from khoi_extract.grammar import setting
from khoi_extract.segment import build_doc, build_docs, segment

ARTICLE = (
    "Khối thi đua Sơn Trà tổng kết năm 2023\n"
    "\n"
    "  Ngày 12/01/2024, Khối thi đua Sơn Trà đã tổng kết công tác thi đua năm 2023. "
    "Tại hội nghị, Khối đã suy tôn Sở Tư pháp làm Trưởng khối năm 2024. Ông Lê Văn Tám phát biểu.\n"
    "CTV\n"
)


def _seg(text: str):
    return segment(normalize(text))


def test_lines_are_stripped_and_empty_lines_skipped() -> None:
    seg = _seg(ARTICLE)
    assert [ln.text for ln in seg.lines] == [
        "Khối thi đua Sơn Trà tổng kết năm 2023",
        ARTICLE.split("\n")[2].strip(),
        "CTV",
    ]
    for ln in seg.lines:
        assert seg.text[ln.start:ln.end] == ln.text


def test_a_long_line_is_split_into_its_sentences_with_offsets() -> None:
    seg = _seg(ARTICLE)
    assert [s.text for s in seg.sentences] == [
        "Khối thi đua Sơn Trà tổng kết năm 2023",
        "Ngày 12/01/2024, Khối thi đua Sơn Trà đã tổng kết công tác thi đua năm 2023.",
        "Tại hội nghị, Khối đã suy tôn Sở Tư pháp làm Trưởng khối năm 2024.",
        "Ông Lê Văn Tám phát biểu.",
        "CTV",
    ]
    for s in seg.sentences:
        assert seg.text[s.start:s.end] == s.text


def test_sentence_at_finds_the_enclosing_sentence() -> None:
    seg = _seg(ARTICLE)
    pos = seg.text.index("Sở Tư pháp")
    got = seg.sentence_at(pos)
    assert got is not None and got.text.startswith("Tại hội nghị")
    assert seg.sentence_at(seg.text.index("\n\n") + 1) is None  # a blank line


def test_sentences_cover_every_non_blank_character_of_a_line() -> None:
    seg = _seg(ARTICLE)
    for ln in seg.lines:
        covered = "".join(seg.text[s.start:s.end] for s in seg.sentences if ln.start <= s.start < ln.end)
        assert covered.replace(" ", "") == ln.text.replace(" ", "")


def test_doc_tokens_keep_dates_and_document_numbers_whole() -> None:
    seg = _seg("Thực hiện Quyết định số 157/QĐ-KTĐS6 ngày 22/3/2022 của Sở Nội vụ, Khối họp.")
    words = [t.text for t in build_doc(seg.text)]
    assert "157/QĐ-KTĐS6" in words
    assert "22/3/2022" in words
    assert words[:3] == ["Thực", "hiện", "Quyết"]


def test_doc_tokens_keep_their_offsets_in_the_text() -> None:
    seg = _seg(ARTICLE)
    ((offset, doc),) = build_docs(seg.text)
    starts = doc.user_data["char_starts"]
    assert offset == 0 and len(starts) == len(doc) > 20
    assert all(seg.text[s:s + len(tok.text)] == tok.text for s, tok in zip(starts, doc))


def test_phrases_are_matched_once(monkeypatch) -> None:
    from khoi_extract import segment as seg_mod
    built: list[int] = []
    real = seg_mod.build_docs
    monkeypatch.setattr(seg_mod, "build_docs", lambda text: built.append(len(text)) or real(text))
    seg = _seg(ARTICLE)
    view = seg.view(seg.lines[:1], seg.sentences[:1])
    assert seg.phrases("KIND") == view.phrases("KIND") and seg.phrases("ORG_HEAD") == view.phrases("ORG_HEAD")
    assert built == [len(seg.text)]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abc ĐđKhối.,!?\n\r\u00a0\u200b“”", max_size=200))
def test_pieces_always_index_the_normalised_text(text: str) -> None:
    seg = _seg(text)
    for p in seg.lines + seg.sentences:
        assert 0 <= p.start <= p.end <= len(seg.text)
        assert seg.text[p.start:p.end] == p.text
    starts = [s.start for s in seg.sentences]
    assert starts == sorted(starts)


def test_a_long_page_is_matched_in_blocks_that_find_what_one_doc_finds() -> None:
    line = "Khối thi đua tổng kết năm 2023 tại Sở Tư pháp tỉnh Hà Nam."
    seg = _seg("\n".join([line] * 25_000))
    assert len(seg.text) > 1_000_000
    blocks = list(build_docs(seg.text))
    assert len(blocks) > 10 and all(len(d.text) <= setting("doc_block_chars") for _, d in blocks)
    assert "".join(d.text for _, d in blocks) == seg.text
    provinces = seg.phrases("PROVINCE")
    assert len(provinces) == 25_000 and all(seg.text[p.start:p.end] == "Hà Nam" for p in provinces)
    assert len(seg.phrases("KIND")) == len(_seg(line).phrases("KIND")) * 25_000


def test_a_line_longer_than_a_block_is_cut_at_a_space() -> None:
    text = "Sở Tư pháp tỉnh Hà Nam " * 10_000
    blocks = list(build_docs(text))
    assert len(blocks) > 1 and "".join(d.text for _, d in blocks) == text
    assert all(d.text.endswith(" ") for _, d in blocks[:-1])


def test_a_dash_or_sign_off_glued_to_a_word_is_its_own_token() -> None:
    """'Ninh Thuận- Cục …' and 'Gia Lai./.' end with the province, so the phrase matcher finds it."""
    seg = _seg("Cục Thuế tỉnh Ninh Thuận- Cục Thuế tỉnh Gia Lai./.")
    assert [seg.text[p.start:p.end] for p in seg.phrases("PROVINCE")] == ["Ninh Thuận", "Gia Lai"]
    words = [t.text for t in build_doc("Quyết định số 157/QĐ-KTĐS6 ngày 22/3/2022./.")]
    assert "157/QĐ-KTĐS6" in words and "22/3/2022" in words


def test_a_sentence_does_not_end_after_a_dotted_title_or_place_abbreviation() -> None:
    text = ("Tham dự có PGS.TS. Trần Văn Dũng, Hiệu trưởng Trường Đại học Y, và đại diện TT. Huế. "
            "Hội nghị đã thống nhất các nội dung.")
    sents = [s.text for s in segment(normalize(text)).sentences]
    assert sents == ["Tham dự có PGS.TS. Trần Văn Dũng, Hiệu trưởng Trường Đại học Y, và đại diện TT. Huế.",
                     "Hội nghị đã thống nhất các nội dung."]


def test_a_sentence_does_not_end_inside_a_token() -> None:
    text = "Liên hiệp Hợp tác xã Thương mại Thành phố (Saigon Co.op) đã tổ chức hội nghị. Các đơn vị đều dự."
    sents = [s.text for s in segment(normalize(text)).sentences]
    assert sents[0] == "Liên hiệp Hợp tác xã Thương mại Thành phố (Saigon Co.op) đã tổ chức hội nghị."
    assert len(sents) == 2


def test_sentences_run_together_or_ending_with_a_written_rank_stay_apart() -> None:
    for text in ("Hội nghị khai mạc lúc 8 giờ sáng nay.Tham dự có lãnh đạo tỉnh và các đơn vị thành viên.",
                 "Đồng chí An được thăng quân hàm từ Thượng tá lên Đại tá. Hội nghị đã trao Cờ thi đua."):
        assert len(segment(normalize(text)).sentences) == 2


def test_a_line_of_tokens_cut_at_every_dot_is_rejoined_into_one_sentence() -> None:
    text = "Trang web abc.gov.vn.xyz " * 4000
    seg = segment(normalize(text))
    assert len(seg.sentences) == 1 and seg.sentences[0].text == text.strip()
