"""The genogram in a real browser: visible in a Material page, black in print.

Needs Playwright and Debian's Chromium; skipped without them, except on CI
(CI=true). Screenshots go to test-output/ for a person to look at.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from praksis.genogram import render_genogram, render_relations_text
from test_genogram import FAMILY

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = REPO / "test-output"
CSS = REPO / "scripts" / "praksis" / "theme" / "assets" / "praksis" / "genogram.css"

MKDOCS_YML = """\
site_name: Genogram
theme:
  name: material
  language: da
  font: false
plugins: []
extra_css: [genogram.css]
markdown_extensions: [md_in_html, attr_list, toc]
"""


def require(condition: bool, reason: str) -> None:
    if condition:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: the browser test must run)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def page_url(tmp_path_factory) -> str:
    root = tmp_path_factory.mktemp("genogram-site")
    (root / "docs").mkdir()
    (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    (root / "docs" / "genogram.css").write_text(CSS.read_text(encoding="utf-8"), encoding="utf-8")
    panel = (f'<div class="genogram-panel" markdown>\n{render_genogram(FAMILY, key="C-0001")}\n'
             f'<div class="genogram-relations" markdown>\n\n{render_relations_text(FAMILY)}\n</div>\n</div>\n')
    (root / "docs" / "index.md").write_text(f"# Sag\n\n## Genogram\n\n{panel}\n## Situationen\n\nTekst.\n",
                                            encoding="utf-8")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=root, check=True, capture_output=True)
    return (root / "site" / "index.html").as_uri()


def in_browser(work):
    """work(browser) in a thread of its own: Playwright's sync API allows one
    instance per thread, and the search tests may hold one for the session."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "Playwright is not installed")
    require(CHROMIUM.exists(), "Chromium is not installed at /usr/bin/chromium")

    def run():
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
            try:
                return work(browser)
            finally:
                browser.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()


def test_the_genogram_is_visible_beside_its_text_and_fits_the_column(page_url):
    def look(browser):
        page = browser.new_page(viewport={"width": 1000, "height": 900})
        page.goto(page_url)
        svg = page.locator("svg.genogram-svg")
        svg.scroll_into_view_if_needed()
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "genogram-page.png"), full_page=True)
        return {"svg": svg.bounding_box(),
                "column": page.locator("article.md-content__inner").bounding_box(),
                "focus": page.locator(".genogram-node--focus").is_visible(),
                "text": page.locator(".genogram-relations li li", has_text="Mor og Far er skilt").is_visible()}

    seen = in_browser(look)
    svg, column = seen["svg"], seen["column"]
    assert svg["width"] > 300 and svg["height"] > 200
    assert column["x"] <= svg["x"] and svg["x"] + svg["width"] <= column["x"] + column["width"] + 1
    assert seen["focus"] and seen["text"]


def test_in_print_colours_turn_black_and_the_household_loses_its_fill(page_url):
    def look(browser):
        page = browser.new_page(viewport={"width": 900, "height": 1200})
        page.goto(page_url)
        page.emulate_media(media="print")
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "genogram-print.png"), full_page=True)
        return (page.locator(".genogram-tie path").first.evaluate("e => getComputedStyle(e).stroke"),
                page.locator("path.genogram-household").evaluate("e => getComputedStyle(e).fill"))

    assert in_browser(look) == ("rgb(0, 0, 0)", "none")
