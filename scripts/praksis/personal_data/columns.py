"""The cells of a text's columns, for the rules that read a column by its heading ('Født', 'Tlf', 'Navn').

Two shapes: a Markdown table ('| Navn | Født |' over its rule '|---|---|') and an export pasted from a
spreadsheet or a register, whose cells are parted by tabs, ';' or ' | ', or set in columns of spaces.
A reader gets the cells' offsets in the text; what a cell must hold is the rule's to say.
"""

from __future__ import annotations

import re
from typing import Callable

Heads = Callable[[str], object]  # a heading cell's text -> whether its column is wanted

SEPARATORS = ("\t", ";", " | ")


def line_end(text: str, at: int) -> int:
    """Where the line that holds `at` ends (its line break, or the text's end)."""
    stop = text.find("\n", at)
    return len(text) if stop == -1 else stop


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    cell = text[start:end]
    return start + len(cell) - len(cell.lstrip()), end - (len(cell) - len(cell.rstrip()))


# --- a column by its heading, wherever the table is ---------------------------

def heading_lines(text: str, literals: tuple[str, ...], heads: Heads) -> list[int]:
    """Where the lines start that head a table or an export with a cell `heads` accepts, found from the literals
    such a cell holds (most texts hold none, and a line is read only where one stands)."""
    if "|" not in text and "\t" not in text and ";" not in text:
        return []  # no table, no export: most texts
    found: list[int] = []
    for literal in literals:
        at = text.find(literal)
        while at != -1:
            start = text.rfind("\n", 0, at) + 1
            stop = line_end(text, at)
            line = text[start:stop]
            if start not in found and any(separator in line for separator in ("|", "\t", ";")) and any(
                    heads(cell) for cell in re.split(r"\t|;|\|", line)):
                found.append(start)
            at = text.find(literal, stop)
    return sorted(found)


def cells_under(text: str, heading: int, heads: Heads) -> list[tuple[int, int]]:
    """The cells under the heading line that starts at `heading`: a Markdown table's (its rule passed over) or an
    export's, trimmed."""
    stop = line_end(text, heading)
    if not text[heading:stop].lstrip().startswith("|"):
        return export_cells(text, heading, heads)
    rule_end = line_end(text, stop + 1) if stop < len(text) else stop
    rows = rule_end + 1 if stop < len(text) and _TABLE_RULE.fullmatch(text, stop + 1, rule_end) else stop + 1
    return [trim(text, s, e) for s, e in column_cells(text, [(heading, min(rows, len(text)))], heads)]


# --- exports ----------------------------------------------------------------

def export_cells(text: str, heading_start: int, heads: Heads, until: int | None = None) -> list[tuple[int, int]]:
    """The cells, row by row, under the headings `heads` accepts in the export whose heading row starts at
    `heading_start`, until the rows end (or past `until`). Cells come trimmed; an empty cell is left out."""
    stop = line_end(text, heading_start)
    heading = text[heading_start:stop]
    separator = next((sep for sep in SEPARATORS if sep in heading), None)
    if separator is not None:
        cells = heading.split(separator)
        columns = [i for i, cell in enumerate(cells) if heads(cell.strip())]
        if columns:
            return _separated(text, stop + 1, separator, cells, columns, until)
    # set by spaces (or a separator stands inside one of the heading's cells)
    columns = [m.start() for m in _ALIGNED_CELL.finditer(heading) if heads(m.group())]
    return _aligned(text, stop + 1, columns, until) if columns else []


def _separated(text: str, at: int, separator: str, heading: list[str], columns: list[int],
               until: int | None) -> list[tuple[int, int]]:
    found = []
    while at < len(text) and (until is None or at <= until):
        stop = line_end(text, at)
        row = text[at:stop].split(separator)
        if len(row) < 2 and (text[at:stop].lstrip().startswith("#") or _TABLE_RULE.fullmatch(text, at, stop)):
            at = stop + 1  # a comment between the rows ('# kontrolleret af leder 25.2.25'), a table's rule
            continue
        if len(row) < 2:
            if text[at:stop].strip() and len(heading) >= 3 and _next_row_cells(text, stop, separator) == len(heading):
                at = stop + 1  # a note between the rows ('NB: ...'), the table going on under it
                continue
            break
        shift = numbered(row, heading)
        offsets = [at]
        for cell in row[:-1]:
            offsets.append(offsets[-1] + len(cell) + len(separator))
        found += [trim(text, offsets[i], offsets[i] + len(row[i])) for i in (c + shift for c in columns)
                  if i < len(row) and row[i].strip()]
        at = stop + 1
    return found


def _next_row_cells(text: str, stop: int, separator: str) -> int:
    if stop >= len(text):
        return 0
    return len(text[stop + 1:line_end(text, stop + 1)].split(separator))


def numbered(row: list[str], heading: list[str]) -> int:
    """1 where the rows are numbered in a column the heading leaves out ('1\tBarn A\t...' under 'Barn\tFødt'); a
    row may also have more cells at its end than the heading (a mail address nobody headed). A row as long as its
    heading has no column left out ('Led\tNavn\tMobil' over '3\tThomsen, Siriporn\t82855078')."""
    return int(row[0].strip().isdigit() and len(row) > len(heading)
               and not _NUMBER_HEADING.fullmatch(heading[0].strip()))


_NUMBER_HEADING = re.compile(r"(?i)nr\.?|#|no\.?|løbenr\.?|")
_ALIGNED_CELL = re.compile(r"[^ \t]+(?: [^ \t]+)*")  # words parted by single spaces; two spaces part cells
_RULE_LINE = re.compile(r"[ \t]*[-=_][-=_ \t]*")
_RULE = r"[ \t]*\|?[ \t:|-]*-{3,}[ \t:|-]*"  # a Markdown table's rule: '|---|:--|', '---|---' without outer bars
_TABLE_RULE = re.compile(_RULE)
_SLACK = 2  # a value set by hand may start a character or two off its heading


def _aligned(text: str, at: int, columns: list[int], until: int | None) -> list[tuple[int, int]]:
    """Columns set by spaces: the cell that starts within two characters of where its heading starts. The rows
    end at a blank line or at a line of prose (no two spaces in a row); a rule under the heading is passed over."""
    found = []
    while at < len(text) and (until is None or at <= until):
        stop = line_end(text, at)
        line = text[at:stop]
        if not line.strip() or ("  " not in line.strip() and "\t" not in line.strip()):
            if _RULE_LINE.fullmatch(line):
                at = stop + 1
                continue
            break
        for column in columns:
            cell = _cell_starting_near(line, column)
            if cell is not None:
                found.append((at + cell.start(), at + cell.end()))
        at = stop + 1
    return found


def _cell_starting_near(line: str, column: int) -> re.Match | None:
    """The cell from the word that starts within two characters of `column`; a long value in the cell before may
    reach it with a single space ('... 2750 Ballerup 22628121' under 'TLF')."""
    word = _WORD_START.search(line, max(0, column - _SLACK), column + _SLACK + 1)
    return _ALIGNED_CELL.match(line, word.start()) if word else None


_WORD_START = re.compile(r"(?<![^ \t])[^ \t]")


# --- Markdown tables ----------------------------------------------------------

# A table's heading row and the rule under it ('| Rolle | Navn |', '|---|---|').
_HEADER_THEN_RULE = re.compile(rf"(?m)^[ \t]*\|[^\n]*\|[ \t]*\n{_RULE}\n")
_TABLE_ROW = re.compile(r"[ \t]*\|.*(?:\n|$)")


def headed_column_cells(text: str, heads: Heads) -> list[tuple[int, int]]:
    """The cells of every table's columns whose heading `heads` accepts, under a heading row with its rule."""
    return column_cells(text, [m.span() for m in _HEADER_THEN_RULE.finditer(text)], heads)


def column_cells(text: str, headings: list[tuple[int, int]], heads: Heads) -> list[tuple[int, int]]:
    """The cells, row by row, of the columns whose heading `heads` accepts. `headings`: each table's heading row
    (where it starts) and where its rows start (after the row itself, or after its rule too)."""
    found: list[tuple[int, int]] = []
    for start, rows in headings:
        heading = cells(text[start:line_end(text, start)], start)
        columns = {i for i, (s, e) in enumerate(heading) if heads(text[s:e])}
        row = _TABLE_ROW.match(text, rows)
        while columns and row and row.group():
            found += [cell for i, cell in enumerate(cells(row.group().rstrip("\n"), row.start())) if i in columns]
            row = _TABLE_ROW.match(text, row.end()) if row.end() < len(text) else None
    return found


def cells(line: str, offset: int) -> list[tuple[int, int]]:
    """Start and end offsets of the cells between the pipes of one table row."""
    bars = [i for i, ch in enumerate(line) if ch == "|"]
    if not line.rstrip().endswith("|"):
        bars.append(len(line))
    return [(offset + a + 1, offset + b) for a, b in zip(bars, bars[1:])]
