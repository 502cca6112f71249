"""The one place that parses front matter.

Returns the data together with the file line of every key and list item, so
that every later check can point at the exact line. Dates are left as
strings (YAML 1.1 would turn them into date objects and crash on
2026-02-30); the schema parses them and reports bad ones at their line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from .diagnostics import Diagnostic

_FENCE = re.compile(r"^---[ \t]*$")
_END = re.compile(r"^(---|\.\.\.)[ \t]*$")

Position = tuple[int, int]  # (line, col), 1-based, in the file


# libyaml's parser is about ten times faster than the pure-Python one and keeps the same marks.
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):
    """The safe loader without the timestamp resolver (dates stay strings)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}


@dataclass
class Parsed:
    data: dict
    body: str
    body_line: int  # file line of the body's first line
    positions: dict[tuple, Position] = field(default_factory=dict)
    end_line: int = 1  # file line of the closing ---

    def position(self, *path) -> Position:
        return closest_position(self.positions, path)


def closest_position(positions: dict[tuple, Position], path: tuple) -> Position:
    """Line of a key (or list item); falls back to the closest parent, then the file's start."""
    while path:
        if path in positions:
            return positions[path]
        path = path[:-1]
    return (1, 1)


def split(text: str) -> tuple[str | None, int, str, int]:
    """Split text into (yaml, yaml_first_line, body, body_first_line).

    yaml is None when the text has no front matter block; yaml_first_line is
    -1 when the block is opened but never closed.
    """
    lines = text.split("\n")
    if not lines or not _FENCE.match(lines[0]):
        return None, 0, text, 1
    for index in range(1, len(lines)):
        if _END.match(lines[index]):
            return "\n".join(lines[1:index]), 2, "\n".join(lines[index + 1:]), index + 2
    return None, -1, text, 1


def parse(path: str, text: str, required: bool = True) -> tuple[Parsed | None, list[Diagnostic]]:
    """Parse the front matter of one file. None when it cannot be used at all."""
    source, first_line, body, body_line = split(text)
    if first_line == -1:
        return None, [Diagnostic(path, 1, 1, "M202", "Front matter åbnes med '---' men lukkes aldrig.",
                                 "Afslut blokken med en linje der kun indeholder '---'.")]
    if source is None:
        if not required:
            return Parsed({}, body, body_line), []
        return None, [Diagnostic(path, 1, 1, "M201", "Filen har ingen front matter.",
                                 "Begynd filen med en '---'-linje, nøglerne og en afsluttende '---'-linje "
                                 "(se 'praksis new').")]
    loader = _Loader(source)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = first_line + (mark.line if mark else 0)
        col = (mark.column + 1) if mark else 1
        return None, [Diagnostic(path, line, col, "M202", f"Front matter er ikke gyldig YAML: {_explain(err)}.",
                                 "Tjek indrykning, kolon efter hver nøgle og anførselstegn om tekst "
                                 "der indeholder ':' eller '#'.")]
    finally:
        loader.dispose()
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return None, [Diagnostic(path, first_line, 1, "M203", "Front matter skal bestå af nøgler med værdier.",
                                 "Skriv hver oplysning som 'nøgle: værdi' på sin egen linje.")]
    positions: dict[tuple, Position] = {}
    diagnostics: list[Diagnostic] = []
    if node is not None:
        _collect(node, (), first_line, positions, diagnostics, path)
    return Parsed(data, body, body_line, positions, end_line=body_line - 1), diagnostics


_PROBLEMS = [  # PyYAML's wording -> what a caseworker can act on
    ("mapping values are not allowed", "et kolon står et sted hvor det ikke må (sæt teksten i anførselstegn)"),
    ("expected ',' or ']'", "en liste i [ ] er ikke lukket med ]"),
    ("expected ',' or '}'", "en gruppe i { } er ikke lukket med }"),
    ("cannot start any token", "et tegn der ikke må stå først (brug mellemrum, ikke tabulator, til indrykning)"),
    ("expected <block end>", "indrykningen passer ikke med linjerne over"),
    ("could not find expected ':'", "der mangler et kolon efter en nøgle"),
    ("found unexpected end of stream", "et anførselstegn er ikke lukket"),
]


def _explain(err: yaml.MarkedYAMLError) -> str:
    problem = (err.problem or err.context or "").strip()
    for english, danish in _PROBLEMS:
        if english in problem:
            return danish
    return problem or "ukendt fejl"


def _collect(node, prefix: tuple, first_line: int, positions: dict, diagnostics: list, path: str) -> None:
    """Record the file position of every key and list item below node."""
    if isinstance(node, yaml.MappingNode):
        seen: set = set()
        for key_node, value_node in node.value:
            key = key_node.value
            where = (first_line + key_node.start_mark.line, key_node.start_mark.column + 1)
            if key in seen:
                diagnostics.append(Diagnostic(path, *where, "M212", f"Nøglen '{key}' står mere end én gang.",
                                              "Slet den ene forekomst; kun den sidste ville blive brugt."))
            seen.add(key)
            positions[prefix + (key,)] = where
            _collect(value_node, prefix + (key,), first_line, positions, diagnostics, path)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            positions[prefix + (index,)] = (first_line + item.start_mark.line, item.start_mark.column + 1)
            _collect(item, prefix + (index,), first_line, positions, diagnostics, path)
