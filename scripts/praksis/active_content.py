"""What content would make a reader's browser do: load from other hosts (K505) or run code (K506).

The site promises zero requests to other hosts and runs only praksis' own scripts. Markdown passes
raw HTML through, attribute lists ({ ... }) add attributes to elements, and MkDocs copies files in
docs/ as they are, so every body, every front matter value and every copied file is read here the
way a browser reads it: HTML entities and CSS escapes decoded, tabs and line breaks dropped from
addresses, backslashes read as slashes. Links a reader clicks (<a href>, [text](https://...)) are
navigation, not requests; the link check lists them (K503).

This is the check's reading of the sources, with positions for the author. The build reads the pages
MkDocs actually made as well (in_html, in the plugin), so what this reading misses is still never
published.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from urllib.parse import urlsplit

from .diagnostics import Diagnostic
from .mdtext import code_free_lines
from .rules import links as rules

EXTERNAL, SCRIPT = "K505", "K506"
Finding = tuple[str, str, int, int]  # (code, Danish description, line, col)

# Attributes whose address the browser fetches by itself. `href` only on the tags that load it.
_FETCHED = {"src", "srcset", "poster", "background", "data", "codebase", "archive", "lowsrc", "dynsrc",
            "manifest", "ping", "action", "formaction", "imagesrcset", "xlink:href", "icon", "longdesc"}
_FETCHED_HREF = {"link", "base", "use", "image", "feimage", "script", "pattern", "tref", "mpath", "a:link"}
_DOCUMENT_TAGS = {"iframe", "frame", "object", "embed", "portal"}  # a data: address there is a page that runs
_CODE_SCHEMES = ("javascript", "vbscript", "livescript")
_CODE_IN_VALUE = re.compile(r"(?:java|vb|live)script\s*:", re.IGNORECASE)
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_EXTERNAL_IN_CSS = re.compile(r"(?:[a-z][a-z0-9+.-]*:)?//[^\s'\")]+", re.IGNORECASE)
_CSS_CODE = re.compile(r"expression\s*\(|-moz-binding|behavior\s*:|javascript\s*:", re.IGNORECASE)
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)")
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_DATA_URL = re.compile(r"""url\(\s*(["']?)data:.*?\1\s*\)""", re.IGNORECASE | re.DOTALL)  # inline: fetches nothing
# Bounded repetitions keep these linear on hostile input ('![' sixty thousand times on one line).
_NESTED = r"\[(?:[^\[\]\n]|\[(?:[^\[\]\n]|\[[^\[\]\n]{0,200}\]){0,200}\]){0,500}\]"  # two levels of [ ] inside
_MARKDOWN_IMAGE = re.compile(r"!" + _NESTED + r"\(\s*<?([^)\s>]+)")
_MARKDOWN_LINK = re.compile(r"(?<!!)" + _NESTED + r"\(\s*<?([^)\s>]+)")
_REFERENCE_IMAGE = re.compile(r"!\[([^\]\n]{0,500})\](?:\[([^\]\n]{0,500})\])?")
_DEFINITION = re.compile(r"^[ \t>*+-]{0,12}\[([^\]\n]{1,500})\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
_ATTR_LIST = re.compile(r"\{:?[^{}\n]{0,2000}\}")
_ATTRIBUTE = re.compile(r"""([^\s=#.{}'"]+)\s*=\s*("[^"]*"|'[^']*'|[^\s}]+)""")
_MAY_POINT = re.compile(r"[:&\\]|//")  # what an address needs to leave the site or run code
# What raw HTML, an attribute list, an image, a reference or a scheme that runs code needs. Tested as
# substrings: a case-blind alternation costs about 100 µs a kilobyte, as much as what it spares.
_MARKS = ("<", "{", "![", "]:")
_SCHEMES = ("javascript", "vbscript", "data:")


def _suspect(text: str, marks: tuple[str, ...] = _MARKS) -> bool:
    if any(mark in text for mark in marks):
        return True
    lower = text.lower()  # schemes are read case-blind (ASCII), as browsers read them
    return any(scheme in lower for scheme in _SCHEMES)

# Files MkDocs copies that a browser shows as they are and never runs; every other text file in docs/
# is read as HTML, since a server may well send .xsl, .shtml, .xht or an unknown ending as a page.
INERT = (".txt", ".csv", ".tsv", ".json", ".md", ".yml", ".yaml", ".pdf", ".png", ".jpg", ".jpeg", ".gif",
         ".webp", ".avif", ".ico", ".bmp", ".tif", ".tiff", ".woff", ".woff2", ".ttf", ".otf", ".eot",
         ".odt", ".ods", ".odp", ".docx", ".xlsx", ".pptx", ".doc", ".xls", ".zip", ".mp3", ".mp4", ".webm")
SCRIPTS = (".js", ".mjs", ".cjs", ".vbs", ".wasm", ".ts", ".jsx", ".swf")
CSS = (".css",)


def in_markdown(body: str, first_line: int) -> list[Finding]:
    """Raw HTML, images, links and attribute lists in a Markdown body, outside code."""
    text = "\n".join(code_free_lines(body))
    if not _suspect(text):
        return []
    found = _html(text) if "<" in text else []
    for number, line in enumerate(text.split("\n")):
        if "](" in line:
            for match in _MARKDOWN_IMAGE.finditer(line):
                found += _address(match.group(1), "Markdown-billede", number + 1, match.start(1) + 1, fetched=True)
            for match in _MARKDOWN_LINK.finditer(line):
                found += _code_address(match.group(1), "Markdown-link", number + 1, match.start(1) + 1)
        if "{" in line:
            for match in _ATTR_LIST.finditer(line):
                found += attributes(match.group(0), "{ }", number + 1, match.start() + 1)
    if "![" in text:
        found += _reference_images(text)
    return _shifted(found, first_line - 1)


def in_front_matter(data, position, source: str | None = None) -> list[Finding]:
    """Every text value of front matter: titles, summaries and the rest end up in pages and their <head>.
    source: the YAML text the values were read from; without anything suspect in it (nor an escape, which
    could spell one: "\\x3c") no value holds anything, and the walk over every value is spared."""
    if not data or (source is not None and not _may_hold_suspects(source)):
        return []
    found: list[Finding] = []
    for path, value in _texts(data, ()):
        if _suspect(value):  # a value's place is looked up only when there is something to report
            found += in_text_value(value, *position(*path))
    return found


def _may_hold_suspects(source: str) -> bool:
    """_suspect for YAML's text: its escapes may spell a suspect; its flow mappings' braces are no suspect."""
    return "\\" in source or _suspect(source, _MARKS_BUT_BRACES) or _brace_in_a_value(source)


_MARKS_BUT_BRACES = tuple(mark for mark in _MARKS if mark != "{")


def _brace_in_a_value(source: str) -> bool:
    """In YAML's own text a brace after ':', '-', '[', ',' or '{' on its line opens a flow mapping ('- {id: mor,
    role: Mor}'), YAML's syntax, not a value's character; any other brace (one opening a line of a block
    scalar too) stands inside a value."""
    at = source.find("{")
    while at != -1:
        before = source[source.rfind("\n", 0, at) + 1:at].rstrip(" \t")
        if not before or before[-1] not in ":[,{-":
            return True
        at = source.find("{", at + 1)
    return False


def _texts(value, path: tuple):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(str(key), path + (key,))
            yield from _texts(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, path + (index,))


def in_text_value(value: str, line: int, col: int) -> list[Finding]:
    """A front matter value, shown in a page title, a heading, a description or a card."""
    if not _suspect(value):
        return []
    return [(code, what, line, col) for code, what, _, _ in in_markdown(value, 1)]


def in_static(rel: str, text: str) -> list[Finding]:
    """A file in docs/ that MkDocs copies as it is."""
    lower = rel.lower()
    if lower.endswith(SCRIPTS):
        return [(SCRIPT, "en scriptfil", 1, 1)]
    if lower.endswith(CSS):
        return _css(text, 1, 1)
    if lower.endswith(INERT):
        return []
    return _html(text)


def in_html(page: str) -> list[Finding]:
    """A page as MkDocs made it (its content, not the theme around it): the build's last word."""
    return _html(page)


# Tags, processing instructions and style sheets, read with bounded patterns: linear on any input (Python's
# HTMLParser slows to minutes on a file of unclosed tags). Like a browser, '/' separates attributes too.
_TAG = re.compile(r"""<([a-zA-Z][^\s/>]{0,60})((?:[^>"']|"[^"]{0,4000}"|'[^']{0,4000}'){0,400})>""")
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?""")
_PI = re.compile(r"<\?xml-stylesheet([^>]{0,2000})\?>", re.IGNORECASE)
_STYLE = re.compile(r"<style\b[^>]{0,2000}>", re.IGNORECASE)
# What an element's attributes need before attribute() can find anything: an event, style or srcdoc attribute,
# or a value with a scheme, '//', an entity or a backslash (read before entities are decoded, so it sees them).
_MAY_ACT = re.compile(r"""[:&\\]|//|(?:^|[\s/"'])(?:on|style|srcdoc)""", re.IGNORECASE)
_STYLE_END = re.compile(r"</style", re.IGNORECASE)


def _html(text: str) -> list[Finding]:
    found: list[Finding] = []
    _line_col = _Lines(text).at
    for match in _TAG.finditer(text):
        tag = match.group(1).lower()
        if tag != "script" and not _MAY_ACT.search(match.group(2)):
            continue  # most tags: no event, style or embedded page, no address that could leave the site
        where = _line_col(match.start())
        if tag == "script":
            found.append((SCRIPT, "et <script>", *where))
        attrs = [(m.group(1).lower(), html.unescape(_unquote(m.group(2) or "")), match.start(2) + _value_start(m))
                 for m in _ATTR.finditer(match.group(2))]
        refresh = tag == "meta" and any(n == "http-equiv" and v.strip().lower() == "refresh" for n, v, _ in attrs)
        for name, value, at in attrs:
            if refresh and name == "content":
                found += _address(_refresh_target(value), "<meta refresh>", *where, fetched=True)
            else:  # CSS is placed within the style attribute's value; everything else at its tag
                found += attribute(tag, name, value, *(_line_col(at) if name == "style" else where))
    found += _style_sheets(text, _line_col)
    for match in _PI.finditer(text):
        href = re.search(r"""href\s*=\s*["']([^"']*)["']""", match.group(1))
        if href:  # the browser fetches the style sheet, or the XSL that runs
            found += _address(html.unescape(href.group(1)), "<?xml-stylesheet?>", *_line_col(match.start()),
                              fetched=True)
    return found


def _style_sheets(text: str, line_col) -> list[Finding]:
    """The contents of each <style> element (inside one, '<style' is text, as a browser reads it)."""
    found: list[Finding] = []
    position = 0
    while (opener := _STYLE.search(text, position)) is not None:
        closer = _STYLE_END.search(text, opener.end())
        end = closer.start() if closer else len(text)
        found += _css(text[opener.end():end], *line_col(opener.end()))
        position = closer.end() if closer else len(text)
    return found


def _value_start(attr: re.Match) -> int:
    """Where an attribute's value begins (inside its quotes) in the text the match was made in."""
    if attr.group(2) is None:
        return attr.end()
    return attr.start(2) + (attr.group(2)[:1] in "'\"")


def _unquote(value: str) -> str:
    return value[1:-1] if value[:1] in "'\"" and value[-1:] == value[:1] and len(value) > 1 else value


class _Lines:
    """(line, col) of an offset, the line starts found once: many tags on a page stay linear."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def at(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def attribute(tag: str, name: str, value: str, line: int, col: int) -> list[Finding]:
    """One attribute of an element: what it makes the browser run or fetch."""
    if not name.startswith("on") and name not in ("style", "srcdoc") and not _MAY_POINT.search(value):
        return []  # no scheme, no '//', no entity, no backslash: nothing it can fetch or run
    what = f"<{tag} {name}>" if tag != "{ }" else f"{{ {name}= }}"
    if name.startswith("on"):
        return [(SCRIPT, f"en hændelse, der kører kode ({what})", line, col)]
    if name == "srcdoc":
        return [(SCRIPT, f"en indlejret side ({what})", line, col)]
    if name == "style":
        return _css(value, line, col)
    if name in _FETCHED or (name == "href" and tag in _FETCHED_HREF):
        addresses = [part.split()[0] for part in value.split(",") if part.split()] if "srcset" in name else [value]
        return [f for address in addresses
                for f in _address(address, what, line, col, fetched=True, document=tag in _DOCUMENT_TAGS)]
    if _CODE_IN_VALUE.search(_as_browser_reads(value)):  # javascript: anywhere, as in SVG <animate values>
        return [(SCRIPT, f"kode i værdien ({what})", line, col)]
    return _code_address(value, what, line, col)


def attributes(attr_list: str, tag: str, line: int, col: int) -> list[Finding]:
    """An attribute list, { onclick="..." srcset="..." }: Markdown puts these on the element before it."""
    found: list[Finding] = []
    for match in _ATTRIBUTE.finditer(attr_list):
        value = match.group(2)
        if value[:1] in "'\"":
            value = value[1:-1]
        name = match.group(1).lower()
        at = col + (_value_start(match) if name == "style" else match.start())  # CSS is placed in its value
        found += attribute(tag, name, html.unescape(value), line, at)
    return found


def _css(css: str, line: int, col: int) -> list[Finding]:
    """Style: anything it fetches from another host (url(), image-set(), @import), or code it runs."""
    text = _DATA_URL.sub(lambda m: " " * len(m.group(0)), _CSS_COMMENT.sub(" ", _css_unescape(css)))
    found: list[Finding] = []
    for match in _EXTERNAL_IN_CSS.finditer(text):
        address = match.group(0)
        if not address.lower().startswith("data:"):
            host = urlsplit(address if "//" in address[:12] else "//" + address).hostname or "en anden server"
            found.append((EXTERNAL, f"{host} (CSS)", *_position_in(css, min(match.start(), len(css)), line, col)))
    for match in _CSS_CODE.finditer(text):
        found.append((SCRIPT, "CSS der kører kode", *_position_in(css, min(match.start(), len(css)), line, col)))
    return found


def _css_unescape(css: str) -> str:
    """CSS escapes decoded, as the browser reads them: '\\75 rl(' is 'url('."""
    if "\\" not in css:
        return css
    return _CSS_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else m.group(2), css)


def _refresh_target(content: str) -> str:
    """The address in a meta refresh, however it is written: '0; URL = https://...', '1;https://...'."""
    after = content.split(";", 1)[1] if ";" in content else content
    return re.sub(r"^\s*url\s*=\s*", "", after.strip(), flags=re.IGNORECASE).strip("'\" ")


def _reference_images(text: str) -> list[Finding]:
    definitions = {label.strip().lower(): (target, text.count("\n", 0, m.start()) + 1)
                   for m in _DEFINITION.finditer(text) for label, target in [m.groups()]}
    found: list[Finding] = []
    for match in _REFERENCE_IMAGE.finditer(text):
        label = (match.group(2) or match.group(1)).strip().lower()
        if label in definitions and text[match.end():match.end() + 1] != "(":
            target, line = definitions[label]
            found += _address(target, "Markdown-billede", line, 1, fetched=True)
    return found


def _address(raw: str, what: str, line: int, col: int, fetched: bool, document: bool = False) -> list[Finding]:
    """A fetched address: from another host is K505; code, or a page that runs code, is K506."""
    address = _as_browser_reads(raw)
    scheme = _SCHEME.match(address)
    name = scheme.group(1).lower() if scheme else ""
    if name in _CODE_SCHEMES or (name == "data" and document):
        return [(SCRIPT, f"kode i adressen ({what})", line, col)]
    if name == "data" or not fetched:
        return []
    if scheme or address.startswith("//"):
        host = urlsplit(address).hostname or name or "en anden server"
        return [(EXTERNAL, f"{host} ({what})", line, col)]
    return []


def _code_address(raw: str, what: str, line: int, col: int) -> list[Finding]:
    """An address a reader follows: only code in it is refused (javascript:, and data: pages)."""
    address = _as_browser_reads(raw)
    scheme = _SCHEME.match(address)
    if scheme and scheme.group(1).lower() in (*_CODE_SCHEMES, "data"):
        return [(SCRIPT, f"kode i adressen ({what})", line, col)]
    return []


def _as_browser_reads(raw: str) -> str:
    """Browsers drop tabs and line breaks anywhere in an address, leading control characters and spaces,
    and read a backslash as a slash."""
    address = re.sub(r"[\t\n\r]", "", html.unescape(raw)).lstrip("".join(chr(c) for c in range(0x21)))
    return address.replace("\\", "/")


def _position_in(text: str, offset: int, line: int, col: int) -> tuple[int, int]:
    before = text[:offset]
    newlines = before.count("\n")
    if newlines == 0:
        return line, col + offset
    return line + newlines, offset - before.rfind("\n")


def _shifted(found: list[Finding], lines: int) -> list[Finding]:
    return sorted({(code, what, line + lines, col) for code, what, line, col in found}, key=lambda f: (f[2], f[3]))


def diagnostic(rel: str, finding: Finding) -> Diagnostic:
    code, what, line, col = finding
    rule = rules.EXTERNAL_RESOURCE if code == EXTERNAL else rules.RUNS_CODE
    return rule.at(rel, (line, col), what=what)
