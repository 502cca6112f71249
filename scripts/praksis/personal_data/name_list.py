"""The vendored name list (data/names/names.tsv): each lower-case form, genitives too, with its tier."""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources

from .name_context import ROLES

_RANK = {"common": 0, "word": 1, "title": 2, "name": 3}
# Town names that are also surnames; the issue asks for a list of allowed places.
DEFAULT_PLACES = frozenset("kolding viborg nyborg thisted tønder rønne greve kastrup vester øster højbjerg søborg als"
                           .split())


@lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    """Lower-case form (name or genitive) -> tier."""
    data = resources.files("praksis").joinpath("data/names/names.tsv").read_text("utf-8")
    forms: dict[str, str] = {}
    genitives: dict[str, str] = {}
    for line in data.split("\n"):
        if not line or line.startswith("#"):
            continue
        name, _kind, tier, genitive, _count = line.split("\t")
        _keep_highest(forms, name.lower(), tier)
        if genitive != "-":
            _keep_highest(genitives, name.lower() + "s", genitive)
    for form, tier in genitives.items():
        forms.setdefault(form, tier)
    for role in ROLES:
        forms.pop(role, None)
    return forms


def _keep_highest(forms: dict[str, str], form: str, tier: str) -> None:
    if form not in forms or _RANK[tier] > _RANK[forms[form]]:
        forms[form] = tier


def lowercase_names(padded: bytes) -> list[tuple[int, int]]:
    """Where a name of the `name` tier stands in lower case as a whole word ('mette'), read in the scan's padded
    text: Aho-Corasick over it where ahocorasick-rs is installed, else its distinct words looked up one by one."""
    automaton = _automaton()
    if automaton is not None:
        return sorted((start, end - 2) for _, start, end in automaton.find_matches_as_indexes(padded, overlapping=True))
    spans = []
    for word in {w for w in set(padded.split()) if w.islower() and _named(w.decode("latin-1"))}:
        pattern = b" " + word + b" "
        index = padded.find(pattern)
        while index != -1:
            spans.append((index, index + len(word)))
            index = padded.find(pattern, index + len(word) + 1)
    return sorted(spans)


def _named(word: str) -> bool:
    return len(word) >= 3 and lexicon().get(word) == "name"


@lru_cache(maxsize=1)
def _automaton():
    if os.environ.get("PRAKSIS_PURE_PYTHON"):
        return None
    try:
        import ahocorasick_rs
    except ImportError:
        return None
    forms = [f" {form} ".encode("latin-1") for form in lexicon() if _named(form) and _latin1(form)]
    return ahocorasick_rs.BytesAhoCorasick(forms)


def _latin1(word: str) -> bool:
    try:
        word.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True
