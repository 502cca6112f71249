"""What reading git's history costs a build: prints figures, asserts nothing.

    .venv/bin/python scripts/benchmarks/history_bench.py --smoke
    .venv/bin/python scripts/benchmarks/history_bench.py --entries 10000 --commits 20000 --runs 3
    .venv/bin/python scripts/benchmarks/history_bench.py --repos-only --linearity 5000,10000,20000

A knowledge base is generated (scripts/benchmarks/kb_generator.py) and turned into a git repository
whose history a team could have made over three years, written with one `git fast-import` (set dates,
exact contents per commit; a `git commit` process per change would be slow at 20,000 commits):

- the first commit moves what existed before the three years into git (entries whose first version is
  older: the shipped content, meeting records and principles of earlier meetings ...);
- later commits add entries: a principle as a proposal some weeks before its meeting, the meeting
  record with its decisions in one commit that adopts them (and supersedes what they replace), cases
  and supervision records;
- principles retire, a few files are renamed (an old file name to today's);
- the rest of the commits change wordings: a principle's summary and body (an amendment when it is
  adopted), cases, meeting records, the files edited most often far more often than most (Zipf);
- when there are fewer commits than events, neighbouring events share a commit.

The final tree is the generated knowledge base, byte for byte (the script checks it), so `praksis
check` passes; intermediate versions are the same files with another status, meeting and wording.

Then, each figure the median (and min-max) of --runs runs, every command a fresh process, the two
commands of a pair run in turn so both see the machine in the same state:

- `praksis build` of the repository against the same files copied without .git (no history);
- `praksis check` the same way;
- `read_history` alone in a fresh process (its memo is per process), without and with the
  personal-data guard the pipeline passes it, against `import praksis.history` (the start-up);
- where its time goes, once, in this process: git log, parsing, cat-file and classifying, the guard;
- with --linearity, read_history alone at several commit counts over the same knowledge base.

--repos-only makes and checks the repositories and prints the commands, for timing them otherwise.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parents[2]
if str(REPO / "scripts") not in sys.path:
    sys.path.insert(0, str(REPO / "scripts"))

from benchmarks.kb_bench import ENV, PYTHON, knowledge_base, machine, praksis, run  # noqa: E402
from benchmarks.kb_generator import (FIRST_DAY, REPO as GENERATOR_REPO, build_vocabulary,  # noqa: E402
                                     random_sentence, read_shipped)

TZ = ZoneInfo("Europe/Copenhagen")
END = datetime(2026, 11, 27, 16, 0, tzinfo=TZ)  # the newest commit; the generator's meetings end 2026-11-13
YEARS = 3
START = END - timedelta(days=round(365.25 * YEARS))  # the first commit
ENTRY_FOLDERS = {"docs/principper": "principle", "docs/moeder": "meeting", "docs/tilsyn": "supervision",
                 "cases_anonymized": "case"}
# What the commits after the events change, by kind of entry.
EDIT_SHARE = {"principle": 0.45, "case": 0.40, "meeting": 0.10, "supervision": 0.05}
RENAME_SHARE = 0.005  # of the generated principles and cases; at least 3
AUTHORS = [("Faglig koordinator Øst", "koordinator-oest"), ("Teamleder Vest", "teamleder-vest"),
           ("Redaktionen", "redaktion"), ("Faglig koordinator Unge", "koordinator-unge"),
           ("Afdelingsleder", "afdelingsleder"), ("Sagsbehandler Nord", "sagsbehandler-nord")]
REVIEW_WHILE_IN_FORCE = "2031-06-30"  # review_by of an earlier adopted version whose final status has none


# ---- the knowledge base's entries and their lives -----------------------------------------

@dataclass
class Event:
    when: datetime
    group: str  # events of one group are one commit (a meeting adopts its decisions in one)
    subject: str
    kind: str  # "create", "status", "word", "rename"
    status: str = ""


@dataclass
class Entry:
    path: str  # today's
    kind: str
    id: str
    text: str  # today's
    fields: dict[str, str]
    old_path: str = ""  # the name before a rename
    events: list[Event] = field(default_factory=list)

    @property
    def created(self) -> datetime:
        return self.events[0].when

    def list_field(self, key: str) -> list[str]:
        value = self.fields.get(key, "").strip()
        return [v.strip() for v in value.strip("[]").split(",") if v.strip()] if value.startswith("[") else []


def front_fields(text: str) -> dict[str, str]:
    """The top-level `key: value` lines of the front matter, as the generator writes them."""
    end = text.find("\n---", 4)
    found = {}
    for line in text[4:end].split("\n"):
        if line and not line[0].isspace() and ":" in line:
            key, _, value = line.partition(":")
            found[key.strip()] = value.strip()
    return found


def read_entries(kb: Path) -> tuple[dict[str, bytes], list[Entry]]:
    """Every file of the knowledge base, and the generated entries among them (the shipped ones are not)."""
    files = {p.relative_to(kb).as_posix(): p.read_bytes() for p in sorted(kb.rglob("*"))
             if p.is_file() and ".git" not in p.relative_to(kb).parts and ".praksis_cache" not in p.parts}
    shipped = read_shipped(GENERATOR_REPO)
    shipped_ids = {*shipped.principles, *shipped.cases, *shipped.meetings, *shipped.supervisions}
    entries = []
    for path, data in files.items():
        folder, _, name = path.rpartition("/")
        kind = ENTRY_FOLDERS.get(folder)
        if kind is None or not name.endswith(".md"):
            continue
        text = data.decode("utf-8")
        fields = front_fields(text)
        if fields.get("id") and fields["id"] not in shipped_ids:
            entries.append(Entry(path, kind, fields["id"], text, fields))
    return files, entries


def at(day: date, rng: random.Random, hours: tuple[int, int] = (8, 17)) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=TZ) + timedelta(
        minutes=rng.randrange(hours[0] * 60, hours[1] * 60))


def between(rng: random.Random, low: datetime, high: datetime) -> datetime:
    """A moment in working hours (Monday to Friday, 8 to 17) after low and before high, where there is one."""
    if high <= low:
        return low + timedelta(minutes=1)
    moment = low + timedelta(seconds=rng.randrange(int((high - low).total_seconds())))
    day = moment.date() - timedelta(days=moment.weekday() - rng.randrange(5))
    working = at(day, rng)
    return working if low < working < high else moment


def plan_lives(entries: list[Entry], rng: random.Random) -> None:
    """Creations, adoptions, supersessions, retirements and renames, each at its time."""
    by_id = {e.id: e for e in entries}
    meeting_time = {}
    for m in (e for e in entries if e.kind == "meeting"):
        # recorded the day after the meeting (Tuesday to Thursday), in working hours: a later meeting is later
        meeting_time[m.id] = at(date.fromisoformat(m.fields["date"]) + timedelta(days=1), rng)
        adopted = [p for p in m.list_field("decisions") if p in by_id]
        m.events.append(Event(meeting_time[m.id], m.id, f"Referat af {m.id}"
                              + (f"; vedtager {', '.join(adopted[:3])}" + (" m.fl." if len(adopted) > 3 else "")
                                 if adopted else ""), "create"))
    superseded_by: dict[str, str] = {}
    for p in (e for e in entries if e.kind == "principle"):
        for old in p.list_field("supersedes"):
            superseded_by[old] = p.id
    for p in (e for e in entries if e.kind == "principle"):
        status, meeting = p.fields.get("status", "proposed"), p.fields.get("meeting", "")
        if meeting in meeting_time:
            adopted = meeting_time[meeting]
            created = between(rng, adopted - timedelta(days=150), adopted - timedelta(days=10))
            p.events.append(Event(created, f"new {p.id}", f"Forslag til princip: {p.id}", "create"))
            p.events.append(Event(adopted, meeting, "", "status", "adopted"))
            if status == "superseded":
                newer = by_id.get(superseded_by.get(p.id, ""))
                when = meeting_time.get(newer.fields.get("meeting", "")) if newer else None
                if when and when > adopted:  # in the commit that adopts the principle replacing it
                    p.events.append(Event(when, newer.fields["meeting"], "", "status", "superseded"))
                else:
                    when = between(rng, adopted + timedelta(days=1), END)
                    p.events.append(Event(when, f"supersede {p.id}", f"{p.id} er erstattet", "status", "superseded"))
            elif status == "retired":
                when = between(rng, adopted + timedelta(days=7), END)
                p.events.append(Event(when, f"retire {p.id}", f"{p.id} udgår", "status", "retired"))
        else:  # a proposal, lately
            created = between(rng, START - timedelta(days=365), END - timedelta(days=2))
            p.events.append(Event(created, f"new {p.id}", f"Forslag til princip: {p.id}", "create"))
    listed: dict[str, datetime] = {}
    for m in (e for e in entries if e.kind == "meeting"):
        for case in m.list_field("cases"):
            listed[case] = min(listed.get(case, END), meeting_time[m.id])
    first = datetime(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day, tzinfo=TZ)
    for c in (e for e in entries if e.kind == "case"):
        created = between(rng, first, END - timedelta(days=1))
        if c.id in listed:  # written before the meeting that discussed it
            created = min(created, listed[c.id] - timedelta(days=rng.randint(1, 20)))
        c.events.append(Event(created, f"new {c.id}", f"Ny sag: {c.id}", "create"))
    for s in (e for e in entries if e.kind == "supervision"):
        when = at(date.fromisoformat(s.fields["date"]) + timedelta(days=3), rng)
        s.events.append(Event(when, f"new {s.id}", f"Ledelsestilsyn {s.id}", "create"))
    movable = [e for e in entries if e.kind in ("principle", "case") and e.created < END - timedelta(days=30)]
    for e in rng.sample(movable, min(len(movable), max(3, round(RENAME_SHARE * len(movable))))):
        folder, _, name = e.path.rpartition("/")
        e.old_path = f"{folder}/{e.id}-{'udkast' if e.kind == 'principle' else 'sag'}.md"
        when = between(rng, max(e.created, START) + timedelta(hours=1), END)
        e.events.append(Event(when, f"rename {e.id}", f"Omdøber {e.old_path.rpartition('/')[2]} til {name}",
                              "rename"))


def zipf_weights(count: int, s: float = 1.0, q: float = 10.0) -> list[float]:
    return [1.0 / (rank + q) ** s for rank in range(1, count + 1)]


WORDING_SUBJECTS = {"principle": ["{id}: præciserer formuleringen", "{id}: ret resumé og tekst",
                                  "{id}: tydeligere eksempel", "{id}: sproglig rettelse",
                                  "{id}: opdaterer efter drøftelse i teamet"],
                    "case": ["{id}: opdaterer sagen", "{id}: supplerer drøftelsen", "{id}: retter tidslinjen"],
                    "meeting": ["{id}: retter referatet", "{id}: supplerer referatet"],
                    "supervision": ["{id}: opfølgning på tilsynet"]}


def plan_edits(entries: list[Entry], count: int, rng: random.Random) -> None:
    """`count` edits of wording after START, the most edited files far more often than most."""
    pools = {}
    for kind in EDIT_SHARE:
        pool = [e for e in entries if e.kind == kind and e.created < END - timedelta(hours=2)]
        rng.shuffle(pool)
        if pool:
            pools[kind] = (pool, list(itertools.accumulate(zipf_weights(len(pool)))))
    kinds = [k for k in EDIT_SHARE if k in pools]
    for i in range(count):
        kind = rng.choices(kinds, weights=[EDIT_SHARE[k] for k in kinds])[0]
        pool, cum = pools[kind]
        e = rng.choices(pool, cum_weights=cum)[0]
        when = between(rng, max(e.created, START) + timedelta(minutes=1), END)
        e.events.append(Event(when, f"edit {i}", rng.choice(WORDING_SUBJECTS[kind]).format(id=e.id), "word"))


# ---- the versions of a file -------------------------------------------------------------------

def set_status(text: str, status: str) -> str:
    """The principle as it stood with `status`: a proposal names no meeting or decision yet; a principle
    in force has a review date."""
    head_end = text.find("\n---", 4)
    lines, body = text[:head_end].split("\n"), text[head_end:]
    out = []
    for line in lines:
        if line.startswith("status:"):
            line = f"status: {status}"
        elif status == "proposed" and line.startswith(("decided:", "meeting:")):
            continue
        elif line.startswith("owner:") and status in ("proposed", "adopted") \
                and not any(l.startswith("review_by:") for l in lines):
            out.append(f"review_by: {REVIEW_WHILE_IN_FORCE}")
        out.append(line)
    return "\n".join(out) + body


def set_wording(entry: Entry, text: str, k: int, vocab, seed: int) -> str:
    """Wording k (0 is today's): another summary (principles) and one more paragraph."""
    if k == 0:
        return text
    rng = random.Random(f"{seed}:{entry.id}:{k}")
    if entry.kind == "principle":
        summary = random_sentence(rng, vocab)
        text = "\n".join(f"summary: {json.dumps(summary, ensure_ascii=False)}" if line.startswith("summary:")
                         else line for line in text.split("\n"))
    return text + "\n" + " ".join(random_sentence(rng, vocab) for _ in range(rng.randint(1, 3))) + "\n"


@dataclass
class Version:
    when: datetime
    group: str
    subject: str
    path: str
    old_path: str  # set when this version renamed the file
    data: bytes


def versions(entry: Entry, vocab, seed: int) -> list[Version]:
    events = sorted(entry.events, key=lambda e: e.when)
    wordings = sum(1 for e in events if e.kind == "word")
    adopts = any(e.kind == "status" for e in events)
    status = "proposed" if adopts else entry.fields.get("status", "")
    path, k = entry.old_path or entry.path, wordings
    found = []
    for event in events:
        old = ""
        if event.kind == "word":
            k -= 1
        elif event.kind == "status":
            status = event.status
        elif event.kind == "rename":
            old, path = path, entry.path
        text = set_status(entry.text, status) if entry.kind == "principle" and adopts else entry.text
        found.append(Version(event.when, event.group, event.subject, path, old,
                             set_wording(entry, text, k, vocab, seed).encode("utf-8")))
    assert found[-1].data == entry.text.encode("utf-8") and found[-1].path == entry.path, entry.path
    return found


# ---- commits ---------------------------------------------------------------------------------

@dataclass
class Commit:
    when: datetime
    subject: str
    changes: dict[str, bytes | None] = field(default_factory=dict)  # path -> contents, None: deleted


def plan_commits(kb: Path, commits: int, seed: int) -> tuple[list[Commit], dict]:
    rng = random.Random(seed)
    files, entries = read_entries(kb)
    plan_lives(entries, rng)
    groups = {e.group for entry in entries for e in entry.events if e.when > START}
    plan_edits(entries, max(0, commits - 1 - len(groups)), rng)
    vocab = build_vocabulary(GENERATOR_REPO)
    first = Commit(START, "Vidensbasen flyttes til git: principper, sager og referater indtil nu")
    generated = {e.path for e in entries}
    first.changes = {path: data for path, data in files.items() if path not in generated}
    later: dict[str, Commit] = {}
    for entry in entries:
        for v in versions(entry, vocab, seed):
            if v.when <= START:  # the file as it stood when it moved into git
                first.changes.pop(v.old_path, None)
                first.changes[v.path] = v.data
                continue
            commit = later.setdefault(v.group, Commit(v.when, v.subject))
            commit.subject = commit.subject or v.subject
            if v.old_path:
                commit.changes[v.old_path] = None
            commit.changes[v.path] = v.data
    ordered = sorted(later.values(), key=lambda c: (c.when, c.subject))
    merged = merge(ordered, commits - 1)
    stats = {"generated entries": len(entries), "events after the first commit": len(ordered),
             "renamed": sum(1 for e in entries if e.old_path),
             "wording edits": sum(1 for e in entries for ev in e.events if ev.kind == "word"),
             "files in the first commit": len(first.changes)}
    return [first, *merged], stats


def merge(commits: list[Commit], limit: int) -> list[Commit]:
    """At most `limit` commits: neighbours in time share one when there are more events than commits."""
    if len(commits) <= limit:
        return commits
    merged = []
    for i in range(limit):
        part = commits[i * len(commits) // limit:(i + 1) * len(commits) // limit]
        one = Commit(part[-1].when, part[0].subject + (f" (og {len(part) - 1} ændringer mere)" if len(part) > 1
                                                      else ""))
        for commit in part:
            for path, data in commit.changes.items():
                one.changes.pop(path, None)  # keep the order of the last change
                one.changes[path] = data
        merged.append(one)
    return merged


def _stamp(when: datetime) -> str:
    offset = int(when.utcoffset().total_seconds() // 60)
    return f"{int(when.timestamp())} {'+' if offset >= 0 else '-'}{abs(offset) // 60:02d}{abs(offset) % 60:02d}"


def fast_import_stream(commits: list[Commit], out, seed: int) -> None:
    rng = random.Random(seed + 1)
    for commit in commits:
        name, mail = rng.choice(AUTHORS)
        who = f"{name} <{mail}@example.org> {_stamp(commit.when)}"
        message = (commit.subject + "\n").encode("utf-8")
        out.write(f"commit refs/heads/main\nauthor {who}\ncommitter {who}\n".encode("utf-8"))
        out.write(b"data %d\n" % len(message) + message)
        for path, data in commit.changes.items():
            if data is None:
                out.write(f"D {path}\n".encode("utf-8"))
            else:
                out.write(f"M 100644 inline {path}\n".encode("utf-8") + b"data %d\n" % len(data) + data + b"\n")
        out.write(b"\n")


def make_repository(kb: Path, repo: Path, commits: int, seed: int) -> dict:
    """`commits` commits whose last tree is kb's files, in repo (replaced)."""
    started = time.perf_counter()
    planned, stats = plan_commits(kb, commits, seed)
    planned_s = time.perf_counter() - started
    if repo.exists():
        shutil.rmtree(repo)
    repo.mkdir(parents=True)
    git = ["git", "-C", str(repo)]
    subprocess.run([*git, "init", "-q", "-b", "main"], check=True)
    started = time.perf_counter()
    process = subprocess.Popen([*git, "fast-import", "--quiet"], stdin=subprocess.PIPE)
    fast_import_stream(planned, process.stdin, seed)
    process.stdin.close()
    if process.wait() != 0:
        raise RuntimeError("git fast-import failed")
    subprocess.run([*git, "reset", "-q", "--hard", "main"], check=True)
    subprocess.run([*git, "gc", "-q"], check=True)  # as a clone would have it: one pack
    stats["fast-import, checkout and gc s"] = round(time.perf_counter() - started, 1)
    stats["planning s"] = round(planned_s, 1)
    stats["commits"] = int(subprocess.run([*git, "rev-list", "--count", "HEAD"], capture_output=True, text=True,
                                          check=True).stdout)
    dates = subprocess.run([*git, "log", "--format=%aI"], capture_output=True, text=True, check=True).stdout.split()
    stats["first / last commit"] = f"{dates[-1]} / {dates[0]}"
    stats["same files as the knowledge base"] = same_files(kb, repo)
    return stats


def same_files(a: Path, b: Path) -> bool:
    def listing(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()
                and not {".git", ".praksis_cache"} & set(p.relative_to(root).parts)}
    return listing(a) == listing(b)


def copy_without_git(repo: Path, out: Path) -> Path:
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(repo, out, ignore=shutil.ignore_patterns(".git", ".praksis_cache"))
    return out


def check_errors(root: Path) -> tuple[int, int, list[str]]:
    """(errors, warnings, the first errors) of `praksis check`."""
    done = subprocess.run(praksis("check", "--root", str(root), "--output-format", "json"), capture_output=True,
                          env=ENV, text=True)
    found = json.loads(done.stdout or "[]")
    errors = [d for d in found if d.get("severity") == "error"]
    return (len(errors), sum(1 for d in found if d.get("severity") == "warning"),
            [f"{d['path']}:{d['line']} {d['code']} {d['message']}" for d in errors[:10]])


# ---- measuring ---------------------------------------------------------------------------------

@dataclass
class Pair:
    a: list[float] = field(default_factory=list)
    b: list[float] = field(default_factory=list)


def figures(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} s ({min(values):.2f}-{max(values):.2f})"


def in_turn(runs: int, a: list[str], b: list[str], warmup: int = 1) -> Pair:
    """A and B in turn, A B A B ...; the warm-up runs (not counted) fill praksis' result cache."""
    pair = Pair()
    for i in range(warmup + runs):
        ra, rb = run(a), run(b)
        if i >= warmup:
            pair.a.append(ra.seconds)
            pair.b.append(rb.seconds)
    return pair


def print_pair(label: str, pair: Pair, a: str, b: str) -> None:
    ratios = [x / y for x, y in zip(pair.a, pair.b)]
    extra = [x - y for x, y in zip(pair.a, pair.b)]
    print(f"{label}: {a} {figures(pair.a)}; {b} {figures(pair.b)}; ratio {statistics.median(ratios):.3f} "
          f"({min(ratios):.3f}-{max(ratios):.3f}); extra {statistics.median(extra):+.2f} s "
          f"({min(extra):+.2f} to {max(extra):+.2f}), {len(ratios)} pairs", flush=True)


def history_command(root: Path, guard: bool, keep: bool = False) -> list[str]:
    """read_history in a new process; keep=False: read whole (no store), keep=True: from the store when kept."""
    if not guard:
        return [PYTHON, "-c", f"from praksis.history import read_history; read_history({str(root)!r}, keep={keep})"]
    return [PYTHON, "-c", "from functools import partial; from praksis import personal_data; "
            "from praksis.pipeline import _clean; from praksis.history import read_history; "
            f"scan = personal_data.ScanStage({str(root)!r}); "
            f"read_history({str(root)!r}, partial(_clean, scan), scan.namespace, keep={keep})"]


def startup_command(guard: bool) -> list[str]:
    if not guard:
        return [PYTHON, "-c", "import praksis.history"]
    return [PYTHON, "-c", "from praksis import personal_data; from praksis.pipeline import _clean; "
            "import praksis.history"]


def phases(root: Path) -> dict[str, float]:
    """Where read_history's time goes, once: its own steps, called one by one (no memo)."""
    from functools import partial

    from praksis import history as h
    from praksis import personal_data
    from praksis.pipeline import _clean

    found = {}
    t = time.perf_counter()
    log = h._log(root, "HEAD")  # as read_history runs it: no pathspec, other paths filtered afterwards
    found["git log -M --raw"] = time.perf_counter() - t
    t = time.perf_counter()  # for comparison: git limiting the paths itself
    h._git(root, "log", "-M", "--raw", "--no-abbrev", "-z", "--relative", "--no-merges",
           "--format=%x1e%H%x1f%aI%x1f%s", "HEAD", "--", *h.KB_FOLDERS)
    found["  for comparison: the same git log with a pathspec"] = time.perf_counter() - t
    t = time.perf_counter()
    records = list(h._commits(log))
    revisions = h._by_present_path(records)
    found["parse the log, follow renames"] = time.perf_counter() - t
    blobs = [r[4] for path, line in revisions.items() if h._is_principle(path) for r in line]
    t = time.perf_counter()
    texts = h._read_blobs(root, blobs)
    found["cat-file --batch (principle versions)"] = time.perf_counter() - t
    t = time.perf_counter()
    known = {blob: h._facts_key(text) for blob, text in texts.items()}
    found["facts of each principle version"] = time.perf_counter() - t
    t = time.perf_counter()
    history = h.History(h._classify(revisions, known), "full", "")
    changes = {path: line for path, line in history.changes.items() if h._is_principle(path)}
    found["classify every file's changes"] = time.perf_counter() - t
    t = time.perf_counter()
    scan = personal_data.ScanStage(root)
    history = h._checked(root, history, partial(_clean, scan), {})
    found["guard: scan subjects and previous wordings"] = time.perf_counter() - t
    found["log MB"] = len(log) / 1e6
    found["principle versions read"] = len(set(blobs))
    found["files with history"] = len(revisions)
    found["amended principles (previous pages)"] = len(history.previous)
    found["changes"] = sum(len(line) for line in history.changes.values())
    kinds: dict[str, int] = {}
    for line in changes.values():
        for change in line:
            kinds[change.kind] = kinds.get(change.kind, 0) + 1
    found["principle changes by kind"] = kinds
    return found


# ---- main --------------------------------------------------------------------------------------

def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=10000)
    parser.add_argument("--commits", type=int, default=20000)
    parser.add_argument("--smoke", action="store_true", help="500 entries, 1,000 commits, 1 run of each")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", default="/tmp/praksis-history-bench")
    parser.add_argument("--runs", type=int, default=3, help="counted runs of each build (and warm-up 1)")
    parser.add_argument("--quick-runs", type=int, default=5, help="counted runs of check and read_history")
    parser.add_argument("--linearity", default="", help="commit counts for read_history alone, e.g. 5000,10000,20000")
    parser.add_argument("--no-build", action="store_true", help="skip the build pair (the slow one)")
    parser.add_argument("--repos-only", action="store_true", help="make and check the repositories, time nothing")
    parser.add_argument("--regenerate", action="store_true", help="generate the knowledge base even if there")
    args = parser.parse_args(argv)
    if args.smoke:
        args.entries, args.commits, args.runs, args.quick_runs = 500, 1000, 1, 3
        args.linearity = args.linearity or "250,500,1000"
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    git_version = subprocess.run(["git", "--version"], capture_output=True, text=True).stdout.split()[-1]
    print(f"Machine: {machine()}; git {git_version}")
    kb = knowledge_base(work, args.entries, args.seed, args.regenerate)
    counts = sorted({args.commits, *(int(c) for c in args.linearity.split(",") if c.strip())})
    repos = {}
    for commits in counts:
        repo = work / f"git-{args.entries}-{commits}"
        print(f"== repository of {args.entries:,} entries and {commits:,} commits: {repo}", flush=True)
        for key, value in make_repository(kb, repo, commits, args.seed).items():
            print(f"  {key}: {value}")
        repos[commits] = repo
    repo = repos[args.commits]
    plain = copy_without_git(repo, work / f"nogit-{args.entries}")
    errors, warnings, first = check_errors(repo)
    print(f"praksis check of {repo}: {errors} errors, {warnings} warnings", flush=True)
    for line in first:
        print(f"  {line}")
    print("Where read_history's time goes (one run, in process, seconds):")
    for key, value in phases(repo).items():
        print(f"  {key}: {value:.3f}" if isinstance(value, float) else f"  {key}: {value}")
    out_git, out_plain = Path(f"/tmp/history-bench-site-git-{args.entries}"), Path(
        f"/tmp/history-bench-site-nogit-{args.entries}")
    if args.repos_only:
        print("\nCommands (with history / without):")
        print(f"  praksis build --root {repo} --out {out_git}\n  praksis build --root {plain} --out {out_plain}")
        print(f"  praksis check --root {repo}\n  praksis check --root {plain}")
        for commits, r in repos.items():
            print(f"  {PYTHON} -c \"from praksis.history import read_history; read_history('{r}', keep=False)\"")
        return 0
    n = args.quick_runs
    print(f"\nEach figure: median (min-max) of the counted runs, one warm-up first; the pair run in turn.")
    for commits, r in repos.items():
        print_pair(f"read_history alone at {commits:,} commits", in_turn(n, history_command(r, False),
                                                                          startup_command(False)), "read", "start-up")
    print_pair(f"read_history with the personal-data guard the pipeline passes, at {args.commits:,} commits",
               in_turn(n, history_command(repo, True), startup_command(True)), "read", "start-up")
    print_pair(f"read_history from the store a build before kept (.praksis_cache/history.pickle), "
               f"at {args.commits:,} commits", in_turn(n, history_command(repo, True, keep=True),
                                                       startup_command(True)), "read", "start-up")
    print_pair("praksis check", in_turn(n, praksis("check", "--root", str(repo)),
                                        praksis("check", "--root", str(plain))), "with .git", "without")
    if not args.no_build:
        print_pair("praksis build", in_turn(args.runs, praksis("build", "--root", str(repo), "--out", str(out_git)),
                                            praksis("build", "--root", str(plain), "--out", str(out_plain))),
                   "with .git", "without")
    return 0


if __name__ == "__main__":
    sys.exit(main())
