"""All checks of a knowledge base: load, then each family of rules over the model."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from .. import personal_data
from ..cache import ResultCache, disabled
from ..diagnostics import Diagnostic
from ..rules import cause_first
from ..files import read_content
from ..loader import PARSE, load
from ..parallel import precompute
from ..model import KnowledgeBase
from ..render import render_site
from . import active, case_views, lifecycle, links, placeholders, references


def check_model(kb: KnowledgeBase, pages: dict[str, str], cache: ResultCache | None = None) -> list[Diagnostic]:
    cache = cache or disabled()
    return [*references.check(kb), *lifecycle.check(kb), *case_views.check(kb, cache),
            *links.check(kb, pages), *active.check(kb), *placeholders.check(kb)]


def check_root(root: Path, today: date | None = None, use_cache: bool = True):
    """Load, render and check; returns (kb, pages, sorted diagnostics)."""
    with _collections_paused():
        cache = ResultCache(root) if use_cache else disabled()
        listing = read_content(Path(root))
        files = listing.files
        scan = personal_data.ScanStage(root)
        precompute(cache, [PARSE, scan], files)
        result = load(root, today, cache, files, listing.irregular)
        site = render_site(result.kb)
        diagnostics = (result.diagnostics + site.diagnostics + check_model(result.kb, site.markdown_by_uri(), cache)
                       + personal_data.scan_root(root, cache, files, scan))
        cache.save()
    return result.kb, site, sorted(set(diagnostics), key=cause_first)


@contextmanager
def _collections_paused():
    """The model is hundreds of thousands of small acyclic objects; Python's cycle
    collector would walk them again and again while they are made (measured: a
    third of a warm check at 10,000 entries), and would free nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
