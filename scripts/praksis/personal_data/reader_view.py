"""The text as a reader of the site sees it, and where each part of it stands in the source.

An HTML entity (&#45;), a Markdown escape (\\-), an empty HTML comment or tag, emphasis (**5678**),
a soft hyphen (Word's optional hyphen) or a zero-width character between the digits of a CPR number
or the letters of a name hides it from a rule that reads the source, while the published page shows
it whole. The guard reads this view too, but only around the places where it differs from the
source (elsewhere the first reading saw the same); positions map back to the source, so a finding
still points at its line and the allow marker on that line still counts.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass

from .rules import within

# Something in the middle of a word or a number that the page will not show.
# Every alternative starts with a rare character, so a search costs little on ordinary text.
_HIDING = re.compile(r"&#?\w{1,10};|\\[\W_]|<!--|<[a-zA-Z/][^>\n]{0,200}>|[\u00ad\u200b-\u200d\u2060\ufeff]"
                     r"|(?<=[\w-])[*~]+(?=[\w-])|[*_~]{1,3}(?=\d)|(?<=\d)[*_~]{1,3}")
# A soft hyphen at a line's end is where a PDF broke the word: it reads on ('Hols\u00ad\ntebro').
_TOKEN = re.compile(r"<!--.{0,4000}?-->|<[a-zA-Z/][^>\n]{0,200}>|&#?\w{1,10};|\\([\W_])|\u00ad\n(?=[a-zæøå])"
                    r"|[\u00ad\u200b-\u200d\u2060\ufeff]"
                    r"|(?<=[\w-])[*~]+(?=[\w-])|(?<=\W)[*_~]{1,3}(?=\w)|(?<=\w)[*_~]{1,3}(?=\W|$)", re.DOTALL)
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


def hides_anything(text: str) -> bool:
    return _HIDING.search(text) is not None


def hiding_windows(text: str, spans: list[tuple[int, int]] | None = None, reach: int = 80) -> list[tuple[int, int]]:
    """Stretches of the source around each hiding token (looked for in the anchors' spans, or everywhere), cut
    at whitespace and merged."""
    windows: list[tuple[int, int]] = []
    for match in (m for start, end in within(text, spans) for m in _HIDING.finditer(text, start, end)):
        if windows and match.start() < windows[-1][1]:
            continue  # inside the stretch already taken
        start, end = max(0, match.start() - reach), min(len(text), match.end() + reach)
        floor, ceiling = max(0, start - reach), min(len(text), end + reach)  # a word is never longer than that
        while start > floor and not text[start - 1].isspace():
            start -= 1
        while end < ceiling and not text[end].isspace():
            end += 1
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


@dataclass(frozen=True)
class View:
    text: str  # what the page shows
    starts: list[int]  # where each piece begins in `text` ...
    sources: list[int]  # ... and in the source
    changes: list[int]  # places in `text` where it differs from the source

    def source(self, index: int) -> int:
        """The source offset of a character of the view."""
        piece = max(0, bisect_right(self.starts, index) - 1)
        return self.sources[piece] + (index - self.starts[piece])


def reader_view(text: str) -> View:
    pieces: list[str] = []
    starts: list[int] = []
    sources: list[int] = []
    changes: list[int] = []
    shown = 0
    last = 0

    def keep(piece: str, source: int) -> None:
        nonlocal shown
        if piece:
            pieces.append(piece)
            starts.append(shown)
            sources.append(source)
            shown += len(piece)

    for match in _TOKEN.finditer(text):
        keep(text[last:match.start()], last)
        changes.append(shown)
        keep(_shown(match), match.start())
        last = match.end()
    keep(text[last:], last)
    return View("".join(pieces), starts or [0], sources or [0], changes)


def _shown(match: re.Match) -> str:
    """What the page shows of one hiding token."""
    token = match.group(0)
    if match.group(1):  # a Markdown escape shows the character escaped
        return match.group(1)
    if token.startswith("&"):
        shown = html.unescape(token)
        return "" if shown in _INVISIBLE else shown
    if token.startswith("<!--"):
        return "\n" * token.count("\n")  # lines stay lines
    return ""
