"""Specification of accessibility: WCAG 2.1 AA (EN 301 549, webtilgængelighedsloven) on every page type.

A municipality's intranet falls under the web accessibility act. On every page type of the shipped site,
axe-core (npm, pinned in scripts/axe/, installed by scripts/run) finds no violation of the WCAG 2.0 and 2.1
A and AA rules; the search works with the keyboard alone; the drawings have a text that says the same; no
page scrolls sideways at 320 CSS pixels (a 1280 pixel screen at 400 % zoom); every footer links to the
accessibility statement.

Needs Playwright, Debian's Chromium and axe-core; skipped without them, except on CI (CI=true).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, make_kb, require, serving
from praksis.sitemap import INDEX, NAVIGATION, STATUS_PAGES

AXE = Path(sys.prefix) / "axe" / "node_modules" / "axe-core" / "axe.min.js"
AXE_VERSION = json.loads((REPO / "scripts" / "axe" / "package.json").read_text("utf-8"))["dependencies"]["axe-core"]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DESKTOP, PHONE, ZOOMED = (1280, 800), (320, 640), (320, 256)  # ZOOMED: 1280 x 1024 at 400 %


@pytest.fixture(scope="session")
def axe_script() -> Path:
    require(AXE.is_file(), f"axe-core is not installed ({AXE} is missing): scripts/run installs it with npm "
                           "from scripts/axe/package-lock.json; without npm the accessibility checks are skipped")
    return AXE


# ---- The page types, found in the built site ----------------------------------------------------------

def _url(uri: str) -> str:
    """A source URI's address below the site's root (directory URLs)."""
    stem = uri[:-3]
    return "" if stem == "index" else stem[: -len("index")] if stem.endswith("/index") else stem + "/"


def _first(site: Path, pattern: str, *marks: str) -> str:
    """The address of the first built page matching pattern whose HTML has every mark."""
    for page in sorted(site.glob(pattern + "/index.html")):
        html = page.read_text("utf-8")
        if all(mark in html for mark in marks):
            return page.parent.relative_to(site).as_posix() + "/"
    raise AssertionError(f"no page {pattern} with {marks}: the shipped content no longer shows this page type")


def page_types(site: Path) -> dict[str, str]:
    """Name -> address of one page of each type of the shipped site (retired principles: see retired_site)."""
    types = {"forside": "", "404-siden": "404.html"}
    for status in STATUS_PAGES:
        if status != "retired":
            types[f"princip ({status})"] = _first(site, "principper/P-*", f"praksis-card--{status}")
            types[f"status: {status}"] = _url(f"status/{status}.md")
    types["sag med genogram, tidslinje og ICS"] = _first(
        site, "sager/C-*", 'class="genogram"', 'class="praksis-timeline"', 'class="praksis-ics-triangle"')
    types["sag med Signs of Safety"] = _first(site, "sager/C-*", "praksis-columns--sos")
    types["mødereferat"] = _first(site, "moeder/M-*")
    types["mødeark"] = _first(site, "moedeark/*", 'class="genogram"')
    types["tilsyn"] = _first(site, "tilsyn/L-*")
    for folder, name in (("ics/*", "ICS-side"), ("metoder/*", "metode"), ("lov/*", "paragraf"), ("regler/*", "regel")):
        types[name] = _first(site, folder)
    for title, uri in NAVIGATION:  # every index page and every hand-written page: glossary, guides, statement
        types[title] = _url(uri)
    assert set(INDEX.values()) <= {uri for _, uri in NAVIGATION}
    return types


@pytest.fixture(scope="module")
def shipped(shipped_site):
    with serving(shipped_site) as url:
        yield url, page_types(shipped_site)


RETIRED = """\
---
id: P-0003
title: Sparring kun om tirsdagen
summary: Sparring blev kun holdt om tirsdagen.
status: retired
decided: 2026-02-03
meeting: M-2026-02-03
---

## Baggrund

Teamet mødes nu flere dage om ugen.
"""


@pytest.fixture(scope="module")
def retired_site(tmp_path_factory):
    """A small knowledge base with the site's own configuration and a retired principle, which no shipped page has."""
    kb = make_kb(tmp_path_factory.mktemp("retired") / "kb", search=True)
    kb.write("mkdocs.yml", (REPO / "mkdocs.yml").read_text("utf-8"))
    kb.write("docs/principper/P-0003-tirsdag.md", RETIRED)
    kb.write("docs/tilgaengelighed.md", "# Tilgængelighed\n\nSidst tjekket 29. november 2026.\n")
    out = kb.root.parent / "site"
    result = subprocess.run([sys.executable, "-m", "praksis", "build", "--root", str(kb.root), "--out", str(out)],
                            cwd=kb.root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    with serving(out) as url:
        yield url + _first(out, "principper/P-0003-*", "praksis-card--retired")


# ---- axe-core ----------------------------------------------------------------------------------------------

def violations(page, axe_script: Path) -> list[str]:
    """axe-core's WCAG 2.0/2.1 A and AA violations on the page as it is now, one line per element."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(axe_script))
    assert page.evaluate("() => axe.version") == AXE_VERSION
    found = page.evaluate(
        """tags => axe.run(document, {runOnly: {type: 'tag', values: tags}}).then(result =>
             result.violations.flatMap(v => v.nodes.map(n =>
               `${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary.replace(/\\s+/g, ' ')}`)))""",
        WCAG_TAGS)
    return found


def open_page(browser, url: str, viewport=DESKTOP):
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]}, locale="da-DK")
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(url)
    return page


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "telefon"])
def test_no_page_type_has_an_axe_violation_and_every_page_is_danish_with_the_statement_in_its_footer(
        browser, axe_script, shipped, retired_site, viewport):
    base, types = shipped
    pages = {name: base + path for name, path in types.items()} | {"princip (retired)": retired_site}
    found, not_danish, no_statement = {}, [], []
    for name, url in pages.items():
        page = open_page(browser, url, viewport)
        if page.evaluate("document.documentElement.lang") != "da":
            not_danish.append(name)
        footer = page.locator("footer .praksis-footer-links a", has_text="Tilgængelighed")
        if footer.count() != 1:
            no_statement.append(name)
        if problems := violations(page, axe_script):
            found[name] = problems
        page.context.close()
    assert len(pages) >= 35
    assert not found, "\n".join(f"{name}: {line}" for name, lines in found.items() for line in lines)
    assert not not_danish, not_danish
    assert not no_statement, no_statement


def open_search(page, query: str) -> None:
    page.keyboard.press("/")
    page.keyboard.type(query)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "telefon"])
def test_the_open_search_panel_has_no_axe_violation_with_results_and_without(browser, axe_script, shipped, viewport):
    base, types = shipped
    page = open_page(browser, base + types["Principper"], viewport)
    open_search(page, "børnesamtale")
    page.locator(".praksis-search__link").first.wait_for()
    page.locator(".praksis-search__chip").first.wait_for()
    assert violations(page, axe_script) == []
    page.locator("#praksis-search-input").fill("qqxyzzy")
    page.locator(".praksis-search__help").wait_for()
    assert page.locator(".praksis-search__link").count() == 0
    assert violations(page, axe_script) == []
    page.context.close()


def test_the_statement_says_when_it_was_last_checked_and_how_to_report_a_problem(browser, shipped):
    base, types = shipped
    page = open_page(browser, base + types["forside"])
    page.locator("footer a", has_text="Tilgængelighed").click()
    page.wait_for_url("**/tilgaengelighed/")
    text = page.locator("article").inner_text()
    assert page.locator("h1").inner_text().startswith("Tilgængelighed")
    for heading in ("Overholdelse", "Kendte begrænsninger", "Sidst tjekket", "Sådan melder du et problem", "Klage"):
        assert page.get_by_role("heading", name=heading).count() == 1, heading
    assert re.search(r"\b\d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|"
                     r"december) 20\d\d\b", text)
    assert "Digitaliseringsstyrelsen" in text and "WCAG 2.1" in text
    page.context.close()


# ---- Phones and zoom (WCAG 1.4.10) -----------------------------------------------------------------------

@pytest.mark.parametrize("viewport", [PHONE, ZOOMED, (390, 760)], ids=["320px", "400-procent-zoom", "390px"])
def test_no_page_type_scrolls_sideways_and_the_genogram_fits_its_box_with_the_legend_whole(
        browser, shipped, viewport):
    base, types = shipped
    wide = []
    for name, path in types.items():
        page = open_page(browser, base + path, viewport)
        width, visible = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        if width > visible:
            wide.append(f"{name}: {width} px wide in {visible} px")
        for figure in page.locator("figure.genogram").all():
            box = figure.bounding_box()
            for part in (figure.locator("svg"), figure.locator(".genogram-legend")):
                drawn = part.bounding_box()
                assert box["x"] - 1 <= drawn["x"] and drawn["x"] + drawn["width"] <= box["x"] + box["width"] + 1, name
        page.context.close()
    assert not wide, wide


# ---- The keyboard alone -------------------------------------------------------------------------------

FOCUSED = """() => { const e = document.activeElement, s = getComputedStyle(e), b = e.getBoundingClientRect();
  return {tag: e.tagName, cls: String(e.className), href: e.getAttribute('href'), text: e.innerText || e.value || '',
          ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
          seen: b.width > 0 && b.height > 0 && s.visibility !== 'hidden', article: !!e.closest('article')}; }"""


def tab_until(page, is_there, limit: int = 250, backwards: bool = False) -> list[dict]:
    """Press Tab until is_there(focused) holds; the focused elements on the way, each with its focus ring."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        focused = page.evaluate(FOCUSED)
        seen.append(focused)
        if is_there(focused):
            return seen
    raise AssertionError(f"not reached with {limit} presses of Tab; last: {seen[-3:]}")


def without_ring(stops: list[dict]) -> list[dict]:
    return [stop for stop in stops if not (stop["ring"] and stop["seen"])]


def redrawn_after(page, key: str) -> None:
    """Press a key that searches again, and wait until the results are drawn anew (the old first link gone, the
    list ready): a chip's filter searches asynchronously, and a result focused meanwhile is replaced."""
    old = page.locator(".praksis-search__link").first.element_handle()
    page.keyboard.press(key)
    page.wait_for_function("el => !el.isConnected", arg=old)
    page.wait_for_function("() => document.querySelector('.praksis-search__results').dataset.ready !== undefined"
                           " && document.querySelector('.praksis-search__link') !== null")


def test_with_the_keyboard_alone_the_search_opens_results_are_followed_and_escape_returns_focus(browser, shipped):
    base, types = shipped
    page = open_page(browser, base + types["forside"])
    page.wait_for_load_state("networkidle")  # the search engine loads while the page is idle
    stops = tab_until(page, lambda f: "praksis-search__toggle" in f["cls"])
    page.keyboard.press("Enter")
    field = page.locator("#praksis-search-input")
    assert field.evaluate("e => e === document.activeElement")
    page.keyboard.type("børnesamtalen")
    first = page.locator(".praksis-search__link").first
    first.wait_for()
    page.locator(".praksis-search__chip").first.wait_for()

    # Tab from the field passes every filter, in the order shown, then reaches the results.
    chips = page.locator(".praksis-search__chip").all_inner_texts()
    on_the_way = tab_until(page, lambda f: "praksis-search__link" in f["cls"])
    assert [stop["text"] for stop in on_the_way if "praksis-search__chip" in stop["cls"]] == chips
    stops += on_the_way
    # A filter is chosen with the keyboard: back to the first chip, Space presses it.
    tab_until(page, lambda f: "praksis-search__chip" in f["cls"] and f["text"] == chips[0], backwards=True)
    redrawn_after(page, "Space")
    assert page.locator(".praksis-search__chip").first.get_attribute("aria-pressed") == "true"
    redrawn_after(page, "Space")  # the results drawn again before the panel closes: else its first link goes later
    assert page.locator(".praksis-search__chip").first.get_attribute("aria-pressed") == "false"

    # Escape closes the panel and gives the focus back to the button that opened it.
    page.keyboard.press("Escape")
    assert not page.locator("#praksis-search-panel").is_visible()
    toggle = page.locator(".praksis-search__toggle")
    assert toggle.evaluate("e => e === document.activeElement")
    assert toggle.get_attribute("aria-expanded") == "false"

    # Enter opens it again with the results; the arrow key reaches the first result and Enter follows it.
    page.keyboard.press("Enter")
    first.wait_for()
    page.keyboard.press("ArrowDown")
    target = first.get_attribute("href")
    assert first.evaluate("e => e === document.activeElement")
    stops.append(page.evaluate(FOCUSED))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(target.rstrip("/").rsplit("/", 1)[-1]) + "/?$"))
    assert page.locator("h1").first.is_visible()
    assert without_ring(stops) == [], "focus without a visible ring"
    page.context.close()


def test_every_card_link_is_reached_with_tab_in_reading_order_with_a_visible_focus_ring(browser, shipped):
    base, types = shipped
    for name in ("princip (adopted)", "sag med genogram, tidslinje og ICS", "Principper"):
        page = open_page(browser, base + types[name])
        links = page.locator("article a[href]:not(.headerlink)").evaluate_all(
            "links => links.filter(a => a.getClientRects().length).map(a => a.getAttribute('href'))")
        assert links, name
        last = links[-1]
        stops = tab_until(page, lambda f: f["article"] and f["href"] == last, limit=400)
        in_article = [stop["href"] for stop in stops
                      if stop["article"] and stop["tag"] == "A" and "headerlink" not in stop["cls"]]
        assert in_article == links, f"{name}: the article's links are reached in another order or not at all"
        assert without_ring(stops) == [], f"{name}: focus without a visible ring"
        page.context.close()


# ---- Screen readers: each drawing has a text that says the same -----------------------------------------------

def texts(locator) -> list[str]:
    """The text of each element (SVG elements have no innerText)."""
    return locator.evaluate_all("all => all.map(e => e.textContent.trim())")


def is_subsequence(part: list[str], whole: list[str]) -> bool:
    rest = iter(whole)
    return all(any(item == other for other in rest) for item in part)


def test_the_genogram_timeline_and_ics_triangle_say_in_text_what_they_draw(browser, shipped):
    base, types = shipped
    page = open_page(browser, base + types["sag med genogram, tidslinje og ICS"])

    # Genogram: a named image; every person drawn is listed in words in the drawing's order, and every relation
    # drawn in the order drawn (a line between two parents is said by "barn af X og Y").
    svg = page.locator("figure.genogram svg")
    assert svg.get_attribute("role") == "img"
    named_by = svg.get_attribute("aria-labelledby").split()
    assert [page.locator(f"[id='{ref}']").count() for ref in named_by] == [1, 1]
    persons = texts(svg.locator(".genogram-node > title"))
    relations = texts(svg.locator(".genogram-relation:not(.genogram-couple--implied) > title"))
    groups = page.locator(".genogram-relations > ul > li")
    assert groups.locator("> strong").all_inner_texts() == ["Personer", "Relationer"]
    assert groups.nth(0).locator("li").all_inner_texts() == persons and len(persons) >= 3
    listed = groups.nth(1).locator("li").all_inner_texts()
    assert relations and is_subsequence(relations, listed), (relations, listed)
    households = svg.locator(".genogram-households > path").count()
    assert len(listed) == len(relations) + households  # the household outline is said as "bor sammen med"

    # Timeline: an ordered list in reading order, each event when, what kind and what, as text.
    events = page.locator("ol.praksis-timeline > li")
    assert events.count() >= 4
    tops = [events.nth(i).bounding_box()["y"] for i in range(events.count())]
    assert tops == sorted(tops)
    for i in range(events.count()):
        event = events.nth(i)
        for part in ("when", "kind", "text"):
            assert event.locator(f".praksis-timeline__{part}").inner_text().strip(), (i, part)
        assert event.evaluate("e => getComputedStyle(e, '::before').content") in ('""', "none")  # the dot says nothing

    # ICS triangle: the image's description gives each side's count as drawn, and each count is the number of
    # observations listed under that side, in the same order.
    triangle = page.locator("svg.praksis-ics-triangle")
    assert triangle.get_attribute("role") == "img"
    sides = texts(triangle.locator(".praksis-ics-triangle__side"))
    counts = texts(triangle.locator(".praksis-ics-triangle__count"))
    (description,) = texts(triangle.locator("desc"))
    assert description.strip() == " ".join(f"{side}: {count} iagttagelser." for side, count in zip(sides, counts))
    columns = page.locator(".praksis-columns--ics > .praksis-column")
    assert columns.locator(".praksis-column__title").all_inner_texts() == sides
    assert [str(columns.nth(i).locator("li").count()) for i in range(3)] == counts
    page.context.close()


def test_a_status_is_said_in_words_not_by_colour_alone(browser, shipped, retired_site):
    base, types = shipped
    labels = {}
    for status in STATUS_PAGES:
        url = retired_site if status == "retired" else base + types[f"princip ({status})"]
        page = open_page(browser, url)
        badge = page.locator(".praksis-card .praksis-badge")
        labels[status] = badge.inner_text().strip()
        assert badge.get_attribute("aria-hidden") is None
        page.context.close()
    assert labels == {"adopted": "Vedtaget", "proposed": "Forslag", "superseded": "Erstattet", "retired": "Udgået"}
