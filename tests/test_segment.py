"""Lines, sentences and the spaCy Doc that all field rules share."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from khoi_extract.normalize import normalize
from khoi_extract.segment import segment

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
    words = [t.text for t in seg.doc]
    assert "157/QĐ-KTĐS6" in words
    assert "22/3/2022" in words
    assert words[:3] == ["Thực", "hiện", "Quyết"]


def test_doc_tokens_keep_their_offsets_in_the_text() -> None:
    seg = _seg(ARTICLE)
    starts = seg.doc.user_data["char_starts"]
    assert len(starts) == len(seg.doc) > 20
    assert all(seg.text[s:s + len(tok.text)] == tok.text for s, tok in zip(starts, seg.doc))


def test_doc_is_built_once() -> None:
    seg = _seg(ARTICLE)
    assert seg.doc is seg.doc


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abc ĐđKhối.,!?\n\r\u00a0\u200b“”", max_size=200))
def test_pieces_always_index_the_normalised_text(text: str) -> None:
    seg = _seg(text)
    for p in seg.lines + seg.sentences:
        assert 0 <= p.start <= p.end <= len(seg.text)
        assert seg.text[p.start:p.end] == p.text
    starts = [s.start for s in seg.sentences]
    assert starts == sorted(starts)


def test_an_article_over_a_million_characters_gets_its_doc() -> None:
    seg = _seg(("Khối thi đua tổng kết năm 2023 tại Sở Tư pháp. " * 25_000).strip())
    assert len(seg.text) > 1_000_000
    assert len(seg.doc) > 200_000 and seg.phrases("KIND")
