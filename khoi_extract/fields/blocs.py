"""Bloc and cluster mentions: "Khối thi đua Nội chính", "Cụm thi đua số IX …", "Khối 9".

A mention runs from the head word (Khối/Cụm) until a verb, function word or
punctuation (`cues.json: bloc_name_stops`); a trailing province ("… tỉnh Quảng
Ninh") is dropped. The record's name is the fullest descriptive form printed,
the number comes from any numbered form.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import regex

from ..grammar import rule, setting
from ..lexicons import alternation, load
from ..segment import Segmented
from .common import Found, finditer, province_pattern, roman_to_int


@dataclass
class BlocMention:
    start: int
    end: int
    text: str
    has_thi_dua: bool
    number: int | None
    numbered_only: bool
    in_role: bool = False  # inside "Trưởng khối …", "Phó Cụm trưởng …"
    plural: bool = False  # "các Cụm thi đua Sở Tài chính …": the family of blocs, not this one


@lru_cache(maxsize=None)
def _patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    cues = load("cues")
    head = rule("blocs.head").compiled
    stops = regex.compile(
        r"(?<!\s(?:các|những|Các))\s+(?:" + alternation(cues["bloc_name_stops"]) + r")(?![\p{L}\p{M}])|\s*(?:,(?!\s*(?:ngành|thành phố|thị xã|huyện|Mặt trận|đoàn thể|[Xx]ã hội|trung cấp|doanh nghiệp)(?![\p{L}]))|[.;:!?()“”\"\n])|\s{2,}"
    )
    party = rule("blocs.party_prefix").compiled
    return head, stops, party


_NUM_FORM = regex.compile(r"^(?:số\s+)?(?P<n>\d{1,2}|[IVXL]{1,5})(?![.,%]?\d)(?:\s*[-–]\s*.*)?$")
_TRAIL_NUM = regex.compile(r"(?:^|\s)(?:số\s+)?(?P<n>\d{1,2}|[IVX]{1,4})$")
_PROVINCE_TAIL = regex.compile(r"\s+(?:(?:tỉnh|Tỉnh|thành phố|Thành phố|TP\.?)(?:\s+(?P<p>.+))?)$")


def _strip_province(rest: str) -> str:
    m = _PROVINCE_TAIL.search(rest)
    if m and (m.group("p") is None or province_pattern().fullmatch(m.group("p"))):
        if m.group("p") is None and regex.search(r"(?:tuyến|cấp|trực thuộc|thuộc)$", rest[: m.start()]):
            return rest  # "các bệnh viện tuyến tỉnh", "các Hội cấp tỉnh": part of the name
        return regex.sub(r"\s+(?:đóng\s+)?(?:trên địa bàn|tại)$", "", rest[: m.start()])
    return rest


def find_bloc_mentions(seg: Segmented) -> list[BlocMention]:
    text = seg.text
    head, stops, party = _patterns()
    not_words = load("cues")["bloc_not"]
    out: list[BlocMention] = []
    for m in finditer(head, text):
        before = text[max(0, m.start() - 40): m.start()]
        if party.search(before) or (rule("blocs.member_of").search(before) and not _units_together(seg, m.start())):
            continue
        has_td = bool(m.group("td"))
        rest_start = m.end()
        if not has_td and m.group("h")[0].islower() and not rule("blocs.counted_units").match(text, m.start()):
            continue  # lower-case "khối"/"cụm" without "thi đua": another sense (khối lượng, khối ngoại)
        limit = min(len(text), rest_start + 140)
        sm = stops.search(text, rest_start, limit)
        # A stop that does not end the name: a comma inside a list-like name ("Khối thi đua các đại
        # học, trường đại học …", "Khối thi đua sở, ngành …"), a fixed phrase with a stop word
        # ("các Ban xây dựng Đảng", "trực thuộc"), an abbreviation in brackets ("(ĐH)").
        while sm:
            if (sm.group().strip() == "," and _list_so_far(text[rest_start:sm.start()])
                    and rule("blocs.list_continues").match(text, sm.start())
                    and not stops.match(text, sm.end() - 1 if text[sm.end() - 1] == " " else sm.end())):
                sm = stops.search(text, sm.end(), limit)
                continue
            abbr = rule("blocs.abbreviation").match(text, sm.start())
            if abbr:
                sm = stops.search(text, abbr.end(), limit)
                continue
            if _in_phrase(text, sm.start() + (len(sm.group()) - len(sm.group().lstrip()))):
                sm = stops.search(text, sm.end() + 1, limit)
                continue
            break
        rest_end = sm.start() if sm else limit
        rest = text[rest_start:rest_end].strip()
        # Role words right after the head: "Khối trưởng", "Cụm phó".
        if regex.match(r"(?i)(?:trưởng|phó)\b", rest):
            continue
        if rest and any(rest.lower() == w or rest.lower().startswith(w + " ") for w in not_words):
            continue
        if rest and not has_td and rest[0].islower() and not (
                m.group("h")[0].isupper() and rule("blocs.sector_bloc").match(rest)) and any(
                rest == w or rest.startswith(w + " ") for w in load("cues")["bloc_sector_words"]):
            continue  # "Khối văn phòng UBND huyện", "khối hành chính sự nghiệp": a sector of staff
        rest = _strip_province(rest)
        cut = rule("blocs.number_ends_name").match(rest)
        if cut:
            rest = cut.group()
        number = None
        numbered_only = False
        nm = _NUM_FORM.match(rest)
        if nm:
            number = int(nm.group("n")) if nm.group("n").isdigit() else roman_to_int(nm.group("n"))
            numbered_only = nm.group(0) == nm.group("n") or regex.fullmatch(r"số\s+\S+", rest) is not None
        else:
            lm = rule("blocs.leading_number").match(rest) or _TRAIL_NUM.search(rest)
            if lm:
                g = lm.group("n")
                number = int(g) if g.isdigit() else roman_to_int(g)
        if not rest:
            if has_td:
                out.append(BlocMention(m.start(), m.end(), text[m.start():m.end()], True, None, False))
            continue
        first = rest.split()[0]
        if (has_td and first[0].islower() and first not in ("số", "các", "những")
                and not regex.search(r"\s(?:\p{Lu}|\d)", rest)
                and (m.group("h")[0].islower() or not rule("blocs.lower_name_start").match(rest))):
            continue  # "khối thi đua trên tất cả các lĩnh vực", "Khối thi đua hưởng ứng": not a name
        if not has_td:
            # "Khối ANND", "Khối 9", "Cụm biên phòng tuyến biển": capitalised word, number, or ≥2 words.
            if not (first[0].isupper() or first[0].isdigit() or len(rest.split()) >= 2):
                continue
        end = rest_start + len(text[rest_start:rest_end]) - len(text[rest_start:rest_end].lstrip()) + len(rest)
        in_role = bool(regex.search(r"(?:[Tt]rưởng|[Pp]hó)\s+$", text[max(0, m.start() - 8):m.start()]))
        sent = seg.sentence_at(m.start())
        plural = rule("blocs.plural_reference").search(text, max(sent.start if sent else 0, m.start() - 120), m.start()) is not None
        out.append(BlocMention(m.start(), end, text[m.start():end], has_td, number, numbered_only, in_role, plural))
    return out


def _in_phrase(text: str, pos: int) -> bool:
    """The stop word at `pos` belongs to a fixed phrase of bloc names ("trực thuộc",
    "các Ban xây dựng Đảng", "các hội có tính chất đặc thù")."""
    for ph in load("cues")["bloc_name_phrases"]:
        i = text.find(ph, max(0, pos - len(ph)), pos + len(ph))
        while 0 <= i <= pos:
            if i + len(ph) > pos:
                return True
            i = text.find(ph, i + 1, pos + len(ph))
    return False


def _list_so_far(name: str) -> bool:
    """A name that reads as a list so far ("các đại học", or one unit word "sở")."""
    words = name.split()
    return "các" in words or (len(words) == 1 and words[0].islower())


def _units_together(seg: Segmented, pos: int) -> bool:
    """Several units named before "thuộc Cụm thi đua …" ("thanh tra 5 tỉnh: …", "Ban CHQS các
    huyện …"): the bloc's members meet; one agency "thuộc Khối …" is only its own report."""
    sent = seg.sentence_at(pos)
    start = max(sent.start if sent else 0, pos - setting("bloc_members_before"))
    return rule("blocs.plural_subject").search(seg.text, start, pos) is not None


def bare_bloc_references(seg: Segmented, find_kind: Callable[..., Found | None],
                         mentions: list[BlocMention] | None = None) -> list[BlocMention]:
    """A bloc named only as "khối"/"cụm" in the sentences that report its meeting ("Hội nghị đã
    tiến hành tổng kết … của khối năm 2013", "Tham gia hội thao có 6 cơ quan trực thuộc Khối").

    A capitalised "Cụm thi đua" without a name, after the host is introduced, is one too.
    Only when a sentence has both a bare reference and a kind cue, and the article names no
    Party committee, youth or trade union of a Khối (whose "khối" is that body's)."""
    text = seg.text
    if rule("blocs.party_body").search(text):
        return []
    bare = rule("blocs.bare_reference")
    out: list[BlocMention] = []
    reported = False
    for s in seg.sentences:
        found = [BlocMention(m.start("h"), m.end("h"), m.group("h"), False, None, False)
                 for m in bare.finditer(text, s.start, s.end)]
        found += [m for m in mentions or [] if s.start <= m.start < s.end and m.text[0].isupper()
                  and not m.plural and m.text.split()[-1].lower() == "đua"]
        if not found:
            continue
        out.extend(found)
        reported = reported or find_kind(seg, None, [s]) is not None
    return out if reported else []


def choose_bloc(mentions: list[BlocMention], title_end: int = 0) -> tuple[BlocMention | None, BlocMention | None]:
    """(mention giving the name, mention giving the number).

    The name is the form printed most often; a longer form that extends it wins
    when printed at least twice ("Cụm thi đua số IX Tòa án nhân dân"); ties go to
    forms in the body over the headline, then to the longer form.
    """
    named = [b for b in mentions if b.text.split()[-1].lower() not in ("đua", "khối", "cụm")]
    if not named:
        return None, None
    plain = [b for b in named if not b.in_role and not b.plural]
    if plain:
        named = plain
    with_td = [b for b in named if b.has_thi_dua]
    pool = with_td or named
    # A descriptive name without a number ("Khối thi đua Các cơ quan nội chính") beats
    # numbered forms ("Khối Thi đua số 6"), whose number is still recorded.
    descriptive = [b for b in pool if b.number is None]
    if len(descriptive) < len(pool):
        # a lower-case description ("tổ chức cụm thi đua các trường trực thuộc Sở") names no bloc
        # beside a numbered form
        descriptive = [b for b in descriptive if not b.text[0].islower()]
    pool2 = descriptive or pool
    counts = Counter(_key(b.text) for b in pool2)
    in_body = {k for k in counts if any(_key(b.text) == k and b.start >= title_end for b in pool2)}

    # the fullest printed form: a numbered name extended once ("Cụm thi đua 6 Ban Tuyên giáo
    # Thành ủy" over "Cụm thi đua 6"), a descriptive one extended at least twice
    need = 2 if descriptive else 1

    def dominated(k: str) -> bool:
        # extended in the body, by words, not by a dash-joined tag ("Cụm thi đua số 8 - KBNN")
        return any(k2.startswith(k + " ") and c2 >= need and (need == 2 or any(
            b.start >= title_end and regex.match(regex.escape(k) + r"\s+\p{L}", b.text.lower())
            for b in pool2 if _key(b.text) == k2))
            for k2, c2 in counts.items())

    keys = [k for k in counts if not dominated(k)] or list(counts)
    best_key = max(keys, key=lambda k: (counts[k], k in in_body, len(k)))
    forms = [b for b in pool2 if _key(b.text) == best_key]
    best = max(forms, key=lambda b: (b.start >= title_end, not b.text.isupper(), b.text[0].isupper(), -b.start))
    num = next((b for b in mentions if b.number is not None), None)
    return best, num


def _key(s: str) -> str:
    return regex.sub(r"[\s\-–—]+", " ", s.lower()).strip()


@dataclass(frozen=True)
class BlocCandidate:
    """The bloc of one event: the name's span (normalised offsets), and the number with the
    span of the mention that gives it."""

    start: int
    end: int
    name: str
    number: int | None
    number_span: tuple[int, int] | None


def bloc_found(best: BlocMention, num: BlocMention | None) -> BlocCandidate:
    """The event's bloc from the mention giving the name and the one giving the number."""
    return BlocCandidate(best.start, best.end, best.text, num.number if num else best.number,
                         (num.start, num.end) if num else None)
