"""The primary navigation on every built page: each link reaches the page it names, from wherever it is read.

The plugin renders Material's navigation once per folder for the pages it does not list; these
specifications hold whatever the navigation lists, entries and pages below other pages included.
"""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import make_kb
from praksis.cli import main


class _PrimaryNav(HTMLParser):
    """The links of Material's primary navigation sidebar, and which of them is marked active."""

    def __init__(self):
        super().__init__()
        self.depth = 0  # >0 inside the primary sidebar
        self.links: list[tuple[str, str]] = []  # (href, class)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth:
            self.depth += tag == "div"
            if tag == "a" and "md-nav__link" in (attrs.get("class") or ""):
                self.links.append((attrs.get("href") or "", attrs.get("class") or ""))
        elif tag == "div" and attrs.get("data-md-type") == "navigation":
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth and tag == "div":
            self.depth -= 1


def primary_nav(page: Path) -> list[tuple[str, str]]:
    parser = _PrimaryNav()
    parser.feed(page.read_text("utf-8"))
    return parser.links


def target(site: Path, page: Path, href: str) -> str:
    """The built file a relative link on a built page leads to."""
    reached = posixpath.normpath(posixpath.join(posixpath.dirname(page.relative_to(site).as_posix()),
                                                href.split("#")[0]))
    return posixpath.normpath(posixpath.join(reached, "index.html")) if (site / reached).is_dir() else reached


def navigation_of_every_page(site: Path) -> dict[str, list[tuple[str, str]]]:
    """Each built page (its file below the site) -> the files its navigation links lead to, with their class
    (the page's own headings, which Material lists under its active item, left out)."""
    return {page.relative_to(site).as_posix(): [(target(site, page, href), css) for href, css in primary_nav(page)
                                               if not href.startswith("#")]
            for page in sorted(site.rglob("*.html")) if page.name != "404.html"}


def build(kb) -> Path:
    assert main(["build", "--root", str(kb.root)]) == 0
    return kb.root / "site"


def active(links: list[tuple[str, str]]) -> list[str]:
    return [reached for reached, css in links if "md-nav__link--active" in css]


def test_every_page_reaches_the_same_pages_through_its_navigation(tmp_path):
    site = build(make_kb(tmp_path / "kb"))
    pages = navigation_of_every_page(site)
    assert len(pages) > 20
    listed = {reached for reached, _ in pages["index.html"]}
    assert {"principper/index.html", "sager/index.html", "regler/index.html"} <= listed
    for page, links in pages.items():
        assert {reached for reached, _ in links} == listed, page
    assert all((site / reached).is_file() for reached in listed)


def test_a_listed_page_is_marked_active_and_no_other_page_is(tmp_path):
    pages = navigation_of_every_page(build(make_kb(tmp_path / "kb")))
    assert active(pages["brug/index.html"]) == ["brug/index.html"]
    assert active(pages["principper/index.html"]) == ["principper/index.html"]
    for page in ("principper/P-0001-en-time/index.html", "principper/P-0002-forslag/index.html",
                 "sager/C-0001-skolefravaer/index.html", "moedeark/C-0001/index.html"):
        assert active(pages[page]) == [], page


@pytest.mark.parametrize("directory_urls", [True, False])
def test_a_navigation_that_lists_entries_and_pages_below_pages_is_right_on_every_page(tmp_path, directory_urls):
    """The home page unlisted, an entry listed beside unlisted ones, a page listed below a listed page."""
    kb = make_kb(tmp_path / "kb")
    kb.edit("mkdocs.yml", "markdown_extensions:", f"""\
use_directory_urls: {str(directory_urls).lower()}
nav:
  - Brug: brug.md
  - En time: principper/P-0001-en-time.md
  - ICS: ics/barnets-udvikling/index.md
  - Sundhed: ics/barnets-udvikling/sundhedsforhold.md
markdown_extensions:""")
    pages = navigation_of_every_page(build(kb))
    page = (lambda stem: f"{stem}/index.html") if directory_urls else (lambda stem: f"{stem}.html")
    listed = [page("brug"), page("principper/P-0001-en-time"), "ics/barnets-udvikling/index.html",
              page("ics/barnets-udvikling/sundhedsforhold")]
    assert len(pages) > 20
    for built, links in pages.items():
        assert sorted({reached for reached, _ in links} - {"index.html"}) == sorted(listed), built
    for listed_page in listed:
        assert active(pages[listed_page]) == [listed_page], listed_page
    for unlisted in ("index.html", page("principper/P-0002-forslag"), page("sager/C-0001-skolefravaer"),
                     page("ics/barnets-udvikling/trygt-omsorgsmiljoe") if False else page("moedeark/C-0001")):
        assert active(pages[unlisted]) == [], unlisted
