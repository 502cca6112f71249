"""Per-page view-models: what each generated part of a page shows, as plain values.

Python decides here what goes on a card or a listing; the templates (theme/partials/praksis/)
decide how it looks and get only these values, never the model. Links are named by the target's
source URI; the template's `href` makes them relative to the page they appear on.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from urllib.parse import quote, urlencode, urljoin, urlsplit

from markupsafe import Markup

from .danish import danish_date
from .genogram import render_genogram, describe_family
from .history import UNDATED, History
from .model import Document, Entry, KnowledgeBase, review_overdue
from .relations import Relations
from .schema import STATUSES
from .anchors import heading_text, headings, slugify
from .search_terms import expansions, stop_words
from .sitemap import STATUS_PAGES, SiteMap
from .taxonomy import Item

# Signs of Safety's three columns, in the order the team fills them in.
SOS_COLUMNS = (("worries", "Hvad er vi bekymrede for?"), ("working_well", "Hvad virker godt?"),
               ("next_steps", "Hvad skal der ske?"))


@dataclass(frozen=True)
class Link:
    label: str
    uri: str  # the target's source URI (SiteMap)
    note: str = ""  # a principle that is not current practice says so: "Forslag", "Erstattet"
    status: str = ""  # the principle's status key, for a badge


@dataclass(frozen=True)
class PrincipleView:
    id: str
    title: str
    status: str
    status_label: str
    summary: str
    decided: str  # "3. februar 2026", or "" when not decided
    meeting: Link | None  # where it was decided, or raised (a proposal)
    ics: tuple[Link, ...] = ()
    methods: tuple[Link, ...] = ()
    legal: tuple[Link, ...] = ()  # note: the paragraph before 2024
    cases: tuple[Link, ...] = ()
    related: tuple[Link, ...] = ()
    supersedes: tuple[Link, ...] = ()
    superseded_by: tuple[Link, ...] = ()
    proposed_replacements: tuple[Link, ...] = ()
    supervisions: tuple[Link, ...] = ()
    review: str = ""
    review_overdue: bool = False
    owner: str = ""
    backlinks: tuple[Link, ...] = ()
    questions: tuple[str, ...] = ()  # what it answers, in a caseworker's words ("Svarer på")


@dataclass(frozen=True)
class TimelineEvent:
    when: str
    kind: str
    kind_label: str
    text: str


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    notes: tuple[str, ...]
    uri: str = ""  # an ICS side's page


@dataclass(frozen=True)
class CaseView:
    id: str
    title: str
    summary: str
    ics: tuple[Link, ...]
    methods: tuple[Link, ...]
    documents: tuple[str, ...]
    principles: tuple[Link, ...]
    anonymized_by: str  # the role only: the review's date stays in the file, since dates pin a case to a meeting
    learning: tuple[str, ...]
    learning_page: str
    sheet: str  # the meeting sheet's source URI
    backlinks: tuple[Link, ...]
    genogram: Markup = Markup("")
    family: tuple[tuple[str, tuple[str, ...]], ...] = ()  # ("Personer", lines), ("Relationer", lines)
    timeline: tuple[TimelineEvent, ...] = ()
    ics_view: tuple[Column, ...] = ()  # empty when the case has no ICS view
    ics_counts: tuple[tuple[str, int], ...] = ()  # (side label, observations) for the triangle
    sos: tuple[Column, ...] = ()
    scaling: int | None = None


@dataclass(frozen=True)
class MeetingView:
    id: str
    title: str
    date: str
    forum: str
    team: str
    decisions: tuple[Link, ...]
    proposals: tuple[Link, ...]


@dataclass(frozen=True)
class SupervisionView:
    id: str
    title: str
    summary: str
    date: str
    themes: tuple[str, ...]
    principles: tuple[Link, ...]


GLOSSARY = "ordliste.md"  # the hand-written page whose "## Term" headings the search offers when nothing is found
_HEADING = re.compile(r"^##\s+(.+?)\s*#*\s*$")

# The search's filter row: what kind of page a result is.
SEARCH_KINDS = {"principle": "Principper", "case": "Sager", "meeting": "Møder", "supervision": "Tilsyn"}
PAGES_KIND = "Sider"


@dataclass(frozen=True)
class SearchView:
    """What the search index holds of a page besides its text: what a result shows, and other names."""
    id: str = ""
    status: str = ""  # principles: Vedtaget, Forslag, Erstattet, Udgået
    summary: str = ""
    successor: Link | None = None  # a superseded principle: what replaced it (the newest, if several)
    successor_id: str = ""
    successor_url: str = ""  # its address below the site's root, for a result shown on any page
    terms: tuple[str, ...] = ()  # the words of the synonyms and law citations of what the page talks about, once


@dataclass(frozen=True)
class ListItem:
    link: Link
    id: str
    summary: str = ""
    status: str = ""  # principles: a badge
    status_label: str = ""
    date: str = ""
    count: int | None = None
    created: str = ""  # when git first had it (ISO time): "Nyt siden dit sidste besøg" marks it
    changed: str = ""  # when git last had it changed


@dataclass(frozen=True)
class Group:
    """One group of a listing: shown open, or folded away when the page is long."""
    title: str
    items: tuple[ListItem, ...]
    uri: str = ""
    intro: str = ""
    open: bool = True
    status: str = ""


@dataclass(frozen=True)
class Listing:
    groups: tuple[Group, ...]
    empty: str = "Ingen endnu."
    table: str = ""  # "principles" | "meetings" | "supervisions": columns instead of a list
    total: int = 0


@dataclass(frozen=True)
class ProposeView:
    """'Foreslå en ændring': the repository's web editor for the file, and an e-mail to the faglig koordinator."""
    edit_url: str = ""
    mail_href: str = ""
    email: str = ""


def propose(entry: Entry, sitemap: SiteMap, settings: dict) -> ProposeView:
    """The routes a caseworker without git has to propose a change (settings as build_site takes them)."""
    email = str(settings.get("coordinator_email") or "")
    address = sitemap.url(sitemap.entry(entry))
    site_url = str(settings.get("site_url") or "")
    address = urljoin(site_url.rstrip("/") + "/", address) if site_url else "/" + address
    title = sitemap.title(entry)
    mail = ""
    if email:
        body = (f"Princip: {entry.id} {title}\nSide: {address}\n\nHvad bør ændres, og hvorfor?\n\n"
                "(Skriv ingen navne, CPR-numre eller andet, der kan identificere et barn eller en familie.)\n")
        mail = f"mailto:{quote(email, safe='@')}?" + urlencode(
            {"subject": f"Forslag til ændring af {entry.id}: {title}", "body": body}, quote_via=quote)
    return ProposeView(edit_url(settings, entry.path), mail, email)


def edit_url(settings: dict, source: str) -> str:
    """The repository's web editor for a source file, as MkDocs makes page.edit_url (its default edit_uri for
    GitHub and GitLab), or "" when mkdocs.yml names no repository."""
    repo = str(settings.get("repo_url") or "")
    if not repo:
        return ""
    uri = settings.get("edit_uri")
    if uri is None:
        uri = {"github.com": "edit/master/docs/", "gitlab.com": "-/edit/master/docs/"}.get(urlsplit(repo).netloc, "")
    if not uri:
        return ""
    uri = uri if uri.endswith("/") else uri + "/"
    return urljoin(repo.rstrip("/") + "/", uri + posixpath.relpath(source, "docs"))


FOLD_ABOVE = 40  # a listing longer than this folds its groups, all but the first, into <details>


class Views:
    """Builds the view-model of any page; one per run, shared by every page."""

    def __init__(self, kb: KnowledgeBase, relations: Relations, sitemap: SiteMap, history: History | None = None):
        self.kb, self.relations, self.map = kb, relations, sitemap
        self.history = history or History()
        self._cases: dict[str, CaseView] = {}
        self._links: dict[str, Link] = {}

    # --- links -----------------------------------------------------------------
    def link(self, thing) -> Link:
        if isinstance(thing, Document):
            return Link(thing.title, thing.site_uri)
        known = self._links.get(thing.id)
        if known is None:
            known = self._links[thing.id] = self._link(thing)
        return known

    def _link(self, thing: Entry) -> Link:
        status = thing.status if thing.kind.name == "principle" else ""
        note = STATUSES.get(status or "proposed", "") if thing.kind.name == "principle" and status != "adopted" else ""
        return Link(self.map.title(thing), self.map.entry(thing), note, status or "")

    def links(self, ids) -> tuple[Link, ...]:
        return tuple(self.link(self.kb.entries[i]) for i in ids or () if i in self.kb.entries)

    def chips(self, taxonomy: str, values) -> tuple[Link, ...]:
        return tuple(Link(item.label, self.map.taxonomy(taxonomy, item))
                     for item in self.kb.resolve_keys(taxonomy, list(values or [])))

    def backlinks(self, entry: Entry, undated: bool = False) -> tuple[Link, ...]:
        """undated: leave out meeting and supervision records. A case page never links to one, even one that
        names it (an error, R314): date, team and story together would lead to the family."""
        return tuple(self.link(source) for source in self.relations.backlinks.get(entry.id, ())
                     if not (undated and isinstance(source, Entry) and source.kind.dated_record))

    # --- cards -----------------------------------------------------------------
    def principle(self, entry: Entry) -> PrincipleView:
        meta, rel = entry.meta, self.relations
        status = _status(entry)
        meetings = rel.meetings_deciding(entry.id)
        meeting = self.kb.get(str(meta.get("meeting", "")), "meeting") or (
            self.kb.entries[meetings[0]] if meetings else None)
        legal = tuple(Link(item.label, self.map.taxonomy("legal", item), item.extra.get("predecessor", ""))
                      for item in self.kb.resolve_keys("legal", entry.values("legal")))
        return PrincipleView(
            entry.id, self.map.title(entry), status, STATUSES[status], meta.get("summary", ""),
            danish_date(meta.get("decided")) if status != "proposed" else "",
            self.link(meeting) if meeting else None,
            self.chips("ics", meta.get("ics")), self.chips("methods", meta.get("methods")), legal,
            self.links(rel.cases_of.get(entry.id)), self.links(rel.related_of.get(entry.id)),
            self.links(meta.get("supersedes")), self.links(rel.superseded_by.get(entry.id)),
            self.links(rel.proposed_replacements.get(entry.id)), self.links(rel.supervisions_of.get(entry.id)),
            danish_date(meta.get("review_by")), review_overdue(entry, self.kb.today), meta.get("owner", ""),
            self.backlinks(entry), self.questions(entry))

    def questions(self, entry: Entry) -> tuple[str, ...]:
        return tuple(str(q).strip() for q in entry.values("questions") if str(q).strip())

    def search(self, thing: Entry | Document, text: str) -> SearchView:
        """`text`: the page's Markdown. The other names are those of what the page is about, as its title,
        summary, questions, tags and headings say, and of the paragraphs it names under `legal:`; a term the
        body only mentions in passing is found by its own name, and does not make every page that mentions it
        an answer to its synonyms (it also keeps the index from growing with each page's passing mentions)."""
        legal = self.kb.taxonomies["legal"]
        if isinstance(thing, Document):
            subject = " ".join([thing.title, *headings(text)])
            return SearchView(terms=_words_once(expansions(self.kb.vocabulary, legal, subject)))
        meta = thing.meta
        words = " ".join([self.map.title(thing), meta.get("summary", ""), *self.questions(thing),
                          *map(str, meta.get("tags") or []), *headings(text)])
        status = _status(thing)
        successors = list(self.relations.superseded_by.get(thing.id, ())) if status == "superseded" else []
        successor = self.link(self.kb.entries[successors[-1]]) if successors else None
        return SearchView(
            thing.id, STATUSES.get(status, ""), str(meta.get("summary", "")),
            successor, successors[-1] if successors else "", self.map.url(successor.uri) if successor else "",
            _words_once(expansions(self.kb.vocabulary, legal, words, thing.values("legal"))))

    def search_facets(self, pages) -> dict[str, dict[str, list[str]]]:
        """Page address (as Pagefind has it: "/principper/.../") -> what the search orders and filters by: the
        status of a principle, the kind of page, and the ICS sides of an entry."""
        by_path = {entry.path: entry for entry in self.kb.entries.values()}
        documents = {document.path for document in self.kb.documents}
        facets = {}
        for page in pages:
            url = "/" + self.map.url(page.uri)
            if page.source in by_path:
                entry = by_path[page.source]
                found = {"type": [SEARCH_KINDS[entry.kind.name]], "ics": self._sides(entry)}
                if entry.kind.name == "principle":
                    found["status"] = [STATUSES[_status(entry)]]
                facets[url] = found
            elif page.source in documents:
                facets[url] = {"type": [PAGES_KIND]}
        return facets

    def _sides(self, entry: Entry) -> list[str]:
        ics, sides = self.kb.taxonomies["ics"], []
        for item in self.kb.resolve_keys("ics", entry.values("ics")):
            side = ics.items[item.parent] if item.parent else item
            if side.label not in sides:
                sides.append(side.label)
        return sides

    def search_filters(self) -> dict[str, list[str]]:
        """The filter row's values, in the order shown: kinds of page, statuses, ICS sides."""
        return {"type": [*SEARCH_KINDS.values(), PAGES_KIND], "status": list(STATUSES.values()),
                "ics": [side.label for side in self.kb.taxonomies["ics"].roots()]}

    def search_help(self) -> dict:
        """What the search's page script needs besides the index (assets/praksis/search.json): the words a
        question leaves out, the glossary's terms, and the overviews to offer when nothing is found."""
        indexes = [("ICS-trekanten", "ics"), ("Lovgrundlag", "legal"), ("Metoder", "methods"),
                   ("Principper efter status", "status"), ("Alle principper", "principles")]
        return {"stop_words": stop_words(), "glossary": self._glossary(), "filters": self.search_filters(),
                "indexes": [{"label": label, "url": self.map.url(self.map.index(name))} for label, name in indexes]}

    def _glossary(self) -> list[dict]:
        page = next((d for d in self.kb.documents if d.site_uri == GLOSSARY), None)
        if page is None:
            return []
        sections: list[tuple[str, list[str]]] = []  # (term, the lines of its explanation)
        for line in page.body.splitlines():
            heading = _HEADING.match(line)
            if heading:
                sections.append((heading_text(heading[1]), []))
            elif line.startswith("## "):  # a heading with no text ends the term before it
                sections.append(("", []))
            elif sections and line.strip():
                sections[-1][1].append(line.strip())
        return [{"term": term, "url": f"{self.map.url(GLOSSARY)}#{slugify(term)}", "text": _first_sentence(lines)}
                for term, lines in sections if term]

    def case(self, entry: Entry) -> CaseView:
        """Made once per case: its page, its meeting sheet and the learning page all show it."""
        if entry.id not in self._cases:
            self._cases[entry.id] = self._case(entry)
        return self._cases[entry.id]

    def _case(self, entry: Entry) -> CaseView:
        meta = entry.meta
        anonymized = meta.get("anonymized") or {}
        view = CaseView(
            entry.id, self.map.title(entry), meta.get("summary", ""), self.chips("ics", meta.get("ics")),
            self.chips("methods", meta.get("methods")),
            tuple(item.label for item in self.kb.resolve_keys("documents", entry.values("documents"))),
            self.links(self.relations.principles_of.get(entry.id)),
            str(anonymized.get("by", "")).lower(),
            tuple(str(point) for point in entry.values("learning")), self.map.index("learning"),
            self.map.sheet(entry), self.backlinks(entry, undated=True))
        return self._case_sections(entry, view)

    def _case_sections(self, entry: Entry, view: CaseView) -> CaseView:
        from dataclasses import replace

        meta, sides = entry.meta, self.kb.taxonomies["ics"].roots()
        family = meta.get("family")
        kinds = self.kb.taxonomies["timeline_kinds"]
        timeline = tuple(TimelineEvent(str(event.get("when", "")), str(event.get("kind", "")),
                                       _label(kinds, event.get("kind")), str(event.get("text", "")))
                         for event in entry.values("timeline"))
        ics_view = meta.get("ics_view") or {}
        sos = meta.get("signs_of_safety") or {}
        return replace(
            view, genogram=_genogram(family, entry.id) if family else Markup(""),
            family=describe_family(family) if family else (), timeline=timeline,
            ics_view=tuple(Column(side.key, side.label, tuple(ics_view.get(side.key, [])),
                                  self.map.taxonomy("ics", side)) for side in sides) if ics_view else (),
            ics_counts=tuple((side.label, len(ics_view.get(side.key, []))) for side in sides),
            sos=tuple(Column(key, title, tuple(sos.get(key) or ())) for key, title in SOS_COLUMNS) if sos else (),
            scaling=sos.get("scaling"))

    def meeting(self, entry: Entry) -> MeetingView:
        meta = entry.meta
        forum = self.kb.resolve_keys("forums", [meta.get("forum", "")])
        return MeetingView(entry.id, self.map.title(entry), danish_date(meta.get("date")),
                           forum[0].label if forum else "", str(meta.get("team", "")),
                           self.links(self.relations.decisions_of.get(entry.id)),
                           self.links(self.relations.proposals_of.get(entry.id)))

    def supervision(self, entry: Entry) -> SupervisionView:
        meta = entry.meta
        return SupervisionView(entry.id, self.map.title(entry), meta.get("summary", ""), danish_date(meta.get("date")),
                               tuple(str(t) for t in meta.get("themes") or ()), self.links(meta.get("principles")))

    # --- listings ----------------------------------------------------------------
    def item(self, entry: Entry) -> ListItem:
        status = _status(entry)
        changes = () if entry.kind.name in UNDATED else self.history.of(entry.path)
        return ListItem(self.link(entry), entry.id, entry.meta.get("summary", ""), status,
                        STATUSES.get(status, "") if status else "",
                        danish_date(entry.meta.get("decided") or entry.meta.get("date")),
                        created=changes[0].when.isoformat() if changes else "",
                        changed=changes[-1].when.isoformat() if changes else "")

    def by_status(self, principles: list[Entry]) -> Listing:
        """Current practice first and open; proposals, then superseded and retired ones folded at scale."""
        groups = [Group(STATUS_PAGES[status], tuple(self.item(e) for e in principles if (e.status or "proposed") == status),
                        self.map.status(status), status=status) for status in ("adopted", "proposed", "superseded", "retired")]
        return _folded([g for g in groups if g.items], "Ingen principper endnu.")

    def entry_list(self, entries: list[Entry], empty: str) -> Listing:
        if entries and entries[0].kind.name == "principle":
            return self.by_status(entries)
        return _folded([Group("", tuple(self.item(e) for e in entries))] if entries else [], empty)

    def cases_by_side(self) -> Listing:
        """Cases grouped by the ICS side they touch first; a case is listed once."""
        sides = self.kb.taxonomies["ics"].roots()
        grouped: dict[str, list[ListItem]] = {side.key: [] for side in sides}
        rest: list[ListItem] = []
        for case in self.kb.of_kind("case"):
            items = self.kb.resolve_keys("ics", case.values("ics"))
            side = (items[0].parent or items[0].key) if items else None
            (grouped[side] if side in grouped else rest).append(self.item(case))
        groups = [Group(side.label, tuple(grouped[side.key]), self.map.taxonomy("ics", side)) for side in sides]
        groups.append(Group("Uden ICS-side", tuple(rest)))
        return _folded([g for g in groups if g.items], "Ingen sager endnu.")

    def by_year(self, entries: list[Entry], table: str, empty: str) -> Listing:
        years: dict[str, list[ListItem]] = {}
        for entry in sorted(entries, key=lambda e: e.id, reverse=True):
            day = entry.meta.get("date")
            item = self.item(entry)
            if table == "meetings":
                item = ListItem(item.link, item.id, item.summary, date=item.date,
                                count=len(self.relations.decisions_of.get(entry.id, ())))
            elif table == "supervisions":
                item = ListItem(item.link, item.id, item.summary, date=item.date)
            years.setdefault(str(day.year) if day else "Uden dato", []).append(item)
        listing = _folded([Group(year, tuple(items)) for year, items in years.items()], empty)
        return Listing(listing.groups, empty, table, listing.total)

    def status_counts(self) -> Listing:
        principles = self.kb.of_kind("principle")
        items = tuple(ListItem(Link(title, self.map.status(status)), status, status=status,
                               status_label=STATUSES[status],
                               count=sum(1 for e in principles if (e.status or "proposed") == status))
                      for status, title in STATUS_PAGES.items())
        return Listing((Group("", items),), "", "counts", len(items))

    def principles_table(self) -> Listing:
        listing = self.by_status(self.kb.of_kind("principle"))
        return Listing(listing.groups, listing.empty, "principles", listing.total)

    def supervision_principles(self, entry: Entry) -> tuple[Link, ...]:
        return self.links(entry.meta.get("principles"))

    def tagged(self, taxonomy: str, item: Item) -> list[Entry]:
        return self._tags.get((taxonomy, item.key), [])

    @property
    def _tags(self) -> dict[tuple[str, str], list[Entry]]:
        if not hasattr(self, "_tag_index"):
            self._tag_index = _tag_index(self.kb)  # only taxonomy pages need it
        return self._tag_index

    def taxonomy_items(self, taxonomy: str, items: list[Item]) -> Listing:
        return Listing((Group("", tuple(ListItem(Link(item.label, self.map.taxonomy(taxonomy, item)), item.key,
                                                 item.extra.get("subject", ""), count=len(self.tagged(taxonomy, item)))
                                        for item in items)),), "Ingen endnu.", "", len(items))


_GENOGRAMS: dict[tuple[str, str], Markup] = {}


def _status(entry: Entry) -> str:
    """A principle's status key ("proposed" when it has none that is valid: the model keeps only valid values);
    "" for other entries."""
    return (entry.status or "proposed") if entry.kind.name == "principle" else ""


def _first_sentence(lines: list[str]) -> str:
    first = " ".join(lines).split(". ")[0].strip().rstrip(".")
    return first + "." if first else ""


def _words_once(terms: list[str]) -> tuple[str, ...]:
    """Each word of the other names once: Pagefind ranks by how often a word occurs, and a page citing ten
    paragraphs would otherwise say "serviceloven" twenty times without ever having written it."""
    seen: set[str] = set()
    words = []
    for word in " ".join(terms).split():
        if word.lower() not in seen:
            seen.add(word.lower())
            words.append(word)
    return tuple(words)


def _genogram(family, key: str) -> Markup:
    """Drawn once per family as written: a rebuild after another file was saved does not draw it again."""
    known = (repr(family), key)
    if known not in _GENOGRAMS:
        if len(_GENOGRAMS) > 50_000:
            _GENOGRAMS.clear()
        _GENOGRAMS[known] = render_genogram(family, key=key)
    return _GENOGRAMS[known]


def _label(taxonomy, key) -> str:
    item, _ = taxonomy.resolve(str(key or ""))
    return item.label if item else str(key or "")


def _folded(groups: list[Group], empty: str) -> Listing:
    total = sum(len(group.items) for group in groups)
    if total > FOLD_ABOVE:
        groups = [g if index == 0 else Group(g.title, g.items, g.uri, g.intro, False, g.status)
                  for index, g in enumerate(groups)]
    return Listing(tuple(groups), empty, "", total)


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
