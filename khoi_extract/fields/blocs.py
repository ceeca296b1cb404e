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

import regex

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


@lru_cache(maxsize=None)
def _patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    cues = load("cues")
    head = regex.compile(r"(?<![\p{L}\p{M}])(?P<h>[Kk]hối|[Cc]ụm|KHỐI|CỤM)(?![\p{L}\p{M}])(?P<td>\s+(?:[Tt]hi\s+đua|THI\s+ĐUA))?")
    stops = regex.compile(
        r"(?<!\s(?:các|những|Các))\s+(?:" + alternation(cues["bloc_name_stops"]) + r")(?![\p{L}\p{M}])|\s*(?:,(?!\s*(?:ngành|thành phố|thị xã|huyện|Mặt trận|đoàn thể|[Xx]ã hội|trung cấp|doanh nghiệp)(?![\p{L}]))|[.;:!?()“”\"\n])|\s{2,}"
    )
    party = regex.compile(r"(?:" + alternation(cues["bloc_party_prefix"]) + r")\s+$")
    return head, stops, party


_NUM_FORM = regex.compile(r"^(?:số\s+)?(?P<n>\d{1,2}|[IVXL]{1,5})(?![.,%]?\d)(?:\s*[-–]\s*.*)?$")
_TRAIL_NUM = regex.compile(r"(?:^|\s)(?:số\s+)?(?P<n>\d{1,2}|[IVX]{1,4})$")
_LEAD_NUM = regex.compile(r"^số\s+(?P<n>\d{1,2}|[IVXL]{1,5})\b")
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
        before = text[max(0, m.start() - 30): m.start()]
        if party.search(before) or regex.search(r"thuộc\s+$", before):
            continue
        has_td = bool(m.group("td"))
        rest_start = m.end()
        if not has_td and m.group("h")[0].islower():
            continue  # lower-case "khối"/"cụm" without "thi đua": another sense (khối lượng, khối ngoại)
        limit = min(len(text), rest_start + 140)
        sm = stops.search(text, rest_start, limit)
        # "Khối thi đua các đại học, trường đại học khu vực …": a comma inside a list-like name
        while (sm and sm.group().strip() == "," and " các " in f" {text[rest_start:sm.start()]} "
               and regex.match(r",\s*(?:trường|thị xã|thành phố|huyện|quận|ngành|đoàn thể|đơn vị|cơ quan|doanh nghiệp|tổ chức|ban|sở|cao đẳng|đại học|bệnh viện|trung tâm|công ty|xã|phường|viện)(?![\p{L}])",
                               text[sm.start():sm.start() + 20])
               and not stops.match(text, sm.end() - 1 if text[sm.end() - 1] == " " else sm.end())):
            sm = stops.search(text, sm.end(), limit)
        # fixed phrases that contain a stop word belong to the name: "các Ban xây dựng Đảng"
        while sm and any(text.startswith(ph, sm.start() + (len(sm.group()) - len(sm.group().lstrip())))
                         for ph in load("cues")["bloc_name_phrases"]):
            sm = stops.search(text, sm.end() + 1, limit)
        rest_end = sm.start() if sm else limit
        rest = text[rest_start:rest_end].strip()
        # Role words right after the head: "Khối trưởng", "Cụm phó".
        if regex.match(r"(?i)(?:trưởng|phó)\b", rest):
            continue
        if rest and any(rest.lower() == w or rest.lower().startswith(w + " ") for w in not_words):
            continue
        if rest and not has_td and rest[0].islower() and any(
                rest == w or rest.startswith(w + " ") for w in load("cues")["bloc_sector_words"]):
            continue  # "Khối văn phòng UBND huyện", "khối hành chính sự nghiệp": a sector of staff
        rest = _strip_province(rest)
        number = None
        numbered_only = False
        nm = _NUM_FORM.match(rest)
        if nm:
            number = int(nm.group("n")) if nm.group("n").isdigit() else roman_to_int(nm.group("n"))
            numbered_only = nm.group(0) == nm.group("n") or regex.fullmatch(r"số\s+\S+", rest) is not None
        else:
            lm = _LEAD_NUM.match(rest) or _TRAIL_NUM.search(rest)
            if lm:
                g = lm.group("n")
                number = int(g) if g.isdigit() else roman_to_int(g)
        if not rest:
            if has_td:
                out.append(BlocMention(m.start(), m.end(), text[m.start():m.end()], True, None, False))
            continue
        first = rest.split()[0]
        if has_td and first[0].islower() and first not in ("số", "các", "những") and not regex.search(r"\s(?:\p{Lu}|\d)", rest):
            continue  # "khối thi đua trên tất cả các lĩnh vực": a generic mention, not a name
        if not has_td:
            # "Khối ANND", "Khối 9", "Cụm biên phòng tuyến biển": capitalised word, number, or ≥2 words.
            if not (first[0].isupper() or first[0].isdigit() or len(rest.split()) >= 2):
                continue
        end = rest_start + len(text[rest_start:rest_end]) - len(text[rest_start:rest_end].lstrip()) + len(rest)
        in_role = bool(regex.search(r"(?:[Tt]rưởng|[Pp]hó)\s+$", text[max(0, m.start() - 8):m.start()]))
        out.append(BlocMention(m.start(), end, text[m.start():end], has_td, number, numbered_only, in_role))
    return out


def choose_bloc(mentions: list[BlocMention], title_end: int = 0) -> tuple[BlocMention | None, BlocMention | None]:
    """(mention giving the name, mention giving the number).

    The name is the form printed most often; a longer form that extends it wins
    when printed at least twice ("Cụm thi đua số IX Tòa án nhân dân"); ties go to
    forms in the body over the headline, then to the longer form.
    """
    named = [b for b in mentions if b.text.split()[-1].lower() not in ("đua", "khối", "cụm")]
    if not named:
        return None, None
    plain = [b for b in named if not b.in_role]
    if plain:
        named = plain
    with_td = [b for b in named if b.has_thi_dua]
    pool = with_td or named
    # A descriptive name without a number ("Khối thi đua Các cơ quan nội chính") beats
    # numbered forms ("Khối Thi đua số 6"), whose number is still recorded.
    descriptive = [b for b in pool if b.number is None]
    pool2 = descriptive or pool
    counts = Counter(_key(b.text) for b in pool2)
    in_body = {k for k in counts if any(_key(b.text) == k and b.start >= title_end for b in pool2)}

    def dominated(k: str) -> bool:
        return any(k2.startswith(k + " ") and c2 >= 2 for k2, c2 in counts.items())

    keys = [k for k in counts if not dominated(k)] or list(counts)
    best_key = max(keys, key=lambda k: (counts[k], k in in_body, len(k)))
    forms = [b for b in pool2 if _key(b.text) == best_key]
    best = max(forms, key=lambda b: (b.start >= title_end, not b.text.isupper(), b.text[0].isupper(), -b.start))
    num = next((b for b in mentions if b.number is not None), None)
    return best, num


def _key(s: str) -> str:
    return regex.sub(r"[\s\-–—]+", " ", s.lower()).strip()


def bloc_found(best: BlocMention, num: BlocMention | None) -> Found:
    return Found(best.text, best.start, best.end, {"number": num.number if num else best.number,
                                                   "number_span": (num.start, num.end) if num else None})
