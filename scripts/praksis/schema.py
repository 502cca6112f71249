"""The one place that knows the schema of every kind of entry.

Each kind says where its files live, how they are named, and which front
matter keys it takes. The Danish descriptions here are also what the
contributor guide shows, so the reference cannot drift from the checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

Problem = tuple[str, str, str]  # (code, message, hint)

STATUSES = {
    "proposed": "Forslag",
    "adopted": "Vedtaget",
    "superseded": "Erstattet",
    "retired": "Udgået",
}

ID_PATTERNS = {
    "principle": re.compile(r"P-\d{4}"),
    "case": re.compile(r"C-\d{4}"),
    "meeting": re.compile(r"M-\d{4}-\d{2}-\d{2}(-[a-z0-9]+(-[a-z0-9]+)*)?"),
    "supervision": re.compile(r"L-\d{4}-\d{2}"),
}
# Any id an author may write, used to find [[id]] references in text.
ANY_ID = r"(?:P-\d{4}|C-\d{4}|L-\d{4}-\d{2}|M-\d{4}-\d{2}-\d{2}(?:-[a-z0-9]+)*)"


def kind_of_id(value: str) -> str | None:
    for kind, pattern in ID_PATTERNS.items():
        if pattern.fullmatch(value):
            return kind
    return None


# --- field types -----------------------------------------------------------

@dataclass(frozen=True)
class FieldType:
    label: str  # Danish name of the type, for messages and the reference

    def check(self, value: Any) -> tuple[Any, Problem | None]:
        raise NotImplementedError


@dataclass(frozen=True)
class Text(FieldType):
    label: str = "tekst"

    def check(self, value):
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip(), None
        return None, ("M205", "skal være en tekst", "Skriv teksten efter kolon, fx 'title: Min overskrift'.")


@dataclass(frozen=True)
class Bool(FieldType):
    label: str = "true/false"

    def check(self, value):
        if isinstance(value, bool):
            return value, None
        return None, ("M205", "skal være true eller false", "Skriv 'true' eller 'false' (ikke ja/nej).")


@dataclass(frozen=True)
class Date(FieldType):
    label: str = "dato (ÅÅÅÅ-MM-DD)"

    def check(self, value):
        text = str(value).strip()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            try:
                return date.fromisoformat(text), None
            except ValueError:
                pass
        return None, ("M207", f"'{text}' er ikke en gyldig dato",
                      "Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-03-14, og tjek at dagen findes.")


@dataclass(frozen=True)
class Enum(FieldType):
    values: tuple[str, ...] = ()
    label: str = "en af de tilladte værdier"

    def check(self, value):
        if isinstance(value, str) and value in self.values:
            return value, None
        allowed = ", ".join(self.values)
        return None, ("M208", f"'{value}' er ikke en tilladt værdi", f"Brug en af: {allowed}.")


@dataclass(frozen=True)
class Ref(FieldType):
    """One id of another entry, or one key of a taxonomy."""
    target: str = ""  # a kind ("principle") or a taxonomy ("ics")
    label: str = "id"

    def check(self, value):
        if isinstance(value, str) and value.strip():
            return value.strip(), None
        return None, ("M205", "skal være et id eller en nøgle", "Skriv værdien som tekst, fx P-0001.")


@dataclass(frozen=True)
class ListOf(FieldType):
    item: FieldType = field(default_factory=Text)
    label: str = "liste"

    def check(self, value):
        if isinstance(value, str):
            value = [value]  # a lone value is a list of one; authors write it often
        if not isinstance(value, list):
            return None, ("M205", "skal være en liste", "Skriv en liste som [a, b] eller som linjer med '- '.")
        return value, None


@dataclass(frozen=True)
class Scale(FieldType):
    low: int = 0
    high: int = 10
    label: str = "tal fra 0 til 10"

    def check(self, value):
        if isinstance(value, int) and not isinstance(value, bool) and self.low <= value <= self.high:
            return value, None
        return None, ("M208", f"skal være et helt tal fra {self.low} til {self.high}",
                      f"Skriv fx 4; skalaen går fra {self.low} til {self.high}.")


@dataclass(frozen=True)
class Mapping(FieldType):
    fields: tuple = ()  # Field, ...; empty: any keys (checked elsewhere)
    label: str = "gruppe af nøgler"

    def check(self, value):
        if isinstance(value, dict):
            return value, None
        return None, ("M205", "skal være en gruppe af nøgler", "Skriv nøglerne indrykket under denne nøgle.")


def named_in(fields, values: dict, prefix: tuple = ()):
    """(key path, target, value) for every Ref value below these fields, through lists and groups."""
    for spec in fields:
        if spec.name in values:
            yield from _named(spec.type, values[spec.name], (*prefix, spec.name))


def _named(field_type: FieldType, value, path: tuple):
    if isinstance(field_type, Ref):
        yield path, field_type.target, value
    elif isinstance(field_type, ListOf) and isinstance(value, list):
        for index, item in enumerate(value):
            yield from _named(field_type.item, item, (*path, index))
    elif isinstance(field_type, Mapping) and isinstance(value, dict):
        yield from named_in(field_type.fields, value, path)


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    required: bool
    description: str  # Danish, for the contributor guide
    example: str = ""


@dataclass(frozen=True)
class Kind:
    name: str  # "principle", "case", "meeting"
    label: str  # Danish singular
    label_plural: str
    folder: str  # source folder relative to the root
    site_folder: str  # where its pages are published
    filename: re.Pattern  # the file name rule, id in group "id"
    filename_rule: str  # Danish, for messages
    fields: tuple[Field, ...]
    article: str = "et"  # Danish gender: "et princip", "en sag"
    # Keys an author may well write but this kind must not have, each with the rule that says why (its own
    # message, clearer than "unknown key"): a dated record that names a case makes the family findable.
    refused: tuple[tuple[str, str], ...] = ()
    dated_record: bool = False  # names no case, in its keys or its text (R314), and no case page shows it

    @property
    def indefinite(self) -> str:
        """'et princip', 'en sag': the label as a sentence needs it."""
        return f"{self.article} {self.label}"

    @property
    def indefinite_new(self) -> str:
        """'et nyt princip', 'en ny sag'."""
        return f"{self.article} {'nyt' if self.article == 'et' else 'ny'} {self.label}"

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


def _ids(kind: str) -> ListOf:
    return ListOf(item=Ref(target=kind), label=f"liste af id'er ({_KIND_ID[kind]})")


def _keys(taxonomy: str, label: str) -> ListOf:
    return ListOf(item=Ref(target=taxonomy), label=f"liste af nøgler ({label})")


_KIND_ID = {"principle": "P-NNNN", "case": "C-NNNN", "meeting": "M-ÅÅÅÅ-MM-DD", "supervision": "L-ÅÅÅÅ-NN"}

# Sub-keys of a case's `anonymized` group.
ANONYMIZED_FIELDS = (
    Field("by", Text(), True, "Rollen der har gennemgået anonymiseringen.", "Faglig koordinator"),
    Field("date", Date(), True, "Dato for gennemgangen.", "2026-03-02"),
)

# One event on a case's timeline: relative time only, never a real date.
TIMELINE_FIELDS = (
    Field("when", Text(), True, "Relativ tid: 'Uge 0', 'Måned 3', 'Dag 2' eller barnets alder ('7 år').",
          "Uge 0"),
    Field("kind", Ref(target="timeline_kinds", label="hændelsestype"), True, "Hvad skete der.", "underretning"),
    Field("text", Text(), True, "Kort beskrivelse uden navne og datoer."),
)

# Signs of Safety: the three columns and the scaling question.
SOS_FIELDS = (
    Field("worries", ListOf(item=Text()), False, "Hvad er vi bekymrede for?", "[...]"),
    Field("working_well", ListOf(item=Text()), False, "Hvad virker godt?", "[...]"),
    Field("next_steps", ListOf(item=Text()), False, "Hvad skal der ske?", "[...]"),
    Field("scaling", Scale(), False, "Hvor sikkert er barnet nu, fra 0 til 10?", "4"),
)

# The case seen through the ICS triangle: observations per side.
ICS_VIEW_FIELDS = (
    Field("barnets-udvikling", ListOf(item=Text()), False, "Iagttagelser om barnets udvikling."),
    Field("foraeldrekompetencer", ListOf(item=Text()), False, "Iagttagelser om forældrekompetencer."),
    Field("familie-og-netvaerk", ListOf(item=Text()), False, "Iagttagelser om familie og netværk."),
)

PRINCIPLE = Kind(
    name="principle", label="princip", label_plural="principper",
    folder="docs/principper", site_folder="principper",
    filename=re.compile(r"(?P<id>P-\d{4})-[a-z0-9]+(?:-[a-z0-9]+)*\.md"),
    filename_rule="P-NNNN-kort-titel.md (små bogstaver a-z, tal og bindestreger)",
    fields=(
        Field("id", Ref(target="principle"), True, "Princippets id; skal svare til filnavnet.", "P-0007"),
        Field("title", Text(), True, "Overskrift: selve princippet i én linje."),
        Field("summary", Text(), True, "Én sætning der siger, hvad der er besluttet."),
        Field("questions", ListOf(item=Text(), label="liste af spørgsmål"), False,
              "Spørgsmål princippet svarer på, skrevet som en sagsbehandler ville stille dem. De vises på "
              "siden under 'Svarer på' og vejer tungt, når nogen søger.",
              "[Hvor lang tid har vi til en sag på teammødet?]"),
        Field("status", Enum(values=tuple(STATUSES)), True,
              "proposed (forslag), adopted (vedtaget), superseded (erstattet) eller retired (udgået).",
              "adopted"),
        Field("decided", Date(), False, "Dato for mødet hvor princippet blev vedtaget; påkrævet undtagen "
              "for forslag.", "2026-02-03"),
        Field("meeting", Ref(target="meeting", label="møde-id"), False, "Id på mødereferatet.",
              "M-2026-02-03"),
        Field("ics", _keys("ics", "ICS"), False, "ICS-sider eller -dimensioner princippet handler om.",
              "[trygt-omsorgsmiljoe]"),
        Field("methods", _keys("methods", "metoder"), False, "Faglige metoder.", "[signs-of-safety]"),
        Field("legal", _keys("legal", "lovhenvisninger"), False, "Lovgrundlag.", "[bl-20]"),
        Field("cases", _ids("case"), False, "Eksempelsager. Skrives helst på sagen under 'principles'; "
              "relationen vises begge steder.", "[C-0003]"),
        Field("related", _ids("principle"), False, "Beslægtede principper.", "[P-0002]"),
        Field("supersedes", _ids("principle"), False, "Principper som dette erstatter.", "[P-0001]"),
        Field("review_by", Date(), False, "Hvornår princippet senest skal tages op igen.", "2027-06-01"),
        Field("owner", Text(), False, "Ansvarlig rolle eller team, aldrig en persons navn.",
              "Faglig koordinator"),
        Field("tags", ListOf(item=Text()), False, "Frie emneord.", "[underretning]"),
        Field("onboarding", Bool(), False, "true hvis princippet hører til læselisten for nye medarbejdere.",
              "true"),
    ),
)

CASE = Kind(
    name="case", label="sag", label_plural="sager", article="en",
    folder="cases_anonymized", site_folder="sager",
    filename=re.compile(r"(?P<id>C-\d{4})-[a-z0-9]+(?:-[a-z0-9]+)*\.md"),
    filename_rule="C-NNNN-kort-titel.md (små bogstaver a-z, tal og bindestreger)",
    fields=(
        Field("id", Ref(target="case"), True, "Sagens id; skal svare til filnavnet.", "C-0003"),
        Field("title", Text(), True, "Kort, anonym overskrift."),
        Field("summary", Text(), True, "Én sætning om sagen."),
        Field("ics", _keys("ics", "ICS"), True, "ICS-sider eller -dimensioner sagen berører.",
              "[dagtilbud-skole-og-laering]"),
        Field("methods", _keys("methods", "metoder"), False, "Metoder brugt i sagen.", "[ics, genogram]"),
        Field("documents", _keys("documents", "dokumenttyper"), False,
              "Dokumenter der blev taget med til sparring.", "[boernefaglig-undersoegelse]"),
        Field("principles", _ids("principle"), True, "Principper sagen er eksempel på. Her skrives "
              "relationen; princippets side viser sagen automatisk.", "[P-0002]"),
        Field("anonymized", Mapping(fields=ANONYMIZED_FIELDS), True,
              "Hvem (rolle) der har gennemgået anonymiseringen, og hvornår: 'by' og 'date'.",
              "{by: Faglig koordinator, date: 2026-03-02}"),
        Field("tags", ListOf(item=Text()), False, "Frie emneord.", "[skolefravær]"),
        Field("family", Mapping(label="familie (genogram)"), False,
              "Familien til genogrammet: 'persons' og 'relations' (se afsnittet om genogram).", ""),
        Field("timeline", ListOf(item=Mapping(fields=TIMELINE_FIELDS), label="liste af hændelser"), False,
              "Sagsforløbet i relativ tid: hver hændelse har 'when', 'kind' og 'text'.",
              "[{when: Uge 0, kind: underretning, text: ...}]"),
        Field("ics_view", Mapping(fields=ICS_VIEW_FIELDS), False,
              "Iagttagelser ordnet efter ICS-trekantens tre sider.", "{barnets-udvikling: [...]}"),
        Field("signs_of_safety", Mapping(fields=SOS_FIELDS), False,
              "Signs of Safety: 'worries', 'working_well', 'next_steps' og 'scaling' (0-10).", ""),
        Field("learning", ListOf(item=Text()), False,
              "Læringspunkter, hvis noget gik galt; sagen vises på siden 'Læring af fejl'.", "[...]"),
    ),
)

MEETING = Kind(
    name="meeting", label="møde", label_plural="møder",
    folder="docs/moeder", site_folder="moeder",
    filename=re.compile(r"(?P<id>M-\d{4}-\d{2}-\d{2}(?:-[a-z0-9]+)*)\.md"),
    filename_rule="M-ÅÅÅÅ-MM-DD.md eller M-ÅÅÅÅ-MM-DD-team.md",
    fields=(
        Field("id", Ref(target="meeting"), True, "Mødets id; skal svare til filnavnet.", "M-2026-02-03"),
        Field("title", Text(), False, "Overskrift; ellers dannes den af forum og dato."),
        Field("date", Date(), True, "Mødets dato.", "2026-02-03"),
        Field("forum", Ref(target="forums", label="forum"), True, "Hvor mødet blev holdt.", "teammoede"),
        Field("team", Text(), False, "Teamets navn.", "Team Øst"),
        Field("decisions", _ids("principle"), False, "Principper der blev besluttet eller ændret.",
              "[P-0001]"),
    ),
    refused=(("cases", "R314"),), dated_record=True,
)

SUPERVISION = Kind(
    name="supervision", label="tilsyn", label_plural="ledelsestilsyn",
    folder="docs/tilsyn", site_folder="tilsyn",
    filename=re.compile(r"(?P<id>L-\d{4}-\d{2})(?:-[a-z0-9]+)*\.md"),
    filename_rule="L-ÅÅÅÅ-NN-kort-titel.md (fx L-2026-01-boernesamtaler.md)",
    fields=(
        Field("id", Ref(target="supervision"), True, "Tilsynets id; skal svare til filnavnet.", "L-2026-01"),
        Field("title", Text(), True, "Tilsynets tema i én linje."),
        Field("summary", Text(), True, "Én sætning om, hvad tilsynet viste."),
        Field("date", Date(), True, "Hvornår gennemgangen blev afsluttet.", "2026-05-12"),
        Field("themes", ListOf(item=Text()), False, "Tilbagevendende temaer på tværs af sagsbehandlere "
              "(aldrig enkeltsager eller personer).", "[...]"),
        Field("principles", _ids("principle"), False, "Principper tilsynet førte til.", "[P-0012]"),
    ),
    refused=(("cases", "R314"),), dated_record=True,
)

KINDS: dict[str, Kind] = {kind.name: kind for kind in (PRINCIPLE, CASE, MEETING, SUPERVISION)}
