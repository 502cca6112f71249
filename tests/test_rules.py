"""Rules as objects, as Ruff has them: one registry, explained on demand, selected, set per project, silenced per line."""

from __future__ import annotations

import html
import json
import re

import pytest

from praksis.cli import main
from praksis.rules import REGISTRY

P1 = "docs/principper/P-0001-en-time.md"
C1 = "cases_anonymized/C-0001-skolefravaer.md"


def check(kb, capsys, *args) -> tuple[int, str]:
    code = main(["check", "--root", str(kb.root), *args])
    return code, capsys.readouterr().out


def test_every_rule_has_code_name_severity_message_hint_explanation_and_examples():
    assert len(REGISTRY) >= 60
    names = set()
    for rule in REGISTRY:
        assert re.fullmatch(r"[FMRLKPGTSH]\d{3}", rule.code)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name) and rule.name not in names, rule.code
        names.add(rule.name)
        assert rule.summary and rule.message and rule.hint and rule.explanation, rule.code
        assert rule.wrong and rule.right and rule.wrong != rule.right, rule.code


def test_a_finding_is_made_by_its_rule_with_the_values_filled_in():
    found = REGISTRY["R305"].at("docs/x.md", (3, 4), (3, 8), value="yoga", key="methods")
    assert (found.path, found.line, found.col, found.end, found.code) == ("docs/x.md", 3, 4, (3, 8), "R305")
    assert found.message == "Ukendt metode 'yoga' under 'methods'." and found.severity.value == "error"


def test_praksis_rule_explains_a_rule_in_danish_with_a_wrong_and_a_right_example(capsys):
    assert main(["rule", "R305"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("R305 unknown-method (fejl)")
    assert "Sådan ser fejlen ud:\n\n    methods: [yoga]" in out and "Sådan rettes den:\n\n    methods: [signs-of-safety]" in out
    assert "regler/r305/" in out
    assert main(["rule", "unknown-method"]) == 0 and capsys.readouterr().out == out  # by name too


def test_praksis_rule_lists_every_rule_and_refuses_an_unknown_one(capsys):
    assert main(["rule", "--all"]) == 0
    listing = capsys.readouterr().out
    assert all(rule.code in listing for rule in REGISTRY)
    assert main(["rule", "X999"]) == 2 and "er ikke en regel" in capsys.readouterr().err


def break_two(kb):
    kb.edit(P1, "methods: [reflekterende-team]", "methods: [yoga]")  # R305
    kb.edit(P1, "review_by: 2099-01-01", "review_by: 2020-01-01")  # L405 (warning)


def test_select_and_ignore_choose_what_check_reports(kb, capsys):
    break_two(kb)
    code, out = check(kb, capsys, "--select", "L")
    assert code == 0 and "L405" in out and "R305" not in out
    code, out = check(kb, capsys, "--ignore", "R3,unknown-method")
    assert code == 0 and "R305" not in out and "L405" in out
    code, out = check(kb, capsys, "--select", "R305")
    assert code == 1 and "R305" in out and "L405" not in out


def test_a_rule_that_guards_the_sites_promises_cannot_be_ignored(kb, capsys):
    kb.edit(C1, "Barn A er 11 år.", "Barn A (010203-1234) er 11 år.")
    assert check(kb, capsys, "--ignore", "P601")[0] == 2
    code, out = check(kb, capsys, "--select", "L")  # a selection never hides them
    assert code == 1 and "P601" in out
    assert check(kb, capsys, "--select", "Q9")[0] == 2  # names no rule


def test_project_severities_in_mkdocs_yml_apply_to_check_and_build_alike(kb, capsys, tmp_path):
    break_two(kb)
    kb.edit("mkdocs.yml", "      search: false", "      search: false\n      severity:\n        R305: warning\n"
                                                "        L405: error")
    code, out = check(kb, capsys)
    assert code == 1 and "R305" in out and out.strip().endswith("Fundet: 1 fejl, 1 advarsel.")
    assert main(["build", "--root", str(kb.root), "--out", str(tmp_path / "site")]) == 1  # L405 is an error here
    kb.edit("mkdocs.yml", "        L405: error", "        L405: ignore")
    assert check(kb, capsys) == (0, check(kb, capsys)[1])
    assert "L405" not in check(kb, capsys)[1]
    assert main(["build", "--root", str(kb.root), "--out", str(tmp_path / "site")]) == 0


def test_a_fixed_rule_cannot_be_made_milder_in_mkdocs_yml(kb, capsys, tmp_path):
    kb.edit("mkdocs.yml", "      search: false", "      search: false\n      severity:\n        K505: warning")
    assert main(["check", "--root", str(kb.root)]) == 2
    assert "kan ikke sættes til 'warning'" in capsys.readouterr().err
    import subprocess, sys, os
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--site-dir", str(tmp_path / "s")], cwd=kb.root,
                            capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode != 0 and "kan ikke sættes til 'warning'" in result.stderr


@pytest.mark.parametrize("marker", ["<!-- praksis:tillad K501 -->", "<!-- praksis:tillad -->"])
def test_one_marker_silences_a_finding_of_any_family_on_its_line(kb, capsys, marker):
    kb.edit("docs/index.md", "brug.md#", "brugsanvisning.md#")  # K501 on line 3
    assert "K501" in check(kb, capsys)[1]
    kb.edit("docs/index.md", "(brugsanvisning.md#sådan-gør-du).", f"(brugsanvisning.md#sådan-gør-du). {marker}")
    assert check(kb, capsys) == (0, "Ingen fejl fundet.\n")


def test_the_marker_in_front_matter_and_naming_another_code(kb, capsys):
    kb.edit(P1, "methods: [reflekterende-team]", "methods: [yoga]  # praksis:tillad R305")
    assert check(kb, capsys)[0] == 0
    kb.edit(P1, "# praksis:tillad R305", "# praksis:tillad R306")
    assert "R305" in check(kb, capsys)[1]


def test_a_marker_never_silences_a_rule_that_guards_the_site(kb, capsys):
    kb.edit("docs/brug.md", "Søg efter", '<img src="https://example.invalid/x.png"> <!-- praksis:tillad K505 --> Søg')
    code, out = check(kb, capsys)
    assert code == 1 and "K505" in out


def test_json_output_names_the_rule_and_its_page(kb, capsys):
    kb.edit("docs/index.md", "brug.md#", "brugsanvisning.md#")
    kb.edit("mkdocs.yml", "site_name: Testpraksis", "site_name: Testpraksis\nsite_url: https://praksis.intern/")
    _, out = check(kb, capsys, "--output-format", "json")
    (item,) = json.loads(out)
    target = "brugsanvisning.md#sådan-gør-du"
    assert (item["line"], item["col"], item["end_line"], item["end_col"]) == (3, 45, 3, 45 + len(target))
    assert item["name"] == "broken-link" and item["url"] == "https://praksis.intern/regler/k501/"


def test_every_rule_has_its_page_on_the_site_and_the_guide_links_to_it(kb):
    site = kb.run().site
    pages = site.markdown_by_uri()
    for rule in REGISTRY:
        page = pages[rule.page]
        shown = html.unescape(page)
        assert rule.summary in shown and rule.explanation.split(".")[0] in shown, rule.code
    assert all(f'href="{rule.code.lower()}/"' in pages["regler/index.md"] for rule in REGISTRY)
