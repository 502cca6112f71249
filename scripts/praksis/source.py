"""Reading a content file as text, turning encoding mistakes into diagnostics.

Recoverable problems (BOM, CRLF) are reported and repaired in memory so the
later checks still see the file; unrecoverable ones (binary, not UTF-8,
empty) stop here with a clear message instead of a traceback further on.
"""

from __future__ import annotations

from dataclasses import dataclass
from .diagnostics import Diagnostic
from .rules import files

BOM = b"\xef\xbb\xbf"
_SNIFF = 8192  # a NUL byte this early means the file is not text


@dataclass(frozen=True)
class SourceText:
    path: str  # relative POSIX path, used in every diagnostic
    text: str  # LF line endings, no BOM


def read_text(data: bytes, rel: str) -> tuple[SourceText | None, list[Diagnostic]]:
    if b"\x00" in data[:_SNIFF]:
        return None, [files.BINARY.at(rel)]
    diagnostics: list[Diagnostic] = []
    if data.startswith(BOM):
        data = data[len(BOM):]
        diagnostics.append(files.BOM.at(rel))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return None, diagnostics + [files.NOT_UTF8.at(rel, _position(data, err.start), byte=f"{data[err.start]:02x}")]
    if "\r\n" in text:
        line = text[: text.index("\r\n")].count("\n") + 1
        diagnostics.append(files.CRLF.at(rel, (line, 1)))
        text = text.replace("\r\n", "\n")
    if not text.strip():
        return None, diagnostics + [files.EMPTY.at(rel)]
    return SourceText(rel, text), diagnostics


def _position(data: bytes, offset: int) -> tuple[int, int]:
    before = data[:offset]
    line = before.count(b"\n") + 1
    col = offset - (before.rfind(b"\n") + 1) + 1
    return line, col
