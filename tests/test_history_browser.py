"""A knowledge base with a real git history, built by `praksis build` and read in Chromium as staff read it.

The repository is made commit by commit with set dates (history_repo.py); the pages must show what that
history implies: the dates, the amendment and its earlier wording, the review banners, the feed, the
marks for what is new since the reader's last visit, and a print page with one sheet per principle.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

import feedparser
import pytest

from conftest import REPO, serving
from history_repo import AMENDED, RETIRED, SUPERSEDED, history_kb
from praksis.danish import danish_date

TODAY = date.today()


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = history_kb(tmp_path_factory.mktemp("history-site") / "kb", TODAY).root
    out = root.parent / "site"
    result = subprocess.run([sys.executable, "-m", "praksis", "build", "--root", str(root), "--out", str(out)],
                            cwd=root, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO / "scripts"), "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture
def page(browser, site):
    with serving(site) as base:
        tab = browser.new_page(locale="da-DK")
        tab.set_default_timeout(10_000)
        requests: list[str] = []
        tab.on("request", lambda request: requests.append(request.url))
        tab.base = base
        yield tab
        tab.close()
        assert not [u for u in requests if urlparse(u).hostname not in ("127.0.0.1", None)
                    and not u.startswith(("data:", "blob:"))], "the site asked another host"


def day(step) -> str:
    return danish_date(step.when(TODAY).date())


def test_the_principle_shows_its_last_change_its_amendment_and_its_history(page):
    page.goto(page.base + "principper/P-0001-en-time/")
    card = page.locator(".praksis-card")
    assert f"Ændret{day(AMENDED)} · Tidligere formulering" in card.inner_text().replace("\n", "")
    rows = page.locator(".praksis-history__row").all_inner_texts()
    assert rows[0].startswith(day(AMENDED)) and "ændret efter vedtagelse" in rows[0]
    assert any("vedtaget: P-0001 vedtaget på teammødet (besluttet på" in row for row in rows)
    page.get_by_role("link", name="Tidligere formulering").first.click()
    page.wait_for_url("**/tidligere/")
    assert page.locator(".praksis-diff ins").first.inner_text().strip() == "inklusive afrunding"
    assert page.locator(".praksis-diff del").count() == 0  # a word added, none taken away


def test_review_banners_name_the_owner_red_when_passed_blue_when_near(page):
    page.goto(page.base + "principper/P-0003-boernesamtale/")
    banner = page.locator(".praksis-banner--overdue")
    assert "overskredet" in banner.inner_text() and "Ansvarlig: Teamleder" in banner.inner_text()
    red = banner.evaluate("e => getComputedStyle(e).borderLeftColor")
    page.goto(page.base + "principper/P-0004-genogram/")
    blue = page.locator(".praksis-banner--due").evaluate("e => getComputedStyle(e).borderLeftColor")
    assert red != blue
    page.goto(page.base + "revision/")
    assert page.locator("h2", has_text="Teamleder").count() == 1


def test_whats_new_and_the_feed_hold_the_changes_the_history_implies(page, site):
    page.goto(page.base + "nyt/")
    text = page.locator("article").inner_text()
    for step in (RETIRED, SUPERSEDED, AMENDED):
        assert day(step) in text
    assert "C-0002" not in text  # an example case is shown without dates
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo and [e.title for e in feed.entries][:2] == ["Udgået: Udgået regel (P-0007)",
                                                                     "Nyt: Ny regel (P-0006)"]
    href = page.locator('a[type="application/atom+xml"]').get_attribute("href")
    assert page.request.get(page.url + href).ok


def test_new_since_the_last_visit_is_marked_and_nothing_is_sent(page):
    page.goto(page.base)
    assert "Første besøg" in page.locator("[data-praksis-since-note]").inner_text()
    assert page.locator(".praksis-since").count() == 0
    # The last visit was before the amendment (95 days ago), and more than half an hour since.
    page.evaluate("""() => { const before = Date.now() - 100 * 86400000;
        localStorage.setItem('praksis-besoeg', JSON.stringify({current: before, last: before})); }""")
    page.goto(page.base + "principper/")
    marks = {row.split("\t")[0]: row for row in page.locator("tr:has(.praksis-since)").all_inner_texts()}
    assert set(marks) == {"P-0001", "P-0005", "P-0006", "P-0007"}
    assert "Ny" in marks["P-0006"] and "Ændret" in marks["P-0001"]
    page.goto(page.base)  # a second page in the same visit keeps the same marks
    assert page.locator(".praksis-since").count() >= 1
    assert "siden dit sidste besøg" in page.locator("[data-praksis-since-note]").inner_text()


def test_the_print_page_prints_every_adopted_principle_from_a_new_sheet(page, site):
    page.goto(page.base + "principper/udskrift/")
    adopted = page.locator("section.praksis-print h2").all_inner_texts()
    assert [re.match(r"P-\d{4}", h).group(0) for h in adopted] == ["P-0001", "P-0003", "P-0004", "P-0006"]
    assert page.locator(".praksis-print-contents li").count() == 4
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages >= 1 + len(adopted)  # the contents, then a sheet per principle
