"""Segmentation: lines, sentences (underthesea) and the spaCy `Doc` shared by all rules.

underthesea's `sent_tokenize` splits each line into sentences; since it returns
strings, they are located back in the line to keep offsets. The spaCy `Doc` is
built from our own regex tokens (`Doc(vocab, words, spaces)`), with sentence
starts set from underthesea, so rules and displaCy share one document model.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .normalize import Normalized


@dataclass(frozen=True)
class Piece:
    """A line or a sentence: [start, end) in the normalised text."""

    start: int
    end: int
    text: str


@dataclass
class Segmented:
    """The normalised article with its lines, sentences and spaCy Doc."""

    norm: Normalized
    lines: list[Piece]
    sentences: list[Piece]
    _doc: object | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return self.norm.text

    def sentence_at(self, pos: int) -> Piece | None:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return None

    @property
    def doc(self):
        """The spaCy Doc (built on first use)."""
        if self._doc is None:
            self._doc = build_doc(self.text, self.sentences)
        return self._doc


_TOKEN = regex.compile(r"\d+(?:[/.,-]\d+)*(?:/[\p{L}\d&.-]+)?|[\p{L}\p{M}\d]+(?:[-&'’][\p{L}\p{M}\d]+)*|\S")


@lru_cache(maxsize=1)
def _vocab():
    import spacy

    return spacy.blank("xx").vocab


def build_doc(text: str, sentences: list[Piece]):
    """A spaCy Doc over the normalised text, tokens from `_TOKEN`, sentence starts set."""
    from spacy.tokens import Doc

    matches = list(_TOKEN.finditer(text))
    words = [m.group() for m in matches]
    starts = [m.start() for m in matches]
    ends = [m.end() for m in matches]
    spaces = [e < s for e, s in zip(ends, starts[1:])] + [bool(matches) and ends[-1] < len(text)] if matches else []
    sent_begin = {s.start for s in sentences}
    sent_starts = [i == 0 or s in sent_begin for i, s in enumerate(starts)]
    doc = Doc(_vocab(), words=words, spaces=spaces, sent_starts=sent_starts)
    # The Doc's own text collapses runs of white space; keep each token's offset in ours.
    doc.user_data["char_starts"] = starts
    return doc


def token_offsets(doc, start_token: int, end_token: int) -> tuple[int, int]:
    """[start, end) in the normalised text of doc[start_token:end_token]."""
    starts = doc.user_data["char_starts"]
    last = end_token - 1
    return starts[start_token], starts[last] + len(doc[last].text)


def _sent_tokenize(line: str) -> list[str]:
    try:
        from underthesea import sent_tokenize
    except ImportError:  # pragma: no cover - underthesea is a dependency
        return [line]
    try:
        return sent_tokenize(line)
    except Exception:  # underthesea may fail on odd input; the line stays one sentence
        return [line]


def segment(norm: Normalized) -> Segmented:
    """Split the normalised text into lines and sentences."""
    text = norm.text
    lines: list[Piece] = []
    sentences: list[Piece] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        stripped = raw.strip()
        if not stripped:
            continue
        lstart = start + (len(raw) - len(raw.lstrip()))
        lend = lstart + len(stripped)
        lines.append(Piece(lstart, lend, stripped))
        if len(stripped) < 40:
            sentences.append(Piece(lstart, lend, stripped))
            continue
        cursor = lstart
        for sent in _sent_tokenize(stripped):
            sent = sent.strip()
            if not sent:
                continue
            found = text.find(sent, cursor, lend)
            if found < 0:  # underthesea changed the string: fall back to the rest of the line
                sentences.append(Piece(cursor, lend, text[cursor:lend]))
                cursor = lend
                break
            if found > cursor and text[cursor:found].strip():
                sentences.append(Piece(cursor, found, text[cursor:found]))
            sentences.append(Piece(found, found + len(sent), sent))
            cursor = found + len(sent)
        if cursor < lend and text[cursor:lend].strip():
            sentences.append(Piece(cursor, lend, text[cursor:lend]))
    return Segmented(norm=norm, lines=lines, sentences=sentences)
