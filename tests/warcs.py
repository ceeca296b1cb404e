"""Web archives made on the spot with warcio, as `wget --warc-file` or Browsertrix write them."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def page(title: str, body: str) -> bytes:
    return (f"<html><head><title>{title}</title>"
            "<meta property='article:published_time' content='2022-01-12'></head>"
            f"<body><nav>Trang chủ | Đăng nhập</nav><article><h1>{title}</h1><p>{body}</p></article>"
            "<footer>Bản quyền</footer></body></html>").encode("utf-8")


def _response(writer: WARCWriter, url: str, status: str, ctype: str | None, payload: bytes,
              extra: list[tuple[str, str]] = ()) -> str:
    headers = [("Content-Length", str(len(payload)))] + list(extra)
    if ctype:
        headers.insert(0, ("Content-Type", ctype))
    rec = writer.create_warc_record(url, "response", payload=BytesIO(payload),
                                    http_headers=StatusAndHeaders(status, headers, protocol="HTTP/1.1"))
    writer.write_record(rec)
    return rec.rec_headers.get_header("WARC-Record-ID")


def _request(writer: WARCWriter, url: str) -> None:
    headers = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "example.vn")], is_http_request=True)
    writer.write_record(writer.create_warc_record(url, "request", http_headers=headers))


def write_crawl(path: Path, articles: dict[str, tuple[str, str]], gzip: bool = True) -> dict[str, str]:
    """A crawl holding the given article pages (url → (title, body)) among the chaff a crawler
    records: warcinfo, requests, a redirect, a 404 page, an image, a style sheet, a second
    capture of the first article. Returns url → WARC-Record-ID of each article's response."""
    ids: dict[str, str] = {}
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        _request(writer, "http://example.vn/")
        _response(writer, "http://example.vn/", "301 Moved Permanently", "text/html", b"<a href='/tin'>moved</a>",
                  [("Location", "http://example.vn/tin")])
        for url, (title, body) in articles.items():
            _request(writer, url)
            ids[url] = _response(writer, url, "200 OK", "text/html; charset=utf-8", page(title, body))
        _response(writer, "http://example.vn/missing", "404 Not Found", "text/html", page("Không tìm thấy", "404"))
        _response(writer, "http://example.vn/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64))
        _response(writer, "http://example.vn/site.css", "200 OK", "text/css", b"body{color:red}")
        first = next(iter(articles), None)
        if first:  # a second capture of the same page: the first one stands
            _response(writer, first, "200 OK", "text/html", page("Bản khác", "Một bản thu khác của trang."))
    return ids
