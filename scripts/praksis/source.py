"""Reading a content file as text, turning encoding mistakes into diagnostics.

Recoverable problems (BOM, CRLF) are reported and repaired in memory so the
later checks still see the file; unrecoverable ones (binary, not UTF-8,
empty) stop here with a clear message instead of a traceback further on.
"""

from __future__ import annotations

from dataclasses import dataclass
from .diagnostics import Diagnostic

BOM = b"\xef\xbb\xbf"
_SNIFF = 8192  # a NUL byte this early means the file is not text


@dataclass(frozen=True)
class SourceText:
    path: str  # relative POSIX path, used in every diagnostic
    text: str  # LF line endings, no BOM


def read_text(data: bytes, rel: str) -> tuple[SourceText | None, list[Diagnostic]]:
    if b"\x00" in data[:_SNIFF]:
        return None, [_diag(rel, 1, 1, "F105", "Filen ser ud til at være binær (den indeholder NUL-tegn).",
                            "Gem indholdet som almindelig tekst (Markdown) eller fjern filen.")]
    diagnostics: list[Diagnostic] = []
    if data.startswith(BOM):
        data = data[len(BOM):]
        diagnostics.append(_diag(rel, 1, 1, "F102", "Filen begynder med et BOM-tegn.",
                                 "Gem filen som UTF-8 uden BOM (i VS Code: 'Save with Encoding' > 'UTF-8')."))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line, col = _position(data, err.start)
        return None, diagnostics + [_diag(
            rel, line, col, "F101",
            f"Filen er ikke gyldig UTF-8 (byte 0x{data[err.start]:02x}).",
            "Gem filen med tegnsættet UTF-8; den er måske gemt som Windows-1252 eller Latin-1.")]
    if "\r\n" in text:
        line = text[: text.index("\r\n")].count("\n") + 1
        diagnostics.append(_diag(rel, line, 1, "F103", "Filen bruger Windows-linjeskift (CRLF).",
                                 "Gem filen med LF-linjeskift (i VS Code: klik på 'CRLF' nederst til højre og vælg "
                                 "'LF'). Har git lavet linjeskiftene om i hele mappen (Git for Windows' "
                                 "core.autocrlf=true), så klon vidensbasen igen: dens .gitattributes holder LF."))
        text = text.replace("\r\n", "\n")
    if not text.strip():
        return None, diagnostics + [_diag(rel, 1, 1, "F104", "Filen er tom.",
                                          "Udfyld filen fra skabelonen med 'praksis new', eller slet den.")]
    return SourceText(rel, text), diagnostics


def _position(data: bytes, offset: int) -> tuple[int, int]:
    before = data[:offset]
    line = before.count(b"\n") + 1
    col = offset - (before.rfind(b"\n") + 1) + 1
    return line, col


def _diag(path: str, line: int, col: int, code: str, message: str, hint: str) -> Diagnostic:
    return Diagnostic(path, line, col, code, message, hint)
