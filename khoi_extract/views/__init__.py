"""HTML views of records: `show` (one article, values highlighted in place) and
`report` (a corpus page from a batch JSONL)."""
from .report import render_report_html
from .show import render_record_html

__all__ = ["render_record_html", "render_report_html"]
