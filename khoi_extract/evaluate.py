"""Scoring predicted records against gold (RECORD.md "Scoring") and `khoi-extract evaluate`.

Slot filling, micro-averaged: every scalar and every list item's key and
attributes is a slot that is a true positive, a false positive, a false
negative, or (a wrong non-null value) both FP and FN. The headline compares
names leniently; the same scoring with strict name equality is reported beside.
Pairing choices the spec leaves open are documented in docs/evaluate.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from .canonical import canonical, canonical_number, modern_tones, strict_match, token_f1
from .errors import KhoiError
from .schema import ArticleRecord, Event

Mode = Literal["lenient", "strict"]

NAME_THRESHOLD = 0.7
PERSON_TITLE_THRESHOLD = 0.5

# Field families in report order (RECORD.md field paths with list indices removed).
FAMILIES: tuple[str, ...] = (
    "title", "published", "author", "province",
    "events.kind", "events.date", "events.period.year", "events.period.months", "events.venue",
    "events.bloc.name", "events.bloc.number", "events.roles", "events.roles.org",
    "events.members", "events.member_count", "events.awards", "events.awards.count",
    "events.awards.status", "events.documents", "events.documents.type", "events.documents.date",
    "events.documents.issuer", "events.people", "events.people.title", "events.campaigns",
)


@dataclass
class Counts:
    """TP/FP/FN of a set of slots, with precision, recall and F1 (0 when undefined)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp + self.fp + self.fn else 0.0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, float | int]:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Mismatch:
    """One slot where prediction and gold disagree: `error` is fp, fn or fp+fn."""

    doc: str
    field: str  # path, gold indices (`events[0].roles[1].org`); unpaired predictions `[pred 2]`
    family: str  # `events.roles.org`
    gold: Any
    predicted: Any
    error: str

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "field": self.field, "family": self.family,
                "gold": self.gold, "predicted": self.predicted, "error": self.error}


@dataclass
class EvalResult:
    """The scores: `.micro` (lenient, the headline), `.strict`, per field and per document."""

    micro: Counts
    strict: Counts
    per_field: dict[str, Counts]
    per_field_strict: dict[str, Counts]
    per_doc: dict[str, Counts]
    mismatches: list[Mismatch]
    missing: list[str]  # gold docs without a prediction (scored as all-FN)
    unscored: list[str]  # predictions without gold (not scored)
    n_docs: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_docs": self.n_docs,
            "micro": self.micro.to_dict(),
            "strict": self.strict.to_dict(),
            "per_field": {
                f: {**c.to_dict(), "strict": self.per_field_strict[f].to_dict()}
                for f, c in self.per_field.items()
            },
            "per_doc": {d: c.to_dict() for d, c in self.per_doc.items()},
            "missing": self.missing,
            "unscored": self.unscored,
            "mismatches": [m.to_dict() for m in self.mismatches],
        }


def _jsonable(v: Any) -> Any:
    if isinstance(v, BaseModel):
        return v.model_dump(mode="json")
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return v


def _greedy(candidates: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Pair best-first: highest similarity, then lowest gold index, then lowest predicted index."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_g and j not in used_p:
            pairs.append((i, j))
            used_g.add(i)
            used_p.add(j)
    return sorted(pairs)


def pair_by_key(gold: Sequence[Any], pred: Sequence[Any], key: Callable[[Any], Any],
                sim: Callable[[Any, Any], float]) -> list[tuple[int, int]]:
    """Pair items whose keys are equal; within a key group, best `sim` first."""
    cands = [(sim(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)
             if key(g) == key(p)]
    return _greedy(cands)


def pair_by_name(gold: Sequence[str], pred: Sequence[str], mode: Mode,
                 province: str | None) -> list[tuple[int, int]]:
    """Pair names that match (lenient: token-set F1 ≥ 0.7, best first; strict: canonical equality)."""
    cands: list[tuple[float, int, int]] = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if mode == "strict":
                if strict_match(g, p):
                    cands.append((1.0, i, j))
            else:
                s = token_f1(g, p, province)
                if s >= NAME_THRESHOLD - 1e-9:
                    cands.append((s, i, j))
    return _greedy(cands)


def pair_events(gold: Sequence[Event], pred: Sequence[Event]) -> list[tuple[int, int]]:
    """Events: same kind and same (non-null) date first, then the rest in order."""
    pairs: list[tuple[int, int]] = []
    used_p: set[int] = set()
    for i, ge in enumerate(gold):
        for j, pe in enumerate(pred):
            if j not in used_p and ge.date is not None and ge.kind == pe.kind and ge.date == pe.date:
                pairs.append((i, j))
                used_p.add(j)
                break
    paired_g = {i for i, _ in pairs}
    rest_g = [i for i in range(len(gold)) if i not in paired_g]
    rest_p = [j for j in range(len(pred)) if j not in used_p]
    pairs.extend(zip(rest_g, rest_p))
    return sorted(pairs)


class _Scorer:
    """Accumulates slot outcomes for one mode (lenient or strict)."""

    def __init__(self, mode: Mode, record_mismatches: bool) -> None:
        self.mode = mode
        self.record = record_mismatches
        self.per_field: dict[str, Counts] = {f: Counts() for f in FAMILIES}
        self.per_doc: dict[str, Counts] = {}
        self.mismatches: list[Mismatch] = []
        self.doc = ""
        self.province: str | None = None

    # -- primitive outcomes -------------------------------------------------
    def _count(self, family: str, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        c = Counts(tp, fp, fn)
        self.per_field[family].add(c)
        self.per_doc.setdefault(self.doc, Counts()).add(c)

    def _miss(self, family: str, path: str, gold: Any, pred: Any, error: str) -> None:
        if self.record:
            self.mismatches.append(Mismatch(self.doc, path, family, _jsonable(gold), _jsonable(pred), error))

    def name_eq(self, threshold: float = NAME_THRESHOLD, drop_province: bool = True) -> Callable[[str, str], bool]:
        province = self.province if drop_province else None
        if self.mode == "strict":
            return strict_match
        return lambda a, b: token_f1(a, b, province) >= threshold - 1e-9

    def slot(self, family: str, path: str, gold: Any, pred: Any,
             eq: Callable[[Any, Any], bool] | None = None) -> None:
        """A scalar slot: TP when both non-null and equal, else FP for a non-null
        prediction and FN for a non-null gold."""
        if gold is None and pred is None:
            return
        if gold is not None and pred is not None and (eq or (lambda a, b: a == b))(gold, pred):
            self._count(family, tp=1)
            return
        fp, fn = int(pred is not None), int(gold is not None)
        self._count(family, fp=fp, fn=fn)
        self._miss(family, path, gold, pred, "fp+fn" if fp and fn else ("fp" if fp else "fn"))

    # -- records --------------------------------------------------------------
    def record_pair(self, doc: str, gold: ArticleRecord, pred: ArticleRecord) -> None:
        self.doc = doc
        self.per_doc.setdefault(doc, Counts())
        self.province = gold.province or pred.province
        self.slot("title", "title", gold.title, pred.title, self.name_eq())
        self.slot("published", "published", gold.published, pred.published)
        self.slot("author", "author", gold.author, pred.author, self.name_eq())
        self.slot("province", "province", gold.province, pred.province, self.name_eq(drop_province=False))
        pairs = pair_events(gold.events, pred.events)
        paired_g = {i for i, _ in pairs}
        paired_p = {j for _, j in pairs}
        for i, j in pairs:
            self.event(f"events[{i}]", gold.events[i], pred.events[j])
        for i, ge in enumerate(gold.events):
            if i not in paired_g:
                self.event(f"events[{i}]", ge, None)
        for j, pe in enumerate(pred.events):
            if j not in paired_p:
                self.event(f"events[pred {j}]", None, pe)

    def event(self, path: str, ge: Event | None, pe: Event | None) -> None:
        """Score two paired events; a missing side (None) makes every slot FN or FP."""
        def scalars(ev: Event | None) -> dict[str, Any]:
            if ev is None:
                return dict.fromkeys(("kind", "date", "period.year", "period.months", "venue",
                                      "bloc.name", "bloc.number", "member_count"))
            return {
                "kind": ev.kind, "date": ev.date,
                "period.year": ev.period.year if ev.period else None,
                "period.months": ev.period.months if ev.period else None,
                "venue": ev.venue,
                "bloc.name": ev.bloc.name if ev.bloc else None,
                "bloc.number": ev.bloc.number if ev.bloc else None,
                "member_count": ev.member_count,
            }

        g, p = scalars(ge), scalars(pe)
        names = {"venue", "bloc.name"}
        for key in g:
            eq = self.name_eq() if key in names else None
            self.slot(f"events.{key}", f"{path}.{key}", g[key], p[key], eq)

        def items(ev: Event | None, attr: str) -> list[Any]:
            return list(getattr(ev, attr)) if ev is not None else []

        name_eq = self.name_eq()
        # roles: key (role, year); within the key, best org first; org is a slot
        self.items(path, "roles", items(ge, "roles"), items(pe, "roles"),
                   pair_by_key(items(ge, "roles"), items(pe, "roles"),
                               key=lambda r: (r.role, r.year),
                               sim=lambda a, b: token_f1(a.org, b.org, self.province)),
                   attrs={"org": name_eq})
        for attr in ("members", "campaigns"):
            gl, pl = items(ge, attr), items(pe, attr)
            self.items(path, attr, gl, pl, pair_by_name(gl, pl, self.mode, self.province), attrs={})
        # people: strict name; title lenient at 0.5
        gl, pl = items(ge, "people"), items(pe, "people")
        self.items(path, "people", gl, pl,
                   pair_by_key(gl, pl, key=lambda x: canonical(x.name),
                               sim=lambda a, b: token_f1(a.title or "", b.title or "")),
                   attrs={"title": self.name_eq(PERSON_TITLE_THRESHOLD)})
        # documents: canonical number; type, date, issuer
        gl, pl = items(ge, "documents"), items(pe, "documents")
        self.items(path, "documents", gl, pl,
                   pair_by_key(gl, pl, key=lambda d: canonical_number(d.number),
                               sim=lambda a, b: (a.type == b.type) + (a.date == b.date)
                               + token_f1(a.issuer or "", b.issuer or "")),
                   attrs={"type": None, "date": None, "issuer": name_eq})
        # awards: (kind, level, recipient_type); count, status
        gl, pl = items(ge, "awards"), items(pe, "awards")
        self.items(path, "awards", gl, pl,
                   pair_by_key(gl, pl, key=lambda a: (a.kind, a.level, a.recipient_type),
                               sim=lambda a, b: (a.count == b.count) + (a.status == b.status)),
                   attrs={"count": None, "status": None})

    def items(self, path: str, name: str, gold: list[Any], pred: list[Any],
              pairs: list[tuple[int, int]], attrs: Mapping[str, Callable[[Any, Any], bool] | None]) -> None:
        """Paired key ⇒ TP and each attribute a slot; unpaired items ⇒ FN/FP for key and non-null attributes."""
        family = f"events.{name}"
        paired_g = {i for i, _ in pairs}
        paired_p = {j for _, j in pairs}
        for i, j in pairs:
            self._count(family, tp=1)
            for attr, eq in attrs.items():
                self.slot(f"{family}.{attr}", f"{path}.{name}[{i}].{attr}",
                          getattr(gold[i], attr), getattr(pred[j], attr), eq)
        for side, seq, paired in (("fn", gold, paired_g), ("fp", pred, paired_p)):
            for k, it in enumerate(seq):
                if k in paired:
                    continue
                self._count(family, **{side: 1})
                for attr in attrs:
                    if getattr(it, attr) is not None:
                        self._count(f"{family}.{attr}", **{side: 1})
                where = f"{path}.{name}[{k}]" if side == "fn" else f"{path}.{name}[pred {k}]"
                g, p = (it, None) if side == "fn" else (None, it)
                self._miss(family, where, g, p, side)


def _as_record(doc_id: str, v: ArticleRecord | Mapping[str, Any]) -> ArticleRecord:
    if isinstance(v, ArticleRecord):
        return v
    data = dict(v)
    data.setdefault("doc_id", doc_id)
    try:
        return ArticleRecord.model_validate(data)
    except ValidationError as exc:
        raise KhoiError(f"E302: record {doc_id!r} does not fit the schema: {exc}") from exc


def _total(per_field: Mapping[str, Counts]) -> Counts:
    total = Counts()
    for c in per_field.values():
        total.add(c)
    return total


def score(gold: Mapping[str, ArticleRecord | Mapping[str, Any]],
          pred: Mapping[str, ArticleRecord | Mapping[str, Any]]) -> EvalResult:
    """Score predictions against gold, both keyed by doc_id.

    A gold doc without a prediction is scored against an empty record (all FN)
    and listed in `.missing`; predictions without gold are listed in `.unscored`.
    """
    lenient = _Scorer("lenient", record_mismatches=True)
    strict = _Scorer("strict", record_mismatches=False)
    missing: list[str] = []
    for doc in sorted(gold):
        g = _as_record(doc, gold[doc])
        if doc in pred:
            p = _as_record(doc, pred[doc])
        else:
            missing.append(doc)
            p = ArticleRecord(doc_id=doc)
        lenient.record_pair(doc, g, p)
        strict.record_pair(doc, g, p)
    return EvalResult(
        micro=_total(lenient.per_field), strict=_total(strict.per_field),
        per_field=lenient.per_field, per_field_strict=strict.per_field,
        per_doc=lenient.per_doc, mismatches=lenient.mismatches,
        missing=missing, unscored=sorted(set(pred) - set(gold)), n_docs=len(gold),
    )


# -- loading ----------------------------------------------------------------

def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KhoiError(f"E301: cannot read JSON record file {path}: {exc}") from exc


def load_gold_dir(directory: str | Path) -> dict[str, ArticleRecord]:
    """Gold records of a directory of `<doc_id>.json` files, keyed by file stem."""
    d = Path(directory)
    if not d.is_dir():
        raise KhoiError(f"E300: gold directory {d} does not exist")
    out: dict[str, ArticleRecord] = {}
    for path in sorted(d.glob("*.json")):
        data = _read_json(path)
        if not isinstance(data, dict):
            raise KhoiError(f"E303: {path} does not hold one JSON record")
        data["doc_id"] = path.stem
        out[path.stem] = _as_record(path.stem, data)
    return out


def _prediction_rows(source: str | Path, log: Callable[[str], None]) -> list[tuple[str, dict[str, Any]]]:
    """(doc_id, row) pairs of a predictions file or directory (see `load_predictions`)."""
    src = Path(source)
    raw: list[tuple[str, Any]] = []
    if src.is_dir():
        raw = [(path.stem, _read_json(path)) for path in sorted(src.glob("*.json"))]
    elif src.suffix == ".jsonl":
        try:
            content = src.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise KhoiError(f"E301: cannot read predictions {src}: {exc}") from exc
        lines = content.splitlines()
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                raw.append((f"{src.stem}:{n}", json.loads(line)))
            except json.JSONDecodeError as exc:
                if n == len(lines) and not content.endswith("\n"):
                    log(f"E301: {src}:{n}: skipping a cut-off last line (interrupted run?)")
                    continue
                raise KhoiError(f"E301: {src}:{n}: not a JSON record: {exc}") from exc
    elif src.is_file():
        data = _read_json(src)
        if isinstance(data, list):
            raw = [(f"{src.stem}:{k}", rec) for k, rec in enumerate(data)]
        else:
            raw = [(src.stem, data)]
    else:
        raise KhoiError(f"E300: predictions {src} do not exist")
    rows: list[tuple[str, dict[str, Any]]] = []
    for fallback, data in raw:
        if not isinstance(data, dict):
            raise KhoiError(f"E303: {fallback}: a record must be a JSON object")
        rows.append((str(data.get("doc_id") or fallback), data))
    return rows


def load_predictions(source: str | Path, log: Callable[[str], None] = lambda m: None) -> dict[str, ArticleRecord]:
    """Predicted records from a `.jsonl` file (one record a line, as `batch` writes),
    a `.json` file (one record or a list) or a directory of `.json` files, keyed by
    doc_id (a record without one takes its file stem)."""
    return {doc_id: _as_record(doc_id, row) for doc_id, row in _prediction_rows(source, log)}


def load_prediction_texts(source: str | Path) -> dict[str, str]:
    """Article texts carried in prediction rows (`batch` adds `text` for HTML inputs)."""
    return {doc_id: row["text"] for doc_id, row in _prediction_rows(source, lambda m: None)
            if isinstance(row.get("text"), str)}


def predict_corpus(corpus: str | Path, log: Callable[[str], None] = lambda m: None) -> dict[str, ArticleRecord]:
    """Run the extractor on every `*.txt` of a directory (doc_id = file stem).
    A file the extractor fails on is logged and left out (it then counts as missing)."""
    from .pipeline import extract_file

    d = Path(corpus)
    if not d.is_dir():
        raise KhoiError(f"E300: corpus directory {d} does not exist")
    out: dict[str, ArticleRecord] = {}
    for path in sorted(d.glob("*.txt")):
        try:
            out[path.stem] = extract_file(path, doc_id=path.stem)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the evaluation
            log(f"E304: extraction failed on {path.name}: {type(exc).__name__}: {exc}")
    return out


def load_texts(corpus: str | Path | None) -> dict[str, str]:
    """Article texts by doc_id, for showing mismatches in context (best effort)."""
    if corpus is None or not Path(corpus).is_dir():
        return {}
    from .reading import read_text_file

    texts: dict[str, str] = {}
    for path in sorted(Path(corpus).glob("*.txt")):
        try:
            texts[path.stem] = read_text_file(path)
        except (OSError, KhoiError):
            continue
    return texts


# -- rendering ----------------------------------------------------------------

def _short(v: Any, width: int = 60) -> str:
    s = "∅" if v is None else (v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))
    return s if len(s) <= width else s[: width - 1] + "…"


def _fmt(c: Counts) -> str:
    return f"P={c.p:.3f} R={c.r:.3f} F1={c.f1:.3f}  tp={c.tp} fp={c.fp} fn={c.fn}"


def format_table(result: EvalResult) -> str:
    """The per-field table (families with no slots in gold or prediction are left out)."""
    head = f"{'field':<26}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}{'strict F1':>11}"
    lines = [head, "-" * len(head)]
    for fam, c in result.per_field.items():
        if c.tp + c.fp + c.fn == 0:
            continue
        s = result.per_field_strict[fam]
        lines.append(f"{fam:<26}{c.p:>7.3f}{c.r:>7.3f}{c.f1:>7.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}{s.f1:>11.3f}")
    return "\n".join(lines)


def format_mismatches(result: EvalResult, limit: int | None) -> str:
    ms = result.mismatches
    shown = ms if limit is None or limit < 0 else ms[:limit]
    lines = [f"mismatches: {len(ms)}" + (f" (showing {len(shown)})" if len(shown) < len(ms) else "")]
    for m in shown:
        lines.append(f"  {m.doc:<24} {m.field:<34} {m.error:<6} gold={_short(m.gold)}  pred={_short(m.predicted)}")
    return "\n".join(lines)


def headline(result: EvalResult) -> list[str]:
    """The last three lines of the terminal output (a hook reads them)."""
    return [
        f"documents: {result.n_docs} scored, {len(result.missing)} without prediction",
        f"micro (lenient): {_fmt(result.micro)}",
        f"micro (strict): {_fmt(result.strict)}",
    ]


def _fold(s: str) -> str:
    """Length-preserving search form: NFC assumed, per-character lower case, modern tones."""
    low = "".join(c.lower() if len(c.lower()) == 1 else c for c in s)
    return modern_tones(low)


# Words to look for when showing an enum value in context (presentation only).
_ENUM_WORDS: dict[str, list[str]] = {
    "tong_ket": ["tổng kết"], "so_ket": ["sơ kết"], "giao_uoc": ["giao ước"], "phat_dong": ["phát động"],
    "co_thi_dua": ["cờ thi đua"], "bang_khen": ["bằng khen"], "giay_khen": ["giấy khen"],
    "huan_chuong": ["huân chương"], "khen_thuong": ["khen thưởng"],
    "proposed": ["đề nghị"], "conferred": ["tặng", "trao"],
}


def _needles(v: Any) -> list[str]:
    """Strings to look for in the article for a gold or predicted value."""
    if isinstance(v, dict):
        for k in ("org", "name", "number", "title", "issuer", "kind"):
            if isinstance(v.get(k), str):
                return _needles(v[k])
        return []
    if isinstance(v, str) and v in _ENUM_WORDS:
        return _ENUM_WORDS[v]
    if isinstance(v, bool) or v is None:
        return []
    if isinstance(v, int):
        return [f"{v:02d}", str(v)]
    if isinstance(v, str):
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
        if m:
            y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
            out = [f"ngày {d} tháng {mo} năm {y}", f"ngày {d:02d} tháng {mo:02d} năm {y}"]
            for sep in "/-.":
                out += [f"{d:02d}{sep}{mo:02d}{sep}{y}", f"{d}{sep}{mo}{sep}{y}"]
            for sep in "/-":
                out += [f"{d:02d}{sep}{mo:02d}", f"{d}{sep}{mo}"]
            return out + [f"ngày {d} tháng {mo}", f"ngày {d:02d} tháng {mo:02d}"]
        return [v] if len(v) >= 2 else []
    return []


def locate(text: str, value: Any) -> tuple[int, int] | None:
    """Offsets of a value in NFC `text` (case and tone placement ignored), or None.

    Whole-word occurrences win over ones inside a longer word; digits never
    match inside a longer number (`8/11` is not found in `28/11`)."""
    folded = _fold(text)
    for needle in _needles(value):
        n = _fold(unicodedata.normalize("NFC", needle))
        if not n:
            continue
        body = re.escape(n)
        digit_guard = ("(?<!\\d)" if n[0].isdigit() else "") + body + ("(?!\\d)" if n[-1].isdigit() else "")
        word = ("(?<!\\w)" if n[0].isalnum() else "") + body + ("(?!\\w)" if n[-1].isalnum() else "")
        for pattern in (word, digit_guard):
            m = re.search(pattern, folded)
            if m:
                return m.start(), m.end()
    return None


def _context_html(text: str, value: Any, radius: int = 150) -> str | None:
    hit = locate(text, value)
    if hit is None:
        return None
    a, b = hit
    lo, hi = max(0, a - radius), min(len(text), b + radius)
    return ("…" if lo else "") + html.escape(text[lo:a]) + "<mark>" + html.escape(text[a:b]) + \
        "</mark>" + html.escape(text[b:hi]) + ("…" if hi < len(text) else "")


_CSS = """
body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1100px}
h1{font-size:1.4em} h2{font-size:1.15em;margin-top:2em}
table{border-collapse:collapse;font-size:.9em} td,th{padding:3px 8px;border-bottom:1px solid #ddd;text-align:right}
td:first-child,th:first-child{text-align:left} .head{font-size:1.1em;background:#f4f6fa;padding:.8em;border-radius:6px}
.mm{border:1px solid #ddd;border-radius:6px;padding:.5em .8em;margin:.6em 0}
.mm .f{font-family:monospace;font-weight:bold} .err{font-size:.8em;padding:1px 6px;border-radius:4px;color:#fff}
.fn{background:#c0392b} .fp{background:#d35400} .fpfn{background:#8e44ad}
.ctx{font-size:.85em;color:#444;background:#fafafa;padding:.4em;margin-top:.3em;white-space:pre-wrap}
mark{background:#ffe066} code{font-size:.9em} .none{color:#999}
"""


def _svg_chart(result: EvalResult) -> str:
    rows = [(f, c) for f, c in result.per_field.items() if c.tp + c.fp + c.fn]
    bar_h, label_w, width = 18, 190, 360
    height = bar_h * len(rows) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + width + 60}" '
             f'height="{height}" role="img" aria-label="per-field F1">']
    for k, (fam, c) in enumerate(rows):
        y = 5 + k * bar_h
        w = round(c.f1 * width, 1)
        parts.append(f'<text x="{label_w - 6}" y="{y + 13}" font-size="12" text-anchor="end">'
                     f'{html.escape(fam)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 2}" width="{width}" height="{bar_h - 4}" fill="#eee"/>')
        parts.append(f'<rect x="{label_w}" y="{y + 2}" width="{w}" height="{bar_h - 4}" fill="#3b7dd8"/>')
        parts.append(f'<text x="{label_w + width + 6}" y="{y + 13}" font-size="12">{c.f1:.2f}</text>')
    parts.append("</svg>")
    return "".join(parts)


def render_html(result: EvalResult, texts: Mapping[str, str] | None = None, title: str = "khoi-extract evaluation") -> str:
    """A self-contained HTML page: headline, per-field table, F1 chart, every mismatch in context."""
    texts = {k: unicodedata.normalize("NFC", v) for k, v in (texts or {}).items()}
    e = html.escape
    out = [f"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{e(title)}</title>"
           f"<style>{_CSS}</style></head><body><h1>{e(title)}</h1>"]
    out.append('<div class="head">' + "<br>".join(e(line) for line in headline(result)) + "</div>")
    if result.missing:
        out.append("<p>Gold documents without a prediction (scored all-FN): "
                   + ", ".join(f"<code>{e(d)}</code>" for d in result.missing) + "</p>")
    out.append("<h2>Per field</h2><table><tr><th>field</th><th>P</th><th>R</th><th>F1</th>"
               "<th>tp</th><th>fp</th><th>fn</th><th>strict F1</th></tr>")
    for fam, c in result.per_field.items():
        if c.tp + c.fp + c.fn == 0:
            continue
        s = result.per_field_strict[fam]
        out.append(f"<tr><td>{e(fam)}</td><td>{c.p:.3f}</td><td>{c.r:.3f}</td><td>{c.f1:.3f}</td>"
                   f"<td>{c.tp}</td><td>{c.fp}</td><td>{c.fn}</td><td>{s.f1:.3f}</td></tr>")
    out.append("</table><h2>F1 by field</h2>" + _svg_chart(result))
    out.append("<h2>Per document</h2><table><tr><th>document</th><th>P</th><th>R</th><th>F1</th>"
               "<th>tp</th><th>fp</th><th>fn</th></tr>")
    for doc, c in result.per_doc.items():
        out.append(f"<tr><td>{e(doc)}</td><td>{c.p:.3f}</td><td>{c.r:.3f}</td><td>{c.f1:.3f}</td>"
                   f"<td>{c.tp}</td><td>{c.fp}</td><td>{c.fn}</td></tr>")
    out.append("</table>")
    out.append(f"<h2>Mismatches ({len(result.mismatches)})</h2>")
    for m in result.mismatches:
        cls = m.error.replace("+", "")
        val = lambda v: '<span class="none">∅</span>' if v is None else (  # noqa: E731
            f"<code>{e(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))}</code>")
        block = [f'<div class="mm"><span class="err {cls}">{e(m.error)}</span> '
                 f'<code>{e(m.doc)}</code> <span class="f">{e(m.field)}</span><br>'
                 f"gold: {val(m.gold)}<br>predicted: {val(m.predicted)}"]
        text = texts.get(m.doc)
        if text is not None:
            ctx = _context_html(text, m.gold) if m.gold is not None else None
            if ctx is None and m.predicted is not None:
                ctx = _context_html(text, m.predicted)
            if ctx is not None:
                block.append(f'<div class="ctx">{ctx}</div>')
        block.append("</div>")
        out.append("".join(block))
    out.append("</body></html>")
    return "\n".join(out)


# -- command line ----------------------------------------------------------------

def configure_evaluate_parser(p: argparse.ArgumentParser) -> None:
    p.epilog = ("examples:\n"
                "  khoi-extract evaluate --gold gold --corpus corpus/dev\n"
                "  khoi-extract evaluate --gold gold --pred out.jsonl --report report.html --mismatches -1\n"
                "the last three lines printed are the headline (documents, micro lenient, micro strict);\n"
                "scoring rules: RECORD.md \"Scoring\" and docs/evaluate.md")
    p.add_argument("--gold", required=True, metavar="DIR", help="directory of gold records (<doc_id>.json)")
    p.add_argument("--pred", metavar="FILE_OR_DIR",
                   help="predicted records: a .jsonl file (as batch writes) or a directory of .json files")
    p.add_argument("--corpus", metavar="DIR", help="directory of article .txt files: without --pred the extractor runs "
                   "on them; with --pred they give the report its context (default: GOLD/../texts if present)")
    p.add_argument("--json", action="store_true", help="print the result as JSON instead of tables")
    p.add_argument("--report", metavar="FILE", help="also write a self-contained HTML report")
    p.add_argument("--mismatches", type=int, default=50, metavar="N",
                   help="mismatches to print (default 50; 0 none; -1 all)")


def run_evaluate(args: argparse.Namespace) -> int:
    def log(msg: str) -> None:
        print(msg, file=sys.stderr)

    corpus = args.corpus
    if corpus is None:
        guess = Path(args.gold).parent / "texts"
        corpus = str(guess) if guess.is_dir() else None
    try:
        gold = load_gold_dir(args.gold)
        if args.pred:
            pred = load_predictions(args.pred, log=log)
        elif corpus:
            log(f"extracting {len(list(Path(corpus).glob('*.txt')))} articles from {corpus} …")
            pred = predict_corpus(corpus, log=log)
            # One gold folder may serve several corpus splits: score the split that was run.
            stems = {p.stem for p in Path(corpus).glob("*.txt")}
            in_corpus = {k: v for k, v in gold.items() if k in stems}
            if in_corpus and len(in_corpus) < len(gold):
                log(f"scoring the {len(in_corpus)} gold records whose article is in {corpus} "
                    f"({len(gold) - len(in_corpus)} others skipped)")
                gold = in_corpus
        else:
            log("E305: give --pred FILE_OR_DIR or --corpus DIR")
            return 2
        result = score(gold, pred)
    except KhoiError as exc:
        log(f"khoi-extract evaluate: {exc}")
        return 2
    if args.report:
        try:
            texts = load_texts(corpus)
            if args.pred:
                texts.update(load_prediction_texts(args.pred))
            Path(args.report).write_text(render_html(result, texts), encoding="utf-8")
        except OSError as exc:
            log(f"E306: cannot write report {args.report}: {exc}")
            return 2
        log(f"report written to {args.report}")
    if args.json:
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    sys.stderr.flush()
    print(format_table(result))
    print()
    if args.mismatches:
        print(format_mismatches(result, args.mismatches))
        print()
    if result.missing:
        print("without prediction: " + ", ".join(result.missing))
    if result.unscored:
        print("predictions without gold (not scored): " + ", ".join(result.unscored))
    print("\n".join(headline(result)))
    return 0
