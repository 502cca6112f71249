"""M2xx: the front matter, the block of keys and values at the top of an entry."""

from __future__ import annotations

from ..diagnostics import Severity
from . import Rule

E = Severity.ERROR

NO_FRONT_MATTER = Rule(
    "M201", "missing-front-matter", E, "Front matter mangler",
    "Filen har ingen front matter.",
    "Begynd filen med en '---'-linje, nøglerne og en afsluttende '---'-linje (se 'praksis new').",
    "Principper, sager og møder beskrives af nøglerne øverst i filen; uden dem er filen ikke et opslag.",
    "# Refleksionsrunden er fri for løsninger\n\nTekst ...",
    "---\nid: P-0004\ntitle: Refleksionsrunden er fri for løsninger\n...\n---\n\nTekst ...", fixed=True, suppressible=False, blocking=True)
INVALID_YAML = Rule(
    "M202", "invalid-yaml", E, "Front matter er ikke gyldig YAML",
    "Front matter er ikke gyldig YAML: {problem}.", "{fix}",
    "Kan front matter ikke læses, kan intet i filen kontrolleres, og den kan ikke udgives. Fejlen vises, hvor "
    "den begynder, fx ved det anførselstegn, der aldrig lukkes.",
    'title: "Refleksionsrunden er fri for løsninger\nsummary: ...',
    'title: "Refleksionsrunden er fri for løsninger"\nsummary: ...', fixed=True, suppressible=False, blocking=True)
NOT_A_MAPPING = Rule(
    "M203", "front-matter-not-mapping", E, "Front matter er ikke en samling af nøgler og værdier",
    "Front matter skal bestå af nøgler med værdier.", "Skriv hver oplysning som 'nøgle: værdi' på sin egen linje.",
    "Front matter er en række nøgler, hver med sin værdi.", "---\n- P-0004\n- Refleksion\n---",
    "---\nid: P-0004\ntitle: Refleksion\n---", fixed=True, suppressible=False, blocking=True)
MISSING_KEY = Rule(
    "M204", "missing-key", E, "Påkrævet nøgle mangler eller er tom",
    "Nøglen '{key}' {state} ({description})", "{fix}",
    "Nogle nøgler skal altid være udfyldt, fx status på et princip og ICS på en sag, så opslaget kan findes og "
    "vises rigtigt.", "id: C-0008\ntitle: Ung på 15 år\nics: []", "id: C-0008\ntitle: Ung på 15 år\nics: [adfaerd]")
WRONG_TYPE = Rule(
    "M205", "wrong-type", E, "Værdien har forkert type",
    "'{key}' {problem}.", "{fix}",
    "Hver nøgle har en type: tekst, dato, liste, true/false. En værdi af en anden type kan ikke bruges.",
    "onboarding: ja", "onboarding: true")
UNKNOWN_KEY = Rule(
    "M206", "unknown-key", E, "Ukendt nøgle",
    "Ukendt nøgle '{key}' for {owner}.", "{fix}",
    "En stavefejl i en nøgle ville ellers blive overset i stilhed, og værdien ville aldrig blive vist.",
    "ower: Faglig koordinator", "owner: Faglig koordinator")
INVALID_DATE = Rule(
    "M207", "invalid-date", E, "Ugyldig dato",
    "'{key}' {problem}.", "{fix}",
    "Datoer skrives ÅÅÅÅ-MM-DD og skal findes i kalenderen.", "review_by: 2027-02-30", "review_by: 2027-02-28")
NOT_ALLOWED = Rule(
    "M208", "value-not-allowed", E, "Værdien er ikke en af de tilladte",
    "'{key}' {problem}.", "{fix}",
    "Nogle nøgler har en fast liste af værdier, fx status: proposed, adopted, superseded eller retired.",
    "status: vedtaget", "status: adopted")
ID_NOT_FILENAME = Rule(
    "M209", "id-filename-mismatch", E, "Id passer ikke med filnavnet",
    "Id '{id}' passer ikke med filnavnet ({named}).",
    "Ret id til '{named}', eller omdøb filen så den begynder med '{id}'.",
    "Filnavnet og id'et skal sige det samme, ellers peger henvisninger og adresser forskellige steder hen.",
    "# fil: P-0007-tid.md\nid: P-0008", "# fil: P-0007-tid.md\nid: P-0007")
DUPLICATE_ID = Rule(
    "M210", "duplicate-id", E, "Samme id bruges i flere filer",
    "Id '{id}' bruges også i {other}.", "Giv det nyeste opslag det næste ledige id (se 'praksis new').",
    "Et id peger på præcis ét opslag; to filer med samme id gør henvisninger tvetydige.",
    "# to filer: P-0007-tid.md og P-0007-andet.md", "# P-0007-tid.md og P-0017-andet.md")
ID_FORM = Rule(
    "M211", "id-form", E, "Id har forkert form",
    "Id '{id}' har ikke formen for {kind}.", "{fix}",
    "Id'er har en fast form: P-0007, C-0003, M-2026-02-03, L-2026-01.", "id: P-7", "id: P-0007")
DUPLICATE_KEY = Rule(
    "M212", "duplicate-key", E, "Nøglen står mere end én gang",
    "Nøglen '{key}' står mere end én gang.", "Slet den ene forekomst; kun den sidste ville blive brugt.",
    "YAML bruger kun den sidste af to ens nøgler; den første bliver ignoreret uden et ord.",
    "status: proposed\nstatus: adopted", "status: adopted")
TEMPLATE_TEXT = Rule(
    "M213", "template-text-left", E, "Tekst fra skabelonen er ikke udfyldt",
    "{what}", "{fix}",
    "'praksis new' skriver vejledning, som forfatteren erstatter med sin egen tekst. Står vejledningen "
    "tilbage, ville den blive udgivet, som om den var aftalt praksis.",
    "summary: \"Skriv én sætning om, hvad teamet foreslår.\"",
    "summary: Sagsejer viser et genogram, når familien har mange relationer.")

RULES = (NO_FRONT_MATTER, INVALID_YAML, NOT_A_MAPPING, MISSING_KEY, WRONG_TYPE, UNKNOWN_KEY, INVALID_DATE,
         NOT_ALLOWED, ID_NOT_FILENAME, DUPLICATE_ID, ID_FORM, DUPLICATE_KEY, TEMPLATE_TEXT)
