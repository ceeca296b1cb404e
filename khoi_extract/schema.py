"""Pydantic models of the article record (the contract in RECORD.md).

`ArticleRecord.model_dump(mode="json")` gives exactly the RECORD.md shape plus
the output-only keys `spans`, `warnings` and (when known) `source`. Gold files load into the same
models (they simply lack spans and warnings).

Plausibility checks never raise, so one odd value never costs the record: a
value out of range (a period of 24 months, a year 3022, a count of 987654)
becomes null with a numbered warning that ends in `set to null`, and the rest
of the record stays (`pipeline.extract` adds the value's span to the warning).
Findings about values that stay (an event dated after publication, more
members listed than stated) are warnings too. Values outside the contract's
types and enums still raise: gold files and records read back must fit it.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, field_validator, \
    model_serializer, model_validator

EventKind = Literal["tong_ket", "so_ket", "giao_uoc", "phat_dong", "other"]
RoleName = Literal["leader", "vice_leader"]
AwardKind = Literal["co_thi_dua", "bang_khen", "giay_khen", "huan_chuong", "danh_hieu", "khen_thuong"]
AwardLevel = Literal["chinh_phu", "thu_tuong", "bo_nganh", "tinh", "khoi"]
RecipientType = Literal["don_vi", "tap_the", "ca_nhan"]
AwardStatus = Literal["proposed", "conferred"]
DocType = Literal[
    "quyet_dinh", "huong_dan", "cong_van", "chi_thi", "ke_hoach", "nghi_quyet", "thong_bao",
    "nghi_dinh", "thong_tu", "luat", "bao_cao", "to_trinh", "other",
]

MIN_YEAR = 1945
MAX_YEAR = 2100
MAX_COUNT = 1_000
"""Largest plausible number of a bloc's member units or of awards in one proposal."""
NULLED = "; set to null"
"""Ends every warning about a value that was dropped (the value's path follows the code)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=False)


class Period(_Model):
    year: int
    months: int | None = None

    @field_validator("months")
    @classmethod
    def _months_in_range(cls, v: int | None) -> int | None:
        if v is not None and not 1 <= v <= 12:
            raise ValueError("E101: period.months must be 1..12")
        return v


class Bloc(_Model):
    name: str
    number: int | None = None


class Role(_Model):
    role: RoleName
    org: str
    year: int


class Award(_Model):
    kind: AwardKind
    level: AwardLevel | None = None
    recipient_type: RecipientType | None = None
    count: int | None = None
    status: AwardStatus = "proposed"


class Document(_Model):
    type: DocType
    number: str
    date: dt.date | None = None
    issuer: str | None = None


class Person(_Model):
    name: str
    title: str | None = None


class Span(_Model):
    """Evidence: `source[start:end] == text` in the input as read and decoded."""

    field: str
    start: int
    end: int
    text: str


class Source(_Model):
    """Where an article's text came from, so a record can be traced back to its input."""

    path: str
    url: str | None = None
    warc_record_id: str | None = None


class Event(_Model):
    kind: EventKind = "other"
    date: dt.date | None = None
    period: Period | None = None
    venue: str | None = None
    bloc: Bloc | None = None
    roles: list[Role] = Field(default_factory=list)
    members: list[str] = Field(default_factory=list)
    member_count: int | None = None
    awards: list[Award] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    campaigns: list[str] = Field(default_factory=list)


class ArticleRecord(_Model):
    doc_id: str
    title: str | None = None
    published: dt.date | None = None
    author: str | None = None
    province: str | None = None
    events: list[Event] = Field(default_factory=list)
    spans: list[Span] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    source: Source | None = None

    @model_serializer(mode="wrap")
    def _source_absent_when_unknown(self, handler: SerializerFunctionWrapHandler) -> dict:
        """RECORD.md: `source` is an object or absent (never null), so gold-shaped dumps stay gold-shaped."""
        data = handler(self)
        if data.get("source", 0) is None:
            del data["source"]
        return data

    @model_validator(mode="before")
    @classmethod
    def _null_bad_months(cls, data: object) -> object:
        """A period's months outside 1..12 is nulled (with W211) before `Period` would reject the record."""
        if not isinstance(data, dict) or not isinstance(data.get("events"), list):
            return data
        found: list[str] = []
        events = []
        for i, ev in enumerate(data["events"]):
            period = ev.get("period") if isinstance(ev, dict) else None
            months = period.get("months") if isinstance(period, dict) else None
            if isinstance(months, int) and not isinstance(months, bool) and not 1 <= months <= 12:
                found.append(f"W211: events[{i}].period.months {months} outside 1..12{NULLED}")
                ev = {**ev, "period": {**period, "months": None}}
            events.append(ev)
        if not found:
            return data
        return {**data, "events": events, "warnings": [*(data.get("warnings") or []), *found]}

    @model_validator(mode="after")
    def _check(self) -> "ArticleRecord":
        """Plausibility checks; findings become warnings, never exceptions, and implausible values null."""
        found: list[str] = []

        def plausible_year(year: int) -> bool:
            return MIN_YEAR <= year <= MAX_YEAR

        if self.published is not None and not plausible_year(self.published.year):
            found.append(f"W210: published {self.published} outside {MIN_YEAR}..{MAX_YEAR}{NULLED}")
            self.published = None
        for i, ev in enumerate(self.events):
            if ev.date is not None and not plausible_year(ev.date.year):
                found.append(f"W201: events[{i}].date {ev.date} outside {MIN_YEAR}..{MAX_YEAR}{NULLED}")
                ev.date = None
            if ev.date is not None and self.published is not None and ev.date > self.published:
                found.append(f"W202: events[{i}].date {ev.date} is after published {self.published}")
            if ev.period is not None and not plausible_year(ev.period.year):
                found.append(f"W203: events[{i}].period.year {ev.period.year} implausible{NULLED}")
                ev.period = None
            if ev.member_count is not None and ev.member_count <= 0:
                found.append(f"W204: events[{i}].member_count {ev.member_count} not positive{NULLED}")
                ev.member_count = None
            if ev.member_count is not None and ev.member_count > MAX_COUNT:
                found.append(f"W208: events[{i}].member_count {ev.member_count} over {MAX_COUNT}{NULLED}")
                ev.member_count = None
            if ev.member_count is not None and len(ev.members) > ev.member_count:
                found.append(
                    f"W205: events[{i}] lists {len(ev.members)} members but states {ev.member_count}"
                )
            for j, aw in enumerate(ev.awards):
                if aw.count is not None and aw.count <= 0:
                    found.append(f"W206: events[{i}].awards[{j}].count {aw.count} not positive{NULLED}")
                    aw.count = None
                if aw.count is not None and aw.count > MAX_COUNT:
                    found.append(f"W208: events[{i}].awards[{j}].count {aw.count} over {MAX_COUNT}{NULLED}")
                    aw.count = None
            for j, role in enumerate(ev.roles):
                # `year` is required (a role is its year's role): the role stays, flagged.
                if not plausible_year(role.year):
                    found.append(f"W207: events[{i}].roles[{j}].year {role.year} implausible")
            for j, doc in enumerate(ev.documents):
                if doc.date is not None and not plausible_year(doc.date.year):
                    found.append(f"W209: events[{i}].documents[{j}].date {doc.date} outside "
                                 f"{MIN_YEAR}..{MAX_YEAR}{NULLED}")
                    doc.date = None
        for msg in found:
            if msg not in self.warnings:
                self.warnings.append(msg)
        return self

    def to_json(self) -> dict:
        """The RECORD.md JSON shape (with spans and warnings)."""
        return self.model_dump(mode="json")
