"""Benchmarks of praksis at national scale: prints figures and a Markdown table, asserts nothing.

    .venv/bin/python scripts/benchmarks/kb_bench.py --sizes 500,2000 --runs 3
    .venv/bin/python scripts/benchmarks/kb_bench.py --sizes 10000 --runs 1 --serve-size 0

For each size a knowledge base is generated (scripts/benchmarks/kb_generator.py)
under --work, then measured, each figure the median of --runs runs:

- `praksis check --strict` cold (result cache removed) and warm (the cache of
  the run before), and `praksis build` (check, MkDocs with the praksis
  plugin, Pagefind), wall time and peak memory (largest resident set of the
  command or any process it started, from wait4);
- what a user would otherwise have: plain Material (its own search on, emoji as
  Material's documentation sets them up, the hand-written pages in the navigation)
  over the same source files, cases under docs/sager/; measured alternately with
  `praksis build`, run by run, so both see the machine in the same state;
- the same rendered Markdown (`praksis build --tree`) built by plain
  `python -m mkdocs build` with Material, and Pagefind on that site, which the
  tree build lacks; the ratio of the praksis build to both;
- site size on disk and Pagefind bundle size;
- in Chromium, from the loaded page (network idle) to the first search result:
  through the header search (which searches at every key) and through
  praksis' search API (assets/praksis/praksis-search.js, what the header shows:
  one Pagefind search a word of the question, then the current practice first),
  with the bytes transferred for it (every request after the load, the Pagefind
  worker's included, headers and bodies; Pagefind fetches index chunks and
  fragments lazily, so this is what one search costs);
- the Danish keyword set (search_queries.yml) through Pagefind's own API: time
  per query and how many expected pages are among the first 3 results (the
  generated knowledge base holds the shipped entries, so their pages exist at
  every size);
- the question sets (search_questions.yml, and search_questions_heldout.yml,
  kept out of all tuning) through praksis' search: how often the expected
  principle is first and among the first 3, and the time per question.

With --serve-size N, `mkdocs serve` runs on the N-entry knowledge base and the
time from saving a principle to the served page showing the change is measured.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from datetime import date
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

from benchmarks.kb_generator import generate  # noqa: E402
from praksis.search_index import EXCLUDE_SELECTORS, pagefind_executable  # noqa: E402

PYTHON = sys.executable
QUERIES = Path(__file__).with_name("search_queries.yml")
# Questions as caseworkers ask them, written without reading the principles; the held-out set was kept out
# of all tuning.
QUESTION_SETS = {"questions": Path(__file__).with_name("search_questions.yml"),
                 "held-out": Path(__file__).with_name("search_questions_heldout.yml")}
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(REPO / "scripts")}


# ---- running and measuring commands -----------------------------------------------

@dataclass
class Run:
    seconds: float
    maxrss_mb: float  # largest resident set of the process or any child it waited for
    returncode: int


def run(command: list[str], cwd: Path | None = None) -> Run:
    """Run a command; wall time and peak memory from wait4 of this child alone."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0,):
        print(f"  ! {' '.join(command[:4])} ... exited {proc.returncode}: {stderr.decode()[-800:]}",
              file=sys.stderr)
    return Run(seconds, usage.ru_maxrss / 1024, proc.returncode)


@dataclass
class Measured:
    runs: list[Run] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def maxrss_mb(self) -> float:
        return max(r.maxrss_mb for r in self.runs)


def repeat(runs: int, command: list[str], before=None, cwd: Path | None = None) -> Measured:
    measured = Measured()
    for _ in range(runs):
        if before:
            before()
        measured.runs.append(run(command, cwd))
    return measured


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


# ---- build figures --------------------------------------------------------------------

@dataclass
class BuildFigures:
    check_cold: Measured  # no result cache: the first run, or after praksis itself changed
    check: Measured  # warm: the cache of the run before, as in an editing session or CI with a cache
    build: Measured
    sources: Measured  # what a user would otherwise have: plain Material over the same source files
    plain: Measured
    plain_search: Measured  # plain Material with its own search plugin
    pagefind: Measured
    site_bytes: int
    site_files: int
    index_bytes: int
    index_files: int


def praksis(*args: str) -> list[str]:
    return [PYTHON, "-m", "praksis", *args]


def measure_builds(kb: Path, work: Path, runs: int) -> BuildFigures:
    size = kb.name
    site, tree, plain = work / f"site-{size}", work / f"tree-{size}", work / f"plain-{size}"
    print(f"  praksis check, cold and warm ({runs}x each)", flush=True)
    command = praksis("check", "--root", str(kb), "--strict")
    check_cold = repeat(runs, command, before=lambda: shutil.rmtree(kb / ".praksis_cache", ignore_errors=True))
    check = repeat(runs, command)
    print(f"  praksis build and plain Material over the same source files, side by side ({runs}x each)", flush=True)
    source_tree = plain_source_tree(kb, work / f"sources-{size}")
    build, sources = Measured(), Measured()
    for _ in range(runs):  # alternated, so both see the machine in the same state
        build.runs.append(run(praksis("build", "--root", str(kb), "--out", str(site))))
        sources.runs.append(run([PYTHON, "-m", "mkdocs", "build", "--quiet", "--config-file",
                                 str(source_tree / "mkdocs.yml"), "--site-dir", str(work / f"sources-site-{size}")],
                                cwd=source_tree))
    print("  praksis build --tree, plain mkdocs build, pagefind", flush=True)
    run(praksis("build", "--root", str(kb), "--tree", str(tree)))
    plain_build = repeat(runs, [PYTHON, "-m", "mkdocs", "build", "--strict", "--quiet", "--config-file",
                                str(tree / "mkdocs.yml"), "--site-dir", str(plain)], cwd=tree)
    # Plain Material as it ships: its built-in search plugin (lunr, search_index.json) switched on.
    with_search = tree / "mkdocs-material-search.yml"
    with_search.write_text((tree / "mkdocs.yml").read_text("utf-8").replace("\nplugins:\n", "\nplugins:\n- search\n", 1),
                           "utf-8")
    plain_search = repeat(runs, [PYTHON, "-m", "mkdocs", "build", "--strict", "--quiet", "--config-file",
                                 str(with_search), "--site-dir", str(work / f"plain-search-{size}")], cwd=tree)
    bundle = plain / "pagefind"
    pagefind = repeat(runs, [str(pagefind_executable()), "--site", str(plain), "--output-subdir", "pagefind",
                             "--exclude-selectors", EXCLUDE_SELECTORS, "--quiet"],
                      before=lambda: shutil.rmtree(bundle, ignore_errors=True))
    index = site / "pagefind"
    return BuildFigures(check_cold, check, build, sources, plain_build, plain_search, pagefind, folder_bytes(site),
                        sum(1 for p in site.rglob("*") if p.is_file()), folder_bytes(index),
                        sum(1 for p in index.rglob("*") if p.is_file()))


def plain_source_tree(kb: Path, out: Path) -> Path:
    """The knowledge base's own source files (cases under docs/sager/) with its mkdocs.yml as a user without
    praksis would have it: no praksis plugin, Material's own search on, the shallow navigation of the
    hand-written pages, and emoji as Material's documentation sets them up."""
    from praksis.project import Tagged, dump_config, read_config

    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(kb / "docs", out / "docs")
    shutil.copytree(kb / "cases_anonymized", out / "docs" / "sager")
    config = read_config(kb / "mkdocs.yml")
    config["plugins"] = ["search"] + [p for p in config.get("plugins", [])
                                      if (next(iter(p)) if isinstance(p, dict) else p) != "praksis"]
    extensions = config.get("markdown_extensions", [])
    for index, extension in enumerate(extensions):
        if (next(iter(extension)) if isinstance(extension, dict) else extension) == "pymdownx.emoji":
            extensions[index] = {"pymdownx.emoji": {
                "emoji_index": Tagged("tag:yaml.org,2002:python/name:material.extensions.emoji.twemoji", ""),
                "emoji_generator": Tagged("tag:yaml.org,2002:python/name:material.extensions.emoji.to_svg", "")}}
    config["nav"] = [{title: uri} for title, uri in (
        ("Forside", "index.md"), ("Sådan bruger du vidensbasen", "brug.md"), ("Ny medarbejder", "ny-medarbejder.md"),
        ("Sparringsmodellen", "sparringsmodel.md"), ("Ordliste", "ordliste.md"),
        ("Sådan foreslår du en ændring", "bidrag.md")) if (out / "docs" / uri).is_file()]
    (out / "mkdocs.yml").write_text(dump_config(config), "utf-8")
    return out


# ---- search in Chromium -----------------------------------------------------------------

class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


class Server:
    """A static server on 127.0.0.1 for a built site."""

    def __init__(self, site: Path):
        handler = functools.partial(_Quiet, directory=str(site))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


WATCH_FIRST_RESULT = """() => {
  window.__typed = null;
  document.addEventListener('input', () => { window.__typed ??= performance.now(); }, true);
  window.__firstResult = new Promise(resolve => {
    const found = () => document.querySelector('.praksis-search .praksis-search__link');
    const observer = new MutationObserver(() => {
      if (found()) { observer.disconnect(); resolve(performance.now()); }
    });
    observer.observe(document.body, {childList: true, subtree: true});
  });
}"""

WATCH_TYPED = """(query) => {
  window.__lastInput = null;
  document.addEventListener('input', () => { window.__lastInput = performance.now(); }, true);
  window.__wholeQuery = new Promise(resolve => {
    new MutationObserver((_, observer) => {
      const message = document.querySelector('.praksis-search .praksis-search__message');
      const link = document.querySelector('.praksis-search .praksis-search__link');
      if (link && message && message.textContent.includes(query)) {
        observer.disconnect();
        resolve(performance.now());
      }
    }).observe(document.body, {childList: true, subtree: true, characterData: true});
  });
}"""
KEY_INTERVAL_MS = 150  # an ordinary typist

RESOURCE_SIZES = """() => Object.fromEntries(performance.getEntriesByType('resource')
  .map(e => [e.name, e.transferSize || e.encodedBodySize || 0]))"""
SETTLE_S = 0.5  # after the first result, let the other visible results' fragments arrive

API_FIRST_RESULT = """async ({module, root, query}) => {
  const t0 = performance.now();
  const search = await (await import(module)).open(root);
  const found = await search.search(query);
  const first = found.results.length ? await search.show(found.results[0]) : null;
  return {ms: performance.now() - t0, t0, hits: found.results.length, url: first && first.url};
}"""

# The questions through praksis' search (what the header shows): where the expected principle ranks.
QUESTION_SET = """async ({module, root, questions}) => {
  const search = await (await import(module)).open(root);
  const out = [];
  for (const {question, expected} of questions) {
    const t0 = performance.now();
    const found = await search.search(question);
    const top = await Promise.all(found.results.slice(0, 3).map(r => search.show(r)));
    out.push({ms: performance.now() - t0, rank: top.findIndex(r => r.id === expected) + 1, hits: found.results.length});
  }
  return out;
}"""

QUERY_SET = """async ({bundle, queries}) => {
  const pf = await import(bundle);
  await pf.init();
  const out = [];
  for (const {query, expected} of queries) {
    const t0 = performance.now();
    const search = await pf.search(query);
    const top = await Promise.all(search.results.slice(0, 3).map(r => r.data()));
    const ms = performance.now() - t0;
    // Where the expected page ranks among all hits (fragments loaded 50 at a time, untimed).
    let rank = top.findIndex(p => p.url === expected) + 1;
    for (let i = 3; !rank && i < search.results.length; i += 50) {
      const batch = await Promise.all(search.results.slice(i, i + 50).map(r => r.data()));
      const at = batch.findIndex(p => p.url === expected);
      if (at >= 0) rank = i + at + 1;
    }
    out.push({query, ms, hits: search.results.length, rank, top: top.map(p => p.url)});
  }
  return out;
}"""


@dataclass
class SearchFigures:
    ui_ms: list[float]
    ui_bytes: list[int]
    ui_requests: list[int]
    api_ms: list[float]
    api_bytes: list[int]
    query_ms: list[float]
    found_top3: int
    found: int  # expected page among all hits
    ranks: list[int]  # of the expected page, 0 when not found
    queries: int
    misses: list[str]
    query_hits: list[int] = field(default_factory=list)  # pages each query of the set matched
    ui_typed_ms: list[float] = field(default_factory=list)  # from the query's input event, not the click
    ui_keys_ms: list[float] = field(default_factory=list)  # typed key by key: last key -> whole query's results
    question_sets: dict = field(default_factory=dict)  # name -> {"ms": [...], "ranks": [...]}


class Traffic:
    """Every finished request of a page, the Pagefind worker's included (Resource Timing misses those)."""

    def __init__(self, page):
        self.page, self.finished = page, []
        page.on("requestfinished", self._done)

    def _done(self, request) -> None:
        if self.page.is_closed():  # a request that ends as the page closes is not the search's
            return
        try:
            sizes = request.sizes()
        except Exception:  # the page closed while its sizes were asked for
            return
        self.finished.append((request.url, sizes["responseBodySize"] + sizes["responseHeadersSize"],
                              sizes["responseBodySize"]))

    def mark(self) -> int:
        return len(self.finished)

    def since(self, mark: int) -> tuple[int, int]:
        """Bytes and requests after mark; a body the protocol reports as 0 is taken from Resource Timing."""
        timing = self.page.evaluate(RESOURCE_SIZES)
        done = self.finished[mark:]
        total = sum(size if body else max(size, timing.get(url, 0)) for url, size, body in done)
        return total, len(done)


def new_page(browser):
    context = browser.new_context(locale="da-DK", viewport={"width": 1280, "height": 800})
    context.add_init_script("performance.setResourceTimingBufferSize(100000)")
    page = context.new_page()
    page.set_default_timeout(60_000)
    return page, Traffic(page)


def loaded(page, url: str) -> None:
    """The page and everything it fetches by itself, so later traffic is the search's own."""
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(100)


def ui_first_result(browser, url: str, query: str) -> tuple[float, int, int, float]:
    """Open the header search after the page has loaded and type the query, as a user does.

    Returns the time from the click, the bytes and requests, and the time from the query's input event
    (the click-to-typed part is mostly the browser driver's own round trips)."""
    page, traffic = new_page(browser)
    loaded(page, url)
    page.evaluate(WATCH_FIRST_RESULT)
    mark = traffic.mark()
    t0 = page.evaluate("performance.now()")
    page.get_by_role("button", name="Søg i praksis", exact=True).click()
    page.get_by_placeholder("Søg i praksis").fill(query)
    t1 = page.evaluate("window.__firstResult")
    typed = page.evaluate("window.__typed")
    page.wait_for_timeout(SETTLE_S * 1000)
    transferred, requests = traffic.since(mark)
    page.context.close()
    return t1 - t0, transferred, requests, t1 - typed


def ui_typed_result(browser, url: str, query: str) -> float:
    """Type the query key by key: from the last key to the results for the whole query.

    Each pause longer than the header search's wait starts a search, and Pagefind finishes every search
    it has begun, so searches for the first letters (which match most pages) can delay the last one."""
    page, _ = new_page(browser)
    loaded(page, url)
    page.evaluate(WATCH_TYPED, query)
    page.get_by_role("button", name="Søg i praksis", exact=True).click()
    page.keyboard.type(query, delay=KEY_INTERVAL_MS)
    done = page.evaluate("window.__wholeQuery")
    last = page.evaluate("window.__lastInput")
    page.context.close()
    return done - last


def _module(url: str) -> dict:
    return {"module": url + "assets/praksis/praksis-search.js", "root": urllib.parse.urlsplit(url).path}


def api_first_result(browser, url: str, query: str) -> tuple[float, int]:
    """Open praksis' search (the JS API the header search uses) after the page has loaded, search, and
    read the first result as it is shown."""
    page, traffic = new_page(browser)
    loaded(page, url)
    mark = traffic.mark()
    result = page.evaluate(API_FIRST_RESULT, {**_module(url), "query": query})
    transferred, _ = traffic.since(mark)
    page.context.close()
    return result["ms"], transferred


def query_set(browser, url: str, queries: list[dict]) -> list[dict]:
    page, _ = new_page(browser)
    page.goto(url, wait_until="load")
    results = page.evaluate(QUERY_SET, {"bundle": url + "pagefind/pagefind.js",
                                        "queries": [{"query": q["query"], "expected": "/" + q["expected"]}
                                                    for q in queries]})
    page.context.close()
    return results


def question_set(browser, url: str, questions: list[dict]) -> dict:
    page, _ = new_page(browser)
    page.goto(url, wait_until="load")
    results = page.evaluate(QUESTION_SET, {**_module(url), "questions": questions})
    page.context.close()
    return {"ms": [r["ms"] for r in results], "ranks": [r["rank"] for r in results]}


def measure_search(site: Path, runs: int, query: str, queries: list[dict],
                   question_sets: dict[str, list[dict]] | None = None) -> SearchFigures:
    from playwright.sync_api import sync_playwright

    server = Server(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            ui = [ui_first_result(browser, server.url, query) for _ in range(runs)]
            typed = [ui_typed_result(browser, server.url, query) for _ in range(runs)]
            api = [api_first_result(browser, server.url, query) for _ in range(runs)]
            found = query_set(browser, server.url, queries)
            asked = {name: question_set(browser, server.url, items) for name, items in (question_sets or {}).items()}
            browser.close()
    finally:
        server.close()
    misses = [f"{q['query']} -> rank {r['rank'] or 'not found'} of {r['hits']}; top 3: {r['top']}"
              for q, r in zip(queries, found) if not 1 <= r["rank"] <= 3]
    return SearchFigures([u[0] for u in ui], [u[1] for u in ui], [u[2] for u in ui], [a[0] for a in api],
                         [a[1] for a in api], [r["ms"] for r in found],
                         sum(1 for r in found if 1 <= r["rank"] <= 3), sum(1 for r in found if r["rank"]),
                         [r["rank"] for r in found], len(queries), misses, [r["hits"] for r in found],
                         [u[3] for u in ui], typed, asked)


# ---- mkdocs serve -----------------------------------------------------------------------

@dataclass
class ServeFigures:
    startup_s: float
    change_s: list[float]  # saving a file -> the served page shows the change
    reload_s: list[float]  # saving a file -> MkDocs tells browsers to reload (build finished)


class ServeProcess:
    """`mkdocs serve` on a knowledge base, its log lines collected with their arrival time."""

    def __init__(self, kb: Path, port: int, dirty: bool):
        command = [PYTHON, "-m", "mkdocs", "serve", "--config-file", str(kb / "mkdocs.yml"),
                   "--dev-addr", f"127.0.0.1:{port}", *(["--dirty"] if dirty else [])]
        self.proc = subprocess.Popen(command, cwd=kb, env=ENV, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True)
        self.lines: list[tuple[float, str]] = []
        threading.Thread(target=self._read, daemon=True).start()
        self.url = f"http://127.0.0.1:{port}/"

    def _read(self) -> None:
        for line in self.proc.stderr:
            self.lines.append((time.perf_counter(), line.rstrip()))

    def reload_after(self, t0: float, timeout: float) -> float | None:
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            hits = [t for t, line in list(self.lines) if t >= t0 and "Reloading browsers" in line]
            if hits:
                return hits[0] - t0
            time.sleep(0.05)
        return None

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return None


def wait_for(url: str, needle: str, timeout: float) -> float | None:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        page = fetch(url)
        if page is not None and needle in page:
            return time.perf_counter() - start
        time.sleep(0.05)
    return None


def measure_serve(kb: Path, runs: int, port: int, timeout: float, dirty: bool = True) -> ServeFigures:
    target = sorted((kb / "docs" / "principper").glob("P-*.md"))[-1]
    page_url = f"principper/{target.stem}/"
    original = target.read_text("utf-8")
    server = ServeProcess(kb, port, dirty)
    try:
        startup = wait_for(server.url + page_url, "<html", timeout)
        if startup is None:
            raise RuntimeError("mkdocs serve did not come up; log:\n" + "\n".join(l for _, l in server.lines[-20:]))
        time.sleep(2)
        changes, reloads = [], []
        for i in range(runs):
            marker = f"Benchmarkmarkør{i}x{int(time.time())}"
            t0 = time.perf_counter()
            target.write_text(original + f"\n{marker}\n", "utf-8")
            changes.append(wait_for(server.url + page_url, marker, timeout))
            reloads.append(server.reload_after(t0, timeout))
            time.sleep(2)  # let the watcher settle before the next save
    finally:
        target.write_text(original, "utf-8")
        server.stop()
    return ServeFigures(startup, [c for c in changes if c is not None], [r for r in reloads if r is not None])


# ---- report ------------------------------------------------------------------------------

def mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def kb_(n: float) -> str:
    return f"{n / 1000:.0f} kB"


def median(values) -> float:
    return statistics.median(values) if values else float("nan")


def machine() -> str:
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), platform.processor())
    mem = next((int(l.split()[1]) // 1024 // 1024 for l in Path("/proc/meminfo").read_text().splitlines()
                if l.startswith("MemTotal")), 0)
    return f"{cpu}, {os.cpu_count()} cores, {mem} GB RAM, {platform.system()} {platform.release()}"


def versions() -> str:
    from importlib.metadata import version

    names = ("mkdocs", "mkdocs-material", "pagefind_bin", "playwright")
    found = []
    for name in names:
        try:
            found.append(f"{name} {version(name)}")
        except Exception:
            pass
    engine = subprocess.run([str(pagefind_executable()), "--version"], capture_output=True, text=True).stdout.split()
    found.append(f"Pagefind {engine[-1] if engine else '?'} (the binary praksis runs)")
    return f"Python {platform.python_version()}, " + ", ".join(found)


def build_table(rows: dict[int, BuildFigures]) -> str:
    head = ("| entries | `praksis check` cold / warm | `praksis build` | plain Material, same source files "
            "| build / that | plain `mkdocs build` of the rendered tree | build / that "
            "| tree + Material search | build / that | tree + Pagefind | build / that "
            "| peak memory check / build / plain | site | search index |\n"
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
    lines = []
    for size, f in rows.items():
        plain, build, sources = f.plain.median, f.build.median, f.sources.median
        with_pagefind = plain + f.pagefind.median
        lines.append(
            f"| {size:,} | {f.check_cold.median:.1f} / {f.check.median:.1f} s | {build:.1f} s | {sources:.1f} s "
            f"| {build / sources:.2f} | {plain:.1f} s "
            f"| {build / plain:.2f} | {f.plain_search.median:.1f} s | {build / f.plain_search.median:.2f} "
            f"| {with_pagefind:.1f} s | {build / with_pagefind:.2f} "
            f"| {f.check.maxrss_mb:.0f} / {f.build.maxrss_mb:.0f} / {f.plain.maxrss_mb:.0f} MB "
            f"| {mb(f.site_bytes)} ({f.site_files:,} files) | {mb(f.index_bytes)} ({f.index_files:,} files) |")
    return head + "\n".join(lines)


def scaling(rows: dict[int, BuildFigures]) -> list[str]:
    """Time at 2N over time at N, from each pair of measured sizes: (t2/t1) ** (log 2 / log(n2/n1))."""
    sizes = sorted(rows)
    found = []
    for n1, n2 in zip(sizes, sizes[1:]):
        for name, pick in (("check warm", lambda f: f.check), ("check cold", lambda f: f.check_cold),
                           ("build", lambda f: f.build), ("plain of the sources", lambda f: f.sources),
                           ("plain of the tree", lambda f: f.plain)):
            t1, t2 = pick(rows[n1]).median, pick(rows[n2]).median
            if t1 > 0:
                found.append(f"{name} {n1:,}->{n2:,}: {(t2 / t1) ** (math.log(2) / math.log(n2 / n1)):.2f}")
    return found


def search_table(rows: dict[int, SearchFigures], query: str) -> str:
    head = (f"| entries | first result, header search (\"{query}\"): from the click / from the query typed "
            f"/ typed key by key ({KEY_INTERVAL_MS} ms a key), from the last key "
            "| transferred | first result, praksis' search API (the header's) "
            "| transferred | query set: median per query | query set: expected page found "
            "| in top 3 | median rank |\n"
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
    lines = []
    for size, s in rows.items():
        lines.append(
            f"| {size:,} | {median(s.ui_ms):.0f} / {median(s.ui_typed_ms or [0]):.0f} / "
            f"{median(s.ui_keys_ms or [0]):.0f} ms | {kb_(median(s.ui_bytes))} ({median(s.ui_requests):.0f} requests) "
            f"| {median(s.api_ms):.0f} ms | {kb_(median(s.api_bytes))} | {median(s.query_ms):.0f} ms "
            f"| {s.found}/{s.queries} | {s.found_top3}/{s.queries} | {median([r for r in s.ranks if r] or [0]):.0f} |")
    return head + "\n".join(lines)


def questions_table(rows: dict[int, SearchFigures]) -> str:
    """The question sets through praksis' search, beside the keyword set through Pagefind's own API."""
    head = ("| entries | set | questions | expected principle in top 3 | first | median per question |\n"
            "|---:|---|---:|---:|---:|---:|\n")
    lines = []
    for size, s in rows.items():
        lines.append(f"| {size:,} | keywords (Pagefind's API, any expected page) | {s.queries} | "
                     f"{s.found_top3}/{s.queries} | {sum(1 for r in s.ranks if r == 1)}/{s.queries} | "
                     f"{median(s.query_ms):.0f} ms |")
        for name, asked in s.question_sets.items():
            n = len(asked["ranks"])
            top3 = sum(1 for r in asked["ranks"] if 1 <= r <= 3)
            first = sum(1 for r in asked["ranks"] if r == 1)
            lines.append(f"| {size:,} | {name} (praksis' search) | {n} | {top3}/{n} ({top3 / n:.0%}) | "
                         f"{first}/{n} ({first / n:.0%}) | {median(asked['ms']):.0f} ms |")
    return head + "\n".join(lines)


HIT_SHARES = ((0.0, 0.1), (0.1, 0.4), (0.4, 1.01))  # share of all pages a query matches


def hits_table(rows: dict[int, SearchFigures]) -> str:
    """Pagefind scores every page a query matches, so its time follows the number of hits."""
    head = ("| entries | " + " | ".join(f"queries matching {lo:.0%}-{min(hi, 1):.0%} of pages: median (n)"
                                       for lo, hi in HIT_SHARES) + " |\n|---:|" + "---:|" * len(HIT_SHARES) + "\n")
    lines = []
    for size, s in rows.items():
        cells = []
        for lo, hi in HIT_SHARES:
            times = [ms for ms, hits in zip(s.query_ms, s.query_hits) if lo <= hits / size < hi]
            cells.append(f"{median(times):.0f} ms ({len(times)})" if times else "-")
        lines.append(f"| {size:,} | " + " | ".join(cells) + " |")
    return head + "\n".join(lines)


def serve_table(size: int, serves: dict[str, ServeFigures]) -> str:
    rows = "".join(f"| {name} | {size:,} | {s.startup_s:.1f} s | {median(s.change_s):.1f} s | {median(s.reload_s):.1f} s |\n"
                   for name, s in serves.items())
    return ("| `mkdocs serve --dirty` | entries | start (first page served) | save -> changed page served "
            "| save -> whole site rebuilt (MkDocs' reload signal) |\n|---|---:|---:|---:|---:|\n" + rows.rstrip("\n"))


# ---- main ---------------------------------------------------------------------------------

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="500,2000,10000", help="entries per knowledge base, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure; the median is reported")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", default="/tmp/praksis-bench", help="folder for knowledge bases and sites")
    parser.add_argument("--query", default="børnesamtalen", help="query for the time to the first result")
    parser.add_argument("--queries", default=str(QUERIES), help="the Danish query set (YAML)")
    parser.add_argument("--no-browser", action="store_true", help="skip the search measurements in Chromium")
    parser.add_argument("--serve-size", type=int, default=2000, help="entries for the mkdocs serve figure; 0 skips")
    parser.add_argument("--serve-runs", type=int, default=3)
    parser.add_argument("--serve-clean", action="store_true",
                        help="plain `mkdocs serve` (every page rebuilt per save) instead of `--dirty` as scripts/run serve")
    parser.add_argument("--serve-port", type=int, default=8765)
    parser.add_argument("--serve-timeout", type=float, default=900, help="seconds to wait for serve to react")
    parser.add_argument("--regenerate", action="store_true", help="regenerate knowledge bases that exist")
    parser.add_argument("--json", help="also write all figures to this JSON file")
    return parser.parse_args(argv)


def knowledge_base(work: Path, size: int, seed: int, regenerate: bool) -> Path:
    kb = work / f"kb{size}"
    if regenerate or not (kb / "mkdocs.yml").is_file():
        started = time.perf_counter()
        stats = generate(kb, size, seed)
        print(f"  generated {stats.entries} entries, {stats.words:,} words in {time.perf_counter() - started:.1f} s")
    return kb


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    queries = yaml.safe_load(Path(args.queries).read_text("utf-8"))["queries"]
    question_sets = {name: yaml.safe_load(path.read_text("utf-8"))["questions"] for name, path in QUESTION_SETS.items()}
    builds: dict[int, BuildFigures] = {}
    searches: dict[int, SearchFigures] = {}
    for size in sizes:
        print(f"== {size:,} entries", flush=True)
        kb = knowledge_base(work, size, args.seed, args.regenerate)
        builds[size] = measure_builds(kb, work, args.runs)
        print(build_table({size: builds[size]}), flush=True)
        if not args.no_browser:
            searches[size] = measure_search(work / f"site-{kb.name}", args.runs, args.query, queries, question_sets)
            print(search_table({size: searches[size]}, args.query), flush=True)
            print(questions_table({size: searches[size]}), flush=True)
            print(hits_table({size: searches[size]}), flush=True)
            for miss in searches[size].misses:
                print(f"  not in top 3: {miss}")
    serve = None
    if args.serve_size:
        print(f"== mkdocs serve, {args.serve_size:,} entries", flush=True)
        kb = knowledge_base(work, args.serve_size, args.seed, False)
        serve = {"praksis": measure_serve(kb, args.serve_runs, args.serve_port, args.serve_timeout,
                                          not args.serve_clean)}
        print("  and plain Material over the same source files", flush=True)
        sources = plain_source_tree(kb, work / f"sources-{kb.name}")
        serve["plain Material, same source files"] = measure_serve(sources, args.serve_runs, args.serve_port,
                                                                   args.serve_timeout, not args.serve_clean)
    report(args, builds, searches, serve)
    if args.json:
        Path(args.json).write_text(json.dumps(_as_json(builds, searches, serve), indent=2, default=vars))
    return 0


def report(args, builds, searches, serve) -> None:
    command = "scripts/benchmarks/kb_bench.py " + " ".join(sys.argv[1:]) if sys.argv[1:] else "scripts/benchmarks/kb_bench.py"
    print(f"\n### Measured at scale ({date.today().isoformat()})\n")
    print(f"Machine: {machine()}; {versions()}. Medians of {args.runs} runs; generated knowledge bases "
          f"(seed {args.seed}) holding the shipped content. Reproduce: `.venv/bin/python {command}`.\n")
    print(build_table(builds))
    growth = scaling(builds)
    if growth:
        print("\nGrowth per doubling of entries (linear is 2.0): " + "; ".join(growth) + ".")
    if searches:
        print()
        print(search_table(searches, args.query))
        print()
        print(questions_table(searches))
        print()
        print(hits_table(searches))
    if serve:
        print()
        print(serve_table(args.serve_size, serve))


def _as_json(builds, searches, serve) -> dict:
    def figures(m: Measured) -> dict:
        return {"median_s": m.median, "runs_s": [r.seconds for r in m.runs], "maxrss_mb": m.maxrss_mb}

    out = {}
    for size, f in builds.items():
        out[size] = {"check_cold": figures(f.check_cold), "check": figures(f.check), "build": figures(f.build),
                     "sources": figures(f.sources), "plain": figures(f.plain), "plain_search": figures(f.plain_search),
                     "pagefind": figures(f.pagefind), "site_bytes": f.site_bytes, "index_bytes": f.index_bytes}
        if size in searches:
            out[size]["search"] = vars(searches[size])
    if serve:
        out["serve"] = {name: vars(figures) for name, figures in serve.items()}
    return out


if __name__ == "__main__":
    sys.exit(main())
