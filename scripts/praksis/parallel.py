"""Work that splits into independent pieces, spread over the machine's cores.

A cold run's per-file work (parsing, the personal-data scan): each file is
parsed and scanned on its own, so a run with many files the cache does not
know hands them to worker processes first and stores their results in the
cache; the loader and the scanner then find every result there, exactly as on
a warm run. A build's pages are rendered the same way (render.Site.render_all).

Workers are forked, so they inherit what the parent holds (the bytes already
read, the model) instead of receiving it; only results travel back. Small
jobs, and processes with other threads running (mkdocs serve), stay in one
process: forking those is unsafe and a pool would cost more than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from .cache import ResultCache

MIN_ITEMS_PER_WORKER = 100  # below this a worker's start-up and the results' pickling eat the gain
JOBS_VARIABLE = "PRAKSIS_JOBS"  # the number of processes to use; 1 turns the pool off

T = TypeVar("T")
R = TypeVar("R")


class FileStage(Protocol):
    """One kind of per-file result: picklable, and computed from a file's path and bytes alone."""

    namespace: str

    def wants(self, rel: str) -> bool: ...

    def compute(self, rel: str, data: bytes) -> object: ...


def precompute(cache: ResultCache, stages: list[FileStage], files: dict[str, bytes],
               jobs: int | None = None, min_files: int | None = None) -> int:
    """Compute in worker processes every result the cache lacks; returns the number of workers used."""
    missing = list(lacking(cache, stages, files).items())
    if missing:  # what every file needs (a compiled engine, word lists) is made once, before the workers fork
        for stage in stages:
            getattr(stage, "prepare", lambda: None)()

    def compute(job: tuple[str, list[int]]) -> list[object]:
        rel, wanted = job
        return [stages[i].compute(rel, files[rel]) for i in wanted]

    computed = forked_map(compute, missing, jobs, min_files)
    if computed is None:  # the lookups compute what is missing, in this process
        return 1
    for (rel, wanted), results in zip(missing, computed):
        for i, result in zip(wanted, results):
            cache.store(stages[i].namespace, rel, cache.digest_of(files[rel]), result)
    return workers_for(len(missing), jobs, min_files)


def forked_map(function: Callable[[T], R], items: Sequence[T], jobs: int | None = None,
               min_items: int | None = None) -> list[R] | None:
    """[function(item) for item in items] in forked workers; None where this process should do it itself.

    The function (a closure is fine) and the items reach the workers with the fork, and items are
    handed out by index, so neither is pickled; only the results travel back.
    """
    workers = workers_for(len(items), jobs, min_items)
    if workers < 2 or not _can_fork():
        return None
    context = multiprocessing.get_context("fork")
    chunk = max(1, len(items) // (workers * 8))
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_share, initargs=(function, items)) as pool:
            return list(pool.map(_call, range(len(items)), chunksize=chunk))
    except (BrokenProcessPool, OSError):  # no fork allowed, or a worker killed
        return None


def workers_for(count: int, jobs: int | None = None, min_items: int | None = None) -> int:
    return min(jobs or available_jobs(), count // max(1, min_items or MIN_ITEMS_PER_WORKER))


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


_function: Callable | None = None
_items: Sequence = ()


def _share(function: Callable, items: Sequence) -> None:
    """Worker start: the function and items arrive with the fork, not through a pipe."""
    global _function, _items
    _function, _items = function, items


def _call(index: int):
    return _function(_items[index])
