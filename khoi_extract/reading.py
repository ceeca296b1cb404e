"""Bytes → text: encoding detection with a clear error for binary input.

(Initial version; the batch work extends this module with HTML, JSON and gzip.)
"""
from __future__ import annotations

from pathlib import Path

from .errors import ReadError

MAX_BYTES = 5_000_000


def decode_bytes(data: bytes) -> str:
    """Decode article bytes: BOM-marked UTF-16/UTF-8, else UTF-8, else Windows-1258."""
    if len(data) > MAX_BYTES:
        raise ReadError(f"E003: input is {len(data)} bytes, over the {MAX_BYTES}-byte limit")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ReadError("E001: input looks binary (NUL bytes) and has no UTF-16 byte-order mark")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError as exc:  # pragma: no cover - cp1258 maps almost every byte
        raise ReadError(f"E002: cannot decode input as UTF-8 or Windows-1258: {exc}") from exc


def read_text_file(path: str | Path) -> str:
    """Read one plain-text article file."""
    return decode_bytes(Path(path).read_bytes())
