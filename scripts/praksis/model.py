"""The in-memory model of the knowledge base that checks and renderers read.

Relations are written on one side and derived here: a case lists its
principles (a principle may also list cases; both count once), a meeting
lists its decisions and a principle names its meeting, a principle lists what
it supersedes. The reverse directions are computed once, never written.
"""

from __future__ import annotations

import marshal
from collections import abc, defaultdict
from dataclasses import dataclass, field
from datetime import date

from .danish import danish_date
from .frontmatter import Position, closest_position
from .mdtext import Marks
from .schema import KINDS, Kind
from .taxonomy import Taxonomy



@dataclass
class Entry:
    """One principle, case or meeting record."""
    kind: Kind
    id: str
    path: str  # source path relative to the root
    meta: dict  # only values that passed the schema
    body: str
    body_line: int
    positions: dict[tuple, Position] = field(default_factory=dict)
    marks: Marks = field(default_factory=Marks)
    # Every id and taxonomy key the front matter names: (dotted key, target, value, position), found
    # once when the file is read (and cached with it), as marks are for the body.
    named: list[tuple[str, str, str, Position]] = field(default_factory=list)
    digest: str = ""  # of the source file's bytes: keys results derived from this entry alone

    @property
    def title(self) -> str:
        return self.meta.get("title") or self.id

    @property
    def site_uri(self) -> str:
        return f"{self.kind.site_folder}/{self.path.rsplit('/', 1)[-1]}"

    def position(self, *path) -> Position:
        return closest_position(self.positions, path)

    def __getstate__(self) -> dict:
        # Cached by name: the Kind stays one shared object. Positions are packed, because a warm
        # check at national scale spent a third of its time unpickling them, and reads few.
        return {**self.__dict__, "kind": self.kind.name, "positions": _PackedPositions.of(self.positions)}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, kind=KINDS[state["kind"]])

    def values(self, key: str) -> list:
        value = self.meta.get(key)
        if value is None:
            return []
        return value if isinstance(value, list) else [value]


class _PackedPositions(abc.Mapping):
    """Key positions as one marshalled blob, unpacked the first time one is looked up.

    Read-only, so the blob stays valid once unpacked and is what is pickled again."""

    def __init__(self, packed: bytes):
        self._packed, self._positions = packed, None

    @classmethod
    def of(cls, positions) -> "_PackedPositions":
        if isinstance(positions, cls):
            return positions
        return cls(marshal.dumps(dict(positions)))

    def _unpacked(self) -> dict:
        if self._positions is None:
            self._positions = marshal.loads(self._packed)
        return self._positions

    def __getitem__(self, path):
        return self._unpacked()[path]

    def __iter__(self):
        return iter(self._unpacked())

    def __len__(self) -> int:
        return len(self._unpacked())

    def __getstate__(self):
        return self._packed

    def __setstate__(self, packed: bytes) -> None:
        self._packed, self._positions = packed, None


@dataclass
class Document:
    """A hand-written page in docs/ (front page, glossary, guides)."""
    path: str  # source path relative to the root
    site_uri: str  # path relative to docs/
    text: str  # the whole file, front matter included (MkDocs reads it)
    body: str
    body_line: int
    title: str
    marks: Marks = field(default_factory=Marks)


@dataclass
class Reference:
    """A [[id]] in a body, kept with its file position for checks and backlinks."""
    source: Entry | Document
    target: str
    line: int
    col: int


@dataclass
class KnowledgeBase:
    entries: dict[str, Entry]
    documents: list[Document]
    taxonomies: dict[str, Taxonomy]
    static_files: set[str]  # other files under docs/, as site URIs (images, PDFs)
    today: date = field(default_factory=date.today)
    unread: set[str] = field(default_factory=set)  # ids of entries whose file could not be read
    # derived, filled by derive()
    cases_of: dict[str, list[str]] = field(default_factory=dict)
    principles_of: dict[str, list[str]] = field(default_factory=dict)
    decisions_of: dict[str, list[str]] = field(default_factory=dict)
    meetings_of_case: dict[str, list[str]] = field(default_factory=dict)
    superseded_by: dict[str, list[str]] = field(default_factory=dict)  # by principles that are not proposals
    proposed_replacements: dict[str, list[str]] = field(default_factory=dict)  # proposals that would supersede
    proposals_of: dict[str, list[str]] = field(default_factory=dict)  # meeting id -> proposals raised there
    related_of: dict[str, list[str]] = field(default_factory=dict)
    supervisions_of: dict[str, list[str]] = field(default_factory=dict)
    references: list[Reference] = field(default_factory=list)
    references_from: dict[str, list[Reference]] = field(default_factory=dict)  # entry id -> its [[id]]s
    backlinks: dict[str, list[Entry | Document]] = field(default_factory=dict)
    # Entries by kind, sorted by id: asked for a dozen times per check, and entries do not change once loaded.
    _by_kind: dict[str, list[Entry]] | None = field(default=None, init=False, repr=False, compare=False)

    def of_kind(self, kind: str) -> list[Entry]:
        if self._by_kind is None:
            self._by_kind = defaultdict(list)
            for entry in sorted(self.entries.values(), key=lambda e: e.id):
                self._by_kind[entry.kind.name].append(entry)
        return list(self._by_kind.get(kind, ()))

    def get(self, entry_id: str, kind: str | None = None) -> Entry | None:
        entry = self.entries.get(entry_id)
        if entry is None or (kind and entry.kind.name != kind):
            return None
        return entry

    def resolve_keys(self, taxonomy: str, values: list) -> list:
        """Taxonomy items for the values that resolve; unknown ones are the checks' business."""
        items = []
        for value in values:
            item, _ = self.taxonomies[taxonomy].resolve(str(value))
            if item is not None and item not in items:
                items.append(item)
        return items

    def derive(self) -> "KnowledgeBase":
        for meeting in self.of_kind("meeting"):
            forum, _ = self.taxonomies["forums"].resolve(str(meeting.meta.get("forum", "")))
            if "title" not in meeting.meta and forum and "date" in meeting.meta:
                meeting.meta["title"] = f"{forum.label} {danish_date(meeting.meta['date'])}"
        pairs = _pairs(self, "case", "principles", "principle") | {
            (c, p) for p, c in _pairs(self, "principle", "cases", "case")}
        self.principles_of = _group(pairs)
        self.cases_of = _group((p, c) for c, p in pairs)
        # A proposal is not yet a decision: it neither supersedes nor counts among a meeting's decisions.
        decisions = _pairs(self, "meeting", "decisions", "principle") | {
            (m, p) for p, m in _pairs(self, "principle", "meeting", "meeting")}
        self.decisions_of = _group((m, p) for m, p in decisions if not self.is_proposal(p))
        self.proposals_of = _group((m, p) for m, p in decisions if self.is_proposal(p))
        self.meetings_of_case = _group((c, m) for m, c in _pairs(self, "meeting", "cases", "case"))
        supersedes = _pairs(self, "principle", "supersedes", "principle")
        self.superseded_by = _group((old, new) for new, old in supersedes if not self.is_proposal(new))
        self.proposed_replacements = _group((old, new) for new, old in supersedes if self.is_proposal(new))
        self.supervisions_of = _group((p, s) for s, p in _pairs(self, "supervision", "principles", "principle"))
        related = _pairs(self, "principle", "related", "principle")
        self.related_of = _group(related | {(b, a) for a, b in related})
        self.references = [ref for source in self.sources() for ref in _references(source)]
        self.references_from = defaultdict(list)
        for ref in self.references:
            if isinstance(ref.source, Entry):
                self.references_from[ref.source.id].append(ref)
        backlinks: dict[str, list] = defaultdict(list)
        seen: set[tuple[str, int]] = set()  # by identity: comparing dataclasses compares whole bodies
        for ref in self.references:
            if ref.target != getattr(ref.source, "id", None) and (ref.target, id(ref.source)) not in seen:
                seen.add((ref.target, id(ref.source)))
                backlinks[ref.target].append(ref.source)
        self.backlinks = dict(backlinks)
        return self

    def is_proposal(self, principle_id: str) -> bool:
        entry = self.entries.get(principle_id)
        return entry is not None and entry.meta.get("status") == "proposed"  # not when the status is invalid

    def sources(self) -> list[Entry | Document]:
        return [*sorted(self.entries.values(), key=lambda e: e.path), *self.documents]

    def meetings_deciding(self, principle_id: str) -> list[str]:
        return sorted(m for m, ps in self.decisions_of.items() if principle_id in ps)


def _pairs(kb: KnowledgeBase, kind: str, key: str, target_kind: str) -> set[tuple[str, str]]:
    """(entry id, target id) for every value of key that names an existing target."""
    return {(entry.id, value) for entry in kb.of_kind(kind) for value in entry.values(key)
            if kb.get(str(value), target_kind) is not None}


def _group(pairs) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for left, right in sorted(set(pairs)):
        grouped[left].append(right)
    return dict(grouped)


def _references(source: Entry | Document) -> list[Reference]:
    return [Reference(source, target, line, col) for target, line, col in source.marks.wikilinks]


def kind_for_path(rel: str) -> Kind | None:
    for kind in KINDS.values():
        if rel.startswith(kind.folder + "/") and "/" not in rel[len(kind.folder) + 1:]:
            return kind
    return None
