"""Reading git's index and objects: one `git cat-file --batch` process for all reads."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path


class GitError(Exception):
    """No git, no repository, or a failing git command; the message is Danish."""


def git(root: Path, *args: str) -> bytes:
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)
    except FileNotFoundError as err:
        raise GitError("git er ikke installeret.") from err
    if result.returncode != 0:
        inside = subprocess.run(["git", "-C", str(root), "rev-parse", "--git-dir"], capture_output=True, check=False)
        if inside.returncode != 0:
            raise GitError(f"{root} er ikke et git-repository; det, der står i git's index og historik, kræver ét.")
        first = result.stderr.decode("utf-8", "replace").strip().splitlines()[:1]
        raise GitError(f"git {args[0]} fejlede: {first[0] if first else 'ukendt fejl'}")
    return result.stdout


class Batch:
    """One `git cat-file --batch` process for all reads."""

    def __init__(self, root: Path):
        self.root = root

    def __enter__(self):
        self.process = subprocess.Popen(["git", "-C", str(self.root), "cat-file", "--batch"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        return self

    def read(self, name: str, want: str | None = None) -> bytes | None:
        self.process.stdin.write(name.encode("utf-8") + b"\n")
        self.process.stdin.flush()
        header = self.process.stdout.readline().split()
        if len(header) < 3:  # '<name> missing'
            return None
        data = self.process.stdout.read(int(header[2]) + 1)[:-1]
        return data if want in (None, header[1].decode()) else None

    def __exit__(self, *exc):
        self.process.stdin.close()
        self.process.wait()


def read_blobs(root: Path, names: list[str]) -> dict[str, bytes]:
    """Many objects by name through one `git cat-file --batch`, without a round trip each: the names are
    written from a thread, so neither pipe fills. A name git does not have (all zeros: a deleted file) is
    left out."""
    wanted = list(dict.fromkeys(n for n in names if n and set(n) != {"0"}))
    if not wanted:
        return {}
    process = subprocess.Popen(["git", "-C", str(root), "cat-file", "--batch"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE)

    def feed() -> None:
        try:
            process.stdin.write("".join(n + "\n" for n in wanted).encode())
        finally:
            process.stdin.close()

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    found: dict[str, bytes] = {}
    for name in wanted:
        header = process.stdout.readline().split()
        if len(header) < 3:  # '<name> missing'
            continue
        found[name] = process.stdout.read(int(header[2]) + 1)[:-1]
    writer.join()
    process.wait()
    return found
