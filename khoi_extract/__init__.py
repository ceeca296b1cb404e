"""khoi-extract: Vietnamese emulation-bloc meeting reports → validated, source-grounded records."""
from .pipeline import extract, extract_file
from .schema import ArticleRecord, Award, Bloc, Document, Event, Period, Person, Role, Span

__all__ = [
    "extract", "extract_file", "ArticleRecord", "Award", "Bloc", "Document", "Event",
    "Period", "Person", "Role", "Span",
]
__version__ = "0.1.0"
