"""Segmentation: lines, sentences (underthesea) and the spaCy phrase hits shared by all rules.

underthesea's `sent_tokenize` splits each line into sentences; since it returns
strings, they are located back in the line to keep offsets. spaCy's tokenizer (a
blank pipeline whose `token_match` keeps dates and document numbers whole) makes
one `Doc` per article (per block of lines on a page of over `doc_block_chars`); the
lexicon phrases are matched on it in one pass (`matching.py`) and every view of the
article (the body, one section of a round-up) shares the hits.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator


from .grammar.loader import rule
from .grammar.settings import setting
from .normalize import Normalized

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Piece:
    """A line or a sentence: [start, end) in the normalised text."""

    start: int
    end: int
    text: str


def _piece_start(p) -> int:
    """The start of a Piece or a phrase hit (the bisection key)."""
    return p.start


@dataclass
class Segmented:
    """The normalised article with its lines, sentences and spaCy Doc."""

    norm: Normalized
    lines: list[Piece]
    sentences: list[Piece]
    _shared: dict = field(default_factory=dict, repr=False)  # phrase hits and caches, shared by views

    @property
    def text(self) -> str:
        return self.norm.text

    def sentence_at(self, pos: int) -> Piece | None:
        """The sentence holding `pos` (sentences are in text order and do not overlap: bisect)."""
        i = bisect_right(self.sentences, pos, key=_piece_start) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    def phrases(self, label: str, start: int = 0, end: int | None = None) -> list:
        """The lexicon phrases of `label` (`matching.Phrase`) that start in [start, end)."""
        if "phrases" not in self._shared:
            from .matching import find_phrases

            found: dict[str, list] = {}
            for offset, doc in build_docs(self.text):
                for lab, hits in find_phrases(doc, offset).items():
                    found.setdefault(lab, []).extend(hits)
            self._shared["phrases"] = found
        hits = self._shared["phrases"].get(label, [])
        if start == 0 and end is None:
            return hits
        # hits are in text order: bisection keeps per-sentence asks linear in a long article
        lo = bisect_left(hits, start, key=_piece_start)
        hi = len(hits) if end is None else bisect_left(hits, end, lo, key=_piece_start)
        return hits[lo:hi]

    def has_phrase(self, label: str, start: int, end: int) -> bool:
        """Whether a phrase of `label` starts in [start, end)."""
        return bool(self.phrases(label, start, end))

    def view(self, lines: list[Piece], sentences: list[Piece]) -> "Segmented":
        """The same article restricted to some lines and sentences; phrases and caches are shared."""
        return Segmented(norm=self.norm, lines=lines, sentences=sentences, _shared=self._shared)


@lru_cache(maxsize=1)
def _nlp():
    """A blank multilingual pipeline: spaCy's rule tokenizer only, nothing is downloaded.
    Dates and document numbers (`22/3/2022`, `157/QĐ-KTĐS6`) stay one token."""
    import re

    import spacy

    nlp = spacy.blank("xx")
    nlp.max_length = 10**9  # only the tokenizer runs: spaCy's 1M-character guard is for parsers
    nlp.tokenizer.token_match = re.compile(r"\d+(?:[/.,-]\d+)*(?:/[\w&.-]*\w)?$").match
    # English special cases (emoticons like "):", abbreviations like "y.") say nothing about
    # Vietnamese and cost four fifths of the tokenizer's time: without them an article's Doc
    # takes ~0.3 ms instead of ~1.4 ms.
    nlp.tokenizer.rules = {}
    # A dash or the "./." sign-off glued to a word's end ("Ninh Thuận- Cục …", "Gia Lai./.")
    # is its own token, so the phrase after or before it is found.
    from spacy.util import compile_suffix_regex

    nlp.tokenizer.suffix_search = compile_suffix_regex(
        [*nlp.Defaults.suffixes, r"(?<=\w)[-–]", r"(?<=[\w.])/", r"(?<=[\w/])\."]).search
    return nlp


def vocab():
    """The one spaCy vocabulary shared by the article Docs and the phrase patterns."""
    return _nlp().vocab


def tokenize(text: str) -> list[str]:
    """The tokens spaCy's tokenizer makes of a phrase: patterns and articles split alike."""
    return [t.text for t in _nlp().make_doc(text)]


# spaCy's string store keeps every word it has seen; past this many, a fresh pipeline
# (and phrase matchers) keeps a long batch worker's memory flat.
MAX_VOCAB_STRINGS = 250_000


def build_doc(text: str):
    """A spaCy Doc over the text (its tokenizer keeps `token.idx` offsets exact)."""
    if len(_nlp().vocab.strings) > MAX_VOCAB_STRINGS:
        from .matching import reset_matchers

        _nlp.cache_clear()
        reset_matchers()
    from spacy.attrs import IDX

    doc = _nlp().make_doc(text)
    doc.user_data["char_starts"] = doc.to_array(IDX).tolist()  # no Token objects made
    return doc


def build_docs(text: str) -> Iterator[tuple[int, "Doc"]]:
    """(offset, Doc) pairs covering the text: one Doc for an article of ordinary length, one
    per block of whole lines past `doc_block_chars` (a Doc takes ~250 bytes a token, so a
    2 MB page in one Doc would hold ~100 MB). Lexicon phrases never span a line break, so
    the blocks find exactly the phrases one Doc would."""
    block = setting("doc_block_chars")
    start, n = 0, len(text)
    while start < n:
        end = n if n - start <= block else text.rfind("\n", start, start + block) + 1
        if end <= start:  # a single line longer than a block: cut it at a space
            end = text.rfind(" ", start, start + block) + 1
            if end <= start:
                end = start + block
        yield start, build_doc(text[start:end])
        start = end


def _sent_tokenize(line: str) -> list[str]:
    """underthesea's sentences of one stripped line. Its splitter only cuts after `.`, `?` or
    `!`, so a line with none of them before its last character is one sentence as it is
    (most lines of an article: headings, list items, short paragraphs), and is not passed in."""
    body = line[:-1]
    if "." not in body and "?" not in body and "!" not in body:
        return [line]
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
        merged: list[tuple[int, int]] = []
        for a, b in _line_sentences(text, lstart, lend, stripped):
            if merged and _runs_on(text, merged[-1], a):
                merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
        sentences.extend(Piece(a, b, text[a:b]) for a, b in merged)
    return Segmented(norm=norm, lines=lines, sentences=sentences)


def _line_sentences(text: str, lstart: int, lend: int, stripped: str) -> list[tuple[int, int]]:
    """underthesea's sentences of one line, located back in `text` as [start, end) ranges that
    cover every non-blank character of the line."""
    spans: list[tuple[int, int]] = []
    cursor = lstart
    for sent in _sent_tokenize(stripped):
        sent = sent.strip()
        if not sent:
            continue
        found = text.find(sent, cursor, lend)
        if found < 0:  # underthesea changed the string: fall back to the rest of the line
            spans.append((cursor, lend))
            cursor = lend
            break
        if found > cursor and text[cursor:found].strip():
            spans.append((cursor, found))
        spans.append((found, found + len(sent)))
        cursor = found + len(sent)
    if cursor < lend and text[cursor:lend].strip():
        spans.append((cursor, lend))
    return spans


def _runs_on(text: str, prev: tuple[int, int], start: int) -> bool:
    """Whether a sentence underthesea starts at `start` is still text[prev]'s: no space between
    them and no capital after the cut (a cut inside a token: 'Co.op', '.gov.vn'; 'nay.Tham'
    is two sentences run together), or the previous ends with a dotted title or place
    abbreviation (rule `segment.no_break_after`: 'PGS.TS.', 'TT.')."""
    if start == prev[1]:
        return not text[start:start + 1].isupper()
    return rule("segment.no_break_after").search(text, max(prev[0], prev[1] - 16), prev[1]) is not None
