"""Personal names (P606, P607): the vendored name list, and names in no list (unlisted_names.py).

Each listed name has a tier (see data/names/README.md). The case of a word and its
place in the sentence decide what a match means:

- lower case: only names that are never ordinary words ("mette"),
- Capitalised: `name`/`title` always; `word` names ("Storm") are errors
  mid-sentence and warnings at the start of a sentence when a person verb
  follows; `common` names ("Hans", "Per") only count mid-sentence,
- CAPITALS: only `name` names of four letters or more (not acronyms).

The candidates come from the one pass of anchors.py (its capitalised words) and,
for lower-case names, from Aho-Corasick over the name list.
"""

from __future__ import annotations

import re

from . import anchors
from .findings import Finding, length_note
from .name_context import (CONTEXT_WORDS, FUNCTION_WORDS, HONORIFICS, PARTICLES, PETS, ROLES, acts_after,
                           described_after, family_after, kin_after, name_end, named_before, pet_named, previous_word,
                           role_after, sentence_start, speaks_after)
from .name_list import DEFAULT_PLACES, lexicon, lowercase_names
from .words import domain
from .unlisted_names import is_person, may_speak, named_by_context, stranger, stranger_level

__all__ = ["find_names", "is_person", "lexicon", "sentence_start"]

_NAME_GAP = re.compile(r"[ \t]?-?[ \t]?")
_MODES = {"name": "error", "title": "title", "word": "context", "common": "mid"}
_STRENGTH = {"join": 0, "P607": 1, "P606": 2}


def _mode(token: str, tier: str) -> str | None:
    if token.islower():
        return "error" if tier == "name" and len(token) >= 3 else None
    if token[0].isupper() and token[1:].islower():
        return _MODES[tier]
    if token.isupper() and len(token) >= 4 and tier == "name":
        return "error"
    return None


def find_names(text: str, allowed: frozenset[str] = frozenset(), scan: anchors.Scan | None = None) -> list[Finding]:
    scan = scan or anchors.scan(text)
    places: dict[str, list[tuple[int, int]]] = {}
    for start, end in scan.words + lowercase_names(scan.padded):
        places.setdefault(text[start:end], []).append((start, end))
    forms = lexicon()
    modes: dict[str, str] = {}
    strangers: dict[str, str] = {}
    speakers: list[str] = []
    for token in places:
        low = token.lower()
        if low in allowed or low in DEFAULT_PLACES:
            continue
        tier = forms.get(low)
        if tier is not None and low in domain():  # a shop or a place of the field's list ('Falck', 'Salling')
            continue
        if tier is not None:
            mode = _mode(token, tier)
            if mode:
                modes[token] = mode
        elif len(token) >= 2 and token[1:].islower():
            kind = stranger(low)
            if kind and not scan.has_word(low):  # a word the file also writes in lower case is a word ('Genogram')
                strangers[token] = kind
            elif not kind and may_speak(low):
                speakers.append(token)
    is_name = lambda word: word in modes or word in strangers  # noqa: E731
    # A very frequent word ('Hans', 'Per') that names someone in one place is still a word elsewhere.
    hits = [(start, end, _level(text, start, end, mode, is_name), token if mode != "mid" else None)
            for token, mode in modes.items() for start, end in places[token]]
    hits += [(start, end, stranger_level(text, start, end, kind, is_name), token)
             for token, kind in strangers.items() for start, end in places[token]]
    # An ordinary word that opens a sentence and speaks or weeps is someone ('Lan fortalte, at ...'): a warning;
    # one with a mother is a person ('Liljes mor').
    for token in speakers:
        for start, end in places[token]:
            if token[-1] == "s" and family_after(text, end):
                hits.append((start, end, "P606", token))
            elif sentence_start(text, start) and speaks_after(text, name_end(text, end)):
                hits.append((start, end, "P607", token))
    hits += named_by_context(text, scan, allowed, is_name)
    if not hits:
        return []
    return _merge(text, _consistent(text, _strongest(hits)))


def _strongest(hits: list) -> list:
    """One hit per place: the strongest level that any reading gave it."""
    best: dict[tuple[int, int], tuple] = {}
    for hit in hits:
        key = hit[:2]
        if key not in best or _STRENGTH[hit[2]] > _STRENGTH[best[key][2]]:
            best[key] = hit
    return sorted(best.values())


def _consistent(text: str, hits: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str]]:
    """A word that is (part of) a name in one place of the file is the same name where it opens a sentence."""
    names = {token for _, _, level, token in hits if level == "P606" and token}
    for group in _groups(text, hits):
        if "P606" in group[2]:
            names.update(token for token in group[3] if token)
    return [(start, end, "P606" if token in names else level) for start, end, level, token in hits]


def _level(text: str, start: int, end: int, mode: str, is_name) -> str:
    """'P606', 'P607', or 'join' (only a name when next to one that is flagged)."""
    if mode == "error" or (mode == "title" and not sentence_start(text, start)):  # 'Bjørn, ulv eller ræv?'
        return "P606"
    if pet_named(text, start):
        return "join"
    previous = previous_word(text, start)
    if previous and previous.lower() in HONORIFICS:
        return "P606"
    if described_after(text, end):
        return "P606"
    if _proper_noun_tail(text, start, previous) or (previous or "").lower() in PETS:  # 'katten Frost'
        return "join"
    if sentence_start(text, start):
        # 'Storm er 9 år' and 'Storm kom hjem' warn; 'Storm og regn', 'Maj 2018:' do not; 'Lykke Ulv er pædagog' is
        # a person: the verb comes after the whole name.
        after = name_end(text, end)
        if role_after(text, after):
            return "P606"
        if named_before(text, start, end) or acts_after(text, after, is_name) or (
                mode != "mid" and text[end - 1] == "s" and kin_after(text, end)):  # 'Lærkes mor'; not 'Hans mor'
            return "P607"
        return "join"
    return "P606"


def _proper_noun_tail(text: str, start: int, previous: str | None) -> bool:
    """'Team Vest', 'Danske Bank': a capitalised non-name before the word makes it a place or body."""
    if not previous or len(previous) < 2 or not previous[0].isupper() or text[start - 1] != " ":
        return False
    low = previous.lower()
    if low in lexicon() or low in ROLES or low in FUNCTION_WORDS or low in CONTEXT_WORDS or low.endswith("familien"):
        return False
    return True


def _merge(text: str, hits: list[tuple[int, int, str]]) -> list[Finding]:
    """Join first names, surnames and hyphenated parts into one finding per full name."""
    return [_finding(text, start, end, levels) for start, end, levels, _ in _groups(text, [h + (None,) for h in hits])
            if levels != {"join"}]


def _groups(text: str, hits: list[tuple]) -> list[list]:
    """Runs of hits that make one name: [start, end, levels, tokens]."""
    groups: list[list] = []
    for start, end, level, token in hits:
        if groups and start > groups[-1][1] and _joins(text, groups[-1][1], start):
            group = groups[-1]
            group[1] = end
            group[2].add(level)
            group[3].append(token)
        else:
            groups.append([start, end, {level}, [token]])
    return groups


def _joins(text: str, end: int, start: int) -> bool:
    """Parts of one name: next to each other, hyphenated, or with a particle between ('X á Y', 'X van Y')."""
    if _NAME_GAP.fullmatch(text, end, start):
        return True
    between = text[end:start]
    return 3 <= len(between) <= 6 and between[0] == " " == between[-1] and between.strip() in PARTICLES


def _finding(text: str, start: int, end: int, levels: set[str]) -> Finding:
    note = length_note(text[start:end])
    if "P606" in levels:
        return Finding(start, end, "P606", f"Personnavn: navn ({note})")
    return Finding(start, end, "P607", f"Muligt personnavn i starten af en sætning: navn ({note})")
