#!/usr/bin/env python
"""Single-article extraction time of `khoi_extract.extract` on one core, as ratios.

Absolute times on a shared machine say little, so the figures that decide are
ratios taken in the same run: extraction against underthesea's `word_tokenize`
over the same texts (target: extraction at least 15× faster), and the cost per kB
of one 2 MB article made of seed paragraphs against an 8 kB one (target: within
1.5×, i.e. linear cost), plus the process's peak memory on the 2 MB article
(target: under 300 MB).

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
TARGET_VS_TOKENIZE = 15.0
TARGET_LINEAR = 1.5
TARGET_PEAK_MB = 300.0


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
    ap.add_argument("--big-kb", type=int, default=2048, help="size of the long article (0: skip the linearity check)")
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
    figures = {"articles": len(texts), "passes": args.passes, "mean_ms": round(mean, 3),
               "median_ms": round(median, 3), "p95_ms": round(p95, 3), "best_run_mean_ms": round(best, 3),
               "articles_per_s": round(rate, 1), "load_average": round(load, 2)}
    figures.update(vs_word_tokenize([t for _, t in texts], args.passes, wall))
    if args.big_kb:
        figures.update(linearity([t for _, t in texts], args.big_kb, extract))
    if args.json:
        print(json.dumps(figures))
    return 0


def vs_word_tokenize(texts: list[str], passes: int, extract_wall: float) -> dict[str, float]:
    """underthesea's word segmenter over the same texts and passes: the yardstick of speed."""
    from underthesea import word_tokenize

    for t in texts:
        word_tokenize(t)
    t0 = time.perf_counter()
    for _ in range(passes):
        for t in texts:
            word_tokenize(t)
    wt = time.perf_counter() - t0
    ratio = wt / extract_wall
    verdict = "meets" if ratio >= TARGET_VS_TOKENIZE else "misses"
    print(f"word_tokenize over the same texts: {wt * 1000 / (passes * len(texts)):.2f} ms per article; "
          f"extract is {ratio:.1f}x faster ({verdict} the {TARGET_VS_TOKENIZE:.0f}x target)")
    return {"word_tokenize_ms": round(wt * 1000 / (passes * len(texts)), 3), "x_faster_than_word_tokenize": round(ratio, 2)}


def _article_of(paragraphs: list[str], kb: int) -> str:
    out, size, i = [], 0, 0
    while size < kb * 1024:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        size += len(p.encode("utf-8")) + 1
        i += 1
    return "\n".join(out)


def linearity(texts: list[str], big_kb: int, extract) -> dict[str, float]:
    """ms per kB of one long article against an 8 kB one, and the peak memory it takes."""
    import resource

    paragraphs = [p for t in texts for p in t.split("\n") if len(p) > 80]
    small, big = _article_of(paragraphs, 8), _article_of(paragraphs, big_kb)
    small_s = min(_timed(extract, small) for _ in range(5))
    big_s = _timed(extract, big)
    small_rate = small_s * 1000 / (len(small.encode()) / 1024)
    big_rate = big_s * 1000 / (len(big.encode()) / 1024)
    ratio = big_rate / small_rate
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"long article: {len(big.encode()) / 1024:,.0f} kB in {big_s:.2f} s ({big_rate:.2f} ms/kB) against "
          f"8 kB at {small_rate:.2f} ms/kB: {ratio:.2f}x per kB ({'meets' if ratio <= TARGET_LINEAR else 'misses'} "
          f"the {TARGET_LINEAR}x target); peak memory {peak_mb:.0f} MB "
          f"({'meets' if peak_mb < TARGET_PEAK_MB else 'misses'} the {TARGET_PEAK_MB:.0f} MB target)")
    return {"big_kb": round(len(big.encode()) / 1024), "big_s": round(big_s, 3), "per_kb_ratio": round(ratio, 2),
            "peak_mb": round(peak_mb)}


def _timed(fn, text: str) -> float:
    t0 = time.perf_counter()
    fn(text)
    return time.perf_counter() - t0


if __name__ == "__main__":
    sys.exit(main())
