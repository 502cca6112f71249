"""The knowledge base's files: listed once, read once per run.

The loader and the personal-data scanner both need every file under docs/
and cases_anonymized/; at national scale walking and reading them twice cost
more than checking them. Hidden files and folders (.git, .praksis_cache, an
editor's swap files) are not content.
"""

from __future__ import annotations

import os
from pathlib import Path

DOCS = "docs"
CASES = "cases_anonymized"
KB_FOLDERS = (DOCS, CASES)


def kb_files(root: Path, folders: tuple[str, ...] = KB_FOLDERS) -> list[str]:
    """Relative POSIX paths of the content files, sorted."""
    return sorted(f"{folder}/{rel}" for folder in folders for rel in files_under(os.path.join(root, folder)))


def files_under(base: Path | str) -> list[str]:
    """POSIX paths, relative to base, of every file below it that is not hidden (nor in a hidden folder)."""
    found: list[str] = []
    for current, dirs, names in os.walk(base):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel_dir = os.path.relpath(current, base).replace(os.sep, "/")
        prefix = "" if rel_dir == "." else rel_dir + "/"
        found += [prefix + name for name in names
                  if not name.startswith(".") and os.path.isfile(os.path.join(current, name))]
    return found


def read_kb_files(root: Path) -> dict[str, bytes]:
    """Every content file's bytes by relative path, in path order."""
    files = {}
    for rel in kb_files(root):
        with open(os.path.join(root, rel), "rb") as handle:
            files[rel] = handle.read()
    return files
