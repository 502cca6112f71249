"""S9xx: data/synonyms.yml reads cleanly, every group's target exists, and no term means two things."""

from __future__ import annotations

from urllib.parse import unquote

from ..anchors import anchors
from ..diagnostics import Diagnostic
from ..model import KnowledgeBase
from ..rules import search as rules
from ..search_terms import SYNONYMS_FILE, Problem

_TAXONOMIES = ("legal", "methods", "ics", "documents", "forums")


def check(kb: KnowledgeBase, site, problems: list[Problem]) -> list[Diagnostic]:
    found = [_RULES[p.code].at(SYNONYMS_FILE, (p.line, 1), **p.values) for p in problems]
    seen: dict[str, int] = {}
    pages = site.markdown_by_uri()
    for group in kb.vocabulary.groups:
        terms = ", ".join(f"'{t}'" for t in group.terms)
        why_fix = _missing(kb, pages, group.target)
        if why_fix:
            why, fix = why_fix
            found.append(rules.UNKNOWN_TARGET.at(SYNONYMS_FILE, (group.target_line or group.line, 1),
                                                 target=group.target, terms=terms, why=why, fix=fix))
        for term in group.terms:
            key = " ".join(term.lower().split())
            if key in seen and seen[key] != group.line:
                found.append(rules.TERM_TWICE.at(SYNONYMS_FILE, (group.line, 1), term=term, other=seen[key]))
            seen.setdefault(key, group.line)
    return found


_RULES = {rule.code: rule for rule in rules.RULES}


def _missing(kb: KnowledgeBase, pages, target: str) -> tuple[str, str] | None:
    """(why, how to fix) when the target does not exist; None when it does."""
    name, colon, key = target.partition(":")
    if colon and name in _TAXONOMIES:
        if key in kb.taxonomies[name].items:
            return None
        keys = ", ".join(list(kb.taxonomies[name].items)[:8])
        return f"{name} har ingen nøgle '{key}'", f"Brug en af nøglerne i {name}, fx {keys}."
    if colon and "/" not in name and "." not in name:
        return (f"'{name}' er ikke en taksonomi", "Skriv 'legal:', 'methods:', 'ics:', 'documents:' eller 'forums:' "
                "foran nøglen, eller stien til en side i docs/, fx ordliste.md#genogram.")
    path, _, fragment = target.partition("#")
    uri = path.lstrip("/")
    if uri not in pages:
        return f"siden {uri} findes ikke", "Skriv stien til siden, som den ligger i docs/, fx ordliste.md#genogram."
    if fragment and unquote(fragment) not in anchors(pages[uri]):
        return (f"siden {uri} har ingen overskrift med ankeret '#{fragment}'",
                "Ankre dannes af overskrifter med små bogstaver og bindestreger, fx '## Faglig koordinator' → "
                "#faglig-koordinator.")
    return None
