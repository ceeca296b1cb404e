"""Issue 12, "nothing lost, nothing guessed": each failing input of the report, and a
property test that perturbs the real articles in corpus/dev.

Assertions are about behaviour that holds for any correct extractor: a record comes
out for every input, the rest of a record survives a dropped value, spans stay
grounded, errors are numbered lines, and usage mistakes exit with status 2.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import socket
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khoi_extract import batch, extract
from khoi_extract.batch import errors_path, main
from khoi_extract.errors import KhoiError, UsageError
from khoi_extract.reading import (
    MAX_BYTES, SourceDoc, decode, html_to_doc, is_batch_output, iter_sources, load_source,
)
from khoi_extract.schema import ArticleRecord
from khoi_extract.writers import iter_jsonl_rows

DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev"
SEED = DEV / "000_24e531d7a02767a5.txt"          # Khối thi đua Nội chính, reviewed 10/01/2022
MID_YEAR = DEV / "002_39dee39a508378cb.txt"      # "6 tháng đầu năm 2022", "08 cơ quan, đơn vị thành viên"
DEV_TEXTS = sorted(DEV.glob("*.txt"))


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def grounded(rec: ArticleRecord, text: str) -> bool:
    return all(text[s.start:s.end] == s.text for s in rec.spans)


def without(data: dict, *paths: str) -> dict:
    """A record dump without the given top-level keys (to compare the rest)."""
    return {k: v for k, v in data.items() if k not in paths}


def run(argv: list[str]) -> int:
    return main([*argv, "-q"])


# --------------------------------------------------------------------------- 1. a bad value costs only itself


def test_period_of_24_months_is_null_with_a_cited_warning_and_the_rest_stays() -> None:
    text = read(MID_YEAR)
    perturbed = text.replace("6 tháng", "24 tháng")
    base, rec = extract(text), extract(perturbed)
    assert rec.events and rec.events[0].period is not None
    assert rec.events[0].period.months is None and rec.events[0].period.year == base.events[0].period.year
    [warning] = [w for w in rec.warnings if w.startswith("W211")]
    assert warning.startswith("W211: events[0].period.months 24 outside 1..12; set to null (from events[0].period ")
    start, end = map(int, re.search(r"source\[(\d+):(\d+)\]", warning).groups())
    assert perturbed[start:end].startswith("24 tháng")
    # everything but the months is what the unperturbed article gives
    assert rec.events[0].model_dump(exclude={"period"}) == base.events[0].model_dump(exclude={"period"})
    assert (rec.title, rec.published, rec.province) == (base.title, base.published, base.province)
    assert grounded(rec, perturbed)


@pytest.mark.parametrize("path, old, new, code, field", [
    (SEED, "Ngày 10/01/2022", "Ngày 10/01/3022", "W201", "events[0].date"),
    (SEED, "\n12/01/2022\n", "\n12/01/3022\n", "W210", "published"),
])
def test_implausible_values_become_null_with_their_span(path: Path, old: str, new: str, code: str,
                                                        field: str) -> None:
    text = read(path)
    assert old in text
    perturbed = text.replace(old, new, 1)
    rec = extract(perturbed)
    [warning] = [w for w in rec.warnings if w.startswith(code)]
    assert warning.startswith(f"{code}: {field} ") and "; set to null (from " in warning
    start, end = map(int, re.search(r"source\[(\d+):(\d+)\]", warning).groups())
    assert new.strip().split(" ")[-1].split(",")[0] in perturbed[start:end] or new.strip() in perturbed[start:end]
    assert not any(s.field == field for s in rec.spans)  # a null value keeps no evidence span
    value = rec.model_dump(mode="json")
    for part in field.replace("[", ".").replace("]", "").split("."):
        value = value[int(part)] if part.isdigit() else value[part]
    assert value is None
    assert rec.events and grounded(rec, perturbed)


@pytest.mark.parametrize("path, old, new, field", [
    (MID_YEAR, "08 cơ quan, đơn vị thành viên", "987654 cơ quan, đơn vị thành viên", "member_count"),
    (SEED, "Bằng khen cho 02 đơn vị", "Bằng khen cho 987654 đơn vị", "awards"),
])
def test_a_count_of_987654_costs_only_the_count(path: Path, old: str, new: str, field: str) -> None:
    text = read(path)
    assert old in text
    base, rec = extract(text), extract(text.replace(old, new, 1))
    before, after = base.events[0].model_dump(), rec.events[0].model_dump()
    if field == "member_count":
        assert (before["member_count"], after["member_count"]) == (8, None)
    else:
        assert [a["count"] for a in before["awards"]][-1] == 2 and [a["count"] for a in after["awards"]][-1] is None
        for award in before["awards"] + after["awards"]:
            award.pop("count")
    before.pop("member_count"), after.pop("member_count")
    assert after == before


@pytest.mark.parametrize("event, warning", [
    ({"member_count": 987654, "members": ["A"]}, "W208: events[0].member_count 987654 over 1000; set to null"),
    ({"awards": [{"kind": "bang_khen", "count": 987654}]},
     "W208: events[0].awards[0].count 987654 over 1000; set to null"),
    ({"documents": [{"type": "quyet_dinh", "number": "1/QĐ", "date": "3022-03-22"}]},
     "W209: events[0].documents[0].date 3022-03-22 outside 1945..2100; set to null"),
])
def test_schema_nulls_implausible_counts_and_dates(event: dict, warning: str) -> None:
    rec = ArticleRecord.model_validate({"doc_id": "d", "events": [{"kind": "tong_ket", **event}]})
    assert rec.warnings == [warning]
    dumped = rec.events[0].model_dump(mode="json")
    assert dumped["member_count"] is None and all(a["count"] is None for a in dumped["awards"])
    assert all(d["date"] is None and d["number"] == "1/QĐ" for d in dumped["documents"])
    assert dumped["kind"] == "tong_ket" and dumped["members"] == event.get("members", [])


def test_schema_nulls_out_of_range_months_instead_of_rejecting_the_record() -> None:
    rec = ArticleRecord.model_validate({"doc_id": "d", "title": "T", "events": [
        {"kind": "so_ket", "period": {"year": 2022, "months": 24}, "members": ["A"]}]})
    assert rec.events[0].period.model_dump() == {"year": 2022, "months": None}
    assert (rec.title, rec.events[0].kind, rec.events[0].members) == ("T", "so_ket", ["A"])
    assert rec.warnings == ["W211: events[0].period.months 24 outside 1..12; set to null"]


def test_perturbed_articles_in_a_batch_are_records_not_errors(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "months.txt").write_text(read(MID_YEAR).replace("6 tháng", "24 tháng"), encoding="utf-8")
    (src / "year.txt").write_text(read(SEED).replace("2022", "3022"), encoding="utf-8")
    (src / "day.txt").write_text(read(SEED).replace("10/01/2022", "45/13/2022"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run([str(src), "-o", str(out), "--workers", "1"]) == 0
    rows = list(iter_jsonl_rows(out))
    assert [r["doc_id"] for r in rows] == ["day", "months", "year"]
    assert all(r["events"] for r in rows)
    assert list(iter_jsonl_rows(errors_path(out))) == []


# Perturbations of real texts: numbers, dates, years, counts, truncation.
_NUMBER = re.compile(r"\d+")
_DATE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@st.composite
def perturbed_texts(draw: st.DrawFn) -> str:
    text = read(draw(st.sampled_from(DEV_TEXTS)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["number", "date", "year", "count", "truncate"]))
        if kind == "truncate":
            text = text[:draw(st.integers(0, len(text)))]
            continue
        pattern = {"number": _NUMBER, "count": _NUMBER, "date": _DATE, "year": _YEAR}[kind]
        found = list(pattern.finditer(text))
        if not found:
            continue
        m = draw(st.sampled_from(found))
        if kind == "date":
            new = f"{draw(st.integers(0, 99))}/{draw(st.integers(0, 99))}/{draw(st.integers(0, 9999))}"
        elif kind == "year":
            new = str(draw(st.integers(0, 99999)))
        elif kind == "count":
            new = str(draw(st.sampled_from([0, 13, 24, 45, 1000, 1001, 987654, 10**12])))
        else:
            new = str(draw(st.integers(0, 10**9)))
        text = text[:m.start()] + new + text[m.end():]
    return text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(perturbed_texts())
def test_every_perturbed_real_article_yields_a_grounded_record(text: str) -> None:
    rec = extract(text, doc_id="p")
    assert isinstance(rec, ArticleRecord) and rec.doc_id == "p"
    assert grounded(rec, text)
    # what went out round-trips through the contract
    again = ArticleRecord.model_validate(rec.model_dump(mode="json"))
    assert again.model_dump(mode="json") == rec.model_dump(mode="json")


# --------------------------------------------------------------------------- 2. one long JSONL line


def test_one_huge_jsonl_line_is_one_error_read_in_bounded_memory(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    huge = 12 * MAX_BYTES  # 60 MB of text on one line; the gzip file is tiny
    with gzip.open(src / "dump.jsonl.gz", "wb", compresslevel=1) as fh:
        fh.write(json.dumps({"id": "ok1", "text": read(SEED)}, ensure_ascii=False).encode() + b"\n")
        big_line = b'{"id": "big", "text": "' + b"a" * huge + b'"}\n'
        fh.write(big_line)
        fh.write(json.dumps({"id": "ok2", "text": read(MID_YEAR)}, ensure_ascii=False).encode() + b"\n")
    (src / "z.txt").write_text(read(SEED), encoding="utf-8")
    assert (src / "dump.jsonl.gz").stat().st_size < 1_000_000

    tracemalloc.start()
    try:
        docs = list(iter_sources([src]))
        total = batch._count_documents([str(src)], [])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 3 * MAX_BYTES, peak  # never the whole line (60 MB) at once
    assert [d.doc_id for d in docs] == ["ok1", "dump:2", "ok2", "z"] and total == 4
    assert docs[1].error == f"E003: line 2 is {len(big_line)} bytes, over the {MAX_BYTES}-byte limit"

    out = tmp_path / "out.jsonl"
    assert run([str(src), "-o", str(out), "--workers", "1"]) == 1
    assert [r["doc_id"] for r in iter_jsonl_rows(out)] == ["ok1", "ok2", "z"]
    assert [e["doc_id"] for e in iter_jsonl_rows(errors_path(out))] == ["dump:2"]


# --------------------------------------------------------------------------- 3. no guessed publication date

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Khối thi đua Nội chính tổng kết năm 2021</title>
{meta}</head><body><nav>Trang chủ | Tin tức</nav><article>
<h1>Khối thi đua Nội chính tổng kết công tác thi đua năm 2021</h1>
<p>Thực hiện Quyết định số 45/QĐ-UBND ngày 22/3/2022 của UBND tỉnh, sáng 10/01, tại Cục Thi hành án Dân sự
tỉnh, Khối thi đua Nội chính tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2021.</p>
<p>Hội nghị đã suy tôn Cục Thi hành án Dân sự tỉnh đề nghị Chính phủ tặng Cờ thi đua và bầu Thanh tra
tỉnh làm đơn vị Trưởng khối năm 2022.</p></article><footer>Bản quyền</footer></body></html>"""


def test_html_without_date_metadata_gets_no_guessed_publication_date() -> None:
    import trafilatura

    html = PAGE.format(meta="")
    guess = trafilatura.bare_extraction(html, with_metadata=True).as_dict().get("date")
    doc = html_to_doc(html, SourceDoc("p", "p.html", kind="html"))
    assert doc.error is None and doc.published is None
    assert "22/03/2022" not in doc.text.split("\n\n")[1]  # no date line synthesized under the headline
    rec = extract(doc.text, doc_id="p", published=doc.published)
    assert rec.published is None and not any(s.field == "published" for s in rec.spans)
    assert guess is None or guess == "2022-03-22"  # what trafilatura would have written (its body guess)


@pytest.mark.parametrize("meta", [
    '<meta property="article:published_time" content="2022-01-12T08:00:00+07:00">',
    '<meta itemprop="datePublished" content="2022-01-12">',
    '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
    '[{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2022-01-12T08:00:00+07:00"}]}</script>',
])
def test_html_publication_date_stated_in_markup_is_used(meta: str) -> None:
    doc = html_to_doc(PAGE.format(meta=meta), SourceDoc("p", "p.html", kind="html"))
    assert doc.published == "2022-01-12"
    assert doc.text.split("\n\n")[1] == "12/01/2022"


# --------------------------------------------------------------------------- 4. unreadable folders


def test_a_folder_that_cannot_be_read_is_an_error_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in"
    (src / "locked").mkdir(parents=True)
    (src / "locked" / "hidden.txt").write_text(read(SEED), encoding="utf-8")
    (src / "a.txt").write_text(read(SEED), encoding="utf-8")
    (src / "open").mkdir()
    (src / "open" / "b.txt").write_text(read(MID_YEAR), encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: object = "."):  # chmod 000 does not stop root: refuse the way the kernel would
        if Path(os.fspath(path)).name == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out.jsonl"
    assert run([str(src), "-o", str(out), "--workers", "1"]) == 1
    assert [r["doc_id"] for r in iter_jsonl_rows(out)] == ["a", "b"]
    [err] = list(iter_jsonl_rows(errors_path(out)))
    assert err["path"] == str(src / "locked") and err["error"].startswith("E009: cannot read ")
    assert "Permission denied" in err["error"]
    assert batch._count_documents([str(src)], []) == 3


def test_an_input_path_that_cannot_be_examined_is_an_error_line(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(read(SEED), encoding="utf-8")
    target = tmp_path / "secret" / "x.txt"
    real_stat = os.stat

    def stat(path: object, *args: object, **kwargs: object):
        if "secret" in os.fspath(path):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    out = tmp_path / "out.jsonl"
    assert run([str(tmp_path / "a.txt"), str(target), "-o", str(out), "--workers", "1"]) == 1
    assert [r["doc_id"] for r in iter_jsonl_rows(out)] == ["a"]
    [err] = list(iter_jsonl_rows(errors_path(out)))
    assert err["path"] == str(target) and err["error"].startswith("E009")


# --------------------------------------------------------------------------- 5. stray bytes


def test_a_few_bad_bytes_in_utf8_are_replaced_with_a_warning_and_honest_offsets(tmp_path: Path) -> None:
    text = read(SEED)
    data = text.encode("utf-8")
    cut1, cut2 = data.index("Khối thi đua Nội chính".encode()), data.index("Thanh tra tỉnh".encode())
    bad = data[:cut1] + b"\xff" + data[cut1:cut2] + b"\xc3\x28"[:1] + data[cut2:]
    decoded = decode(bad)
    char1 = len(data[:cut1].decode())
    char2 = len(data[:cut2].decode()) + 1
    assert decoded.text == text[:char1] + "\ufffd" + text[char1:char2 - 1] + "\ufffd" + text[char2 - 1:]
    assert decoded.warnings == (f"W003: 2 byte(s) of the input are not valid UTF-8 and were read as U+FFFD: "
                                f"characters {char1}, {char2} (bytes {cut1}, {cut2 + 1})",)

    (tmp_path / "a.txt").write_bytes(bad)
    out = tmp_path / "out.jsonl"
    assert run([str(tmp_path / "a.txt"), "-o", str(out), "--workers", "1"]) == 0
    [row] = list(iter_jsonl_rows(out))
    assert row["warnings"][0] == decoded.warnings[0]
    assert row["events"] and all(decoded.text[s["start"]:s["end"]] == s["text"] for s in row["spans"])


def test_stray_byte_after_a_utf8_byte_order_mark_is_counted_in_input_bytes() -> None:
    data = read(SEED).encode("utf-8")
    decoded = decode(b"\xef\xbb\xbf" + data[:50] + b"\xff" + data[50:])
    char = len(data[:50].decode())
    assert decoded.text[char] == "\ufffd" and decoded.text[:char] + decoded.text[char + 1:] == read(SEED)
    assert decoded.warnings[0].endswith(f"characters {char} (bytes {3 + 50})")


def test_undecodable_bytes_name_the_utf8_failure_too() -> None:
    from khoi_extract.errors import ReadError

    noise = bytes(range(0x80, 0x100)) * 4 + "Khối".encode()
    with pytest.raises(ReadError, match=r"^E00[12]"):
        decode(noise.replace(b"\x81", b"\x80"))
    # cp1258 has holes: a byte it does not map, in text that is not UTF-8 either
    with pytest.raises(ReadError, match=r"^E002: input is neither UTF-8 \(.*\) nor Windows-1258"):
        decode("Tổng kết".encode("utf-8")[:3] + b"\xe0 \xec\xdd \x8a\x8d")


# --------------------------------------------------------------------------- 6. outputs are not inputs


def test_earlier_outputs_in_the_input_folder_are_not_read_as_articles(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(read(SEED), encoding="utf-8")
    (src / "b.html").write_text(PAGE.format(meta=""), encoding="utf-8")
    assert run([str(src), "-o", str(src / "out.jsonl"), "--workers", "1"]) == 0
    (src / "bad.txt").write_bytes(b"")  # an error, so that an errors file exists too
    assert run([str(src), "-o", str(src / "out.csv"), "--workers", "1"]) == 1
    assert run([str(src), "-o", str(src / "other.jsonl"), "--workers", "1"]) == 1
    assert [r["doc_id"] for r in iter_jsonl_rows(src / "other.jsonl")] == ["a", "b"]
    assert [e["doc_id"] for e in iter_jsonl_rows(errors_path(src / "other.jsonl"))] == ["bad"]
    assert is_batch_output(src / "out.jsonl") and is_batch_output(errors_path(src / "out.csv"))
    assert not is_batch_output(src / "a.txt")


def test_a_folder_url_is_walked_without_earlier_or_current_outputs(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(read(SEED), encoding="utf-8")
    (src / "bad.txt").write_bytes(b"")
    url = src.as_uri()
    assert run([url, "-o", str(src / "out.jsonl"), "--workers", "1"]) == 1  # its own output, read as it grows
    assert run([url, "-o", str(src / "other.jsonl"), "--workers", "1"]) == 1  # the earlier output and errors
    for out in ("out.jsonl", "other.jsonl"):
        assert [r["doc_id"] for r in iter_jsonl_rows(src / out)] == ["a"]
        assert [e["doc_id"] for e in iter_jsonl_rows(errors_path(src / out))] == ["bad"]
    assert is_batch_output(f"{url}/out.jsonl") and not is_batch_output(f"{url}/a.txt")


def test_each_output_has_its_own_errors_file(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(read(SEED), encoding="utf-8")
    (src / "bad.txt").write_bytes(b"\x00\x01\x02" * 50)
    outs = [tmp_path / "out.jsonl", tmp_path / "out.csv", tmp_path / "out.duckdb"]
    for out in outs:
        assert run([str(src), "-o", str(out), "--workers", "1"]) == 1
    assert [errors_path(o).name for o in outs] == ["out.jsonl.errors.jsonl", "out.csv.errors.jsonl",
                                                   "out.duckdb.errors.jsonl"]
    for out in outs:
        assert [e["doc_id"] for e in iter_jsonl_rows(errors_path(out))] == ["bad"]


# --------------------------------------------------------------------------- 7. usage errors


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("extra, code", [
    (["--timeout", "-1"], "E066"),
    (["--timeout", "nan"], "E066"),
    (["--scheduler", "tcp://127.0.0.1:8786"], "E068"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:PORT"], "E067"),
])
def test_bad_arguments_are_usage_errors_that_leave_no_files(tmp_path: Path, capsys: pytest.CaptureFixture,
                                                            monkeypatch: pytest.MonkeyPatch, extra: list[str],
                                                            code: str) -> None:
    monkeypatch.setattr(batch, "SCHEDULER_TIMEOUT", 2.0)
    extra = [a.replace("PORT", str(_free_port())) for a in extra]
    (tmp_path / "a.txt").write_text(read(SEED), encoding="utf-8")
    out = tmp_path / "o" / "out.jsonl"
    assert run([str(tmp_path / "a.txt"), "-o", str(out), *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"khoi-extract batch: {code}: ") and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists() and not errors_path(out).exists()


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
def test_an_output_that_cannot_be_written_is_not_called_a_resume_problem(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "a.txt").write_text(read(SEED), encoding="utf-8")
    assert run([str(tmp_path / "a.txt"), "-o", "/proc/x.jsonl"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("khoi-extract batch: E065: cannot write the output /proc/x.jsonl") and "resume" not in err


def test_extract_arguments_get_clear_numbered_errors() -> None:
    with pytest.raises(UsageError, match=r"^E014: published must be an ISO date .* not 'x'$"):
        extract("Khối thi đua", published="x")
    with pytest.raises(ValueError):  # still a ValueError for callers that catch that
        extract("Khối thi đua", published="12/01/2022")
    with pytest.raises(TypeError, match=r"^E013: extract\(\) needs the article text as str, not NoneType$"):
        extract(None)  # type: ignore[arg-type]
    with pytest.raises(KhoiError):
        extract(None)  # type: ignore[arg-type]
    assert extract("Khối thi đua", published="2022-01-12").published.isoformat() == "2022-01-12"
    records = list(batch.extract_many(["Khối thi đua số 1", None], workers=1))  # type: ignore[list-item]
    assert [r.doc_id for r in records] == ["doc0", "doc1"]
    assert records[1].warnings == ["E013: extract_many() needs article texts as str, not NoneType"]


# --------------------------------------------------------------------------- 8. long runs: fresh workers


def test_local_pool_is_renewed_without_losing_or_reordering_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    renewals = []
    real_renew = batch._LocalPool.renew

    def renew(self: batch._LocalPool) -> None:
        renewals.append(self.executor)
        real_renew(self)

    monkeypatch.setattr(batch, "CHUNKS_PER_POOL", 2)
    monkeypatch.setattr(batch._LocalPool, "renew", renew)
    texts = [read(p)[:600] for p in DEV_TEXTS[:5]]  # openings: the test is about the pool, not the text
    docs = [SourceDoc(f"d{i}", "", text=texts[i % len(texts)], kind="text") for i in range(10)]
    outcomes = list(batch.run_engine(docs, workers=2, chunksize=1))
    assert [o.doc_id for o in outcomes] == [f"d{i}" for i in range(10)]
    # 10 chunks, renewed after every 4 submitted: twice, each time a different pool
    assert len(renewals) == 2 and renewals[0] is not renewals[1]
    expected = [extract(texts[i % len(texts)], doc_id=f"d{i}").model_dump(mode="json") for i in range(10)]
    assert [o.row for o in outcomes] == expected


def test_stub_documents_carry_reading_warnings_into_the_record(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(read(SEED).encode("utf-8").replace("Khối".encode(), b"Kh\xffi", 1))
    doc = load_source(SourceDoc("a", str(path)))
    assert doc.error is None and doc.warnings and doc.warnings[0].startswith("W003: 1 byte(s)")
    outcome = batch.process_doc(doc)
    assert outcome.row is not None and outcome.row["warnings"][0] == doc.warnings[0]
    from khoi_extract import extract_file

    assert extract_file(path).warnings[0] == doc.warnings[0]


def test_local_pool_is_renewed_soon_after_a_large_document(monkeypatch: pytest.MonkeyPatch) -> None:
    renewals: list[int] = []
    real_renew = batch._LocalPool.renew
    monkeypatch.setattr(batch._LocalPool, "renew", lambda self: (renewals.append(len(renewals)), real_renew(self)))
    monkeypatch.setattr(batch, "LARGE_TEXT", 1_000)
    monkeypatch.setattr(batch, "MIN_CHUNKS_PER_POOL", 1)
    short = read(SEED)[:300]
    texts = [short] * 3 + [read(SEED)[:1_500]] + [short] * 8  # one "large" document, fourth
    docs = [SourceDoc(f"d{i}", "", text=t, kind="text") for i, t in enumerate(texts)]
    outcomes = list(batch.run_engine(docs, workers=2, chunksize=1))
    assert [o.doc_id for o in outcomes] == [f"d{i}" for i in range(12)] and all(o.row for o in outcomes)
    assert outcomes[3].size == 1_500 and all(o.size == 300 for i, o in enumerate(outcomes) if i != 3)
    assert len(renewals) == 1  # once after the large one, not again for the short ones
