"""Batch output formats: JSONL (the journal), CSV, Parquet, DuckDB.

JSONL is the one format written record by record (append + flush), so an
interrupted run leaves a valid file. The other formats are built at the end
of a run from a JSONL journal (`OUT.partial.jsonl`) — see `convert` — and
land atomically (written to a temporary name, then renamed).

Rows are `ArticleRecord.model_dump(mode="json")` dicts, plus the key `text`
(the article text the spans point into) for documents whose text is not the
input file itself (HTML pages).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
import types
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel

from .schema import ArticleRecord

OUTPUT_SUFFIXES = (".jsonl", ".csv", ".parquet", ".duckdb")
LIST_SEP = " | "
ROW_GROUP = 2_000
"""Records per Parquet row group: bounds the memory of conversion."""


class OutputFormatError(ValueError):
    """E060: the output file name has no supported suffix."""


def output_format(path: str | Path) -> str:
    """The output format named by the file suffix (`jsonl`, `csv`, `parquet`, `duckdb`)."""
    suffix = Path(path).suffix.lower()
    if suffix not in OUTPUT_SUFFIXES:
        raise OutputFormatError(
            f"E060: unknown output suffix {suffix or '(none)'!r} in {path}; use one of {', '.join(OUTPUT_SUFFIXES)}"
        )
    return suffix[1:]


# --------------------------------------------------------------------------- JSONL


class JsonlSink:
    """Append rows to a JSONL file, one flushed line each, so a kill loses at most the line being written."""

    def __init__(self, path: str | Path, append: bool = False) -> None:
        self.path = Path(path)
        if append:
            truncate_partial_line(self.path)
        self._fh = open(self.path, "a" if append else "w", encoding="utf-8")

    def write(self, row: dict) -> None:
        self._fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> "JsonlSink":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def truncate_partial_line(path: Path) -> None:
    """Cut a trailing line without newline (a write interrupted by a kill)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb+") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        fh.seek(max(0, size - 1))
        if fh.read(1) == b"\n":
            return
        pos = size
        while pos > 0:
            step = min(65536, pos)
            fh.seek(pos - step)
            chunk = fh.read(step)
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                fh.truncate(pos - step + nl + 1)
                return
            pos -= step
        fh.truncate(0)


def iter_jsonl_rows(path: str | Path) -> Iterator[dict]:
    """Rows of a JSONL output, skipping a torn last line."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.endswith("\n"):
                return
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    continue


# --------------------------------------------------------------------------- Arrow schema


def _arrow_type(annotation: object):
    """Arrow type of a pydantic field annotation (so the Parquet schema follows schema.py)."""
    import pyarrow as pa

    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):
        return _arrow_type(args[0])
    if origin is list:
        return pa.list_(_arrow_type(args[0]))
    if origin is typing.Literal or annotation is str:
        return pa.string()
    if annotation is int:
        return pa.int64()
    if annotation is float:
        return pa.float64()
    if annotation is bool:
        return pa.bool_()
    if annotation is dt.date:
        return pa.date32()
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct([(name, _arrow_type(f.annotation)) for name, f in annotation.model_fields.items()])
    return pa.string()


def arrow_schema():
    """The Parquet schema: one row per article, events nested, plus the optional `text` column."""
    import pyarrow as pa

    fields = [pa.field(name, _arrow_type(f.annotation)) for name, f in ArticleRecord.model_fields.items()]
    fields.append(pa.field("text", pa.string()))
    return pa.schema(fields)


def _arrow_row(row: dict) -> dict:
    """A JSON-mode row with its ISO dates turned into `datetime.date` (Arrow will not parse strings)."""
    rec = ArticleRecord.model_validate(row).model_dump(mode="python")
    rec["text"] = row.get("text")
    return rec


def _json_row(rec: dict) -> dict:
    """A row read back from Parquet/DuckDB → the JSONL row shape."""
    text = rec.get("text")
    row = ArticleRecord.model_validate(rec).model_dump(mode="json")
    if text is not None:
        row["text"] = text
    return row


def _batches(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# --------------------------------------------------------------------------- Parquet


def write_parquet(rows: Iterable[dict], path: str | Path) -> int:
    """Write rows as Parquet in row groups of ROW_GROUP records; returns the count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema()
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for batch in _batches(rows, ROW_GROUP):
            writer.write_table(pa.Table.from_pylist([_arrow_row(r) for r in batch], schema=schema))
            n += len(batch)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n


def iter_parquet_rows(path: str | Path) -> Iterator[dict]:
    """Rows of a Parquet output, batch by batch."""
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(str(path)).iter_batches(batch_size=ROW_GROUP):
        for rec in batch.to_pylist():
            yield _json_row(rec)


# --------------------------------------------------------------------------- CSV

CSV_COLUMNS = [
    "doc_id", "title", "published", "author", "province", "event_index", "kind", "date",
    "period_year", "period_months", "venue", "bloc_name", "bloc_number", "leaders", "vice_leaders",
    "members", "member_count", "awards", "documents", "people", "campaigns", "warnings",
    "source_path", "source_url", "source_warc_record_id",
]


def _join(items: Iterable[str]) -> str:
    return LIST_SEP.join(items)


def _award_str(a: dict) -> str:
    parts = [a["kind"], a.get("level") or "", a.get("recipient_type") or ""]
    count = a.get("count")
    return "/".join(parts) + (f" x{count}" if count is not None else "") + f" ({a.get('status', 'proposed')})"


def _document_str(d: dict) -> str:
    extra = [x for x in (d.get("type"), d.get("date"), d.get("issuer")) if x]
    return f"{d['number']} ({', '.join(extra)})" if extra else d["number"]


def csv_rows(row: dict) -> Iterator[dict]:
    """One CSV row per event (lists joined with ' | '); an article without events gives one row."""
    base = {k: row.get(k) for k in ("doc_id", "title", "published", "author", "province")}
    source = row.get("source") or {}
    base.update({f"source_{k}": source.get(k) for k in ("path", "url", "warc_record_id")})
    warnings = _join(row.get("warnings") or [])
    events = row.get("events") or []
    if not events:
        yield {**base, "warnings": warnings}
        return
    for i, ev in enumerate(events):
        period = ev.get("period") or {}
        bloc = ev.get("bloc") or {}
        roles = ev.get("roles") or []
        yield {
            **base,
            "event_index": i,
            "kind": ev.get("kind"),
            "date": ev.get("date"),
            "period_year": period.get("year"),
            "period_months": period.get("months"),
            "venue": ev.get("venue"),
            "bloc_name": bloc.get("name"),
            "bloc_number": bloc.get("number"),
            "leaders": _join(f"{r['org']} ({r['year']})" for r in roles if r["role"] == "leader"),
            "vice_leaders": _join(f"{r['org']} ({r['year']})" for r in roles if r["role"] == "vice_leader"),
            "members": _join(ev.get("members") or []),
            "member_count": ev.get("member_count"),
            "awards": _join(_award_str(a) for a in ev.get("awards") or []),
            "documents": _join(_document_str(d) for d in ev.get("documents") or []),
            "people": _join(f"{p['name']} ({p['title']})" if p.get("title") else p["name"]
                            for p in ev.get("people") or []),
            "campaigns": _join(ev.get("campaigns") or []),
            "warnings": warnings,
        }


def write_csv(rows: Iterable[dict], path: str | Path) -> int:
    """Write rows as CSV (UTF-8 with BOM, so spreadsheet programs read the Vietnamese right)."""
    n = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerows(csv_rows(row))
            n += 1
    return n


# --------------------------------------------------------------------------- DuckDB

# Flat tables built from the nested `records` table by SQL; the (doc_id,
# event_index, *_index) columns are the keys.
DUCKDB_TABLES: dict[str, str] = {
    "articles": """
        SELECT doc_id, title, published, author, province, len(events) AS n_events,
               warnings, text, source.path AS source_path, source.url AS source_url,
               source.warc_record_id AS source_warc_record_id
        FROM records""",
    "_ev": """
        SELECT doc_id, generate_subscripts(events, 1) - 1 AS event_index, unnest(events) AS ev
        FROM records""",
    "events": """
        SELECT doc_id, event_index, ev.kind AS kind, ev.date AS date,
               ev.period.year AS period_year, ev.period.months AS period_months,
               ev.venue AS venue, ev.bloc.name AS bloc_name, ev.bloc.number AS bloc_number,
               ev.member_count AS member_count, len(ev.members) AS n_members
        FROM _ev""",
    "roles": """
        SELECT doc_id, event_index, generate_subscripts(ev.roles, 1) - 1 AS role_index,
               unnest(ev.roles, recursive := true)
        FROM _ev""",
    "members": """
        SELECT doc_id, event_index, generate_subscripts(ev.members, 1) - 1 AS member_index,
               unnest(ev.members) AS member
        FROM _ev""",
    "awards": """
        SELECT doc_id, event_index, generate_subscripts(ev.awards, 1) - 1 AS award_index,
               unnest(ev.awards, recursive := true)
        FROM _ev""",
    "documents": """
        SELECT doc_id, event_index, generate_subscripts(ev.documents, 1) - 1 AS document_index,
               unnest(ev.documents, recursive := true)
        FROM _ev""",
    "people": """
        SELECT doc_id, event_index, generate_subscripts(ev.people, 1) - 1 AS person_index,
               unnest(ev.people, recursive := true)
        FROM _ev""",
    "campaigns": """
        SELECT doc_id, event_index, generate_subscripts(ev.campaigns, 1) - 1 AS campaign_index,
               unnest(ev.campaigns) AS campaign
        FROM _ev""",
    "spans": """
        SELECT doc_id, generate_subscripts(spans, 1) - 1 AS span_index,
               unnest(spans, recursive := true)
        FROM records""",
}
DUCKDB_KEYS: dict[str, tuple[str, ...]] = {
    "records": ("doc_id",),
    "articles": ("doc_id",),
    "events": ("doc_id", "event_index"),
    "roles": ("doc_id", "event_index", "role_index"),
    "members": ("doc_id", "event_index", "member_index"),
    "awards": ("doc_id", "event_index", "award_index"),
    "documents": ("doc_id", "event_index", "document_index"),
    "people": ("doc_id", "event_index", "person_index"),
    "campaigns": ("doc_id", "event_index", "campaign_index"),
    "spans": ("doc_id", "span_index"),
}


def write_duckdb(rows: Iterable[dict], path: str | Path) -> int:
    """Write a DuckDB database: `records` (nested, one row per article) and flat tables keyed by doc_id.

    The rows go through a temporary Parquet file so DuckDB streams them and
    does the flattening in SQL (memory stays bounded for any corpus size).
    """
    import duckdb

    path = Path(path)
    tmp_parquet = path.with_name(path.name + ".records.tmp.parquet")
    try:
        n = write_parquet(rows, tmp_parquet)
        con = duckdb.connect(str(path))
        try:
            con.execute(f"CREATE TABLE records AS SELECT * FROM read_parquet('{_sql_str(tmp_parquet)}')")
            _flatten(con)
            for name, key in DUCKDB_KEYS.items():
                con.execute(f"CREATE UNIQUE INDEX {name}_key ON {name} ({', '.join(key)})")
        finally:
            con.close()
    finally:
        tmp_parquet.unlink(missing_ok=True)
    return n


def _flatten(con) -> None:
    """Build the flat tables from the nested `records` table (one definition for files and frames)."""
    for name, query in DUCKDB_TABLES.items():
        temp = "TEMP " if name.startswith("_") else ""
        con.execute(f"CREATE {temp}TABLE {name} AS {query}")


def to_frames(records: Iterable[ArticleRecord | dict]) -> dict:
    """The tables of a `.duckdb` output as pandas DataFrames, built in memory, for notebooks.

    Keys: `articles`, `events`, `roles`, `members`, `awards`, `documents`,
    `people`, `campaigns`, `spans` — the same columns (and types) as the
    tables of the same name that `batch -o out.duckdb` writes. Records may be
    `ArticleRecord`s or batch rows (dicts, with `text` for HTML inputs).
    """
    import duckdb
    import pyarrow as pa

    rows = [r.model_dump(mode="json") if isinstance(r, ArticleRecord) else r for r in records]
    table = pa.Table.from_pylist([_arrow_row(r) for r in rows], schema=arrow_schema())
    con = duckdb.connect(":memory:")
    try:
        con.register("records_arrow", table)
        con.execute("CREATE TABLE records AS SELECT * FROM records_arrow")
        _flatten(con)
        return {name: con.execute(f"SELECT * FROM {name} ORDER BY {', '.join(DUCKDB_KEYS[name])}").df()
                for name in DUCKDB_TABLES if not name.startswith("_")}
    finally:
        con.close()


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")


def iter_duckdb_rows(path: str | Path) -> Iterator[dict]:
    """Rows of a DuckDB output (from its nested `records` table)."""
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        cur = con.execute("SELECT * FROM records")
        cols = [d[0] for d in cur.description]
        while chunk := cur.fetchmany(ROW_GROUP):
            for values in chunk:
                yield _json_row(dict(zip(cols, values)))
    finally:
        con.close()


# --------------------------------------------------------------------------- conversion

WRITERS = {"csv": write_csv, "parquet": write_parquet, "duckdb": write_duckdb}
READERS = {"jsonl": iter_jsonl_rows, "parquet": iter_parquet_rows, "duckdb": iter_duckdb_rows}


def write_rows(rows: Iterable[dict], path: str | Path) -> int:
    """Write rows in the format of `path`'s suffix, atomically (temporary name, then rename)."""
    path = Path(path)
    fmt = output_format(path)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        if fmt == "jsonl":
            n = 0
            with JsonlSink(tmp) as sink:
                for row in rows:
                    sink.write(row)
                    n += 1
        else:
            n = WRITERS[fmt](rows, tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return n


def read_rows(path: str | Path) -> Iterator[dict]:
    """Rows of an existing output (any format but CSV, which does not keep whole records)."""
    fmt = output_format(path)
    if fmt not in READERS:
        raise OutputFormatError(f"E061: cannot read records back from a .{fmt} file; use .jsonl, .parquet or .duckdb")
    return READERS[fmt](path)


def convert(src_jsonl: str | Path, dst: str | Path) -> int:
    """Build `dst` (any format) from a JSONL journal, keeping the first row of each doc_id."""
    def unique() -> Iterator[dict]:
        seen: set[str] = set()
        for row in iter_jsonl_rows(src_jsonl):
            if row["doc_id"] not in seen:
                seen.add(row["doc_id"])
                yield row

    return write_rows(unique(), dst)
