"""The genogram in a real browser: visible in a Material page, black in print.

Needs Playwright and Debian's Chromium; skipped without them, except on CI
(CI=true). Screenshots go to test-output/ for a person to look at.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from praksis.genogram import render_genogram, render_relations_text
from test_genogram import FAMILY

REPO = Path(__file__).resolve().parents[1]
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


def test_the_genogram_is_visible_beside_its_text_and_fits_the_column(browser, page_url):
    page = browser.new_page(viewport={"width": 1000, "height": 900})
    page.goto(page_url)
    svg = page.locator("svg.genogram-svg")
    svg.scroll_into_view_if_needed()
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "genogram-page.png"), full_page=True)
    box, column = svg.bounding_box(), page.locator("article.md-content__inner").bounding_box()
    assert box["width"] > 300 and box["height"] > 200
    assert column["x"] <= box["x"] and box["x"] + box["width"] <= column["x"] + column["width"] + 1
    assert page.locator(".genogram-node--focus").is_visible()
    assert page.locator(".genogram-relations li li", has_text="Mor og Far er skilt").is_visible()
    page.close()


def test_in_print_colours_turn_black_and_the_household_loses_its_fill(browser, page_url):
    page = browser.new_page(viewport={"width": 900, "height": 1200})
    page.goto(page_url)
    page.emulate_media(media="print")
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "genogram-print.png"), full_page=True)
    assert page.locator(".genogram-tie path").first.evaluate("e => getComputedStyle(e).stroke") == "rgb(0, 0, 0)"
    assert page.locator("path.genogram-household").evaluate("e => getComputedStyle(e).fill") == "none"
    page.close()
