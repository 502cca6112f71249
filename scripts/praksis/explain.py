"""`praksis rule`: a rule explained in the terminal, as its page on the site explains it."""

from __future__ import annotations

import textwrap

from .diagnostics import DANISH
from .rules import FAMILIES, REGISTRY, Rule


def explain(rule: Rule) -> str:
    lines = [f"{rule.code} {rule.name} ({DANISH[rule.severity]})", "", rule.summary + ".", ""]
    lines += textwrap.wrap(rule.explanation, 100) + [""]
    lines += ["Sådan ser fejlen ud:", "", *_indented(rule.wrong), "", "Sådan rettes den:", "", *_indented(rule.right), ""]
    if rule.fixed:
        lines.append("Reglen vogter sitets løfter og kan ikke slås fra eller gøres mildere i mkdocs.yml.")
    else:
        lines.append(f"Kan sættes under 'severity' i praksis-pluginnets indstillinger i mkdocs.yml, fx "
                     f"'{rule.code}: warning'.")
    if rule.suppressible:
        lines.append(f"Et enkelt fund undtages med <!-- praksis:tillad {rule.code} --> sidst på linjen.")
    lines.append(f"På sitet: {rule.page.removesuffix('.md')}/")
    return "\n".join(lines)


def overview() -> str:
    lines = []
    for letter, family in FAMILIES.items():
        lines.append(f"{letter}: {family}")
        lines += [f"  {rule.code}  {rule.name:<30} {DANISH[rule.severity]:<9} {rule.summary}"
                  for rule in REGISTRY if rule.code.startswith(letter)]
    return "\n".join(lines)


def _indented(example: str) -> list[str]:
    return ["    " + line for line in example.split("\n")]
