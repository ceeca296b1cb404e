"""The record as a spaCy document: evidence spans on a `Doc`, rendered by displaCy.

`record_doc` puts every span of a record into `doc.spans["khoi"]` (labels are the
field families), so a record can be inspected with spaCy's own tools;
`render_displacy` draws it with displaCy's span style, which shows overlaps.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .schema import ArticleRecord

# Field path → family label, e.g. "events[0].roles[1].org" → "ROLES".
_FAMILY = regex.compile(r"^(?:events\[\d+\]\.)?(?P<f>[a-z_]+)")


# Words, numbers (dates and document numbers whole) and single marks of the source as read:
# a record's spans point into the source, so this Doc is tokenised on the source itself.
_TOKEN = regex.compile(r"\d+(?:[/.,-]\d+)*(?:/[\p{L}\d&.-]+)?|[\p{L}\p{M}\d]+(?:[-&'’][\p{L}\p{M}\d]+)*|\S")


def family(field: str) -> str:
    m = _FAMILY.match(field)
    return (m.group("f") if m else field).upper()


@lru_cache(maxsize=1)
def _nlp():
    import spacy

    return spacy.blank("xx")


def record_doc(record: ArticleRecord, source: str):
    """A spaCy Doc over `source` with the record's spans in `doc.spans["khoi"]`."""
    from spacy.tokens import Doc

    words, spaces = [], []
    matches = list(_TOKEN.finditer(source))
    for i, m in enumerate(matches):
        words.append(m.group())
        nxt = matches[i + 1].start() if i + 1 < len(matches) else len(source)
        spaces.append(nxt > m.end())
    doc = Doc(_nlp().vocab, words=words, spaces=spaces)
    spans = []
    for s in record.spans:
        # Offsets are into `source`; the Doc's text differs only in whitespace, so map via tokens.
        span = _char_span(doc, matches, s.start, s.end, family(s.field))
        if span is not None:
            spans.append(span)
    doc.spans["khoi"] = spans
    return doc


def _char_span(doc, matches, start: int, end: int, label: str):
    """The tokens covering source[start:end] as a labelled Span (None if none)."""
    from spacy.tokens import Span

    first = next((i for i, m in enumerate(matches) if m.end() > start), None)
    if first is None or matches[first].start() >= end:
        return None
    last = first
    while last + 1 < len(matches) and matches[last + 1].start() < end:
        last += 1
    return Span(doc, first, last + 1, label=label)


def render_displacy(record: ArticleRecord, source: str) -> str:
    """displaCy's span rendering of the record's evidence (an HTML fragment)."""
    from spacy import displacy

    doc = record_doc(record, source)
    return displacy.render(doc, style="span", options={"spans_key": "khoi"}, page=True, jupyter=False)
