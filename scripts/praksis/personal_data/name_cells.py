"""Names by their place in a record (P606): an export's name column ('navn;cpr;foedselsdato;...' over 'WALSH,
JACK;0611911331;...'), and a list's entry in capitals before its birth ('– THOMPSON, MEGAN, f. 18 July 2008').

A register's or a spreadsheet's rows, parted by ';', tabs or ' | ': the cell under
a heading that says name holds a person's name however it is written (capitals, 'Surname, First', in quotes),
so the cell is read as one, without asking the name lists. A cell that is no name's shape (digits, a sentence,
a word in lower case) is left to the other readers.
"""

from __future__ import annotations

import re

from .columns import SEPARATORS, export_cells, line_end
from .name_context import ACRONYMS, LABELS, PARTICLES, PERSON_WORDS
from .name_list import lexicon
from .words import ordinary

_HEADING_WORDS = frozenset({"navn", "name", "fulde navn", "fuldt navn", "barnets navn", "fornavn", "efternavn",
                            "full name"})
# A name's shape: one to five words of letters, each with a capital, parted by spaces, a comma or a hyphen.
_NAME_CELL = re.compile(r"[\"']?((?:[^\W\d_][^\W\d_.'’-]*(?:['’-][^\W\d_]+)*\.?)(?:,?[ ](?:[^\W\d_][^\W\d_.'’-]*"
                        r"(?:['’-][^\W\d_]+)*\.?)){0,4})[\"']?")


def name_cells(text: str) -> list[tuple[int, int, str, str]]:
    """The names in every export's name column, as the name readers' hits."""
    if (";" not in text and "\t" not in text and " | " not in text) or (
            "avn" not in text and "AVN" not in text and "ame" not in text and "AME" not in text):
        return []
    hits, headings = [], set()
    for word in _name_words(text):
        heading = text.rfind("\n", 0, word) + 1
        row = text[heading:line_end(text, heading)]
        if heading in headings or not any(separator in row for separator in SEPARATORS):
            continue  # a line of prose that says 'navn' (columns set by spaces are left to the other readers)
        headings.add(heading)
        for start, end in export_cells(text, heading, _heads_a_name):
            name = _NAME_CELL.fullmatch(text, start, end)
            if name and _a_name(name.group(1)):
                hits.append((name.start(1), name.end(1), "P606", name.group(1)))
    return hits


def _name_words(text: str):
    """Where 'navn' or 'name' stands as a word (or 'fornavn', 'efternavn'), found by the literal first: most texts
    have neither as a word."""
    for literal in ("avn", "AVN", "ame", "AME"):
        at = text.find(literal)
        while at != -1:
            first, last = at, at + 3
            while first > 0 and text[first - 1].isalpha():
                first -= 1
            while last < len(text) and text[last].isalpha():
                last += 1
            if text[first:last].lower() in _NAME_WORDS:
                yield first
            at = text.find(literal, last)


_NAME_WORDS = frozenset("navn name fornavn efternavn".split())


def _heads_a_name(cell: str) -> bool:
    return cell.strip(" \t\"'*_").lower() in _HEADING_WORDS


def _a_name(value: str) -> bool:
    """Every word starts with a capital but a particle ('Rodel dela Cruz'); no word is a role's or a label's (a
    row of contacts: 'Sagsbehandler;Nanna Holst;...'); a word alone is no word of the dictionary but a name's."""
    words = re.split(r"[ ,]+", value)
    if any(word.lower() in PERSON_WORDS or word.lower() in LABELS for word in words):
        return False
    if len(words) == 1 and ordinary(words[0].lower()) and lexicon().get(words[0].lower()) != "name":
        return False  # 'Total', 'Kontakt'
    return words[0][:1].isupper() and all(word[:1].isupper() or word in PARTICLES for word in words)


# An entry that opens a line or a list's item with its name in capitals, then the birth: '– BERHANE, LUWAM, f.
# January 22, 2008', 'SANTOS, JONALYN (f. 29.10.2012)'.
_CAPITALS_THEN_BIRTH = re.compile(r"(?m)(?:^|[–:-][ \t]+)[ \t*]*((?:[^\W\d_a-zæøå][^\W\d_a-zæøå'’-]+,?[ \t]+){1,3}"
                                  r"[^\W\d_a-zæøå][^\W\d_a-zæøå'’-]+)[ \t]*[,(][ \t]*(?:f\.|født)[ \t]*[\dA-Z]")


def capitals_before_a_birth(text: str) -> list[tuple[int, int, str, str]]:
    if "f." not in text and "født" not in text:
        return []
    return [(m.start(1), m.end(1), "P606", m.group(1)) for m in _CAPITALS_THEN_BIRTH.finditer(text)
            if m.group(1).isupper() and not any(word.lower() in ACRONYMS for word in re.split(r"[ ,\t]+", m.group(1)))]
