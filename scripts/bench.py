#!/usr/bin/env python
"""Throughput and memory of `khoi-extract batch`, with underthesea's `ner()` as the reference.

One run measures, over a generated corpus of N articles (the files in
`corpus/`, or `../shared/seeds` when it is empty, repeated with numbers,
dates and names varied):

* articles/s and peak RSS (the process and all its children) for one
  process, all local workers, and a Dask LocalCluster — each a fresh
  `khoi-extract batch` run end to end (start-up, reading, writing included);
* underthesea `ner()` over every sentence of a small subsample (model load
  excluded), extrapolated to articles/s;
* peak memory at N and at 10×N with all workers, to show it stays flat.

It prints a markdown table to paste into the README.

    .venv/bin/python scripts/bench.py            # N = 1,000 and 10,000
    .venv/bin/python scripts/bench.py --quick    # N = 200 and 2,000, smaller NER sample
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED_DIRS = (ROOT / "corpus", ROOT.parent / "shared" / "seeds", Path("/work/shared/seeds"))
FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
PROVINCES = ["Vĩnh Phúc", "Hà Nam", "Đồng Tháp", "Ninh Bình", "Nghệ An", "Quảng Ninh", "Lào Cai", "Cà Mau"]


# --------------------------------------------------------------------------- corpus


def seed_texts() -> list[str]:
    """Article texts to vary: the repo's corpus, else the shared seeds."""
    for folder in SEED_DIRS:
        files = sorted(folder.rglob("*.txt")) if folder.is_dir() else []
        if files:
            return [f.read_text(encoding="utf-8", errors="replace") for f in files]
    sys.exit("bench: no seed articles found in corpus/ or shared/seeds")


def vary(text: str, rng: random.Random) -> str:
    """A plausible new article: years shifted, days and numbers changed, names and provinces swapped."""
    shift = rng.randint(-3, 3)
    text = re.sub(r"\b(20[0-3]\d)\b", lambda m: str(int(m.group(1)) + shift), text)
    text = re.sub(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b",
                  lambda m: f"{rng.randint(1, 28):02d}/{m.group(2)}/{m.group(3)}", text)
    text = re.sub(r"\bsố (\d{1,3})\b", lambda m: f"số {rng.randint(1, 30)}", text)
    text = re.sub("|".join(FAMILY_NAMES), lambda m: rng.choice(FAMILY_NAMES), text)
    province = rng.choice(PROVINCES)
    return re.sub("|".join(PROVINCES), province, text)


def make_corpus(folder: Path, n: int, seed: int = 7) -> list[str]:
    """Write n varied articles as .txt files (100 per sub-folder); returns their texts' sizes' source."""
    rng = random.Random(seed)
    seeds = seed_texts()
    texts = []
    for i in range(n):
        text = vary(seeds[i % len(seeds)], rng)
        sub = folder / f"{i // 100:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"art{i:06d}.txt").write_text(text, encoding="utf-8")
        if len(texts) < 200:
            texts.append(text)
    return texts


# --------------------------------------------------------------------------- measuring


def tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def measure(cmd: list[str], watch: Path | None = None) -> tuple[float, int, str, float | None]:
    """Wall seconds, peak tree RSS, stdout of a child command, and when `watch` first got content."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    first: float | None = None
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak, first
        while not stop.is_set():
            peak = max(peak, tree_rss(proc.pid))
            if first is None and watch is not None and watch.exists() and watch.stat().st_size > 0:
                first = time.perf_counter() - start
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return wall, peak, out, first


def run_batch(folder: Path, out: Path, workers: int, engine: str = "local") -> tuple[float, int, int, float]:
    """A `khoi-extract batch` run in a fresh interpreter: (wall s, peak RSS, records, s to first record)."""
    code = ("import sys\nfrom khoi_extract.batch import main\n"
            "if __name__ == '__main__':\n    sys.exit(main(sys.argv[1:]))\n")
    script = out.with_name(f"run_{out.stem}_batch.py")
    script.write_text(code, encoding="utf-8")
    args = [sys.executable, str(script), str(folder), "-o", str(out), "--workers", str(workers), "-q",
            "--engine", engine]
    wall, peak, _, first = measure(args, watch=out)
    with open(out, encoding="utf-8") as fh:
        n = sum(1 for _ in fh)
    return wall, peak, n, first if first is not None else wall


NER_CHILD = r"""
import json, sys, time
texts = json.load(open(sys.argv[1], encoding="utf-8"))
from underthesea import ner, sent_tokenize
ner("Khối thi đua tỉnh Vĩnh Phúc tổng kết năm 2021.")  # load the model outside the timing
start = time.perf_counter()
sentences = 0
for text in texts:
    for sentence in sent_tokenize(text):
        if sentence.strip():
            ner(sentence)
            sentences += 1
print(json.dumps({"seconds": time.perf_counter() - start, "sentences": sentences}))
"""


def run_ner(texts: list[str], tmp: Path) -> tuple[float, int, int]:
    """underthesea ner() over the texts: (seconds excluding model load, peak RSS, sentences)."""
    data = tmp / "ner_texts.json"
    data.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    script = tmp / "ner_child.py"
    script.write_text(NER_CHILD, encoding="utf-8")
    _, peak, out, _ = measure([sys.executable, str(script), str(data)])
    result = json.loads(out.strip().splitlines()[-1])
    return result["seconds"], peak, result["sentences"]


# --------------------------------------------------------------------------- report


def mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def main(argv: list[str] | None = None) -> int:
    from khoi_extract.batch import available_cores

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=None, help="articles in the corpus (default 1,000; max 10,000)")
    parser.add_argument("--quick", action="store_true", help="N = 200, flatness check at 2,000, NER on 10")
    parser.add_argument("--workers", type=int, default=None, help="workers for the parallel runs (default: all cores)")
    parser.add_argument("--ner-sample", type=int, default=None, help="articles for the underthesea reference (default 20)")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    parser.add_argument("--no-flat", action="store_true", help="skip the memory run at 10×N")
    args = parser.parse_args(argv)

    n = min(args.n or (200 if args.quick else 1_000), 10_000)
    big = min(n * 10, 10_000) if not args.quick else min(n * 10, 2_000)
    ner_n = args.ner_sample or (10 if args.quick else 20)
    workers = args.workers or available_cores()

    rows: list[tuple[str, ...]] = []
    with tempfile.TemporaryDirectory(prefix="khoi-bench-") as tmpdir:
        tmp = Path(tmpdir)
        corpus = tmp / "corpus"
        texts = make_corpus(corpus, n)
        print(f"bench: {n} articles in {corpus} (workers={workers})", file=sys.stderr)

        def config(label: str, w: int, engine: str = "local") -> tuple[float, int]:
            """One run; the rate after start-up counts from the first record written to the end."""
            wall, peak, count, first = run_batch(corpus, tmp / f"{engine}{w}.jsonl", w, engine)
            steady = (count - 1) / max(wall - first, 1e-9)
            rate = count / wall
            rows.append((label, f"{rate:,.1f}", f"{steady:,.1f}", f"{first:.1f} s", mb(peak)))
            print(f"bench: {label}: {rate:.1f}/s end to end, {steady:.1f}/s after start-up", file=sys.stderr)
            return steady, peak

        rate1, m1 = config("1 process", 1)
        ratelocal, ml = config(f"local, {workers} workers", workers)
        ratios = [f"local {workers} workers / 1 process: {ratelocal / rate1:.2f}×"]
        if not args.no_dask:
            ratedask, _ = config(f"Dask LocalCluster, {workers} workers", workers, "dask")
            ratios.append(f"Dask / 1 process: {ratedask / rate1:.2f}×")

        sample = texts[:ner_n]
        secs, mn, sentences = run_ner(sample, tmp)
        ner_rate = len(sample) / secs
        rows.append((f"underthesea ner(), 1 process ({len(sample)} articles, {sentences} sentences, "
                     "extrapolated)", "", f"{ner_rate:,.1f}", "model load excluded", mb(mn)))
        ratios.append(f"pipeline (1 process) / underthesea ner(): {rate1 / ner_rate:,.1f}×")
        print(f"bench: ner {ner_rate:.1f}/s", file=sys.stderr)

        flat = None
        if not args.no_flat and big > n:
            corpus_big = tmp / "corpus_big"
            make_corpus(corpus_big, big, seed=11)
            wb, mbig, cb, _ = run_batch(corpus_big, tmp / "big.jsonl", workers)
            flat = (big, cb / wb, mbig)
            print(f"bench: local at {big}: {cb / wb:.1f}/s", file=sys.stderr)

    print(f"\n### khoi-extract batch throughput (N = {n:,} articles, {platform.machine()}, "
          f"{available_cores()} cores, Python {platform.python_version()})\n")
    print("| run | articles/s end to end | articles/s after start-up | start-up | peak RSS (incl. children) |")
    print("|---|---:|---:|---:|---:|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print("\nSpeed ratios (after start-up): " + "; ".join(ratios) + ".")
    if flat is not None:
        big_n, big_rate, big_mem = flat
        print(f"\nMemory with {workers} local workers: {mb(ml)} at N = {n:,}, {mb(big_mem)} at N = {big_n:,} "
              f"({big_mem / ml:.2f}×; {big_rate:,.1f} articles/s end to end).")
    print("\nEach run is a fresh `khoi-extract batch DIR -o out.jsonl` over .txt files (reading, extraction and "
          "writing included); start-up is the time to the first record written, and the rate after start-up "
          "counts from there to the end. Load average at the end: "
          f"{os.getloadavg()[0]:.1f} on {available_cores()} cores (the machine may be shared).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
