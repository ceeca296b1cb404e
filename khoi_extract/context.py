"""The read-only context every field family reads while it resolves one event."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .segment import Piece, Segmented


@dataclass(frozen=True)
class EventContext:
    """What is already decided about one event when the list fields are resolved.

    `seg` holds only the body (no chrome, no headline) and, for one section of a
    round-up, only that section; `lo`/`hi` bound the section in the text. `path` is the
    event's field prefix for evidence (`events[0]`).
    """

    seg: Segmented
    path: str
    lo: int
    hi: int
    kind: str
    period: dict[str, Any] | None
    date: dt.date | None
    bloc_name: str
    published: dt.date | None

    @property
    def text(self) -> str:
        return self.seg.text

    @property
    def base_year(self) -> int | None:
        """The year under review, else the meeting's year: the default year of a role."""
        if self.period:
            return self.period["year"]
        return self.date.year if self.date else None

    @property
    def bloc_type(self) -> str:
        return "cum" if self.bloc_name.lower().startswith("cụm") else "khoi"

    def inside(self, found: list) -> list:
        """The candidates that start inside this event's section."""
        return [f for f in found if self.lo <= f.start < self.hi]


@dataclass(frozen=True)
class MeetingScope:
    """The sentences that report one meeting, found once by the assembler and read by the
    kind, date, period and venue resolvers."""

    mention_sents: list[Piece]  # sentences naming the bloc
    meeting_sents: list[Piece]  # sentences naming the bloc or a meeting
    bloc_meeting: list[Piece]  # sentences naming both
