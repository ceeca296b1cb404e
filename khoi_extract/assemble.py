"""Assemble the record: run the field finders, resolve years and roles, ground every
value in the source text, and let pydantic validate the result.

Data flows one way: normalised text → segments → candidates (`Found`, normalised
offsets) → values read back from the *source* through the offset map → spans.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import regex

from .canonical import lenient_match, name_tokens
from .fields.awards import find_awards
from .fields.blocs import bloc_found, choose_bloc, find_bloc_mentions
from .fields.campaigns import find_campaigns
from .fields.common import Found, province_of, province_pattern
from .fields.dates import meeting_date, parse_dmy, resolve_year
from .fields.documents import find_documents
from .fields.kind import find_kind, find_period
from .fields.members import find_member_count, find_members
from .fields.orgs import head_re
from .fields.metadata import _RELATED, _SITE, _is_teaser, find_author, find_published, find_title, is_boilerplate
from .fields.people import find_people
from .fields.province import find_province
from .fields.roles import find_roles, role_from_title
from .fields.venue import find_venue
from .lexicons import load
from .normalize import Normalized
from .schema import ArticleRecord, Span
from .segment import Piece, Segmented

# Two names are the same unit when their token sets agree this well (stricter than
# scoring's 0.7: "Huyện ủy Krông Pắc" and "Huyện ủy Krông Búk" are different units).
DEDUP = 0.85
_MEETING = regex.compile("(?i)" + "|".join(load("cues")["meeting"]))


class _Grounder:
    """Maps normalised spans to source spans and collects the evidence list."""

    def __init__(self, norm: Normalized) -> None:
        self.norm = norm
        self.spans: list[Span] = []
        self.warnings: list[str] = []

    def text(self, start: int, end: int) -> str:
        s, e = self.norm.to_source(start, end)
        return self.norm.source[s:e]

    def add(self, field: str, start: int, end: int) -> None:
        s, e = self.norm.to_source(start, end)
        if e <= s:
            self.warnings.append(f"W301: {field} has no evidence in the source")
            return
        self.spans.append(Span(field=field, start=s, end=e, text=self.norm.source[s:e]))


_ORGANISES = regex.compile(r"(?i)(?<![\p{L}])tổ chức\s+(?:\S+\s+){0,3}?(?:hội nghị|lễ|buổi)(?![\p{L}])")


def _other_organiser(seg: Segmented, mentions, title: Piece | None) -> bool:
    """One agency's own meeting that mentions its bloc in passing: the first sentence saying who
    organised a meeting names a unit and no bloc, and the headline names no bloc either."""
    if title is not None and any(title.start <= m.start < title.end for m in mentions):
        return False
    for s in seg.sentences:
        om = _ORGANISES.search(s.text)
        if not om:
            continue
        if any(s.start <= m.start < s.end for m in mentions):
            return False
        before = s.text[:om.start()]
        return bool(head_re().search(before)) and not regex.search(r"(?i)khối|cụm", before)
    return False


def _province_in_bloc_name(seg: Segmented, mentions) -> Found | None:
    text = seg.text
    for m in mentions:
        pm = regex.match(r"(?:\s+(?:đóng\s+)?(?:trên địa bàn|tại|của))?\s+(?:tỉnh|thành phố|TP\.?)\s+(?P<p>" +
                         province_pattern().pattern + ")", text[m.end:m.end + 60])
        if pm:
            name = province_of(pm.group("p"))
            if name:
                s = m.end + pm.start("p")
                return Found(name, s, s + len(pm.group("p")))
    return None


def _bare_head(name: str) -> bool:
    """A head word with nothing after it ("Sở", "Huyện ủy") is not a unit's name."""
    return name in _GENERIC_HEADS


# Heads that need a name after them; "Tỉnh đoàn", "Agribank", "Thanh tra tỉnh" are units on their own.
_GENERIC_HEADS = {"Sở", "Ban", "Cục", "Chi cục", "Hội", "Bộ", "Phòng", "Vụ", "Viện", "Trường", "Đài", "Báo", "Quỹ",
                  "Huyện ủy", "Thị ủy", "Quận ủy", "Thành ủy", "Đảng ủy", "Công an", "Trung tâm", "Công ty",
                  "Tổng công ty", "Chi nhánh", "Ngân hàng", "Bệnh viện", "Văn phòng", "Ủy ban", "UBND"}


_COUNCIL = regex.compile(r"^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+")


@lru_cache(maxsize=16384)
def _same_unit(a: str, b: str) -> bool:
    """Two printed names of one unit ("Quận 10" and "Quận 11" are two units;
    "Ban Dân tộc" and "Ban Dân tộc tỉnh Bắc Kạn" are one)."""
    if regex.findall(r"\d+", a) != regex.findall(r"\d+", b):
        return False
    if _COUNCIL.sub("", a) == _COUNCIL.sub("", b):
        return True  # "UBND huyện Mộ Đức" names the district "huyện Mộ Đức"
    ta, tb = _tokens(a), _tokens(b)
    if ta and tb and (ta <= tb or tb <= ta) and _lenient(a, b):
        return True  # one name contains the other ("Ban Quản lý Khu kinh tế" ⊂ "… Khu kinh tế tỉnh")
    # the same unit printed once with and once without its province
    pa, pb = _without_province(a), _without_province(b)
    if pa != a and pb == b:
        return bool(pa) and _lenient(pa, b)
    if pb != b and pa == a:
        return bool(pb) and _lenient(a, pb)
    return False


@lru_cache(maxsize=8192)
def _tokens(s: str) -> frozenset[str]:
    return frozenset(name_tokens(s))


@lru_cache(maxsize=8192)
def _lenient(a: str, b: str) -> bool:
    return lenient_match(a, b, threshold=DEDUP)


@lru_cache(maxsize=8192)
def _without_province(s: str) -> str:
    """The name without a trailing province ("… tỉnh Bắc Kạn", "… Hà Nam")."""
    return regex.sub(r"(?:\s+(?:tỉnh|thành phố|TP\.?))?\s+(?:" + province_pattern().pattern + r")\s*$", "", s)


def _skip_ranges(seg: Segmented) -> list[tuple[int, int]]:
    """Site chrome and related-article teasers (a doubled headline and its blurb)."""
    out: list[tuple[int, int]] = []
    lines = seg.lines
    for i, ln in enumerate(lines):
        if i > 3 and _RELATED.match(ln.text):
            # a box of links: up to the next paragraph of body text, else to the end
            nxt = next((x for x in lines[i + 1:] if len(x.text) > 160), None)
            out.append((ln.start, nxt.start if nxt else len(seg.text)))
    for i, ln in enumerate(lines):
        if _is_teaser(ln.text):
            out.append((ln.start, ln.end))
            if i + 1 < len(lines):
                out.append((lines[i + 1].start, lines[i + 1].end))
        elif is_boilerplate(ln.text):
            out.append((ln.start, ln.end))
    return out


def build_record(source: str, norm: Normalized, seg: Segmented, doc_id: str,
                 published: dt.date | None = None) -> ArticleRecord:
    g = _Grounder(norm)
    text = seg.text
    skip = _skip_ranges(seg)
    seg.sentences = [s for s in seg.sentences if not any(a <= s.start < b for a, b in skip)]

    rec: dict[str, Any] = {"doc_id": doc_id, "events": []}
    title = find_title(seg)
    title_piece = None
    if title:
        parts = title.extra.get("parts") or [(title.start, title.end)]
        rec["title"] = " ".join(g.text(a, b) for a, b in parts)
        for a, b in parts:
            g.add("title", a, b)
        title_piece = Piece(title.start, title.end, title.value)
        # The headline is not a body sentence.
        seg.sentences = [s for s in seg.sentences if not (title.start <= s.start < title.end)]
    pub = find_published(seg)
    if published is None and pub:
        published = pub.value
        g.add("published", pub.start, pub.end)
    rec["published"] = published
    author = find_author(seg)
    if author:
        rec["author"] = g.text(author.start, author.end)
        g.add("author", author.start, author.end)

    mentions = [m for m in find_bloc_mentions(seg) if not any(a <= m.start < b for a, b in skip)]
    # One agency's own report names its bloc only as what it belongs to ("Là thành viên Khối …").
    if mentions and all(regex.search(r"thành viên\s+(?:của\s+)?$", text[max(0, m.start - 20):m.start]) for m in mentions):
        mentions = []
    best, num = choose_bloc(mentions, title.end if title else 0)
    built: list[dict] = []
    sections = _sections(seg, mentions, title_piece)
    if len(sections) >= 2:
        # A round-up reporting several blocs' meetings: one event per section.
        for a, b in sections:
            sub_mentions = [m for m in mentions if a <= m.start < b]
            sb, sn = choose_bloc(sub_mentions, 0)
            if sb is None:
                continue
            ev = _build_event(seg, g, sb, sn, sub_mentions, title_piece, published, index=len(built), window=(a, b), skip=skip)
            if ev is not None:
                built.append(ev)
    elif best is not None:
        ev = _build_event(seg, g, best, num, mentions, title_piece, published, skip=skip)
        if ev is not None:
            built.append(ev)
    if built:
        rec["events"] = [e["event"] for e in built]
        venue_spans = [v for e in built for v in e["venue_spans"]]
        member_provinces = [p for e in built for p in e["member_provinces"]]
        # Not from the site's name: header lines above the headline and site chrome.
        site = [(ln.start, ln.end) for ln in seg.lines
                if (title is not None and ln.end <= title.start) or _SITE.search(ln.text)]
        members = [m for e in built for m in e["event"]["members"]]
        # "Khối thi đua các cơ quan Trung ương trên địa bàn tỉnh Bắc Ninh": the bloc's own name says it
        prov = _province_in_bloc_name(seg, mentions) or find_province(
            seg, skip + venue_spans + site, member_provinces, built[0]["event"]["bloc"]["name"], members)
        if prov:
            rec["province"] = prov.value
            g.add("province", prov.start, prov.end)
    record = ArticleRecord.model_validate({**rec, "spans": [], "warnings": []})
    record.spans = g.spans
    record.warnings.extend(w for w in g.warnings if w not in record.warnings)
    return record


_DATE_CUE = regex.compile(r"(?i)(?:ngày|sáng|chiều|tối)\s+\d{1,2}\s*[/.-]\s*\d{1,2}")


def _sections(seg: Segmented, mentions, title: Piece | None) -> list[tuple[int, int]]:
    """Paragraphs that each open with a different bloc's dated meeting, as [start, end) ranges."""
    starts: list[tuple[int, str]] = []
    for ln in seg.lines:
        if title is not None and ln.start < title.end:
            continue
        here = [m for m in mentions if ln.start <= m.start < ln.end and (m.number is not None or not m.text.lower().endswith("đua"))
                and not regex.search(r"(?:của|theo)\s+$", seg.text[max(0, m.start - 8):m.start])]
        if not here or not _MEETING.search(ln.text) or not _DATE_CUE.search(ln.text):
            continue
        key = str(here[0].number) if here[0].number is not None else here[0].text.lower()
        if all(k != key for _, k in starts):
            starts.append((ln.start, key))
    if len(starts) < 2:
        return []
    bounds = [s for s, _ in starts] + [len(seg.text)]
    return [(bounds[i], bounds[i + 1]) for i in range(len(starts))]


def _view(seg: Segmented, window: tuple[int, int]) -> Segmented:
    """The same text, with only the lines and sentences inside `window`."""
    a, b = window
    return Segmented(norm=seg.norm, lines=[ln for ln in seg.lines if a <= ln.start < b],
                     sentences=[s for s in seg.sentences if a <= s.start < b])


def _build_event(seg: Segmented, g: _Grounder, best, num, mentions, title: Piece | None,
                 published: dt.date | None, index: int = 0, window: tuple[int, int] | None = None,
                 skip: list[tuple[int, int]] | None = None) -> dict | None:
    text = seg.text
    skip = skip or []
    P = f"events[{index}]"
    lo, hi = window or (0, len(text))
    if window is not None:
        seg = _view(seg, window)

    def inside(found: list) -> list:
        return [f for f in found if lo <= f.start < hi]
    mention_sents: set[int] = set()
    for i, s in enumerate(seg.sentences):
        if any(s.start <= m.start < s.end for m in mentions):
            mention_sents.add(i)
    meeting_sents = [s for i, s in enumerate(seg.sentences) if i in mention_sents or _MEETING.search(s.text)]
    bloc_meeting = [s for i, s in enumerate(seg.sentences) if i in mention_sents and _MEETING.search(s.text)]
    kind_sents = [s for i, s in enumerate(seg.sentences) if i in mention_sents] or meeting_sents
    if window is None:
        kind_f = find_kind(seg, title, kind_sents) or find_kind(seg, None, meeting_sents)
    else:
        # one section of a round-up: its own words first, the shared headline only as a fallback
        kind_f = find_kind(seg, None, kind_sents) or find_kind(seg, title, [])
    awards = find_awards(seg, seg.sentences)
    if kind_f is None and not awards and not bloc_meeting:
        return None
    if window is None and _other_organiser(seg, mentions, title):
        return None
    kind = kind_f.value if kind_f else ("tong_ket" if awards else "other")
    ev: dict[str, Any] = {"kind": kind}
    if kind_f:
        g.add(f"{P}.kind", kind_f.start, kind_f.end)

    period_f = find_period(seg, kind, kind_f, title, bloc_meeting or meeting_sents[:3])
    if period_f is None:
        mention_list = [s for i, s in enumerate(seg.sentences) if i in mention_sents]
        period_f = find_period(seg, kind, None, None, mention_list[:4])
    period = period_f.value if period_f else None

    # date
    docs = [d for d in inside(find_documents(seg)) if not any(a <= d.start < b for a, b in skip)]
    doc_dates = [d.extra["date_span"] for d in docs if d.extra["date_span"]]
    # Dates are read per line: a sentence split inside "(Saigon Co.op)" must not hide
    # the date from the clause that names the bloc.
    mention_starts = [m.start for m in mentions]
    date_lines = [ln for ln in seg.lines
                  if (title is None or ln.start >= title.end)
                  and any(ln.start <= p < ln.end for p in mention_starts) and _MEETING.search(ln.text)]
    date_lines += [s for s in meeting_sents if not any(ln.start <= s.start < ln.end for ln in date_lines)]
    date_lines.sort(key=lambda s: s.start)
    dm = meeting_date(seg, date_lines, exclude=doc_dates)
    date = None
    date_sent = None
    if dm:
        year = resolve_year(dm, published, period["year"] if period else None, kind)
        if year:
            date = parse_dmy(dm.day, dm.month, year)
            if date:
                g.add(f"{P}.date", dm.start, dm.end)
        date_sent = seg.sentence_at(dm.start)
    if period is None and date is not None and kind != "other":
        y = date.year if (kind != "tong_ket" or date.month >= 7) else date.year - 1
        period = {"year": y, "months": 12 if kind in ("tong_ket", "giao_uoc", "phat_dong") else None}
        period_f = Found(period, dm.start, dm.end)
    if period_f is None and kind in ("tong_ket", "giao_uoc", "phat_dong"):
        # no year near the meeting nor a date: the first year the report names ("Phong trào … năm 2025 …")
        period_f = find_period(seg, kind, None, None, seg.sentences[:6])
        period = period_f.value if period_f else None
    if period_f:
        g.add(f"{P}.period", period_f.start, period_f.end)
    ev["date"] = date
    ev["period"] = period

    opening = [s for s in seg.sentences if regex.match(r"(?i)(?:hội nghị|lễ|buổi)\b", s.text)][:3]
    venue_sents = ([date_sent] if date_sent else []) + bloc_meeting[:2] + opening
    venue_f = find_venue(seg, venue_sents)
    venue_spans: list[tuple[int, int]] = []
    ev["venue"] = None
    if venue_f:
        ev["venue"] = g.text(venue_f.start, venue_f.end)
        g.add(f"{P}.venue", venue_f.start, venue_f.end)
        # A venue that is a place ("tại tỉnh Bắc Ninh", "phường X (tỉnh Y)") says where the
        # meeting was, not whose bloc it is; a venue that is a unit ("Cục … tỉnh Tây Ninh") does.
        if not head_re().match(text, venue_f.start):
            close = text.find(")", venue_f.end, venue_f.end + 40)
            venue_spans.append((venue_f.start, close + 1 if close > 0 else venue_f.end))

    bf = bloc_found(best, num)
    ev["bloc"] = {"name": g.text(bf.start, bf.end), "number": bf.extra["number"]}
    g.add(f"{P}.bloc.name", bf.start, bf.end)
    if bf.extra["number_span"]:
        g.add(f"{P}.bloc.number", *bf.extra["number_span"])

    # people (and the roles their titles state)
    people = inside(find_people(seg))
    role_cands = find_roles(seg)
    for p in people:
        ts = p.extra.get("title_span")
        found = role_from_title(text[ts[0]:ts[1]], ts[0], text) if ts else []
        tb = p.extra.get("title_before")
        if not found and tb:
            # "Cục trưởng Cục Hải quan tỉnh X Đinh Quang Tú – Cụm trưởng năm 2024"
            tail = regex.match(r"\s*[-–—]\s*[^.;,()]{0,60}", text[p.end:p.end + 70])
            if tail:
                found = role_from_title(text[tb[0]:p.end + tail.end()], tb[0], text, name_start=p.start)
        role_cands.extend(found)
    # A role printed without a year beside one with a year takes that year:
    # "X (Khối trưởng năm 2023) và Y (Khối phó)".
    for r in role_cands:
        if r.extra["year"] is None:
            sent = seg.sentence_at(r.start)
            mates = [o.extra["year"] for o in role_cands if o.extra["year"] and sent and sent.start <= o.start < sent.end
                     and not o.extra.get("elected")]
            if mates and not r.extra.get("elected"):
                r.extra["year"] = mates[0]
    base_year = period["year"] if period else (date.year if date else None)
    roles: list[dict] = []
    role_spans: list[tuple[int, int]] = []
    bloc_type = "cum" if ev["bloc"]["name"].lower().startswith("cụm") else "khoi"
    # a unit with a stated year for a role does not also hold it in a guessed year
    stated = [(r.extra["role"], g.text(r.start, r.end).strip()) for r in role_cands if r.extra["year"]]
    role_cands = [r for r in role_cands if r.extra["year"] or not any(
        rl == r.extra["role"] and _same_unit(o, g.text(r.start, r.end).strip()) for rl, o in stated)]
    for r in role_cands:
        if r.extra.get("aside") and r.extra["aside"] != bloc_type:
            continue
        # A unit elected at a review leads the next year; at a covenant signing or launch, the year it is for.
        next_year = r.extra["elected"] and kind in ("tong_ket", "so_ket")
        year = r.extra["year"] or (base_year + 1 if (next_year and base_year) else base_year)
        if year is None:
            continue
        org = g.text(r.start, r.end).strip()
        if not org or _bare_head(text[r.start:r.end].strip()):
            continue  # "Huyện ủy" alone names no unit
        dup = next((i for i, x in enumerate(roles) if x["role"] == r.extra["role"] and x["year"] == year
                    and lenient_match(x["org"], org, threshold=DEDUP)), None)
        if dup is not None:
            if len(org) > len(roles[dup]["org"]):
                roles[dup]["org"] = org
                role_spans[dup] = (r.start, r.end)
            continue
        roles.append({"role": r.extra["role"], "org": org, "year": year})
        role_spans.append((r.start, r.end))
    ev["roles"] = roles
    for i, (a, b) in enumerate(role_spans):
        g.add(f"{P}.roles[{i}].org", a, b)

    # members: role holders first, then listed units
    bloc_sent_idx = {i for i, s in enumerate(seg.sentences) if regex.search(r"(?i)khối|cụm|thành viên", s.text)}
    members: list[str] = []
    member_spans: list[tuple[int, int]] = []
    member_provinces: list[str] = []
    for r, (a, b) in zip(roles, role_spans):
        if any(_same_unit(x, r["org"]) for x in members):
            continue  # vice leader this year, leader next year: one member
        members.append(r["org"])
        member_spans.append((a, b))
    for f in find_members(seg, bloc_sent_idx):
        src_piece = g.text(f.start, f.end)
        value = f.value if f.value != text[f.start:f.end] else src_piece
        if f.value != text[f.start:f.end] and text[f.start:f.end] in f.value:
            value = f.value.replace(text[f.start:f.end], src_piece)
        if _bare_head(f.value):
            continue
        dup = next((i for i, x in enumerate(members) if _same_unit(x, value)), None)
        if dup is not None:
            if len(value) > len(members[dup]) and dup >= len(roles):
                members[dup] = value
            continue
        members.append(value)
        member_spans.append((f.start, f.end))
    for m_ in members:
        for pm in regex.finditer(r"[\p{Lu}][\p{L}\p{M}]*(?:[\s-]+[\p{Lu}][\p{L}\p{M}]*)*", m_):
            pv = province_of(pm.group())
            if pv:
                member_provinces.append(pv)
    ev["members"] = members
    for i, (a, b) in enumerate(member_spans):
        g.add(f"{P}.members[{i}]", a, b)

    mc = find_member_count(seg, lo, hi)
    ev["member_count"] = mc.value if mc else None
    if mc:
        g.add(f"{P}.member_count", mc.start, mc.end)

    ev["awards"] = [a.value for a in awards]
    for i, a in enumerate(awards):
        g.add(f"{P}.awards[{i}]", a.start, a.end)
        if a.extra.get("count_span"):
            g.add(f"{P}.awards[{i}].count", *a.extra["count_span"])

    ev["documents"] = []
    for i, d in enumerate(docs):
        v = dict(d.value)
        ns = d.extra["number_span"]
        v["number"] = regex.sub(r"\s+", "", g.text(*ns))
        if d.extra["issuer_span"]:
            v["issuer"] = g.text(*d.extra["issuer_span"])
            g.add(f"{P}.documents[{i}].issuer", *d.extra["issuer_span"])
        g.add(f"{P}.documents[{i}].number", *ns)
        if d.extra["date_span"] and v["date"]:
            g.add(f"{P}.documents[{i}].date", *d.extra["date_span"])
        ev["documents"].append(v)

    ev["people"] = []
    for i, p in enumerate(people):
        ts = p.extra.get("title_span")
        ev["people"].append({"name": g.text(p.start, p.end), "title": g.text(*ts) if ts else None})
        g.add(f"{P}.people[{i}].name", p.start, p.end)
        if ts:
            g.add(f"{P}.people[{i}].title", *ts)

    camps = inside(find_campaigns(seg))
    ev["campaigns"] = [g.text(c.start, c.end) for c in camps]
    for i, c in enumerate(camps):
        g.add(f"{P}.campaigns[{i}]", c.start, c.end)
    return {"event": ev, "venue_spans": venue_spans, "member_provinces": member_provinces}


__all__ = ["build_record"]
