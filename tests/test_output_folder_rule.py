"""The one rule for where a build may write, asked directly: which folders it accepts, which it refuses, and why.

A build replaces the folder it is given. It may do so only when the folder is missing, empty or
built by praksis (it holds the marker file). The knowledge base's
own folders are protected wherever they really are, also when docs/ is a link to another place.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from praksis.cli import main
from praksis.output_folder import MARKER, OutputFolderError, check_output_folder, mark


def refusal(root: Path, target: Path, option: str = "--out") -> str:
    with pytest.raises(OutputFolderError) as refused:
        check_output_folder(root, target, option)
    return str(refused.value)


def test_a_new_folder_is_accepted_as_its_real_absolute_path(kb, tmp_path, monkeypatch):
    (tmp_path / "rigtig").mkdir()
    (tmp_path / "genvej").symlink_to(tmp_path / "rigtig", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    assert check_output_folder(kb.root, Path("ny")) == (tmp_path / "ny").resolve()
    # a folder below a linked folder is named by where it really is
    assert check_output_folder(kb.root, Path("genvej/site")) == (tmp_path / "rigtig" / "site").resolve()


def test_an_empty_folder_and_a_folder_praksis_built_are_accepted(kb, tmp_path):
    empty = tmp_path / "tom"
    empty.mkdir()
    assert check_output_folder(kb.root, empty) == empty.resolve()
    built = tmp_path / "bygget"
    built.mkdir()
    (built / "index.html").write_text("<p>gammelt site</p>")
    mark(built)  # as a build leaves it
    assert check_output_folder(kb.root, built) == built.resolve()


def test_a_marker_that_is_a_folder_does_not_make_a_folder_praksis_own(kb, tmp_path):
    fake = tmp_path / "falsk"
    (fake / MARKER).mkdir(parents=True)
    (fake / "vigtig.docx").write_text("x")
    assert "findes, er ikke tom og er ikke bygget af praksis" in refusal(kb.root, fake)


def test_a_folder_holding_only_a_hidden_file_is_not_empty(kb, tmp_path):
    folder = tmp_path / "skjult"
    folder.mkdir()
    (folder / ".noter").write_text("mine")
    assert "er ikke tom" in refusal(kb.root, folder)


def test_a_link_is_refused_even_to_an_empty_folder_and_the_hint_names_the_option(kb, tmp_path):
    (tmp_path / "tom").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "tom", target_is_directory=True)
    message = refusal(kb.root, tmp_path / "link", "--tree")
    assert message == (f"Mappen {tmp_path / 'link'} er et symbolsk link; intet er skrevet eller slettet. "
                       "Angiv selve mappen med --tree, ikke et link til den.")


def test_a_refusal_says_what_to_choose_instead_with_the_option_used(kb, tmp_path):
    message = refusal(kb.root, kb.root / "docs", "site_dir")
    assert message.startswith(f"Mappen {kb.root / 'docs'} ligger i vidensbasens mappe docs/; intet er skrevet")
    assert f"Vælg en ny eller tom mappe med site_dir, fx {kb.root.resolve() / 'site'}." in message


def test_a_file_is_refused_as_a_file_and_the_option_is_out_unless_another_is_named(kb, tmp_path):
    file = tmp_path / "site"
    file.write_text("x")
    with pytest.raises(OutputFolderError) as refused:
        check_output_folder(kb.root, file)
    assert str(refused.value) == f"Mappen {file} er en fil, ikke en mappe; intet er skrevet eller slettet. " \
                                 "Vælg en mappe med --out."


def test_a_folder_praksis_builds_holds_a_note_saying_it_will_be_replaced(kb, tmp_path):
    tree = tmp_path / "trae"
    assert main(["build", "--root", str(kb.root), "--tree", str(tree)]) == 0
    note = (tree / MARKER).read_text("utf-8")
    assert "Bygget af praksis." in note and "erstattes" in note and note.endswith("\n")
    assert check_output_folder(kb.root, tree, "--tree") == tree.resolve()  # and so it may be built again


@pytest.fixture
def linked_docs(kb, tmp_path):
    """A knowledge base whose docs/ is a link to a folder elsewhere (as on a shared drive)."""
    elsewhere = tmp_path / "drev" / "indhold"
    elsewhere.parent.mkdir()
    (kb.root / "docs").rename(elsewhere)
    (kb.root / "docs").symlink_to(elsewhere, target_is_directory=True)
    return elsewhere


def test_the_real_place_of_linked_content_is_protected_as_content(kb, linked_docs):
    inside = linked_docs / "principper"
    assert "ligger i vidensbasens mappe docs/" in refusal(kb.root, inside)
    assert "indeholder vidensbasens mappe docs/" in refusal(kb.root, linked_docs.parent)
    assert sorted(p.name for p in linked_docs.iterdir()) == ["brug.md", "index.md", "moeder", "principper"]


def test_the_folders_around_the_knowledge_base_are_refused_for_what_they_are(kb, tmp_path, monkeypatch):
    home = tmp_path / "hjem"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for target, reason in [(Path("/"), "er filsystemets rod"), (home, "er din hjemmemappe"),
                           (kb.root, "er vidensbasens rodmappe"), (tmp_path, "indeholder vidensbasen"),
                           (kb.root / "cases_anonymized" / "ny", "ligger i vidensbasens mappe cases_anonymized/"),
                           (kb.root / ".git" / "site", "ligger i vidensbasens mappe .git/")]:
        assert refusal(kb.root, target).startswith(f"Mappen {target} {reason}; intet er skrevet eller slettet. ")


def test_the_build_command_refuses_before_checking_and_changes_nothing(kb, tmp_path, capsys):
    kb.write("docs/principper/P-0003-brudt.md", "---\nid: P-0003\ntitle: [\n---\n")  # the check would fail
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "vigtig.docx").write_text("x")
    assert main(["build", "--root", str(kb.root), "--out", str(mine)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"praksis: Mappen {mine} findes, er ikke tom og er ikke bygget af praksis;")
    assert "praksis erstatter kun mapper, det selv har bygget" in err
    assert "M202" not in err  # refused before the content was checked
    assert [p.name for p in mine.iterdir()] == ["vigtig.docx"]
