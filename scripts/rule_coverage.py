#!/usr/bin/env python
"""Which articles each grammar rule fires on: a check that rules describe the genre.

A rule earns its place when it fixes articles from more than one source; one that
fires on a single article (or none) is likely fitted to one sentence. This runs the
extractor over a folder with every rule's `search`/`finditer`/`match` watched, and
lists for every rule of every family the number of articles on which it returned
a match while extracting, flagging those under `--min` articles.

    .venv/bin/python scripts/rule_coverage.py ../shared/real-dev/texts
    .venv/bin/python scripts/rule_coverage.py ../shared/real-dev/texts corpus/dev corpus/test --only-flagged
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Callable


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", help="folders of article .txt files")
    ap.add_argument("--min", type=int, default=2, help="flag rules matching fewer articles than this")
    ap.add_argument("--only-flagged", action="store_true", help="print only the flagged rules")
    args = ap.parse_args(argv)

    from khoi_extract import extract, grammar
    from khoi_extract.grammar.loader import Rule
    from khoi_extract.reading import read_text_file

    paths = sorted(p for f in args.folders for p in Path(f).glob("*.txt"))
    if not paths:
        print(f"rule_coverage: no .txt files in {' '.join(args.folders)}", file=sys.stderr)
        return 2
    fired: dict[str, set[str]] = defaultdict(set)
    current = [""]

    def watch(method: Callable) -> Callable:
        def wrapped(self: Rule, *a, **k):
            out = method(self, *a, **k)
            if method.__name__ == "finditer":
                def gen():
                    for m in out:
                        fired[self.id].add(current[0])
                        yield m
                return gen()
            if out is not None:
                fired[self.id].add(current[0])
            return out
        return wrapped

    for name in ("search", "match", "finditer"):
        setattr(Rule, name, watch(getattr(Rule, name)))
    for p in paths:
        current[0] = p.stem
        extract(read_text_file(p), doc_id=p.stem)
    flagged = 0
    print(f"{'rule':<48} {'articles':>8}  first ids")
    for fam in grammar.families():
        for r in grammar.rules(fam):
            hits = sorted(fired.get(r.id, ()))
            low = len(hits) < args.min
            flagged += low
            if low or not args.only_flagged:
                print(f"{r.id:<48} {len(hits):>8}  {' '.join(hits[:6])}{' …' if len(hits) > 6 else ''}{'   <-- few' if low else ''}")
    print(f"{flagged} rule(s) match fewer than {args.min} of {len(paths)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
