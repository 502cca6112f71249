"""Diagnostics for people and for machines: text (Ruff style), json, github."""

from __future__ import annotations

import json

from .diagnostics import Diagnostic, Severity, count_by_severity
from .rules import REGISTRY

FORMATS = ("text", "json", "github")
_DANISH = {Severity.ERROR: "fejl", Severity.WARNING: "advarsel", Severity.INFO: "info"}
_GITHUB = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(diagnostics: list[Diagnostic], output_format: str, site_url: str | None = None) -> str:
    if output_format == "json":
        return as_json(diagnostics, site_url)
    return {"text": text, "github": github}[output_format](diagnostics)


def text(diagnostics: list[Diagnostic]) -> str:
    lines = []
    for d in diagnostics:
        lines.append(f"{d.path}:{d.line}:{d.col}: {d.code} {d.message}")
        if d.hint:
            lines.append(f"  hjælp: {d.hint}")
    lines.append(summary(diagnostics))
    return "\n".join(lines)


def summary(diagnostics: list[Diagnostic]) -> str:
    counts = count_by_severity(diagnostics)
    if not any(counts.values()):
        return "Ingen fejl fundet."
    warnings = counts[Severity.WARNING]
    parts = [f"{counts[Severity.ERROR]} fejl", f"{warnings} {'advarsel' if warnings == 1 else 'advarsler'}"]
    if counts[Severity.INFO]:
        parts.append(f"{counts[Severity.INFO]} til orientering")
    return "Fundet: " + ", ".join(parts) + "."


def as_json(diagnostics: list[Diagnostic], site_url: str | None = None) -> str:
    """A list of findings with start and end, and the address of the rule's page (absolute with site_url)."""
    return json.dumps([{"path": d.path, "line": d.line, "col": d.col, "end_line": d.end[0], "end_col": d.end[1],
                        "code": d.code, "name": _name(d.code), "severity": d.severity.value, "message": d.message,
                        "hint": d.hint, "url": rule_url(d.code, site_url)}
                       for d in diagnostics], ensure_ascii=False, indent=2)


def rule_url(code: str, site_url: str | None = None) -> str:
    page = f"regler/{code.lower()}/"
    return (site_url.rstrip("/") + "/" + page) if site_url else page


def _name(code: str) -> str:
    rule = REGISTRY.rules.get(code)
    return rule.name if rule else ""


def github(diagnostics: list[Diagnostic]) -> str:
    """GitHub workflow commands; the pull request shows them on the lines they name."""
    lines = []
    for d in diagnostics:
        message = f"{d.code} {d.message}" + (f" Hjælp: {d.hint}" if d.hint else "")
        lines.append(f"::{_GITHUB[d.severity]} file={_escape_property(d.path)},line={d.line},col={d.col},"
                     f"title={d.code}::{_escape_data(message)}")
    lines.append(summary(diagnostics))
    return "\n".join(lines)


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")
