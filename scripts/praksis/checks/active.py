"""Bodies that would make the reader's browser load from other hosts or run code (K505, K506).

What a body holds was found when the file was read (active_content, cached with the entry).
"""

from __future__ import annotations

from ..active_content import diagnostic
from ..diagnostics import Diagnostic
from ..model import KnowledgeBase


def check(kb: KnowledgeBase) -> list[Diagnostic]:
    return [diagnostic(source.path, finding) for source in kb.sources() for finding in source.marks.active]
