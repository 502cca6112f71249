"""What content would make a reader's browser do: load from other hosts (K505) or run code (K506).

The site promises zero requests to other hosts and runs only praksis' own
scripts. Markdown passes raw HTML through, and MkDocs copies .html, .svg, .css
and .js files in docs/ as they are, so every such file and every body is read
here the way a browser would read it: HTML entities decoded, tabs and line
breaks dropped from addresses, backslashes read as slashes. Links a reader
clicks (<a href>, [text](https://...)) are navigation, not requests; they are
listed by the link check (K503).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from .diagnostics import Diagnostic
from .rules import links as rules
from .mdtext import code_free_lines

EXTERNAL, SCRIPT = "K505", "K506"
Finding = tuple[str, str, int, int]  # (code, Danish description, line, col)

# Attributes whose address the browser fetches by itself. `href` only on the tags that load it.
_FETCHED = {"src", "srcset", "poster", "background", "data", "codebase", "archive", "lowsrc", "dynsrc",
            "manifest", "ping", "action", "formaction", "imagesrcset", "xlink:href"}
_FETCHED_HREF = {"link", "base", "use", "image", "feimage", "script", "pattern", "tref", "mpath"}
_DOCUMENT_TAGS = {"iframe", "frame", "object", "embed", "portal"}  # a data: address there is a page that runs
_CODE_SCHEMES = ("javascript", "vbscript", "livescript")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_CSS_URL = re.compile(r"url\(\s*(['\"]?)([^'\")]*)\1\s*\)|@import\s+(['\"])([^'\"]*)\3", re.IGNORECASE)
_CSS_CODE = re.compile(r"expression\s*\(|-moz-binding|behavior\s*:", re.IGNORECASE)
_MARKDOWN_IMAGE = re.compile(r"!\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)")
_MARKDOWN_LINK = re.compile(r"(?<!!)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)")
_REFERENCE_IMAGE = re.compile(r"!\[([^\]]*)\](?:\[([^\]]*)\])?")
_DEFINITION = re.compile(r"^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
_ATTR_LIST = re.compile(r"\{:?[^{}\n]*\}")

STATIC_HTML = (".html", ".htm", ".xhtml", ".svg", ".xml", ".svgz")
STATIC_SCRIPT = (".js", ".mjs", ".cjs", ".vbs", ".wasm")
STATIC_CSS = (".css",)


def in_markdown(body: str, first_line: int) -> list[Finding]:
    """Raw HTML, images and attribute lists in a Markdown body, outside code."""
    text = "\n".join(code_free_lines(body))
    found = _html(text) if "<" in text else []
    for number, line in enumerate(text.split("\n")):
        if "](" not in line and "{" not in line:
            continue
        for match in _MARKDOWN_IMAGE.finditer(line):
            found += _address(match.group(1), "Markdown-billede", number + 1, match.start(1) + 1, fetched=True)
        for match in _MARKDOWN_LINK.finditer(line):
            found += _code_address(match.group(1), "Markdown-link", number + 1, match.start(1) + 1)
        for match in _ATTR_LIST.finditer(line):
            found += _css(match.group(0), number + 1, match.start() + 1)
    if "![" in text:
        found += _reference_images(text)
    return _shifted(found, first_line - 1)


def in_static(rel: str, text: str) -> list[Finding]:
    """A file in docs/ that MkDocs copies as it is."""
    lower = rel.lower()
    if lower.endswith(STATIC_SCRIPT):
        return [(SCRIPT, "en scriptfil", 1, 1)]
    if lower.endswith(STATIC_HTML):
        return _html(text)
    if lower.endswith(STATIC_CSS):
        return _css(text, 1, 1)
    return []


def is_checked_static(rel: str) -> bool:
    lower = rel.lower()
    return lower.endswith(STATIC_SCRIPT + STATIC_HTML + STATIC_CSS)


def _html(text: str) -> list[Finding]:
    parser = _Parser()
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup; what it saw counts
        pass
    return parser.found


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[Finding] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        line, col = self.getpos()
        where = (line, col + 1)
        if tag == "script":
            self.found.append((SCRIPT, "et <script>", *where))
        if tag == "style":
            self._in_style = True
        for name, value in attrs:
            self._attribute(tag, name, value or "", where)

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            line, col = self.getpos()
            self.found += _css(data, line, col + 1)

    def _attribute(self, tag: str, name: str, value: str, where: tuple[int, int]) -> None:
        what = f"<{tag} {name}>"
        if name.startswith("on"):
            self.found.append((SCRIPT, f"en hændelse, der kører kode ({what})", *where))
        elif name == "srcdoc":
            self.found.append((SCRIPT, f"en indlejret side ({what})", *where))
        elif name == "style":
            self.found += _css(value, *where)
        elif name in _FETCHED or (name == "href" and tag in _FETCHED_HREF):
            addresses = [part.split()[0] for part in value.split(",") if part.split()] if "srcset" in name else [value]
            for address in addresses:
                self.found += _address(address, what, *where, fetched=True, document=tag in _DOCUMENT_TAGS)
        elif tag == "meta" and name == "content" and "url=" in value.lower():
            self.found += _address(value[value.lower().index("url=") + 4:].strip("'\" "), "<meta refresh>", *where,
                                   fetched=True)
        else:
            self.found += _code_address(value, what, *where)


def _css(css: str, line: int, col: int) -> list[Finding]:
    found: list[Finding] = []
    for match in _CSS_URL.finditer(css):
        at = _position_in(css, match.start(), line, col)
        found += _address(match.group(2) or match.group(4) or "", "CSS url()/@import", *at, fetched=True)
    for match in _CSS_CODE.finditer(css):
        found.append((SCRIPT, "CSS der kører kode", *_position_in(css, match.start(), line, col)))
    return found


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
    address = re.sub(r"[\t\n\r]", "", raw).lstrip("".join(chr(c) for c in range(0x21)))
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
