"""G70x and T71x: what a case shows at sparring: the family behind the genogram, and the timeline."""

from __future__ import annotations

from ..diagnostics import Severity
from . import Rule

E = Severity.ERROR


def _family(code: str, name: str, summary: str, explanation: str, wrong: str, right: str) -> Rule:
    # The genogram's reader words each problem itself (there are many shapes of one mistake).
    return Rule(code, name, E, summary, "{problem}", "{fix}", explanation, wrong, right)


FAMILY_SHAPE = _family(
    "G701", "family-shape", "Familiens opbygning er forkert (manglende felt, forkert type, ukendt relation)",
    "Genogrammet tegnes ud fra 'family': personer, relationer og husstand med faste nøgler.",
    "family:\n  persons:\n    - {id: mor, role: Mor}", "family:\n  persons:\n    - {id: mor, role: Mor, sex: f}")
UNKNOWN_PERSON = _family(
    "G702", "unknown-person", "En relation nævner en person der ikke findes",
    "En relation kan kun tegnes mellem personer, der står under 'persons'.",
    "relations:\n  - {type: parent, parent: mor, child: barn-b}",
    "relations:\n  - {type: parent, parent: mor, child: barn-a}")
PARENT_CYCLE = _family(
    "G703", "parent-cycle", "Ring i forældreskab",
    "Ingen kan være forælder til sin egen forælder; det sker typisk, når parent og child er byttet om.",
    "- {type: parent, parent: barn-a, child: mor}", "- {type: parent, parent: mor, child: barn-a}")
YOUNG_PARENT = _family(
    "G704", "parent-younger-than-child", "En forælder er yngre end barnet",
    "En forælder er ældre end sit barn; ellers er en alder forkert, eller parent og child byttet om.",
    "- {id: mor, role: Mor, sex: f, age: 8}", "- {id: mor, role: Mor, sex: f, age: 38}")
LONER = _family(
    "G705", "person-without-relation", "En person indgår ikke i nogen relation",
    "En person uden relationer står alene i genogrammet og siger ikke noget om familien.",
    "persons:\n  - {id: far, role: Far, sex: m}\n# ingen relation nævner far",
    "relations:\n  - {type: parent, parent: far, child: barn-a}")
DUPLICATE_PERSON = _family(
    "G706", "duplicate-person", "Samme person-id bruges to gange",
    "Relationerne peger på personer med deres id, så hvert id må kun bruges én gang.",
    "- {id: mor, role: Mor, sex: f}\n- {id: mor, role: Mormor, sex: f}",
    "- {id: mor, role: Mor, sex: f}\n- {id: mormor, role: Mormor, sex: f}")

NOT_RELATIVE = Rule(
    "T711", "time-not-relative", E, "Tidsangivelsen i tidslinjen er ikke relativ",
    "'{when}' er ikke en relativ tidsangivelse.", "Skriv fx 'Uge 0', 'Måned 3', 'Dag 2' eller barnets alder som '7 år'.",
    "Tidslinjen fortælles i relativ tid, så sagen ikke kan genkendes på datoer.",
    "- {when: Snart, kind: underretning, text: ...}", "- {when: Uge 0, kind: underretning, text: ...}")
REAL_DATE = Rule(
    "T712", "real-date-in-timeline", E, "En rigtig dato står i tidslinjen",
    "Tidslinjens '{key}' indeholder en dato eller et årstal.",
    "Brug relativ tid (Uge 3, Måned 2) eller barnets alder; datoer gør sagen genkendelig.",
    "En dato eller et årstal gør det muligt at finde den rigtige sag.",
    "- {when: 3. maj 2026, kind: underretning, text: ...}", "- {when: Uge 0, kind: underretning, text: ...}")

RULES = (FAMILY_SHAPE, UNKNOWN_PERSON, PARENT_CYCLE, YOUNG_PARENT, LONER, DUPLICATE_PERSON, NOT_RELATIVE, REAL_DATE)
