"""`praksis serve` (what `scripts/run serve` runs): a quiet start, findings in praksis' format, the address."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from conftest import REPO

P1 = "docs/principper/P-0001-en-time.md"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def read_until(process: subprocess.Popen, marker: str, seconds: float = 90) -> str:
    """stderr lines until one contains marker (the server keeps running)."""
    lines, deadline = [], time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        lines.append(line)
        if marker in line:
            return "".join(lines)
    raise AssertionError(f"{marker!r} not seen in:\n{''.join(lines)}")


def test_serve_starts_quietly_shows_findings_in_praksis_format_and_rebuilds_on_save(kb):
    kb.edit(P1, "methods: [reflekterende-team]", "methods: [yoga]")
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO / "scripts")}
    env.pop("NO_MKDOCS_2_WARNING", None)
    process = subprocess.Popen([sys.executable, "-m", "praksis", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                               cwd=kb.root / "docs", env=env, stderr=subprocess.PIPE, stdout=subprocess.PIPE,
                               text=True)
    try:
        start = read_until(process, "Sitet kører på")
        assert f"{P1}:9:11: R305 Ukendt metode 'yoga' under 'methods'." in start
        assert "  hjælp: Se listen over metoder" in start
        assert f"Sitet kører på http://127.0.0.1:{port}/" in start
        for noise in ("INFO", "not included in the", "dirty", "MkDocs 2.0", "Building documentation", "Traceback"):
            assert noise not in start, noise
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/principper/P-0001-en-time/") as response:
            assert response.status == 200 and "Sparring varer højst en time" in response.read().decode("utf-8")
        kb.edit(P1, "methods: [yoga]", "methods: [reflekterende-team]")
        again = read_until(process, "Ingen fejl fundet.")
        assert "Ændring gemt" in again and "R305" not in again
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_serve_on_a_taken_address_says_so_in_danish(kb):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "praksis", "serve", "--root", str(kb.root),
                               "--dev-addr", f"127.0.0.1:{port}"], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "PYTHONPATH": str(REPO / "scripts")})
    assert done.returncode == 2 and "kan ikke lytte på" in done.stderr and "Traceback" not in done.stderr


def test_scripts_run_serve_runs_praksis_serve():
    script = (REPO / "scripts" / "run").read_text("utf-8")
    serve_branch = script.split("  serve)", 1)[1].split(";;", 1)[0]
    assert 'praksis" serve' in serve_branch


def serve(kb) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO / "scripts")}
    process = subprocess.Popen([sys.executable, "-m", "praksis", "serve", "--root", str(kb.root),
                                "--dev-addr", f"127.0.0.1:{port}"], env=env, stderr=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    return process, port


def get(port: int, path: str) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=60) as response:
        return response.read().decode("utf-8")


def test_a_saved_entry_is_shown_at_once_and_the_rest_of_the_site_follows(kb):
    process, port = serve(kb)
    try:
        read_until(process, "Sitet kører på")
        kb.edit(P1, "title: Sparring varer højst en time", "title: Sparring varer en time og et kvarter")
        kb.edit(P1, "Tekst.", "Ny tekst efter gem.")
        quick = read_until(process, "vises nu som gemt")
        assert f"{P1} vises nu som gemt; resten af sitet bygges" in quick
        page = get(port, "principper/P-0001-en-time/")
        assert "Ny tekst efter gem." in page and "Sparring varer en time og et kvarter" in page
        read_until(process, "Resten af sitet er bygget.")  # the whole site: listings carry the new title
        assert "Sparring varer en time og et kvarter" in get(port, "principper/")
        again = get(port, "principper/P-0001-en-time/")
        assert epoch(again) == epoch(page)  # the rebuild left the page as shown: the browser reloads once
    finally:
        process.terminate()
        process.wait(timeout=20)


def epoch(page: str) -> int:
    """The version of the site the page was served from; the browser reloads when a newer one is built."""
    return int(re.search(r"livereload\((\d+), \d+\)", page).group(1))


def test_a_page_the_whole_rebuild_changes_after_the_quick_look_is_reloaded_again(kb):
    process, port = serve(kb)
    try:
        read_until(process, "Sitet kører på")
        kb.edit("docs/principper/P-0002-forslag.md", "related: [P-0001]\n", "")  # relations come with the rest
        read_until(process, "vises nu som gemt")
        quick = get(port, "principper/P-0002-forslag/")
        read_until(process, "Resten af sitet er bygget.")
        rebuilt = get(port, "principper/P-0002-forslag/")
        assert "Sparring varer højst en time" in quick and "Sparring varer højst en time" not in rebuilt
        assert epoch(rebuilt) > epoch(quick)
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_a_save_the_check_stops_is_not_shown_before_the_whole_rebuild_has_reported_it(kb):
    process, port = serve(kb)
    try:
        read_until(process, "Sitet kører på")
        kb.edit(P1, "Tekst.", "Ring til Mette Jensen.")
        rebuilt = read_until(process, "P606")
        assert "vises nu som gemt" not in rebuilt and "Mette" not in rebuilt
    finally:
        process.terminate()
        process.wait(timeout=20)
