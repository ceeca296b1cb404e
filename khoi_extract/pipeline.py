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
    """Read a plain-text article file and extract it; `doc_id` defaults to the file stem."""
    p = Path(path)
    return extract(read_text_file(p), doc_id=doc_id or p.stem)
