"""All checks of a knowledge base: load, then each family of rules over the model."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .. import personal_data
from ..cache import ResultCache, disabled
from ..diagnostics import Diagnostic
from ..loader import load
from ..model import KnowledgeBase
from ..render import render_site
from . import case_views, lifecycle, links, references


def check_model(kb: KnowledgeBase, pages: dict[str, str]) -> list[Diagnostic]:
    return [*references.check(kb), *lifecycle.check(kb), *case_views.check(kb), *links.check(kb, pages)]


def check_root(root: Path, today: date | None = None, use_cache: bool = True):
    """Load, render and check; returns (kb, pages, sorted diagnostics)."""
    cache = ResultCache(root) if use_cache else disabled()
    result = load(root, today, cache)
    site = render_site(result.kb)
    diagnostics = (result.diagnostics + site.diagnostics + check_model(result.kb, site.markdown_by_uri())
                   + personal_data.scan_root(root, cache))
    cache.save()
    return result.kb, site, sorted(set(diagnostics), key=Diagnostic.sort_key)
