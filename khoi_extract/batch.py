"""Many articles at once: `khoi-extract batch` and the library call `extract_many`.

One engine serves both. Documents stream from the inputs through a bounded
window of work (so memory stays flat for any corpus size) to worker
processes — a local process pool or a Dask cluster — and the results come
back in input order. Every document that cannot be read or extracted
becomes a numbered error instead of stopping the run:

    E011 duplicate doc_id            E051 extraction timed out (--timeout)
    E050 extraction raised           E052 worker process died on this document
    E053 a Dask task failed (e.g. khoi-extract missing on a remote worker)
    E054 workers die before finishing any document (the run stops, exit status 2)
    E060/E061/E062/E065 output file problems (usage errors, exit status 2)
    E066 bad --timeout   E067 Dask scheduler unreachable   E068 --scheduler without --engine dask
"""
from __future__ import annotations

import argparse
import ast
import collections
import contextlib
import dataclasses
import itertools
import logging
import math
import multiprocessing
import os
import signal
import sys
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Literal

from .errors import ExtractionTimeout, KhoiError, ReadError
from .reading import (
    JSON_SUFFIXES, JSONL_SUFFIXES, SourceDoc, _read_bytes, bounded_lines, inner_suffix, input_exists, is_url,
    iter_input_files, iter_sources, load_source, open_input,
)
from .schema import ArticleRecord
from .writers import (
    JsonlSink, OutputFormatError, convert, iter_jsonl_rows, output_format, read_rows, truncate_partial_line,
)

Engine = Literal["local", "dask"]
Send = Literal["auto", "paths", "contents"]
log = logging.getLogger(__name__)
DEFAULT_TIMEOUT = 120.0
"""Seconds one document may take inside `extract` before it is recorded as E051."""
DEFAULT_CHUNKSIZE = 8
"""Documents sent to a worker at a time: amortises inter-process overhead."""
WINDOW_PER_WORKER = 3
"""Chunks in flight per worker: keeps workers busy while bounding memory."""
CHUNKS_PER_POOL = 250
"""Chunks per worker before the local pool is replaced by fresh workers (forked from the
preloaded server in about 0.1 s). Per-process state that grows with every new word (spaCy's
vocabulary) or stays after a large document (the allocator's high-water mark) is dropped."""
LARGE_TEXT = 100_000
"""Characters from which a document leaves its worker holding tens of MB more after it is
done (about 40 MB for 200,000 characters): the pool is renewed soon after such a document."""
MIN_CHUNKS_PER_POOL = 8
"""Chunks per worker a pool runs at least, so that many large documents cannot make renewal the work."""
SCHEDULER_TIMEOUT = 10.0
"""Seconds to reach a Dask scheduler before the run is refused (E067)."""


@dataclasses.dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one document: its JSON row, or its numbered error."""

    doc_id: str
    path: str
    row: dict | None = None
    error: str | None = None
    size: int = 0
    """Characters of text the worker extracted (large ones leave the worker bigger)."""


def available_cores() -> int:
    """Cores this process may use (the affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def errors_path(out: str | Path) -> Path:
    """Where the error lines of a batch writing `out` go: `out.jsonl` → `out.jsonl.errors.jsonl`.

    Named after the whole output name, so `out.jsonl`, `out.csv` and `out.duckdb`
    in one folder keep one errors file each.
    """
    out = Path(out)
    return out.with_name(out.name + ".errors.jsonl")


def journal_path(out: str | Path) -> Path:
    """The JSONL a run streams into: OUT itself for .jsonl, else `OUT.partial.jsonl` (converted at the end)."""
    out = Path(out)
    return out if output_format(out) == "jsonl" else out.with_name(out.name + ".partial.jsonl")


# --------------------------------------------------------------------------- per document (runs in workers)


class _Timeout(Exception):
    pass


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise _Timeout after `seconds` (SIGALRM; only possible on a process's main thread, else no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise _Timeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _extract_fn():
    """The pipeline's `extract`, imported on first use and then cached by the module system (once per worker)."""
    from .pipeline import extract

    return extract


def warm_up() -> None:
    """Load the pipeline in this process (worker initializer) so the first document pays no load cost."""
    try:
        _extract_fn()("Khối thi đua", doc_id="warm-up")
    except Exception:  # a broken pipeline shows up per document, with its error line
        pass


def _exit_with_parent(parent_pid: int, interval: float = 1.0) -> None:
    """Stop this worker when the batch process is gone (killed), instead of lingering as an orphan."""
    while True:
        time.sleep(interval)
        try:
            os.kill(parent_pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # pragma: no cover - pid reused by another user's process
            os._exit(1)


def _init_local_worker(parent_pid: int) -> None:
    """Local pool initializer: quiet exit on Ctrl-C, watch the parent, load the pipeline once."""
    signal.signal(signal.SIGINT, lambda signum, frame: os._exit(130))  # the parent reports the interrupt
    threading.Thread(target=_exit_with_parent, args=(parent_pid,), daemon=True).start()
    warm_up()


def process_doc(doc: SourceDoc, timeout: float | None = DEFAULT_TIMEOUT) -> Outcome:
    """Read (if still a stub) and extract one document; never raises for a bad document."""
    doc = load_source(doc)
    if doc.error is not None or doc.text is None:
        return Outcome(doc.doc_id, doc.path, error=doc.error or "E004: input is empty")
    try:
        with _time_limit(timeout):
            record = _extract_fn()(doc.text, doc_id=doc.doc_id, published=doc.published)
    except _Timeout:
        return Outcome(doc.doc_id, doc.path, error=f"E051: extraction took longer than {timeout:g} s")
    except ExtractionTimeout as exc:
        msg = str(exc)
        return Outcome(doc.doc_id, doc.path, error=msg if msg.startswith("E") else f"E090: {msg}")
    except Exception as exc:  # any bug in the extractor is one document's problem, not the batch's
        return Outcome(doc.doc_id, doc.path, error=f"E050: extraction failed: {type(exc).__name__}: {exc}")
    if not isinstance(record, ArticleRecord):
        return Outcome(doc.doc_id, doc.path,
                       error=f"E050: extract returned {type(record).__name__}, not ArticleRecord")
    row = record.model_dump(mode="json")
    row["doc_id"] = doc.doc_id
    if doc.path:  # a text handed to extract_many has no source to point back to
        row["source"] = {"path": doc.path, "url": doc.url, "warc_record_id": doc.warc_record_id}
    if doc.warnings:  # what reading repaired (e.g. W003 stray bytes) comes first
        row["warnings"] = [*doc.warnings, *row["warnings"]]
    if doc.is_html:
        row["text"] = doc.text
    return Outcome(doc.doc_id, doc.path, row=row, size=len(doc.text))


def process_chunk(docs: list[SourceDoc], timeout: float | None = DEFAULT_TIMEOUT) -> list[Outcome]:
    """The unit of work shipped to a worker (local pool or Dask)."""
    return [process_doc(doc, timeout) for doc in docs]


def _chunks(docs: Iterable[SourceDoc], size: int) -> Iterator[list[SourceDoc]]:
    chunk: list[SourceDoc] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _died(doc: SourceDoc, why: str = "crash or out of memory") -> Outcome:
    return Outcome(doc.doc_id, doc.path, error=f"E052: worker process died ({why}) while extracting this document")


# --------------------------------------------------------------------------- engines


def _mp_context() -> multiprocessing.context.BaseContext:
    """How to start workers: a fork server where possible, else fork, else spawn.

    Workers fork from a server that has already imported the pipeline: quick
    start, shared memory pages, and no fork of this process's threads. The
    server re-imports the main script, so it needs one on disk; a main read
    from stdin gets plain fork instead.
    """
    methods = multiprocessing.get_all_start_methods()
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    if "forkserver" in methods and (main_file is None or os.path.isfile(main_file)):
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["khoi_extract.batch", "khoi_extract.pipeline"])
        return ctx
    if "fork" in methods:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows


class WorkerStartError(KhoiError):
    """E054: worker processes die before finishing any document (environment problem, not the data)."""


class UnguardedMainError(KhoiError):
    """E055: workers would re-run the calling script, whose call is not under `if __name__ == "__main__":`."""


def _is_main_guard(test: ast.expr) -> bool:
    """`__name__ == "__main__"`, either way round."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
        return False
    sides = [test.left, test.comparators[0]]
    return (any(isinstance(x, ast.Name) and x.id == "__name__" for x in sides)
            and any(isinstance(x, ast.Constant) and x.value == "__main__" for x in sides))


def check_main_guard(what: str) -> None:
    """Raise E055 when this call runs while the main script is being executed, outside its
    `if __name__ == "__main__":` block.

    Worker processes that are not forked re-import the main script; an
    unguarded call would start workers again in each of them, which
    multiprocessing answers with a traceback per worker. Saying so once, before
    any worker starts, is the useful error.
    """
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if main is None or not path or not os.path.isfile(path):
        return  # notebooks, `python -c`, stdin: nothing to re-import
    frame = sys._getframe(1)
    while frame is not None and not (frame.f_code.co_name == "<module>" and frame.f_globals is vars(main)):
        frame = frame.f_back
    if frame is None:
        return  # not called while the script's top level runs
    try:
        tree = ast.parse(Path(path).read_bytes())
    except (OSError, SyntaxError, ValueError):
        return
    line = frame.f_lineno
    if any(isinstance(node, ast.If) and _is_main_guard(node.test) and node.lineno <= line <= (node.end_lineno or 0)
           for node in ast.walk(tree)):
        return
    raise UnguardedMainError(
        f"E055: {what} starts worker processes, and each re-imports the main script {path}; "
        f"its call at line {line} is not under `if __name__ == \"__main__\":`, so every worker would "
        "start workers of its own. Put the script's work under that guard, or use workers=1 "
        "to extract in this process.")


MAX_DEATHS_BEFORE_ANY_RESULT = 3


class _LocalPool:
    """A process pool fed through a bounded window; rebuilt if a worker dies."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor = self._new()
        self.succeeded = False
        self.deaths = 0

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=_mp_context(), initializer=_init_local_worker,
                                   initargs=(os.getpid(),))

    def submit(self, chunk: list[SourceDoc], timeout: float | None) -> Future:
        try:
            return self.executor.submit(process_chunk, chunk, timeout)
        except BrokenProcessPool:
            self.restart()
            return self.executor.submit(process_chunk, chunk, timeout)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def renew(self) -> None:
        """Fresh workers once the current ones are idle (callers drain the window first)."""
        self.executor.shutdown(wait=True)
        self.executor = self._new()

    def result(self, chunk: list[SourceDoc], fut: Future, timeout: float | None) -> list[Outcome]:
        """The chunk's outcomes; if its worker died, retry its documents one by one to find the culprit."""
        try:
            out = fut.result()
            self.succeeded = True
            return out
        except BrokenProcessPool:
            pass
        out: list[Outcome] = []
        for doc in chunk:
            try:
                out.extend(self.submit([doc], timeout).result())
                self.succeeded = True
            except BrokenProcessPool as exc:
                self.deaths += 1
                if not self.succeeded and self.deaths >= MAX_DEATHS_BEFORE_ANY_RESULT:
                    raise WorkerStartError(
                        f"E054: worker processes died {self.deaths} times before finishing any document "
                        f"({exc}); one worker (workers=1, --workers 1) runs in this process and shows "
                        "the error") from exc
                out.append(_died(doc))
                self.restart()
        return out

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _run_local(docs: Iterable[SourceDoc], workers: int, timeout: float | None,
               chunksize: int) -> Iterator[Outcome]:
    if workers == 1:
        for doc in docs:
            yield process_doc(doc, timeout)
        return
    pool = _LocalPool(workers)
    window: collections.deque[tuple[list[SourceDoc], Future]] = collections.deque()
    submitted = 0
    large = False  # a large document went through the current pool

    def collect(chunk: list[SourceDoc], fut: Future) -> list[Outcome]:
        nonlocal large
        outcomes = pool.result(chunk, fut, timeout)
        large = large or any(o.size > LARGE_TEXT for o in outcomes)
        return outcomes

    try:
        for chunk in _chunks(docs, chunksize):
            if submitted >= workers * CHUNKS_PER_POOL or (large and submitted >= workers * MIN_CHUNKS_PER_POOL):
                while window:
                    yield from collect(*window.popleft())
                pool.renew()
                submitted, large = 0, False
            window.append((chunk, pool.submit(chunk, timeout)))
            submitted += 1
            if len(window) >= workers * WINDOW_PER_WORKER:
                yield from collect(*window.popleft())
        while window:
            chunk0, fut0 = window.popleft()
            yield from pool.result(chunk0, fut0, timeout)
    finally:
        pool.close()


def _can_read(path: str) -> bool:
    """Runs on a Dask worker: can this worker open the input at `path`?"""
    return input_exists(path)


def _for_workers(doc: SourceDoc, send: Send) -> SourceDoc:
    """What a Dask worker gets for one document: an absolute path (or URL) it opens itself
    ("paths"), or the file's bytes read here ("contents")."""
    if doc.loaded or doc.raw is not None:
        return doc  # JSON records and archived pages carry their text or bytes already
    if send == "contents":
        try:
            return dataclasses.replace(doc, raw=_read_bytes(doc.path))
        except ReadError as exc:
            return dataclasses.replace(doc, error=str(exc))
    return doc if is_url(doc.path) else dataclasses.replace(doc, path=str(Path(doc.path).resolve()))


def _choose_send(client, docs: Iterator[SourceDoc], send: Send) -> tuple[Send, Iterator[SourceDoc]]:
    """Settle "auto": paths when every worker can open the first input file, else contents."""
    if send != "auto":
        return send, docs
    first: list[SourceDoc] = []
    for doc in docs:
        first.append(doc)
        if (not doc.loaded and doc.raw is None) or len(first) >= PROBE_LOOKAHEAD:
            break
    probe = first[-1] if first and not first[-1].loaded and first[-1].raw is None else None
    rest = itertools.chain(first, docs)
    if probe is None:
        return "paths", rest  # no file for workers to open: nothing to decide
    target = probe.path if is_url(probe.path) else str(Path(probe.path).resolve())
    seen = client.run(_can_read, target)
    return ("paths" if seen and all(seen.values()) else "contents"), rest


PROBE_LOOKAHEAD = 1_000
"""Documents read ahead looking for a file to probe (JSON records before it need no decision)."""
SEND_HELP = {
    "paths": "Dask workers open the input files themselves (they see them at the same paths or URLs)",
    "contents": "this process reads the input files and sends their bytes to the Dask workers "
                "(they cannot see these files)",
}


def _run_dask(docs: Iterable[SourceDoc], workers: int, timeout: float | None, chunksize: int,
              scheduler: str | None, send: Send = "auto") -> Iterator[Outcome]:
    """The same chunks on a Dask cluster (the given scheduler, or a LocalCluster of processes)."""
    from distributed import Client, LocalCluster
    from distributed.scheduler import KilledWorker

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        client.run(warm_up)  # load the pipeline once in every worker
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        mode, todo = _choose_send(client, iter(docs), send)
        log.info("%s.", SEND_HELP[mode])
        window: collections.deque[tuple[list[SourceDoc], Future]] = collections.deque()

        def collect(chunk: list[SourceDoc], fut) -> list[Outcome]:
            try:
                outcomes = fut.result()
            except KilledWorker:
                return [_died(doc, "KilledWorker") for doc in chunk]
            except Exception as exc:  # e.g. the package missing on a remote worker
                return [Outcome(doc.doc_id, doc.path, error=f"E053: Dask task failed: {type(exc).__name__}: {exc}")
                        for doc in chunk]
            return [_as_given(o, doc) for o, doc in zip(outcomes, chunk)]

        # Dask tasks run on worker threads, where SIGALRM cannot be used: no per-document limit there.
        for chunk in _chunks(todo, chunksize):
            shipped = [_for_workers(doc, mode) for doc in chunk]
            window.append((chunk, client.submit(process_chunk, shipped, timeout, pure=False)))
            if len(window) >= n_workers * WINDOW_PER_WORKER:
                yield from collect(*window.popleft())
        while window:
            yield from collect(*window.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _as_given(outcome: Outcome, doc: SourceDoc) -> Outcome:
    """An outcome with the input's path as the user gave it, not as it was resolved for the workers."""
    if outcome.row is not None and outcome.row.get("source"):
        outcome.row["source"]["path"] = doc.path
    return dataclasses.replace(outcome, path=doc.path)


def run_engine(docs: Iterable[SourceDoc], workers: int | None = None, engine: Engine = "local",
               scheduler: str | None = None, timeout: float | None = DEFAULT_TIMEOUT,
               chunksize: int | None = None, send: Send = "auto") -> Iterator[Outcome]:
    """Outcomes of `docs`, in input order, computed by the chosen engine (`send`: see `_run_dask`)."""
    workers = workers or available_cores()
    if workers < 1:
        raise ValueError("E063: workers must be at least 1")
    size = chunksize or (1 if workers == 1 else DEFAULT_CHUNKSIZE)
    spawns = (engine == "local" and workers > 1 and _mp_context().get_start_method() != "fork") or (
        engine == "dask" and not scheduler)
    if spawns:
        check_main_guard(f"workers={workers}" if engine == "local" else "engine='dask' (a LocalCluster)")
    if engine == "local":
        return _run_local(docs, workers, timeout, size)
    if engine == "dask":
        return _run_dask(docs, workers, timeout, size, scheduler, send)
    raise ValueError(f"E064: unknown engine {engine!r}; use 'local' or 'dask'")


def extract_many(items: Iterable[str | SourceDoc], workers: int | None = None, engine: Engine = "local",
                 scheduler: str | None = None, timeout: float | None = DEFAULT_TIMEOUT,
                 on_error: Literal["record", "raise", "skip"] = "record", send: Send = "auto",
                 ) -> Iterator[ArticleRecord]:
    """Extract many articles in parallel, yielding records in input order.

    `items` are article texts (doc_id `doc0`, `doc1`, … by position) or
    `SourceDoc`s (e.g. from `reading.iter_documents`). A document that fails
    gives, by `on_error`: an empty record whose `warnings` hold the numbered
    error (default, so outputs stay aligned with inputs), an exception, or
    nothing. With `engine="dask"`, `send` says what workers get for a file:
    its absolute path ("paths": a shared file system, or URLs they can open),
    its bytes read here ("contents": workers elsewhere), or whichever fits
    ("auto": paths when every worker can open the first file).
    """
    def docs() -> Iterator[SourceDoc]:
        for i, item in enumerate(items):
            if isinstance(item, (str, SourceDoc)):
                yield item if isinstance(item, SourceDoc) else SourceDoc(f"doc{i}", "", text=item, kind="text")
            else:  # not a path to read: the caller's mistake, said as such (not "does not exist")
                yield SourceDoc(f"doc{i}", "", kind="text",
                                error=f"E013: extract_many() needs article texts as str, not {type(item).__name__}")

    for outcome in run_engine(docs(), workers=workers, engine=engine, scheduler=scheduler, timeout=timeout,
                              send=send):
        if outcome.row is not None:
            yield ArticleRecord.model_validate(outcome.row)
        elif on_error == "raise":
            raise KhoiError(f"{outcome.doc_id}: {outcome.error}")
        elif on_error == "record":
            yield ArticleRecord(doc_id=outcome.doc_id, warnings=[outcome.error or "E050: failed"])


# --------------------------------------------------------------------------- command line


def configure_batch_parser(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="files or folders (recursive): .txt .html .htm .json .jsonl .warc, each optionally "
                        ".gz; or fsspec URLs (file://…, s3://… with s3fs installed)")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="output file; the suffix picks the format: .jsonl .csv .parquet .duckdb")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="worker processes (default: all cores; 1 = in this process)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local process pool (default) or a Dask cluster")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default with --engine dask: "
                        "a LocalCluster on this machine)")
    p.add_argument("--send", choices=("auto", "paths", "contents"), default="auto",
                   help="with --engine dask, what workers get for each input file: its absolute path "
                        "(paths: workers share this machine's files, or inputs are URLs such as s3://… they "
                        "can open), its bytes read here (contents: workers on other machines), or auto "
                        "(paths when every worker can open the first file; the choice is printed)")
    p.add_argument("--text-field", default="text", help="text field of JSON/JSONL records (default: text)")
    p.add_argument("--id-field", default="id", help="id field of JSON/JSONL records (default: id)")
    p.add_argument("--resume", action="store_true",
                   help="skip documents whose doc_id is already in OUT and append the rest")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"time limit per document inside extract, local engine (default {DEFAULT_TIMEOUT:g}; 0 = none)")
    p.add_argument("--chunksize", type=int, default=None, metavar="K",
                   help=f"documents per task sent to a worker (default {DEFAULT_CHUNKSIZE})")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.epilog = ("examples:\n"
                "  khoi-extract batch corpus/ -o out/corpus.duckdb\n"
                "  khoi-extract batch crawl.warc.gz dump.jsonl -o out.parquet     # web archives, JSONL dumps\n"
                "  khoi-extract batch s3://bucket/news/ -o out.jsonl --engine dask --scheduler tcp://10.0.0.5:8786\n"
                "errors: every document that fails goes to OUT + .errors.jsonl (out.jsonl.errors.jsonl);\n"
                "exit status 0 = all extracted, 1 = some failed, 2 = usage error")


def _missing(path: str) -> bool:
    """Does `path` not exist? (One that cannot be examined exists: reading reports it as E009.)"""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:
        return False
    return False


def _usage(msg: str) -> int:
    print(f"khoi-extract batch: {msg}", file=sys.stderr)
    return 2


def _count_documents(inputs: list[str], exclude: list[Path]) -> int:
    """Number of documents in the inputs (JSONL lines counted), for the progress bar's ETA."""
    total = 0
    unreadable = 0

    def on_error(path: Path, exc: OSError) -> None:
        nonlocal unreadable
        unreadable += 1

    for path in iter_input_files(inputs, exclude, on_error):
        suffix = inner_suffix(path)
        if suffix in JSONL_SUFFIXES:
            try:
                with open_input(path) as fh:  # bounded: one huge line must not be read whole here either
                    total += sum(1 for line, _ in bounded_lines(fh) if line is None or line.strip())
            except (OSError, EOFError, zlib.error, ReadError):
                total += 1
        elif suffix in JSON_SUFFIXES:
            total += 1
        else:
            total += 1
    return total + unreadable


def _progress(inputs: list[str], exclude: list[Path], quiet: bool):
    """A tqdm bar on a terminal (its total filled in by a background count), else a no-op bar."""
    from tqdm import tqdm

    show = not quiet and sys.stderr.isatty()
    bar = tqdm(total=None, unit="doc", file=sys.stderr, disable=not show, dynamic_ncols=True, smoothing=0.1)
    if show:
        def count() -> None:
            try:
                bar.total = _count_documents(inputs, exclude)
                bar.refresh()
            except Exception:
                pass

        threading.Thread(target=count, daemon=True).start()
    return bar


def _check_writable(path: Path) -> None:
    """Raise OSError unless `path` can be opened for appending, without changing an existing file."""
    existed = path.exists()
    with open(path, "a", encoding="utf-8"):
        pass
    if not existed:
        path.unlink()


def scheduler_problem(address: str, timeout: float | None = None) -> str | None:
    """Why the Dask scheduler at `address` cannot be used (E067), or None once a client has connected."""
    timeout = SCHEDULER_TIMEOUT if timeout is None else timeout
    try:
        from distributed import Client
    except ImportError as exc:
        return f"E067: --engine dask needs the 'distributed' package ({exc})"
    try:
        Client(address, timeout=timeout, set_as_default=False).close()
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        return f"E067: cannot reach the Dask scheduler at {address} within {timeout:g} s ({type(exc).__name__}: {exc})"
    return None


def _prepare_journal(out: Path, fmt: str, resume: bool) -> tuple[Path, set[str]]:
    """The JSONL to stream into and the doc_ids already done (resume)."""
    journal = journal_path(out)
    if not resume:
        journal.write_text("", encoding="utf-8")
        return journal, set()
    if not journal.exists():
        if fmt != "jsonl" and out.exists():
            # A finished run in another format: bring its records back into the journal.
            with JsonlSink(journal) as sink:
                for row in read_rows(out):
                    sink.write(row)
        else:
            journal.write_text("", encoding="utf-8")
    truncate_partial_line(journal)
    return journal, {row["doc_id"] for row in iter_jsonl_rows(journal)}


def run_batch(args: argparse.Namespace) -> int:
    out = Path(args.output)
    try:
        fmt = output_format(out)
    except OutputFormatError as exc:
        return _usage(str(exc))
    if not args.inputs:
        return _usage("E010: no inputs given (name files or folders to read)")
    missing = [p for p in args.inputs if (not input_exists(p) if is_url(p) else _missing(p))]
    if missing:
        return _usage(f"E010: no such file or folder: {', '.join(missing)}")
    if args.workers is not None and args.workers < 1:
        return _usage("E063: --workers must be at least 1")
    if args.timeout is not None and not (math.isfinite(args.timeout) and args.timeout >= 0):
        return _usage(f"E066: --timeout must be a number of seconds, 0 or more (0 = no limit), not {args.timeout:g}")
    if args.scheduler and args.engine != "dask":
        return _usage("E068: --scheduler names a Dask scheduler; add --engine dask to use it")
    if args.resume and fmt == "csv" and out.exists() and not journal_path(out).exists():
        return _usage(f"E062: --resume cannot read records back from the finished CSV {out}; "
                      "write .jsonl (or .parquet/.duckdb) to resume")
    if args.scheduler:  # before any output file is touched
        problem = scheduler_problem(args.scheduler)
        if problem:
            return _usage(problem)
    err_path = errors_path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        for target in (out, journal_path(out), err_path):
            _check_writable(target)
    except OSError as exc:
        return _usage(f"E065: cannot write the output {out}: {exc.strerror or exc}")
    try:
        journal, done = _prepare_journal(out, fmt, args.resume)
    except (OSError, OutputFormatError, ValueError) as exc:
        return _usage(f"E062: cannot resume from {out}: {exc}")
    exclude = [out, journal, err_path, out.with_name(f".{out.name}.tmp")]

    stats = collections.Counter()
    seen: set[str] = set(done)

    def todo() -> Iterator[SourceDoc]:
        for doc in iter_sources(args.inputs, text_field=args.text_field, id_field=args.id_field,
                                exclude=exclude):
            if doc.doc_id in done:
                stats["skipped"] += 1
                bar.update(1)
                continue
            if doc.doc_id in seen and doc.error is None:
                doc = dataclasses.replace(doc, text=None, error=(
                    f"E011: duplicate doc_id {doc.doc_id!r} (an earlier input has the same file stem or id)"))
            seen.add(doc.doc_id)
            yield doc

    # the library's notes (which way inputs reach Dask workers, what a web archive held) on stderr
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("khoi-extract batch: %(message)s"))
    handler.setLevel(logging.WARNING if args.quiet else logging.INFO)
    package_log = logging.getLogger("khoi_extract")
    level = package_log.level
    package_log.addHandler(handler)
    package_log.setLevel(logging.INFO)
    bar = _progress(args.inputs, exclude, args.quiet)
    try:
        with JsonlSink(journal, append=True) as sink, JsonlSink(err_path) as errors:
            for outcome in run_engine(todo(), workers=args.workers, engine=args.engine,
                                      scheduler=args.scheduler, timeout=args.timeout or None,
                                      chunksize=args.chunksize, send=args.send):
                if outcome.row is not None:
                    sink.write(outcome.row)
                    stats["ok"] += 1
                else:
                    errors.write({"path": outcome.path, "doc_id": outcome.doc_id, "error": outcome.error})
                    stats["failed"] += 1
                bar.update(1)
                if stats["failed"]:
                    bar.set_postfix(failed=stats["failed"], refresh=False)
    except WorkerStartError as exc:
        bar.close()
        print(f"khoi-extract batch: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        bar.close()
        print(f"khoi-extract batch: interrupted; {journal} holds every record finished so far — "
              "rerun with --resume to continue", file=sys.stderr)
        return 130
    finally:
        bar.close()
        package_log.removeHandler(handler)
        package_log.setLevel(level)
    if fmt != "jsonl":
        convert(journal, out)
        journal.unlink(missing_ok=True)
    if not stats["ok"] and not stats["failed"] and not stats["skipped"]:
        return _usage("E012: no input documents found (supported: .txt .html .htm .json .jsonl .warc, optionally .gz)")
    if not args.quiet:
        msg = f"{stats['ok']} extracted"
        if stats["skipped"]:
            msg += f", {stats['skipped']} already in {out.name}"
        if stats["failed"]:
            msg += f", {stats['failed']} failed (see {err_path})"
        print(f"khoi-extract batch: {msg} → {out}", file=sys.stderr)
    return 1 if stats["failed"] else 0


def main(argv: list[str] | None = None) -> int:
    """`python -m khoi_extract.batch …`: the sub-command on its own (also what spawned workers re-import)."""
    parser = argparse.ArgumentParser(prog="khoi-extract batch", formatter_class=argparse.RawDescriptionHelpFormatter)
    configure_batch_parser(parser)
    return run_batch(parser.parse_args(argv))

