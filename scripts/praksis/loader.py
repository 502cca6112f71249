"""Files -> parsed entries -> the knowledge-base model.

Everything a content mistake can break on is turned into a diagnostic here,
so later stages work on a model that only holds what parsed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from datetime import date
from pathlib import Path

from . import frontmatter
from .cache import ResultCache, disabled
from .diagnostics import Diagnostic
from .files import CASES, DOCS, read_kb_files
from .mdtext import find_marks
from .model import Document, Entry, KnowledgeBase, kind_for_path
from .schema import KINDS, Kind, named_in
from .source import read_text
from .taxonomy import load_taxonomies
from .validate import validate


@dataclass
class LoadResult:
    kb: KnowledgeBase
    diagnostics: list[Diagnostic]


class ParseStage:
    """Parsing one Markdown file: an entry or a page (or None), with its diagnostics."""

    namespace = "load"

    def wants(self, rel: str) -> bool:
        """Markdown outside cases_anonymized/, and cases directly in it."""
        return rel.lower().endswith(".md") and (kind_for_path(rel) is not None or not rel.startswith(CASES + "/"))

    def compute(self, rel: str, data: bytes) -> tuple[Entry | Document | None, list[Diagnostic]]:
        return _parse_file(kind_for_path(rel), rel, data)


PARSE = ParseStage()


def load(root: Path, today: date | None = None, cache: ResultCache | None = None,
         files: dict[str, bytes] | None = None) -> LoadResult:
    """`files` are the content files' bytes when the caller has read them already (read_kb_files)."""
    root = Path(root)
    cache = cache or disabled()
    entries: dict[str, Entry] = {}
    documents: list[Document] = []
    static: set[str] = set()
    diagnostics: list[Diagnostic] = []
    files = read_kb_files(root) if files is None else files
    for rel, data in files.items():
        if not rel.lower().endswith(".md"):
            if rel.startswith(DOCS + "/"):
                static.add(rel[len(DOCS) + 1:])
            else:  # cases are published from Markdown only; anything else would silently be lost
                diagnostics.append(Diagnostic(rel, 1, 1, "F106", "I cases_anonymized/ hører kun Markdown-filer (.md).",
                                              "Skriv sagen som C-NNNN-kort-titel.md, eller flyt filen."))
            continue
        if not PARSE.wants(rel):
            diagnostics.append(Diagnostic(rel, 1, 1, "F106", "Sager skal ligge direkte i cases_anonymized/.",
                                          "Flyt filen op i cases_anonymized/ og navngiv den "
                                          f"{KINDS['case'].filename_rule}."))
            continue
        key = cache.digest_of(data)
        parsed, found = cache.lookup_digest(PARSE.namespace, rel, key, partial(PARSE.compute, rel, data))
        diagnostics += found
        if isinstance(parsed, Document):
            documents.append(parsed)
        elif parsed is not None:
            parsed.digest = key
            _add(entries, parsed, diagnostics)
    kb = KnowledgeBase(entries, documents, load_taxonomies(), static, today or date.today())
    return LoadResult(kb.derive(), diagnostics)


def _parse_file(kind: Kind | None, rel: str, data: bytes) -> tuple[Entry | Document | None, list[Diagnostic]]:
    source, diagnostics = read_text(data, rel)
    if source is None:
        return None, diagnostics
    parsed, found = _document(rel, source.text) if kind is None else _entry(kind, rel, source.text)
    return parsed, diagnostics + found


def _entry(kind: Kind, rel: str, text: str) -> tuple[Entry | None, list[Diagnostic]]:
    name = rel.rsplit("/", 1)[-1]
    match = kind.filename.fullmatch(name)
    if match is None:
        return None, [Diagnostic(rel, 1, 1, "F106", f"Filnavnet '{name}' passer ikke til et {kind.label}.",
                                 f"Navngiv filen {kind.filename_rule}.")]
    parsed, diagnostics = frontmatter.parse(rel, text)
    if parsed is None:
        return None, diagnostics
    meta, found = validate(kind, parsed, rel)
    diagnostics += found
    entry_id = meta.get("id") if meta.get("id") == match["id"] else match["id"]
    return Entry(kind, entry_id, rel, meta, parsed.body, parsed.body_line, parsed.positions,
                 find_marks(parsed.body, parsed.body_line), _named(kind, meta, parsed)), diagnostics


def _named(kind: Kind, meta: dict, parsed: frontmatter.Parsed) -> list[tuple[str, str, str, tuple]]:
    """What the entry's front matter names, with positions: depends on the file alone."""
    return [(".".join(str(p) for p in path if not isinstance(p, int)), target, str(value), parsed.position(*path))
            for path, target, value in named_in(kind.fields, meta) if path != ("id",)]


def _document(rel: str, text: str) -> tuple[Document | None, list[Diagnostic]]:
    parsed, diagnostics = frontmatter.parse(rel, text, required=False)
    if parsed is None:
        return None, diagnostics
    site_uri = rel[len(DOCS) + 1:]
    title = str(parsed.data.get("title") or _first_heading(parsed.body) or site_uri)
    return Document(rel, site_uri, text, parsed.body, parsed.body_line, title,
                    find_marks(parsed.body, parsed.body_line)), diagnostics


def _first_heading(body: str) -> str | None:
    for line in body.split("\n"):
        if line.startswith("# "):
            return line[2:].strip()
    return None


def _add(entries: dict[str, Entry], entry: Entry, diagnostics: list[Diagnostic]) -> None:
    first = entries.get(entry.id)
    if first is None:
        entries[entry.id] = entry
        return
    for here, other in ((entry, first), (first, entry)):
        diagnostics.append(Diagnostic(here.path, *here.position("id"), "M210",
                                      f"Id '{entry.id}' bruges også i {other.path}.",
                                      "Giv det nyeste opslag det næste ledige id (se 'praksis new')."))
