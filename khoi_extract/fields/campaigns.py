"""Campaign names and themes given in quotes ("phong trào thi đua “…”", "chủ đề “…”")."""
from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicons import alternation, load
from ..segment import Segmented
from .common import Found, finditer
from ..context import EventContext
from ..grounding import Grounder

_QUOTE = regex.compile(r"[“\"”]\s*(?P<q>[^“”\"\n]{3,200}?)\s*[”\"]")


@lru_cache(maxsize=None)
def _cue_res() -> tuple[regex.Pattern, regex.Pattern]:
    cues = load("cues")
    yes = regex.compile(rf"(?i:{alternation(cues['campaign_cues'])})(?:\s+[\p{{Ll}}\d]+){{0,4}}\s*(?:là)?\s*:?\s*$")
    no = regex.compile(rf"(?:{alternation(cues['campaign_not'])})(?:\s+[\p{{L}}]+){{0,2}}\s*:?\s*$")
    return yes, no


def find_campaigns(seg: Segmented) -> list[Found]:
    text = seg.text
    yes, no = _cue_res()
    out: list[Found] = []
    prev_ok_end = -10
    for m in finditer(_QUOTE, text):
        before = text[max(0, m.start() - 60): m.start()]
        q = m.group("q").strip()
        if not q or regex.match(r"(?i)(?:cờ thi đua|bằng khen|giấy khen|đơn vị|tập thể|chiến sĩ)", q):
            continue
        continued = m.start() - prev_ok_end <= 4 and regex.fullmatch(r"\s*[;,]?\s*(?:và\s*)?", text[prev_ok_end:m.start()])
        if continued or (yes.search(before) and not no.search(before)):
            out.append(Found(q, m.start("q"), m.start("q") + len(q)))
            prev_ok_end = m.end()
    # unique by text
    seen: set[str] = set()
    uniq = []
    for f in out:
        k = f.value.lower()
        if k not in seen:
            seen.add(k)
            uniq.append(f)
    return uniq


def resolve_campaigns(ctx: EventContext, g: Grounder) -> list[str]:
    """Quoted campaign names inside this event's section, as printed, grounded."""
    camps = ctx.inside(find_campaigns(ctx.seg))
    for i, c in enumerate(camps):
        g.add(f"{ctx.path}.campaigns[{i}]", c.start, c.end)
    return [g.text(c.start, c.end) for c in camps]
