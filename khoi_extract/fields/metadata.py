"""Article metadata: headline, publication date printed with it, and the byline.

Scraped pages start with site chrome (menus, "Đăng nhập", counters) and end with
widgets (comment forms, calendars, visitor counts); `lexicons/boilerplate.json` lists
such lines. The constructions of the genre — date stamps, lead openings, photo
captions, bylines — are rules in `grammar/metadata.jsonl`, grouped by their `use` tag;
windows and limits are named in `grammar/settings.json`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

import regex

from ..grammar import Rule, compiled_piece, rule, rules, setting
from ..grammar.loader import TIMEOUT
from ..lexicons import load
from ..segment import Piece, Segmented
from .common import Found
from .orgs import head_re


@dataclass
class TitleCandidate(Found):
    """A headline: its text, and the line pieces it was joined from (a headline broken
    after a colon spans two lines, joined with one space)."""

    parts: list[tuple[int, int]] = field(default_factory=list)
    # a line ending in a full stop (a caption's form) or one made of names (a kicker naming the unit,
    # a letterhead): the headline only when the header holds no plainer line
    weak: bool = False

    def __post_init__(self) -> None:
        # `assemble` still reads the parts from `extra`; keep both in step.
        if self.parts:
            self.extra["parts"] = self.parts


def _uses(use: str) -> tuple[Rule, ...]:
    """The metadata rules tagged with one use, in file order."""
    return _rules_by_use().get(use, ())


@lru_cache(maxsize=1)
def _rules_by_use() -> dict[str, tuple[Rule, ...]]:
    out: dict[str, list[Rule]] = {}
    for r in rules("metadata"):
        out.setdefault(r.tags["use"], []).append(r)
    return {k: tuple(v) for k, v in out.items()}


def _first_match(use: str, s: str) -> regex.Match | None:
    for r in _uses(use):
        m = r.match(s)
        if m:
            return m
    return None


def _match_in(use: str, seg: Segmented, start: int, end: int) -> regex.Match | None:
    """`_first_match` on seg.text[start:end], a rule whose anchors are not in that span not run:
    the test reads the article's cached lower-case copy (lowering each line would cost as much
    as the match, and evict that copy)."""
    s = seg.text[start:end]
    for r in _uses(use):
        if not r.could_match(seg.text, start, end):
            continue
        m = r.match(s)
        if m:
            return m
    return None


def _first_search(use: str, s: str) -> regex.Match | None:
    for r in _uses(use):
        m = r.search(s)
        if m:
            return m
    return None


def _strip(use: str, s: str) -> str:
    """`s` with every match of the use's rules removed (under the rules' time limit)."""
    for r in _uses(use):
        s = r.sub("", s)
    return s


# Kept under these names: `assemble` uses them to cut related-link boxes and site lines.
_RELATED = rule("metadata.related_box")
_SITE = rule("metadata.site_line")
_DATED_LINK = rule("metadata.dated_link")


@lru_cache(maxsize=None)
def _boiler_re() -> regex.Pattern:
    """The whole-line boilerplate of `lexicons/boilerplate.json` as one alternation (data: only the joining is here)."""
    lines = load("boilerplate")["lines"]
    return regex.compile(r"^(?:" + "|".join(f"(?:{x})" for x in lines) + r")$", regex.IGNORECASE)


@lru_cache(maxsize=8192)
def is_boilerplate(line: str) -> bool:
    """A whole line of site chrome, a row of chrome items ("Đăng nhập   Tìm kiếm", "In bài | Chia
    sẻ": every item spaced or barred apart is chrome), or a related-article teaser."""
    s = line.strip()
    if _boiler_re().match(s, timeout=TIMEOUT) or is_teaser(s):
        return True
    items = [x for x in _CHROME_GAP.split(s) if x]
    return len(items) > 1 and all(_boiler_re().match(x, timeout=TIMEOUT) for x in items)


# between the items of a row of site chrome: two spaces or more, or a bar (structural, kept here)
_CHROME_GAP = regex.compile(r"\s{2,}|\s*\|\s*")


def is_teaser(s: str) -> bool:
    """A related-article teaser line repeats its own headline twice ("X X")."""
    n = len(s)
    if n < 30 or n % 2 == 0:
        return False
    half = n // 2
    return s[:half] == s[half + 1:] and s[half] == " "


def _debullet(s: str) -> int:
    """Length of a leading bullet ('• '), 0 if none."""
    m = _first_match("bullet", s)
    return m.end() if m else 0


# ---------------------------------------------------------------- date stamps

def stamp_date(line: str) -> dt.date | None:
    """The date of a line that is only a date stamp (with labels, time, weekday,
    counters), else None."""
    if len(line) > setting("stamp_line_max"):
        return None  # before any scan: most lines are body text
    dates = [m for r in _uses("stamp_date") for m in r.finditer(line)]
    if not dates or len(dates) > 2:
        return None
    # "Ngày đăng: … | Cập nhật: …": the first date is the publication
    m, later = dates[0], dates[1:]
    after = line[m.end():]
    if later:
        after = after[: later[0].start() - m.end()] + " " + after[later[0].end() - m.end():]
    before, after = line[: m.start()], _strip("stamp_section_after", after)
    if compiled_piece("CLOCK").search(line, timeout=TIMEOUT):
        before = _strip("stamp_section_before", before)  # "Thời sự 18/01/2020 07:55"
    pm = _first_match("stamp_place", before)
    if pm:
        before = before[pm.end():]
    rest = before + " " + after
    if _strip("stamp_chrome", rest).strip():
        return None
    return _date_of(m)


def _date_of(m: regex.Match) -> dt.date | None:
    g = m.groupdict()
    try:
        for y, mo, d in (("y", "m", "d"), ("iy", "im", "id"), ("ty", "tm", "td"), ("wy", "wm", "wd")):
            if g.get(y):
                return dt.date(int(g[y]), int(g[mo]), int(g[d]))
    except ValueError:
        return None
    return None


@lru_cache(maxsize=4096)
def _stamp_span(s: str) -> tuple[dt.date, int] | None:
    """The date of a header line that is a stamp, maybe after a bullet or a byline
    ('Phan Minh| 18/12/2020 08:54'), and where the stamp starts in the line."""
    off = _debullet(s)
    d = stamp_date(s[off:])
    if d:
        return d, off
    bm = _first_match("byline_stamp", s[off:])
    if bm:
        d = stamp_date(s[off + bm.end():])
        if d:
            return d, off + bm.end()
    return None


# ---------------------------------------------------------------- headline

def find_title(seg: Segmented) -> TitleCandidate | None:
    """The headline: the longest headline-like line before the body starts.

    Site names, menus ("A | B | C"), section labels, captions and date stamps come
    before it; if the page starts straight with body text the headline was cut off: None.
    A weak line (a caption's full stop, a line of names) is taken only when no plain one is there.
    Computed once per header (cached in the article's `_shared`: assembly, the date and the byline ask).
    """
    key = ("title", tuple((ln.start, ln.end) for ln in seg.lines[: setting("header_lines")]))
    if key in seg._shared:
        return seg._shared[key]
    best: TitleCandidate | None = None
    for found, is_body in _header_lines(seg):
        if is_body:
            break
        if found is not None and (best is None or _rank(seg, found) > _rank(seg, best)):
            best = found
    seg._shared[key] = best
    return best


def _rank(seg: Segmented, t: TitleCandidate) -> tuple[bool, bool, int]:
    """Plain lines before weak ones, then a line naming the meeting or a bloc before one that
    does not (the site's name above the stamp: "AGRIBANK - Ngân hàng Nông nghiệp …"), then the
    longest."""
    return not t.weak, _names_event(seg, t.start, t.end), len(t.value)


def _names_event(seg: Segmented, start: int, end: int) -> bool:
    """seg.text[start:end] names a meeting, an event kind or a bloc (phrase hits, `BLOC_WORD`)."""
    return (seg.has_phrase("MEETING", start, end) or seg.has_phrase("KIND", start, end)
            or compiled_piece("BLOC_WORD").search(seg.text, start, end, timeout=TIMEOUT) is not None)


def _name_like(s: str) -> bool:
    """A line of names, not a headline in sentence case: at least `title_name_case_share` of its words
    capitalised ("Đảng bộ Khối Cơ quan Dân Chính Đảng", "Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh
    Lâm Đồng"); a line all in capitals, or in title case (every word capitalised, as some sites print
    headlines), says nothing either way."""
    words = [w for w in s.split() if w[0].isalpha()]
    caps = sum(w[0].isupper() for w in words)
    if len(words) < 3 or s.isupper() or caps == len(words):
        return False
    return caps >= setting("title_name_case_share") * len(words)


def _lead(seg: Segmented, start: int, end: int) -> bool:
    """seg.text[start:end] opens the body (a dateline, a lead's first words, a dated meeting)."""
    return bool(_match_in("body_start", seg, start, end) or _match_in("body_lead", seg, start, end))


def _header_lines(seg: Segmented) -> Iterator[tuple[TitleCandidate | None, bool]]:
    lines = [ln for ln in seg.lines[: setting("header_lines")]
             if not is_boilerplate(ln.text) and not site_line(seg, ln) and not _match_in("url_line", seg, ln.start, ln.end)]
    continued = False
    for idx, ln in enumerate(lines):
        s = ln.text
        if continued:  # the rest of a line cut after a function word
            continued = bool(_first_search("continued", s))
            yield None, len(s) > setting("title_max") or _lead(seg, ln.start, ln.end)
            continue
        continued = bool(_first_search("continued", s))
        if continued:  # a caption or a lead broken by the layout
            yield None, len(s) > setting("caption_title_max") or _lead(seg, ln.start, ln.end)
            continue
        yield _headline(seg, lines, idx)


def related_line(seg: Segmented, ln: Piece) -> bool:
    """The heading of a box of links to other articles (`metadata.related_box`), run only on a
    line holding one of the rule's anchors (read in the article's cached lower-case copy)."""
    return _RELATED.could_match(seg.text, ln.start, ln.end) and _RELATED.match(ln.text) is not None


def _next_paragraph(seg: Segmented) -> list[int]:
    """For each line index (and one past the end), the index of the next paragraph of body text
    at or after it (`body_paragraph_min`), else the number of lines; one pass from the end."""
    key = ("next_paragraph", *_lines_key(seg))
    found = seg._shared.get(key)
    if found is None:
        lines, long_line = seg.lines, setting("body_paragraph_min")
        found = [len(lines)] * (len(lines) + 1)
        for k in range(len(lines) - 1, -1, -1):
            found[k] = k if len(lines[k].text) > long_line else found[k + 1]
        seg._shared[key] = found
    return found


def _lines_key(seg: Segmented) -> tuple[int, int, int]:
    """Which lines a cache of line indexes is about: a view of some lines shares the article's
    caches (`Segmented._shared`), so indexes are kept per set of lines (views are runs of lines)."""
    lines = seg.lines
    return (len(lines), lines[0].start, lines[-1].end) if lines else (0, 0, 0)


def related_boxes(seg: Segmented) -> list[tuple[int, int]]:
    """Boxes of links to other articles, as [first, end) line indexes, in text order.

    A box heading ("Tin liên quan") counts past the header lines, or once a paragraph of body
    text was printed (a short page's box comes right after it); the header's own widgets are
    not the end of the article. Its box runs to the next paragraph of body text, else to the
    end. A run of dated link lines (`metadata.dated_link`) with no heading is a box only at an
    edge of the page (no body paragraph before it, or none after it) and not after a line
    that announces a list (":"): inside the article, dated lines are its own (documents,
    phases, a schedule).
    """
    key = ("related_boxes", *_lines_key(seg))
    known = seg._shared.get(key)
    if known is None:
        lines = seg.lines
        nxt = _next_paragraph(seg)
        known = []
        runs: list[tuple[int, int, bool, bool]] = []  # dated link lines: first, last, body before, after ':'
        current: tuple[int, int, bool, bool] | None = None
        body_seen, announced = False, False
        for i, ln in enumerate(lines):
            if (i > setting("header_widget_lines") or body_seen) and related_line(seg, ln):
                known.append((i, nxt[i + 1]))
            tail = ln.text.rstrip()[-1:]  # a dated link ends with its date or its bracket: a cheap test first
            if (tail == ")" or tail.isdigit()) and _DATED_LINK.match(ln.text):
                current = (i, i, body_seen, announced) if current is None else (current[0], i, *current[2:])
            elif ln.text.strip():  # blank lines do not break a run
                if current is not None:
                    runs.append(current)
                    current = None
                announced = ln.text.rstrip().endswith(":")
            body_seen = body_seen or nxt[i] == i
        if current is not None:
            runs.append(current)
        for first, last, body_before, after_colon in runs:
            at_edge = not body_before or nxt[last + 1] == len(lines)
            if last - first + 1 >= setting("related_link_run") and at_edge and not after_colon:
                known.append((first, last + 1))
        known.sort()
        seg._shared[key] = known
    return known


def article_end(seg: Segmented) -> int:
    """The index of the line where the article ends: the first box of links past the header
    lines or below a paragraph of body text, with no paragraph of body text after it."""
    lines, nxt = seg.lines, _next_paragraph(seg)
    first_long = nxt[0]
    return next((a for a, b in related_boxes(seg)
                 if (a > setting("header_widget_lines") or a > first_long) and nxt[b] == len(lines)),
                len(lines))


def site_line(seg: Segmented, ln: Piece) -> bool:
    """A line of site chrome (`metadata.site_line`), asked once per line of the article (the
    headline, the byline and assembly all ask). Every alternative of the rule starts at '^',
    so a match is a search; it is run only where one of its anchors is in the line."""
    known = seg._shared.setdefault("site_lines", {})
    if ln.start not in known:
        known[ln.start] = _SITE.could_match(seg.text, ln.start, ln.end) and _SITE.match(ln.text) is not None
    return known[ln.start]


def _next_is_stamp(lines: list[Piece], idx: int) -> bool:
    """The headline is printed right above its date stamp (or a byline with it)."""
    nxt = lines[idx + 1] if idx + 1 < len(lines) else None
    return nxt is not None and _stamp_span(nxt.text) is not None


# a headline starts with a capital, a digit, a quote or a bracket (one character class: kept here)
_HEADLINE_START = regex.compile(r"[\p{Lu}\d“\"'(\[]")


def _headline(seg: Segmented, lines: list[Piece], idx: int) -> tuple[TitleCandidate | None, bool]:
    """One header line as a headline candidate, and whether it is body text (the header ended)."""
    text = seg.text
    ln = lines[idx]
    start, end = ln.start + _debullet(ln.text), ln.end
    m = _match_in("crawler_stamp", seg, start, end)
    if m:
        start += m.end()
    if _stamp_span(text[start:end]) is not None or _stamp_span(ln.text) is not None:
        return None, False
    # "null <title>" left by a broken CMS template.
    if text.startswith("null ", start):
        start += 5
    body = text[start:end]
    if _first_search("caption", body):
        return None, len(body) > setting("title_max") // 2
    stamped = _next_is_stamp(lines, idx) and not body.endswith(".") and len(body) <= setting("title_max")
    if not stamped:
        if _lead(seg, start, end):
            return None, True
        if len(body) > setting("title_max"):
            return None, True
        if body.endswith((".", ";")) and (len(body) > setting("caption_title_max") or body.count(",") >= 2):
            return None, True
    if len(body) < setting("title_min"):
        return None, False
    if not _HEADLINE_START.match(body):
        # a page cut mid-sentence starts with a fragment of body text; a short
        # lower-case line is a widget's label ("thời tiết các vùng")
        return None, len(body) > setting("body_line_min") or body.endswith(".")
    dotted = body.endswith(".")
    if dotted and not _names_event(seg, start, end):
        return None, False  # a photo caption opening a page whose headline was cut off
    while end > start and text[end - 1] in " .":
        end -= 1
    # A headline ending in ":" continues on the next content line.
    if text[end - 1] == ":":
        for nxt in lines[idx + 1: idx + 4]:
            if len(nxt.text) <= setting("title_continuation_max") and not _first_match("body_start", nxt.text) and not nxt.text.endswith("."):
                return TitleCandidate(text[start:end] + " " + nxt.text, start, nxt.end,
                                      parts=[(start, end), (nxt.start, nxt.end)]), False
            break
    # "… tổng kết năm 2023 - Báo Hà Nam", "… | Sở Nội vụ": the site's name after the headline
    sm = _first_search("site_suffix", text[start:end])
    if sm and sm.start() >= setting("title_min"):
        end = start + sm.start()
    return TitleCandidate(text[start:end], start, end, weak=dotted or _name_like(text[start:end])), False


# ---------------------------------------------------------------- publication date

def find_published(seg: Segmented) -> Found | None:
    """The date printed with the article: a stamp line in the header, before the body.

    A stamp under the headline wins; one above it counts unless it is the site's clock,
    which shows the day of the visit: later than any year the article names."""
    title = find_title(seg)
    above: Found | None = None
    seen = 0
    for ln in seg.lines[: setting("header_lines")]:
        s = ln.text
        m = _match_in("crawler_stamp", seg, ln.start, ln.end)
        if m:
            d = stamp_date(m.group("date"))
            if d:
                return Found(d, ln.start + m.start("date"), ln.start + m.end("date"))
        hit = _stamp_span(s)
        if hit:
            d, off = hit
            found = Found(d, ln.start + off, ln.end)
            if title is not None and ln.start >= title.start:
                return found
            if above is None and not _site_clock(seg, ln, d):
                if title is None:
                    return found
                above = found
            continue
        if not is_boilerplate(s):
            seen += 1
            if len(s) > setting("stamp_body_line_min") and seen > 2:
                break
    return above


def _site_clock(seg: Segmented, stamp: Piece, d: dt.date) -> bool:
    """A date above the headline more than a year after every year the article names (in its
    own text: a box of links to other articles below it names theirs)."""
    text = seg.text
    cut = article_end(seg)
    end = seg.lines[cut].start if cut < len(seg.lines) else len(text)
    years = [int(m.group()) for m in compiled_piece("YEAR").finditer(text, 0, end, timeout=TIMEOUT)
             if not stamp.start <= m.start() < stamp.end]
    return bool(years) and d.year > max(years) + 1


# ---------------------------------------------------------------- byline

def find_author(seg: Segmented) -> Found | None:
    """The byline: a short name line at the end of the article (before related links and
    widgets), else a byline under the headline."""
    found = _author_at_end(seg)
    if found is None:
        found = _author_at_top(seg)
    return found


def _byline(s: str, offset: int, max_len: int) -> Found | None:
    """A person's byline on this line (names, initials, a newsroom tag), not a unit's."""
    if len(s) > max_len or s.endswith(":") or _first_match("stamp_place", s):
        return None
    if s.endswith(".") and not _first_search("initial_end", s):
        return None  # a sentence or a caption; initials ("H.N.") end with a full stop too
    # a source line credits a paper, unless it names a person ("Nguồn: Lê Văn Thông")
    m = _first_match("byline_source", s) if _first_match("source", s) else \
        _first_match("byline", s) or _first_match("byline_label", s)
    if m is None:
        return None
    name = m.group("name")
    if head_re().match(name):
        return None
    if name.isupper() and len(name.split()) > 4:
        return None  # an all-caps heading, not a name
    if compiled_piece("PROVINCE").fullmatch(name, timeout=TIMEOUT):
        return None  # a place line ("Quảng Trị"), not a person
    start = offset + m.start("name")
    return Found(name, start, start + len(name))


def _is_body(s: str) -> bool:
    """A line of article text: long, or a sentence of several words."""
    return len(s) > setting("body_line_min") or (s.endswith((".", "!", "?", ";", "…")) and len(s.split()) >= 6)


def _office(s: str) -> bool:
    """A short unit line ('Ban Thi đua, Khen thưởng - Sở Nội vụ')."""
    return len(s) <= setting("office_max") and bool(head_re().match(s)) and not s.endswith(".")


def _author_at_end(seg: Segmented) -> Found | None:
    """Scan up from the end to the article's last body line, skipping widgets, captions
    and source lines: the byline is the name line nearest the body. A desk of the agency
    right under the body, with no name, signed the article itself ("Phòng Thi đua")."""
    lines = seg.lines
    cut = article_end(seg)
    window = lines[:cut][-setting("byline_tail_lines"):]
    best: Found | None = None
    office: Found | None = None
    office_under_body = False
    names = 0
    for ln in reversed(window):
        s = ln.text
        if is_boilerplate(s) or stamp_date(s) or _first_match("calendar", s) or site_line(seg, ln) or _first_match("bullet", s):
            continue
        found = _byline(s, ln.start, setting("byline_max"))
        if found is not None:
            best, office, names = found, None, names + 1
            continue
        if _first_match("source", s):
            continue
        if _office(s):
            office, office_under_body = Found(s, ln.start, ln.end), False
            continue
        if _is_body(s):
            if s.endswith(":") and names > 1:
                return None  # the name lines under it are the list it announces
            office_under_body = office is not None
            break
        # a short widget or caption line: keep looking above it
        if office is not None:
            office = None
    if best is not None:
        return best
    if office is not None and office_under_body and 2 <= len(office.value.split()) <= 5 and _first_match("desk", office.value):
        return office
    return None


def _stamp_byline(s: str, offset: int) -> Found | None:
    """A person's name printed on a date stamp line ("Phan Tân| 18/12/2020 08:54")."""
    bm = _first_match("byline_stamp", s)
    if bm and _stamp_span(s) is not None and not head_re().match(bm.group("name")):
        start = offset + bm.start("name")
        return Found(bm.group("name"), start, start + len(bm.group("name")))
    return None


def _author_at_top(seg: Segmented) -> Found | None:
    """A labelled byline near the top, or a name line (or a name on the stamp line) just
    under the headline; with no headline, only a name on a stamp line among the first lines."""
    for ln in seg.lines[: setting("byline_top_lines")]:
        am = _first_search("byline_label", ln.text)
        if am and not head_re().match(am.group("name")):
            start = ln.start + am.start("name")
            return Found(am.group("name"), start, start + len(am.group("name")))
    title = find_title(seg)
    if title is None:
        # a page scraped without its headline: a name on a stamp line among its first lines
        # ("Phan Tân| 18/12/2020 08:54") still signs it; a bare name line does not
        for ln in seg.lines[: setting("byline_under_title_lines")]:
            off = _debullet(ln.text)
            if _is_body(ln.text[off:]):
                break
            found = _stamp_byline(ln.text[off:], ln.start + off)
            if found is not None:
                return found
        return None
    head = title.value.casefold()
    after = [ln for ln in seg.lines if ln.start >= title.end][: setting("byline_under_title_lines")]
    tried = 0
    for ln in after:
        s = ln.text
        off = _debullet(s)
        s = s[off:]
        if not s or is_boilerplate(s) or stamp_date(s) or s.casefold() in head:
            continue  # chrome, the stamp, the headline printed again
        found = _stamp_byline(s, ln.start + off) or _byline(s, ln.start + off, setting("byline_top_max"))
        if found is not None:
            return found
        tried += 1
        if tried >= 2 or _is_body(s):
            return None
    return None
