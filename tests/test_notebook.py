"""For analysts in notebooks: a record shows itself as its evidence page, and `to_frames`
gives the tables of the `.duckdb` output as pandas DataFrames."""
from __future__ import annotations

import gzip
from pathlib import Path

import duckdb
import lxml.html
import pandas as pd
import pytest

from khoi_extract import extract, extract_file, extract_many, to_frames
from khoi_extract.batch import main
from khoi_extract.reading import iter_documents, iter_sources
from khoi_extract.views import render_record_html
from khoi_extract.writers import DUCKDB_KEYS, iter_jsonl_rows
from test_warc import ARTICLES, BODY
from warcs import write_crawl

TEXT = ("Khối thi đua số 4 tổng kết năm 2021\n\n12/01/2022\n\nNgày 10/01/2022, tại Sở Y tế, Khối thi đua số 4 "
        "tổ chức hội nghị tổng kết năm 2021, đề nghị Chính phủ tặng Cờ thi đua cho Sở Y tế và bầu Sở Tư pháp "
        "làm đơn vị Trưởng khối năm 2022.")


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt.gz").write_bytes(gzip.compress(TEXT.replace("số 4", "số 5").encode("utf-16")))
    write_crawl(folder / "crawl.warc.gz", ARTICLES)
    return folder


def test_a_record_shows_itself_as_its_evidence_page(inputs: Path) -> None:
    records = {r.doc_id: r for r in extract_many(iter_sources([inputs]), workers=1)}
    for doc_id, text in (("a", TEXT), ("b", TEXT.replace("số 4", "số 5"))):
        frame = lxml.html.fromstring(records[doc_id]._repr_html_())
        assert frame.tag == "iframe"  # the page's CSS stays out of the notebook's
        assert frame.get("srcdoc") == render_record_html(records[doc_id], text)
    # an archived page: its text is found again in the archive by the WARC record id
    url = next(iter(ARTICLES))
    page_text = next(d.text for d in iter_documents(inputs / "crawl.warc.gz") if d.doc_id == url)
    assert BODY.format(n=1) in page_text
    srcdoc = lxml.html.fromstring(records[url]._repr_html_()).get("srcdoc")
    assert srcdoc == render_record_html(records[url], page_text)


def test_a_record_of_extract_file_names_its_file_and_shows_its_page(tmp_path: Path) -> None:
    txt = tmp_path / "a.txt"
    txt.write_text(TEXT, encoding="utf-8")
    rec = extract_file(txt)
    assert rec.model_dump(mode="json")["source"] == {"path": str(txt), "url": None, "warc_record_id": None}
    assert lxml.html.fromstring(rec._repr_html_()).get("srcdoc") == render_record_html(rec, TEXT)
    # an archived page read alone: its URL and record id, as batch gives them
    crawl = tmp_path / "one.warc.gz"
    ids = write_crawl(crawl, dict([next(iter(ARTICLES.items()))]))
    page = extract_file(crawl)
    batch_row = next(r for r in extract_many(iter_sources([crawl]), workers=1))
    assert page.source == batch_row.source and page.source.url == next(iter(ARTICLES))
    assert page.source.warc_record_id == ids[page.source.url]
    assert extract(TEXT).source is None  # a text has no file to point back to


def test_a_record_without_source_lists_the_words_each_value_came_from() -> None:
    rec = extract(TEXT, doc_id="t1")
    table = lxml.html.fromstring(rec._repr_html_())
    rows = [[td.text_content() for td in tr.xpath("./td")] for tr in table.xpath(".//tbody/tr")]
    assert len(rows) == len(rec.spans) > 3
    assert ["events[0].bloc.name", "Khối thi đua số 4"] in [r[:2] for r in rows]
    assert all(TEXT[int(a):int(b)] == text for _, text, span in rows for a, b in [span.split("–")])


def test_to_frames_are_the_duckdb_tables(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "out.duckdb"
    assert main([str(inputs), "-o", str(db), "--workers", "1", "-q"]) == 0
    jsonl = tmp_path / "out.jsonl"
    assert main([str(inputs), "-o", str(jsonl), "--workers", "1", "-q"]) == 0
    rows = list(iter_jsonl_rows(jsonl))
    frames = to_frames(rows)
    con = duckdb.connect(str(db), read_only=True)
    tables = [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
              if t != "records"]
    assert sorted(frames) == sorted(tables)
    for name, frame in frames.items():
        expected = con.execute(f"SELECT * FROM {name} ORDER BY {', '.join(DUCKDB_KEYS[name])}").df()
        pd.testing.assert_frame_equal(frame, expected, obj=name)
    con.close()
    assert len(frames["articles"]) == 4 and frames["articles"]["text"].notna().sum() == 2  # the archived pages
    # records work as well as rows (no text column values then: ArticleRecord does not keep it)
    from_records = to_frames(extract_many(iter_sources([inputs]), workers=1))
    pd.testing.assert_frame_equal(from_records["roles"], frames["roles"])
    assert from_records["articles"]["text"].isna().all()
