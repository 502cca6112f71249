"""What every praksis site needs from the site generator, in one place.

The MkDocs plugin applies these to the loaded config; `praksis build --tree`
writes them into a plain mkdocs.yml, so a generator without plugin support
(Zensical) gets the same site.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

# Markdown extensions the rendered pages rely on: cards use md_in_html and
# attr_list, generated listings use tables, notes use admonition.
REQUIRED_EXTENSIONS = ("admonition", "attr_list", "md_in_html", "tables", "toc")

# toc's default slugify drops æ, ø and å; this one keeps them (see anchors.py).
SLUGIFY = {"module": "pymdownx.slugs", "name": "slugify", "kwds": {"case": "lower"}}

# Icons as inline SVG and emoji as Unicode text, never an <img> from a CDN
# (see mkdocs_plugin/emoji.py). Material's index is cached; pymdownx's default
# one is deep-copied for every page, half of a plain build's time.
EMOJI = {"emoji_index": "praksis.mkdocs_plugin.emoji.twemoji",
         "emoji_generator": "praksis.mkdocs_plugin.emoji.to_svg"}

# Generated listings are not search results: the article text of entries and
# hand-written pages is what people search for.
NOT_INDEXED_META = "praksis_index"


def theme_dir() -> Path:
    """The template overrides (search in the header, card styles)."""
    return Path(str(resources.files("praksis").joinpath("theme")))
