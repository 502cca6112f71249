"""View-models of time: a page's history, amendments, review banners, what is new, and the feed.

Read from the model and from git's history (history.py); the templates decide how each looks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import groupby

from .danish import MONTHS, danish_date
from .history import KINDS, UNDATED, Change, History
from .model import Entry, KnowledgeBase
from .sitemap import SiteMap
from .worddiff import Op, word_diff

REVIEW_SOON = 60  # days: a principle due for review this soon gets the blue banner
NEWS_MONTHS = 12

# What "Nyt og ændret" and the feed report, in the order a month shows them.
NEWS_KINDS = {"created": "Nye", "adopted": "Vedtaget", "amended": "Ændret", "superseded": "Erstattet",
              "retired": "Udgået"}
NEWS_ITEM = {"created": "Ny", "adopted": "Vedtaget", "amended": "Ændret", "superseded": "Erstattet", "retired": "Udgået"}
FEED_TITLES = {"created": "Nyt", "adopted": "Vedtaget", "amended": "Ændret", "superseded": "Erstattet",
               "retired": "Udgået"}


@dataclass(frozen=True)
class HistoryRow:
    date: str  # "3. februar 2026"
    iso: str
    kind: str  # a key of history.KINDS
    kind_label: str
    subject: str
    meeting: object = None  # views.Link of the meeting that decided it, for an adoption


@dataclass(frozen=True)
class HistoryView:
    state: str  # "full", "shallow", "none", or "undated" (an example case: see history.UNDATED)
    last_changed: str = ""
    last_changed_iso: str = ""
    created_iso: str = ""
    amended: str = ""  # the date of the latest amendment of an adopted wording
    previous: str = ""  # the source URI of the page with the wording before it
    rows: tuple[HistoryRow, ...] = ()  # newest first


@dataclass(frozen=True)
class ReviewView:
    level: str  # "overdue" (red) or "due" (blue)
    date: str
    iso: str
    owner: str
    days: int  # until the date; negative when passed


@dataclass(frozen=True)
class NewsItem:
    link: object  # views.Link
    id: str
    date: str
    iso: str
    kind: str
    subject: str
    summary: str = ""
    kind_label: str = ""
    created: str = ""  # when git first had the entry (ISO time): a new entry is marked "Ny", others "Ændret"


@dataclass(frozen=True)
class NewsGroup:
    label: str
    items: tuple[NewsItem, ...]


@dataclass(frozen=True)
class Month:
    title: str  # "november 2026"
    groups: tuple[NewsGroup, ...]


@dataclass(frozen=True)
class DiffView:
    """An earlier adopted wording against today's, as word diffs (worddiff.Op: same, removed, added)."""
    withheld: bool
    when: str  # the date of the amendment
    title: tuple[Op, ...] = ()
    summary: tuple[Op, ...] = ()
    body: tuple[Op, ...] = ()


class HistoryViews:
    def __init__(self, kb: KnowledgeBase, history: History, sitemap: SiteMap, link):
        self.kb, self.history, self.map, self.link = kb, history, sitemap, link

    def of(self, entry: Entry) -> HistoryView:
        if entry.kind.name in UNDATED:
            return HistoryView("undated")
        changes = self.history.of(entry.path)
        if not changes:
            return HistoryView(self.history.state)
        latest_amendment = next((c for c in reversed(changes) if c.kind == "amended"), None)
        amended = latest_amendment is not None and entry.status == "adopted"
        return HistoryView(
            self.history.state, danish_date(changes[-1].when.date()), changes[-1].when.date().isoformat(),
            changes[0].when.date().isoformat(), danish_date(latest_amendment.when.date()) if amended else "",
            self.map.previous(entry) if amended else "", tuple(self._row(c) for c in reversed(changes)))

    def _row(self, change: Change) -> HistoryRow:
        meeting = self.kb.get(change.meeting, "meeting") if change.kind == "adopted" and change.meeting else None
        when = change.when.date()
        return HistoryRow(danish_date(when), when.isoformat(), change.kind, KINDS[change.kind], change.subject,
                          self.link(meeting) if meeting else None)

    def amended(self) -> list[Entry]:
        """Adopted principles with an amendment: each gets a page with the wording before it."""
        return [e for e in self.kb.of_kind("principle") if e.status == "adopted" and e.path in self.history.previous
                and self.history.state == "full"]

    def previous(self, entry: Entry) -> DiffView:
        text = self.history.previous.get(entry.path, "")
        when = next((c.when.date() for c in reversed(self.history.of(entry.path)) if c.kind == "amended"), None)
        if not text:
            return DiffView(True, danish_date(when))
        old = _wording(text)
        new = (str(entry.meta.get("title", "")), str(entry.meta.get("summary", "")), entry.body)
        return DiffView(False, danish_date(when), *(tuple(word_diff(a, b)) for a, b in zip(old, new)))

    # --- review ---------------------------------------------------------------------
    def review(self, entry: Entry) -> ReviewView | None:
        """The banner above a principle due for review within REVIEW_SOON days, or overdue."""
        return self._due(entry, REVIEW_SOON - 1)

    def _due(self, entry: Entry, last_day: int) -> ReviewView | None:
        """A current principle whose review_by is at most `last_day` days away (or passed)."""
        due = entry.meta.get("review_by")
        if due is None or entry.kind.name != "principle" or entry.status not in ("adopted", "proposed"):
            return None
        days = (due - self.kb.today).days
        if days > last_day:
            return None
        return ReviewView("overdue" if days < 0 else "due", danish_date(due), due.isoformat(),
                          str(entry.meta.get("owner", "")), days)

    def due(self, within: int = REVIEW_SOON) -> list[tuple[str, list[tuple[Entry, ReviewView]]]]:
        """Principles to review within `within` days (and those overdue), by owner, the most urgent first."""
        found = [(entry, review) for entry in self.kb.of_kind("principle")
                 if (review := self._due(entry, within)) is not None]
        found.sort(key=lambda pair: (pair[1].owner.casefold() or "\uffff", pair[1].iso, pair[0].id))
        return [(owner or "Ingen ansvarlig angivet", list(items))
                for owner, items in groupby(found, key=lambda pair: pair[1].owner)]

    # --- what is new ----------------------------------------------------------------------
    def events(self, months: int = NEWS_MONTHS) -> list[tuple[Entry, Change]]:
        """The changes of the last `months` months worth reporting, newest first."""
        since = self.kb.today - timedelta(days=round(months * 365.25 / 12))
        found = []
        for entry in self.kb.entries.values():
            for change in () if entry.kind.name in UNDATED else self.history.of(entry.path):
                kind = change.kind if entry.kind.name == "principle" else ("created" if change.kind == "created"
                                                                            else "")
                if kind in NEWS_KINDS and since < change.when.date() <= self.kb.today:
                    found.append((entry, change))
        found.sort(key=lambda pair: (pair[1].when, pair[0].id), reverse=True)
        return found

    def news(self, months: int = NEWS_MONTHS) -> tuple[Month, ...]:
        by_month: dict[tuple[int, int], list[NewsItem]] = {}
        for entry, change in self.events(months):
            when = change.when.date()
            by_month.setdefault((when.year, when.month), []).append(self._item(entry, change))
        return tuple(Month(f"{MONTHS[m - 1]} {y}", tuple(
            NewsGroup(label, tuple(i for i in items if i.kind == kind))
            for kind, label in NEWS_KINDS.items() if any(i.kind == kind for i in items)))
            for (y, m), items in by_month.items())

    def latest(self, count: int = 5) -> tuple[NewsItem, ...]:
        """The newest changes, for the front page."""
        return tuple(self._item(entry, change) for entry, change in self.events()[:count])

    def _item(self, entry: Entry, change: Change) -> NewsItem:
        when = change.when.date()
        kind = change.kind if entry.kind.name == "principle" else "created"
        first = self.history.of(entry.path)[0].when.isoformat()
        return NewsItem(self.link(entry), entry.id, danish_date(when), change.when.isoformat(), kind, change.subject,
                        str(entry.meta.get("summary", "")), NEWS_ITEM[kind], first)

    def feed(self, site_url: str, limit: int = 100) -> dict:
        """The Atom feed's values: entries newest first, addresses absolute when the site's address is known."""
        base = (site_url or "").rstrip("/") + "/" if site_url else "/"
        events = self.events()[:limit]
        entries = [{"id": f"tag:praksis,{change.when.date().isoformat()}:{entry.id}/{change.commit[:12]}",
                    "title": f"{FEED_TITLES[item.kind]}: {item.link.label} ({entry.id})",
                    "updated": change.when.isoformat(), "url": base + self.map.url(self.map.entry(entry)),
                    "summary": item.summary, "subject": change.subject, "kind": KINDS[item.kind]}
                   for entry, change in events for item in [self._item(entry, change)]]
        updated = events[0][1].when.isoformat() if events else datetime(
            self.kb.today.year, self.kb.today.month, self.kb.today.day).astimezone().isoformat()
        return {"id": base if site_url else "tag:praksis,2026:feed", "url": base,
                "self": base + "feed.xml", "updated": updated, "entries": entries}


def _wording(text: str) -> tuple[str, str, str]:
    """(title, summary, body) of an earlier version, read as the loader reads front matter."""
    from .frontmatter import parse

    parsed, _ = parse("tidligere.md", text)
    if parsed is None:  # an earlier version that no longer parses is shown as its plain text
        return "", "", text
    return str(parsed.data.get("title", "") or ""), str(parsed.data.get("summary", "") or ""), parsed.body
