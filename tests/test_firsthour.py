"""A newcomer's first hour: the README's commands and snippet, the help-level promises of
`extract`, `show` and `report`, and a report that stays light on a large corpus."""
from __future__ import annotations

import io
import json
import logging
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import duckdb
import lxml.html
import pytest

from khoi_extract.cli import main
from khoi_extract.reading import html_to_doc, iter_sources, SourceDoc
from khoi_extract.schema import ArticleRecord
from khoi_extract.views import render_report_html
from khoi_extract.views.report import load_records

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
ARTICLE = ("Khối thi đua số 3 tổng kết năm 2021\n\n12/01/2022\n\nNgày 10/01/2022, tại Sở Tư pháp, Khối thi đua "
           "số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2021 và bầu Thanh tra tỉnh làm đơn vị Trưởng "
           "khối năm 2022.")


def cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`khoi-extract ARGS` in a fresh interpreter, as a user's shell runs it."""
    return subprocess.run([sys.executable, "-m", "khoi_extract.cli", *args], input=stdin, capture_output=True,
                          cwd=cwd, env=env, timeout=300)


def code_block(after: str, lang: str) -> str:
    """The first fenced block of `lang` after the heading `after` in the README."""
    start = README.index(after)
    m = re.compile(rf"```{lang}\n(.*?)```", re.S).search(README, start)
    assert m, f"no {lang} block after {after!r}"
    return m.group(1)


def dead_links(page: Path) -> list[str]:
    """Links of a report page (static, and those report.js draws from its data) that lead nowhere."""
    tree = lxml.html.parse(str(page)).getroot()
    data = json.loads(tree.get_element_by_id("report-data").text)
    strings = data["strings"]
    ids = {e.get("id") for e in tree.iter() if e.get("id")}
    ids |= {"doc-" + re.sub(r"[^A-Za-z0-9_.-]", "_", strings[d[0]]) for d in data["docs"]}
    hrefs = [a.get("href") for a in tree.iter("a")]
    hrefs += [f"{data['pages']}/{strings[d[0]]}.html" for d in data["docs"] if d[7]]
    dead = []
    for href in hrefs:
        if href.startswith("#"):
            if href[1:] not in ids:
                dead.append(href)
        elif not (page.parent / href).is_file():
            dead.append(href)
    return dead


# --- the README ---------------------------------------------------------------------------


@pytest.mark.slow
def test_readme_third_command_runs_batch_duckdb_report_on_corpus(tmp_path: Path) -> None:
    line = next(x for x in code_block("## Set up", "sh").splitlines() if "# 3." in x)
    command = line.split("#", 1)[0].strip()
    assert "batch corpus/" in command and ".duckdb" in command and "report" in command
    # a fresh clone's layout: corpus/ and .venv/ beside the outputs the command writes
    (tmp_path / "corpus").symlink_to(ROOT / "corpus")
    (tmp_path / ".venv").symlink_to(Path(sys.prefix))
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" > {opened}\n', encoding="utf-8")
    browser.chmod(0o755)
    env = {**os.environ, "BROWSER": str(browser)}
    run = subprocess.run(["bash", "-c", command], cwd=tmp_path, capture_output=True, text=True, env=env,
                         timeout=600)
    assert run.returncode == 0, run.stderr
    con = duckdb.connect(str(tmp_path / "out" / "corpus.duckdb"), read_only=True)
    ids = [r[0] for r in con.execute("SELECT doc_id FROM articles").fetchall()]
    n_txt = len(list((ROOT / "corpus").rglob("*.txt")))
    assert len(ids) == n_txt and "README" not in ids
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] > 40
    con.close()
    page = tmp_path / "out" / "report.html"
    assert opened.read_text(encoding="utf-8").strip() == page.resolve().as_uri()
    assert dead_links(page) == []
    # every article's text was at hand (its source path), so every article has its show page
    assert len(list((tmp_path / "out" / "pages").glob("*.html"))) == n_txt
    assert "README" not in page.read_text(encoding="utf-8")


@pytest.mark.slow
def test_readme_library_snippet_runs_as_a_script(tmp_path: Path) -> None:
    script = tmp_path / "snippet.py"
    script.write_text(code_block("## Library", "python"), encoding="utf-8")
    run = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0] == "tong_ket 2022-01-10 Khối thi đua Nội chính"
    assert "Traceback" not in run.stderr
    assert "doc_id" in run.stdout and "org" in run.stdout  # the head of the roles frame


def test_unguarded_extract_many_script_gets_one_library_error(tmp_path: Path) -> None:
    script = tmp_path / "unguarded.py"
    script.write_text("from khoi_extract import extract_many\n\n"
                      "records = list(extract_many(['Khối thi đua số 1', 'Khối thi đua số 2'], workers=2))\n"
                      "print(len(records))\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert run.returncode == 1
    assert run.stderr.count("Traceback") == 1  # the script's own, not one per worker
    assert "UnguardedMainError: E055" in run.stderr and 'if __name__ == "__main__":' in run.stderr
    assert f"{script}; its call at line 3" in run.stderr
    assert "--workers" not in run.stderr and run.stdout == ""
    guarded = tmp_path / "guarded.py"
    guarded.write_text("from khoi_extract import extract_many\n\nif __name__ == '__main__':\n"
                       "    print(len(list(extract_many(['Khối thi đua số 1', 'Khối thi đua số 2'], workers=2))))\n",
                       encoding="utf-8")
    run = subprocess.run([sys.executable, str(guarded)], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert (run.returncode, run.stdout.strip()) == (0, "2"), run.stderr


# --- reading --------------------------------------------------------------------------------


def test_a_readme_beside_the_articles_is_not_an_article(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Khối thi đua số 9\n\nnotes", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert [d.doc_id for d in iter_sources([tmp_path])] == ["a"]
    # a file named on the command line is still read, whatever its suffix
    assert [d.doc_id for d in iter_sources([tmp_path / "README.md"])] == ["README"]
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "out.jsonl"), "--workers", "1", "-q"]) == 0


def test_trafilatura_noise_stays_off_the_logs(caplog: pytest.LogCaptureFixture) -> None:
    """Where logging is configured (Dask workers), trafilatura's "discarding data: None" would reach
    stderr; our E008 line already says it."""
    logging.getLogger("trafilatura").setLevel(logging.NOTSET)
    with caplog.at_level(logging.DEBUG):
        doc = html_to_doc("<html></html>", SourceDoc("p", "p.html", kind="html"))
    assert doc.error is not None and doc.error.startswith("E008")
    assert [r.getMessage() for r in caplog.records if r.name.startswith("trafilatura")] == []


# --- extract, --version ----------------------------------------------------------------------


def test_extract_reads_standard_input(monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    def extract_stdin(data: bytes, *args: str) -> int:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        return main(["extract", "-", *args])

    assert extract_stdin(ARTICLE.encode("utf-16"), "--id", "a1") == 0  # decoded as a file would be
    rec = json.loads(capsys.readouterr().out)
    assert rec["doc_id"] == "a1" and rec["events"][0]["bloc"]["name"] == "Khối thi đua số 3"
    assert all(ARTICLE[s["start"]:s["end"]] == s["text"] for s in rec["spans"])
    assert extract_stdin(ARTICLE.encode()) == 0
    assert json.loads(capsys.readouterr().out)["doc_id"] == "stdin"
    assert extract_stdin(b"") == 2
    assert "E004" in capsys.readouterr().err


def test_version_is_the_installed_distribution(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert capsys.readouterr().out.strip() == f"khoi-extract {version}"


# --- show -----------------------------------------------------------------------------------


def _jsonl(path: Path, records: list[ArticleRecord]) -> Path:
    path.write_text("".join(json.dumps(r.model_dump(mode="json"), ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def test_show_and_report_write_into_folders_that_do_not_exist(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    page = tmp_path / "new" / "deeper" / "a.html"
    assert main(["show", str(art), "-o", str(page)]) == 0
    assert "Khối thi đua số 3" in page.read_text(encoding="utf-8")
    src = _jsonl(tmp_path / "out.jsonl", [ArticleRecord(doc_id="a")])
    report = tmp_path / "site" / "index.html"
    assert main(["report", str(src), "-o", str(report)]) == 0
    assert report.is_file()


def test_show_never_shows_another_articles_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    txt = tmp_path / "a.txt"
    txt.write_text(ARTICLE, encoding="utf-8")
    two = _jsonl(tmp_path / "out.jsonl", [ArticleRecord(doc_id="x"), ArticleRecord(doc_id="y")])
    out = tmp_path / "p.html"
    assert main(["show", "--record", str(two), "--id", "nope", "--text", str(txt), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "E406" in err and "'nope'" in err and "x, y" in err and not out.exists()
    # without --id the text's stem must name one of several records
    assert main(["show", "--record", str(two), "--text", str(txt), "-o", str(out)]) == 2
    assert "E406" in capsys.readouterr().err
    # a file holding one record is that article's record, whatever the text file is called
    one = tmp_path / "rec.json"
    one.write_text(json.dumps(ArticleRecord(doc_id="z").model_dump(mode="json")), encoding="utf-8")
    assert main(["show", "--record", str(one), "--text", str(txt), "-o", str(out)]) == 0
    assert main(["show", "--record", str(one), "--id", "other", "--text", str(txt), "-o", str(out)]) == 2


# --- report ---------------------------------------------------------------------------------


def test_report_without_any_record_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "out.jsonl"
    src.write_text('{"doc_id": "a", "error": "E001: binary"}\n{broken\n', encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["report", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "E407" in err and "2 line(s) skipped" in err and not out.exists()


def test_report_finds_texts_in_sub_folders_and_writes_no_dead_link(tmp_path: Path) -> None:
    texts = tmp_path / "corpus"
    (texts / "dev").mkdir(parents=True)
    (texts / "dev" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    batch_out = tmp_path / "out.jsonl"
    assert main(["batch", str(texts), "-o", str(batch_out), "--workers", "1", "-q"]) == 0
    row = json.loads(batch_out.read_text(encoding="utf-8"))
    rows = [dict(row),
            {**row, "doc_id": "b", "text": ARTICLE},   # an HTML input: its text rides in the row
            {**row, "doc_id": "c"}]                    # a JSONL input: no text at hand anywhere
    for r in rows:  # only --texts can find a's text now
        r.pop("source")
    src = tmp_path / "mixed.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    page = tmp_path / "site" / "index.html"
    page.parent.mkdir()
    run = cli("report", str(src), "-o", str(page), "--pages", str(tmp_path / "site" / "pages"),
              "--texts", str(texts), cwd=tmp_path / "site")  # source paths do not resolve from here
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in (tmp_path / "site" / "pages").iterdir()) == ["a.html", "b.html"]
    assert b"wrote 2 show page(s)" in run.stderr and b"the other 1 article(s)" in run.stderr
    assert dead_links(page) == []
    tree = lxml.html.parse(str(page)).getroot()
    data = json.loads(tree.get_element_by_id("report-data").text)
    assert [d[7] for d in data["docs"]] == [1, 1, 0]
    # the record's own source path is enough when it resolves (no --texts)
    out2 = tmp_path / "r2.html"
    assert main(["report", str(batch_out), "-o", str(out2), "--pages", str(tmp_path / "p2")]) == 0
    assert [p.name for p in (tmp_path / "p2").iterdir()] == ["a.html"]


def test_report_reads_a_duckdb_output(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "out.duckdb"
    assert main(["batch", str(tmp_path / "in"), "-o", str(db), "--workers", "1", "-q"]) == 0
    page = tmp_path / "r.html"
    assert main(["report", str(db), "-o", str(page)]) == 0
    tree = lxml.html.parse(str(page)).getroot()
    tiles = {t.xpath("./span")[0].text: t.xpath("./b")[0].text for t in tree.xpath('//div[@class="tiles"]/div')}
    assert tiles["articles"] == "1" and tiles["events"] == "1"


def test_report_loading_can_leave_the_evidence_out(tmp_path: Path) -> None:
    rec = ArticleRecord.model_validate({"doc_id": "h", "spans": [{"field": "title", "start": 0, "end": 4,
                                                                  "text": "Khối"}]})
    src = tmp_path / "out.jsonl"
    src.write_text(json.dumps({**rec.model_dump(mode="json"), "text": "Khối thi đua"}) + "\n", encoding="utf-8")
    full, lean = load_records([src]), load_records([src], evidence=False)
    assert [len(r.spans) for r in full.records] == [1] and full.texts == {"h": "Khối thi đua"}
    assert [len(r.spans) for r in lean.records] == [0] and lean.texts == {}
    assert render_report_html(lean.records) == render_report_html(full.records)


def _many(n: int) -> list[ArticleRecord]:
    """n reports on 40 blocs over 5 years; one bloc-year's leader disputed by hundreds of articles."""
    recs = []
    for i in range(n):
        bloc, year = i % 40, 2019 + (i // 40) % 5
        leader = "Sở Tư pháp tỉnh Vĩnh Phúc" if (i // 200) % 2 else "Công ty Xổ số kiến thiết tỉnh Vĩnh Phúc"
        recs.append(ArticleRecord.model_validate({
            "doc_id": f"bao-vinhphuc-{i:06d}-tong-ket-khoi-thi-dua", "province": "Vĩnh Phúc",
            "title": f"Khối thi đua số {bloc + 1} tổng kết công tác thi đua, khen thưởng năm {year}",
            "published": f"{year + 1}-01-12",
            "events": [{"kind": "tong_ket", "date": f"{year + 1}-01-10", "period": {"year": year, "months": 12},
                        "venue": "Hội trường Ủy ban nhân dân tỉnh", "bloc": {"name": f"Khối thi đua số {bloc + 1}",
                                                                             "number": bloc + 1},
                        "roles": [{"role": "leader", "org": leader if bloc == 0 else f"Sở số {bloc} tỉnh Vĩnh Phúc",
                                   "year": year},
                                  {"role": "vice_leader", "org": "Thanh tra tỉnh Vĩnh Phúc", "year": year}],
                        "awards": [{"kind": "co_thi_dua", "level": "chinh_phu"}]}]}))
    return recs


def test_report_stays_light_and_caps_link_walls_at_10k_records() -> None:
    html_page = render_report_html(_many(10_000))
    assert len(html_page.encode("utf-8")) < 3_000_000
    tree = lxml.html.fromstring(html_page)
    conflicts = tree.xpath('//li[@class="contradiction"]')
    assert len(conflicts) == 5  # bloc 1, each of the five years
    for li in conflicts:
        assert len(li.xpath(".//a")) == 6  # three articles per side
        assert re.findall(r"and (\d+) more", li.text_content()) == ["22", "22"]  # 25 articles a side
    claims = tree.xpath('//div[contains(@class,"claim")]')
    assert claims and all(len(c.xpath(".//a")) <= 3 for c in claims)
    data = json.loads(tree.get_element_by_id("report-data").text)
    assert len(data["docs"]) == 10_000 and len(data["events"]) == 10_000
