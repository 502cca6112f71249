"""Building the site without ever leaving a half-written one, or deleting what praksis did not build.

`build_site` runs the strict MkDocs build; `write_tree` writes the rendered
pages and a plain mkdocs.yml that any generator reading mkdocs.yml builds.
Both write into a temporary folder beside the target and swap it in only on
success, and both replace only a folder that output_folder allows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import yaml

from .files import DOCS, kb_files, markdown_suffix
from .output_folder import OutputFolderError, check_output_folder, mark
from .render import Site
from .site_settings import EMOJI, REQUIRED_EXTENSIONS, SLUGIFY, theme_dir

__all__ = ["BuildError", "OutputFolderError", "build_site", "write_tree", "tree_config"]


class BuildError(Exception):
    """A build that could not finish; the message is Danish and says what to do."""


def build_site(root: Path, out: Path) -> Path:
    config = root / "mkdocs.yml"
    if not config.is_file():
        raise BuildError(f"{config} findes ikke; sitet bygges ud fra mkdocs.yml i vidensbasens rod.")
    return _replace(root, out, "--out", lambda staging: _mkdocs_build(root, config, staging))


def write_tree(root: Path, site: Site, tree: Path) -> Path:
    return _replace(root, tree, "--tree", lambda staging: _write_tree(root, site, staging))


def _replace(root: Path, target: Path, option: str, write: Callable[[Path], None]) -> Path:
    """Write into a new folder beside target, mark it as praksis' own, then swap it in."""
    out = check_output_folder(root, target, option)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.bygger-", dir=out.parent))
    try:
        write(staging)
        mark(staging)
        _swap_in(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out


def _mkdocs_build(root: Path, config: Path, site_dir: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # the theme's end-of-life banner, once per build
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
               "--config-file", str(config), "--site-dir", str(site_dir)]
    result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        output = (result.stderr or result.stdout).strip()
        raise BuildError("MkDocs kunne ikke bygge sitet; det forrige site er urørt.\n" + output)


def _swap_in(staging: Path, out: Path) -> None:
    """Put the new folder in place with two renames, so readers never see a mix."""
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}.forrige-{os.getpid()}")
        out.rename(old)
    staging.rename(out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _write_tree(root: Path, site: Site, tree: Path) -> None:
    docs = tree / "docs"
    _copy_static(root, docs)
    site.render_all()
    for page in site.pages:
        target = docs / page.uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown, "utf-8")
    shutil.copytree(theme_dir(), tree / "overrides", ignore=shutil.ignore_patterns("__pycache__"))
    (tree / "mkdocs.yml").write_text(tree_config(root, site), "utf-8")


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
    return header + yaml.dump(config, Dumper=_Dumper, allow_unicode=True, sort_keys=False)


def _plugin_name(item) -> str:
    return next(iter(item)) if isinstance(item, dict) else str(item)


class _Tagged:
    """A YAML value with a tag we do not interpret (!!python/name:...), kept as written."""

    def __init__(self, tag: str, value):
        self.tag, self.value = tag, value


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


def _construct_tagged(loader, tag_suffix, node):
    tag = node.tag
    if isinstance(node, yaml.MappingNode):
        return _Tagged(tag, loader.construct_mapping(node, deep=True))
    if isinstance(node, yaml.SequenceNode):
        return _Tagged(tag, loader.construct_sequence(node, deep=True))
    return _Tagged(tag, loader.construct_scalar(node))


def _represent_tagged(dumper, data: _Tagged):
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    return dumper.represent_scalar(data.tag, data.value)


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _construct_tagged)
_Loader.add_multi_constructor("!", _construct_tagged)
_Dumper.add_representer(_Tagged, _represent_tagged)


def _read_config(path: Path) -> dict:
    if not path.is_file():
        return {"site_name": "Praksis", "theme": {"name": "material", "language": "da", "font": False}}
    try:
        return yaml.load(path.read_text("utf-8"), Loader=_Loader) or {}
    except yaml.YAMLError as err:
        raise BuildError(f"{path} kunne ikke læses: {err}") from None
