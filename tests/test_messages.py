"""Messages a caseworker can act on: the cause first and at its line, in Danish, in good Danish."""

from __future__ import annotations

import re

import pytest

from praksis.cli import main

P1 = "docs/principper/P-0001-en-time.md"
C1 = "cases_anonymized/C-0001-skolefravaer.md"
ENGLISH = re.compile(r"\b(found|expected|while|scanning|token|constructor|could not|mapping|scalar|stream|"
                     r"indentation|alias|character|document)\b", re.IGNORECASE)


def check_output(kb, capsys, *args) -> tuple[int, list[str]]:
    code = main(["check", "--root", str(kb.root), *args])
    return code, capsys.readouterr().out.splitlines()


def test_one_yaml_error_gives_one_message_at_its_line_and_no_follow_on_errors(kb, capsys):
    # P-0001 is named by a case, a meeting, a proposal and two [[...]] references.
    kb.edit(P1, "title: Sparring varer højst en time", 'title: "Sparring varer højst en time')
    code, lines = check_output(kb, capsys)
    assert code == 1
    assert lines[0] == f"{P1}:3:8: M202 Front matter er ikke gyldig YAML: et anførselstegn åbnes her, men lukkes aldrig."
    assert lines[-1] == "Fundet: 1 fejl, 0 advarsler."


def test_a_file_that_could_not_be_read_comes_before_findings_in_files_sorted_earlier(kb, capsys):
    kb.edit(C1, "documents: [underretning]", "documents: [dagbog]")  # cases_anonymized/ sorts first
    kb.write("docs/principper/P-0003-x.md", "---\nid: P-0003\ntitle: [x\n---\n")
    _, lines = check_output(kb, capsys)
    assert lines[0].startswith("docs/principper/P-0003-x.md:3:8: M202")
    assert lines[2].startswith(f"{C1}:7:13: R307")


@pytest.mark.parametrize("yaml_text,line,col,words", [
    ('title: "ikke lukket', 3, 8, "anførselstegn"),
    ("title: 'ikke lukket", 3, 8, "anførselstegn"),
    ("\ttitle: Tabulator", 3, 1, "tabulator"),
    ("title: !ukendt x", 3, 8, "YAML-mærke"),
    ("title: !!python/object:os.system x", 3, 8, "YAML-mærke"),
    ("title: a: b", 3, 9, "kolon"),
    ("ics: [a, b", 3, 6, "liste"),
    ("ics: {a: b", 3, 6, "gruppe"),
    ("title: %x", 3, 8, "'%'"),
    ("title: @x", 3, 8, "'@'"),
    ("title: `x`", 3, 8, "'`'"),
    ("title: *anker", 3, 8, "&-anker"),
    ('title: "a\\qb"', 3, 10, "\\-kode"),
    ("? [a]\n: b", 3, 3, "nøgle"),
    ("ics:\n  - a\n - b", 5, 2, "indrykningen"),
    ("title: !!int abc", 3, 8, "int"),
])
def test_yaml_errors_are_explained_in_danish_at_their_place(kb, capsys, yaml_text, line, col, words):
    kb.write("docs/principper/P-0003-x.md", f"---\nid: P-0003\n{yaml_text}\n---\nTekst.\n")
    _, lines = check_output(kb, capsys)
    message = lines[0]
    assert message.startswith(f"docs/principper/P-0003-x.md:{line}:{col}: M202 "), message
    assert words in message
    assert not ENGLISH.search(message.split(": M202 ", 1)[1]), message


def test_an_old_name_and_a_display_name_get_different_messages(kb, capsys):
    kb.edit(C1, "ics: [sundhedsforhold, trygt-omsorgsmiljoe]", "ics: [Følelsesmæssig varme, Trygt omsorgsmiljø]")
    _, lines = check_output(kb, capsys)
    old, label = [line for line in lines if ": R3" in line]
    assert "R309 'Følelsesmæssig varme' er en forældet betegnelse (2007-2018)" in old
    assert "R313 'Trygt omsorgsmiljø' er navnet, ikke nøglen" in label
    assert "svarer til 'Trygt omsorgsmiljø'" not in "\n".join(lines)


def test_counts_and_articles_are_good_danish(kb, capsys):
    kb.edit(P1, "review_by: 2099-01-01", "review_by: 2020-01-01")
    _, lines = check_output(kb, capsys)
    assert lines[-1] == "Fundet: 0 fejl, 1 advarsel."
    kb.edit(P1, "review_by: 2020-01-01", "review_by: 2099-01-01")
    kb.edit("docs/moeder/M-2026-02-03.md", "decisions: [P-0001]", "decisions: [C-0001]")
    _, lines = check_output(kb, capsys)
    assert any("men C-0001 er en sag." in line for line in lines), lines
    kb.write("cases_anonymized/C-0002 forkert.md", "---\nid: C-0002\n---\n")
    _, lines = check_output(kb, capsys)
    assert any("passer ikke til en sag." in line for line in lines), lines


@pytest.mark.parametrize("command", ["check", "build"])
def test_a_mkdocs_yml_not_saved_as_utf8_is_explained_in_danish(kb, capsys, command):
    config = kb.root / "mkdocs.yml"
    config.write_bytes(config.read_text("utf-8").replace("Testpraksis", "Testprøve").encode("latin-1"))
    assert main([command, "--root", str(kb.root)]) == 2
    err = capsys.readouterr().err
    assert "mkdocs.yml kunne ikke læses: filen er ikke gemt som UTF-8" in err and "codec" not in err


def test_a_yaml_mistake_in_mkdocs_yml_is_explained_in_danish_at_its_place(kb, capsys):
    kb.edit("mkdocs.yml", "site_name: Testpraksis", 'site_name: Test: "praksis')
    assert main(["check", "--root", str(kb.root)]) == 2
    err = capsys.readouterr().err
    assert "mkdocs.yml:1:16 kunne ikke læses: et kolon står et sted hvor det ikke må" in err
    assert "mapping values" not in err
