"""The living guidelines, specified where mutation testing found them loose: how git's history is read (renames,
deletions, the kind of each change, the earlier wording), 'Nyt og ændret' and the feed (the twelve months, the order,
the ids), 'Til revision' and `praksis review` (day counts, the 60-day boundary, owners), 'Foreslå en ændring' (the
web editor's address and the mail) and the word diff.

Every history is read afresh in the test that looks at it (history.read_history keeps one per HEAD), and the
view-models are asked directly, so each behaviour is checked where it is made.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, timezone
from urllib.parse import parse_qs

import pytest

from conftest import TODAY as KB_TODAY, make_kb
from history_repo import CREATED, P1, P2_NEW, P2_OLD, RENAMED, Step, _git, commit, history_kb, principle
from praksis import history as history_module
from praksis.danish import danish_date
from praksis.history import Change, History, facts, read_history
from praksis.history_views import HistoryViews, ReviewView
from praksis.pipeline import Options, run
from praksis.review import agenda, as_json, as_text
from praksis.views import edit_url, propose
from praksis.worddiff import Op, word_diff

TODAY = date.today()  # git histories are dated back from today; fabricated ones from conftest's KB_TODAY
P2 = "docs/principper/P-0002-forslag.md"
CASE = "cases_anonymized/C-0001-skolefravaer.md"
MEETING = "docs/moeder/M-2026-02-03.md"
TITLE = "Sparring varer højst en time"
SUMMARY = "En sagsdrøftelse varer højst 60 minutter."


def forget_history() -> None:
    """Drop the history kept in this process for the last HEAD read (`praksis serve`), where there is one."""
    getattr(history_module, "_memo", {}).clear()


def fresh_history(root, **kwargs) -> History:
    forget_history()
    return read_history(root, **kwargs)


def fresh_run(root, today: date = TODAY):
    forget_history()
    return run(root, Options(today=today, use_cache=False))


def kinds(history: History, path: str) -> list[tuple[str, str]]:
    return [(c.kind, c.subject) for c in history.of(path)]


def commits_by_subject(root) -> dict[str, str]:
    return dict(line.split(" ", 1)[::-1] for line in _git(root, "log", "--format=%H %s").splitlines())


def git_repo(root):
    """A knowledge base from conftest in a new git repository, nothing committed yet."""
    kb = make_kb(root)
    _git(kb.root, "init", "-q", "-b", "main")
    return kb


# --- reading git ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def story(tmp_path_factory):
    """history_repo's story: created, adopted, renamed, amended, superseded, retired, a case added."""
    return history_kb(tmp_path_factory.mktemp("story") / "kb", TODAY).root


@pytest.fixture(scope="module")
def edited(tmp_path_factory):
    """A proposal reworded, a case edited, an adopted principle's review date moved, then its title amended."""
    kb = git_repo(tmp_path_factory.mktemp("edited") / "kb")
    commit(kb.root, Step(60, "Vidensbasen oprettet"), TODAY)
    kb.edit(P2, "summary: Sagsejer viser et genogram.", "summary: Sagsejer tegner et genogram.")
    kb.edit(CASE, "summary: Barn A på 11 år har stigende skolefravær.", "summary: Barn A har stigende fravær.")
    commit(kb.root, Step(50, "Forslaget og sagen omformuleret"), TODAY)
    kb.edit(P1, "review_by: 2099-01-01", "review_by: 2098-01-01")
    commit(kb.root, Step(40, "Ny revisionsdato"), TODAY)
    kb.edit(P1, f"title: {TITLE}", f"title: {TITLE} og et kvarter")
    commit(kb.root, Step(30, "Tidsrammen udvidet"), TODAY)
    return kb.root


def test_a_renamed_file_keeps_the_commits_from_before_its_rename(story):
    history = fresh_history(story)
    assert kinds(history, P2_NEW) == [("created", CREATED.message), ("changed", RENAMED.message)]
    assert P2_OLD not in history.changes
    by_subject = commits_by_subject(story)
    assert [c.commit for c in history.of(P2_NEW)] == [by_subject[CREATED.message], by_subject[RENAMED.message]]


def test_a_principle_renamed_in_the_commit_that_adopts_it_is_shown_as_adopted_beside_the_other_changes(tmp_path):
    kb = git_repo(tmp_path / "kb")
    commit(kb.root, Step(30, "Forslag"), TODAY)
    renamed, added = "docs/principper/P-0002-genogram.md", "docs/principper/P-0003-ny.md"
    (kb.root / P2).rename(kb.root / renamed)
    kb.edit(renamed, "status: proposed", "status: adopted\ndecided: 2026-02-03\nmeeting: M-2026-02-03")
    kb.edit("docs/brug.md", "Søg efter", "Søg altid efter")  # files listed before and after the rename
    kb.edit("docs/index.md", "# Forside", "# Praksis")
    kb.write(added, principle("P-0003", "Ny", "Et nyt forslag.", "proposed"))
    commit(kb.root, Step(20, "P-0002 vedtaget"), TODAY)
    history = fresh_history(kb.root)
    assert kinds(history, renamed) == [("created", "Forslag"), ("adopted", "P-0002 vedtaget")]
    assert history.of(renamed)[-1].meeting == "M-2026-02-03"
    assert kinds(history, "docs/brug.md") == [("created", "Forslag"), ("changed", "P-0002 vedtaget")]
    assert kinds(history, "docs/index.md") == [("created", "Forslag"), ("changed", "P-0002 vedtaget")]
    assert kinds(history, added) == [("created", "P-0002 vedtaget")]


def test_a_new_commit_is_in_the_history_read_next_without_restarting(tmp_path):
    kb = git_repo(tmp_path / "kb")
    commit(kb.root, Step(20, "Oprettet"), TODAY)
    assert kinds(fresh_history(kb.root), P2) == [("created", "Oprettet")]
    kb.edit(P2, "Tekst om", "Mere tekst om")
    commit(kb.root, Step(10, "Uddybet"), TODAY)
    assert kinds(read_history(kb.root), P2) == [("created", "Oprettet"), ("changed", "Uddybet")]  # `praksis serve`


def test_a_deleted_file_leaves_the_history_of_the_other_files_whole(tmp_path):
    kb = git_repo(tmp_path / "kb")
    commit(kb.root, Step(30, "Oprettet"), TODAY)
    (kb.root / "docs/brug.md").unlink()
    commit(kb.root, Step(20, "Brugssiden slettet"), TODAY)
    kb.edit(P2, "Tekst om", "Mere tekst om")
    commit(kb.root, Step(10, "Forslaget uddybet"), TODAY)
    history = fresh_history(kb.root)
    assert kinds(history, P2) == [("created", "Oprettet"), ("changed", "Forslaget uddybet")]
    assert kinds(history, P1) == [("created", "Oprettet")]


def test_an_edited_case_or_proposal_is_changed_and_a_new_review_date_is_no_amendment(edited):
    history = fresh_history(edited)
    assert kinds(history, CASE) == [("created", "Vidensbasen oprettet"), ("changed", "Forslaget og sagen omformuleret")]
    assert kinds(history, P2) == [("created", "Vidensbasen oprettet"), ("changed", "Forslaget og sagen omformuleret")]
    assert kinds(history, P1) == [("created", "Vidensbasen oprettet"), ("changed", "Ny revisionsdato"),
                                  ("amended", "Tidsrammen udvidet")]


def test_the_earlier_wording_is_the_file_exactly_as_adopted_before_the_latest_amendment(edited):
    history = fresh_history(edited)
    before = commits_by_subject(edited)["Ny revisionsdato"]
    assert history.previous == {P1: _git(edited, "show", f"{before}:{P1}")}


def test_the_earlier_wording_is_the_adopted_one_not_the_proposal_before_it(tmp_path):
    kb = git_repo(tmp_path / "kb")
    kb.edit(P1, "status: adopted\ndecided: 2026-02-03\nmeeting: M-2026-02-03\n", "status: proposed\n")
    kb.edit(P1, SUMMARY, "En sagsdrøftelse bør vare en time.")
    commit(kb.root, Step(40, "Forslag"), TODAY)
    kb.edit(P1, "status: proposed\n", "status: adopted\ndecided: 2026-02-03\nmeeting: M-2026-02-03\n")
    kb.edit(P1, "En sagsdrøftelse bør vare en time.", SUMMARY)
    commit(kb.root, Step(30, "Vedtaget"), TODAY)
    kb.edit(P1, SUMMARY, "En sagsdrøftelse varer højst 75 minutter.")
    commit(kb.root, Step(20, "Ændret"), TODAY)
    history = fresh_history(kb.root)
    assert [c.kind for c in history.of(P1)] == ["created", "adopted", "amended"]
    assert f"summary: {SUMMARY}" in history.previous[P1]


def test_a_version_that_is_not_utf8_does_not_stop_the_history(tmp_path):
    kb = git_repo(tmp_path / "kb")
    kb.write(P2, (kb.root / P2).read_text("utf-8").replace("Tekst om", "Tekst om b\u00f8rn og").encode("latin-1"))
    commit(kb.root, Step(20, "Skrevet i et gammelt program"), TODAY)
    kb.write(P2, (kb.root / P2).read_bytes().decode("latin-1"))
    commit(kb.root, Step(10, "Gemt som UTF-8"), TODAY)
    assert kinds(fresh_history(kb.root), P2) == [("created", "Skrevet i et gammelt program"),
                                                 ("changed", "Gemt som UTF-8")]


def test_a_knowledge_base_in_a_subfolder_of_the_repository_has_its_history(tmp_path):
    repo = tmp_path / "repo"
    make_kb(repo / "praksis")
    _git(repo, "init", "-q", "-b", "main")
    commit(repo, Step(10, "Praksis lagt i en undermappe"), TODAY)
    assert kinds(fresh_history(repo / "praksis"), P1) == [("created", "Praksis lagt i en undermappe")]


def test_a_knowledge_base_without_cases_yet_has_its_history(tmp_path):
    kb = git_repo(tmp_path / "kb")
    (kb.root / CASE).unlink()
    (kb.root / "cases_anonymized").rmdir()
    commit(kb.root, Step(10, "Kun principper"), TODAY)
    history = fresh_history(kb.root)
    assert history.state == "full" and kinds(history, P1) == [("created", "Kun principper")]


def test_facts_of_a_file_without_front_matter_are_its_words_only():
    assert facts("Kun tekst,\nuden forside.\n") == ({}, "Kun tekst, uden forside.")


def test_facts_cut_a_comment_at_its_first_hash():
    assert facts("---\nstatus: adopted # vedtaget #2\n---\n")[0] == {"status": "adopted"}


# --- the page's history and the earlier wording --------------------------------------------------------

def test_an_amended_title_is_shown_word_by_word_against_the_adopted_one(edited):
    result = fresh_run(edited)
    entry = result.kb.entries["P-0001"]
    views = result.site.builder.history
    assert [e.id for e in views.amended()] == ["P-0001"]
    diff = views.previous(entry)
    assert not diff.withheld
    assert diff.when == danish_date(TODAY - timedelta(days=30))
    assert diff.title == (Op("same", TITLE), Op("added", " og et kvarter"))
    assert diff.summary == (Op("same", SUMMARY),)
    assert diff.body == (Op("same", entry.body),)


def test_the_history_rows_are_newest_first_with_their_dates_and_kinds(edited):
    result = fresh_run(edited)
    view = result.site.builder.history.of(result.kb.entries["P-0001"])
    days = [TODAY - timedelta(days=n) for n in (30, 40, 60)]
    assert [(r.date, r.iso, r.kind_label, r.subject) for r in view.rows] == [
        (danish_date(days[0]), days[0].isoformat(), "ændret efter vedtagelse", "Tidsrammen udvidet"),
        (danish_date(days[1]), days[1].isoformat(), "ændret", "Ny revisionsdato"),
        (danish_date(days[2]), days[2].isoformat(), "oprettet", "Vidensbasen oprettet")]
    assert view.amended == danish_date(days[0]) and view.previous == "principper/P-0001-en-time/tidligere.md"
    case = result.site.builder.history.of(result.kb.entries["C-0001"])
    assert (case.state, case.rows, case.last_changed) == ("undated", (), "")  # git has it; the site shows no date


def test_a_withheld_earlier_wording_still_says_when_it_was_amended(tmp_path):
    kb = git_repo(tmp_path / "kb")
    kb.edit(P1, f"summary: {SUMMARY}", "summary: Som i sagen med cpr 010203-1234 varer en drøftelse en time.")
    commit(kb.root, Step(20, "Vedtaget"), TODAY)
    kb.edit(P1, "Som i sagen med cpr 010203-1234 varer en drøftelse en time.", SUMMARY)
    commit(kb.root, Step(10, "Eksemplet fjernet"), TODAY)
    result = fresh_run(kb.root)
    diff = result.site.builder.history.previous(result.kb.entries["P-0001"])
    assert diff.withheld and diff.when == danish_date(TODAY - timedelta(days=10))
    assert result.history.previous == {P1: ""}


def test_an_earlier_wording_that_no_longer_parses_is_shown_as_its_plain_text(tmp_path):
    kb = git_repo(tmp_path / "kb")
    kb.edit(P1, f"title: {TITLE}", f'title: "{TITLE}')  # an unclosed quote: YAML cannot read it
    commit(kb.root, Step(20, "Vedtaget"), TODAY)
    kb.edit(P1, f'title: "{TITLE}', f"title: {TITLE}")
    commit(kb.root, Step(10, "Anførselstegnet rettet"), TODAY)
    result = fresh_run(kb.root)
    diff = result.site.builder.history.previous(result.kb.entries["P-0001"])
    assert diff.title == (Op("added", TITLE),) and diff.summary == (Op("added", SUMMARY),)
    shown = "".join(op.text for op in diff.body if op.op != "added")
    assert shown.split() == result.history.previous[P1].split()  # the whole earlier file, front matter and all


def test_an_earlier_wording_without_a_title_or_summary_shows_them_whole_as_added(tmp_path):
    kb = git_repo(tmp_path / "kb")
    kb.edit(P1, f"title: {TITLE}\nsummary: {SUMMARY}\n", "")
    commit(kb.root, Step(20, "Vedtaget uden titel og resumé"), TODAY)
    kb.edit(P1, "id: P-0001\n", f"id: P-0001\ntitle: {TITLE}\nsummary: {SUMMARY}\n")
    commit(kb.root, Step(10, "Titel og resumé tilføjet"), TODAY)
    result = fresh_run(kb.root)
    diff = result.site.builder.history.previous(result.kb.entries["P-0001"])
    assert diff.title == (Op("added", TITLE),) and diff.summary == (Op("added", SUMMARY),)


# --- 'Nyt og ændret', the front page and the feed (histories made up, dated from conftest's day) ----------

@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """conftest's knowledge base outside git: its model and site map, for histories made up by the tests."""
    return run(make_kb(tmp_path_factory.mktemp("made") / "kb").root, Options(today=KB_TODAY, use_cache=False))


def at(days_ago: int, hour: int = 10) -> datetime:
    return datetime.combine(KB_TODAY - timedelta(days=days_ago), time(hour), tzinfo=timezone.utc)


def change(days_ago: int, kind: str, subject: str = "", commit: str = "0123456789abcdef0123", **extra) -> Change:
    return Change(commit, at(days_ago), subject or f"{kind} for {days_ago} dage siden", kind, **extra)


def views(made, changes: dict[str, list[Change]]) -> HistoryViews:
    return HistoryViews(made.kb, History(changes, "full"), made.sitemap, made.site.builder.views.link)


def test_whats_new_holds_the_last_365_days_up_to_and_including_today(made):
    found = views(made, {P1: [change(400, "created"), change(365, "adopted"), change(364, "amended"),
                              change(0, "amended"), change(-1, "amended")]}).events()
    assert [(entry.id, c.when.date()) for entry, c in found] == [("P-0001", KB_TODAY),
                                                                 ("P-0001", KB_TODAY - timedelta(days=364))]


def test_a_meeting_is_news_when_it_is_added_not_when_it_is_edited_and_a_case_never(made):
    found = views(made, {MEETING: [change(20, "created"), change(10, "changed")],
                         CASE: [change(20, "created"), change(10, "changed")]}).events()
    assert [(entry.id, c.kind) for entry, c in found] == [("M-2026-02-03", "created")]


def test_whats_new_names_each_month_and_groups_it_by_kind(made):
    months = views(made, {P1: [change(400, "created"), change(5, "adopted"), change(0, "amended")],
                          P2: [change(30, "created")], MEETING: [change(5, "created")],
                          CASE: [change(5, "created")]}).news()
    assert [m.title for m in months] == ["november 2026", "oktober 2026"]
    assert [[(g.label, [i.id for i in g.items]) for g in m.groups] for m in months] == [
        [("Nye", ["M-2026-02-03"]), ("Vedtaget", ["P-0001"]), ("Ændret", ["P-0001"])], [("Nye", ["P-0002"])]]


def test_a_news_item_says_what_changed_when_and_since_when_the_entry_exists(made):
    amended = change(0, "amended", "Afrundingen tæller med")
    [principle_item, meeting_item] = views(made, {
        P1: [change(400, "created"), amended], CASE: [change(3, "created")], MEETING: [change(4, "created")]}).latest()
    assert (principle_item.id, principle_item.link.label, principle_item.kind, principle_item.kind_label) == (
        "P-0001", TITLE, "amended", "Ændret")
    assert (principle_item.date, principle_item.iso, principle_item.created) == (
        danish_date(KB_TODAY), at(0).isoformat(), at(400).isoformat())
    assert (principle_item.summary, principle_item.subject) == (SUMMARY, "Afrundingen tæller med")
    assert (meeting_item.id, meeting_item.kind, meeting_item.kind_label) == ("M-2026-02-03", "created", "Ny")
    assert meeting_item.summary == ""  # a meeting has no summary


def test_the_front_page_shows_the_five_newest_changes(made):
    history = views(made, {P1: [change(n, "amended") for n in range(7)]})
    assert [item.iso for item in history.latest()] == [at(n).isoformat() for n in range(5)]


def test_a_feed_entry_has_an_id_made_of_date_entry_and_commit_and_says_what_happened(made):
    feed = views(made, {P1: [change(400, "created"), change(2, "amended", "Afrundingen tæller med")]}).feed("")
    assert feed["entries"] == [{
        "id": f"tag:praksis,{(KB_TODAY - timedelta(days=2)).isoformat()}:P-0001/0123456789ab",
        "title": f"Ændret: {TITLE} (P-0001)", "updated": at(2).isoformat(), "url": "/principper/P-0001-en-time/",
        "summary": SUMMARY, "subject": "Afrundingen tæller med", "kind": "ændret efter vedtagelse"}]


def test_a_feed_without_the_sites_address_has_a_fixed_id_and_addresses_from_the_root(made):
    feed = views(made, {P1: [change(9, "adopted"), change(3, "amended")]}).feed("")
    assert {key: feed[key] for key in ("id", "url", "self", "updated")} == {
        "id": "tag:praksis,2026:feed", "url": "/", "self": "/feed.xml", "updated": at(3).isoformat()}


def test_a_feed_with_the_sites_address_is_identified_by_it(made):
    feed = views(made, {P1: [change(3, "amended")]}).feed("https://intra.kommune.example/praksis")
    assert {key: feed[key] for key in ("id", "url", "self")} == {
        "id": "https://intra.kommune.example/praksis/", "url": "https://intra.kommune.example/praksis/",
        "self": "https://intra.kommune.example/praksis/feed.xml"}
    assert feed["entries"][0]["url"] == "https://intra.kommune.example/praksis/principper/P-0001-en-time/"


def test_an_empty_feed_is_dated_today(made):
    feed = views(made, {}).feed("")
    assert feed["entries"] == [] and feed["updated"].startswith(f"{KB_TODAY.isoformat()}T00:00:00")


def test_the_feed_holds_the_hundred_newest_changes(made):
    feed = views(made, {P1: [change(n, "amended") for n in range(101)]}).feed("")
    assert len(feed["entries"]) == 100 and feed["entries"][-1]["updated"] == at(99).isoformat()


def test_a_pages_history_says_when_it_was_created_and_last_changed(made):
    history = views(made, {P1: [change(400, "created"), change(300, "adopted")]})
    view = history.of(made.kb.entries["P-0001"])
    assert (view.state, view.last_changed, view.last_changed_iso, view.created_iso) == (
        "full", danish_date(KB_TODAY - timedelta(days=300)), (KB_TODAY - timedelta(days=300)).isoformat(),
        (KB_TODAY - timedelta(days=400)).isoformat())
    assert (view.amended, view.previous) == ("", "")  # adopted, never amended: no earlier wording to show
    assert history.amended() == []  # and no page for one
    assert [row.kind for row in view.rows] == ["adopted", "created"]


def test_only_a_meeting_is_linked_as_the_meeting_that_adopted_a_principle(made):
    history = views(made, {P1: [change(9, "adopted", meeting="M-2026-02-03")],
                           P2: [change(9, "adopted", meeting="C-0001")]})
    [p1_row] = history.of(made.kb.entries["P-0001"]).rows
    [p2_row] = history.of(made.kb.entries["P-0002"]).rows
    assert p1_row.meeting.uri == "moeder/M-2026-02-03.md" and p2_row.meeting is None


# --- 'Til revision' and `praksis review` ---------------------------------------------------------------------

def due(kb, path: str, days: int, owner: str | None = None) -> None:
    """Set the principle's review date `days` from conftest's day, and its owner (none when not given)."""
    text = (kb.root / path).read_text("utf-8")
    lines = [line for line in text.split("\n") if not line.startswith(("review_by:", "owner:"))]
    lines[1:1] = [f"review_by: {(KB_TODAY + timedelta(days=days)).isoformat()}"] + (
        [f"owner: {owner}"] if owner else [])
    (kb.root / path).write_text("\n".join(lines), "utf-8")


def add_principle(kb, number: int) -> str:
    path = f"docs/principper/P-000{number}-nummer-{number}.md"
    kb.write(path, principle(f"P-000{number}", f"Princip {number}", "Et resumé.", "adopted",
                             decided="2026-02-03", meeting="M-2026-02-03"))
    return path


def test_a_review_banner_shows_from_59_days_before_the_date_for_adopted_and_proposed_principles(kb):
    due(kb, P1, 59, "Teamleder")
    due(kb, P2, 0)
    due(kb, add_principle(kb, 3), 60, "Teamleder")
    retired = add_principle(kb, 4)
    due(kb, retired, -5, "Teamleder")
    kb.edit(retired, "status: adopted", "status: retired")
    add_principle(kb, 5)  # no review date
    due(kb, add_principle(kb, 6), -1, "Teamleder")
    result = kb.run()
    review = result.site.builder.history.review
    entries = result.kb.entries
    assert review(entries["P-0001"]) == ReviewView("due", "21. januar 2027", "2027-01-21", "Teamleder", 59)
    assert review(entries["P-0002"]) == ReviewView("due", "23. november 2026", "2026-11-23", "", 0)
    assert review(entries["P-0006"]) == ReviewView("overdue", "22. november 2026", "2026-11-22", "Teamleder", -1)
    assert [review(entries[i]) for i in ("P-0003", "P-0004", "P-0005")] == [None, None, None]


def test_the_agenda_holds_what_is_due_within_the_days_asked_and_today_is_due_not_overdue(kb):
    due(kb, P1, 30, "Teamleder")
    due(kb, P2, 0, "Teamleder")
    due(kb, add_principle(kb, 3), -1, "Teamleder")
    due(kb, add_principle(kb, 4), 31, "Teamleder")
    [(owner, items)] = agenda(kb.run(), 30)
    assert owner == "Teamleder"
    assert [(e.id, r.level, r.days, r.date, r.iso, r.owner) for e, r in items] == [
        ("P-0003", "overdue", -1, "22. november 2026", "2026-11-22", "Teamleder"),
        ("P-0002", "due", 0, "23. november 2026", "2026-11-23", "Teamleder"),
        ("P-0001", "due", 30, "23. december 2026", "2026-12-23", "Teamleder")]


def test_principles_without_an_owner_come_last_under_a_heading_that_says_so(kb):
    due(kb, P1, 5, "Teamleder")
    due(kb, P2, 1)
    due(kb, add_principle(kb, 3), 9, "afdelingsleder")
    owners = agenda(kb.run(), 60)
    assert [(owner, [e.id for e, _ in items]) for owner, items in owners] == [
        ("afdelingsleder", ["P-0003"]), ("Teamleder", ["P-0001"]), ("Ingen ansvarlig angivet", ["P-0002"])]
    assert owners[-1][1][0][1].owner == ""


def test_review_as_text_counts_principles_and_days_in_singular_and_plural(kb):
    due(kb, P1, -1, "Teamleder")
    due(kb, P2, 1, "Teamleder")
    result = kb.run()
    assert as_text(agenda(result, 60), KB_TODAY, 60) == (
        "Til revision: 2 principper inden for 60 dage (i dag er 23. november 2026).\n"
        "\n"
        "Teamleder\n"
        f"  2026-11-22  P-0001  {TITLE}  (overskredet med 1 dag; {P1})\n"
        f"  2026-11-24  P-0002  Forslag om genogram  (om 1 dag; {P2})")
    due(kb, P1, -2, "Teamleder")
    due(kb, P2, 100, "Teamleder")
    assert as_text(agenda(kb.run(), 60), KB_TODAY, 60) == (
        "Til revision: 1 princip inden for 60 dage (i dag er 23. november 2026).\n"
        "\n"
        "Teamleder\n"
        f"  2026-11-21  P-0001  {TITLE}  (overskredet med 2 dage; {P1})")
    due(kb, P1, 3, "Teamleder")
    assert "(om 3 dage; " in as_text(agenda(kb.run(), 60), KB_TODAY, 60)


def test_review_as_text_with_nothing_due_says_so_with_todays_date():
    assert as_text([], KB_TODAY, 45) == "Ingen principper skal revideres inden for 45 dage (i dag er 23. november 2026)."


def test_review_as_json_keeps_danish_letters_readable(kb):
    due(kb, P1, -1, "Faglig koordinator")
    text = as_json(agenda(kb.run(), 60), KB_TODAY)
    assert f'"title": "{TITLE}"' in text and '"owner": "Faglig koordinator"' in text
    assert json.loads(text)["owners"][0]["principles"][0]["title"] == TITLE


# --- 'Foreslå en ændring' -------------------------------------------------------------------------------------

def test_the_web_editor_of_gitlab_and_an_edit_uri_without_its_last_slash():
    assert edit_url({"repo_url": "https://gitlab.com/kommune/praksis"}, P1) == (
        "https://gitlab.com/kommune/praksis/-/edit/master/docs/principper/P-0001-en-time.md")
    assert edit_url({"repo_url": "https://github.com/kommune/praksis", "edit_uri": "edit/main/docs"}, P1) == (
        "https://github.com/kommune/praksis/edit/main/docs/principper/P-0001-en-time.md")


def test_no_web_editor_without_a_repository_or_with_an_empty_edit_uri():
    assert edit_url({"edit_uri": "edit/main/docs/"}, P1) == ""
    assert edit_url({"repo_url": "https://github.com/kommune/praksis", "edit_uri": ""}, P1) == ""


def test_the_mail_to_the_coordinator_names_the_principle_its_page_and_warns_against_personal_data(made):
    entry = made.kb.entries["P-0001"]
    view = propose(entry, made.sitemap, {"coordinator_email": "fk@kommune.example"})
    assert (view.email, view.edit_url) == ("fk@kommune.example", "")
    address, _, query = view.mail_href.partition("?")
    assert address == "mailto:fk@kommune.example"
    assert "+" not in query and "%20" in query  # mail programs read '+' as a plus, not a space
    fields = parse_qs(query)
    assert fields["subject"] == [f"Forslag til ændring af P-0001: {TITLE}"]
    assert fields["body"] == [f"Princip: P-0001 {TITLE}\nSide: /principper/P-0001-en-time/\n\n"
                              "Hvad bør ændres, og hvorfor?\n\n(Skriv ingen navne, CPR-numre eller andet, der kan "
                              "identificere et barn eller en familie.)\n"]


def test_the_mail_names_the_page_at_the_sites_address_and_there_is_no_mail_without_a_coordinator(made):
    entry = made.kb.entries["P-0001"]
    view = propose(entry, made.sitemap, {"coordinator_email": "fk@kommune.example",
                                         "site_url": "https://intra.kommune.example/praksis"})
    body = parse_qs(view.mail_href.partition("?")[2])["body"][0]
    assert "\nSide: https://intra.kommune.example/praksis/principper/P-0001-en-time/\n" in body
    alone = propose(entry, made.sitemap, {"repo_url": "https://github.com/kommune/praksis"})
    assert (alone.email, alone.mail_href) == ("", "")
    assert alone.edit_url == "https://github.com/kommune/praksis/edit/master/docs/principper/P-0001-en-time.md"


# --- the word diff --------------------------------------------------------------------------------------------

def test_a_replaced_word_leaves_the_space_both_share_unmarked_whichever_has_more():
    assert word_diff("Barnet  høres", "Barnet ses") == [Op("same", "Barnet "), Op("removed", " høres"),
                                                         Op("added", "ses")]
    assert word_diff("Barnet høres", "Barnet  ses") == [Op("same", "Barnet "), Op("removed", "høres"),
                                                         Op("added", " ses")]


def test_a_word_replaced_across_a_line_break_gives_back_both_texts():
    old, new = "Tekst\ngammel", "Tekst ny"
    ops = word_diff(old, new)
    assert ops == [Op("same", "Tekst"), Op("removed", "\ngammel"), Op("added", " ny")]
    assert "".join(op.text for op in ops if op.op != "removed") == new


def test_a_long_wording_marks_only_the_changed_words_not_the_common_ones_between_them():
    sentences = [f"Punkt {i}: barnet og familien inddrages." for i in range(30)]
    old = " ".join(sentences)
    new = old.replace("Punkt 15: barnet og familien", "Punkt 15: den unge og forældrene")
    ops = word_diff(old, new)
    assert [op.text.strip() for op in ops if op.op == "removed"] == ["barnet", "familien"]
    assert [op.text.strip() for op in ops if op.op == "added"] == ["den unge", "forældrene"]
