"""A diagnostic: one finding of a check, where it is, what it says, and how much it weighs.

Findings are made by the rules (rules/), never written here; this module only holds the
value and the few questions asked of a list of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


DANISH = {Severity.ERROR: "fejl", Severity.WARNING: "advarsel", Severity.INFO: "info"}


@dataclass(frozen=True)
class Diagnostic:
    path: str  # POSIX path relative to the knowledge-base root
    line: int  # 1-based; 1 when the whole file is meant
    col: int  # 1-based
    code: str
    message: str
    hint: str = ""
    end_line: int = 0  # where the finding ends, when known (0: where it starts)
    end_col: int = 0
    severity: Severity = Severity.ERROR

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.col, self.code, self.message)

    @property
    def end(self) -> tuple[int, int]:
        return (self.end_line, self.end_col) if self.end_line else (self.line, self.col)


def count_by_severity(diagnostics: list[Diagnostic]) -> dict[Severity, int]:
    counts = {severity: 0 for severity in Severity}
    for diagnostic in diagnostics:
        counts[diagnostic.severity] += 1
    return counts


def fails(diagnostics: list[Diagnostic], strict: bool) -> bool:
    """Errors always fail; warnings fail only in strict mode; info never."""
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    return any(d.severity in failing for d in diagnostics)
