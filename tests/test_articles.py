"""Full-length articles (invented): many paragraphs, several speakers, round-ups of
two or three blocs, and negatives that mention blocs without reporting a meeting."""
from __future__ import annotations

import pytest

from casefiles import load_cases, score_cases

CASES = load_cases("articles")


@pytest.fixture(scope="module")
def result():
    return score_cases(CASES)


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
