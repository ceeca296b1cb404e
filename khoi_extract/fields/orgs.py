"""Organisation names: where they start, where they end, and lists of them.

Org names are open-ended ("Sở Giáo dục và Đào tạo", "Văn phòng Đoàn ĐBQH và
HĐND tỉnh"), so they are found from a head word (`lexicons/org_heads.json`) and
run until a stop word, a verb or punctuation.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from ..canonical import lenient_match, name_tokens
from ..grammar import compiled_piece, rule, setting
from ..lexicons import load
from .common import finditer, province_of, province_pattern, rstripped_end, search


def head_re() -> regex.Pattern:
    """A unit's head word (`UNIT_HEAD` in grammar/pieces.json, from lexicons/org_heads.json)."""
    return compiled_piece("UNIT_HEAD")


def position_prefix_re() -> regex.Pattern:
    """Position words before a unit's head ("Giám đốc Sở …"): `orgs.position_prefix`."""
    return rule("orgs.position_prefix").compiled


# Where a name stops (`orgs.name_end`): its clause's verb or preposition (`lexicons/org_heads.json`
# "stops"), punctuation, or a role after a dash.
def _stop_re() -> regex.Pattern:
    return rule("orgs.name_end").compiled


# Standard multi-part names ("Văn hóa, Thể thao và Du lịch", "Kế hoạch và Đầu tư"): their commas
# and "và" do not split a list. Spaces and dashes inside them are matched loosely. Built here, not
# in a rule file: it is the lexicon's list with that loosening applied to every name.
_COMMA_NAMES = regex.compile(
    "|".join(regex.sub(r"\\ |\\-|\\–", r"\\s*[-–,]?\\s*", regex.escape(n))
             for n in sorted(load("org_heads")["compound_names"], key=len, reverse=True)),
    regex.IGNORECASE,
)


def in_compound_name(text: str, pos: int) -> bool:
    """Whether `pos` falls inside a standard multi-part name ("Khoa học và Công nghệ")."""
    reach = setting("org_compound_reach")
    return any(m.start() <= pos < m.end() for m in finditer(_COMMA_NAMES, text, max(0, pos - reach), min(len(text), pos + reach)))


def org_at(text: str, start: int, limit: int | None = None) -> tuple[int, int] | None:
    """The org name that starts at `start` (which should be a head word): its [start, end),
    within `limit` characters (default `org_name_max`)."""
    window_end = min(len(text), start + (setting("org_name_max") if limit is None else limit))
    # Protected names may contain stop characters.
    end = window_end
    protected = [(m.start(), m.end()) for m in finditer(_COMMA_NAMES, text, start, window_end)]
    pos = start
    while True:
        m = search(_stop_re(), text, pos, window_end)
        if not m:
            break
        inside = next(((a, b) for a, b in protected if a <= m.start() < b), None)
        if inside:
            pos = inside[1]
            continue
        end = m.start()
        break
    # "(ĐBSH)" style aliases are cut; trim trailing spaces/dashes.
    while end > start and text[end - 1] in " -–":
        end -= 1
    if end <= start:
        return None
    return start, end


def org_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first org name inside text[start:end], after skipping position words ("Trưởng", "Chánh")."""
    seg = text[start:end]
    m = position_prefix_re().match(seg.lstrip())
    offset = start + (len(seg) - len(seg.lstrip())) + (m.end() if m else 0)
    h = search(head_re(), text, offset, end)
    if not h:
        return None
    span = org_at(text, h.start(), limit=end - h.start())
    return span




@lru_cache(maxsize=1)
def _province_tail() -> regex.Pattern:
    """A province (maybe after "tỉnh"/"thành phố") ending the text; composed in code from
    `province_pattern` for the reason given at `_province_suffix`."""
    return regex.compile(r"(?:[Tt]ỉnh\s+|[Tt]hành phố\s+)?(?:" + province_pattern().pattern + r")\s*$")


def org_before(text: str, anchor: int, floor: int) -> tuple[int, int] | None:
    """The org name that ends right before `anchor`, starting after the last clause break.

    A short form in brackets right before the anchor ("… Việt Nam (Agribank) là …") belongs
    to the full name before it.
    """
    acr = rule("orgs.short_form_tail").search(text[max(floor, anchor - setting("org_short_form_tail_max")):anchor])
    if acr:
        inner = org_before(text, anchor - len(acr.group()), floor)
        if inner and inner[1] >= anchor - len(acr.group()) - 1:
            return inner[0], rstripped_end(text, anchor)
    seg_start = floor
    # Where no protected name is in text[floor:anchor], none is in any window inside it either.
    names_near = search(_COMMA_NAMES, text, floor, anchor) is not None
    reach = setting("org_compound_break_reach")
    for m in rule("orgs.clause_break").finditer(text, floor, anchor):
        # A comma inside a protected name is not a break.
        if names_near and any(a <= m.start() < b for a, b in ((p.start(), p.end()) for p in finditer(
                _COMMA_NAMES, text, max(floor, m.start() - reach), min(anchor, m.end() + reach)))):
            continue
        if m.group().strip() == "và" and not head_re().match(text, m.end()):
            continue
        seg_start = m.end()
    # The org must start with a head word somewhere in the segment; take the first.
    seg = text[seg_start:anchor]
    lead = len(seg) - len(seg.lstrip())
    pm = position_prefix_re().match(seg.lstrip())
    pos = seg_start + lead + (pm.end() if pm else 0)
    h = None
    first = None
    for cand in finditer(head_re(), text, pos, anchor):
        first = first or cand
        span = org_at(text, cand.start(), limit=anchor - cand.start())
        if span and span[1] >= rstripped_end(text, anchor, " ,-–") - 1:
            h = cand  # the first head whose name runs up to the anchor: the fullest form
            break
    h = h or first
    if not h:
        # A province or district standing for its own unit in a cluster: "Quảng Bình (Cụm trưởng)",
        # "bầu huyện Hải Hậu làm Cụm trưởng".
        pm = _province_tail().search(text[pos:anchor]) \
            or rule("orgs.district_tail").search(text[pos:anchor])
        if pm:
            return pos + pm.start(), pos + len(text[pos:anchor].rstrip())
        return None
    end = anchor
    while end > h.start() and text[end - 1] in " ,-–":
        end -= 1
    # The name must not run into a verb.
    span = org_at(text, h.start(), limit=end - h.start())
    return span


def short_forms(text: str, start: int, end: int) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Full names printed with a short form in brackets after them ("Ngân hàng TMCP Ngoại
    thương Việt Nam - Chi nhánh Sóc Trăng (Vietcombank Sóc Trăng)"; `orgs.short_form`): the
    spans of the full name and of the short form. Both must name a unit (a head word)."""
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for m in rule("orgs.short_form").finditer(text, start, end):
        if not head_re().match(m.group("short")):
            continue
        full = org_before(text, m.start(), max(start, text.rfind("\n", start, m.start()) + 1))
        if full and full[1] >= m.start() - 1 and full[1] - full[0] > len(m.group("short")):
            out.append((full, (m.start("short"), m.end("short"))))
    return out


# Structural pieces of list splitting (punctuation and letter classes, no words): compiled once here.
_ITEM_SEP = regex.compile(r"\s*[,;]\s*")
_LOWER_NEXT = regex.compile(r"\s*\p{Ll}")
_UPPER_OR_DIGIT = regex.compile(r"[\p{Lu}\d]")


def split_items(text: str, start: int, end: int, loose_and: bool = False) -> list[tuple[int, int]]:
    """Split a list region into item spans on commas/semicolons and a final "và".

    `loose_and`: in a distributive list ("các quận 3, 10 và Phú Nhuận") every
    item is a bare name, so a final "và" splits before any capital or digit.
    """
    protected = [(m.start(), m.end()) for m in finditer(_COMMA_NAMES, text, start, end)]
    cuts: list[tuple[int, int]] = []  # (cut_start, cut_end) separators
    for m in finditer(_ITEM_SEP, text, start, end):
        if any(a <= m.start() < b for a, b in protected):
            continue
        cuts.append((m.start(), m.end()))
    pieces: list[tuple[int, int]] = []
    pos = start
    for a, b in cuts:
        pieces.append((pos, a))
        pos = b
    pieces.append((pos, end))
    out: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(pieces):
        # "X và Y": split where Y starts with a head word or a province; always for the last item.
        sub_start = a
        for m in rule("orgs.and_join").finditer(text, a, b):
            if any(pa <= m.start() < pb for pa, pb in protected):
                continue  # "Kế hoạch và Đầu tư"
            nxt = m.end()
            # the last item, or the last before the list runs into other words (", trong đó …")
            is_last = i == len(pieces) - 1 or bool(_LOWER_NEXT.match(text, pieces[i + 1][0], pieces[i + 1][0] + 2))
            head = bool(head_re().match(text, nxt))
            before = text[sub_start:m.start()].split()
            bare_before = not head_re().match(" ".join(before))
            # "… THPT Yên Thủy A và THPT Yên Thủy B": the item's first word again starts another item
            repeated = bool(before) and len(before) > 1 and text.startswith(before[0] + " ", nxt)
            unit_word = head or bool(rule("orgs.unit_word").match(text, nxt))
            starts_head = unit_word or bool(province_pattern().match(text, nxt)) \
                or any(pa == nxt for pa, _ in protected) \
                or (loose_and and bool(_UPPER_OR_DIGIT.match(text, nxt, nxt + 1)))
            # A unit's head after "và" starts another unit anywhere in a list when the name before it has no
            # head of its own ("các Sở: …, Giao thông vận tải và Ban Dân tộc, Liên minh …"; not "Văn phòng Đoàn
            # Đại biểu Quốc hội và Hội đồng nhân dân tỉnh"); in a distributive list a place word too.
            if repeated or (starts_head and (is_last or text[nxt:nxt + 4] == "các " or (head and bare_before)
                                             or (loose_and and unit_word))):
                out.append((sub_start, m.start()))
                sub_start = nxt
        out.append((sub_start, b))
    return [(a, b) for a, b in out if b > a and text[a:b].strip()]


def looks_like_province(s: str) -> bool:
    """A province's name, maybe after "tỉnh"/"thành phố" (`orgs.province_lead`)."""
    return province_of(rule("orgs.province_lead").sub("", s.strip())) is not None


# Unit identity: when two printed names are one unit.

def bare_head(name: str) -> bool:
    """A head word with nothing after it ("Sở", "Huyện ủy") is not a unit's name."""
    return name in _GENERIC_HEADS


# Heads that need a name after them; "Tỉnh đoàn", "Agribank", "Thanh tra tỉnh" are units on their own.
_GENERIC_HEADS = {"Sở", "Ban", "Cục", "Chi cục", "Hội", "Bộ", "Phòng", "Vụ", "Viện", "Trường", "Đài", "Báo", "Quỹ",
                  "Huyện ủy", "Thị ủy", "Quận ủy", "Thành ủy", "Đảng ủy", "Công an", "Trung tâm", "Công ty",
                  "Tổng công ty", "Chi nhánh", "Ngân hàng", "Bệnh viện", "Văn phòng", "Ủy ban", "UBND"}


def strip_place_word(name: str) -> str:
    """The name without a leading place word ("thị xã Sơn Tây" is "Sơn Tây"; `orgs.place_lead`)."""
    return rule("orgs.place_lead").sub("", name)


def _strip_council(name: str) -> str:
    """"UBND huyện Mộ Đức" → "huyện Mộ Đức" (`orgs.council_lead`)."""
    return rule("orgs.council_lead").sub("", name)


# A unit's number: digits, or a Roman numeral standing as a word ("Agribank chi nhánh Cần Thơ II", "Nông trường VI").
_NUMBERS = regex.compile(r"\d+|(?<![\p{L}\p{M}])[IVX]+(?![\p{L}\p{M}])")


class _Name(NamedTuple):
    """What `same_unit` compares of one printed name, worked out once per name (`_name`)."""
    numbers: tuple[str, ...]
    council: str  # without a leading "UBND"
    placeless: str  # and without a leading place word
    words: tuple[str, ...]
    short_forms: tuple[int, ...]  # the words that may be a short form spelled as initials ("DTNN", "KH&KT")
    undirected: frozenset[str]  # the name less one direction before a place (`orgs.direction_before_place`)
    province: str | None  # the province ending the name


@lru_cache(maxsize=65536)
def _name(s: str) -> _Name:
    """The facts of `s` that `same_unit` needs. `same_unit` runs on every pair of members, and a
    list may hold a thousand units: the work done on one name alone is done here, once per name."""
    council = _strip_council(s)
    words = tuple(s.split())
    return _Name(
        numbers=tuple(_NUMBERS.findall(s)),
        council=council,
        placeless=strip_place_word(council),
        words=words,
        short_forms=tuple(i for i, w in enumerate(words)
                          if 2 <= len(w) <= 8 and (letters := w.replace("&", "")).isalpha() and letters.isupper()),
        undirected=frozenset(s[:m.start()] + s[m.end():] for m in rule("orgs.direction_before_place").finditer(s)),
        province=_province_at_end(s),
    )


@lru_cache(maxsize=16384)
def same_unit(a: str, b: str) -> bool:
    """Two printed names of one unit ("Quận 10" and "Quận 11", "… Cần Thơ" and "… Cần Thơ II" are two units;
    "Ban Dân tộc" and "Ban Dân tộc tỉnh Bắc Kạn" are one)."""
    na, nb = _name(a), _name(b)
    if na.numbers != nb.numbers or _direction_apart(a, b):
        return False
    if na.province and nb.province and na.province != nb.province:
        return False  # "Hội Nông dân tỉnh Đắk Lắk" is not "… Đắk Nông", though one's words hold the other's
    if na.council == nb.council:
        return True  # "UBND huyện Mộ Đức" names the district "huyện Mộ Đức"
    if na.placeless == nb.placeless:
        return True  # "thị xã Sơn Tây" and "Sơn Tây" in a list of districts
    for x, y in ((a, b), (b, a)):
        spelled = _initials_of(x, y)
        if spelled and _tokens_in_order(spelled) == _tokens_in_order(y):
            return True  # "Cục DTNN khu vực Nghệ Tĩnh" is "Cục Dự trữ Nhà nước khu vực Nghệ Tĩnh"
    run = _inserted(a, b)
    if run is not None:
        # words put inside: a sister unit, unless they only say where it sits ("chi nhánh")
        return bool(run) and rule("orgs.same_name_insert").match(" ".join(run)) is not None
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


def _initials_of(short: str, long: str) -> str | None:
    """`short` with one short form written as the initials of a run of `long`'s words spelled out
    ("Cục DTNN …" → "Cục Dự trữ Nhà nước …", "Hội KH&KT" → "Hội Khoa học và Kỹ thuật"; "&" stands for
    "và"): a short form the scorer's abbreviation list may not know, read from the letters themselves."""
    ns = _name(short)
    if not ns.short_forms:
        return None
    sw, lw = ns.words, _name(long).words
    for i in ns.short_forms:
        w = sw[i]
        for j in range(len(lw) - len(w) + 1):
            run = lw[j:j + len(w)]
            if all((c == "&" and x == "và") or (c != "&" and x[0].upper() == c) for c, x in zip(w, run)) \
                    and any(x[1:] for x in run):
                return " ".join(sw[:i] + run + sw[i + 1:])
    return None


def _inserted(a: str, b: str) -> tuple[str, ...] | None:
    """The words the longer name puts inside the shorter, first and last words kept (compared
    on canonical tokens, so 'tỉnh' and abbreviations do not count: 'Công an tỉnh X' is 'Công
    an X'); `()` when they are not one run; None when neither name is the other with words
    put inside (words added at an end, or other words)."""
    short, long = sorted((_tokens_in_order(a), _tokens_in_order(b)), key=len)
    if len(short) < 2 or len(long) <= len(short) or short[0] != long[0] or short[-1] != long[-1]:
        return None
    n = len(short)
    if any(long[i:i + n] == short for i in range(len(long) - n + 1)):
        return None
    lead = 0
    while lead < n and short[lead] == long[lead]:
        lead += 1
    tail = n - lead
    return long[lead:len(long) - tail] if long[len(long) - tail:] == short[lead:] else ()


def _direction_apart(a: str, b: str) -> bool:
    """One name is the other with a direction before a place: two branches or units
    ("… chi nhánh Bắc Đồng Nai" and "… chi nhánh Đồng Nai"; `orgs.direction_before_place`)."""
    return a in _name(b).undirected or b in _name(a).undirected


@lru_cache(maxsize=65536)
def _tokens_in_order(s: str) -> tuple[str, ...]:
    return tuple(name_tokens(s))


@lru_cache(maxsize=65536)
def _tokens(s: str) -> frozenset[str]:
    return frozenset(_tokens_in_order(s))


@lru_cache(maxsize=8192)
def _lenient(a: str, b: str) -> bool:
    return lenient_match(a, b, threshold=setting("dedup_threshold"))


@lru_cache(maxsize=1)
def _province_suffix() -> regex.Pattern:
    """A trailing province, maybe after its place word. Composed in code from `province_pattern`
    (the PROVINCE piece bounds its names differently, so a rule would change what matches)."""
    return regex.compile(r"(?:\s+(?:tỉnh|thành phố|TP\.?))?\s+(?:" + province_pattern().pattern + r")\s*$")


def province_lead(name: str) -> str | None:
    """The words of a unit's name before the province that ends it ("Hội CCB tỉnh" of "Hội CCB
    tỉnh Vĩnh Long"): in a list, a bare province after it names the same kind of unit there
    ("Hội CCB tỉnh Vĩnh Long, Bến Tre"). None when the name has no head or no province at its end."""
    words = name.split()
    # the shortest tail that is a province (looked up, not scanned for: this runs on every listed name;
    # "Bà Rịa - Vũng Tàu" is five words, "TP Hồ Chí Minh" keeps its "TP" in the lead)
    k = next((k for k in range(1, min(5, len(words) - 1) + 1) if province_of(" ".join(words[-k:]))), 0)
    lead = " ".join(words[:-k]) if k else ""
    return lead if lead and head_re().match(lead) else None


def _province_at_end(s: str) -> str | None:
    """The province a name ends with ("Đắk Nông" of "Hội Nông dân tỉnh Đắk Nông"), or None."""
    m = _province_suffix().search(s)
    return province_of(strip_place_word(m.group().strip())) if m else None


@lru_cache(maxsize=65536)
def _without_province(s: str) -> str:
    """The name without a trailing province ("… tỉnh Bắc Kạn", "… Hà Nam")."""
    return _province_suffix().sub("", s)
