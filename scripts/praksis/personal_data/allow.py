"""Exceptions: the inline allow marker and the reviewed allow file of fingerprints.

The allow file never holds the data itself: only path, rule and a slow salted
hash of the match, so a reviewer sees what is allowed where without reading it
(and the hash cannot cheaply be turned back into a short number).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..diagnostics import Diagnostic
from ..rules.personal_data import ALLOW_FILE_BROKEN

ALLOW_FILE = ".praksis-allow.yml"
MARKER = "<!-- praksis:tillad -->"
_ITERATIONS = 10_000
_CODES = {"P601", "P602", "P603", "P604", "P605", "P606", "P607", "P608", "P609"}


@dataclass(frozen=True)
class Allowlist:
    fingerprints: frozenset[tuple[str, str, str]] = frozenset()  # (path, code, fingerprint)
    places: frozenset[str] = frozenset()  # lower-case words that are never personal names
    problems: tuple[Diagnostic, ...] = ()  # why the allow file could not be read
    _keys: frozenset[tuple[str, str]] = field(default=frozenset(), repr=False)

    def allows(self, path: str, code: str, match_text: str) -> bool:
        if (path, code) not in self._keys:  # the slow hash only where an entry could match
            return False
        return (path, code, fingerprint(path, code, match_text)) in self.fingerprints


def fingerprint(path: str, code: str, match_text: str) -> str:
    normalized = _normalize(code, match_text)
    salt = f"praksis-allow-v1\0{path}\0{code}".encode("utf-8")
    return hashlib.pbkdf2_hmac("sha256", normalized.encode("utf-8"), salt, _ITERATIONS).hex()[:24]


def _normalize(code: str, match_text: str) -> str:
    if code in ("P601", "P602"):
        return "".join(ch for ch in match_text if ch.isdigit())
    return "".join(match_text.split()).casefold()


def load_allowlist(root: Path) -> Allowlist:
    file = Path(root) / ALLOW_FILE
    if not file.is_file():
        return Allowlist()
    try:
        data = yaml.safe_load(file.read_text("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        line = getattr(getattr(err, "problem_mark", None), "line", 0) + 1
        return _broken(line, f"{ALLOW_FILE} er ikke gyldig YAML.")
    return _parse(data)


def _parse(data) -> Allowlist:
    if data is None:
        return Allowlist()
    if not isinstance(data, dict) or set(data) - {"fingerprints", "places"}:
        return _broken(1, f"{ALLOW_FILE} må kun have nøglerne 'fingerprints' og 'places'.")
    entries, places = data.get("fingerprints") or [], data.get("places") or []
    if not isinstance(entries, list) or not isinstance(places, list):
        return _broken(1, f"'fingerprints' og 'places' i {ALLOW_FILE} skal være lister.")
    prints = set()
    for number, entry in enumerate(entries, 1):
        if not _valid_entry(entry):
            return _broken(1, f"Post nr. {number} under 'fingerprints' i {ALLOW_FILE} mangler path, code eller "
                              "fingerprint, eller koden er ikke P601-P609.")
        prints.add((str(entry["path"]), str(entry["code"]), str(entry["fingerprint"])))
    keys = frozenset((path, code) for path, code, _ in prints)
    return Allowlist(frozenset(prints), frozenset(str(p).lower() for p in places), (), keys)


def _valid_entry(entry) -> bool:
    return (isinstance(entry, dict) and all(entry.get(k) for k in ("path", "code", "fingerprint"))
            and str(entry["code"]) in _CODES)


def _broken(line: int, message: str) -> Allowlist:
    return Allowlist(problems=(ALLOW_FILE_BROKEN.at(ALLOW_FILE, (line, 1), problem=message),))


def marked_lines(text: str) -> dict[int, frozenset[str] | None]:
    """Line number -> codes the marker allows (None: every code); the marker is the one every rule shares."""
    from ..policy import marked_lines as shared

    return shared(text)
