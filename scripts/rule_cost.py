#!/usr/bin/env python
"""Where extraction time goes, rule by rule: ms per article spent in each grammar rule
(and in `common.finditer` runs of inline patterns), after a warm-up pass.

Use it before adding `anchors` to a rule or restructuring a pattern; the rule ids at
the top are the ones worth gating. Timings are CPU time of this thread (a busy shared
machine inflates wall clock), still best compared within one run.

    .venv/bin/python scripts/rule_cost.py                       # the seeds
    .venv/bin/python scripts/rule_cost.py 'corpus/*/*.txt' --top 60
"""
from __future__ import annotations

import argparse
import collections
import glob
import time
from pathlib import Path
from typing import Any, Iterator

from khoi_extract.fields import common
from khoi_extract.grammar import loader

ROOT = Path(__file__).resolve().parents[1]
SPENT: collections.Counter[str] = collections.Counter()
CALLS: collections.Counter[str] = collections.Counter()


def _timed(name: str, fn: Any) -> Any:
    def wrapper(self: loader.Rule, *args: Any) -> Any:
        t = time.thread_time()
        out = fn(self, *args)
        if name == "finditer":
            out = iter(list(out))
        SPENT[self.id] += time.thread_time() - t
        CALLS[self.id] += 1
        return out
    return wrapper


def _timed_inline(fn: Any) -> Any:
    def wrapper(pattern: Any, *args: Any) -> Iterator[Any]:
        t = time.thread_time()
        out = list(fn(pattern, *args))
        key = "inline: " + getattr(pattern, "pattern", str(pattern))[:70]
        SPENT[key] += time.thread_time() - t
        CALLS[key] += 1
        return iter(out)
    return wrapper


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("glob", nargs="?", default="corpus/dev/0*.txt", help="articles, relative to the repo (default: the seeds)")
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    for name in ("finditer", "search", "match"):
        setattr(loader.Rule, name, _timed(name, getattr(loader.Rule, name)))
    common.finditer = _timed_inline(common.finditer)  # only modules that call common.finditer by attribute see this
    from khoi_extract.pipeline import extract
    from khoi_extract.reading import read_text_file
    texts = [read_text_file(Path(p)) for p in sorted(glob.glob(str(ROOT / args.glob)))]
    for t in texts:
        extract(t)
    SPENT.clear()
    CALLS.clear()
    t0 = time.thread_time()
    for _ in range(args.passes):
        for t in texts:
            extract(t)
    n = args.passes * len(texts)
    total = (time.thread_time() - t0) / n * 1000
    print(f"{len(texts)} articles x {args.passes}: {total:.2f} ms/article, of which rules {sum(SPENT.values()) / n * 1000:.2f} ms")
    for key, spent in SPENT.most_common(args.top):
        print(f"{spent / n * 1000:7.3f} ms {CALLS[key] / n:7.1f} calls  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
