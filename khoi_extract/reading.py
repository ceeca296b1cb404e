"""Inputs → article text: encodings, HTML, JSON/JSONL, gzip, folders.

Everything that can go wrong with an input becomes a numbered `ReadError`
(or, in the document iterator, a `SourceDoc` carrying that message), so one
bad file never stops a batch:

    E001 binary input            E005 malformed JSON / JSONL
    E002 undecodable bytes       E006 record without a usable text field
    E003 input too large         E007 corrupt gzip stream
    E004 empty input             E008 HTML without extractable main text
    E009 file cannot be opened   E010 input path does not exist
    E013 web archive (WARC) that cannot be read on

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
from collections.abc import Iterable, Iterator
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


def decode_bytes(data: bytes) -> str:
    """Decode article bytes: BOM, else UTF-8, else BOM-less UTF-16, else Windows-1258.

    Windows-1258 writes tone marks as combining characters; the result is
    NFC-composed so that it reads (and matches) like the same text in UTF-8.
    """
    if len(data) > MAX_BYTES:
        raise ReadError(f"E003: input is {len(data)} bytes, over the {MAX_BYTES}-byte limit")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReadError(f"E002: input has a {encoding} byte-order mark but does not decode: {exc}") from exc
            return _check_not_empty(text)
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
                return _check_not_empty(text)
        raise ReadError("E001: input looks binary (NUL bytes) and is not recognisable UTF-16 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = unicodedata.normalize("NFC", data.decode("cp1258"))
        except UnicodeDecodeError as exc:
            raise ReadError(f"E002: cannot decode input as UTF-8 or Windows-1258: {exc}") from exc
    if not _looks_like_text(text):
        raise ReadError("E001: input looks binary (too many control characters)")
    return text


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


def html_to_doc(html: str, doc: SourceDoc) -> SourceDoc:
    """Main text and metadata of an HTML page (trafilatura), boilerplate dropped.

    The text is laid out like the scraped `.txt` articles — headline, blank
    line, publication date `dd/mm/yyyy`, blank line, body — so that the
    extractor treats both alike and every span points into this text.
    """
    import trafilatura  # imported here: only workers that meet HTML pay for it

    for name in ("trafilatura", "htmldate", "courlan"):
        # their "discarding data: None" lines say what our E008 error line says, on a stderr -q keeps clean
        logging.getLogger(name).setLevel(logging.CRITICAL)

    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                             include_tables=True)
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken pages
        return replace(doc, error=f"E008: HTML could not be parsed: {type(exc).__name__}: {exc}")
    data = result.as_dict() if hasattr(result, "as_dict") else (result or {})
    body = (data.get("text") or "").strip()
    if not body:
        return replace(doc, error="E008: no main text found in the HTML page")
    title = (data.get("title") or "").strip() or None
    published = _published_hint(data.get("date"))
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
        text = decode_bytes(doc.raw if doc.raw is not None else _read_bytes(doc.path))
    except ReadError as exc:
        return replace(doc, error=str(exc), raw=None)
    doc = replace(doc, raw=None)  # the bytes have served; do not carry them on
    if doc.kind == "html":
        return html_to_doc(text, doc)
    return replace(doc, text=text)


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


def _iter_jsonl(path: Path, text_field: str, id_field: str) -> Iterator[SourceDoc]:
    """One SourceDoc per non-blank line, streamed (a JSONL file may be far larger than memory)."""
    stem = doc_stem(path)
    lineno = 0
    try:
        with open_input(path) as fh:
            for lineno, raw in enumerate(fh, start=1):
                fallback = f"{stem}:{lineno}"
                if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8):]
                if not raw.strip():
                    continue
                where = f"line {lineno}"
                if len(raw) > MAX_BYTES:
                    yield SourceDoc(fallback, str(path), kind="json",
                                    error=f"E003: {where} is {len(raw)} bytes, over the {MAX_BYTES}-byte limit")
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
    its pages so far and one E013 line.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    class QuietIterator(ArchiveIterator):
        INC_RECORD = ""  # warcio prints this warning on stderr; we count it (err_count) and report E013

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
                        error=f"E013: web archive cannot be read after record {n}: {type(exc).__name__}: {why}")


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


def _walk(root: Path, exclude: set[Path]) -> Iterator[Path]:
    """Supported files under `root`, depth-first in sorted order, without listing the whole tree."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath, name)
            if inner_suffix(path) in SUPPORTED_SUFFIXES and path.resolve() not in exclude:
                yield path


def _url_files(url: str) -> Iterator[str]:
    """An fsspec URL: the file itself, or the supported files under it (sorted), or E010."""
    import fsspec

    try:
        fs, root = fsspec.core.url_to_fs(url)
        if fs.isdir(root):
            for name in sorted(fs.find(root)):
                full = fs.unstrip_protocol(name)
                if inner_suffix(full) in SUPPORTED_SUFFIXES and not _name_path(full).name.startswith("."):
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


def iter_input_files(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> Iterator[Path | str]:
    """Files named on the command line (any suffix) and supported files inside folders; fsspec
    URLs come out as URL strings.

    Raises ReadError E010 for a path that does not exist (a usage error).
    """
    skip = {Path(p).resolve() for p in exclude}
    for p in paths:
        if is_url(p):
            yield from _url_files(str(p))
            continue
        path = Path(p)
        if path.is_dir():
            yield from _walk(path, skip)
        elif path.exists():
            if path.resolve() not in skip:
                yield path
        else:
            raise ReadError(f"E010: no such file or folder: {path}")


def iter_sources(paths: Iterable[str | Path], text_field: str = "text", id_field: str = "id",
                 exclude: Iterable[str | Path] = ()) -> Iterator[SourceDoc]:
    """Stubs for whole-file documents (txt, html) and loaded docs for JSON/JSONL records."""
    for path in iter_input_files(paths, exclude):
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
