"""Where a build may write: nothing praksis did not build is ever deleted.

One rule for `praksis build --out`, `praksis build --tree` and a plain `mkdocs build`: the target
must be missing, empty, or a folder praksis built itself (it holds the marker file).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import make_kb
from praksis.cli import main
from praksis.output_folder import MARKER

OPTIONS = ["--out", "--tree"]


def build(kb, option: str, target: Path | str, capsys=None) -> int:
    return main(["build", "--root", str(kb.root), option, str(target)])


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("option", OPTIONS)
def test_a_folder_with_other_files_is_refused_and_left_as_it_was(kb, tmp_path, option, capsys):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "vigtig.docx").write_text("x")
    assert build(kb, option, mine) == 2
    err = capsys.readouterr().err
    assert "er ikke tom og er ikke bygget af praksis" in err and "intet er skrevet eller slettet" in err
    assert snapshot(mine) == {"vigtig.docx": b"x"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kb", "mine"]  # no staging folder left behind


@pytest.mark.parametrize("option", OPTIONS)
@pytest.mark.parametrize("where,reason", [
    ("docs", "ligger i vidensbasens mappe docs/"),
    ("docs/principper", "ligger i vidensbasens mappe docs/"),
    ("cases_anonymized", "ligger i vidensbasens mappe cases_anonymized/"),
    (".", "er vidensbasens rodmappe"),
    ("..", "indeholder vidensbasen"),
    (".git", "ligger i vidensbasens mappe .git/"),
])
def test_the_knowledge_base_and_what_holds_it_are_refused_even_if_marked(kb, option, where, reason, capsys):
    (kb.root / ".git").mkdir()
    target = (kb.root / where)
    target.mkdir(exist_ok=True)
    (target / MARKER).write_text("forfalsket")  # a marker never unlocks these
    before = snapshot(kb.root.parent)
    assert build(kb, option, target) == 2
    assert reason in capsys.readouterr().err
    assert snapshot(kb.root.parent) == before


@pytest.mark.parametrize("option", OPTIONS)
def test_the_file_system_root_is_refused_without_a_traceback(kb, option, capsys):
    assert build(kb, option, "/") == 2
    err = capsys.readouterr().err
    assert "er filsystemets rod" in err and "Traceback" not in err


@pytest.mark.parametrize("option", OPTIONS)
def test_the_home_folder_is_refused(kb, tmp_path, monkeypatch, option, capsys):
    home = tmp_path / "hjem"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    assert build(kb, option, home) == 2  # even empty
    assert "er din hjemmemappe" in capsys.readouterr().err


@pytest.mark.parametrize("option", OPTIONS)
def test_a_file_and_a_link_are_refused(kb, tmp_path, option, capsys):
    file = tmp_path / "fil.txt"
    file.write_text("x")
    assert build(kb, option, file) == 2
    assert file.read_text() == "x"
    elsewhere = tmp_path / "andet"
    elsewhere.mkdir()
    (tmp_path / "link").symlink_to(elsewhere, target_is_directory=True)
    assert build(kb, option, tmp_path / "link") == 2
    assert "er et symbolsk link" in capsys.readouterr().err
    assert (tmp_path / "link").is_symlink()


@pytest.mark.parametrize("option", OPTIONS)
def test_a_missing_or_empty_folder_is_built_marked_and_then_replaced(kb, tmp_path, option):
    empty = tmp_path / "tom"
    empty.mkdir()
    assert build(kb, option, empty) == 0
    assert (empty / MARKER).is_file()
    new = tmp_path / "ny" / "site"
    assert build(kb, option, new) == 0 and (new / MARKER).is_file()
    assert build(kb, option, new) == 0  # its own folder, as it wrote it: replaced whole
    assert (new / MARKER).is_file()


@pytest.mark.parametrize("option", OPTIONS)
@pytest.mark.parametrize("added", [".git/config", ".htaccess", "noter/mine.txt"])
def test_a_folder_praksis_built_is_refused_once_someone_added_to_it(kb, tmp_path, option, added, capsys):
    site = tmp_path / "site"
    assert build(kb, option, site) == 0
    (site / added).parent.mkdir(parents=True, exist_ok=True)
    (site / added).write_text("deploy")
    assert build(kb, option, site) == 2
    assert added in capsys.readouterr().err and (site / added).read_text() == "deploy"


def test_a_file_praksis_wrote_and_someone_changed_is_not_overwritten(kb, tmp_path, capsys):
    site = tmp_path / "site"
    assert build(kb, "--out", site) == 0
    (site / "index.html").write_text("min egen forside")
    assert build(kb, "--out", site) == 2
    assert "index.html" in capsys.readouterr().err and (site / "index.html").read_text() == "min egen forside"


def test_the_default_site_folder_is_refused_when_someone_else_put_files_there(kb, capsys):
    site = kb.root / "site"
    site.mkdir()
    (site / "noter.txt").write_text("mine")
    assert main(["build", "--root", str(kb.root)]) == 2
    assert (site / "noter.txt").read_text() == "mine"


def test_a_site_built_to_and_then_built_over_by_a_tree_follows_the_one_rule(kb, tmp_path):
    target = tmp_path / "ud"
    assert build(kb, "--out", target) == 0
    assert build(kb, "--tree", target) == 0  # praksis built it: it may replace it
    assert (target / "mkdocs.yml").is_file() and not (target / "index.html").exists()


def mkdocs_build(root: Path, site_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site_dir)], cwd=root,
                          capture_output=True, text=True, env=env)


def test_plain_mkdocs_build_follows_the_same_rule(kb, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "vigtig.docx").write_text("x")
    result = mkdocs_build(kb.root, mine)
    assert result.returncode != 0 and "er ikke tom og er ikke bygget af praksis" in result.stderr
    assert snapshot(mine) == {"vigtig.docx": b"x"}
    fresh = tmp_path / "frisk"
    assert mkdocs_build(kb.root, fresh).returncode == 0 and (fresh / MARKER).is_file()
    assert mkdocs_build(kb.root, fresh).returncode == 0  # built by praksis' plugin: replaced


def test_plain_mkdocs_build_never_publishes_content_the_check_refused(kb, tmp_path):
    kb.edit("cases_anonymized/C-0001-skolefravaer.md", "Barn A er 11 år.", "Barn A (010203-1234) er 11 år.")
    site = tmp_path / "site"
    result = mkdocs_build(kb.root, site)  # not --strict: the plugin must stop it by itself
    assert result.returncode != 0 and "Sitet er ikke bygget" in result.stderr
    assert "010203-1234" not in result.stderr
    assert not (site / "sager").exists()


def test_a_docs_dir_other_than_docs_is_refused_by_the_plugin(kb, tmp_path):
    shutil.copytree(kb.root / "docs", kb.root / "andet")
    kb.edit("mkdocs.yml", "site_name: Testpraksis", "site_name: Testpraksis\ndocs_dir: andet")
    result = mkdocs_build(kb.root, tmp_path / "site")
    assert result.returncode != 0 and "docs_dir i mkdocs.yml skal være 'docs'" in result.stderr


def test_the_readme_says_what_out_accepts():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    assert MARKER in readme and "--out" in readme
