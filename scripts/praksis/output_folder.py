"""Where praksis may write: one rule for `build --out`, `build --tree` and `mkdocs build`.

praksis replaces a folder only if it is missing, empty, or one praksis itself
built (it writes MARKER into every folder it builds). It never writes into the
knowledge base's own folders, a folder that holds them, the home folder or the
file system's root, whatever they contain: a build must never delete what it
did not create.
"""

from __future__ import annotations

import os
from pathlib import Path

from .files import KB_FOLDERS

MARKER = ".praksis-build"
_OLDER_MARKERS = (".praksis-tree",)  # written by 'praksis build --tree' before MARKER existed
MARKER_TEXT = ("Bygget af praksis. Mappen erstattes, næste gang sitet bygges hertil; "
               "læg ikke andre filer her.\n")


class OutputFolderError(Exception):
    """The folder may not be written; the message is Danish and says what to do instead."""


def check_output_folder(root: Path, target: Path, option: str = "--out") -> Path:
    """The target as an absolute path, or OutputFolderError saying why praksis will not replace it."""
    root = Path(os.path.realpath(root))
    if Path(target).is_symlink():
        raise _refuse(target, "er et symbolsk link", f"Angiv selve mappen med {option}, ikke et link til den.")
    where = Path(os.path.realpath(target))
    reason = _protected(root, where)
    if reason:
        raise _refuse(target, reason, f"Vælg en ny eller tom mappe med {option}, fx {root / 'site'}.")
    if where.exists() and not where.is_dir():
        raise _refuse(target, "er en fil, ikke en mappe", f"Vælg en mappe med {option}.")
    if where.is_dir() and not built_by_praksis(where) and any(where.iterdir()):
        raise _refuse(target, "findes, er ikke tom og er ikke bygget af praksis",
                      f"Vælg en ny eller tom mappe med {option}. praksis erstatter kun mapper, "
                      f"det selv har bygget (de indeholder filen {MARKER}); er mappen et gammelt site, "
                      "så slet den selv først.")
    return where


def built_by_praksis(folder: Path) -> bool:
    return any((folder / name).is_file() for name in (MARKER, *_OLDER_MARKERS))


def mark(folder: Path) -> None:
    (folder / MARKER).write_text(MARKER_TEXT, "utf-8")


def _protected(root: Path, where: Path) -> str | None:
    """Why this folder may never be replaced, or None."""
    if where == Path(where.anchor):
        return "er filsystemets rod"
    if where == Path(os.path.realpath(Path.home())):
        return "er din hjemmemappe"
    if where == root:
        return "er vidensbasens rodmappe"
    if root.is_relative_to(where):
        return "indeholder vidensbasen"
    for folder in (*KB_FOLDERS, ".git"):
        source = Path(os.path.realpath(root / folder))
        if where.is_relative_to(source):
            return f"ligger i vidensbasens mappe {folder}/"
        if source.is_relative_to(where):
            return f"indeholder vidensbasens mappe {folder}/"
    return None


def _refuse(target: Path, reason: str, hint: str) -> OutputFolderError:
    return OutputFolderError(f"Mappen {target} {reason}; intet er skrevet eller slettet. {hint}")
