"""khoi-extract: Vietnamese emulation-bloc meeting reports → validated, source-grounded records.

    from khoi_extract import extract, extract_file, extract_many
    rec = extract(text, doc_id="a1")
"""
from .pipeline import extract, extract_file
from .schema import ArticleRecord, Award, Bloc, Document, Event, Period, Person, Role, Span

__all__ = [
    "extract", "extract_file", "extract_many", "ArticleRecord", "Award", "Bloc", "Document", "Event",
    "Period", "Person", "Role", "Span",
]
__version__ = "0.1.0"


def __getattr__(name: str):
    # `extract_many` pulls in the batch engine (multiprocessing, Dask) only when used.
    if name == "extract_many":
        from .batch import extract_many

        return extract_many
    raise AttributeError(name)
