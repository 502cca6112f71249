"""History from git: what each entry's page says about when and how it changed, read in one pass."""

from __future__ import annotations

import subprocess
from datetime import date

import feedparser
import pytest

from conftest import make_kb
from history_repo import (ADOPTED, AMENDED, CASE_ADDED, CREATED, NEW_PRINCIPLES, P1, P2_NEW, P5, P7, RENAMED, RETIRED,
                          SUPERSEDED, Step, _git, commit, git_calls, history_kb, new_process)
from praksis.danish import danish_date
from praksis.history import facts, read_history
from praksis.pipeline import Options, run

TODAY = date.today()


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    return history_kb(tmp_path_factory.mktemp("history") / "kb", TODAY).root


@pytest.fixture(scope="module")
def result(repo):
    found = run(repo, Options(today=TODAY, use_cache=False))
    found.site.render_all()
    return found


def kinds(history, path):
    return [(c.kind, c.subject) for c in history.of(path)]


def day(step):
    return step.when(TODAY).date()


# --- reading git --------------------------------------------------------------------------------

def test_each_change_is_told_apart_by_what_it_did_to_the_principle(repo):
    history = read_history(repo, keep=False)
    assert history.state == "full"
    assert kinds(history, P1) == [("created", CREATED.message), ("adopted", ADOPTED.message),
                                  ("amended", AMENDED.message)]
    assert kinds(history, P5) == [("created", NEW_PRINCIPLES.message), ("superseded", SUPERSEDED.message)]
    assert kinds(history, P7) == [("created", NEW_PRINCIPLES.message), ("retired", RETIRED.message)]
    assert [c.when.date() for c in history.of(P1)] == [day(CREATED), day(ADOPTED), day(AMENDED)]


def test_a_renamed_file_keeps_the_history_of_its_old_name(repo):
    history = read_history(repo, keep=False)
    assert kinds(history, P2_NEW) == [("created", CREATED.message), ("changed", RENAMED.message)]
    assert "docs/principper/P-0002-forslag.md" not in history.changes


def test_a_file_deleted_and_written_again_starts_a_new_history(tmp_path):
    kb = make_kb(tmp_path / "kb")
    root = kb.root
    _git(root, "init", "-q")
    commit(root, Step(30, "først"), TODAY)
    (root / P1).unlink()
    commit(root, Step(20, "slettet"), TODAY)
    kb.write(P1, "---\nid: P-0001\ntitle: Igen\nstatus: proposed\n---\n")
    commit(root, Step(10, "skrevet igen"), TODAY)
    assert kinds(read_history(root, keep=False), P1) == [("created", "skrevet igen")]


def test_the_meeting_that_adopted_it_is_named_with_the_adoption(result):
    rows = result.site.builder.history.of(result.kb.entries["P-0001"]).rows
    adoption = next(row for row in rows if row.kind == "adopted")
    assert adoption.meeting is not None and adoption.meeting.uri.startswith("moeder/M-2026-02-03")
    assert all(row.meeting is None for row in rows if row.kind != "adopted")


def test_outside_git_there_is_no_history_and_no_message(kb):
    found = run(kb.root, Options(use_cache=False))
    assert found.history.state == "none"
    assert not [d for d in found.diagnostics if d.code == "H101"]
    found.site.render_all()
    page = found.site.page("principper/P-0001-en-time.md").text
    assert "Ingen historik endnu" in page and "Sidst ændret" not in page


def test_a_shallow_clone_says_so_and_shows_no_dates(repo, tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "2", f"file://{repo}", str(clone)], check=True)
    found = run(clone, Options(today=TODAY, use_cache=False))
    assert found.history.state == "shallow"
    assert [d.code for d in found.diagnostics if d.code == "H101"] == ["H101"]
    found.site.render_all()
    page = found.site.page("principper/P-0001-en-time.md").text
    assert "kun en del af git-historikken" in page
    assert danish_date(day(CASE_ADDED)) not in page and "Sidst ændret" not in page
    assert "<entry>" not in found.site.extra_files()["feed.xml"]


def test_history_is_read_in_one_log_not_one_per_file(repo, monkeypatch):
    logs = git_calls(monkeypatch, "log")
    read_history(repo, keep=False)
    assert len(logs) == 1


def test_facts_read_status_and_meeting_at_the_top_level_only():
    fields, wording = facts("---\nid: P-1\nstatus: adopted # vedtaget\nmeeting: 'M-2026-01-01'\nfamily:\n"
                            "  status: x\nsummary: En\n  to linjer\n---\nKrop\n")
    assert fields == {"status": "adopted", "meeting": "M-2026-01-01"}
    assert wording == "summary: En to linjer Krop"


# --- personal data never reaches the site through the history -------------------------------------

def test_a_commit_message_with_personal_data_is_not_shown(tmp_path):
    kb = make_kb(tmp_path / "kb")
    _git(kb.root, "init", "-q")
    commit(kb.root, Step(5, "Rettet efter samtale med mor, cpr 010203-1234"), TODAY)
    found = run(kb.root, Options(today=TODAY, use_cache=False))
    found.site.render_all()
    page = found.site.page("principper/P-0001-en-time.md").text
    assert "010203" not in page and "beskeden vises ikke" in page
    assert "010203" not in found.site.extra_files()["feed.xml"]


def test_an_earlier_wording_with_personal_data_is_withheld(tmp_path):
    kb = make_kb(tmp_path / "kb")
    _git(kb.root, "init", "-q")
    kb.edit(P1, "summary: En sagsdrøftelse varer højst 60 minutter.",
            "summary: Som i sagen med cpr 010203-1234 varer en drøftelse højst 60 minutter.")
    commit(kb.root, Step(20, "Vedtaget"), TODAY)
    kb.edit(P1, "Som i sagen med cpr 010203-1234 varer", "En sagsdrøftelse varer")
    commit(kb.root, Step(10, "Eksemplet fjernet"), TODAY)
    found = run(kb.root, Options(today=TODAY, use_cache=False))
    found.site.render_all()
    page = found.site.page("principper/P-0001-en-time/tidligere.md").text
    assert "010203" not in page and "vises ikke" in page


# --- what the pages show ------------------------------------------------------------------------------

def test_every_entry_page_shows_when_it_last_changed_and_its_history(result):
    page = result.site.page("principper/P-0001-en-time.md").text
    latest = result.history.of(P1)[-1]
    assert f'Sidst ændret <time datetime="{latest.when.date().isoformat()}">' in page
    assert latest.subject in page
    assert "vedtaget</span>: P-0001 vedtaget på teammødet" in page


def test_an_example_case_is_shown_without_dates_anywhere(result):
    """The day a composite case was added sits next to the meeting that discussed it (R314's reason)."""
    case = "cases_anonymized/C-0002-samvaer.md"
    changes = result.history.of(case)
    assert changes  # git has its history; the site does not show it
    page = result.site.page("sager/C-0002-samvaer.md").text
    assert 'id="historik"' not in page and "Sidst ændret" not in page
    for change in changes:
        assert change.subject not in page and change.when.date().isoformat() not in page
    for uri in ("nyt/index.md", "index.md"):
        assert CASE_ADDED.message not in result.site.page(uri).text and "C-0002" not in result.site.page(uri).text
    assert "C-0002" not in result.site.extra_files()["feed.xml"]
    listing = result.site.page("sager/index.md").text
    assert "C-0002" in listing and changes[0].when.isoformat() not in listing


def test_an_amended_principle_shows_the_date_and_its_earlier_wording_one_click_away(result):
    page = result.site.page("principper/P-0001-en-time.md").text
    assert f"{danish_date(day(AMENDED))} · <a href=\"tidligere/\">Tidligere formulering</a>" in page
    earlier = result.site.page("principper/P-0001-en-time/tidligere.md").text
    assert "højst 60 minutter<ins> inklusive afrunding</ins>." in earlier
    assert "## Baggrund<br><br>Se eksemplet" in earlier  # the body as it was, its lines kept


def test_a_principle_not_amended_after_adoption_has_no_amendment_mark(result):
    page = result.site.page("principper/P-0003-boernesamtale.md").text
    assert "Tidligere formulering" not in page
    assert result.site.page("principper/P-0003-boernesamtale/tidligere.md") is None


def test_review_banners_red_when_passed_blue_when_near_naming_the_owner(result):
    overdue = result.site.page("principper/P-0003-boernesamtale.md").text
    assert "praksis-banner--overdue" in overdue and "Ansvarlig: Teamleder" in overdue
    soon = result.site.page("principper/P-0004-genogram.md").text
    assert "praksis-banner--due" in soon and "Ansvarlig: Faglig koordinator" in soon
    assert "praksis-banner" not in result.site.page("principper/P-0001-en-time.md").text


def test_the_review_page_lists_them_by_owner(result):
    page = result.site.page("revision/index.md").text
    assert page.index("<h2>Faglig koordinator</h2>") < page.index("P-0004") < page.index("<h2>Teamleder</h2>")
    assert page.index("<h2>Teamleder</h2>") < page.index("P-0003")
    assert "Overskredet med 30 dage" in page and "Om 20 dage" in page
    assert "P-0001" not in page


def test_whats_new_groups_the_last_twelve_months_by_month_and_kind(result):
    page = result.site.page("nyt/index.md").text
    month = day(AMENDED)
    from praksis.danish import MONTHS
    assert f"{MONTHS[month.month - 1]} {month.year}".capitalize() in page
    for label in ("Vedtaget", "Ændret", "Erstattet", "Udgået", "Nye"):
        assert f'<p class="praksis-group__title">{label} (' in page
    assert CREATED.message not in page  # 400 days ago: older than twelve months
    # The newest month first; within a month the kinds in their order (superseded before retired). The two
    # steps are 35 and 60 days old: in one month or in two, by the day the test runs.
    retired, superseded = page.index(RETIRED.message), page.index(SUPERSEDED.message)
    if (day(RETIRED).year, day(RETIRED).month) == (day(SUPERSEDED).year, day(SUPERSEDED).month):
        assert superseded < retired
    else:
        assert retired < superseded


def test_the_feed_is_valid_atom_with_the_same_changes(result):
    feed = feedparser.parse(result.site.extra_files()["feed.xml"])
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    titles = [e.title for e in feed.entries]
    assert not any("C-0002" in title for title in titles)  # an example case is undated
    assert "Erstattet: Gammel regel (P-0005)" in titles and "Udgået: Udgået regel (P-0007)" in titles
    assert "Ændret: Sparring varer højst en time (P-0001)" in titles
    assert len({e.id for e in feed.entries}) == len(feed.entries)
    assert feed.feed.language == "da"


def test_the_feed_links_are_absolute_when_the_site_has_an_address(repo, tmp_path):
    from praksis.project import load_project
    from dataclasses import replace

    project = replace(load_project(repo), site_url="https://praksis.kommune.example/")
    found = run(repo, Options(today=TODAY, use_cache=False, project=project))
    feed = feedparser.parse(found.site.extra_files()["feed.xml"])
    assert feed.entries[0].link == "https://praksis.kommune.example/principper/P-0007-udgaaet/"


def test_lists_carry_when_each_entry_was_created_and_changed_for_the_browser(result):
    page = result.site.page("principper/index.md").text
    created = result.history.of(P1)[0].when.isoformat()
    changed = result.history.of(P1)[-1].when.isoformat()
    assert f'data-praksis-created="{created}" data-praksis-changed="{changed}"' in page


def test_the_check_reads_no_history_but_says_when_it_is_cut_short(repo, tmp_path, capsys, monkeypatch):
    import praksis.history as history
    from praksis.cli import main

    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(clone)], check=True)
    monkeypatch.setattr(history, "_records", lambda *args: pytest.fail("the check read the history"))
    assert main(["check", "--root", str(clone), "--select", "H"]) == 0
    out = capsys.readouterr().out
    assert "mkdocs.yml:1:1: H101" in out and "fetch-depth: 0" in out
    assert main(["check", "--root", str(repo), "--select", "H"]) == 0
    assert "H101" not in capsys.readouterr().out


# --- kept between runs -------------------------------------------------------------------------------

def test_a_second_run_at_the_same_commit_reads_no_log(tmp_path, monkeypatch):
    root = history_kb(tmp_path / "kb", TODAY).root
    first = read_history(root)
    new_process()
    calls = git_calls(monkeypatch, "log")
    again = read_history(root)
    assert calls == [] and kinds(again, P1) == kinds(first, P1)
    assert (root / ".praksis_cache" / "history.pickle").is_file()


def test_after_a_new_commit_only_the_commits_since_are_read(tmp_path, monkeypatch):
    kb = history_kb(tmp_path / "kb", TODAY)
    old_head = _git(kb.root, "rev-parse", "HEAD").strip()
    read_history(kb.root)
    kb.edit(P1, "review_by: 2099-01-01", "review_by: 2098-01-01")
    commit(kb.root, Step(1, "Ny revisionsdato"), TODAY)
    new_process()
    calls = git_calls(monkeypatch, "log")
    found = read_history(kb.root)
    assert [args[-1] for args in calls] == [f"{old_head}..{_git(kb.root, 'rev-parse', 'HEAD').strip()}"]
    assert kinds(found, P1)[-1] == ("changed", "Ny revisionsdato") and kinds(found, P1)[0][0] == "created"
    assert kinds(found, P2_NEW) == [("created", CREATED.message), ("changed", RENAMED.message)]


def test_a_rewritten_history_is_read_again_whole(tmp_path, monkeypatch):
    kb = history_kb(tmp_path / "kb", TODAY)
    read_history(kb.root)
    _git(kb.root, "commit", "-q", "--amend", "-m", "Ny eksempelsag om samvær (rettet)")
    new_process()
    calls = git_calls(monkeypatch, "log")
    found = read_history(kb.root)
    assert len(calls) == 1 and ".." not in calls[0][-1]
    assert kinds(found, "cases_anonymized/C-0002-samvaer.md") == [("created", "Ny eksempelsag om samvær (rettet)")]


def test_the_guards_verdicts_are_kept_only_for_the_same_guard(tmp_path):
    kb = make_kb(tmp_path / "kb")
    _git(kb.root, "init", "-q")
    commit(kb.root, Step(5, "Samtale med Mor"), TODAY)
    judged = []

    def guard(text):
        judged.append(text)
        return "Mor" not in text

    assert "beskeden vises ikke" in read_history(kb.root, guard, "allow-1").of(P1)[0].subject
    new_process()
    judged.clear()
    read_history(kb.root, guard, "allow-1")
    assert "Samtale med Mor" not in judged  # the verdict was kept
    shown = read_history(kb.root, lambda text: True, "allow-2").of(P1)[0].subject
    assert shown == "Samtale med Mor"  # another allow file judges again


def test_a_store_committed_to_the_repository_is_not_trusted(tmp_path, monkeypatch):
    kb = make_kb(tmp_path / "kb")
    _git(kb.root, "init", "-q")
    commit(kb.root, Step(5, "Først"), TODAY)
    read_history(kb.root)
    _git(kb.root, "add", "-f", ".praksis_cache/history.pickle")
    commit(kb.root, Step(4, "Cachen kom med"), TODAY)
    new_process()
    calls = git_calls(monkeypatch, "log")
    read_history(kb.root)
    assert len(calls) == 1 and ".." not in calls[0][-1]
