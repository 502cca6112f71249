"""`mkdocs serve`: the page a writer saved is shown at once; the whole site is rebuilt right after.

A rebuild at 2,000 entries takes seconds (the check, every page's parts, MkDocs' pass over the site); the
saved page alone takes a few hundredths. When exactly one file of an entry or a hand-written page changed
and it still reads cleanly (no error, nothing for the anonymization guard or the active-content check), its
page is rendered on its own against the site as it was, and the browser is told to reload. The full rebuild
follows in the same round; it reloads the browser again only if the page came out different (a relation
the edit added, say). Anything else (a new or deleted file, several files, an error) gets the full rebuild
alone, exactly as before.

This is the one place that reaches into MkDocs' serve loop and page functions; if they are not as expected
(another MkDocs version), there is no quick look and nothing else changes.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..diagnostics import fails
from ..files import kb_files
from ..loader import PARSE
from .. import personal_data

log = logging.getLogger("mkdocs.plugins.praksis")

Stamps = dict[str, tuple[int, int]]


def stamps(root: Path) -> Stamps:
    """(time, size) of every Markdown file praksis reads, by path below the root: what a save changes."""
    found: Stamps = {}
    for rel in kb_files(root):  # the content files as the read stage lists them: no links, nothing hidden
        if rel.endswith(".md"):
            try:
                stat = os.stat(root / rel)
            except OSError:
                continue
            found[rel] = (stat.st_mtime_ns, stat.st_size)
    return found


def changed(before: Stamps, now: Stamps) -> set[str]:
    return {rel for rel in before.keys() | now.keys() if before.get(rel) != now.get(rel)}


@dataclass
class LastBuild:
    """What MkDocs built the site from the last time: enough to render one page again the same way."""
    config: object
    files: object
    nav: object
    env: object


@dataclass
class QuickLook:
    """The rebuild MkDocs' serve loop calls, with the saved page shown first."""
    plugin: object  # the praksis plugin: its last run, its parts, and how it writes a page's Markdown
    server: object
    rebuild: Callable[[], None]

    def __call__(self) -> None:
        shown = None
        try:
            shown = self._show_saved_page()
        except Exception as err:  # noqa: BLE001 - a quick look that fails must never stop the real rebuild
            log.debug(f"Ingen hurtig visning: {err!r}")
        self.rebuild()
        if shown is not None:
            if _output(shown) != shown[1]:
                self.server._wanted_epoch = _timestamp()  # the full rebuild changed the page: reload once more
            log.info("Resten af sitet er bygget.")

    def _show_saved_page(self) -> tuple[Path, bytes] | None:
        plugin, last = self.plugin, self.plugin.last_build
        if not plugin.incremental or last is None or plugin.stamps is None or not hasattr(self.server, "_epoch_cond"):
            return None  # a clean rebuild empties the site first: nothing may be served before it is done
        saved = changed(plugin.stamps, stamps(plugin.root))
        if len(saved) != 1:
            return None
        rel = saved.pop()
        page = _page(plugin, rel)
        if page is None:
            return None
        file = last.files.get_file_from_path(page.uri)
        if file is None or file.page is None or not plugin.write_page(file, page):
            return None
        plugin.parts[page.uri] = page.parts
        from mkdocs.commands.build import _build_page, _populate_page

        _populate_page(file.page, last.config, last.files)
        _build_page(file.page, last.config, last.files.documentation_pages(), last.nav, last.env)
        with self.server._epoch_cond:  # the page is there: serve it, and let the browser reload now
            self.server._visible_epoch = self.server._wanted_epoch
            self.server._epoch_cond.notify_all()
        log.info(f"{rel} vises nu som gemt; resten af sitet bygges ...")
        output = Path(file.abs_dest_path)
        return output, output.read_bytes()


def _page(plugin, rel: str):
    """The saved file's new page, or None when only the full rebuild may show it."""
    run = plugin.run
    if run.site.builder is None or not any(page.source == rel for page in run.site.pages):
        return None  # a new file, or one the last run could not read: its page is not there to replace
    data = (plugin.root / rel).read_bytes()
    parsed, found = PARSE.compute(rel, data)
    if parsed is None or fails(found, strict=False):
        return None  # an error (an id that no longer matches the file name among them): the rebuild says it
    if parsed.marks.active or personal_data.scan_file(rel, data, personal_data.load_allowlist(plugin.root)):
        return None  # the full rebuild reports it, and the page is shown as the check leaves it
    return run.site.page_for(parsed)


def _output(shown: tuple[Path, bytes]) -> bytes | None:
    try:
        return shown[0].read_bytes()
    except OSError:
        return None


def _timestamp() -> int:
    return round(time.monotonic() * 1000)  # as MkDocs' livereload numbers its builds
