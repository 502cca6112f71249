"""Every address on the site, the navigation, and the titles shown for entries: in one place.

A page is named by its source URI (its path as MkDocs sees it below docs/, 'principper/P-0001-x.md'),
as MkDocs names files; `href` turns two of them into the relative link a page carries, for the
site's link style (use_directory_urls). Nothing else in praksis builds an address.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import cached_property

from .danish import danish_date
from .model import Document, Entry, KnowledgeBase
from .rules import Rule
from .taxonomy import Item

# Where each kind of entry is published (cases live outside docs/ and are published by the plugin).
ENTRY_FOLDERS = {"principle": "principper", "case": "sager", "meeting": "moeder", "supervision": "tilsyn"}

INDEX = {
    "ics": "ics/index.md", "methods": "metoder/index.md", "legal": "lov/index.md",
    "status": "status/index.md", "principles": "principper/index.md", "cases": "sager/index.md",
    "meetings": "moeder/index.md", "learning": "laering/index.md", "supervisions": "tilsyn/index.md",
    "rules": "regler/index.md", "news": "nyt/index.md", "review": "revision/index.md",
    "print": "principper/udskrift.md",
}
FEED = "feed.xml"
STATUS_PAGES = {
    "proposed": "Forslag til behandling",
    "adopted": "Vedtagne principper",
    "superseded": "Erstattede principper",
    "retired": "Udgåede principper",
}
# The navigation is shallow (sections and index pages, never every entry): MkDocs renders the whole
# navigation into every page, so listing every entry makes the build quadratic (92 s against 5 s at
# 2,000 pages with plain Material).
NAVIGATION = [
    ("Forside", "index.md"), ("Nyt og ændret", INDEX["news"]), ("Sådan bruger du vidensbasen", "brug.md"),
    ("Principper", INDEX["principles"]), ("Principper efter status", INDEX["status"]),
    ("Til revision", INDEX["review"]), ("Alle vedtagne principper til udskrift", INDEX["print"]),
    ("ICS-trekanten", INDEX["ics"]), ("Metoder", INDEX["methods"]), ("Lovgrundlag", INDEX["legal"]),
    ("Eksempelsager", INDEX["cases"]), ("Møder", INDEX["meetings"]),
    ("Læring af fejl", INDEX["learning"]), ("Ledelsestilsyn", INDEX["supervisions"]),
    ("Ny medarbejder", "ny-medarbejder.md"), ("Sparringsmodellen", "sparringsmodel.md"),
    ("Ordliste", "ordliste.md"), ("Frister", "frister.md"), ("Sådan foreslår du en ændring", "bidrag.md"),
    ("For redaktører", "redaktion.md"),
    ("Regler for indholdet", INDEX["rules"]),
    ("Tilgængelighed", "tilgaengelighed.md"),
]
# Linked from every page's footer as well (theme/partials/copyright.html): the accessibility statement
# (webtilgængelighedsloven) is to be found from every page.
FOOTER = ["tilgaengelighed.md"]


@dataclass(frozen=True, eq=False)
class SiteMap:
    kb: KnowledgeBase
    use_directory_urls: bool = True

    # --- source URIs ---------------------------------------------------------
    def entry(self, entry: Entry) -> str:
        return f"{ENTRY_FOLDERS[entry.kind.name]}/{entry.path.rsplit('/', 1)[-1]}"

    def document(self, document: Document) -> str:
        return document.site_uri

    def taxonomy(self, taxonomy: str, item: Item) -> str:
        if taxonomy == "ics":
            return f"ics/{item.key}/index.md" if item.parent is None else f"ics/{item.parent}/{item.key}.md"
        return {"methods": "metoder", "legal": "lov"}[taxonomy] + f"/{item.key}.md"

    def status(self, status: str) -> str:
        return f"status/{status}.md"

    def previous(self, principle: Entry) -> str:
        """The page with a principle's adopted wording before its latest amendment, below the principle's own."""
        return self.entry(principle)[:-3] + "/tidligere.md"

    def sheet(self, case: Entry) -> str:
        return f"moedeark/{case.id}.md"

    def rule(self, rule: Rule) -> str:
        return rule.page

    def index(self, name: str) -> str:
        return INDEX[name]

    def of(self, thing) -> str:
        """The source URI of an entry or a hand-written page."""
        return self.entry(thing) if isinstance(thing, Entry) else self.document(thing)

    # --- titles ----------------------------------------------------------------
    def title(self, thing) -> str:
        """The title a page and its links show: a meeting without one is named by its forum and date."""
        if isinstance(thing, Document):
            return thing.title
        known = self._titles.get(thing.id)
        if known is None:
            known = self._titles[thing.id] = self._title(thing)
        return known

    @cached_property
    def _titles(self) -> dict[str, str]:
        return {}

    def _title(self, thing: Entry) -> str:
        if thing.kind.name == "meeting" and "title" not in thing.meta and "date" in thing.meta:
            forum, _ = self.kb.taxonomies["forums"].resolve(str(thing.meta.get("forum", "")))
            if forum is not None:
                return f"{forum.label} {danish_date(thing.meta['date'])}"
        return thing.title

    # --- addresses -------------------------------------------------------------
    def url(self, uri: str) -> str:
        """The page's address below the site's root, as MkDocs publishes it."""
        stem = uri[:-3] if uri.endswith(".md") else uri
        if not uri.endswith(".md"):
            return uri
        if not self.use_directory_urls:
            return stem + ".html"
        if stem == "index" or stem.endswith("/index"):
            return stem[: -len("index")]
        return stem + "/"

    def href(self, from_uri: str, to_uri: str, fragment: str = "") -> str:
        """The relative link from one page to another page (or a static file), as the built page needs it."""
        target = self.url(to_uri)
        relative = posixpath.relpath(target or ".", self._base(from_uri) or ".")
        if relative == ".":
            relative = "./"
        elif target.endswith("/") or not target:
            relative += "/"
        return relative + (f"#{fragment}" if fragment else "")

    def _base(self, uri: str) -> str:
        """The folder a page's relative links are resolved from in the browser."""
        url = self.url(uri)
        return url[:-1] if url.endswith("/") else posixpath.dirname(url)

    def nav(self, uris: set[str]) -> list:
        return [{title: uri} for title, uri in NAVIGATION if uri in uris]
