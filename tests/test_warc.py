"""Web archives as batch input, and the `source` provenance in every output format."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from khoi_extract.batch import errors_path, main
from khoi_extract.reading import iter_documents
from khoi_extract.schema import ArticleRecord
from khoi_extract.writers import iter_jsonl_rows
from warcs import write_crawl

BODY = ("Ngày 10/01/2022, tại Sở Tư pháp tỉnh {n}, Khối thi đua số {n} tổ chức hội nghị tổng kết công tác "
        "thi đua, khen thưởng năm 2021. Hội nghị đã bầu Thanh tra tỉnh {n} làm đơn vị Trưởng khối năm 2022.")
ARTICLES = {f"https://baotinh.vn/tin/khoi-{n}.html": (f"Khối thi đua số {n} tổng kết năm 2021", BODY.format(n=n))
            for n in (1, 2)}


@pytest.fixture()
def crawl(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    folder = tmp_path / "crawls"
    folder.mkdir()
    return folder, write_crawl(folder / "crawl.warc.gz", ARTICLES)


def test_batch_takes_the_html_pages_of_a_warc_and_nothing_else(crawl: tuple[Path, dict[str, str]],
                                                               tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    folder, ids = crawl
    out = tmp_path / "out.jsonl"
    assert main([str(folder), "-o", str(out), "--workers", "1"]) == 0
    # warcinfo, 3 requests, redirect, 404, image, CSS, second capture
    assert "crawl.warc.gz: 2 page(s) taken, 9 other record(s) passed over" in capsys.readouterr().err
    rows = list(iter_jsonl_rows(out))
    assert [r["doc_id"] for r in rows] == list(ARTICLES)  # no redirect, 404, image, CSS, second capture
    assert list(iter_jsonl_rows(errors_path(out))) == []
    for row, url in zip(rows, ARTICLES):
        assert row["source"] == {"path": str(folder / "crawl.warc.gz"), "url": url, "warc_record_id": ids[url]}
        rec = ArticleRecord.model_validate(row)
        assert rec.title == ARTICLES[url][0] and rec.published.isoformat() == "2022-01-12"
        assert rec.events[0].bloc.name == f"Khối thi đua số {url[-6]}"
        assert all(row["text"][s.start:s.end] == s.text for s in rec.spans)  # spans index the carried text
        assert "Đăng nhập" not in row["text"]  # boilerplate gone


def test_uncompressed_warc_and_library_reading(tmp_path: Path) -> None:
    ids = write_crawl(tmp_path / "crawl.warc", ARTICLES, gzip=False)
    docs = list(iter_documents(tmp_path / "crawl.warc"))
    assert [(d.doc_id, d.url, d.warc_record_id, d.error) for d in docs] \
        == [(u, u, ids[u], None) for u in ARTICLES]
    assert all(d.is_html and d.raw is None and BODY[:20] in d.text for d in docs)


def test_provenance_in_csv_parquet_and_duckdb(crawl: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    folder, ids = crawl
    (folder / "plain.txt").write_text("Khối thi đua số 9 tổng kết năm 2021\n\n" + BODY.format(n=9), encoding="utf-8")
    expected = [(str(folder / "crawl.warc.gz"), u, ids[u]) for u in ARTICLES] + [(str(folder / "plain.txt"), None, None)]
    for suffix in (".csv", ".parquet", ".duckdb"):
        out = tmp_path / f"out{suffix}"
        assert main([str(folder), "-o", str(out), "--workers", "1", "-q"]) == 0
        if suffix == ".csv":
            with open(out, encoding="utf-8-sig", newline="") as fh:
                got = [(r["source_path"], r["source_url"] or None, r["source_warc_record_id"] or None)
                       for r in csv.DictReader(fh)]
        elif suffix == ".parquet":
            got = [(s["path"], s["url"], s["warc_record_id"]) for s in pq.read_table(out).column("source").to_pylist()]
        else:
            con = duckdb.connect(str(out), read_only=True)
            got = con.execute("SELECT source_path, source_url, source_warc_record_id FROM articles").fetchall()
            con.close()
        assert got == expected, suffix


def test_a_broken_archive_costs_only_what_follows_the_break(tmp_path: Path,
                                                            capfd: pytest.CaptureFixture[str]) -> None:
    first, second = list(ARTICLES.items())
    write_crawl(tmp_path / "a.warc.gz", dict([first]))
    write_crawl(tmp_path / "b.warc.gz", dict([second]))
    damaged = (tmp_path / "a.warc.gz").read_bytes() + b"\x1f\x8b\x08\x00" + bytes(40) + (tmp_path / "b.warc.gz").read_bytes()
    (tmp_path / "a.warc.gz").unlink()
    (tmp_path / "b.warc.gz").unlink()
    (tmp_path / "crawl.warc.gz").write_bytes(damaged)  # a download damaged in the middle
    (tmp_path / "junk.warc").write_bytes(b"<html>saved under the wrong name</html>\n")
    (tmp_path / "ok.txt").write_text("Khối thi đua số 9 tổng kết năm 2021\n\n" + BODY.format(n=9), encoding="utf-8")
    out = tmp_path / "out" / "out.jsonl"
    assert main([str(tmp_path), "-o", str(out), "--workers", "1", "-q"]) == 1
    assert [r["doc_id"] for r in iter_jsonl_rows(out)] == [first[0], "ok"]
    errors = {Path(e["path"]).name: e["error"] for e in iter_jsonl_rows(errors_path(out))}
    assert sorted(errors) == ["crawl.warc.gz", "junk.warc"]
    assert errors["crawl.warc.gz"].startswith("E015: web archive cannot be read after record ")
    assert "not a web archive" in errors["junk.warc"]
    assert capfd.readouterr().err == ""  # -q: the errors file says it all


def test_report_links_archived_pages_to_their_show_pages(crawl: tuple[Path, dict[str, str]],
                                                       tmp_path: Path) -> None:
    folder, _ = crawl
    out = tmp_path / "out.duckdb"
    assert main([str(folder), "-o", str(out), "--workers", "1", "-q"]) == 0
    from khoi_extract.cli import main as cli_main

    page = tmp_path / "site" / "index.html"
    assert cli_main(["report", str(out), "-o", str(page), "--pages", str(tmp_path / "site" / "p")]) == 0
    shown = sorted(p.name for p in (tmp_path / "site" / "p").iterdir())
    assert shown == sorted(u.replace("/", "_") + ".html" for u in ARTICLES)
    assert json.loads((tmp_path / "site" / "index.html").read_text(encoding="utf-8")
                      .split('id="report-data">')[1].split("</script>")[0])["docs"][0][7] == 1
