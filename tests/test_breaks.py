"""Behaviour that a one-line change could break without any other test noticing.

Each test names the break it guards against: a stale cache reused, overdue reviews on principles
that are no longer current, a missing-date error on top of an invalid date, unescaped GitHub
annotations, a cache that grows with every rename, the same finding printed twice.
"""

from __future__ import annotations

import pickle

from conftest import TODAY
from praksis import cache as cache_module
from praksis.checks import check_root
from praksis.diagnostics import Diagnostic
from praksis.personal_data import FileScan
from praksis.report import github

P1 = "docs/principper/P-0001-en-time.md"
P2 = "docs/principper/P-0002-forslag.md"
CACHE = ".praksis_cache/results"
BRUG = "docs/brug.md"


def shard(kb, rel: str):
    return kb.root / CACHE / f"{cache_module.shard_of(rel):02d}.pickle"


def codes(kb, use_cache=True):
    return [(d.code, d.path, d.line) for d in check_root(kb.root, TODAY, use_cache=use_cache)[2]]


def tamper(kb, change) -> None:
    path = shard(kb, BRUG)
    version, entries = pickle.loads(path.read_bytes())
    version, entries = change(version, entries)
    path.write_bytes(pickle.dumps((version, entries)))


def fake_finding(entries):
    """A P602 planted in the cached scan result of brug.md."""
    key = next(k for k in entries if k[0].startswith("scan:") and k[1] == "docs/brug.md")
    digest, _ = entries[key]
    entries[key] = (digest, FileScan((Diagnostic("docs/brug.md", 1, 1, "P602", "plantet", ""),)))
    return entries


def test_a_cache_written_by_other_code_is_not_used(kb):
    assert codes(kb) == []
    tamper(kb, lambda version, entries: ("anden-kode", fake_finding(entries)))
    assert codes(kb) == []  # the planted finding was discarded with the cache
    # The same planted result under this code's own version would be used: the version is what protects.
    tamper(kb, lambda version, entries: (cache_module.ResultCache(kb.root)._version, fake_finding(entries)))
    assert codes(kb) == [("P602", "docs/brug.md", 1)]


def test_the_cache_forgets_files_that_are_gone(kb):
    codes(kb)
    kb.write("docs/midlertidig.md", "# Midlertidig\n")
    codes(kb)
    keys = lambda: {rel for path in (kb.root / CACHE).glob("*.pickle")
                    for _, rel in pickle.loads(path.read_bytes())[1]}
    assert "docs/midlertidig.md" in keys()
    (kb.root / "docs/midlertidig.md").unlink()
    kb.edit("docs/brug.md", "Søg efter", "Søg så efter")  # a change, so the cache is written again
    codes(kb)
    assert "docs/midlertidig.md" not in keys() and "docs/brug.md" in keys()


def test_overdue_review_is_reported_only_for_current_practice(kb):
    kb.edit(P2, "status: proposed", "status: retired\ndecided: 2026-02-03\nreview_by: 2020-01-01")
    kb.edit(P1, "review_by: 2099-01-01", "review_by: 2020-01-01")
    assert [c for c in codes(kb) if c[0] == "L405"] == [("L405", P1, 11)]
    card = check_root(kb.root, TODAY)[1].markdown_by_uri()["principper/P-0002-forslag.md"]
    assert "overskredet" not in card


def test_a_proposal_with_an_overdue_review_is_reported_too(kb):
    kb.edit(P2, "status: proposed", "status: proposed\nreview_by: 2020-01-01")
    assert [c for c in codes(kb) if c[0] == "L405"] == [("L405", P2, 6)]


def test_an_invalid_decision_date_is_one_error_not_two(kb):
    kb.edit(P1, "decided: 2026-02-03", "decided: 2026-02-30")
    assert codes(kb) == [("M207", P1, 6)]  # not also L401 'mangler beslutningsdato'


def test_github_annotations_escape_what_would_end_or_split_them():
    weird = Diagnostic("docs/a,b:c%.md", 3, 4, "R305", "100% forkert:\nanden linje\r", "hjælp, med: komma")
    first = github([weird]).splitlines()[0]
    assert first == ("::error file=docs/a%2Cb%3Ac%25.md,line=3,col=4,title=R305::"
                     "R305 100%25 forkert:%0Aanden linje%0D Hjælp: hjælp, med: komma")


def test_the_same_finding_from_two_rules_is_printed_once(kb, monkeypatch):
    from praksis.checks import references

    original = references.check
    twice = Diagnostic(P1, 1, 1, "R301", "dobbelt", "")
    monkeypatch.setattr(references, "check", lambda *stages: [*original(*stages), twice, twice])
    assert codes(kb, use_cache=False) == [("R301", P1, 1)]
