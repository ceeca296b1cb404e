"""The one-pass phrase matcher: lexicon phrases found on the article's spaCy Doc."""
from __future__ import annotations

from khoi_extract.matching import sources
from khoi_extract.normalize import normalize
from khoi_extract.segment import segment

TEXT = ("Sáng 12/1, tại Sở Tư pháp tỉnh Hà Nam, Khối thi đua các cơ quan nội chính tổ chức "
        "Hội nghị TỔNG KẾT công tác thi đua năm 2021 và ký kết giao ước thi đua năm 2022.\n"
        "Giám đốc Công an TP HCM phát biểu tại hội nghị giao ban.")


def _seg():
    return _seg_of(TEXT)


def _seg_of(text: str):
    return segment(normalize(text))


def test_phrases_have_offsets_labels_and_ids() -> None:
    seg = _seg()
    kinds = [(seg.text[p.start:p.end], p.id) for p in seg.phrases("KIND")]
    assert ("TỔNG KẾT", "tong_ket") in kinds  # LOWER: case-insensitive cue
    assert ("ký kết giao ước", "giao_uoc") in kinds
    assert ("giao ban", "giao_ban") in kinds
    provinces = {seg.text[p.start:p.end]: p.id for p in seg.phrases("PROVINCE")}
    assert provinces["Hà Nam"] == "Hà Nam"
    assert provinces["TP HCM"] == "Hồ Chí Minh"  # an alias carries its canonical name
    heads = [seg.text[p.start:p.end] for p in seg.phrases("ORG_HEAD")]
    assert "Sở" in heads and "Công an" in heads


def test_phrases_in_a_window_and_views_share_the_hits() -> None:
    seg = _seg()
    second = seg.lines[1]
    assert [p.id for p in seg.phrases("KIND", second.start, second.end)] == ["giao_ban"]
    view = seg.view([second], [s for s in seg.sentences if s.start >= second.start])
    assert view.phrases("PROVINCE") is seg.phrases("PROVINCE")


def test_every_source_line_names_phrases() -> None:
    for src in sources():
        assert src.phrases(), src


def test_a_full_vocabulary_is_replaced_and_matching_still_works(monkeypatch) -> None:
    from khoi_extract import segment as seg_mod

    before = seg_mod.vocab()
    monkeypatch.setattr(seg_mod, "MAX_VOCAB_STRINGS", 10)
    seg = _seg()
    assert {p.id for p in seg.phrases("KIND")} >= {"tong_ket", "giao_uoc", "giao_ban"}
    assert seg_mod.vocab() is not before


def test_meeting_words_are_phrases_found_whatever_the_case() -> None:
    seg = _seg_of("HỘI NGHỊ tổng kết Khối thi đua. Buổi lễ diễn ra tại Sở Nội vụ. Tuyên dương các tập thể.")
    first, second, third = seg.sentences
    assert seg.has_phrase("MEETING", first.start, first.end) and seg.has_phrase("MEETING", second.start, second.end)
    assert not seg.has_phrase("MEETING", third.start, third.end)
    assert [seg.text[p.start:p.end] for p in seg.phrases("MEETING", second.start, second.end)] == ["Buổi", "lễ"]
