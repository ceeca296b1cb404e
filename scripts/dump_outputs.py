#!/usr/bin/env python
"""Write every shipped (and, when present, real-dev) article's record as one JSON line,
so a refactor can be checked to change nothing: run before and after, then `cmp`.

    .venv/bin/python scripts/dump_outputs.py > /tmp/before.jsonl
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from khoi_extract.pipeline import extract_file

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    paths = sorted(ROOT.glob("corpus/*/*.txt")) + sorted((ROOT.parent / "shared/real-dev/texts").glob("*.txt"))
    for p in paths:
        rec = extract_file(p).model_dump(mode="json")
        rec.pop("source", None)
        sys.stdout.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
