"""Awards proposed or given at the meeting: kind, conferring level, recipients, count, status.

Kinds and authorities are data (`lexicons/awards.json`). The authority is read
after the award ("Cờ thi đua của UBND tỉnh") or from the proposal that governs it
("đề nghị UBND tỉnh, Chính phủ tặng Cờ thi đua": one award per authority).
Counts come from "N đơn vị/tập thể/cá nhân" next to the award, or from the units
named as recipients.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicons import alternation, load
from ..segment import Piece, Segmented
from .common import NUM, Found, finditer, to_int
from .orgs import head_re, looks_like_province, split_items
from ..context import EventContext
from ..grounding import Grounder


@lru_cache(maxsize=None)
def _res() -> dict:
    data = load("awards")
    levels = [(lvl, f) for lvl, forms in data["levels"].items() for f in forms]
    # longest, most specific authority first
    levels.sort(key=lambda x: -len(x[1]))
    auth = regex.compile("|".join(f"(?P<L{i}>{f})" for i, (_, f) in enumerate(levels)))
    return {"levels": levels, "auth": auth}


_KINDS: dict[str, str] = load("awards")["kinds"]
# One named group per kind, so a match says which kind it is.
_AWARD = regex.compile("|".join(f"(?P<{k}>{'|'.join(v)})" for k, v in _KINDS.items()))
_AWARD_HINTS = ("cờ", "khen", "huân", "danh hiệu", "lao động", "chiến sĩ", "tiên tiến", "quyết thắng")
_PROPOSE = regex.compile("(?i)" + "|".join(load("cues")["proposal"]))
_CONFER = regex.compile(r"(?i)(?<![\p{L}])(?:" + alternation(load("cues")["conferral"]) + r")(?![\p{L}])")
_UNIT = r"đơn vị|tập thể|cá nhân|cơ quan|doanh nghiệp|tỉnh|huyện|trường|hội|sở|ngành"
_RECIP = regex.compile(r"(?P<n>" + NUM + r")\s+(?P<t>" + _UNIT + r")(?![\p{L}])")
_RTYPE = {"đơn vị": "don_vi", "cơ quan": "don_vi", "doanh nghiệp": "don_vi", "tập thể": "tap_the", "cá nhân": "ca_nhan",
          "tỉnh": "don_vi", "huyện": "don_vi", "trường": "don_vi", "hội": "don_vi", "sở": "don_vi", "ngành": "don_vi"}
_GENERIC = regex.compile(r"(?i)(?:việc|công tác)\s+(?:bình xét|đề nghị|xét)\s+(?:khen thưởng|danh hiệu)|Luật Thi đua|Thi đua\s*[-–,]\s*[Kk]hen thưởng|thi đua,\s*khen thưởng|thi đua khen thưởng")


def _level_of(s: str) -> tuple[str | None, int, int]:
    r = _res()
    m = r["auth"].search(s)
    if not m:
        return None, -1, -1
    idx = int(m.lastgroup[1:])
    return r["levels"][idx][0], m.start(), m.end()


def _levels_in(s: str) -> list[str]:
    out: list[str] = []
    for part in regex.split(r"\s*,\s*|\s+và\s+", s):
        lvl, a, b = _level_of(part)
        if lvl and a == 0 or (lvl and a >= 0 and a < 4):
            out.append(lvl)
    return out


def _kind(m: regex.Match) -> str:
    return m.lastgroup


def find_awards(seg: Segmented, sentences: list[Piece]) -> list[Found]:
    text = seg.text
    out: list[Found] = []
    for sent in sentences:
        low = sent.text.lower()
        if not any(w in low for w in _AWARD_HINTS):
            continue  # cheap test before the award pattern
        prev_end = sent.start
        last_levels: list[str] = []
        for m in finditer(_AWARD, text, sent.start, sent.end):
            phrase = m.group()
            kind = _kind(m)
            clause_start = max(prev_end, sent.start)
            ctx_before = text[max(sent.start, m.start() - 160):m.start()]
            if _GENERIC.search(text[max(sent.start, m.start() - 25): m.end() + 20]):
                prev_end = m.end()
                continue
            if kind == "khen_thuong":
                # only with a count or an explicit recipient ("khen thưởng 9 tập thể", "đề nghị khen thưởng cho các đơn vị")
                after = text[m.end(): m.end() + 40]
                if not (_RECIP.match(after.lstrip()) or regex.match(r"\s*cho\s+(?:các\s+)?(?:đơn vị|tập thể|cá nhân)", after)):
                    prev_end = m.end()
                    continue
            if kind == "danh_hieu" and phrase.lower().startswith("danh hiệu"):
                nxt = text[m.end(): m.end() + 4]
                if regex.match(r"\s*[“\"”]", nxt) or _AWARD.match(text, m.end() + 1) or regex.match(r"\s+(?:thi đua\s+)?(?:[Cc]hiến sĩ|[Tt]ập thể|[Đđ]ơn vị|[Ll]ao động)", text[m.end():m.end() + 30]):
                    continue  # the titles that follow are the awards (the counts before still apply)
            proposed = bool(_PROPOSE.search(ctx_before))
            conferred = bool(_CONFER.search(ctx_before[-40:])) or kind == "khen_thuong" or (
                bool(_CONFER.search(ctx_before)) and bool(regex.search(r"(?:\s|,)và\s+$", ctx_before)))
            if not proposed and not conferred:
                # a goal ("phấn đấu đạt danh hiệu …") or a mention in passing
                prev_end = m.end()
                continue
            status = "proposed" if proposed else "conferred"
            # level: after the award ("của UBND tỉnh", "Chính phủ"), else from the governing proposal
            after = text[m.end(): min(sent.end, m.end() + 60)]
            am = regex.match(r"(?:\s+(?:thi đua|xuất sắc|hạng\s+\p{L}+))*\s*(?:của\s+)?(?P<a>[^,.;:()“”\"]{0,50})", after)
            lvl, a, b = _level_of(am.group("a")) if am else (None, -1, -1)
            levels: list[str | None] = []
            if lvl and a == 0:
                levels = [lvl]
            else:
                prop = regex.search(r"(?:đề nghị|được|trình)\s+(?P<auths>(?:(?!tặng|trao|đề nghị)[^.;]){2,80}?)\s+(?:tặng|trao)\s+(?:(?!đề nghị)[^.;]){0,60}?$", ctx_before)
                if prop:
                    auths = prop.group("auths")
                    if regex.search(r"\strình\s", " " + auths):
                        auths = regex.split(r"\strình\s", " " + auths)[-1]  # "Bộ Công an trình Chính phủ"
                    levels = _levels_in(auths)
                    if "khoi" in levels and len(levels) == 1 and not regex.search(r"(?i)khối|cụm", prop.group("auths")):
                        levels = []
            if not levels:
                # the authority as the subject: "Chủ tịch UBND tỉnh đã trao Bằng khen …"
                subj = regex.search(r"(?P<a>[^.;,:]{2,60}?)\s+(?:đã\s+|vừa\s+)?(?:trao|tặng|trao tặng)\s+(?:(?!đề nghị)[^.;]){0,40}?$", ctx_before)
                if subj:
                    tail = subj.group("a")
                    for lvl_name, form in _res()["levels"]:
                        if regex.search(rf"(?:^|\s)(?:{form})$", tail) and lvl_name != "khoi":
                            levels = [lvl_name]
                            break
            if not levels and regex.search(r"(?<![\p{L}])(?:[Kk]hối|[Cc]ụm)(?:\s+thi đua)?(?:\s+[\p{Lu}\d][\p{L}\d]*){0,3}"
                                           r"\s+(?:đã\s+|cũng\s+)?(?:trao\s+|tặng\s+|trao tặng\s+)?$", ctx_before) \
                    and not _PROPOSE.search(ctx_before[-60:]):
                levels = ["khoi"]  # "Khối đã khen thưởng 9 tập thể", "Trưởng khối đã tặng Giấy khen": the bloc itself
            if not levels and last_levels and regex.search(r";\s*(?:và\s+)?(?:tặng|trao)\s+$", text[max(sent.start, m.start() - 12):m.start()]):
                levels = list(last_levels)  # "đề nghị Bộ trưởng … tặng Cờ thi đua …; tặng Bằng khen …"
            last_levels = [lv for lv in levels if lv]
            if not levels:
                levels = [None]
            # recipients and count
            counts: list[tuple[str, int | None, int, int]] = []
            # counts before the award, but not a previous award's recipients ("… cho 02 tỉnh; … tặng Bằng khen")
            near = [r for r in _RECIP.finditer(text, max(clause_start, m.start() - 260), m.start())
                    if not regex.search(r"(?<![\p{L}])cho\s+$", text[max(0, r.start() - 6):r.start()])]
            after_r = regex.match(r"(?:\s+(?:thi đua|xuất sắc|hạng\s+\p{L}+))*(?:\s*(?:của\s+)?(?:(?!tặng|trao|cho\s|và\s)[^,.;:]){0,40}?)?\s*cho\s+(?P<list>(?:" + NUM + r"\s+(?:" + _UNIT + r")(?:\s*,\s*|\s+và\s+)?)+)", text[m.end(): m.end() + 120])
            if kind == "khen_thuong" or (after_r and after_r.group("list")):
                rm = regex.match(r"\s*(?P<list>(?:" + NUM + r"\s+(?:" + _UNIT + r")(?:\s*,\s*|\s+và\s+)?)+)", text[m.end(): m.end() + 80])
                if not rm and after_r:
                    rm = after_r
                if rm:
                    base = m.end()
                    for r in _RECIP.finditer(rm.group("list")):
                        counts.append((_RTYPE[r.group("t")], to_int(r.group("n")), base + rm.start("list") + r.start(), base + rm.start("list") + r.end()))
            if not counts and near:
                # "2 tập thể, 6 cá nhân … được tặng giấy khen": every count in the run before
                last = near[-1]
                run = [last]
                for r in reversed(near[:-1]):
                    gap = text[r.end(): run[0].start()]
                    if regex.fullmatch(r"\s*(?:,|và)\s*", gap):
                        run.insert(0, r)
                    else:
                        break
                for r in run:
                    counts.append((_RTYPE[r.group("t")], to_int(r.group("n")), r.start(), r.end()))
            if not counts:
                named = _named_recipients(text, m, sent)
                rtype = "ca_nhan" if regex.search(r"cho\s+(?:các\s+)?cá nhân", text[m.end(): m.end() + 40]) else \
                    "tap_the" if regex.search(r"cho\s+(?:các\s+)?tập thể", text[m.end(): m.end() + 40]) else "don_vi"
                counts.append((rtype, named, m.start(), m.end()))
            for lvl in levels:
                for rtype, n, rs, re_ in counts:
                    out.append(Found({"kind": kind, "level": lvl, "recipient_type": rtype, "count": n, "status": status},
                                     m.start(), m.end(), {"count_span": (rs, re_) if n else None}))
            prev_end = m.end()
    return _merge(out)


def _named_recipients(text: str, m: regex.Match, sent: Piece) -> int | None:
    """Count the units named as recipients ("cho Huyện ủy A và Thị ủy B"), or a named subject."""
    after = regex.match(r"[^.;:]{0,80}?(?:\scho\s+|\s*:\s*)(?P<r>[^.;]{3,160})", text[m.end(): sent.end])
    if after:
        start = m.end() + after.start("r")
        end = m.end() + after.end("r")
        stop = regex.search(r"\s(?:đã|được|để|nhằm|vì|có|là)\s|\s(?:và\s+)?(?:tặng|trao)\s|\s(?:và\s+)?(?=" + _AWARD.pattern + ")", text[start:end])
        if stop:
            end = start + stop.start()
        items = [text[a:b] for a, b in split_items(text, start, end)]
        if items and all(head_re().match(i.strip()) or looks_like_province(i) for i in items):
            return len(items)
        return None
    # A unit voted first in the same clause: "suy tôn Công ty X dẫn đầu, đề nghị Chính phủ tặng Cờ thi đua"
    voted = regex.search(r"(?:suy tôn|bình chọn|bầu chọn|lựa chọn)\s+(?P<u>[^,;.]{3,80}?)\s+(?:(?:là\s+)?(?:đơn vị\s+)?dẫn đầu|,?\s*đề nghị)",
                         text[max(sent.start, text.rfind(";", sent.start, m.start()) + 1):m.start()])
    if voted and (head_re().match(voted.group("u")) or looks_like_province(voted.group("u"))):
        u0 = max(sent.start, text.rfind(";", sent.start, m.start()) + 1) + voted.start("u")
        units = split_items(text, u0, u0 + len(voted.group("u")))
        return len(units) if all(head_re().match(text[a:b].strip()) or looks_like_province(text[a:b]) for a, b in units) else 1
    # The clause's subject: "Ban Dân tộc tỉnh được suy tôn …", "; Sở Nội vụ và Sở Tài chính được đề nghị tặng …",
    # "Thaco là doanh nghiệp … được đề nghị tặng"
    clause_start = max(sent.start, text.rfind(";", sent.start, m.start()) + 1)
    subj = regex.match(r"\s*(?:[\p{L} ]{0,40},\s*)?(?P<s>\p{Lu}[^.;,:]{0,120}?)\s+(?:được|là)\s", text[clause_start:m.start()])
    if subj and not regex.match(r"(?i)(?:các|những|hội nghị|khối|cụm|trong|năm|tại|theo|dịp)\b", subj.group("s")):
        s0 = clause_start + subj.start("s")
        items = [text[a:b].strip() for a, b in split_items(text, s0, s0 + len(subj.group("s")))]
        if items and all(head_re().match(i) or looks_like_province(i) for i in items):
            return len(items)
        if len(items) == 1 and len(items[0].split()) == 1:
            return 1  # a one-word unit name such as a company brand
    return None


def _merge(found: list[Found]) -> list[Found]:
    """One award per (kind, level, recipient type): repeated mentions add nothing;
    a count-less mention of a kind that is counted elsewhere is the same award."""
    counted_kinds = {f.value["kind"] for f in found if f.value["count"]}
    out: list[Found] = []
    seen: set[tuple] = set()
    for f in found:
        v = f.value
        if not v["count"] and v["kind"] in counted_kinds:
            continue
        key = (v["kind"], v["level"], v["recipient_type"], v["count"], v["status"])
        if key in seen and v["kind"] != "danh_hieu":
            continue
        seen.add(key)
        out.append(f)
    return out


def ground_awards(ctx: EventContext, awards: list[Found], g: Grounder) -> list[dict]:
    """The awards' values, each grounded on its phrase (and its count)."""
    for i, a in enumerate(awards):
        g.add(f"{ctx.path}.awards[{i}]", a.start, a.end)
        if a.extra.get("count_span"):
            g.add(f"{ctx.path}.awards[{i}].count", *a.extra["count_span"])
    return [a.value for a in awards]
