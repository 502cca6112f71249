"""P6xx: personal data (the anonymization guard). Messages are masked: they say what and where, never the data."""

from __future__ import annotations

from ..diagnostics import Severity
from . import Rule

E, W = Severity.ERROR, Severity.WARNING

ALLOW_FILE = ".praksis-allow.yml"
MARKER = "<!-- praksis:tillad -->"
_ESCAPE = (f" Er det ikke en personoplysning: skriv {MARKER} sidst på linjen, eller læg fingeraftrykket fra "
           f"'praksis scan --show-fingerprints' i {ALLOW_FILE}.")
_WHY = ("Eksempelsager skal være anonyme: rollenavne (Barn A, Mor), alder og relativ tid. En personoplysning, der "
        "slipper igennem, kan føre en sag tilbage til et barn.")


def _finding(code: str, name: str, summary: str, fix: str, wrong: str, right: str, severity=E) -> Rule:
    return Rule(code, name, severity, summary, "{masked}", fix + _ESCAPE, _WHY, wrong, right, fixed=severity is E,
                examples_lang="markdown")


ALLOW_FILE_BROKEN = Rule(
    "P600", "allow-file-broken", E, f"Filen {ALLOW_FILE} kan ikke læses",
    "{problem}",
    "Ret filen, så den har formen 'fingerprints: [{{path: ..., code: P606, fingerprint: ...}}]' og 'places: [...]'; "
    "fingeraftryk fås med 'praksis scan --show-fingerprints'.",
    f"{ALLOW_FILE} holder de undtagelser, der er gennemgået i en pull request. Kan den ikke læses, gælder ingen af "
    "dem, og det skal man vide.", "fingerprints: {path: docs/x.md}", "fingerprints:\n  - {path: docs/x.md, code: "
    "P606, fingerprint: 3f2a...}", fixed=True, suppressible=False)
CPR = _finding("P601", "cpr-number", "CPR-nummer",
               "Fjern CPR-nummeret; eksempelsager bruger rollenavne og alder (fx Barn A, 11 år).",
               "Barn A (010203-1234) er 11 år.", "Barn A er 11 år.")
PHONE = _finding("P602", "phone-number", "Telefonnummer", "Fjern telefonnummeret.", "Mor har tlf. 22 33 44 55.",
                 "Mor kan kontaktes via sagsbehandleren.")
EMAIL = _finding("P603", "email-address", "E-mailadresse", "Fjern e-mailadressen.", "Skriv til mor@example.dk.",
                 "Skriv til Mor via den sikre postkasse.")
ADDRESS = _finding("P604", "address", "Adresse", "Fjern adressen; skriv højst 'i kommunen' eller 'i nabokommunen'.",
                   "Familien bor på Byvej 12, 2. th.", "Familien bor i kommunen.")
BIRTH_DATE = _finding("P605", "birth-date", "Fødselsdato", "Skriv alderen i stedet for fødselsdatoen (fx 11 år).",
                      "Barn A, født 3. februar 2015.", "Barn A, 11 år.")
NAME = _finding("P606", "person-name", "Personnavn",
                "Erstat navnet med et rollenavn (Barn A, Mor, Far, Plejemor ...).", "Mette fortæller, at ...",
                "Mor fortæller, at ...")
MAYBE_NAME = _finding("P607", "maybe-name", "Muligt personnavn i starten af en sætning",
                      "Er ordet et navn, så erstat det med et rollenavn (Barn A, Mor, Far ...).",
                      "Storm er 9 år.", "Barn B er 9 år.", severity=W)
UNREADABLE = Rule(
    "P608", "unreadable-file", E, "Filen kan ikke læses som tekst og derfor ikke gennemsøges for personoplysninger",
    "{masked}",
    "Tjek selv filen (fx et billede eller en PDF) for navne, CPR-numre og andet, der kan genkendes. Er den fri for "
    f"personoplysninger, så læg dens fingeraftryk fra 'praksis scan --show-fingerprints' i {ALLOW_FILE}; ændres "
    "filen, skal den godkendes igen.",
    "Et billede eller en PDF kan indeholde navne, som tjekket ikke kan læse. Derfor udgives den først, når en "
    "person har set den igennem og godkendt netop denne version.", "docs/billeder/genogram.png (ikke godkendt)",
    f"docs/billeder/genogram.png, med sit fingeraftryk i {ALLOW_FILE}", fixed=True, suppressible=False,
    examples_lang="text")

INSTITUTION = Rule(
    "P609", "institution-name", W, "Navn på skole, institution eller opholdssted", "{masked}",
    "Skriv hvilken slags sted det er (en skole i kommunen, et opholdssted) i stedet for navnet." + _ESCAPE,
    "En navngiven skole eller et navngivet opholdssted har få børn; sammen med sagens øvrige oplysninger kan "
    "navnet pege på netop dette barn. Offentlige myndigheder, der nævnes ved deres slags (Familieretshuset, "
    "Børnehuset), er ikke omfattet.", "Barn A går på Solbakkeskolen.", "Barn A går på en skole i kommunen.",
    examples_lang="markdown")

RULES = (ALLOW_FILE_BROKEN, CPR, PHONE, EMAIL, ADDRESS, BIRTH_DATE, NAME, MAYBE_NAME, UNREADABLE, INSTITUTION)
