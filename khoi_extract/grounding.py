"""Grounding: values found in the normalised text are read back from the source through
the offset map, and each becomes a Span (`source[start:end] == text`)."""
from __future__ import annotations

import unicodedata

from .normalize import Normalized
from .schema import Span


# Whitespace that is no printed space of a name: a line break inside a value (a hard-wrapped line,
# see `normalize.unwrap`), tabs, non-breaking and typographic spaces. A value holding one reads
# with plain single spaces.
_ODD_SPACES = frozenset("\n\r\t\u00a0\u2007\u202f\u2009\u200a\u3000\u2002\u2003")


class Grounder:
    """Maps normalised spans to source spans and collects the evidence list."""

    def __init__(self, norm: Normalized) -> None:
        self.norm = norm
        self.spans: list[Span] = []
        self.warnings: list[str] = []

    def text(self, start: int, end: int) -> str:
        """The source text behind normalised [start, end) — values are copied as printed, but
        odd whitespace inside one (`_ODD_SPACES`) reads as one plain space, and a decomposed
        letter (base plus combining marks) is given composed (NFC), as every other value is."""
        s, e = self.norm.to_source(start, end)
        value = self.norm.source[s:e]
        if not unicodedata.is_normalized("NFC", value):
            value = unicodedata.normalize("NFC", value)  # the same letters; decomposed ones compare unequal
        return " ".join(value.split()) if any(c in _ODD_SPACES for c in value) else value

    def add(self, field: str, start: int, end: int) -> None:
        """Record the evidence of `field`; a span with no source behind it is a warning."""
        s, e = self.norm.to_source(start, end)
        if e <= s:
            self.warnings.append(f"W301: {field} has no evidence in the source")
            return
        self.spans.append(Span(field=field, start=s, end=e, text=self.norm.source[s:e]))
