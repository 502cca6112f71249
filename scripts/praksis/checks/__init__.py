"""The rule families that read the model: each returns the findings of its own rules.

The pipeline runs them all (check_all) after the site map and the pages exist, since the link
check asks which pages and anchors the site will have.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..cache import ResultCache, disabled
from ..diagnostics import Diagnostic
from ..model import KnowledgeBase
from ..relations import Relations
from . import active, case_views, lifecycle, links, placeholders, references


def check_all(kb: KnowledgeBase, relations: Relations, site, cache: ResultCache | None = None) -> list[Diagnostic]:
    cache = cache or disabled()
    return [*references.check(kb, relations), *lifecycle.check(kb, relations), *case_views.check(kb, cache),
            *links.check(kb, site), *active.check(kb), *placeholders.check(kb)]


def check_root(root: Path, today: date | None = None, use_cache: bool = True):
    """(model, site, findings) of a knowledge base: pipeline.run for callers that want the three."""
    from ..pipeline import Options, run

    result = run(Path(root), Options(today=today, use_cache=use_cache))
    return result.kb, result.site, result.diagnostics
