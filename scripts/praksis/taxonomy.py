"""Taxonomies as data: the ICS triangle, methods, law paragraphs, document kinds, forums.

Values are matched by key, or by the slug of a label or alias, so that an
author who writes "Trygt omsorgsmiljø" or an old 2007-2018 name still hits
the right item (the check then suggests the current key).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources

import yaml


@dataclass(frozen=True)
class Item:
    key: str
    label: str
    description: str = ""
    parent: str | None = None  # ICS: the side of a dimension
    aliases: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass
class Taxonomy:
    name: str
    items: dict[str, Item]
    _lookup: dict[str, tuple[str, bool]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for item in self.items.values():
            for alias in item.aliases:
                self._lookup.setdefault(slug(alias), (item.key, True))
        for item in self.items.values():
            self._lookup[slug(item.label)] = (item.key, False)
            self._lookup[item.key] = (item.key, False)

    def resolve(self, value: str) -> tuple[Item | None, bool]:
        """(item, matched_by_old_alias) for a key, label or alias; (None, False) if unknown."""
        hit = self._lookup.get(value) or self._lookup.get(slug(value))
        if hit is None:
            return None, False
        key, via_alias = hit
        return self.items[key], via_alias and value != key

    def children(self, key: str) -> list[Item]:
        return [item for item in self.items.values() if item.parent == key]

    def roots(self) -> list[Item]:
        return [item for item in self.items.values() if item.parent is None]


_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})


def slug(text: str) -> str:
    """ASCII slug with the Danish letters spelled out (file names, keys)."""
    text = unicodedata.normalize("NFKC", text).translate(_ASCII).lower()
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _read(name: str) -> dict:
    return yaml.safe_load(resources.files("praksis").joinpath("data", f"{name}.yml").read_text("utf-8"))


def _ics() -> Taxonomy:
    items: dict[str, Item] = {}
    for side in _read("ics")["sides"]:
        items[side["key"]] = Item(side["key"], side["label"], side.get("description", ""), None,
                                  tuple(side.get("aliases", ())))
        for dim in side["dimensions"]:
            items[dim["key"]] = Item(dim["key"], dim["label"], dim.get("description", ""), side["key"],
                                     tuple(dim.get("aliases", ())))
    return Taxonomy("ics", items)


def _flat(name: str, list_key: str) -> Taxonomy:
    items = {}
    for raw in _read(name)[list_key]:
        extra = {k: v for k, v in raw.items() if k not in {"key", "label", "description", "aliases"}}
        items[raw["key"]] = Item(raw["key"], raw["label"], raw.get("description", ""), None,
                                 tuple(raw.get("aliases", ())), extra)
    return Taxonomy(name, items)


def load_taxonomies() -> dict[str, Taxonomy]:
    return {
        "ics": _ics(),
        "methods": _flat("methods", "methods"),
        "legal": _flat("legal", "paragraphs"),
        "documents": _flat("documents", "documents"),
        "forums": _flat("forums", "forums"),
        "timeline_kinds": _flat("timeline_kinds", "kinds"),
    }
