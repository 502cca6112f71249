"""`praksis scan`: files, the staged versions, the whole git history, and the pre-commit hook."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from praksis.personal_data import main, register

REPO = Path(__file__).resolve().parents[1]
CPR = "030315-1234"
CASE = "---\nid: C-0001\ntitle: Sag\n---\nBarn A er 11 år.\n"


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    for key, value in {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
                       "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}.items():
        monkeypatch.setenv(key, value)
    root = tmp_path / "kb"
    (root / "cases_anonymized").mkdir(parents=True)  # what makes a folder a knowledge base
    git(root, "init", "-q")
    return root


def write(root: Path, rel: str, text: str) -> Path:
    (root / "cases_anonymized").mkdir(parents=True, exist_ok=True)  # what makes a folder a knowledge base
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def commit(root: Path, message: str) -> str:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)
    return git(root, "rev-parse", "HEAD").strip()


def scan(capsys, *args: str) -> tuple[int, str]:
    code = main(["scan", *args])
    return code, capsys.readouterr().out


# --- the work tree ----------------------------------------------------------

def test_without_paths_it_scans_every_text_file_of_the_knowledge_base(tmp_path, capsys):
    write(tmp_path, "docs/index.md", "# Forside\n")
    write(tmp_path, "docs/noter.txt", f"CPR {CPR}\n")
    write(tmp_path, "cases_anonymized/C-0001-sag.md", CASE + "Mors tlf. 23456789.\n")
    write(tmp_path, "docs/billede.png", "\x00PNG binary 030315-1234")
    write(tmp_path, "scripts/fixture.py", f"CPR = '{CPR}'\n")  # not part of the knowledge base
    code, out = scan(capsys, "--root", str(tmp_path))
    assert code == 1
    assert "docs/noter.txt:1:5: P601" in out
    assert "cases_anonymized/C-0001-sag.md:6:11: P602" in out
    assert "docs/billede.png:1:1: P608" in out  # a file the guard cannot read is never passed unread
    assert "fixture" not in out
    assert CPR not in out and "23456789" not in out


def test_a_clean_knowledge_base_exits_0(tmp_path, capsys):
    write(tmp_path, "cases_anonymized/C-0001-sag.md", CASE)
    assert scan(capsys, "--root", str(tmp_path)) == (0, "Ingen fejl fundet.\n")


def test_paths_narrow_the_scan_and_a_missing_path_is_a_usage_error(tmp_path, capsys, monkeypatch):
    write(tmp_path, "docs/a.md", f"CPR {CPR}\n")
    write(tmp_path, "docs/b.md", "Ren tekst.\n")
    monkeypatch.chdir(tmp_path)
    assert scan(capsys, "docs/b.md")[0] == 0
    assert scan(capsys, "docs/a.md")[0] == 1
    assert scan(capsys, "docs/findes-ikke.md")[0] == 2


def test_a_folder_path_scans_the_files_below_it_but_not_hidden_ones(tmp_path, capsys, monkeypatch):
    write(tmp_path, "docs/principper/gammel/a.md", f"CPR {CPR}\n")
    write(tmp_path, "docs/principper/.a.md.swp", f"CPR {CPR}\n")
    write(tmp_path, "docs/principper/.udkast/b.md", f"CPR {CPR}\n")
    monkeypatch.chdir(tmp_path)
    code, out = scan(capsys, "docs/principper")
    assert code == 1 and out.count("P601") == 1 and "docs/principper/gammel/a.md:1:5: P601" in out


def test_json_and_github_output_are_masked_too(tmp_path, capsys):
    write(tmp_path, "docs/a.md", f"Mette Hansen har CPR {CPR}.\n")
    code, out = scan(capsys, "--root", str(tmp_path), "--output-format", "json")
    assert code == 1 and {d["code"] for d in json.loads(out)} == {"P601", "P606"}
    code, out = scan(capsys, "--root", str(tmp_path), "--output-format", "github")
    assert "::error file=docs/a.md,line=1" in out
    for output in (out,):
        assert CPR not in output and "Mette" not in output and "Hansen" not in output


def test_show_fingerprints_prints_lines_for_the_allow_file_without_the_data(tmp_path, capsys):
    write(tmp_path, "docs/a.md", "Forfatteren hedder Mette.\n")
    code, out = scan(capsys, "--root", str(tmp_path), "--show-fingerprints")
    assert code == 1 and "Mette" not in out
    entry = next(line for line in out.splitlines() if line.startswith("  - "))
    (tmp_path / ".praksis-allow.yml").write_text("fingerprints:\n" + entry.split("  #")[0] + "\n", "utf-8")
    assert scan(capsys, "--root", str(tmp_path))[0] == 0


def test_a_malformed_allow_file_is_reported_and_fails_the_scan(tmp_path, capsys):
    write(tmp_path, "docs/a.md", "Ren tekst.\n")
    (tmp_path / ".praksis-allow.yml").write_text("fingerprints: [unclosed\n", "utf-8")
    code, out = scan(capsys, "--root", str(tmp_path))
    assert code == 1 and ".praksis-allow.yml:2:1: P600" in out  # the line where YAML gave up


def test_register_adds_the_scan_command_to_another_parser(tmp_path):
    parser = argparse.ArgumentParser(prog="praksis")
    register(parser.add_subparsers())
    args = parser.parse_args(["scan", "--staged", "--root", str(tmp_path), "--output-format", "json"])
    assert args.staged and args.output_format == "json" and callable(args.run)
    with pytest.raises(SystemExit) as exit_:
        parser.parse_args(["scan", "--staged", "--history"])
    assert exit_.value.code == 2


# --- git: the index and the history -----------------------------------------

def test_staged_scans_the_index_not_the_work_tree(repo, capsys):
    write(repo, "cases_anonymized/C-0001-sag.md", CASE + f"CPR {CPR}\n")
    git(repo, "add", "-A")
    write(repo, "cases_anonymized/C-0001-sag.md", CASE)  # cleaned in the work tree, not yet staged
    write(repo, "docs/kladde.md", f"CPR {CPR}\n")  # not staged at all
    code, out = scan(capsys, "--staged", "--root", str(repo))
    assert code == 1
    assert "cases_anonymized/C-0001-sag.md:6:5: P601" in out and "kladde" not in out
    git(repo, "add", "cases_anonymized")
    assert scan(capsys, "--staged", "--root", str(repo))[0] == 0


def test_staged_outside_a_git_repository_is_a_usage_error(tmp_path, capsys):
    assert scan(capsys, "--staged", "--root", str(tmp_path))[0] == 2


def test_history_finds_a_cpr_number_that_was_removed_later(repo, capsys):
    write(repo, "cases_anonymized/C-0001-sag.md", CASE + f"CPR {CPR}\n")
    leaked = commit(repo, "add case")
    write(repo, "cases_anonymized/C-0001-sag.md", CASE)
    commit(repo, "remove the CPR number")
    assert scan(capsys, "--root", str(repo))[0] == 0  # the work tree is clean
    code, out = scan(capsys, "--history", "--root", str(repo))
    assert code == 1
    assert f"{leaked[:12]}:cases_anonymized/C-0001-sag.md:6:5: P601 CPR-nummer ******-**34" in out
    assert CPR not in out


def test_history_scans_each_blob_once_and_names_the_commit_that_added_it(repo, capsys):
    write(repo, "docs/a.md", "Mette var her.\n")
    first = commit(repo, "one")
    write(repo, "docs/b.md", "Ren tekst.\n")  # a.md's blob is unchanged in the next commit
    commit(repo, "two")
    code, out = scan(capsys, "--history", "--root", str(repo))
    assert code == 1
    assert out.count("P606") == 1 and f"{first[:12]}:docs/a.md" in out


# --- the pre-commit hook ----------------------------------------------------

def test_the_pre_commit_hook_stops_a_commit_with_personal_data(repo):
    git(repo, "config", "core.hooksPath", str(REPO / "scripts" / "hooks"))
    env = {**os.environ, "PRAKSIS_PYTHON": sys.executable}
    write(repo, "cases_anonymized/C-0001-sag.md", CASE + f"CPR {CPR}\n")
    git(repo, "add", "-A")
    result = subprocess.run(["git", "-C", str(repo), "commit", "-q", "-m", "leak"], capture_output=True, text=True,
                            env=env)
    assert result.returncode != 0
    output = result.stdout + result.stderr  # git hands a hook's output to stderr
    assert "P601" in output and "Commit stoppet" in output and CPR not in output
    write(repo, "cases_anonymized/C-0001-sag.md", CASE)
    git(repo, "add", "-A")
    subprocess.run(["git", "-C", str(repo), "commit", "-q", "-m", "clean"], check=True, env=env)


def test_the_shipped_knowledge_base_scans_clean_from_the_command_line(capsys):
    assert scan(capsys, "--root", str(REPO)) == (0, "Ingen fejl fundet.\n")


def test_scan_root_gives_praksis_check_the_findings_of_the_whole_knowledge_base(tmp_path):
    from praksis.personal_data import scan_root

    write(tmp_path, "docs/a.md", f"CPR {CPR}\n")
    (tmp_path / ".praksis-allow.yml").write_text("places: [Lund]\n", "utf-8")
    assert [(d.path, d.code) for d in scan_root(tmp_path)] == [("docs/a.md", "P601")]
    (tmp_path / ".praksis-allow.yml").write_text("- not a mapping\n", "utf-8")
    assert [d.code for d in scan_root(tmp_path)] == ["P600", "P601"]
