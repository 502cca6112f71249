"""The knowledge base's settings, read from its mkdocs.yml without MkDocs.

`praksis check` must judge by the same settings as the build, so the praksis plugin's options
(severities), the site's address and link style, and the theme's folder for overrides are read
here from the same file MkDocs reads. Tags that only MkDocs interprets (!!python/name:...,
!ENV) are kept as written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .files import CONFIG
from .frontmatter import explain


class ProjectError(ValueError):
    """mkdocs.yml cannot be read; the message is Danish."""


@dataclass(frozen=True)
class Project:
    root: Path
    site_url: str | None = None
    use_directory_urls: bool = True
    custom_dir: Path | None = None  # the theme's folder of overrides: praksis' fragments are looked up there first
    severity: dict[str, str] = field(default_factory=dict)  # the praksis plugin's 'severity' option
    search: bool = True
    # What the pages say about proposing a change and what the feed is called (mkdocs.yml)
    site_name: str = "Praksis"
    repo_url: str | None = None
    edit_uri: str | None = None  # None: MkDocs' default for the repo_url's host
    coordinator_email: str | None = None  # the praksis plugin's option: where "Foreslå en ændring" mails

    @property
    def settings(self) -> dict:
        return {"site_url": self.site_url, "site_name": self.site_name, "repo_url": self.repo_url,
                "edit_uri": self.edit_uri, "coordinator_email": self.coordinator_email}


def load_project(root: Path) -> Project:
    config = read_config(Path(root) / CONFIG)
    options = plugin_options(config)
    theme = config.get("theme") if isinstance(config.get("theme"), dict) else {}
    custom = theme.get("custom_dir")
    severity = options.get("severity") or {}
    if not isinstance(severity, dict):
        raise ProjectError("'severity' under praksis i mkdocs.yml skal være nøgler med en alvor, fx 'L405: error'.")
    return Project(Path(root), config.get("site_url") or None, config.get("use_directory_urls", True) is not False,
                   (Path(root) / str(custom)) if isinstance(custom, str) else None,
                   {str(k): str(v) for k, v in severity.items()}, options.get("search", True) is not False,
                   str(config.get("site_name") or "Praksis"), _text(config.get("repo_url")), _text(config.get("edit_uri")),
                   _text(options.get("coordinator_email")))


def _text(value) -> str | None:
    return str(value) if isinstance(value, str) else None


def plugin_options(config: dict) -> dict:
    for item in config.get("plugins") or []:
        if isinstance(item, dict) and "praksis" in item:
            return item["praksis"] or {}
    return {}


class Tagged:
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
        return Tagged(tag, loader.construct_mapping(node, deep=True))
    if isinstance(node, yaml.SequenceNode):
        return Tagged(tag, loader.construct_sequence(node, deep=True))
    return Tagged(tag, loader.construct_scalar(node))


def _represent_tagged(dumper, data: Tagged):
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    return dumper.represent_scalar(data.tag, data.value)


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _construct_tagged)
_Loader.add_multi_constructor("!", _construct_tagged)
_Dumper.add_representer(Tagged, _represent_tagged)


def read_config(path: Path) -> dict:
    if not path.is_file():
        return {"site_name": "Praksis", "theme": {"name": "material", "language": "da", "font": False}}
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        raise ProjectError(f"{path} kunne ikke læses: filen er ikke gemt som UTF-8. Gem den som UTF-8 i din "
                           "editor (Gem som ... > Kodning: UTF-8), og prøv igen.") from None
    try:
        config = yaml.load(text, Loader=_Loader) or {}
    except yaml.MarkedYAMLError as err:
        problem, mark = explain(err, text)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise ProjectError(f"{path}{where} kunne ikke læses: {problem}.") from None
    except yaml.YAMLError:
        raise ProjectError(f"{path} kunne ikke læses: strukturen er ikke gyldig YAML.") from None
    if not isinstance(config, dict):
        raise ProjectError(f"{path} skal bestå af nøgler med værdier.")
    return config


def config_positions(path: Path) -> dict[tuple, tuple[int, int]]:
    """(line, col) of every key and list item in mkdocs.yml, for messages that point into it."""
    positions: dict[tuple, tuple[int, int]] = {}
    try:
        node = yaml.compose(path.read_text("utf-8"), Loader=_Loader)
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return positions

    def walk(node, prefix: tuple) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    positions[prefix + (key.value,)] = (key.start_mark.line + 1, key.start_mark.column + 1)
                    walk(value, prefix + (key.value,))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                positions[prefix + (index,)] = (item.start_mark.line + 1, item.start_mark.column + 1)
                walk(item, prefix + (index,))

    if node is not None:
        walk(node, ())
    return positions


def dump_config(config: dict) -> str:
    return yaml.dump(config, Dumper=_Dumper, allow_unicode=True, sort_keys=False)
