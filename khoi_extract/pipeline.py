"""The library call: article text → ArticleRecord (placeholder until the core lands)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .reading import read_text_file
from .schema import ArticleRecord


def extract(text: str, doc_id: str = "doc", published: dt.date | str | None = None) -> ArticleRecord:
    """Extract the record of one article."""
    return ArticleRecord(doc_id=doc_id)


def extract_file(path: str | Path, doc_id: str | None = None) -> ArticleRecord:
    """Read a plain-text article file and extract it; `doc_id` defaults to the file stem."""
    p = Path(path)
    return extract(read_text_file(p), doc_id=doc_id or p.stem)
