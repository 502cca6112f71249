"""Guidance from `praksis new` still standing where the author's own text belongs (M213).

An unfilled template would be published as if it were agreed practice, and its example id would make
a real backlink; the texts come from data/placeholders.yml, which the templates also use.
"""

from __future__ import annotations

from .. import placeholders
from ..diagnostics import Diagnostic
from ..rules.metadata import TEMPLATE_TEXT
from ..mdtext import code_free_lines
from ..model import KnowledgeBase

_HINT = "Erstat vejledningen fra skabelonen med din egen tekst, eller slet linjen."


def check(kb: KnowledgeBase) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for entry in kb.entries.values():
        kind = entry.kind.name
        summary = placeholders.summary_of(kind)
        if summary and entry.meta.get("summary") == summary:
            found.append(TEMPLATE_TEXT.at(entry.path, entry.position("summary"), what="'summary' er stadig "
                                          "skabelonens tekst.", fix="Skriv én sætning med dit eget indhold."))
        question = placeholders.question_of(kind)
        for index, asked in enumerate(entry.values("questions") if question else ()):
            if str(asked).strip() == question:
                found.append(TEMPLATE_TEXT.at(entry.path, entry.position("questions", index),
                                              what="Et spørgsmål under 'questions' er stadig skabelonens tekst.",
                                              fix="Skriv et spørgsmål, som princippet svarer på, med en kollegas ord."))
        lines = code_free_lines(entry.body) if placeholders.may_be_in(kind, entry.body) else ()
        for offset, line in enumerate(lines):
            text = placeholders.in_body(kind, line)
            if text:
                line_no, col = entry.body_line + offset, line.index(text) + 1
                found.append(TEMPLATE_TEXT.at(entry.path, (line_no, col), (line_no, col + len(text)),
                                              what=f"Skabelonens tekst står stadig: '{text}'", fix=_HINT))
    return found
