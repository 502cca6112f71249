"""mkdocs.yml: settings that would make every page load from other hosts or run code (K505, K506).

The content may be clean and the site still call out: Material loads Google Fonts unless `font` is
false, asks the repository's host for its stars when `repo_url` is set, and loads the analytics
script it is given; `copyright` and the navigation are written into every page as they are.
"""

from __future__ import annotations

from pathlib import Path

from .. import active_content
from ..diagnostics import Diagnostic
from ..files import CONFIG
from ..project import config_positions, read_config
from ..rules import links as rules


def check(root: Path) -> list[Diagnostic]:
    path = Path(root) / CONFIG
    if not path.is_file():
        return []
    config, where = read_config(path), config_positions(path)
    found: list[Diagnostic] = []

    def external(key: tuple, what: str) -> None:
        found.append(rules.EXTERNAL_RESOURCE.at(CONFIG, _at(where, key), what=what))

    theme = config.get("theme") if isinstance(config.get("theme"), dict) else {}
    if theme.get("name") == "material" and theme.get("font", None) is not False:
        external(("theme", "font") if "font" in theme else ("theme",),
                 "skrifttyper fra Google Fonts (skriv 'font: false' under theme)")
    if config.get("repo_url"):
        external(("repo_url",), "oplysninger om repositoriet fra dets vært (repo_url)")
    extra = config.get("extra") if isinstance(config.get("extra"), dict) else {}
    if extra.get("analytics"):
        external(("extra", "analytics"), "et analyse-script (extra.analytics)")
    for key in ("extra_css", "extra_javascript"):
        for index, item in enumerate(config.get(key) or []):
            address = item.get("path", "") if isinstance(item, dict) else str(item)
            for code, what, _, _ in active_content.attribute("link", "href", address, 1, 1):
                found.append(_rule(code).at(CONFIG, _at(where, (key, index)), what=f"{what} under {key}"))
    for key in ("logo", "favicon"):
        if isinstance(theme.get(key), str):
            for code, what, _, _ in active_content.attribute("img", "src", theme[key], 1, 1):
                found.append(_rule(code).at(CONFIG, _at(where, ("theme", key)), what=f"{what} som theme.{key}"))
    if isinstance(config.get("copyright"), str):
        for code, what, _, _ in active_content.in_text_value(config["copyright"], 1, 1):
            found.append(_rule(code).at(CONFIG, _at(where, ("copyright",)), what=f"{what} i copyright"))
    for key, address in _nav_addresses(config.get("nav"), ("nav",)):
        for code, what, _, _ in active_content.attribute("a", "href", address, 1, 1):
            found.append(_rule(code).at(CONFIG, _at(where, key), what=f"{what} i nav"))
    return found


def _rule(code: str):
    return rules.EXTERNAL_RESOURCE if code == active_content.EXTERNAL else rules.RUNS_CODE


def _nav_addresses(nav, key: tuple):
    if isinstance(nav, list):
        for index, item in enumerate(nav):
            yield from _nav_addresses(item, key + (index,))
    elif isinstance(nav, dict):
        for title, value in nav.items():
            yield from _nav_addresses(value, key + (title,))
    elif isinstance(nav, str):
        yield key, nav


def _at(where: dict, key: tuple) -> tuple[int, int]:
    while key:
        if key in where:
            return where[key]
        key = key[:-1]
    return (1, 1)
