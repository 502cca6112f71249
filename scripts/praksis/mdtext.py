"""Telling code from prose in Markdown, so ids and links inside code are left alone."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .schema import ANY_ID

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(?<![\\`])(`+)(?!`)(?:.+?)(?<!`)\1(?!`)")  # not from an escaped backtick
WIKILINK = re.compile(r"\[\[(?P<id>" + ANY_ID + r")(?:\|(?P<text>[^\]\n]+))?\]\]")
_ANY_DOUBLE_BRACKETS = re.compile(r"\[\[([^\[\]\n]*)\]\]")  # what an author meant as a reference
# Bounded repetitions keep these linear on hostile input (a line of sixty thousand '![').
_INLINE_LINK = re.compile(r"!?\[(?:[^\[\]\n]|\[[^\[\]\n]{0,300}\]){0,500}\]\(\s*<?(?P<target>[^)\s>]+)>?"
                          r"(?:\s+[\"'(][^)\n]{0,500})?\)")
_REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(?P<target>\S+?)>?(?:\s|$)")


MAX_NESTING = 20  # list levels or quote markers; Python-Markdown recurses per level
_QUOTES = re.compile(r"^[ \t]*((?:>[ \t]?)+)")


def nesting(body: str, first_line: int) -> tuple[int, int] | None:
    """(line, depth) of the first line nested deeper than MAX_NESTING lists or quotes, or None."""
    for offset, line in enumerate(body.split("\n")):
        stripped = line.lstrip(" \t")
        indent = line[: len(line) - len(stripped)].expandtabs(4)
        quotes = _QUOTES.match(line)
        depth = max(len(indent) // 4, quotes.group(1).count(">") if quotes else 0)
        if depth > MAX_NESTING:
            return first_line + offset, depth
    return None


@dataclass
class Marks:
    """Where a body refers elsewhere, found once when the file is read (and cached with it)."""
    wikilinks: list[tuple[str, int, int]] = field(default_factory=list)  # (id, line, col)
    links: list[tuple[str, int, int]] = field(default_factory=list)  # (target, line, col)
    active: list[tuple[str, str, int, int]] = field(default_factory=list)  # active_content's findings
    malformed: list[tuple[str, int, int]] = field(default_factory=list)  # [[...]] that is no reference: (inside, line, col)


def find_marks(body: str, first_line: int) -> Marks:
    """[[id]] references and Markdown link targets outside code, with their file positions."""
    marks = Marks()
    for offset, line in enumerate(code_free_lines(body)):
        if "[" not in line:
            continue
        for match in WIKILINK.finditer(line):
            marks.wikilinks.append((match["id"], first_line + offset, match.start() + 1))
        if "[[" in line:
            for match in _ANY_DOUBLE_BRACKETS.finditer(line):
                if not WIKILINK.fullmatch(match.group(0)):
                    marks.malformed.append((match.group(1), first_line + offset, match.start() + 1))
        for pattern in (_INLINE_LINK, _REFERENCE_DEFINITION):
            for match in pattern.finditer(line):
                marks.links.append((match["target"], first_line + offset, match.start("target") + 1))
    return marks


def lines_with_code_flag(text: str) -> Iterator[tuple[str, bool]]:
    """Each line of text with True when it belongs to a fenced code block.

    A fence that is never closed opens no code block (Python-Markdown renders what follows as text), so
    the lines after it are prose here too.
    """
    lines = text.split("\n")
    in_code = [False] * len(lines)
    index = 0
    while index < len(lines):
        opener = _FENCE.match(lines[index])
        if opener:
            fence = opener.group(1)
            for end in range(index + 1, len(lines)):
                closer = _FENCE.match(lines[end])
                if closer and closer.group(1)[0] == fence[0] and len(closer.group(1)) >= len(fence):
                    in_code[index:end + 1] = [True] * (end + 1 - index)
                    index = end
                    break
        index += 1
    return zip(lines, in_code)


def code_free_lines(text: str) -> list[str]:
    """The lines with fenced code emptied and inline code blanked.

    Line count and columns are kept, so a position found in the result is a
    position in the file.
    """
    return ["" if in_code else CODE_SPAN.sub(_blank, line) if "`" in line else line
            for line, in_code in lines_with_code_flag(text)]


def _blank(match: re.Match) -> str:
    return " " * len(match.group(0))


def outside_code(text: str, transform: Callable[[str], str]) -> str:
    """Apply transform to the prose parts of text, leaving code untouched."""
    out = []
    for line, in_code in lines_with_code_flag(text):
        if in_code:
            out.append(line)
            continue
        parts, last = [], 0
        for match in CODE_SPAN.finditer(line):
            parts += [transform(line[last:match.start()]), match.group(0)]
            last = match.end()
        out.append("".join(parts) + transform(line[last:]))
    return "\n".join(out)
