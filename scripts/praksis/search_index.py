"""Build the Pagefind full-text index for a built praksis site.

Pagefind stems Danish (Material's lunr search does not), so a query for
"børnesamtalen" finds pages that only say "børnesamtale". The binary ships
in the ``pagefind_bin`` wheel, so no network or Node is needed.

This module deliberately does not import mkdocs: it only needs a folder of
built HTML.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

# Pagefind writes its bundle here, relative to the site (its default).
BUNDLE_DIRNAME = "pagefind"

# Page chrome that must not end up in titles or excerpts: heading permalinks
# ("¶"), edit/view buttons and the "last updated" footer of a page.
EXCLUDE_SELECTORS = ".headerlink, .md-content__button, .md-source-file"

# Indexing a few thousand pages takes seconds; this only guards against hangs.
TIMEOUT_SECONDS = 600


class SearchIndexError(RuntimeError):
    """The search index could not be built; the message is for the user."""


@dataclass(frozen=True)
class IndexStats:
    pages: int
    words: int | None  # as reported by Pagefind; None if its output changes
    languages: tuple[str, ...]
    index_bytes: int  # whole bundle folder on disk, UI files included
    bundle_dir: Path


def build_search_index(site_dir: Path) -> IndexStats:
    """Index ``site_dir`` with Pagefind and return what was indexed."""
    site_dir = Path(site_dir).resolve()
    if not site_dir.is_dir():
        raise SearchIndexError(
            f"Søgeindekset kan ikke bygges: mappen {site_dir} findes ikke. "
            "Byg sitet først."
        )
    bundle_dir = site_dir / BUNDLE_DIRNAME
    # Stale fragments from an earlier run would stay reachable; start clean
    # so the bundle only reflects the current site.
    shutil.rmtree(bundle_dir, ignore_errors=True)
    output = _run_pagefind(site_dir)
    pages, languages = _read_entry(bundle_dir)
    return IndexStats(
        pages=pages,
        words=_reported_count(output, "words"),
        languages=languages,
        index_bytes=_folder_bytes(bundle_dir),
        bundle_dir=bundle_dir,
    )


def pagefind_executable() -> Path:
    """Locate the binary inside the installed ``pagefind_bin`` package."""
    try:
        from pagefind_bin import get_executable
    except ImportError as error:
        raise SearchIndexError(
            "Søgeindekset kan ikke bygges: Python-pakken pagefind_bin er ikke "
            "installeret (pip install pagefind_bin)."
        ) from error
    try:
        return get_executable()
    except FileNotFoundError as error:
        raise SearchIndexError(
            "Søgeindekset kan ikke bygges: pakken pagefind_bin mangler sit "
            "pagefind-program. Geninstallér pakken."
        ) from error


def _run_pagefind(site_dir: Path) -> str:
    command = [
        str(pagefind_executable()),
        "--site", str(site_dir),
        "--output-subdir", BUNDLE_DIRNAME,
        "--exclude-selectors", EXCLUDE_SELECTORS,
    ]
    try:
        # Output is captured (not --quiet) because the summary has the word
        # count; the caller decides what the user sees.
        result = subprocess.run(
            command, cwd=site_dir, capture_output=True, text=True,
            timeout=TIMEOUT_SECONDS, check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SearchIndexError(
            f"Søgeindekset kunne ikke bygges: pagefind kunne ikke køre ({error})."
        ) from error
    if result.returncode != 0:
        raise SearchIndexError(
            f"Søgeindekset kunne ikke bygges for {site_dir} "
            f"(pagefind afsluttede med kode {result.returncode}):\n"
            + _tail(result.stderr or result.stdout)
        )
    return result.stdout


def _read_entry(bundle_dir: Path) -> tuple[int, tuple[str, ...]]:
    # pagefind-entry.json is what the browser reads, so it is the authority
    # on what was indexed (the console summary is only for humans).
    entry_file = bundle_dir / "pagefind-entry.json"
    try:
        languages = json.loads(entry_file.read_text(encoding="utf-8"))["languages"]
    except (OSError, ValueError, KeyError) as error:
        raise SearchIndexError(
            f"Søgeindekset er ufuldstændigt: {entry_file} mangler eller kan "
            "ikke læses."
        ) from error
    pages = sum(int(info.get("page_count", 0)) for info in languages.values())
    return pages, tuple(sorted(languages))


def _reported_count(output: str, noun: str) -> int | None:
    match = re.search(rf"Indexed (\d+) {noun}\b", output)
    return int(match.group(1)) if match else None


def _folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def _tail(text: str, lines: int = 8) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])
