"""MkDocs plugin `praksis`: hands the pipeline's pages to MkDocs.

Events stay thin: run the pipeline in on_config (or take the run `praksis build` made), swap the
pages in on_files, put the generated HTML into each page in on_page_content, index for search in
on_post_build. Everything else lives in the core.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
import os
import posixpath
import shutil
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.utils import CountHandler, get_relative_url, is_error_template

from .. import active_content, report
from ..cache import CACHE_DIR
from ..diagnostics import fails
from ..files import CASES, DOCS
from ..output_folder import OutputFolderError, check_output_folder, mark, os_reason, staging_folder, swap_in
from ..pages import PART, Site, fill
from ..pipeline import Options, Run, run
from ..rules import cause_first
from ..policy import PolicyError
from ..script_files import ScriptFiles
from ..project import Project
from ..search_index import LiveIndex, SearchIndexError, build_search_index, write_facets
from ..sitemap import FOOTER
from ..site_settings import EMOJI, NOT_INDEXED_META, REQUIRED_EXTENSIONS, SLUGIFY, theme_dir
from .config import PraksisConfig
from .preview import LastBuild, QuickLook, Stamps, stamps

log = get_plugin_logger(__name__)


SEARCH_HELP = "assets/praksis/search.json"


class PraksisPlugin(BasePlugin[PraksisConfig]):
    supports_multiple_instances = False
    incremental = False  # `mkdocs serve --dirty`: rebuild only the pages whose Markdown changed
    indexed = False
    command = "build"
    prepared: Run | None = None  # the run `praksis build` made: the pipeline then runs once, not twice
    live: LiveIndex | None = None
    last_build: LastBuild | None = None  # serve: what the last rebuild rendered pages with
    stamps: Stamps | None = None  # serve: the sources as the last rebuild read them
    script_files: ScriptFiles | None = None  # the theme's inline scripts, written as files after the build

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup keeps this instance across the rebuilds of one `mkdocs serve`.
        self.incremental, self.indexed, self.command = command == "serve" and dirty, False, command
        self.script_files = ScriptFiles()  # kept across rebuilds: a page a dirty build skips still names its file

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(self.config.root or Path(config.config_file_path).parent).resolve()
        _guard_folders(self.root, config, serving=self.command == "serve")
        _add_theme(config)
        _require_extensions(config)
        staged = self.prepared is not None  # `praksis build` builds in its own staging folder
        if self.command == "serve":
            self.last_build, self.stamps = None, stamps(self.root)  # taken before the run reads the files
        self.run = self._run(config)
        self.refused: list = []
        self._stage(config, staged)
        self.checked = _read_from_docs(self.run)
        _log(self.run.diagnostics)
        if self.command != "serve" and fails(self.run.diagnostics, strict=False):
            # A plain `mkdocs build` (not strict) would publish what the check refused: personal data too.
            raise PluginError(f"Sitet er ikke bygget: {report.summary(self.run.diagnostics)} Ret fejlene ovenfor.")
        if config.nav is None:
            config.nav = self.run.site.nav
        return config

    def _run(self, config: MkDocsConfig) -> Run:
        prepared, self.prepared = self.prepared, None
        if prepared is not None and prepared.root.resolve() == self.root:
            return prepared
        custom = config.theme.custom_dir
        project = Project(self.root, config.site_url or None, config.use_directory_urls,
                          Path(custom) if custom else None, dict(self.config.severity), self.config.search,
                          config.site_name, config.repo_url or None, config.edit_uri, self.config.coordinator_email)
        try:
            return run(self.root, Options(project=project, theme_dirs=tuple(config.theme.dirs)))
        except PolicyError as err:
            raise PluginError(str(err)) from None

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        docs_dir = os.path.realpath(config.docs_dir)
        unchecked = [file.src_uri for file in files if file.src_dir and os.path.realpath(file.src_dir) == docs_dir
                     and not file.inclusion.is_excluded() and file.src_uri not in self.checked]
        if unchecked:  # MkDocs would publish it, praksis never read it: a link followed, a file since added
            raise PluginError("Sitet er ikke bygget: disse filer er ikke kontrolleret af praksis og ville blive "
                              "offentliggjort ukontrolleret: " + ", ".join(sorted(unchecked)[:10]))
        pages_dir = self.root / CACHE_DIR / "pages" if self.incremental else None
        self.run.site.render_all()
        self.parts = {page.uri: page.parts for page in self.run.site.pages if page.parts}
        self.sources = {page.uri: page.source or f"{DOCS}/{page.uri}" for page in self.run.site.pages}
        self._start_index()
        _publish_checked_bytes(files, self.run, config)
        for uri, content in self.run.site.extra_files().items():  # the Atom feed
            existing = files.get_file_from_path(uri)
            if existing is not None:
                files.remove(existing)
            files.append(File.generated(config, uri, content=content))
        if self.config.search:  # what the search's page script needs besides Pagefind's index
            help_file = File.generated(config, SEARCH_HELP, content=json.dumps(
                self.run.site.builder.views.search_help(), ensure_ascii=False))
            existing = files.get_file_from_path(SEARCH_HELP)
            if existing is not None:  # praksis' own folder of the theme's assets
                files.remove(existing)
            files.append(help_file)
        return _swap_pages(files, self.run.site, config, pages_dir)

    def on_page_content(self, html: str, *, page, config: MkDocsConfig, files: Files) -> str:
        # What Markdown made of the author's text, read as a browser reads it: what the check's reading of the
        # source missed stops the build here. The parts come from praksis' own templates, their values escaped.
        found = active_content.in_html(html)
        if found:
            source = self.sources.get(page.file.src_uri, f"{DOCS}/{page.file.src_uri}")
            self.refused += [active_content.diagnostic(source, (code, what + " i den færdige side", 1, 1))
                             for code, what, _, _ in found]
        parts = self.parts.get(page.file.src_uri)
        return fill(html, parts) if parts else html

    def on_nav(self, nav, *, config: MkDocsConfig, files: Files):
        self.nav = nav
        return nav

    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        # The navigation kept for the pages it does not list, rendered once per folder (theme/main.html).
        env.globals.update(praksis_nav_key=nav_key, praksis_kept_nav={}, praksis_footer=FOOTER)
        if self.command == "serve":
            self.building = LastBuild(config, files, self.nav, env)
        return env

    def on_serve(self, server, config: MkDocsConfig, builder):
        cases = self.root / CASES
        if cases.is_dir():
            server.watch(str(cases))
        server.builder = QuickLook(self, server, server.builder)  # the saved page first, then the rest
        return server

    def write_page(self, file: File, page) -> bool:
        """Put a page's new Markdown where MkDocs reads it for file; False when that is the author's own file."""
        markdown = _with_version(page, self.incremental)
        if file.generated_by is not None:
            file.content_string = markdown
            return True
        pages_dir = self.root / CACHE_DIR / "pages"
        if Path(file.abs_src_path) == pages_dir / page.uri:
            _keep_written(pages_dir / page.uri, markdown)
            return True
        return _unchanged(file, markdown)

    def on_post_page(self, output: str, *, page, config: MkDocsConfig) -> str:
        output = self._script_files().move_out(output, get_relative_url(".", page.url))
        if self.live is not None and page.meta.get(NOT_INDEXED_META) is not False and "data-pagefind-body" in output:
            self.live.add("/" + page.url, output)  # indexed on the other core while MkDocs writes the rest
        return output

    def on_post_template(self, output: str, *, template_name: str, config: MkDocsConfig) -> str:
        if not is_error_template(template_name):
            return output
        # MkDocs' own base for an error page, served at any address: the site's path from the server's root.
        return self._script_files().move_out(output, urlsplit(config.site_url or "/").path)

    @event_priority(-100)  # last, after every other plugin has written into the site
    def on_post_build(self, config: MkDocsConfig) -> None:
        live, self.live = self.live, None
        self._script_files().write(Path(config.site_dir))
        if self.refused and self.command != "serve":
            if live is not None:
                live.close()
            raise PluginError("Sitet er ikke bygget:\n" + report.text(sorted(set(self.refused), key=cause_first)))
        if self._indexing():
            self.indexed = True
            try:
                stats = live.write(Path(config.site_dir)) if live else build_search_index(Path(config.site_dir))
            except SearchIndexError as err:
                raise PluginError(str(err)) from None
            write_facets(stats.bundle_dir, self.run.site.builder.views.search_facets(self.run.site.pages))
            engine = f" med Pagefind {stats.version}" if stats.version else ""
            log.info(f"Søgeindeks: {stats.pages} sider indekseret{engine}")
        if self.staging is not None:  # `praksis build` marks its own staging folder when MkDocs is done
            mark(Path(config.site_dir))  # praksis may replace this folder at the next build, and only then
        self._swap(config)
        if self.command == "serve":
            self.last_build = getattr(self, "building", None)

    def on_build_error(self, *, error: Exception) -> None:
        if self.live is not None:
            self.live.close()
            self.live = None
        self._discard()

    def on_shutdown(self) -> None:
        self._discard()

    # --- a plain `mkdocs build` writes into a staging folder, swapped in only when the build succeeded ---
    def _stage(self, config: MkDocsConfig, staged: bool) -> None:
        self.target = self.staging = None
        if staged or self.command == "serve":
            return
        self.target = Path(config.site_dir).resolve()
        try:
            self.staging = staging_folder(self.target)
        except OSError as err:
            raise PluginError(f"Mappen {self.target} kan ikke bygges: {os_reason(err)}") from None
        config.site_dir = str(self.staging)

    def _swap(self, config: MkDocsConfig) -> None:
        if self.staging is None:
            return
        if config.strict and _warnings_counted():
            return  # MkDocs aborts right after this event: the build failed, the old site stays
        swap_in(self.staging, self.target)
        config.site_dir, self.staging = str(self.target), None

    def _discard(self) -> None:
        staging, self.staging = getattr(self, "staging", None), None
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)

    def _script_files(self) -> ScriptFiles:
        if self.script_files is None:  # a build without on_startup (MkDocs' API called directly)
            self.script_files = ScriptFiles()
        return self.script_files

    def _indexing(self) -> bool:
        if not self.config.search:
            return False
        if self.incremental and self.indexed:
            log.info("Søgeindekset opdateres ikke ved --dirty; genstart serve for at søge i ændringerne.")
            return False
        return True

    def _start_index(self) -> None:
        """Pagefind's service, started after the pages were rendered in forked workers (a thread forbids forking)."""
        self.live = None
        if self.config.search and not (self.incremental and self.indexed):
            try:
                self.live = LiveIndex()
            except (OSError, SearchIndexError):
                self.live = None  # the command line indexes the written site afterwards




def nav_key(page, nav) -> str | None:
    """Pages with the same key get the same primary navigation from Material, or None for a page of its own.

    A page the navigation does not list marks no item active, so its navigation differs from another's only
    in the relative links: the same for every page read from one folder. With directory URLs each page is a
    folder of its own, and its links are the same as its neighbours' unless a listed page lies below it.
    """
    if page is None or page.parent is not None or page in nav.pages:
        return None
    url = page.url
    if not url:
        return None  # the home page, read from the site's root
    if url.endswith("/"):
        if any(listed.url.startswith(url) for listed in nav.pages):
            return None
        url = url[:-1]
    return posixpath.dirname(url) + "/"


def _warnings_counted() -> bool:
    """MkDocs' strict mode counts warnings on its logger, and aborts after the last event when there were any."""
    for handler in logging.getLogger("mkdocs").handlers:
        if isinstance(handler, CountHandler) and handler.get_counts():
            return True
    return False


def _publish_checked_bytes(files: Files, result: Run, config: MkDocsConfig) -> None:
    """A file copied as it is gets the bytes the check read, not what the folder holds by the time MkDocs copies."""
    for file in list(files):
        data = result.listing.files.get(f"{DOCS}/{file.src_uri}")
        if data is not None and not file.is_documentation_page() and file.abs_src_path:
            files.remove(file)
            files.append(File.generated(config, file.src_uri, content=data))


def _read_from_docs(result: Run) -> set[str]:
    """The docs/ files the run read (pages, entries kept in docs/, static files): all MkDocs may publish."""
    kb, sitemap = result.kb, result.sitemap
    return ({document.site_uri for document in kb.documents} | set(kb.static_files)
            | {sitemap.entry(e) for e in kb.entries.values() if e.path.startswith(DOCS + "/")})


def _add_theme(config: MkDocsConfig) -> None:
    """praksis' theme folder goes after the site's custom_dir (which may override any of its fragments)."""
    ours = str(theme_dir())
    if ours in config.theme.dirs:
        return
    at = 1 if config.theme.custom_dir and config.theme.dirs[:1] == [config.theme.custom_dir] else 0
    config.theme.dirs.insert(at, ours)


def _guard_folders(root: Path, config: MkDocsConfig, serving: bool = False) -> None:
    """The pages come from root's docs/, and MkDocs empties site_dir: only one praksis may replace."""
    if Path(config.docs_dir).resolve() != (root / DOCS).resolve():
        raise PluginError(f"docs_dir i mkdocs.yml skal være '{DOCS}' i vidensbasen ({root}); praksis kontrollerer "
                          f"kun de filer, der ligger dér, og intet andet må offentliggøres.")
    if serving:
        return  # `mkdocs serve` builds into a temporary folder of its own
    try:
        check_output_folder(root, Path(config.site_dir), "site_dir")
    except OutputFolderError as err:
        raise PluginError(str(err)) from None


def _require_extensions(config: MkDocsConfig) -> None:
    for name in REQUIRED_EXTENSIONS:
        if name not in config.markdown_extensions:
            config.markdown_extensions.append(name)
    slugify = _resolve(f"{SLUGIFY['module']}.{SLUGIFY['name']}")
    config.mdx_configs.setdefault("toc", {})["slugify"] = slugify(**SLUGIFY["kwds"])
    if "pymdownx.emoji" in config.markdown_extensions:
        config.mdx_configs.setdefault("pymdownx.emoji", {}).update(
            {key: _resolve(name) for key, name in EMOJI.items()})


def _resolve(dotted: str):
    module, _, name = dotted.rpartition(".")
    return getattr(importlib.import_module(module), name)


def _swap_pages(files: Files, site: Site, config: MkDocsConfig, pages_dir: Path | None = None) -> Files:
    """Replace each source file by its rendered page and add the generated pages.

    With pages_dir, each page is written there only when its Markdown changed, so the file's
    time tells MkDocs' dirty build what to rebuild.
    """
    for page in site.pages:
        markdown = _with_version(page, pages_dir is not None)
        existing = files.get_file_from_path(page.uri)
        if existing is not None:
            if page.source and _unchanged(existing, markdown):
                continue
            files.remove(existing)
        file = _page_file(config, page.uri, markdown, pages_dir)
        # Material's edit button (content.action.edit) opens the file the page was made from: a case lives
        # outside docs/, a generated listing has none.
        file.edit_uri = posixpath.relpath(page.source, DOCS) if page.source else None
        files.append(file)
    return files


def _with_version(page, dirty: bool) -> str:
    """The page's Markdown; for a dirty build with a mark of its parts: a changed card must change the file, or
    MkDocs skips the page."""
    if not page.parts or not dirty:
        return page.markdown
    digest = hashlib.blake2b("".join(page.parts.values()).encode(), digest_size=8).hexdigest()
    return page.markdown + "\n" + PART.format(f"v-{digest}") + "\n"


def _page_file(config: MkDocsConfig, uri: str, markdown: str, pages_dir: Path | None) -> File:
    if pages_dir is not None:
        path = pages_dir / uri
        try:
            _keep_written(path, markdown)
            return File(uri, str(pages_dir), config.site_dir, config.use_directory_urls)
        except OSError:  # a read-only checkout: rebuild the page every time
            pass
    return File.generated(config, uri, content=markdown)


# What this process last wrote or found in each file of the page folder: its stamp and a digest of its text,
# so a rebuild in `mkdocs serve` stats the thousands of unchanged pages instead of reading them again.
_WRITTEN: dict[Path, tuple[int, int, bytes]] = {}


def _keep_written(path: Path, markdown: str) -> None:
    """Write the page's Markdown unless the file already holds it (an unchanged file keeps its time)."""
    data = markdown.encode("utf-8")
    digest = hashlib.blake2b(data, digest_size=16).digest()
    try:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
    except FileNotFoundError:
        stamp = None
    if stamp is not None and _WRITTEN.get(path) == (*stamp, digest):
        return
    if stamp is None or stamp[1] != len(data) or path.read_bytes() != data:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
    _WRITTEN[path] = (*stamp, digest)


def _unchanged(file: File, markdown: str) -> bool:
    try:
        path = Path(file.abs_src_path)
        data = markdown.encode("utf-8")
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except (OSError, TypeError):
        return False


def _log(diagnostics) -> None:
    """The check's findings in praksis' own format, with hints: errors fail a strict build, the rest inform."""
    if not diagnostics:
        log.info(report.summary(diagnostics))
        return
    # Warnings inform (as in praksis build); only errors count for MkDocs' strict mode.
    level = logging.ERROR if fails(diagnostics, strict=False) else logging.INFO
    log.log(level, "Kontrol af vidensbasen:\n" + report.text(diagnostics))
