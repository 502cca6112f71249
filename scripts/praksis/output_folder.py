"""Where praksis may write: one rule for `build --out`, `build --tree` and `mkdocs build`.

praksis replaces a folder only if it is missing, empty, or one praksis itself built and nobody has
added to or changed since: every folder it builds holds MARKER, which lists each file it wrote and
its size. It never writes into the knowledge base's own folders, a folder that holds them, the home
folder or the file system's root, whatever they contain: a build must never delete what it did not
create.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

from .files import KB_FOLDERS

MARKER = ".praksis-build"
_HEADER = ("# Bygget af praksis. Mappen erstattes, næste gang sitet bygges hertil, men kun så længe den kun\n"
           "# indeholder disse filer, uændrede: læg ikke andre filer her.\n")
_SHOWN = 8  # files named in a refusal


_ERRNO = {errno.ENOENT: "mappen over den findes ikke", errno.EACCES: "adgang nægtet", errno.EPERM: "ikke tilladt",
          errno.EROFS: "filsystemet er skrivebeskyttet", errno.ENAMETOOLONG: "navnet er for langt",
          errno.ENOSPC: "der er ikke plads på disken", errno.ENOTDIR: "en del af stien er en fil, ikke en mappe"}


def os_reason(err: OSError) -> str:
    """An operating system error in Danish, for a caseworker."""
    return _ERRNO.get(err.errno, err.strerror or str(err))


class OutputFolderError(Exception):
    """The folder may not be written; the message is Danish and says what to do instead."""


def check_output_folder(root: Path, target: Path, option: str = "--out") -> Path:
    """The target as an absolute path, or OutputFolderError saying why praksis will not replace it."""
    target = Path(os.path.expanduser(str(target)))
    root = Path(os.path.realpath(root))
    if target.is_symlink():
        raise _refuse(target, "er et symbolsk link", f"Angiv selve mappen med {option}, ikke et link til den.")
    where = Path(os.path.realpath(target))
    reason = _protected(root, where)
    if reason:
        raise _refuse(target, reason, f"Vælg en ny eller tom mappe med {option}, fx {root / 'site'}.")
    try:
        _check_contents(target, where, option)
    except OSError as err:
        raise _refuse(target, f"kan ikke bruges ({os_reason(err)})", f"Vælg en anden mappe med {option}.")
    return where


def _check_contents(target: Path, where: Path, option: str) -> None:
    if where.exists() and not where.is_dir():
        raise _refuse(target, "er en fil, ikke en mappe", f"Vælg en mappe med {option}.")
    parent = where.parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir() or not os.access(parent, os.W_OK):
        raise _refuse(target, f"kan ikke oprettes ({parent} er ikke en mappe, der kan skrives i)",
                      f"Vælg en anden mappe med {option}.")
    if not where.is_dir() or not any(where.iterdir()):
        return
    written = _manifest(where)
    if written is None:
        raise _refuse(target, "findes, er ikke tom og er ikke bygget af praksis",
                      f"Vælg en ny eller tom mappe med {option}. praksis erstatter kun mapper, det selv har bygget "
                      f"(de indeholder filen {MARKER}); er mappen et gammelt site, så slet den selv først.")
    foreign = [rel for rel, size in _files(where).items() if rel != MARKER and written.get(rel) != size]
    if foreign:
        shown = ", ".join(sorted(foreign)[:_SHOWN]) + (" ..." if len(foreign) > _SHOWN else "")
        raise _refuse(target, f"er bygget af praksis, men har fået filer, som praksis ikke skrev, eller som er "
                      f"ændret siden: {shown}", "Flyt dem ud af mappen, eller byg et andet sted; praksis sletter "
                      "ikke andres filer.")


def built_by_praksis(folder: Path) -> bool:
    return (folder / MARKER).is_file()


def mark(folder: Path) -> None:
    """Write the marker: every file in the folder, and its size, as praksis wrote it."""
    listed = "".join(f"{size}\t{rel}\n" for rel, size in sorted(_files(folder).items()) if rel != MARKER)
    (folder / MARKER).write_text(_HEADER + listed, "utf-8")


def staging_folder(out: Path) -> Path:
    """A new folder beside the target, to build in and then swap in whole."""
    out.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=".praksis-bygger-", dir=out.parent))


def swap_in(staging: Path, out: Path) -> None:
    """Put the new folder in place with two renames, so readers never see a mix."""
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=".praksis-forrige-", dir=out.parent))
        old.rmdir()  # a fresh unique name for the rename; nothing of anyone's is in the way
        out.rename(old)
    staging.rename(out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _manifest(folder: Path) -> dict[str, int] | None:
    marker = folder / MARKER
    if not marker.is_file():
        return None
    written = {}
    for line in marker.read_text("utf-8", errors="replace").splitlines():
        size, tab, rel = line.partition("\t")
        if tab and size.isdigit():
            written[rel] = int(size)
    return written


def _files(folder: Path) -> dict[str, int]:
    """Every file and link below folder (hidden ones too), by relative path, with its size."""
    found = {}
    for current, dirs, names in os.walk(folder):
        for name in names + [d for d in dirs if os.path.islink(os.path.join(current, d))]:
            path = os.path.join(current, name)
            found[os.path.relpath(path, folder).replace(os.sep, "/")] = os.lstat(path).st_size
    return found


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
