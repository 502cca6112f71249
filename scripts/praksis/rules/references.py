"""R3xx: references between entries, and to the taxonomies (ICS, methods, law, documents, forums)."""

from __future__ import annotations

from ..diagnostics import Severity
from . import Rule

E, W = Severity.ERROR, Severity.WARNING

UNKNOWN_ID = Rule(
    "R301", "unknown-id", E, "Henvisning til et id der ikke findes",
    "'{key}' henviser til {value}, som ikke findes.", "Tjek stavningen; {kind} har id som {example}.",
    "En henvisning til et opslag, der ikke findes, bliver et hul på sitet.", "principles: [P-0042]",
    "principles: [P-0004]")
WRONG_KIND = Rule(
    "R302", "wrong-kind", E, "Henvisning til et opslag af forkert slags",
    "'{key}' skal henvise til {wanted}, men {value} er {actual}.", "Flyt {value} til den rigtige nøgle.",
    "Hver nøgle henviser til én slags opslag: 'principles' til principper, 'decisions' til principper, "
    "'meeting' til møder.", "principles: [M-2026-02-03]", "principles: [P-0004]\n# og i princippet: meeting: M-2026-02-03")
UNKNOWN_WIKILINK = Rule(
    "R303", "unknown-reference", E, "[[id]] i teksten peger på et id der ikke findes",
    "[[{id}]] findes ikke.", "Tjek id'et; alle opslag står under 'Principper', 'Sager' og 'Møder' på sitet.",
    "En henvisning i teksten til et opslag, der ikke findes, vises som '(ukendt henvisning)'.",
    "Se [[P-0404]].", "Se [[P-0004]].", examples_lang="markdown")


def _taxonomy(code: str, name: str, label: str, summary: str, hint: str, explanation: str, wrong: str,
              right: str) -> Rule:
    return Rule(code, name, E, summary, f"Ukendt {label} '{{value}}' under '{{key}}'.", hint, explanation, wrong,
                right)


UNKNOWN_ICS = _taxonomy(
    "R304", "unknown-ics", "ICS-nøgle", "Ukendt ICS-nøgle",
    "Se ICS-trekantens sider og dimensioner under 'ICS-trekanten' på sitet.",
    "ICS-nøglerne er de tre sider og ti dimensioner i den forenklede ICS (fra 2019).", "ics: [trivsel]",
    "ics: [trygt-omsorgsmiljoe]")
UNKNOWN_METHOD = _taxonomy(
    "R305", "unknown-method", "metode", "Ukendt metode", "Se listen over metoder under 'Metoder' på sitet.",
    "Metoderne er en fast liste, så man kan finde alle principper om samme metode.", "methods: [yoga]",
    "methods: [signs-of-safety]")
UNKNOWN_LAW = _taxonomy(
    "R306", "unknown-law", "lovhenvisning", "Ukendt lovhenvisning",
    "Brug en nøgle som bl-20 (Barnets lov § 20); se 'Lovgrundlag'.",
    "Lovhenvisninger er nøgler til paragraffer, der er kontrolleret mod lovteksten.", "legal: [sel-50]",
    "legal: [bl-20]")
UNKNOWN_DOCUMENT = _taxonomy(
    "R307", "unknown-document", "dokumenttype", "Ukendt dokumenttype",
    "Se 'Sådan foreslår du en ændring' for de tilladte dokumenttyper.",
    "Dokumenttyperne er en fast liste over de dokumenter, der tages med til sparring.", "documents: [dagbog]",
    "documents: [underretning]")
UNKNOWN_FORUM = _taxonomy(
    "R308", "unknown-forum", "forum", "Ukendt forum", "Brug fx teammoede eller leder-til-leder.",
    "Fora er de mødetyper, hvor sparring og beslutninger finder sted.", "forum: fredagsbar", "forum: teammoede")
OLD_ICS_NAME = Rule(
    "R309", "old-ics-name", W, "Forældet betegnelse (2007-2018) i stedet for den gældende nøgle",
    "'{value}' er en forældet betegnelse (2007-2018); i dag hedder det '{label}'.", "Skriv nøglen '{key}' i stedet.",
    "ICS blev forenklet i 2019. De gamle betegnelser genkendes, men bør skiftes til de gældende nøgler.",
    "ics: [Følelsesmæssig varme]", "ics: [trygt-omsorgsmiljoe]")
SELF_REFERENCE = Rule(
    "R310", "self-reference", E, "Et opslag henviser til sig selv",
    "'{key}' henviser til opslaget selv ({value}).", "Fjern henvisningen.",
    "Et princip kan ikke være relateret til eller erstatte sig selv.", "# i P-0002\nrelated: [P-0002]",
    "# i P-0002\nrelated: [P-0001]")
UNKNOWN_TIMELINE_KIND = _taxonomy(
    "R311", "unknown-timeline-kind", "hændelsestype", "Ukendt hændelsestype i tidslinjen",
    "Brug fx underretning, samtale-med-barnet eller opfoelgning; se 'Sådan foreslår du en ændring'.",
    "Hændelserne i en tidslinje har en fast liste af typer, så tidslinjen kan tegnes ens i alle sager.",
    "timeline:\n  - {when: Uge 0, kind: kaffe, text: ...}", "timeline:\n  - {when: Uge 0, kind: underretning, text: ...}")
MALFORMED_REFERENCE = Rule(
    "R312", "malformed-reference", E, "[[...]] i teksten har ikke formen for en henvisning",
    "[[{inside}]] er ikke en henvisning og vises som den står.", "{fix}",
    "Kun [[P-0001]], [[P-0001|egen tekst]] og tilsvarende for sager, møder og tilsyn bliver til links; alt "
    "andet mellem dobbelte firkantede parenteser ville stå som tekst på sitet.", "Se [[p-1]].", "Se [[P-0001]].",
    examples_lang="markdown")
LABEL_NOT_KEY = Rule(
    "R313", "label-not-key", W, "Navnet i stedet for nøglen (fx 'Trygt omsorgsmiljø' for trygt-omsorgsmiljoe)",
    "'{value}' er navnet, ikke nøglen, under '{key}'.",
    "Skriv nøglen '{item}' i stedet; navnet kan ændres, nøglen står fast.",
    "Nøgler skrives med små bogstaver og bindestreger; navnet, der vises på sitet, kan ændres uden at "
    "henvisningerne går i stykker.", "ics: [Trygt omsorgsmiljø]", "ics: [trygt-omsorgsmiljoe]")

DATED_RECORD_NAMES_CASE = Rule(
    "R314", "dated-record-names-case", E, "Et mødereferat eller et tilsyn nævner en eksempelsag",
    "{record} nævner en eksempelsag ({what}). Dato, team og sagens historie er tilsammen nok til, at en kollega "
    "i afdelingen kan finde familien.",
    "{fix} Skriv i stedet det principielle spørgsmål, drøftelsen rejste, og hvad der blev besluttet; sagen "
    "henviser selv til principperne under 'principles'.",
    "En eksempelsag er sammensat og må ikke kunne føres tilbage til en familie. Et referat har en dato og et "
    "team, og står sagen i referatet, kan enhver i afdelingen slå op, hvilken sag der var på mødet den dag: så er "
    "sagen kun pseudonymiseret, ikke anonymiseret. Derfor nævner møder og tilsyn aldrig en sag, hverken under "
    "'cases' eller som [[C-...]] i teksten, og sagen nævner aldrig et møde eller en dato.",
    "---\nid: M-2026-02-03\ndate: 2026-02-03\nforum: teammoede\ncases: [C-0001]\n---\n\n"
    "[[C-0001]]: Sagsejeren ønskede sparring på et barns skolefravær og mors psykiske helbred.",
    "---\nid: M-2026-02-03\ndate: 2026-02-03\nforum: teammoede\ndecisions: [P-0002]\n---\n\n"
    "En sagsdrøftelse rejste spørgsmålet, hvordan sagsejeren bedst viser forløbet; teamet vedtog [[P-0002]].",
    fixed=True, suppressible=False, examples_lang="markdown")

# How the rule names the record, by kind.
RECORDS = {"meeting": "Mødereferatet", "supervision": "Referatet af ledelsestilsynet"}

RULES = (UNKNOWN_ID, WRONG_KIND, UNKNOWN_WIKILINK, UNKNOWN_ICS, UNKNOWN_METHOD, UNKNOWN_LAW, UNKNOWN_DOCUMENT,
         UNKNOWN_FORUM, OLD_ICS_NAME, SELF_REFERENCE, UNKNOWN_TIMELINE_KIND, MALFORMED_REFERENCE, LABEL_NOT_KEY,
         DATED_RECORD_NAMES_CASE)

BY_TAXONOMY = {"ics": UNKNOWN_ICS, "methods": UNKNOWN_METHOD, "legal": UNKNOWN_LAW, "documents": UNKNOWN_DOCUMENT,
               "forums": UNKNOWN_FORUM, "timeline_kinds": UNKNOWN_TIMELINE_KIND}
