"""khoi-extract: Vietnamese emulation-bloc meeting reports → validated, source-grounded records.

    from khoi_extract import extract, extract_file, extract_many, to_frames
    rec = extract(text, doc_id="a1")
"""
from importlib.metadata import PackageNotFoundError as _NotInstalled, version as _version

from .pipeline import extract, extract_file
from .schema import ArticleRecord, Award, Bloc, Document, Event, Period, Person, Role, Span

__all__ = [
    "extract", "extract_file", "extract_many", "to_frames", "ArticleRecord", "Award", "Bloc", "Document", "Event",
    "Period", "Person", "Role", "Span",
]

def _repr_html_(self: ArticleRecord) -> str:
    """Jupyter shows a record as its evidence page (views.notebook)."""
    from .views.notebook import record_repr_html

    return record_repr_html(self)


ArticleRecord._repr_html_ = _repr_html_

try:  # the installed distribution's version, so `--version` never drifts from pyproject.toml
    __version__ = _version("khoi-extract")
except _NotInstalled:  # pragma: no cover - a source tree that was never installed
    __version__ = "0.0.0+unknown"


def __getattr__(name: str):
    # `extract_many` pulls in the batch engine (multiprocessing, Dask), `to_frames` DuckDB and
    # pandas, only when used.
    if name == "extract_many":
        from .batch import extract_many

        return extract_many
    if name == "to_frames":
        from .writers import to_frames

        return to_frames
    raise AttributeError(name)
