"""The scorer (RECORD.md "Scoring"): hand-made gold/prediction pairs with worked-out counts."""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

import pytest

from khoi_extract.evaluate import (
    configure_evaluate_parser,
    load_gold_dir,
    load_prediction_texts,
    locate,
    load_predictions,
    pair_events,
    render_html,
    run_evaluate,
    score,
)
from khoi_extract.errors import KhoiError
from khoi_extract.schema import ArticleRecord, Event

REPO = Path(__file__).resolve().parents[1]
SEED_IDS = [
    "000_24e531d7a02767a5", "001_449af902bc5a6a8f", "002_39dee39a508378cb",
    "003_21b40150245ed36e", "004_6317da17bddc4188",
]


def rec(doc_id: str = "d", **kw: Any) -> dict[str, Any]:
    return {"doc_id": doc_id, **kw}


def ev(kind: str = "tong_ket", **kw: Any) -> dict[str, Any]:
    return {"kind": kind, **kw}


def counts(c: Any) -> tuple[int, int, int]:
    return (c.tp, c.fp, c.fn)


# 1. scalars: lenient names, a wrong date (FP+FN), nulls ------------------------------

def test_scalars_fp_fn_and_lenient_names() -> None:
    gold = rec(
        title="Khối thi đua Nội chính tổng kết năm 2021", published="2022-01-12",
        author="Bùi Xuân Thế", province="Vĩnh Phúc",
        events=[ev(date="2022-01-10", period={"year": 2021, "months": 12},
                   venue="Uỷ ban nhân dân tỉnh", bloc={"name": "Khối thi đua Nội chính", "number": None})],
    )
    pred = rec(
        title="KHỐI THI ĐUA NỘI CHÍNH TỔNG KẾT NĂM 2021",  # case only: TP
        published="2022-01-11",  # wrong: FP + FN
        author=None,  # FN
        province="tỉnh Vĩnh Phúc",  # lenient TP (tỉnh dropped), strict FP+FN
        events=[ev(date="2022-01-10", period={"year": 2021, "months": None},  # months FN
                   venue="Hội trường UBND tỉnh Vĩnh Phúc",  # lenient TP, strict FP+FN
                   bloc={"name": "Khối Thi đua Nội chính", "number": None})],
    )
    r = score({"d": gold}, {"d": pred})
    # TP: title, province, kind, date, period.year, venue, bloc.name
    assert counts(r.micro) == (7, 1, 3)
    assert r.micro.p == pytest.approx(7 / 8)
    assert r.micro.r == pytest.approx(7 / 10)
    assert r.micro.f1 == pytest.approx(14 / 18)
    assert counts(r.strict) == (5, 3, 5)
    assert counts(r.per_field["published"]) == (0, 1, 1)
    assert counts(r.per_field["events.period.months"]) == (0, 0, 1)
    assert counts(r.per_field_strict["events.venue"]) == (0, 1, 1)
    assert [(m.field, m.error) for m in r.mismatches] == [
        ("published", "fp+fn"), ("author", "fn"), ("events[0].period.months", "fn"),
    ]
    assert r.mismatches[0].gold == "2022-01-12" and r.mismatches[0].predicted == "2022-01-11"


# 2. roles: paired by (role, year), then org -----------------------------------------

def test_roles_paired_by_role_and_year_then_org() -> None:
    gold = rec(province="Vĩnh Phúc", events=[ev(roles=[
        {"role": "leader", "org": "Cục Thi hành án dân sự tỉnh", "year": 2021},
        {"role": "leader", "org": "Thanh tra tỉnh Vĩnh Phúc", "year": 2022},
        {"role": "vice_leader", "org": "Sở Tư pháp", "year": 2022},
    ])])
    pred = rec(province="Vĩnh Phúc", events=[ev(roles=[
        {"role": "leader", "org": "Thanh tra tỉnh", "year": 2022},  # ↔ gold 1, org lenient only
        {"role": "leader", "org": "Cục THADS tỉnh", "year": 2021},  # ↔ gold 0, org strict too
        {"role": "vice_leader", "org": "Sở Tư pháp", "year": 2021},  # wrong year: unpaired
        {"role": "leader", "org": "Sở Nội vụ", "year": 2022},  # second leader 2022: unpaired
    ])])
    r = score({"d": gold}, {"d": pred})
    assert counts(r.per_field["events.roles"]) == (2, 2, 1)
    assert counts(r.per_field["events.roles.org"]) == (2, 2, 1)
    assert counts(r.per_field_strict["events.roles.org"]) == (1, 3, 2)
    # + province TP + kind TP
    assert counts(r.micro) == (6, 4, 2)
    assert r.micro.f1 == pytest.approx(12 / 18)
    fields = {m.field for m in r.mismatches}
    assert fields == {"events[0].roles[2]", "events[0].roles[pred 2]", "events[0].roles[pred 3]"}


# 3. members and campaigns: tone marks, abbreviations, province suffix ------------------

def test_members_and_campaigns_tone_and_abbreviation_variants() -> None:
    gold = rec(province="Vĩnh Phúc", events=[ev(
        members=["Uỷ ban nhân dân huyện Tam Đảo", "Sở Giáo dục và Đào tạo", "Sở Tư pháp",
                 "Toà án nhân dân tỉnh"],
        campaigns=["Thi đua đổi mới, sáng tạo"],
    )])
    pred = rec(province="Vĩnh Phúc", events=[ev(
        members=["UBND huyện Tam Đảo", "Sở GD&ĐT", "Tòa án nhân dân tỉnh Vĩnh Phúc", "Sở Tài chính"],
        campaigns=["thi đua đổi mới sáng tạo trong quản lý"],  # F1 12/15 = 0.8
    )])
    r = score({"d": gold}, {"d": pred})
    assert counts(r.per_field["events.members"]) == (3, 1, 1)
    assert counts(r.per_field_strict["events.members"]) == (2, 2, 2)
    assert counts(r.per_field["events.campaigns"]) == (1, 0, 0)
    assert counts(r.per_field_strict["events.campaigns"]) == (0, 1, 1)
    missed = [(m.field, m.gold, m.predicted) for m in r.mismatches]
    assert missed == [("events[0].members[2]", "Sở Tư pháp", None),
                      ("events[0].members[pred 3]", None, "Sở Tài chính")]


# 4. null vs missing events, and a missing prediction ---------------------------------

def test_empty_events_missing_events_and_missing_document() -> None:
    gold = {
        "a": rec("a", title="Hội nghị", events=[]),
        "b": rec("b", title="Sơ kết", published="2022-01-01", events=[ev()]),
        "c": rec("c", title="Giao ước", events=[]),
    }
    pred = {
        # gold has no event: every slot of the predicted one is FP
        "a": rec("a", title="Hội nghị", events=[ev(
            "phat_dong", date="2022-03-01", period={"year": 2022, "months": 12},
            bloc={"name": "Khối thi đua số 5", "number": 5}, members=["Sở A"],
            awards=[{"kind": "co_thi_dua", "level": "tinh", "recipient_type": "don_vi",
                     "count": 1, "status": "proposed"}])]),
        # prediction has no event: the gold one's kind is FN
        "b": rec("b", title="Sơ kết", events=[]),
        # "c" has no prediction at all
    }
    r = score(gold, pred)
    # a: TP title; FP kind, date, year, months, bloc.name, bloc.number, member, award, count, status
    # b: TP title; FN published, kind.  c: FN title
    assert counts(r.micro) == (2, 10, 3)
    assert r.micro.p == pytest.approx(2 / 12)
    assert r.micro.r == pytest.approx(2 / 5)
    assert r.micro.f1 == pytest.approx(4 / 17)
    assert r.missing == ["c"]
    assert counts(r.per_doc["a"]) == (1, 10, 0)
    assert counts(r.per_doc["c"]) == (0, 0, 1)
    assert counts(r.per_field["events.awards"]) == (0, 1, 0)


# 5. events paired by kind + date before order -----------------------------------------

def test_events_paired_by_kind_and_date_then_in_order() -> None:
    gold = rec(events=[ev("tong_ket", date="2022-01-10"), ev("giao_uoc", date="2022-01-10"),
                       ev("so_ket", date="2022-07-01")])
    pred = rec(events=[ev("giao_uoc", date="2022-01-10"), ev("tong_ket", date="2022-01-10"),
                       ev("other"), ev("other")])
    g = ArticleRecord.model_validate(gold).events
    p = ArticleRecord.model_validate(pred).events
    assert pair_events(g, p) == [(0, 1), (1, 0), (2, 2)]
    r = score({"d": gold}, {"d": pred})
    # 2 kinds + 2 dates TP; gold 2 ↔ pred 2: kind FP+FN, date FN; pred 3 unpaired: kind FP
    assert counts(r.micro) == (4, 2, 2)
    assert [(m.field, m.error) for m in r.mismatches] == [
        ("events[2].kind", "fp+fn"), ("events[2].date", "fn"), ("events[pred 3].kind", "fp"),
    ]


def test_event_order_pairing_when_no_kind_date_match() -> None:
    g = [Event(kind="tong_ket"), Event(kind="so_ket")]
    p = [Event(kind="so_ket")]
    assert pair_events(g, p) == [(0, 0)]


# 6. awards grouped by (kind, level, recipient_type) -----------------------------------

def aw(kind: str, level: str | None, rt: str | None, count: int | None, status: str) -> dict[str, Any]:
    return {"kind": kind, "level": level, "recipient_type": rt, "count": count, "status": status}


def test_awards_grouped_by_kind_level_recipient() -> None:
    gold = rec(events=[ev(awards=[
        aw("co_thi_dua", "chinh_phu", "don_vi", 1, "proposed"),
        aw("co_thi_dua", "tinh", "don_vi", 1, "proposed"),
        aw("bang_khen", "tinh", "don_vi", 2, "proposed"),
        aw("bang_khen", "tinh", "ca_nhan", 5, "conferred"),
        aw("bang_khen", "tinh", "ca_nhan", 1, "proposed"),
    ])])
    pred = rec(events=[ev(awards=[
        aw("co_thi_dua", "tinh", "don_vi", 1, "proposed"),  # ↔ g1: count, status TP
        aw("bang_khen", "tinh", "don_vi", 3, "proposed"),  # ↔ g2: count FP+FN, status TP
        aw("bang_khen", "tinh", "tap_the", 2, "proposed"),  # unpaired: FP key, count, status
        aw("co_thi_dua", "chinh_phu", "don_vi", None, "conferred"),  # ↔ g0: count FN, status FP+FN
        aw("bang_khen", "tinh", "ca_nhan", 1, "proposed"),  # ↔ g4 (best attributes), not g3
    ])])
    r = score({"d": gold}, {"d": pred})
    assert counts(r.per_field["events.awards"]) == (4, 1, 1)
    assert counts(r.per_field["events.awards.count"]) == (2, 2, 3)
    assert counts(r.per_field["events.awards.status"]) == (3, 2, 2)
    assert counts(r.micro) == (10, 5, 6)
    assert r.micro.f1 == pytest.approx(20 / 31)
    assert "events[0].awards[3]" in {m.field for m in r.mismatches}


# 7. documents by canonical number -----------------------------------------------------

def test_documents_paired_by_canonical_number() -> None:
    gold = rec(events=[ev(documents=[
        {"type": "huong_dan", "number": "238/KH-KNC", "date": "2021-03-01",
         "issuer": "Hội đồng Thi đua, khen thưởng tỉnh"},
        {"type": "chi_thi", "number": "05-CT/TW", "date": None, "issuer": "Bộ Chính trị"},
    ])])
    pred = rec(events=[ev(documents=[
        {"type": "ke_hoach", "number": "238/KH- KNC", "date": "2021-03-01", "issuer": "Hội đồng TĐKT tỉnh"},
        {"type": "quyet_dinh", "number": "157/QĐ-UBND", "date": None, "issuer": None},
    ])])
    r = score({"d": gold}, {"d": pred})
    assert counts(r.per_field["events.documents"]) == (1, 1, 1)
    assert counts(r.per_field["events.documents.type"]) == (0, 2, 2)
    assert counts(r.per_field["events.documents.date"]) == (1, 0, 0)
    assert counts(r.per_field["events.documents.issuer"]) == (1, 0, 1)
    assert counts(r.per_field_strict["events.documents.issuer"]) == (1, 0, 1)
    assert counts(r.micro) == (4, 3, 4)


# 8. people by strict name, title lenient at 0.5 ----------------------------------------

def test_people_strict_name_and_lenient_title() -> None:
    gold = rec(events=[ev(people=[
        {"name": "Nguyễn Văn A", "title": "Phó Giám đốc Sở Nội vụ"},
        {"name": "Trần Thị B", "title": "Chánh Thanh tra tỉnh"},
    ])])
    pred = rec(events=[ev(people=[
        {"name": "nguyễn văn a", "title": "Giám đốc Sở Nội vụ"},  # title F1 10/11
        {"name": "Trần Thị Bích", "title": "Chánh Thanh tra"},  # another name: unpaired
    ])])
    r = score({"d": gold}, {"d": pred})
    assert counts(r.per_field["events.people"]) == (1, 1, 1)
    assert counts(r.per_field["events.people.title"]) == (1, 1, 1)
    assert counts(r.per_field_strict["events.people.title"]) == (0, 2, 2)


# gold against itself ----------------------------------------------------------------------

def test_seed_gold_scores_perfectly_against_itself() -> None:
    gold = {k: v for k, v in load_gold_dir(REPO / "gold").items() if k in SEED_IDS}
    assert sorted(gold) == SEED_IDS
    r = score(gold, gold)
    assert r.micro.f1 == 1.0 and r.strict.f1 == 1.0
    assert r.micro.fp == r.micro.fn == 0 and r.micro.tp > 100
    assert r.mismatches == [] and r.missing == []


def test_all_repo_gold_scores_perfectly_against_itself() -> None:
    gold = load_gold_dir(REPO / "gold")
    r = score(gold, {k: v.model_dump(mode="json") for k, v in gold.items()})
    assert (r.micro.fp, r.micro.fn, r.strict.fp, r.strict.fn) == (0, 0, 0, 0)


# loading and the command line ------------------------------------------------------------

def _write_case(tmp_path: Path) -> tuple[Path, Path]:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "a.json").write_text(json.dumps(rec("a", title="<script>alert(1)</script> Khối thi đua",
                                                    published="2022-01-12")), encoding="utf-8")
    (gold_dir / "b.json").write_text(json.dumps(rec("b", title="Sơ kết")), encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(rec("a", title="Khối thi đua", published="2022-01-12")) + "\n\n",
                    encoding="utf-8")
    return gold_dir, pred


def _run(argv: list[str]) -> int:
    p = argparse.ArgumentParser()
    configure_evaluate_parser(p)
    return run_evaluate(p.parse_args(argv))


def test_load_predictions_jsonl_and_dir(tmp_path: Path) -> None:
    _, pred = _write_case(tmp_path)
    assert list(load_predictions(pred)) == ["a"]
    d = tmp_path / "preds"
    d.mkdir()
    (d / "x.json").write_text(json.dumps({"title": "T"}), encoding="utf-8")
    loaded = load_predictions(d)
    assert list(loaded) == ["x"] and loaded["x"].title == "T"


def test_cli_prints_headline_last(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold_dir, pred = _write_case(tmp_path)
    assert _run(["--gold", str(gold_dir), "--pred", str(pred)]) == 0
    lines = capsys.readouterr().out.rstrip("\n").splitlines()
    # a: title tokens {script, alert, 1, khối, thi, đua} vs {khối, thi, đua}: F1 6/9 < 0.7 ⇒ FP+FN; published TP
    # b: missing → title FN
    assert lines[-3] == "documents: 2 scored, 1 without prediction"
    assert lines[-2] == "micro (lenient): P=0.500 R=0.333 F1=0.400  tp=1 fp=1 fn=2"
    assert lines[-1] == "micro (strict): P=0.500 R=0.333 F1=0.400  tp=1 fp=1 fn=2"
    assert "without prediction: b" in lines


def test_cli_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold_dir, pred = _write_case(tmp_path)
    assert _run(["--gold", str(gold_dir), "--pred", str(pred), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["micro"]["tp"] == 1 and data["micro"]["fn"] == 2 and data["missing"] == ["b"]
    assert data["per_field"]["title"]["fn"] == 2


def test_cli_runs_extractor_on_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold_dir = tmp_path / "gold"
    corpus = tmp_path / "texts"
    gold_dir.mkdir()
    corpus.mkdir()
    seed = SEED_IDS[0]
    (gold_dir / f"{seed}.json").write_text((REPO / "gold" / f"{seed}.json").read_text("utf-8"), "utf-8")
    (corpus / f"{seed}.txt").write_text((REPO / "corpus" / "dev" / f"{seed}.txt").read_text("utf-8"), "utf-8")
    assert _run(["--gold", str(gold_dir), "--corpus", str(corpus), "--mismatches", "0"]) == 0
    lines = capsys.readouterr().out.rstrip("\n").splitlines()
    assert lines[-3] == "documents: 1 scored, 0 without prediction"
    assert lines[-2].startswith("micro (lenient): P=")


def test_html_report_escapes_and_shows_context(tmp_path: Path) -> None:
    gold_dir, pred = _write_case(tmp_path)
    r = score(load_gold_dir(gold_dir), load_predictions(pred))
    text = "Tin mới\n<script>alert(1)</script> Khối thi đua họp"
    page = render_html(r, {"a": text})
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<mark>&lt;script&gt;alert(1)&lt;/script&gt; Khối thi đua</mark>" in page
    assert "<svg" in page and "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    out = tmp_path / "r.html"
    assert _run(["--gold", str(gold_dir), "--pred", str(pred), "--report", str(out)]) == 0
    assert "<script>" not in out.read_text("utf-8")


def test_jsonl_cut_off_last_line_is_skipped_and_texts_are_read(tmp_path: Path) -> None:
    pred = tmp_path / "out.jsonl"
    row = {**rec("a", title="T"), "text": "bài viết"}
    pred.write_text(json.dumps(row) + "\n" + '{"doc_id": "b", "tit', encoding="utf-8")
    logged: list[str] = []
    assert list(load_predictions(pred, log=logged.append)) == ["a"]
    assert logged and logged[0].startswith("E301:")
    assert load_prediction_texts(pred) == {"a": "bài viết"}
    pred.write_text('{"doc_id": "b", "tit\n' + json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(KhoiError, match="E301"):
        load_predictions(pred)


def test_locate_values_in_text_for_the_report() -> None:
    text = "Ngày 28/11/2022, hội nghị. Ngày 8-11, Cụm thi đua số 1 gồm cơ sở và Sở Nội vụ; HOÀ BÌNH"
    def found(v: Any) -> str | None:
        hit = locate(text, v)
        return text[hit[0]:hit[1]] if hit else None
    assert found("2022-11-28") == "28/11/2022"
    assert found("2022-11-08") == "8-11"  # not the 8/11 inside 28/11
    assert found(1) == "1"
    assert found("Hòa Bình") == "HOÀ BÌNH"  # case and tone placement ignored
    assert found({"role": "leader", "org": "sở nội vụ", "year": 2022}) == "Sở Nội vụ"
    assert found("2020-01-01") is None


OLD_STYLE = {"hòa": "hoà", "hóa": "hoá", "ủy": "uỷ", "thủy": "thuỷ", "khỏe": "khoẻ", "thúy": "thuý",
             "tùy": "tuỳ", "lũy": "luỹ"}
ABBREVIATE = {"Ủy ban nhân dân": "UBND", "Sở Giáo dục và Đào tạo": "Sở GD&ĐT",
              "Bộ đội Biên phòng": "BĐBP", "Văn hóa - Xã hội": "VH-XH", "Thành phố": "TP."}
ENUM_KEYS = {"kind", "type", "role", "status", "level", "recipient_type", "date", "published", "doc_id"}


def _perturb(v: Any, key: str = "") -> Any:
    """Print a record the other way: abbreviations, old tone places, upper-case titles."""
    if isinstance(v, dict):
        return {k: _perturb(x, k) for k, x in v.items()}
    if isinstance(v, list):
        return [_perturb(x, key) for x in v]
    if not isinstance(v, str) or key in ENUM_KEYS:
        return v
    for full, short in ABBREVIATE.items():
        v = v.replace(full, short)
    for new, old in OLD_STYLE.items():
        v = re.sub(rf"(?<!\w){new}(?!\w)", old, v)
        v = re.sub(rf"(?<!\w){new.capitalize()}(?!\w)", old.capitalize(), v)
    return v.upper() if key == "title" else v


def test_gold_printed_differently_still_scores_perfectly() -> None:
    gold = {k: v.model_dump(mode="json") for k, v in load_gold_dir(REPO / "gold").items()}
    pred = {k: _perturb(v) for k, v in gold.items()}
    changed = sum(json.dumps(pred[k], ensure_ascii=False) != json.dumps(gold[k], ensure_ascii=False)
                  for k in gold)
    assert changed >= 5  # the perturbation really rewrites the seeds
    r = score(gold, pred)
    assert (r.micro.fp, r.micro.fn) == (0, 0)
    assert (r.strict.fp, r.strict.fn) == (0, 0)


def test_console_command_dispatches_to_evaluate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from khoi_extract.cli import main

    gold_dir, pred = _write_case(tmp_path)
    assert main(["evaluate", "--gold", str(gold_dir), "--pred", str(pred), "--mismatches", "0"]) == 0
    assert capsys.readouterr().out.splitlines()[-2] == (
        "micro (lenient): P=0.500 R=0.333 F1=0.400  tp=1 fp=1 fn=2")
