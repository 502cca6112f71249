"""Building the site without ever leaving a half-written one, or deleting what praksis did not build.

`build_site` runs the strict MkDocs build; `write_tree` writes the rendered
pages and a plain mkdocs.yml that any generator reading mkdocs.yml builds.
Both write into a temporary folder beside the target and swap it in only on
success, and both replace only a folder that output_folder allows.
"""

from __future__ import annotations

import logging
import os
import shutil
from contextlib import contextmanager
from collections.abc import Callable
from pathlib import Path

from .files import CONFIG, DOCS, kb_files, markdown_suffix
from .project import Tagged as _Tagged, ProjectError, dump_config, read_config
from .output_folder import OutputFolderError, check_output_folder, mark, os_reason, staging_folder, swap_in
from .pages import Site
from .pipeline import Run
from .site_settings import EMOJI, REQUIRED_EXTENSIONS, SLUGIFY, theme_dir

__all__ = ["BuildError", "OutputFolderError", "build_site", "write_tree", "tree_config"]


class BuildError(Exception):
    """A build that could not finish; the message is Danish and says what to do."""


def build_site(result: Run, out: Path) -> Path:
    """MkDocs (strict) builds the site from a run of the pipeline, which it does not repeat."""
    config = result.root / CONFIG
    if not config.is_file():
        raise BuildError(f"{config} findes ikke; sitet bygges ud fra mkdocs.yml i vidensbasens rod.")
    return _replace(result.root, out, "--out", lambda staging: _mkdocs_build(result, config, staging))


def write_tree(result: Run, tree: Path) -> Path:
    return _replace(result.root, tree, "--tree", lambda staging: _write_tree(result, staging))


def _replace(root: Path, target: Path, option: str, write: Callable[[Path], None]) -> Path:
    """Write into a new folder beside target, mark it as praksis' own, then swap it in."""
    out = check_output_folder(root, target, option)
    try:
        staging = staging_folder(out)
    except OSError as err:
        raise OutputFolderError(f"Mappen {target} kan ikke bygges ({os_reason(err)}); intet er skrevet eller "
                                f"slettet. Vælg en anden mappe med {option}.") from None
    try:
        write(staging)
        mark(staging)
        swap_in(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out


def _mkdocs_build(result: Run, config_file: Path, site_dir: Path) -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # the theme's end-of-life banner
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    with _mkdocs_messages() as messages:
        try:
            config = load_config(str(config_file), site_dir=str(site_dir), strict=True)
            plugin = config.plugins.get("praksis")
            if plugin is not None:
                plugin.prepared = result  # the plugin takes this run instead of checking everything again
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build(config)
            finally:
                config.plugins.on_shutdown()
        except (MkDocsException, OSError) as err:
            raise BuildError("MkDocs kunne ikke bygge sitet; det forrige site er urørt.\n"
                             + "\n".join([*messages, str(err)]).strip()) from None
        except RecursionError:
            raise BuildError("MkDocs kunne ikke bygge sitet: en side er indlejret for dybt (lister, citater eller "
                             "HTML i hundredvis af niveauer). Det forrige site er urørt.") from None


@contextmanager
def _mkdocs_messages():
    """MkDocs' warnings and errors during the build, kept for the error message instead of printed."""
    logger = logging.getLogger("mkdocs")
    messages: list[str] = []
    handler = _Collect(messages)
    saved = logger.handlers[:], logger.level, logger.propagate
    logger.handlers[:], logger.propagate = [handler], False
    logger.setLevel(logging.WARNING)
    try:
        yield messages
    finally:
        logger.handlers[:], logger.level, logger.propagate = saved[0], saved[1], saved[2]


class _Collect(logging.Handler):
    def __init__(self, messages: list[str]):
        super().__init__(logging.WARNING)
        self.messages = messages

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname}: {record.getMessage()}")


def _write_tree(result: Run, tree: Path) -> None:
    docs = tree / "docs"
    _copy_static(result.root, docs)
    result.site.render_all()
    for page in result.site.pages:
        target = docs / page.uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.text, "utf-8")  # the generated parts written in, for generators without plugins
    for uri, content in result.site.extra_files().items():
        (docs / uri).write_text(content, "utf-8")
    shutil.copytree(theme_dir(), tree / "overrides", ignore=shutil.ignore_patterns("__pycache__"))
    (tree / "mkdocs.yml").write_text(tree_config(result.root, result.site), "utf-8")


def _copy_static(root: Path, target: Path) -> None:
    """The non-Markdown files of docs/ that the check read (links and special files never are)."""
    target.mkdir(parents=True, exist_ok=True)
    for rel in kb_files(root, (DOCS,)):
        if markdown_suffix(rel) is None:
            destination = target / rel[len(DOCS) + 1:]
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root / rel, destination)


def tree_config(root: Path, site: Site) -> str:
    """The root mkdocs.yml without the plugin, with what the plugin would have set."""
    config = _read_config(root / "mkdocs.yml")
    config["docs_dir"] = "docs"
    theme = config.setdefault("theme", {"name": "material"})
    theme["custom_dir"] = "overrides"
    config["plugins"] = [p for p in config.get("plugins", []) if _plugin_name(p) != "praksis"]
    config.setdefault("nav", site.nav)
    extensions = config.setdefault("markdown_extensions", [])
    names = [_plugin_name(e) for e in extensions]
    extensions += [name for name in REQUIRED_EXTENSIONS if name not in names and name != "toc"]
    extensions[:] = [e for e in extensions if _plugin_name(e) != "toc"]
    for i, extension in enumerate(extensions):
        if _plugin_name(extension) == "pymdownx.emoji":
            options = dict(extension["pymdownx.emoji"] or {}) if isinstance(extension, dict) else {}
            options.update({key: _Tagged(f"tag:yaml.org,2002:python/name:{name}", "")
                            for key, name in EMOJI.items()})
            extensions[i] = {"pymdownx.emoji": options}
    extensions.append({"toc": {"permalink": True, "slugify": _Tagged(
        f"tag:yaml.org,2002:python/object/apply:{SLUGIFY['module']}.{SLUGIFY['name']}",
        {"kwds": SLUGIFY["kwds"]})}})
    header = ("# Written by 'praksis build --tree'. Build with any generator that reads mkdocs.yml,\n"
              "# then index for search: python -m pagefind_bin --site <site folder>\n")
    return header + dump_config(config)


def _plugin_name(item) -> str:
    return next(iter(item)) if isinstance(item, dict) else str(item)


def _read_config(path: Path) -> dict:
    try:
        return read_config(path)
    except ProjectError as err:
        raise BuildError(str(err)) from None
