"""Relations derived from the knowledge base: written once in the files, read both ways here.

A case lists the principles it illustrates (a principle may also list cases; each pair counts
once), a meeting lists its decisions or a principle names its meeting (never a case: a dated record
that names a case makes the family findable, so nothing here ties a case to a meeting or a date),
a principle lists what it
supersedes and what it is related to, a supervision record lists the principles it led to, and
every [[id]] in a text is a reference. The other direction of each is computed here, once per
run, and never written into the entries: the model stays as it was read.

A proposal is not yet a decision: it neither supersedes nor counts among a meeting's decisions;
it is listed apart (proposed_replacements, proposals_of).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from .model import Document, Entry, KnowledgeBase

Pairs = dict[str, list[str]]


@dataclass(frozen=True)
class Reference:
    """A [[id]] in a body, with its file position, for checks and backlinks."""
    source: Entry | Document
    target: str
    line: int
    col: int


@dataclass(frozen=True)
class Relations:
    cases_of: Pairs = field(default_factory=dict)  # principle -> its example cases
    principles_of: Pairs = field(default_factory=dict)  # case -> the principles it illustrates
    decisions_of: Pairs = field(default_factory=dict)  # meeting -> principles decided there
    proposals_of: Pairs = field(default_factory=dict)  # meeting -> proposals raised there
    superseded_by: Pairs = field(default_factory=dict)  # principle -> the (non-proposal) principles replacing it
    proposed_replacements: Pairs = field(default_factory=dict)  # principle -> proposals that would replace it
    related_of: Pairs = field(default_factory=dict)  # symmetric
    supervisions_of: Pairs = field(default_factory=dict)  # principle -> supervision records it came from
    references: tuple[Reference, ...] = ()
    references_from: dict[str, list[Reference]] = field(default_factory=dict)  # entry id -> its [[id]]s
    backlinks: dict[str, list[Entry | Document]] = field(default_factory=dict)  # id -> sources naming it in text

    def meetings_deciding(self, principle_id: str) -> list[str]:
        return self._deciding.get(principle_id, [])

    @cached_property
    def _deciding(self) -> Pairs:  # principle -> the meetings that decided it, sorted; one pass, not one per page
        return _group((p, m) for m, ps in sorted(self.decisions_of.items()) for p in ps)


def relate(kb: KnowledgeBase) -> Relations:
    pairs = _pairs(kb, "case", "principles", "principle") | {(c, p) for p, c in _pairs(kb, "principle", "cases", "case")}
    decisions = _pairs(kb, "meeting", "decisions", "principle") | {
        (m, p) for p, m in _pairs(kb, "principle", "meeting", "meeting")}
    supersedes = _pairs(kb, "principle", "supersedes", "principle")
    related = _pairs(kb, "principle", "related", "principle")
    references = tuple(Reference(source, target, line, col) for source in kb.sources()
                       for target, line, col in source.marks.wikilinks)
    return Relations(
        cases_of=_group((p, c) for c, p in pairs),
        principles_of=_group(pairs),
        decisions_of=_group((m, p) for m, p in decisions if not kb.is_proposal(p)),
        proposals_of=_group((m, p) for m, p in decisions if kb.is_proposal(p)),
        superseded_by=_group((old, new) for new, old in supersedes if not kb.is_proposal(new)),
        proposed_replacements=_group((old, new) for new, old in supersedes if kb.is_proposal(new)),
        related_of=_group(related | {(b, a) for a, b in related}),
        supervisions_of=_group((p, s) for s, p in _pairs(kb, "supervision", "principles", "principle")),
        references=references,
        references_from=_references_from(references),
        backlinks=_backlinks(references),
    )


def _pairs(kb: KnowledgeBase, kind: str, key: str, target_kind: str) -> set[tuple[str, str]]:
    """(entry id, target id) for every value of key that names an existing target."""
    return {(entry.id, value) for entry in kb.of_kind(kind) for value in entry.values(key)
            if kb.get(str(value), target_kind) is not None}


def _group(pairs) -> Pairs:
    grouped: Pairs = defaultdict(list)
    for left, right in sorted(set(pairs)):
        grouped[left].append(right)
    return dict(grouped)


def _references_from(references) -> dict[str, list[Reference]]:
    found: dict[str, list[Reference]] = defaultdict(list)
    for ref in references:
        if isinstance(ref.source, Entry):
            found[ref.source.id].append(ref)
    return dict(found)


def _backlinks(references) -> dict[str, list[Entry | Document]]:
    backlinks: dict[str, list] = defaultdict(list)
    seen: set[tuple[str, int]] = set()  # by identity: comparing dataclasses compares whole bodies
    for ref in references:
        if ref.target != getattr(ref.source, "id", None) and (ref.target, id(ref.source)) not in seen:
            seen.add((ref.target, id(ref.source)))
            backlinks[ref.target].append(ref.source)
    return dict(backlinks)
