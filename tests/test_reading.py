"""Reading inputs: encodings, HTML, JSON/JSONL, gzip, folders, numbered errors."""
from __future__ import annotations

import gzip
import json
import unicodedata
from pathlib import Path

import pytest

from khoi_extract import reading
from khoi_extract.errors import ReadError
from khoi_extract.reading import (
    SourceDoc, decode_bytes, doc_stem, iter_documents, iter_sources, load_source, read_text_file,
)

TEXT = "Khối thi đua Nội chính tổng kết năm 2021 tại Cục Thi hành án Dân sự tỉnh Vĩnh Phúc; Ủy ban, Thủ tướng."

HTML = """<!doctype html><html><head><meta charset="utf-8">
<title>Tổng kết Khối thi đua Nội chính - Báo Tỉnh</title>
<meta name="author" content="Bùi Xuân Thế">
<meta property="article:published_time" content="2022-01-12T08:00:00+07:00">
</head><body>
<nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a> | Đăng nhập</nav>
<article>
<h1>Tổng kết công tác thi đua Khối thi đua Nội chính năm 2021</h1>
<p>Ngày 10/01/2022, tại Cục Thi hành án Dân sự tỉnh, Khối thi đua Nội chính đã tiến hành tổng kết
công tác thi đua, khen thưởng năm 2021 với sự tham dự của đại diện các đơn vị thành viên.</p>
<p>Hội nghị đã bình xét, suy tôn Cục Thi hành án Dân sự tỉnh đề nghị Chính phủ tặng Cờ thi đua
và thống nhất bầu Thanh tra tỉnh làm đơn vị Trưởng khối năm 2022.</p>
</article>
<footer>Bản quyền thuộc về Báo Tỉnh. Thống kê truy cập: 181.397</footer>
</body></html>"""


def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: base vowel with its shape mark precomposed, tone mark combining."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = b""
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        out += base.encode("cp1258") + "".join(c for c in d if c in tones).encode("cp1258")
    return out


# --------------------------------------------------------------------------- decode_bytes


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),
    b"\xff\xfe" + TEXT.encode("utf-16-le"),
    b"\xfe\xff" + TEXT.encode("utf-16-be"),
    TEXT.encode("utf-16-le"),
    TEXT.encode("utf-16-be"),
    TEXT.encode("utf-32"),
], ids=["utf8", "utf8-bom", "utf16-native-bom", "utf16le-bom", "utf16be-bom", "utf16le-nobom",
        "utf16be-nobom", "utf32-bom"])
def test_decode_unicode_encodings(data: bytes) -> None:
    assert decode_bytes(data) == TEXT


def test_decode_windows_1258_is_composed() -> None:
    data = to_cp1258(TEXT)
    assert data != TEXT.encode("utf-8")
    assert decode_bytes(data) == TEXT


@pytest.mark.parametrize("data, code", [
    (b"", "E004"),
    (b"  \r\n\t ", "E004"),
    (b"\xef\xbb\xbf   ", "E004"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "E001"),
    (bytes(range(256)) * 4, "E001"),
    (b"\x01\x02\x03\x04\x05\x06\x07\x08 abc \x0e\x0f\x10\x11\x12\x13\x14", "E001"),
    (b"Kh\xf4i \x81\x8a\x8d thi \xc4ua", "E002"),
])
def test_decode_errors_are_numbered(data: bytes, code: str) -> None:
    with pytest.raises(ReadError) as info:
        decode_bytes(data)
    assert str(info.value).startswith(code + ":")


def test_decode_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_BYTES", 50)
    assert decode_bytes(b"x" * 50) == "x" * 50
    with pytest.raises(ReadError, match=r"^E003: input is 51 bytes"):
        decode_bytes(b"x" * 51)


def test_read_text_file_plain_and_gzip(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(TEXT.encode("utf-16"))
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(TEXT.encode("utf-8")))
    assert read_text_file(tmp_path / "a.txt") == TEXT
    assert read_text_file(str(tmp_path / "b.txt.gz")) == TEXT


def test_read_text_file_corrupt_gzip_and_missing(tmp_path: Path) -> None:
    (tmp_path / "bad.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage-not-deflate")
    with pytest.raises(ReadError, match="^E007"):
        read_text_file(tmp_path / "bad.txt.gz")
    with pytest.raises(ReadError, match="^E010"):
        read_text_file(tmp_path / "none.txt")


def test_too_large_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_BYTES", 100)
    (tmp_path / "big.txt").write_text("a" * 101)
    (tmp_path / "big.txt.gz").write_bytes(gzip.compress(b"a" * 1000))
    with pytest.raises(ReadError, match="^E003"):
        read_text_file(tmp_path / "big.txt")
    with pytest.raises(ReadError, match="^E003"):
        read_text_file(tmp_path / "big.txt.gz")


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize("name, stem", [
    ("000_24e5.txt", "000_24e5"), ("a.html.gz", "a"), ("x.y.jsonl", "x.y"), ("b.htm", "b"),
    ("note", "note"), ("c.json.gz", "c"),
])
def test_doc_stem(name: str, stem: str) -> None:
    assert doc_stem(Path(name)) == stem


# --------------------------------------------------------------------------- HTML


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    [doc] = list(iter_documents(tmp_path))
    assert doc.doc_id == "page" and doc.is_html and doc.error is None
    assert doc.published == "2022-01-12"
    assert doc.author == "Bùi Xuân Thế"
    assert doc.title == "Tổng kết công tác thi đua Khối thi đua Nội chính năm 2021"
    lines = doc.text.split("\n")
    assert lines[0] == doc.title and lines[1] == "" and lines[2] == "12/01/2022"
    assert "Ngày 10/01/2022, tại Cục Thi hành án Dân sự tỉnh" in doc.text
    assert "Thanh tra tỉnh làm đơn vị Trưởng khối năm 2022" in doc.text
    for boilerplate in ("Trang chủ", "Đăng nhập", "Bản quyền", "Thống kê truy cập"):
        assert boilerplate not in doc.text


def test_html_without_main_text(tmp_path: Path) -> None:
    (tmp_path / "blank.htm.gz").write_bytes(gzip.compress(b"<html><head><title>x</title></head><body><div></div></body></html>"))
    [doc] = list(iter_documents(tmp_path))
    assert doc.doc_id == "blank" and doc.text is None
    assert doc.error.startswith("E008")


# --------------------------------------------------------------------------- JSON / JSONL


def test_jsonl_records_ids_hints_and_errors(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": TEXT, "published": "2022-01-12"}, ensure_ascii=False),
        json.dumps({"id": 7, "text": "Cụm thi đua số 2", "published": "12/01/2022"}, ensure_ascii=False),
        "",
        json.dumps({"text": "Khối thi đua số 5"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "a5", "body": "x"}),
        json.dumps({"id": "a6", "text": "   "}),
        json.dumps(["a", "list"]),
    ]
    (tmp_path / "recs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(iter_documents(tmp_path / "recs.jsonl"))
    assert [(d.doc_id, (d.error or "")[:4]) for d in docs] == [
        ("a1", ""), ("7", ""), ("recs:4", ""), ("recs:5", "E005"), ("a5", "E006"), ("a6", "E004"),
        ("recs:8", "E005"),
    ]
    assert docs[0].text == TEXT and docs[0].published == "2022-01-12"
    assert docs[1].published is None  # not an ISO date: no hint rather than a guess
    assert docs[4].error == "E006: line 6: text field 'text' is missing"


def test_jsonl_custom_fields_and_gzip(tmp_path: Path) -> None:
    rows = [{"uid": "u1", "content": "Khối thi đua A"}, {"uid": "u2", "content": "Khối thi đua B"}]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    (tmp_path / "r.jsonl.gz").write_bytes(gzip.compress(data))
    docs = list(iter_documents([tmp_path], text_field="content", id_field="uid"))
    assert [(d.doc_id, d.text, d.path) for d in docs] == [
        ("u1", "Khối thi đua A", str(tmp_path / "r.jsonl.gz")),
        ("u2", "Khối thi đua B", str(tmp_path / "r.jsonl.gz")),
    ]


def test_json_object_and_array(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"text": TEXT, "published": "2021-12-30"}), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"id": "m1", "text": "A"}, {"text": "B"}, 5]),
                                        encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    docs = list(iter_documents(tmp_path))
    assert [(d.doc_id, d.text, (d.error or "")[:4]) for d in docs] == [
        ("broken", None, "E005"), ("m1", "A", ""), ("many:2", "B", ""), ("many:3", None, "E005"),
        ("one", TEXT, ""),
    ]
    assert docs[-1].published == "2021-12-30"


# --------------------------------------------------------------------------- folders


def test_folder_walk_order_formats_and_stubs(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Khối B", encoding="utf-8")
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress("Khối A".encode("utf-8")))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "sub" / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("skip me", encoding="utf-8")
    stubs = list(iter_sources([tmp_path]))
    assert [(s.doc_id, s.kind, s.loaded) for s in stubs] == [
        ("a", "txt", False), ("b", "txt", False), ("c", "html", False),
    ]
    loaded = [load_source(s) for s in stubs]
    assert [d.text[:6] for d in loaded] == ["Khối A", "Khối B", "Tổng k"]
    assert [d.doc_id for d in iter_documents(tmp_path)] == ["a", "b", "c"]


def test_explicit_file_with_any_suffix_and_exclude(tmp_path: Path) -> None:
    (tmp_path / "article.dat").write_text("Khối thi đua", encoding="utf-8")
    (tmp_path / "out.jsonl").write_text("", encoding="utf-8")
    assert [d.text for d in iter_documents(tmp_path / "article.dat")] == ["Khối thi đua"]
    assert list(iter_sources([tmp_path], exclude=[tmp_path / "out.jsonl"])) == []


def test_missing_path_raises_e010(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="^E010"):
        list(iter_documents(tmp_path / "nope"))


def test_load_source_keeps_loaded_docs() -> None:
    doc = SourceDoc("x", "", text="Khối")
    assert load_source(doc) is doc
