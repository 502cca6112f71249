"""Files -> parsed entries -> the knowledge-base model.

Everything a content mistake can break on is turned into a diagnostic here,
so later stages work on a model that only holds what parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import partial
from datetime import date
from pathlib import Path

from . import active_content, frontmatter
from .cache import ResultCache, disabled
from .diagnostics import Diagnostic
from .files import BAD_NAME, CASES, DOCS, SYMLINK, markdown_suffix, read_content
from .mdtext import MAX_NESTING, Marks, find_marks, nesting
from .rules import files as file_rules, metadata
from .model import Document, Entry, KnowledgeBase, kind_for_path
from .schema import KINDS, Kind, named_in
from .source import read_text
from .search_terms import Vocabulary
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
        return rel.endswith(".md") and (kind_for_path(rel) is not None or not rel.startswith(CASES + "/"))

    def compute(self, rel: str, data: bytes) -> tuple[Entry | Document | None, list[Diagnostic]]:
        return _parse_file(kind_for_path(rel), rel, data)


PARSE = ParseStage()


def load(root: Path, today: date | None = None, cache: ResultCache | None = None,
         files: dict[str, bytes] | None = None, irregular: dict[str, str] | None = None,
         vocabulary: Vocabulary | None = None) -> LoadResult:
    """`files` (and `irregular`) as read_content found them, when the caller has read them already."""
    root = Path(root)
    cache = cache or disabled()
    if files is None:
        listing = read_content(root)
        files, irregular = listing.files, listing.irregular
    entries: dict[str, Entry] = {}
    documents: list[Document] = []
    static: set[str] = set()
    unread: set[str] = set()  # ids of entries whose file could not be read: their own error says why
    diagnostics: list[Diagnostic] = [_irregular(rel, what) for rel, what in sorted((irregular or {}).items())]
    taken: dict[str, str] = {}  # names as a case-insensitive file system sees them
    for rel, data in files.items():
        problem = _misplaced(rel, taken)
        if problem is not None:
            diagnostics.append(problem)
            continue
        if not rel.endswith(".md"):
            static.add(rel[len(DOCS) + 1:])
            diagnostics += _static(rel, data)
            continue
        key = cache.digest_of(data)
        parsed, found = cache.lookup_digest(PARSE.namespace, rel, key, partial(PARSE.compute, rel, data))
        diagnostics += found
        if isinstance(parsed, Document):
            documents.append(parsed)
        elif parsed is not None:
            _add(entries, replace(parsed, digest=key), diagnostics)
        else:
            unread |= _named_id(rel)
    kb = KnowledgeBase(entries, tuple(documents), load_taxonomies(), frozenset(static), today or date.today(),
                       frozenset(unread), vocabulary or Vocabulary())
    return LoadResult(kb, diagnostics)


def _named_id(rel: str) -> set[str]:
    """The id a file's name gives it, for an entry that could not be read."""
    kind = kind_for_path(rel)
    match = kind.filename.fullmatch(rel.rsplit("/", 1)[-1]) if kind else None
    return {match["id"]} if match else set()


def _static(rel: str, data: bytes) -> list[Diagnostic]:
    """A file MkDocs copies as it is: what it would make the browser load or run (binary files are P608)."""
    if b"\x00" in data[:8192]:
        return []
    text = data.decode("utf-8", errors="replace")
    return [active_content.diagnostic(rel, finding) for finding in active_content.in_static(rel, text)]


def _irregular(rel: str, what: str) -> Diagnostic:
    if what == BAD_NAME:
        return file_rules.BAD_NAME.at(rel, problem="Filnavnet er ikke gyldig UTF-8 og kan ikke læses eller udgives.",
                                 fix="Omdøb filen med almindelige bogstaver (æ, ø og å er fine).")
    if what == SYMLINK:
        return file_rules.LINK_OR_SPECIAL.at(rel, problem="Et symbolsk link i vidensbasens mapper følges ikke og må ikke "
                                        "være her.", fix="Læg selve filen eller mappen ind i vidensbasen i stedet "
                                        "for et link, så den bliver kontrolleret, før den offentliggøres.")
    return file_rules.LINK_OR_SPECIAL.at(rel, problem="Her ligger noget, der ikke er en almindelig fil (fx en pipe eller en "
                                    "enhed).", fix="Fjern det; i vidensbasens mapper hører kun almindelige filer og "
                                    "mapper.")


_UNPORTABLE = re.compile(r'[\x00-\x1f\x7f<>:"|?*\\]')


def _misplaced(rel: str, taken: dict[str, str]) -> Diagnostic | None:
    """A file praksis will not read where it is: it would be lost, or published without being checked."""
    if _UNPORTABLE.search(rel):
        return file_rules.BAD_NAME.at(rel.encode("unicode_escape").decode("ascii") if "\n" in rel else rel,
                                 problem="Filnavnet indeholder tegn, der ikke kan stå i et filnavn på alle maskiner "
                                         "eller i en adresse på sitet (fx : ? * | eller et linjeskift).",
                                 fix="Omdøb filen med bogstaver, tal og bindestreger.")
    other = taken.setdefault(rel.casefold(), rel)
    if other != rel:
        return file_rules.BAD_NAME.at(rel, problem=f"Filnavnet er det samme som {other}, bortset fra store og små "
                                              "bogstaver; på Windows, macOS og mange servere er det samme fil.",
                                 fix="Omdøb den ene fil.")
    suffix = markdown_suffix(rel)
    if suffix is not None and not rel.endswith(".md"):
        return file_rules.OTHER_MARKDOWN.at(rel, suffix=rel[-len(suffix):])
    if rel.startswith(CASES + "/") and suffix is None:  # cases are published from Markdown only
        return file_rules.BAD_NAME.at(rel, problem="I cases_anonymized/ hører kun Markdown-filer (.md).",
                                 fix="Skriv sagen som C-NNNN-kort-titel.md, eller flyt filen.")
    if suffix is not None and not PARSE.wants(rel):
        return file_rules.BAD_NAME.at(rel, problem="Sager skal ligge direkte i cases_anonymized/.",
                                 fix=f"Flyt filen op i cases_anonymized/ og navngiv den {KINDS['case'].filename_rule}.")
    return None


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
        return None, [file_rules.BAD_NAME.at(rel, problem=f"Filnavnet '{name}' passer ikke til {kind.indefinite}.",
                                        fix=f"Navngiv filen {kind.filename_rule}.")]
    parsed, diagnostics = frontmatter.parse(rel, text)
    if parsed is None:
        return None, diagnostics
    meta, found = validate(kind, parsed, rel)
    diagnostics += found + _too_deep(parsed, rel)
    entry_id = meta.get("id") if meta.get("id") == match["id"] else match["id"]
    return Entry(kind, entry_id, rel, meta, parsed.body, parsed.body_line, parsed.positions,
                 _marks(parsed), _named(kind, meta, parsed)), diagnostics


def _named(kind: Kind, meta: dict, parsed: frontmatter.Parsed) -> list[tuple[str, str, str, tuple]]:
    """What the entry's front matter names, with positions: depends on the file alone."""
    return [(".".join(str(p) for p in path if not isinstance(p, int)), target, str(value), parsed.position(*path))
            for path, target, value in named_in(kind.fields, meta) if path != ("id",)]


def _document(rel: str, text: str) -> tuple[Document | None, list[Diagnostic]]:
    parsed, diagnostics = frontmatter.parse(rel, text, required=False)
    if parsed is None:
        return None, diagnostics
    diagnostics += _too_deep(parsed, rel)
    site_uri = rel[len(DOCS) + 1:]
    title = str(parsed.data.get("title") or _first_heading(parsed.body) or site_uri)
    return Document(rel, site_uri, text, parsed.body, parsed.body_line, title, _marks(parsed)), diagnostics


def _too_deep(parsed: frontmatter.Parsed, rel: str) -> list[Diagnostic]:
    deep = nesting(parsed.body, parsed.body_line)
    if deep is None:
        return []
    line, depth = deep
    return [file_rules.TOO_DEEP.at(rel, (line, 1), depth=depth, limit=MAX_NESTING)]


def _marks(parsed: frontmatter.Parsed) -> Marks:
    """Where the file refers elsewhere, and what it would make a browser load or run (body and front matter)."""
    marks = find_marks(parsed.body, parsed.body_line)
    marks.active = (active_content.in_front_matter(parsed.data, parsed.position, parsed.source)
                    + active_content.in_markdown(parsed.body, parsed.body_line))
    return marks


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
        diagnostics.append(metadata.DUPLICATE_ID.at(here.path, here.position("id"), id=entry.id, other=other.path))
