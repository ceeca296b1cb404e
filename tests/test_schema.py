"""The pydantic record: RECORD.md's JSON shape, and plausibility findings as warnings."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from khoi_extract.schema import ArticleRecord, Award, Document, Event, Period, Role, Span

REPO = Path(__file__).resolve().parents[1]

RECORD_KEYS = {"doc_id", "title", "published", "author", "province", "events", "spans", "warnings"}
EVENT_KEYS = {"kind", "date", "period", "venue", "bloc", "roles", "members", "member_count", "awards",
              "documents", "people", "campaigns"}
AWARD_KEYS = {"kind", "level", "recipient_type", "count", "status"}
DOCUMENT_KEYS = {"type", "number", "date", "issuer"}


def full_record() -> dict[str, Any]:
    return {
        "doc_id": "d1", "title": "T", "published": "2022-01-12", "author": "A", "province": "Hà Nam",
        "events": [{
            "kind": "tong_ket", "date": "2022-01-10", "period": {"year": 2021, "months": 12},
            "venue": "Sở Tư pháp", "bloc": {"name": "Khối thi đua Nội chính", "number": 6},
            "roles": [{"role": "leader", "org": "Sở Tư pháp", "year": 2021}],
            "members": ["Sở Tư pháp"], "member_count": 8,
            "awards": [{"kind": "co_thi_dua", "level": "tinh", "recipient_type": "don_vi", "count": 1,
                        "status": "proposed"}],
            "documents": [{"type": "huong_dan", "number": "21/HD-HĐTĐKT", "date": "2019-12-04",
                           "issuer": "Sở Nội vụ"}],
            "people": [{"name": "Lê Văn A", "title": "Giám đốc"}],
            "campaigns": ["Dân vận khéo"],
        }],
        "spans": [{"field": "title", "start": 0, "end": 1, "text": "T"}],
    }


def record(**event: Any) -> ArticleRecord:
    return ArticleRecord.model_validate({"doc_id": "d", "published": "2022-01-12", "events": [event]})


# --------------------------------------------------------------------------- shape


def test_dump_has_exactly_the_record_md_keys() -> None:
    out = ArticleRecord.model_validate(full_record()).model_dump(mode="json")
    assert set(out) == RECORD_KEYS
    ev = out["events"][0]
    assert set(ev) == EVENT_KEYS
    assert set(ev["period"]) == {"year", "months"}
    assert set(ev["bloc"]) == {"name", "number"}
    assert set(ev["roles"][0]) == {"role", "org", "year"}
    assert set(ev["awards"][0]) == AWARD_KEYS
    assert set(ev["documents"][0]) == DOCUMENT_KEYS
    assert set(ev["people"][0]) == {"name", "title"}
    assert set(out["spans"][0]) == {"field", "start", "end", "text"}


def test_dump_round_trips_through_json() -> None:
    data = full_record()
    out = ArticleRecord.model_validate(data).model_dump(mode="json")
    assert json.loads(json.dumps(out, ensure_ascii=False)) == out
    assert out["published"] == "2022-01-12"
    assert out["events"][0]["date"] == "2022-01-10"
    assert out["events"][0]["documents"][0]["date"] == "2019-12-04"
    assert {k: v for k, v in out.items() if k not in ("spans", "warnings")} == \
        {k: v for k, v in data.items() if k != "spans"}


def test_empty_record_defaults() -> None:
    assert ArticleRecord(doc_id="x").model_dump(mode="json") == {
        "doc_id": "x", "title": None, "published": None, "author": None, "province": None,
        "events": [], "spans": [], "warnings": [],
    }
    assert Event().model_dump(mode="json") == {
        "kind": "other", "date": None, "period": None, "venue": None, "bloc": None, "roles": [],
        "members": [], "member_count": None, "awards": [], "documents": [], "people": [], "campaigns": [],
    }
    assert Award(kind="bang_khen").status == "proposed"


def test_gold_files_in_the_repo_load_and_dump_back_unchanged() -> None:
    files = sorted((REPO / "gold").glob("*.json"))
    assert files
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        out = ArticleRecord.model_validate(data).model_dump(mode="json")
        assert out.pop("spans") == [] and out.pop("warnings") == [], path.name
        assert out == data, path.name


def test_extra_keys_are_ignored_not_dumped() -> None:
    rec = ArticleRecord.model_validate({"doc_id": "d", "note": "x", "events": [{"kind": "so_ket", "extra": 1}]})
    out = rec.model_dump(mode="json")
    assert "note" not in out and "extra" not in out["events"][0]


# --------------------------------------------------------------------------- enums and hard errors


@pytest.mark.parametrize("model, data", [
    (Event, {"kind": "hop_mat"}),
    (Role, {"role": "chair", "org": "X", "year": 2021}),
    (Award, {"kind": "cup"}),
    (Award, {"kind": "bang_khen", "level": "huyen"}),
    (Award, {"kind": "bang_khen", "recipient_type": "nhom"}),
    (Award, {"kind": "bang_khen", "status": "rejected"}),
    (Document, {"type": "quy_dinh", "number": "12-QĐi/TW"}),
    (Period, {"year": 2021, "months": 13}),
    (Period, {"year": 2021, "months": 0}),
])
def test_values_outside_the_contract_are_rejected(model: type, data: dict) -> None:
    with pytest.raises(ValidationError):
        model.model_validate(data)


def test_months_error_is_numbered() -> None:
    with pytest.raises(ValidationError, match="E101"):
        Period(year=2021, months=13)


def test_span_keeps_its_fields() -> None:
    sp = Span(field="events[0].date", start=3, end=8, text="27/12")
    assert sp.model_dump() == {"field": "events[0].date", "start": 3, "end": 8, "text": "27/12"}


# --------------------------------------------------------------------------- warnings, never exceptions


def test_a_plausible_record_has_no_warnings() -> None:
    assert ArticleRecord.model_validate(full_record()).warnings == []


def test_event_date_after_publication_is_a_warning() -> None:
    rec = record(kind="tong_ket", date="2022-01-20")
    assert rec.warnings == ["W202: events[0].date 2022-01-20 is after published 2022-01-12"]


def test_event_date_on_the_publication_day_is_fine() -> None:
    assert record(kind="tong_ket", date="2022-01-12").warnings == []


def test_event_date_without_publication_date_is_not_checked_against_it() -> None:
    rec = ArticleRecord.model_validate({"doc_id": "d", "events": [{"date": "2030-01-01"}]})
    assert rec.warnings == []


@pytest.mark.parametrize("event, code", [
    ({"date": "1900-05-01"}, "W201"),
    ({"period": {"year": 1890, "months": 12}}, "W203"),
    ({"period": {"year": 2999, "months": None}}, "W203"),
    ({"roles": [{"role": "leader", "org": "Sở Tư pháp", "year": 21}]}, "W207"),
])
def test_implausible_years_are_warnings(event: dict, code: str) -> None:
    rec = ArticleRecord.model_validate({"doc_id": "d", "events": [event]})
    assert [w[:4] for w in rec.warnings] == [code]


@pytest.mark.parametrize("event, code", [
    ({"member_count": 0}, "W204"),
    ({"member_count": -3}, "W204"),
    ({"awards": [{"kind": "bang_khen", "count": 0}]}, "W206"),
    ({"awards": [{"kind": "bang_khen", "count": -1}]}, "W206"),
])
def test_non_positive_counts_are_warnings(event: dict, code: str) -> None:
    rec = ArticleRecord.model_validate({"doc_id": "d", "events": [event]})
    assert code in [w[:4] for w in rec.warnings]  # a negative count also undercuts the (empty) list: W205


def test_zero_member_count_message() -> None:
    rec = ArticleRecord.model_validate({"doc_id": "d", "events": [{"member_count": 0}]})
    assert rec.warnings == ["W204: events[0].member_count 0 not positive; set to null"]


def test_more_members_listed_than_stated_is_a_warning() -> None:
    rec = ArticleRecord.model_validate({"doc_id": "d", "events": [{"members": ["A", "B", "C"], "member_count": 2}]})
    assert rec.warnings == ["W205: events[0] lists 3 members but states 2"]


def test_warnings_name_the_event_and_item_index() -> None:
    rec = ArticleRecord.model_validate({"doc_id": "d", "published": "2022-01-01", "events": [
        {"kind": "so_ket"},
        {"date": "2022-03-01", "awards": [{"kind": "giay_khen"}, {"kind": "bang_khen", "count": 0}]},
    ]})
    assert rec.warnings == [
        "W202: events[1].date 2022-03-01 is after published 2022-01-01",
        "W206: events[1].awards[1].count 0 not positive; set to null",
    ]


def test_validating_again_does_not_repeat_warnings() -> None:
    rec = record(kind="tong_ket", date="2022-01-20")
    again = ArticleRecord.model_validate(rec.model_dump(mode="json"))
    assert again.warnings == rec.warnings
    assert len(again.warnings) == 1


def test_existing_warnings_are_kept() -> None:
    rec = ArticleRecord.model_validate({"doc_id": "d", "warnings": ["W301: x has no evidence in the source"],
                                        "events": [{"member_count": 0}]})
    assert rec.warnings == ["W301: x has no evidence in the source", "W204: events[0].member_count 0 not positive; set to null"]


def test_dates_parse_from_iso_strings_and_date_objects() -> None:
    a = ArticleRecord.model_validate({"doc_id": "d", "published": "2022-01-12"})
    b = ArticleRecord(doc_id="d", published=dt.date(2022, 1, 12))
    assert a.published == b.published == dt.date(2022, 1, 12)
