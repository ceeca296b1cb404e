"""`khoi-extract show`: one article with every extracted value highlighted in place.

The page answers "which words became which field": the article text with a
displaCy-style mark per span (one colour per field family), a legend, the record
as a table beside the text (each value linked to its marks, values without any
span flagged), the record's warnings at the top, and the spans that could not
be placed on the text listed separately with the reason.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from ..errors import KhoiError
from ..schema import ArticleRecord, Event
from .marks import Layout, layout
from .render import FAMILIES, ViewError, esc, field_family, page, swatch, write_page

_EVENT_PREFIX = re.compile(r"^events\[(\d+)\]\.?")


def _label_function(n_events: int) -> Callable[[str], str]:
    """Short mark labels: drop `events[0].` when the record has a single event."""
    def label(path: str) -> str:
        if n_events <= 1:
            return _EVENT_PREFIX.sub("", path) or path
        return _EVENT_PREFIX.sub(lambda m: f"E{int(m.group(1)) + 1} ", path)
    return label


def _event_rows(i: int, ev: Event) -> list[tuple[str, str, str | None]]:
    """(path, field label, value text or None) for one event's table rows."""
    p = f"events[{i}]"
    rows: list[tuple[str, str, str | None]] = [
        (f"{p}.kind", "kind", ev.kind),
        (f"{p}.date", "date", ev.date.isoformat() if ev.date else None),
        (f"{p}.period", "period",
         None if ev.period is None else
         f"{ev.period.year}" + (f", {ev.period.months} months" if ev.period.months else "")),
        (f"{p}.venue", "venue", ev.venue),
        (f"{p}.bloc", "bloc",
         None if ev.bloc is None else
         ev.bloc.name + (f" (no. {ev.bloc.number})" if ev.bloc.number is not None else "")),
        (f"{p}.member_count", "member_count",
         None if ev.member_count is None else str(ev.member_count)),
    ]
    for j, r in enumerate(ev.roles):
        rows.append((f"{p}.roles[{j}]", f"roles[{j}]",
                     f"{'leader' if r.role == 'leader' else 'vice leader'} {r.year}: {r.org}"))
    for j, m in enumerate(ev.members):
        rows.append((f"{p}.members[{j}]", f"members[{j}]", m))
    for j, a in enumerate(ev.awards):
        bits = [a.kind, a.level or "level ?", a.recipient_type or "recipient ?"]
        if a.count is not None:
            bits.append(f"× {a.count}")
        bits.append(a.status)
        rows.append((f"{p}.awards[{j}]", f"awards[{j}]", " · ".join(bits)))
    for j, d in enumerate(ev.documents):
        bits = [d.type, d.number]
        if d.date:
            bits.append(d.date.isoformat())
        if d.issuer:
            bits.append(d.issuer)
        rows.append((f"{p}.documents[{j}]", f"documents[{j}]", " · ".join(bits)))
    for j, person in enumerate(ev.people):
        rows.append((f"{p}.people[{j}]", f"people[{j}]",
                     person.name + (f" — {person.title}" if person.title else "")))
    for j, c in enumerate(ev.campaigns):
        rows.append((f"{p}.campaigns[{j}]", f"campaigns[{j}]", c))
    return rows


def _covers(path: str, span_field: str) -> bool:
    """A span field grounds a table path when it is the path or lies below it."""
    return span_field == path or span_field.startswith((path + ".", path + "["))


def _record_table(rec: ArticleRecord, lay: Layout) -> tuple[str, int]:
    """The record as a table; returns the HTML and how many values lack a span."""
    top = [
        ("title", "title", rec.title),
        ("published", "published", rec.published.isoformat() if rec.published else None),
        ("author", "author", rec.author),
        ("province", "province", rec.province),
    ]
    sections: list[tuple[str, list[tuple[str, str, str | None]]]] = [("Article", top)]
    for i, ev in enumerate(rec.events):
        sections.append((f"Event {i + 1}", _event_rows(i, ev)))
    bad_fields = {u.span.field for u in lay.ungrounded}
    missing = 0
    out = ['<table class="rec"><thead><tr><th>field</th><th>value</th><th>evidence</th></tr></thead>']
    for title, rows in sections:
        out.append(f'<tbody><tr class="sec"><th colspan="3">{esc(title)}</th></tr>')
        for path, label, value in rows:
            fam = field_family(path)
            targets: list[str] = []
            for idx, sp in enumerate(rec.spans):
                if idx in lay.mark_id and _covers(path, sp.field) and lay.mark_id[idx] not in targets:
                    targets.append(lay.mark_id[idx])
            links = [f'<a class="ev" href="#{t}" title="{esc(label)}: mark {n}">{n}</a>'
                     for n, t in enumerate(targets, 1)]
            if value is None:
                evidence, cls = "", "null"
            elif links:
                evidence, cls = " ".join(links), ""
            elif any(_covers(path, f) for f in bad_fields):
                evidence, cls = '<a class="badge bad" href="#ungrounded">ungrounded</a>', "nospan"
                missing += 1
            else:
                evidence, cls = '<span class="badge bad">no span</span>', "nospan"
                missing += 1
            shown = "—" if value is None else esc(value)
            out.append(f'<tr class="{cls}"><td>{swatch(fam, label)}</td>'
                       f'<td class="val">{shown}</td><td class="evc">{evidence}</td></tr>')
        out.append("</tbody>")
    if not rec.events:
        out.append('<tbody><tr class="sec"><th colspan="3">No events</th></tr>'
                   '<tr><td colspan="3" class="muted">The record reports no bloc meeting.</td></tr></tbody>')
    out.append("</table>")
    return "".join(out), missing


def _legend(rec: ArticleRecord, lay: Layout) -> str:
    counts = Counter(field_family(rec.spans[i].field).key for i in lay.mark_id)
    items = []
    for f in FAMILIES:
        n = counts.get(f.key, 0)
        if f.key == "other" and not n:
            continue
        items.append(f'<li class="{"" if n else "none"}"><label for="t-{f.key}" title="show / hide">'
                     f'{swatch(f)}<span class="n">{n}</span></label></li>')
    return ('<section class="legend" aria-label="legend"><h2>Legend <small>click a family to '
            'hide or show its marks</small></h2><ul>' + "".join(items) + "</ul></section>")


def _toggles() -> tuple[str, str]:
    """Checkboxes (before the legend and the text) and the CSS that lets a legend
    click hide one family's marks; no script needed."""
    boxes = "".join(f'<input type="checkbox" class="famtoggle" id="t-{f.key}" checked '
                    f'aria-label="show {esc(f.label)}">' for f in FAMILIES)
    rules = []
    for f in FAMILIES:
        off = f"#t-{f.key}:not(:checked)"
        rules.append(f"{off}~main mark.fam-{f.key}{{background:transparent;box-shadow:none;"
                     f"padding:0;margin:0;outline:none}}{off}~main mark.fam-{f.key}>.lbl{{display:none}}"
                     f'{off}~.legend label[for="t-{f.key}"]{{opacity:.4;text-decoration:line-through}}')
    return boxes, "\n".join(rules)


def _ungrounded_section(rec: ArticleRecord, lay: Layout) -> str:
    if not lay.ungrounded:
        return ('<section id="ungrounded" class="ungrounded ok"><h2>Spans not in the text</h2>'
                '<p>None: every span matches the source text at its offsets.</p></section>')
    rows = []
    for u in lay.ungrounded:
        fam = field_family(u.span.field)
        found = "—" if u.found is None else f"<q>{esc(u.found)}</q>"
        rows.append(
            f'<tr data-span="{u.index}"><td>{swatch(fam, u.span.field)}</td>'
            f'<td class="num">{u.span.start}</td><td class="num">{u.span.end}</td>'
            f'<td><q>{esc(u.span.text)}</q></td><td>{found}</td><td>{esc(u.reason)}</td></tr>'
        )
    return ('<section id="ungrounded" class="ungrounded"><h2>Spans not in the text '
            f'<span class="count">{len(lay.ungrounded)}</span></h2>'
            '<table class="grid"><thead><tr><th>field</th><th>start</th><th>end</th>'
            '<th>span text</th><th>source at [start:end]</th><th>reason</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table></section>")


def render_record_html(record: ArticleRecord, source_text: str) -> str:
    """One self-contained HTML page showing `record`'s spans over `source_text`."""
    lay = layout(source_text, record.spans, _label_function(len(record.events)))
    table, missing = _record_table(record, lay)
    warnings = list(record.warnings)
    if lay.ungrounded:
        warnings.append(f"W401: {len(lay.ungrounded)} span(s) could not be placed on the text "
                        "(see “Spans not in the text”)")
    if missing:
        warnings.append(f"W402: {missing} extracted value(s) have no span in the text")
    if warnings:
        warn_html = ('<section class="warnings" aria-label="warnings"><h2>Warnings</h2><ul>'
                     + "".join(f"<li>{esc(w)}</li>" for w in warnings) + "</ul></section>")
    else:
        warn_html = '<section class="warnings ok" aria-label="warnings"><p>No warnings.</p></section>'
    notes = [f"{len(lay.mark_id)} of {len(record.spans)} spans highlighted"]
    if lay.nested:
        notes.append(f"{len(lay.nested)} drawn inside another mark")
    if lay.crossing:
        notes.append(f"{len(lay.crossing)} crossing another and drawn in pieces (dashed)")
    kinds = ", ".join(ev.kind for ev in record.events) or "no events"
    boxes, toggle_css = _toggles()
    raw = json.dumps(record.to_json(), ensure_ascii=False, indent=2)
    body = f"""{boxes}
<header class="top">
<p class="kicker">khoi-extract · show</p>
<h1>{esc(record.title or record.doc_id)}</h1>
<p class="meta"><code>{esc(record.doc_id)}</code> · {len(record.events)} event(s): {esc(kinds)} ·
{esc("; ".join(notes))}</p>
</header>
{warn_html}
{_legend(record, lay)}
<main class="cols">
<section class="text-col"><h2>Article text</h2>
<div class="doc" id="text">{lay.html}</div></section>
<aside class="rec-col"><h2>Record</h2>{table}</aside>
</main>
{_ungrounded_section(record, lay)}
<details class="raw"><summary>Record as JSON</summary><pre>{esc(raw)}</pre></details>
<footer>Generated by khoi-extract. Offsets are Python string offsets into the text as read.</footer>"""
    return page(f"{record.doc_id} — khoi-extract", body, css=("base.css", "show.css"), extra_css=toggle_css)


# --- command line -------------------------------------------------------------

def configure_show_parser(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", nargs="?", help="article .txt to extract and show "
                   "(or the text for --record)")
    p.add_argument("-o", "--output", help="HTML file to write (default: standard output)")
    p.add_argument("--record", help="show this record (.json, or .jsonl picked by --id / text "
                   "file stem) instead of extracting")
    p.add_argument("--text", help="the article text the --record spans point into")
    p.add_argument("--id", dest="doc_id", help="doc_id to extract under, or to pick from a .jsonl")
    p.add_argument("--displacy", action="store_true",
                   help="write spaCy displaCy's span rendering instead of the annotated page")
    p.epilog = ("examples:\n  khoi-extract show article.txt -o page.html\n"
                "  khoi-extract show --record rec.json --text article.txt -o page.html")


def _load_record(path: Path, want_id: str, explicit: bool = False) -> ArticleRecord:
    """A record from a .json file, or the line of a .jsonl whose doc_id is `want_id`.

    A file holding a single record is taken as it is unless the id was given
    `explicit`ly (with --id); otherwise the id must be there (E406).
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ViewError(f"E402: cannot read record file {path}: {exc}") from exc
    try:
        if raw.lstrip().startswith("{") and "\n{" not in raw.strip():
            candidates = [json.loads(raw)]
        else:
            candidates = [json.loads(line) for line in raw.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise ViewError(f"E403: {path} is not JSON / JSONL: {exc}") from exc
    if not candidates:
        raise ViewError(f"E403: {path} holds no record")
    chosen = next((c for c in candidates if isinstance(c, dict) and c.get("doc_id") == want_id), None)
    if chosen is None:
        if explicit or len(candidates) > 1:
            # showing another article's record over this text would be a silent lie
            ids = [c.get("doc_id") for c in candidates if isinstance(c, dict)]
            listed = ", ".join(map(str, ids[:5])) + (f" … ({len(ids)} in all)" if len(ids) > 5 else "")
            raise ViewError(f"E406: no record with doc_id {want_id!r} in {path} (it holds {listed}); "
                            "pick one with --id")
        chosen = candidates[0]
    try:
        return ArticleRecord.model_validate(chosen)
    except ValueError as exc:
        raise ViewError(f"E404: {path} does not hold a valid ArticleRecord: {exc}") from exc


def run_show(args: argparse.Namespace) -> int:
    from ..reading import doc_stem, read_text_file

    try:
        if args.record:
            text_path = args.text or args.file
            if not text_path:
                raise ViewError("E401: --record needs the article text (--text FILE)")
            text = read_text_file(text_path)
            record = _load_record(Path(args.record), args.doc_id or doc_stem(Path(text_path)),
                                  explicit=bool(args.doc_id))
        else:
            if not args.file:
                raise ViewError("E401: give an article FILE, or --record and --text")
            from ..pipeline import extract_file

            text = read_text_file(args.file)
            record = extract_file(args.file, doc_id=args.doc_id)
    except (OSError, KhoiError) as exc:
        print(f"khoi-extract show: {exc}", file=sys.stderr)
        return 2
    if getattr(args, "displacy", False):
        from ..spacy_doc import render_displacy

        html_page = render_displacy(record, text)
    else:
        html_page = render_record_html(record, text)
    write_page(html_page, args.output)
    return 0
