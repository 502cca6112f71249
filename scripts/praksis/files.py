"""The knowledge base's files: found, listed once and read once per run.

The loader and the personal-data scanner both need every file under docs/
and cases_anonymized/; at national scale walking and reading them twice cost
more than checking them. Hidden files and folders (.git, .praksis_cache, an
editor's swap files) are not content; MkDocs leaves them out too.

What is not a regular file (a symbolic link, a pipe, a device) is never read
and never followed: it is listed apart, so the check can refuse it at its
path. MkDocs follows links; content it would publish from outside the
knowledge base must never reach the site unread.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

DOCS = "docs"
CASES = "cases_anonymized"
KB_FOLDERS = (DOCS, CASES)
CONFIG = "mkdocs.yml"

# The endings MkDocs renders as Markdown (mkdocs.utils.markdown_extensions). praksis reads '.md' only;
# a page saved with another of them would be published without being checked, so it is refused.
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn")

SYMLINK, SPECIAL, BAD_NAME = "symlink", "special", "bad-name"


@dataclass
class Listing:
    """The content files: regular files by relative POSIX path, and what is not a regular file."""
    files: dict[str, bytes] = field(default_factory=dict)
    irregular: dict[str, str] = field(default_factory=dict)  # path -> SYMLINK or SPECIAL


def read_content(root: Path | str) -> Listing:
    """Every content file's bytes by relative path, in path order, and the paths that are not files."""
    listing = Listing()
    for folder in KB_FOLDERS:
        found, irregular = _walk(os.path.join(root, folder), folder)
        listing.irregular.update(irregular)
        for rel in found:
            with open(os.path.join(root, rel), "rb") as handle:
                listing.files[rel] = handle.read()
    listing.files = dict(sorted(listing.files.items()))
    return listing


def read_staged(root: Path | str) -> Listing:
    """The content files as the git index holds them: what the next commit will contain."""
    return _read_git(root, ("ls-files", "--stage", "-z", "--"), sha_at=1)  # mode sha stage\tpath


def read_commit(root: Path | str, commit: str) -> Listing:
    """The content files as a commit holds them, by path relative to root (which may be a subfolder of the
    repository: run in it, `git ls-tree` lists the paths below it, relative to it)."""
    return _read_git(root, ("ls-tree", "-r", "-z", commit, "--"), sha_at=2)  # mode type sha\tpath


def _read_git(root: Path | str, command: tuple[str, ...], sha_at: int) -> Listing:
    """The content files as a git listing names them, read through one `git cat-file --batch`."""
    from .git import git, read_blobs

    listing = Listing()
    out = git(Path(root), *command, *KB_FOLDERS).decode("utf-8", "replace")
    blobs = []
    for record in filter(None, out.split("\0")):
        info, _, rel = record.partition("\t")
        fields = info.split()
        mode, sha = fields[0], fields[sha_at]
        if any(part.startswith(".") for part in rel.split("/")):
            continue
        if mode == "120000":
            listing.irregular[rel] = SYMLINK
        elif mode.startswith("100"):
            blobs.append((rel, sha))
        else:  # a submodule
            listing.irregular[rel] = SPECIAL
    data = read_blobs(Path(root), [sha for _, sha in blobs])
    listing.files = dict(sorted((rel, data.get(sha, b"")) for rel, sha in blobs))
    return listing


def read_kb_files(root: Path | str) -> dict[str, bytes]:
    """Every regular content file's bytes by relative path, in path order."""
    return read_content(root).files


def kb_files(root: Path | str, folders: tuple[str, ...] = KB_FOLDERS) -> list[str]:
    """Relative POSIX paths of the regular content files, sorted."""
    return sorted(rel for folder in folders for rel in _walk(os.path.join(root, folder), folder)[0])


def files_under(base: Path | str) -> list[str]:
    """POSIX paths, relative to base, of every regular file below it that is not hidden."""
    return sorted(_walk(os.fspath(base), "")[0])


def _walk(base: str, prefix: str) -> tuple[list[str], dict[str, str]]:
    """(regular files, irregular paths) below base, as prefix-joined POSIX paths; links are not followed."""
    files: list[str] = []
    irregular: dict[str, str] = {}
    if os.path.islink(base):
        irregular[prefix or "."] = SYMLINK
        return files, irregular
    if not os.path.isdir(base):
        return files, irregular
    pending = [(base, prefix)]
    while pending:
        folder, rel_folder = pending.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                rel = f"{rel_folder}/{entry.name}" if rel_folder else entry.name
                if not _utf8(entry.name):  # never read, and shown with the undecodable bytes as \xNN
                    irregular[rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")] = BAD_NAME
                elif entry.is_symlink():
                    irregular[rel] = SYMLINK
                elif entry.is_dir(follow_symlinks=False):
                    pending.append((entry.path, rel))
                elif stat.S_ISREG(entry.stat(follow_symlinks=False).st_mode):
                    files.append(rel)
                else:
                    irregular[rel] = SPECIAL
    return files, irregular


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def markdown_suffix(rel: str) -> str | None:
    """The Markdown ending of a path (any case), or None: 'x.Markdown' -> '.markdown'."""
    lower = rel.lower()
    return next((suffix for suffix in MARKDOWN_SUFFIXES if lower.endswith(suffix)), None)


def is_kb_root(folder: Path) -> bool:
    """A knowledge base: an mkdocs.yml that names the praksis plugin, or one of the content folders."""
    if (folder / CASES).is_dir() or (folder / DOCS / "principper").is_dir():
        return True
    config = folder / CONFIG
    if not config.is_file():
        return False
    try:
        text = config.read_text("utf-8", errors="replace")
    except OSError:
        return False
    return any(_plugin_line(line) == "praksis" for line in text.splitlines())


def _plugin_line(line: str) -> str:
    """'  - praksis:   # comment' -> 'praksis' (a plugins list item, however it is written)."""
    return line.split("#", 1)[0].strip().lstrip("-").strip().rstrip(":").strip()


def find_root(start: Path) -> Path | None:
    """The knowledge base that holds start: start itself or the nearest folder above it, as git finds its own."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if is_kb_root(folder):
            return folder
    return None
