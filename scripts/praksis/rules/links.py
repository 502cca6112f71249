"""K5xx: links in the text, and what content would make the reader's browser load or run."""

from __future__ import annotations

from ..diagnostics import Severity
from . import Rule

E, I = Severity.ERROR, Severity.INFO

LINK_RULE = ("Et link skrives som stien fra siden til filen, som MkDocs finder den i docs/: sider med .md, fx "
             "../sparringsmodel.md fra en fil i docs/principper/ (en sag ligger på sitet under sager/). "
             "Opslag henvises der til med [[id]].")

BROKEN_LINK = Rule(
    "K501", "broken-link", E, "Linket peger på en side der ikke findes",
    "{problem}", "{fix}",
    "Et link, som tjekket godkender, virker også på sitet: det skrives som stien til filen, og MkDocs gør det til "
    "sidens adresse. Adresser fra browseren (../sparringsmodel/) virker ikke, fordi de regnes forskelligt fra "
    "side til side.", "[sparringsmodellen](../sparringsmodel/)", "[sparringsmodellen](../sparringsmodel.md)",
    examples_lang="markdown")
BROKEN_ANCHOR = Rule(
    "K502", "broken-anchor", E, "Linket peger på et anker der ikke findes",
    "Ankeret '#{fragment}' findes ikke på {page}.",
    "Ankre dannes af overskrifter med små bogstaver og bindestreger, fx '## Børnefaglig undersøgelse' → "
    "#børnefaglig-undersøgelse.",
    "Et anker er en overskrift på siden; ændres overskriften, holder linket op med at virke.",
    "[se](../brug.md#sadan-gor-du)", "[se](../brug.md#sådan-gør-du)", examples_lang="markdown")
EXTERNAL_LINK = Rule(
    "K503", "external-link", I, "Link til en ekstern adresse (kontrolleres ikke)",
    "Eksternt link: {target}", "Eksterne sider kontrolleres ikke automatisk; tjek at linket virker.",
    "Links til andre steder er tilladt, men tjekket henter dem ikke (sitet er internt).",
    "[Retsinformation](https://www.retsinformation.dk)", "(uændret: det er en oplysning, ikke en fejl)",
    examples_lang="markdown")
PATH_TO_ENTRY = Rule(
    "K504", "path-to-entry", E, "Relativt link til et opslag; brug [[id]]",
    "Linket '{target}' bruger en sti til {id}.", "Skriv [[{id}]] i stedet; så følger linket med, hvis filen flyttes.",
    "Opslag henvises der til med id, så henvisningen viser titlen og holder, når filen omdøbes.",
    "[princippet](principper/P-0001-en-time.md)", "[[P-0001]]", examples_lang="markdown")
EXTERNAL_RESOURCE = Rule(
    "K505", "external-resource", E, "Indholdet henter noget fra en anden server (billede, iframe, script, CSS)",
    "Indholdet henter fra en anden server: {what}.",
    "Sitet må ikke hente noget fra andre servere. Læg filen i docs/ og henvis til den med en relativ sti, eller "
    "gør det til et almindeligt link, som læseren selv klikker på.",
    "Sitet er internt og lover, at intet hentes fra andre servere: hver hentning fortæller en anden server, "
    "hvem der læser hvad.", '<img src="https://example.org/logo.png">', "![logo](billeder/logo.png)",
    fixed=True, suppressible=False, examples_lang="markdown")
RUNS_CODE = Rule(
    "K506", "runs-code", E, "Indholdet kører kode (script, hændelse, javascript:-adresse)",
    "Indholdet kører kode: {what}.",
    "Scripts og kode i indholdet kan ikke kontrolleres og er ikke tilladt; fjern det. Har sitet brug for en "
    "funktion, skal den laves i praksis' tema.",
    "Kode i indholdet kunne sende det, læseren ser, videre, eller ændre siden. Kun praksis' egne scripts kører.",
    "<script>alert(1)</script>", "(fjernet)", fixed=True, suppressible=False, examples_lang="markdown")

RULES = (BROKEN_LINK, BROKEN_ANCHOR, EXTERNAL_LINK, PATH_TO_ENTRY, EXTERNAL_RESOURCE, RUNS_CODE)
