"""Every page of the site: a short Markdown skeleton, and generated parts rendered as HTML.

Only what an author wrote (a body, a hand-written page) and a page's headings go through
Python-Markdown. Cards, case views, meeting sheets and listings are rendered as HTML from the
theme's templates (theme/partials/praksis/, overridable in the theme's custom_dir) and stand in
the skeleton as markers, `<!--praksis:NAME-->`: the MkDocs plugin puts the HTML in after Markdown,
`praksis build --tree` writes it into the Markdown for generators that run no plugins.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache, partial

from jinja2 import Environment, FileSystemLoader, PackageLoader
from markupsafe import Markup

from .genogram import FIELDS as FAMILY_FIELDS
from .history import History
from .history_views import HistoryViews
from .mdtext import WIKILINK, outside_code
from .model import Document, Entry, KnowledgeBase
from .parallel import forked_map
from .relations import Relations
from .rules import FAMILIES, REGISTRY, Rule
from .rules.files import GENERATED_ADDRESS
from .diagnostics import DANISH as SEVERITY_LABELS, Diagnostic
from .schema import KINDS
from .danish import danish_date
from .sitemap import FEED, STATUS_PAGES, SiteMap
from .site_settings import theme_dir
from .sparring import clock, load_model
from .views import CaseView, Listing, Views, propose

ONBOARDING_MARKER = "<!-- praksis:onboarding -->"
SCHEMA_MARKER = "<!-- praksis:schema -->"
AGENDA_MARKER = "<!-- praksis:agenda -->"
NEWS_MARKER = "<!-- praksis:news -->"  # the newest changes, marked for this reader (the front page)
PART = "<!--praksis:{}-->"
_PART = re.compile(r"<!--praksis:([a-z0-9-]+)-->")

Parts = dict[str, Callable[[], Markup]]


class Page:
    """One page: its Markdown skeleton and its parts, each rendered on first use.

    `praksis check` needs every page's address, but the text of only the few pages that links point
    into with an #anchor, so rendering waits.
    """

    def __init__(self, uri: str, title: str, build: Callable[[], tuple[str, Parts]], source: str | None = None):
        self.uri = uri  # path below docs/, as MkDocs calls src_uri
        self.title = title
        self.source = source  # the file it was rendered from; None when generated
        self._build = build
        self._markdown: str | None = None
        self._parts: dict[str, Markup] | None = None

    def _ensure(self) -> None:
        if self._markdown is None:
            markdown, parts = self._build()
            self._markdown, self._parts = markdown, {name: Markup(render()) for name, render in parts.items()}

    @property
    def markdown(self) -> str:
        """The skeleton MkDocs converts: markers where the generated parts go."""
        self._ensure()
        return self._markdown

    @property
    def parts(self) -> dict[str, Markup]:
        self._ensure()
        return self._parts

    @property
    def text(self) -> str:
        """Markdown with the parts written in as raw HTML: what --tree writes, what the checks read."""
        return fill(self.markdown, self.parts)


def fill(text: str, parts: Mapping[str, str]) -> str:
    """Markers replaced by their parts (in Markdown or in the HTML MkDocs made of it)."""
    if "<!--praksis:" not in text:
        return text
    return _PART.sub(lambda m: parts.get(m.group(1), ""), text)


class _TextByUri(Mapping):
    def __init__(self, pages: list[Page]):
        self._pages = {page.uri: page for page in pages}

    def __getitem__(self, uri: str) -> str:
        return self._pages[uri].text

    def __contains__(self, uri) -> bool:  # Mapping's own asks for the item: it would render the page
        return uri in self._pages

    def __iter__(self):
        return iter(self._pages)

    def __len__(self) -> int:
        return len(self._pages)


@dataclass
class Site:
    pages: list[Page]
    nav: list
    sitemap: SiteMap
    diagnostics: list[Diagnostic] = field(default_factory=list)
    builder: _Builder | None = field(default=None, repr=False)

    def page_for(self, parsed: Entry | Document) -> Page:
        """The page one changed file makes against the rest of the site as it was (its relations, the titles
        it links to): what `mkdocs serve` shows at once while the whole site is rebuilt."""
        old = self.builder
        builder = _Builder(old.kb, old.views.relations, SiteMap(old.kb, old.map.use_directory_urls), old.t,
                           old.history.history, old.settings)
        return builder.entry_page(parsed) if isinstance(parsed, Entry) else builder.document_page(parsed)

    def markdown_by_uri(self) -> Mapping[str, str]:
        """uri -> the page's whole text (parts written in), rendering a page only when it is looked up."""
        return _TextByUri(self.pages)

    def extra_files(self) -> dict[str, str]:
        """Files beside the pages: the Atom feed of what is new (feed.xml)."""
        builder = self.builder
        feed = builder.history.feed(str(builder.settings.get("site_url") or ""))
        news = feed["url"] + self.sitemap.url(self.sitemap.index("news"))
        return {FEED: builder.t.html("feed-atom.html", FEED, feed=feed, news=news,
                                     site_name=str(builder.settings.get("site_name") or "Praksis"))}

    def page(self, uri: str) -> Page | None:
        return next((page for page in self.pages if page.uri == uri), None)

    def render_all(self) -> None:
        """Render every page not yet rendered, in forked worker processes when there are many.

        Each page depends only on the model, which the workers inherit; only the text comes back.
        """
        pending = [page for page in self.pages if page._markdown is None]
        done = forked_map(lambda page: (page.markdown, dict(page.parts)), pending)
        for page, (markdown, parts) in zip(pending, done or ()):
            page._markdown, page._parts = markdown, parts


class Templates:
    """The HTML fragments, looked up in the theme's folders (custom_dir first), each given its page's href.

    A fragment is kept for the next run when its view-model is unchanged, so a `praksis serve` rebuild after
    one saved file renders only what that file changed (views are cheap to make; rendering is not).
    """

    _kept: dict[tuple, Markup] = {}  # the run before's fragments, by (folders, template, page, context)
    _last: dict[tuple, Markup] = {}

    def __init__(self, sitemap: SiteMap, theme_dirs: list[str] | None = None):
        self.map = sitemap
        self.dirs = tuple(str(d) for d in (theme_dirs or [])) or (str(theme_dir()),)
        self.env, self.markdown = _environments(self.dirs)
        self.rendered: dict[tuple, Markup] = {}
        Templates._kept, Templates._last = Templates._last, self.rendered  # two runs' worth, never more

    def html(self, template: str, page_uri: str, **context) -> Markup:
        key = _key(self.dirs, template, page_uri, context)
        kept = Templates._kept.get(key) if key is not None else None
        if kept is not None:
            self.rendered[key] = kept
            return kept
        href = partial(self.map.href, page_uri)
        text = self.env.get_template(f"partials/praksis/{template}").render(href=href, **context)
        fragment = Markup(_one_block(text))
        if key is not None:
            self.rendered[key] = fragment
        return fragment

    def md(self, template: str, **context) -> str:
        return self.markdown.get_template(template).render(**context)


@lru_cache(maxsize=8)
def _environments(dirs: tuple[str, ...]) -> tuple[Environment, Environment]:
    """The fragments' and the Markdown templates' environments, made once per theme: compiled templates are kept
    (Jinja reloads a template whose file changed)."""
    html_env = Environment(loader=FileSystemLoader(list(dirs)), autoescape=True, trim_blocks=True, lstrip_blocks=True,
                           keep_trailing_newline=True)
    markdown_env = Environment(loader=PackageLoader("praksis", "templates"), autoescape=False, trim_blocks=True,
                               lstrip_blocks=True, keep_trailing_newline=True)
    markdown_env.filters["yaml_string"] = yaml_string
    return html_env, markdown_env


def build_site(kb: KnowledgeBase, relations: Relations, sitemap: SiteMap, theme_dirs: list[str] | None = None,
               history: History | None = None, settings: dict | None = None) -> Site:
    """`settings`: what the site's pages say about where to propose a change (repo_url, edit_uri, the faglig
    koordinator's address, site_url), as mkdocs.yml sets them."""
    _Expanded.next_run()
    builder = _Builder(kb, relations, sitemap, Templates(sitemap, theme_dirs), history or History(), settings or {})
    pages = [builder.entry_page(entry) for entry in sorted(kb.entries.values(), key=lambda e: e.path)]
    generated = list(builder.generated())
    taken = {page.uri for page in generated}
    diagnostics = []
    for document in kb.documents:
        if document.site_uri in taken:
            diagnostics.append(GENERATED_ADDRESS.at(document.path, uri=document.site_uri))
            continue
        pages.append(builder.document_page(document))
    pages += generated
    return Site(pages, sitemap.nav({page.uri for page in pages}), sitemap, diagnostics, builder)


class _Expanded:
    """Bodies with [[id]] expanded, kept from the run before (the same two-runs rule as the fragments)."""
    kept: dict[tuple, str] = {}
    now: dict[tuple, str] = {}

    @classmethod
    def next_run(cls) -> None:
        cls.kept, cls.now = cls.now, {}


class _Builder:
    def __init__(self, kb: KnowledgeBase, relations: Relations, sitemap: SiteMap, templates: Templates,
                 history: History, settings: dict):
        self.kb, self.map, self.t, self.settings = kb, sitemap, templates, settings
        self.views = Views(kb, relations, sitemap, history)
        self.history = HistoryViews(kb, history, sitemap, self.views.link)

    # --- [[id]] in text ------------------------------------------------------------
    def expand(self, text: str, page_uri: str, marks=None) -> str:
        """[[id]] becomes a Markdown link carrying the entry's title (MkDocs resolves the .md path), outside code."""
        if marks is not None:  # a body expanded before, whose targets' titles and places have not changed
            targets = tuple((i, self.map.title(e), self.map.entry(e)) if (e := self.kb.entries.get(i)) else (i,)
                            for i, _, _ in marks.wikilinks)
            key = (page_uri, text, targets)
            if key in _Expanded.kept:
                _Expanded.now[key] = _Expanded.kept[key]
                return _Expanded.now[key]
            _Expanded.now[key] = self.expand(text, page_uri)
            return _Expanded.now[key]

        def replace(match: re.Match) -> str:
            entry = self.kb.entries.get(match["id"])
            if entry is None:
                return f"**[[{match['id']}]]** *(ukendt henvisning)*"
            label = md_inert(match["text"] or self.map.title(entry))
            return f"[{label}]({_relative(page_uri, self.map.entry(entry))})"
        return outside_code(text, lambda chunk: WIKILINK.sub(replace, chunk))

    # --- entries and hand-written pages ------------------------------------------------
    def entry_page(self, entry: Entry) -> Page:
        uri = self.map.entry(entry)
        return Page(uri, self.map.title(entry), partial(self._entry, entry, uri), entry.path)

    def _entry(self, entry: Entry, uri: str) -> tuple[str, Parts]:
        kind = entry.kind.name
        view = getattr(self.views, kind)(entry)
        history = self.history.of(entry)
        parts: Parts = {"card": partial(self.t.html, f"card-{kind}.html", uri, view=view, history=history)}
        sections = self._case_sections(view, uri) if kind == "case" else []
        for name, _, render in sections:
            parts[name] = render
        markdown = _front(self.map.title(entry), entry.meta.get("summary")) + f"# {_heading(self.map.title(entry))}\n\n"
        review = self.history.review(entry)
        if review is not None:
            parts["review"] = partial(self.t.html, "review-banner.html", uri, review=review)
            markdown += PART.format("review") + "\n\n"
        markdown += PART.format("card") + "\n\n" + self.expand(entry.body, uri, entry.marks).strip("\n") + "\n"
        for name, heading, _ in sections:
            markdown += f"\n## {heading}\n\n{PART.format(name)}\n"
        if kind == "principle":
            parts["propose"] = partial(self.t.html, "propose.html", uri,
                                       propose=propose(entry, self.map, self.settings))
            markdown += "\n" + PART.format("propose") + "\n"
        parts["history"] = partial(self.t.html, "history.html", uri, history=history)
        markdown += "\n" + PART.format("history") + "\n"
        parts["search"] = partial(self.t.html, "search.html", uri, view=self.views.search(entry, entry.body))
        return markdown + "\n" + PART.format("search") + "\n", parts

    def _case_sections(self, view: CaseView, uri: str) -> list[tuple[str, str, Callable[[], Markup]]]:
        shown = [("genogram", "Genogram", view.genogram), ("timeline", "Tidslinje", view.timeline),
                 ("ics", "ICS-trekanten", view.ics_view), ("sos", "Signs of Safety", view.sos),
                 ("learning", "Læringspunkter", view.learning)]
        return [(name, heading, partial(self.t.html, f"case-{name}.html", uri, view=view, uid=1))
                for name, heading, present in shown if present]

    def document_page(self, document: Document) -> Page:
        return Page(document.site_uri, document.title, partial(self._document, document), document.path)

    def _document(self, document: Document) -> tuple[str, Parts]:
        uri = document.site_uri
        head = document.text[: len(document.text) - len(document.body)]
        body = self.expand(document.body, uri)
        if ONBOARDING_MARKER in body:
            body = body.replace(ONBOARDING_MARKER, self._onboarding(uri))
        if AGENDA_MARKER in body:
            body = body.replace(AGENDA_MARKER, self.t.md("agenda.md.j2", model=load_model(), clock=clock))
        if SCHEMA_MARKER in body:
            body = body.replace(SCHEMA_MARKER, self.t.md("schema.md.j2", kinds=KINDS, family_fields=FAMILY_FIELDS,
                                                          rules=list(REGISTRY), taxonomies=self.kb.taxonomies,
                                                          rule_link=partial(_relative, uri),
                                                          severity_labels=_SEVERITY_LABELS))
        parts: Parts = {"search": partial(self.t.html, "search.html", uri, view=self.views.search(document, body))}
        if NEWS_MARKER in body:
            body = body.replace(NEWS_MARKER, PART.format("news-latest"))
            parts["news-latest"] = partial(self.t.html, "news-latest.html", uri, items=self.history.latest(),
                                           state=self.history.history.state, news=self.map.index("news"))
        return head + body.rstrip("\n") + "\n\n" + PART.format("search") + "\n", parts

    def _onboarding(self, uri: str) -> str:
        path = [e for e in self.kb.of_kind("principle") if e.meta.get("onboarding") and e.status == "adopted"]
        links = [(md_inert(self.map.title(e)), _relative(uri, self.map.entry(e)), md_inert(e.meta.get("summary", "")))
                 for e in path]
        return self.t.md("onboarding.md.j2", path=links)

    # --- generated pages ------------------------------------------------------------------
    def generated(self):
        kb, views, ics = self.kb, self.views, self.kb.taxonomies["ics"]
        yield self._ics_index()
        for side in ics.roots():
            yield self._taxonomy_item("ics", side, ics.children(side.key))
            for dim in ics.children(side.key):
                yield self._taxonomy_item("ics", dim, [])
        for name, title in (("methods", "Metoder"), ("legal", "Lovgrundlag")):
            yield self._listing_page(self.map.index(name), title, "", partial(self._taxonomy_listing, name))
        for name in ("methods", "legal"):
            for item in kb.taxonomies[name].items.values():
                yield self._taxonomy_item(name, item, [])
        yield self._status_index()
        for status, title in STATUS_PAGES.items():
            principles = [e for e in kb.of_kind("principle") if (e.status or "proposed") == status]
            intro = "Forslag venter på at blive drøftet og besluttet på et teammøde." if status == "proposed" else ""
            yield self._listing_page(self.map.status(status), title, intro,
                                     partial(views.entry_list, principles, "Ingen principper med denne status."))
        yield self._listing_page(self.map.index("principles"), "Alle principper", "", views.principles_table)
        yield self._learning()
        supervisions = partial(views.by_year, kb.of_kind("supervision"), "supervisions", "Ingen tilsyn endnu.")
        yield self._listing_page(self.map.index("supervisions"), "Ledelsestilsyn", _SUPERVISIONS_INTRO, supervisions,
                                 principles_of=lambda i: views.supervision_principles(kb.entries[i]))
        for case in kb.of_kind("case"):
            yield self._sheet(case)
        yield self._listing_page(self.map.index("cases"), "Eksempelsager", _CASES_INTRO, views.cases_by_side)
        yield self._listing_page(self.map.index("meetings"), "Møder", "",
                                 partial(views.by_year, kb.of_kind("meeting"), "meetings", "Ingen møder endnu."))
        yield self._rules_index()
        for rule in REGISTRY:
            yield self._rule(rule)
        yield self._news()
        yield self._review()
        for principle in self.history.amended():
            yield self._previous(principle)
        yield self._print()

    # --- time: what is new, what is due, what an amendment changed -----------------------------
    def _news(self) -> Page:
        uri, title = self.map.index("news"), "Nyt og ændret"

        def build() -> tuple[str, Parts]:
            return (_front(title, index=False) + f"# {title}\n\n" + PART.format("news") + "\n",
                    {"news": partial(self.t.html, "news.html", uri, months=self.history.news(),
                                     state=self.history.history.state, feed=self.map.url(FEED))})
        return Page(uri, title, build)

    def _review(self) -> Page:
        uri, title = self.map.index("review"), "Til revision"

        def build() -> tuple[str, Parts]:
            owners = tuple((owner, tuple((self.views.link(e), e.id, review) for e, review in items))
                           for owner, items in self.history.due())
            return (_front(title, index=False) + f"# {title}\n\n{_REVIEW_INTRO}\n\n" + PART.format("review") + "\n",
                    {"review": partial(self.t.html, "review-list.html", uri, owners=owners)})
        return Page(uri, title, build)

    def _previous(self, principle: Entry) -> Page:
        uri, title = self.map.previous(principle), f"Tidligere formulering: {self.map.title(principle)}"

        def build() -> tuple[str, Parts]:
            markdown = _front(title, index=False) + f"# {_heading(title)}\n\n" + PART.format("previous") + "\n"
            return markdown, {"previous": partial(self.t.html, "previous.html", uri, diff=self.history.previous(
                principle), principle=self.views.link(principle), id=principle.id)}
        return Page(uri, title, build)

    def _print(self) -> Page:
        """Every adopted principle on one page, in id order, each from a new sheet: for the binder and the board."""
        uri, title = self.map.index("print"), "Vedtagne principper"

        def build() -> tuple[str, Parts]:
            adopted = [e for e in self.kb.of_kind("principle") if e.status == "adopted"]
            markdown = _front(title, index=False, hide=True) + f"# {title}\n\n" + PART.format("contents") + "\n\n"
            parts: Parts = {"contents": partial(self.t.html, "print-contents.html", uri,
                                                principles=tuple(self.views.link(e) for e in adopted),
                                                ids=tuple(e.id for e in adopted), today=danish_date(self.kb.today))}
            for entry in adopted:
                name = "card-" + entry.id.lower()
                parts[name] = partial(self.t.html, "print-card.html", uri, view=self.views.principle(entry))
                markdown += (f'<section class="praksis-print" id="{entry.id.lower()}" markdown>\n\n'
                             f"## {entry.id} {_heading(self.map.title(entry))}\n\n{PART.format(name)}\n\n"
                             f"{_demoted(self.expand(entry.body, uri, entry.marks))}\n\n</section>\n\n")
            return markdown, parts
        return Page(uri, title, build)

    def _listing_page(self, uri: str, title: str, intro: str, listing: Callable[[], Listing], **context) -> Page:
        """A page that lists entries; the listing is gathered when the page is rendered (a check renders few)."""
        def build() -> tuple[str, Parts]:
            markdown = _front(title, index=False) + f"# {_heading(title)}\n\n" + (intro + "\n\n" if intro else "")
            return markdown + PART.format("listing") + "\n", {
                "listing": partial(self.t.html, "listing.html", uri, listing=listing(), **context)}
        return Page(uri, title, build)

    def _taxonomy_listing(self, name: str) -> Listing:
        listing = self.views.taxonomy_items(name, list(self.kb.taxonomies[name].items.values()))
        return Listing(listing.groups, listing.empty, "taxonomy")

    def _ics_index(self) -> Page:
        uri, title = self.map.index("ics"), "ICS-trekanten"
        ics, views = self.kb.taxonomies["ics"], self.views

        def build() -> tuple[str, Parts]:
            markdown = _front(title, index=False) + f"# {title}\n\n{_ICS_INTRO}\n\n"
            parts: Parts = {}
            for side in ics.roots():
                markdown += f"## [{side.label}]({_relative(uri, self.map.taxonomy('ics', side))})\n\n"
                markdown += f"{side.description}\n\n{PART.format('side-' + side.key)}\n\n"
                listing = views.taxonomy_items("ics", ics.children(side.key))
                parts["side-" + side.key] = partial(self.t.html, "listing.html", uri,
                                                    listing=Listing(listing.groups, listing.empty, "counts"))
            return markdown, parts
        return Page(uri, title, build)

    def _taxonomy_item(self, taxonomy: str, item, children: list) -> Page:
        uri = self.map.taxonomy(taxonomy, item)
        views = self.views

        def build() -> tuple[str, Parts]:
            tagged = views.tagged(taxonomy, item)
            parent = self.kb.taxonomies[taxonomy].items.get(item.parent) if item.parent else None
            markdown = _front(item.label, index=False) + f"# {_heading(item.label)}\n\n"
            markdown += self.t.md("taxonomy_item.md.j2", item=item, parent=parent,
                                  parent_link=_relative(uri, self.map.taxonomy(taxonomy, parent)) if parent else "")
            parts: Parts = {}
            if children:
                listing = views.taxonomy_items(taxonomy, children)
                markdown += f"## Dimensioner\n\n{PART.format('children')}\n\n"
                parts["children"] = partial(self.t.html, "listing.html", uri,
                                            listing=Listing(listing.groups, listing.empty, "counts"))
            for name, heading, kind, empty in (("principles", "Principper", "principle", "Ingen principper endnu."),
                                               ("cases", "Sager", "case", "Ingen sager endnu.")):
                markdown += f"## {heading}\n\n{PART.format(name)}\n\n"
                listing = views.entry_list([e for e in tagged if e.kind.name == kind], empty)
                parts[name] = partial(self.t.html, "listing.html", uri, listing=listing)
            return markdown, parts
        return Page(uri, item.label, build)

    def _status_index(self) -> Page:
        uri, title, views = self.map.index("status"), "Principper efter status", self.views

        def build() -> tuple[str, Parts]:
            listing = views.status_counts()
            return (_front(title, index=False) + f"# {title}\n\n{_STATUS_INTRO}\n\n" + PART.format("listing") + "\n",
                    {"listing": partial(self.t.html, "listing.html", uri, listing=listing)})
        return Page(uri, title, build)

    def _learning(self) -> Page:
        uri, title = self.map.index("learning"), "Læring af fejl"

        def build() -> tuple[str, Parts]:
            cases = [c for c in self.kb.of_kind("case") if c.meta.get("learning")]
            views = [self.views.case(c) for c in cases]
            return (_front(title, index=False) + f"# {title}\n\n{_LEARNING_INTRO}\n\n" + PART.format("learning") + "\n",
                    {"learning": partial(self.t.html, "learning.html", uri, cases=views,
                                         case_uris={c.id: self.map.entry(c) for c in cases})})
        return Page(uri, title, build)

    def _sheet(self, case: Entry) -> Page:
        uri, title = self.map.sheet(case), f"Mødeark: {self.map.title(case)}"

        def build() -> tuple[str, Parts]:
            markdown = _front(title, index=False, hide=True) + f"# {_heading(title)}\n\n" + PART.format("sheet") + "\n"
            return markdown, {"sheet": partial(self.t.html, "sheet.html", uri, view=self.views.case(case),
                                               case_uri=self.map.entry(case), model=load_model(), clock=clock,
                                               uid=2)}
        return Page(uri, title, build)

    def _rules_index(self) -> Page:
        uri, title = self.map.index("rules"), "Regler for indholdet"

        def build() -> tuple[str, Parts]:
            families = [(name, [r for r in REGISTRY if r.code[0] == letter]) for letter, name in FAMILIES.items()]
            return (_front(title, index=False) + f"# {title}\n\n{_RULES_INTRO}\n\n" + PART.format("rules") + "\n",
                    {"rules": partial(self.t.html, "rules.html", uri, families=families,
                                      severity_labels=_SEVERITY_LABELS)})
        return Page(uri, title, build)

    def _rule(self, rule: Rule) -> Page:
        uri, title = self.map.rule(rule), f"{rule.code} {rule.summary}"

        def build() -> tuple[str, Parts]:
            markdown = _front(title, index=False) + f"# {_heading(title)}\n\n" + PART.format("card") + "\n\n"
            markdown += self.t.md("rule.md.j2", rule=rule)
            return markdown, {"card": partial(self.t.html, "rule.html", uri, rule=rule,
                                              severity_label=_SEVERITY_LABELS[rule.severity.value])}
        return Page(uri, title, build)


_REVIEW_INTRO = ("Principper, hvis revisionsdato er overskredet eller falder inden for de næste 60 dage, efter "
                 "ansvarlig. Den faglige koordinator tager dem med på dagsordenen; `praksis review` skriver den samme "
                 "liste.")
_HEADING_LINE = re.compile(r"^(#{1,5})(?=\s)", re.M)


def _demoted(markdown: str) -> str:
    """A body's headings one level down, under its principle's own heading on the print page (outside code)."""
    return outside_code(markdown, lambda chunk: _HEADING_LINE.sub(lambda m: m.group(1) + "#", chunk))


_SEVERITY_LABELS = {severity.value: label for severity, label in SEVERITY_LABELS.items()}
_ICS_INTRO = ("ICS-trekanten er den fælles ramme for at beskrive et barns situation. Den har tre sider og ti "
              "dimensioner (den forenklede ICS, gældende fra 1. januar 2019). Vælg en side eller en dimension for "
              "at se de principper og sager, der handler om den.")
_STATUS_INTRO = ("Et princip begynder som **forslag**, bliver **vedtaget** på et møde, og kan senere blive "
                 "**erstattet** af et nyere princip eller **udgå**.")
_LEARNING_INTRO = ("Fejl er materiale til læring. Her er de sager, hvor noget gik galt, og det teamet lærte af dem. "
                   "Sagerne er anonymiserede, og drøftelsen handler om praksis, ikke om den enkelte sagsbehandler.")
_SUPERVISIONS_INTRO = ("Ledelsestilsynet gennemgår sager på tværs af sagsbehandlere. Temaer, der går igen, bliver til "
                       "fælles læring og nogle gange til nye principper. Her står temaerne, aldrig enkeltsager eller "
                       "personer.")
_CASES_INTRO = "Eksempelsagerne er fiktive eller sammensatte og anonymiserede. De viser, hvordan principperne bruges."
_RULES_INTRO = ("`praksis check` kontrollerer hvert opslag efter disse regler. Hver fejl har en fast kode; "
                "`praksis rule KODE` viser det samme som siden for reglen.")


def _front(title: str, description: str | None = None, index: bool = True, hide: bool = False) -> str:
    # MkDocs and the theme write these into <title> and <meta> as they are: they go in HTML-escaped.
    lines = ["---", f"title: {yaml_string(_attribute_safe(title))}"]
    if description:
        lines.append(f"description: {yaml_string(_attribute_safe(description))}")
    if not index:
        lines.append("praksis_index: false")  # generated listings are not search results
    if hide:
        lines += ["hide:", "  - navigation", "  - toc"]
    return "\n".join(lines) + "\n---\n\n"


_MARKDOWN_SPECIALS = str.maketrans({c: f"&#{ord(c)};" for c in "\\`*_{}[]#"})


def _attribute_safe(text: str) -> str:
    """Safe inside an element and inside a double-quoted attribute, as the theme writes it unescaped."""
    return html.escape(str(text), quote=False).replace('"', "&quot;")


def _heading(text: str) -> str:
    """A title as Markdown text: shown as written; no HTML, link, emphasis or { attribute list } in it works."""
    return md_inert(text)


def md_inert(text: str) -> str:
    return html.escape(str(text), quote=False).translate(_MARKDOWN_SPECIALS)


def _relative(from_uri: str, to_uri: str) -> str:
    """A Markdown link from one source file to another, as MkDocs resolves links (relative, to the .md file)."""
    import posixpath

    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def _key(dirs: tuple, template: str, page_uri: str, context: dict) -> tuple | None:
    """What a fragment depends on, or None when part of it cannot be compared (a function, a dict)."""
    key = (dirs, template, page_uri, tuple(sorted(context.items())))
    try:
        hash(key)
    except TypeError:
        return None
    return key


def _one_block(html: str) -> str:
    """No blank lines, so Markdown keeps the HTML as one raw block when --tree writes it in."""
    return "\n".join(line for line in html.splitlines() if line.strip())


def yaml_string(value) -> Markup:
    """A double-quoted YAML scalar (JSON is valid YAML), Danish letters kept readable."""
    return Markup(json.dumps(str(value), ensure_ascii=False))
