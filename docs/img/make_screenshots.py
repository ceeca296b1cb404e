"""Regenerate docs/img/show.png and docs/img/report.png with headless Chromium.

    .venv/bin/python docs/img/make_screenshots.py

`show.png` is seed 004 as the extractor reads it when the extractor finds an
event there; otherwise seed 004's gold record with spans placed by hand.
`report.png` is the report over the extractor's records for corpus/ when it
finds events, else over the gold records in gold/; either way one hand-made
record (doc_id `demo_disagreeing`) that names another leader for the Khối Thi
đua Tổng hợp (Hà Nam) in 2021 is added, so that the page shows how a
contradiction is flagged.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from khoi_extract.pipeline import extract
from khoi_extract.reading import read_text_file
from khoi_extract.schema import ArticleRecord, Span
from khoi_extract.views import render_record_html, render_report_html
from khoi_extract.views.report import load_records

REPO = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
SEED = REPO / "corpus" / "dev" / "004_6317da17bddc4188.txt"

# (field, words, occurrence) for the hand-placed spans of seed 004.
HAND_SPANS = [
    ("title", "Khối Thi đua Tổng hợp tổng kết công tác thi đua, khen thưởng năm 2021, triển khai nhiệm vụ 2022", 0),
    ("events[0].date", "Ngày 28/12/2021", 0),
    ("events[0].venue", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", 0),
    ("events[0].bloc", "Khối Thi đua Tổng hợp", 1),
    ("events[0].kind", "hội nghị tổng kết", 0),
    ("events[0].period", "năm 2021", 1),
    ("events[0].people[0].name", "Nguyễn Anh Chức", 0),
    ("events[0].people[0].title", "Uỷ viên Ban Thường vụ Tỉnh uỷ, Phó Chủ tịch Thường trực UBND tỉnh", 0),
    ("events[0].people[1].name", "Nguyễn Hoàng Sơn", 0),
    ("events[0].people[1].title", "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh", 0),
    ("events[0].roles[0].org", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", 2),
    ("events[0].members[0]", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", 2),
    ("events[0].people[2].name", "Trần Quang Nguyên", 0),
    ("events[0].people[2].title", "Giám đốc Kho bạc Nhà nước tỉnh", 0),
    ("events[0].roles[1].org", "Kho bạc Nhà nước tỉnh", 0),
    ("events[0].members[1]", "Kho bạc Nhà nước tỉnh", 0),
    ("province", "Hà Nam", 0),
    ("events[0].documents[0].number", "34-CT/TW", 0),
    ("events[0].documents[0].date", "7/4/2014", 0),
    ("events[0].documents[0].issuer", "Bộ Chính trị", 0),
    ("events[0].campaigns[0]", "Đoàn kết, sáng tạo, thi đua xây dựng và bảo vệ Tổ quốc", 0),
    ("events[0].roles[2].org", "Văn phòng UBND tỉnh", 1),
    ("events[0].roles[3].org", "Chi nhánh Ngân hàng nhà nước tỉnh", 0),
]


def chromium() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        sys.exit("no chromium binary: apt-get install chromium")
    return path


def screenshot(html: str, png: Path, size: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(html, encoding="utf-8")
        subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--hide-scrollbars", f"--user-data-dir={tmp}/profile", f"--screenshot={png}",
             f"--window-size={size}", page.as_uri()],
            check=True, capture_output=True, timeout=120)
    print(f"wrote {png.relative_to(REPO)} ({png.stat().st_size} bytes)")


def hand_record(text: str) -> ArticleRecord:
    data = json.loads((REPO / "gold" / "004_6317da17bddc4188.json").read_text(encoding="utf-8"))
    spans = []
    for field, words, nth in HAND_SPANS:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        spans.append(Span(field=field, start=start, end=start + len(words), text=words))
    data["spans"] = [s.model_dump() for s in spans]
    return ArticleRecord.model_validate(data)


def main() -> None:
    text = read_text_file(SEED)
    real = extract(text, doc_id=SEED.stem)
    rec = real if real.events else hand_record(text)
    print("show: " + ("extractor output" if real.events else "hand-placed spans on the gold record"))
    screenshot(render_record_html(rec, text), OUT / "show.png", "1280,900")

    texts = sorted((REPO / "corpus").glob("*/*.txt"))
    records = [extract(read_text_file(p), doc_id=p.stem) for p in texts] if real.events else []
    source = "extractor output"
    if not any(r.events for r in records):
        records, source = load_records([REPO / "gold"]).records, "gold records"
    print(f"report: {source}")
    demo = ArticleRecord.model_validate({
        "doc_id": "demo_disagreeing", "title": "(demo) a hand-made record naming another leader",
        "province": "Hà Nam",
        "events": [{"kind": "tong_ket", "date": "2021-12-30", "period": {"year": 2021, "months": 12},
                    "bloc": {"name": "Khối thi đua Tổng hợp"},
                    "roles": [{"role": "leader", "org": "Sở Tài chính", "year": 2021}]}],
    })
    screenshot(render_report_html([*records, demo], title=f"Corpus report: {source} + one demo record"),
               OUT / "report.png", "1280,1500")


if __name__ == "__main__":
    main()
