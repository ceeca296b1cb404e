"""Grounding: values found in the normalised text are read back from the source through
the offset map, and each becomes a Span (`source[start:end] == text`)."""
from __future__ import annotations

import unicodedata

from .normalize import DROPPED, Normalized, decode_references, tight_punctuation
from .schema import Span


def as_value(printed: str) -> str:
    """A value as printed in `printed` (a span's text): the same characters, except that
    invisible ones (zero-width, soft hyphen, BOM: `normalize.DROPPED`) are left out, any run of
    whitespace other than one plain space (a wrapped line's break, a non-breaking, typographic
    or ideographic space, a tab, two spaces) reads as one plain space, an HTML character
    reference a scraper left ('&nbsp;', '&quot;') reads as its character, a space before a
    comma, semicolon or colon is left out (as normalisation leaves it out), and decomposed
    letters (base plus combining marks) are composed (NFC), so a value compares equal to the
    same name printed elsewhere. The span keeps the characters exactly as read."""
    printed = decode_references(printed)
    if not unicodedata.is_normalized("NFC", printed):
        printed = unicodedata.normalize("NFC", printed)
    if any(c in DROPPED for c in printed):
        printed = "".join(c for c in printed if c not in DROPPED)
    if "  " in printed or any(c.isspace() and c != " " for c in printed):
        printed = " ".join(printed.split())
    return tight_punctuation(printed)


class Grounder:
    """Maps normalised spans to source spans and collects the evidence list."""

    def __init__(self, norm: Normalized) -> None:
        self.norm = norm
        self.spans: list[Span] = []
        self.warnings: list[str] = []

    def text(self, start: int, end: int) -> str:
        """The value behind normalised [start, end): the source text as printed (`as_value`)."""
        s, e = self.norm.to_source(start, end)
        return as_value(self.norm.source[s:e])

    def add(self, field: str, start: int, end: int) -> None:
        """Record the evidence of `field`; a span with no source behind it is a warning."""
        s, e = self.norm.to_source(start, end)
        if e <= s:
            self.warnings.append(f"W301: {field} has no evidence in the source")
            return
        self.spans.append(Span(field=field, start=s, end=e, text=self.norm.source[s:e]))

    def copy(self, src: str, dst: str, fields: tuple[str, ...]) -> None:
        """The evidence of `src`'s `fields` (`events[0]` `members`, `member_count`) as `dst`'s too:
        a value one event takes from another keeps the same words as its evidence."""
        for sp in list(self.spans):
            for f in fields:
                head = f"{src}.{f}"
                if sp.field == head or sp.field.startswith(head + "[") or sp.field.startswith(head + "."):
                    self.spans.append(Span(field=dst + sp.field[len(src):], start=sp.start, end=sp.end,
                                           text=sp.text))
