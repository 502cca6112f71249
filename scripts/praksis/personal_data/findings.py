"""A finding of the guard: where personal data is, which rule, and its masked description.

The raw match stays in memory only (for fingerprints); everything that is
printed goes through `masked`, so no output format can leak the data.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    start: int  # offset in the scanned text
    end: int
    code: str  # P601..P609
    masked: str  # Danish description without the data itself

    def raw(self, text: str) -> str:
        return text[self.start:self.end]


def digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def length_note(value: str) -> str:
    """'5 tegn' or '2 ord, 11 tegn': enough to find it, too little to read it."""
    words = value.split()
    chars = sum(len(w) for w in words)
    return f"{chars} tegn" if len(words) < 2 else f"{len(words)} ord, {chars} tegn"
