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
from ..model import KnowledgeBase

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def check(kb: KnowledgeBase, pages: dict[str, str]) -> list[Diagnostic]:
    """pages: site URI -> rendered Markdown of every page the site will have."""
    anchor_sets: dict[str, set[str]] = {}
    entry_pages = {entry.site_uri: entry for entry in kb.entries.values()}
    found: list[Diagnostic] = []
    for source in kb.sources():
        for target, line_no, col in source.marks.links:
            found += _check_link(kb, pages, anchor_sets, entry_pages, source, line_no, col, target)
    return found


_LINK_RULE = ("Et link skrives som stien fra siden til filen, som MkDocs finder den i docs/: sider med .md, fx "
              "../sparringsmodel.md fra en fil i docs/principper/ (en sag ligger på sitet under sager/). "
              "Opslag henvises der til med [[id]].")


def _check_link(kb, pages, anchor_sets, entry_pages, source, line, col, target) -> list[Diagnostic]:
    here = source.site_uri
    if _SCHEME.match(target):
        if target.lower().startswith(("http:", "https:")):
            return [Diagnostic(source.path, line, col, "K503", f"Eksternt link: {target}",
                               "Eksterne sider kontrolleres ikke automatisk; tjek at linket virker.")]
        return []
    path, _, fragment = target.partition("#")
    path = unquote(path.partition("?")[0])
    if path.startswith(("/", "\\")):
        return [Diagnostic(source.path, line, col, "K501", f"Linket '{target}' er en absolut sti; den virker ikke, "
                           "når sitet ligger i en undermappe på serveren.", _hint(here, path, pages, kb.static_files))]
    page = here if not path else _resolve(here, path, pages, kb.static_files)
    if page is None:
        return [Diagnostic(source.path, line, col, "K501", f"Linket '{target}' peger på en side der ikke findes.",
                           _hint(here, path, pages, kb.static_files))]
    if page in entry_pages and page != here:
        entry = entry_pages[page]
        return [Diagnostic(source.path, line, col, "K504", f"Linket '{target}' bruger en sti til {entry.id}.",
                           f"Skriv [[{entry.id}]] i stedet; så følger linket med, hvis filen flyttes.")]
    if fragment and page in pages:
        if page not in anchor_sets:
            anchor_sets[page] = anchors(pages[page])
        if unquote(fragment) not in anchor_sets[page]:
            return [Diagnostic(source.path, line, col, "K502", f"Ankeret '#{fragment}' findes ikke på {page}.",
                               "Ankre dannes af overskrifter med små bogstaver og bindestreger, "
                               "fx '## Børnefaglig undersøgelse' → #børnefaglig-undersøgelse.")]
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
