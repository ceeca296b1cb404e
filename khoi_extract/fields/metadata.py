"""Article metadata: headline, publication date printed with it, and the byline.

Scraped pages start with site chrome (menus, "Đăng nhập", counters) and end with
widgets (calendars, visitor counts); `lexicons/boilerplate.json` lists such lines.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

import regex

from ..lexicons import load
from ..segment import Piece, Segmented
from .common import Found
from .common import province_pattern
from .orgs import head_re


@lru_cache(maxsize=None)
def _boiler_re() -> regex.Pattern:
    lines = load("boilerplate")["lines"]
    return regex.compile(r"^(?:" + "|".join(f"(?:{x})" for x in lines) + r")$", regex.IGNORECASE)


# "date 2025-09-23 " prefix glued before a headline by some scrapers.
_DATE_PREFIX = regex.compile(r"^date\s+\d{4}-\d{2}(?:-\d{2})?\s+")
# Lines that are body text, not a headline.
_BODY_START = regex.compile(
    r"^(?:\(?[\p{Lu}\p{L}.]{2,20}\)?\s*[-–—]\s+|\([\p{L}\d. ]{2,30}\)\s+|(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Vv]ừa qua|[Tt]rong|[Tt]ham dự|[Đđ]ồng chí|[Tt]hực hiện|[Nn]hằm|[Tt]ại|[Dd]ự|[Hh]ôm nay|[Hh]ôm qua|[Vv]ào|[Tt]ừ ngày|[Cc]ăn cứ|[Đđ]ược sự|[Nn]hân dịp|[Tt]heo đó)\b)"
)
# A lead sentence: a dated meeting ("… ngày 15/12, … tổ chức …") is body text, not a headline.
_DATE_IN_LEAD = regex.compile(r"(?i)(?:ngày|sáng|chiều|tối)\s+\d{1,2}\s*[/-]\s*\d{1,2}")
_SITE_SUFFIX = regex.compile(
    r"\s+[|–—-]\s+(?:Báo|Cổng|Trang|Tạp chí|Đài|Sở|Tin tức|Thông tấn|Bản tin|Portal|Website)\b[^|]{0,60}$|\s+\|\s+[^|]{2,60}$"
)
_CAPTION = regex.compile(r"\((?:giữa|bên (?:phải|trái)|thứ \w+ từ (?:trái|phải)[^)]*|trái|phải)\)|^Ảnh\s*:|^\(Ảnh")
_NAME_LINE = regex.compile(
    r"^(?:(?:Nguồn|Tin(?:,? (?:và )?ảnh)?|Bài(?:,? (?:và )?ảnh)?|Tác giả|Người viết|Nhóm PV|PV|Theo)\s*:\s*)?"
    r"(?P<name>(?:\p{Lu}[\p{L}\p{M}'’]*)(?:\s+\p{Lu}[\p{L}\p{M}'’]*){1,4}|\p{Lu}(?:\.\s?\p{Lu}){1,3}\.?|CTV|PV|TTXVN|BTV)"
    r"(?:\s*[-–(,]\s*.{0,80})?$"
)


def is_boilerplate(line: str) -> bool:
    return bool(_BOILER_MATCH(line.strip()))


def _BOILER_MATCH(s: str):
    return _boiler_re().match(s) or _is_teaser(s)


def _is_teaser(s: str) -> bool:
    """A related-article teaser line repeats its own headline twice ("X X")."""
    n = len(s)
    if n < 30 or n % 2 == 0:
        return False
    half = n // 2
    return s[:half] == s[half + 1:] and s[half] == " "


_ONE_DATE = regex.compile(
    r"(?<!\d)(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"|(?P<td>\d{1,2})\s+(?i:tháng)\s+(?P<tm>\d{1,2})(?:\s+(?i:năm)|\s*,)?\s+(?P<ty>\d{4}))(?!\d)")
_STAMP_LABELS = regex.compile(
    r"(?i)cập nhật(?: lúc| ngày)?|ngày đăng|đăng ngày|đăng lúc|ngày|thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|posted|published|date"
    r"|gmt\s*[+-]?\s*\d*|lượt (?:xem|đọc)\s*:?\s*[\d.,]+|[\d.,]+\s*lượt (?:xem|đọc)|views?\s*:?\s*[\d.,]+"
    r"|\d{1,2}:\d{2}(?::\d{2})?\s*(?:sa|ch|am|pm)?(?![\p{L}])|(?<![\p{L}])lúc(?![\p{L}])|xuất bản|bản in|chuyên mục\s*:?[\p{L} ]{0,30}|(?:tác giả|người viết|nguồn)\s*:\s*[\p{L}\p{M} .'’-]{0,40}"
    # page chrome printed on the same line: share, print, save, font size
    r"|chia sẻ|in bài|in trang|lưu|bình luận|gửi bài|cỡ chữ|(?<![\p{L}])a[+-]?(?![\p{L}])|[\[\]()|:,\-–—\s]"
)


def stamp_date(line: str) -> dt.date | None:
    """The date of a line that is only a date stamp (with labels, time, weekday), else None."""
    dates = list(_ONE_DATE.finditer(line))
    if len(dates) != 1 or len(line) > 90:
        return None
    m = dates[0]
    before, after = line[: m.start()], line[m.end():]
    after = regex.sub(r"[·•|]\s*\p{L}+(?:\s+\p{L}+){0,2}\s*$", "", after)  # "… | Chính trị": a section name
    if regex.search(r"\d{1,2}:\d{2}", line):
        before = regex.sub(r"^\s*\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2}\s*$", "", before)  # "Thời sự 18/01/2020 07:55"
    before = regex.sub(r"^\s*(?:" + province_pattern().pattern + r")\s*,\s*(?=ngày)", "", before)  # "Phú Thọ, ngày …"
    rest = before + " " + after
    if _STAMP_LABELS.sub("", rest).strip():
        return None
    try:
        if m.group("y"):
            return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if m.group("id"):
            return dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        if m.group("ty"):
            return dt.date(int(m.group("ty")), int(m.group("tm")), int(m.group("td")))
    except ValueError:
        return None
    return None


def content_lines(seg: Segmented) -> list[Piece]:
    """Lines that are not site chrome."""
    return [ln for ln in seg.lines if not is_boilerplate(ln.text)]


# Site names, copyright lines, and menus ("A | B | C", or items spaced apart on a short line).
_SITE = regex.compile(
    r"(?i)^(?:cổng thông tin|trang thông tin|báo điện tử|báo |tạp chí|bản quyền|địa chỉ|copyright|©)"
    r"|^(?=[^.]{0,200}$)(?:.*\s\|\s.*\s\|\s.*|\S.*\S {2,}\S.*\S {2,}\S.*)$"
)


def find_title(seg: Segmented) -> Found | None:
    """The headline: the longest headline-like line before the body starts.

    Site names, menus ("A | B | C"), section labels and date stamps come before
    it; if the page starts straight with body text the headline was cut off: None.
    """
    best: Found | None = None
    for found, is_body in _header_lines(seg):
        if is_body:
            break
        if found is not None and (best is None or len(found.value) > len(best.value)):
            best = found
    return best


def _header_lines(seg: Segmented):
    lines = [ln for ln in seg.lines[:40]]
    for idx, ln in enumerate(lines):
        if is_boilerplate(ln.text) or _SITE.search(ln.text):
            continue
        found, is_body = _headline(seg, lines, idx)
        yield found, is_body


def _headline(seg: Segmented, lines: list[Piece], idx: int) -> tuple[Found | None, bool]:
    text = seg.text
    for ln in [lines[idx]]:
        s = ln.text
        if is_boilerplate(s):
            continue
        start, end = ln.start, ln.end
        m = _DATE_PREFIX.match(s)
        if m:
            start += m.end()
        if stamp_date(text[start:end]) is not None or stamp_date(s) is not None:
            return None, False
        # "null <title>" left by a broken CMS template.
        if text.startswith("null ", start):
            start += 5
        body = text[start:end]
        if _CAPTION.search(body):
            return None, len(body) > 120
        if _BODY_START.match(body) or (_DATE_IN_LEAD.search(body) and regex.search(r"(?i)tổ chức|diễn ra", body)):
            return None, True
        if len(body) > 260 or (body.endswith((".", ";")) and (len(body) > 100 or body.count(",") >= 2)):
            return None, True
        if len(body) < 12:
            return None, False
        if not regex.match(r"[\p{Lu}\d“\"'(\[]", body):
            return None, True  # a page cut mid-sentence starts with a fragment of body text
        while end > start and text[end - 1] in " .":
            end -= 1
        # A headline ending in ":" continues on the next content line.
        if text[end - 1] == ":":
            for nxt in lines[idx + 1: idx + 4]:
                if is_boilerplate(nxt.text):
                    continue
                if len(nxt.text) <= 160 and not _BODY_START.match(nxt.text) and not nxt.text.endswith("."):
                    return Found(text[start:end] + " " + nxt.text, start, nxt.end, {"parts": [(start, end), (nxt.start, nxt.end)]}), False
                break
        # "… tổng kết năm 2023 - Báo Hà Nam", "… | Sở Nội vụ": the site's name after the headline
        sm = _SITE_SUFFIX.search(text, start, end)
        if sm and sm.start() - start >= 12:
            end = sm.start()
        return Found(text[start:end], start, end), False
    return None, False


def find_published(seg: Segmented) -> Found | None:
    """The date printed with the article: a stamp line in the header, before the body starts."""
    seen = 0
    for ln in seg.lines[:40]:
        s = ln.text
        m = _DATE_PREFIX.match(s)
        if m:
            d = stamp_date(s[: m.end()].strip())
            if d:
                return Found(d, ln.start, ln.start + m.end() - 1)
        d = stamp_date(s)
        if d:
            return Found(d, ln.start, ln.end)
        if not is_boilerplate(s):
            seen += 1
            if len(s) > 200 and seen > 2:
                break
    return None


_RELATED = regex.compile(
    r"(?i)^(?:tin liên quan|bài liên quan|tin khác|các tin khác|bài viết cùng chuyên mục|bài viết liên quan|tin cùng chuyên mục"
    r"|tin mới hơn|tin cũ hơn|đọc thêm|xem nhiều nhất|đọc nhiều nhất|tin xem nhiều|(?:các )?tin đã (?:đưa|đăng)(?: ngày)?|tin bài khác|bài viết khác|tin mới nhất|tin nổi bật)\s*:?\s*$"
    r"|(?i)^(?:xem thêm|đọc thêm)\s*:.*$"
)


def find_author(seg: Segmented) -> Found | None:
    """The byline: a short name line at the end of the article (before related links and
    widgets), else a name line right under the headline."""
    found = _author_at_end(seg)
    if found is None:
        found = _author_at_top(seg)
    return found


_AUTHOR_LABEL = regex.compile(r"(?:^|\|\s*)(?:Tác giả|Người viết|Bài|Tin(?:,? ảnh)?)\s*:\s*(?P<name>\p{Lu}[\p{L}\p{M}'’.]*(?:\s+\p{Lu}[\p{L}\p{M}'’.]*){0,4})")


def _author_at_top(seg: Segmented) -> Found | None:
    for ln in seg.lines[:20]:
        am = _AUTHOR_LABEL.search(ln.text)
        if am and not head_re().match(am.group("name")):
            start = ln.start + am.start("name")
            return Found(am.group("name"), start, start + len(am.group("name")))
    title = find_title(seg)
    if title is None:
        return None
    after = [ln for ln in seg.lines if ln.start > title.end][:3]
    for ln in after:
        s = ln.text
        if is_boilerplate(s) or stamp_date(s):
            continue
        m = _NAME_LINE.match(s)
        if m and len(s) <= 40 and not head_re().match(s) and not s.endswith((".", ":")):
            start = ln.start + m.start("name")
            return Found(m.group("name"), start, start + len(m.group("name")))
        return None
    return None


def _author_at_end(seg: Segmented) -> Found | None:
    """Scan up from the end: skip widgets; a name line is the byline. A short unit line
    ("Ban Thi đua, Khen thưởng - Sở Nội vụ") under a name is the author's office; with
    body text above it, the unit itself signed the article ("Phòng Thi đua")."""
    lines = seg.lines
    cut = next((i for i, ln in enumerate(lines) if i > 3 and _RELATED.match(ln.text)), len(lines))
    lines = lines[:cut]
    office: Found | None = None
    for ln in reversed(lines[-24:]):
        s = ln.text
        if is_boilerplate(s) or stamp_date(s) or _calendar_line(s) or _SITE.search(s) or regex.match(r"^[-•*–»]\s", s):
            continue
        m = _NAME_LINE.match(s)
        if m and regex.search(r",\s*ngày\s+\d", s):
            m = None  # "Phú Thọ, ngày 10/01/2017": a dateline
        if m and len(s) <= 90 and not s.endswith((".", ":")):
            name = m.group("name")
            if regex.match(r"(?i)theo\s", s):
                return None  # "Theo Báo Hà Nam": the source, not a byline
            if head_re().match(name):
                if office is not None:
                    return None
                office = Found(s, ln.start, ln.end)
                continue
            start = ln.start + m.start("name")
            end = start + len(name)
            # two signatures: "Hoàng Anh - Ngọc Bích"
            co = regex.match(r"\s*[-–]\s*(?:\p{Lu}[\p{L}\p{M}'’]*)(?:\s+\p{Lu}[\p{L}\p{M}'’]*){1,3}(?=\s*(?:\(|$))", s[end - ln.start:])
            if co and not head_re().match(co.group().strip(" -–")):
                end = end + co.end()
            return Found(seg.text[start:end], start, end)
        if office is None and len(s) <= 60 and head_re().match(s) and not s.endswith("."):
            office = Found(s, ln.start, ln.end)
            continue
        # body text: a unit line right under it signed the article
        if office is not None and len(office.value.split()) <= 5 and not regex.search(r"[-–,]", office.value):
            return office
        return None
    return None


def _calendar_line(s: str) -> bool:
    return bool(regex.match(r"^(?:CN|T[2-7]|\d{1,2})(?:\s+(?:CN|T[2-7]|\d{1,2}))+$", s))
