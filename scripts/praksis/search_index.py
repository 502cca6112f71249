"""Build the Pagefind full-text index for a built praksis site.

Pagefind stems Danish (Material's lunr search does not), so a query for
"børnesamtalen" finds pages that only say "børnesamtale". Which Pagefind
binary runs is decided in one place, ``pagefind_executable``: the one the
set-up installed from npm beside the Python packages (Pagefind 1.6, whose
searches are several times faster on large sites, is not on PyPI), else the
one in the ``pagefind_bin`` wheel, so a machine without Node still builds.

This module deliberately does not import mkdocs: it only needs a folder of
built HTML.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

# Pagefind writes its bundle here, relative to the site (its default).
BUNDLE_DIRNAME = "pagefind"

# Page chrome that must not end up in titles or excerpts: heading permalinks
# ("¶"), edit/view buttons and the "last updated" footer of a page.
EXCLUDE_SELECTORS = ".headerlink, .md-content__button, .md-source-file"

# Indexing a few thousand pages takes seconds; this only guards against hangs.
TIMEOUT_SECONDS = 600

# Pagefind's own npm wrapper honours these, so a user who knows Pagefind knows them.
BINARY_ENV_VARS = ("PAGEFIND_EXTENDED_BINARY_PATH", "PAGEFIND_BINARY_PATH")

# Where scripts/run installs scripts/pagefind/package.json: inside the environment praksis runs in.
NPM_PREFIX = Path(sys.prefix) / "pagefind"


class SearchIndexError(RuntimeError):
    """The search index could not be built; the message is for the user."""


@dataclass(frozen=True)
class IndexStats:
    pages: int
    words: int | None  # as reported by Pagefind; None if its output changes
    version: str | None  # "1.6.0", from Pagefind's first line; None if that changes
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
        version=_reported_version(output),
        languages=languages,
        index_bytes=_folder_bytes(bundle_dir),
        bundle_dir=bundle_dir,
    )


class LiveIndex:
    """Pagefind's service mode: pages are indexed while MkDocs writes the rest, in Pagefind's own process.

    MkDocs renders in one process, so the indexing runs on the machine's other core instead of after the
    build. The result is the same index the command line builds from the written site: the same binary,
    the same excluded selectors, and every page that has data-pagefind-body (the only ones sent).
    """

    def __init__(self, executable: Path | None = None):
        self.executable = executable or pagefind_executable()
        self.process = subprocess.Popen([str(self.executable), "--service"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self._next_id = 0
        self._responses: dict[int, dict] = {}
        self._arrived = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()
        config = {"exclude_selectors": [s.strip() for s in EXCLUDE_SELECTORS.split(",")]}
        self.index_id = self._wait(self._send({"type": "NewIndex", "config": config}))["index_id"]
        self._added: list[int] = []

    def add(self, url: str, html: str) -> None:
        """Index one written page; returns at once (the answer is collected at the end)."""
        self._added.append(self._send({"type": "AddFile", "index_id": self.index_id, "file_path": None,
                                       "url": url, "file_contents": html}))

    def write(self, site_dir: Path) -> IndexStats:
        """Wait for every page, write the bundle into the site, and stop the service."""
        bundle_dir = Path(site_dir).resolve() / BUNDLE_DIRNAME
        shutil.rmtree(bundle_dir, ignore_errors=True)
        try:
            words = sum(int(self._wait(message).get("page_word_count", 0)) for message in self._added)
            self._wait(self._send({"type": "WriteFiles", "index_id": self.index_id, "output_path": str(bundle_dir)}))
        finally:
            self.close()
        pages, languages = _read_entry(bundle_dir)
        return IndexStats(pages, words, executable_version(self.executable), languages, _folder_bytes(bundle_dir),
                          bundle_dir)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def _send(self, payload: dict) -> int:
        self._next_id += 1
        message = {"message_id": self._next_id, "payload": payload}
        try:
            self.process.stdin.write(base64.b64encode(json.dumps(message).encode("utf-8")) + b",")
            self.process.stdin.flush()
        except (BrokenPipeError, OSError) as error:
            raise SearchIndexError(f"Søgeindekset kunne ikke bygges: Pagefind stoppede ({error}).") from error
        return self._next_id

    def _read(self) -> None:
        buffer = b""
        while True:
            chunk = self.process.stdout.read1(65536)
            if not chunk:
                break
            buffer += chunk
            *answers, buffer = buffer.split(b",")
            with self._arrived:
                for answer in answers:
                    response = json.loads(base64.b64decode(answer))
                    self._responses[response.get("message_id") or 0] = response["payload"]
                self._arrived.notify_all()
        with self._arrived:
            self._responses[-1] = {"type": "Error", "message": "Pagefind stoppede undervejs."}
            self._arrived.notify_all()

    def _wait(self, message_id: int) -> dict:
        with self._arrived:
            ok = self._arrived.wait_for(lambda: message_id in self._responses or -1 in self._responses
                                        or 0 in self._responses, timeout=TIMEOUT_SECONDS)
            payload = self._responses.get(message_id) or self._responses.get(0) or self._responses.get(-1)
        if not ok or payload is None or payload.get("type") == "Error":
            detail = (payload or {}).get("message", "intet svar")
            raise SearchIndexError(f"Søgeindekset kunne ikke bygges: Pagefind svarede '{detail}'.")
        return payload


# What praksis' search needs to know of a result before loading it, by Pagefind's page id: the status of
# a principle (to put current practice first) and the values of the filter row. Pagefind's own filters
# would do, but Pagefind 1.6 counts every filter value against every result on every search, which made a
# search at 10,000 pages three to four times slower; these sets cost nothing until they are used.
STATUS_FILE = "praksis-status.json"
FACETS_FILE = "praksis-facets.json"


def write_facets(bundle_dir: Path, facets: dict[str, dict[str, list[str]]]) -> None:
    """facets: page url (as Pagefind has it, "/principper/P-0001-.../") -> {"status": [...], "type": [...],
    "ics": [...]}. Writes, per facet and value, the ids of Pagefind's pages that have it, space-separated."""
    by_facet: dict[str, dict[str, list[str]]] = {}
    for url, page_id in page_ids(bundle_dir).items():
        for facet, values in facets.get(url, {}).items():
            for value in values:
                by_facet.setdefault(facet, {}).setdefault(value, []).append(page_id)
    sets = {facet: {value: " ".join(sorted(ids)) for value, ids in values.items()} for facet, values in by_facet.items()}
    (bundle_dir / STATUS_FILE).write_text(json.dumps(sets.get("status", {}), ensure_ascii=False), "utf-8")
    rest = {facet: values for facet, values in sets.items() if facet != "status"}
    (bundle_dir / FACETS_FILE).write_text(json.dumps(rest, ensure_ascii=False), "utf-8")


def page_ids(bundle_dir: Path) -> dict[str, str]:
    """Each indexed page's url -> the id Pagefind's search gives its result (the name of its fragment)."""
    ids = {}
    for fragment in (Path(bundle_dir) / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(fragment.read_bytes())
        data = data[len(b"pagefind_dcd"):] if data.startswith(b"pagefind_dcd") else data
        ids[json.loads(data)["url"]] = fragment.stem
    return ids


def executable_version(executable: Path) -> str | None:
    try:
        out = subprocess.run([str(executable), "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r"(\d+\.\d+\.\d+)", out)
    return match.group(1) if match else None


def pagefind_executable() -> Path:
    """The Pagefind binary to run: one named in the environment, else npm's, else the wheel's."""
    for variable in BINARY_ENV_VARS:
        if os.environ.get(variable):
            return _named_binary(variable, Path(os.environ[variable]))
    return npm_executable(NPM_PREFIX) or wheel_executable()


def npm_executable(prefix: Path) -> Path | None:
    """The platform binary npm installed under ``prefix`` (npm installs only the one that runs here)."""
    platforms = prefix / "node_modules" / "@pagefind"
    for name in ("pagefind_extended", "pagefind"):
        for suffix in ("", ".exe"):
            found = sorted(platforms.glob(f"*/bin/{name}{suffix}"))
            if found:
                return found[0]
    return None


def wheel_executable() -> Path:
    """The binary inside the installed ``pagefind_bin`` package."""
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


def _named_binary(variable: str, path: Path) -> Path:
    if not path.is_file():
        raise SearchIndexError(
            f"Søgeindekset kan ikke bygges: {variable} peger på {path}, som ikke findes. "
            f"Ret stien, eller fjern {variable} for at bruge den installerede Pagefind."
        )
    return path


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


def _reported_version(output: str) -> str | None:
    match = re.search(r"Running Pagefind v(\S+)", output)
    return match.group(1) if match else None


def _reported_count(output: str, noun: str) -> int | None:
    match = re.search(rf"Indexed (\d+) {noun}\b", output)
    return int(match.group(1)) if match else None


def _folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def _tail(text: str, lines: int = 8) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])
