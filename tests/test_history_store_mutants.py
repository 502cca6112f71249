"""The history kept between runs (history_store.py) and the reading of git's log, specified where mutation testing
found them loose: what is read again and when, when the store is written and when it is left alone, which stores
are not trusted, and which of git's records belong to the knowledge base.

`HistoryStore._open.clear()` is what a new process starts with: only the file in .praksis_cache.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import tempfile
from datetime import date
from pathlib import Path

import pytest

from conftest import make_kb
from history_repo import P1, Step, _git, commit, git_calls, new_process
from praksis import history as history_module
from praksis import history_store
from praksis.history import read_history, state_of
from praksis.history_store import HistoryStore

TODAY = date.today()
P2 = "docs/principper/P-0002-forslag.md"
CASE = "cases_anonymized/C-0001-skolefravaer.md"


def store_file(root: Path) -> Path:
    return root / ".praksis_cache" / "history.pickle"


def repo(root: Path, message: str = "Først"):
    """The conftest knowledge base, committed once."""
    kb = make_kb(root)
    _git(kb.root, "init", "-q", "-b", "main")
    commit(kb.root, Step(5, message), TODAY)
    return kb


def head(root: Path) -> str:
    return _git(root, "rev-parse", "HEAD").strip()


def blobs_read(monkeypatch) -> list[str]:
    """The git objects history.py reads from now on (principle versions, earlier wordings)."""
    names = []
    real = history_module._read_blobs

    def recording(root, wanted):
        names.extend(wanted)
        return real(root, wanted)

    monkeypatch.setattr(history_module, "_read_blobs", recording)
    return names


def writes(monkeypatch) -> list[tuple[Path, Path]]:
    """Each file moved into place as the store from now on: (written as, moved to)."""
    moved = []
    real = os.replace

    def recording(source, target):
        if Path(target).name == "history.pickle":
            moved.append((Path(source), Path(target)))
        return real(source, target)

    monkeypatch.setattr(os, "replace", recording)
    return moved


def afresh(root: Path) -> dict:
    """The history read without the store: what a kept one must equal."""
    return summary(read_history(root, keep=False))


def summary(history) -> dict:
    return {path: [(c.commit, c.kind, c.subject, c.status, c.blob) for c in line]
            for path, line in history.changes.items()}


def read_whole(monkeypatch, root: Path):
    """Read the history, checking that the log was read whole, once, and gave what a reading without the store
    gives; returns the history and the log calls, which go on being recorded."""
    logs = git_calls(monkeypatch, "log")
    found = read_history(root)
    assert len(logs) == 1 and ".." not in logs[0][-1]
    assert summary(found) == afresh(root)
    return found, logs


# --- when the store is written ---------------------------------------------------------------------

def test_the_store_is_not_written_again_while_nothing_has_changed(tmp_path, monkeypatch):
    root = repo(tmp_path / "kb").root
    moved = writes(monkeypatch)
    read_history(root)
    assert len(moved) == 1
    read_history(root)  # the same process, the same HEAD
    new_process()
    read_history(root)  # a new process, the same HEAD
    assert len(moved) == 1


def test_the_store_is_written_beside_itself_and_moved_into_place_leaving_nothing_else(tmp_path, monkeypatch):
    root = repo(tmp_path / "kb").root
    moved = writes(monkeypatch)
    read_history(root)
    [(source, target)] = moved
    assert source.parent == target.parent == root / ".praksis_cache"  # one folder: the move is whole or not at all
    assert sorted(p.name for p in (root / ".praksis_cache").iterdir()) == [".gitignore", "history.pickle"]


def test_the_store_is_ignored_by_git(tmp_path):
    root = repo(tmp_path / "kb").root
    read_history(root)
    assert (root / ".praksis_cache" / ".gitignore").read_text() == "*\n"
    assert _git(root, "status", "--porcelain", "--untracked-files=all") == ""


def test_a_history_read_without_keeping_writes_no_store(tmp_path):
    root = repo(tmp_path / "kb").root
    assert read_history(root, keep=False).of(P1)
    assert not (root / ".praksis_cache").exists()


def test_after_a_new_commit_the_store_is_brought_up_to_date_for_the_next_run(tmp_path, monkeypatch):
    kb = repo(tmp_path / "kb")
    read_history(kb.root)
    kb.edit(P1, "review_by: 2099-01-01", "review_by: 2098-01-01")
    commit(kb.root, Step(1, "Ny revisionsdato"), TODAY)
    new_process()
    read_history(kb.root)  # reads the commit since and keeps it, in the folder that is there already
    new_process()
    logs = git_calls(monkeypatch, "log")
    again = read_history(kb.root)
    assert logs == []
    assert summary(again) == afresh(kb.root)
    assert [c.subject for c in again.of(P1)] == ["Først", "Ny revisionsdato"]


def test_a_folder_that_cannot_be_written_leaves_the_history_whole_and_no_store(tmp_path, monkeypatch):
    root = repo(tmp_path / "kb").root

    def read_only(*args, **kwargs):
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    found = read_history(root)
    assert summary(found) == afresh(root) and found.of(P1)
    assert not store_file(root).exists()
    new_process()
    assert summary(read_history(root)) == afresh(root)


def test_a_folder_in_the_way_of_the_store_leaves_the_history_whole(tmp_path):
    root = repo(tmp_path / "kb").root
    (root / ".praksis_cache").write_text("not a folder")  # mkdir fails as on a read-only checkout
    found = read_history(root)
    assert summary(found) == afresh(root) and found.of(P1)


# --- what is read again, and when -------------------------------------------------------------------

def test_a_first_run_reads_the_whole_log_once_and_asks_nothing_about_a_kept_head(tmp_path, monkeypatch):
    root = repo(tmp_path / "kb").root
    logs, ancestry = git_calls(monkeypatch, "log"), git_calls(monkeypatch, "merge-base")
    read_history(root)
    assert len(logs) == 1 and logs[0][-1] == head(root)
    assert ancestry == []


def test_a_new_process_at_the_same_head_reads_no_log_and_no_principle_version(tmp_path, monkeypatch):
    root = repo(tmp_path / "kb").root
    first = summary(read_history(root))
    new_process()
    logs, blobs = git_calls(monkeypatch, "log"), blobs_read(monkeypatch)
    again = read_history(root)
    assert logs == [] and blobs == []
    assert summary(again) == first == afresh(root)
    assert [c.status for c in again.of(P1)] == ["adopted"]


def test_a_new_process_after_a_commit_reads_only_the_principle_versions_it_brought(tmp_path, monkeypatch):
    kb = repo(tmp_path / "kb")
    read_history(kb.root)
    kb.edit(P2, "Tekst", "Ny tekst")
    commit(kb.root, Step(1, "Forslaget omskrevet"), TODAY)
    new_process()
    blobs = blobs_read(monkeypatch)
    found = read_history(kb.root)
    assert blobs == [_git(kb.root, "rev-parse", f"HEAD:{P2}").strip()]
    assert summary(found) == afresh(kb.root)


def test_the_store_of_other_code_is_read_again_whole_and_replaced(tmp_path, monkeypatch):
    root = repo(tmp_path / "kb").root
    monkeypatch.setattr(history_store, "_fingerprint", lambda: "the code before")
    read_history(root)
    new_process()
    monkeypatch.setattr(history_store, "_fingerprint", lambda: "the code after")
    _, logs = read_whole(monkeypatch, root)
    new_process()
    logs.clear()
    read_history(root)
    assert logs == []  # kept again, for the code of now


@pytest.mark.parametrize("content", [
    b"not a pickle at all",
    pickle.dumps(("only", "two")),
    pickle.dumps({"version": "x"}),
    pickle.dumps(__import__("collections").OrderedDict(a=1)),  # a class the store's values never hold
], ids=["damaged", "other-shape", "other-type", "foreign-class"])
def test_a_damaged_or_foreign_store_is_read_as_none_and_replaced(tmp_path, monkeypatch, content):
    root = repo(tmp_path / "kb").root
    store_file(root).parent.mkdir()
    store_file(root).write_bytes(content)
    found, logs = read_whole(monkeypatch, root)
    assert found.of(P1)
    new_process()
    logs.clear()
    read_history(root)
    assert logs == []


def test_a_store_committed_to_git_is_neither_trusted_nor_written(tmp_path, monkeypatch):
    kb = repo(tmp_path / "kb")
    read_history(kb.root)
    _git(kb.root, "add", "-f", ".praksis_cache/history.pickle")
    commit(kb.root, Step(4, "Cachen kom med"), TODAY)
    committed = store_file(kb.root).read_bytes()
    kb.edit(P2, "Tekst", "Ny tekst")
    commit(kb.root, Step(3, "Forslaget omskrevet"), TODAY)
    new_process()
    read_whole(monkeypatch, kb.root)
    assert store_file(kb.root).read_bytes() == committed  # the file git holds is left as it came


def test_the_guards_verdicts_are_kept_per_guard_and_each_guard_judges_a_text_once(tmp_path):
    root = repo(tmp_path / "kb", "Samtale med Mor").root
    judged: dict[str, list[str]] = {"a": [], "b": []}

    def guard(name: str, allowed: bool):
        def judge(text: str) -> bool:
            judged[name].append(text)
            return allowed or "Mor" not in text
        return judge

    assert read_history(root, guard("a", False), "allow-a").of(P1)[0].subject != "Samtale med Mor"
    assert read_history(root, guard("b", True), "allow-b").of(P1)[0].subject == "Samtale med Mor"
    new_process()
    judged["a"].clear(), judged["b"].clear()
    assert read_history(root, guard("a", True), "allow-a").of(P1)[0].subject != "Samtale med Mor"  # kept verdict
    assert read_history(root, guard("b", False), "allow-b").of(P1)[0].subject == "Samtale med Mor"
    assert "Samtale med Mor" not in judged["a"] + judged["b"]
    assert HistoryStore.open(root).verdicts("allow-a") == {"Samtale med Mor": False}
    assert HistoryStore.open(root).verdicts("allow-b") == {"Samtale med Mor": True}


# --- git's log records: names, dates, renames --------------------------------------------------------

def test_each_change_names_its_commit_and_the_files_version_in_full(tmp_path):
    kb = repo(tmp_path / "kb")
    kb.edit(P1, "review_by: 2099-01-01", "review_by: 2098-01-01")
    commit(kb.root, Step(1, "Ny revisionsdato"), TODAY)
    [created, changed] = read_history(kb.root, keep=False).of(P1)
    assert changed.commit == head(kb.root) and created.commit == _git(kb.root, "rev-parse", "HEAD~1").strip()
    assert changed.blob == _git(kb.root, "rev-parse", f"HEAD:{P1}").strip()  # not a short name that may clash
    assert len(changed.commit) == len(changed.blob) == 40
    assert changed.when == Step(1, "").when(TODAY) and changed.when.utcoffset() is not None
    assert read_history(kb.root, keep=False).head == head(kb.root)
    [case] = read_history(kb.root, keep=False).of(CASE)  # a case is told apart from a principle, named the same
    assert case.commit == created.commit and case.blob == _git(kb.root, "rev-parse", f"HEAD:{CASE}").strip()
    assert created.before == changed.before == case.before == ""  # no earlier wording: nothing was amended


def test_a_rename_is_followed_where_git_is_set_not_to_detect_renames(tmp_path):
    kb = repo(tmp_path / "kb")
    _git(kb.root, "config", "diff.renames", "false")
    new = "docs/principper/P-0002-genogram.md"
    (kb.root / P2).rename(kb.root / new)
    commit(kb.root, Step(1, "Nyt navn"), TODAY)
    found = read_history(kb.root, keep=False)
    assert [c.subject for c in found.of(new)] == ["Først", "Nyt navn"]
    assert P2 not in found.changes


def test_one_commit_that_adds_renames_changes_and_deletes_gives_each_file_its_own_change(tmp_path):
    kb = repo(tmp_path / "kb")
    new_name, added = "docs/principper/P-0002-nyt-navn.md", "docs/om-os.md"
    (kb.root / P2).rename(kb.root / new_name)
    kb.write(added, "# Om os\n")
    kb.edit(P1, "review_by: 2099-01-01", "review_by: 2098-01-01")
    (kb.root / CASE).unlink()
    commit(kb.root, Step(1, "Alt på en gang"), TODAY)
    found = read_history(kb.root, keep=False)
    assert [(c.kind, c.subject) for c in found.of(new_name)] == [("created", "Først"), ("changed", "Alt på en gang")]
    assert [(c.kind, c.subject) for c in found.of(added)] == [("created", "Alt på en gang")]
    assert [c.subject for c in found.of(P1)] == ["Først", "Alt på en gang"]
    assert found.of(new_name)[-1].blob == _git(kb.root, "rev-parse", f"HEAD:{new_name}").strip()
    assert found.of(added)[-1].blob == _git(kb.root, "rev-parse", f"HEAD:{added}").strip()
    assert set(found.changes) == {"docs/index.md", "docs/brug.md", "docs/moeder/M-2026-02-03.md", P1, new_name,
                                  added}  # the deleted case and the old name have no history of their own


def test_names_with_spaces_and_danish_letters_are_read_as_written(tmp_path):
    kb = repo(tmp_path / "kb")
    odd = "docs/sager og noter/Æbler på ø.md"
    kb.write(odd, "# Æbler\n")
    commit(kb.root, Step(1, "Æbler på ø"), TODAY)
    found = read_history(kb.root, keep=False)
    assert [(c.kind, c.subject) for c in found.of(odd)] == [("created", "Æbler på ø")]


def test_only_files_below_docs_and_cases_anonymized_have_a_history(tmp_path):
    kb = repo(tmp_path / "kb")
    for outside in ["README.md", "docs-arkiv/gammel.md", "cases/C-0009.md", "scripts/docs/x.md",
                    "cases_anonymized_old/C-0001.md"]:
        kb.write(outside, "# Udenfor\n")
    commit(kb.root, Step(1, "Filer udenfor vidensbasen"), TODAY)
    found = read_history(kb.root, keep=False)
    assert all(path.startswith(("docs/", "cases_anonymized/")) for path in found.changes)
    assert found.of(P1) and found.of(CASE)
    assert "Filer udenfor vidensbasen" not in {c.subject for line in found.changes.values() for c in line}


def test_a_file_moved_in_from_outside_begins_its_history_with_the_move(tmp_path):
    kb = repo(tmp_path / "kb")
    kb.write("kladder/ny-sag.md", "# Ny sag\n\nTekst.\n")
    commit(kb.root, Step(3, "Kladde"), TODAY)
    kb.edit("kladder/ny-sag.md", "Tekst.", "Tekst om sagen.")
    commit(kb.root, Step(2, "Kladde rettet"), TODAY)
    (kb.root / "cases_anonymized/C-0009-ny-sag.md").write_bytes((kb.root / "kladder/ny-sag.md").read_bytes())
    (kb.root / "kladder/ny-sag.md").unlink()
    commit(kb.root, Step(1, "Sagen flyttet ind"), TODAY)
    found = read_history(kb.root, keep=False)
    assert [(c.kind, c.subject) for c in found.of("cases_anonymized/C-0009-ny-sag.md")] == [("created", "Sagen flyttet ind")]
    assert not any(path.startswith("kladder/") for path in found.changes)


def test_a_file_moved_out_leaves_no_history_outside_and_a_new_file_of_its_name_starts_afresh(tmp_path):
    kb = repo(tmp_path / "kb")
    (kb.root / "arkiv").mkdir()
    (kb.root / CASE).rename(kb.root / "arkiv/C-0001.md")
    commit(kb.root, Step(3, "Sagen arkiveret"), TODAY)
    kb.write(CASE, "---\nid: C-0001\ntitle: En anden sag\n---\n\nNy tekst.\n")
    commit(kb.root, Step(2, "En ny sag under det gamle navn"), TODAY)
    found = read_history(kb.root, keep=False)
    assert not any(path.startswith("arkiv/") for path in found.changes)
    assert [(c.kind, c.subject) for c in found.of(CASE)] == [("created", "En ny sag under det gamle navn")]


def test_a_commit_without_a_message_or_without_content_files_is_read_with_the_rest(tmp_path):
    kb = repo(tmp_path / "kb")
    kb.edit(P1, "review_by: 2099-01-01", "review_by: 2098-01-01")
    _git(kb.root, "add", "-A")
    _git(kb.root, "commit", "-q", "--allow-empty-message", "-m", "")
    kb.write("README.md", "# Læs mig\n")
    commit(kb.root, Step(0, "Kun README"), TODAY)
    found = read_history(kb.root, keep=False)
    assert [c.subject for c in found.of(P1)] == ["Først", ""]
    assert found.of(P1)[-1].commit == _git(kb.root, "rev-parse", "HEAD~1").strip()


def test_a_principle_version_without_a_status_or_meeting_has_them_empty(tmp_path):
    kb = repo(tmp_path / "kb")
    kb.write("docs/principper/P-0009-kladde.md", "---\nid: P-0009\ntitle: Kladde\nsummary: Endnu intet.\n---\n\nTekst.\n")
    commit(kb.root, Step(1, "En kladde"), TODAY)
    found = read_history(kb.root, keep=False)
    [draft] = found.of("docs/principper/P-0009-kladde.md")
    assert (draft.kind, draft.status, draft.meeting) == ("created", "", "")
    [proposal] = found.of(P2)
    assert (proposal.status, proposal.meeting) == ("proposed", "")


def test_after_history_is_rewritten_nothing_of_the_dropped_commits_is_kept(tmp_path, monkeypatch):
    kb = repo(tmp_path / "kb")
    kb.write("docs/om-os.md", "# Om os\n")
    kb.edit(P1, "review_by: 2099-01-01", "review_by: 2098-01-01")
    commit(kb.root, Step(3, "Om os og en ny dato"), TODAY)
    read_history(kb.root)
    _git(kb.root, "reset", "-q", "--hard", "HEAD~1")
    kb.edit(P2, "Tekst", "Ny tekst")
    commit(kb.root, Step(2, "Forslaget omskrevet"), TODAY)
    new_process()
    found, logs = read_whole(monkeypatch, kb.root)
    assert "docs/om-os.md" not in found.changes and [c.subject for c in found.of(P1)] == ["Først"]
    new_process()
    assert summary(read_history(kb.root)) == afresh(kb.root)


def test_a_file_renamed_to_the_name_of_one_moved_out_keeps_only_its_own_history(tmp_path):
    kb = repo(tmp_path / "kb")
    (kb.root / "arkiv").mkdir()
    (kb.root / CASE).rename(kb.root / "arkiv/C-0001.md")
    commit(kb.root, Step(4, "Sagen arkiveret"), TODAY)
    other = "cases_anonymized/C-0002-samvaer.md"
    kb.write(other, "---\nid: C-0002\ntitle: Samvær\n---\n\nTekst om samvær.\n")
    commit(kb.root, Step(3, "En anden sag"), TODAY)
    (kb.root / other).rename(kb.root / CASE)
    commit(kb.root, Step(2, "Den anden sag får det gamle navn"), TODAY)
    found = read_history(kb.root, keep=False)
    assert [(c.kind, c.subject) for c in found.of(CASE)] == [("created", "En anden sag"),
                                                             ("changed", "Den anden sag får det gamle navn")]
    assert all(isinstance(path, str) and path.startswith(("docs/", "cases_anonymized/")) for path in found.changes)
    assert other not in found.changes


def test_what_git_can_tell_is_none_outside_git_and_before_the_first_commit_and_full_after(tmp_path):
    kb = make_kb(tmp_path / "kb")
    assert state_of(kb.root) == "none"
    _git(kb.root, "init", "-q", "-b", "main")
    assert state_of(kb.root) == "none" and read_history(kb.root).state == "none"
    commit(kb.root, Step(1, "Først"), TODAY)
    assert state_of(kb.root) == "full"


def test_a_file_name_that_is_not_utf8_does_not_stop_the_history(tmp_path):
    kb = repo(tmp_path / "kb")
    with open(os.fsencode(kb.root / "docs") + b"/\xe6ble.md", "wb") as handle:  # a Latin-1 name
        handle.write("# Æble\n".encode())
    commit(kb.root, Step(1, "Et navn fra en anden tid"), TODAY)
    found = read_history(kb.root, keep=False)
    assert [c.subject for c in found.of(P1)] == ["Først"]
    assert [c.subject for c in found.of("docs/\ufffdble.md")] == ["Et navn fra en anden tid"]


def test_a_shallow_clone_names_its_head_and_shows_no_changes(tmp_path):
    kb = repo(tmp_path / "kb")
    kb.edit(P1, "review_by: 2099-01-01", "review_by: 2098-01-01")
    commit(kb.root, Step(1, "Ny revisionsdato"), TODAY)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{kb.root}", str(clone)], check=True)
    found = read_history(clone)
    assert (found.state, found.head, found.of(P1)) == ("shallow", head(kb.root), [])
