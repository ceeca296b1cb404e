#!/usr/bin/env python
"""Single-article extraction time of `khoi_extract.extract` on one core.

Why separate from `bench.py`: that one measures whole batch runs (start-up,
reading, writing, workers); this one isolates the per-article cost of the
rules, the number the README's speed target (< 10 ms/article) is about.

The process is pinned to one CPU and BLAS/OpenMP pools are limited to one
thread before anything is imported. The texts are read once; after
`--warmup` passes (lexicons, compiled patterns, underthesea and spaCy loaded,
caches filled) every article is extracted `--passes` times and each call is
timed with `time.perf_counter`.

    .venv/bin/python scripts/bench_extract.py                 # seeds, 3 warm-up + 50 passes
    .venv/bin/python scripts/bench_extract.py --glob 'corpus/dev/*.txt' --passes 20
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET_MS = 10.0


def pin_one_core(cpu: int | None) -> str:
    """Pin this process to one CPU (default: the last one); describe what was done."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    cpus = sorted(os.sched_getaffinity(0))
    chosen = cpus[-1] if cpu is None else cpu
    os.sched_setaffinity(0, {chosen})
    return f"pinned to CPU {chosen} of {len(cpus)}"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[k]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--glob", default="corpus/dev/0*.txt", help="articles, relative to the repo (default: the seeds)")
    ap.add_argument("--warmup", type=int, default=3, help="untimed passes over all articles first")
    ap.add_argument("--passes", type=int, default=50, help="timed passes over all articles")
    ap.add_argument("--cpu", type=int, default=None, help="CPU to pin to (default: the last one)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = ap.parse_args(argv)

    pinned = pin_one_core(args.cpu)
    from khoi_extract.reading import read_text_file  # after pinning: imports load the models
    from khoi_extract.pipeline import extract

    paths = sorted(ROOT.glob(args.glob))
    if not paths:
        print(f"bench_extract: no files match {args.glob}", file=sys.stderr)
        return 2
    texts = [(p.stem, read_text_file(p)) for p in paths]

    t0 = time.perf_counter()
    for _ in range(max(1, args.warmup)):
        for doc_id, text in texts:
            extract(text, doc_id=doc_id)
    warm_s = time.perf_counter() - t0

    per_call: list[float] = []
    per_doc: dict[str, list[float]] = {d: [] for d, _ in texts}
    wall0 = time.perf_counter()
    for _ in range(args.passes):
        for doc_id, text in texts:
            s = time.perf_counter()
            extract(text, doc_id=doc_id)
            ms = (time.perf_counter() - s) * 1000
            per_call.append(ms)
            per_doc[doc_id].append(ms)
    wall = time.perf_counter() - wall0

    mean = statistics.fmean(per_call)
    # timeit's advice: the fastest run of each article is its cost without interference
    best = statistics.fmean(min(v) for v in per_doc.values())
    median = statistics.median(per_call)
    p95 = percentile(per_call, 0.95)
    rate = len(per_call) / wall
    chars = sum(len(t) for _, t in texts) / len(texts)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")

    print(f"# extraction time, {len(texts)} articles (mean {chars:,.0f} chars) x {args.passes} passes, "
          f"{args.warmup} warm-up passes ({warm_s:.2f} s incl. model loading)")
    print(f"# {platform.python_implementation()} {platform.python_version()}, {platform.machine()}, "
          f"{pinned}, load average {load:.2f}")
    for doc_id, vals in per_doc.items():
        print(f"  {doc_id:<40} median {statistics.median(vals):6.2f} ms  min {min(vals):6.2f} ms")
    verdict = "meets" if mean < TARGET_MS else "misses"
    print(f"mean {mean:.2f} ms, median {median:.2f} ms, p95 {p95:.2f} ms, best-run mean {best:.2f} ms per article; "
          f"{rate:,.0f} articles/s on one core (mean {verdict} the {TARGET_MS:.0f} ms target)")
    print()
    print(f"| single-article extraction (one core, {len(texts)} articles x {args.passes} passes after "
          f"{args.warmup} warm-up, load avg {load:.1f}) | mean {mean:.1f} ms · median {median:.1f} ms · "
          f"p95 {p95:.1f} ms · best-run {best:.1f} ms | {rate:,.0f} articles/s |")
    if args.json:
        print(json.dumps({"articles": len(texts), "passes": args.passes, "mean_ms": round(mean, 3),
                          "median_ms": round(median, 3), "p95_ms": round(p95, 3), "best_run_mean_ms": round(best, 3),
                          "articles_per_s": round(rate, 1), "load_average": round(load, 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
