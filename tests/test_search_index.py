"""Specification of the Pagefind search index for a praksis site.

A tiny Material site is built with the praksis theme, then indexed.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))  # works without `pip install -e .`

from praksis import search_index  # noqa: E402
from praksis.search_index import (  # noqa: E402
    IndexStats,
    SearchIndexError,
    build_search_index,
    pagefind_executable,
    wheel_executable,
)

from conftest import THEME_SITE_YML, build_mkdocs_site  # noqa: E402

PAGES = {
    "index.md": "# Praksis\n\nHåndbog for myndighedsrådgivere.\n",
    "metoder/boernesamtale.md": (
        "# Børnesamtale\n\nEn børnesamtale holdes med barnet alene.\n"
    ),
    "metoder/genogram.md": "# Genogram\n\nEt genogram viser familiens relationer.\n",
    "oversigt.md": (
        "---\npraksis_index: false\n---\n\n"
        "# Oversigt\n\nGenereret liste: børnesamtale, genogram.\n"
    ),
}
INDEXED_PAGES = 3  # every page except the oversigt listing (and the 404 page)


def build_site(root: Path) -> Path:
    """Write the pages and run `mkdocs build --strict`; return the site dir."""
    return build_mkdocs_site(root, THEME_SITE_YML, PAGES)


@pytest.fixture(scope="module")
def indexed_site(tmp_path_factory) -> tuple[Path, IndexStats]:
    site = build_site(tmp_path_factory.mktemp("praksis"))
    return site, build_search_index(site)


def test_the_index_bundle_is_written_into_the_site(indexed_site):
    site, stats = indexed_site
    bundle = site / "pagefind"
    assert stats.bundle_dir == bundle
    for name in ("pagefind.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-entry.json"):
        assert (bundle / name).is_file(), name
    assert list((bundle / "index").iterdir()), "no index chunks written"
    assert list((bundle / "fragment").iterdir()), "no page fragments written"


def test_stats_count_only_pages_marked_for_indexing(indexed_site):
    _, stats = indexed_site
    assert stats.pages == INDEXED_PAGES
    assert stats.words and stats.words > 10
    assert stats.index_bytes > 10_000  # UI files alone are larger than this


def test_pages_are_indexed_as_danish(indexed_site):
    _, stats = indexed_site
    assert stats.languages == ("da",)


def test_only_content_pages_carry_the_pagefind_body(indexed_site):
    site, _ = indexed_site
    page = (site / "metoder" / "boernesamtale" / "index.html").read_text("utf-8")
    listing = (site / "oversigt" / "index.html").read_text("utf-8")
    not_found = (site / "404.html").read_text("utf-8")
    assert 'data-pagefind-body' in page
    assert 'data-pagefind-body' not in listing
    assert 'data-pagefind-body' not in not_found


def test_pages_link_the_search_assets_relative_to_the_page(indexed_site):
    site, _ = indexed_site
    page = (site / "metoder" / "boernesamtale" / "index.html").read_text("utf-8")
    for asset in (
        "../../assets/praksis/search.js",
        "../../assets/praksis/search.css",
        "../../assets/praksis/praksis.css",
    ):
        assert asset in page, asset
    assert 'data-praksis-base="../.."' in page


def test_rebuilding_replaces_the_previous_bundle(indexed_site):
    site, stats = indexed_site
    stale = site / "pagefind" / "fragment" / "stale.pf_fragment"
    stale.write_bytes(b"old")
    assert build_search_index(site) == stats
    assert not stale.exists()


def test_a_missing_site_dir_is_a_clear_danish_error(tmp_path):
    with pytest.raises(SearchIndexError, match="findes ikke"):
        build_search_index(tmp_path / "site")


def test_a_site_without_html_is_reported_not_crashed(tmp_path):
    with pytest.raises(SearchIndexError, match="kunne ikke bygges"):
        build_search_index(tmp_path)


def test_the_stats_name_the_pagefind_version_that_built_the_index(indexed_site):
    _, stats = indexed_site
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", stats.version)


def test_the_build_runs_the_pagefind_the_set_up_pinned_when_npm_installed_it(indexed_site):
    if search_index.npm_executable(search_index.NPM_PREFIX) is None:
        pytest.skip("scripts/run installed no Pagefind from npm here (npm missing)")
    pinned = json.loads((REPO / "scripts" / "pagefind" / "package.json").read_text())
    assert indexed_site[1].version in pinned["optionalDependencies"].values()


@pytest.fixture
def no_binary_named(monkeypatch):
    for variable in search_index.BINARY_ENV_VARS:
        monkeypatch.delenv(variable, raising=False)


def fake_npm_install(prefix: Path, *names: str) -> dict[str, Path]:
    binaries = {}
    for name in names:
        binary = prefix / "node_modules" / "@pagefind" / "linux-x64" / "bin" / name
        binary.parent.mkdir(parents=True, exist_ok=True)
        binary.write_text("#!/bin/sh\n")
        binaries[name] = binary
    return binaries


def test_the_npm_installed_binary_is_run_before_the_wheels(tmp_path, monkeypatch, no_binary_named):
    binaries = fake_npm_install(tmp_path, "pagefind", "pagefind_extended")
    monkeypatch.setattr(search_index, "NPM_PREFIX", tmp_path)
    assert pagefind_executable() == binaries["pagefind_extended"]


def test_without_an_npm_install_the_wheels_binary_is_run(tmp_path, monkeypatch, no_binary_named):
    (tmp_path / "node_modules" / "@pagefind").mkdir(parents=True)  # npm skipped every platform
    monkeypatch.setattr(search_index, "NPM_PREFIX", tmp_path)
    assert pagefind_executable() == wheel_executable()
    assert "pagefind_bin" in wheel_executable().parts


def test_a_binary_named_in_the_environment_is_run_first(tmp_path, monkeypatch, no_binary_named):
    fake_npm_install(tmp_path / "npm", "pagefind_extended")
    monkeypatch.setattr(search_index, "NPM_PREFIX", tmp_path / "npm")
    named = tmp_path / "my-pagefind"
    named.write_text("#!/bin/sh\n")
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(named))
    assert pagefind_executable() == named


def test_a_named_binary_that_is_missing_is_a_clear_danish_error(tmp_path, monkeypatch, no_binary_named):
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "gone"))
    with pytest.raises(SearchIndexError, match="PAGEFIND_BINARY_PATH peger på .*gone, som ikke findes"):
        pagefind_executable()
