"""A check of an unchanged tree replays the last check's findings; any change to what it reads checks again."""

from __future__ import annotations

import builtins
import io
import os
import subprocess
from datetime import date
from pathlib import Path

import pytest

from praksis import cli, pipeline, replay
from praksis.cache import CACHE_DIR
from praksis.files import read_content
from praksis.policy import Policy

from conftest import TODAY

P1 = "docs/principper/P-0001-en-time.md"
C1 = "cases_anonymized/C-0001-skolefravaer.md"


def check(kb, **options):
    return pipeline.check(kb.root, pipeline.Options(**{"today": TODAY, "history": False, **options}))


def found(checked):
    return [(d.code, d.path, d.line, d.message) for d in checked.diagnostics]


@pytest.fixture
def runs(monkeypatch):
    """How many times the whole pipeline ran."""
    count = []
    real = pipeline.run

    def counted(*args, **kwargs):
        count.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "run", counted)
    return count


def test_a_second_check_of_an_unchanged_tree_replays_the_first(kb, runs):
    kb.edit(C1, "Barn A er 11 år.", "Tlf. 22 33 44 55.")
    first = check(kb)
    second = check(kb)
    assert (first.replayed, second.replayed, len(runs)) == (False, True, 1)
    assert found(second) == found(first) and [d.code for d in first.diagnostics] == ["P602"]
    assert second.diagnostics[0].message == first.diagnostics[0].message  # masked as it was printed


def test_a_replayed_check_prints_and_exits_as_the_check_it_replays(kb, capsys):
    kb.edit(P1, "status: adopted", "status: vedtaget")
    argv = ["check", "--root", str(kb.root), "--output-format", "json"]
    first_code, first_out = cli.main(argv), capsys.readouterr().out
    second_code, second_out = cli.main(argv), capsys.readouterr().out
    assert (first_code, second_code) == (1, 1)
    assert second_out == first_out and '"M208"' in first_out


def test_a_changed_content_file_is_checked_again_even_with_the_same_size_and_time(kb, runs):
    assert found(check(kb)) == []
    path = kb.root / P1
    before = path.stat()
    kb.edit(P1, "status: adopted", "status: adoptex")  # the same length
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    again = check(kb)
    assert not again.replayed and [d.code for d in again.diagnostics] == ["M208"]


def _custom_dir(kb):
    kb.edit("mkdocs.yml", "theme:\n", "theme:\n  custom_dir: overrides\n")
    kb.write("overrides/partials/praksis_card.html", "<div></div>\n")


CHANGES = {
    "a new content file": lambda kb: kb.write("docs/ny.md", "# Ny\n"),
    "a removed content file": lambda kb: (kb.root / "docs/brug.md").unlink(),
    "mkdocs.yml": lambda kb: kb.write("mkdocs.yml", (kb.root / "mkdocs.yml").read_text("utf-8") + "# note\n"),
    "the allow file": lambda kb: kb.write(".praksis-allow.yml", "places: []\nfingerprints: []\n"),
    "the synonyms": lambda kb: kb.write("data/synonyms.yml", "synonymer: []\n"),
    "a link among the content": lambda kb: os.symlink(kb.root / P1, kb.root / "docs/genvej.md"),
}


@pytest.mark.parametrize("change", CHANGES, ids=list(CHANGES))
def test_a_change_to_anything_a_check_reads_checks_again(kb, runs, change):
    check(kb)
    assert check(kb).replayed
    CHANGES[change](kb)
    assert not check(kb).replayed
    assert check(kb).replayed  # and is remembered in its turn
    assert len(runs) == 2


def test_a_change_in_the_themes_custom_dir_checks_again(kb, runs):
    _custom_dir(kb)
    check(kb)
    assert check(kb).replayed
    kb.write("overrides/partials/praksis_card.html", "<div>ny</div>\n")
    assert not check(kb).replayed


SETTINGS = {
    "another day": {"today": date(2027, 1, 1)},
    "another selection": {"policy": Policy(select=("P6",))},
    "the staged files": {"staged": True},
}


@pytest.mark.parametrize("setting", SETTINGS, ids=list(SETTINGS))
def test_other_settings_check_again(kb, runs, setting):
    check(kb)
    if setting == "the staged files":
        subprocess.run(["git", "init", "-q", str(kb.root)], check=True)
    assert not check(kb, **SETTINGS[setting]).replayed


def test_new_code_checks_again(kb, runs, monkeypatch):
    check(kb)
    monkeypatch.setattr(replay, "_fingerprint", lambda: "other code")
    assert not check(kb).replayed


def test_what_git_can_tell_is_part_of_the_key(kb, runs):
    check(kb)
    git = ["git", "-C", str(kb.root), "-c", "user.name=T", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], check=True)
    assert check(kb).replayed  # a repository without commits tells nothing more than none
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "første"], check=True)
    assert not check(kb).replayed  # now with a history, which H101 reads


def test_without_the_cache_nothing_is_kept_or_replayed(kb, runs):
    check(kb, use_cache=False)
    check(kb, use_cache=False)
    assert len(runs) == 2 and not (kb.root / CACHE_DIR / "check.pickle").exists()


def test_a_damaged_replay_file_checks_again(kb, runs):
    check(kb)
    (kb.root / CACHE_DIR / "check.pickle").write_bytes(b"not a pickle")
    assert not check(kb).replayed and found(check(kb)) == []


def test_a_committed_replay_file_is_never_read(kb, runs):
    git = ["git", "-C", str(kb.root), "-c", "user.name=T", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], check=True)
    check(kb)
    subprocess.run([*git, "add", "-f", f"{CACHE_DIR}/check.pickle"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "cache"], check=True)
    assert not check(kb).replayed and not check(kb).replayed


def test_a_file_changed_while_the_check_ran_is_not_remembered(kb, monkeypatch):
    real = pipeline.run

    def edited_meanwhile(*args, **kwargs):
        result = real(*args, **kwargs)
        kb.write(".praksis-allow.yml", "places: []\nfingerprints: []\n")
        return result

    monkeypatch.setattr(pipeline, "run", edited_meanwhile)
    check(kb)
    monkeypatch.setattr(pipeline, "run", real)
    assert not check(kb).replayed


def test_every_file_a_check_reads_is_in_its_key(kb, monkeypatch):
    """A file read by the pipeline but left out of the key would let a replay hide a change to it."""
    _custom_dir(kb)
    kb.write(".praksis-allow.yml", "places: []\nfingerprints: []\n")
    kb.write("data/synonyms.yml", "synonymer: []\n")
    root = kb.root.resolve()
    read: set[Path] = set()
    real_open = io.open

    def tracing(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)):
            path = Path(os.path.abspath(file))
            if path.is_relative_to(root) and CACHE_DIR not in path.parts:
                read.add(path)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", tracing)
    monkeypatch.setattr(io, "open", tracing)
    pipeline.run(kb.root, pipeline.Options(today=TODAY, history=False, use_cache=False))
    monkeypatch.undo()
    covered = {root / rel for rel in read_content(root).files}
    covered |= {Path(line.split("\0")[0]).resolve() for line in replay.other_inputs(root, root / "overrides")}
    assert read and read <= covered, sorted(map(str, read - covered))
    assert root / "overrides/partials/praksis_card.html" in covered


def test_the_pure_python_engine_and_other_library_versions_check_again(kb, runs, monkeypatch):
    check(kb)
    monkeypatch.setenv("PRAKSIS_PURE_PYTHON", "1")
    assert not check(kb).replayed
    assert check(kb).replayed
    import importlib.metadata

    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "99" if name == "mkdocs" else real(name))
    assert not check(kb).replayed


def test_every_file_of_the_custom_dir_is_in_the_key_at_every_depth(kb, runs):
    _custom_dir(kb)
    kb.write("overrides/main.html", "{% extends 'base.html' %}\n")
    check(kb)
    for rel in ("overrides/main.html", "overrides/partials/praksis_card.html"):
        assert check(kb).replayed
        kb.write(rel, (kb.root / rel).read_text("utf-8") + "<!-- ændret -->\n")
        assert not check(kb).replayed, rel
