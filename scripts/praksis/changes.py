"""`praksis changes --base REF`: what a change does to the knowledge base, said in Danish.

Not a text diff: the knowledge base at a git ref (a branch, tag or commit; in a pull request its base
branch) and the working tree are both read into the model, and their entries are compared by their `id`,
so a file that was renamed is one changed entry, not one removed and one added. What is compared:

- principles: new, removed, renamed, a new status (adopted, superseded, retired, back to proposed), the
  title, summary and body (the rules text) as a word diff, relations (`meeting`, `cases`, `related`,
  `supersedes`), taxonomy keys (`ics`, `methods`, `legal`) and which other front matter keys changed;
- cases, meeting records and supervision records (`L-...`) the same way, without the text itself: a
  case carries the personal-data scan's verdict for its file (how many findings of which kinds and on
  which lines, never the text found);
- other files under docs/ (hand-written pages, images): added, changed or removed.

Every text shown is masked where the anonymization guard finds personal data in that entry's file, on
either side, and a file name with personal data is shown masked, as in every other message of praksis.

A change may also break a rule that only a change can break (they need both sides): L411, a principle
that becomes adopted must name the meeting that decided it, and that meeting must list it under
`decisions`. `praksis changes` prints its findings on stderr (and in the output); `praksis check --base
REF` adds them to the normal check.

JSON (`--output-format json`), one object:

    {
      "base": "origin/main",               # the ref as given
      "commit": "<40 hex digits>",         # what it pointed to
      "changed": true,                     # false: nothing in the knowledge base changed
      "entries": [                         # principles, cases, meetings, supervision records; in that order, by id
        {
          "kind": "principle",             # principle | case | meeting | supervision
          "id": "P-0002",
          "change": "changed",             # added | changed | removed | unreadable (its file cannot be read now)
          "title": "...",                  # as it is now (at the base when removed); masked
          "path": "docs/principper/P-0002-forslag.md",   # now (at the base when removed); masked
          "old_path": null,                # the path at the base when the file was renamed
          "status": {"before": "proposed", "after": "adopted"},   # principles; null elsewhere; null sides
          "events": ["adopted", "amended"],  # added, removed, renamed, proposed, adopted, superseded, retired
                                           # (the new status), amended (title, summary or body), relations,
                                           # keys, fields, unreadable
          "text_changed": ["summary", "body"],  # which of title, summary, body changed
          "diff": {                        # principles only: each changed text as a word diff
            "summary": [{"op": "same", "text": "Sagsejer "}, {"op": "removed", "text": "viser"},
                        {"op": "added", "text": "tegner"}, {"op": "same", "text": " et genogram."}]
          },                               # "same" and "added" joined give the new text, "same" and
                                           # "removed" the old one's words
          "relations": {"related": {"added": ["P-0003"], "removed": []}},   # only the keys that changed;
          "keys": {"ics": {"added": ["barnets-udvikling"], "removed": []}},  # a new entry: all it names
          "fields": ["review_by"],         # other front matter keys that changed
          "superseded_by": ["P-0003"],     # principles now superseded: the principles replacing them
          "personal_data": {               # added and changed entries: the scan's verdict on the file now
            "count": 2,
            "kinds": [{"code": "P601", "name": "CPR-nummer", "count": 1}, ...],
            "lines": [16, 18]
          }                                # null for removed entries
        }
      ],
      "files": [{"path": "docs/brug.md", "change": "changed"}],   # other files under docs/
      "diagnostics": [...]                 # the findings of the change-aware rules, as `check --output-format json`
    }

Markdown (`--output-format markdown`, the default) is written for a pull-request comment and begins with
the line `<!-- praksis-changes -->`, by which a workflow finds its own comment and updates it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import personal_data
from .diagnostics import Diagnostic
from .files import Listing, read_commit
from .git import GitError, git
from .loader import load
from .worddiff import Op, word_diff
from .model import Entry, KnowledgeBase, kind_for_path
from .policy import Policy
from .rules import cause_first
from .rules.lifecycle import ADOPTED_WITHOUT_MEETING
from .schema import KINDS, STATUSES, Kind, ListOf, Ref
from .sitemap import SiteMap

MARKER = "<!-- praksis-changes -->"
MAX_MARKDOWN = 60_000  # a GitHub comment holds 65,536 characters
MAX_BODY_LINES = 40  # changed lines of one body shown in the comment

KIND_ORDER = ("principle", "case", "meeting", "supervision")
TEXTS = ("title", "summary", "body")

# The labels the comment uses for relations and keys (front matter names otherwise).
LABELS = {
    "meeting": "Møde", "cases": "Sager", "related": "Relaterede", "supersedes": "Erstatter",
    "principles": "Principper", "decisions": "Beslutninger", "ics": "ICS", "methods": "Metoder",
    "legal": "Lovgrundlag", "documents": "Dokumenter", "forum": "Forum",
}
# Short names of what the guard finds, for a verdict on one line.
FOUND = {"P601": "CPR-nummer", "P602": "telefonnummer", "P603": "e-mailadresse", "P604": "adresse",
         "P605": "fødselsdato", "P606": "personnavn", "P607": "muligt personnavn", "P608": "ulæselig fil",
         "P609": "navn på skole eller institution"}
STATUS_EVENTS = {"adopted": "Vedtaget", "superseded": "Erstattet", "retired": "Udgået",
                 "proposed": "Tilbage til forslag"}


# ---- the knowledge base at a git ref -------------------------------------------------------------

@dataclass
class Base:
    """The knowledge base as a git ref holds it."""
    ref: str
    commit: str
    listing: Listing
    kb: KnowledgeBase


def load_base(root: Path | str, ref: str, today: date | None = None) -> Base:
    """Read and model the content folders at ref; GitError (Danish) for no git, no repository, no such ref."""
    root = Path(root)
    commit = resolve(root, ref)
    listing = read_commit(root, commit)
    from .cache import ResultCache

    # Read through the checkout's cache without writing it: files the ref holds unchanged are not parsed again.
    loaded = load(root, today, ResultCache(root), listing.files, listing.irregular)
    return Base(ref, commit, listing, loaded.kb)


def resolve(root: Path, ref: str) -> str:
    """The commit ref names."""
    git(root, "rev-parse", "--git-dir")  # not a repository: git's own Danish message
    if not ref or ref.startswith("-"):
        raise GitError(f"'{ref}' er ikke en gren, et tag eller et commit.")
    try:
        out = git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except GitError:
        raise GitError(f"'{ref}' findes ikke i git-repositoriet: angiv en gren, et tag eller et commit, fx "
                       "origin/main (i en klon med hele historikken: git fetch origin).") from None
    return out.decode("ascii", "replace").strip()


# ---- what changed --------------------------------------------------------------------------------

@dataclass(frozen=True)
class ListChange:
    added: list[str]
    removed: list[str]


@dataclass
class Verdict:
    """The personal-data scan's findings in one file: kinds and lines, never the text found."""
    found: list[tuple[str, int]]  # (code, line)

    @property
    def count(self) -> int:
        return len(self.found)

    def kinds(self) -> list[tuple[str, int]]:
        return sorted(Counter(code for code, _ in self.found).items())

    def lines(self) -> list[int]:
        return sorted({line for _, line in self.found})


@dataclass
class EntryChange:
    kind: Kind
    id: str
    change: str  # added | changed | removed | unreadable
    title: str
    path: str
    old_path: str | None = None
    status: tuple[str | None, str | None] | None = None
    events: list[str] = field(default_factory=list)
    text_changed: list[str] = field(default_factory=list)
    diff: dict[str, list[Op]] = field(default_factory=dict)
    relations: dict[str, ListChange] = field(default_factory=dict)
    keys: dict[str, ListChange] = field(default_factory=dict)
    fields: list[str] = field(default_factory=list)
    superseded_by: list[str] = field(default_factory=list)
    personal_data: Verdict | None = None


@dataclass
class FileChange:
    path: str
    change: str  # added | changed | removed


@dataclass
class Changes:
    base: str
    commit: str
    entries: list[EntryChange]
    files: list[FileChange]
    diagnostics: list[Diagnostic]

    @property
    def changed(self) -> bool:
        return bool(self.entries or self.files)


def compare(run, base: Base) -> Changes:
    """The working tree (a pipeline Run) against the knowledge base at the base ref."""
    guard = _Guard(run.root)
    before, after = base.kb, run.kb
    titles = (SiteMap(before, run.project.use_directory_urls), run.sitemap)  # a meeting's title: forum and date
    entries = []
    for entry_id in sorted(set(before.entries) | set(after.entries), key=lambda i: (_kind_rank(before, after, i), i)):
        change = _entry_change(entry_id, before.entries.get(entry_id), after.entries.get(entry_id), base, run,
                               guard, titles)
        if change is not None:
            entries.append(change)
    files = _file_changes(base.listing, run.listing, guard)
    return Changes(base.ref, base.commit, entries, files, change_findings(run, base))


def change_findings(run, base: Base, policy: Policy | None = None) -> list[Diagnostic]:
    """The change-aware rules' findings, under the same policy as the check's (--select, --ignore, the
    project's severities, the markers)."""
    policy = policy or Policy()
    found = adoption_findings(base.kb, run.kb)
    severity = {**run.project.severity, **policy.severity}
    kept = Policy(policy.select, policy.ignore, severity).apply(found, run.text_of)
    # A file name with personal data is shown masked here too, where the finding is and where its hint points.
    named = [d.path for d in kept] + [m.path for m in run.kb.of_kind("meeting") if any(m.path in d.hint for d in kept)]
    _, masked = personal_data.scan_names(named, personal_data.load_allowlist(run.root))
    return sorted(personal_data.mask(kept, {}, masked), key=cause_first)


def check_against(run, base: Base, policy: Policy | None = None) -> list[Diagnostic]:
    """`praksis check --base`: the run's findings and the change-aware rules' findings, cause first."""
    return sorted(set(run.diagnostics) | set(change_findings(run, base, policy)), key=cause_first)


def adoption_findings(before: KnowledgeBase, after: KnowledgeBase) -> list[Diagnostic]:
    """L411: a principle that becomes adopted names the meeting that decided it, and that meeting lists it."""
    found = []
    for entry in after.of_kind("principle"):
        old = before.get(entry.id, "principle")
        if entry.status != "adopted" or (old is not None and old.status == "adopted"):
            continue
        meeting_id = entry.meta.get("meeting")
        if meeting_id is None:
            if ("meeting",) in entry.positions:  # there, but not a valid value: M205 says so at its line
                continue
            found.append(ADOPTED_WITHOUT_MEETING.at(
                entry.path, entry.position("status"), id=entry.id,
                problem="nævner ikke mødet, der vedtog det ('meeting' mangler)",
                fix=f"Skriv 'meeting: M-ÅÅÅÅ-MM-DD' med mødet, der vedtog princippet, og sæt {entry.id} under "
                    "mødets 'decisions'."))
            continue
        meeting = after.get(str(meeting_id), "meeting")
        if meeting is None:
            if str(meeting_id) in after.unread:  # its own error says why
                continue
            problem = f"mødet {meeting_id} findes ikke"
            fix = "Henvis til referatet af det møde, der vedtog princippet, eller opret det med 'praksis new meeting'."
        elif entry.id in [str(value) for value in meeting.values("decisions")]:
            continue
        else:
            problem = f"mødet {meeting.id} har det ikke under 'decisions'"
            fix = (f"Sæt {entry.id} under 'decisions' i {meeting.path}, eller henvis til det møde, der vedtog "
                   "princippet.")
        found.append(ADOPTED_WITHOUT_MEETING.at(entry.path, entry.position("meeting"), id=entry.id,
                                                problem=problem, fix=fix))
    return found


def _kind_rank(before: KnowledgeBase, after: KnowledgeBase, entry_id: str) -> int:
    entry = after.entries.get(entry_id) or before.entries.get(entry_id)
    name = entry.kind.name if entry else "principle"
    return KIND_ORDER.index(name) if name in KIND_ORDER else len(KIND_ORDER)


class _Guard:
    """What the anonymization guard would hide: in file names, and in the text of either side of an entry."""

    def __init__(self, root: Path):
        self.stage = personal_data.ScanStage(root)

    def path(self, rel: str) -> str:
        _, masked = personal_data.scan_names([rel], self.stage.allow)
        return masked.get(rel, rel)

    def hidden(self, rel: str, data: bytes | None) -> tuple[str, ...]:
        return self.stage.compute(rel, data).hidden if data is not None else ()


def _masker(hidden: tuple[str, ...]):
    ordered = sorted(set(hidden), key=len, reverse=True)

    def mask(text: str) -> str:
        for raw in ordered:
            text = text.replace(raw, "*" * len(raw))
        return text
    return mask


def _entry_change(entry_id: str, old: Entry | None, new: Entry | None, base: Base, run, guard: _Guard,
                  titles: tuple[SiteMap, SiteMap]) -> EntryChange | None:
    if old is not None and new is not None and old.path == new.path and old.meta == new.meta and old.body == new.body:
        return None
    if new is None and entry_id in run.kb.unread:
        mask = _masker(guard.hidden(old.path, base.listing.files.get(old.path)))
        return EntryChange(old.kind, entry_id, "unreadable", mask(titles[0].title(old)), guard.path(old.path),
                           events=["unreadable"],
                           status=(old.status, None) if old.kind.name == "principle" else None)
    if old is None and new is None:
        return None
    hidden = (guard.hidden(old.path, base.listing.files.get(old.path)) if old else ()) + (
        guard.hidden(new.path, run.listing.files.get(new.path)) if new else ())
    mask = _masker(hidden)
    shown = new or old
    kind = shown.kind
    change = "added" if old is None else "removed" if new is None else "changed"
    title = titles[1].title(new) if new else titles[0].title(old)
    result = EntryChange(kind, entry_id, change, mask(title), guard.path(shown.path))
    if kind.name == "principle":
        result.status = (old.status if old else None, new.status if new else None)
    if change == "removed":
        result.events = ["removed"]
        return result
    result.personal_data = _verdict(run.diagnostics, result.path)
    relations, keys = _named_fields(kind)
    if change == "added":  # what it names, all of it new
        result.events = ["added"]
        if kind.name == "principle" and new.status in STATUS_EVENTS and new.status != "proposed":
            result.events.append(new.status)
        result.relations, result.keys = _list_changes(None, new, relations), _list_changes(None, new, keys)
        return result
    if old.path != new.path:
        result.old_path = guard.path(old.path)
        result.events.append("renamed")
    if kind.name == "principle" and old.status != new.status and new.status in STATUS_EVENTS:
        result.events.append(new.status)
    texts = {"title": (old.meta.get("title", ""), new.meta.get("title", "")),
             "summary": (old.meta.get("summary", ""), new.meta.get("summary", "")), "body": (old.body, new.body)}
    result.text_changed = [name for name in TEXTS if texts[name][0] != texts[name][1]]
    if result.text_changed:
        result.events.append("amended")
    if kind.name == "principle":
        result.diff = {name: word_diff(mask(str(texts[name][0])), mask(str(texts[name][1])))
                       for name in result.text_changed}
    result.relations = _list_changes(old, new, relations)
    result.keys = _list_changes(old, new, keys)
    if result.relations:
        result.events.append("relations")
    if result.keys:
        result.events.append("keys")
    plain = set(old.meta) | set(new.meta)
    plain -= {"id", "status", *TEXTS, *relations, *keys}
    result.fields = sorted(name for name in plain if old.meta.get(name) != new.meta.get(name))
    if result.fields:
        result.events.append("fields")
    if kind.name == "principle" and new.status == "superseded":
        result.superseded_by = list(run.relations.superseded_by.get(entry_id, []))
    return result


def _named_fields(kind: Kind) -> tuple[list[str], list[str]]:
    """A kind's top-level keys that name other entries (relations) and taxonomy items (keys)."""
    relations, keys = [], []
    for spec in kind.fields:
        item = spec.type.item if isinstance(spec.type, ListOf) else spec.type
        if isinstance(item, Ref) and spec.name != "id":
            (relations if item.target in KINDS else keys).append(spec.name)
    return relations, keys


def _list_changes(old: Entry | None, new: Entry, names: list[str]) -> dict[str, ListChange]:
    changes = {}
    for name in names:
        before, after = [str(v) for v in old.values(name)] if old else [], [str(v) for v in new.values(name)]
        added = list(dict.fromkeys(v for v in after if v not in before))
        removed = list(dict.fromkeys(v for v in before if v not in after))
        if added or removed:
            changes[name] = ListChange(added, removed)
    return changes


def _verdict(diagnostics: list[Diagnostic], shown_path: str) -> Verdict:
    """The scan's findings for one file (its messages already masked by the pipeline; only codes and lines kept)."""
    return Verdict(sorted((d.code, d.line) for d in diagnostics
                          if d.path == shown_path and d.code.startswith("P") and d.code in FOUND))


def _file_changes(before: Listing, after: Listing, guard: _Guard) -> list[FileChange]:
    """Files under docs/ that are not entries: hand-written pages, images and the like."""
    changes = []
    for rel in sorted(set(before.files) | set(after.files)):
        if kind_for_path(rel) is not None or not rel.startswith("docs/"):
            continue
        old, new = before.files.get(rel), after.files.get(rel)
        if old == new:
            continue
        changes.append(FileChange(guard.path(rel), "added" if old is None else "removed" if new is None else "changed"))
    return changes


# ---- the word diff -------------------------------------------------------------------------------

def _marked(op: str, text: str, escape=lambda text: text) -> str:
    """A run of the diff in Markdown: removed ~~struck~~, added **bold**, each line apart, whitespace outside."""
    if op == "same":
        return escape(text)
    mark = "~~" if op == "removed" else "**"
    lines = []
    for line in text.split("\n"):
        core = escape(line.strip())
        if not core:
            lines.append(line)
            continue
        lead, trail = line[:len(line) - len(line.lstrip())], line[len(line.rstrip()):]
        lines.append(f"{lead}{mark}{core}{mark}{trail}")
    return "\n".join(lines)


def inline_diff(ops: list[Op]) -> str:
    """A one-line text's diff (a title, a summary) in Markdown, its own markup shown as written."""
    return _rendered(ops, _escape).strip()


def _rendered(ops: list[Op], escape=lambda text: text) -> str:
    """Runs in Markdown; a word replaced by another is shown struck, a space, and the new one in bold."""
    parts = []
    for index, op in enumerate(ops):
        before = ops[index - 1] if index else None
        if (op.op == "added" and before is not None and before.op == "removed" and not op.text[:1].isspace()
                and not before.text[-1:].isspace()):
            parts.append(" ")
        parts.append(_marked(op.op, op.text, escape))
    return "".join(parts)


def changed_lines(ops: list[Op], limit: int = MAX_BODY_LINES) -> list[str]:
    """The lines of a text's diff that changed, marked; '…' where unchanged lines are left out."""
    lines: list[list[Op]] = [[]]
    for op in ops:
        for index, part in enumerate(op.text.split("\n")):
            if index:
                lines.append([])
            if part:
                lines[-1].append(Op(op.op, part))
    shown, skipped, changed = [], False, 0
    heading, heading_shown = None, None  # the section a change is in, shown above it
    for pieces in lines:
        if not any(piece.op != "same" and piece.text.strip() for piece in pieces):
            text = "".join(piece.text for piece in pieces if piece.op == "same")
            heading = text.strip() if text.lstrip().startswith("#") else heading
            skipped = True
            continue
        changed += 1
        if changed > limit:
            continue
        if skipped:
            shown.append("…")
            if heading is not None and heading != heading_shown:
                shown.append(heading)
                heading_shown = heading
        shown.append(_rendered(pieces).rstrip())
        skipped = False
    if changed > limit:
        shown.append(f"… og {changed - limit} ændrede linjer mere.")
    elif skipped:
        shown.append("…")
    return shown


# ---- output --------------------------------------------------------------------------------------

def render(changes: Changes, output_format: str, site_url: str | None = None) -> str:
    return as_json(changes, site_url) + "\n" if output_format == "json" else markdown(changes)


def as_json(changes: Changes, site_url: str | None = None) -> str:
    from .report import as_json as diagnostics_json

    return json.dumps({
        "base": changes.base, "commit": changes.commit, "changed": changes.changed,
        "entries": [_entry_json(entry) for entry in changes.entries],
        "files": [{"path": f.path, "change": f.change} for f in changes.files],
        "diagnostics": json.loads(diagnostics_json(changes.diagnostics, site_url)),
    }, ensure_ascii=False, indent=2)


def _entry_json(entry: EntryChange) -> dict:
    verdict = entry.personal_data
    return {
        "kind": entry.kind.name, "id": entry.id, "change": entry.change, "title": entry.title, "path": entry.path,
        "old_path": entry.old_path,
        "status": {"before": entry.status[0], "after": entry.status[1]} if entry.status else None,
        "events": entry.events, "text_changed": entry.text_changed,
        "diff": {name: [{"op": op.op, "text": op.text} for op in ops] for name, ops in entry.diff.items()},
        "relations": {name: {"added": c.added, "removed": c.removed} for name, c in entry.relations.items()},
        "keys": {name: {"added": c.added, "removed": c.removed} for name, c in entry.keys.items()},
        "fields": entry.fields, "superseded_by": entry.superseded_by,
        "personal_data": None if verdict is None else {
            "count": verdict.count, "lines": verdict.lines(),
            "kinds": [{"code": code, "name": FOUND[code], "count": count} for code, count in verdict.kinds()]},
    }


SECTIONS = {"principle": "Principper", "case": "Nye og ændrede sager", "meeting": "Møder",
            "supervision": "Ledelsestilsyn"}


def markdown(changes: Changes) -> str:
    head = [MARKER, ""]
    where = f"`{changes.base}` (`{changes.commit[:7]}`)"
    if not changes.changed:
        return "\n".join(head + [f"Ingen ændringer i vidensbasen i forhold til {where}."] + _findings(changes)) + "\n"
    head += [f"**Ændringer i vidensbasen** i forhold til {where}: {_counts(changes)}."]
    blocks: list[list[str]] = []
    for name in KIND_ORDER:
        entries = [entry for entry in changes.entries if entry.kind.name == name]
        if entries:
            blocks.append(["", f"## {SECTIONS[name]}"])
            blocks += [_entry_block(entry) for entry in entries]
    if changes.files:
        blocks.append(["", "## Andre sider og filer", ""] +
                      [f"- `{f.path}` {_FILE_CHANGE[f.change]}" for f in changes.files])
    tail = _findings(changes)
    lines, budget = list(head), MAX_MARKDOWN - len("\n".join(head + tail)) - 200
    for index, block in enumerate(blocks):
        text = "\n".join(block)
        if len(text) + 1 > budget:
            lines += ["", f"_… og mere, som ikke er plads til her: se det hele med "
                          f"`praksis changes --base {changes.base}`._"]
            break
        lines += block
        budget -= len(text) + 1
    return "\n".join(lines + tail) + "\n"


_FILE_CHANGE = {"added": "er ny", "changed": "er ændret", "removed": "er fjernet"}


def _counts(changes: Changes) -> str:
    parts = []
    for name in KIND_ORDER:
        count = sum(1 for entry in changes.entries if entry.kind.name == name)
        if count:
            kind = KINDS[name]
            parts.append(f"{count} {kind.label if count == 1 else kind.label_plural}")
    if changes.files:
        parts.append(f"{len(changes.files)} {'anden fil' if len(changes.files) == 1 else 'andre filer'}")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " og " + parts[-1]


def _headline(entry: EntryChange) -> str:
    kind = entry.kind
    labels = []
    for event in entry.events:
        if event == "added":
            labels.append(kind.indefinite_new.split(" ", 1)[1].capitalize())
        elif event == "removed":
            labels.append("Fjernet")
        elif event == "unreadable":
            labels.append("Kan ikke læses nu")
        elif event == "renamed":
            labels.append("Omdøbt")
        elif event in STATUS_EVENTS:
            label = STATUS_EVENTS[event]
            if event == "superseded" and entry.superseded_by:
                label += " af " + ", ".join(entry.superseded_by)
            labels.append(label)
    if entry.change == "changed" and any(e in entry.events for e in ("amended", "relations", "keys", "fields")):
        labels.append("Ændret")
    return " · ".join(f"**{label}**" for label in labels)


def _entry_block(entry: EntryChange) -> list[str]:
    lines = ["", f"### {entry.id} {_escape(entry.title)}", "", _headline(entry), ""]
    where = f"`{entry.path}`"
    if entry.old_path:
        where += f" (før `{entry.old_path}`)"
    details = [f"- Fil: {where}"]
    if entry.status and entry.status[1] is not None and entry.status[0] != entry.status[1]:
        before, after = (STATUSES.get(s, s).lower() if s else None for s in entry.status)
        details.append(f"- Status: {after}" if before is None else f"- Status: {before} → {after}")
    if entry.change == "unreadable":
        details.append("- Filen kan ikke læses nu; se fundene fra `praksis check`.")
    for name in ("title", "summary"):
        if name in entry.diff:
            details.append(f"- {'Titel' if name == 'title' else 'Resumé'}: {inline_diff(entry.diff[name])}")
    other = [name for name in entry.text_changed if name not in entry.diff]
    if other:
        details.append(f"- Ændret tekst: {', '.join(_TEXT_NAMES[name] for name in other)}")
    for name, change in {**entry.relations, **entry.keys}.items():
        if entry.change == "added":
            details.append(f"- {LABELS.get(name, name)}: " + ", ".join(f"`{v}`" for v in change.added))
            continue
        parts = []
        if change.added:
            parts.append("tilføjet " + ", ".join(f"`{v}`" for v in change.added))
        if change.removed:
            parts.append("fjernet " + ", ".join(f"`{v}`" for v in change.removed))
        details.append(f"- {LABELS.get(name, name)}: {'; '.join(parts)}")
    if entry.fields:
        details.append("- Øvrige felter ændret: " + ", ".join(f"`{name}`" for name in entry.fields))
    verdict = entry.personal_data
    if verdict is not None and (entry.kind.name == "case" or verdict.count):
        details.append(f"- Personoplysninger: {_verdict_text(verdict)}")
    lines += details
    if "body" in entry.diff:
        body = changed_lines(entry.diff["body"])
        lines += ["", "<details><summary>Teksten, ord for ord (fjernet er overstreget, tilføjet er fed)</summary>",
                  "", *(f"> {line}" if line else ">" for line in _paragraphs(body)), "", "</details>"]
    return lines


_TEXT_NAMES = {"title": "titel", "summary": "resumé", "body": "brødtekst"}


def _paragraphs(lines: list[str]) -> list[str]:
    """Each shown line its own paragraph in the quote, so Markdown does not run them together."""
    out = []
    for index, line in enumerate(lines):
        if index:
            out.append("")
        out.append(line)
    return out


def _verdict_text(verdict: Verdict) -> str:
    if not verdict.count:
        return "ingen fund"
    kinds = ", ".join(f"{count} {FOUND[code]}" for code, count in verdict.kinds())
    lines = ", ".join(str(line) for line in verdict.lines())
    return (f"**{verdict.count} fund** ({kinds}) på "
            f"{'linje' if len(verdict.lines()) == 1 else 'linjerne'} {lines}; se `praksis check`")


def _findings(changes: Changes) -> list[str]:
    if not changes.diagnostics:
        return []
    lines = ["", "## Skal rettes", ""]
    for d in changes.diagnostics:
        lines.append(f"- `{d.path}:{d.line}` {d.code} {_escape(d.message)}" + (f" {_escape(d.hint)}" if d.hint else ""))
    return lines


def _escape(text: str) -> str:
    """Text from the files, as plain text in Markdown: no markup, no HTML."""
    return re.sub(r"([\\`*_{}\[\]<>#|~])", r"\\\1", text)
