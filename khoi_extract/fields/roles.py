"""Leader and vice-leader units, for every year the article states.

Phrasings covered (cue words in `cues.json: role_leader/role_vice`):
`X (đơn vị Trưởng khối)`, `X (Khối phó năm 2022)`, `X là / được giao là / được bầu
làm Trưởng khối`, `suy tôn X làm Trưởng khối năm 2022`, `đảm nhiệm vai trò Trưởng
Khối … là X`, `bàn giao Cụm trưởng … cho X`, `Với vai trò Khối trưởng …, X`, and a
person's title (`Giám đốc Sở Tư pháp, Khối phó Khối thi đua`, handled with people).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..canonical import lenient_match
from ..context import EventContext
from ..grammar import setting
from ..grounding import Grounder
from ..lexicons import load
from ..segment import Segmented
from .common import Found, finditer
from .orgs import bare_head, head_re, org_at, org_before, org_in, same_unit

_ELECT = regex.compile("(?i)" + "|".join(load("cues")["elect_verbs"]))
ROLE_YEAR = regex.compile(
    r"(?:\)\s*|[^.;()]{0,40}?)(?|(?:trong\s+)?năm học\s+(?:19|20)\d{2}\s*[-–—]\s*(?P<y>(?:19|20)\d{2})|(?:trong\s+)?năm\s+(?P<y>(?:19|20)\d{2}))"
)


@lru_cache(maxsize=None)
def role_re() -> regex.Pattern:
    cues = load("cues")
    vice = "|".join(cues["role_vice"])
    lead = "|".join(cues["role_leader"])
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:(?P<vice>{vice})|(?P<lead>{lead}))(?![\p{{L}}\p{{M}}])")


def role_name(m: regex.Match) -> str:
    return "vice_leader" if m.group("vice") else "leader"


def _year_after(text: str, pos: int, limit: int = 60) -> int | None:
    m = ROLE_YEAR.match(text, pos, min(len(text), pos + limit))
    return int(m.group("y")) if m else None


def _year_before(text: str, sent_start: int, pos: int) -> int | None:
    seg = text[sent_start:pos]
    ms = list(regex.finditer(r"[Nn]ăm\s+(?P<y>(?:19|20)\d{2})", seg))
    return int(ms[-1].group("y")) if ms else None


def find_roles(seg: Segmented) -> list[Found]:
    """Roles stated outside people's titles. `extra`: role, year (or None), elected (bool)."""
    text = seg.text
    out: list[Found] = []
    for sent in seg.sentences:
        for m in finditer(role_re(), text, sent.start, sent.end):
            role = role_name(m)
            before = text[max(sent.start, m.start() - 40): m.start()]
            after_year = _year_after(text, m.end())
            # 1. "X (đơn vị Trưởng khối năm 2022)", "X – Trưởng khối năm 2024"
            pm = regex.search(r"(?:\(|\s?[-–—])\s*(?:là\s+)?(?:[Đđ]ơn vị\s+)?$|,\s*(?:là\s+)?[Đđ]ơn vị\s+$", before)
            if pm and pm.group().startswith(",") and regex.match(r"[^.;,]{0,30}?\slà\s", text[m.end():m.end() + 40]):
                pm = None  # "…, đơn vị Phó trưởng khối là Sở Công Thương": read below, with "là"
            if pm:
                paren = m.start() - (len(before) - pm.start())
                span = org_before(text, paren, sent.start)
                if span and "(" not in pm.group() and regex.search(
                        r"(?i)(?:giám đốc|trưởng|chánh(?: án)?|phó|tổng biên tập|bí thư|chủ tịch|thủ trưởng|viện trưởng|cục trưởng)\s+$",
                        text[max(sent.start, span[0] - 25):span[0]]):
                    span = None  # "Giám đốc Sở X - Trưởng khối": a person's title, read with people
                if span:
                    out.append(Found(text[span[0]:span[1]], span[0], span[1], {"role": role, "year": after_year, "elected": False}))
                continue
            # 2b. "A và B (được bầu) lần lượt làm Khối trưởng và Khối phó năm 2025"
            resp = regex.search(r"(?P<a>\S.{2,80}?)\s+và\s+(?P<b>\S.{2,80}?)\s+(?:được\s+\S+\s+)?(?:lần lượt\s+)?(?:làm|là|giữ)\s+(?:vai trò\s+)?$",
                                text[sent.start:m.start()])
            nxt = regex.match(r"\s*(?:,|và)\s*", text[m.end():m.end() + 6])
            if resp and nxt:
                second = role_re().match(text, m.end() + nxt.end())
                a = org_before(text, sent.start + resp.end("a"), sent.start)
                b_start = sent.start + resp.start("b")
                b = org_at(text, b_start, limit=resp.end("b") - resp.start("b")) if head_re().match(text, b_start) else None
                if a and b and second:
                    year = _year_after(text, second.end()) or after_year
                    elected = bool(_ELECT.search(text, sent.start, m.start()))
                    out.append(Found(text[a[0]:a[1]], a[0], a[1], {"role": role, "year": year, "elected": elected}))
                    out.append(Found(text[b[0]:b[1]], b[0], b[1], {"role": role_name(second), "year": year, "elected": elected}))
                    continue
            # 3. "X là / được giao là / được bầu làm (đơn vị) Trưởng khối"
            vm = regex.search(
                r"(?P<verb>\s(?:(?:được\s+(?:giao|bầu|suy tôn|chọn|bình chọn|phân công|tín nhiệm)\s+)?(?:là|làm|giữ|đảm nhận|đảm nhiệm|nhận bàn giao|tiếp nhận|nhận)(?:\s+(?:vai trò|chức|cương vị|nhiệm vụ))?|đại diện))\s+(?:[Đđ]ơn vị\s+)?$",
                before,
            )
            if vm:
                verb_pos = m.start() - (len(before) - vm.start())
                elected = bool(_ELECT.search(text, sent.start, verb_pos))
                span = org_before(text, verb_pos, sent.start)
                if span is None:
                    # "Thaco là doanh nghiệp …, đồng thời được bầu làm Cụm phó": the sentence subject.
                    sm = regex.match(r"^(?:[\p{L} ]{0,25},\s*)?(?P<s>\p{Lu}[\p{L}\p{M}\d&.-]*(?:\s+\p{Lu}[\p{L}\p{M}\d&.-]*){0,4})\s+là\s", text[sent.start:verb_pos])
                    if sm:
                        span = (sent.start + sm.start("s"), sent.start + sm.end("s"))
                aside = None
                if span and text[max(0, span[0] - 2):span[0]].strip() == "(":
                    # "(tỉnh Đồng Tháp là Cụm trưởng năm 2022)": may be about another grouping
                    aside = "cum" if "ụm" in m.group().lower() else "khoi"
                if span:
                    year = after_year or _year_before(text, sent.start, m.start())
                    out.append(Found(text[span[0]:span[1]], span[0], span[1], {"role": role, "year": year, "elected": elected, "aside": aside}))
                    continue
            # 2. "suy tôn / bầu X làm Trưởng khối"
            em = regex.search(r"(?:suy tôn|bầu chọn|bầu|giới thiệu|chọn)\s+(?P<org>.{3,90}?)\s+(?:làm|là)\s+(?:đơn vị\s+)?$", text[max(sent.start, m.start() - 120): m.start()])
            if em:
                base = max(sent.start, m.start() - 120)
                o = org_in(text, base + em.start("org"), base + em.end("org"))
                if o:
                    out.append(Found(text[o[0]:o[1]], o[0], o[1], {"role": role, "year": after_year, "elected": True}))
                    continue
            # 4. "Trưởng Khối thi đua (năm 2022) là X", "bàn giao Cụm trưởng … cho X"
            am = regex.match(r"(?P<gap>[^.;,:]{0,70}?)(?:\s(?P<verb>là|cho)\s+|\s*(?P<colon>:)\s*)(?P<org>.)", text[m.end(): min(sent.end, m.end() + 90)])
            if am and not regex.search(r"\(|\s(?:của|trong việc|đã|và)\s", am.group("gap")):
                o_start = m.end() + am.start("org")
                if head_re().match(text, o_start):
                    span = org_at(text, o_start)
                    if span:
                        handover = am.group("verb") == "cho" if am.group("verb") else False
                        year = _year_after(text, m.end(), 70)
                        if year is None and not handover:
                            year = _year_before(text, sent.start, m.start())
                        out.append(Found(text[span[0]:span[1]], span[0], span[1], {"role": role, "year": year, "elected": handover}))
                        giver = regex.search(r"bàn giao\s+(?:lại\s+)?(?:nhiệm vụ|vai trò|cờ(?:\s+luân lưu)?)?\s*$", before) if handover else None
                        if giver:
                            g_span = org_before(text, m.start() - (len(before) - giver.start()), sent.start)
                            if g_span and not regex.search(r"\([^)]*$", text[sent.start:g_span[0]]):
                                out.append(Found(text[g_span[0]:g_span[1]], g_span[0], g_span[1],
                                                 {"role": role, "year": None, "elected": False}))
                        continue
            # 5. "Với vai trò Khối trưởng … năm 2018, X đã chủ trì"
            if regex.search(r"vai trò\s+$", before):
                cm = regex.match(r"[^.;]{0,80}?,\s*", text[m.end(): sent.end])
                if cm:
                    o_start = m.end() + cm.end()
                    if head_re().match(text, o_start):
                        span = org_at(text, o_start)
                        if span:
                            out.append(Found(text[span[0]:span[1]], span[0], span[1], {"role": role, "year": after_year, "elected": False}))
    return out


def role_from_title(title: str, title_start: int, text: str, name_start: int | None = None) -> list[Found]:
    """Roles stated in a person's title: the unit is the first org in the title."""
    out: list[Found] = []
    for m in role_re().finditer(title):
        if regex.search(r"đại diện\s+(?:đơn vị\s+)?$", title[: m.start()]):
            break  # "đại diện Khối trưởng": speaks for the leader, is not it
        org = None
        # the unit from the first segment that heads a unit ("Trưởng Ban Tổ chức Tỉnh ủy"),
        # not a seat on a committee ("Ủy viên Ban Thường vụ Tỉnh ủy")
        for seg_m in regex.finditer(r"[^,;]+", title[: m.start()]):
            if regex.match(r"(?i)\s*(?:ủy viên|uỷ viên|tỉnh ủy viên|thành ủy viên|đại biểu)", seg_m.group()):
                continue
            org = org_in(text, title_start + seg_m.start(), title_start + seg_m.end())
            if org:
                break
        if org and name_start is not None and org[0] < name_start <= org[1]:
            # a title printed before the name: the unit stops where the name begins
            org = (org[0], len(text[:name_start].rstrip()))
        if org and org[0] < title_start + m.start():
            year = _year_after(title, m.end())
            out.append(Found(text[org[0]:org[1]], org[0], org[1], {"role": role_name(m), "year": year, "elected": False}))
        break
    return out

def roles_from_people(ctx: EventContext, people: list[Found]) -> list[Found]:
    """Roles stated in the titles of the people found (`Giám đốc Sở X - Trưởng khối`)."""
    text = ctx.text
    out: list[Found] = []
    for p in people:
        ts = p.extra.get("title_span")
        found = role_from_title(text[ts[0]:ts[1]], ts[0], text) if ts else []
        tb = p.extra.get("title_before")
        if not found and tb:
            # a title printed before the name, the role after it: "… Đinh Quang Tú – Cụm trưởng năm 2024"
            tail = regex.match(r"\s*[-–—]\s*[^.;,()]{0,60}", text[p.end:p.end + 70])
            if tail:
                found = role_from_title(text[tb[0]:p.end + tail.end()], tb[0], text, name_start=p.start)
        out.extend(found)
    return out


def resolve_roles(ctx: EventContext, role_cands: list[Found], g: Grounder) -> tuple[list[dict], list[tuple[int, int]]]:
    """Give every candidate its term year, drop guesses that a stated year contradicts,
    merge repeats (fuller name wins), and ground each role's org."""
    text = ctx.text
    kind = ctx.kind
    # A role printed without a year beside one with a year takes that year:
    # "X (Khối trưởng năm 2023) và Y (Khối phó)".
    for r in role_cands:
        if r.extra["year"] is None:
            sent = ctx.seg.sentence_at(r.start)
            mates = [o.extra["year"] for o in role_cands if o.extra["year"] and sent and sent.start <= o.start < sent.end
                     and not o.extra.get("elected")]
            if mates and not r.extra.get("elected"):
                r.extra["year"] = mates[0]
    base_year = ctx.base_year
    roles: list[dict] = []
    role_spans: list[tuple[int, int]] = []
    bloc_type = ctx.bloc_type
    # a unit with a stated year for a role does not also hold it in a guessed year
    stated = [(r.extra["role"], g.text(r.start, r.end).strip()) for r in role_cands if r.extra["year"]]
    role_cands = [r for r in role_cands if r.extra["year"] or not any(
        rl == r.extra["role"] and same_unit(o, g.text(r.start, r.end).strip()) for rl, o in stated)]
    for r in role_cands:
        if r.extra.get("aside") and r.extra["aside"] != bloc_type:
            continue
        # A unit elected at a review leads the next year; at a covenant signing or launch, the year it is for.
        next_year = r.extra["elected"] and kind in ("tong_ket", "so_ket")
        year = r.extra["year"] or (base_year + 1 if (next_year and base_year) else base_year)
        if year is None:
            continue
        org = g.text(r.start, r.end).strip()
        if not org or bare_head(text[r.start:r.end].strip()):
            continue  # "Huyện ủy" alone names no unit
        dup = next((i for i, x in enumerate(roles) if x["role"] == r.extra["role"] and x["year"] == year
                    and lenient_match(x["org"], org, threshold=setting("dedup_threshold"))), None)
        if dup is not None:
            if len(org) > len(roles[dup]["org"]):
                roles[dup]["org"] = org
                role_spans[dup] = (r.start, r.end)
            continue
        roles.append({"role": r.extra["role"], "org": org, "year": year})
        role_spans.append((r.start, r.end))
    for i, (a, b) in enumerate(role_spans):
        g.add(f"{ctx.path}.roles[{i}].org", a, b)
    return roles, role_spans
