"""Where the text to scan comes from: the work tree, the git index, or every blob in history."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..git import Batch, GitError, git
from ..files import KB_FOLDERS as _FOLDERS, files_under, kb_files

KB_FOLDERS = tuple(f"{folder}/" for folder in _FOLDERS)  # as git paths start
_SNIFF = 8192  # a NUL byte this early means the file is not text


class SourceError(Exception):
    """A usage problem (no git repository, a path that does not exist), in Danish."""


def _git(root: Path, *args: str) -> bytes:
    try:
        return git(root, *args)
    except GitError as err:
        raise SourceError(str(err)) from None


@dataclass(frozen=True)
class Source:
    path: str  # what the diagnostic shows: 'docs/x.md' or 'abc123def456:docs/x.md'
    file: str  # the file's path in the knowledge base (allow-file fingerprints use it)
    text: str | None  # history: the blob as text; None for the work tree and the index, which give data
    blob: str = ""  # history only: the blob's id, to find its commit once it has findings
    data: bytes = b""  # the work tree and the index: the bytes, so a file that is not text is a finding too


def decode(data: bytes) -> str | None:
    """Text with LF line endings, or None for a binary file (history: bytes that are not UTF-8 still count)."""
    if b"\x00" in data[:_SNIFF]:
        return None
    return data.decode("utf-8", errors="replace").removeprefix("\ufeff").replace("\r\n", "\n")


def strict_text(data: bytes) -> str | None:
    """Text with LF line endings, or None when the bytes are not UTF-8 text the guard can read in full."""
    if b"\x00" in data[:_SNIFF]:
        return None
    try:
        return data.decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n")
    except UnicodeDecodeError:
        return None


def work_tree(root: Path, paths: list[Path]) -> Iterator[Source]:
    for file in _files(root, paths):
        rel = _relative(root, file)
        yield Source(rel, rel, None, data=file.read_bytes())


def _files(root: Path, paths: list[Path]) -> list[Path]:
    if not paths:
        return [root / rel for rel in kb_files(root)]
    files: list[Path] = []
    for target in paths:
        if target.is_file():
            files.append(target)
        elif target.is_dir():
            files += [target / rel for rel in files_under(target)]
        else:
            raise SourceError(f"{target} findes ikke.")
    return sorted(set(files))


def _relative(root: Path, file: Path) -> str:
    try:  # the common case, files found below root, needs no trip to the file system
        return file.relative_to(root).as_posix()
    except ValueError:
        pass
    try:
        return file.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return file.as_posix()


def prefixes(root: Path, paths: list[Path]) -> tuple[str, ...]:
    """Git paths to keep: the knowledge-base folders, or the paths asked for."""
    if not paths:
        return KB_FOLDERS
    return tuple(_relative(root, p) + ("/" if p.is_dir() else "") for p in paths)


def _wanted(path: str, keep: tuple[str, ...]) -> bool:
    return any(path == k or path.startswith(k if k.endswith("/") else k + "/") for k in keep)


def staged(root: Path, keep: tuple[str, ...]) -> Iterator[Source]:
    """The staged version of every added or changed file, read by its object id (a name may hold a line break)."""
    raw = _git(root, "diff", "--cached", "--raw", "-z", "--no-abbrev", "--no-renames", "--diff-filter=ACM").decode(
        "utf-8", "replace")
    fields = raw.split("\0")
    wanted = []
    for index in range(0, len(fields) - 1, 2):
        info, name = fields[index], fields[index + 1]
        parts = info.split()
        if len(parts) >= 4 and parts[1] != "160000" and _wanted(name, keep):
            wanted.append((name, parts[3]))
    with Batch(root) as batch:
        for name, sha in wanted:
            data = batch.read(sha)
            if data is not None:
                yield Source(name, name, None, data=data)


def history(root: Path, keep: tuple[str, ...]) -> Iterator[Source]:
    """Every blob reachable from any ref, once, with the commit that introduced it."""
    blobs: dict[str, str] = {}
    for line in _git(root, "rev-list", "--all", "--objects").decode("utf-8", "replace").split("\n"):
        sha, _, path = line.partition(" ")
        if path and sha not in blobs and _wanted(path, keep):
            blobs[sha] = path
    with Batch(root) as batch:
        for sha, path in blobs.items():
            data = batch.read(sha, want="blob")
            text = None if data is None else decode(data)
            if text is not None:
                yield Source(path, path, text, sha)


def in_commit(root: Path, source: Source) -> Source:
    """The source shown as 'commit:path', for the commit that added the blob (asked only for findings)."""
    commit, path = introduced(root, source.blob, source.file)
    return Source(f"{commit[:12]}:{path}", path, source.text, source.blob)


def introduced(root: Path, sha: str, fallback_path: str) -> tuple[str, str]:
    """The oldest commit whose diff adds this blob, and the path it got there."""
    out = _git(root, "log", "--all", "--reverse", "-m", "--raw", "--no-abbrev", "--format=commit %H",
               f"--find-object={sha}").decode("utf-8", "replace")
    commit = ""
    for line in out.split("\n"):
        if line.startswith("commit "):
            commit = line.split()[1]
        elif line.startswith(":") and "\t" in line:
            fields, _, path = line.partition("\t")
            if fields.split()[3] == sha:
                return commit, path.split("\t")[-1]
    return commit or "?" * 12, fallback_path
