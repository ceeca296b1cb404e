"""Grammar as data: shared named pieces (`pieces.json`) and one rule file per field family
(`<family>.jsonl`), validated and compiled by `loader`, with settings in `settings.json`."""
from .loader import GrammarError, Rule, compiled_piece, expand, families, piece, rule, rules
from .settings import setting

__all__ = ["GrammarError", "Rule", "compiled_piece", "expand", "families", "piece", "rule", "rules", "setting"]
