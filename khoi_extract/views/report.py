"""`khoi-extract report`: a corpus page from a batch output (JSONL of ArticleRecords).

What the page shows, top to bottom: totals; event counts by province, bloc,
year and kind; the leadership timeline (bloc × year → leader and vice-leader
units with the articles that state them, contradictions flagged); proposed
awards by level / kind and year as inline SVG charts; a searchable table of
events (a few lines of inline vanilla JS); the list of articles. One
self-contained file, every value escaped.

Blocs from different articles are merged when they are in the same province,
of the same sort (khối / cụm), and either carry the same number or (numbers
missing) their names match leniently. Two units stated as leader (or vice
leader) of one bloc for one year that do not match leniently are a
contradiction.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from ..canonical import canonical, lenient_match, name_tokens
from ..errors import KhoiError
from ..schema import ArticleRecord, Event
from .render import ViewError, esc, page, write_page

@lru_cache(maxsize=1 << 16)
def _tokens(name: str, province: str | None) -> frozenset[str]:
    return frozenset(name_tokens(name, province=province))


@lru_cache(maxsize=1 << 16)
def _lenient(a: str, b: str, province: str | None) -> bool:
    """`lenient_match`, remembered: a corpus repeats the same few hundred names thousands of times."""
    return lenient_match(a, b, province=province)


def _same_bloc(a: str, b: str, province: str | None) -> bool:
    ta, tb = _tokens(a, province), _tokens(b, province)
    return bool(ta and tb and (ta <= tb or tb <= ta) and _lenient(a, b, province))


LEVEL_LABELS: dict[str | None, tuple[str, str]] = {
    "chinh_phu": ("Government", "#d1495b"),
    "thu_tuong": ("Prime Minister", "#f08a24"),
    "bo_nganh": ("Ministry / central", "#8250df"),
    "tinh": ("Province", "#1f78b4"),
    "khoi": ("Bloc", "#2da44e"),
    None: ("Unstated", "#9aa4ae"),
}
KIND_LABELS: dict[str, tuple[str, str]] = {
    "co_thi_dua": ("Emulation flag", "#d1495b"),
    "bang_khen": ("Certificate of merit", "#1f78b4"),
    "giay_khen": ("Certificate", "#2da44e"),
    "huan_chuong": ("Order", "#c9a227"),
    "danh_hieu": ("Title", "#8250df"),
    "khen_thuong": ("Commendation", "#9aa4ae"),
}
EVENT_KINDS = ("tong_ket", "so_ket", "giao_uoc", "phat_dong", "other")
ROLE_LABELS = {"leader": "leader", "vice_leader": "vice leader"}
SHORT_LIST = 8  # count tables show this many rows until "all N" is ticked
LINKS_SHOWN = 3  # article links one timeline claim or contradiction side shows before "N more"
MORE_ROW = ' class="more"'


# --- input ---------------------------------------------------------------------

@dataclass
class Loaded:
    """Records read from batch output, the lines that were not records, and the
    article texts some rows carry (`batch` adds `text` for HTML inputs)."""

    records: list[ArticleRecord] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)


def _records_from(obj: object, where: str, problems: list[str],
                  texts: dict[str, str], evidence: bool = True) -> list[ArticleRecord]:
    items = obj if isinstance(obj, list) else [obj]
    out: list[ArticleRecord] = []
    for k, item in enumerate(items):
        label = where if len(items) == 1 else f"{where}[{k}]"
        if isinstance(item, dict) and item.get("error") and not item.get("events"):
            problems.append(f"{label}: {item.get('doc_id', '?')}: {item['error']}")
            continue
        if not evidence and isinstance(item, dict):  # the corpus page never reads spans: skip their cost
            item = {k: v for k, v in item.items() if k not in ("spans", "text")}
        try:
            rec = ArticleRecord.model_validate(item)
        except ValueError as exc:
            first = str(exc).splitlines()[0]
            problems.append(f"{label}: not an ArticleRecord ({first})")
            continue
        out.append(rec)
        if isinstance(item.get("text"), str):
            texts[rec.doc_id] = item["text"]
    return out


TABLE_SUFFIXES = (".duckdb", ".parquet")


def load_records(paths: Iterable[str | Path], evidence: bool = True) -> Loaded:
    """Records from .jsonl / .json files or folders of them, or a batch's .duckdb / .parquet
    output; bad lines become problems.

    A batch line carrying an `error` key (a document the batch could not read)
    is reported as a problem, not counted as an article. `evidence=False`
    leaves out the spans and carried texts (only `show` pages need them), which
    halves the loading time of a large corpus.
    """
    loaded = Loaded()
    records, problems, texts = loaded.records, loaded.problems, loaded.texts
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(q for q in p.iterdir() if q.suffix in (".jsonl", ".json")))
        elif p.exists():
            files.append(p)
        else:
            raise ViewError(f"E402: no such file or folder: {p}")
    for f in files:
        if f.suffix.lower() in TABLE_SUFFIXES:
            from ..writers import read_rows

            try:
                for n, row in enumerate(read_rows(f), 1):
                    records.extend(_records_from(row, f"{f.name}:{n}", problems, texts, evidence))
            except Exception as exc:  # duckdb / pyarrow raise their own kinds on a foreign file
                raise ViewError(f"E402: cannot read records from {f}: {type(exc).__name__}: {exc}") from exc
            continue
        try:
            raw = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ViewError(f"E402: cannot read {f}: {exc}") from exc
        if f.suffix == ".json":
            try:
                records.extend(_records_from(json.loads(raw), f.name, problems, texts, evidence))
            except json.JSONDecodeError as exc:
                problems.append(f"{f.name}: not JSON ({exc})")
            continue
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{f.name}:{n}: not JSON ({exc})")
                continue
            records.extend(_records_from(obj, f"{f.name}:{n}", problems, texts, evidence))
    return loaded


# --- grouping ------------------------------------------------------------------

@dataclass
class BlocGroup:
    """One bloc as seen across articles (its surface names may differ)."""

    key: int
    province: str | None
    sort: str  # "cụm" or "khối"
    number: int | None
    names: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return max(self.names, key=len)

    @property
    def label(self) -> str:
        return self.name + (f" ({self.province})" if self.province else "")


def _sort_of(name: str) -> str:
    return "cụm" if canonical(name).startswith("cụm") else "khối"


class BlocIndex:
    """Assigns each event's bloc to a BlocGroup (see the module docstring)."""

    def __init__(self) -> None:
        self.groups: list[BlocGroup] = []
        self._seen: dict[tuple[str | None, str, int | None], BlocGroup] = {}

    def group_of(self, province: str | None, name: str, number: int | None) -> BlocGroup:
        key = (province, name, number)
        if key not in self._seen:  # the same bloc, printed the same way, in article after article
            self._seen[key] = self._match(province, name, number)
        return self._seen[key]

    def _match(self, province: str | None, name: str, number: int | None) -> BlocGroup:
        prov = canonical(province) if province else None
        sort = _sort_of(name)
        for g in self.groups:
            if (canonical(g.province) if g.province else None) != prov or g.sort != sort:
                continue
            if number is not None and g.number is not None:
                same = number == g.number
            else:
                # one bloc printed two ways: one name's words contain the other's
                # ("… Nội chính Trung ương" and "… Truyền thông Trung ương" are two blocs)
                same = any(_same_bloc(name, n, province) for n in g.names)
            if same:
                if name not in g.names:
                    g.names.append(name)
                if g.number is None:
                    g.number = number
                return g
        g = BlocGroup(len(self.groups), province, sort, number, [name])
        self.groups.append(g)
        return g


def event_year(rec: ArticleRecord, ev: Event) -> int | None:
    """The year an event belongs to: its period, else its date, else publication."""
    if ev.period is not None:
        return ev.period.year
    if ev.date is not None:
        return ev.date.year
    return rec.published.year if rec.published else None


@dataclass
class Claim:
    """Units stated for one role of one bloc in one year, clustered by lenient match."""

    clusters: list[list[tuple[str, str]]] = field(default_factory=list)  # [(org, doc_id)]
    _forms: list[set[str]] = field(default_factory=list)  # distinct orgs of each cluster
    _pairs: set[tuple[str, str]] = field(default_factory=set)

    def add(self, org: str, doc_id: str, province: str | None) -> None:
        if (org, doc_id) in self._pairs:
            return
        self._pairs.add((org, doc_id))
        for cl, forms in zip(self.clusters, self._forms):
            if org in forms or any(_lenient(org, o, province) for o in forms):
                cl.append((org, doc_id))
                forms.add(org)
                return
        self.clusters.append([(org, doc_id)])
        self._forms.append({org})

    @property
    def contradicts(self) -> bool:
        return len(self.clusters) > 1


@dataclass
class Corpus:
    """Everything the report page draws, computed once."""

    records: list[ArticleRecord]
    blocs: BlocIndex
    event_bloc: dict[tuple[int, int], BlocGroup | None]  # (record idx, event idx) → group
    timeline: dict[tuple[int, int], dict[str, Claim]]  # (bloc key, year) → role → claim


def build_corpus(records: Sequence[ArticleRecord]) -> Corpus:
    blocs = BlocIndex()
    event_bloc: dict[tuple[int, int], BlocGroup | None] = {}
    timeline: dict[tuple[int, int], dict[str, Claim]] = defaultdict(dict)
    for r, rec in enumerate(records):
        for e, ev in enumerate(rec.events):
            g = blocs.group_of(rec.province, ev.bloc.name, ev.bloc.number) if ev.bloc else None
            event_bloc[(r, e)] = g
            if g is None:
                continue
            for role in ev.roles:
                cell = timeline[(g.key, role.year)]
                cell.setdefault(role.role, Claim()).add(role.org, rec.doc_id, g.province)
    return Corpus(list(records), blocs, event_bloc, dict(timeline))


# --- page pieces ---------------------------------------------------------------

def page_name(doc_id: str) -> str:
    """File name of an article's `show` page (a `/` in a doc_id would make a folder)."""
    return doc_id.replace("/", "_").replace("\\", "_") + ".html"


def _anchor(doc_id: str) -> str:
    return "doc-" + re.sub(r"[^A-Za-z0-9_.-]", "_", doc_id)


class Linker:
    """Links to an article: its `show` page under `pages` when it has one, else its row on this page.

    `with_pages` names the articles whose page exists (None: all of them), so
    that no link is dead.
    """

    def __init__(self, pages: str | None, with_pages: set[str] | None = None) -> None:
        self.pages = pages.rstrip("/") if pages else None
        self.with_pages = with_pages

    def has_page(self, doc_id: str) -> bool:
        return self.pages is not None and (self.with_pages is None or doc_id in self.with_pages)

    def href(self, doc_id: str) -> str:
        if self.has_page(doc_id):
            return f"{self.pages}/{quote(page_name(doc_id))}"
        return "#" + _anchor(doc_id)

    def link(self, doc_id: str) -> str:
        return f'<a class="doc" href="{esc(self.href(doc_id))}">{esc(doc_id)}</a>'

    def links(self, doc_ids: Iterable[str], sep: str = " ") -> str:
        """The first LINKS_SHOWN distinct articles as links, then how many more (a wall helps no one)."""
        ids = list(dict.fromkeys(doc_ids))
        shown = sep.join(self.link(d) for d in ids[:LINKS_SHOWN])
        if len(ids) > LINKS_SHOWN:
            shown += f'{sep}<span class="more-docs">and {len(ids) - LINKS_SHOWN} more</span>'
        return shown


def _count_table(title: str, events: Counter, articles: dict[str, set[str]],
                 order: Sequence[str] | None = None) -> str:
    keys = list(order) if order is not None else sorted(events, key=lambda k: (-events[k], k))
    keys = [k for k in keys if events.get(k)]
    top = max(events.values(), default=1)
    rows = []
    for n, k in enumerate(keys):
        width = 100 * events[k] / top
        rows.append(
            f'<tr{MORE_ROW if n >= SHORT_LIST else ""}><td>{esc(k)}</td><td class="num">{events[k]}</td>'
            f'<td class="num">{len(articles[k])}</td>'
            f'<td class="barc"><span class="bar" style="width:{width:.1f}%"></span></td></tr>'
        )
    if not rows:
        rows.append('<tr><td colspan="4" class="muted">no events</td></tr>')
    toggle = ""
    if len(keys) > SHORT_LIST:
        ident = "more-" + re.sub(r"\W", "", title.lower())
        toggle = (f'<input type="checkbox" class="more-toggle" id="{ident}">'
                  f'<label for="{ident}">all {len(keys)}</label>')
    return (f'<div class="card counts"><h3>{esc(title)}</h3>{toggle}<table class="grid">'
            '<thead><tr><th></th><th class="num">events</th><th class="num">articles</th>'
            '<th></th></tr></thead><tbody>' + "".join(rows) + "</tbody></table></div>")


def _counts_section(c: Corpus) -> str:
    by: dict[str, Counter] = {k: Counter() for k in ("province", "bloc", "year", "kind")}
    docs: dict[str, dict[str, set[str]]] = {k: defaultdict(set) for k in by}
    for r, rec in enumerate(c.records):
        for e, ev in enumerate(rec.events):
            g = c.event_bloc[(r, e)]
            year = event_year(rec, ev)
            values = {
                "province": rec.province or "(none)",
                "bloc": g.label if g else "(bloc not named)",
                "year": str(year) if year else "(unknown)",
                "kind": ev.kind,
            }
            for k, v in values.items():
                by[k][v] += 1
                docs[k][v].add(rec.doc_id)
    years = sorted(by["year"], key=lambda y: (not y.isdigit(), y))
    return ('<section id="counts"><h2>Events by province, bloc, year and kind</h2><div class="quad">'
            + _count_table("Bloc", by["bloc"], docs["bloc"])
            + _count_table("Province", by["province"], docs["province"])
            + _count_table("Year", by["year"], docs["year"], years)
            + _count_table("Kind", by["kind"], docs["kind"], EVENT_KINDS)
            + "</div></section>")


def _claim_html(role: str, claim: Claim, link: Linker) -> str:
    parts = []
    for cl in claim.clusters:
        forms = list(dict.fromkeys(o for o, _ in cl))
        shown = max(forms, key=len)
        docs = link.links(d for _, d in cl)
        alt = f' title="also written: {esc("; ".join(f for f in forms if f != shown))}"' \
            if len(forms) > 1 else ""
        parts.append(f'<div class="claim {role}"><span class="rl">{"L" if role == "leader" else "V"}'
                     f'</span><span class="org"{alt}>{esc(shown)}</span> '
                     f'<span class="docs">{docs}</span></div>')
    return "".join(parts)


def _timeline_section(c: Corpus, link: Linker) -> tuple[str, int]:
    """One row per bloc, one card per year with a stated leader / vice leader,
    in year order; a card whose units disagree is flagged and listed, and its
    bloc's row comes first."""
    by_bloc: dict[int, list[int]] = defaultdict(list)
    for b, y in c.timeline:
        by_bloc[b].append(y)
    if not by_bloc:
        return ('<section id="timeline"><h2>Leadership timeline</h2>'
                '<p class="muted">No article states a leader or vice leader.</p></section>'), 0
    def disputed(b: int) -> bool:
        return any(cl.contradicts for y in by_bloc[b] for cl in c.timeline[(b, y)].values())

    # disputed blocs first: they are what a reader of this section looks for
    order = sorted(by_bloc, key=lambda b: (not disputed(b), c.blocs.groups[b].province or "~",
                                           c.blocs.groups[b].name))
    body = []
    conflicts: list[str] = []
    for b in order:
        g = c.blocs.groups[b]
        cards = []
        for y in sorted(by_bloc[b]):
            cell = c.timeline[(b, y)]
            bad = [r for r in ("leader", "vice_leader") if r in cell and cell[r].contradicts]
            inner = "".join(_claim_html(r, cell[r], link) for r in ("leader", "vice_leader") if r in cell)
            flag = '<span class="badge bad">⚠ contradiction</span>' if bad else ""
            for r in bad:
                versions = " ≠ ".join(
                    f'“{esc(max((o for o, _ in cl), key=len))}” ('
                    + link.links((d for _, d in cl), sep=", ") + ")"
                    for cl in cell[r].clusters)
                docs = {d for cl in cell[r].clusters for _, d in cl}
                scope, note = ("article", " <i>(within one article)</i>") if len(docs) == 1 else ("corpus", "")
                conflicts.append(
                    f'<li class="contradiction" data-bloc="{esc(g.name)}" data-year="{y}" '
                    f'data-role="{r}" data-scope="{scope}"><b>{esc(g.label)}</b>, {y}, '
                    f'{ROLE_LABELS[r]}: {versions}{note}</li>')
            cards.append(f'<div class="yc{" conflict" if bad else ""}" data-year="{y}">'
                         f'<div class="y">{y}{flag}</div>{inner}</div>')
        body.append(f'<tr data-bloc="{esc(g.name)}"><th class="bloc">{esc(g.name)}'
                    f'<span class="prov">{esc(g.province or "province not stated")}</span></th>'
                    f'<td class="track">{"".join(cards)}</td></tr>')
    conflict_html = (
        '<div class="conflicts"><h3>Contradictions <span class="count">'
        f'{len(conflicts)}</span></h3><ul>' + "".join(conflicts) + "</ul></div>"
        if conflicts else '<p class="muted ok-line">No contradictions: every bloc-year has one '
        "leader and one vice leader unit (up to lenient name matching).</p>")
    unnamed = sum(1 for g in c.event_bloc.values() if g is None)
    note = (f'<p class="muted">{unnamed} event(s) without a named bloc are left out.</p>'
            if unnamed else "")
    return ('<section id="timeline"><h2>Leadership timeline</h2>'
            '<p class="muted">Per bloc and year: <span class="rl-key l">L</span> leading unit '
            '(trưởng khối), <span class="rl-key v">V</span> vice-leading unit (phó trưởng khối), '
            f'with the articles that state them.</p>{conflict_html}'
            f'<table class="timeline"><tbody>{"".join(body)}</tbody></table>{note}</section>'), len(conflicts)


def svg_bar_chart(title: str, years: Sequence[int],
                  series: Sequence[tuple[str, str, dict[int, int]]]) -> str:
    """A grouped bar chart as inline SVG: one group per year, one bar per series."""
    w, h, left, right, top, bottom = 520, 230, 36, 10, 14, 30
    plot_w, plot_h = w - left - right, h - top - bottom
    peak = max((v for _, _, vals in series for v in vals.values()), default=0)
    step = max(1, -(-peak // 5))
    ymax = max(step * 5, 1) if peak else 5
    out = [f'<svg class="chart" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" '
           f'aria-label="{esc(title)}">']
    for t in range(0, ymax + 1, step if peak else 1):
        y = top + plot_h - plot_h * t / ymax
        out.append(f'<line x1="{left}" x2="{w - right}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                   f'<text x="{left - 6}" y="{y + 4:.1f}" class="tick" text-anchor="end">{t}</text>')
    band = plot_w / max(len(years), 1)
    bar = min(band * 0.78 / max(len(series), 1), 48.0)
    for i, year in enumerate(years):
        x0 = left + band * i + (band - bar * len(series)) / 2
        for j, (label, colour, vals) in enumerate(series):
            v = vals.get(year, 0)
            if not v:
                continue
            bh = plot_h * v / ymax
            x, y = x0 + j * bar, top + plot_h - bh
            out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar - 2:.1f}" height="{bh:.1f}" '
                       f'fill="{colour}" rx="2"><title>{year} · {esc(label)}: {v}</title></rect>'
                       f'<text x="{x + (bar - 2) / 2:.1f}" y="{y - 3:.1f}" class="val" '
                       f'text-anchor="middle">{v}</text>')
        out.append(f'<text x="{left + band * (i + 0.5):.1f}" y="{h - bottom + 18}" class="tick" '
                   f'text-anchor="middle">{year}</text>')
    out.append(f'<line x1="{left}" x2="{w - right}" y1="{top + plot_h}" y2="{top + plot_h}" class="axis"/>')
    out.append("</svg>")
    legend = "".join(f'<span class="key"><i style="background:{colour}"></i>{esc(label)}</span>'
                     for label, colour, _ in series)
    return (f'<figure class="card chartbox"><figcaption>{esc(title)}</figcaption>'
            + "".join(out) + f'<div class="keys">{legend}</div></figure>')


def _awards_section(c: Corpus) -> str:
    by_level: dict[str | None, Counter] = defaultdict(Counter)
    by_kind: dict[str, Counter] = defaultdict(Counter)
    for rec in c.records:
        for ev in rec.events:
            year = event_year(rec, ev)
            if year is None:
                continue
            for aw in ev.awards:
                if aw.status != "proposed":
                    continue
                by_level[aw.level][year] += 1
                by_kind[aw.kind][year] += 1
    years = sorted({y for cnt in by_level.values() for y in cnt})
    if not years:
        return ('<section id="awards"><h2>Awards proposed</h2>'
                '<p class="muted">No proposed awards in these records.</p></section>')
    lv = [(LEVEL_LABELS[k][0], LEVEL_LABELS[k][1], dict(by_level[k])) for k in LEVEL_LABELS if k in by_level]
    kd = [(KIND_LABELS[k][0], KIND_LABELS[k][1], dict(by_kind[k])) for k in KIND_LABELS if k in by_kind]
    total = sum(sum(cnt.values()) for cnt in by_level.values())
    return ('<section id="awards"><h2>Awards proposed, by year</h2>'
            f'<p class="muted">{total} proposals (each award line of a record counts once; '
            'the year is the period under review).</p><div class="charts">'
            + svg_bar_chart("By conferring level", years, lv)
            + svg_bar_chart("By kind", years, kd) + "</div></section>")


class _Strings:
    """A string table: each distinct value once, cells refer to it by index (units, blocs and
    provinces repeat in every row, so a large corpus shrinks several-fold)."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, value: object) -> int | None:
        if value is None or value == "":
            return None
        text = str(value)
        if text not in self.index:
            self.index[text] = len(self.index)
        return self.index[text]


def _table_data(c: Corpus, link: Linker) -> str:
    """Events and articles as compact JSON for report.js, which draws both tables and
    filters the events; safe inside <script> (every `<` escaped)."""
    s = _Strings()
    docs = [[s(rec.doc_id), s(rec.title), s(rec.published), s(rec.province), len(rec.events),
             s("; ".join(rec.warnings)), len(rec.warnings), 1 if link.has_page(rec.doc_id) else 0]
            for rec in c.records]
    events = []
    for r, rec in enumerate(c.records):
        for e, ev in enumerate(rec.events):
            g = c.event_bloc[(r, e)]
            period = None if ev.period is None else (
                f"{ev.period.year}" + (f"/{ev.period.months}m" if ev.period.months else ""))
            events.append([
                r, s(ev.date), s(ev.kind), s(rec.province), s(g.name if g else None), s(period),
                s("; ".join(f"{x.org} ({x.year})" for x in ev.roles if x.role == "leader")),
                s("; ".join(f"{x.org} ({x.year})" for x in ev.roles if x.role == "vice_leader")),
                len(ev.awards), s(ev.venue)])
    data = {"pages": link.pages, "strings": list(s.index), "docs": docs, "events": events}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def _events_section(n: int) -> str:
    return ('<section id="events"><h2>Events</h2><div class="filter">'
            '<input id="q" type="search" placeholder="Filter: bloc, unit, province, kind, year… '
            '(accents optional)" aria-label="filter events" autocomplete="off">'
            f'<span class="muted"><b id="shown">{n}</b> of {n} events</span></div>'
            '<noscript><p class="muted">The event and article tables are drawn by the page\'s '
            'script: allow JavaScript to see them.</p></noscript>'
            '<div class="scroll"><table class="grid" id="events-table"><thead><tr><th>article</th>'
            '<th>date</th><th>kind</th><th>province</th><th>bloc</th><th>period</th><th>leader</th>'
            '<th>vice leader</th><th class="num">awards</th><th>venue</th></tr></thead><tbody>'
            "</tbody></table></div></section>")


def _articles_section(problems: Sequence[str]) -> str:
    prob = ""
    if problems:
        prob = ('<div class="problems"><h3>Input lines not shown <span class="count">'
                f'{len(problems)}</span></h3><ul>' + "".join(f"<li>{esc(p)}</li>" for p in problems)
                + "</ul></div>")
    return ('<section id="articles"><h2>Articles</h2><div class="scroll"><table class="grid" '
            'id="articles-table"><thead><tr><th>doc_id</th><th>title</th><th>published</th><th>province</th>'
            '<th class="num">events</th><th>warnings</th></tr></thead><tbody>'
            f"</tbody></table></div>{prob}</section>")


def render_report_html(records: Sequence[ArticleRecord], pages: str | None = None,
                       problems: Sequence[str] = (), title: str = "khoi-extract corpus report",
                       with_pages: set[str] | None = None) -> str:
    """The corpus page; `pages` is the (relative) folder of `show` pages to link to, and
    `with_pages` the doc_ids that have one there (default: every article)."""
    c = build_corpus(records)
    link = Linker(pages, with_pages)
    timeline, n_conflicts = _timeline_section(c, link)
    n_events = sum(len(r.events) for r in records)
    with_events = sum(1 for r in records if r.events)
    provinces = len({r.province for r in records if r.province and r.events})
    stats = [("articles", len(records)), ("with events", with_events), ("events", n_events),
             ("blocs", len(c.blocs.groups)), ("provinces", provinces),
             ("contradictions", n_conflicts)]
    tiles = "".join(f'<div class="tile{" alert" if k == "contradictions" and v else ""}">'
                    f'<b>{v}</b><span>{k}</span></div>' for k, v in stats)
    if problems:
        tiles += f'<div class="tile alert"><b>{len(problems)}</b><span>unreadable lines</span></div>'
    nav = "".join(f'<a href="#{a}">{t}</a>' for a, t in (
        ("counts", "Counts"), ("timeline", "Leadership"), ("awards", "Awards"),
        ("events", "Events"), ("articles", "Articles")))
    body = (f'<header class="top"><p class="kicker">khoi-extract · report</p><h1>{esc(title)}</h1>'
            f'<nav>{nav}</nav></header><div class="tiles">{tiles}</div>'
            + _counts_section(c) + timeline + _awards_section(c) + _events_section(n_events)
            + _articles_section(problems)
            + f'<script type="application/json" id="report-data">{_table_data(c, link)}</script>'
            + "<footer>Generated by khoi-extract from batch records. Names are compared with the "
              "scorer's lenient match.</footer>")
    return page(title, body, css=("base.css", "report.css"), js=("report.js",))


# --- command line -------------------------------------------------------------

def configure_report_parser(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="RECORDS",
                   help="batch output: .jsonl, .duckdb or .parquet (or .json records, or folders of them)")
    p.add_argument("-o", "--output", help="HTML file to write (default: standard output)")
    p.add_argument("--pages", metavar="DIR", help="folder of `show` pages (DOC_ID.html) to link "
                   "articles to; a page is written there for every article whose text is at hand "
                   "(carried in its batch row, found under --texts, or still at the record's "
                   "source path); the other articles link to their row on the report")
    p.add_argument("--texts", metavar="DIR", help="folder of the article texts (DOC_ID.txt, "
                   "sub-folders included) for the --pages")
    p.add_argument("--title", default="khoi-extract corpus report", help="page title")
    p.add_argument("--open", action="store_true", help="open the written page in a web browser")
    p.epilog = ("examples:\n  khoi-extract report out.jsonl -o corpus.html\n"
                "  khoi-extract report out.duckdb -o site/index.html --pages site/pages --texts corpus/ --open\n"
                "exit status 0 = page written, 2 = no records in the inputs, or an input that cannot be read")


def _text_files(texts: Path) -> dict[str, Path]:
    """Article text files under `texts` (sub-folders too) by doc_id (file stem; the first wins)."""
    from ..reading import TEXT_SUFFIXES, doc_stem, inner_suffix

    found: dict[str, Path] = {}
    for dirpath, dirnames, filenames in os.walk(texts):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath, name)
            if inner_suffix(path) in TEXT_SUFFIXES:
                found.setdefault(doc_stem(path), path)
    return found


def _source_text_file(rec: ArticleRecord) -> Path | None:
    """The record's own input file, when it was a text file and is still there."""
    from ..reading import TEXT_SUFFIXES, inner_suffix

    path = Path(rec.source.path) if rec.source is not None and rec.source.path else None
    return path if path is not None and inner_suffix(path) in TEXT_SUFFIXES and path.is_file() else None


def write_pages(loaded: Loaded, pages: Path, texts: Path | None = None) -> set[str]:
    """Write a `show` page for every record whose text is at hand (carried in its row,
    `DOC_ID.txt` under `texts`, or its source file); returns the doc_ids given a page."""
    from ..reading import read_text_file
    from .show import render_record_html

    files = _text_files(texts) if texts is not None else {}
    written: set[str] = set()
    for rec in loaded.records:
        text = loaded.texts.get(rec.doc_id)
        path = files.get(rec.doc_id) or _source_text_file(rec)
        if text is None and path is not None:
            text = read_text_file(path)
        if text is None:
            continue
        pages.mkdir(parents=True, exist_ok=True)
        (pages / page_name(rec.doc_id)).write_text(
            render_record_html(rec, text), encoding="utf-8")
        written.add(rec.doc_id)
    return written


def run_report(args: argparse.Namespace) -> int:
    try:
        if args.texts and not args.pages:
            raise ViewError("E405: --texts needs --pages DIR to write the show pages into")
        if args.open and not args.output:
            raise ViewError("E408: --open needs -o FILE to open")
        loaded = load_records(args.inputs, evidence=bool(args.pages))
        if not loaded.records:
            for p in loaded.problems:
                print(f"khoi-extract report: skipped {p}", file=sys.stderr)
            raise ViewError(f"E407: no records in {', '.join(args.inputs)}"
                            + (f" ({len(loaded.problems)} line(s) skipped, listed above)" if loaded.problems else ""))
        pages_href, with_pages = None, None
        if args.pages:
            base = Path(args.output).resolve().parent if args.output else Path.cwd()
            pages_href = Path(os.path.relpath(Path(args.pages).resolve(), base)).as_posix()
            with_pages = write_pages(loaded, Path(args.pages), Path(args.texts) if args.texts else None)
            print(f"khoi-extract report: wrote {len(with_pages)} show page(s) to {args.pages}"
                  + (f"; the other {len(loaded.records) - len(with_pages)} article(s) link to their row "
                     "(no text at hand: see --texts)" if len(with_pages) < len(loaded.records) else ""),
                  file=sys.stderr)
        html_page = render_report_html(loaded.records, pages_href, loaded.problems, args.title, with_pages)
        write_page(html_page, args.output)
    except (OSError, KhoiError) as exc:
        print(f"khoi-extract report: {exc}", file=sys.stderr)
        return 2
    for p in loaded.problems:
        print(f"khoi-extract report: skipped {p}", file=sys.stderr)
    if args.output:
        print(f"khoi-extract report: {len(loaded.records)} article(s) → {args.output}", file=sys.stderr)
    if args.open:
        import webbrowser

        uri = Path(args.output).resolve().as_uri()
        if not webbrowser.open(uri):
            print(f"khoi-extract report: no browser found here; open {uri}", file=sys.stderr)
    return 0
