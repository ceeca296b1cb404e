"""Member units and the stated member count.

A bloc's members are the units an article lists as belonging to it, signing its
covenant or competing in it. They come as enumerations of every shape, so one
parser reads them all (`parse_list`), fed by the list introductions and
distributive heads of `grammar/members.jsonl`:

* introduced lists: *gồm*, *bao gồm*, *có 7 đơn vị:*, *các trường:*, *thành viên … là*;
* distributive lists, whose head applies to every item: *BĐBP các tỉnh: A, B*,
  *các Trường Chính trị trong cụm gồm: A, B*, *gồm huyện A, B và C*,
  *Công ty Cổ phần: A; B*, *các quận 1, 3*;
* lists set out one unit a line under a colon.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

import regex

from ..canonical import modern_tones
from ..context import EventContext
from ..grammar import Rule, expand, rule, rules, setting
from ..grammar.loader import lowered
from ..grounding import Grounder
from ..lexicons import load
from ..segment import Piece, Segmented
from .common import Found, province_of, to_int
from .orgs import (bare_head, head_re, in_compound_name, looks_like_province, org_at, province_lead, same_unit,
                   short_forms, split_items, strip_place_word)


@dataclass(frozen=True)
class MemberCandidate:
    """A unit named as one of the bloc's members.

    `value` is the name to report (a distributed head included, "BĐBP Lạng Sơn");
    [start, end) is the printed item that is its evidence; `rule` is the id of the
    rule that introduced the list, for tracing a wrong member back to its phrasing.
    """

    value: str
    start: int
    end: int
    rule: str


# Nouns that say the listed units are places (items are bare place names) …
_PLACE_NOUNS = {"huyện", "quận", "thị xã", "xã", "phường"}
# … or provinces and localities standing for their units (items stay bare: "gồm 6 tỉnh: Phú Thọ, …").
_REGION_NOUNS = {"tỉnh", "thành phố", "tỉnh, thành phố", "địa phương", "huyện, thị xã", "huyện, thị xã, thành phố",
                 "huyện, thành phố"}
# … or say nothing of their kind.
_GENERIC_NOUNS = {"cơ quan", "đơn vị", "tổ chức", "thành viên", "doanh nghiệp", "địa phương"}
# The patterns compiled in this module are structural (letter classes, digits, a piece followed by a
# space) or built from data; every phrasing is a rule in grammar/members.jsonl.
_PLACE_WORD = regex.compile(expand(r"{PLACE_WORD}\s"))
_LOWER_START = regex.compile(r"\p{Ll}")


def _place_word(s: str) -> regex.Match | None:
    """A place word starting `s`, capitalised or not ("Thị trấn Hữu Lũng" in a list of "các xã")."""
    return _PLACE_WORD.match(s[:1].lower() + s[1:])
# A word of a proper name: capitalised or a number ("Đà Lạt", "Phường 6", "Ia H’Drai").
_NAME_WORD = regex.compile(r"[\p{Lu}\d][\p{L}\p{M}\d'’-]*")


# A sentence about the bloc (khối, cụm) or its members: a list in it needs no colon.
_BLOC_SENTENCE_WORDS = ("khối", "cụm", "thành viên")
_BLOC_WORD = regex.compile("(?i)" + "|".join(_BLOC_SENTENCE_WORDS))


@lru_cache(maxsize=None)
def _gate_words() -> tuple[str, ...]:
    """Every anchor and required word of the family's rules, and the words of a sentence about the bloc."""
    words = {a for r in rules("members") for a in r.anchors} | set(_BLOC_SENTENCE_WORDS)
    words |= {w for r in rules("members") for group in r.requires for w in group}
    return tuple(sorted(words))


def _present(seg: Segmented, sent: Piece) -> frozenset[str] | None:
    """The gate words in a sentence, looked up once per article (views share `_shared`)
    instead of once per rule; None where lower case shifts offsets (nothing is gated)."""
    cache: dict[tuple[int, int], frozenset[str] | None] = seg._shared.setdefault("members.present", {})
    key = (sent.start, sent.end)
    if key not in cache:
        low = lowered(seg.text)  # the article's lower-case copy, shared with the loader's gates
        window = low[sent.start:sent.end] if low is not None else None
        cache[key] = frozenset(w for w in _gate_words() if w in window) if window is not None else None
    return cache[key]


def _hits(rule_id: str, text: str, start: int, end: int, present: frozenset[str] | None) -> Iterator[regex.Match]:
    """The rule's matches in text[start:end] (a sentence); no run at all when none of its
    anchors is among the sentence's `present` words (most rules find nothing in most sentences),
    nor when a group of words its matches all hold (`requires`: one word of each group) is missing."""
    r = rule(rule_id)
    if present is not None and any(present.isdisjoint(group) for group in r.gate_groups):
        return iter(())
    return r.finditer(text, start, end)


def _about_bloc(seg: Segmented, sent: Piece) -> bool:
    """Whether the sentence names the bloc or its members."""
    present = _present(seg, sent)
    if present is None:
        return bool(_BLOC_WORD.search(seg.text, sent.start, sent.end))
    return not present.isdisjoint(_BLOC_SENTENCE_WORDS)


@dataclass(frozen=True)
class _Intro:
    """A list introduction found by an intro rule: where the list starts and what it names."""

    start: int
    end: int
    noun: str
    strong: bool  # ends with a colon: the list certainly follows
    rule: str
    in_paren: bool = False  # the list is the bracket the introduction opens


@lru_cache(maxsize=None)
def _surnames() -> frozenset[str]:
    return frozenset(load("surnames")["surnames"])


def _namelike(s: str) -> bool:
    """A bare proper name ("Đà Lạt", "Phường 6", "Hoa Hướng Dương"), not a person's name."""
    words = s.split()
    if not 1 <= len(words) <= 5 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    return not (len(words) >= 3 and words[0] in _surnames())


def _unit_like(s: str, bare_ok: bool) -> bool:
    """A printed item that names a unit: a head word, a province, a place, or (where the
    introduction says what the items are) a bare proper name."""
    return bool(head_re().match(s) or looks_like_province(s) or _PLACE_WORD.match(s) or (bare_ok and _namelike(s)))


def _list_end(text: str, start: int, limit: int, in_paren: bool, semicolons: bool = False) -> int:
    """Where the enumeration starting at `start` stops (`members.list_end`); a semicolon
    goes on separating items while the next piece starts with a unit (always, with
    `semicolons`: a list of bare names set apart by semicolons)."""
    end = limit
    pos = start
    while True:
        m = rule("members.list_end").search(text, pos, limit)
        if not m:
            break
        if m.group().startswith(";"):
            nxt = m.end()
            while nxt < limit and text[nxt] == " ":
                nxt += 1
            province_window = text[nxt:nxt + setting("members_province_window")]
            if semicolons or head_re().match(text, nxt) or looks_like_province(province_window.split(",")[0]):
                pos = m.end()
                continue
        if m.group() == ")" and not in_paren:
            pos = m.end()
            continue
        end = m.start()
        break
    return end


# after ")": the name goes on with a capital or digit ("Ngân hàng (NH) Nhà nước")
_NAME_GOES_ON = regex.compile(r"\s*[\p{Lu}\d]")


def _cut_paren(raw: str) -> str:
    """Drop a trailing parenthetical ("Sở Y tế (Khối trưởng)"); keep a short form inside the
    name ("Ngân hàng (NH) Nhà nước", "Trung cấp (TC) Kinh tế")."""
    cut = raw.find("(")
    if cut <= 0:
        return raw
    close = raw.find(")", cut)
    if close > 0 and _NAME_GOES_ON.match(raw[close + 1:]) and close - cut <= setting("members_inner_short_form_max"):
        return raw
    return raw[:cut].rstrip()


def _item(text: str, a: int, b: int, prefix: str | None, cat: str | None, loose: bool,
          rule_id: str) -> MemberCandidate | None:
    """One list item as a candidate: trimmed of punctuation, a trailing parenthetical and
    the clause's verb, with a distributive head put in front of a bare name."""
    piece = text[a:b]
    a += len(piece) - len(piece.lstrip(" :;,-–•*+\t"))
    raw = text[a:b].rstrip(" .,;:-–")
    if raw.endswith(")") and "(" not in raw:
        raw = raw.rstrip(" )")  # the list ran to the end of a bracket
    if not raw or rule("members.guest").search(raw):
        return None
    raw = _cut_paren(raw)
    cut = rule("members.item_end").search(raw)
    if cut and cut.start() > 0:
        raw = raw[:cut.start()]
    if loose:
        tail = rule("members.loose_tail").search(raw)
        if tail and tail.start() > 0 and not in_compound_name(raw, tail.start()):
            raw = raw[:tail.start()]
    raw = rule("members.trailing_joiner").sub("", raw.rstrip(" ,-–"))  # "Bến Tre và | tặng …"
    if not raw or rule("members.generic_group").match(raw):
        return None  # "các NH thương mại" names a group, not a unit
    value = raw
    hm = head_re().match(raw)
    # a bare name that opens with the distributed head's first word is still bare: "Trường Chinh" under
    # "các Trường THPT:" (not "Trường THPT Lê Lợi", nor another head, "Trường Đại học X")
    if prefix and (not hm or (prefix.startswith(hm.group() + " ") and not raw.startswith(prefix))):
        if _place_word(raw + " ") or rule("members.city_abbrev").match(raw):
            # "huyện" before "thị xã Kiến Tường" (or "Thị trấn …") is dropped; "BĐBP" before "tỉnh Lạng Sơn" is kept
            value = raw if prefix.lower() in _PLACE_NOUNS else f"{prefix} {raw}"
        else:
            value = f"{prefix} {cat} {raw}" if cat else f"{prefix} {raw}"
    return MemberCandidate(value, a, a + len(raw), rule_id)


_STARTS_UPPER_OR_DIGIT = regex.compile(r"[\p{Lu}\d]")
# A unit's number at the end of its name ("Quận ủy 1", "KTNN khu vực IV", "Trường THCS số 1"), and a list
# piece that is only numbers ("V", "XIII và XIV", "số 2"): structural, digits and Roman numerals.
_TRAILING_NUMBER = regex.compile(r"(?<=\s)(?:số\s+)?(?:\d{1,3}|[IVX]{1,5})$")
_NUMBERS_ONLY = regex.compile(r"(?P<n1>(?:số\s+)?(?:\d{1,3}|[IVX]{1,5}))(?:\s+và\s+(?P<n2>(?:số\s+)?(?:\d{1,3}|[IVX]{1,5})))?")


def _numbers_end(piece: str, at: int) -> bool:
    """Whether a list piece of numbers only ends at `at`, or goes on only with a place ("số 3 thành phố Vinh")."""
    rest = piece[at:].lstrip()
    if not rest:
        return True
    level = _place_word(rest)
    return bool(level) and rest[level.end():][:1].isupper()


def parse_list(text: str, start: int, end: int, prefix: str | None = None, cat: str | None = None,
               rule_id: str = "members", loose: bool | None = None) -> list[MemberCandidate]:
    """Read an enumeration in text[start:end] into candidates.

    `prefix` (and `cat`) is a distributive head put before bare items ("BĐBP" + "tỉnh" +
    "Lạng Sơn"); `loose` (default: when there is a prefix) reads items as bare names, so
    a final "và" splits before any capital. A head printed once carries over to the bare
    items after it ("Huyện ủy Ea H’leo, Krông Pắc"); a lower-case piece continues the
    previous name when more units follow ("Trung tâm Giống cây trồng, vật nuôi và thủy sản"),
    else it ends the list.
    """
    loose = prefix is not None if loose is None else loose
    out: list[MemberCandidate] = []
    last_head: str | None = None
    last_numbered: str | None = None
    last_lead: str | None = None
    pieces = split_items(text, start, end, loose_and=loose)
    numbered = rule("members.numbered_item")  # "các Trại giam số 3, số 5"
    for k, (a, b) in enumerate(pieces):
        piece = text[a:b].strip()
        cm = rule("members.cats").match(piece)
        if cm and not (_STARTS_UPPER_OR_DIGIT.match(piece[cm.end():]) or _PLACE_WORD.match(piece[cm.end():] + " ")
                       or numbered.match(piece[cm.end():])):
            continue  # "các ngân hàng thương mại" names a group, not units
        if cm:  # "các sở Nội vụ": the rest are departments
            c = cm.group("cat")
            prefix, cat, loose = c[0].upper() + c[1:], None, True
            a = a + (len(text[a:b]) - len(text[a:b].lstrip())) + cm.end()
            piece = text[a:b].strip()
            level = _place_word(piece)
            if level and piece[level.end():][:1].isupper():
                cat = level.group().strip()  # "các Bưu điện tỉnh Nam Định, Hà Nam": Bưu điện tỉnh Hà Nam
        if prefix is None:
            hm = head_re().match(piece)
            if hm:
                # remember the head for items like "Quận ủy 1, 3, 5" (not a brand standing alone: "Vietcombank, VietinBank")
                last_head = hm.group() if hm.end() < len(piece) else None
                # … or the whole name before its number, for "KTNN khu vực IV, V và IX"
                num = _TRAILING_NUMBER.search(piece)
                last_numbered = piece[:num.start()].rstrip() if num and num.start() > hm.end() else None
                # … and the name before its province, for "Hội CCB tỉnh Vĩnh Long, Bến Tre"
                last_lead = province_lead(piece)
            elif last_numbered and (pair := _NUMBERS_ONLY.match(piece)) and _numbers_end(piece, pair.end()):
                # "V", "IX", "XIII và XIV" after "KTNN khu vực IV": the same unit's sisters; a place after the
                # last number stays with it, as printed ("số 1, số 2 và số 3 thành phố Vinh")
                lead = a + len(text[a:b]) - len(text[a:b].lstrip())
                last = "n2" if pair.group("n2") else "n1"
                for g in ("n1", "n2"):
                    tail = len(piece) if g == last else pair.end(g)
                    if pair.group(g) and (item := _item(text, lead + pair.start(g), lead + tail,
                                                        last_numbered, None, False, rule_id)):
                        out.append(item)
                continue
            elif last_lead and (item := _item(text, a, b, last_lead, None, True, rule_id)) \
                    and looks_like_province(text[item.start:item.end]) and not _PLACE_WORD.match(text, item.start):
                out.append(item)
                continue
            elif last_head and (piece[:1].isdigit() or (piece[:1].isupper() and len(piece.split()) <= 3
                                                         and not looks_like_province(piece)
                                                         and not head_re().match(piece[:1] + piece[1:].lower()))):
                # (a head printed in title case, "Thành Đoàn", is a unit of its own)
                item = _item(text, a, b, last_head, None, False, rule_id)
                if item:
                    out.append(item)
                continue
        if out and _LOWER_START.match(piece) and not _PLACE_WORD.match(piece) and not (prefix and numbered.match(piece)):
            if prefix is None and any(head_re().match(text[x:y].strip()) for x, y in pieces[k + 1:]):
                prev = out[-1]
                if prev.value == text[prev.start:prev.end]:
                    out[-1] = _item(text, prev.start, b, None, None, False, rule_id) or prev
                continue
            if prefix is not None or len(out) >= 2:
                break  # ", tranh tài ở các môn …", ", trong đó Ban CHQS huyện Cái Bè là …"
        item = _item(text, a, b, prefix, cat, loose, rule_id)
        if item:
            out.append(item)
    return out


def _bullets(text: str, pos: int) -> tuple[int, int] | None:
    """A list set out one unit a line right after `pos` (the end of "… các trường:"): its region."""
    nl = text.find("\n", pos)
    if nl < 0 or text[pos:nl].strip():
        return None
    end = start = nl + 1
    bullet = rule("members.bullet")
    while end < len(text):
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if text[end:line_end].strip() and not bullet.match(text, end, line_end):
            break
        end = line_end + 1
    return (start, min(end, len(text))) if end > start else None


def _bullet_items(text: str, start: int, end: int, rule_id: str) -> list[MemberCandidate]:
    out: list[MemberCandidate] = []
    for m in rule("members.bullet").finditer(text, start, end):
        item = _item(text, m.start("item"), m.end("item"), None, None, False, rule_id)
        if item and (head_re().match(item.value) or _namelike(item.value)):
            out.append(item)
    return out


def _in_paren(text: str, floor: int, pos: int) -> bool:
    return text.rfind("(", floor, pos) > text.rfind(")", floor, pos)


_DIGIT = regex.compile(r"\d")
# a place word and its number ("Quận 1")
_NUMBERED_PLACE = regex.compile(r"\p{L}+ \d{1,3}")


def _placed(value: str) -> bool:
    """A place word before a capitalised name ("thị xã Kiến Tường" closing a list of "các huyện: …")."""
    pm = _place_word(value)
    return bool(pm) and value[pm.end():][:1].isupper()


def _distributive(text: str, sent_start: int, sent_end: int,
                  present: frozenset[str] | None) -> tuple[list[MemberCandidate], list[tuple[int, int]]]:
    """Lists whose head applies to every item, in one sentence: candidates and the regions read."""
    out: list[MemberCandidate] = []
    regions: list[tuple[int, int]] = []

    def free(pos: int) -> bool:
        return not any(a <= pos < b for a, b in regions)

    # "Công ty Cổ phần: A; B và Công ty TNHH: C", "Agribank (các chi nhánh: A, B)"
    heads = list(_hits("members.head_colon", text, sent_start, sent_end, present))
    for n, m in enumerate(heads):
        in_paren = _in_paren(text, sent_start, m.start()) or bool(m.group("sub"))
        end = _list_end(text, m.end(), sent_end, in_paren, semicolons=True)
        if n + 1 < len(heads):
            end = min(end, heads[n + 1].start())
        seg_text = text[m.end():end]
        end = m.end() + len(rule("members.trailing_joiner_or_paren").sub("", seg_text))
        prefix = m.group("head") + (" chi nhánh" if m.group("sub") else "")
        items = parse_list(text, m.end(), end, prefix, None, "members.head_colon", loose=bool(m.group("sub")))
        raw = [text[f.start:f.end] for f in items]
        if raw and not m.group("sub") and all(_namelike(r) for r in raw[:-1]) \
                and all(_namelike(r) for r in rule("orgs.and_join").compiled.split(raw[-1])):
            # bare place names under the head ("5 Cục DTNN khu vực: A, B, C và Nam Trung Bộ"): the last "và" splits too
            items = parse_list(text, m.end(), end, prefix, None, "members.head_colon", loose=True)
            raw = [text[f.start:f.end] for f in items]
        bare = [r for r in raw if not head_re().match(r)]
        if items and len(bare) >= setting("members_bare_share") * len(raw) \
                and all(_namelike(r) or r[:1].isupper() and len(r.split()) <= 12 for r in bare):
            out.extend(items)
            regions.append((m.start(), end))

    if next(_hits("members.distrib_hint", text, sent_start, sent_end, present), None) is None:
        return out, regions
    for m in _hits("members.distrib_gom", text, sent_start, sent_end, present):
        if not free(m.start()):
            continue
        end = _list_end(text, m.end(), sent_end, _in_paren(text, sent_start, m.start()))
        items = parse_list(text, m.end(), end, m.group("head"), None, "members.distrib_gom")
        raw = [text[f.start:f.end] for f in items]
        if len(items) >= 2 and sum(_unit_like(r, True) for r in raw) >= setting("members_unit_share") * len(raw):
            out.extend(items)
            regions.append((m.start(), end))
    for m in _hits("members.distrib_place_word", text, sent_start, sent_end, present):
        if not free(m.start()):
            continue
        end = _list_end(text, m.end(), sent_end, _in_paren(text, sent_start, m.start()))
        items = parse_list(text, m.end(), end, m.group("cat"), None, "members.distrib_place_word")
        if len(items) >= 2:
            out.extend(items)
            regions.append((m.start(), end))
    heads = sorted([*_hits("members.distrib_head", text, sent_start, sent_end, present),
                    *_hits("members.distrib_head_lower", text, sent_start, sent_end, present)], key=lambda h: h.start())
    for n, m in enumerate(heads):
        if not free(m.start()):
            continue
        gd = m.groupdict()
        paren = bool(gd.get("paren"))  # "… các huyện, thị xã nội địa (A, B, C)": the list is the bracket
        end = _list_end(text, m.end(), sent_end, paren or _in_paren(text, sent_start, m.start()))
        if n + 1 < len(heads) and heads[n + 1].start() < end:
            # "UBND các phường: A, B và UBND các xã: C": the next head ends this list
            end = m.end() + len(rule("members.trailing_joiner").sub("", text[m.end():heads[n + 1].start()]))
        cat = gd.get("cat")
        cat_word = cat.split(None, 1)[1].lower() if cat else None
        if gd.get("ncat") in _PLACE_NOUNS:
            cat_word = gd["ncat"]  # "UBND 7 phường …: Sài Gòn" ⇒ UBND phường Sài Gòn (a commune's name needs its place word)
        if cat_word and "," in cat_word:
            cat_word = None  # "các huyện, thị xã": which place word is each item's is not said
        if cat_word in ("sở", "bộ", "ngành"):
            prefix, cat_word = cat_word.capitalize(), None
        else:
            prefix = m.group("head")
        if cat_word in ("quận", "huyện") and _DIGIT.match(text[m.end():m.end() + 2]):
            cat_word = cat_word.capitalize()  # "UBND các quận 1, 3" ⇒ UBND Quận 1
        items = parse_list(text, m.end(), end, prefix, cat_word, "members.distrib_head")
        if paren and len(items) < 2:
            continue  # a short form in brackets ("Công an các tỉnh Tây Nguyên (CATN)"), not a list
        if not m.group("colon") and not paren:
            # without a colon, accept only a list of places that starts right away:
            # "TAND các tỉnh Thanh Hóa, Nghệ An và Hà Tĩnh" (not "LĐLĐ các tỉnh miền Trung … gồm 9 tỉnh: …")
            raw = [text[f.start:f.end] for f in items]
            placelike = (lambda r: r[:1].isupper() or r[:1].isdigit()) if cat_word in ("huyện", "quận", "thị xã") \
                else (lambda r: looks_like_province(r) or r[:1].isdigit())
            if len(raw) < 2 or not placelike(raw[0]) or sum(placelike(r) for r in raw) < setting("members_unit_share") * len(raw):
                continue
        out.extend(items)
        regions.append((m.start(), end))
    for m in _hits("members.distrib_bare", text, sent_start, sent_end, present):
        if not free(m.start()):
            continue
        # "các quận 1, 3, 5 và 10" ⇒ Quận 1, Quận 3 …; "các huyện: Hải Hậu" ⇒ huyện Hải Hậu
        end = _list_end(text, m.end(), sent_end, _in_paren(text, sent_start, m.start()))
        cat = m.group("bcat")
        numbered = text[m.end():m.end() + 1].isdigit()
        items = parse_list(text, m.end(), end, cat.capitalize() if numbered else cat, None, "members.distrib_bare")
        items = [f for f in items if _NUMBERED_PLACE.fullmatch(f.value) or _placed(f.value)
                 or (not numbered and f.value[len(cat) + 1:][:1].isupper())]
        out.extend(items)
        if items:
            regions.append((m.start(), end))
    return out, regions


def _honoured(text: str, sent_start: int, sent_end: int, present: frozenset[str] | None) -> list[MemberCandidate]:
    """Units an award goes to at the meeting: the bloc's members voting for themselves.

    Only names led by a unit head count (never people), after "… cho" (`members.award_for`) or
    "suy tôn" (acclaimed, `members.acclaimed`), or in the clause before "nhận Cờ …" / "được đề nghị
    … tặng …" (`members.award_taker`); and the host of the bloc's own meeting or meet, named the same
    way before "đăng cai (tổ chức) … Cụm" (`members.host`)."""
    out: list[MemberCandidate] = []
    for m in _hits("members.award_for", text, sent_start, sent_end, present):
        end = _list_end(text, m.end(), sent_end, _in_paren(text, sent_start, m.start()))
        if not m.group().rstrip().endswith(":"):
            semi = text.find(";", m.end(), end)  # "…; UBND tỉnh tặng Bằng khen cho …" starts a new clause
            end = semi if semi >= 0 else end
        for f in parse_list(text, m.end(), end, None, None, "members.award_for"):
            if not head_re().match(f.value):
                break
            out.append(f)
    for m in _hits("members.acclaimed", text, sent_start, sent_end, present):
        end = _list_end(text, m.end(), sent_end, _in_paren(text, sent_start, m.start()))
        semi = text.find(";", m.end(), end)  # "…; đề nghị tặng Bằng khen cho …" starts a new clause
        for f in parse_list(text, m.end(), semi if semi >= 0 else end, None, None, "members.acclaimed"):
            if not head_re().match(f.value):
                break
            out.append(f)
    takers = [*_hits("members.award_taker", text, sent_start, sent_end, present),
              *_hits("members.host", text, sent_start, sent_end, present)]  # a host of the bloc's own meeting
    for m in takers:
        floor = sent_start
        for b in rule("members.clause_break").finditer(text, sent_start, m.start()):
            floor = b.end()
        items = parse_list(text, floor, m.start(), None, None, "members.award_taker")
        run: list[MemberCandidate] = []
        for f in reversed(items):  # the names right before the verb
            if not head_re().match(f.value):
                break
            run.insert(0, f)
        out.extend(f for f in run if not any(o.start == f.start for o in out))  # acclaimed and taking: once
    return out


def _branch_of_place(s: str) -> bool:
    """A brand's name followed by a province ("Vietinbank Quảng Bình", "Ocbank Hà Tĩnh"): the brand's branch
    there, a unit even when the brand is not a known head word (looked up, not scanned: the province is the
    tail). The brand is one token, a known head or a capitalised word no Vietnamese syllable spells
    (`members.one_syllable`): a capitalised word out of a longer name ("Anh" of "Hoàng Anh Gia Lai") is none."""
    words = s.split()
    if len(words) < 2 or not _namelike(s) or _place_word(s):
        return False
    brand = words[0]
    if not (head_re().fullmatch(brand) or (len(brand) > 1 and rule("members.one_syllable").match(brand) is None)):
        return False
    return province_of(" ".join(words[1:])) is not None


def _tail_unit(text: str, a: int, b: int) -> MemberCandidate | None:
    """The unit that ends text[a:b] ("theo đó tỉnh Hà Nam" → "tỉnh Hà Nam"): from its first
    head word, place word or province to the end, if that reads as a unit's name. Inside a run of
    capitalised words only a head word starts one: the run's tail is no unit ("Gia Lai" of a club's name)."""
    for m in rule("members.unit_start").finditer(text[a:b]):
        start = a + m.start()
        item = _item(text, start, b, None, None, False, "members.ranked_before")
        if not item or item.end < b - 1 or not (_unit_like(item.value, False) or _branch_of_place(item.value)):
            continue
        if head_re().match(item.value) or not _CAPITAL_WORD_BEFORE.search(text[a:start]):
            return item
    return None


def _with_the_rest(text: str, sent_start: int, sent_end: int, present: frozenset[str] | None) -> list[MemberCandidate]:
    """A unit named together with the rest of the bloc ("X và các đơn vị trong Khối")."""
    out: list[MemberCandidate] = []
    for m in _hits("members.with_the_rest", text, sent_start, sent_end, present):
        item = _item(text, m.start("unit"), m.end("unit"), None, None, False, "members.with_the_rest")
        span = org_at(text, m.start("unit"), m.end("unit") - m.start("unit"))
        # the unit's name must reach the verb: "Phó Chánh Văn phòng X cho biết Văn phòng sẽ cùng các đơn vị …"
        # names X as the speaker's office, not as the unit acting with the rest
        if item and not bare_head(item.value) and span and span[1] >= item.end:
            out.append(item)
    for m in _hits("members.list_with_the_rest", text, sent_start, sent_end, present):
        floor = sent_start
        for br in rule("members.clause_break").finditer(text, sent_start, m.start()):
            floor = br.end()
        run: list[MemberCandidate] = []
        for f in reversed(parse_list(text, floor, m.start(), None, None, "members.list_with_the_rest")):
            lead = rule("members.lead_in").search(f.value)
            if lead:  # "Tại hội nghị, lãnh đạo Tập đoàn A": the unit starts after the people
                f = _item(text, f.start + lead.end(), f.end, None, None, False, "members.list_with_the_rest") or f
            if not head_re().match(f.value):
                break
            run.insert(0, f)
            if lead:
                break
        if len(run) >= 2:  # one unit alone is `members.with_the_rest`'s
            out.extend(run)
    return out


def _exemplified(text: str, sent_start: int, sent_end: int, present: frozenset[str] | None) -> list[MemberCandidate]:
    """Units given as examples of what the bloc's units did ("các đơn vị trong Khối … như: X đã …;
    Y …"): the names that open each clause of the paragraph after "như", each clause read as a list
    ("như Sở Tài chính, Cục Thống kê … đã phối hợp"), up to the first piece that is not a unit."""
    out: list[MemberCandidate] = []
    for m in _hits("members.examples_intro", text, sent_start, sent_end, present):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        starts = [m.end()] + [b.end() for b in rule("members.example_break").finditer(text, m.end(), line_end)]
        for k, start in enumerate(starts):
            if not head_re().match(text, start):
                continue
            end = starts[k + 1] if k + 1 < len(starts) else line_end
            for f in parse_list(text, start, end, None, None, "members.examples_intro"):
                span = org_at(text, f.start, f.end - f.start) if head_re().match(f.value) else None
                if span is None:
                    break
                item = _item(text, span[0], span[1], None, None, False, "members.examples_intro")
                if item:
                    out.append(item)
    return out


def _ranked(text: str, sent_start: int, sent_end: int, present: frozenset[str] | None) -> list[MemberCandidate]:
    """Units ranked in the bloc's scoring: they compete as its members. "… tiếp theo là X và Y"
    (`members.ranked_next`) goes on with a ranking only right after a clause that ranks units ("Sở A
    xếp thứ ba; tiếp theo là …", `members.rank_next_gap`), and its items end at "với"
    (`members.ranked_item_end`): "X xếp thứ nhất về …; tiếp theo là …" goes on about something else."""
    nexts = list(_hits("members.ranked_next", text, sent_start, sent_end, present))
    after: list[MemberCandidate] = []
    ends: list[int] = []  # where each clause that ranked a unit ends
    for m in _hits("members.ranked_after", text, sent_start, sent_end, present):
        end = _list_end(text, m.end(), sent_end, _in_paren(text, sent_start, m.start()))
        end = min([end] + [n.start() for n in nexts if m.end() <= n.start()])  # "…, tiếp theo là …" goes on
        end = m.end() + len(rule("members.trailing_joiner").sub("", text[m.end():end]))
        items = [f for f in parse_list(text, m.end(), end, None, None, "members.ranked_after") if _unit_like(f.value, False)]
        after.extend(items)
        if items:
            ends.append(end)
    ranked: list[MemberCandidate] = []
    for m in _hits("members.ranked_before", text, sent_start, sent_end, present):
        floor = sent_start
        for br in rule("members.rank_clause_break").finditer(text, sent_start, m.start()):
            floor = br.end()
        item = _tail_unit(text, floor, m.start())
        if item:
            ranked.append(item)
            ends.append(m.end())
    following: list[MemberCandidate] = []
    if ends:
        for m in nexts:
            if not any(e <= m.start() and rule("members.rank_next_gap").match(text, e, m.start()) for e in ends):
                continue
            end = _list_end(text, m.end(), sent_end, _in_paren(text, sent_start, m.start()))
            cut = rule("members.ranked_item_end").search(text, m.end(), end)
            items = [f for f in parse_list(text, m.end(), cut.start() if cut else end, None, None, "members.ranked_next")
                     if _unit_like(f.value, False)]
            following.extend(items)
            if items:
                ends.append(end)
    return after + following + ranked


_INTRO_RULES = ("members.intro_counted", "members.intro_paren", "members.intro_gom", "members.intro_named", "members.intro_in_bloc",
                "members.intro_category")


def _intros(text: str, start: int, end: int, present: frozenset[str] | None) -> list[_Intro]:
    """Every list introduction in text[start:end], the longest first where two start together."""
    found: list[_Intro] = []
    for rid in _INTRO_RULES:
        paren = rule(rid).tags.get("kind") == "paren"
        for m in _hits(rid, text, start, end, present):
            gd = m.groupdict()
            noun = (gd.get("noun") or gd.get("noun2") or "").strip()
            found.append(_Intro(m.start(), m.end(), noun, paren or m.group().rstrip().endswith(":"), rid, paren))
    found.sort(key=lambda x: (x.start, -x.end))
    return found


def find_members(seg: Segmented, bloc_sentences: set[int]) -> list[MemberCandidate]:
    """Every unit the article lists as a member, in text order of their lists."""
    text = seg.text
    out: list[MemberCandidate] = []
    for i, sent in enumerate(seg.sentences):
        present = _present(seg, sent)
        items, regions = _distributive(text, sent.start, sent.end, present)
        out.extend(items)
        out.extend(_honoured(text, sent.start, sent.end, present))
        out.extend(_ranked(text, sent.start, sent.end, present))
        out.extend(_with_the_rest(text, sent.start, sent.end, present))
        out.extend(_exemplified(text, sent.start, sent.end, present))
        read_to = sent.start
        for intro in _intros(text, sent.start, sent.end, present):
            if intro.start < read_to or any(a <= intro.start < b for a, b in regions):
                continue
            if i not in bloc_sentences and not intro.strong:
                continue
            if rule("members.distrib_head").match(text, intro.end) or rule("members.distrib_bare").match(text, intro.end):
                continue
            end = _list_end(text, intro.end, sent.end, intro.in_paren or _in_paren(text, sent.start, intro.start))
            after = [a for a, _ in regions if intro.end - 2 <= a < end]
            got = [f for f in _introduced(text, intro, end) if not any(a < f.end and f.start < b for a, b in regions)]
            if not got and after:
                # "gồm 5 đơn vị là thành phố Kon Tum và các huyện A, B": the distributive list ends this one
                end = intro.end + len(rule("members.trailing_joiner").sub("", text[intro.end:min(after)]))
                got = [f for f in parse_list(text, intro.end, end, None, None, intro.rule) if _unit_like(f.value, False)]
                out.extend(got)
                read_to = end
                continue
            if got:
                out.extend(got)
                read_to = end
                continue
            if intro.strong and not text[intro.end:end].strip():
                block = _bullets(text, intro.end)
                if block:
                    got = _bullet_items(text, block[0], block[1], intro.rule)
                    if len(got) >= 2:
                        out.extend(got)
                        read_to = block[1]
                continue
    return out


def _introduced(text: str, intro: _Intro, end: int) -> list[MemberCandidate]:
    """The units of an introduced list, when enough of its items name units."""
    noun = intro.noun
    if noun in _PLACE_NOUNS:
        items = parse_list(text, intro.end, end, noun, None, intro.rule)
        return items if len(items) >= 2 else []
    # "gồm các sở: Tư pháp, Nội vụ": a category that is itself a head ("Sở") heads the bare names
    head_noun = noun.split(",")[0]
    hm = head_re().match(noun) or (head_noun not in _GENERIC_NOUNS and head_re().fullmatch(head_noun[:1].upper() + head_noun[1:]))
    if hm and hm.end() == len(noun):
        # "gồm 7 Tổng công ty: Viglacera, HUD …": the counted unit heads the bare names
        items = parse_list(text, intro.end, end, hm.group(), None, intro.rule)
        items = [f for f in items if f.value.split()[len(hm.group().split()):][:1] != []]
        return items if len(items) >= 2 else []
    if hm:
        # "6 Thuế tỉnh: Phú Thọ, …": the unit's kind is the head and its level, "Thuế tỉnh Phú Thọ"
        rest = noun[hm.end():].strip()
        level = _place_word(rest + " ")
        head = noun if level and level.end() == len(rest) + 1 else hm.group()
        items = parse_list(text, intro.end, end, head, None, intro.rule)
        return items if len(items) >= 2 and all(_unit_like(text[f.start:f.end], True) for f in items) else []
    bare_ok = intro.strong or noun in _REGION_NOUNS
    items = parse_list(text, intro.end, end, None, None, intro.rule, loose=bare_ok and noun in _REGION_NOUNS)
    good = [f for f in items if _unit_like(f.value, bare_ok)]
    if len(items) >= 2 and len(good) >= max(2, int(setting("members_unit_share") * len(items))):
        # a lower-case piece is the tail of the introduction, not a unit ("gồm 7 trường | chính trị các tỉnh …")
        return [f for f in items if not (_LOWER_START.match(f.value) and not _PLACE_WORD.match(f.value))]
    return []


@lru_cache(maxsize=None)
def _count_rules(weak: bool) -> tuple[tuple[int, Rule], ...]:
    """The member_count rules that state the size (or, `weak`, count the units in passing),
    with their place in the file (the tie-break between two matches at one position)."""
    return tuple((i, r) for i, r in enumerate(rules("member_count")) if bool(r.tags.get("weak")) == weak)


@lru_cache(maxsize=None)
def _count_words() -> tuple[str, ...]:
    return tuple(sorted({a for r in rules("member_count") for a in r.anchors}))


def _window_words(text: str, lo: int, hi: int) -> frozenset[str] | None:
    """The member_count anchors in text[lo:hi] (None where lower case shifts offsets)."""
    piece = text[lo:hi]
    low = piece.lower()
    return frozenset(w for w in _count_words() if w in low) if len(low) == len(piece) else None


# A run of digits: where a number in figures starts.
_DIGIT_RUN = regex.compile(r"\d+")


@lru_cache(maxsize=None)
def _number_word_starts() -> tuple[str, ...]:
    """The first word of every number written in words (`numbers.json`; "mười một" starts with "mười")."""
    return tuple(sorted({w.split()[0] for w in load("numbers")["words"]}))


def _number_starts(text: str, start: int, end: int) -> list[int]:
    """Where a number followed by a space may start in text[start:end]: a run of at most three
    digits, or a number word not inside a longer word (`isalpha`/`isdecimal` are \\p{L}/\\d).
    Every place `{NUM}\\s` matches is among them; found with `str.find`, not a regex scan."""
    out = [m.start() for m in _DIGIT_RUN.finditer(text, start, end)
           if m.end() - m.start() <= 3 and m.end() < end and text[m.end()].isspace()]
    for w in _number_word_starts():
        p = text.find(w, start, end)
        while p >= 0:
            q = p + len(w)
            if not (p > 0 and (text[p - 1].isalpha() or text[p - 1].isdecimal())) and q < end and text[q].isspace():
                out.append(p)
            p = text.find(w, p + 1, end)
    return sorted(out)


def _count_hints(text: str, start: int, end: int) -> Iterator[regex.Match]:
    """The matches of `members.count_hint` (which starts with `{NUM}\\s`) in text[start:end], in
    order and not overlapping, as its `finditer` gives them; but the rule is tried only where a
    number starts, not at every character (about half the cost; a test checks both agree)."""
    hint = rule("members.count_hint")
    last = start
    for p in _number_starts(text, start, end):
        if p >= last and (m := hint.match(text, p, end)):
            last = m.end()
            yield m


def _count_windows(text: str, start: int, end: int) -> Iterator[tuple[int, int, frozenset[str] | None]]:
    """The windows around each number that counts units (`members.count_hint`), in text order,
    with the member_count anchors each holds."""
    before, after = setting("count_hint_before"), setting("count_hint_after")
    for hint in _count_hints(text, start, end):
        lo, hi = max(start, hint.start() - before), min(end, hint.end() + after)
        yield lo, hi, _window_words(text, lo, hi)


def _count_in(seg: Segmented, lo: int, hi: int, present: frozenset[str] | None, weak: bool) -> regex.Match | None:
    """The first match of the (weak) member_count rules in text[lo:hi], the earlier rule first
    at one position; rules whose anchors are not in the window are not run. A rule tagged
    `bloc_meet` counts only where the meet is the bloc's (`_bloc_meet`)."""
    text = seg.text
    hits = [(m.start(), i, m) for i, r in _count_rules(weak)
            if (present is None or not r.anchors or not present.isdisjoint(r.anchors)) and (m := r.search(text, lo, hi))
            and (not r.tags.get("bloc_meet") or _bloc_meet(seg, m.start()))]
    return min(hits, key=lambda h: h[:2])[2] if hits else None


def _bloc_meet(seg: Segmented, pos: int) -> bool:
    """Whether the meet whose teams are counted at `pos` is the bloc's own: the bloc is named in its
    sentence (`members.count_bloc_near`), or the sentence gives the meet no organiser of its own
    (`members.count_meet_organised`) and goes on about the bloc's meet named in the sentence before
    (`members.count_meet_noun`). A district's or a commune's show has teams that are not the bloc's units."""
    sent = seg.sentence_at(pos)
    if sent is None:
        return False
    text = seg.text
    near = rule("members.count_bloc_near")
    if near.search(text, sent.start, sent.end):
        return True
    if rule("members.count_meet_organised").search(text, sent.start, pos):
        return False
    i = bisect_right(seg.sentences, sent.start, key=lambda p: p.start) - 1
    prev = seg.sentences[i - 1] if i > 0 else None
    return prev is not None and bool(near.search(text, prev.start, prev.end)) \
        and bool(rule("members.count_meet_noun").search(text, prev.start, prev.end))


def find_member_count(seg: Segmented, start: int = 0, end: int | None = None) -> Found | None:
    """The bloc's stated size: the first `member_count` rule that matches near a number.

    A rule that states the size ("Khối … có 09 thành viên", "gồm 7 trường") wins over
    one that counts the units in passing ("đại diện 8 cơ quan trong Cụm", tagged `weak`).
    The numbers are found lazily: a size stated early ends the scan of the article."""
    text = seg.text
    end = len(text) if end is None else end
    seen: list[tuple[int, int, frozenset[str] | None]] = []
    m = None
    for window in _count_windows(text, start, end):
        seen.append(window)
        if m := _count_in(seg, *window, weak=False):
            break
    else:
        m = next((w for w in (_count_in(seg, *window, weak=True) for window in seen) if w), None)
    if m is None:
        return None
    n = to_int(m.group("count"))
    if not n or n > setting("max_member_count"):
        return None
    return Found(n, m.start("count"), m.end("count"))


@lru_cache(maxsize=65536)
def _place_core(bare: str) -> str | None:
    """The place `bare` is printed as, with modern tone marks and without its place word ("Quảng Ninh"
    of "tỉnh Quảng Ninh"), when it is a province or a bare proper name; else None. Worked out once per
    name: `_stands_for` runs on every pair of members, and a list may hold a thousand units."""
    core = strip_place_word(modern_tones(bare).strip())
    return core if looks_like_province(core) or _namelike(core) else None


@lru_cache(maxsize=65536)
def _unit_toned(full: str) -> str | None:
    """`full` with modern tone marks when it starts with a unit's head word, else None (once per name,
    as `_place_core`)."""
    toned = modern_tones(full)
    return toned if head_re().match(toned) else None


def _stands_for(bare: str, full: str) -> bool:
    """A place printed alone for its unit ("Quảng Ninh" in "gồm 6 tỉnh: …") and the unit's
    full name ending with it ("BHXH tỉnh Quảng Ninh"): one member, the fuller form kept. Names are
    compared with modern tone marks: a name read back from the source may print "Hoá" for "Hóa"."""
    core, toned = _place_core(bare), _unit_toned(full)
    if core is None or toned is None or core == toned or not toned.endswith(core):
        return False
    # the place is the whole tail, not the end of a longer name ("Ninh" in "Quảng Ninh")
    lead = toned[:-len(core)]
    if lead and _LETTER_OR_MARK.match(lead[-1]):
        return False
    words = lead.split()
    last = words[-1] if words else ""
    return bool(last) and (last[0].islower() or last.isupper() or bool(head_re().fullmatch(lead.rstrip())))


def _place_of(place: str, name: str, full: str) -> bool:
    """A member printed as a place (`name` is the place itself, or a distributed head put before
    it: "Hội" + "Bình Phước") that `full` names fully ("Hội LHPN tỉnh Bình Phước"); a head put
    before the place must be `full`'s head too ("Agribank" + "Đồng Nai" is not "BIDV chi nhánh
    Đồng Nai")."""
    if not _stands_for(place, full):
        return False
    return place == name or name.split()[0].casefold() == full.split()[0].casefold()


# a capitalised word right before a position: the position is inside a name
_CAPITAL_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*[ \t]+$")

# a letter or a combining mark: a place's name ends a unit's name only after a word break
_LETTER_OR_MARK = regex.compile(r"[\p{L}\p{M}]")

# a run of capitalised words, searched for a province name
_CAPITALISED_NAME = regex.compile(r"[\p{Lu}][\p{L}\p{M}]*(?:[\s-]+[\p{Lu}][\p{L}\p{M}]*)*")


_Fullest = Callable[[str, int, int, Grounder], tuple[str, tuple[int, int]]]


def _full_names(seg: Segmented) -> _Fullest:
    """A function giving, for a member's name and span, the full name the article prints it
    for: the full name when the span lies inside one printed with a short form, or when the
    name is that short form ("Vietcombank Sóc Trăng"); else the name itself. The pairs are
    found once per article (`members.short_forms` in `_shared`)."""
    pairs: list[tuple[tuple[int, int], tuple[int, int]]] = seg._shared.get("members.short_forms")  # type: ignore[assignment]
    if pairs is None:
        pairs = seg._shared["members.short_forms"] = short_forms(seg.text, 0, len(seg.text))
    text = seg.text

    def fullest(value: str, a: int, b: int, g: Grounder) -> tuple[str, tuple[int, int]]:
        for (fa, fb), (sa, sb) in pairs:
            if (fa <= a and b <= fb and (a, b) != (fa, fb)) or value in (text[sa:sb], g.text(sa, sb)):
                return g.text(fa, fb), (fa, fb)
        return value, (a, b)

    return fullest


@lru_cache(maxsize=4096)
def _level_re(lead: str, place: str) -> regex.Pattern:
    """`lead` + a province's level word + `place`, as printed (built from the two names, so not a rule)."""
    return regex.compile(regex.escape(lead) + r"\s+(?:tỉnh|thành phố)\s+" + regex.escape(place) + r"(?![\p{L}\p{M}])")


def _printed_with_level(text: str, value: str, place: str) -> tuple[int, int] | None:
    """A unit built from a distributed head and a bare province ("Trường Chính trị" + "Đắk Nông") that the
    article prints whole elsewhere with the province's level ("tại Trường Chính trị tỉnh Đắk Nông"): its span."""
    if not value.endswith(" " + place):
        return None
    m = _level_re(value[:-len(place) - 1], place).search(text)
    return (m.start(), m.end()) if m else None


def resolve_members(ctx: EventContext, roles: list[dict], role_spans: list[tuple[int, int]],
                    g: Grounder) -> tuple[list[str], list[str]]:
    """Role holders first, then listed units, one entry per unit (fuller form wins), grounded.
    Also returns the provinces the members' names carry (a clue for the record's province)."""
    seg, text = ctx.seg, ctx.text
    # members: role holders first, then listed units
    bloc_sent_idx = {i for i, s in enumerate(seg.sentences) if _about_bloc(seg, s)}
    members: list[str] = []
    member_spans: list[tuple[int, int]] = []
    member_provinces: list[str] = []
    fullest = _full_names(seg)
    for r, (a, b) in zip(roles, role_spans):
        org, (a, b) = fullest(r["org"], a, b, g)
        if any(same_unit(x, org) for x in members):
            continue  # vice leader this year, leader next year: one member
        members.append(org)
        member_spans.append((a, b))
    n_roles = len(members)
    # the place each listed member was printed as, where a distributed head was put before it
    # ("Hội" + "Bình Phước"): it stands for the unit as a bare place does
    places: list[str] = [""] * n_roles
    for f in find_members(seg, bloc_sent_idx):
        src_piece = g.text(f.start, f.end)
        value = f.value if f.value != text[f.start:f.end] else src_piece
        distributed_place = f.value != text[f.start:f.end] and looks_like_province(src_piece)
        if f.value != text[f.start:f.end] and text[f.start:f.end] in f.value:
            value = f.value.replace(text[f.start:f.end], src_piece)
        if bare_head(f.value):
            continue
        value, (f_start, f_end) = fullest(value, f.start, f.end, g)
        if distributed_place and (whole := _printed_with_level(text, f.value, text[f.start:f.end])):
            value, (f_start, f_end) = g.text(*whole), whole  # the unit printed whole elsewhere: the fuller form
        place = src_piece if distributed_place else value
        # a bare place never absorbs a role holder's fuller name, nor a role holder named by a place
        dup = next((i for i, x in enumerate(members)
                    if same_unit(x, value) or _place_of(place, value, x)
                    or (i >= n_roles and _place_of(places[i], x, value))), None)
        if dup is not None:
            if len(value) > len(members[dup]) and dup >= n_roles:
                members[dup] = value  # the fuller form of the unit
                member_spans[dup] = (f_start, f_end)
                places[dup] = place
            continue
        members.append(value)
        member_spans.append((f_start, f_end))
        places.append(place)
    for m_ in members:
        for pm in _CAPITALISED_NAME.finditer(m_):
            # the run may start with a capitalised head ("BHXH Khánh Hòa", "UBND Quảng Nam"): its longest tail
            words = pm.group().split()
            pv = next((p for k in range(len(words)) if (p := province_of(" ".join(words[k:])))), None)
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
