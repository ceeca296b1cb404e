"""Awards proposed or given at the meeting: kind, conferring level, recipients, count, status.

The genre has one construction, written as data in `grammar/awards.jsonl`:

    verb of proposal/conferral → authority → award kind → recipients (noun and count)

"đề nghị UBND tỉnh, Chính phủ tặng Cờ thi đua cho 2 đơn vị", "UBND tỉnh đã trao Bằng khen
cho 06 tập thể: …", "Hội X nhận Cờ thi đua của UBND tỉnh". Each award phrase found by a
`mention` rule is resolved in its sentence: its status from the verb that governs it, its
authority (one award per authority) from the words after it, the proposal, the giver or the
bloc itself, and its recipients from a count, a list of names or the clause's subject.
Authorities and their levels are a lexicon (`lexicons/awards.json`).
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..context import EventContext
from ..grammar import Rule, rule, rules, setting
from ..grounding import Grounder
from ..lexicons import load
from ..segment import Piece, Segmented
from .common import to_int
from .orgs import head_re, looks_like_province, split_items



@dataclass(frozen=True)
class Mention:
    """An award phrase: its kind, and the recipient noun a title carries (Tập thể lao động xuất sắc)."""

    kind: str
    start: int
    end: int
    title_type: str | None
    text: str


@dataclass
class AwardCandidate:
    """One award as found: the record's values plus its evidence and what merging needs."""

    kind: str
    level: str | None
    recipient_type: str | None
    count: int | None
    status: str
    start: int
    end: int
    count_span: tuple[int, int] | None = None
    ident: str = ""          # the recipients (or title) as printed: two awards with other recipients stay two
    year: int | None = None  # a year the clause opens with ("Năm 2020, …"): results of that year
    for_year: int | None = None  # the year printed after the award ("danh hiệu thi đua năm 2022")

    @property
    def value(self) -> dict:
        return {"kind": self.kind, "level": self.level, "recipient_type": self.recipient_type,
                "count": self.count, "status": self.status}


@dataclass
class _Recipients:
    items: list[tuple[str | None, int | None, tuple[int, int] | None]]  # (type, count, evidence)
    ident: str = ""


# ----------------------------------------------------------------------------- authorities

@lru_cache(maxsize=None)
def _authority_re() -> tuple[regex.Pattern, list[tuple[str, str]]]:
    """Every authority form, longest first, one named group per form; national and provincial
    bodies match in any casing ("Chính Phủ"), the others as printed."""
    levels = [(lvl, f) for lvl, forms in load("awards")["levels"].items() for f in forms]
    levels.sort(key=lambda x: -len(x[1]))
    parts = []
    for i, (lvl, form) in enumerate(levels):
        src = f"(?i:{form})" if lvl in ("chinh_phu", "thu_tuong", "tinh") else form
        parts.append(f"(?P<L{i}>{src})")
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(parts) + r")(?![\p{L}])"), levels


def _authority_at(s: str, pos: int = 0) -> str | None:
    """The level of the authority that starts at `pos`, if one does."""
    pat, levels = _authority_re()
    m = pat.match(s, pos)
    return levels[int(m.lastgroup[1:])][0] if m else None


def _authority_within(s: str) -> str | None:
    """The level of the first authority named in `s` ("Ban Thường trực Ủy ban Trung ương MTTQ": the
    body a representative hands an award over for, however its board is named)."""
    pat, levels = _authority_re()
    m = pat.search(s)
    return levels[int(m.lastgroup[1:])][0] if m else None


def _authority_ending(s: str) -> str | None:
    """The level of an authority that ends `s` (the giver before "trao")."""
    pat, levels = _authority_re()
    best = None
    for m in pat.finditer(s, overlapped=True):
        if m.end() == len(s.rstrip()) and (best is None or m.start() < best.start()):
            best = m
    return levels[int(best.lastgroup[1:])][0] if best else None


def _authority_end(text: str, sent: Piece, m: Mention) -> int:
    """Where the authority printed right after an award ends ("Cờ thi đua UBND tỉnh"), else the award's end:
    the next award's recipients start after it."""
    after = text[m.end:min(sent.end, m.end + int(setting("award_after")))]
    am = rule("awards.authority_after").match(after)
    if am:
        auth = _authority_re()[0].match(after, am.start("auth"))
        if auth:
            return m.end + auth.end()
    return m.end


def _split(r: Rule, s: str) -> list[str]:
    """`s` cut at every match of a separator rule (as `regex.split`; the rule never matches empty)."""
    parts: list[str] = []
    pos = 0
    for m in r.finditer(s):
        parts.append(s[pos:m.start()])
        pos = m.end()
    parts.append(s[pos:])
    return parts


def _authorities_in(s: str) -> list[str]:
    """Levels of a list of authorities ("Thủ tướng Chính phủ, UBND tỉnh"), one per item."""
    out: list[str] = []
    lead = int(setting("award_authority_item_lead"))
    for part in _split(rule("awards.authority_separator"), s):
        part = part.strip()
        for k in range(min(lead, len(part))):
            lvl = _authority_at(part, k)
            if lvl:
                out.append(lvl)
                break
        else:
            board = rule("awards.authority_provincial_board").match(part)
            if board and board.end() == len(part):
                out.append("tinh")
    return out


def _provincial_body(s: str) -> bool:
    """A provincial body of a mass organisation starts `s` ("Liên đoàn Lao động tỉnh", "Ban Thường vụ Tỉnh đoàn")."""
    return rule("awards.authority_provincial_board").match(s) is not None


# ----------------------------------------------------------------------------- mentions

@lru_cache(maxsize=None)
def _rules_with(role: str) -> tuple[Rule, ...]:
    return tuple(r for r in rules("awards") if r.tags.get("role") == role)


@dataclass
class _Phrases:
    """The award phrases and the field-of-work phrases of one article, each rule run once over the
    whole text (anchored rules not at all when their words are absent) and read back per window:
    a rule run per sentence cost more in calls than in scanning."""

    text: str
    mentions: list[tuple[int, int, int, Rule]]  # (start, end, rule order, rule) of every mention rule's match
    starts: list[int]                           # their starts, for bisection
    work: list[tuple[int, int]]                 # field-of-work spans, by start

    @classmethod
    def of(cls, seg: Segmented) -> "_Phrases":
        """The article's phrases, found on first use and shared by every view of it."""
        found = seg._shared.get("awards.phrases")
        if found is None:
            text = seg.text
            mentions = sorted((m.start(), m.end(), k, r) for k, r in enumerate(_rules_with("mention"))
                              for m in r.finditer(text))
            work = sorted(m.span() for r in _rules_with("field_of_work") for m in r.finditer(text))
            found = seg._shared["awards.phrases"] = cls(text, mentions, [x[0] for x in mentions], work)
        return found

    def _work_in(self, a: int, b: int) -> list[tuple[int, int]]:
        """The field-of-work phrases one scan of text[a:b] would give: from `a`, each phrase that fits
        in the window and starts after the last one taken (one pattern's non-overlapping matches)."""
        out: list[tuple[int, int]] = []
        cur = a
        for s, e in self.work[bisect_left(self.work, (a, a)):]:
            if s >= b:
                break
            if s >= cur and e <= b:
                out.append((s, e))
                cur = e
        return out

    def within(self, a: int, b: int) -> list[Mention]:
        """Award phrases in text[a:b], longest first where two overlap, not the name of the work
        ("công tác thi đua, khen thưởng"); a phrase running past `b` counts as far as it matches
        inside the window ("Huân chương Lao động" of "… hạng Ba")."""
        text = self.text
        found: list[Mention] = []
        for s, e, _, r in self.mentions[bisect_left(self.starts, a):bisect_left(self.starts, b)]:
            if e > b:
                cut = r.match(text, s, b)
                if cut is None:
                    continue
                e = cut.end()
            found.append(Mention(r.tags["kind"], s, e, r.tags.get("recipient_type"), text[s:e]))
        found.sort(key=lambda x: (x.start, -(x.end - x.start)))
        out: list[Mention] = []
        for f in found:
            if out and f.start < out[-1].end:
                continue
            out.append(f)
        if not out:
            return out
        work = self._work_in(max(a, 0), b)
        return [f for f in out if not any(s < f.end and f.start < e for s, e in work)]


# ----------------------------------------------------------------------------- resolution

def _status(text: str, sent: Piece, m: Mention) -> str | None:
    """'proposed' under a proposal verb of the sentence, 'conferred' under a conferral verb;
    None for an award named in passing (a goal, a registration)."""
    prefix = text[sent.start:m.start]
    props = list(rule("awards.propose_verb").finditer(prefix))
    if props:
        done = rule("awards.confer_done").search(prefix, props[-1].end())
        return "conferred" if done else "proposed"
    for c in rule("awards.confer_verb").finditer(prefix):
        near_only = c.group().endswith("nhận") and not c.group().startswith("công")
        if not near_only or len(prefix) - c.end() <= setting("award_receive_near"):
            return "conferred"
    return "conferred" if m.kind == "khen_thuong" else None


def _levels(text: str, sent: Piece, m: Mention, last_levels: list[str]) -> list[str | None]:
    """The conferring authorities of one award, in the order the construction gives them."""
    after = text[m.end:min(sent.end, m.end + int(setting("award_after")))]
    am = rule("awards.authority_after").match(after)
    if am:
        lvl = _authority_at(after, am.start("auth")) or ("tinh" if _provincial_body(after[am.start("auth"):]) else None)
        if lvl:
            return [lvl]
    before = text[max(sent.start, m.start - int(setting("award_proposal_before"))):m.start]
    prop = rule("awards.authority_proposed").search(before)
    if prop is None and m.kind == "khen_thuong":
        # "đề nghị Bộ trưởng khen thưởng 2 tập thể": the commendation is its own verb
        prop = rule("awards.authority_proposed").search(before + m.text)
    if prop:
        auths = prop.group("auths")
        submits = list(rule("awards.submits_to").finditer(" " + auths))
        if submits:
            auths = (" " + auths)[submits[-1].end():]  # "Bộ Công an trình Chính phủ": the last one confers
        levels = _authorities_in(auths)
        if levels == ["khoi"] and not rule("awards.bloc_named").search(prop.group("auths")):
            levels = []
        if levels:
            return list(dict.fromkeys(levels))
    behalf = rule("awards.authority_on_behalf").search(text, sent.start, m.start)
    if behalf:
        lvl = _authority_within(behalf.group("auth"))
        if lvl:
            return [lvl]
    giver = rule("awards.authority_giver").search(text[max(sent.start, m.start - int(setting("award_giver_before"))):m.start])
    if giver:
        lvl = _authority_ending(giver.group("auth"))
        if lvl and lvl != "khoi":
            return [lvl]
    if rule("awards.authority_bloc").search(before) and \
            not rule("awards.propose_verb").search(before[-int(setting("award_bloc_propose_near")):]):
        return ["khoi"]
    if m.kind == "khen_thuong" and rule("awards.rankings").search(text, m.end, sent.end):
        return ["khoi"]
    if last_levels and rule("awards.authority_continued").search(
            text[max(sent.start, m.start - int(setting("award_continued_before"))):m.start]):
        return list(last_levels)
    return [None]


def _branch_in_province(item: str) -> bool:
    """A brand and the province of its branch ("Vietinbank Quảng Bình")."""
    m = rule("awards.branch_in_province").match(item)
    return m is not None and looks_like_province(m.group("prov"))


def _looks_like_units(items: list[str]) -> bool:
    """Every item names a unit: an agency, a province, a district or commune ("huyện Phước Sơn"),
    or a brand's branch in a province ("Vietinbank Quảng Bình")."""
    place = rule("awards.place_unit")
    return bool(items) and all(head_re().match(i.strip()) or looks_like_province(i) or place.match(i.strip())
                               or _branch_in_province(i.strip()) for i in items)


_WHITESPACE = regex.compile(r"\s+")


def _counts_in(text: str, start: int, end: int) -> list[tuple[str, int | None, tuple[int, int]]]:
    r = rule("awards.recipient_count")
    types, default = r.tags["types"], r.tags["default"]
    return [(types.get(_WHITESPACE.sub(" ", c.group("noun")), default), to_int(c.group("n")), (c.start(), c.end()))
            for c in r.finditer(text, start, end)]


# an upper-case letter: a name starts with one (structural, a single class)
_STARTS_UPPER = regex.compile(r"\p{Lu}")


def _named_count(ph: _Phrases, start: int, end: int, announced: bool = False) -> tuple[int, str] | None:
    """How many units a list of names holds, when every item looks like a unit (or, after a noun
    that announces units, "cho tập thể Nông trường A", every item is a capitalised name)."""
    text = ph.text
    stop = rule("awards.names_stop").search(text[start:end])
    if stop:
        end = start + stop.start()
    nxt = ph.within(start, end)
    if nxt:
        end = nxt[0].start
        joiner = rule("awards.trailing_joiner").search(text[start:end])
        if joiner:
            end = start + joiner.start()
    items = [text[a:b].strip() for a, b in split_items(text, start, end)]
    most = setting("award_name_words_max")
    if _looks_like_units(items) or (announced and items and all(
            _STARTS_UPPER.match(i) and len(i.split()) <= most for i in items)):
        return len(items), "|".join(i.lower() for i in items)
    return None


def _person_count(text: str, start: int, end: int) -> tuple[int, str] | None:
    """How many people a list of recipients names ("đồng chí Lê Văn A, Giám đốc Sở Y tế";
    "ông B và bà C"); their appositive titles are not counted."""
    stop = rule("awards.names_stop").search(text[start:end])
    if stop:
        end = start + stop.start()
    head = rule("awards.person_noun_lead").match(text[start:end])
    named_noun = bool(head)
    if head:
        start += head.end()
    names = []
    for item in _split(rule("awards.person_separator"), text[start:end]):  # a person's name holds no "và"
        item = item.strip()
        pm = rule("awards.person_name").match(item)
        honorific = bool(rule("awards.honorific").match(item))
        if pm and (honorific or named_noun):
            names.append(pm.group("name").lower())
    return (len(names), "|".join(names)) if names else None


def _recipients(ph: _Phrases, sent: Piece, m: Mention, window_start: int) -> _Recipients:
    """Who receives the award and how many: a count after or before it, the names after *cho*,
    the unit voted for, or the clause's subject."""
    text = ph.text
    after = text[m.end:min(sent.end, m.end + int(setting("award_after")))]
    lst = rule("awards.counted_right_after").match(after) if m.kind == "khen_thuong" else None
    lst = lst or rule("awards.counted_after").match(after) or rule("awards.counted_after_colon").match(after)
    if lst:
        return _Recipients(list(_counts_in(text, m.end + lst.start("list"), m.end + lst.end("list"))))
    if m.kind == "khen_thuong":
        ranks = list(rule("awards.rankings").finditer(text, m.end, sent.end))
        if ranks:
            return _Recipients([(None, len(ranks), None)])
    # counts before the award, not a previous award's recipients ("… cho 02 tỉnh; … tặng Bằng khen"),
    # not the voters ("17 đơn vị thành viên … đã bình bầu"), not a fraction ("5/7 đơn vị")
    near = []
    for t, n, (s, e) in _counts_in(text, window_start, m.start):
        if rule("awards.ends_with_cho").search(text[max(0, s - int(setting("award_cho_before"))):s]):
            continue
        tail = text[e:m.start]
        if rule("awards.voters").search(tail):
            continue
        near.append((t, n, (s, e)))
    named_before = _named_before(ph, sent, m, window_start)
    if near:
        last_end = near[-1][2][1]
        enumerated = rule("awards.count_enumerated").match(text[last_end:m.start])
        if named_before is None or named_before[1] < last_end or enumerated:
            run = [near[-1]]
            for r in reversed(near[:-1]):
                if rule("awards.count_joiner").match(text[r[2][1]:run[0][2][0]]):
                    run.insert(0, r)
                else:
                    break
            return _Recipients(run)
    rest = text[m.end:sent.end]
    named = rule("awards.named_after").match(rest)
    if named:
        noun = named.group("noun")
        rtype = _noun_type(noun) if noun else None
        got = _named_count(ph, m.end + named.start("r"), m.end + named.end("r"), announced=rtype in ("don_vi", "tap_the"))
        if got:
            return _Recipients([(rtype, got[0], None)], got[1])
        people = _person_count(text, m.end + named.start("noun" if noun else "r"), m.end + named.end("r"))
        if people:
            return _Recipients([("ca_nhan", people[0], None)], people[1])
        if rtype:
            return _Recipients([(rtype, None, None)])
    is_ = rule("awards.named_is").match(rest)
    if is_:
        got = _named_count(ph, m.end + is_.start("r"), m.end + is_.end("r"))
        if got:
            return _Recipients([(None, got[0], None)], got[1])
    if named_before:
        return _Recipients([(None, named_before[0], None)], named_before[2])
    return _Recipients([(None, None, None)])


def _awards_counted(text: str, sent: Piece, m: Mention, rec: _Recipients) -> _Recipients:
    """Recipients named by their noun alone counted by the number of awards printed before the award
    ("tặng 01 Cờ thi đua và 05 Bằng khen cho các đơn vị"): one award for each. Without such a noun
    the number may summarise an award the body counts ("A được đề nghị tặng 1 Bằng khen")."""
    if not any(t for t, _, _ in rec.items):
        return rec
    c = rule("awards.award_counted_before").search(text, max(sent.start, m.start - int(setting("award_number_before"))), m.start)
    if c is None:
        return rec
    return _Recipients([(t, to_int(c.group("n")), c.span("n")) for t, _, _ in rec.items[:1]], rec.ident)


def _named_before(ph: _Phrases, sent: Piece, m: Mention, window_start: int) -> tuple[int, int, str] | None:
    """Units named as the award's subject before it: (how many, where they start, who)."""
    text = ph.text
    clause_start = max(window_start, text.rfind(";", sent.start, m.start) + 1, text.rfind(":", sent.start, m.start) + 1)
    for o in rule("awards.subject_opening").finditer(text, clause_start, m.start):
        clause_start = o.end()
    voted = rule("awards.voted_unit").search(text[clause_start:m.start])
    if voted:
        u0 = clause_start + voted.start("u")
        got = _named_count(ph, u0, u0 + len(voted.group("u")))
        if got:
            return got[0], u0, got[1]
        if head_re().match(voted.group("u")) or looks_like_province(voted.group("u")):
            return 1, u0, voted.group("u").lower()
    subj = rule("awards.subject_unit").match(text[clause_start:m.start])
    if subj and not rule("awards.not_subject").match(subj.group("s")):
        s0 = clause_start + subj.start("s")
        got = _named_count(ph, s0, s0 + len(subj.group("s")))
        if got:
            return got[0], s0, got[1]
        words = subj.group("s").split()
        if len(words) == 1:
            return 1, s0, words[0].lower()  # a one-word unit name such as a company brand
    return None


def _noun_type(noun: str | None) -> str | None:
    """The recipient type a noun names ("các tập thể" → tap_the), from awards.recipient_noun's tags."""
    if not noun:
        return None
    n = _WHITESPACE.sub(" ", noun.strip().lower())
    plural = rule("awards.plural_marker").match(n)
    if plural:
        n = n[plural.end():]
    return rule("awards.recipient_noun").tags["types"].get(n)


def _blocked(text: str, sent: Piece, m: Mention) -> bool:
    """An award named as a goal, a purpose, a registration or in a list of past honours."""
    prefix = text[sent.start:m.start]
    return any(r.search(prefix) for r in _rules_with("not_award"))


def _skip_mention(ph: _Phrases, sent: Piece, m: Mention) -> bool:
    """Words that look like an award but introduce something else."""
    text = ph.text
    if m.kind == "khen_thuong":
        # only with a count, named recipients or ranks ("khen thưởng 9 tập thể", "… đối với các đơn vị …: Nhất cụm")
        after = text[m.end:m.end + int(setting("award_commendation_after"))]
        who = rule("awards.commendation_recipients").match(after)
        if not (rule("awards.counted_right_after").match(after)
                or (who and (not who.group("rank") or rule("awards.rankings").search(text, m.end, sent.end)))):
            return True
    if m.kind == "danh_hieu" and m.text.lower().startswith("danh hiệu"):
        span = int(setting("award_titles_after"))
        gap = setting("award_title_gap")
        if rule("awards.titles_follow").match(text[m.end:m.end + span]) or \
                any(0 <= x.start - m.end <= gap for x in ph.within(m.end, m.end + span)):
            return True  # the titles that follow are the awards
    return False


def find_awards(seg: Segmented, sentences: list[Piece]) -> list[AwardCandidate]:
    """Every award the sentences report, merged to one per (kind, level, recipients)."""
    text = seg.text
    ph = _Phrases.of(seg)
    out: list[AwardCandidate] = []
    year_rule = rule("awards.history_year")
    for sent in sentences:
        mentions = ph.within(sent.start, sent.end)
        if not mentions:
            continue
        ym = year_rule.match(sent.text)
        year = int(ym.group("year")) if ym else None
        prev_end = sent.start
        last_levels: list[str] = []
        last_rec: _Recipients | None = None
        for m in mentions:
            if _skip_mention(ph, sent, m) or _blocked(text, sent, m):
                continue
            status = _status(text, sent, m)
            if status is None:
                prev_end = m.end
                continue
            levels = _levels(text, sent, m, last_levels)
            if "khoi" in levels and m.kind == "khen_thuong":
                status = "conferred"  # the bloc's own ranking is given, not proposed
            last_levels = [lv for lv in levels if lv]
            rec = _recipients(ph, sent, m, max(prev_end, sent.start, m.start - int(setting("award_recipients_before"))))
            if all(n is None for _, n, _ in rec.items):
                rec = _awards_counted(text, sent, m, rec)
            if last_rec and all(n is None for _, n, _ in rec.items) and \
                    rule("awards.conjoined").match(text[prev_end:m.start]):
                rec = last_rec  # "được đề nghị tặng Bằng khen và Cờ thi đua": the same recipients
            last_rec = rec
            ident = rec.ident or (m.text.lower() if m.title_type else "")
            fy = rule("awards.award_year").match(text[m.end:min(sent.end, m.end + int(setting("award_year_after")))])
            for_year = int(fy.group("year")) if fy else None
            for lvl in levels:
                if lvl == "thu_tuong" and m.kind == "co_thi_dua":
                    lvl = "chinh_phu"  # there is no Prime Minister's flag
                for rtype, n, span in rec.items:
                    rtype = rtype or m.title_type or _sentence_noun(text, sent, m) or "don_vi"
                    out.append(AwardCandidate(m.kind, lvl, rtype, n, status, m.start, m.end,
                                              span if n else None, ident, year, for_year))
            prev_end = _authority_end(text, sent, m)
    return _merge(out)


def _sentence_noun(text: str, sent: Piece, m: Mention) -> str | None:
    """The recipient noun the sentence uses before the award ("suy tôn tập thể xuất sắc gồm: …")."""
    last = None
    for x in rule("awards.recipient_noun").finditer(text, sent.start, m.start):
        last = x
    return _noun_type(last.group("noun")) if last else None


def _merge(found: list[AwardCandidate]) -> list[AwardCandidate]:
    """One award per (kind, level, recipient type, status) and recipients: a repeated mention adds
    nothing, a count-less mention of an award counted elsewhere is the same award."""
    counted = {(f.kind, f.level, f.status) for f in found if f.count}
    named = {(f.kind, f.level, f.recipient_type, f.status, f.count) for f in found if f.count and f.ident}
    out: list[AwardCandidate] = []
    seen: set[tuple] = set()
    for f in found:
        key = (f.kind, f.level, f.recipient_type, f.status)
        if not f.count and (f.kind, f.level, f.status) in counted:
            continue
        if f.count and not f.ident and key + (f.count,) in named:
            continue  # a lead's summary ("được đề nghị tặng 1 Cờ thi đua") of an award named in the body
        full = key + (f.count, f.ident)
        if full in seen:
            continue
        seen.add(full)
        out.append(f)
    return out


# At a covenant signing or a launch, a proposal with no recipients counted or named is a target
# ("… đề nghị UBND tặng cờ thi đua cho đơn vị đạt thành tích xuất sắc"), not a result, unless it
# names the year before ("bình bầu các danh hiệu thi đua năm 2022" at the 2023 signing).
_TARGET_KINDS = ("giao_uoc", "phat_dong")


def ground_awards(ctx: EventContext, awards: list[AwardCandidate], g: Grounder) -> list[dict]:
    """The awards of the period under review, each grounded on its phrase (and its count);
    a clause that opens on an earlier year ("Năm 2020, …" at the 2021 signing) cites history,
    and an uncounted proposal at a signing or launch is a target."""
    keep = [a for a in awards if not (a.year and ctx.period and a.year < ctx.period["year"])
            and not (ctx.kind in _TARGET_KINDS and a.status == "proposed" and a.count is None
                     and not (a.for_year and ctx.period and a.for_year < ctx.period["year"]))]
    for i, a in enumerate(keep):
        g.add(f"{ctx.path}.awards[{i}]", a.start, a.end)
        if a.count_span:
            g.add(f"{ctx.path}.awards[{i}].count", *a.count_span)
    return [a.value for a in keep]
