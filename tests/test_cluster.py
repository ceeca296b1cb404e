"""`batch --engine dask --scheduler ADDRESS` against a scheduler and a worker started as separate
processes, each in a folder of its own (as on a real cluster), and fsspec URL inputs.

The cluster starts once for the module (about 10 s); the tests are marked `dask` (run in CI;
`-m 'not dask'` leaves them out locally).
"""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import fsspec
import pytest

from khoi_extract.batch import errors_path, main
from khoi_extract.writers import iter_jsonl_rows

pytestmark = pytest.mark.dask

ARTICLE = ("Khối thi đua số {n} tổng kết năm 2021\n\n12/01/2022\n\nNgày 10/01/2022, tại Sở Tư pháp tỉnh {n}, "
           "Khối thi đua số {n} tổ chức hội nghị tổng kết công tác thi đua năm 2021 và bầu Thanh tra tỉnh {n} "
           "làm đơn vị Trưởng khối năm 2022.")


def _page(n: int) -> bytes:
    return (f"<html><head><title>Tin {n}</title></head><body><nav>Trang chủ</nav><article>"
            f"<p>{ARTICLE.format(n=n).split(chr(10))[-1]}</p></article></body></html>").encode("utf-8")


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of a scheduler with one worker, both started in folders of their own."""
    root = tmp_path_factory.mktemp("cluster")
    (root / "scheduler").mkdir()
    (root / "worker").mkdir()
    info = root / "scheduler.json"
    procs = [subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0",
         "--no-dashboard", "--scheduler-file", str(info)],
        cwd=root / "scheduler", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        deadline = time.monotonic() + 120
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(info.read_text(encoding="utf-8"))["address"]
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1", "--no-dashboard"],
            cwd=root / "worker", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(1, timeout=120)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()


def test_relative_paths_reach_a_worker_started_in_another_folder(
        scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    for n in (1, 2):
        (tmp_path / "in" / f"a{n}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    (tmp_path / "in" / "sub" / "p3.html.gz").write_bytes(gzip.compress(_page(3)))
    monkeypatch.chdir(tmp_path)
    assert main(["in", "-o", "out.jsonl", "--engine", "dask", "--scheduler", scheduler]) == 0
    assert "open the input files themselves" in capsys.readouterr().err
    rows = list(iter_jsonl_rows(tmp_path / "out.jsonl"))
    assert [r["doc_id"] for r in rows] == ["a1", "a2", "p3"]
    # the paths as given, though the worker was sent absolute ones
    assert [r["source"]["path"] for r in rows] == ["in/a1.txt", "in/a2.txt", "in/sub/p3.html.gz"]
    assert [r["events"][0]["bloc"]["number"] for r in rows] == [1, 2, 3]


def test_workers_that_cannot_see_the_files_are_sent_their_contents(
        scheduler: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """memory:// files live in this process only: no worker can open them, so auto sends bytes."""
    fs = fsspec.filesystem("memory")
    fs.pipe("/khoi-test/news/b1.txt", ARTICLE.format(n=4).encode("utf-16"))
    fs.pipe("/khoi-test/news/b2.html.gz", gzip.compress(_page(5)))
    try:
        out = tmp_path / "out.jsonl"
        assert main(["memory://khoi-test/news", "-o", str(out), "--engine", "dask", "--scheduler", scheduler]) == 0
        assert "sends their bytes to the Dask workers" in capsys.readouterr().err
        rows = list(iter_jsonl_rows(out))
        assert [(r["doc_id"], r["source"]["path"]) for r in rows] == [
            ("b1", "memory:///khoi-test/news/b1.txt"), ("b2", "memory:///khoi-test/news/b2.html.gz")]
        assert [r["events"][0]["bloc"]["number"] for r in rows] == [4, 5]
        # told to send paths, the worker cannot open them: one error line per file, the batch goes on
        assert main(["memory://khoi-test/news", "-o", str(out), "--engine", "dask", "--scheduler", scheduler,
                     "--send", "paths", "-q"]) == 1
        errors = list(iter_jsonl_rows(errors_path(out)))
        assert [e["doc_id"] for e in errors] == ["b1", "b2"]
        assert all(e["error"].startswith(("E009", "E010")) for e in errors)
    finally:
        fs.rm("/khoi-test", recursive=True)


def test_file_urls_are_inputs_too(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "c.txt").write_text(ARTICLE.format(n=6), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    url = (tmp_path / "in").as_uri()
    assert main([url, "-o", str(out), "--workers", "1", "-q"]) == 0
    rows = list(iter_jsonl_rows(out))
    assert [(r["doc_id"], r["source"]["path"]) for r in rows] == [("c", f"{url}/c.txt")]
    assert main([url + "/nope", "-o", str(out), "-q"]) == 2  # a missing URL is a usage error, as a path is
