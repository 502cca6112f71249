"""Per-file results kept between runs, as Ruff keeps its cache.

A second `praksis check` (and the build's own check inside MkDocs) re-reads
only the files whose bytes changed. A result is reused only while the file's
content, the praksis code and data that produced it, and the namespace key
(the allow file, for the scanner) are all unchanged, so a stale cache cannot
hide a mistake. The cache is local to the checkout (pickle: it holds the same
trust as the code next to it) and is never committed.
"""

from __future__ import annotations

import copyreg
import hashlib
import marshal
import os
import pickle
import subprocess
import tempfile
import zlib
from collections import abc
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

CACHE_DIR = ".praksis_cache"
RESULTS = "results"  # the folder of shards below CACHE_DIR
# A changed file rewrites only its shard: one pickle of every result took two seconds to write at 10,000
# entries after a one-line edit.
SHARDS = 16
_SINGLE_FILE = "results.pickle"
T = TypeVar("T")


def _code_fingerprint() -> str:
    """Hash of every file of the praksis package: new code or data discards the cache."""
    package = Path(__file__).parent
    digest = hashlib.blake2b(digest_size=16)
    for file in sorted(package.rglob("*")):
        if file.is_file() and "__pycache__" not in file.parts:
            digest.update(file.relative_to(package).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def shard_of(key: str) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogateescape")) % SHARDS


class ResultCache:
    """lookup() returns the stored result for unchanged bytes, else computes and stores it."""

    # What this process last wrote, per shard file: a server rebuilding on every save reads it back from here
    # while the file is the one it wrote (same size and time), not from disk.
    _written: dict[Path, tuple[tuple[int, int] | None, dict]] = {}

    def __init__(self, root: Path | None):
        self.root = Path(root) if root is not None else None
        self.folder = self.root / CACHE_DIR / RESULTS if self.root is not None else None
        self._version = _fingerprint() if self.folder else ""
        self._entries: dict[tuple[str, str], tuple[str, object]] = {}
        if self.folder is not None and not _tracked_by_git(self.root, self.folder):
            for shard in range(SHARDS):
                self._entries.update(self._remembered(shard) or self._read(shard))
        self._dirty: set[int] = set()
        self._digests: dict[int, tuple[bytes, str]] = {}

    def _path(self, shard: int) -> Path:
        return self.folder / f"{shard:02d}.pickle"

    def _remembered(self, shard: int) -> dict | None:
        stamp, entries = ResultCache._written.get(self._path(shard), (None, None))
        return dict(entries) if entries is not None and _stamp(self._path(shard)) == stamp else None

    def lookup(self, namespace: str, key: str, data: bytes, compute: Callable[[], T]) -> T:
        return self.lookup_digest(namespace, key, self.digest_of(data), compute)

    def digest_of(self, data: bytes) -> str:
        """A file's bytes are hashed once per run, however many stages look them up."""
        known = self._digests.get(id(data))
        if known is None:  # keyed by identity; the bytes are kept with their digest, so no id is reused
            known = self._digests[id(data)] = (data, digest(data))
        return known[1]

    def lookup_digest(self, namespace: str, key: str, digest: str, compute: Callable[[], T]) -> T:
        """As lookup, for a file whose digest is known (an entry's: results derived from it alone)."""
        if not digest:  # an entry made in memory, not read from a file
            return compute()
        if self.holds(namespace, key, digest):
            return self._entries[(namespace, key)][1]  # type: ignore[return-value]
        value = compute()
        self.store(namespace, key, digest, value)
        return value

    def holds(self, namespace: str, key: str, digest: str) -> bool:
        stored = self._entries.get((namespace, key))
        return stored is not None and stored[0] == digest

    def store(self, namespace: str, key: str, digest: str, value: object) -> None:
        self._entries[(namespace, key)] = (digest, value)
        self._dirty.add(shard_of(key))

    def save(self) -> None:
        """Write the shards that changed, each atomically; a read-only checkout simply runs without a cache."""
        if self.folder is None or not self._dirty:
            return
        self._forget_gone()
        shards: dict[int, dict] = {shard: {} for shard in self._dirty}
        for item, value in self._entries.items():
            shard = shards.get(shard_of(item[1]))
            if shard is not None:
                shard[item] = value
        try:
            (self.folder.parent / _SINGLE_FILE).unlink(missing_ok=True)  # its own, from before the shards
            for shard, entries in shards.items():
                self._write(shard, entries)
            self._dirty = set()
        except OSError:
            pass

    def _forget_gone(self) -> None:
        """Files that are gone leave the cache (their shards are written), so it does not grow with renames."""
        gone = {key for key in {key for _, key in self._entries} if not (self.root / key).exists()}
        for item in [item for item in self._entries if item[1] in gone]:
            del self._entries[item]
            self._dirty.add(shard_of(item[1]))

    def _write(self, shard: int, entries: dict) -> None:
        keep(self._path(shard), self._version, entries)
        ResultCache._written[self._path(shard)] = (_stamp(self._path(shard)), dict(entries))

    def _read(self, shard: int) -> dict:
        kept = kept_values(self._path(shard), self._version, 1)  # missing, damaged or foreign: computed again
        return kept[0] if kept is not None else {}


def keep(path: Path, version: str, *values) -> None:
    """Pickle (version, *values) into path inside praksis' cache folder, which ignores itself for git.
    OSError when the folder cannot be written."""
    cache_dir = next(parent for parent in path.parents if parent.name == CACHE_DIR)
    path.parent.mkdir(parents=True, exist_ok=True)
    (cache_dir / ".gitignore").write_text("*\n")
    write_atomically(path, pickle.dumps((version, *values), protocol=pickle.HIGHEST_PROTOCOL))


def kept_values(path: Path, version: str, count: int) -> tuple | None:
    """The count values keep() wrote under this version; None for a file that is missing, damaged, foreign
    (the restricted unpickler) or of other code."""
    try:
        with path.open("rb") as handle:
            kept = _Unpickler(handle).load()
    except Exception:
        return None
    if not isinstance(kept, tuple) or len(kept) != count + 1 or kept[0] != version:
        return None
    return kept[1:]


def write_atomically(path: Path, data: bytes) -> None:
    """Written beside the target and moved into place: a reader sees the old file or the new one, never half."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.replace(temporary, path)


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns)


_FINGERPRINT: str | None = None


def _fingerprint() -> str:
    """The code's fingerprint, taken once per process (the code does not change under a running process)."""
    global _FINGERPRINT
    if _FINGERPRINT is None:
        _FINGERPRINT = _code_fingerprint()
    return _FINGERPRINT


class _Unpickler(pickle.Unpickler):
    """Only praksis' own values and plain data: a planted cache file can make no other object, run no code."""

    _ALLOWED = {("datetime", "date"), ("builtins", "set"), ("builtins", "frozenset"), ("copyreg", "_reconstructor"),
                ("builtins", "object")}

    def find_class(self, module: str, name: str):
        if module == "praksis" or module.startswith("praksis.") or (module, name) in self._ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} hører ikke hjemme i praksis' cache")


def _tracked_by_git(root: Path, path: Path) -> bool:
    """True when git holds the cache file itself: then it came with the files (committed), not made here."""
    if not (root / ".git").exists():
        return False
    try:
        done = subprocess.run(["git", "-C", str(root), "ls-files", "--error-unmatch", "--", str(path.relative_to(root))],
                              capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


# --- the codec of parse records ------------------------------------------------
# An entry is cached by its kind's name (the Kind stays one shared object) and with its key positions
# packed: a warm check at national scale spent a third of its time unpickling them, and reads few.

def _reduce_entry(entry):
    from .model import Entry

    state = (entry.kind.name, entry.id, entry.path, entry.meta, entry.body, entry.body_line,
             PackedPositions.of(entry.positions), entry.marks, entry.named, entry.digest)
    return _entry_from, state


def _entry_from(kind: str, *fields):
    from .model import Entry
    from .schema import KINDS

    return Entry(KINDS[kind], *fields)


def register_codec() -> None:
    from .model import Entry

    copyreg.pickle(Entry, _reduce_entry)


class PackedPositions(abc.Mapping):
    """Key positions as one marshalled blob, unpacked the first time one is looked up.

    Read-only, so the blob stays valid once unpacked and is what is pickled again."""

    def __init__(self, packed: bytes):
        self._packed, self._positions = packed, None

    @classmethod
    def of(cls, positions) -> "PackedPositions":
        if isinstance(positions, cls):
            return positions
        return cls(marshal.dumps(dict(positions)))

    def _unpacked(self) -> dict:
        if self._positions is None:
            self._positions = marshal.loads(self._packed)
        return self._positions

    def __getitem__(self, path):
        return self._unpacked()[path]

    def __iter__(self):
        return iter(self._unpacked())

    def __len__(self) -> int:
        return len(self._unpacked())

    def __getstate__(self):
        return self._packed

    def __setstate__(self, packed: bytes) -> None:
        self._packed, self._positions = packed, None


register_codec()


def disabled() -> ResultCache:
    """Results kept for this run only: nothing is read or written."""
    return ResultCache(None)
