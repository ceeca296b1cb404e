"""Full-length articles (invented): many paragraphs, several speakers, round-ups of
two or three blocs, and negatives that mention blocs without reporting a meeting."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from khoi_extract import extract
from khoi_extract.evaluate import score

_spec = importlib.util.spec_from_file_location("articles_data", Path(__file__).parent / "data" / "articles.py")
articles = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(articles)
CASES = articles.CASES


@pytest.fixture(scope="module")
def result():
    gold = {c["id"]: dict(c["gold"], doc_id=c["id"]) for c in CASES}
    pred = {c["id"]: extract(c["text"], doc_id=c["id"]) for c in CASES}
    return gold, pred, score(gold, pred)


def test_articles_score_well_on_the_whole(result) -> None:
    _, _, res = result
    assert res.micro.f1 >= 0.95, res.micro


def test_round_ups_give_one_event_per_bloc(result) -> None:
    gold, pred, _ = result
    multi = {k: len(g["events"]) for k, g in gold.items() if len(g["events"]) > 1}
    assert len(multi) == 3
    assert {k: len(pred[k].events) for k in multi} == multi


def test_negatives_give_no_event(result) -> None:
    gold, pred, _ = result
    negatives = [k for k, g in gold.items() if not g["events"]]
    assert len(negatives) == 3
    assert {k: pred[k].events for k in negatives} == {k: [] for k in negatives}
