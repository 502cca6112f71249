"""`praksis check`: exit codes, Ruff-style text, json and github output."""

from __future__ import annotations

import gc
import json
import subprocess
import sys

import pytest

from praksis.cli import main

P1 = "docs/principper/P-0001-en-time.md"


def run(kb, *args, capsys):
    code = main(["check", "--root", str(kb.root), *args])
    return code, capsys.readouterr().out


def test_clean_knowledge_base_exits_0(kb, capsys):
    code, out = run(kb, capsys=capsys)
    assert code == 0 and out.strip() == "Ingen fejl fundet."


def test_errors_exit_1_with_path_line_col_code_message_and_hint(kb, capsys):
    kb.edit(P1, "methods: [reflekterende-team]", "methods: [yoga]")
    code, out = run(kb, capsys=capsys)
    lines = out.splitlines()
    assert code == 1
    assert lines[0] == f"{P1}:9:11: R305 Ukendt metode 'yoga' under 'methods'."
    assert lines[1].startswith("  hjælp: ")
    assert lines[-1] == "Fundet: 1 fejl, 0 advarsler."


def test_warnings_fail_only_with_strict(kb, capsys):
    kb.edit(P1, "review_by: 2099-01-01", "review_by: 2020-01-01")
    assert run(kb, capsys=capsys)[0] == 0
    assert run(kb, "--strict", capsys=capsys)[0] == 1


def test_diagnostics_are_sorted_by_path_then_line(kb, capsys):
    kb.edit(P1, "owner: Faglig koordinator", "ower: x")
    kb.edit(P1, "methods: [reflekterende-team]", "methods: [yoga]")
    kb.edit("cases_anonymized/C-0001-skolefravaer.md", "documents: [underretning]", "documents: [x]")
    _, out = run(kb, capsys=capsys)
    located = [line.split(": ")[0] for line in out.splitlines() if not line.startswith(("  ", "Fundet"))]
    assert located == ["cases_anonymized/C-0001-skolefravaer.md:7:13", f"{P1}:9:11", f"{P1}:12:1"]


def test_json_output_is_a_list_of_objects(kb, capsys):
    kb.edit(P1, "legal: [bl-20]", "legal: [bl-999]")
    code, out = run(kb, "--output-format", "json", capsys=capsys)
    (item,) = json.loads(out)
    assert code == 1
    assert item == {"path": P1, "line": 10, "col": 9, "end_line": 10, "end_col": 9, "code": "R306",
                    "name": "unknown-law", "severity": "error",
                    "message": "Ukendt lovhenvisning 'bl-999' under 'legal'.",
                    "hint": "Brug en nøgle som bl-20 (Barnets lov § 20); se 'Lovgrundlag'.",
                    "url": "regler/r306/"}


def test_github_output_is_workflow_annotations(kb, capsys):
    kb.edit(P1, "review_by: 2099-01-01", "review_by: 2020-01-01")
    _, out = run(kb, "--output-format", "github", capsys=capsys)
    assert out.splitlines()[0].startswith(f"::warning file={P1},line=11,col=1,title=L405::L405 ")


@pytest.mark.parametrize("args,says", [
    (["check", "--output-format", "xml"], "praksis: fejl i kommandoen: argument --output-format: ugyldigt valg"),
    (["bogus"], "praksis: fejl i kommandoen: argument"),
    ([], "brug: praksis"),
])
def test_usage_errors_exit_2_and_say_what_is_wrong(args, says, capsys):
    with pytest.raises(SystemExit) as exit_info:
        code = main(args)
        raise SystemExit(code)
    assert exit_info.value.code == 2
    captured = capsys.readouterr()
    assert says in captured.err + captured.out


def test_a_subcommands_usage_line_says_brug_once(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--output-format", "xml"])
    assert capsys.readouterr().err.startswith("brug: praksis check [-h]")


def test_missing_root_is_a_usage_error(tmp_path, capsys):
    assert main(["check", "--root", str(tmp_path / "findes-ikke")]) == 2
    assert capsys.readouterr().err == f"praksis: mappen {tmp_path / 'findes-ikke'} findes ikke.\n"


def test_the_command_in_its_own_process_skips_the_collection_at_exit_but_a_library_call_keeps_gc(kb, capsys):
    assert main(["check", "--root", str(kb.root)]) == 0
    assert gc.isenabled() and gc.get_freeze_count() == 0
    probe = ("import gc, sys; from praksis.__main__ import main; sys.argv = ['praksis', 'check', '--root', sys.argv[1]]; "
             "code = main(); print(code, gc.isenabled(), gc.get_freeze_count() > 0)")
    done = subprocess.run([sys.executable, "-c", probe, str(kb.root)], capture_output=True, text=True, check=True)
    assert done.stdout.split()[-3:] == ["0", "False", "True"]
