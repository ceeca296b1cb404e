"""Output formats: exact CSV rows, Parquet round trip, DuckDB tables and the documented queries."""
from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import pytest

from khoi_extract.schema import ArticleRecord
from khoi_extract.writers import (
    JsonlSink, OutputFormatError, convert, iter_jsonl_rows, output_format, read_rows, truncate_partial_line,
    write_rows,
)


def _record(doc_id: str, province: str | None, bloc: str, year: int, leader: str, next_leader: str,
            flags: int | None, members: list[str]) -> dict:
    return ArticleRecord.model_validate({
        "doc_id": doc_id, "title": f"Tổng kết {bloc} năm {year}", "published": f"{year + 1}-01-12",
        "author": "CTV", "province": province,
        "events": [{
            "kind": "tong_ket", "date": f"{year + 1}-01-10", "period": {"year": year, "months": 12},
            "venue": leader, "bloc": {"name": bloc, "number": None},
            "roles": [{"role": "leader", "org": leader, "year": year},
                      {"role": "leader", "org": next_leader, "year": year + 1},
                      {"role": "vice_leader", "org": members[-1], "year": year + 1}],
            "members": members, "member_count": len(members),
            "awards": [{"kind": "co_thi_dua", "level": "chinh_phu", "recipient_type": "don_vi", "count": flags,
                        "status": "proposed"},
                       {"kind": "bang_khen", "level": "tinh", "recipient_type": "tap_the", "count": 2,
                        "status": "conferred"}],
            "documents": [{"type": "huong_dan", "number": "21/HD-HĐTĐKT", "date": "2019-12-04",
                           "issuer": "Hội đồng Thi đua, khen thưởng tỉnh"}],
            "people": [{"name": "Nguyễn Văn A", "title": "Phó Chủ tịch UBND tỉnh"}, {"name": "Trần B", "title": None}],
            "campaigns": ["Thi đua lập thành tích"],
        }],
        "spans": [{"field": "title", "start": 0, "end": 8, "text": "Tổng kết"}],
    }).model_dump(mode="json")


ROWS = [
    _record("vp1", "Vĩnh Phúc", "Khối thi đua Nội chính", 2021, "Cục Thi hành án Dân sự tỉnh",
            "Thanh tra tỉnh", 1, ["Cục Thi hành án Dân sự tỉnh", "Thanh tra tỉnh", "Sở Tư pháp"]),
    _record("vp2", "Vĩnh Phúc", "Khối thi đua Nội chính", 2022, "Thanh tra tỉnh", "Sở Tư pháp", None,
            ["Thanh tra tỉnh", "Sở Tư pháp"]),
    _record("hn1", "Hà Nam", "Khối Thi đua Tổng hợp", 2021, "Văn phòng UBND tỉnh", "Sở Tài chính", 2,
            ["Văn phòng UBND tỉnh", "Sở Tài chính"]),
    ArticleRecord(doc_id="none", warnings=["W201: x"]).model_dump(mode="json"),
]
ROWS[2]["text"] = "Tổng kết …"  # an HTML input carries its extracted text

LEADERS_SQL = """
SELECT a.province, e.bloc_name, r.year, string_agg(DISTINCT r.org, '; ' ORDER BY r.org) AS leader
FROM roles r
JOIN events e USING (doc_id, event_index)
JOIN articles a USING (doc_id)
WHERE r.role = 'leader'
GROUP BY a.province, e.bloc_name, r.year
ORDER BY a.province, e.bloc_name, r.year
"""
FLAGS_SQL = """
SELECT a.province, sum(coalesce(w.count, 1)) AS government_flags, count(DISTINCT w.doc_id) AS articles
FROM awards w
JOIN articles a USING (doc_id)
WHERE w.kind = 'co_thi_dua' AND w.level = 'chinh_phu' AND w.status = 'proposed'
GROUP BY a.province
ORDER BY government_flags DESC, a.province
"""


def test_output_format_by_suffix() -> None:
    assert [output_format(p) for p in ("a.jsonl", "b.CSV", "c.parquet", "d.duckdb")] == [
        "jsonl", "csv", "parquet", "duckdb"]
    with pytest.raises(OutputFormatError, match="^E060"):
        output_format("out.xlsx")


def test_csv_one_row_per_event_lists_joined(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    assert write_rows(ROWS, out) == 4
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["doc_id"] for r in rows] == ["vp1", "vp2", "hn1", "none"]
    first = rows[0]
    assert first["event_index"] == "0" and first["kind"] == "tong_ket" and first["date"] == "2022-01-10"
    assert first["period_year"] == "2021" and first["period_months"] == "12"
    assert first["leaders"] == "Cục Thi hành án Dân sự tỉnh (2021) | Thanh tra tỉnh (2022)"
    assert first["vice_leaders"] == "Sở Tư pháp (2022)"
    assert first["members"] == "Cục Thi hành án Dân sự tỉnh | Thanh tra tỉnh | Sở Tư pháp"
    assert first["awards"] == "co_thi_dua/chinh_phu/don_vi x1 (proposed) | bang_khen/tinh/tap_the x2 (conferred)"
    assert first["documents"] == "21/HD-HĐTĐKT (huong_dan, 2019-12-04, Hội đồng Thi đua, khen thưởng tỉnh)"
    assert first["people"] == "Nguyễn Văn A (Phó Chủ tịch UBND tỉnh) | Trần B"
    assert rows[1]["awards"].startswith("co_thi_dua/chinh_phu/don_vi (proposed)")
    empty = rows[3]
    assert empty["doc_id"] == "none" and empty["warnings"] == "W201: x"
    assert all(empty[c] == "" for c in ("event_index", "kind", "date", "leaders", "members", "awards"))


def test_parquet_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "o.parquet"
    assert write_rows(ROWS, out) == 4
    assert list(read_rows(out)) == ROWS


def test_jsonl_round_trip_and_torn_line(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    write_rows(ROWS, out)
    with open(out, "a", encoding="utf-8") as fh:
        fh.write('{"doc_id": "torn", "ti')
    assert [r["doc_id"] for r in iter_jsonl_rows(out)] == ["vp1", "vp2", "hn1", "none"]
    truncate_partial_line(out)
    assert out.read_text(encoding="utf-8").endswith("}\n")
    with JsonlSink(out, append=True) as sink:
        sink.write({"doc_id": "next"})
    assert [r["doc_id"] for r in iter_jsonl_rows(out)] == ["vp1", "vp2", "hn1", "none", "next"]


def test_duckdb_tables_keys_and_queries(tmp_path: Path) -> None:
    out = tmp_path / "o.duckdb"
    journal = tmp_path / "j.jsonl"
    write_rows(ROWS + [ROWS[0]], journal)  # a duplicate doc_id in a journal is dropped on conversion
    assert convert(journal, out) == 4
    con = duckdb.connect(str(out), read_only=True)
    try:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (
            "records", "articles", "events", "roles", "members", "awards", "documents", "people",
            "campaigns", "spans")}
        assert counts == {"records": 4, "articles": 4, "events": 3, "roles": 9, "members": 7, "awards": 6,
                          "documents": 3, "people": 6, "campaigns": 3, "spans": 3}
        assert con.execute("SELECT doc_id, n_events, text FROM articles ORDER BY doc_id").fetchall() == [
            ("hn1", 1, "Tổng kết …"), ("none", 0, None), ("vp1", 1, None), ("vp2", 1, None)]
        assert con.execute(LEADERS_SQL).fetchall() == [
            ("Hà Nam", "Khối Thi đua Tổng hợp", 2021, "Văn phòng UBND tỉnh"),
            ("Hà Nam", "Khối Thi đua Tổng hợp", 2022, "Sở Tài chính"),
            ("Vĩnh Phúc", "Khối thi đua Nội chính", 2021, "Cục Thi hành án Dân sự tỉnh"),
            ("Vĩnh Phúc", "Khối thi đua Nội chính", 2022, "Thanh tra tỉnh"),
            ("Vĩnh Phúc", "Khối thi đua Nội chính", 2023, "Sở Tư pháp"),
        ]
        assert con.execute(FLAGS_SQL).fetchall() == [("Hà Nam", 2, 1), ("Vĩnh Phúc", 2, 2)]
        assert con.execute(
            "SELECT member_index, member FROM members WHERE doc_id = 'vp1' ORDER BY member_index").fetchall() == [
            (0, "Cục Thi hành án Dân sự tỉnh"), (1, "Thanh tra tỉnh"), (2, "Sở Tư pháp")]
        assert con.execute("SELECT type, number, date::VARCHAR, issuer FROM documents WHERE doc_id='hn1'"
                           ).fetchall() == [("huong_dan", "21/HD-HĐTĐKT", "2019-12-04",
                                             "Hội đồng Thi đua, khen thưởng tỉnh")]
    finally:
        con.close()
    with duckdb.connect(str(out)) as con, pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO articles (doc_id) VALUES ('vp1')")
    assert list(read_rows(out)) == ROWS


def test_empty_outputs_are_valid(tmp_path: Path) -> None:
    for name in ("e.csv", "e.parquet", "e.duckdb", "e.jsonl"):
        assert write_rows([], tmp_path / name) == 0
    assert list(read_rows(tmp_path / "e.parquet")) == []
    assert list(read_rows(tmp_path / "e.duckdb")) == []
    assert (tmp_path / "e.csv").read_text(encoding="utf-8-sig").startswith("doc_id,title,published")


def test_read_rows_refuses_csv(tmp_path: Path) -> None:
    with pytest.raises(OutputFormatError, match="^E061"):
        read_rows(tmp_path / "x.csv")


def test_documented_queries_match_docs() -> None:
    """docs/batch.md shows the same two queries that are tested here."""
    doc = (Path(__file__).resolve().parents[1] / "docs" / "batch.md").read_text(encoding="utf-8")
    for sql in (LEADERS_SQL, FLAGS_SQL):
        assert sql.strip() in doc
