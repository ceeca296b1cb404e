#!/usr/bin/env python
"""Which articles each grammar rule fires on: a check that rules describe the genre.

A rule earns its place when it fixes articles from more than one source; one that
fires on a single article (or none) is likely fitted to one sentence. This lists,
for every rule of every family, the number of articles in a folder it matches,
and flags those under `--min` articles.

    .venv/bin/python scripts/rule_coverage.py ../shared/real-dev/texts
    .venv/bin/python scripts/rule_coverage.py corpus/dev --min 1 --only-flagged
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", help="folder of article .txt files")
    ap.add_argument("--min", type=int, default=2, help="flag rules matching fewer articles than this")
    ap.add_argument("--only-flagged", action="store_true", help="print only the flagged rules")
    args = ap.parse_args(argv)

    from khoi_extract import grammar
    from khoi_extract.normalize import normalize
    from khoi_extract.reading import read_text_file

    paths = sorted(Path(args.folder).glob("*.txt"))
    if not paths:
        print(f"rule_coverage: no .txt files in {args.folder}", file=sys.stderr)
        return 2
    texts = [(p.stem, normalize(read_text_file(p)).text) for p in paths]
    flagged = 0
    print(f"{'rule':<48} {'articles':>8}  first ids")
    for fam in grammar.families():
        for r in grammar.rules(fam):
            hits = [d for d, t in texts if r.search(t) is not None]
            low = len(hits) < args.min
            flagged += low
            if low or not args.only_flagged:
                print(f"{r.id:<48} {len(hits):>8}  {' '.join(hits[:6])}{' …' if len(hits) > 6 else ''}{'   <-- few' if low else ''}")
    print(f"{flagged} rule(s) match fewer than {args.min} of {len(texts)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
