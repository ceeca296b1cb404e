"""The HTML views: `show` (spans over one article) and `report` (corpus page).

Pages are checked structurally with lxml: which marks exist and what they
carry, what the text reads once the labels are removed, which links and
scripts the page has. One test opens both pages in headless Chromium.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khoi_extract.cli import main
from khoi_extract.reading import read_text_file
from khoi_extract.schema import ArticleRecord, Span
from khoi_extract.views import render_record_html, render_report_html
from khoi_extract.views.marks import layout
from khoi_extract.views.report import build_corpus, load_records, write_pages

# The five seed articles and their gold ship in the repository (corpus/dev, gold/).
ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "dev"
GOLD_SEEDS = ROOT / "gold"
SEED_001 = SEEDS / "001_449af902bc5a6a8f.txt"
CHROMIUM = next((p for p in (shutil.which("chromium"), "/usr/bin/chromium") if p and os.path.exists(p)),
                None)
needs_seeds = pytest.mark.skipif(not SEED_001.exists(), reason="seed articles not available")


def span_of(text: str, field: str, needle: str, nth: int = 0) -> Span:
    """The span of the `nth` occurrence of `needle` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(field=field, start=start, end=start + len(needle), text=needle)


def seed_record() -> tuple[ArticleRecord, str]:
    """Seed 001's gold record with hand-placed spans: same-range, nested,
    crossing, and three spans that cannot be grounded (indices 9, 10, 11)."""
    text = read_text_file(SEED_001)
    data = json.loads((GOLD_SEEDS / SEED_001.with_suffix(".json").name).read_text(encoding="utf-8"))
    chieu = text.index("Chiều 27/12")
    spans = [
        span_of(text, "title", "Các cơ quan Tỉnh ủy đẩy mạnh các phong trào thi đua"),       # 0
        span_of(text, "events[0].date", "Chiều 27/12"),                                     # 1
        span_of(text, "events[0].bloc", "Khối thi đua Các cơ quan Tỉnh ủy"),                # 2
        span_of(text, "events[0].roles[0]",
                "Ủy ban Kiểm tra Tỉnh ủy là đơn vị Trưởng Khối thi đua"),                   # 3
        span_of(text, "events[0].roles[0].org", "Ủy ban Kiểm tra Tỉnh ủy"),                 # 4 nested in 3
        span_of(text, "events[0].members[0]", "Ủy ban Kiểm tra Tỉnh ủy"),                   # 5 same range as 4
        span_of(text, "events[0].awards[0]", "khen thưởng 9 tập thể, 9 cá nhân", 0),        # 6
        span_of(text, "events[0].awards[1]", "9 cá nhân điển hình"),                        # 7 crosses 6
        span_of(text, "events[0].period", "năm 2021"),                                      # 8
        Span(field="events[0].venue", start=10**6, end=10**6 + 4, text="Huế"),             # 9 out of range
        Span(field="author", start=chieu, end=chieu + 11, text="Sáng 27/12"),               # 10 mismatch
        Span(field="events[0].kind", start=chieu, end=chieu, text=""),                      # 11 empty
    ]
    data["spans"] = [s.model_dump() for s in spans]
    return ArticleRecord.model_validate(data), text


def doc_text(tree: lxml.html.HtmlElement) -> str:
    """The article text as displayed, without the mark labels."""
    doc = tree.get_element_by_id("text")
    parts: list[str] = []

    def walk(el: lxml.html.HtmlElement) -> None:
        if el.text:
            parts.append(el.text)
        for child in el:
            if "lbl" not in (child.get("class") or "").split():
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(doc)
    return "".join(parts)


def marks(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return tree.xpath('//div[@id="text"]//mark')


def external_refs(tree: lxml.html.HtmlElement) -> list[str]:
    """src/href/xmlns values or CSS urls that would make the page load something."""
    found = [v for v in tree.xpath("//@src | //@href | //@action")
             if v.strip().lower().startswith(("http:", "https:", "//", "ftp:"))]
    for style in tree.xpath("//style/text()"):
        if "url(" in style or "@import" in style:
            found.append(style[:80])
    return found


# --- show ----------------------------------------------------------------------

@needs_seeds
def test_every_grounded_span_is_highlighted_exactly_once() -> None:
    rec, text = seed_record()
    tree = lxml.html.fromstring(render_record_html(rec, text))
    heads: dict[int, int] = {}
    anywhere: set[int] = set()
    for m in marks(tree):
        ids = {int(i) for i in m.get("data-spans").split()}
        anywhere |= ids
        if m.get("id"):
            for i in ids:
                heads[i] = heads.get(i, 0) + 1
    assert heads == {i: 1 for i in range(9)}
    assert anywhere == set(range(9))
    # 4 and 5 share one mark, whose label names both fields
    shared = tree.get_element_by_id("m4")
    assert shared.get("data-spans") == "4 5"
    assert shared.xpath('./span[@class="lbl"]')[0].text_content() == "roles[0].org · members[0]"
    # 4/5 are drawn inside 3; 7 crosses 6 and is cut into two pieces
    assert tree.get_element_by_id("m3").xpath('.//mark[@id="m4"]')
    pieces = [m for m in marks(tree) if m.get("data-spans") == "7"]
    assert [("cont" in m.get("class")) for m in pieces] == [False, True]
    assert "".join(p.text for p in pieces) == "9 cá nhân điển hình"
    assert doc_text(tree) == text


@needs_seeds
def test_ungrounded_spans_are_listed_with_their_reason() -> None:
    rec, text = seed_record()
    tree = lxml.html.fromstring(render_record_html(rec, text))
    rows = tree.xpath('//section[@id="ungrounded"]//tbody/tr')
    assert [int(r.get("data-span")) for r in rows] == [9, 10, 11]
    reasons = [r.xpath("./td")[-1].text_content() for r in rows]
    assert reasons[0].startswith("out of range")
    assert reasons[1] == "text differs from the source at this range"
    assert reasons[2] == "empty or reversed range"
    assert rows[1].xpath("./td")[4].text_content() == "Chiều 27/12"  # <q>: quotes come from CSS
    warnings = [li.text_content() for li in tree.xpath('//section[contains(@class,"warnings")]//li')]
    assert warnings[0].startswith("W401: 3 span(s) could not be placed")


@needs_seeds
def test_legend_table_and_warnings_sit_where_expected() -> None:
    rec, text = seed_record()
    rec.warnings.append("W202: events[0].date 2021-12-27 is after published 2021-12-01")
    page = render_record_html(rec, text)
    tree = lxml.html.fromstring(page)
    legend = {li.xpath('.//span[contains(@class,"chip")]')[0].text: int(li.xpath('.//span[@class="n"]')[0].text)
              for li in tree.xpath('//section[contains(@class,"legend")]//li')}
    assert legend == {"Title / metadata": 1, "Date": 1, "Bloc": 1, "Roles": 2, "Members": 1,
                      "Awards": 2, "Documents": 0, "People": 0, "Venue": 0, "Campaigns": 0,
                      "Period / kind": 1}
    assert page.index("W202: events[0].date") < page.index('id="text"')
    # record table: the leader row links to both marks that ground it
    row = [tr for tr in tree.xpath('//table[@class="rec"]//tr')
           if tr.xpath('./td[1]') and tr.xpath('./td[1]')[0].text_content() == "roles[0]"][0]
    assert [a.get("href") for a in row.xpath(".//a")] == ["#m3", "#m4"]
    # values whose only spans are ungrounded (author, kind) or that have none are flagged
    flagged = {tr.xpath("./td[1]")[0].text_content(): tr.xpath("./td[3]")[0].text_content()
               for tr in tree.xpath('//tr[@class="nospan"]')}
    assert flagged == {"author": "ungrounded", "kind": "ungrounded", "member_count": "no span",
                       "awards[2]": "no span", "awards[3]": "no span"}


def test_article_markup_is_escaped_and_no_script_runs() -> None:
    text = "Tin <script>alert(1)</script> và <img src=x onerror=alert(2)> Khối thi đua số 6 họp."
    rec = ArticleRecord(
        doc_id="xss", title='<b onmouseover="alert(3)">T</b>',
        spans=[span_of(text, "title", "<script>alert(1)</script>"),
               span_of(text, 'events[0].bloc" onclick="alert(4)', "Khối thi đua số 6")])
    page = render_record_html(rec, text)
    tree = lxml.html.fromstring(page)
    assert tree.xpath("//script") == []
    assert tree.xpath("//img") == [] and tree.xpath("//b") == []
    assert not tree.xpath("//@onclick | //@onerror | //@onmouseover")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert doc_text(tree) == text
    assert external_refs(tree) == []


def test_layout_on_plain_cases() -> None:
    text = "Khối thi đua số 6 họp ngày 20/7."
    spans = [span_of(text, "events[0].bloc", "Khối thi đua số 6"),
             span_of(text, "events[0].bloc", "số 6"),
             span_of(text, "events[0].date", "ngày 20/7")]
    lay = layout(text, spans)
    assert lay.mark_id == {0: "m0", 1: "m1", 2: "m2"}
    assert lay.nested == {1} and lay.crossing == set() and lay.ungrounded == []
    assert lay.html.count("<mark") == 3


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[Span]]:
    text = draw(st.text(alphabet="ab <&>\"đ\n", min_size=1, max_size=40))
    spans = []
    for k in range(draw(st.integers(0, 8))):
        start = draw(st.integers(-2, len(text) + 2))
        end = draw(st.integers(-2, len(text) + 2))
        piece = text[start:end] if 0 <= start <= len(text) and 0 <= end <= len(text) else "x"
        if draw(st.booleans()):
            piece += "?"  # a span whose text does not match
        spans.append(Span(field=f"events[0].members[{k}]", start=start, end=end, text=piece))
    return text, spans


@settings(max_examples=200, deadline=None)
@given(text_and_spans())
def test_layout_keeps_text_and_marks_each_grounded_span_once(case: tuple[str, list[Span]]) -> None:
    text, spans = case
    lay = layout(text, spans)
    tree = lxml.html.fromstring(f'<div id="text">{lay.html}</div>')
    grounded = {i for i, s in enumerate(spans)
                if 0 <= s.start < s.end <= len(text) and text[s.start:s.end] == s.text}
    heads = [int(i) for m in tree.xpath("//mark[@id]") for i in m.get("data-spans").split()]
    assert sorted(heads) == sorted(grounded)
    assert {u.index for u in lay.ungrounded} == set(range(len(spans))) - grounded
    assert doc_text(tree) == text
    # each span's pieces, read in order, give exactly its text
    for i in grounded:
        pieces = [m for m in tree.xpath("//mark") if str(i) in m.get("data-spans").split()]
        assert "".join(doc_text_of(m) for m in pieces) == spans[i].text


def doc_text_of(mark: lxml.html.HtmlElement) -> str:
    """Text of one mark without labels (of it or of marks nested in it)."""
    parts = [mark.text or ""]
    for child in mark:
        if "lbl" not in (child.get("class") or "").split():
            parts.append(doc_text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


# --- show command ----------------------------------------------------------------

@needs_seeds
def test_show_command_with_record_and_text(tmp_path: Path) -> None:
    rec, _ = seed_record()
    rec_path = tmp_path / "rec.json"
    rec_path.write_text(json.dumps(rec.to_json(), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "page.html"
    assert main(["show", "--record", str(rec_path), "--text", str(SEED_001), "-o", str(out)]) == 0
    tree = lxml.html.parse(str(out)).getroot()
    assert len({m.get("id") for m in marks(tree) if m.get("id")}) == 8  # 9 spans, 4 and 5 share


@needs_seeds
def test_show_command_extracts_a_text_file(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    assert main(["show", str(SEED_001), "-o", str(out)]) == 0
    tree = lxml.html.parse(str(out)).getroot()
    assert doc_text(tree) == read_text_file(SEED_001)
    assert tree.xpath('//section[contains(@class,"legend")]')


def test_show_command_picks_the_record_from_a_jsonl(tmp_path: Path) -> None:
    text = "Khối thi đua số 6 họp."
    rows = [ArticleRecord(doc_id="one"),
            ArticleRecord(doc_id="two", spans=[span_of(text, "events[0].bloc", "Khối thi đua số 6")])]
    src = tmp_path / "out.jsonl"
    src.write_text("\n".join(json.dumps(r.to_json()) for r in rows) + "\n", encoding="utf-8")
    txt = tmp_path / "two.txt"
    txt.write_text(text, encoding="utf-8")
    out = tmp_path / "two.html"
    assert main(["show", "--record", str(src), "--text", str(txt), "-o", str(out)]) == 0
    tree = lxml.html.parse(str(out)).getroot()
    assert tree.xpath("//code")[0].text == "two"
    assert [m.get("title") for m in marks(tree)] == ["events[0].bloc"]
    assert main(["show", "--record", str(src), "--text", str(txt), "--id", "one", "-o", str(out)]) == 0
    assert lxml.html.parse(str(out)).getroot().xpath("//code")[0].text == "one"


def test_show_command_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rec = tmp_path / "rec.json"
    rec.write_text('{"doc_id": "a"}', encoding="utf-8")
    assert main(["show", "--record", str(rec)]) == 2
    assert "E401" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    txt = tmp_path / "a.txt"
    txt.write_text("Khối thi đua", encoding="utf-8")
    assert main(["show", "--record", str(bad), "--text", str(txt)]) == 2
    assert "E403" in capsys.readouterr().err


# --- report ----------------------------------------------------------------------

def _rec(doc_id: str, bloc: str, leader: str, vice: str, year: int = 2021) -> ArticleRecord:
    return ArticleRecord.model_validate({
        "doc_id": doc_id, "title": f"Tổng kết {bloc}", "province": "Vĩnh Phúc",
        "events": [{"kind": "tong_ket", "date": f"{year}-12-28", "period": {"year": year, "months": 12},
                    "bloc": {"name": bloc, "number": None},
                    "roles": [{"role": "leader", "org": leader, "year": year},
                              {"role": "vice_leader", "org": vice, "year": year}],
                    "awards": [{"kind": "co_thi_dua", "level": "chinh_phu", "status": "proposed"},
                               {"kind": "bang_khen", "level": "tinh", "status": "proposed"},
                               {"kind": "khen_thuong", "status": "conferred", "count": 9}]}],
    })


def disagreeing_records() -> list[ArticleRecord]:
    """Three reports on one bloc-year: a and c agree (leniently), b names another leader."""
    return [
        _rec("a", "Khối thi đua Nội chính", "Cục Thi hành án dân sự tỉnh", "Thanh tra tỉnh"),
        _rec("b", "Khối Thi đua các cơ quan Nội chính", "Thanh tra tỉnh Vĩnh Phúc", "Thanh tra tỉnh"),
        _rec("c", "Khối thi đua Nội chính", "Cục THADS tỉnh Vĩnh Phúc", "Thanh tra Tỉnh"),
    ]


def table_data(tree: lxml.html.HtmlElement) -> dict:
    """The events/articles data that report.js draws its tables from."""
    return json.loads(tree.get_element_by_id("report-data").text)


def test_report_flags_a_leader_contradiction() -> None:
    tree = lxml.html.fromstring(render_report_html(disagreeing_records()))
    rows = tree.xpath('//table[@class="timeline"]/tbody/tr')
    assert [r.get("data-bloc") for r in rows] == ["Khối Thi đua các cơ quan Nội chính"]
    conflicts = tree.xpath('//li[@class="contradiction"]')
    assert [(li.get("data-year"), li.get("data-role"), li.get("data-scope")) for li in conflicts] \
        == [("2021", "leader", "corpus")]
    assert [a.text for a in conflicts[0].xpath(".//a")] == ["a", "c", "b"]
    assert "“Cục Thi hành án dân sự tỉnh” (a, c) ≠ “Thanh tra tỉnh Vĩnh Phúc” (b)" \
        in conflicts[0].text_content()
    cell = rows[0].xpath('.//div[@data-year="2021"]')[0]
    assert "conflict" in cell.get("class")
    assert len(cell.xpath('.//div[contains(@class,"claim leader")]')) == 2
    assert len(cell.xpath('.//div[contains(@class,"claim vice_leader")]')) == 1
    tiles = {t.xpath("./span")[0].text: t.xpath("./b")[0].text for t in tree.xpath('//div[@class="tiles"]/div')}
    assert tiles["contradictions"] == "1" and tiles["blocs"] == "1" and tiles["events"] == "3"


def test_report_marks_a_contradiction_inside_one_article() -> None:
    rec = _rec("both", "Khối thi đua số 3", "Sở Y tế", "Sở Tư pháp")
    rec.events[0].roles.append(rec.events[0].roles[0].model_copy(update={"org": "Công ty Xổ số kiến thiết"}))
    tree = lxml.html.fromstring(render_report_html([rec]))
    conflicts = tree.xpath('//li[@class="contradiction"]')
    assert [(li.get("data-role"), li.get("data-scope")) for li in conflicts] == [("leader", "article")]
    assert conflicts[0].text_content().endswith("(within one article)")


def test_report_links_anchor_or_show_pages() -> None:
    recs = disagreeing_records()
    tree = lxml.html.fromstring(render_report_html(recs))
    hrefs = {a.get("href") for a in tree.xpath('//li[@class="contradiction"]//a')}
    assert hrefs == {"#doc-a", "#doc-b", "#doc-c"}
    data = table_data(tree)  # report.js gives each article row the id doc-<doc_id>
    assert {"#doc-" + data["strings"][d[0]] for d in data["docs"]} == hrefs
    tree = lxml.html.fromstring(render_report_html(recs, pages="pages"))
    hrefs = {a.get("href") for a in tree.xpath('//li[@class="contradiction"]//a')}
    assert hrefs == {"pages/a.html", "pages/b.html", "pages/c.html"}


def test_report_charts_counts_and_filter() -> None:
    recs = disagreeing_records() + [_rec("d", "Khối thi đua Văn hóa - Xã hội", "Sở Giáo dục và Đào tạo",
                                         "Sở Y tế", year=2022)]
    page = render_report_html(recs)
    tree = lxml.html.fromstring(page)
    charts = tree.xpath("//svg")
    assert len(charts) == 2
    bars = sorted(t.text for t in charts[0].xpath(".//rect/title"))
    assert bars == ["2021 · Government: 3", "2021 · Province: 3", "2022 · Government: 1",
                    "2022 · Province: 1"]
    kind_card = [c for c in tree.xpath('//div[contains(@class,"counts")]') if c.xpath("./h3")[0].text == "Kind"][0]
    assert [[td.text_content() for td in tr.xpath("./td")[:3]] for tr in kind_card.xpath(".//tbody/tr")] \
        == [["tong_ket", "4", "4"]]
    data = table_data(tree)
    strings = data["strings"]
    assert len(data["events"]) == 4
    assert [strings[e[3]] for e in data["events"]] == ["Vĩnh Phúc"] * 4
    assert strings[data["events"][3][6]] == "Sở Giáo dục và Đào tạo (2022)"
    assert len(tree.xpath("//script[not(@type)]")) == 1 and tree.xpath('//input[@id="q"]')
    assert external_refs(tree) == []


def test_report_on_gold_seeds_has_no_contradiction(tmp_path: Path) -> None:
    for seed in GOLD_SEEDS.glob("00[0-4]_*.json"):
        shutil.copy(seed, tmp_path / seed.name)
    loaded = load_records([tmp_path])
    assert len(loaded.records) == 5 and loaded.problems == []
    corpus = build_corpus(loaded.records)
    assert len(corpus.blocs.groups) == 5
    assert not any(c.contradicts for cell in corpus.timeline.values() for c in cell.values())


def test_load_records_reports_bad_lines_and_keeps_carried_texts(tmp_path: Path) -> None:
    good = {"doc_id": "h1", "events": [], "text": "Khối thi đua số 1"}
    lines = [json.dumps(good), "{broken", json.dumps({"doc_id": "x", "error": "E001: binary"}),
             json.dumps({"title": "no doc id"}), ""]
    src = tmp_path / "out.jsonl"
    src.write_text("\n".join(lines), encoding="utf-8")
    loaded = load_records([src])
    assert [r.doc_id for r in loaded.records] == ["h1"]
    assert [p.split(":")[1] for p in loaded.problems] == ["2", "3", "4"]
    assert loaded.texts == {"h1": "Khối thi đua số 1"}
    assert write_pages(loaded, tmp_path / "pages") == {"h1"}
    assert (tmp_path / "pages" / "h1.html").read_text(encoding="utf-8").count("Khối thi đua số 1") == 1


def test_report_command_writes_pages_and_relative_links(tmp_path: Path) -> None:
    recs = disagreeing_records()
    src = tmp_path / "out.jsonl"
    src.write_text("\n".join(json.dumps(r.to_json(), ensure_ascii=False) for r in recs), encoding="utf-8")
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text("Khối thi đua Nội chính tổng kết.", encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    out = site / "index.html"
    assert main(["report", str(src), "-o", str(out), "--pages", str(site / "pages"),
                 "--texts", str(texts)]) == 0
    assert sorted(p.name for p in (site / "pages").iterdir()) == ["a.html"]
    tree = lxml.html.parse(str(out)).getroot()
    data = table_data(tree)
    assert data["pages"] == "pages" and [d[7] for d in data["docs"]] == [1, 0, 0]  # only a has a page
    assert {a.text: a.get("href") for a in tree.xpath('//li[@class="contradiction"]//a')} \
        == {"a": "pages/a.html", "b": "#doc-b", "c": "#doc-c"}
    assert main(["report", str(src), "--texts", str(texts)]) == 2


# --- in a browser --------------------------------------------------------------

@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary found (apt-get install chromium)")
@needs_seeds
def test_pages_render_in_headless_chromium(tmp_path: Path) -> None:
    rec, text = seed_record()
    pages = {"show": render_record_html(rec, text), "report": render_report_html(disagreeing_records())}
    for name, html_page in pages.items():
        src = tmp_path / f"{name}.html"
        src.write_text(html_page, encoding="utf-8")
        png = tmp_path / f"{name}.png"
        subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / ('profile-' + name)}", f"--screenshot={png}",
             "--window-size=1280,900", src.resolve().as_uri()],
            capture_output=True, timeout=90, check=False)
        data = png.read_bytes() if png.exists() else b""
        assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{name}: no PNG written"
        assert len(data) > 10_000, f"{name}: screenshot suspiciously small ({len(data)} bytes)"


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary found (apt-get install chromium)")
def test_event_filter_script_runs_in_headless_chromium(tmp_path: Path) -> None:
    recs = disagreeing_records() + [_rec("d", "Khối thi đua Văn hóa - Xã hội", "Sở Giáo dục và Đào tạo",
                                         "Sở Y tế", year=2022)]
    src = tmp_path / "report.html"
    src.write_text(render_report_html(recs), encoding="utf-8")
    # ?q= pre-fills the filter box; "van hoa" (no accents) must keep only record d's row
    run = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", src.resolve().as_uri() + "?q=van%20HOA"],
        capture_output=True, timeout=90, check=False, text=True)
    tree = lxml.html.fromstring(run.stdout)
    rows = tree.xpath('//table[@id="events-table"]/tbody/tr')
    assert [r.get("hidden") is None for r in rows] == [False, False, False, True]
    assert tree.get_element_by_id("shown").text == "1"


def test_labels_name_the_event_when_there_are_several() -> None:
    text = "Ngày 20/7 Khối 6 sơ kết; ngày 28/12 Khối 6 tổng kết."
    rec = ArticleRecord.model_validate({
        "doc_id": "two", "events": [{"kind": "so_ket", "date": "2022-07-20"},
                                    {"kind": "tong_ket", "date": "2022-12-28"}],
        "spans": [span_of(text, "events[0].date", "Ngày 20/7").model_dump(),
                  span_of(text, "events[1].date", "ngày 28/12").model_dump()]})
    tree = lxml.html.fromstring(render_record_html(rec, text))
    assert [m.xpath("./span")[0].text for m in marks(tree)] == ["E1 date", "E2 date"]
    assert [s.text for s in tree.xpath('//table[@class="rec"]//tr[@class="sec"]/th')] \
        == ["Article", "Event 1", "Event 2"]
