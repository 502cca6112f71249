"""The family as data: reading a case's `family` value into a small model.

One pass both builds the model and records what is wrong with the input, so
rendering (which uses whatever is usable) and checking (which reports the
rest) can never disagree about how the data is read. Nothing here raises on
bad input: any YAML shape is either understood or reported.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

SEXES = ("m", "f", "u")
COUPLE_TYPES = ("couple", "married", "separated", "divorced")
PARENT_TYPES = ("parent", "foster", "adoptive")
TIE_TYPES = ("close", "conflictual", "cutoff")
RELATION_TYPES = COUPLE_TYPES + PARENT_TYPES + TIE_TYPES

FAMILY_KEYS = ("persons", "relations", "household")
PERSON_KEYS = ("id", "role", "sex", "age", "age_band", "deceased", "focus")
MAX_AGE = 120
_AGE_BAND = re.compile(r"(\d{1,3})\s*(?:-\s*(\d{1,3})|\+)")


class Problem(NamedTuple):
    keypath: tuple  # from "family", e.g. ("family", "relations", 3, "parent")
    code: str  # G701-G706
    message: str  # Danish
    hint: str  # Danish


@dataclass(frozen=True)
class Person:
    id: str
    role: str
    sex: str  # m | f | u
    index: int  # position in `persons`, for keypaths
    age: int | None = None
    age_band: str | None = None
    deceased: bool = False
    focus: bool = False

    @property
    def age_range(self) -> tuple[float, float] | None:
        """Lowest and highest possible age; None when unknown."""
        if self.age is not None:
            return (self.age, self.age)
        return band_range(self.age_band) if self.age_band else None

    @property
    def age_text(self) -> str:
        """What goes inside the symbol: '9', '60-70', '70+' or ''."""
        if self.age is not None:
            return str(self.age)
        return self.age_band or ""

    @property
    def is_minor(self) -> bool:
        bounds = self.age_range
        return bounds is not None and bounds[1] < 18


@dataclass(frozen=True)
class Relation:
    type: str
    a: str  # first of `between`, or the parent
    b: str  # second of `between`, or the child
    index: int  # position in `relations`, for keypaths

    @property
    def group(self) -> str:
        """'couple', 'parent' or 'tie'."""
        if self.type in COUPLE_TYPES:
            return "couple"
        return "parent" if self.type in PARENT_TYPES else "tie"

    @property
    def pair(self) -> frozenset:
        return frozenset((self.a, self.b))


@dataclass
class Family:
    persons: dict[str, Person] = field(default_factory=dict)  # in the order written
    relations: list[Relation] = field(default_factory=list)
    household: list[str] = field(default_factory=list)
    mentioned: set[str] = field(default_factory=set)  # ids named anywhere, even in rejected relations

    def of_group(self, group: str) -> list[Relation]:
        return [r for r in self.relations if r.group == group]

    def parents_of(self, child: str, types=PARENT_TYPES) -> list[str]:
        return [r.a for r in self.relations if r.type in types and r.b == child]


def band_range(band: str) -> tuple[float, float] | None:
    """'60-70' -> (60, 70); '70+' -> (70, inf); anything else -> None."""
    match = _AGE_BAND.fullmatch(band.strip()) if isinstance(band, str) else None
    if not match:
        return None
    low = int(match[1])
    high = int(match[2]) if match[2] else math.inf
    return (low, high) if low <= high else None


def as_id(value: Any) -> str | None:
    """An id is text (or a whole number, which YAML reads as int)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def shown(value: Any, limit: int = 40) -> str:
    """A value quoted for a message, cut short so garbage cannot flood it."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- reading ---------------------------------------------------------------

def read_family(raw: Any) -> tuple[Family, list[Problem]]:
    """The usable part of `raw` as a Family, and the problems met on the way."""
    reader = _Reader()
    reader.read(raw)
    return reader.family, reader.problems


class _Reader:
    def __init__(self):
        self.family = Family()
        self.problems: list[Problem] = []
        self._first_index: dict[str, int] = {}

    def problem(self, keypath: tuple, code: str, message: str, hint: str) -> None:
        self.problems.append(Problem(("family",) + keypath, code, message, hint))

    def read(self, raw: Any) -> None:
        if not isinstance(raw, dict):
            self.problem((), "G701", "'family' skal være en gruppe af nøgler: persons, relations og household.",
                         "Skriv 'persons:' og 'relations:' indrykket under 'family:' (se bidragsvejledningen).")
            return
        for key in raw:
            if key not in FAMILY_KEYS:
                self.problem((key,), "G701", f"Ukendt nøgle '{shown(key)}' under 'family'.",
                             "Brug kun persons, relations og household.")
        self.read_persons(raw.get("persons"), "persons" in raw)
        self.read_relations(raw.get("relations"))
        self.read_household(raw.get("household"))

    # --- persons -----------------------------------------------------------
    def read_persons(self, raw: Any, present: bool) -> None:
        if not present:
            self.problem((), "G701", "'family' mangler listen 'persons'.",
                         "Skriv personerne under 'persons:', én pr. linje med '- {id: ..., role: ..., sex: ...}'.")
            return
        if not isinstance(raw, list):
            self.problem(("persons",), "G701", "'persons' skal være en liste.",
                         "Skriv hver person på sin egen linje, der begynder med '- '.")
            return
        for index, item in enumerate(raw):
            person = self.read_person(index, item)
            if person:
                self.family.persons[person.id] = person

    def read_person(self, index: int, raw: Any) -> Person | None:
        where = ("persons", index)
        if not isinstance(raw, dict):
            self.problem(where, "G701", "En person skal være en gruppe af nøgler.",
                         "Skriv fx '- {id: mor, role: Mor, sex: f, age: 34}'.")
            return None
        for key in raw:
            if key not in PERSON_KEYS:
                self.problem(where + (key,), "G701", f"Ukendt nøgle '{shown(key)}' på en person.",
                             "Brug kun id, role, sex, age, age_band, deceased og focus. Skriv aldrig navne "
                             "eller datoer.")
        person_id = self.read_person_id(where, raw)
        if person_id is None:
            return None
        return Person(id=person_id, role=self.read_role(where, raw, person_id), sex=self.read_sex(where, raw),
                      index=index, age=self.read_age(where, raw), age_band=self.read_age_band(where, raw),
                      deceased=self.read_flag(where, raw, "deceased"), focus=self.read_flag(where, raw, "focus"))

    def read_person_id(self, where: tuple, raw: dict) -> str | None:
        if "id" not in raw:
            self.problem(where, "G701", "Personen mangler 'id'.",
                         "Giv personen et kort id som relationerne kan bruge, fx 'id: mor'.")
            return None
        person_id = as_id(raw["id"])
        if person_id is None:
            self.problem(where + ("id",), "G701", "'id' skal være en kort tekst.", "Skriv fx 'id: barn-a'.")
            return None
        if person_id in self._first_index:
            self.problem(where + ("id",), "G706", f"Id '{shown(person_id)}' bruges af to personer.",
                         "Giv hver person sit eget id, fx barn-a og barn-b.")
            return None
        self._first_index[person_id] = where[1]
        return person_id

    def read_role(self, where: tuple, raw: dict, person_id: str) -> str:
        role = raw.get("role")
        if isinstance(role, (str, int)) and not isinstance(role, bool) and str(role).strip():
            return str(role).strip()
        if "role" in raw:
            self.problem(where + ("role",), "G701", "'role' skal være en tekst.", "Skriv fx 'role: Mor'.")
        else:
            self.problem(where, "G701", f"Personen '{shown(person_id)}' mangler 'role'.",
                         "Skriv personens rolle som pseudonym, fx 'role: Mor' eller 'role: Barn A'.")
        return person_id

    def read_sex(self, where: tuple, raw: dict) -> str:
        sex = raw.get("sex")
        if sex in SEXES:
            return sex
        if "sex" in raw:
            self.problem(where + ("sex",), "G701", f"'sex' kan ikke være '{shown(sex)}'.",
                         "Skriv m (mand/dreng), f (kvinde/pige) eller u (ikke angivet).")
        else:
            self.problem(where, "G701", "Personen mangler 'sex'.",
                         "Skriv 'sex: m', 'sex: f' eller 'sex: u' (ikke angivet).")
        return "u"

    def read_age(self, where: tuple, raw: dict) -> int | None:
        if "age" not in raw:
            return None
        age = raw["age"]
        if isinstance(age, int) and not isinstance(age, bool) and 0 <= age <= MAX_AGE:
            return age
        self.problem(where + ("age",), "G701", f"'age' skal være et helt antal år, ikke '{shown(age)}'.",
                     "Skriv fx 'age: 9'. Kender du kun alderen omtrent, så brug 'age_band: 60-70'.")
        return None

    def read_age_band(self, where: tuple, raw: dict) -> str | None:
        if "age_band" not in raw:
            return None
        band = raw["age_band"]
        if "age" in raw:
            self.problem(where + ("age_band",), "G701", "Personen har både 'age' og 'age_band'.",
                         "Brug kun den ene: 'age' når alderen kendes, ellers 'age_band'.")
            return None
        bounds = band_range(band) if isinstance(band, str) else None
        if bounds is None or bounds[0] > MAX_AGE:
            self.problem(where + ("age_band",), "G701", f"'age_band' kan ikke være '{shown(band)}'.",
                         "Skriv et interval som \"60-70\" eller \"70+\" (i anførselstegn).")
            return None
        return band.replace(" ", "")

    def read_flag(self, where: tuple, raw: dict, key: str) -> bool:
        value = raw.get(key, False)
        if isinstance(value, bool):
            return value
        self.problem(where + (key,), "G701", f"'{key}' skal være true eller false.",
                     f"Skriv '{key}: true' eller udelad nøglen.")
        return False

    # --- relations ---------------------------------------------------------
    def read_relations(self, raw: Any) -> None:
        if raw is None:
            return
        if not isinstance(raw, list):
            self.problem(("relations",), "G701", "'relations' skal være en liste.",
                         "Skriv hver relation på sin egen linje, der begynder med '- '.")
            return
        for index, item in enumerate(raw):
            relation = self.read_relation(index, item)
            if relation and self.is_new(relation):
                self.family.relations.append(relation)

    def read_relation(self, index: int, raw: Any) -> Relation | None:
        where = ("relations", index)
        if not isinstance(raw, dict):
            self.problem(where, "G701", "En relation skal være en gruppe af nøgler.",
                         "Skriv fx '- {type: married, between: [mor, far]}'.")
            return None
        kind = raw.get("type")
        if kind not in RELATION_TYPES:
            said = f"'type' kan ikke være '{shown(kind)}'." if "type" in raw else "Relationen mangler 'type'."
            self.problem(where + (("type",) if "type" in raw else ()), "G701", said,
                         "Brug en af: " + ", ".join(RELATION_TYPES) + ".")
            self.mention(raw)
            return None
        if kind in PARENT_TYPES:
            return self.read_parentage(where, raw, kind)
        return self.read_pair(where, raw, kind)

    def read_pair(self, where: tuple, raw: dict, kind: str) -> Relation | None:
        self.reject_keys(where, raw, kind, ("type", "between"), "between: [a, b]")
        between = raw.get("between")
        if not isinstance(between, list) or len(between) != 2:
            self.problem(where + (("between",) if "between" in raw else ()), "G701",
                         f"En relation af typen '{kind}' skal have 'between' med præcis to personer.",
                         f"Skriv fx '- {{type: {kind}, between: [mor, far]}}'.")
            self.mention(raw)
            return None
        ids = [self.known(where + ("between", n), value) for n, value in enumerate(between)]
        if None in ids:
            return None
        if ids[0] == ids[1]:
            self.problem(where + ("between",), "G701", "'between' nævner den samme person to gange.",
                         "En relation er mellem to forskellige personer.")
            return None
        return Relation(kind, ids[0], ids[1], where[1])

    def read_parentage(self, where: tuple, raw: dict, kind: str) -> Relation | None:
        self.reject_keys(where, raw, kind, ("type", "parent", "child"), "parent og child")
        ids = []
        for key in ("parent", "child"):
            if key not in raw:
                self.problem(where, "G701", f"En relation af typen '{kind}' mangler '{key}'.",
                             f"Skriv fx '- {{type: {kind}, parent: mor, child: barn-a}}'.")
                self.mention(raw)
                return None
            ids.append(self.known(where + (key,), raw[key]))
        if None in ids:
            return None
        if ids[0] == ids[1]:
            self.problem(where + ("child",), "G703", f"'{shown(ids[0])}' står som sin egen forælder.",
                         "parent og child skal være to forskellige personer.")
            return None
        return Relation(kind, ids[0], ids[1], where[1])

    def reject_keys(self, where: tuple, raw: dict, kind: str, allowed: tuple, use: str) -> None:
        for key in raw:
            if key not in allowed:
                self.problem(where + (key,), "G701", f"Nøglen '{shown(key)}' bruges ikke ved typen '{kind}'.",
                             f"En relation af typen '{kind}' skrives med {use}.")

    def known(self, keypath: tuple, value: Any) -> str | None:
        """The id of a person in the family; reports text that names no one."""
        person_id = as_id(value)
        if person_id is None:
            self.problem(keypath, "G701", "Her skal stå id'et på en person.", "Skriv personens id, fx mor.")
            return None
        self.family.mentioned.add(person_id)
        if person_id not in self.family.persons:
            self.problem(keypath, "G702", f"Der er ingen person med id '{shown(person_id)}'.",
                         "Tilføj personen under 'persons', eller ret stavningen så den passer med et id dér.")
            return None
        return person_id

    def mention(self, raw: dict) -> None:
        """Ids in a rejected relation still count as mentioned (no extra G705 noise)."""
        values = [raw.get("parent"), raw.get("child")]
        if isinstance(raw.get("between"), list):
            values += raw["between"]
        self.family.mentioned.update(i for i in map(as_id, values) if i)

    def is_new(self, relation: Relation) -> bool:
        """Reports a second relation of the same group between the same two persons."""
        for earlier in self.family.relations:
            if earlier.group == relation.group and earlier.pair == relation.pair:
                self.problem(("relations", relation.index), "G701", "Relationen mellem de to personer står "
                             "allerede tidligere på listen.",
                             "Skriv hver relation én gang; to personer kan kun have én parrelation, "
                             "ét forældreforhold og ét følelsesmæssigt bånd.")
                return False
        if relation.type == "parent" and len(self.family.parents_of(relation.b, ("parent",))) >= 2:
            self.problem(("relations", relation.index, "parent"), "G701", "Barnet har allerede to forældre "
                         "med typen 'parent'.",
                         "Brug 'foster' for plejeforældre og 'adoptive' for adoptivforældre; en stedforælder "
                         "vises med en parrelation til forælderen.")
            return False
        return True

    # --- household ---------------------------------------------------------
    def read_household(self, raw: Any) -> None:
        if raw is None:
            return
        if isinstance(raw, (str, int)) and not isinstance(raw, bool):
            raw = [raw]  # a lone value is a list of one, as elsewhere in the front matter
        if not isinstance(raw, list):
            self.problem(("household",), "G701", "'household' skal være en liste af id'er.",
                         "Skriv fx 'household: [barn-a, mor, stedfar]'.")
            return
        for index, value in enumerate(raw):
            person_id = self.known(("household", index), value)
            if person_id and person_id not in self.family.household:
                self.family.household.append(person_id)
