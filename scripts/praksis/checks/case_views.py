"""What a case shows at sparring: the family behind the genogram and the timeline.

A timeline is told in relative time only ("Uge 0", "Måned 3", the child's
age): a real date makes a case easier to recognise, so it is an error.
"""

from __future__ import annotations

import re
from functools import partial

from ..cache import ResultCache
from ..diagnostics import Diagnostic
from ..genogram import validate_family
from ..model import Entry, KnowledgeBase

_MONTHS = ("januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec")
REAL_DATE = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b"  # 2026-03-14
    r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"  # 14.3.2026, 14/03/26
    rf"|\b\d{{1,2}}\.?\s*(?:{_MONTHS})\.?\b"  # 14. marts
    rf"|\b(?:{_MONTHS})\.?\s+(?:19|20)\d{{2}}\b"  # marts 2026
    r"|\b(?:19|20)\d{2}\b",  # a bare year
    re.IGNORECASE)
RELATIVE = re.compile(
    r"(?:uge|måned|md\.?|dag|døgn|år|alder)\s*[-+]?\d+(?:\s*[-–]\s*[-+]?\d+)?"
    r"|[-+]?\d+(?:\s*[-–]\s*\d+)?\s*(?:uger|uge|måneder|måned|mdr\.?|dage|dag|år)(?:\s+gammel)?"
    r"|(?:barn\s+\w+\s+er\s+)?\d+\s+år",
    re.IGNORECASE)


def check(kb: KnowledgeBase, cache: ResultCache) -> list[Diagnostic]:
    """Each case on its own, so an unchanged case's result comes from the cache."""
    return [d for case in kb.of_kind("case")
            for d in cache.lookup_digest("case_views", case.path, case.digest, partial(_case, case))]


def _case(case: Entry) -> list[Diagnostic]:
    return _timeline(case) + _family(case)


def _timeline(case: Entry) -> list[Diagnostic]:
    found = []
    for index, event in enumerate(case.values("timeline")):
        when = str(event.get("when", ""))
        if REAL_DATE.search(when):
            found.append(_real_date(case, ("timeline", index, "when"), "when"))
        elif not RELATIVE.fullmatch(when.strip()):
            found.append(Diagnostic(case.path, *case.position("timeline", index, "when"), "T711",
                                    f"'{when}' er ikke en relativ tidsangivelse.",
                                    "Skriv fx 'Uge 0', 'Måned 3', 'Dag 2' eller barnets alder som '7 år'."))
        if REAL_DATE.search(str(event.get("text", ""))):
            found.append(_real_date(case, ("timeline", index, "text"), "text"))
    return found


def _real_date(case: Entry, where: tuple, key: str) -> Diagnostic:
    return Diagnostic(case.path, *case.position(*where), "T712",
                      f"Tidslinjens '{key}' indeholder en dato eller et årstal.",
                      "Brug relativ tid (Uge 3, Måned 2) eller barnets alder; datoer gør sagen genkendelig.")


def _family(case: Entry) -> list[Diagnostic]:
    family = case.meta.get("family")
    if family is None:
        return []
    problems = validate_family(family, lambda *path: case.position(*path))
    return [Diagnostic(case.path, *case.position(*where), code, message, hint)
            for where, code, message, hint in problems]
