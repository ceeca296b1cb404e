"""Lay record spans over the article text as displaCy-style `<mark>` elements.

The rules, so that every grounded span is drawn exactly once:
- a span is *grounded* when `0 <= start < end <= len(source)` and
  `source[start:end] == text`; the others are returned, with the reason, for
  listing beside the page instead of in the text;
- spans with the same range share one mark whose label names every field;
- a span inside another becomes a mark nested inside the outer one;
- a span that crosses another (starts inside it, ends after it) is cut at the
  outer one's end and drawn in pieces; the first piece carries its id and the
  last its label, the others are marked `cont`.
"""
from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..schema import Span
from .render import esc, field_family


_BLANK_LINES = re.compile(r"\n(?:[ \t\r\f\v]*\n)+")


def _text(chunk: str) -> str:
    """Escaped text; a run of blank lines becomes a short fixed gap (scraped
    articles often have many), its characters kept so the text reads unchanged."""
    return _BLANK_LINES.sub(lambda m: f'<span class="gap">{m.group()}</span>', esc(chunk))


@dataclass(frozen=True)
class Ungrounded:
    """A span that cannot be placed on the text, and why."""

    index: int
    span: Span
    reason: str
    found: str | None  # what the source holds at [start:end], when that range exists


@dataclass
class Layout:
    """The marked-up article and what happened to each span."""

    html: str
    mark_id: dict[int, str] = field(default_factory=dict)  # span index → id of its mark
    ungrounded: list[Ungrounded] = field(default_factory=list)
    nested: set[int] = field(default_factory=set)  # span indices drawn inside another mark
    crossing: set[int] = field(default_factory=set)  # span indices drawn in pieces


def ground(source: str, spans: Sequence[Span]) -> tuple[list[int], list[Ungrounded]]:
    """Split span indices into grounded ones and the rest (with the reason)."""
    ok: list[int] = []
    bad: list[Ungrounded] = []
    n = len(source)
    for i, sp in enumerate(spans):
        if not (0 <= sp.start <= n and 0 <= sp.end <= n):
            bad.append(Ungrounded(i, sp, f"out of range (text has {n} characters)", None))
        elif sp.end <= sp.start:
            bad.append(Ungrounded(i, sp, "empty or reversed range", None))
        elif source[sp.start:sp.end] != sp.text:
            bad.append(Ungrounded(i, sp, "text differs from the source at this range",
                                  source[sp.start:sp.end]))
        else:
            ok.append(i)
    return ok, bad


def layout(source: str, spans: Sequence[Span], label_of: Callable[[str], str] = str) -> Layout:
    """Mark up `source` with every grounded span (see the module docstring)."""
    ok, bad = ground(source, spans)
    groups: dict[tuple[int, int], list[int]] = {}
    for i in ok:
        groups.setdefault((spans[i].start, spans[i].end), []).append(i)
    keys = list(groups)
    result = Layout(html="", ungrounded=bad)
    for members in groups.values():
        for i in members:
            result.mark_id[i] = f"m{members[0]}"

    # Pieces waiting to open: (start, -end, group, is_first_piece).
    heap: list[tuple[int, int, int, bool]] = [(s, -e, g, True) for g, (s, e) in enumerate(keys)]
    heapq.heapify(heap)
    out: list[str] = []
    stack: list[tuple[int, int, bool]] = []  # open pieces: (end, group, is_last_piece)
    pos = 0

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1][0] <= limit:
            end, g, last = stack.pop()
            out.append(_text(source[pos:end]))
            pos = end
            if last:
                out.append(f'<span class="lbl">{esc(_label(g))}</span>')
            out.append("</mark>")

    def _label(g: int) -> str:
        seen: list[str] = []
        for i in groups[keys[g]]:
            lab = label_of(spans[i].field)
            if lab not in seen:
                seen.append(lab)
        return " · ".join(seen)

    while heap:
        start, neg_end, g, first = heapq.heappop(heap)
        end = -neg_end
        close_until(start)
        out.append(_text(source[pos:start]))
        pos = start
        last = True
        members = groups[keys[g]]
        if stack and end > stack[-1][0]:
            cut = stack[-1][0]
            heapq.heappush(heap, (cut, -end, g, False))
            end, last = cut, False
            result.crossing.update(members)
        if stack and first:
            result.nested.update(members)
        out.append(_open_tag(g, members, spans, first))
        stack.append((end, g, last))
    close_until(len(source))
    out.append(_text(source[pos:]))
    result.html = "".join(out)
    return result


def _open_tag(g: int, members: list[int], spans: Sequence[Span], first: bool) -> str:
    """`<mark>` start tag: family colour(s), ids, and the full field paths as tooltip."""
    fams: list[str] = []
    for i in members:
        key = field_family(spans[i].field).key
        if key not in fams:
            fams.append(key)
    classes = ["ent", f"fam-{fams[0]}"]
    style = ""
    if len(fams) > 1:
        classes.append("multi")
        style = f' style="--fam2:var(--c-{esc(fams[1])})"'
    if not first:
        classes.append("cont")
    ident = f' id="m{members[0]}"' if first else ""
    paths = " · ".join(dict.fromkeys(spans[i].field for i in members))
    data = " ".join(str(i) for i in members)
    return (f'<mark class="{" ".join(classes)}"{ident} data-spans="{data}"{style} '
            f'title="{esc(paths)}">')
