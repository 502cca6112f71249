"""Which findings count, and how much: --select/--ignore, the project's severities, the suppression marker.

Applied once, to everything the checks found, so every family follows the same rules:

- `--select`/`--ignore` (codes, prefixes such as `R3`, names, or ALL) choose what `praksis check` reports;
- `severity:` in the praksis plugin's options in mkdocs.yml sets a rule to error, warning, info or
  ignore for the whole project (check, build and serve alike);
- `<!-- praksis:tillad KODE -->` on a line (`# praksis:tillad KODE` in front matter) silences that
  rule there; without codes it silences every rule on the line.

Rules marked `fixed` guard the site's promises (nothing unchecked or personal published, nothing loaded
from other hosts): no option lowers or ignores them, and those marked not `suppressible` cannot be
silenced by a marker either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .diagnostics import Diagnostic, Severity
from .rules import REGISTRY, Rule

IGNORE = "ignore"
_LEVELS = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO, IGNORE: IGNORE}
MARKER = re.compile(r"(?:<!--|#)[ \t]*praksis:tillad((?:[ \t,]+[A-Z]\d{3})*)[ \t]*(?:-->)?")


class PolicyError(ValueError):
    """A selector or setting that names no rule, or would turn off a fixed one; Danish, for the user."""


@dataclass(frozen=True)
class Policy:
    select: tuple[str, ...] = ()  # empty: every rule
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)  # code -> error | warning | info | ignore

    def __post_init__(self) -> None:
        for selector in (*self.select, *self.ignore):
            if not REGISTRY.matching(selector):
                raise PolicyError(f"'{selector}' er ikke en regel; se listen med 'praksis rule --all'.")
        for selector in self.ignore:
            fixed = [rule.code for rule in REGISTRY.matching(selector) if rule.fixed]
            if fixed and len(fixed) == len(REGISTRY.matching(selector)):
                raise PolicyError(f"{', '.join(fixed)} kan ikke slås fra: reglen vogter sitets løfter "
                                  "(intet ukontrolleret, intet personligt, intet fra andre servere).")
        for code, level in self.severity.items():
            if code not in REGISTRY:
                raise PolicyError(f"'{code}' under 'severity' i mkdocs.yml er ikke en regel.")
            if str(level).lower() not in _LEVELS:
                raise PolicyError(f"'{level}' for {code} under 'severity' i mkdocs.yml: brug error, warning, "
                                  "info eller ignore.")
            rule = REGISTRY[code]
            if rule.fixed and _rank(_LEVELS[str(level).lower()]) < _rank(rule.severity):
                raise PolicyError(f"{code} kan ikke sættes til '{level}' i mkdocs.yml: reglen vogter sitets "
                                  "løfter og kan ikke gøres mildere.")

    def enabled(self, rule: Rule) -> bool:
        if rule.fixed:
            return True
        chosen = not self.select or any(rule in REGISTRY.matching(s) for s in self.select)
        return chosen and not any(rule in REGISTRY.matching(s) for s in self.ignore)

    def apply(self, diagnostics: list[Diagnostic], text_of) -> list[Diagnostic]:
        """The findings that count, at the project's severities; text_of(path) gives a file's text (or None)."""
        kept = []
        markers: dict[str, dict[int, frozenset[str] | None]] = {}
        for diagnostic in diagnostics:
            rule = REGISTRY.rules.get(diagnostic.code)
            if rule is None or not self.enabled(rule):
                continue
            level = _LEVELS[str(self.severity.get(rule.code, rule.severity.value)).lower()]
            if level == IGNORE:
                continue
            if rule.suppressible and _silenced(diagnostic, markers, text_of):
                continue
            kept.append(diagnostic if level == diagnostic.severity else replace(diagnostic, severity=level))
        return kept


def _rank(level) -> int:
    return {IGNORE: 0, Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}[level]


def _silenced(diagnostic: Diagnostic, markers: dict, text_of) -> bool:
    if diagnostic.path not in markers:
        text = text_of(diagnostic.path)
        markers[diagnostic.path] = marked_lines(text) if text else {}
    marked = markers[diagnostic.path]
    for line in {diagnostic.line, diagnostic.end_line or diagnostic.line}:
        codes = marked.get(line, False)
        if codes is None or (codes and diagnostic.code in codes):
            return True
    return False


def marked_lines(text: str) -> dict[int, frozenset[str] | None]:
    """Line number -> the codes the marker on it names (None: every code)."""
    if "praksis:tillad" not in text:
        return {}
    marked = {}
    for match in MARKER.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        marked[line] = frozenset(re.findall(r"[A-Z]\d{3}", match.group(1))) or None
    return marked
