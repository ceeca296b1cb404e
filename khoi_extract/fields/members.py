"""Member units and the stated member count.

Lists are introduced by *gồm*, *bao gồm*, *các đơn vị:*, *thành viên … là*; a
distributive list (`BĐBP các tỉnh: A, B`, `Công an 5 thành phố: …`, `các sở Nội
vụ, Tài chính`) is expanded into the units it names.
"""
from __future__ import annotations

import regex

from ..context import EventContext
from ..grammar import rules, setting
from ..grounding import Grounder
from ..segment import Segmented
from .common import NUM, Found, finditer, province_of, to_int
from .orgs import bare_head, head_re, looks_like_province, same_unit, split_items

_INTRO = regex.compile(
    # "gồm 7 Tổng công ty: …", "gồm 11 chi nhánh ngân hàng thương mại: …" (the counted noun may head every item)
    r"(?:(?<![\p{L}])(?:gồm|bao gồm|có)\s+" + NUM + r"\s+(?P<noun>(?:(?!gồm|bao gồm)[\p{L} ,]){2,40}?)\s*:"
    r"|(?<![\p{L}])(?:bao gồm|gồm có|gồm)(?:\s+(?:các|những)\s+(?:đơn vị|cơ quan|tổ chức))?(?:\s+" + NUM + r"\s+[\p{Ll}]+(?:,?\s+[\p{Ll}]+)?(?:\s+thành viên)?)?\s*(?:là\s*)?:?"
    r"|(?:thành viên|[Kk]hối thi đua|[Cc]ụm thi đua|các đơn vị|các cơ quan)(?:(?!gồm)[^.;:()]){0,40}?(?:\s+là\s*:?|:)"
    r"|(?<![\p{L}])(?:trong|thuộc|của)\s+(?:[Kk]hối|[Cc]ụm)\s*:"
    r"|(?<![\p{L}])các đơn vị\s*:)\s*"
)
_DISTRIB = regex.compile(
    r"(?P<head>(?:(?:" + head_re().pattern + r")(?:\s+[\p{L}\p{M}]+){0,2}?|\p{Lu}{2,}[\p{L}&]*))\s+(?:(?P<cat>các\s+(?:tỉnh|thành phố|huyện|quận|sở|Sở|bộ|Bộ|ngành))|(?:" + NUM + r")\s+(?:tỉnh|thành phố|huyện|quận))\s*(?P<colon>:)?\s*"
    r"|(?<![\p{L}])(?P<bare>các\s+(?P<bcat>quận|huyện|thị xã|xã|phường))(?:\s+(?=\d)|\s*:?\s*(?=\p{Lu}))"
)
_PLACE_WORD = regex.compile(r"(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\s")
# Cheap test before the expensive pattern: a distributive list needs "các <place>" or "<n> <place>".
_DISTRIB_HINT = regex.compile(r"(?:các|\d)\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|sở|Sở|bộ|Bộ|ngành)")
# "các sở Nội vụ, Tài chính", "các Huyện ủy: Nông Cống, Triệu Sơn": the head applies to every item
_CATS = regex.compile(r"^(?P<all>(?:các|Các)\s+(?P<cat>sở|ban|hội|bộ|" + head_re().pattern + r"))\s*:?\s+", regex.IGNORECASE)
_LIST_END = regex.compile(
    r"[.;]\s|[.;]$|\)|\n|(?<!\s(?:các|những))\s(?:đã|đều|được|cùng|tham dự|đến dự|có mặt|tham gia|tổ chức|đăng ký|ký|kí|thống nhất|phát biểu|nhất trí|quyết tâm)(?![\p{L}\p{M}])"
)
_GUEST = regex.compile(r"\((?:khách mời|đơn vị khách mời)\)")
_PAREN = regex.compile(r"\s*\([^)]*\)")


def _list_end(text: str, start: int, limit: int, in_paren: bool) -> int:
    end = limit
    pos = start
    while True:
        m = _LIST_END.search(text, pos, limit)
        if not m:
            break
        if m.group().startswith(";"):
            # a semicolon separates items while the next piece still starts with a unit
            nxt = m.end()
            while nxt < limit and text[nxt] == " ":
                nxt += 1
            if head_re().match(text, nxt) or looks_like_province(text[nxt:nxt + 30].split(",")[0]):
                pos = m.end()
                continue
        if m.group() == ")" and not in_paren:
            pos = m.end()
            continue
        end = m.start()
        break
    return end


def _expand(text: str, a: int, b: int, prefix: str | None, cat: str | None) -> tuple[str, int, int] | None:
    raw = text[a:b].lstrip(" :;,-–").rstrip()
    raw_start = a + (len(text[a:b]) - len(text[a:b].lstrip(" :;,-–")))
    if not raw or _GUEST.search(raw):
        return None
    # drop a trailing parenthetical "(Khối trưởng)"
    cut = raw.find("(")
    if cut > 0:
        raw = raw[:cut].rstrip()
    if not raw:
        return None
    if prefix and not head_re().match(raw):
        if regex.match(r"(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|TP)\b", raw) or not cat:
            return f"{prefix} {raw}", raw_start, raw_start + len(raw)
        return f"{prefix} {cat} {raw}", raw_start, raw_start + len(raw)
    return raw, raw_start, raw_start + len(raw)


def parse_list(text: str, start: int, end: int, prefix: str | None = None, cat: str | None = None) -> list[Found]:
    out: list[Found] = []
    last_head: str | None = None
    for a, b in split_items(text, start, end, loose_and=prefix is not None):
        piece = text[a:b].strip()
        cm = _CATS.match(piece)
        if cm:  # "các sở Nội vụ": the rest are departments
            c = cm.group("cat")
            prefix, cat = c[0].upper() + c[1:], None
            a = a + (len(text[a:b]) - len(text[a:b].lstrip())) + cm.end()
            piece = text[a:b].strip()
        if prefix is None:
            hm = head_re().match(piece)
            if hm:
                # remember the head for items like "Quận ủy 1, 3, 5" and "Huyện ủy Ea H’leo, Krông Pắc"
                # (not a brand standing alone: "Vietcombank, VietinBank")
                last_head = hm.group() if hm.end() < len(piece) else None
            elif last_head and (piece[:1].isdigit() or (piece[:1].isupper() and len(piece.split()) <= 3 and not looks_like_province(piece))):
                item = _expand(text, a, b, last_head, None)
                if item:
                    out.append(Found(item[0], item[1], item[2]))
                continue
        if prefix is None and len(out) >= 2 and regex.match(r"\p{Ll}", piece) and not _PLACE_WORD.match(piece):
            break  # the list has ended: ", tranh tài ở các môn …"
        if prefix is not None and out and regex.match(r"\p{Ll}", piece) and not _PLACE_WORD.match(piece):
            break  # ", trong đó Ban CHQS huyện Cái Bè là …"
        item = _expand(text, a, b, prefix, cat)
        if item:
            out.append(Found(item[0], item[1], item[2]))
    return out


def find_members(seg: Segmented, bloc_sentences: set[int]) -> list[Found]:
    text = seg.text
    out: list[Found] = []
    for i, sent in enumerate(seg.sentences):
        # distributive lists: "TAND các tỉnh: A, B và C"
        if not _DISTRIB_HINT.search(sent.text):
            distrib = ()
        else:
            distrib = finditer(_DISTRIB, text, sent.start, sent.end)
        for m in distrib:
            end = _list_end(text, m.end(), sent.end, "(" in text[sent.start:m.start()])
            if m.group("bare"):  # "các quận 1, 3, 5 và 10" ⇒ Quận 1, Quận 3 …; "các huyện: Hải Hậu" ⇒ huyện Hải Hậu
                cat = m.group("bcat")
                numbered = text[m.end():m.end() + 1].isdigit()
                items = parse_list(text, m.end(), end, cat.capitalize() if numbered else cat, None)
                out.extend(f for f in items if regex.fullmatch(r"\p{L}+ \d{1,3}", f.value)
                           or (not numbered and f.value[len(cat) + 1:][:1].isupper()))
                continue
            head = m.group("head")
            cat = m.group("cat")
            cat_word = cat.split()[-1].lower() if cat else None
            if cat_word in ("sở", "bộ", "ngành"):
                prefix, cat_word = cat_word.capitalize(), None
            else:
                prefix = head
            if cat_word in ("quận", "huyện") and regex.match(r"\d", text[m.end():m.end() + 2]):
                cat_word = cat_word.capitalize()  # "UBND các quận 1, 3" ⇒ UBND Quận 1
            items = parse_list(text, m.end(), end, prefix, cat_word)
            if not m.group("colon"):
                # without a colon, accept only a real list of places: "TAND các tỉnh Thanh Hóa, Nghệ An và Hà Tĩnh"
                raw = [text[f.start:f.end] for f in items]
                placelike = (lambda r: r[:1].isupper() or r[:1].isdigit()) if cat_word in ("huyện", "quận", "thị xã") \
                    else (lambda r: looks_like_province(r) or r[:1].isdigit())
                if len(raw) < 2 or sum(placelike(r) for r in raw) < 0.6 * len(raw):
                    continue
            out.extend(items)
        for m in finditer(_INTRO, text, sent.start, sent.end):
            if i not in bloc_sentences and not m.group().rstrip().endswith(":"):
                continue
            if any(f.start >= m.end() - 2 and f.start < m.end() + 60 for f in out):
                continue
            in_paren = text.rfind("(", sent.start, m.start()) > text.rfind(")", sent.start, m.start())
            if _DISTRIB.match(text, m.end()):
                continue
            end = _list_end(text, m.end(), sent.end, in_paren)
            noun = (m.group("noun") or "").strip()
            if noun in ("huyện", "quận", "thị xã", "xã", "phường", "huyện, thị xã", "huyện, thị xã, thành phố"):
                items = parse_list(text, m.end(), end, noun.split(",")[0], None)
                if len(items) >= 2:
                    out.extend(items)
                continue
            hm = head_re().match(noun)
            if hm and hm.end() == len(noun):
                # "gồm 7 Tổng công ty: Viglacera, HUD …": the counted unit heads the bare names
                items = parse_list(text, m.end(), end, hm.group(), None)
                items = [f for f in items if f.value.split()[len(hm.group().split()):][:1] != []]
                if len(items) >= 2:
                    out.extend(items)
                continue
            items = parse_list(text, m.end(), end)
            good = [f for f in items if head_re().match(f.value) or looks_like_province(f.value) or _PLACE_WORD.match(f.value)]
            if len(items) >= 2 and len(good) >= max(2, int(0.6 * len(items))):
                out.extend(items)
    return out


# Cheap test before the rules: a count needs a number before a unit noun or a capital.
_COUNT_HINT = regex.compile(r"(?<![\p{L}\d])" + NUM + r"\s+(?:cơ quan|đơn vị|tổ chức|thành viên|bộ|sở|ngành|tỉnh|thành phố|huyện|quận|trường|ngân hàng|doanh nghiệp|bệnh viện|chi nhánh|hội|Hội|\p{Lu})")


def find_member_count(seg: Segmented, start: int = 0, end: int | None = None) -> Found | None:
    """The bloc's stated size: the first `member_count` rule that matches near a number."""
    text = seg.text
    end = len(text) if end is None else end
    before, after = setting("count_hint_before"), setting("count_hint_after")
    for hint in finditer(_COUNT_HINT, text, start, end):
        lo, hi = max(start, hint.start() - before), min(end, hint.end() + after)
        hits = [(m.start(), i, m) for i, r in enumerate(rules("member_count")) if (m := r.search(text, lo, hi))]
        if not hits:
            continue
        m = min(hits, key=lambda h: h[:2])[2]
        n = to_int(m.group("count"))
        if not n or n > setting("max_member_count"):
            return None
        return Found(n, m.start("count"), m.end("count"))
    return None


def resolve_members(ctx: EventContext, roles: list[dict], role_spans: list[tuple[int, int]],
                    g: Grounder) -> tuple[list[str], list[str]]:
    """Role holders first, then listed units, one entry per unit (fuller form wins), grounded.
    Also returns the provinces the members' names carry (a clue for the record's province)."""
    seg, text = ctx.seg, ctx.text
    # members: role holders first, then listed units
    bloc_sent_idx = {i for i, s in enumerate(seg.sentences) if regex.search(r"(?i)khối|cụm|thành viên", s.text)}
    members: list[str] = []
    member_spans: list[tuple[int, int]] = []
    member_provinces: list[str] = []
    for r, (a, b) in zip(roles, role_spans):
        if any(same_unit(x, r["org"]) for x in members):
            continue  # vice leader this year, leader next year: one member
        members.append(r["org"])
        member_spans.append((a, b))
    for f in find_members(seg, bloc_sent_idx):
        src_piece = g.text(f.start, f.end)
        value = f.value if f.value != text[f.start:f.end] else src_piece
        if f.value != text[f.start:f.end] and text[f.start:f.end] in f.value:
            value = f.value.replace(text[f.start:f.end], src_piece)
        if bare_head(f.value):
            continue
        dup = next((i for i, x in enumerate(members) if same_unit(x, value)), None)
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
    for i, (a, b) in enumerate(member_spans):
        g.add(f"{ctx.path}.members[{i}]", a, b)
    return members, member_provinces


def ground_member_count(ctx: EventContext, g: Grounder) -> int | None:
    """The bloc's stated size inside this event's section, grounded."""
    mc = find_member_count(ctx.seg, ctx.lo, ctx.hi)
    if mc is None:
        return None
    g.add(f"{ctx.path}.member_count", mc.start, mc.end)
    return mc.value
