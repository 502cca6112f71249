"""The family in Danish words: the text alternative beside the genogram, and its legend."""

from __future__ import annotations

from .model import Family, Person

COUPLE_WORDS = {
    "married": "er gift",
    "couple": "er kærester eller samboende",
    "separated": "er gået fra hinanden (separeret)",
    "divorced": "er skilt",
}
TIE_WORDS = {
    "close": "{a} og {b} har et tæt forhold",
    "conflictual": "{a} og {b} har et konfliktfyldt forhold",
    "cutoff": "Kontakten mellem {a} og {b} er afbrudt",
}
# (one parent by sex, several parents) for the carers who are not the biological parents
CARER_WORDS = {
    "foster": ({"f": "plejemor", "m": "plejefar", "u": "plejeforælder"}, "plejeforældre", "for"),
    "adoptive": ({"f": "adoptivmor", "m": "adoptivfar", "u": "adoptivforælder"}, "adoptivforældre", "til"),
}

LEGEND_LABELS = {
    "male": "Mand eller dreng",
    "female": "Kvinde eller pige",
    "unknown": "Køn ikke angivet",
    "focus": "Barnet i fokus",
    "deceased": "Død",
    "age": "Tal i symbolet: alder",
    "married": "Gift",
    "couple": "Kærester eller samboende",
    "separated": "Gået fra hinanden (separeret)",
    "divorced": "Skilt",
    "implied": "Forældre, forholdet ikke angivet",
    "parent": "Barn",
    "foster": "Plejebarn",
    "adoptive": "Adoptivbarn",
    "household": "Bor sammen (husstand)",
    "close": "Tæt forhold",
    "conflictual": "Konfliktfyldt forhold",
    "cutoff": "Afbrudt kontakt",
}


def join(words: list[str]) -> str:
    """['A', 'B', 'C'] -> 'A, B og C'."""
    if len(words) < 2:
        return "".join(words)
    return ", ".join(words[:-1]) + " og " + words[-1]


def years(person: Person) -> str:
    """'9 år', '60-70 år', 'mindst 70 år' or 'alder ikke angivet'."""
    if person.age is not None:
        return f"{person.age} år"
    if person.age_band and person.age_band.endswith("+"):
        return f"mindst {person.age_band[:-1]} år"
    if person.age_band:
        return f"{person.age_band} år"
    return "alder ikke angivet"


def describe_person(person: Person) -> str:
    """'Barn A: pige, 9 år, barnet i fokus'."""
    nouns = {"m": ("dreng", "mand"), "f": ("pige", "kvinde"), "u": ("køn ikke angivet",) * 2}
    parts = [nouns[person.sex][0 if person.is_minor else 1]]
    if person.age_range:
        parts.append(years(person))
    if person.deceased:
        parts.append("død")
    if person.focus:
        parts.append("barnet i fokus")
    return f"{person.role}: " + ", ".join(parts)


def describe_relations(family: Family) -> list[str]:
    """Every relation as a Danish sentence: couples, parentage, household, ties."""
    return _couples(family) + _parentage(family) + _household(family) + _ties(family)


def _role(family: Family, person_id: str) -> str:
    return family.persons[person_id].role


def _couples(family: Family) -> list[str]:
    return [couple_sentence(family, r.type, r.a, r.b) for r in family.of_group("couple")]


def couple_sentence(family: Family, kind: str, a: str, b: str) -> str:
    """'Mor og Far er skilt'; 'implied' is two parents whose relation is not stated."""
    words = COUPLE_WORDS.get(kind, "er forældre til samme barn; forholdet er ikke angivet")
    return f"{_role(family, a)} og {_role(family, b)} {words}"


def _parentage(family: Family) -> list[str]:
    sentences = []
    for child in family.persons:
        for kind in ("parent",) + tuple(CARER_WORDS):
            carers = family.parents_of(child, (kind,))
            if carers:
                sentences.append(parentage_sentence(family, kind, carers, child))
    return sentences


def parentage_sentence(family: Family, kind: str, carers: list[str], child: str) -> str:
    """'Barn A er barn af Mor og Far', 'Plejemor er plejemor for Barn A'."""
    if kind == "parent":
        return f"{_role(family, child)} er barn af {join([_role(family, c) for c in carers])}"
    by_sex, plural, preposition = CARER_WORDS[kind]
    noun = by_sex[family.persons[carers[0]].sex] if len(carers) == 1 else plural
    return f"{join([_role(family, c) for c in carers])} er {noun} {preposition} {_role(family, child)}"


def _household(family: Family) -> list[str]:
    members = family.household
    if not members:
        return []
    roles = [_role(family, m) for m in members]
    if len(members) == 1:
        return [f"{roles[0]} bor alene"]
    focus = [m for m in members if family.persons[m].focus]
    if focus and len(focus) < len(members):
        others = [_role(family, m) for m in members if m not in focus]
        return [f"{join([_role(family, m) for m in focus])} bor sammen med {join(others)}"]
    return [f"{join(roles)} bor sammen"]


def _ties(family: Family) -> list[str]:
    return [tie_sentence(family, r.type, r.a, r.b) for r in family.of_group("tie")]


def tie_sentence(family: Family, kind: str, a: str, b: str) -> str:
    return TIE_WORDS[kind].format(a=_role(family, a), b=_role(family, b))
