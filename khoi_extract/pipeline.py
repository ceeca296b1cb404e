"""The library call: article text → validated, source-grounded ArticleRecord."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .assemble import build_record
from .normalize import normalize
from .reading import read_text_file
from .schema import ArticleRecord
from .segment import segment


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def extract(text: str, doc_id: str = "doc", published: dt.date | str | None = None) -> ArticleRecord:
    """Extract the record of one article.

    `text` is the article as read and decoded; every span in the record points into
    it. `published`, when the caller knows it (e.g. from page metadata), anchors
    year-less dates; otherwise the date printed under the headline is used.
    """
    if not isinstance(text, str):
        raise TypeError("E010: extract() needs the article as str; decode bytes with khoi_extract.reading.decode_bytes")
    norm = normalize(text)
    seg = segment(norm)
    return build_record(text, norm, seg, doc_id, _as_date(published))


def extract_file(path: str | Path, doc_id: str | None = None) -> ArticleRecord:
    """Read one article file and extract it; `doc_id` defaults to the file stem.

    `.txt` is read as is; `.html`/`.htm` (main text via trafilatura) and `.gz` go
    through `reading`; for HTML the spans point into the extracted text
    (`reading.iter_documents` gives it). A `.json`/`.jsonl` holding several
    records is for `extract_many`/`batch`.
    """
    p = Path(path)
    if p.suffix.lower() == ".txt":
        return extract(read_text_file(p), doc_id=doc_id or p.stem)
    from .errors import ReadError
    from .reading import iter_documents

    docs = list(iter_documents([p]))
    if len(docs) != 1:
        raise ReadError(f"E020: {p} holds {len(docs)} documents; use extract_many or `khoi-extract batch`")
    doc = docs[0]
    if doc.error:
        raise ReadError(doc.error)
    return extract(doc.text or "", doc_id=doc_id or doc.doc_id, published=doc.published)
