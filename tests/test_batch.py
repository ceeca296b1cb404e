"""`khoi-extract batch` and `extract_many`: formats, order, resume, error isolation, engines.

Assertions hold for any correct extractor: doc_ids, order, counts, error
lines, that every row validates as an ArticleRecord, and that the flat
outputs agree with the JSONL records of the same inputs.
"""
from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import duckdb
import pytest

import khoi_extract.pipeline as pipeline
from khoi_extract.batch import errors_path, extract_many, journal_path, main
from khoi_extract.errors import KhoiError
from khoi_extract.reading import SourceDoc, iter_documents
from khoi_extract.schema import ArticleRecord
from khoi_extract.writers import iter_jsonl_rows, read_rows

ARTICLE = (
    "Khối thi đua {name} tổng kết công tác thi đua năm 2021\n\n12/01/2022\n\n"
    "Ngày 10/01/2022, tại {venue}, Khối thi đua {name} tổ chức hội nghị tổng kết công tác thi đua, "
    "khen thưởng năm 2021. Hội nghị đã suy tôn {venue} đề nghị Chính phủ tặng Cờ thi đua và bầu "
    "{next} làm đơn vị Trưởng khối năm 2022.\n\nCTV"
)


def article(i: int) -> str:
    return ARTICLE.format(name=f"số {i}", venue=f"Sở Tư pháp tỉnh {i}", next=f"Thanh tra tỉnh {i}")


def html_page(i: int) -> str:
    return (f"<html><head><title>Tin {i}</title><meta property='article:published_time' content='2022-01-12'>"
            f"</head><body><nav>Trang chủ | Đăng nhập</nav><article><h1>Khối thi đua số {i} tổng kết năm 2021</h1>"
            f"<p>{article(i).split(chr(10))[4]}</p></article><footer>Bản quyền</footer></body></html>")


def write_all_formats(root: Path) -> list[str]:
    """One input of each format; returns the doc_ids in input order."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "a.txt").write_text(article(1), encoding="utf-8")
    (root / "b.txt.gz").write_bytes(gzip.compress(article(2).encode("utf-16")))
    (root / "c.html").write_text(html_page(3), encoding="utf-8")
    (root / "d.json").write_text(json.dumps({"text": article(4), "published": "2022-01-12"}), encoding="utf-8")
    (root / "e.jsonl").write_text(
        "".join(json.dumps({"id": f"e{i}", "text": article(i)}, ensure_ascii=False) + "\n" for i in (5, 6)),
        encoding="utf-8")
    (root / "sub").mkdir(exist_ok=True)
    (root / "sub" / "f.jsonl.gz").write_bytes(gzip.compress(
        (json.dumps({"id": "f7", "text": article(7)}, ensure_ascii=False) + "\n").encode("utf-8")))
    (root / "sub" / "g.htm.gz").write_bytes(gzip.compress(html_page(8).encode("utf-8")))
    (root / "sub" / "h.json.gz").write_bytes(gzip.compress(json.dumps([{"id": "h9", "text": article(9)}]).encode()))
    return ["a", "b", "c", "d", "e5", "e6", "f7", "g", "h9"]


def rows_of(path: Path) -> list[dict]:
    return list(iter_jsonl_rows(path))


def ids_of(path: Path) -> list[str]:
    return [r["doc_id"] for r in rows_of(path)]


def errors_of(out: Path) -> list[dict]:
    return rows_of(errors_path(out))


# --------------------------------------------------------------------------- inputs


def test_every_input_format_to_jsonl(tmp_path: Path) -> None:
    expected = write_all_formats(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    assert main([str(tmp_path / "in"), "-o", str(out), "--workers", "1", "-q"]) == 0
    rows = rows_of(out)
    assert [r["doc_id"] for r in rows] == expected
    assert errors_of(out) == []
    for row in rows:
        assert ArticleRecord.model_validate(row).doc_id == row["doc_id"]
    html_text = {d.doc_id: d.text for d in iter_documents(tmp_path / "in") if d.is_html}
    assert {r["doc_id"]: r["text"] for r in rows if "text" in r} == html_text
    assert set(html_text) == {"c", "g"}
    assert html_text["c"].startswith("Khối thi đua số 3 tổng kết năm 2021\n\n12/01/2022\n\nNgày 10/01/2022")
    for row in rows:  # spans point into the text the record was extracted from
        source = row.get("text") or next(d.text for d in iter_documents(tmp_path / "in") if d.doc_id == row["doc_id"])
        for span in row["spans"]:
            assert source[span["start"]:span["end"]] == span["text"]


# --------------------------------------------------------------------------- outputs


def test_every_output_format_agrees_with_jsonl(tmp_path: Path) -> None:
    write_all_formats(tmp_path / "in")
    base = tmp_path / "out.jsonl"
    assert main([str(tmp_path / "in"), "-o", str(base), "--workers", "1", "-q"]) == 0
    rows = rows_of(base)
    ids = [r["doc_id"] for r in rows]
    for suffix in ("csv", "parquet", "duckdb"):
        out = tmp_path / f"out.{suffix}"
        assert main([str(tmp_path / "in"), "-o", str(out), "--workers", "1", "-q"]) == 0
        assert not journal_path(out).exists()
        if suffix == "parquet":
            assert list(read_rows(out)) == rows
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as fh:
        csv_rows = list(csv.DictReader(fh))
    assert [r["doc_id"] for r in csv_rows] == [r["doc_id"] for r in rows for _ in range(max(1, len(r["events"])))]
    with duckdb.connect(str(tmp_path / "out.duckdb"), read_only=True) as con:
        assert [x[0] for x in con.execute("SELECT doc_id FROM articles").fetchall()] == ids
        for table, field in (("events", None), ("roles", "roles"), ("members", "members"),
                             ("awards", "awards"), ("documents", "documents"), ("people", "people")):
            n = sum(len(r["events"]) if field is None else sum(len(e[field]) for e in r["events"]) for r in rows)
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n, table
        assert con.execute("SELECT count(*) FROM articles WHERE text IS NOT NULL").fetchone()[0] == 2
    assert list(read_rows(tmp_path / "out.duckdb")) == rows


def test_output_inside_input_folder_is_not_read_back(tmp_path: Path) -> None:
    src = tmp_path / "in"
    write_all_formats(src)
    out = src / "out.jsonl"
    assert main([str(src), "-o", str(out), "--workers", "1", "-q"]) == 0
    assert main([str(src), "-o", str(out), "--workers", "1", "-q"]) == 0
    assert len(ids_of(out)) == 9 and errors_of(out) == []


# --------------------------------------------------------------------------- order and engines


def _many(root: Path, n: int) -> list[str]:
    root.mkdir(parents=True, exist_ok=True)
    with open(root / "m.jsonl", "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"m{i:02d}", "text": article(i)}, ensure_ascii=False) + "\n")
    (root / "z.txt").write_text(article(99), encoding="utf-8")
    (root / "zz.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    return [f"m{i:02d}" for i in range(n)] + ["z"]


def test_workers_keep_input_order(tmp_path: Path) -> None:
    expected = _many(tmp_path / "in", 24)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main([str(tmp_path / "in"), "-o", str(one), "--workers", "1", "-q"]) == 1
    assert main([str(tmp_path / "in"), "-o", str(two), "--workers", "2", "--chunksize", "1", "-q"]) == 1
    assert ids_of(two) == expected
    assert two.read_text(encoding="utf-8") == one.read_text(encoding="utf-8")
    assert errors_of(two) == errors_of(one) == [
        {"path": str(tmp_path / "in" / "zz.txt"), "doc_id": "zz",
         "error": "E001: input looks binary (NUL bytes) and is not recognisable UTF-16 text"}]


@pytest.mark.dask
def test_dask_local_cluster_matches_local_engine(tmp_path: Path) -> None:
    expected = _many(tmp_path / "in", 10)
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert main([str(tmp_path / "in"), "-o", str(local), "--workers", "1", "-q"]) == 1
    assert main([str(tmp_path / "in"), "-o", str(dask), "--engine", "dask", "--workers", "2",
                 "--chunksize", "2", "-q"]) == 1
    assert ids_of(dask) == expected
    assert dask.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")
    assert errors_of(dask) == errors_of(local)


# --------------------------------------------------------------------------- resume


def test_resume_appends_only_new_documents(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"a{i}.txt").write_text(article(i), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(src), "-o", str(out), "--workers", "1", "-q"]) == 0
    first = out.read_text(encoding="utf-8")
    for i in range(3, 5):
        (src / f"a{i}.txt").write_text(article(i), encoding="utf-8")
    with open(out, "a", encoding="utf-8") as fh:  # a run killed in the middle of a line
        fh.write('{"doc_id": "a3", "title": nu')
    assert main([str(src), "-o", str(out), "--workers", "2", "--resume", "-q"]) == 0
    assert ids_of(out) == ["a0", "a1", "a2", "a3", "a4"]
    assert out.read_text(encoding="utf-8").startswith(first)
    assert main([str(src), "-o", str(out), "--workers", "1", "--resume"]) == 0
    assert ids_of(out) == ["a0", "a1", "a2", "a3", "a4"]


def test_resume_retries_failed_documents(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(article(1), encoding="utf-8")
    (src / "b.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    assert main([str(src), "-o", str(out), "--workers", "1", "-q"]) == 1
    assert [e["doc_id"] for e in errors_of(out)] == ["b"]
    (src / "b.txt").write_text(article(2), encoding="utf-8")
    assert main([str(src), "-o", str(out), "--workers", "1", "--resume", "-q"]) == 0
    assert ids_of(out) == ["a", "b"] and errors_of(out) == []


def test_resume_parquet_and_interrupted_duckdb(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(2):
        (src / f"a{i}.txt").write_text(article(i), encoding="utf-8")
    pq = tmp_path / "out.parquet"
    assert main([str(src), "-o", str(pq), "--workers", "1", "-q"]) == 0
    (src / "a2.txt").write_text(article(2), encoding="utf-8")
    assert main([str(src), "-o", str(pq), "--workers", "1", "--resume", "-q"]) == 0
    assert [r["doc_id"] for r in read_rows(pq)] == ["a0", "a1", "a2"]
    # An interrupted .duckdb run leaves its journal; --resume finishes from it.
    db = tmp_path / "out.duckdb"
    journal = journal_path(db)
    journal.write_text(json.dumps(next(iter(read_rows(pq))), ensure_ascii=False) + "\n", encoding="utf-8")
    assert main([str(src), "-o", str(db), "--workers", "1", "--resume", "-q"]) == 0
    assert not journal.exists()
    assert [r["doc_id"] for r in read_rows(db)] == ["a0", "a1", "a2"]


def test_resume_from_finished_csv_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main([str(tmp_path / "a.txt"), "-o", str(out), "--workers", "1", "-q"]) == 0
    assert main([str(tmp_path / "a.txt"), "-o", str(out), "--workers", "1", "--resume", "-q"]) == 2
    assert "E062" in capsys.readouterr().err


# --------------------------------------------------------------------------- errors


def test_bad_files_are_isolated(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"good{i}.txt").write_text(article(i), encoding="utf-8")
    (src / "good1b.txt").write_bytes(bytes(range(256)) * 8)
    (src / "empty.txt").write_bytes(b"")
    (src / "x.jsonl").write_text('{"id": "x1", "text": "Khối thi đua"}\n{oops\n', encoding="utf-8")
    (src / "dup").mkdir()
    (src / "dup" / "good0.txt").write_text(article(5), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(src), "-o", str(out), "--workers", "2", "-q"]) == 1
    assert ids_of(out) == ["good0", "good1", "good2", "x1"]
    assert [(e["doc_id"], e["path"], e["error"][:4]) for e in errors_of(out)] == [
        ("empty", str(src / "empty.txt"), "E004"),
        ("good1b", str(src / "good1b.txt"), "E001"),
        ("x:2", str(src / "x.jsonl"), "E005"),
        ("good0", str(src / "dup" / "good0.txt"), "E011"),  # folder files before sub-folders
    ]


def test_extract_exception_and_timeout_are_recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.extract

    def flaky(text: str, doc_id: str = "doc", published=None) -> ArticleRecord:
        if "BOOM" in text:
            raise RuntimeError("pattern exploded")
        if "SLOW" in text:
            import time
            time.sleep(5)
        return real(text, doc_id=doc_id, published=published)

    monkeypatch.setattr(pipeline, "extract", flaky)
    src = tmp_path / "in"
    src.mkdir()
    (src / "1.txt").write_text(article(1), encoding="utf-8")
    (src / "2.txt").write_text("BOOM " + article(2), encoding="utf-8")
    (src / "3.txt").write_text("SLOW " + article(3), encoding="utf-8")
    (src / "4.txt").write_text(article(4), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(src), "-o", str(out), "--workers", "1", "--timeout", "0.3", "-q"]) == 1
    assert ids_of(out) == ["1", "4"]
    assert errors_of(out) == [
        {"path": str(src / "2.txt"), "doc_id": "2", "error": "E050: extraction failed: RuntimeError: pattern exploded"},
        {"path": str(src / "3.txt"), "doc_id": "3", "error": "E051: extraction took longer than 0.3 s"},
    ]


@pytest.mark.parametrize("argv_tail, code", [
    ([], "E010"),
    (["nowhere"], "E010"),
    (["IN", "-o-suffix"], "E060"),
])
def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture, argv_tail: list[str],
                             code: str) -> None:
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    out = str(tmp_path / ("out.xlsx" if "-o-suffix" in argv_tail else "out.jsonl"))
    argv = [str(tmp_path / "a.txt") if a == "IN" else str(tmp_path / a) for a in argv_tail if a != "-o-suffix"]
    assert main(argv + ["-o", out, "-q"]) == 2
    assert code in capsys.readouterr().err


def test_empty_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "in").mkdir()
    assert main([str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"), "-q"]) == 2
    assert "E012" in capsys.readouterr().err


def test_summary_without_progress_bar_off_terminal(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    out = tmp_path / "o.jsonl"
    assert main([str(tmp_path), "-o", str(out), "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert err == f"khoi-extract batch: 1 extracted, 1 failed (see {errors_path(out)}) → {out}\n"


# --------------------------------------------------------------------------- library


def test_extract_many_texts_and_source_docs() -> None:
    texts = [article(i) for i in range(5)]
    serial = list(extract_many(texts, workers=1))
    assert [r.doc_id for r in serial] == ["doc0", "doc1", "doc2", "doc3", "doc4"]
    assert [r.model_dump() for r in extract_many(texts, workers=2)] == [r.model_dump() for r in serial]
    assert [r.model_dump() for r in serial] == [
        pipeline.extract(t, doc_id=f"doc{i}").model_dump() for i, t in enumerate(texts)]
    docs = [SourceDoc("x1", "x.jsonl", text=texts[0]), SourceDoc("bad", "b.txt", error="E004: input is empty")]
    records = list(extract_many(docs, workers=1))
    assert [r.doc_id for r in records] == ["x1", "bad"]
    assert records[1].events == [] and records[1].warnings == ["E004: input is empty"]
    assert [r.doc_id for r in extract_many(docs, workers=1, on_error="skip")] == ["x1"]
    with pytest.raises(KhoiError, match="^bad: E004"):
        list(extract_many(docs, workers=1, on_error="raise"))


def test_worker_death_costs_only_its_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """A document that kills its worker process (crash, OOM) is E052; the pool is rebuilt and the rest go on."""
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    from khoi_extract import batch

    real = pipeline.extract

    def deadly(text: str, doc_id: str = "doc", published=None) -> ArticleRecord:
        if text.startswith("DIE"):
            os._exit(3)
        return real(text, doc_id=doc_id, published=published)

    monkeypatch.setattr(pipeline, "extract", deadly)
    # fork (not the fork server) so the workers inherit the patched extractor
    monkeypatch.setattr(batch._LocalPool, "_new", lambda self: ProcessPoolExecutor(
        self.workers, mp_context=multiprocessing.get_context("fork")))
    docs = [SourceDoc(f"d{i}", f"d{i}.txt", text=("DIE " if i == 4 else "") + article(i)) for i in range(9)]
    outcomes = list(batch.run_engine(docs, workers=2, chunksize=3))
    assert [o.doc_id for o in outcomes] == [f"d{i}" for i in range(9)]
    assert [i for i, o in enumerate(outcomes) if o.row is None] == [4]
    assert outcomes[4].error == "E052: worker process died (crash or out of memory) while extracting this document"


def test_workers_that_cannot_start_stop_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture) -> None:
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    from khoi_extract import batch

    monkeypatch.setattr(batch._LocalPool, "_new", lambda self: ProcessPoolExecutor(
        self.workers, mp_context=multiprocessing.get_context("fork"), initializer=os._exit, initargs=(1,)))
    for i in range(5):
        (tmp_path / f"a{i}.txt").write_text(article(i), encoding="utf-8")
    assert main([str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "--workers", "2", "-q"]) == 2
    assert "E054: worker processes died 3 times before finishing any document" in capsys.readouterr().err


def test_parallel_run_from_a_script_on_stdin(tmp_path: Path) -> None:
    """A main module that is not a file on disk (python - < script) cannot seed a fork server."""
    import subprocess
    import sys

    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(article(i), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    script = f"from khoi_extract.batch import main\nraise SystemExit(main([{str(tmp_path)!r}, '-o', {str(out)!r}, '--workers', '2', '-q']))\n"
    proc = subprocess.run([sys.executable, "-"], input=script, text=True, capture_output=True, timeout=120)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert ids_of(out) == ["a0", "a1", "a2"]
