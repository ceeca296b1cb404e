"""Command line: a thin layer over the library.

Each sub-command lives with the module that does the work; that module offers
`configure_parser(parser)` and `run(args) -> int`. Exit codes: 0 success,
1 some documents failed (batch) , 2 usage or input error.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__

SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("khoi_extract.commands", "extract one article and print its record as JSON"),
    "evaluate": ("khoi_extract.evaluate", "score predictions (or the extractor) against gold records"),
    "batch": ("khoi_extract.batch", "extract every article in files/folders to JSONL/CSV/Parquet/DuckDB"),
    "show": ("khoi_extract.views.show", "render one article with its extracted values highlighted (HTML)"),
    "report": ("khoi_extract.views.report", "render a corpus page from a batch output (HTML)"),
}

EPILOG = """examples:
  khoi-extract batch corpus/ -o out/corpus.duckdb          # every shipped article into SQL
  khoi-extract report out/corpus.duckdb -o out/report.html --pages out/pages --texts corpus/
  khoi-extract extract corpus/dev/000_24e531d7a02767a5.txt --pretty
  khoi-extract evaluate --gold gold --corpus corpus/test
  khoi-extract batch scraped/ -o out.jsonl --workers 2
  khoi-extract show article.txt -o page.html
  khoi-extract report out.jsonl -o corpus.html
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="khoi-extract",
        description="Turn Vietnamese reports of emulation-bloc (khối/cụm thi đua) meetings "
        "into validated, source-grounded records.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:  # one broken command must not take the others down
            p.set_defaults(_run=_unavailable(name, exc))
            continue
        configure = getattr(module, f"configure_{name}_parser", None) or module.configure_parser
        runner = getattr(module, f"run_{name}", None) or module.run
        configure(p)
        p.set_defaults(_run=runner)
    return parser


def _unavailable(name: str, exc: Exception):
    def run(args: argparse.Namespace) -> int:
        print(f"khoi-extract {name}: unavailable ({exc})", file=sys.stderr)
        return 2
    return run


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (`khoi-extract extract … | head`): stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
