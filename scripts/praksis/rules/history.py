"""H1xx: what git's history can tell about the knowledge base (page history, amendments, what is new)."""

from __future__ import annotations

from ..diagnostics import Severity
from . import Rule

I = Severity.INFO

SHALLOW_HISTORY = Rule(
    "H101", "shallow-history", I, "Git-historikken er afkortet, så sitet viser ingen datoer for ændringer",
    "Denne kopi af repositoriet har kun en del af historikken (en 'shallow clone'); sitet viser derfor "
    "ikke 'Sidst ændret', 'Historik' eller 'Nyt og ændret'.",
    "Hent hele historikken med 'git fetch --unshallow' (i GitHub Actions: 'fetch-depth: 0' på actions/checkout).",
    "Datoerne for ændringer læses af git's historik. En afkortet historik ville gøre de ældste ændringer, der er "
    "med, til de første, og give forkerte datoer; dem viser sitet hellere ikke.",
    "git clone --depth 1 ...", "git clone ...", examples_lang="text")

RULES = [SHALLOW_HISTORY]
