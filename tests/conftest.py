"""Small knowledge bases built in tmp_path, shared by the tests."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from datetime import date
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 23)

MKDOCS_YML = """\
site_name: Testpraksis
theme:
  name: material
  language: da
  font: false
plugins:
  - praksis:
      search: {search}
  - privacy:
      assets_fetch: false
      assets_exclude: [unpkg.com/mermaid@11/*]
markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
  - tables
  - toc:
      permalink: true
"""

FILES = {
    "docs/index.md": """\
# Forside

Læs [[P-0001]] og [hvordan du bruger siden](brug.md#sådan-gør-du).
""",
    "docs/brug.md": """\
# Brug

## Sådan gør du

Søg efter en børnesamtale.

<!-- praksis:onboarding -->
""",
    "docs/moeder/M-2026-02-03.md": """\
---
id: M-2026-02-03
date: 2026-02-03
forum: teammoede
decisions: [P-0001]
---

## Beslutninger

Vi vedtog [[P-0001]].
""",
    "docs/principper/P-0001-en-time.md": """\
---
id: P-0001
title: Sparring varer højst en time
summary: En sagsdrøftelse varer højst 60 minutter.
status: adopted
decided: 2026-02-03
meeting: M-2026-02-03
ics: [barnets-udvikling]
methods: [reflekterende-team]
legal: [bl-20]
review_by: 2099-01-01
owner: Faglig koordinator
onboarding: true
---

## Baggrund

Se eksemplet [[C-0001]] og `[[P-9999]]` i kode.

## Børnefaglig undersøgelse

Tekst.
""",
    "docs/principper/P-0002-forslag.md": """\
---
id: P-0002
title: Forslag om genogram
summary: Sagsejer viser et genogram.
status: proposed
related: [P-0001]
---

Tekst om [[P-0001|tidsrammen]].
""",
    "cases_anonymized/C-0001-skolefravaer.md": """\
---
id: C-0001
title: Skolefravær
summary: Barn A på 11 år har stigende skolefravær.
ics: [sundhedsforhold, trygt-omsorgsmiljoe]
methods: [ics]
documents: [underretning]
principles: [P-0001]
anonymized:
  by: Faglig koordinator
  date: 2026-03-02
---

## Situationen

Barn A er 11 år. Se [sådan gør du](../brug.md#sådan-gør-du).
""",
}


class KB:
    """A knowledge base on disk with helpers to break it in one place."""

    def __init__(self, root: Path):
        self.root = root

    def write(self, rel: str, text: str | bytes) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, "utf-8")
        return path

    def edit(self, rel: str, old: str, new: str) -> None:
        path = self.root / rel
        text = path.read_text("utf-8")
        assert old in text, f"{old!r} not in {rel}"
        path.write_text(text.replace(old, new, 1), "utf-8")

    def check(self):
        """(model, site, findings), as most specifications need them."""
        from praksis.checks import check_root

        return check_root(self.root, TODAY)

    def run(self):
        """The whole run of the pipeline: model, relations, site map, site and findings."""
        from praksis.pipeline import Options, run

        return run(self.root, Options(today=TODAY))


def make_kb(root: Path, search: bool = False) -> KB:
    kb = KB(root)
    kb.write("mkdocs.yml", MKDOCS_YML.format(search=str(search).lower()))
    for rel, text in FILES.items():
        kb.write(rel, text)
    return kb


@pytest.fixture
def kb(tmp_path: Path) -> KB:
    return make_kb(tmp_path / "kb")


# ---- Browser tests: one Chromium for the session, sites served from a folder ----

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


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


@contextmanager
def running(server: ThreadingHTTPServer):
    """A local HTTP server answering in a thread while the block runs."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def serving(folder: Path):
    """An HTTP server for folder; yields its base URL."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    with running(ThreadingHTTPServer(("127.0.0.1", 0), handler)) as server:
        yield f"http://127.0.0.1:{server.server_port}/"


@contextmanager
def site_page(browser, site: Path, script: str):
    """A page of a served site with `script` run on it first (given the site's URL): loads a search engine."""
    with serving(site) as site_url:
        page = browser.new_page(locale="da-DK")
        page.set_default_timeout(10_000)
        page.goto(site_url)
        page.evaluate(script, site_url)
        yield page
        page.close()


# A Material site with the praksis theme but without the plugin, for tests of the theme alone.
# Audit mode: strict fails on any external asset. Material's own bundle names Mermaid on unpkg
# (only loaded for diagrams), hence the exclusion.
THEME_SITE_YML = f"""\
site_name: Praksis
use_directory_urls: true
theme:
  name: material
  language: da
  font: false
  custom_dir: {REPO / "scripts" / "praksis" / "theme"}
plugins:
  - privacy:
      assets_fetch: false
      assets_exclude: ["unpkg.com/mermaid@11/*"]
"""


def build_mkdocs_site(root: Path, config: str, pages: dict[str, str]) -> Path:
    """Write mkdocs.yml and the pages, run `mkdocs build --strict`; return the site folder."""
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    for name, text in pages.items():
        page = root / "docs" / name
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"],
                            cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return root / "site"


@pytest.fixture(scope="session")
def browser():
    """Playwright's sync API allows one instance at a time, so every browser test shares this one."""
    require(CHROMIUM.exists(), f"{CHROMIUM} is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "playwright is not installed")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


SHIPPED = ("docs", "cases_anonymized", "data", "mkdocs.yml", ".praksis-allow.yml")


def shipped_copy(folder: Path) -> Path:
    """The repository's content and site configuration, copied, so a build writes nothing into the repository."""
    import shutil

    root = folder / "kb"
    root.mkdir()
    for name in SHIPPED:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name)
        elif source.is_file():
            shutil.copy2(source, root / name)
    return root


@pytest.fixture(scope="session")
def shipped_site(tmp_path_factory) -> Path:
    """The repository's own content, built by `praksis build` as a user would."""
    copy = shipped_copy(tmp_path_factory.mktemp("shipped"))
    out = copy.parent / "site"
    result = subprocess.run(
        [sys.executable, "-m", "praksis", "build", "--root", str(copy), "--out", str(out)],
        cwd=copy, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "scripts"), "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out
