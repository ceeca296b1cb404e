"""Shared pieces of the HTML views: escaping, field families and their colours,
the page shell with inlined CSS/JS assets.

Every page is one self-contained file (no CDN, no web fonts, no external URL) so
that it can be mailed, archived or opened offline; all text that comes from an
article or a record goes through `esc` before it reaches the page.
"""
from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import KhoiError


class ViewError(KhoiError):
    """E4xx: input that a view cannot render (missing or unreadable record/text)."""


@dataclass(frozen=True)
class Family:
    """A group of record fields that share one highlight colour."""

    key: str
    label: str
    colour: str


# One colour per field family, in legend order (displaCy's soft palette).
FAMILIES: tuple[Family, ...] = (
    Family("meta", "Title / metadata", "#d9d2fb"),
    Family("date", "Date", "#a8e0d1"),
    Family("bloc", "Bloc", "#7aecec"),
    Family("roles", "Roles", "#feca74"),
    Family("members", "Members", "#bfeeb7"),
    Family("awards", "Awards", "#ffeb80"),
    Family("documents", "Documents", "#e4c6f5"),
    Family("people", "People", "#aa9cfc"),
    Family("venue", "Venue", "#ff9561"),
    Family("campaigns", "Campaigns", "#ff8fa6"),
    Family("period_kind", "Period / kind", "#9cc9cc"),
    Family("other", "Other", "#dddddd"),
)
FAMILY_BY_KEY: dict[str, Family] = {f.key: f for f in FAMILIES}

# Which family a record key belongs to (top-level keys and keys inside an event).
_KEY_FAMILY: dict[str, str] = {
    "title": "meta", "author": "meta", "province": "meta", "doc_id": "meta",
    "published": "date", "date": "date",
    "bloc": "bloc",
    "roles": "roles",
    "members": "members", "member_count": "members",
    "awards": "awards",
    "documents": "documents",
    "people": "people",
    "venue": "venue",
    "campaigns": "campaigns",
    "period": "period_kind", "kind": "period_kind",
}
_PATH_KEY = re.compile(r"^(?:events\[\d+\]\.?)?([A-Za-z_]+)")


def field_family(path: str) -> Family:
    """The family of a span's field path (`events[0].roles[1].org` → roles)."""
    m = _PATH_KEY.match(path)
    key = _KEY_FAMILY.get(m.group(1), "other") if m else "other"
    return FAMILY_BY_KEY[key]


def esc(value: object) -> str:
    """HTML-escape any value for element content or a quoted attribute."""
    return html.escape("" if value is None else str(value), quote=True)


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """Text of a CSS/JS file shipped inside this package."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def family_css() -> str:
    """CSS variables `--c-<key>` and classes `.fam-<key>` for each family's colour
    (generated from FAMILIES so that the palette has one source of truth)."""
    root = ":root{" + "".join(f"--c-{f.key}:{f.colour};" for f in FAMILIES) + "}"
    return root + "\n" + "\n".join(f".fam-{f.key}{{--fam:var(--c-{f.key});}}" for f in FAMILIES)


def page(title: str, body: str, css: tuple[str, ...] = ("base.css",), js: tuple[str, ...] = (),
         extra_css: str = "") -> str:
    """A complete HTML document with the given assets (and generated CSS) inlined."""
    styles = "\n".join(asset(name) for name in css) + "\n" + family_css() + "\n" + extra_css
    # `</` cannot occur inside our own assets, but guard anyway: a stray
    # `</script>` in an asset would end the element early.
    scripts = "".join(
        "<script>\n" + asset(name).replace("</", "<\\/") + "\n</script>\n" for name in js
    )
    return (
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{esc(title)}</title>\n<style>\n{styles}\n</style>\n</head>\n"
        f"<body>\n{body}\n{scripts}</body>\n</html>\n"
    )


def swatch(family: Family, text: str | None = None) -> str:
    """A small coloured chip naming a family (legend, record table)."""
    return f'<span class="chip fam-{family.key}">{esc(text if text is not None else family.label)}</span>'


def write_page(html_page: str, output: str | None) -> None:
    """Write a page to `output` (its folder made as needed), or to standard output."""
    if output:
        out = Path(output)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html_page, encoding="utf-8")
    else:
        sys.stdout.write(html_page)
