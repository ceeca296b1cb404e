"""The meeting's venue: the place named after *tại* in the sentence reporting it."""
from __future__ import annotations

import regex

from ..context import MeetingScope
from ..grammar import rule
from ..grounding import Grounder
from ..segment import Piece, Segmented
from .common import Found, finditer
from .orgs import head_re

_TAI = regex.compile(r"(?<![\p{L}])(?:[Tt]ại|ở(?=\s+\p{Lu}))\s+(?!(?:(?i:hội nghị)|buổi|[Ll]ễ|đây|đó|địa phương|các|cơ sở|chỗ|đơn vị|mỗi|từng|hội trường\s*$)(?![\p{L}]))")
_END = regex.compile(
    r"\s*(?:,(?!\s*(?:Thể thao và Du lịch|Thương binh và Xã hội))|(?<!\b(?:TP|Tp|TT|TX))\.|[;:!?“”\"\n]|\s[-–]\s(?=\p{Ll}))|\s(?:đã|đang|sẽ|tổ chức|diễn ra|long trọng|khai mạc|trang trọng|Khối|Cụm|khối|cụm|vào|từ|trong|nhằm|với|cho|để|dưới|theo)(?![\p{L}\p{M}])"
)


def lead_venue_lines(seg: Segmented, after: int = 0, limit: int = 3) -> list[Piece]:
    """Body lines that open with the place ("(kontumtv.vn) – Tại huyện X, lãnh đạo …"): a
    report's lead names the venue first even when it names the bloc later. Lines, not
    sentences: a sentence splitter may cut the lead inside the site's name."""
    body = [ln for ln in seg.lines if ln.start >= after][:limit]
    return [ln for ln in body if rule("venue.lead_tai").match(ln.text)]


def find_venue(seg: Segmented, sentences: list[Piece]) -> Found | None:
    text = seg.text
    for sent in sentences:
        for m in finditer(_TAI, text, sent.start, sent.end):
            start = m.end()
            e = _END.search(text, start, sent.end)
            end = e.start() if e else sent.end
            # A parenthesis closes the name: "(Khối Phó)", "(tỉnh Thanh Hoá)".
            paren = text.find("(", start, end)
            if paren >= 0:
                end = paren
            while end > start and text[end - 1] in " -–":
                end -= 1
            pm = rule("venue.prefix").match(text[start:end])
            if pm:
                start += pm.end()
            if end - start < 3 or len(text[start:end].split()) > 16:
                continue
            if not text[start].isupper() and not rule("venue.place_start").match(text[start:end]):
                continue
            return Found(text[start:end], start, end)
    return None


def resolve_venue(seg: Segmented, g: Grounder, path: str, scope: MeetingScope, date_sentence: Piece | None,
                  title: Piece | None) -> tuple[str | None, list[tuple[int, int]]]:
    """The venue, grounded, and the spans a province must not be read from.

    Looked for in the sentence that dates the meeting, then those reporting it, then the
    first sentences opening with the meeting's noun, then lead lines opening with *Tại*.
    A venue that is a place ("tại tỉnh Bắc Ninh", "phường X (tỉnh Y)") says where the
    meeting was, not whose bloc it is; a venue that is a unit ("Cục … tỉnh Tây Ninh") does.
    """
    text = seg.text
    opening = [s for s in seg.sentences if rule("venue.opening").match(s.text)][:3]
    sentences = ([date_sentence] if date_sentence else []) + scope.bloc_meeting[:2] + opening \
        + lead_venue_lines(seg, title.end if title else 0)
    found = find_venue(seg, sentences)
    if found is None:
        return None, []
    g.add(f"{path}.venue", found.start, found.end)
    not_province: list[tuple[int, int]] = []
    if not head_re().match(text, found.start):
        close = text.find(")", found.end, found.end + 40)
        not_province.append((found.start, close + 1 if close > 0 else found.end))
    return g.text(found.start, found.end), not_province
