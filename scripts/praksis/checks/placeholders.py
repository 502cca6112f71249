"""Guidance from `praksis new` still standing where the author's own text belongs (M213).

An unfilled template would be published as if it were agreed practice, and its example id would make
a real backlink; the texts come from data/placeholders.yml, which the templates also use.
"""

from __future__ import annotations

from .. import placeholders
from ..diagnostics import Diagnostic
from ..mdtext import code_free_lines
from ..model import KnowledgeBase

_HINT = "Erstat vejledningen fra skabelonen med din egen tekst, eller slet linjen."


def check(kb: KnowledgeBase) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for entry in kb.entries.values():
        kind = entry.kind.name
        summary = placeholders.summary_of(kind)
        if summary and entry.meta.get("summary") == summary:
            found.append(Diagnostic(entry.path, *entry.position("summary"), "M213",
                                    "'summary' er stadig skabelonens tekst.", "Skriv én sætning med dit eget indhold."))
        for offset, line in enumerate(code_free_lines(entry.body)):
            text = placeholders.in_body(kind, line)
            if text:
                found.append(Diagnostic(entry.path, entry.body_line + offset, line.index(text) + 1, "M213",
                                        f"Skabelonens tekst står stadig: '{text}'", _HINT))
    return found
