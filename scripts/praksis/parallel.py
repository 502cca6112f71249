"""A cold run's per-file work (parsing, the personal-data scan) spread over the machine's cores.

Each file is parsed and scanned on its own, so a run with many files the
cache does not know hands them to worker processes first and stores their
results in the cache; the loader and the scanner then find every result
there, exactly as on a warm run. Workers are forked, so they share the bytes
already read instead of receiving them. Small runs, and processes with other
threads running (mkdocs serve), stay in one process: forking those is unsafe
and a pool would cost more than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from .cache import ResultCache

MIN_FILES_PER_WORKER = 100  # below this a worker's start-up and the results' pickling eat the gain
JOBS_VARIABLE = "PRAKSIS_JOBS"  # the number of processes to use; 1 turns the pool off


class FileStage(Protocol):
    """One kind of per-file result: picklable, and computed from a file's path and bytes alone."""

    namespace: str

    def wants(self, rel: str) -> bool: ...

    def compute(self, rel: str, data: bytes) -> object: ...


def precompute(cache: ResultCache, stages: list[FileStage], files: dict[str, bytes],
               jobs: int | None = None, min_files: int | None = None) -> int:
    """Compute in worker processes every result the cache lacks; returns the number of workers used."""
    missing = lacking(cache, stages, files)
    workers = min(jobs or available_jobs(), len(missing) // max(1, min_files or MIN_FILES_PER_WORKER))
    if workers < 2 or not _can_fork():
        return 1
    context = multiprocessing.get_context("fork")
    chunk = max(1, len(missing) // (workers * 8))
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_share, initargs=(stages, files)) as pool:
            for rel, results in zip(missing, pool.map(_compute, missing.items(), chunksize=chunk)):
                for i, result in zip(missing[rel], results):
                    cache.store(stages[i].namespace, rel, cache.digest_of(files[rel]), result)
    except (BrokenProcessPool, OSError):  # no fork allowed, or a worker killed: the lookups compute the rest
        return 1
    return workers


def lacking(cache: ResultCache, stages: list[FileStage], files: dict[str, bytes]) -> dict[str, list[int]]:
    """Path -> the stages (by index) whose result for the file's present bytes the cache lacks."""
    missing = {}
    for rel, data in files.items():
        key = cache.digest_of(data)
        wanted = [i for i, stage in enumerate(stages)
                  if stage.wants(rel) and not cache.holds(stage.namespace, rel, key)]
        if wanted:
            missing[rel] = wanted
    return missing


def available_jobs() -> int:
    requested = os.environ.get(JOBS_VARIABLE, "")
    if requested.isdigit() and int(requested) > 0:
        return int(requested)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _can_fork() -> bool:
    """Linux, one thread, and not itself a pool's worker (those may not have children)."""
    return (sys.platform.startswith("linux") and threading.active_count() == 1
            and not multiprocessing.current_process().daemon)


_stages: list[FileStage] = []
_files: dict[str, bytes] = {}


def _share(stages: list[FileStage], files: dict[str, bytes]) -> None:
    """Worker start: the stages and bytes arrive with the fork, not through a pipe."""
    global _stages, _files
    _stages, _files = stages, files


def _compute(job: tuple[str, list[int]]) -> list[object]:
    rel, wanted = job
    return [_stages[i].compute(rel, _files[rel]) for i in wanted]
