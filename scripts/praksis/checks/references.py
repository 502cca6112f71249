"""Every id and taxonomy key an entry names must exist, and be of the right kind."""

from __future__ import annotations

import re

from ..diagnostics import Diagnostic
from ..rules import references as rules
from ..model import Entry, KnowledgeBase
from ..relations import Relations
from ..schema import KINDS, kind_of_id

def check(kb: KnowledgeBase, relations: Relations) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for entry in kb.entries.values():
        for key, target, value, where in entry.named:
            found += _check_value(kb, entry, key, target, value, where)
    found += _check_wikilinks(kb, relations)
    found += _check_dated_records(relations)
    return found


def _check_dated_records(relations: Relations) -> list[Diagnostic]:
    """A meeting or supervision record has a date and a team: a case named in its text can be found again."""
    return [rules.DATED_RECORD_NAMES_CASE.at(ref.source.path, (ref.line, ref.col),
                                             record=rules.RECORDS[ref.source.kind.name], what=f"[[{ref.target}]]",
                                             fix=f"Slet [[{ref.target}]] og det, der fortæller sagens historie.")
            for ref in relations.references
            if isinstance(ref.source, Entry) and ref.source.kind.dated_record and kind_of_id(ref.target) == "case"]


def _check_value(kb, entry: Entry, key: str, target: str, value: str, where) -> list[Diagnostic]:
    if target in KINDS:
        return _check_id(kb, entry, key, target, value, where)
    item, old = kb.taxonomies[target].resolve(value)
    if item is None:
        return [rules.BY_TAXONOMY[target].at(entry.path, where, value=value, key=key)]
    if old:
        return [rules.OLD_ICS_NAME.at(entry.path, where, value=value, label=item.label, key=item.key)]
    if value != item.key:
        return [rules.LABEL_NOT_KEY.at(entry.path, where, value=value, key=key, item=item.key)]
    return []


def _check_id(kb, entry: Entry, key: str, target: str, value: str, where) -> list[Diagnostic]:
    wanted = KINDS[target]
    if value == entry.id:
        return [rules.SELF_REFERENCE.at(entry.path, where, key=key, value=value)]
    found = kb.entries.get(value)
    if found is None and value in kb.unread:
        return []  # the entry exists but could not be read: its own error is the one to fix
    if found is None:
        actual = kind_of_id(value)
        if actual and actual != target:
            return [_wrong_kind(entry, key, value, wanted, KINDS[actual], where)]
        return [rules.UNKNOWN_ID.at(entry.path, where, key=key, value=value, kind=wanted.indefinite,
                                    example=_example(target))]
    if found.kind.name != target:
        return [_wrong_kind(entry, key, value, wanted, found.kind, where)]
    return []


def _wrong_kind(entry, key, value, wanted, actual, where) -> Diagnostic:
    return rules.WRONG_KIND.at(entry.path, where, key=key, wanted=wanted.label_plural, value=value,
                               actual=actual.indefinite)


def _check_wikilinks(kb: KnowledgeBase, relations: Relations) -> list[Diagnostic]:
    found = [rules.UNKNOWN_WIKILINK.at(ref.source.path, (ref.line, ref.col), id=ref.target)
             for ref in relations.references if ref.target not in kb.entries and ref.target not in kb.unread]
    for source in kb.sources():
        for inside, line, col in source.marks.malformed:
            found.append(rules.MALFORMED_REFERENCE.at(source.path, (line, col), (line, col + len(inside) + 4),
                                                      inside=inside, fix=_suggest(inside)))
    return found


def _suggest(inside: str) -> str:
    """The reference the author most likely meant: [[p-1]] -> [[P-0001]], [[ P-0001 ]] -> [[P-0001]]."""
    target, bar, text = inside.partition("|")
    target = re.sub(r"\s+", "", target)
    match = re.fullmatch(r"([pPcC])-?0*(\d{1,4})", target)
    if match:
        target = f"{match[1].upper()}-{int(match[2]):04d}"
    elif re.fullmatch(r"[mMlL]-.*", target):
        target = target[0].upper() + target[1:].lower()
    if kind_of_id(target) is None:
        return "Skriv id'et som P-0001, C-0001, M-2026-02-03 eller L-2026-01 i dobbelte firkantede parenteser."
    if bar and not text.strip():
        return f"Skriv [[{target}]], eller [[{target}|din egen tekst]] med tekst efter |."
    return f"Skriv [[{target}{'|' + text.strip() if text.strip() else ''}]]."


def _example(kind: str) -> str:
    return {"principle": "P-0007", "case": "C-0003", "meeting": "M-2026-02-03"}[kind]
