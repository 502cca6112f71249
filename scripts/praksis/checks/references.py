"""Every id and taxonomy key an entry names must exist, and be of the right kind."""

from __future__ import annotations

import re

from ..diagnostics import Diagnostic
from ..model import Entry, KnowledgeBase
from ..schema import KINDS, kind_of_id

_TAXONOMY_CODES = {
    "ics": ("R304", "ICS-nøgle", "Se ICS-trekantens sider og dimensioner under 'ICS-trekanten' på sitet."),
    "methods": ("R305", "metode", "Se listen over metoder under 'Metoder' på sitet."),
    "legal": ("R306", "lovhenvisning", "Brug en nøgle som bl-20 (Barnets lov § 20); se 'Lovgrundlag'."),
    "documents": ("R307", "dokumenttype", "Se 'Sådan foreslår du en ændring' for de tilladte dokumenttyper."),
    "forums": ("R308", "forum", "Brug fx teammoede eller leder-til-leder."),
    "timeline_kinds": ("R311", "hændelsestype", "Brug fx underretning, samtale-med-barnet eller opfoelgning; "
                       "se 'Sådan foreslår du en ændring'."),
}


def check(kb: KnowledgeBase) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for entry in kb.entries.values():
        for key, target, value, where in entry.named:
            found += _check_value(kb, entry, key, target, value, where)
    found += _check_wikilinks(kb)
    return found


def _check_value(kb, entry: Entry, key: str, target: str, value: str, where) -> list[Diagnostic]:
    if target in KINDS:
        return _check_id(kb, entry, key, target, value, where)
    code, label, hint = _TAXONOMY_CODES[target]
    item, old = kb.taxonomies[target].resolve(value)
    if item is None:
        return [Diagnostic(entry.path, *where, code, f"Ukendt {label} '{value}' under '{key}'.", hint)]
    if old:
        return [Diagnostic(entry.path, *where, "R309",
                           f"'{value}' er en forældet betegnelse (2007-2018); i dag hedder det '{item.label}'.",
                           f"Skriv nøglen '{item.key}' i stedet.")]
    if value != item.key:
        return [Diagnostic(entry.path, *where, "R313", f"'{value}' er navnet, ikke nøglen, under '{key}'.",
                           f"Skriv nøglen '{item.key}' i stedet; navnet kan ændres, nøglen står fast.")]
    return []


def _check_id(kb, entry: Entry, key: str, target: str, value: str, where) -> list[Diagnostic]:
    wanted = KINDS[target]
    if value == entry.id:
        return [Diagnostic(entry.path, *where, "R310", f"'{key}' henviser til opslaget selv ({value}).",
                           "Fjern henvisningen.")]
    found = kb.entries.get(value)
    if found is None and value in kb.unread:
        return []  # the entry exists but could not be read: its own error is the one to fix
    if found is None:
        actual = kind_of_id(value)
        if actual and actual != target:
            return [_wrong_kind(entry, key, value, wanted, KINDS[actual], where)]
        return [Diagnostic(entry.path, *where, "R301", f"'{key}' henviser til {value}, som ikke findes.",
                           f"Tjek stavningen; {wanted.indefinite} har id som {_example(target)}.")]
    if found.kind.name != target:
        return [_wrong_kind(entry, key, value, wanted, found.kind, where)]
    return []


def _wrong_kind(entry, key, value, wanted, actual, where) -> Diagnostic:
    return Diagnostic(entry.path, *where, "R302",
                      f"'{key}' skal henvise til {wanted.label_plural}, men {value} er {actual.indefinite}.",
                      f"Flyt {value} til den rigtige nøgle.")


def _check_wikilinks(kb: KnowledgeBase) -> list[Diagnostic]:
    found = [Diagnostic(ref.source.path, ref.line, ref.col, "R303", f"[[{ref.target}]] findes ikke.",
                        "Tjek id'et; alle opslag står under 'Principper', 'Sager' og 'Møder' på sitet.")
             for ref in kb.references if ref.target not in kb.entries and ref.target not in kb.unread]
    for source in kb.sources():
        for inside, line, col in source.marks.malformed:
            found.append(Diagnostic(source.path, line, col, "R312",
                                    f"[[{inside}]] er ikke en henvisning og vises som den står.", _suggest(inside)))
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
