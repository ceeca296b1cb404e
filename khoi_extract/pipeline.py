"""The library call: article text → validated, source-grounded ArticleRecord."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from .assemble import build_record
from .normalize import normalize
from .errors import ArticleTypeError, UsageError
from .schema import NULLED, ArticleRecord, Source
from .segment import segment


def _as_date(value: dt.date | str | None) -> dt.date | None:
    """The caller's publication date; anything but an ISO date is the caller's mistake (E014)."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise UsageError(f"E014: published must be an ISO date (YYYY-MM-DD) or a datetime.date, "
                         f"not {value!r}") from None


_NULLED_PATH = re.compile(r"^W\d{3}: (\S+) ")


def _cite_nulled(record: ArticleRecord) -> ArticleRecord:
    """Point each `set to null` warning at the text it came from, and drop that value's spans.

    A nulled value keeps no span (every span is evidence of a value in the
    record); its warning quotes the nearest evidence instead — the value's own
    span, or its parent's (`events[0].period` for `events[0].period.months`).
    """
    drop: set[int] = set()
    cited: list[str] = []
    for msg in record.warnings:
        m = _NULLED_PATH.match(msg)
        if not msg.endswith(NULLED) or m is None:
            cited.append(msg)
            continue
        path = m.group(1)
        own = [i for i, sp in enumerate(record.spans)
               if sp.field == path or sp.field.startswith((path + ".", path + "["))]
        drop.update(own)
        evidence = own or [i for i, sp in enumerate(record.spans) if path.startswith(sp.field + ".")]
        where = ", ".join(f"{record.spans[i].field} source[{record.spans[i].start}:{record.spans[i].end}] "
                          f"{record.spans[i].text!r}" for i in evidence)
        cited.append(f"{msg} (from {where})" if where else msg)
    record.warnings = cited
    record.spans = [sp for i, sp in enumerate(record.spans) if i not in drop]
    return record


def extract(text: str, doc_id: str = "doc", published: dt.date | str | None = None) -> ArticleRecord:
    """Extract the record of one article.

    `text` is the article as read and decoded; every span in the record points into
    it. `published`, when the caller knows it (e.g. from page metadata), anchors
    year-less dates; otherwise the date printed under the headline is used.
    """
    if not isinstance(text, str):
        raise ArticleTypeError(f"E013: extract() needs the article text as str, not {type(text).__name__}"
                               + ("; decode bytes with khoi_extract.reading.decode_bytes"
                                  if isinstance(text, (bytes, bytearray)) else ""))
    published = _as_date(published)
    norm = normalize(text)
    seg = segment(norm)
    return _cite_nulled(build_record(text, norm, seg, doc_id, published))


def extract_file(path: str | Path, doc_id: str | None = None) -> ArticleRecord:
    """Read one article file and extract it; `doc_id` defaults to the file stem.

    `.txt` is read as is; `.html`/`.htm` (main text via trafilatura) and `.gz` go
    through `reading`; for HTML the spans point into the extracted text
    (`reading.iter_documents` gives it). A `.json`/`.jsonl` holding several
    records is for `extract_many`/`batch`. Warnings from reading (W003: bytes
    that are not UTF-8) come first in the record's warnings. Like a batch row,
    the record's output-only `source` names the file (as given), so its text
    can be found again (e.g. by `_repr_html_` in a notebook).
    """
    from .errors import ReadError
    from .reading import SourceDoc, iter_documents, load_source

    p = Path(path)
    if p.suffix.lower() == ".txt":
        doc = load_source(SourceDoc(p.stem, str(p)))
    else:
        docs = list(iter_documents([p]))
        if len(docs) != 1:
            raise ReadError(f"E020: {p} holds {len(docs)} documents; use extract_many or `khoi-extract batch`")
        doc = docs[0]
    if doc.error:
        raise ReadError(doc.error)
    record = extract(doc.text or "", doc_id=doc_id or doc.doc_id, published=doc.published)
    record.warnings[:0] = doc.warnings
    record.source = Source(path=doc.path, url=doc.url, warc_record_id=doc.warc_record_id)
    return record
