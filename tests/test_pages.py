"""Whole scraped pages (invented): site chrome, widgets, captions, teasers, cut texts.

Each page has a full gold record; the project's scorer measures the extractor on
all of them, so a rule change that breaks page handling shows up as a drop.
"""
from __future__ import annotations

import pytest

from casefiles import load_cases, score_cases
from khoi_extract import extract

CASES = load_cases("pages")


@pytest.fixture(scope="module")
def result():
    return score_cases(CASES)


def test_pages_score_well_on_the_whole(result) -> None:
    _, _, res = result
    assert len(CASES) == 30
    assert res.micro.f1 >= 0.95, res.micro


@pytest.mark.parametrize("field", ["title", "published", "events.kind", "events.date", "events.bloc.name"])
def test_pages_core_fields(result, field: str) -> None:
    _, _, res = result
    assert res.per_field[field].f1 >= 0.9, (field, res.per_field[field])


def test_negative_pages_give_no_event(result) -> None:
    gold, pred, _ = result
    negatives = [k for k, g in gold.items() if not g["events"]]
    assert len(negatives) == 5
    assert {k: [e.kind for e in pred[k].events] for k in negatives} == {k: [] for k in negatives}


def test_every_span_is_grounded_on_pages() -> None:
    for c in CASES:
        rec = extract(c["text"], doc_id=c["id"])
        assert all(c["text"][s.start:s.end] == s.text for s in rec.spans), c["id"]
