"""Heading anchors, computed the way the site computes them.

The site's toc extension uses pymdownx's slugify (it keeps æ, ø, å; the
default slugify drops them and breaks '#børnefaglig-undersøgelse'). The link
checker uses this same function, so a link the check accepts is a link that
works on the site. mkdocs.yml must name the same slugify (see SLUGIFY_YAML).
"""

from __future__ import annotations

import html
import re

from pymdownx.slugs import slugify as _make_slugify

from .mdtext import code_free_lines

SEPARATOR = "-"
_slugify = _make_slugify(case="lower")

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_ATTR_ID = re.compile(r"\{[^}]*#([\w\-]+)[^}]*\}\s*$")
_HTML_ID = re.compile(r"""\bid=["']([^"']+)["']""")
_INLINE = [
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images keep their text
    (re.compile(r"\[\[[^\]|]+\|([^\]]+)\]\]"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"(\*\*|__|\*|_|~~)(.+?)\1"), r"\2"),
    (re.compile(r"<[^>]+>"), ""),
]


def slugify(text: str) -> str:
    return _slugify(text, SEPARATOR)


def heading_text(raw: str) -> str:
    """The plain text of a heading as the toc extension sees it."""
    for pattern, replacement in _INLINE:
        raw = pattern.sub(replacement, raw)
    return html.unescape(raw).strip()


def headings(markdown: str) -> list[str]:
    """The plain text of every ATX heading outside code, in order."""
    return [heading_text(match.group(2)) for line in code_free_lines(markdown) if (match := _ATX.match(line))]


def anchors(markdown: str) -> set[str]:
    """Every fragment id a page's Markdown produces: headings (deduplicated like toc) and explicit ids."""
    found: set[str] = set()
    counts: dict[str, int] = {}
    for line in code_free_lines(markdown):
        found.update(_HTML_ID.findall(line))
        match = _ATX.match(line)
        if not match:
            continue
        text = match.group(2)
        explicit = _ATTR_ID.search(text)
        if explicit:
            found.add(explicit.group(1))
            continue
        slug = slugify(heading_text(_ATTR_ID.sub("", text)))
        if slug in counts:  # toc's unique(): second "x" becomes "x_1"
            counts[slug] += 1
            slug = f"{slug}_{counts[slug]}"
        else:
            counts[slug] = 0
        found.add(slug)
    return found
