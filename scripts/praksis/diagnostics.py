"""Diagnostics: one finding of a check, and the registry of stable rule codes.

Codes are stable like Ruff's: a letter for the family, three digits for the
rule. Messages and hints are Danish because caseworkers read them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    summary: str  # Danish, one line: what the rule guards


_RULES = [
    # F: the file itself
    Rule("F101", Severity.ERROR, "Filen er ikke gyldig UTF-8"),
    Rule("F102", Severity.ERROR, "Filen begynder med et byte order mark (BOM)"),
    Rule("F103", Severity.ERROR, "Filen bruger Windows-linjeskift (CRLF)"),
    Rule("F104", Severity.ERROR, "Filen er tom"),
    Rule("F105", Severity.ERROR, "Filen er binær, ikke tekst"),
    Rule("F106", Severity.ERROR, "Filnavnet følger ikke navnereglen for mappen"),
    Rule("F107", Severity.ERROR, "Filen har samme adresse som en side der dannes automatisk"),
    Rule("F108", Severity.ERROR, "Et symbolsk link eller noget der ikke er en almindelig fil"),
    Rule("F109", Severity.ERROR, "Markdown-fil med en anden endelse end .md"),
    # M: metadata (front matter)
    Rule("M201", Severity.ERROR, "Front matter mangler"),
    Rule("M202", Severity.ERROR, "Front matter er ikke gyldig YAML"),
    Rule("M203", Severity.ERROR, "Front matter er ikke en samling af nøgler og værdier"),
    Rule("M204", Severity.ERROR, "Påkrævet nøgle mangler"),
    Rule("M205", Severity.ERROR, "Værdien har forkert type"),
    Rule("M206", Severity.ERROR, "Ukendt nøgle"),
    Rule("M207", Severity.ERROR, "Ugyldig dato"),
    Rule("M208", Severity.ERROR, "Værdien er ikke en af de tilladte"),
    Rule("M209", Severity.ERROR, "Id passer ikke med filnavnet"),
    Rule("M210", Severity.ERROR, "Samme id bruges i flere filer"),
    Rule("M211", Severity.ERROR, "Id har forkert form"),
    Rule("M212", Severity.ERROR, "Nøglen står mere end én gang"),
    Rule("M213", Severity.ERROR, "Tekst fra skabelonen er ikke udfyldt"),
    # R: references between entries and to the taxonomies
    Rule("R301", Severity.ERROR, "Henvisning til et id der ikke findes"),
    Rule("R302", Severity.ERROR, "Henvisning til et opslag af forkert slags"),
    Rule("R303", Severity.ERROR, "[[id]] i teksten peger på et id der ikke findes"),
    Rule("R304", Severity.ERROR, "Ukendt ICS-nøgle"),
    Rule("R305", Severity.ERROR, "Ukendt metode"),
    Rule("R306", Severity.ERROR, "Ukendt lovhenvisning"),
    Rule("R307", Severity.ERROR, "Ukendt dokumenttype"),
    Rule("R308", Severity.ERROR, "Ukendt forum"),
    Rule("R309", Severity.WARNING, "Forældet betegnelse (2007-2018) i stedet for den gældende nøgle"),
    Rule("R310", Severity.ERROR, "Et opslag henviser til sig selv"),
    Rule("R311", Severity.ERROR, "Ukendt hændelsestype i tidslinjen"),
    Rule("R312", Severity.ERROR, "[[...]] i teksten har ikke formen for en henvisning"),
    Rule("R313", Severity.WARNING, "Navnet i stedet for nøglen (fx 'Trygt omsorgsmiljø' for trygt-omsorgsmiljoe)"),
    # L: the lifecycle of a principle
    Rule("L401", Severity.ERROR, "Princippet mangler beslutningsdato"),
    Rule("L402", Severity.ERROR, "Erstattet princip uden et princip der erstatter det"),
    Rule("L403", Severity.ERROR, "Ring i kæden af erstatninger"),
    Rule("L404", Severity.WARNING, "Vedtaget princip henviser til et erstattet eller udgået princip"),
    Rule("L405", Severity.WARNING, "Revisionsdatoen er overskredet"),
    Rule("L406", Severity.ERROR, "Beslutningsdatoen passer ikke med mødets dato"),
    Rule("L407", Severity.ERROR, "Et princip er erstattet, men har ikke status 'superseded'"),
    Rule("L408", Severity.ERROR, "Beslutningsdatoen ligger i fremtiden"),
    Rule("L409", Severity.ERROR, "Et forslag står som beslutning i et mødereferat"),
    Rule("L410", Severity.ERROR, "Et forslag har en beslutningsdato"),
    # K: links in the Markdown body
    Rule("K501", Severity.ERROR, "Linket peger på en side der ikke findes"),
    Rule("K502", Severity.ERROR, "Linket peger på et anker der ikke findes"),
    Rule("K503", Severity.INFO, "Link til en ekstern adresse (kontrolleres ikke)"),
    Rule("K504", Severity.ERROR, "Relativt link til et opslag; brug [[id]]"),
    Rule("K505", Severity.ERROR, "Indholdet henter noget fra en anden server (billede, iframe, script, CSS)"),
    Rule("K506", Severity.ERROR, "Indholdet kører kode (script, hændelse, javascript:-adresse)"),
    # G: the family behind a genogram
    Rule("G701", Severity.ERROR, "Familiens opbygning er forkert (manglende felt, forkert type, ukendt relation)"),
    Rule("G702", Severity.ERROR, "En relation nævner en person der ikke findes"),
    Rule("G703", Severity.ERROR, "Ring i forældreskab"),
    Rule("G704", Severity.ERROR, "En forælder er yngre end barnet"),
    Rule("G705", Severity.ERROR, "En person indgår ikke i nogen relation"),
    Rule("G706", Severity.ERROR, "Samme person-id bruges to gange"),
    # T: the timeline of a case
    Rule("T711", Severity.ERROR, "Tidsangivelsen i tidslinjen er ikke relativ"),
    Rule("T712", Severity.ERROR, "En rigtig dato står i tidslinjen"),
    # P: personal data (the anonymization guard)
    Rule("P600", Severity.ERROR, "Filen .praksis-allow.yml kan ikke læses"),
    Rule("P601", Severity.ERROR, "CPR-nummer"),
    Rule("P602", Severity.ERROR, "Telefonnummer"),
    Rule("P603", Severity.ERROR, "E-mailadresse"),
    Rule("P604", Severity.ERROR, "Adresse"),
    Rule("P605", Severity.ERROR, "Fødselsdato"),
    Rule("P606", Severity.ERROR, "Personnavn"),
    Rule("P607", Severity.WARNING, "Muligt personnavn (også et almindeligt ord) i starten af en sætning"),
    Rule("P608", Severity.ERROR, "Filen kan ikke læses som tekst og derfor ikke gennemsøges for personoplysninger"),
]

RULES: dict[str, Rule] = {rule.code: rule for rule in _RULES}
# A file with one of these is not read any further: nothing else about it is known.
BLOCKING = frozenset({"F101", "F104", "F105", "F106", "F108", "F109", "M201", "M202", "M203"})


@dataclass(frozen=True)
class Diagnostic:
    path: str  # POSIX path relative to the knowledge-base root
    line: int  # 1-based; 1 when the whole file is meant
    col: int  # 1-based
    code: str
    message: str
    hint: str = ""

    @property
    def severity(self) -> Severity:
        return RULES[self.code].severity

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.col, self.code, self.message)

    def cause_first(self) -> tuple:
        """Files that could not be read at all come first: later findings may follow from them."""
        return (self.code not in BLOCKING, *self.sort_key())


def count_by_severity(diagnostics: list[Diagnostic]) -> dict[Severity, int]:
    counts = {severity: 0 for severity in Severity}
    for diagnostic in diagnostics:
        counts[diagnostic.severity] += 1
    return counts


def fails(diagnostics: list[Diagnostic], strict: bool) -> bool:
    """Errors always fail; warnings fail only in strict mode; info never."""
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    return any(d.severity in failing for d in diagnostics)
