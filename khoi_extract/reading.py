"""Inputs → article text: encodings, HTML, JSON/JSONL, gzip, folders.

Everything that can go wrong with an input becomes a numbered `ReadError`
(or, in the document iterator, a `SourceDoc` carrying that message), so one
bad file never stops a batch:

    E001 binary input            E005 malformed JSON / JSONL
    E002 undecodable bytes       E006 record without a usable text field
    E003 input too large         E007 corrupt gzip stream
    E004 empty input             E008 HTML without extractable main text
    E009 file or folder cannot be read
    E010 input path does not exist
    E015 web archive (WARC) that cannot be read on

A few stray bytes in otherwise valid UTF-8 do not cost the article: they are
read as U+FFFD and the record carries warning W003 with their positions.

Reading is split in two steps so that the costly part (HTML boilerplate
removal) can run inside the worker processes: `iter_sources` walks the inputs
and yields cheap stubs (`text is None` for whole-file documents), `load_source`
fills a stub in. `iter_documents` chains the two for library users.

Web archives (`.warc`, `.warc.gz`) are read with warcio: each HTML response
with status 200 is one document (doc_id: its target URL), everything else in
the archive (requests, metadata, images, redirects, errors) is passed over.
Inputs may also be fsspec URLs (`file://…`, `s3://…`, `memory://…`) where an
fsspec file system for the protocol is installed.
"""
from __future__ import annotations

import codecs
import datetime as dt
import gzip
import json
import logging
import os
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePath, PurePosixPath
from typing import BinaryIO
from urllib.parse import urlsplit

from .errors import ReadError

log = logging.getLogger(__name__)
MAX_BYTES = 5_000_000
"""Largest single article (bytes, after gunzip); also the limit of one JSONL line."""
MAX_JSON_BYTES = 200_000_000
"""Largest `.json` file (it may hold an array of many articles)."""

TEXT_SUFFIXES = {".txt", ".text"}  # not .md: a README beside the articles is no article
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES
HTML_CONTENT_TYPES = {"text/html", "application/xhtml+xml"}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}


def _looks_like_text(text: str) -> bool:
    """Decoded text with few control characters (binary decoded as text has many)."""
    sample = text[:8192]
    if not sample:
        return True
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in _ALLOWED_CONTROLS) or ch == "\ufffd")
    return bad / len(sample) < 0.01


def _guess_utf16(data: bytes) -> str | None:
    """Name the UTF-16 byte order of BOM-less data, or None.

    Vietnamese text in UTF-16 is full of ASCII letters, spaces and digits
    whose high byte is 0, while the other byte is almost never 0: the NULs
    pile up on one parity.
    """
    sample = data[:8192]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.2 and even < 0.02:
        return "utf-16-le"
    if even > 0.2 and odd < 0.02:
        return "utf-16-be"
    return None


MAX_STRAY_SHARE = 0.05
"""Invalid bytes allowed per valid multi-byte UTF-8 character for text to count as UTF-8 with stray bytes."""
MAX_LISTED_POSITIONS = 10


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and what decoding had to repair (numbered warnings)."""

    text: str
    warnings: tuple[str, ...] = ()


def _utf8_with_stray_bytes(data: bytes, skipped: int = 0) -> Decoded | None:
    """UTF-8 with its invalid bytes read as U+FFFD, if the bytes are overwhelmingly valid UTF-8; else None.

    Each invalid byte becomes exactly one U+FFFD, so the text has the length it
    would have had, and the warning gives each one's character offset in the
    decoded text (which the spans index) and byte offset in the input (whose
    first `skipped` bytes, a byte-order mark, are not in `data`).
    """
    escaped = data.decode("utf-8", errors="surrogateescape")  # each invalid byte → one lone surrogate
    bad = [i for i, ch in enumerate(escaped) if "\udc80" <= ch <= "\udcff"]
    multibyte = sum(1 for ch in escaped if ord(ch) > 0x7F) - len(bad)
    if not bad or not multibyte or len(bad) > multibyte * MAX_STRAY_SHARE:
        return None
    text = "".join("\ufffd" if "\udc80" <= ch <= "\udcff" else ch for ch in escaped)
    byte_pos = []
    offset = skipped
    listed = set(bad[:MAX_LISTED_POSITIONS])
    for i, ch in enumerate(escaped):
        if i in listed:
            byte_pos.append(offset)
        offset += 1 if "\udc80" <= ch <= "\udcff" else len(ch.encode("utf-8", errors="surrogatepass"))
    more = f" (first {MAX_LISTED_POSITIONS} listed)" if len(bad) > MAX_LISTED_POSITIONS else ""
    chars = ", ".join(str(i) for i in bad[:MAX_LISTED_POSITIONS])
    warning = (f"W003: {len(bad)} byte(s) of the input are not valid UTF-8 and were read as U+FFFD{more}: "
               f"characters {chars} (bytes {', '.join(str(b) for b in byte_pos)})")
    return Decoded(text, (warning,))


def decode_bytes(data: bytes) -> str:
    """Decode article bytes (see `decode`); use `decode` to keep the warnings about repaired bytes."""
    return decode(data).text


def decode(data: bytes) -> Decoded:
    """Decode article bytes: BOM, else UTF-8, else BOM-less UTF-16, else Windows-1258.

    Windows-1258 writes tone marks as combining characters; the result is
    NFC-composed so that it reads (and matches) like the same text in UTF-8.
    UTF-8 with a few invalid bytes is UTF-8 with U+FFFD for each (warning W003),
    not Windows-1258 and not an error.
    """
    if len(data) > MAX_BYTES:
        raise ReadError(f"E003: input is {len(data)} bytes, over the {MAX_BYTES}-byte limit")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                repaired = _utf8_with_stray_bytes(data[len(bom):], len(bom)) if encoding == "utf-8" else None
                if repaired is None:
                    raise ReadError(f"E002: input has a {encoding} byte-order mark but does not decode: {exc}") from exc
                return Decoded(_check_not_empty(repaired.text), repaired.warnings)
            return Decoded(_check_not_empty(text))
    if not data.strip():
        raise ReadError("E004: input is empty")
    if b"\x00" in data[:8192]:
        encoding = _guess_utf16(data)
        if encoding is not None:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                text = ""
            if text and _looks_like_text(text):
                return Decoded(_check_not_empty(text))
        raise ReadError("E001: input looks binary (NUL bytes) and is not recognisable UTF-16 text")
    try:
        decoded = Decoded(data.decode("utf-8"))
    except UnicodeDecodeError as utf8_error:
        decoded = _utf8_with_stray_bytes(data)
        if decoded is None:
            try:
                decoded = Decoded(unicodedata.normalize("NFC", data.decode("cp1258")))
            except UnicodeDecodeError as exc:
                raise ReadError(f"E002: input is neither UTF-8 ({utf8_error}) nor Windows-1258 ({exc})") from exc
    # the repaired bytes are counted by their own rule, not as signs of binary
    if not _looks_like_text(decoded.text.replace("\ufffd", "") if decoded.warnings else decoded.text):
        raise ReadError("E001: input looks binary (too many control characters)")
    return decoded


def _check_not_empty(text: str) -> str:
    if not text.strip():
        raise ReadError("E004: input is empty")
    return text


def read_text_file(path: str | Path) -> str:
    """Read one plain-text article file (gzip-compressed if it ends in `.gz`)."""
    return decode_bytes(_read_bytes(path))


# --------------------------------------------------------------------------- files


def is_url(path: str | PurePath) -> bool:
    """An fsspec URL (`s3://…`, `file://…`) rather than a local path."""
    return "://" in str(path)


def _name_path(path: str | PurePath) -> PurePath:
    """Something with `.name` and `.suffixes` for a local path or a URL's path part."""
    return PurePosixPath(urlsplit(str(path)).path) if is_url(path) else Path(path)


def open_binary(path: str | PurePath) -> BinaryIO:
    """A local file, or an fsspec URL, opened for reading bytes (as stored: no gunzip)."""
    if not is_url(path):
        return open(path, "rb")
    import fsspec  # only URL inputs pay for it

    try:
        return fsspec.open(str(path), "rb").open()
    except ImportError as exc:  # e.g. s3:// without s3fs
        raise ReadError(f"E009: cannot open {path}: {exc}") from exc


def open_input(path: str | PurePath) -> BinaryIO:
    """Bytes of an input, gunzipped when its name ends in `.gz`."""
    fh = open_binary(path)
    return gzip.GzipFile(fileobj=fh, mode="rb") if _name_path(path).suffix.lower() == ".gz" else fh


def _read_bytes(path: str | PurePath, limit: int = MAX_BYTES) -> bytes:
    """Whole file (gunzipped for `.gz`), refusing more than `limit` bytes before reading it all."""
    try:
        if not is_url(path) and _name_path(path).suffix.lower() != ".gz" and Path(path).stat().st_size > limit:
            raise ReadError(f"E003: input is {Path(path).stat().st_size} bytes, over the {limit}-byte limit")
        with open_input(path) as fh:
            data = fh.read(limit + 1)
    except (gzip.BadGzipFile, zlib.error, EOFError) as exc:
        raise ReadError(f"E007: corrupt gzip file: {exc}") from exc
    except FileNotFoundError as exc:
        raise ReadError(f"E010: no such file: {path}") from exc
    except OSError as exc:
        raise ReadError(f"E009: cannot read file: {exc}") from exc
    if len(data) > limit:
        raise ReadError(f"E003: input is over the {limit}-byte limit")
    return data


def inner_suffix(path: str | PurePath) -> str:
    """The format suffix, looking through `.gz` (`a.jsonl.gz` → `.jsonl`)."""
    suffixes = [s.lower() for s in _name_path(path).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return suffixes[-2] if len(suffixes) > 1 else ""
    return suffixes[-1] if suffixes else ""


def doc_stem(path: str | PurePath) -> str:
    """The file name without its format suffix and `.gz` (`x.html.gz` → `x`)."""
    name = _name_path(path).name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    suffix = Path(name).suffix
    return name[: -len(suffix)] if suffix and suffix.lower() in SUPPORTED_SUFFIXES else Path(name).stem or name


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True, slots=True)
class SourceDoc:
    """One article to extract, or the reason it cannot be read.

    `text` is None with `error` None for a stub that `load_source` has not
    filled in yet. `is_html` marks text that was extracted from HTML (it is
    not in the input file, so batch output stores it beside the record).
    `url` and `warc_record_id` say which record of a web archive it is, and
    `raw` holds the bytes of a document whose file the reader cannot open
    itself (an archive's payload, or contents shipped to a remote worker).
    """

    doc_id: str
    path: str
    text: str | None = None
    error: str | None = None
    published: str | None = None
    title: str | None = None
    author: str | None = None
    kind: str = "txt"
    is_html: bool = False
    warnings: tuple[str, ...] = ()
    """Numbered warnings from reading (e.g. W003 repaired bytes), for the record's `warnings`."""
    url: str | None = None
    warc_record_id: str | None = None
    raw: bytes | None = None

    @property
    def loaded(self) -> bool:
        return self.text is not None or self.error is not None


def _published_hint(value: object) -> str | None:
    """An ISO date string from a metadata value, or None (never raises)."""
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


PUBLISHED_META = frozenset({
    "article:published_time", "og:published_time", "article.published", "datepublished", "pubdate",
    "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dc.date.created",
    "dcterms.date", "dcterms.issued", "dcterms.created", "citation_publication_date", "sailthru.date",
    "parsely-pub-date",
})
"""`<meta>` names/properties/itemprops (lower case) that state a page's publication date."""


def stated_published(tree: object) -> str | None:
    """The publication date the page states in its markup, as an ISO string, or None.

    Only what the page says: `<meta>` publication tags, a `datePublished`
    item property or `<time pubdate>`, JSON-LD `datePublished`. Never a date
    found in the text (trafilatura's guess may be a decision cited in the body,
    a site clock or a link's date); a date line printed in the main text is
    found by the extractor itself, with its span.
    """
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in PUBLISHED_META and (found := _published_hint(el.get("content"))):
            return found
    for el in tree.xpath('//*[@itemprop="datePublished"] | //time[@pubdate]'):
        if found := _published_hint(el.get("datetime") or el.get("content") or el.text_content()):
            return found
    for el in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(el.text_content())
        except ValueError:
            continue
        if found := _json_ld_published(data):
            return found
    return None


def _json_ld_published(data: object) -> str | None:
    """The first `datePublished` in a JSON-LD value (objects, lists, `@graph`)."""
    if isinstance(data, dict):
        if found := _published_hint(data.get("datePublished")):
            return found
        data = list(data.values())
    if isinstance(data, list):
        for item in data:
            if isinstance(item, (dict, list)) and (found := _json_ld_published(item)):
                return found
    return None


def html_to_doc(html: str, doc: SourceDoc) -> SourceDoc:
    """Main text and metadata of an HTML page (trafilatura), boilerplate dropped.

    The text is laid out like the scraped `.txt` articles — headline, blank
    line, publication date `dd/mm/yyyy` (only when the markup states one, see
    `stated_published`), blank line, body — so that the extractor treats both
    alike and every span points into this text.
    """
    import trafilatura  # imported here: only workers that meet HTML pay for it
    from trafilatura.utils import load_html

    for name in ("trafilatura", "htmldate", "courlan"):
        # their "discarding data: None" lines say what our E008 error line says, on a stderr -q keeps clean
        logging.getLogger(name).setLevel(logging.CRITICAL)

    try:
        tree = load_html(html)
        published = stated_published(tree) if tree is not None else None
        # the date is ours (above); a quick search keeps trafilatura's own date guess cheap
        result = trafilatura.bare_extraction(tree if tree is not None else html, with_metadata=True,
                                             include_comments=False, include_tables=True,
                                             date_extraction_params={"extensive_search": False})
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken pages
        return replace(doc, error=f"E008: HTML could not be parsed: {type(exc).__name__}: {exc}")
    data = result.as_dict() if hasattr(result, "as_dict") else (result or {})
    body = (data.get("text") or "").strip()
    if not body:
        return replace(doc, error="E008: no main text found in the HTML page")
    title = (data.get("title") or "").strip() or None
    parts: list[str] = []
    if title and not body.startswith(title):
        parts.append(title)
    elif title:
        first, _, rest = body.partition("\n")
        parts.append(first)
        body = rest.strip()
    if published:
        parts.append(dt.date.fromisoformat(published).strftime("%d/%m/%Y"))
    parts.append(body)
    text = "\n\n".join(p for p in parts if p)
    return replace(doc, text=text, title=title, published=published,
                   author=(data.get("author") or "").strip() or None, is_html=True)


def load_source(doc: SourceDoc) -> SourceDoc:
    """Fill in a stub from `iter_sources` (read, decode, strip HTML); never raises ReadError."""
    if doc.loaded:
        return doc
    try:
        decoded = decode(doc.raw if doc.raw is not None else _read_bytes(doc.path))
    except ReadError as exc:
        return replace(doc, error=str(exc), raw=None)
    # the bytes have served (do not carry them on); what decoding repaired goes to the record
    doc = replace(doc, raw=None, warnings=doc.warnings + decoded.warnings)
    if doc.kind == "html":
        return html_to_doc(decoded.text, doc)
    return replace(doc, text=decoded.text)


def _record_doc(obj: object, fallback_id: str, path: Path, text_field: str, id_field: str,
                where: str) -> SourceDoc:
    """A SourceDoc from one JSON record (object with a text field)."""
    if not isinstance(obj, dict):
        return SourceDoc(fallback_id, str(path), kind="json",
                         error=f"E005: {where}: expected a JSON object, got {type(obj).__name__}")
    raw_id = obj.get(id_field)
    doc_id = str(raw_id) if raw_id not in (None, "") else fallback_id
    text = obj.get(text_field)
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return SourceDoc(doc_id, str(path), kind="json",
                         error=f"E006: {where}: text field {text_field!r} is {what}")
    if not text.strip():
        return SourceDoc(doc_id, str(path), kind="json", error=f"E004: {where}: text field is empty")
    if len(text) > MAX_BYTES:
        return SourceDoc(doc_id, str(path), kind="json",
                         error=f"E003: {where}: text is {len(text)} characters, over the {MAX_BYTES} limit")
    title = obj.get("title")
    return SourceDoc(doc_id, str(path), text=text, kind="json",
                     published=_published_hint(obj.get("published")),
                     title=title if isinstance(title, str) and title.strip() else None)


SKIP_PIECE = 1 << 20
"""Bytes read at a time while skipping the rest of an over-long line."""


def bounded_lines(fh: BinaryIO, limit: int = MAX_BYTES) -> Iterator[tuple[bytes | None, int]]:
    """(line, length) for each line of a binary stream, holding at most `limit + 1` bytes of it.

    A line longer than `limit` (newline included) comes out as `(None, length)`:
    its rest is read and dropped piece by piece, so one 2 GB line costs no more
    memory than a line at the limit (iterating the file would build it whole).
    """
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit:
            yield line, len(line)
            continue
        size = len(line)
        ended = line.endswith(b"\n")
        del line
        while not ended:
            piece = fh.readline(SKIP_PIECE)
            size += len(piece)
            ended = not piece or piece.endswith(b"\n")
        yield None, size


def _iter_jsonl(path: Path, text_field: str, id_field: str) -> Iterator[SourceDoc]:
    """One SourceDoc per non-blank line, streamed (a JSONL file may be far larger than memory)."""
    stem = doc_stem(path)
    lineno = 0
    try:
        with open_input(path) as fh:
            for lineno, (raw, size) in enumerate(bounded_lines(fh), start=1):
                fallback = f"{stem}:{lineno}"
                where = f"line {lineno}"
                if raw is None:
                    yield SourceDoc(fallback, str(path), kind="json",
                                    error=f"E003: {where} is {size} bytes, over the {MAX_BYTES}-byte limit")
                    continue
                if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8):]
                if not raw.strip():
                    continue
                try:
                    obj = json.loads(raw.decode("utf-8"))
                except UnicodeDecodeError as exc:
                    yield SourceDoc(fallback, str(path), kind="json", error=f"E002: {where} is not UTF-8: {exc}")
                    continue
                except json.JSONDecodeError as exc:
                    yield SourceDoc(fallback, str(path), kind="json", error=f"E005: {where}: malformed JSON: {exc}")
                    continue
                yield _record_doc(obj, fallback, path, text_field, id_field, where)
    except (gzip.BadGzipFile, zlib.error, EOFError) as exc:
        yield SourceDoc(f"{stem}:{lineno + 1}", str(path), kind="json",
                        error=f"E007: corrupt gzip file after line {lineno}: {exc}")
    except (OSError, ReadError) as exc:
        yield SourceDoc(stem, str(path), kind="json", error=f"E009: cannot read file: {exc}")


def _iter_json(path: Path, text_field: str, id_field: str) -> Iterator[SourceDoc]:
    """A `.json` file: one record object, or an array of them."""
    stem = doc_stem(path)
    try:
        obj = json.loads(_decode_json_bytes(_read_bytes(path, MAX_JSON_BYTES)))
    except ReadError as exc:
        yield SourceDoc(stem, str(path), kind="json", error=str(exc))
        return
    except json.JSONDecodeError as exc:
        yield SourceDoc(stem, str(path), kind="json", error=f"E005: malformed JSON: {exc}")
        return
    if isinstance(obj, list):
        for i, item in enumerate(obj, start=1):
            yield _record_doc(item, f"{stem}:{i}", path, text_field, id_field, f"item {i}")
    else:
        yield _record_doc(obj, stem, path, text_field, id_field, "record")


def _decode_json_bytes(data: bytes) -> str:
    """JSON bytes → str; like `decode_bytes` but with the larger JSON size limit."""
    if len(data) <= MAX_BYTES:
        return decode_bytes(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="strict")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(f"E002: JSON file is not UTF-8: {exc}") from exc


def _iter_warc(path: str | PurePath) -> Iterator[SourceDoc]:
    """The HTML pages of a web archive: responses with HTTP status 200 and an HTML content type.

    The payload (de-chunked, content-encoding undone) travels as `raw` bytes
    to the worker, which decodes it and strips the boilerplate. A URL
    captured twice keeps its first capture. An archive that breaks off gives
    its pages so far and one E015 line.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    class QuietIterator(ArchiveIterator):
        INC_RECORD = ""  # warcio prints this warning on stderr; we count it (err_count) and report E015

    seen: set[str] = set()
    n = pages = 0
    try:
        with open_binary(path) as fh:
            head = fh.read(5)
            fh.seek(0)
            if not head.startswith(b"\x1f\x8b") and head != b"WARC/":  # gzip members are checked by warcio
                raise ArchiveLoadFailed("no WARC/ header at the start: not a web archive")
            records = QuietIterator(fh)
            for rec in records:
                n += 1
                if rec.rec_type != "response" or rec.http_headers is None:
                    continue  # requests, metadata, warcinfo, revisits, DNS records
                ctype = (rec.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if rec.http_headers.get_statuscode() != "200" or ctype not in HTML_CONTENT_TYPES:
                    continue  # redirects, errors, images, scripts, style sheets
                url = rec.rec_headers.get_header("WARC-Target-URI") or ""
                record_id = rec.rec_headers.get_header("WARC-Record-ID")
                doc_id = url or record_id or f"{doc_stem(path)}:{n}"
                if doc_id in seen:
                    continue
                seen.add(doc_id)
                data = rec.content_stream().read(MAX_BYTES + 1)
                doc = SourceDoc(doc_id, str(path), kind="html", url=url or None, warc_record_id=record_id)
                if len(data) > MAX_BYTES:
                    yield replace(doc, error=f"E003: archived page is over the {MAX_BYTES}-byte limit")
                else:
                    yield replace(doc, raw=data)
                pages += 1
            log.info("%s: %d page(s) taken, %d other record(s) passed over (requests, redirects, errors, "
                     "images and other non-HTML, repeated captures)", path, pages, n - pages)
            if records.err_count:
                raise ArchiveLoadFailed(f"{records.err_count} record(s) not where the previous record's "
                                        "Content-Length says; pages may be missing")
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError, ReadError) as exc:
        why = str(exc).strip().splitlines()[0][:120].encode("ascii", "backslashreplace").decode() if str(exc) else ""
        yield SourceDoc(f"{doc_stem(path)}:{n + 1}", str(path), kind="html",
                        error=f"E015: web archive cannot be read after record {n}: {type(exc).__name__}: {why}")


def source_text(path: str, warc_record_id: str | None = None) -> str | None:
    """The text a record's spans point into, read again from its source (`record.source`):
    a text or HTML file, or one page of a web archive; None for JSON/JSONL inputs (a line
    of them cannot be found again without the batch's field names) and unreadable sources."""
    suffix = inner_suffix(path)
    if suffix in WARC_SUFFIXES:
        doc = next((d for d in _iter_warc(path) if d.warc_record_id == warc_record_id), None)
    elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
        doc = SourceDoc(doc_stem(path), path, kind="html" if suffix in HTML_SUFFIXES else "txt")
    else:
        return None
    return None if doc is None else load_source(doc).text


OnError = Callable[[Path, OSError], None]


def _walk(root: Path, exclude: set[Path], on_error: OnError) -> Iterator[Path]:
    """Supported files under `root`, depth-first in sorted order, without listing the whole tree."""
    for dirpath, dirnames, filenames in os.walk(root, onerror=lambda exc: on_error(Path(exc.filename), exc)):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath, name)
            if inner_suffix(path) in SUPPORTED_SUFFIXES and path.resolve() not in exclude \
                    and not is_batch_output(path):
                yield path


def _url_files(url: str, exclude: set[Path] = frozenset()) -> Iterator[str]:
    """An fsspec URL: the file itself, or the supported files under it (sorted, without batch
    outputs), or E010."""
    import fsspec

    try:
        fs, root = fsspec.core.url_to_fs(url)
        local = "file" in ((fs.protocol,) if isinstance(fs.protocol, str) else fs.protocol)
        if fs.isdir(root):
            for name in sorted(fs.find(root)):
                full = fs.unstrip_protocol(name)
                if inner_suffix(full) in SUPPORTED_SUFFIXES and not _name_path(full).name.startswith(".") \
                        and not (local and Path(name).resolve() in exclude) and not is_batch_output(full):
                    yield full
        elif fs.exists(root):
            yield url
        else:
            raise ReadError(f"E010: no such file or folder: {url}")
    except ImportError as exc:  # no file system installed for the protocol (s3fs, gcsfs, …)
        raise ReadError(f"E010: cannot open {url}: {exc}") from exc


def input_exists(path: str | Path) -> bool:
    """A local path or fsspec URL that is there (a URL whose file system is not installed is not)."""
    if not is_url(path):
        return Path(path).exists()
    import fsspec

    try:
        fs, root = fsspec.core.url_to_fs(str(path))
        return bool(fs.exists(root))
    except (ImportError, OSError, ValueError):
        return False


def _ignore(path: Path, exc: OSError) -> None:
    """Default of `iter_input_files(on_error=…)`: callers that only list files may pass unreadable folders by."""


def iter_input_files(paths: Iterable[str | Path], exclude: Iterable[str | Path] = (),
                     on_error: OnError = _ignore) -> Iterator[Path | str]:
    """Files named on the command line (any suffix) and supported files inside folders; fsspec
    URLs come out as URL strings.

    Folders are walked without the outputs of earlier batch runs (`is_batch_output`).
    A folder (or path) that cannot be read is passed to `on_error`.
    Raises ReadError E010 for a path that does not exist (a usage error).
    """
    skip = {Path(p).resolve() for p in exclude}
    for p in paths:
        if is_url(p):
            yield from _url_files(str(p), skip)
            continue
        path = Path(p)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as exc:  # e.g. a parent folder without search permission
            on_error(path, exc)
            continue
        if is_dir:
            yield from _walk(path, skip, on_error)
        elif exists:
            if path.resolve() not in skip:
                yield path
        else:
            raise ReadError(f"E010: no such file or folder: {path}")


BATCH_OUTPUT_NAMES = (".errors.jsonl", ".partial.jsonl")
"""Name endings of the errors files and journals that `khoi-extract batch` writes."""
_RECORD_KEYS = frozenset({"doc_id", "events", "spans", "warnings"})


def is_batch_output(path: str | PurePath) -> bool:
    """Is this file a batch output (records, errors file, journal) rather than articles?

    An earlier run's `out.jsonl` left in an input folder would otherwise be read
    as articles by the next run. Told by the name (errors files, journals) or,
    for JSONL, by a first line that is an ArticleRecord row.
    """
    name = _name_path(path).name.lower()
    if name.endswith(BATCH_OUTPUT_NAMES):
        return True
    if inner_suffix(path) not in JSONL_SUFFIXES:
        return False
    try:
        with open_input(path) as fh:
            for raw, _ in bounded_lines(fh, SKIP_PIECE):
                if raw is None:
                    return False
                if raw.strip():
                    row = json.loads(raw.lstrip(codecs.BOM_UTF8))
                    return isinstance(row, dict) and _RECORD_KEYS <= row.keys()
    except (OSError, EOFError, zlib.error, ValueError, ReadError):  # unreadable or not JSON: reading reports it
        return False
    return False


def iter_sources(paths: Iterable[str | Path], text_field: str = "text", id_field: str = "id",
                 exclude: Iterable[str | Path] = ()) -> Iterator[SourceDoc]:
    """Stubs for whole-file documents (txt, html) and loaded docs for JSON/JSONL records.

    A folder that cannot be read is one E009 document (its path as doc_id), so
    the files it holds are not lost in silence.
    """
    unreadable: list[SourceDoc] = []

    def on_error(path: Path, exc: OSError) -> None:
        unreadable.append(SourceDoc(str(path), str(path), kind="folder",
                                    error=f"E009: cannot read {path}: {exc.strerror or exc}"))

    def flush() -> Iterator[SourceDoc]:
        while unreadable:
            yield unreadable.pop(0)

    for path in iter_input_files(paths, exclude, on_error):
        yield from flush()
        suffix = inner_suffix(path)
        if suffix in JSONL_SUFFIXES:
            yield from _iter_jsonl(path, text_field, id_field)
        elif suffix in WARC_SUFFIXES:
            yield from _iter_warc(path)
        elif suffix in JSON_SUFFIXES:
            yield from _iter_json(path, text_field, id_field)
        else:
            kind = "html" if suffix in HTML_SUFFIXES else "txt"
            yield SourceDoc(doc_stem(path), str(path), kind=kind)
    yield from flush()


def iter_documents(paths: Iterable[str | Path] | str | Path, text_field: str = "text",
                   id_field: str = "id") -> Iterator[SourceDoc]:
    """Every document in the given files/folders, read and decoded, in a stable order.

    Unreadable documents come out with `error` set instead of `text`; only a
    path that does not exist raises (ReadError E010).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for doc in iter_sources(paths, text_field=text_field, id_field=id_field):
        yield load_source(doc)
