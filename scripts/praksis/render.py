"""Rendering: the model -> the Markdown of every page of the site.

Pure core: imports nothing from MkDocs. The plugin hands these pages to
MkDocs; `praksis build --tree` writes them to a folder. All HTML lives in the
Jinja2 templates; Python only chooses what goes into them.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, partial

from jinja2 import Environment, PackageLoader, pass_context
from markupsafe import Markup

from .danish import danish_date
from .diagnostics import Diagnostic
from .rules import REGISTRY
from .rules.files import GENERATED_ADDRESS
from .genogram import FIELDS as FAMILY_FIELDS, render_genogram, render_relations_text
from .mdtext import WIKILINK, outside_code
from .model import Document, Entry, KnowledgeBase
from .parallel import forked_map
from .schema import KINDS, STATUSES
from .sparring import clock, load_model
from .taxonomy import Item

ONBOARDING_MARKER = "<!-- praksis:onboarding -->"
SCHEMA_MARKER = "<!-- praksis:schema -->"
AGENDA_MARKER = "<!-- praksis:agenda -->"
STATUS_PAGES = {
    "proposed": "Forslag til behandling",
    "adopted": "Vedtagne principper",
    "superseded": "Erstattede principper",
    "retired": "Udgåede principper",
}


class Page:
    """One page of the site; its Markdown is rendered on first use.

    `praksis check` needs every page's address but the Markdown of only the
    few pages that links point into with an #anchor, so rendering waits.
    """

    def __init__(self, uri: str, render: Callable[[], str], title: str, source: str | None = None):
        self.uri = uri  # path relative to docs/, as MkDocs calls src_uri
        self.title = title
        self.source = source  # the file it was rendered from, None when generated
        self._render = render
        self._markdown: str | None = None

    @property
    def markdown(self) -> str:
        if self._markdown is None:
            self._markdown = self._render()
        return self._markdown


class _PagesByUri(Mapping):
    def __init__(self, pages: list[Page]):
        self._pages = {page.uri: page for page in pages}

    def __getitem__(self, uri: str) -> str:
        return self._pages[uri].markdown

    def __iter__(self):
        return iter(self._pages)

    def __len__(self) -> int:
        return len(self._pages)


@dataclass
class Site:
    pages: list[Page]
    nav: list
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def markdown_by_uri(self) -> Mapping[str, str]:
        """uri -> Markdown, rendering a page only when it is looked up."""
        return _PagesByUri(self.pages)

    def render_all(self) -> None:
        """Render every page not yet rendered, in forked worker processes when there are many.

        A build needs every page (10,000 entries: 24 s of Jinja2 in one process). Each page's
        Markdown depends only on the model, which the workers inherit; only the text comes back.
        """
        pending = [page for page in self.pages if page._markdown is None]
        texts = forked_map(lambda page: page.markdown, pending)
        for page, text in zip(pending, texts or ()):
            page._markdown = text


class Renderer:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.env = Environment(loader=PackageLoader("praksis", "templates"), autoescape=True,
                               trim_blocks=True, lstrip_blocks=True,
                               keep_trailing_newline=True)
        self.env.filters.update(dato=danish_date, yaml_string=yaml_string)
        self.env.globals.update(href=_href, kb=kb, statuses=STATUSES, status_pages=STATUS_PAGES,
                                uri=self.uri, today=kb.today, items=self.items, entries=self.entries, tagged=self.tagged,
                                by_status=self.by_status, dims_of=kb.taxonomies["ics"].children,
                                rules=list(REGISTRY), genogram=self.genogram, family_text=render_relations_text,
                                ics_triangle=self.ics_triangle, model=load_model(), clock=clock)
        self._figures = 0
        self._genograms: dict[str, Markup] = {}
        self._wikilink = self.env.get_template("wikilink.md.j2")

    @cached_property
    def _tagged(self) -> dict[tuple[str, str], list[Entry]]:
        return _tag_index(self.kb)  # only taxonomy pages need it; a check renders few of them

    # --- addresses -----------------------------------------------------------
    def uri(self, what) -> str:
        """Site URI of an entry, a taxonomy item or a named index page."""
        if isinstance(what, Entry):
            return what.site_uri
        if isinstance(what, tuple):  # (taxonomy, item)
            taxonomy, item = what
            return _TAXONOMY_URI[taxonomy](self.kb, item)
        return _INDEX_URIS[what]

    def items(self, taxonomy: str, values) -> list[Item]:
        return self.kb.resolve_keys(taxonomy, list(values or []))

    def entries(self, ids) -> list[Entry]:
        """The entries for ids that exist, in the given order."""
        return [self.kb.entries[i] for i in ids or [] if i in self.kb.entries]

    def genogram(self, family, key: str) -> Markup:
        """Drawn once per case: the case page and its meeting sheet show the same figure."""
        if key not in self._genograms:
            self._genograms[key] = render_genogram(family, key=key)
        return self._genograms[key]

    def ics_triangle(self, view: dict) -> Markup:
        self._figures += 1  # ids inside inline SVG must be unique on the page (numbered from 1 on each)
        sides = self.kb.taxonomies["ics"].roots()
        counts = {side.key: len(view.get(side.key, [])) for side in sides}
        svg = self.env.get_template("ics_triangle.svg.j2").render(sides=sides, counts=counts, uid=self._figures)
        return Markup(_one_block(svg))

    def tagged(self, taxonomy: str, item: Item) -> list[Entry]:
        return self._tagged.get((taxonomy, item.key), [])

    def by_status(self, status: str) -> list[Entry]:
        return [e for e in self.kb.of_kind("principle") if e.meta.get("status", "proposed") == status]

    # --- pages ---------------------------------------------------------------
    def page(self, uri: str, render: Callable[[], str], title: str, source: str | None = None) -> Page:
        return Page(uri, partial(self._page_markdown, render), title, source)

    def _page_markdown(self, render: Callable[[], str]) -> str:
        # A page's text must not depend on which pages were rendered before it (in this
        # process or another), so its figures are numbered from 1.
        self._figures = 0
        return render()

    def render(self, template: str, page_uri: str, **context) -> str:
        return self.env.get_template(template).render(page_uri=page_uri, **context)

    def expand(self, text: str, page_uri: str) -> str:
        """Turn [[id]] into a link carrying the entry's title, outside code."""
        def replace(match: re.Match) -> str:
            entry = self.kb.entries.get(match["id"])
            return self._wikilink.render(page_uri=page_uri, entry=entry, id=match["id"],
                                         text=match["text"]).strip()
        return outside_code(text, lambda chunk: WIKILINK.sub(replace, chunk))

    def entry_page(self, entry: Entry) -> Page:
        return self.page(entry.site_uri, partial(self._entry_markdown, entry), entry.title, entry.path)

    def _entry_markdown(self, entry: Entry) -> str:
        body = Markup(self.expand(entry.body, entry.site_uri))
        return self.render(f"{entry.kind.name}.md.j2", entry.site_uri, entry=entry, body=body)

    def document_page(self, document: Document) -> Page:
        return self.page(document.site_uri, partial(self._document_markdown, document), document.title,
                         document.path)

    def _document_markdown(self, document: Document) -> str:
        head = document.text[: len(document.text) - len(document.body)]
        body = self.expand(document.body, document.site_uri)
        if ONBOARDING_MARKER in body:
            body = body.replace(ONBOARDING_MARKER, self.render("onboarding.md.j2", document.site_uri))
        if AGENDA_MARKER in body:
            body = body.replace(AGENDA_MARKER, self.render("agenda.md.j2", document.site_uri))
        if SCHEMA_MARKER in body:
            body = body.replace(SCHEMA_MARKER, self.render("schema.md.j2", document.site_uri, kinds=KINDS,
                                                                family_fields=FAMILY_FIELDS))
        return head + body


def render_site(kb: KnowledgeBase) -> Site:
    renderer = Renderer(kb)
    pages = [renderer.entry_page(entry) for entry in sorted(kb.entries.values(), key=lambda e: e.path)]
    generated = list(_generated_pages(renderer))
    taken = {page.uri for page in generated}
    diagnostics = []
    for document in kb.documents:
        if document.site_uri in taken:
            diagnostics.append(GENERATED_ADDRESS.at(document.path, uri=document.site_uri))
            continue
        pages.append(renderer.document_page(document))
    pages += generated
    return Site(pages, default_nav(kb, {page.uri for page in pages}), diagnostics)


def _generated_pages(r: Renderer):
    kb = r.kb
    ics = kb.taxonomies["ics"]
    yield _index(r, "ics", "index_ics.md.j2", "ICS-trekanten", sides=ics.roots())
    for side in ics.roots():
        yield _index(r, ("ics", side), "taxonomy_item.md.j2", side.label, taxonomy="ics", item=side,
                     children=ics.children(side.key))
        for dim in ics.children(side.key):
            yield _index(r, ("ics", dim), "taxonomy_item.md.j2", dim.label, taxonomy="ics", item=dim, children=[])
    for name, title in (("methods", "Metoder"), ("legal", "Lovgrundlag")):
        items = list(kb.taxonomies[name].items.values())
        yield _index(r, name, "index_taxonomy.md.j2", title, taxonomy=name, all_items=items)
        for item in items:
            yield _index(r, (name, item), "taxonomy_item.md.j2", item.label, taxonomy=name, item=item, children=[])
    yield _index(r, "status", "index_status.md.j2", "Principper efter status")
    for status, title in STATUS_PAGES.items():
        yield _index(r, ("status", status), "status.md.j2", title, status=status)
    yield _index(r, "principles", "index_principles.md.j2", "Alle principper")
    yield _index(r, "learning", "index_learning.md.j2", "Læring af fejl")
    yield _index(r, "supervisions", "index_supervisions.md.j2", "Ledelsestilsyn")
    for case in kb.of_kind("case"):
        uri = r.uri(("sheet", case))
        yield r.page(uri, partial(r.render, "sheet.md.j2", uri, entry=case), f"Mødeark: {case.title}")
    yield _index(r, "cases", "index_cases.md.j2", "Eksempelsager")
    yield _index(r, "meetings", "index_meetings.md.j2", "Møder")


def _index(r: Renderer, what, template: str, title: str, **context) -> Page:
    uri = r.uri(what)
    return r.page(uri, partial(r.render, template, uri, title=title, **context), title)


def _tag_index(kb: KnowledgeBase) -> dict[tuple[str, str], list[Entry]]:
    """(taxonomy, key) -> entries naming it; an ICS side also collects its dimensions' entries."""
    index: dict[tuple[str, str], list[Entry]] = {}
    for entry in sorted(kb.entries.values(), key=lambda e: e.id):
        for taxonomy in ("ics", "methods", "legal"):
            keys = set()
            for item in kb.resolve_keys(taxonomy, entry.values(taxonomy)):
                keys.add(item.key)
                if item.parent:
                    keys.add(item.parent)
            for key in sorted(keys):
                index.setdefault((taxonomy, key), []).append(entry)
    return index


def default_nav(kb: KnowledgeBase, uris: set[str]) -> list:
    """A shallow navigation: sections and index pages, never every entry.

    MkDocs renders the whole navigation into every page, so listing every
    entry makes the build quadratic (92 s against 5 s at 2,000 pages).
    """
    wanted = [
        ("Forside", "index.md"), ("Sådan bruger du vidensbasen", "brug.md"),
        ("Principper", "principper/index.md"), ("Principper efter status", "status/index.md"),
        ("ICS-trekanten", "ics/index.md"), ("Metoder", "metoder/index.md"), ("Lovgrundlag", "lov/index.md"),
        ("Eksempelsager", "sager/index.md"), ("Møder", "moeder/index.md"),
        ("Læring af fejl", "laering/index.md"), ("Ledelsestilsyn", "tilsyn/index.md"),
        ("Ny medarbejder", "ny-medarbejder.md"), ("Sparringsmodellen", "sparringsmodel.md"),
        ("Ordliste", "ordliste.md"), ("Sådan foreslår du en ændring", "bidrag.md"),
    ]
    return [{title: uri} for title, uri in wanted if uri in uris]


_INDEX_URIS = {
    "ics": "ics/index.md", "methods": "metoder/index.md", "legal": "lov/index.md",
    "status": "status/index.md", "principles": "principper/index.md", "cases": "sager/index.md",
    "meetings": "moeder/index.md", "learning": "laering/index.md", "supervisions": "tilsyn/index.md",
}


def _ics_uri(kb: KnowledgeBase, item: Item) -> str:
    return f"ics/{item.key}/index.md" if item.parent is None else f"ics/{item.parent}/{item.key}.md"


_TAXONOMY_URI = {
    "ics": _ics_uri,
    "methods": lambda kb, item: f"metoder/{item.key}.md",
    "legal": lambda kb, item: f"lov/{item.key}.md",
    "status": lambda kb, status: f"status/{status}.md",
    "sheet": lambda kb, case: f"moedeark/{case.id}.md",
}


def _one_block(html: str) -> str:
    """Drop blank lines so Markdown keeps inline SVG as one raw HTML block."""
    return "\n".join(line for line in html.splitlines() if line.strip())


def yaml_string(value) -> Markup:
    """A double-quoted YAML scalar (JSON is valid YAML), Danish letters kept readable."""
    return Markup(json.dumps(str(value), ensure_ascii=False))


@pass_context
def _href(context, target_uri: str) -> str:
    """Relative link from the page being rendered to another page's source URI."""
    here = posixpath.dirname(context["page_uri"])
    return posixpath.relpath(target_uri, here or ".")
