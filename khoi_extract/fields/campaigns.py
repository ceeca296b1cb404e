"""Campaign names and themes given in quotes ("phong trào thi đua “…”", "chủ đề “…”", "với tinh thần “…”").

A quoted name counts when a cue names it as a movement, theme or slogan (`lexicons/cues.json`
campaign_cues, not right after an award or document word: campaign_not), when it continues a
list of such names, or when it opens a list announced by "như:" after a cue. Welfare programmes
and funds are not campaigns. The phrasings are rules in `grammar/campaigns.jsonl`.
"""
from __future__ import annotations

import regex

from ..context import EventContext
from ..grammar import rule, setting
from ..grounding import Grounder
from ..segment import Segmented
from .common import Found


def _quotes(text: str) -> list[tuple[int, int, int, int]]:
    """(quote start, name start, name end, quote end) of every quoted name, unclosed ones cut at ';'."""
    out = [(m.start(), m.start("q"), m.end("q"), m.end()) for m in rule("campaigns.quoted").finditer(text)]
    for m in rule("campaigns.unclosed").finditer(text):
        if not any(a <= m.start() < e for a, _, _, e in out):
            out.append((m.start(), m.start("q"), m.end("q"), m.end()))
    return sorted(out)


def _welfare(text: str, at: int) -> bool:
    """A programme of care or a fund ("chăm lo đời sống … các chương trình như: “…”")."""
    before = text[max(0, at - int(setting("campaign_welfare_before"))):at]
    before = before[before.rfind(".") + 1:]
    return bool(rule("campaigns.welfare").search(before)) and not rule("campaigns.campaign_word").search(before)


def find_campaigns(seg: Segmented) -> list[Found]:
    """The article's campaign names, found once and shared by every view of it (one per event)."""
    if "campaigns.found" not in seg._shared:
        seg._shared["campaigns.found"] = _find_campaigns(seg.text)
    return seg._shared["campaigns.found"]


def _find_campaigns(text: str) -> list[Found]:
    yes, no = rule("campaigns.cue_before"), rule("campaigns.not_cue_before")
    list_gap = setting("campaign_list_gap")
    out: list[Found] = []
    prev_ok_end = -1
    for qs, a, b, qe in _quotes(text):
        q = text[a:b].strip()
        if not q or rule("campaigns.not_names").match(q):
            continue
        before = text[max(0, qs - int(setting("campaign_cue_before"))):qs]
        gap = text[prev_ok_end:qs]
        continued = prev_ok_end >= 0 and qs - prev_ok_end <= list_gap and (
            rule("campaigns.list_joiner").match(gap) or rule("campaigns.list_next").match(gap))
        listed = rule("campaigns.list_intro").search(text[max(0, qs - int(setting("campaign_list_before"))):qs])
        if continued or ((yes.search(before) or listed) and not no.search(before) and not _welfare(text, qs)):
            out.append(Found(q, a, a + len(q)))
            prev_ok_end = qe
    return _unique(out)


def _unique(found: list[Found]) -> list[Found]:
    """One entry per name; an acronym form ("Vì ANTQ") of a name also printed in full goes."""
    seen: set[str] = set()
    uniq: list[Found] = []
    for f in found:
        k = f.value.lower()
        if k not in seen:
            seen.add(k)
            uniq.append(f)
    full = [f.value for f in uniq]
    return [f for f in uniq if not any(_abbreviates(f.value, other) for other in full if other != f.value)]


# an acronym (structural: two or more capitals)
_ACRONYM = regex.compile(r"\p{Lu}{2,}")


def _abbreviates(short: str, long: str) -> bool:
    """"Vì ANTQ" abbreviates "Vì An ninh Tổ quốc": same leading words, then the initials."""
    sw, lw = short.split(), long.split()
    if not sw or not _ACRONYM.fullmatch(sw[-1]) or len(lw) < len(sw) - 1 + len(sw[-1]):
        return False
    head = len(sw) - 1
    if [w.lower() for w in sw[:head]] != [w.lower() for w in lw[:head]]:
        return False
    initials = "".join(w[0] for w in lw[head:head + len(sw[-1])]).upper()
    return initials == sw[-1] and len(lw) == head + len(sw[-1])


def resolve_campaigns(ctx: EventContext, g: Grounder) -> list[str]:
    """Quoted campaign names inside this event's section, as printed, grounded; none after the
    body's last sentence (a box of links to other articles: "Tin khác", "Tin liên quan")."""
    sents = ctx.seg.sentences
    body_end = sents[-1].end if sents else ctx.hi
    camps = [c for c in ctx.inside(find_campaigns(ctx.seg)) if c.start < body_end]
    for i, c in enumerate(camps):
        g.add(f"{ctx.path}.campaigns[{i}]", c.start, c.end)
    return [g.text(c.start, c.end) for c in camps]
