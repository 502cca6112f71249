"""A check of a tree that has not changed since the last check: its findings, without checking again.

Like make's up-to-date test, but on content, not times: the key is a digest of everything a check reads
(every content file's bytes, mkdocs.yml, the allow file, the synonyms, the theme's custom_dir), the code and
the libraries that read them, the date, the selection and what git can tell. Any change to any of it
runs the whole check. Only the findings are kept (.praksis_cache/check.pickle), after the policy and
masked, as `praksis check` prints them.
"""

from __future__ import annotations

import hashlib
import os
import sys
from datetime import date
from pathlib import Path

from .cache import CACHE_DIR, _fingerprint, _tracked_by_git, digest, keep, kept_values
from .files import CONFIG, Listing
from .history import state_of
from .rules.personal_data import ALLOW_FILE
from .search_terms import SYNONYMS_FILE

_FILE = "check.pickle"
# What reads the files besides praksis itself: a new version may read them otherwise.
_LIBRARIES = ("markdown", "pymdown-extensions", "PyYAML", "Jinja2", "mkdocs", "mkdocs-material", "hyperscan",
              "ahocorasick-rs")


def fixed_inputs(listing: Listing, today: date, settings: tuple) -> str:
    """The digest of what a check reads that cannot change while it runs: the code and the libraries, the date,
    settings (the options that change its findings) and the content files as read."""
    return _digest_of_parts((_fingerprint(), sys.version, _libraries(), os.environ.get("PRAKSIS_PURE_PYTHON", ""),
                             today.isoformat(), repr(settings), *_content(listing)))


def inputs_key(root: Path, fixed: str, custom_dir: Path | None) -> str:
    """The digest of everything a check of root reads: fixed_inputs, what git can tell and the other files;
    asked again after the check to learn whether any of it changed meanwhile."""
    return _digest_of_parts((fixed, state_of(root), *other_inputs(root, custom_dir)))


def _digest_of_parts(parts) -> str:
    key = hashlib.blake2b(digest_size=16)
    for part in parts:
        key.update(part.encode("utf-8", "surrogateescape") + b"\0")
    return key.hexdigest()


def other_inputs(root: Path, custom_dir: Path | None) -> list[str]:
    """Each file a check reads besides the content folders, with its digest ('-' when it is missing)."""
    paths = [root / CONFIG, root / ALLOW_FILE, root / SYNONYMS_FILE]
    if custom_dir is not None:
        paths += _files_below(custom_dir)
    return [f"{path}\0{_digest_of(path)}" for path in paths]


def _content(listing: Listing) -> list[str]:
    """Each content file's path and digest, and each irregular path's kind."""
    return ([f"{rel}\0{digest(data)}" for rel, data in listing.files.items()]
            + [f"{rel}\0{kind}" for rel, kind in sorted(listing.irregular.items())])


def _files_below(folder: Path) -> list[Path]:
    found = []
    for parent, folders, files in os.walk(folder):
        folders.sort()
        found += [Path(parent) / name for name in sorted(files)]
    return found


def _digest_of(path: Path) -> str:
    try:
        return digest(path.read_bytes())
    except OSError:
        return "-"


def _libraries() -> str:
    from importlib.metadata import PackageNotFoundError, version

    def one(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "-"

    return " ".join(f"{name}={one(name)}" for name in _LIBRARIES)


class Replay:
    """The last check's findings under its key; nothing when the cache is committed, damaged or foreign."""

    def __init__(self, root: Path):
        self.path = root / CACHE_DIR / _FILE
        self._usable = not _tracked_by_git(root, self.path)

    def recall(self, key: str) -> list | None:
        kept = kept_values(self.path, _fingerprint(), 2) if self._usable else None  # None: check again
        return list(kept[1]) if kept is not None and kept[0] == key else None

    def remember(self, key: str, diagnostics: list) -> None:
        if not self._usable:
            return
        try:
            keep(self.path, _fingerprint(), key, tuple(diagnostics))
        except OSError:  # a read-only checkout: check in full next time
            pass
