"""Lexicons are data: JSON files in this folder, loaded once and cached."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

import regex


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """Load `lexicons/<name>.json`."""
    with resources.files(__name__).joinpath(f"{name}.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def alternation(items: Iterable[str], escape: bool = True) -> str:
    """A regex alternation of the items, longest first so the fullest form wins."""
    uniq = sorted(set(items), key=len, reverse=True)
    return "|".join(regex.escape(x) if escape else x for x in uniq)
