"""Markdown links and #anchors in docs/ and cases resolve on the built site.

Links are resolved the way MkDocs resolves them: relative to the page's
place on the site, against every page the site will have (hand-written and
generated). Links to other hosts are listed (K503), never fetched.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import unquote

from ..anchors import anchors
from ..diagnostics import Diagnostic
from ..rules import links as rules
from ..model import KnowledgeBase

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def check(kb: KnowledgeBase, site) -> list[Diagnostic]:
    """site: every page the site will have, hand-written and generated, and where each one is."""
    pages = site.markdown_by_uri()  # a page's text is rendered only when a link asks for its anchors
    anchor_sets: dict[str, set[str]] = {}
    entry_pages = {site.sitemap.entry(entry): entry for entry in kb.entries.values()}
    found: list[Diagnostic] = []
    for source in kb.sources():
        here = site.sitemap.of(source)
        for target, line_no, col in source.marks.links:
            found += _check_link(kb, pages, anchor_sets, entry_pages, source, here, line_no, col, target)
    return found


_LINK_RULE = rules.LINK_RULE


def _check_link(kb, pages, anchor_sets, entry_pages, source, here, line, col, target) -> list[Diagnostic]:
    if _SCHEME.match(target):
        if target.lower().startswith(("http:", "https:")):
            return [rules.EXTERNAL_LINK.at(source.path, (line, col), (line, col + len(target)), target=target)]
        return []
    path, _, fragment = target.partition("#")
    path = unquote(path.partition("?")[0])
    if path.startswith(("/", "\\")):
        return [rules.BROKEN_LINK.at(source.path, (line, col), (line, col + len(target)),
                                     problem=f"Linket '{target}' er en absolut sti; den virker ikke, når sitet ligger "
                                             "i en undermappe på serveren.", fix=_hint(here, path, pages, kb.static_files))]
    page = here if not path else _resolve(here, path, pages, kb.static_files)
    if page is None:
        return [rules.BROKEN_LINK.at(source.path, (line, col), (line, col + len(target)),
                                     problem=f"Linket '{target}' peger på en side der ikke findes.",
                                     fix=_hint(here, path, pages, kb.static_files))]
    if page in entry_pages and page != here:
        entry = entry_pages[page]
        return [rules.PATH_TO_ENTRY.at(source.path, (line, col), (line, col + len(target)), target=target,
                                       id=entry.id)]
    if fragment and page in pages:
        if page not in anchor_sets:
            anchor_sets[page] = anchors(pages[page])
        if unquote(fragment) not in anchor_sets[page]:
            return [rules.BROKEN_ANCHOR.at(source.path, (line, col), (line, col + len(target)), fragment=fragment,
                                           page=page)]
    return []


def _resolve(here: str, path: str, pages, static: set[str]) -> str | None:
    """The file a relative link names, exactly as MkDocs resolves it: no guessing of .md or index.md."""
    target = posixpath.normpath(posixpath.join(posixpath.dirname(here), path))
    return target if target in pages or target in static else None


def _hint(here: str, path: str, pages, static: set[str]) -> str:
    """The rule, and the link that works if the author meant a page that exists."""
    wanted = _meant(here, path, pages, static)
    if wanted is None:
        return _LINK_RULE
    return f"Skriv '{posixpath.relpath(wanted, posixpath.dirname(here) or '.')}'. {_LINK_RULE}"


def _meant(here: str, path: str, pages, static: set[str]) -> str | None:
    """A page the link could mean: read from the file's folder, or as an address on the site."""
    url_dir = here[:-3] + "/" if here.endswith(".md") and not here.endswith("index.md") else posixpath.dirname(here)
    bases = [posixpath.dirname(here), url_dir, ""] if not path.startswith(("/", "\\")) else [""]
    for base in bases:
        joined = posixpath.normpath(posixpath.join(base, path.lstrip("/\\"))).rstrip("/")
        for candidate in (joined, joined + ".md", posixpath.join(joined, "index.md"),
                          joined.removesuffix(".html") + ".md"):
            if not candidate.startswith("..") and (candidate in pages or candidate in static):
                return candidate
    return None
