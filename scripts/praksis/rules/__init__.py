"""The rule registry: every finding praksis reports comes from one Rule here, as Ruff's do.

A rule has a stable code, a readable name, a severity, a Danish message and hint (templates
filled in by `rule.at(path, position, **values)`), and its documentation: why it exists, an
example that breaks it and the same example put right. `praksis rule CODE`, the contributor
guide's table and the rule pages on the site all read it from here. The catalogue is kept by
family, one module each; this module collects them and knows nothing of any check.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics import Diagnostic, Severity

Position = tuple[int, int]

FAMILIES = {
    "F": "Filen",
    "M": "Front matter",
    "R": "Henvisninger",
    "L": "Et princips livsforløb",
    "K": "Links og indhold der henter eller kører noget",
    "P": "Personoplysninger",
    "G": "Familien bag genogrammet",
    "T": "Sagens tidslinje",
    "S": "Synonymer til søgningen",
    "H": "Historikken i git",
}


@dataclass(frozen=True)
class Rule:
    code: str  # stable: a family letter and three digits
    name: str  # readable, for people and for --select (kebab-case, English like every identifier)
    severity: Severity
    summary: str  # Danish, one line: what the rule guards
    message: str  # Danish template, filled with the values given to at()
    hint: str  # Danish template: how to put it right
    explanation: str = ""  # Danish: why the rule exists
    wrong: str = ""  # an example that breaks the rule
    right: str = ""  # the same example put right
    fixed: bool = False  # guards a promise of the site: project settings cannot lower or ignore it
    suppressible: bool = True  # one finding may be silenced with the marker <!-- praksis:tillad CODE -->
    blocking: bool = False  # the file is not read any further: nothing else about it is known
    examples_lang: str = "yaml"  # how the examples are shown

    def at(self, path: str, position: Position = (1, 1), end: Position | None = None, **values) -> Diagnostic:
        """The finding at a place in a file, its message and hint filled in."""
        line, col = position
        end_line, end_col = end if end is not None else (line, col)
        return Diagnostic(path, line, col, self.code, _fill(self.message, values), _fill(self.hint, values),
                          end_line, end_col, self.severity)

    @property
    def family(self) -> str:
        return FAMILIES[self.code[0]]

    @property
    def page(self) -> str:
        """The rule's page on the site, as a source path (the site map turns it into an address)."""
        return f"regler/{self.code.lower()}.md"


def cause_first(diagnostic: Diagnostic) -> tuple:
    """Sort order: files that could not be read at all come first, since later findings may follow from them."""
    rule = REGISTRY.rules.get(diagnostic.code)
    return (not (rule and rule.blocking), *diagnostic.sort_key())


def _fill(template: str, values: dict) -> str:
    return template.format_map(values)


@dataclass(frozen=True)
class Registry:
    rules: dict[str, Rule] = field(default_factory=dict)

    def __getitem__(self, code: str) -> Rule:
        return self.rules[code]

    def __contains__(self, code: str) -> bool:
        return code in self.rules

    def __iter__(self):
        return iter(self.rules.values())

    def __len__(self) -> int:
        return len(self.rules)

    def matching(self, selector: str) -> list[Rule]:
        """Rules a selector names: a code ('R305'), a prefix ('R3', 'K'), a name ('unknown-method') or ALL."""
        wanted = selector.strip()
        if wanted.upper() == "ALL":
            return list(self)
        return [rule for rule in self if rule.code.startswith(wanted.upper()) or rule.name == wanted.lower()]


def _collect() -> Registry:
    from . import case_views, files, history, lifecycle, links, metadata, personal_data, references, search

    rules: dict[str, Rule] = {}
    for module in (files, metadata, references, lifecycle, links, personal_data, case_views, search, history):
        for rule in module.RULES:
            assert rule.code not in rules, f"{rule.code} is defined twice"
            rules[rule.code] = rule
    return Registry(dict(sorted(rules.items())))


REGISTRY = _collect()
