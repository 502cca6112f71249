"""Run from the wrong place: praksis says so, or finds its knowledge base as git finds its repository."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import REPO
from praksis.cli import main


def test_check_outside_a_knowledge_base_is_a_usage_error_that_says_what_it_looks_for(tmp_path, monkeypatch, capsys):
    (tmp_path / "docs").mkdir()  # a folder named docs is not enough
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert "her er ingen vidensbase" in err and "cases_anonymized/" in err and "--root" in err


@pytest.mark.parametrize("command", [["check"], ["build"], ["scan"]])
def test_a_root_that_is_not_a_knowledge_base_is_refused(tmp_path, command, capsys):
    assert main([*command, "--root", str(tmp_path)]) == 2
    assert "er ikke en vidensbase" in capsys.readouterr().err


def test_check_in_a_subfolder_checks_the_whole_knowledge_base(kb, monkeypatch, capsys):
    kb.edit("cases_anonymized/C-0001-skolefravaer.md", "documents: [underretning]", "documents: [dagbog]")
    monkeypatch.chdir(kb.root / "docs" / "principper")
    assert main(["check"]) == 1
    assert "cases_anonymized/C-0001-skolefravaer.md:7:13: R307" in capsys.readouterr().out


def test_new_in_a_subfolder_writes_into_the_knowledge_base_not_below_the_folder(kb, monkeypatch, capsys):
    monkeypatch.chdir(kb.root / "docs" / "principper")
    assert main(["new", "principle", "--title", "Nyt forslag"]) == 0
    assert capsys.readouterr().out.strip() == "docs/principper/P-0003-nyt-forslag.md"
    assert (kb.root / "docs/principper/P-0003-nyt-forslag.md").is_file()
    assert not (kb.root / "docs/principper/docs").exists()


def test_new_outside_a_knowledge_base_needs_an_explicit_root(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "principle", "--title", "Første"]) == 2
    assert not (tmp_path / "docs").exists()
    assert main(["new", "principle", "--title", "Første", "--root", str(tmp_path)]) == 0  # starts a new base
    assert (tmp_path / "docs/principper/P-0001-foerste.md").is_file()


def test_root_found_through_mkdocs_yml_naming_the_plugin(tmp_path, monkeypatch):
    (tmp_path / "mkdocs.yml").write_text("site_name: X\nplugins:\n  - praksis:   # vidensbasen\n      search: false\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/index.md").write_text("# Forside\n")
    monkeypatch.chdir(tmp_path / "docs")
    assert main(["check"]) == 0


def test_a_clone_made_with_autocrlf_true_keeps_lf_and_passes_the_check(tmp_path):
    if not (REPO / ".git").exists() or shutil.which("git") is None:
        pytest.skip("the repository is not a git checkout")
    clone = tmp_path / "klon"
    done = subprocess.run(["git", "-c", "core.autocrlf=true", "clone", "-q", "--no-hardlinks", str(REPO), str(clone)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    shutil.copy(REPO / ".gitattributes", clone / ".gitattributes")  # as committed once this change lands
    subprocess.run(["git", "-C", str(clone), "-c", "core.autocrlf=true", "rm", "-q", "-r", "--cached", "."],
                   check=True, capture_output=True)
    subprocess.run(["git", "-C", str(clone), "-c", "core.autocrlf=true", "reset", "-q", "--hard"],
                   check=True, capture_output=True)
    crlf = [p for p in (clone / "docs").rglob("*.md") if b"\r\n" in p.read_bytes()]
    assert crlf == []
    assert main(["check", "--root", str(clone)]) == 0


def test_the_crlf_hint_names_the_fix_that_works(kb, capsys):
    rel = "docs/principper/P-0002-forslag.md"
    (kb.root / rel).write_bytes((kb.root / rel).read_bytes().replace(b"\n", b"\r\n"))
    assert main(["check", "--root", str(kb.root)]) == 1
    out = capsys.readouterr().out
    assert "F103" in out and "core.autocrlf" in out and "klon vidensbasen igen" in out
