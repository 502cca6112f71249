"""The per-file cache speeds up a second run but never changes its result."""

from __future__ import annotations

from praksis.cache import CACHE_DIR, RESULTS
from praksis.checks import check_root

from conftest import TODAY

P1 = "docs/principper/P-0001-en-time.md"


def codes(kb, use_cache=True):
    _, _, diagnostics = check_root(kb.root, TODAY, use_cache=use_cache)
    return [(d.code, d.path, d.line, d.message) for d in diagnostics]


def test_a_warm_run_reports_exactly_what_a_cold_run_reports(kb):
    kb.edit(P1, "methods: [reflekterende-team]", "methods: [yoga]")
    kb.edit("cases_anonymized/C-0001-skolefravaer.md", "Barn A er 11 år.", "Tlf. 22 33 44 55.")
    cold = codes(kb)
    assert list((kb.root / CACHE_DIR / RESULTS).glob("*.pickle"))
    assert codes(kb) == cold == codes(kb, use_cache=False)


def test_an_edited_file_is_read_again(kb):
    assert codes(kb) == []
    kb.edit(P1, "status: adopted", "status: vedtaget")
    assert [c[0] for c in codes(kb)] == ["M208"]
    kb.edit(P1, "status: vedtaget", "status: adopted")
    assert codes(kb) == []


def test_a_changed_allow_file_rescans(kb):
    kb.edit("docs/brug.md", "Søg efter", "Tlf. 22 33 44 55. Søg efter")
    assert [c[0] for c in codes(kb)] == ["P602"]
    kb.write(".praksis-allow.yml", "places: []\nfingerprints: []\n")
    assert [c[0] for c in codes(kb)] == ["P602"]


def test_a_damaged_cache_is_ignored(kb):
    codes(kb)
    for shard in (kb.root / CACHE_DIR / RESULTS).glob("*.pickle"):
        shard.write_bytes(b"not a pickle")
    assert codes(kb) == []


def test_a_cached_entry_still_sees_the_rest_of_the_knowledge_base_change(kb):
    # C-0001 is unchanged, so its references come from the cache; P-0001 disappearing must still show.
    assert codes(kb) == []
    (kb.root / P1).unlink()
    found = {(code, path) for code, path, _, _ in codes(kb)}
    assert ("R301", "cases_anonymized/C-0001-skolefravaer.md") in found
    assert codes(kb) == codes(kb, use_cache=False)


def test_a_case_view_error_is_reported_at_the_same_line_warm_and_cold(kb):
    kb.edit("cases_anonymized/C-0001-skolefravaer.md", "anonymized:",
            "timeline:\n  - when: 3. marts 2026\n    kind: underretning\n    text: Skolen skriver.\nanonymized:")
    cold = codes(kb)
    assert [(c[0], c[2]) for c in cold] == [("T712", 10)]
    assert codes(kb) == cold == codes(kb, use_cache=False)


def test_a_warm_run_reads_no_file_name_again(kb, monkeypatch):
    from praksis import personal_data

    kb.write("docs/sager/Mette-Hansen.md", "# Side\n")
    cold = codes(kb)
    assert ("P606", "docs/sager/*****-******.md") in [(c[0], c[1]) for c in cold]

    def again(*args, **kwargs):
        raise AssertionError("the file names were scanned again")

    monkeypatch.setattr(personal_data, "scan_names", again)
    assert codes(kb) == cold  # the names' findings came from the cache
    kb.write("docs/sager/Jens-Olsen.md", "# Ny\n")
    monkeypatch.undo()
    assert len(codes(kb)) == len(cold) + 1  # a new file name is read
