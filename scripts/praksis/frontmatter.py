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
from .rules import metadata

_FENCE = re.compile(r"^---[ \t]*$")
_END = re.compile(r"^(---|\.\.\.)[ \t]*$")

Position = tuple[int, int]  # (line, col), 1-based, in the file


# libyaml's parser is about ten times faster than the pure-Python one and keeps the same marks.
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_STR, _MAP, _SEQ = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"
_IMPLICIT = {  # first character -> resolvers, without the timestamp resolver (dates stay strings)
    first: tuple((tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp")
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
_KIND_TAGS = {yaml.SequenceNode: _SEQ, yaml.MappingNode: _MAP}


class _Loader(_Base):
    """The safe loader, dates left as strings.

    libyaml calls resolve() for every node; PyYAML's general version (path
    resolvers, wildcard resolvers, list concatenation) was a sixth of parsing.
    """

    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, regexp in _IMPLICIT.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
            return _STR
        return _KIND_TAGS[kind]


@dataclass
class Parsed:
    data: dict
    body: str
    body_line: int  # file line of the body's first line
    positions: dict[tuple, Position] = field(default_factory=dict)
    end_line: int = 1  # file line of the closing ---
    source: str | None = None  # the YAML text: every value is made of it (and of its escapes)

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
        return None, [metadata.INVALID_YAML.at(path, problem="blokken åbnes med '---' men lukkes aldrig",
                                               fix="Afslut blokken med en linje der kun indeholder '---'.")]
    if source is None:
        if not required:
            return Parsed({}, body, body_line), []
        return None, [metadata.NO_FRONT_MATTER.at(path)]
    loader = _Loader(source)
    try:
        node = loader.get_single_node()
        data, positions, diagnostics = (None, {}, []) if node is None else _construct(loader, node, first_line, path)
    except yaml.MarkedYAMLError as err:
        message, mark = explain(err, source)
        line = first_line + (mark.line if mark else 0)
        col = (mark.column + 1) if mark else 1
        return None, [metadata.INVALID_YAML.at(path, (line, col), problem=message, fix=_YAML_FIX)]
    finally:
        loader.dispose()
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return None, [metadata.NOT_A_MAPPING.at(path, (first_line, 1))]
    return Parsed(data, body, body_line, positions, end_line=body_line - 1, source=source), diagnostics


_YAML_FIX = ("Tjek indrykning (mellemrum, ikke tabulator), kolon efter hver nøgle og anførselstegn om tekst der "
             "indeholder ':' eller '#'.")

# What libyaml and PyYAML say -> what a caseworker can act on, and whether the place to show is where the
# trouble began (an opening quote or bracket: the context) rather than where the parser gave up.
_PROBLEMS = [
    ("tab character", "en tabulator står i indrykningen; ryk ind med mellemrum", False),
    ("quoted scalar|end of stream", "et anførselstegn åbnes her, men lukkes aldrig", True),
    ("unknown escape", "en ukendt \\-kode i tekst i dobbelte anførselstegn; brug enkelte anførselstegn", False),
    ("expected ',' or ']'", "en liste i [ ] åbnes her, men lukkes ikke med ]", True),
    ("expected ',' or '}'", "en gruppe i { } åbnes her, men lukkes ikke med }", True),
    ("unclosed '[' or '{'", "en [ eller { er ikke lukket, eller indrykningen passer ikke", False),
    ("mapping values are not allowed", "et kolon står et sted hvor det ikke må (sæt teksten i anførselstegn)", False),
    ("could not find expected ':'", "der mangler et kolon efter nøglen her", True),
    ("cannot start any token", "tegnet {char} må ikke stå først i en værdi; sæt teksten i anførselstegn", False),
    ("undefined alias", "en *-henvisning peger på et &-anker, der ikke findes", False),
    ("alphabetic or numeric", "et & eller * skal følges af et navn (eller sæt teksten i anførselstegn)", False),
    ("unhashable key", "en nøgle skal være en enkelt tekst, ikke en liste eller gruppe", False),
    ("tag", "et ukendt YAML-mærke (!...); fjern mærket, eller sæt værdien i anførselstegn", False),
    ("block scalar", "en tekstblok med | eller > er skrevet forkert", True),
    ("indentation indicator", "en tekstblok med | eller > er skrevet forkert", True),
    ("document", "en linje med --- står midt i front matter", False),
    ("directive", "en linje der begynder med % bruges ikke i front matter", False),
    ("anchor", "et &-anker er skrevet forkert eller brugt to gange", False),
    ("'-' indicator", "indrykningen passer ikke med linjerne over (en liste med - blandet med nøgler)", False),
    ("block end", "indrykningen passer ikke med linjerne over", False),
    ("expected key", "indrykningen passer ikke med linjerne over", False),
    ("entries are not allowed", "indrykningen passer ikke med linjerne over (en linje med - står forkert)", False),
    ("node content", "en værdi mangler, eller den begynder med et tegn der ikke må stå først", False),
    ("end of stream", "blokken slutter midt i en værdi (et anførselstegn eller en parentes er ikke lukket)", True),
]


def explain(err: yaml.MarkedYAMLError, source: str) -> tuple[str, yaml.Mark | None]:
    """A Danish reason and the mark to show it at; never libyaml's English."""
    if isinstance(err, _DanishError):
        return err.problem, err.problem_mark
    english = f"{err.context or ''} {err.problem or ''}"
    for needles, danish, at_start in _PROBLEMS:  # 'a|b': both must be said
        if all(needle in english for needle in needles.split("|")):
            mark = err.context_mark if at_start and err.context_mark else err.problem_mark or err.context_mark
            return danish.replace("{char}", _char_at(source, mark)), mark
    return "strukturen kan ikke læses her", err.problem_mark or err.context_mark


def _char_at(source: str, mark) -> str:
    lines = source.split("\n")
    if mark is None or mark.line >= len(lines) or mark.column >= len(lines[mark.line]):
        return "her"
    return f"'{lines[mark.line][mark.column]}'"


MAX_DEPTH = 64  # front matter nests a few levels; far deeper is a mistake, and Python's stack is finite
MAX_VALUES = 50_000  # aliases (&a, *a) can make a few lines into millions of values

_SCALARS = {f"tag:yaml.org,2002:{name}": getattr(yaml.constructor.SafeConstructor, f"construct_yaml_{name}")
            for name in ("null", "bool", "int", "float")}
_UNREADABLE = (ValueError, KeyError, AttributeError, TypeError)  # what constructors raise for '!!int abc'


def _construct(loader, node, first_line: int, path: str) -> tuple[object, dict, list[Diagnostic]]:
    """The document's value, the position of every key and list item, and duplicate keys, in one walk.

    Front matter is plain maps, lists and scalars (with the standard tags); building those here is
    four times faster than PyYAML's generic constructor. Anything else (merge keys, other tags,
    anchors that recurse) goes to PyYAML; a value no constructor can read is a YAML error at its node.
    """
    walker = _Walker(loader, first_line, path, build=True)
    try:
        return walker.value(node), walker.positions, walker.diagnostics
    except _Generic:
        pass
    try:
        data = loader.construct_document(node)
    except (*_UNREADABLE, RecursionError):
        raise _error(node, "en værdi med et !!-mærke kan ikke læses") from None
    walker = _Walker(loader, first_line, path, build=False)
    walker.value(node)
    return data, walker.positions, walker.diagnostics


class _Generic(Exception):
    """The node needs PyYAML's full constructor."""


class _DanishError(yaml.constructor.ConstructorError):
    """A value praksis itself could not read; its problem is already Danish."""


def _error(node, problem: str) -> yaml.MarkedYAMLError:
    return _DanishError(None, None, problem, node.start_mark)


class _Walker:
    """One walk over the composed nodes: the value (when build), key positions, keys written twice."""

    def __init__(self, loader, first_line: int, path: str, build: bool):
        self.loader, self.first_line, self.path, self.build = loader, first_line, path, build
        self.positions: dict[tuple, Position] = {}
        self.diagnostics: list[Diagnostic] = []
        self.open: set[int] = set()  # ids of the collections being walked: an alias of one recurses
        self.visited = 0

    def value(self, node, prefix: tuple = ()):
        self.visited += 1
        if self.visited > MAX_VALUES:
            raise _error(node, "for mange værdier (gentagne henvisninger med & og *)")
        if len(prefix) > MAX_DEPTH:
            raise _error(node, "værdierne er indlejret for dybt")
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node) if self.build else None
        if id(node) in self.open:
            if self.build:
                raise _Generic
            return None
        self.open.add(id(node))
        value = self._mapping(node, prefix) if isinstance(node, yaml.MappingNode) else self._sequence(node, prefix)
        self.open.discard(id(node))
        return value

    def _sequence(self, node, prefix: tuple) -> list:
        if self.build and node.tag != _SEQ:
            raise _Generic
        value = []
        for index, item in enumerate(node.value):
            self.positions[prefix + (index,)] = self._where(item)
            value.append(self.value(item, prefix + (index,)))
        return value

    def _mapping(self, node, prefix: tuple) -> dict:
        if self.build and node.tag != _MAP:
            raise _Generic
        value: dict = {}
        seen: set = set()
        for key_node, value_node in node.value:
            # Merge keys and complex keys: PyYAML builds the value; they have no line of their own.
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE:
                if self.build:
                    raise _Generic
                continue
            key, where = key_node.value, self._where(key_node)
            if key in seen:
                self.diagnostics.append(metadata.DUPLICATE_KEY.at(self.path, where, key=key))
            seen.add(key)
            self.positions[prefix + (key,)] = where
            item = self.value(value_node, prefix + (key,))
            if self.build:
                value[self._scalar(key_node)] = item
        return value

    def _scalar(self, node):
        if node.tag == _STR:
            return node.value
        construct = _SCALARS.get(node.tag)
        if construct is None:
            raise _Generic
        try:
            return construct(self.loader, node)
        except _UNREADABLE:
            raise _error(node, f"'{node.value}' kan ikke læses som {node.tag.rsplit(':', 1)[-1]}") from None

    def _where(self, node) -> Position:
        return (self.first_line + node.start_mark.line, node.start_mark.column + 1)
