"""The meeting's venue: the place named after *tại* in the sentence reporting it."""
from __future__ import annotations

from ..context import MeetingScope
from ..grammar import rule, setting
from ..grounding import Grounder
from ..segment import Piece, Segmented
from .common import Found
from .orgs import head_re


def lead_venue_lines(seg: Segmented, after: int = 0, limit: int = 3) -> list[Piece]:
    """Body lines that open with the place ("(kontumtv.vn) – Tại huyện X, lãnh đạo …"): a
    report's lead names the venue first even when it names the bloc later. Lines, not
    sentences: a sentence splitter may cut the lead inside the site's name."""
    body = [ln for ln in seg.lines if ln.start >= after][:limit]
    return [ln for ln in body if rule("venue.lead_tai").match(ln.text)]


def find_venue(seg: Segmented, sentences: list[Piece]) -> Found | None:
    text = seg.text
    tai, stop = rule("venue.tai"), rule("venue.end")
    planned, abbreviation = rule("venue.planned"), rule("venue.abbreviation")
    place, address_next = rule("venue.place_word"), rule("venue.address_next")
    for sent in sentences:
        for m in tai.finditer(text, sent.start, sent.end):
            if planned.search(text, max(sent.start, m.start() - setting("venue_planned_before")), m.start()):
                continue  # "dự kiến tổ chức tại …": a future meeting's place
            if text.count("(", sent.start, m.start()) > text.count(")", sent.start, m.start()):
                continue  # inside brackets: a member's name ("(…; Công ty Lương thực … tại Ninh Thuận; …)")
            start = m.end()
            e = stop.search(text, start, sent.end)
            if place.match(text, start, sent.end):  # "thành phố X, tỉnh Y": the address goes on
                while e and address_next.match(text, e.start(), sent.end):
                    e = stop.search(text, e.end(), sent.end)
            end = e.start() if e else sent.end
            # A parenthesis closes the name: "(Khối Phó)", "(tỉnh Thanh Hoá)"; an abbreviation in
            # brackets that the name goes on after does not: "Hội Cựu chiến binh (CCB) tỉnh Bến Tre".
            paren = text.find("(", start, end)
            while paren >= 0 and (abbr := abbreviation.match(text, paren, end)):
                paren = text.find("(", abbr.end(), end)
            if paren >= 0:
                end = paren
            while end > start and text[end - 1] in " -–":
                end -= 1
            pm = rule("venue.prefix").match(text[start:end])
            if pm:
                start += pm.end()
            if end - start < 3 or len(text[start:end].split()) > setting("venue_max_words"):
                continue
            if not text[start].isupper() and not rule("venue.place_start").match(text[start:end]):
                continue
            return Found(text[start:end], start, end)
    return None


def _rest_of_line(seg: Segmented, scope: MeetingScope, date_sentence: Piece | None) -> list[Piece]:
    """The meeting sentences after a dating fragment in its paragraph: a lead split into short
    sentences names the place last ("Vào lúc 9 giờ 30 ngày 29/02/2024. Phòng GD&ĐT đã tổ chức họp
    Khối thi đua 29. Thực hiện sơ kết … tại Trường Mầm non Phường 4."). None when the dating
    sentence reports the meeting itself (its place, if any, is in it): the sentences after it tell
    of other things. They end at one opening with a time or year of its own ("Năm 2023, Sở Y tế
    đã tổ chức hội thao tại …"): another activity."""
    if date_sentence is None or rule("dates.reports_meeting").search(seg.text, date_sentence.start, date_sentence.end):
        return []
    line = next((ln for ln in seg.lines if ln.start <= date_sentence.start < ln.end), None)
    if line is None:
        return []
    opening = rule("venue.own_time_opening")
    out: list[Piece] = []
    for s in seg.sentences:
        if date_sentence.end <= s.start < line.end:
            if opening.match(seg.text, s.start, s.end):
                break
            if s in scope.meeting_sents:
                out.append(s)
    return out


def _opening_sentences(seg: Segmented, limit: int) -> list[Piece]:
    """The first `limit` sentences that open with the meeting's noun ("Hội nghị diễn ra tại …")."""
    opening = rule("venue.opening")
    out: list[Piece] = []
    for s in seg.sentences:
        if opening.match(s.text):
            out.append(s)
            if len(out) == limit:
                break
    return out


def resolve_venue(seg: Segmented, g: Grounder, path: str, scope: MeetingScope, date_sentence: Piece | None,
                  title: Piece | None) -> tuple[str | None, list[tuple[int, int]]]:
    """The venue, grounded, and the spans a province must not be read from.

    Looked for in the sentence that dates the meeting, then those reporting it, then the
    first sentences opening with the meeting's noun, then lead lines opening with *Tại*.
    A venue that is a place ("tại tỉnh Bắc Ninh", "phường X (tỉnh Y)") says where the
    meeting was, not whose bloc it is; a venue that is a unit ("Cục … tỉnh Tây Ninh") does.
    """
    text = seg.text
    opening = _opening_sentences(seg, 3)
    sentences = ([date_sentence] if date_sentence else []) + _rest_of_line(seg, scope, date_sentence) \
        + scope.bloc_meeting[:2] + opening + lead_venue_lines(seg, title.end if title else 0)
    found = find_venue(seg, sentences)
    if found is None:
        return None, []
    g.add(f"{path}.venue", found.start, found.end)
    not_province: list[tuple[int, int]] = []
    if not head_re().match(text, found.start):
        # every printing of the place (a page repeating its lead repeats it, bracketed province too)
        at = text.find(found.value)
        while at >= 0:
            close = text.find(")", at + len(found.value), at + len(found.value) + setting("venue_paren_after"))
            not_province.append((at, close + 1 if close > 0 else at + len(found.value)))
            at = text.find(found.value, at + 1)
    return g.text(found.start, found.end), not_province
