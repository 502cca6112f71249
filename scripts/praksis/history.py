"""What git knows about each content file: its commits, in one pass over the whole history.

One `git log --raw` for the knowledge base's folders (not one per file: the git-revision-date
plugin's way takes minutes at thousands of pages), walked newest first so a rename hands the
older commits on to the file's present name; then one `git cat-file --batch` reads the
principles' versions, so each change can be told apart (created, changed, adopted, superseded,
retired, and whether an adopted wording was amended). Linear in the number of commits.

A shallow clone knows only part of the history: its dates would be wrong, so none are shown.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from .files import KB_FOLDERS
from .git import read_blobs
from .history_store import HistoryStore

# The kinds of change, in the words the site shows them.
KINDS = {"created": "oprettet", "changed": "ændret", "adopted": "vedtaget", "superseded": "erstattet",
         "retired": "udgået", "amended": "ændret efter vedtagelse"}
_STATUS_KIND = {"adopted": "adopted", "superseded": "superseded", "retired": "retired"}
# Example cases are shown without dates: the day a composite case was added sits next to the meeting that
# discussed it, and date + team + story can find the family inside the department (R314's reason).
UNDATED = frozenset({"case"})


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


def read_history(root: Path, is_clean: Callable[[str], bool] = lambda text: True, guard: str = "",
                 keep: bool = True) -> History:
    """The history of the content files below root, or an empty History outside a git repository.

    Nothing of it reaches the site unchecked: a commit message or an earlier wording in which
    `is_clean` finds personal data is withheld (the data may have been removed from the file since).
    `guard` names the guard's settings (its allow file), so its verdicts are kept only while they hold;
    `keep`: what was read is kept for the next run (history_store.py).
    """
    root = Path(root).resolve()
    head = _git(root, "rev-parse", "--verify", "-q", "HEAD")
    if head is None:
        return History()
    head = head.strip()
    if _shallow(root):
        return History(state="shallow", head=head)
    store = HistoryStore.open(root) if keep else HistoryStore(None)
    records, facts = _records(root, head, store)
    history = History(_classify(_by_present_path(records), facts), "full", head)
    checked = _checked(root, history, is_clean, store.verdicts(guard))
    store.save(head, records, facts)
    return checked


def state_of(root: Path) -> str:
    """What git could tell, without reading the history: "full", "shallow" or "none"."""
    if _git(Path(root), "rev-parse", "--verify", "-q", "HEAD") is None:
        return "none"
    return "shallow" if _shallow(Path(root)) else "full"


def _shallow(root: Path) -> bool:
    return (_git(root, "rev-parse", "--is-shallow-repository") or "").strip() == "true"


def _records(root: Path, head: str, store: HistoryStore) -> tuple[list[tuple], dict[str, tuple]]:
    """Every change to a content file, newest first, and the principles' facts by version.

    What the store kept for an earlier HEAD is reused when that HEAD is an ancestor of this one: only the
    commits since are read (a rebuild after a commit, a CI run with the cache restored).
    """
    kept_head, records, facts = store.head, store.records, store.facts
    if kept_head != head:
        since = kept_head and _git(root, "merge-base", "--is-ancestor", kept_head, head) is not None
        log = _log(root, f"{kept_head}..{head}" if since else head)
        records = list(_commits(log or "")) + (records if since else [])
    wanted = [r[4] for r in records if _is_principle(r[3]) and r[4] not in facts]
    facts = {**facts, **{blob: _facts_key(text) for blob, text in _read_blobs(root, wanted).items()}}
    return records, facts


def _log(root: Path, revisions: str) -> str | None:
    # No pathspec: git limits its diffs to the paths far slower than the lines are filtered here (2x at 20,000
    # commits); --relative keeps only what lies below root, named from it.
    return _git(root, "log", "-M", "--raw", "--no-abbrev", "-z", "--relative", "--no-merges",
                "--format=%x1e%H%x1f%aI%x1f%s", revisions)


def _checked(root: Path, history: History, is_clean: Callable[[str], bool], verdicts: dict[str, bool]) -> History:
    """The history with what the guard finds withheld; `verdicts` keeps its judgement of each text."""
    def clean(text: str) -> bool:
        if text not in verdicts:
            verdicts[text] = is_clean(text)
        return verdicts[text]

    changes = {path: [c if clean(c.subject) else replace(c, subject=_HIDDEN) for c in line]
               for path, line in history.changes.items()}
    amended = {path: latest.before for path, line in changes.items() if line[-1].status == "adopted"
               and (latest := next((c for c in reversed(line) if c.kind == "amended"), None))}
    texts = _read_blobs(root, list(amended.values()))
    previous = {path: text if is_clean(text) else "" for path, blob in amended.items()
                for text in [texts.get(blob, "")]}
    return History(changes, history.state, history.head, previous)


# One file changed by one commit, as plain values (kept in the store between runs):
# (commit, author date ISO, subject, the file's name in that commit, its contents after it, A|M|R|D, old name | None)
Record = tuple


def _commits(log: str):
    """Each commit's changes to the content files, newest commit first: a Record per changed file."""
    for record in log.split("\x1e")[1:]:
        header, _, raw = record.partition("\0")
        commit, when, subject = (header.split("\x1f") + ["", ""])[:3]
        fields = raw.lstrip("\n").split("\0")
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
            else:
                old, new = None, fields[i + 1]
                i += 2
            if _in_kb(new):
                yield (commit, when, subject, new, blob, status, old if old and _in_kb(old) else None)


def _in_kb(path: str) -> bool:
    return path.startswith(_KB_PREFIXES)


_KB_PREFIXES = tuple(folder + "/" for folder in KB_FOLDERS)
_GONE = object()  # the name of a file that no longer exists


def _by_present_path(records: list[Record]) -> dict[str, list[Record]]:
    """Records grouped by the file's present name, oldest first, following renames backwards.

    `present` maps a name in the commit being read to the name the file has today; walking from the
    newest commit, a rename points the old name at the new one's present name, and an addition or a
    deletion ends a name's line (an older file of the same name is another file).
    """
    present: dict[str, object] = {}
    found: dict[str, list[Record]] = {}
    for record in records:
        path, status, old = record[3], record[5], record[6]
        name = present.get(path, path)
        if status == "D":
            present[path] = _GONE  # older commits of this name belong to a file deleted since
            continue
        if name is not _GONE:
            found.setdefault(name, []).append(record)
        if old is not None:
            present[old] = name
            present[path] = _GONE
        elif status in "AR":  # added here, or renamed here from a name outside the knowledge base
            present[path] = _GONE
    for line in found.values():
        line.reverse()
    return found


# --- telling the changes apart ------------------------------------------------------------------

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_KEY = re.compile(r"^([A-Za-z_]+):[ \t]*(.*)$")


def _classify(lines: dict[str, list[Record]], known: dict[str, tuple]) -> dict[str, list[Change]]:
    """Each file's records as changes; a principle's by what its versions say (`known`: blob -> _facts_key)."""
    changes: dict[str, list[Change]] = {}
    for path, line in lines.items():
        if _is_principle(path):
            changes[path] = _principle_changes(line, known)
        else:
            changes[path] = [Change(r[0], datetime.fromisoformat(r[1]), r[2], "changed" if i else "created", blob=r[4])
                             for i, r in enumerate(line)]
    return changes


def _is_principle(path: str) -> bool:
    from .model import kind_for_path

    kind = kind_for_path(path)
    return kind is not None and kind.name == "principle"


def _principle_changes(line: list[Record], known: dict[str, tuple]) -> list[Change]:
    """created -> changed | adopted | superseded | retired; a changed wording while adopted is an amendment."""
    result: list[Change] = []
    status, wording, adopted_blob = "", None, ""
    for i, (commit, when, subject, _, blob, _, _) in enumerate(line):
        new_status, meeting, words = known.get(blob, ("", "", ""))
        before = ""
        if i == 0:
            kind = "created"
        elif new_status != status and new_status in _STATUS_KIND:
            kind = _STATUS_KIND[new_status]
        elif status == new_status == "adopted" and words != wording:
            kind, before = "amended", adopted_blob
        else:
            kind = "changed"
        result.append(Change(commit, datetime.fromisoformat(when), subject, kind, new_status, meeting, blob, before))
        status, wording = new_status, words
        if new_status == "adopted":
            adopted_blob = blob
    return result


def _facts_key(text: str) -> tuple[str, str, str]:
    """(status, meeting, a digest of the wording): what telling a principle's versions apart needs, kept small."""
    fields, wording = facts(text)
    return fields.get("status", ""), fields.get("meeting", ""), hashlib.blake2b(wording.encode(), digest_size=12).hexdigest()


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
    return {name: data.decode("utf-8", "replace") for name, data in read_blobs(root, names).items()}
