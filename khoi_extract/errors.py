"""Numbered errors, in spaCy's manner: the code says where to look."""
from __future__ import annotations


class KhoiError(Exception):
    """Base class of the library's errors."""


class ReadError(KhoiError):
    """E0xx: input that cannot be turned into article text (binary, empty, undecodable, too large)."""


class ExtractionTimeout(KhoiError):
    """E090: a pattern ran past its time limit on pathological text."""
