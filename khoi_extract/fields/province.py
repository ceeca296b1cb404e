"""The province the bloc belongs to, stated or inferred from a named unit.

Null for clusters spanning several provinces (a member list naming three or more),
and when the only province named is the venue of the meeting.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..grammar import rule, setting
from ..lexicons import load
from ..segment import Segmented
from .common import Found, province_names, province_of


@lru_cache(maxsize=None)
def province_forms() -> frozenset[str]:
    """Every printed form of a province, case as printed (the names and their aliases): whether a
    whole string is a province is a set lookup, not a run of the province alternation."""
    forms = set(province_names())
    for aliases in load("provinces")["aliases"].values():
        forms.update(aliases)
    return frozenset(forms)


def spans_provinces(phrase: str) -> bool:
    """The phrase says the bloc spans several provinces ("Công an 5 tỉnh", "các tỉnh …"), a region
    or the nation. Two rules: the counted one starts at the literal "tỉnh" and is cheap."""
    return (rule("province.counted_provinces").search(phrase) is not None
            or rule("province.several_provinces").search(phrase) is not None)


def _province_hits(seg: Segmented) -> list[tuple[int, int]]:
    """The provinces the spaCy phrase matcher found (label PROVINCE), the longest at each place
    and none inside another, in text order: what a scan of the printed forms finds."""
    out: list[tuple[int, int]] = []
    reach = -1
    for p in seg.phrases("PROVINCE"):  # by start, the longest first at each start
        if p.start >= reach:
            out.append((p.start, p.end))
            reach = p.end
    return out


def find_province(seg: Segmented, exclude: list[tuple[int, int]], member_provinces: list[str],
                  bloc_phrases: list[str], members: list[str] | None = None) -> Found | None:
    """The most named province outside `exclude` and outside quotes (a quote counts only when
    nothing else names one); none for a bloc whose phrases (its names and the words around its
    mentions) say it spans several provinces, a region or the nation."""
    if len(set(member_provinces)) >= 3:
        return None  # a cluster spanning several provinces
    if any(spans_provinces(p) for p in bloc_phrases):
        return None
    members = members or []
    national = rule("province.national_unit")
    if len(members) >= 2 and sum(national.search(m) is not None for m in members) >= 0.5 * len(members):
        return None  # a national bloc of ministries and central bodies
    text = seg.text
    quotes = [(q.start(), q.end()) for q in rule("province.quoted").finditer(text)]
    # provinces outside quotes, and those only inside a quoted slogan or campaign name
    # ("“Người Bình Phước nói lời hay …”"), which speak for the bloc only when nothing else does
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    quoted: Counter[str] = Counter()
    first_quoted: dict[str, tuple[int, int]] = {}
    for start, end in _province_hits(seg):
        if any(a <= start < b for a, b in exclude):
            continue
        in_quote = any(a <= start < b for a, b in quotes)
        form = text[start:end]
        name = province_of(form)
        if not name:
            continue
        # "Hồ Chí Minh" alone is a person (Chủ tịch Hồ Chí Minh), not the city
        if name == "Hồ Chí Minh" and form == "Hồ Chí Minh":
            continue
        if name == "Huế" and text.find("Thừa Thiên", max(0, start - setting("province_hue_before")), start) >= 0:
            continue
        (quoted if in_quote else counts)[name] += 1
        (first_quoted if in_quote else first).setdefault(name, (start, end))
    if not counts:
        counts, first = quoted, first_quoted
    if not counts:
        return _upper_named(text, exclude)
    name, n = counts.most_common(1)[0]
    if len(counts) >= 3 and n < 2:
        return None
    s, e = first[name]
    return Found(name, s, e)


def _upper_named(text: str, exclude: list[tuple[int, int]]) -> Found | None:
    """A province printed only in capitals after its word ("… TỈNH THÁI NGUYÊN NĂM 2023"): the
    longest run of the words after it that names a province (the province forms are as printed)."""
    for m in rule("province.upper_named").finditer(text):
        if any(a <= m.start() < b for a, b in exclude):
            continue
        words = m.group("p").split()
        for k in range(len(words), 0, -1):
            name = province_of(" ".join(words[:k]))
            if name:
                end = m.start("p") + len(" ".join(words[:k]))
                if text[m.start("p"):end] == " ".join(words[:k]):
                    return Found(name, m.start("p"), end)
    return None

