"""The history read from git, kept between runs in .praksis_cache/history.pickle.

Reading 20,000 commits takes git most of half a minute; what was read for one HEAD is reused for it,
and for any later HEAD that descends from it (only the commits since are read). Kept as plain values:
the records of the log, the facts of each principle version, and the guard's verdicts on texts
shown from the history (by the guard's settings, so a changed allow file judges again).
"""

from __future__ import annotations

from pathlib import Path

from .cache import CACHE_DIR, _fingerprint, _tracked_by_git, keep, kept_values

_FILE = "history.pickle"


class HistoryStore:
    _open: dict[Path, HistoryStore] = {}  # per process: `praksis serve` rebuilds without reading the file again

    def __init__(self, path: Path | None, head: str = "", records: list | None = None, facts: dict | None = None,
                 verdicts: dict | None = None):
        self.path, self.head = path, head
        self.records, self.facts = records or [], facts or {}
        self._verdicts: dict[str, dict[str, bool]] = verdicts or {}
        self._saved = (head, len(self.records), len(self.facts), self._count())

    @classmethod
    def open(cls, root: Path) -> HistoryStore:
        path = root / CACHE_DIR / _FILE
        if path in cls._open:
            return cls._open[path]
        store = cls._read(path) if not _tracked_by_git(root, path) else cls(None)
        cls._open[path] = store
        return store

    @classmethod
    def _read(cls, path: Path) -> HistoryStore:
        kept = kept_values(path, _fingerprint(), 4)  # head, records, facts, verdicts
        return cls(path, *kept) if kept is not None else cls(path)  # else: read the history again

    def verdicts(self, guard: str) -> dict[str, bool]:
        return self._verdicts.setdefault(guard, {})

    def _count(self) -> int:
        return sum(len(v) for v in self._verdicts.values())

    def save(self, head: str, records: list, facts: dict) -> None:
        self.head, self.records, self.facts = head, records, facts
        state = (head, len(records), len(facts), self._count())
        if self.path is None or state == self._saved:
            return
        try:
            keep(self.path, _fingerprint(), head, records, facts, self._verdicts)
            self._saved = state
        except OSError:  # a read-only checkout: read the history again next time
            pass
