"""Load an invented case file from tests/data and score the extractor on it."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from khoi_extract import extract
from khoi_extract.evaluate import score

DATA = Path(__file__).parent / "data"


def load_cases(name: str) -> list[dict]:
    """`CASES` of tests/data/<name>.py (the data modules share tests/data/records.py)."""
    if str(DATA) not in sys.path:
        sys.path.insert(0, str(DATA))
    spec = importlib.util.spec_from_file_location(f"{name}_data", DATA / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


def score_cases(cases: list[dict]):
    """(gold, predictions, EvalResult) for the cases."""
    gold = {c["id"]: dict(c["gold"], doc_id=c["id"]) for c in cases}
    pred = {c["id"]: extract(c["text"], doc_id=c["id"]) for c in cases}
    return gold, pred, score(gold, pred)
