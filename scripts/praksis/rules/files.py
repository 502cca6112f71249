"""F1xx: the file itself, before anything in it can be read."""

from __future__ import annotations

from ..diagnostics import Severity
from . import Rule

E = Severity.ERROR

NOT_UTF8 = Rule(
    "F101", "not-utf8", E, "Filen er ikke gyldig UTF-8",
    "Filen er ikke gyldig UTF-8 (byte 0x{byte}).",
    "Gem filen med tegnsættet UTF-8; den er måske gemt som Windows-1252 eller Latin-1.",
    "Vidensbasen læser alle filer som UTF-8. En fil gemt med et andet tegnsæt kan ikke læses sikkert: "
    "æ, ø og å bliver forkerte, og tjekket for personoplysninger kan ikke læse teksten.",
    "Filen er gemt som Windows-1252: 'S\\xf8ren' i stedet for 'Søren'.",
    "Samme fil gemt som UTF-8 (i VS Code: 'Save with Encoding' > 'UTF-8').", fixed=True, suppressible=False, examples_lang="text", blocking=True)
BOM = Rule(
    "F102", "byte-order-mark", E, "Filen begynder med et byte order mark (BOM)",
    "Filen begynder med et BOM-tegn.",
    "Gem filen som UTF-8 uden BOM (i VS Code: 'Save with Encoding' > 'UTF-8').",
    "Et BOM-tegn er usynligt, men står foran '---', så front matter ikke bliver genkendt af andre værktøjer.",
    "\\ufeff---\nid: P-0007\n---", "---\nid: P-0007\n---")
CRLF = Rule(
    "F103", "windows-line-endings", E, "Filen bruger Windows-linjeskift (CRLF)",
    "Filen bruger Windows-linjeskift (CRLF).",
    "Gem filen med LF-linjeskift (i VS Code: klik på 'CRLF' nederst til højre og vælg 'LF'). Har git lavet "
    "linjeskiftene om i hele mappen (Git for Windows' core.autocrlf=true), så klon vidensbasen igen: dens "
    ".gitattributes holder LF.",
    "Alle filer har LF-linjeskift, så ændringer i en pull request viser de linjer, der faktisk er ændret, "
    "og ikke hele filen.", "linje 1\\r\\nlinje 2\\r\\n", "linje 1\\nlinje 2\\n", examples_lang="text")
EMPTY = Rule(
    "F104", "empty-file", E, "Filen er tom",
    "Filen er tom.", "Udfyld filen fra skabelonen med 'praksis new', eller slet den.",
    "En tom fil ville blive en tom side på sitet.", "(en fil uden indhold)",
    "praksis new principle --title \"...\"", fixed=True, suppressible=False, examples_lang="text", blocking=True)
BINARY = Rule(
    "F105", "binary-markdown", E, "Filen er binær, ikke tekst",
    "Filen ser ud til at være binær (den indeholder NUL-tegn).",
    "Gem indholdet som almindelig tekst (Markdown) eller fjern filen.",
    "En .md-fil skal være tekst. En binær fil (fx et Word-dokument gemt som .md) kan hverken kontrolleres "
    "eller vises.", "P-0007-x.md er i virkeligheden en .docx-fil.", "P-0007-x.md er almindelig tekst.",
    fixed=True, suppressible=False, examples_lang="text", blocking=True)
BAD_NAME = Rule(
    "F106", "misplaced-file", E, "Filnavnet eller placeringen følger ikke reglen for mappen",
    "{problem}", "{fix}",
    "Filnavnet giver opslaget dets id og adresse på sitet; sager udgives kun fra Markdown-filer direkte i "
    "cases_anonymized/. En fil, der ikke følger reglen, ville blive væk eller udgivet ukontrolleret.",
    "docs/principper/p7 tid til sparring.md", "docs/principper/P-0007-tid-til-sparring.md",
    fixed=True, suppressible=False, examples_lang="text", blocking=True)
GENERATED_ADDRESS = Rule(
    "F107", "generated-address", E, "Filen har samme adresse som en side der dannes automatisk",
    "Siden {uri} dannes automatisk og kan ikke skrives i hånden.",
    "Flyt teksten til en anden fil, fx i docs/ med et andet navn.",
    "Nogle sider (fx oversigterne over ICS-trekanten og principperne) dannes ud fra indholdet. En håndskrevet "
    "fil med samme adresse ville aldrig blive vist.", "docs/ics/index.md", "docs/om-ics.md", examples_lang="text")
LINK_OR_SPECIAL = Rule(
    "F108", "not-a-regular-file", E, "Et symbolsk link eller noget der ikke er en almindelig fil",
    "{problem}", "{fix}",
    "MkDocs følger symbolske links og ville udgive indhold udefra, som praksis aldrig har læst, også "
    "personoplysninger. Derfor må der kun ligge almindelige filer og mapper i vidensbasens mapper.",
    "docs/ekstern -> /tmp/noter", "docs/ekstern/ (en almindelig mappe med filerne i)", fixed=True, suppressible=False,
    examples_lang="text", blocking=True)
OTHER_MARKDOWN = Rule(
    "F109", "markdown-suffix", E, "Markdown-fil med en anden endelse end .md",
    "Markdown-filer skal have endelsen .md, ikke '{suffix}'.",
    "Omdøb filen, så den ender på .md (med små bogstaver); kun sådan bliver den kontrolleret.",
    "MkDocs udgiver også .markdown, .mdown, .mkd og andre endelser som sider, men praksis kontrollerer "
    ".md. En side med en anden endelse ville blive udgivet ukontrolleret.",
    "docs/principper/P-0016-x.markdown", "docs/principper/P-0016-x.md", fixed=True, suppressible=False, examples_lang="text", blocking=True)
TOO_DEEP = Rule(
    "F110", "nested-too-deep", E, "Teksten er indlejret for dybt (lister eller citater)",
    "Teksten er indlejret {depth} niveauer dybt; højst {limit} kan vises.",
    "Del listen eller citatet op, så det højst er indrykket {limit} niveauer.",
    "Markdown-omsætteren bygger siden rekursivt; hundreder af indlejrede lister eller citater får den til at "
    "give op, og siden kan ikke bygges.", "- punkt\n    - punkt\n        - ... (hundreder af niveauer)",
    "- punkt\n    - punkt", fixed=True, suppressible=False, examples_lang="markdown")

RULES = (NOT_UTF8, BOM, CRLF, EMPTY, BINARY, BAD_NAME, GENERATED_ADDRESS, LINK_OR_SPECIAL, OTHER_MARKDOWN, TOO_DEEP)
