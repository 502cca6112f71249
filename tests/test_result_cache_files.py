"""The cache between runs lives in .praksis_cache/, is never committed, and never stops a check.

Its folder ignores itself for git. A checkout where it cannot be written (read-only, or the name
taken by a file) is checked all the same, with the same findings. A result is reused only for the
same bytes: the same text in another file, or a file changed back and forth, is read for what it is.
"""

from __future__ import annotations

import time

from praksis.cache import CACHE_DIR, RESULTS, shard_of
from praksis.checks import check_root

from conftest import TODAY

P1 = "docs/principper/P-0001-en-time.md"
C1 = "cases_anonymized/C-0001-skolefravaer.md"


def findings(kb, use_cache=True):
    return [(d.code, d.path, d.line, d.col, d.message) for d in check_root(kb.root, TODAY, use_cache=use_cache)[2]]


def test_the_cache_folder_tells_git_to_ignore_everything_in_it(kb):
    findings(kb)
    assert (kb.root / CACHE_DIR / ".gitignore").read_text() == "*\n"
    assert sorted(p.name for p in (kb.root / CACHE_DIR).iterdir()) == [".gitignore", RESULTS]


def test_a_check_keeps_its_cache_unless_told_not_to(kb):
    kb.check()  # check_root's default, as `praksis check` runs it
    assert list((kb.root / CACHE_DIR / RESULTS).glob("*.pickle"))


def test_a_check_without_the_cache_writes_nothing(kb):
    findings(kb, use_cache=False)
    assert not (kb.root / CACHE_DIR).exists()


def test_a_cache_that_cannot_be_written_changes_nothing_but_speed(kb):
    kb.edit(P1, "methods: [reflekterende-team]", "methods: [yoga]")
    (kb.root / CACHE_DIR).write_text("en fil, ikke en mappe")
    assert findings(kb) == findings(kb) == findings(kb, use_cache=False)
    assert [f[0] for f in findings(kb)] == ["R305"]
    assert (kb.root / CACHE_DIR).read_text() == "en fil, ikke en mappe"


def test_a_file_changed_and_changed_back_is_read_for_what_it_says_each_time(kb):
    assert findings(kb) == []
    kb.edit(P1, "status: adopted", "status: vedtaget")
    assert [f[:3] for f in findings(kb)] == [("M208", P1, 5)]
    kb.edit(P1, "status: vedtaget", "status: adopted")
    assert findings(kb) == []
    kb.edit(P1, "status: adopted", "status: vedtaget")
    assert [f[:3] for f in findings(kb)] == [("M208", P1, 5)]


def test_the_same_bytes_in_two_files_are_two_results(kb):
    findings(kb)
    text = (kb.root / P1).read_text()
    kb.write("docs/principper/P-0001-kopi.md", text)  # the same bytes under another name
    found = findings(kb)
    assert {(code, path) for code, path, *_ in found} == {("M210", P1), ("M210", "docs/principper/P-0001-kopi.md")}
    assert found == findings(kb, use_cache=False)


def test_a_case_view_result_follows_its_case_warm_and_cold(kb):
    kb.edit(C1, "anonymized:", "timeline:\n  - {when: Snart, kind: underretning, text: x}\nanonymized:")
    cold = findings(kb)
    assert [f[:3] for f in cold] == [("T711", C1, 10)]
    assert findings(kb) == cold
    kb.edit(C1, "when: Snart", "when: Uge 1")
    assert findings(kb) == []


def test_a_one_file_edit_rewrites_only_that_files_part_of_the_cache(kb):
    findings(kb)
    shards = lambda: {path.name: path.stat().st_mtime_ns for path in (kb.root / CACHE_DIR / RESULTS).iterdir()}
    before = shards()
    assert len(before) > 1  # the fixture's files fall in several parts
    time.sleep(0.01)
    kb.edit(P1, "status: adopted", "status: vedtaget")
    assert [f[0] for f in findings(kb)] == ["M208"]
    after = shards()
    assert {name for name in after if after[name] != before.get(name)} == {f"{shard_of(P1):02d}.pickle"}


def test_an_old_single_cache_file_is_replaced_by_the_parts(kb):
    (kb.root / CACHE_DIR).mkdir()
    (kb.root / CACHE_DIR / "results.pickle").write_bytes(b"from an earlier praksis")
    findings(kb)
    assert not (kb.root / CACHE_DIR / "results.pickle").exists()
