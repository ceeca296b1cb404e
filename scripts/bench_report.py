#!/usr/bin/env python
"""Time and size of `khoi-extract report` over a large batch output.

The records are the extractor's own records of `corpus/`, repeated under new
doc_ids until there are N (so every bloc-year is stated by N/76 articles, and a
contradiction lists that many on each side: the worst case for the page), with
every seventh copy moved to another province (more blocs, more rows).

    .venv/bin/python scripts/bench_report.py             # N = 10,000
    .venv/bin/python scripts/bench_report.py --n 2000
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROVINCES = ["Vĩnh Phúc", "Hà Nam", "Đồng Tháp", "Ninh Bình", "Nghệ An", "Quảng Ninh", "Lào Cai", "Cà Mau"]


def corpus_rows(work: Path) -> list[dict]:
    """The extractor's records of corpus/ (one batch run)."""
    out = work / "corpus.jsonl"
    subprocess.run([sys.executable, "-m", "khoi_extract.cli", "batch", str(ROOT / "corpus"), "-o", str(out),
                    "-q"], check=True)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


def make_rows(seeds: list[dict], n: int) -> list[dict]:
    """n rows: the seeds repeated under new doc_ids, every seventh copy in another province."""
    rows = []
    for i in range(n):
        row = dict(seeds[i % len(seeds)])
        row["doc_id"] = f"{row['doc_id']}~{i}"
        if i % 7 == 6:
            row["province"] = PROVINCES[(i // 7) % len(PROVINCES)]
        rows.append(row)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows = make_rows(corpus_rows(work), args.n)
        src = work / "big.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        page = work / "report.html"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "khoi_extract.cli", "report", str(src), "-o", str(page)], check=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        # CPU seconds barely depend on what else the (shared) machine runs; wall seconds do
        print(f"report over {args.n:,} records: {wall:.1f} s end to end, {cpu:.1f} s CPU (start-up "
              f"included; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores), "
              f"page {page.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
