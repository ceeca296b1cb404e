#!/usr/bin/env python
"""Memory of a long `khoi-extract batch` run, process by process, over time.

Peak RSS summed over a process tree counts the pages that forked workers share
with their parent once per process, and one figure cannot tell a spike from a
creep. This script generates N articles (the texts in `corpus/`, varied as in
`bench.py`), runs `khoi-extract batch DIR -o out.jsonl --workers W` in a fresh
interpreter and samples every process of the run about twice a second:

* RSS summed over the tree (what `bench.py` reports, comparable with it);
* PSS summed over the tree (shared pages divided among their sharers: the
  memory the run really holds), and each process's own RSS;

With `--diverse` every article also gets fresh numbers and person names, as
real corpora do (new words keep coming), instead of `bench.py`'s small set of
variations; per-process caches keyed by words grow only on such input.

With `--large K`, K of the articles (spread evenly) are long: every corpus
text joined, cut at `--large-chars` (default 200,000): a worker that has
extracted one holds tens of MB more afterwards.

It prints the baseline (the first sample after the first record), the value at
each tenth of the run, the peak, and the growth from the first tenth to the
last, per role (main process, workers).

    .venv/bin/python scripts/bench_memory.py --n 10000 --workers 2
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import make_corpus, seed_texts, vary  # noqa: E402  (the throughput benchmark's corpus)

MB = 2**20
SYLLABLES = ("an bình cường dũng giang hà khánh lâm minh nga phúc quang sơn thảo uyên vân xuân yến "
             "hải hùng tâm thu trung việt").split()


def make_diverse_corpus(folder: Path, n: int, seed: int = 7) -> None:
    """n articles as .txt files (100 per sub-folder), each with its own numbers and given names."""
    rng = random.Random(seed)
    seeds = seed_texts()
    for i in range(n):
        text = vary(seeds[i % len(seeds)], rng)
        # document numbers and counts, not years
        text = re.sub(r"\b(?!(?:19|20)\d\d\b)\d{3,}\b", lambda m: str(rng.randint(100, 99_999)), text)
        text = re.sub(r"\b(Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đỗ) \w+", lambda m: f"{m.group(1)} "
                      + rng.choice(SYLLABLES).capitalize() + rng.choice(SYLLABLES), text)
        sub = folder / f"{i // 100:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"art{i:06d}.txt").write_text(text, encoding="utf-8")


def add_large(folder: Path, n: int, k: int, chars: int) -> None:
    """Replace k of the n generated articles, spread evenly, by one long article each."""
    joined = "\n\n".join(seed_texts())
    text = (joined * (chars // len(joined) + 1))[:chars]
    for j in range(k):
        i = (j * n) // k + n // (2 * k)
        (folder / f"{i // 100:04d}" / f"art{i:06d}.txt").write_text(text, encoding="utf-8")


def _sample(pid: int) -> dict[str, float] | None:
    """RSS and PSS (MB) of the run's main process, its workers, and the whole tree."""
    import psutil

    try:
        main = psutil.Process(pid)
        children = main.children(recursive=True)
    except psutil.Error:
        return None
    out = {"rss": 0.0, "pss": 0.0, "main_rss": 0.0, "workers_rss": 0.0, "main_pss": 0.0, "workers_pss": 0.0,
           "n_procs": 0}
    for proc in [main] + children:
        try:
            info = proc.memory_full_info()
        except psutil.Error:
            continue
        role = "main" if proc.pid == pid else "workers"
        out["rss"] += info.rss / MB
        out["pss"] += info.pss / MB
        out[f"{role}_rss"] += info.rss / MB
        out[f"{role}_pss"] += info.pss / MB
        out["n_procs"] += 1
    return out


def run(folder: Path, out: Path, workers: int, extra: list[str]) -> tuple[float, list[tuple[float, int, dict]]]:
    """Run the batch, sampling memory with the number of records written so far."""
    code = ("import sys\nfrom khoi_extract.batch import main\n"
            "if __name__ == '__main__':\n    sys.exit(main(sys.argv[1:]))\n")
    script = out.with_name("run_batch.py")
    script.write_text(code, encoding="utf-8")
    cmd = [sys.executable, str(script), str(folder), "-o", str(out), "--workers", str(workers), "-q", *extra]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    samples: list[tuple[float, int, dict]] = []
    stop = threading.Event()

    def count_lines() -> int:
        try:
            with open(out, "rb") as fh:
                return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
        except OSError:
            return 0

    def watch() -> None:
        while not stop.is_set():
            s = _sample(proc.pid)
            if s is not None:
                samples.append((time.perf_counter() - start, count_lines(), s))
            stop.wait(0.5)

    t = threading.Thread(target=watch, daemon=True)
    t.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    stop.set()
    t.join()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"batch failed ({proc.returncode}): {err[-2000:]}")
    return wall, samples


def report(n: int, workers: int, wall: float, samples: list[tuple[float, int, dict]]) -> dict:
    """Baseline, tenths, peak and growth, as a dict (also printed as markdown)."""
    # while records are being written and every process is up (not start-up, not shutdown)
    working = [(t, done, s) for t, done, s in samples
               if done > 0 and s["main_rss"] > 0 and s["n_procs"] >= 1 + (workers if workers > 1 else 0)]
    if not working:
        working = samples
    keys = ("rss", "pss", "main_rss", "workers_rss")
    tenths = []
    for k in range(1, 11):
        target = n * k / 10
        pick = min(working, key=lambda x: abs(x[1] - target))
        tenths.append((k, pick[1], {key: round(pick[2][key]) for key in keys}))
    peak = {key: round(max(s[key] for _, _, s in samples)) for key in keys}
    first_tenth = [s for _, done, s in working if done <= n / 10] or [working[0][2]]
    last_tenth = [s for _, done, s in working if done >= n * 9 / 10] or [working[-1][2]]
    avg = lambda rows, key: sum(r[key] for r in rows) / len(rows)  # noqa: E731
    growth = {key: round(avg(last_tenth, key) - avg(first_tenth, key)) for key in keys}
    result = {"n": n, "workers": workers, "wall_s": round(wall, 1), "rate": round(n / wall, 1),
              "baseline": {key: round(working[0][2][key]) for key in keys}, "peak": peak,
              "growth_first_to_last_tenth": growth, "tenths": tenths}
    print(f"\n### batch memory, N = {n:,}, {workers} workers ({wall:.0f} s, {n / wall:.1f} articles/s)\n")
    print("| records written | RSS tree | PSS tree | main RSS | workers RSS |")
    print("|---:|---:|---:|---:|---:|")
    for _, done, s in tenths:
        print(f"| {done:,} | {s['rss']} MB | {s['pss']} MB | {s['main_rss']} MB | {s['workers_rss']} MB |")
    print(f"| peak | {peak['rss']} MB | {peak['pss']} MB | {peak['main_rss']} MB | {peak['workers_rss']} MB |")
    print(f"\ngrowth, mean of the last tenth minus the first: {json.dumps(growth)} (MB)")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles (default 10,000)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--diverse", action="store_true", help="fresh numbers and names in every article")
    parser.add_argument("--large", type=int, default=0, metavar="K", help="K long articles among the N")
    parser.add_argument("--large-chars", type=int, default=200_000, help="length of a long article")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("extra", nargs="*", help="more `batch` arguments (after --)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="khoi-mem-") as tmpdir:
        tmp = Path(tmpdir)
        (make_diverse_corpus if args.diverse else make_corpus)(tmp / "corpus", args.n)
        if args.large:
            add_large(tmp / "corpus", args.n, args.large, args.large_chars)
        print(f"bench_memory: {args.n} {'diverse ' if args.diverse else ''}articles ({args.large} long), "
              f"{args.workers} workers, "
              f"load {os.getloadavg()[0]:.1f}", file=sys.stderr)
        wall, samples = run(tmp / "corpus", tmp / "out.jsonl", args.workers, args.extra)
    result = report(args.n, args.workers, wall, samples)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
