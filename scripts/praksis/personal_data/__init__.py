"""The anonymization guard: find personal data in knowledge-base text before it is published.

Public interface (used by `praksis check`, `praksis build` and `praksis scan`):
`load_allowlist`, `scan_text`, `fingerprint`, `register`, `main`.
Every message is masked: a diagnostic says what and where, never the data.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from ..cache import ResultCache, digest, disabled
from ..diagnostics import Diagnostic
from ..rules import REGISTRY
from ..files import read_kb_files
from . import anchors, read_out, rules
from .allow import ALLOW_FILE, MARKER, Allowlist, fingerprint, load_allowlist, marked_lines
from .findings import Finding
from .institutions import institutions
from .names import find_names
from .owners import owners
from .reader_view import hiding_windows, reader_view

__all__ = ["ALLOW_FILE", "MARKER", "Allowlist", "FileScan", "Located", "ScanStage", "fingerprint", "find",
           "load_allowlist", "main", "mask", "register", "scan_file", "scan_names", "scan_root", "scan_text",
           "unreadable"]

# A finding that overlaps a stronger one is the same data seen twice (a name inside an e-mail address).
_PRIORITY = {"P603": 0, "P601": 1, "P602": 2, "P604": 3, "P605": 4, "P609": 5, "P606": 6, "P607": 7}
UNREADABLE = "P608"  # a file the guard cannot read as text is never published unread


class Located:
    """A finding with its line and column, and the raw match for fingerprints (never printed)."""

    __slots__ = ("finding", "line", "col", "raw")

    def __init__(self, finding: Finding, line: int, col: int, raw: str):
        self.finding, self.line, self.col, self.raw = finding, line, col, raw

    def diagnostic(self, path: str) -> Diagnostic:
        end = (self.line, self.col + len(self.raw)) if "\n" not in self.raw else None
        return REGISTRY[self.finding.code].at(path, (self.line, self.col), end, masked=self.finding.masked)


def prepare() -> None:
    from .name_list import lexicon, lowercase_names
    from .rules import towns
    from .words import danish, vocabulary

    anchors.engine(), lexicon(), vocabulary(), danish(), towns(), lowercase_names(b" ")


def scan_text(path: str, text: str, allow: Allowlist | None = None) -> list[Diagnostic]:
    """Findings in one whole file (front matter and body), as masked diagnostics."""
    return [located.diagnostic(path) for located in find(path, text, allow or Allowlist())]


class ScanStage:
    """The findings in one file under the allow file in force: one cache namespace per allow file."""

    def __init__(self, root: Path):
        allow_file = Path(root) / ALLOW_FILE
        self.allow = load_allowlist(root)
        allowed = digest(allow_file.read_bytes()) if allow_file.is_file() else ""
        self.namespace = "scan:" + allowed

    def wants(self, rel: str) -> bool:
        return True

    def prepare(self) -> None:
        """Compile the engine and load the word lists here, so forked workers share them."""
        prepare()

    def compute(self, rel: str, data: bytes) -> FileScan:
        located = scan_file(rel, data, self.allow)
        return FileScan(tuple(one.diagnostic(rel) for one in located),
                        tuple(sorted({one.raw for one in located if one.finding.code != UNREADABLE}, key=len,
                                     reverse=True)))


@dataclass(frozen=True)
class FileScan:
    """One file's findings, and the data found (kept in memory and the local cache, never printed): every
    other message about the file masks them too, since a message may quote the value it is about."""
    diagnostics: tuple[Diagnostic, ...]
    hidden: tuple[str, ...] = ()


def scan_file(path: str, data: bytes, allow: Allowlist) -> list[Located]:
    """Findings in a file's bytes; a file that is not UTF-8 text is itself a finding (P608).

    Markdown files are the exception: the loader refuses those (F101, F105), and they are never published.
    """
    from .sources import strict_text

    text = strict_text(data)
    if text is not None:
        return find(path, text, allow)
    if path.lower().endswith(".md"):
        return []
    located = unreadable(path, data)
    return [] if allow.allows(path, UNREADABLE, located.raw) else [located]


def unreadable(path: str, data: bytes) -> Located:
    """The finding for a file that cannot be read as text; its fingerprint is taken of the whole content."""
    return Located(Finding(0, len(data), UNREADABLE, "Filen kan ikke læses som tekst og derfor ikke gennemsøges "
                                                   "for personoplysninger."), 1, 1, digest(data))


def scan_root(root: Path, cache: ResultCache | None = None, files: dict[str, bytes] | None = None,
              stage: ScanStage | None = None, hidden: dict[str, tuple[str, ...]] | None = None) -> list[Diagnostic]:
    """Every text file of the knowledge base (docs/, cases_anonymized/), with the allow file's own problems.

    `files` are the bytes the loader already read (path -> bytes); without them the files are read here.
    `hidden`, when given, receives per file the data found, for mask().
    """
    stage = stage or ScanStage(root)
    cache = cache or disabled()
    found: list[Diagnostic] = []
    for path, data in (read_kb_files(Path(root)) if files is None else files).items():
        result = cache.lookup(stage.namespace, path, data, partial(stage.compute, path, data))
        found += result.diagnostics
        if hidden is not None and result.hidden:
            hidden[path] = result.hidden
    return list(stage.allow.problems) + found


def scan_names(paths, allow: Allowlist) -> tuple[list[Diagnostic], dict[str, str]]:
    """Personal data in the files' names: it would become part of the site's addresses.

    Returns the findings and, for each such file, its path with the data masked, which is what every
    message then shows. The names are read as one text, two blank lines apart (so that no rule joins two).
    """
    found: list[Diagnostic] = []
    masked: dict[str, str] = {}
    for path, located in _in_names(list(paths), allow):
        located = [one for one in located if not _slug_fragment(one)]
        if not located:
            continue
        shown = list(path)
        for one in located:
            for index in range(one.finding.start, min(one.finding.end, len(shown))):
                shown[index] = "*" if path[index] not in "-_/." else path[index]
        masked[path] = "".join(shown)
        found += [REGISTRY[one.finding.code].at(masked[path], (1, 1),
                                                masked=f"Filnavnet: {one.finding.masked} (omdøb filen)")
                  for one in located]
    return found, masked


_APART = "\n\n\n"


def _as_words(path: str) -> str:
    """The path's words as text, as long as the path; the file's ending ('.Mkd', '.PDF') is no word of it."""
    base = path.rsplit("/", 1)[-1]
    ending = base[base.rfind("."):] if base.rfind(".") > 0 else ""
    return re.sub(r"[-_/.]", " ", path[:len(path) - len(ending)]) + " " * len(ending)


def _in_names(paths: list[str], allow: Allowlist):
    """(path, findings in its name as words), findings placed within the name."""
    alone = [path for path in paths if "\n" in path or "\r" in path]
    together = [path for path in paths if path not in set(alone)]
    for path in alone:
        yield path, find(path, _as_words(path), allow)
    starts, offset = [], 0
    for path in together:
        starts.append(offset)
        offset += len(path) + len(_APART)
    text = _APART.join(_as_words(path) for path in together)
    by_path: dict[int, list[Located]] = {}
    for one in find("", text, Allowlist(places=allow.places)):
        index = bisect_right(starts, one.finding.start) - 1
        shift = starts[index]
        by_path.setdefault(index, []).append(
            Located(replace(one.finding, start=one.finding.start - shift, end=one.finding.end - shift), one.line,
                    one.col, one.raw))
    for index, located in sorted(by_path.items()):
        path = together[index]
        yield path, [one for one in located if not allow.allows(path, one.finding.code, one.raw)]


def _slug_fragment(located: Located) -> bool:
    """One lower-case word that is also a name: in a slug cut at 48 characters ('...-inden-for-24-tim') it is far
    more often a word's beginning than a person. A full name ('mette-jensen') or a capital still counts."""
    return (located.finding.code in ("P606", "P607") and len(located.raw.split()) < 2
            and not located.raw[:1].isupper())


# A European Legislation Identifier in an address: '/eli/lta/2024/80' in every link to Retsinformation,
# '/eli/reg/2016/679/oj/dan' on EUR-Lex. Its words ('eli', 'dan') name a standard, not a person.
_LEGISLATION_ID = re.compile(r"/eli/[a-z]{1,20}/\d{4}/[^\s<>\"'()\[\]`]{0,200}", re.IGNORECASE)


def _without_legislation_ids(text: str, findings: list[Finding]) -> list[Finding]:
    spans = [m.span() for m in _LEGISLATION_ID.finditer(text)]
    if not spans:
        return findings
    return [finding for finding in findings if finding.code not in ("P606", "P607")
            or not any(start <= finding.start and finding.end <= end for start, end in spans)]


def mask(diagnostics: list[Diagnostic], hidden: dict[str, tuple[str, ...]],
         paths: dict[str, str]) -> list[Diagnostic]:
    """Every message with the data the guard found in its file (and the file names it found data in) masked."""
    if not hidden and not paths:
        return diagnostics
    masked = []
    for diagnostic in diagnostics:
        message, hint = diagnostic.message, diagnostic.hint
        for raw in hidden.get(diagnostic.path, ()):
            message, hint = message.replace(raw, "*" * len(raw)), hint.replace(raw, "*" * len(raw))
        for path, shown in paths.items():
            message, hint = message.replace(path, shown), hint.replace(path, shown)
        masked.append(replace(diagnostic, path=paths.get(diagnostic.path, diagnostic.path), message=message,
                              hint=hint))
    return masked


def find(path: str, text: str, allow: Allowlist) -> list[Located]:
    text = text.replace("\r\n", "\n")
    # A no-break or thin space reads as a space (one character for one: offsets stay). Translating every text would
    # cost a tenth of the scan; looking for the six characters first costs nothing measurable.
    read = text.translate(_SPACES) if any(ch in text for ch in _ODD_SPACES) else text
    scan = anchors.scan(read)
    findings = _found(read, allow, scan)
    # Also as the page will show it (entities decoded, escapes and emphasis gone), around each place that hides.
    for start, end in hiding_windows(read, scan.windows(read, "hiding")):
        view = reader_view(read[start:end])
        findings += [_in_source(finding, view, start) for finding in _found(view.text, allow, anchors.scan(view.text))]
    kept = _without_overlaps(read, findings)
    if kept and "/eli/" in text.lower():
        kept = _without_legislation_ids(text, kept)
    if not kept:
        return []
    marked = marked_lines(text)
    starts = _line_starts(text)
    located = []
    for finding in kept:
        line = bisect_right(starts, finding.start)
        raw = finding.raw(text)
        if _marked(marked, finding, line, line + raw.count("\n")) or allow.allows(path, finding.code, raw):
            continue
        located.append(Located(finding, line, finding.start - starts[line - 1] + 1, raw))
    return located


# Spaces of one character each that typesetting and PDFs put inside numbers and dates: no-break, figure, thin, narrow.
_ODD_SPACES = "\u00a0\u2007\u2008\u2009\u200a\u202f"
_SPACES = str.maketrans({ch: " " for ch in _ODD_SPACES})


def _found(text: str, allow: Allowlist, scan: anchors.Scan) -> list[Finding]:
    """Every rule, each reading only around its anchors in the scan."""
    runs = rules.number_runs(text, scan.runs(text))
    lines = partial(scan.windows, text)
    found = (rules.cpr(text, runs) + rules.phone(text, runs, lines("tel"), service=True)
             + rules.email(text, lines("at"))
             + rules.address(text, lines("street"), lines("postcode"), scan.words if scan.ends.get("faroese") else [],
                             lines("country"), lines("home"), lines("street_abroad"))
             + rules.birth_date(text, lines("birth")) + read_out.findings(text, lines("spoken"), lines("misread"))
             + find_names(text, allow.places, scan) + institutions(text, lines("institution")))
    found += owners(text, found)  # 'Svea 211080-0662': whose data it is
    # a service number is a person's only beside the person; eight digits in a cell, only in a person's row
    return rules.phones_in_parentheses(text, rules.phones_in_rows(text, rules.owned_service_numbers(text, found)))


def _in_source(finding: Finding, view, shift: int) -> Finding:
    """A finding in the reader's view of a stretch of the source, placed where it stands in the source."""
    start = view.source(finding.start) + shift
    end = view.source(finding.end - 1) + 1 + shift
    return Finding(start, max(end, start + 1), finding.code, finding.masked)


def _without_overlaps(text: str, findings: list[Finding]) -> list[Finding]:
    """The strongest finding at each place; a mark per character taken keeps this linear in the findings. An address
    whose tail runs into a stronger finding keeps its head ('Kløvermarken 25A, 21.11.24.14': the phone ends it)."""
    kept: list[Finding] = []
    taken = bytearray(max((f.end for f in findings), default=0) + 1)
    for finding in sorted(findings, key=lambda f: (_PRIORITY[f.code], f.start, f.start - f.end)):  # the longest
        clash = taken.find(1, finding.start, finding.end)
        if clash != -1 and finding.code == "P604" and clash > finding.start:
            finding = _address_before(text, finding, clash)
            clash = -1 if finding else clash
        if clash == -1:
            kept.append(finding)
            taken[finding.start:finding.end] = b"\x01" * (finding.end - finding.start)
    return sorted(kept, key=lambda f: (f.start, f.code))


def _address_before(text: str, finding: Finding, clash: int) -> Finding | None:
    head = text[finding.start:clash].rstrip(" \t\n,.;:-\u2013")
    if not any(ch.isdigit() for ch in head) or len(head.split()) < 2:
        return None
    return rules.address_finding(finding.start, finding.start + len(head), text)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def _marked(marked: dict, finding: Finding, first: int, last: int) -> bool:
    for line in (first, last):
        if line in marked and (marked[line] is None or finding.code in marked[line]):
            return True
    return False


def register(subparsers) -> None:
    from .command import register as _register

    _register(subparsers)


def main(argv: list[str] | None = None) -> int:
    from .command import main as _main

    return _main(argv)
