"""Canonical forms and name matching (RECORD.md "Scoring")."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khoi_extract.canonical import (
    abbreviations,
    canonical,
    canonical_number,
    lenient_match,
    modern_tones,
    name_tokens,
    strict_match,
    token_f1,
)

VIET_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
    "bcdghklmnpqrstvx"
)
VIET_TEXT = st.text(alphabet=VIET_LETTERS + VIET_LETTERS.upper() + " .-&\u0301\u0309", max_size=40)


@pytest.mark.parametrize(
    "old, new",
    [
        ("hoà", "hòa"), ("uỷ", "ủy"), ("toả", "tỏa"), ("thuý", "thúy"), ("khoẻ", "khỏe"),
        ("Uỷ ban", "Ủy ban"), ("HOÀ BÌNH", "HÒA BÌNH"), ("Thuỵ", "Thụy"), ("Đại uý", "Đại úy"),
        ("oà", "òa"),
        # unchanged: qu/gi onsets, closed syllables, already modern, no tone
        ("quý", "quý"), ("quỷ", "quỷ"), ("giá", "giá"), ("hoàng", "hoàng"), ("quyết", "quyết"),
        ("khuỷu", "khuỷu"), ("hòa", "hòa"), ("hoa", "hoa"), ("ngoài", "ngoài"),
    ],
)
def test_modern_tones_examples(old: str, new: str) -> None:
    assert modern_tones(old) == new


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_modern_tones_is_length_preserving_on_any_nfc_text(s: str) -> None:
    s = unicodedata.normalize("NFC", s)
    assert len(modern_tones(s)) == len(s)


@settings(max_examples=300, deadline=None)
@given(VIET_TEXT)
def test_modern_tones_length_case_and_idempotence_on_vietnamese(s: str) -> None:
    s = unicodedata.normalize("NFC", s)
    out = modern_tones(s)
    assert len(out) == len(s)
    assert [c.isupper() for c in out] == [c.isupper() for c in s]
    assert modern_tones(out) == out


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("UBND tỉnh Vĩnh Phúc.", "ủy ban nhân dân tỉnh vĩnh phúc"),
        ("Uỷ ban Nhân dân  Tỉnh", "ủy ban nhân dân tỉnh"),
        ("Sở GD & ĐT", "sở giáo dục và đào tạo"),
        ("Sở GD&ĐT", "sở giáo dục và đào tạo"),
        ("TP.HCM", "thành phố hồ chí minh"),
        ("Khối VH-XH", "khối văn hóa xã hội"),
        ("Khối Văn hoá – Xã hội", "khối văn hóa xã hội"),
        ("Cục THADS", "cục thi hành án dân sự"),
        ("BĐBP Quảng Ninh", "bộ đội biên phòng quảng ninh"),
        ("Ban TĐKT", "ban thi đua khen thưởng"),
        ("NH CN Đồng Tháp", "ngân hàng chi nhánh đồng tháp"),
        ("ＵＢＮＤ", "ủy ban nhân dân"),  # full-width letters fold under NFKC
        ("Hội đồng nhân dân", "hội đồng nhân dân"),
    ],
)
def test_canonical(raw: str, expected: str) -> None:
    assert canonical(raw) == expected


def test_canonical_does_not_expand_inside_words() -> None:
    # "tp" and "nh" are abbreviations only as whole tokens
    assert canonical("Thanh tra tỉnh") == "thanh tra tỉnh"
    assert canonical("nhà") == "nhà"


def test_abbreviation_table_has_the_spec_list() -> None:
    table = abbreviations()
    for key in ["ubnd", "hđnd", "đbqh", "tđkt", "thads", "vksnd", "tand", "bch", "bđbp", "kbnn",
                "nhnn", "mttq", "lđlđ", "gd&đt", "kh&đt", "lhpn", "ptnt", "vh-xh", "tp", "cn", "nh"]:
        assert key in table
    assert table["tand"] == "tòa án nhân dân"


def test_name_tokens_drops_generic_words_and_province() -> None:
    assert name_tokens("Trụ sở UBND tỉnh Vĩnh Phúc", province="Vĩnh Phúc") == ["ủy", "ban", "nhân", "dân"]
    assert name_tokens("Hội trường Thành phố Hà Nội") == ["hà", "nội"]


def test_token_f1_values() -> None:
    assert token_f1("Sở Nội vụ", "Sở Nội vụ tỉnh Hà Nam", province="Hà Nam") == 1.0
    # {sở, tư, pháp} vs {sở, nội, vụ}: 1 shared of 3+3
    assert token_f1("Sở Tư pháp", "Sở Nội vụ") == pytest.approx(2 / 6)
    # dropping empties one side: fall back to all tokens
    assert token_f1("Tỉnh Vĩnh Phúc", "Vĩnh Phúc", province="Vĩnh Phúc") == pytest.approx(0.8)


def test_lenient_and_strict_match() -> None:
    assert lenient_match("Uỷ ban nhân dân tỉnh", "UBND tỉnh")
    assert strict_match("Uỷ ban nhân dân tỉnh", "UBND Tỉnh")
    assert not strict_match("Sở Nội vụ", "Sở Nội vụ tỉnh Hà Nam")
    assert lenient_match("Sở Nội vụ", "Sở Nội vụ tỉnh Hà Nam", province="Hà Nam")
    # 7 of 10 tokens shared each side: F1 exactly 0.7 passes, threshold is inclusive
    a = "a1 a2 a3 a4 a5 a6 a7 b1 b2 b3"
    b = "a1 a2 a3 a4 a5 a6 a7 c1 c2 c3"
    assert token_f1(a, b) == pytest.approx(0.7)
    assert lenient_match(a, b)
    assert not lenient_match("Phó Giám đốc Sở", "Giám đốc Sở Nội vụ", threshold=0.9)
    assert lenient_match("Phó Giám đốc Sở", "Giám đốc Sở Nội vụ", threshold=0.5)


def test_canonical_number() -> None:
    assert canonical_number("238/KH- KNC") == canonical_number("238/KH-KNC") == "238/kh-knc"
    assert canonical_number("số 34–CT/TW") == "34-ct/tw"
    assert canonical_number("30/2020/NĐ-CP") == "30/2020/nđ-cp"
