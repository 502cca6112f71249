"""The Danish query set finds its expected page on the shipped site.

Each query in scripts/benchmarks/search_queries.yml (inflected forms,
compounds, law terms) is run through Pagefind's JS API in Chromium against the
shipped content built by `praksis build`, and its expected page must be among
the first 3 results. The benchmark runs the same set at national scale.

Needs Playwright and Debian's Chromium; skipped without them, except on CI
(CI=true) where a skip would hide a broken search.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import site_page

REPO = Path(__file__).resolve().parents[1]
QUERY_FILE = REPO / "scripts" / "benchmarks" / "search_queries.yml"
QUERIES = yaml.safe_load(QUERY_FILE.read_text("utf-8"))["queries"]
TOP = 3


@pytest.fixture(scope="module")
def pagefind(browser, shipped_site):
    """A page with Pagefind's JS API loaded from the shipped site's bundle."""
    with site_page(browser, shipped_site, "async url => { window.pf = await import(url + 'pagefind/pagefind.js');"
                   " await window.pf.init(); }") as page:
        yield page


def top_urls(page, query: str) -> list[str]:
    return page.evaluate(
        """async ([query, top]) => {
            const search = await window.pf.search(query);
            const pages = await Promise.all(search.results.slice(0, top).map(r => r.data()));
            return pages.map(p => p.url);
        }""",
        [query, TOP],
    )


def test_the_query_set_is_large_enough_and_well_formed():
    assert len(QUERIES) >= 15
    for item in QUERIES:
        assert set(item) >= {"query", "expected", "form", "where"}, item
        assert item["expected"].endswith("/") and not item["expected"].startswith("/"), item
    assert len({q["query"] for q in QUERIES}) == len(QUERIES), "a query is listed twice"


def test_every_expected_page_exists_in_the_shipped_site(shipped_site):
    missing = [q["expected"] for q in QUERIES if not (shipped_site / q["expected"] / "index.html").is_file()]
    assert not missing


@pytest.mark.parametrize("item", QUERIES, ids=[q["query"] for q in QUERIES])
def test_query_finds_its_page_among_the_first_three(pagefind, item):
    urls = top_urls(pagefind, item["query"])
    assert f"/{item['expected']}" in urls, f"{item['query']!r} ({item['form']}): {urls}"
