"""Records in Jupyter: `ArticleRecord._repr_html_` shows a record as its `show` page.

The page is a complete document with its own CSS, so it goes into an
`<iframe srcdoc>`: the notebook's styles and the page's cannot touch each other.
The text comes back from the record's `source` (a text or HTML file, or a
page of a web archive); a record without one (from `extract(text)`) shows
each value with the words it was read from instead.
"""
from __future__ import annotations

from ..schema import ArticleRecord
from .render import esc

FRAME_HEIGHT = 640
"""Pixels: the page scrolls inside the frame rather than stretching the notebook."""


def _text_of(record: ArticleRecord) -> str | None:
    if record.source is None:
        return None
    from ..reading import source_text

    try:
        return source_text(record.source.path, record.source.warc_record_id)
    except OSError:
        return None


def _spans_table(record: ArticleRecord) -> str:
    """Each span's field and text: the evidence, when the article itself is not at hand."""
    rows = "".join(f"<tr><td><code>{esc(s.field)}</code></td><td>{esc(s.text)}</td>"
                   f"<td>{s.start}–{s.end}</td></tr>" for s in record.spans)
    kinds = ", ".join(ev.kind for ev in record.events) or "no events"
    return (f"<div><b>{esc(record.title or record.doc_id)}</b> <code>{esc(record.doc_id)}</code> · "
            f"{len(record.events)} event(s): {esc(kinds)}<br><small>The article text is not at hand (the "
            "record has no readable source); <code>render_record_html(record, text)</code> highlights it. "
            "The words each value was read from:</small><table><thead><tr><th>field</th><th>text</th>"
            f"<th>offsets</th></tr></thead><tbody>{rows}</tbody></table></div>")


def record_repr_html(record: ArticleRecord) -> str:
    """What Jupyter shows for a record: its evidence page in a frame."""
    text = _text_of(record)
    if text is None:
        return _spans_table(record)
    from .show import render_record_html

    return (f'<iframe srcdoc="{esc(render_record_html(record, text))}" style="width:100%;'
            f'height:{FRAME_HEIGHT}px;border:1px solid #ddd" title="{esc(record.doc_id)}"></iframe>')
