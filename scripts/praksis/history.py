"""What git knows about each content file: its commits, in one pass over the whole history.

One `git log --raw` for the knowledge base's folders (not one per file: the git-revision-date
plugin's way takes minutes at thousands of pages), walked newest first so a rename hands the
older commits on to the file's present name; then one `git cat-file --batch` reads the
principles' versions, so each change can be told apart (created, changed, adopted, superseded,
retired, and whether an adopted wording was amended). Linear in the number of commits.

A shallow clone knows only part of the history: its dates would be wrong, so none are shown.
"""

from __future__ import annotations

import re
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from .files import KB_FOLDERS

# The kinds of change, in the words the site shows them.
KINDS = {"created": "oprettet", "changed": "ændret", "adopted": "vedtaget", "superseded": "erstattet",
         "retired": "udgået", "amended": "ændret efter vedtagelse"}
_STATUS_KIND = {"adopted": "adopted", "superseded": "superseded", "retired": "retired"}


@dataclass(frozen=True)
class Change:
    """One commit's change to one entry's file."""
    commit: str
    when: datetime  # the author's date: when the change was written, kept through rebases
    subject: str  # the commit message's first line
    kind: str  # a key of KINDS
    status: str = ""  # the principle's status after the change
    meeting: str = ""  # the meeting the principle names after the change
    blob: str = ""  # the file's contents after the change (a git object name)
    before: str = ""  # for an amendment: the adopted version it replaced


@dataclass
class History:
    """Every content file's changes, oldest first, by its path today; empty when git cannot tell."""
    changes: dict[str, list[Change]] = field(default_factory=dict)
    state: str = "none"  # "full", "shallow" (part of the history: no dates shown) or "none" (no git)
    head: str = ""
    # path -> the adopted wording the latest amendment replaced, as the file was then ("" when withheld)
    previous: dict[str, str] = field(default_factory=dict)

    def of(self, path: str) -> list[Change]:
        return self.changes.get(path, []) if self.state == "full" else []


_HIDDEN = "(beskeden vises ikke: den kan indeholde personoplysninger)"
_memo: dict[tuple[str, str], History] = {}  # `praksis serve` rebuilds on every save; history moves with HEAD


def read_history(root: Path, is_clean: Callable[[str], bool] = lambda text: True) -> History:
    """The history of the content files below root, or an empty History outside a git repository.

    Nothing of it reaches the site unchecked: a commit message or an earlier wording in which
    `is_clean` finds personal data is withheld (the data may have been removed from the file since).
    """
    root = Path(root).resolve()
    head = _git(root, "rev-parse", "HEAD")
    if head is None:
        return History()
    key = (str(root), head.strip())
    if key not in _memo:
        _memo.clear()
        _memo[key] = _checked(root, _read(root, key[1]), is_clean)
    return _memo[key]


def state_of(root: Path) -> str:
    """What git could tell, without reading the history: "full", "shallow" or "none"."""
    if _git(Path(root), "rev-parse", "--verify", "-q", "HEAD") is None:
        return "none"
    return "shallow" if (_git(Path(root), "rev-parse", "--is-shallow-repository") or "").strip() == "true" else "full"


def _checked(root: Path, history: History, is_clean: Callable[[str], bool]) -> History:
    verdicts: dict[str, bool] = {}
    for path, line in history.changes.items():
        for i, change in enumerate(line):
            if change.subject not in verdicts:
                verdicts[change.subject] = is_clean(change.subject)
            if not verdicts[change.subject]:
                line[i] = replace(change, subject=_HIDDEN)
    amended = {path: latest.before for path, line in history.changes.items()
               if (latest := next((c for c in reversed(line) if c.kind == "amended"), None))}
    texts = _read_blobs(root, list(amended.values()))
    history.previous = {path: text if is_clean(text) else "" for path, blob in amended.items()
                        for text in [texts.get(blob, "")]}
    return history


def _read(root: Path, head: str) -> History:
    if (_git(root, "rev-parse", "--is-shallow-repository") or "").strip() == "true":
        return History(state="shallow", head=head)
    log = _git(root, "log", "-M", "--raw", "--no-abbrev", "-z", "--relative", "--no-merges",
               "--format=%x1e%H%x1f%aI%x1f%s", "--", *KB_FOLDERS)
    if log is None:
        return History()
    revisions = _by_present_path(_commits(log))
    return History(_classify(root, revisions), "full", head)


@dataclass(frozen=True)
class _Revision:
    commit: str
    when: datetime
    subject: str
    path: str  # the file's name in that commit
    blob: str  # its contents after the commit
    status: str  # A, M, R or D


def _commits(log: str):
    """Each commit's file changes, newest commit first: _Revision per changed file."""
    for record in log.split("\x1e")[1:]:
        header, _, raw = record.partition("\0")
        commit, when, subject = (header.split("\x1f") + ["", ""])[:3]
        fields = raw.lstrip("\n").split("\0")
        moment = datetime.fromisoformat(when)
        i = 0
        while i < len(fields):
            info = fields[i]
            if not info.startswith(":"):
                i += 1
                continue
            parts = info[1:].split()
            status, blob = parts[4][0], parts[3]
            if status in "RC":
                old, new = fields[i + 1], fields[i + 2]
                i += 3
                yield _Revision(commit, moment, subject, new, blob, status), old
            else:
                i += 2
                yield _Revision(commit, moment, subject, fields[i - 1], blob, status), None


_GONE = object()  # the name of a file that no longer exists


def _by_present_path(revisions) -> dict[str, list[_Revision]]:
    """Revisions grouped by the file's present name, oldest first, following renames backwards.

    `present` maps a name in the commit being read to the name the file has today; walking from the
    newest commit, a rename points the old name at the new one's present name, and an addition or a
    deletion ends a name's line (an older file of the same name is another file).
    """
    present: dict[str, object] = {}
    found: dict[str, list[_Revision]] = {}
    for revision, old in revisions:
        name = present.get(revision.path, revision.path)
        if revision.status == "D":
            present[revision.path] = _GONE  # older commits of this name belong to a file deleted since
            continue
        if name is not _GONE:
            found.setdefault(name, []).append(revision)
        if old is not None:
            present[old] = name
            present[revision.path] = _GONE
        elif revision.status == "A":
            present[revision.path] = _GONE
    for line in found.values():
        line.reverse()
    return found


# --- telling the changes apart ------------------------------------------------------------------

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_KEY = re.compile(r"^([A-Za-z_]+):[ \t]*(.*)$")


def _classify(root: Path, revisions: dict[str, list[_Revision]]) -> dict[str, list[Change]]:
    from .model import kind_for_path

    principles = [r.blob for path, line in revisions.items() if _is_principle(path, kind_for_path) for r in line]
    texts = _read_blobs(root, principles)
    changes: dict[str, list[Change]] = {}
    for path, line in revisions.items():
        if not _is_principle(path, kind_for_path):
            changes[path] = [Change(r.commit, r.when, r.subject, "created" if i == 0 else "changed", blob=r.blob)
                             for i, r in enumerate(line)]
            continue
        changes[path] = _principle_changes(line, texts)
    return changes


def _is_principle(path: str, kind_for_path) -> bool:
    kind = kind_for_path(path)
    return kind is not None and kind.name == "principle"


def _principle_changes(line: list[_Revision], texts: dict[str, str]) -> list[Change]:
    """created -> changed | adopted | superseded | retired; a changed wording while adopted is an amendment."""
    result: list[Change] = []
    status, wording, adopted_blob = "", None, ""
    for i, revision in enumerate(line):
        fields, words = facts(texts.get(revision.blob, ""))
        new_status = fields.get("status", "")
        before = ""
        if i == 0:
            kind = "created"
        elif new_status != status and new_status in _STATUS_KIND:
            kind = _STATUS_KIND[new_status]
        elif status == new_status == "adopted" and words != wording:
            kind, before = "amended", adopted_blob
        else:
            kind = "changed"
        result.append(Change(revision.commit, revision.when, revision.subject, kind, new_status,
                             fields.get("meeting", ""), revision.blob, before))
        status, wording = new_status, words
        if new_status == "adopted":
            adopted_blob = revision.blob
    return result


def facts(text: str) -> tuple[dict[str, str], str]:
    """(status, meeting) as written at the top level of the front matter, and the wording: title, summary
    and body with the spacing evened out. Read without YAML: thousands of versions are read per build."""
    match = _FRONT.match(text)
    front, body = (match.group(1), text[match.end():]) if match else ("", text)
    fields: dict[str, str] = {}
    wording: list[str] = []
    current = ""
    for line in front.splitlines():
        key = _KEY.match(line)
        if key:
            current = key.group(1)
            value = key.group(2).split(" #", 1)[0].strip().strip("'\"")
            if current in ("status", "meeting"):
                fields[current] = value
        if current in ("title", "summary"):
            wording.append(line)
    return fields, " ".join((" ".join(wording) + " " + body).split())


# --- git -----------------------------------------------------------------------------------------

def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)
    except FileNotFoundError:
        return None
    return result.stdout.decode("utf-8", "replace") if result.returncode == 0 else None


def _read_blobs(root: Path, names: list[str]) -> dict[str, str]:
    """Many objects through one `git cat-file --batch`, the names written from a thread so neither pipe fills."""
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
    texts: dict[str, str] = {}
    for name in wanted:
        header = process.stdout.readline().split()
        if len(header) < 3:
            continue
        texts[name] = process.stdout.read(int(header[2]) + 1)[:-1].decode("utf-8", "replace")
    writer.join()
    process.wait()
    return texts

