"""`praksis check --staged`: the content as the next commit will hold it, read from git's index.

The pre-commit hook checks what is about to be committed, not what happens to be in the work tree.
Hidden files are not content there either, and a link staged in a content folder is refused at its path.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from praksis.cli import main

P1 = "docs/principper/P-0001-en-time.md"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(root, *args):
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)


@pytest.fixture
def repo(kb):
    git(kb.root, "init", "-q")
    git(kb.root, "add", "-A")
    return kb


def check(kb, capsys, *args):
    code = main(["check", "--root", str(kb.root), *args])
    return code, capsys.readouterr().out.splitlines()


def test_the_index_is_checked_not_the_work_tree(repo, capsys):
    repo.edit(P1, "status: adopted", "status: vedtaget")
    git(repo.root, "add", P1)
    repo.edit(P1, "status: vedtaget", "status: adopted")  # put right, but not staged
    code, lines = check(repo, capsys, "--staged")
    assert code == 1 and lines[0].startswith(f"{P1}:5:1: M208 ")
    assert check(repo, capsys) == (0, ["Ingen fejl fundet."])


def test_a_file_not_yet_staged_is_not_part_of_the_next_commit(repo, capsys):
    repo.write("docs/principper/P-0003-kladde.md", "---\nid: P-0003\ntitle: [ikke lukket\n---\n")
    assert check(repo, capsys, "--staged") == (0, ["Ingen fejl fundet."])
    assert check(repo, capsys)[0] == 1


def test_hidden_staged_files_are_not_content_and_the_rest_is_still_read(repo, capsys):
    repo.write("docs/.udkast/P-0009-halvt.md", "---\nid: P-0009\ntitle: [ikke lukket\n---\n")
    repo.write("cases_anonymized/.noter.txt", "kladde\n")
    git(repo.root, "add", "-A")
    assert check(repo, capsys, "--staged") == (0, ["Ingen fejl fundet."])
    repo.edit("docs/moeder/M-2026-02-03.md", "forum: teammoede", "forum: fredagsbar")  # sorted after the hidden
    git(repo.root, "add", "-A")
    code, lines = check(repo, capsys, "--staged")
    assert code == 1 and lines[0].startswith("docs/moeder/M-2026-02-03.md:4:1: R308 ")


def test_a_staged_link_is_refused_at_its_path(repo, capsys, tmp_path):
    (tmp_path / "ude.md").write_text("# Udefra\n")
    os.symlink(tmp_path / "ude.md", repo.root / "docs" / "ude.md")
    git(repo.root, "add", "docs/ude.md")
    code, lines = check(repo, capsys, "--staged")
    assert code == 1 and lines[0].startswith("docs/ude.md:1:1: F108 Et symbolsk link")
