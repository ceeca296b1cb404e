"""Leader and vice-leader units, for every year the article states.

The constructions are data (`grammar/roles.jsonl`), built from the shared role pieces
(`ROLE_LEADER`, `ROLE_VICE`): the unit before its role (`X (đơn vị Trưởng khối)`,
`X – Cụm trưởng`, `X, đơn vị làm Khối trưởng`), a verb between them (`X là / được (Bộ Y)
phân công là / được bầu làm / là cơ quan đăng cai Trưởng khối`), an election (`bầu X làm
Cụm trưởng`), the role first (`Trưởng khối năm 2022 là X`, `bàn giao Cụm trưởng cho X`,
`Với vai trò Khối trưởng, X …`), a pair (`A và B lần lượt làm Khối trưởng và Khối phó`),
and a role in a person's title, which makes the person's agency the role's unit.
This module only walks those rules and picks the unit out of the text around them.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from functools import lru_cache

import regex

from ..canonical import lenient_match, name_tokens
from ..context import EventContext
from ..grammar import Rule, compiled_piece, rule, setting
from ..grounding import Grounder
from ..segment import Piece, Segmented
from .common import province_of, rstripped_end
from .people import PersonCand
from .orgs import bare_head, head_re, org_at, org_before, org_in, position_prefix_re, same_unit


@dataclass
class RoleCand:
    """A unit found holding a bloc role, before its term year is settled.

    `elected`: chosen or handed the role at this meeting (at a review it leads the next
    year); `handed_over`: gave the role away at this meeting (it held it in the period under
    review); `continuing`: keeps the role it held ('tiếp tục giữ vai trò Cụm trưởng năm 2024');
    `aside`: "khoi"/"cum" when said in brackets and maybe about another grouping.
    """

    start: int
    end: int
    role: str
    year: int | None
    elected: bool = False
    aside: str | None = None
    handed_over: bool = False
    continuing: bool = False
    rule: str = ""


def _r(name: str) -> Rule:
    return rule("roles." + name)


def role_name(m: regex.Match) -> str:
    """The role a `roles.word` match names."""
    return "vice_leader" if m.group("vice") else "leader"


def _year_after(text: str, pos: int, limit: int | None = None) -> int | None:
    limit = limit or setting("role_year_after")
    end = min(len(text), pos + limit)
    r = _r("year_after")
    m = r.match(text, pos, end) if r.could_match(text, pos, end) else None
    return int(m.group("y")) if m else None


def _year_before(text: str, sent_start: int, pos: int) -> int | None:
    """The last year stated before the role word in its sentence, not one inside brackets
    ('Năm 2021, A nhận bàn giao từ B (Cụm trưởng năm 2020), C làm Cụm phó': 2021)."""
    ms = [m for m in _r("year_before").finditer(text, sent_start, pos)
          if text.rfind("(", sent_start, m.start()) <= text.rfind(")", sent_start, m.start())
          or text.find(")", m.end(), pos) < 0]
    return int(ms[-1].group("y")) if ms else None


def _tidy(text: str, span: tuple[int, int] | None, floor: int) -> tuple[int, int] | None:
    """Fix the edges of a unit's span: no trailing 'và' ('X và ký kết'), an acronym before a
    province kept ('BHXH tỉnh Quảng Ninh'), and a unit's address not taken for the unit
    ('Công ty Cao su Chư Prông, huyện Chư Prông')."""
    if span is None:
        return None
    a, b = span
    tail = _r("trailing_join").search(text, a, b)
    if tail:
        b = tail.start()
    place = compiled_piece("PLACE_WORD").match(text, a)
    if place:
        acr = _r("acronym_subject").search(text, max(floor, a - setting("role_word_before")), a)
        if acr and text[acr.end("s"):a].strip() == "":
            a = acr.start("s")
        else:
            comma = _r("subject_apposition").search(text[max(floor, a - setting("role_address_comma")):a])
            name = text[place.end():b].strip()
            if comma and name:
                prev = org_before(text, a - len(comma.group()), floor)
                if prev and name in text[prev[0]:prev[1]]:
                    a, b = prev
    return (a, b) if b > a else None


def _person_unit(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """'đ/c Nguyễn Văn A - Cục trưởng Cục Thuế': the agency in the title after a person's name, which
    ends where people's titles do."""
    pm = _r("person_after").match(text, pos, end)
    if not pm:
        return None
    stop = rule("people.title_stop").search(text, pm.end(), end)  # where the title ends ('… trình bày')
    return org_in(text, pm.end(), min(stop.start() if stop else end, pm.end() + setting("org_name_max")))


def _after_role(text: str, m: regex.Match, before: str, sent: Piece, role: str, after_year: int | None) -> list[RoleCand]:
    """The role word first, the unit after it: 'Trưởng Khối (năm 2022) là X', 'bàn giao Cụm trưởng cho X'."""
    am = _r("role_then_unit").match(text, m.end(), min(sent.end, m.end() + setting("role_unit_after")))
    if not am or _r("gap_not_role_then_unit").search(am.group("gap")):
        return []
    if am.group("paren") and _r("speaks_for").search(before):
        return []  # "đại diện Khối trưởng (Bộ X)": a person speaking for the leader, as a title
    o_start = am.start("org")
    span = org_at(text, o_start) if head_re().match(text, o_start) else _person_unit(text, o_start, sent.end)
    span = _tidy(text, span, sent.start)
    if not span or _r("unit_then_role").match(text, span[1], sent.end):
        return []  # "bầu Khối trưởng, Khối phó: X là Khối trưởng, …": X's own role follows it
    handover = am.group("verb") == "cho"
    fresh = bool(_r("new_holder").search(am.group("gap")))
    year = _year_after(text, m.end(), setting("role_year_after_gap"))
    if year is None and not (handover or fresh):
        year = _year_before(text, sent.start, m.start())
    out = [RoleCand(*span, role, year, elected=handover or fresh, rule="role_then_unit")]
    giver = _r("handover_giver").search(before) if handover else None
    if giver:
        g_span = org_before(text, m.start() - (len(before) - giver.start()), sent.start)
        if g_span and not _r("open_bracket").search(text, sent.start, g_span[0]):
            out.append(RoleCand(*g_span, role, None, handed_over=True, rule="handover_giver"))
    return out


def role_words(seg: Segmented, sent: Piece) -> list[regex.Match]:
    """The `roles.word` matches of one sentence, the same as `finditer` over the sentence:
    the rule runs once over the article (one call instead of one per sentence; cached in
    `Segmented._shared`), its matches taken per sentence. A sentence whose edge a match
    crosses, or that ends inside a word, is searched on its own."""
    text = seg.text
    if "roles.word" not in seg._shared:
        found = list(_r("word").finditer(text))
        seg._shared["roles.word"] = ([m.start() for m in found], found)
    starts, found = seg._shared["roles.word"]
    i = bisect_left(starts, sent.start)
    j = bisect_left(starts, sent.end, i)
    inner = found[i:j]
    crossed = (i > 0 and found[i - 1].end() > sent.start) or (j > i and found[j - 1].end() > sent.end)
    if crossed or not compiled_piece("RB").match(text, sent.end):
        return list(_r("word").finditer(text, sent.start, sent.end))
    return inner


def find_roles(seg: Segmented) -> list[RoleCand]:
    """Roles stated outside people's titles, one candidate per unit and role word."""
    text = seg.text
    out: list[RoleCand] = []
    back = setting("role_context_before")
    for sent in seg.sentences:
        for m in role_words(seg, sent):
            role = role_name(m)
            before = text[max(sent.start, m.start() - back): m.start()]
            after_year = _year_after(text, m.end())
            found = _unit_before_role(text, m, before, sent, role, after_year)
            if found is None:
                found = _pair(text, m, sent, role, after_year)
            if found is None:
                found = _unit_verb_role(text, m, before, sent, role, after_year)
            if found is None:
                found = _elected_as(text, m, sent, role, after_year)
            if found is None:
                found = _handover_between(text, m, before, sent, role)
            if found is None:
                found = _role_by_unit(text, m, sent, role, after_year)
            if found is None:
                found = _after_role(text, m, before, sent, role, after_year) or None
            if found is None:
                found = _in_role(text, m, before, sent, role, after_year)
            if found is None:
                found = _on_behalf(text, m, before, sent, role, after_year)
            if found is None:
                found = _unit_follows(text, m, sent, role, after_year)
            for c in found or []:
                if c.year is None and not (c.elected or c.handed_over):
                    c.year = _sentence_year(text, sent)
            out.extend(found or [])
    return out


def _sentence_year(text: str, sent: Piece) -> int | None:
    """The year a sentence opens with ('Năm 2014, X (đơn vị Trưởng khối) đã …'): when its roles were held."""
    m = _r("sentence_year").match(text, sent.start, sent.end)
    return int(m.group("y")) if m else None


def _handover_between(text: str, m: regex.Match, before: str, sent: Piece, role: str) -> list[RoleCand] | None:
    """'bàn giao nhiệm vụ Trưởng khối giữa A và B': A held the role in the period under review,
    B takes it (a unit's own bracketed year, read by `_unit_before_role`, still wins)."""
    if not _r("handover_giver").search(before):
        return None
    hm = _r("handover_between").match(text, m.end(), sent.end)
    if not hm:
        return None
    jm = _r("handover_between_join").search(text, hm.end(), sent.end)
    if not jm:
        return None
    a = _tidy(text, org_at(text, hm.end(), limit=jm.start() - hm.end()), sent.start)
    b = _tidy(text, org_at(text, jm.end(), limit=sent.end - jm.end()), sent.start)
    if not (a and b):
        return None
    return [RoleCand(*a, role, None, handed_over=True, rule="handover_between"),
            RoleCand(*b, role, None, elected=True, rule="handover_between")]


def _role_by_unit(text: str, m: regex.Match, sent: Piece, role: str, after_year: int | None) -> list[RoleCand] | None:
    """'Khối trưởng năm 2024 do Sở Y tế đảm nhận': the unit is the agent after 'do'."""
    bm = _r("role_by_unit").match(text, m.end(), sent.end)
    if not bm:
        return None
    span = _tidy(text, org_in(text, bm.start("org"), bm.end("org")), sent.start)
    return [RoleCand(*span, role, after_year or _year_before(text, sent.start, m.start()), rule="role_by_unit")] \
        if span else None


def _unit_before_role(text: str, m: regex.Match, before: str, sent: Piece, role: str, after_year: int | None) -> list[RoleCand] | None:
    """'X (đơn vị Trưởng khối năm 2022)', 'X – Trưởng khối năm 2024', 'X, đơn vị làm Khối trưởng'.
    None when the construction is not there; [] when it is but names no unit here."""
    pm = _r("unit_apposition").search(before)
    if pm and pm.group().startswith(",") and _r("is_after_role").match(text, m.end(), m.end() + setting("role_context_before")):
        return None  # "…, đơn vị Phó trưởng khối là Sở Công Thương": read below, with "là"
    if not pm:
        sm = _r("subject_apposition").search(before)
        if not sm:
            return None
        span = org_before(text, m.start() - (len(before) - sm.start()), sent.start)
        if span and not text[sent.start:span[0]].strip():
            return [RoleCand(*span, role, after_year, rule="subject_apposition")]
        return None
    anchor = m.start() - (len(before) - pm.start())
    span = org_before(text, anchor, sent.start)
    titled = span and _r("position_before_unit").search(text, max(sent.start, span[0] - setting("role_word_before")), span[0])
    if titled and "(" not in pm.group() and not _r("apposition_names_unit").search(pm.group()):
        return []  # "Giám đốc Sở X - Trưởng khối": a person's title, read with people ("- đơn vị Trưởng khối" is the unit's)
    if titled:
        # "Tổng Giám đốc Bảo hiểm xã hội Việt Nam Nguyễn Thị Minh (Trưởng Khối)": the unit ends at the name
        nm = next((n for n in compiled_piece("PERSON_NAME").finditer(text, span[0], span[1])
                   if n.end() == span[1] and n.start() > span[0] and len(n.group().split()) >= 3), None)
        if nm:
            span = (span[0], rstripped_end(text, nm.start()))
    if span and _r("unit_noun_only").match(pm.group()) \
            and _r("venue_before").search(text, max(sent.start, span[0] - setting("role_venue_before")), span[0]):
        return []  # "tại X, đơn vị Cụm trưởng … tổ chức": X is where, the role word opens the subject
    span = _tidy(text, span, sent.start)
    return [RoleCand(*span, role, after_year, rule="unit_apposition")] if span else []


def _pair(text: str, m: regex.Match, sent: Piece, role: str, after_year: int | None) -> list[RoleCand] | None:
    """'A và B (được bầu) lần lượt làm Khối trưởng và Khối phó năm 2025'."""
    # the second role word first: a cheap match, where the pair pattern searches back
    nxt = _r("pair_next").match(text, m.end(), m.end() + setting("role_pair_join"))
    second = _r("word").match(text, nxt.end()) if nxt else None
    if not second:
        return None
    resp = _r("pair_respectively").search(text, sent.start, m.start())
    if not resp:
        return None
    a = org_before(text, resp.end("a"), sent.start)
    b_start = resp.start("b")
    b = org_at(text, b_start, limit=resp.end("b") - b_start) if head_re().match(text, b_start) else None
    if not (a and b):
        return None
    year = _year_after(text, second.end()) or after_year
    elected = bool(_r("elected").search(text, sent.start, m.start()))
    return [RoleCand(*a, role, year, elected, rule="pair_respectively"),
            RoleCand(*b, role_name(second), year, elected, rule="pair_respectively")]


def _unit_verb_role(text: str, m: regex.Match, before: str, sent: Piece, role: str, after_year: int | None) -> list[RoleCand] | None:
    """'X là / được giao là / được bầu làm / là cơ quan đăng cai (đơn vị) Trưởng khối'."""
    vm = _r("unit_verb").search(before)
    if not vm:
        return None
    verb_pos = m.start() - (len(before) - vm.start())
    # chosen before the unit ('bầu X làm …') or voted in its own verb ('X được bầu làm …, Y được bầu làm …';
    # not 'được Bộ phân công là', an assignment made elsewhere)
    elected = bool(_r("elected").search(text, sent.start, verb_pos) or _r("voted_in_verb").search(vm.group("verb")))
    span = _tidy(text, org_before(text, verb_pos, sent.start), sent.start)
    if span is None:
        # "Thaco là doanh nghiệp …, đồng thời được bầu làm Cụm phó": the sentence subject;
        # "theo đó THACO được bầu làm Khối trưởng": a unit known by its acronym.
        sm = _r("subject_is").match(text, sent.start, verb_pos) or _r("acronym_subject").search(text, max(sent.start, verb_pos - setting("role_context_before")), verb_pos)
        if sm:
            span = (sm.start("s"), sm.end("s"))
    if span is None:
        return None
    aside = None
    if text[max(0, span[0] - 2):span[0]].strip() == "(":  # a bracket, maybe one space: no window to tune
        # "(tỉnh Đồng Tháp là Cụm trưởng năm 2022)": may be about another grouping
        aside = "cum" if "ụm" in m.group().lower() else "khoi"
    year = after_year or _year_before(text, sent.start, m.start())
    continuing = bool(_r("continuing").search(vm.group("verb")))
    return [RoleCand(*span, role, year, elected, aside, continuing=continuing, rule="unit_verb")]


def _elected_as(text: str, m: regex.Match, sent: Piece, role: str, after_year: int | None) -> list[RoleCand] | None:
    """'suy tôn / bầu X làm Trưởng khối'."""
    base = max(sent.start, m.start() - setting("org_name_max"))
    em = _r("elect_unit_as").search(text, base, m.start())
    if not em:
        return None
    o = _tidy(text, org_in(text, em.start("org"), em.end("org")), sent.start)
    return [RoleCand(*o, role, after_year, True, rule="elect_unit_as")] if o else None


def _in_role(text: str, m: regex.Match, before: str, sent: Piece, role: str, after_year: int | None) -> list[RoleCand] | None:
    """'Với vai trò Khối trưởng …, X đã chủ trì'; 'nhận nhiệm vụ Thường trực Khối, đồng chí A - Cục trưởng Cục B'."""
    if not _r("in_role").search(before):
        return None
    cm = _r("in_role_tail").match(text, m.end(), sent.end)
    if not cm:
        return None
    o_start = cm.end()
    span = org_at(text, o_start) if head_re().match(text, o_start) else _person_unit(text, o_start, sent.end)
    span = _tidy(text, span, sent.start)
    return [RoleCand(*span, role, after_year, rule="in_role")] if span else None


def _on_behalf(text: str, m: regex.Match, before: str, sent: Piece, role: str, after_year: int | None) -> list[RoleCand] | None:
    """'Thay mặt đơn vị Khối trưởng, đồng chí A, Phó Giám đốc Sở B': B is the leading unit."""
    if not _r("on_behalf").search(before):
        return None
    tm = _r("on_behalf_tail").match(text, m.end(), sent.end)
    span = _tidy(text, _person_unit(text, tm.end(), sent.end), sent.start) if tm else None
    return [RoleCand(*span, role, after_year, rule="on_behalf")] if span else None


def _unit_follows(text: str, m: regex.Match, sent: Piece, role: str, after_year: int | None) -> list[RoleCand] | None:
    """'Cụm trưởng xã X phối hợp với …': the unit right after the role word."""
    fm = _r("unit_follows").match(text, m.end(), sent.end)
    if not fm:
        return None
    start = fm.end()
    span = org_at(text, start) if head_re().match(text, start) else (fm.start("place"), fm.end("place")) if fm.group("place") else None
    span = _tidy(text, span, sent.start)
    return [RoleCand(*span, role, after_year, rule="unit_follows")] if span else None


# structural, one character class (not a phrasing): a title part whose unit name is capitalised
_STARTS_UPPER = regex.compile(r"\p{Lu}")


def _title_unit(text: str, start: int, end: int, skip: tuple[int, int] | None) -> tuple[int, int] | None:
    """The agency in one part of a title: what follows the position words, when it is a unit
    head in any casing ('Trưởng ban Dân vận Tỉnh ủy', 'Hiệu trưởng trường Mầm non') or a
    capitalised name ('Chủ tịch Liên minh HTX tỉnh'); else the first org head in the part."""
    seg = text[start:end]
    pm = position_prefix_re().match(seg.lstrip())
    if pm:
        s = start + len(seg) - len(seg.lstrip()) + pm.end()
        if (compiled_piece("ORG_HEAD", regex.IGNORECASE).match(text, s) or _STARTS_UPPER.match(text[s:s + 1])) \
                and not (skip and s <= skip[0] < end):
            span = org_at(text, s, limit=end - s)
            if span:
                return span
    return org_in(text, start, end)


def _title_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a title, split where a new position or role begins."""
    out: list[tuple[int, int]] = []
    pos = start
    for b in _r("title_break").finditer(text, start, end):
        out.append((pos, b.start()))
        pos = b.end()
    out.append((pos, end))
    return [(a, b) for a, b in out if b > a]


def role_from_title(text: str, start: int, end: int, name: tuple[int, int] | None = None) -> list[RoleCand]:
    """Roles stated in a person's title (text[start:end]): the unit is the agency the person
    heads, from the title's first part that names one — before the role, else after it
    ('trưởng khối thi đua 29, Hiệu trưởng trường Mầm non Phường 4')."""
    m = _r("word").search(text, start, end)
    if not m or _r("speaks_for").search(text, start, m.start()):
        return []  # "đại diện Khối trưởng": speaks for the leader, is not it
    parts = _title_parts(text, start, end)
    role_part = next(((a, b) for a, b in parts if a <= m.start() < b), None)
    before = [(a, b) for a, b in parts if b <= m.start()]
    if role_part and text[role_part[0]:m.start()].strip():
        before.append((role_part[0], m.start()))  # "Chủ tịch UBND xã X cụm trưởng"
    after = [(a, b) for a, b in parts if a > m.start() and (a, b) != role_part]
    org = None
    for a, b in before + after:
        if name and a <= name[0] < b:
            b = rstripped_end(text, name[0])  # "Cục trưởng Cục X Nguyễn Văn A – Cụm trưởng"
        if name and name[0] <= a < name[1] or b <= a:
            continue
        if _r("committee_seat").match(text, a, b):
            continue  # "Ủy viên Ban Thường vụ Tỉnh ủy" is a seat, not the agency
        org = _title_unit(text, a, b, name)
        if org:
            break
    if not org:
        return []
    year = _year_after(text, m.end(), min(setting("role_year_after"), end - m.end()))
    return [RoleCand(*org, role_name(m), year, rule="title")]


def roles_from_people(ctx: EventContext, people: list[PersonCand]) -> list[RoleCand]:
    """Roles stated around the people found: in the title after the name, in brackets after
    it, in a title printed before it, or in a role right after the title."""
    text = ctx.text
    out: list[RoleCand] = []
    for p in people:
        ts, tb = p.title, p.title_before
        lo = tb[0] if tb else p.end
        hi = max(ts[1] if ts else p.end, p.end)
        tail = _r("title_tail").match(text, hi, min(len(text), hi + setting("role_unit_after")))
        if tail:
            hi = tail.end()
        out.extend(role_from_title(text, lo, hi, name=(p.start, p.end)))
    return out


def _is_acronym(word: str) -> bool:
    """'UEF', 'KH&KT', 'CHQS'; not a Roman numeral ('Trung tâm Lưu trữ quốc gia IV')."""
    if not 2 <= len(word) <= 10 or not word[0].isupper() or word[1].islower():
        return False  # most words of a name ('Sở', 'pháp'): no rule run needed to say so
    m = _r("acronym").match(word)
    if not m or m.end() != len(word):
        return False
    r = _r("roman").match(word)
    return not (r and r.end() == len(word))


def _initials_match(short: list[str], long: list[str]) -> bool:
    """'Liên hiệp các Hội KH&KT' ~ 'Liên hiệp các Hội Khoa học và Kỹ thuật (tỉnh)': every
    acronym word of the short form spells the initials of words of the long one ('&' = và); with
    none spelled, what the long one adds is a name ('Uỷ ban MTTQ tỉnh' ~ '… tỉnh Hà Giang'), not a
    clause ('Trường THPT X' is not 'Trường THPT X xếp thứ Nhất')."""
    i = 0
    spelled = False
    for tok in short:
        if _is_acronym(tok) and not (i < len(long) and long[i] == tok):
            spelled = True
            for ch in tok:
                if i >= len(long):
                    return False
                w = long[i].lower()
                if ch == "&":
                    if w not in ("và", "&"):
                        return False
                elif w[:1] != ch.lower():
                    return False
                i += 1
        else:
            if i >= len(long) or long[i].lower() != tok.lower():
                return False
            i += 1
    more = long[i:]
    return (spelled or all(w[:1].isupper() for w in more)) and len(more) <= 3 and len(long) > len(short)


@lru_cache(maxsize=256)
def _printed_as(name: str, how: str) -> regex.Pattern:
    """A unit's own printed name in a pattern, so built here, not a rule of roles.jsonl:
    'bracketed' as a short form in brackets ('(UEF)'), 'named' a bare head word that a
    capitalised name follows ('Tổng công ty Y'), 'whole' as a whole word ('xã X')."""
    esc = regex.escape(name)
    return regex.compile({"bracketed": rf"\(\s*{esc}\s*\)", "named": rf"(?<![\p{{L}}]){esc}\s+\p{{Lu}}",
                          "whole": rf"{esc}(?![\p{{L}}\p{{M}}])"}[how])


def _fuller_form(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The fullest form the article prints for the same unit (RECORD.md: use the fuller form):
    'UEF' → 'Đại học X (UEF)', 'BIDV Sóc Trăng' → 'Ngân hàng … - Chi nhánh Sóc Trăng (BIDV Sóc Trăng)', a bare 'Tổng công ty' → the one 'Tổng công ty Y' named,
    'xã X' → 'UBND xã X', 'Bộ CHQS tỉnh X' → 'Bộ Chỉ huy Quân sự tỉnh X'."""
    name = text[start:end]
    if _is_acronym(name):
        pm = _printed_as(name, "bracketed").search(text, lo, hi)
        if pm:
            # "Đại học Kinh tế Tài chính TP.HCM (UEF)": the name right before the brackets
            # (its own dots are no clause break here)
            anchor = pm.start()
            floor = max(lo, anchor - setting("org_name_max"))
            breaks = list(_r("name_break").finditer(text, floor, anchor))
            h = head_re().search(text, breaks[-1].end() if breaks else floor, anchor)
            if h:
                return h.start(), rstripped_end(text, anchor)
            # "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV)": a "và" inside the name is no break
            full = org_before(text, anchor, floor)
            if full and full[1] >= rstripped_end(text, anchor) - 1:
                return full
        return start, end
    pm = _printed_as(name, "bracketed").search(text, lo, hi)
    if pm:
        # "Ngân hàng TMCP … - Chi nhánh Sóc Trăng (Vietcombank Sóc Trăng)": a short name the
        # article introduced in brackets after the full one
        full = org_before(text, pm.start(), max(lo, pm.start() - setting("org_name_max")))
        if full and full[1] >= rstripped_end(text, pm.start()) - 1:
            return full
    if bare_head(name):
        spans = {text[a:b]: (a, b) for h in _printed_as(name, "named").finditer(text, lo, hi)
                 if (sp := org_at(text, h.start())) for a, b in [sp] if b - a > len(name)}
        return next(iter(spans.values())) if len(spans) == 1 else (start, end)
    place = compiled_piece("PLACE_WORD").match(name)
    if place and not _r("province_level").match(place.group()):
        # a district or commune is its council; a province in a regional cluster is itself
        for occ in _printed_as(name, "whole").finditer(text, lo, hi):
            cm = _r("council_of_place").search(text, max(lo, occ.start() - setting("role_word_before")), occ.start())
            if cm:
                return cm.start(), occ.end()
        return start, end
    words = name.split()
    if any(_is_acronym(w) for w in words[1:]):
        for sp in _initials_spelled(text, tuple(words), lo, hi):
            if sp[0] != start:
                return sp
    return start, end


# The names that spell out a short name's initials, for the last article asked about only (a long
# article asks for the same name at each of its many roles; holding one text keeps memory flat).
_SPELLED: list = [None, {}]


def _initials_spelled(text: str, words: tuple[str, ...], lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """Every unit name in [lo, hi) starting with words[0] whose words spell out `words`' initials."""
    if _SPELLED[0] is not text:
        _SPELLED[0], _SPELLED[1] = text, {}
    key = (words, lo, hi)
    if key not in _SPELLED[1]:
        _SPELLED[1][key] = tuple(sp for sp in _names_starting(text, words[0], lo, hi)
                                 if _initials_match(list(words), text[sp[0]:sp[1]].split()))
    return _SPELLED[1][key]


def _province_fuller(text: str, start: int, end: int) -> tuple[int, int]:
    """The unit's name with its province where the article prints it so (RECORD.md: the fuller
    form): 'Sở Y tế' → 'Sở Y tế Long An', 'Ban Dân tộc' → 'Ban Dân tộc tỉnh', 'Thuế Quảng Ninh'
    → 'Thuế tỉnh Quảng Ninh'; kept as it is when the article's fuller forms differ (a cluster's
    'Cục Thuế tỉnh A' and 'Cục Thuế tỉnh B'), for a province alone, and for a name already
    ending in 'tỉnh' (real-dev 081, a025 keep 'Ban Dân tộc tỉnh' beside '… tỉnh Quảng Nam')."""
    name = text[start:end]
    if province_of(name) or len(name.split()) < 2 or _r("province_word_end").search(name):
        return start, end  # 'Hội Nhà báo tỉnh' is whole: the article's own short form
    base, prov = name, None
    ending = _r("province_ending").search(name)
    if ending:
        base, prov = name[:ending.start()], province_of(ending.group("p"))
        if not base.strip() or _r("place_word_end").search(base):
            return start, end  # 'thành phố Hưng Yên' is a city: no 'thành phố tỉnh Hưng Yên'
    forms: dict[str, tuple[int, int]] = {}
    for occ in _printed_as(base, "whole").finditer(text):
        if occ.start() and text[occ.start() - 1].isalpha():
            continue
        t = _r("province_tail").match(text, occ.end())
        if t and (prov is None or (t.group("place") and province_of(t.group("p") or "") == prov)):
            forms.setdefault(text[occ.start():t.end()].lower(), (occ.start(), t.end()))
    return next(iter(forms.values())) if len(forms) == 1 else (start, end)


@lru_cache(maxsize=16)
def _names_starting(text: str, first: str, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """Every unit name in [lo, hi) whose first word is `first`, in order: found once per
    article and word, not once per role (a long article names its units many times)."""
    out: list[tuple[int, int]] = []
    pos = text.find(first, lo, hi)
    while pos >= 0:
        at, pos = pos, text.find(first, pos + 1, hi)
        if head_re().match(text, at) and (sp := _tidy(text, org_at(text, at), lo)):
            out.append(sp)
    return tuple(out)


def _word_inside(a: str, b: str) -> bool:
    """One name is the other with a word put inside it, first and last words kept: two units
    ('Trường Cao đẳng Cần Thơ', 'Trường Cao đẳng Nghề Cần Thơ'), where a word added at an end
    names the same one ('Sở Y tế', 'Sở Y tế tỉnh Bình Định'). Compared on canonical tokens,
    so 'tỉnh' and abbreviations do not count ('Công an tỉnh X' is 'Công an X')."""
    short, long = sorted((name_tokens(a), name_tokens(b)), key=len)
    if len(short) < 2 or len(long) <= len(short) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    n = len(short)
    return not any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _one_unit(a: str, b: str) -> bool:
    """`same_unit`, less the names one word inside the other tells apart (`_word_inside`)."""
    return same_unit(a, b) and not _word_inside(a, b)


def _first_year(ctx: EventContext) -> int | None:
    """No period, date or publication date: the first year the report names."""
    for sent in ctx.seg.sentences:
        m = _r("year_before").search(ctx.text, sent.start, sent.end)
        if m:
            return int(m.group("y"))
    return None


def resolve_roles(ctx: EventContext, role_cands: list[RoleCand], g: Grounder) -> tuple[list[dict], list[tuple[int, int]]]:
    """Give every candidate its term year, drop guesses that a stated year contradicts,
    merge repeats (fuller name wins), and ground each role's org."""
    text = ctx.text
    kind = ctx.kind
    # A role printed without a year beside one with a year takes that year:
    # "X (Khối trưởng năm 2023) và Y (Khối phó)".
    for r in role_cands:
        if r.year is None and not (r.elected or r.handed_over):
            sent = ctx.seg.sentence_at(r.start)
            mates = [o.year for o in role_cands if o.year and sent and sent.start <= o.start < sent.end and not o.elected]
            if mates:
                r.year = mates[0]
    base_year = ctx.base_year or (ctx.published.year if ctx.published else None) or _first_year(ctx)
    roles: list[dict] = []
    role_spans: list[tuple[int, int]] = []
    bloc_type = ctx.bloc_type
    # a unit with a stated year for a role does not also hold it in a guessed year
    # (as printed or in its fuller form: 'Vietcombank Trà Vinh' is 'Ngân hàng … - Chi nhánh Trà Vinh')
    # (each printed name's forms once: the fuller form is looked for through the whole article)
    by_name: dict[str, set[str]] = {}
    for r in role_cands:
        name = text[r.start:r.end]
        if name not in by_name:
            by_name[name] = {g.text(r.start, r.end).strip(),
                             g.text(*_fuller_form(text, r.start, r.end, 0, len(text))).strip()}
    forms = [by_name[text[r.start:r.end]] for r in role_cands]
    stated = [(r.role, o) for r, fs in zip(role_cands, forms) if r.year for o in fs]
    role_cands = [r for r, fs in zip(role_cands, forms) if r.year or not any(
        rl == r.role and _one_unit(o, f) for rl, o in stated for f in fs)]
    # "X tiếp tục giữ vai trò Cụm trưởng năm 2024" at the 2023 review: X led in 2023 too
    role_cands = role_cands + [replace(r, year=base_year, continuing=False) for r in role_cands
                               if r.continuing and base_year and r.year == base_year + 1]
    for r in role_cands:
        if r.aside and r.aside != bloc_type:
            continue
        # A unit elected at a year-end review leads the next year; at a mid-year review, a covenant
        # signing or a launch, the year it is for.
        next_year = r.elected and kind == "tong_ket"
        # a unit handing the role over held it the year before its taker's term: the year under
        # review at a year-end review, the year before at a handover, covenant or launch that opens one
        last_year = r.handed_over and kind != "tong_ket"
        year = r.year or (base_year + 1 if (next_year and base_year) else
                          base_year - 1 if (last_year and base_year) else base_year)
        if year is None:
            continue
        pc = _r("province_council").match(text, r.start, r.end)
        if pc:
            r.start = pc.end()
        r.start, r.end = _fuller_form(text, r.start, r.end, 0, len(text))
        r.start, r.end = _province_fuller(text, r.start, r.end)
        org = g.text(r.start, r.end).strip()
        if not org or bare_head(text[r.start:r.end].strip()):
            continue  # "Huyện ủy" alone names no unit
        dup = next((i for i, x in enumerate(roles) if x["role"] == r.role and x["year"] == year
                    and lenient_match(x["org"], org, threshold=setting("dedup_threshold"))
                    and not _word_inside(x["org"], org)), None)
        if dup is not None:
            if len(org) > len(roles[dup]["org"]):
                roles[dup]["org"] = org
                role_spans[dup] = (r.start, r.end)
            continue
        roles.append({"role": r.role, "org": org, "year": year})
        role_spans.append((r.start, r.end))
    for i, (a, b) in enumerate(role_spans):
        g.add(f"{ctx.path}.roles[{i}].org", a, b)
    return roles, role_spans
