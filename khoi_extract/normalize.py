"""Normalise article text for matching, keeping an offset map back to the source.

Rules see one clean form of the text (NFC, modern tone placement, plain spaces,
run-together words split) while every span they find is mapped back to the
characters of the text *as read*, so `source[start:end] == span.text` holds.
"""
from __future__ import annotations

import html
import unicodedata
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

import regex

from .grammar.loader import compiled_piece
from .grammar.settings import setting
from .lexicons import load

# Characters that are treated as a plain space.
_SPACE_LIKE = {"\u00a0", "\u2007", "\u202f", "\u2009", "\u200a", "\u3000", "\t", "\u2002", "\u2003",
               "\u2000", "\u2001", "\u2004", "\u2005", "\u2006", "\u2008", "\u205f", "\u1680", "\x0b", "\x0c"}
# Characters dropped altogether (zero-width, soft hyphen, BOM).
DROPPED = frozenset({"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"})

# A lower-case letter run directly followed by a capitalised word: "BanThi" → "Ban Thi".
_RUN_TOGETHER = regex.compile(r"(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})")


# Old-style tone placement → modern (as RECORD.md defines it): the tone moves from
# the second to the first vowel of oa/oe/uy when nothing follows in the syllable (hoà→hòa, uỷ→ủy).
_OLD_NFC = regex.compile(
    r"(?<![qQ])[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ](?![\p{L}\p{M}])"
)


# Spaces a layout leaves that no rule should have to expect: a run of spaces inside a line of
# text (a scraped "&nbsp; ", a justified column) and a space printed before a comma, semicolon
# or colon after a word ("Sở Nội vụ , Sở Tư pháp", pages converted from word processors).
# Dropped, with the offset map carried over, so values are still read back as printed. A row
# of short items spaced apart ("Đăng nhập   Tìm kiếm": site chrome) keeps its gaps, which say
# it is a row.
_SPACE_RUN = regex.compile(r"(?<=\S)  +(?=\S)")
_LOOSE_PUNCT = regex.compile(r"(?<=[\p{L}\p{M}\d)\]]) (?=[,;:](?:\s|$))")


def _has_loose_punctuation(text: str) -> bool:
    """A cheap test before `_LOOSE_PUNCT` runs (most texts have no space before punctuation)."""
    return " ," in text or " ;" in text or " :" in text


def tight_punctuation(text: str) -> str:
    """`text` without a space printed before a comma, semicolon or colon after a word (as
    normalisation drops it), for values read back from the source."""
    return _LOOSE_PUNCT.sub("", text) if _has_loose_punctuation(text) else text


def _is_row(line: str) -> bool:
    """Whether a line's items spaced apart are a row of chrome items: each short and starting
    with a capital, a digit or a sign ('Đăng nhập   Tìm kiếm'), where a line of text with a
    stray gap has a lower-case word after it ('Cụm thi đua  số 3')."""
    limit = setting("row_item_max_words")
    return all(len(item.split()) <= limit and not item[0].islower()
               for item in _SPACE_RUN.split(line.strip()))


def _extra_spaces(text: str) -> list[tuple[int, int]]:
    """The [start, end) ranges of the spaces to drop, in text order (one pass over the runs;
    each line is judged once)."""
    cuts = [(m.start(), m.end()) for m in _LOOSE_PUNCT.finditer(text)] if _has_loose_punctuation(text) else []
    line_end, row = -1, False
    for m in _SPACE_RUN.finditer(text) if "  " in text else ():
        if m.start() > line_end:  # the first run on a new line
            start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            row = _is_row(text[start:line_end])
        if not row:
            cuts.append((m.start() + 1, m.end()))
    return sorted(cuts)


def _drop_extra_spaces(text: str, starts: Sequence[int], ends: Sequence[int]) -> tuple[str, Sequence[int], Sequence[int]]:
    """`text` without its extra spaces, and the maps without their entries (slice by slice)."""
    cuts = _extra_spaces(text)
    if not cuts:
        return text, starts, ends
    pieces: list[str] = []
    new_starts, new_ends = array("q"), array("q")
    prev = 0
    for a, b in cuts + [(len(text), len(text))]:
        pieces.append(text[prev:a])
        new_starts.extend(starts[prev:a])
        new_ends.extend(ends[prev:a])
        prev = b
    return "".join(pieces), new_starts, new_ends


def modern_tones(text: str) -> str:
    """Move old-style tone marks to the modern place; length-preserving on NFC input.

    Each old-style pair ("oà", "uỷ") becomes its modern pair ("òa", "ủy"): two
    characters for two, so an offset map over the text stays valid.
    """
    if not text or not _OLD_NFC.search(text):
        return text

    def fix(m: regex.Match) -> str:
        first, second = m.group()
        parts = unicodedata.normalize("NFD", second)
        base, tone = parts[0], parts[1:]
        return unicodedata.normalize("NFC", first + tone) + base

    return _OLD_NFC.sub(fix, text)


# A line starting with one of these (or "1.", "2)", "a)", "II.") opens a list item or a table row,
# never a wrapped line's rest (a dash may be either: "Bà Rịa\n- Vũng Tàu" is wrapped, but not after
# a line ending with ":" or ";", which announces an item); a line ending a sentence keeps its break
# (the sentence ends there either way); a line opening with a date and a time (or a bar) is the
# stamp under a headline (piece STAMP_LINE_START), not its rest.
_ITEM_MARKS = frozenset("+*•·|")
_DASHES = frozenset("-–—")
_LINE_ENDS = frozenset(".!?")
_SENTENCE_ENDS = frozenset(".!?:;\"”")
_ROMAN = frozenset("IVXL")


def _item_number(word: str) -> bool:
    """'1.', '12)', 'a)', 'II.' open a list item; '2025.' ends a sentence with a year."""
    mark, body = word[-1:], word[:-1]
    return mark in ".)" and 0 < len(body) <= 4 and (
        (body.isdigit() and len(body) <= 2) or (len(body) == 1 and body.islower()) or set(body) <= _ROMAN)


def _wrap_width(lens: list[int]) -> int:
    """The width a text was wrapped at: the longest line length that several lines reach to
    within `wrap_slack` (a wrapped paragraph's lines end within a word of it); 0 if none does."""
    slack, need = setting("wrap_slack"), setting("wrap_min_lines")
    fits = sorted(n for n in lens if setting("wrap_min_width") <= n <= setting("wrap_max_width"))
    for i in range(len(fits) - 1, need - 2, -1):
        if fits[i] - fits[i - need + 1] <= slack:
            return fits[i]
    return 0


def unwrap(text: str) -> str:
    """Join hard-wrapped lines back into their paragraphs; length-preserving (a soft break
    becomes a space), so an offset map over the text stays valid.

    Mailers, PDFs and text dumps break paragraphs at a fixed width; rules written for a
    paragraph a line would see a sentence cut at every break. A text counts as wrapped when
    many of its lines of text end within a word of one width (`_wrap_width`), hardly any runs
    past it (one may: a URL, a headline), and most of those full lines end mid-sentence (a page with a paragraph a line
    ends its lines with full stops). A break is soft when the next line's first word would
    not have fitted on the line (the one test every wrapping tool obeys), so a short paragraph
    end stays.
    """
    if text.count("\n") < setting("wrap_min_lines"):
        return text
    lines = text.split("\n")
    lens = [len(ln.rstrip()) for ln in lines]
    width = _wrap_width(lens)
    if not width:
        return text
    full = [ln.rstrip() for ln, n in zip(lines, lens) if width - setting("wrap_slack") <= n <= width]
    over = sum(1 for n in lens if n > width)
    filled = sum(1 for n in lens if n)
    texty = sum(1 for n in lens if n > width / 2)  # lines of text, not menu items or labels
    ended = sum(1 for ln in full if ln[-1] in _SENTENCE_ENDS)
    if (len(full) < setting("wrap_near_share") * texty or over > max(1, setting("wrap_over_share") * filled)
            or ended > setting("wrap_sentence_end_share") * len(full)):
        return text
    out = list(text)
    at = 0
    for ln, n, nxt in zip(lines, lens, lines[1:]):
        at += len(ln)
        head = nxt.lstrip()
        first = head.split(" ", 1)[0]
        if (n and head and n + 1 + len(first) > width and ln.rstrip()[-1] not in _LINE_ENDS
                and head[0] not in _ITEM_MARKS and not _item_number(first)
                and not compiled_piece("STAMP_LINE_START").match(nxt)
                and not (head[0] in _DASHES and ln.rstrip()[-1] in ":;")):
            out[at] = " "
        at += 1
    return "".join(out)


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, for each of its characters, the source range it came from."""

    source: str
    text: str
    starts: Sequence[int]  # starts[i]: source offset where normalised char i begins
    ends: Sequence[int]  # ends[i]: source offset where normalised char i ends

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) to a source [start, end)."""
        # Trim space edges on both sides so the source slice is tight (a normalised space may
        # stand for a reference, '&nbsp;', that is no space in the source).
        text = self.text
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] == " ":
            end -= 1
        if end <= start:
            s = self.starts[start] if start < len(self.starts) else len(self.source)
            return s, s
        s = self.starts[start]
        e = self.ends[end - 1]
        while s < e and self.source[s].isspace():
            s += 1
        while e > s and self.source[e - 1].isspace():
            e -= 1
        return s, e

    def source_text(self, start: int, end: int) -> str:
        s, e = self.to_source(start, end)
        return self.source[s:e]


# An HTML character reference a scraper left in the text ("&nbsp;", "&quot;", "&#8220;"): read
# as the character it stands for, mapped to the whole reference in the source. Named ones only
# from what scrapers leave: HTML5 also names "&DD;" or "&GT;", which are abbreviations before a
# semicolon in a list of units ("Công ty CP XD&DD; Sở GD&ĐT").
_NAMED_REFERENCES = ("nbsp", "amp", "quot", "apos", "lt", "gt", "ndash", "mdash", "hellip", "ldquo",
                     "rdquo", "lsquo", "rsquo", "laquo", "raquo", "bull", "middot", "shy", "zwj", "zwnj",
                     "zwsp", "ensp", "emsp", "thinsp", "copy", "reg", "deg")
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|(?:" + "|".join(_NAMED_REFERENCES) + r"));")
_SLOW_CHARS = regex.compile("[" + "".join(sorted(DROPPED)) + "\r]|" + _ENTITY.pattern)


def _read_reference(ref: str) -> str | None:
    """What an HTML character reference ('&nbsp;', '&quot;', '&#8220;') reads as: a space for
    any space, nothing for an invisible character, else its character; None when it stands for
    no character a text can hold (a control character, a combining mark with nothing to compose
    with, '&#0;', '&#xD800;')."""
    ch = html.unescape(ref)
    if len(ch) != 1:
        return None
    if ch in DROPPED:
        return ""
    if ch in _SPACE_LIKE or ch in "\r\n":
        return " "
    if ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Cs", "Mn", "Me"):
        return None
    return ch


def _reference(source: str, i: int) -> tuple[int, str] | None:
    """The reference at source[i]: where it ends and what it reads as, or None for an '&' that
    starts none ('GD&ĐT') or one that reads as nothing a text can hold."""
    m = _ENTITY.match(source, i)
    if m is None or (piece := _read_reference(m.group())) is None:
        return None
    return m.end(), piece


def decode_references(text: str) -> str:
    """`text` with each HTML character reference read as `_read_reference` reads it."""
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: piece if (piece := _read_reference(m.group())) is not None else m.group(), text)


def normalize(source: str) -> Normalized:
    """Build the normalised text and its offset map from the source text."""
    if unicodedata.is_normalized("NFC", source) and not _SLOW_CHARS.search(source):
        # Fast path: every change is one character for one, so the map is the identity
        # (str.replace per space-like character present: `translate` is ~10x slower on Vietnamese).
        text = source
        for ch in _SPACE_LIKE:
            if ch in text:
                text = text.replace(ch, " ")
        text = unwrap(modern_tones(text))
        n = len(source)
        text, starts, ends = _drop_extra_spaces(text, range(n), range(1, n + 1))
        if len(text) != n:  # spaces dropped: the maps are arrays now
            return _with_run_together(source, text, starts, ends)
        cuts = _run_together_cuts(text)
        if not cuts:
            return Normalized(source=source, text=text, starts=range(n), ends=range(1, n + 1))
        inserted = [cut + k for k, cut in enumerate(cuts)]
        text = "".join(text[a:b] + " " for a, b in zip([0] + cuts, cuts)) + text[cuts[-1]:]
        return Normalized(source=source, text=text, starts=_ShiftedIdentity(inserted, len(text), 0),
                          ends=_ShiftedIdentity(inserted, len(text), 1))
    chars: list[str] = []
    starts, ends = array("q"), array("q")
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        # Group a base character with following combining marks, then NFC it.
        j = i + 1
        while j < n and unicodedata.combining(source[j]):
            j += 1
        if ch in DROPPED:
            i = j
            continue
        if ch == "\r":
            if j < n and source[j] == "\n":
                i = j
                continue
            ch = "\n"
        if ch == "&" and (ref := _reference(source, i)) is not None:
            j, piece = ref
        elif ch == "\n":
            piece = "\n"  # a lone "\r" (old Mac line end) is a line break too
        elif ch in _SPACE_LIKE:
            piece = " "
        else:
            piece = unicodedata.normalize("NFC", source[i:j])
        for k, c in enumerate(piece):
            chars.append(c)
            starts.append(i)
            ends.append(j)
        i = j
    text = "".join(chars)
    # Modern tone placement: length-preserving, so the map is unchanged.
    toned = modern_tones(text)
    if len(toned) == len(text):
        text = toned
    return _with_run_together(source, *_drop_extra_spaces(unwrap(text), starts, ends))


@lru_cache(maxsize=1)
def _camel_case_names() -> tuple[str, ...]:
    """Unit heads printed with a capital inside ("VietinBank", "LienVietPostBank",
    `lexicons/org_heads.json`): not run-together words, so never split."""
    return tuple(h for h in load("org_heads")["heads"] if _RUN_TOGETHER.search(h))


def _run_together_cuts(text: str) -> list[int]:
    """Where a space goes between run-together words, outside the camel-case names."""
    cuts = [m.start() for m in _RUN_TOGETHER.finditer(text)]
    if not cuts:
        return cuts
    kept: list[tuple[int, int]] = []
    for name in _camel_case_names():
        at = text.find(name)
        while at >= 0:
            kept.append((at, at + len(name)))
            at = text.find(name, at + 1)
    return [c for c in cuts if not any(a < c < b for a, b in kept)]


class _ShiftedIdentity(Sequence[int]):
    """The offset map of a text that is its source plus inserted spaces: index i maps to
    i minus the spaces inserted before it (an inserted space maps to the point it was
    inserted at). Bisection over the insertions instead of an int per character keeps a
    long article's map small and quick to build."""

    def __init__(self, inserted: list[int], length: int, offset: int) -> None:
        self._inserted, self._len, self._offset = inserted, length, offset

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._len))]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError(i)
        k = bisect_left(self._inserted, i)
        if k < len(self._inserted) and self._inserted[k] == i:
            return i - k
        return i - k + self._offset


def _with_run_together(source: str, text: str, starts, ends) -> Normalized:
    """Split run-together words by inserting a space that maps to a zero-width source point.
    The maps are int arrays, copied slice by slice: a long article's map stays compact."""
    cuts = _run_together_cuts(text)
    if cuts:
        pieces: list[str] = []
        new_starts, new_ends = array("q"), array("q")
        prev = 0
        for cut in cuts:
            pieces += [text[prev:cut], " "]
            new_starts.extend(starts[prev:cut])
            new_ends.extend(ends[prev:cut])
            new_starts.append(starts[cut])
            new_ends.append(starts[cut])
            prev = cut
        pieces.append(text[prev:])
        new_starts.extend(starts[prev:])
        new_ends.extend(ends[prev:])
        text, starts, ends = "".join(pieces), new_starts, new_ends
    return Normalized(source=source, text=text, starts=starts, ends=ends)
