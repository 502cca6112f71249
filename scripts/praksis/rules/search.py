"""S9xx: the knowledge base's synonyms for the search (data/synonyms.yml)."""

from __future__ import annotations

from ..diagnostics import Severity
from . import Rule

E = Severity.ERROR

_EXAMPLE = "groups:\n  - terms: [børnefaglig undersøgelse, BFU]\n    target: legal:bl-20"

UNREADABLE = Rule(
    "S901", "synonyms-unreadable", E, "Synonymfilen kan ikke læses",
    "data/synonyms.yml kan ikke læses: {why}.",
    "Ret filen, så den er gyldig YAML i UTF-8; se eksemplet øverst i filen.",
    "Søgningen bruger synonymerne på hver side; en fil, der ikke kan læses, ville give en søgning uden dem.",
    "groups:\n  - terms: [BFU, børnefaglig undersøgelse\n    target: legal:bl-20", _EXAMPLE, blocking=True)
MALFORMED_GROUP = Rule(
    "S902", "synonym-group-malformed", E, "En gruppe i synonymfilen mangler ord eller mål",
    "I data/synonyms.yml: {what}.",
    "Skriv gruppen som '- terms: [ord, andet ord]' med mindst to ord og en linje 'target: ...' under.",
    "En gruppe forbinder ord, der betyder det samme, og peger på, hvor begrebet er forklaret.",
    "groups:\n  - terms: [BFU]", _EXAMPLE)
UNKNOWN_TARGET = Rule(
    "S903", "synonym-target-unknown", E, "Et synonyms mål findes ikke",
    "Målet '{target}' for {terms} findes ikke: {why}.",
    "{fix}",
    "Målet er der, hvor begrebet er forklaret: en nøgle i en taksonomi (legal:bl-20, methods:signs-of-safety, "
    "ics:..., documents:..., forums:...) eller en side med en overskrift (ordliste.md#genogram). Et mål, der ikke "
    "findes, er ofte en stavefejl eller en overskrift, der er ændret.",
    "  - terms: [SoS, Signs of Safety]\n    target: methods:sos",
    "  - terms: [SoS, Signs of Safety]\n    target: methods:signs-of-safety")
TERM_TWICE = Rule(
    "S904", "synonym-term-twice", E, "Samme ord står i to synonymgrupper",
    "'{term}' står både i gruppen på linje {other} og i denne.",
    "Saml grupperne til én, eller fjern ordet fra den ene: et ord kan kun betyde én ting i søgningen.",
    "Står et ord i to grupper, ville en søgning på det finde begge gruppers sider, og ingen af dem først.",
    "  - terms: [plan, barnets plan]\n    target: legal:bl-91\n  - terms: [plan, sikkerhedsplan]\n"
    "    target: methods:sikkerhedsplan",
    "  - terms: [barnets plan, handleplan]\n    target: legal:bl-91")

RULES = (UNREADABLE, MALFORMED_GROUP, UNKNOWN_TARGET, TERM_TWICE)
