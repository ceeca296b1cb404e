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
from ..lexicons import load
from ..segment import Segmented
from .common import Found, roman_to_int
from .province import province_forms


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
    superseded: bool = False  # a former name: "Khối thi đua Ngân hàng (nay là Khối thi đua …)"


@lru_cache(maxsize=None)
def _word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(words after khối/cụm that give it another sense, sector words of staff), as sets."""
    cues = load("cues")
    return frozenset(cues["bloc_not"]), frozenset(cues["bloc_sector_words"])


def _starts_with_phrase(s: str, phrases: frozenset[str]) -> bool:
    """`s` is one of the phrases or starts with one followed by a space: a set lookup per word
    boundary instead of a `startswith` per phrase."""
    if s in phrases:
        return True
    i = s.find(" ")
    while i > 0:
        if s[:i] in phrases:
            return True
        i = s.find(" ", i + 1)
    return False


def _phrase_cover(seg: Segmented) -> frozenset[int]:
    """Every position inside a fixed phrase of bloc names (`cues.json: bloc_name_phrases`: "trực
    thuộc", "xây dựng Đảng"), found once per article (occurrences may overlap)."""
    cover = seg._shared.get("blocs.phrase_cover")
    if cover is None:
        text = seg.text
        pos: set[int] = set()
        for ph in load("cues")["bloc_name_phrases"]:
            i = text.find(ph)
            while i >= 0:
                pos.update(range(i, i + len(ph)))
                i = text.find(ph, i + 1)
        cover = seg._shared["blocs.phrase_cover"] = frozenset(pos)
    return cover


# A capital or a digit after a space: a lower-case start that still names something ("khối thi
# đua các trường THPT"). Structural (one class), so it stays here.
_CAP_OR_DIGIT = regex.compile(r"\s(?:\p{Lu}|\d)")


def _strip_province(rest: str) -> str:
    """The name without a trailing province ("Nội chính tỉnh Quảng Ninh" ⇒ "Nội chính"); a bare
    "tỉnh"/"thành phố" goes too ("Khối thi đua Nội chính tỉnh"), unless it is the level of the
    units ("các bệnh viện tuyến tỉnh", whose province alone goes when named) or the last kind of
    a list ("các huyện, thị xã, thành phố")."""
    m = rule("blocs.province_tail").search(rest)
    p = m.group("p") if m else None
    if m is None or (p is not None and p not in province_forms() and p.title() not in province_forms()):
        return rest
    if rule("blocs.unit_level").search(rest, 0, m.start()):
        return rest if m.group("p") is None else rest[: m.start("p")].rstrip()
    if m.group("p") is None and rule("blocs.listed_kind").search(rest, 0, m.start()):
        return rest
    loc = rule("blocs.located_in").search(rest, 0, m.start())
    return rest[: loc.start() if loc else m.start()]


def _number(g: str) -> int | None:
    return int(g) if g.isdigit() else roman_to_int(g)


@lru_cache(maxsize=4096)
def _read_name(rest: str, has_td: bool, capital: bool) -> tuple[str, int | None, bool] | None:
    """The words after a head word (up to the stop), read as a bloc's name: (the name without a
    trailing province, its number, whether the number is all of it), or None when they name no
    bloc. Only the printed words decide, so a name repeated through an article is read once.
    `has_td`: "thi đua" follows the head; `capital`: the head is capitalised ("Khối", "KHỐI")."""
    # Role words right after the head: "Khối trưởng", "Cụm phó".
    if rule("blocs.role_after_head").match(rest):
        return None
    if rule("blocs.conjunction_start").match(rest):
        return ("", None, False) if has_td else None  # "12 khối thi đua và 9 cụm …": the bare words
    not_words, sector_words = _word_sets()
    if rest and _starts_with_phrase(rest.lower(), not_words):
        return None
    if rest and not has_td and rest[0].islower() and not (
            capital and rule("blocs.sector_bloc").match(rest)) and _starts_with_phrase(rest, sector_words):
        return None  # "Khối văn phòng UBND huyện", "khối hành chính sự nghiệp": a sector of staff
    rest = _strip_province(rest)
    cut = rule("blocs.number_ends_name").match(rest)
    if cut:
        rest = cut.group()
    number = None
    numbered_only = False
    nm = rule("blocs.num_form").match(rest)
    if nm:
        number = _number(nm.group("n"))
        numbered_only = nm.group(0) == nm.group("n") or rule("blocs.numbered_only").match(rest) is not None
    else:
        lm = rule("blocs.leading_number").match(rest) or rule("blocs.trailing_number").search(rest)
        if lm:
            number = _number(lm.group("n"))
    if not rest:
        return ("", None, False) if has_td else None
    first = rest.split()[0]
    if (has_td and first[0].islower() and first not in ("số", "các", "những")
            and not _CAP_OR_DIGIT.search(rest)
            and (not capital or not rule("blocs.lower_name_start").match(rest))):
        return None  # "khối thi đua trên tất cả các lĩnh vực", "Khối thi đua hưởng ứng": not a name
    if not has_td:
        # "Khối ANND", "Khối 9", "Cụm biên phòng tuyến biển": capitalised word, number, or ≥2 words.
        if not (first[0].isupper() or first[0].isdigit() or len(rest.split()) >= 2):
            return None
    return rest, number, numbered_only


def find_bloc_mentions(seg: Segmented) -> list[BlocMention]:
    text = seg.text
    head = rule("blocs.head")
    stops = rule("blocs.name_stop")
    before_w, name_max = setting("bloc_context_before"), setting("bloc_name_max")
    out: list[BlocMention] = []
    for m in head.finditer(text):
        s0 = m.start()
        lo = max(0, s0 - before_w)
        if rule("blocs.party_prefix").search(text, lo, s0) or (
                rule("blocs.member_of").search(text, lo, s0) and not _units_together(seg, s0)):
            continue
        has_td = bool(m.group("td"))
        rest_start = m.end()
        if not has_td and m.group("h")[0].islower() and not rule("blocs.counted_units").match(text, s0):
            continue  # lower-case "khối"/"cụm" without "thi đua": another sense (khối lượng, khối ngoại)
        limit = min(len(text), rest_start + name_max)
        sm = stops.search(text, rest_start, limit)
        # A stop that does not end the name: a comma inside a list-like name ("Khối thi đua các đại
        # học, trường đại học …", "Khối thi đua sở, ngành …"), a fixed phrase with a stop word
        # ("các Ban xây dựng Đảng", "trực thuộc"), an abbreviation in brackets ("(ĐH)"), the parent
        # agency ("thuộc Cục Thuế").
        while sm:
            if (sm.group().strip() == "," and _list_so_far(text[rest_start:sm.start()])
                    and rule("blocs.list_continues").match(text, sm.start())
                    and not stops.match(text, sm.end() - 1 if text[sm.end() - 1] == " " else sm.end())):
                sm = stops.search(text, sm.end(), limit)
                continue
            # an abbreviation's bracket is the stop's own punctuation or right after its spaces
            abbr = "(" in text[sm.start():sm.end() + 1] and rule("blocs.abbreviation").match(text, sm.start())
            if abbr:
                sm = stops.search(text, abbr.end(), limit)
                continue
            parent = sm.group().strip() == "thuộc" and rule("blocs.parent_agency").match(text, sm.start())
            if parent:  # "Cụm thi đua số 5 thuộc Cục Thuế": the agency it belongs to is in the name
                sm = stops.search(text, parent.end(), limit)
                continue
            if sm.start() + (len(sm.group()) - len(sm.group().lstrip())) in _phrase_cover(seg):
                sm = stops.search(text, sm.end() + 1, limit)
                continue
            break
        rest_end = sm.start() if sm else limit
        raw = text[rest_start:rest_end]
        if not has_td and m.group("h").isupper() and raw.strip().isupper():
            continue  # "KHỐI ĐÃ CÓ …" in a capitals headline: no telling a name from the words after it
        read = _read_name(raw.strip(), has_td, m.group("h")[0].isupper())
        if read is None:
            continue
        rest, number, numbered_only = read
        if not rest:
            out.append(BlocMention(s0, m.end(), text[s0:m.end()], True, None, False, plural=_plural(seg, s0)))
            continue
        end = rest_start + len(raw) - len(raw.lstrip()) + len(rest)
        in_role = rule("blocs.role_before").search(text, max(0, s0 - setting("bloc_role_before")), s0) is not None
        out.append(BlocMention(s0, end, text[s0:end], has_td, number, numbered_only, in_role, _plural(seg, s0)))
        renamed = rule("blocs.renamed_as").search(text, max(0, s0 - setting("bloc_renamed_before")), s0)
        if renamed and len(out) >= 2 and 0 <= renamed.start() - out[-2].end <= 2:
            out[-2].superseded = True  # the name right before the bracket is the former one
    return out


def _plural(seg: Segmented, s0: int) -> bool:
    """The mention at `s0` is the family of blocs, not one bloc: "các Khối thi đua …", a cited
    document's subject ("về việc thành lập các Cụm …"), or a count ("tỉnh có 12 khối thi đua")."""
    text = seg.text
    sent = seg.sentence_at(s0)
    # outside the body's sentences (a headline) the mention's own line bounds it, not the page
    # chrome above it ("Lượt xem: 412")
    sent_start = sent.start if sent else text.rfind("\n", 0, s0) + 1
    return (rule("blocs.plural_reference").search(text, max(sent_start, s0 - setting("bloc_plural_before")), s0)
            or rule("blocs.counted_reference").search(text, max(sent_start, s0 - setting("bloc_count_before")), s0)
            ) is not None


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
    forms in the body over the headline, then to the longer form; of one form, the
    copy printed in case is given rather than one in capitals.
    """
    named = [b for b in mentions if b.text.split()[-1].lower() not in ("đua", "khối", "cụm")]
    if not named:
        return None, None
    if all(b.plural for b in named):
        return None, None  # only the family of blocs ("tỉnh có 12 khối thi đua …"): no one bloc meets
    # a form printed in capitals (a headline "KHỐI THI ĐUA SỐ 10 PHÁT ĐỘNG …") does not show where
    # the name ends nor read its number: it counts only as a form also printed in case, unless
    # nothing is
    cased = {_key(b.text) for b in named if not b.text.isupper()}
    if cased:
        named = [b for b in named if not b.text.isupper() or _key(b.text) in cased]
    plain = [b for b in named if not b.in_role and not b.plural]
    if plain:
        named = plain
    current = [b for b in named if not b.superseded]
    if current:
        named = current
    with_td = [b for b in named if b.has_thi_dua]
    pool = with_td or named
    # A descriptive name without a number ("Khối thi đua Các cơ quan nội chính") beats
    # numbered forms ("Khối Thi đua số 6"), whose number is still recorded.
    descriptive = [b for b in pool if b.number is None and not (cased and b.text.isupper())]
    if len(descriptive) < len(pool):
        # a lower-case description ("tổ chức cụm thi đua các trường trực thuộc Sở") names no bloc
        # beside a numbered form
        descriptive = [b for b in descriptive if not b.text[0].islower()]
        # a description that a numbered form prints whole is that form shortened ("Cụm Công đoàn"
        # of "Cụm Công đoàn số 6", "Cụm thi đua các Trường Chính trị …" of "Cụm thi đua số 7 các
        # Trường Chính trị …"): the fullest form is the numbered one
        unnumbered = {rule("blocs.number_word").sub("", _key(b.text)) for b in pool if b.number is not None}
        shortened = {k for k in {_key(b.text) for b in descriptive}  # each distinct form once
                     if any(u == k or u.startswith(k + " ") for u in unnumbered)}
        descriptive = [b for b in descriptive if _key(b.text) not in shortened]
    pool2 = descriptive or pool
    keyed = [(_key(b.text), b) for b in pool2]  # each form's key made once
    counts = Counter(k for k, _ in keyed)
    in_body = {k for k, b in keyed if b.start >= title_end}

    # the fullest printed form: a numbered name extended once ("Cụm thi đua 6 Ban Tuyên giáo
    # Thành ủy" over "Cụm thi đua 6"), a descriptive one extended at least twice
    need = 2 if descriptive else 1

    def dominated(k: str) -> bool:
        # extended in the body, by words, not by a dash-joined tag ("Cụm thi đua số 8 - KBNN")
        return any(k2.startswith(k + " ") and c2 >= need and (need == 2 or any(
            _extends_by_word(b.text.lower(), k) for kb, b in keyed if kb == k2))
            for k2, c2 in counts.items())

    keys = [k for k in counts if not dominated(k)] or list(counts)
    # a short form printed again counts for the fullest form that extends it ("Cụm thi đua số IV"
    # for "Cụm thi đua số IV Viện kiểm sát nhân dân cấp huyện"), not for another bloc named once
    weight = {k: counts[k] + sum(c for k0, c in counts.items() if k0 not in keys and k.startswith(k0 + " "))
              for k in keys}
    best_key = max(keys, key=lambda k: (weight[k], k in in_body, len(k)))
    forms = [b for k, b in keyed if k == best_key]
    best = max(forms, key=lambda b: (not b.text.isupper(), b.start >= title_end, b.text[0].isupper(), -b.start))
    if best.text.isupper():  # a copy printed in case, even inside a role ("… làm Trưởng Khối thi đua số 10")
        best = next((b for b in mentions if _key(b.text) == best_key and not b.text.isupper()), best)
    # the number of the chosen form where it carries one, else the first one printed
    num = next((b for k, b in keyed if k == best_key and b.number is not None), None) \
        or next((b for b in mentions if b.number is not None), None)
    return best, num


# Structural: runs of spaces and dashes, and a space run before a letter.
_SPACES_DASHES = regex.compile(r"[\s\-–—]+")
_SPACE_LETTER = regex.compile(r"\s+\p{L}")


def _extends_by_word(low: str, k: str) -> bool:
    """`low` is the name `k` printed verbatim and then more words (not a dash-joined tag)."""
    return low.startswith(k) and _SPACE_LETTER.match(low, len(k)) is not None


def _key(s: str) -> str:
    return _SPACES_DASHES.sub(" ", s.lower()).strip()


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
