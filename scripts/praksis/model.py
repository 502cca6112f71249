"""The in-memory model of the knowledge base: what the files say, as they were read.

Frozen once the loader has made it: checks, relations and the site read it and never write into
it. What is derived from it (reverse relations, backlinks) lives in relations.py; where each
entry is published, and the titles shown for it, live in sitemap.py.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from .frontmatter import Position, closest_position
from .mdtext import Marks
from .schema import KINDS, Kind
from .search_terms import Vocabulary
from .taxonomy import Taxonomy


@dataclass(frozen=True, eq=False)
class Entry:
    """One principle, case, meeting record or supervision record."""
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
    def status(self) -> str | None:
        return self.meta.get("status")

    def position(self, *path) -> Position:
        return closest_position(self.positions, path)

    def values(self, key: str) -> list:
        value = self.meta.get(key)
        if value is None:
            return []
        return value if isinstance(value, list) else [value]


@dataclass(frozen=True, eq=False)
class Document:
    """A hand-written page in docs/ (front page, glossary, guides)."""
    path: str  # source path relative to the root
    site_uri: str  # path relative to docs/: MkDocs publishes it there
    text: str  # the whole file, front matter included (MkDocs reads it)
    body: str
    body_line: int
    title: str
    marks: Marks = field(default_factory=Marks)


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    entries: dict[str, Entry]
    documents: tuple[Document, ...]
    taxonomies: dict[str, Taxonomy]
    static_files: frozenset[str]  # other files under docs/, as site URIs (images, PDFs)
    today: date = field(default_factory=date.today)
    unread: frozenset[str] = frozenset()  # ids of entries whose file could not be read
    vocabulary: Vocabulary = field(default_factory=Vocabulary)  # data/synonyms.yml, for the search

    @cached_property
    def _by_kind(self) -> dict[str, list[Entry]]:
        """Entries by kind, sorted by id: asked for a dozen times per check, and they do not change."""
        grouped: dict[str, list[Entry]] = defaultdict(list)
        for entry in sorted(self.entries.values(), key=lambda e: e.id):
            grouped[entry.kind.name].append(entry)
        return grouped

    def of_kind(self, kind: str) -> list[Entry]:
        return list(self._by_kind.get(kind, ()))

    def get(self, entry_id: str, kind: str | None = None) -> Entry | None:
        entry = self.entries.get(entry_id)
        if entry is None or (kind and entry.kind.name != kind):
            return None
        return entry

    def is_proposal(self, principle_id: str) -> bool:
        entry = self.entries.get(principle_id)
        return entry is not None and entry.status == "proposed"  # not when the status is invalid

    def resolve_keys(self, taxonomy: str, values: list) -> list:
        """Taxonomy items for the values that resolve; unknown ones are the checks' business."""
        items = []
        for value in values:
            item, _ = self.taxonomies[taxonomy].resolve(str(value))
            if item is not None and item not in items:
                items.append(item)
        return items

    @cached_property
    def _sources(self) -> tuple[Entry | Document, ...]:
        return (*sorted(self.entries.values(), key=lambda e: e.path), *self.documents)

    def sources(self) -> tuple[Entry | Document, ...]:
        """Every file with a body: entries by path, then hand-written pages."""
        return self._sources


def review_overdue(entry: Entry, today: date) -> bool:
    """A principle that is current practice (or on its way) and past its review date: the check and the card agree."""
    review = entry.meta.get("review_by")
    return review is not None and review < today and entry.meta.get("status") in ("adopted", "proposed")


def kind_for_path(rel: str) -> Kind | None:
    for kind in KINDS.values():
        if rel.startswith(kind.folder + "/") and "/" not in rel[len(kind.folder) + 1:]:
            return kind
    return None
