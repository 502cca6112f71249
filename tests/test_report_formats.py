"""The same findings in each output format: text for people, json for tools, github for pull requests.

Every format names each finding's path, line, column, code, message and hint, and says by severity
what was found: errors and warnings counted in good Danish, information counted only when there is some.
"""

from __future__ import annotations

import json

import pytest

from praksis.cli import main
from praksis.diagnostics import Diagnostic, Severity
from praksis.report import render

ERROR = Diagnostic("docs/principper/P-0001-x.md", 9, 11, "R305", "Ukendt metode 'yoga' under 'methods'.",
                   "Se listen over metoder på sitet.")
WARNING = Diagnostic("docs/principper/P-0001-x.md", 11, 1, "L405", "Revisionsdatoen 2020-01-01 er overskredet.",
                     "Tag princippet op.", severity=Severity.WARNING)
INFO = Diagnostic("docs/links.md", 3, 2, "K503", "Eksternt link: https://example.invalid/a", "", severity=Severity.INFO)


def test_text_gives_each_finding_on_one_line_and_its_hint_below_only_when_there_is_one():
    assert render([ERROR, INFO], "text").split("\n") == [
        "docs/principper/P-0001-x.md:9:11: R305 Ukendt metode 'yoga' under 'methods'.",
        "  hjælp: Se listen over metoder på sitet.",
        "docs/links.md:3:2: K503 Eksternt link: https://example.invalid/a",
        "Fundet: 1 fejl, 0 advarsler, 1 til orientering.",
    ]


@pytest.mark.parametrize("found,summary", [
    ([], "Ingen fejl fundet."),
    ([ERROR], "Fundet: 1 fejl, 0 advarsler."),
    ([ERROR, ERROR], "Fundet: 2 fejl, 0 advarsler."),
    ([WARNING], "Fundet: 0 fejl, 1 advarsel."),
    ([WARNING, WARNING, ERROR], "Fundet: 1 fejl, 2 advarsler."),
    ([INFO], "Fundet: 0 fejl, 0 advarsler, 1 til orientering."),
    ([INFO, INFO, WARNING], "Fundet: 0 fejl, 1 advarsel, 2 til orientering."),
])
def test_the_last_line_counts_what_was_found_by_severity(found, summary):
    assert render(found, "text").split("\n")[-1] == summary
    assert render(found, "github").split("\n")[-1] == summary


def test_json_lists_every_field_of_every_finding_with_danish_letters_as_they_are():
    out = render([ERROR, WARNING, INFO], "json")
    assert "metoder på sitet" in out and "\\u" not in out
    fields = ("path", "line", "col", "code", "severity", "message", "hint")
    assert [{key: item[key] for key in fields} for item in json.loads(out)] == [
        {"path": d.path, "line": d.line, "col": d.col, "code": d.code, "severity": severity,
         "message": d.message, "hint": d.hint}
        for d, severity in ((ERROR, "error"), (WARNING, "warning"), (INFO, "info"))]
    assert json.loads(render([], "json")) == []


def test_github_annotates_each_line_with_the_level_of_its_severity():
    lines = render([ERROR, WARNING, INFO], "github").split("\n")
    assert lines == [
        "::error file=docs/principper/P-0001-x.md,line=9,col=11,title=R305::"
        "R305 Ukendt metode 'yoga' under 'methods'. Hjælp: Se listen over metoder på sitet.",
        "::warning file=docs/principper/P-0001-x.md,line=11,col=1,title=L405::"
        "L405 Revisionsdatoen 2020-01-01 er overskredet. Hjælp: Tag princippet op.",
        "::notice file=docs/links.md,line=3,col=2,title=K503::K503 Eksternt link: https://example.invalid/a",
        "Fundet: 1 fejl, 1 advarsel, 1 til orientering.",
    ]


def test_an_external_link_alone_is_information_and_the_check_passes_even_when_strict(kb, capsys):
    kb.edit("docs/brug.md", "Søg efter", "Se [loven](https://www.retsinformation.dk). Søg efter")
    assert main(["check", "--root", str(kb.root), "--strict"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("docs/brug.md:5:") and " K503 " in out[0]
    assert out[-1] == "Fundet: 0 fejl, 0 advarsler, 1 til orientering."


@pytest.mark.parametrize("output_format", ["text", "json", "github"])
def test_every_format_reports_the_same_finding_and_fails_the_same_way(kb, capsys, output_format):
    kb.edit("docs/principper/P-0001-en-time.md", "legal: [bl-20]", "legal: [bl-999]")
    assert main(["check", "--root", str(kb.root), "--output-format", output_format]) == 1
    out = capsys.readouterr().out
    assert "R306" in out and "bl-999" in out and "docs/principper/P-0001-en-time.md" in out
