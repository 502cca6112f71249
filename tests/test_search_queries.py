"""The Danish query set finds its expected page on the shipped site.

Each query in scripts/benchmarks/search_queries.yml (inflected forms,
compounds, law terms) is run through Pagefind's JS API in Chromium against the
shipped content built by `praksis build`, and its expected page must be among
the first 3 results. The benchmark runs the same set at national scale.

Needs Playwright and Debian's Chromium; skipped without them, except on CI
(CI=true) where a skip would hide a broken search.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
QUERY_FILE = REPO / "scripts" / "benchmarks" / "search_queries.yml"
QUERIES = yaml.safe_load(QUERY_FILE.read_text("utf-8"))["queries"]
CHROMIUM = Path("/usr/bin/chromium")
TOP = 3


def require(condition: bool, reason: str) -> None:
    """Skip when the browser tooling is missing, but never silently on CI."""
    if condition:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: the browser test must run)")
    pytest.skip(reason)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep pytest output clean
        pass


@pytest.fixture(scope="module")
def shipped_site(tmp_path_factory) -> Path:
    """The repository's own content, built by `praksis build` as a user would."""
    out = tmp_path_factory.mktemp("shipped-queries") / "site"
    result = subprocess.run(
        [sys.executable, "-m", "praksis", "build", "--root", str(REPO), "--out", str(out)],
        cwd=REPO, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "scripts"), "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="module")
def site_url(shipped_site: Path):
    handler = functools.partial(QuietHandler, directory=str(shipped_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def pagefind(site_url):
    """A page with Pagefind's JS API loaded from the shipped site's bundle."""
    require(CHROMIUM.exists(), f"{CHROMIUM} is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "playwright is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(locale="da-DK")
        page.set_default_timeout(10_000)
        page.goto(site_url)
        page.evaluate("async url => { window.pf = await import(url); await window.pf.init(); }",
                      f"{site_url}pagefind/pagefind.js")
        yield page
        browser.close()


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
