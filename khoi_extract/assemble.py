"""Assemble the record: run the field finders, resolve years and roles, ground every
value in the source text, and let pydantic validate the result.

Data flows one way: normalised text → segments → candidates (`Found`, normalised
offsets) → values read back from the *source* through the offset map → spans.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import replace
from typing import Any

import regex

from .fields.awards import find_awards, ground_awards
from .fields.blocs import bare_bloc_references, bloc_found, choose_bloc, find_bloc_mentions
from .fields.campaigns import resolve_campaigns
from .fields.common import Found, any_between, province_of
from .fields.dates import parse_dmy
from .fields.when import resolve_when
from .fields.documents import find_documents, ground_documents
from .fields.kind import find_kind, find_side_contest, reports_meeting, reviews_the_year
from .fields.members import ground_member_count, resolve_members
from .fields.orgs import head_re
from .fields.metadata import (find_author, find_published, find_title, is_boilerplate, is_teaser, related_boxes,
                              site_line)
from .fields.people import find_people, ground_people
from .fields.province import find_province
from .fields.roles import find_roles, resolve_roles, roles_from_people
from .fields.venue import resolve_venue
from .grammar import rule, setting
from .context import EventContext, MeetingScope
from .grounding import Grounder
from .normalize import Normalized
from .schema import ArticleRecord
from .segment import Piece, Segmented

# Two names are the same unit when their token sets agree this well (stricter than
# scoring's 0.7: "Huyện ủy Krông Pắc" and "Huyện ủy Krông Búk" are different units).
DEDUP = 0.85



def _other_organiser(seg: Segmented, mentions, title: Piece | None) -> bool:
    """One agency's own meeting that mentions its bloc in passing: the first sentence saying who
    organised a meeting names a unit and no bloc, and the headline names no bloc either."""
    if title is not None and any(title.start <= m.start < title.end for m in mentions):
        return False
    for s in seg.sentences:
        om = rule("blocs.organises_meeting").search(s.text)
        if not om:
            continue
        if any(s.start <= m.start < s.end for m in mentions):
            return False
        before = s.text[:om.start()]
        # a unit hosting on the bloc's behalf says so in the sentence ("Sở X (Trưởng khối) tổ chức …",
        # "… tổng kết công tác thi đua của Khối", "thay mặt các đơn vị trong Cụm")
        return bool(head_re().search(before)) and not rule("blocs.on_behalf").search(s.text)
    return False


def _province_in_bloc_name(seg: Segmented, mentions) -> Found | None:
    text = seg.text
    where = rule("events.province_in_bloc_name")
    for m in mentions:
        pm = where.match(text, m.end, min(len(text), m.end + setting("province_in_bloc_name_window")))
        if pm:
            name = province_of(pm.group("p"))
            if name:
                return Found(name, pm.start("p"), pm.end("p"))
    return None


# Where a clause ends (structural: one character class, kept here rather than in a rule file).
_CLAUSE_STOP = regex.compile(r"[.;:!?\n]")


def _bloc_phrases(seg: Segmented, mentions, built: list[dict]) -> list[str]:
    """What the text says the bloc is: each mention with the words just before it and the rest
    of its clause ("Công an 5 tỉnh Cụm thi đua số 7", "Cụm thi đua Sở Tư pháp, … các tỉnh miền
    núi"), and the recorded names. A region or several provinces here means no province."""
    text = seg.text
    before, after = setting("bloc_phrase_before"), setting("bloc_phrase_after")
    out = [e["event"]["bloc"]["name"] for e in built if e["event"]["bloc"]]
    parent = rule("events.family_parent")
    for m in mentions:
        if m.plural:
            # the family of blocs says whose blocs they are ("các Khối thi đua thuộc Bộ …")
            pm = parent.match(text, m.end, min(len(text), m.end + after))
            if m.text.split()[-1].lower() not in ("đua", "khối", "cụm") or pm:
                out.append(m.text + (pm.group() if pm else ""))
            continue
        if m.text.split()[-1].lower() in ("đua", "khối", "cụm"):
            continue  # a bare or generic mention says nothing about this bloc
        out.append(m.text)
        a = max(0, m.start - before)
        a = max(a, max(text.rfind(c, a, m.start) for c in ".;:\n") + 1)
        stop = _CLAUSE_STOP.search(text, m.end, min(len(text), m.end + after))
        out.append(text[a:stop.start() if stop else m.end + after])
    return out


def _skip_ranges(seg: Segmented) -> list[tuple[int, int]]:
    """Site chrome and related-article teasers (a doubled headline and its blurb)."""
    out: list[tuple[int, int]] = []
    lines = seg.lines
    for a, b in related_boxes(seg):
        out.append((lines[a].start, lines[b].start if b < len(lines) else len(seg.text)))
    for i, ln in enumerate(lines):
        if is_teaser(ln.text):
            out.append((ln.start, ln.end))
            if i + 1 < len(lines):
                out.append((lines[i + 1].start, lines[i + 1].end))
        elif is_boilerplate(ln.text):
            out.append((ln.start, ln.end))
    return out


def build_record(source: str, norm: Normalized, seg: Segmented, doc_id: str,
                 published: dt.date | None = None) -> ArticleRecord:
    g = Grounder(norm)
    text = seg.text
    skip = _skip_ranges(seg)
    # The body: sentences outside site chrome (a new view; segmentation itself is never changed).
    seg = replace(seg, sentences=[s for s in seg.sentences if not any(a <= s.start < b for a, b in skip)])

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
        seg = replace(seg, sentences=[s for s in seg.sentences if not (title.start <= s.start < title.end)])
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
    # One agency's own report names its bloc only as what it belongs to ("Là thành viên Khối …"); a
    # sector's or province's review names blocs only as what its award winners lead ("đơn vị dẫn đầu Cụm …").
    back = setting("bloc_scope_before")
    for scope in ("blocs.member_report", "blocs.leader_scope"):
        if mentions and all(rule(scope).search(text, max(0, m.start - back), m.start) for m in mentions):
            mentions = []
    best, num = choose_bloc(mentions, title.end if title else 0)
    built: list[dict] = []
    sections = _sections(seg, mentions, title_piece)
    if len(sections) >= 2:
        # A round-up reporting several blocs' meetings: one event per section.
        shared = _shared_passages(seg, sections, mentions, title_piece)
        for a, b in sections:
            sub_mentions = [m for m in mentions if a <= m.start < b]
            sb, sn = choose_bloc(sub_mentions, 0)
            if sb is None:
                continue
            ev = _build_event(seg, g, sb, sn, sub_mentions, title_piece, published, index=len(built), window=(a, b),
                              skip=skip, shared=shared)
            if ev is not None:
                built.append(ev)
    elif best is not None:
        ev = _build_event(seg, g, best, num, mentions, title_piece, published, skip=skip)
        if ev is not None:
            main_at = len(built)
            built.append(ev)
            built.extend(_dated_roundup(seg, g, ev, mentions))
            side = _side_contest_event(seg, g, ev["event"], best, num, index=len(built), main_at=main_at)
            if side is not None:
                built.append(side)
    else:
        # A meeting of a bloc the report names only as "khối"/"cụm": bloc null (RECORD.md).
        bare = bare_bloc_references(seg, find_kind, mentions)
        if bare:
            ev = _build_event(seg, g, None, None, bare, title_piece, published, skip=skip)
            if ev is not None:
                built.append(ev)
    if built:
        rec["events"] = [e["event"] for e in built]
        venue_spans = [v for e in built for v in e["venue_spans"]]
        member_provinces = [p for e in built for p in e["member_provinces"]]
        # Not from the site's name: header lines above the headline and site chrome.
        site = [(ln.start, ln.end) for ln in seg.lines
                if (title is not None and ln.end <= title.start) or site_line(seg, ln)
                or (len(ln.text) <= setting("site_line_max") and rule("province.site_line").search(ln.text))]
        members = [m for e in built for m in e["event"]["members"]]
        # "Khối thi đua các cơ quan Trung ương trên địa bàn tỉnh Bắc Ninh": the bloc's own name says it
        prov = _province_in_bloc_name(seg, mentions) or find_province(
            seg, skip + venue_spans + site, member_provinces, _bloc_phrases(seg, mentions, built), members)
        if prov:
            rec["province"] = prov.value
            g.add("province", prov.start, prov.end)
    record = ArticleRecord.model_validate({**rec, "spans": [], "warnings": []})
    record.spans = g.spans
    record.warnings.extend(w for w in g.warnings if w not in record.warnings)
    return record


def _sections(seg: Segmented, mentions, title: Piece | None) -> list[tuple[int, int]]:
    """Paragraphs that each open with a different bloc's dated meeting, as [start, end) ranges."""
    text = seg.text
    ordered = sorted(mentions, key=lambda m: m.start)
    starts_at = [m.start for m in ordered]
    cited, dated = rule("events.cited_mention"), rule("events.section_date_cue")
    back = setting("cited_mention_before")
    starts: list[tuple[int, str]] = []
    for ln in seg.lines:
        if title is not None and ln.start < title.end:
            continue
        here = [m for m in ordered[bisect_left(starts_at, ln.start):bisect_left(starts_at, ln.end)]
                if not m.plural and (m.number is not None or not m.text.lower().endswith("đua"))
                and not cited.search(text, max(0, m.start - back), m.start)]
        if not here or not seg.has_phrase("MEETING", ln.start, ln.end) or not dated.search(ln.text):
            continue
        key = str(here[0].number) if here[0].number is not None else here[0].text.lower()
        if all(k != key for _, k in starts):
            starts.append((ln.start, key))
    if len(starts) < 2:
        return []
    bounds = [s for s, _ in starts] + [len(text)]
    return [(bounds[i], bounds[i + 1]) for i in range(len(starts))]


def _shared_passages(seg: Segmented, sections: list[tuple[int, int]], mentions,
                     title: Piece | None) -> list[tuple[int, int]]:
    """What a round-up says of every section's meeting, as [start, end) ranges: its opening
    before the first section ("Thực hiện Hướng dẫn số … , các khối thi đua đã tổ chức …") and
    closing lines after the last section's own bloc that name only the family of blocs ("Các
    Khối thi đua còn lại … theo Công văn số …")."""
    out = [(title.end if title is not None else 0, sections[0][0])]
    a, b = sections[-1]
    lines = [ln for ln in seg.lines if a <= ln.start < b]
    named = [ln for ln in lines if any(ln.start <= m.start < ln.end and not m.plural for m in mentions)]
    family = rule("events.family_of_blocs")
    if named:
        out.extend((ln.start, ln.end) for ln in lines
                   if ln.start >= named[-1].end and family.search(seg.text, ln.start, ln.end))
    return out


# Structural: the numbers of a day list ("13, 20 và 27").
_DIGITS = regex.compile(r"\d+")


def _dated_roundup(seg: Segmented, g: Grounder, main: dict, mentions) -> list[dict]:
    """The other meetings of a round-up dated by a list of days ("vào các ngày 13, 20 và 27/4,
    3 Khối thi đua … tổ chức Hội nghị tổng kết …"): the sentence dating the meeting names the
    blocs together, and the article names as many numbered blocs as days, paired in order. Each
    further bloc gets the first meeting's kind and period on its own day; what the sections say
    of each bloc is not told apart (their awards and people stay with the first)."""
    sent, first = main["date_sentence"], main["event"]
    if sent is None or first["date"] is None or first["bloc"] is None or first["bloc"]["number"] is None:
        return []
    m = rule("events.day_list").search(seg.text, sent.start, sent.end)
    if m is None or not any(b.plural and sent.start <= b.start < sent.end for b in mentions):
        return []
    days = [int(d) for d in _DIGITS.findall(m.group("days"))]
    numbers: list[int] = []
    for b in sorted(mentions, key=lambda b: b.start):
        if b.number is not None and not b.plural and b.number not in numbers:
            numbers.append(b.number)
    if len(numbers) != len(days) or numbers[0] != first["bloc"]["number"] or days[0] != first["date"].day:
        return []
    kind_f = find_kind(seg, None, [sent])
    out: list[dict] = []
    for day, number in zip(days[1:], numbers[1:]):
        date = parse_dmy(day, first["date"].month, first["date"].year)
        best, num = choose_bloc([b for b in mentions if b.number == number and not b.plural])
        if date is None or best is None:
            return out
        P = f"events[{1 + len(out)}]"
        g.add(f"{P}.date", m.start(), m.end())
        if kind_f is not None:
            g.add(f"{P}.kind", kind_f.start, kind_f.end)
        # the shared period's evidence is the first meeting's
        g.spans.extend(sp.model_copy(update={"field": f"{P}.period"}) for sp in list(g.spans)
                       if sp.field == "events[0].period")
        bf = bloc_found(best, num)
        g.add(f"{P}.bloc.name", bf.start, bf.end)
        if bf.number_span:
            g.add(f"{P}.bloc.number", *bf.number_span)
        ev = {"kind": first["kind"], "date": date, "period": first["period"], "venue": None,
              "bloc": {"name": g.text(bf.start, bf.end), "number": bf.number}, "roles": [], "members": [],
              "member_count": None, "awards": [], "documents": [], "people": [], "campaigns": []}
        out.append({"event": ev, "venue_spans": [], "member_provinces": [], "date_sentence": sent})
    return out


def _side_contest_event(seg: Segmented, g: Grounder, main: dict, best, num, index: int,
                        main_at: int) -> dict | None:
    """A sports meet or contest the bloc holds on the occasion of its meeting, as its own `other`
    event (RECORD.md): same bloc, the year the contest names (else the meeting's period), and the
    bloc's units, who compete in it ("units competing as the bloc's members count")."""
    if main["kind"] == "other":
        return None
    found = find_side_contest(seg, seg.sentences)
    if found is None:
        return None
    P = f"events[{index}]"
    g.add(f"{P}.kind", found.start, found.end)
    year = found.value or (main["period"] or {}).get("year")
    if year is not None:
        g.add(f"{P}.period", found.start, found.end)
    bf = bloc_found(best, num)
    g.add(f"{P}.bloc.name", bf.start, bf.end)
    if bf.number_span:
        g.add(f"{P}.bloc.number", *bf.number_span)
    ev = {"kind": "other", "date": None, "period": {"year": year, "months": None} if year else None,
          "venue": None, "bloc": dict(main["bloc"]), "roles": [], "members": list(main["members"]),
          "member_count": main["member_count"], "awards": [], "documents": [], "people": [], "campaigns": []}
    g.copy(f"events[{main_at}]", P, ("members", "member_count"))
    return {"event": ev, "venue_spans": [], "member_provinces": [], "date_sentence": None}


def _view(seg: Segmented, window: tuple[int, int]) -> Segmented:
    """The same text, with only the lines and sentences inside `window`."""
    a, b = window
    return seg.view([ln for ln in seg.lines if a <= ln.start < b], [s for s in seg.sentences if a <= s.start < b])


def _build_event(seg: Segmented, g: Grounder, best, num, mentions, title: Piece | None,
                 published: dt.date | None, index: int = 0, window: tuple[int, int] | None = None,
                 skip: list[tuple[int, int]] | None = None,
                 shared: list[tuple[int, int]] | None = None) -> dict | None:
    """One event: its kind, when, where, bloc and list fields, read in `window` (one section of a
    round-up, else the whole body); documents cited in a round-up's `shared` passages count too."""
    text = seg.text
    skip = skip or []
    P = f"events[{index}]"
    lo, hi = window or (0, len(text))
    if window is not None:
        seg = _view(seg, window)
    mention_starts = sorted(m.start for m in mentions)
    mention_sents = {i for i, s in enumerate(seg.sentences) if any_between(mention_starts, s.start, s.end)}
    # a meeting the blocs are told to hold ("yêu cầu các khối … tổ chức ký kết … trước ngày …") is none reported
    meeting_cue = {i for i, s in enumerate(seg.sentences) if reports_meeting(seg, s.start, s.end)}
    meeting_sents = [s for i, s in enumerate(seg.sentences) if i in mention_sents or i in meeting_cue]
    bloc_meeting = [s for i, s in enumerate(seg.sentences) if i in mention_sents and i in meeting_cue]
    kind_sents = [s for i, s in enumerate(seg.sentences) if i in mention_sents] or meeting_sents
    names = [(m.start, m.end) for m in mentions]
    if window is None:
        kind_f = find_kind(seg, title, kind_sents, names) or find_kind(seg, None, meeting_sents, names)
    else:
        # one section of a round-up: its own words first, the shared headline only as a fallback
        kind_f = find_kind(seg, None, kind_sents, names) or find_kind(seg, title, [], names)
    awards = find_awards(seg, seg.sentences)
    if kind_f is None and not awards and not bloc_meeting:
        return None
    if window is None and _other_organiser(seg, mentions, title):
        return None
    kind = kind_f.value if kind_f else ("tong_ket" if awards else "other")
    if kind_f is not None and reviews_the_year(seg, kind, meeting_sents):
        kind = "tong_ket"
    ev: dict[str, Any] = {"kind": kind}
    if kind_f:
        g.add(f"{P}.kind", kind_f.start, kind_f.end)

    scope = MeetingScope(mention_sents=[s for i, s in enumerate(seg.sentences) if i in mention_sents],
                         meeting_sents=meeting_sents, bloc_meeting=bloc_meeting)
    # date
    docs = [d for d in find_documents(seg) if (lo <= d.start < hi or any(a <= d.start < b for a, b in shared or ()))
            and not any(a <= d.start < b for a, b in skip)]
    when = resolve_when(seg, g, P, scope, kind, kind_f, title, mentions,
                        [d.extra["date_span"] for d in docs if d.extra["date_span"]], published)
    date, period = when.date, when.period
    ev["date"] = date
    ev["period"] = period
    ev["venue"], venue_spans = resolve_venue(seg, g, P, scope, when.date_sentence, title)

    ev["bloc"] = None
    bloc_name = mentions[0].text if mentions else "khối"  # a bare "khối"/"cụm" still says which
    if best is not None:
        bf = bloc_found(best, num)
        ev["bloc"] = {"name": g.text(bf.start, bf.end), "number": bf.number}
        bloc_name = ev["bloc"]["name"]
        g.add(f"{P}.bloc.name", bf.start, bf.end)
        if bf.number_span:
            g.add(f"{P}.bloc.number", *bf.number_span)

    ctx = EventContext(seg=seg, path=P, lo=lo, hi=hi, kind=kind, period=period, date=date,
                       bloc_name=bloc_name, published=published)
    people = ctx.inside(find_people(seg))
    role_cands = find_roles(seg) + roles_from_people(ctx, people)
    roles, role_spans = resolve_roles(ctx, role_cands, g)
    members, member_provinces = resolve_members(ctx, roles, role_spans, g)
    ev["roles"] = roles
    ev["members"] = members

    ev["member_count"] = ground_member_count(ctx, g)
    ev["awards"] = ground_awards(ctx, awards, g)
    ev["documents"] = ground_documents(ctx, docs, g)
    ev["people"] = ground_people(ctx, people, g)
    ev["campaigns"] = resolve_campaigns(ctx, g)
    return {"event": ev, "venue_spans": venue_spans, "member_provinces": member_provinces,
            "date_sentence": when.date_sentence}


__all__ = ["build_record"]
