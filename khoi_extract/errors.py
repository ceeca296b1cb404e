"""Numbered errors, in spaCy's manner: the code says where to look."""
from __future__ import annotations


class KhoiError(Exception):
    """Base class of the library's errors."""


class ReadError(KhoiError):
    """E0xx: input that cannot be turned into article text (binary, empty, undecodable, too large)."""


class ExtractionTimeout(KhoiError):
    """E090: a pattern ran past its time limit on pathological text."""


class UsageError(KhoiError, ValueError):
    """E013/E014 and the batch's E06x: an argument that cannot be used (exit status 2 on the command line)."""


class ArticleTypeError(KhoiError, TypeError):
    """E013: `extract` was given something other than the article text as str."""
