"""Emoji and icons without a request to another host.

Material's `to_svg` inlines its bundled icons (`:material-check:`) but turns
every Unicode emoji (`:warning:`) into an <img> from a CDN, which the privacy
audit rightly refuses. Here icons stay inline SVG and emoji become the Unicode
character itself, drawn by the reader's own emoji font.
"""

from __future__ import annotations

from material.extensions import emoji as material_emoji
from pymdownx import emoji as pymdownx_emoji

twemoji = material_emoji.twemoji  # the index: Material's icons plus Twemoji's names


def to_svg(index, shortname, alias, uc, alt, title, category, options, md):
    if uc is None:  # a bundled icon: inline SVG
        return material_emoji.to_svg(index, shortname, alias, uc, alt, title, category, options, md)
    return pymdownx_emoji.to_alt(index, shortname, alias, uc, alt, title, category, options, md)
