"""What a case shows at sparring: the family behind the genogram and the timeline.

A timeline is told in relative time only ("Uge 0", "Måned 3", the child's
age): a real date makes a case easier to recognise, so it is an error.
"""

from __future__ import annotations

import re
from functools import partial

from ..cache import ResultCache
from ..diagnostics import Diagnostic
from ..rules import REGISTRY, case_views as rules
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
            found.append(rules.NOT_RELATIVE.at(case.path, case.position("timeline", index, "when"), when=when))
        if REAL_DATE.search(str(event.get("text", ""))):
            found.append(_real_date(case, ("timeline", index, "text"), "text"))
    return found


def _real_date(case: Entry, where: tuple, key: str) -> Diagnostic:
    return rules.REAL_DATE.at(case.path, case.position(*where), key=key)


def _family(case: Entry) -> list[Diagnostic]:
    family = case.meta.get("family")
    if family is None:
        return []
    problems = validate_family(family, lambda *path: case.position(*path))
    return [REGISTRY[code].at(case.path, case.position(*where), problem=message, fix=hint)
            for where, code, message, hint in problems]
