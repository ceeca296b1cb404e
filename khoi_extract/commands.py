"""`khoi-extract extract FILE`: print one article's record as JSON."""
from __future__ import annotations

import argparse
import json
import sys

from .errors import KhoiError


def configure_extract_parser(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="article file (.txt, .html, optionally .gz; UTF-8, UTF-16 or Windows-1258); "
                   "- reads the text from standard input")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--id", dest="doc_id", help="doc_id to record (default: the file stem; 'stdin' for -)")
    p.epilog = ("examples:\n  khoi-extract extract corpus/dev/000_24e531d7a02767a5.txt --pretty\n"
                "  curl -s https://example.org/article.txt | khoi-extract extract - --id a1")
    p.add_argument("--no-spans", action="store_true", help="leave out the evidence spans")


def run_extract(args: argparse.Namespace) -> int:
    from .pipeline import extract, extract_file
    from .reading import decode_bytes

    try:
        if args.file == "-":  # a pipe: decode the bytes as a text file is decoded
            rec = extract(decode_bytes(sys.stdin.buffer.read()), doc_id=args.doc_id or "stdin")
        else:
            rec = extract_file(args.file, doc_id=args.doc_id)
    except (OSError, KhoiError) as exc:
        print(f"khoi-extract: {args.file}: {exc}", file=sys.stderr)
        return 2
    data = rec.model_dump(mode="json")
    if args.no_spans:
        data.pop("spans", None)
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
    sys.stdout.write("\n")
    return 0
