"""Windows and thresholds of the rules, named in one place (`settings.json`)."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _settings() -> dict[str, int | float]:
    raw = json.loads(resources.files(__package__).joinpath("settings.json").read_text(encoding="utf-8"))
    return {k: v["value"] for k, v in raw.items() if not k.startswith("_")}


def setting(name: str) -> int | float:
    """A named window (characters) or threshold; a KeyError names a missing setting."""
    return _settings()[name]
