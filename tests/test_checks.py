"""Every check code: one small fault that triggers it, at the right file and line.

Each case breaks the valid fixture knowledge base in one place and expects
exactly that code at that path and line; the untouched fixture is clean.
"""

from __future__ import annotations

import pytest

from praksis.rules import REGISTRY as RULES

P1 = "docs/principper/P-0001-en-time.md"
P2 = "docs/principper/P-0002-forslag.md"
C1 = "cases_anonymized/C-0001-skolefravaer.md"
M1 = "docs/moeder/M-2026-02-03.md"


FAMILY = """\
family:
  persons:
    - {id: barn-a, role: Barn A, sex: m, age: 11, focus: true}
    - {id: mor, role: Mor, sex: f, age: 38}
  relations:
    - {type: parent, parent: mor, child: barn-a}
  household: [barn-a, mor]
"""


def family(kb, old: str = "", new: str = "") -> None:
    """Give the fixture case a family (lines 9-15), optionally with one change."""
    kb.edit(C1, "anonymized:", FAMILY.replace(old, new) + "anonymized:")


def found(kb):
    _, _, diagnostics = kb.check()
    return {(d.code, d.path, d.line) for d in diagnostics}


def test_the_fixture_knowledge_base_is_clean(kb):
    _, _, diagnostics = kb.check()
    assert diagnostics == []


def _bytes(kb, rel, data):
    kb.write(rel, data)


def _link(kb, rel, target):
    target.mkdir(parents=True, exist_ok=True)
    (target / "side.md").write_text("# Udefra\n")
    (kb.root / rel).symlink_to(target, target_is_directory=True)


SYNONYMS = "data/synonyms.yml"
CASES = [
    # (code, breaking step, expected path, expected line)
    ("F101", lambda kb: _bytes(kb, P2, "---\nid: P-0002\n---\nS\xf8ren\n".encode("latin-1")), P2, 4),
    ("F102", lambda kb: _bytes(kb, P2, b"\xef\xbb\xbf" + (kb.root / P2).read_bytes()), P2, 1),
    ("F103", lambda kb: _bytes(kb, P2, (kb.root / P2).read_bytes().replace(b"\n", b"\r\n")), P2, 1),
    ("F104", lambda kb: kb.write(P2, "\n  \n"), P2, 1),
    ("F105", lambda kb: kb.write("docs/principper/P-0003-billede.md", b"\x89PNG\x00\x00"),
     "docs/principper/P-0003-billede.md", 1),
    ("F106", lambda kb: kb.write("docs/principper/p3 forkert navn.md", "---\nid: P-0003\n---\n"),
     "docs/principper/p3 forkert navn.md", 1),
    ("F107", lambda kb: kb.write("docs/ics/index.md", "# Min egen ICS-side\n"), "docs/ics/index.md", 1),
    ("F108", lambda kb: _link(kb, "docs/ekstern", kb.root.parent / "ekstern"), "docs/ekstern", 1),
    ("F109", lambda kb: kb.write("docs/principper/P-0016-x.markdown", "---\nid: P-0016\nstatus: bogus\n---\n[[P-9999]]\n"),
     "docs/principper/P-0016-x.markdown", 1),
    ("F110", lambda kb: kb.write("docs/liste.md", "# Liste\n\n" + "\n".join("    " * i + "- punkt" for i in range(30))),
     "docs/liste.md", 24),
    ("M201", lambda kb: kb.write(P2, "Ingen front matter her.\n"), P2, 1),
    ("M202", lambda kb: kb.edit(P2, "summary: Sagsejer viser et genogram.", "summary: [ikke lukket"), P2, 4),
    ("M203", lambda kb: kb.write(P2, "---\n- bare\n- en liste\n---\nTekst\n"), P2, 2),
    ("M204", lambda kb: kb.edit(P2, "summary: Sagsejer viser et genogram.\n", ""), P2, 1),
    ("M205", lambda kb: kb.edit(P1, "onboarding: true", "onboarding: ja"), P1, 13),
    ("M206", lambda kb: kb.edit(P1, "owner: Faglig koordinator", "ower: Faglig koordinator"), P1, 12),
    ("M207", lambda kb: kb.edit(P1, "review_by: 2099-01-01", "review_by: 2099-02-30"), P1, 11),
    ("M208", lambda kb: kb.edit(P2, "status: proposed", "status: godkendt"), P2, 5),
    ("M209", lambda kb: kb.edit(P2, "id: P-0002", "id: P-0007"), P2, 2),
    ("M210", lambda kb: kb.write("docs/principper/P-0002-kopi.md", (kb.root / P2).read_text()), P2, 2),
    ("M211", lambda kb: kb.edit(P2, "id: P-0002", "id: P-2"), P2, 2),
    ("M212", lambda kb: kb.edit(P2, "status: proposed", "status: proposed\nstatus: proposed"), P2, 6),
    ("M213", lambda kb: kb.edit(P2, "summary: Sagsejer viser et genogram.",
                                "summary: Skriv én sætning om, hvad teamet foreslår."), P2, 4),
    ("R301", lambda kb: kb.edit(C1, "principles: [P-0001]", "principles: [P-0001, P-0042]"), C1, 8),
    ("R302", lambda kb: kb.edit(C1, "principles: [P-0001]", "principles: [M-2026-02-03]"), C1, 8),
    ("R303", lambda kb: kb.edit(P2, "Tekst om", "Se [[C-0404]] og"), P2, 9),
    ("R304", lambda kb: kb.edit(C1, "ics: [sundhedsforhold, trygt-omsorgsmiljoe]",
                                "ics:\n  - sundhedsforhold\n  - trivsel"), C1, 7),
    ("R305", lambda kb: kb.edit(P1, "methods: [reflekterende-team]", "methods: [yoga]"), P1, 9),
    ("R306", lambda kb: kb.edit(P1, "legal: [bl-20]", "legal: [bl-999]"), P1, 10),
    ("R307", lambda kb: kb.edit(C1, "documents: [underretning]", "documents: [dagbog]"), C1, 7),
    ("R308", lambda kb: kb.edit(M1, "forum: teammoede", "forum: fredagsbar"), M1, 4),
    ("R309", lambda kb: kb.edit(C1, "ics: [sundhedsforhold, trygt-omsorgsmiljoe]",
                                "ics: [sundhedsforhold, Følelsesmæssig varme]"), C1, 5),
    ("R312", lambda kb: kb.edit(P2, "Tekst om", "Se [[p-0001]] og"), P2, 9),
    ("R314", lambda kb: kb.edit(M1, "Vi vedtog [[P-0001]].", "Vi drøftede [[C-0001]]."), M1, 10),
    ("R313", lambda kb: kb.edit(C1, "ics: [sundhedsforhold, trygt-omsorgsmiljoe]",
                                "ics: [sundhedsforhold, Trygt omsorgsmiljø]"), C1, 5),
    ("R310", lambda kb: kb.edit(P2, "related: [P-0001]", "related: [P-0002]"), P2, 6),
    ("L401", lambda kb: kb.edit(P1, "decided: 2026-02-03\n", ""), P1, 5),
    ("L402", lambda kb: kb.edit(P2, "status: proposed", "status: superseded\ndecided: 2026-02-03"), P2, 5),
    ("L403", lambda kb: (kb.edit(P1, "onboarding: true", "onboarding: true\nsupersedes: [P-0002]"),
                         kb.edit(P2, "related: [P-0001]", "supersedes: [P-0001]")), P1, 14),
    ("L404", lambda kb: (kb.edit(P2, "status: proposed", "status: retired\ndecided: 2026-02-03"),
                         kb.edit(P1, "onboarding: true", "onboarding: true\nrelated: [P-0002]")), P1, 14),
    ("L405", lambda kb: kb.edit(P1, "review_by: 2099-01-01", "review_by: 2025-01-01"), P1, 11),
    ("L406", lambda kb: kb.edit(P1, "decided: 2026-02-03", "decided: 2026-02-04"), P1, 6),
    ("L407", lambda kb: kb.edit(P2, "status: proposed\nrelated: [P-0001]",
                                "status: adopted\ndecided: 2026-02-03\nsupersedes: [P-0001]"), P1, 5),
    ("L408", lambda kb: kb.edit(P2, "status: proposed", "status: adopted\ndecided: 2030-01-01"), P2, 6),
    ("L409", lambda kb: kb.edit(M1, "decisions: [P-0001]", "decisions: [P-0001, P-0002]"), M1, 5),
    ("L410", lambda kb: kb.edit(P2, "status: proposed", "status: proposed\ndecided: 2026-02-03"), P2, 6),
    ("R311", lambda kb: kb.edit(C1, "anonymized:", "timeline:\n  - {when: Uge 0, kind: kaffe, text: x}\nanonymized:"),
     C1, 10),
    ("T711", lambda kb: kb.edit(C1, "anonymized:", "timeline:\n  - {when: Snart, kind: underretning, text: x}\nanonymized:"),
     C1, 10),
    ("T712", lambda kb: kb.edit(C1, "anonymized:", "timeline:\n  - {when: 3. maj, kind: underretning, text: x}\nanonymized:"),
     C1, 10),
    ("G701", lambda kb: family(kb, "type: parent", "type: fætter"), C1, 14),
    ("G702", lambda kb: family(kb, "child: barn-a}", "child: barn-b}"), C1, 14),
    ("G703", lambda kb: family(kb, "  relations:", "    - {id: mm, role: Mormor, sex: f}\n  relations:\n"
                                "    - {type: parent, parent: barn-a, child: mm}\n"
                                "    - {type: parent, parent: mm, child: mor}"), C1, None),
    ("G704", lambda kb: family(kb, "age: 38", "age: 8"), C1, 14),
    ("G705", lambda kb: family(kb, "  relations:", "    - {id: far, role: Far, sex: m}\n  relations:"), C1, 13),
    ("G706", lambda kb: family(kb, "  relations:", "    - {id: mor, role: Mor, sex: f}\n  relations:"), C1, 13),
    ("K501", lambda kb: kb.edit("docs/index.md", "brug.md#", "brugsanvisning.md#"), "docs/index.md", 3),
    ("K502", lambda kb: kb.edit(C1, "#sådan-gør-du", "#sadan-gor-du"), C1, 16),
    ("K503", lambda kb: kb.edit("docs/brug.md", "Søg efter", "Se [Retsinformation](https://www.retsinformation.dk). Søg efter"),
     None, None),
    ("K505", lambda kb: kb.edit("docs/brug.md", "Søg efter", "<img src=\"https://example.invalid/x.png\"> Søg efter"),
     "docs/brug.md", 5),
    ("K506", lambda kb: kb.edit(C1, "Barn A er 11 år.", "Barn A er 11 år.\n\n<script>alert(1)</script>"), C1, 18),
    ("K504", lambda kb: kb.edit("docs/index.md", "Læs [[P-0001]]", "Læs [princippet](principper/P-0001-en-time.md)"),
     "docs/index.md", 3),
    ("S901", lambda kb: kb.write(SYNONYMS, "groups:\n  - terms: [BFU\n"), SYNONYMS, 3),
    ("S902", lambda kb: kb.write(SYNONYMS, "groups:\n  - terms: [BFU]\n    target: legal:bl-20\n"), SYNONYMS, 2),
    ("S903", lambda kb: kb.write(SYNONYMS, "groups:\n  - terms: [BFU, BU]\n    target: legal:bl-2000\n"),
     SYNONYMS, 3),
    ("S904", lambda kb: kb.write(SYNONYMS, "groups:\n  - terms: [BFU, BU]\n    target: legal:bl-20\n"
                                            "  - terms: [bu, ungeplan]\n    target: legal:bl-91\n"), SYNONYMS, 4),
]


@pytest.mark.parametrize("code,breaks,path,line", CASES, ids=[c[0] for c in CASES])
def test_each_fault_is_reported_with_its_code_at_its_line(kb, code, breaks, path, line):
    breaks(kb)
    hits = {(p, ln) for c, p, ln in found(kb) if c == code}
    assert hits, f"{code} not reported; got {sorted(found(kb))}"
    if path is not None:
        assert (path, line) in hits or (line is None and path in {p for p, _ in hits})


def test_every_content_rule_has_a_triggering_case():
    # Personal data (P6xx) has its own specification in test_personal_data*.py; the rules that read git's history
    # (H101 in test_history.py, L411 in test_changes.py) need a repository, which these fixtures are not.
    needs_git = {"H101", "L411"}
    assert {rule.code for rule in RULES if rule.code[0] != "P"} - needs_git == {case[0] for case in CASES}


def test_a_valid_family_passes(kb):
    family(kb)
    assert found(kb) == set()


def test_external_links_are_listed_never_fetched(kb):
    kb.write("docs/links.md", "# Links\n\n[A](https://example.invalid/a)\n")
    _, _, diagnostics = kb.check()
    assert [(d.code, d.path, d.line, d.severity.value) for d in diagnostics] == [
        ("K503", "docs/links.md", 3, "info")]


def test_duplicate_id_names_both_files(kb):
    kb.write("docs/principper/P-0002-kopi.md", (kb.root / P2).read_text())
    _, _, diagnostics = kb.check()
    duplicates = [d for d in diagnostics if d.code == "M210"]
    assert {d.path for d in duplicates} == {P2, "docs/principper/P-0002-kopi.md"}
    assert all("bruges også i" in d.message for d in duplicates)


def test_unknown_key_suggests_the_closest_key(kb):
    kb.edit(P1, "owner: Faglig koordinator", "ower: Faglig koordinator")
    _, _, diagnostics = kb.check()
    (unknown,) = [d for d in diagnostics if d.code == "M206"]
    assert "ower" in unknown.message and "owner" in unknown.hint


def test_yaml_error_line_is_the_line_in_the_file_not_in_the_block(kb):
    kb.edit(P1, "owner: Faglig koordinator", "owner: Faglig: koordinator: [")
    _, _, diagnostics = kb.check()
    (error,) = [d for d in diagnostics if d.code == "M202"]
    assert (error.path, error.line) == (P1, 12)


def test_ids_inside_code_are_not_references(kb):
    # P-0001's body holds `[[P-9999]]` inside inline code: not a broken reference.
    _, _, diagnostics = kb.check()
    assert not [d for d in diagnostics if d.code == "R303"]


def test_content_files_that_cannot_be_read_never_raise(kb):
    kb.write("cases_anonymized/C-0002-tom.md", "")
    kb.write("cases_anonymized/C-0003-binaer.md", b"\x00\x01\x02")
    kb.write("cases_anonymized/C-0004-latin.md", "æøå".encode("cp1252"))
    codes = {c for c, _, _ in found(kb)}
    assert {"F104", "F105", "F101"} <= codes


def test_non_markdown_files_among_cases_are_reported(kb):
    kb.write("cases_anonymized/C-0009-notat.txt", "Noter")
    assert ("F106", "cases_anonymized/C-0009-notat.txt", 1) in found(kb)


def test_entries_of_a_kind_come_sorted_by_id_and_a_caller_cannot_change_them(kb):
    model, _, _ = kb.check()
    principles = model.of_kind("principle")
    assert [e.id for e in principles] == ["P-0001", "P-0002"]
    principles.clear()
    assert [e.id for e in model.of_kind("principle")] == ["P-0001", "P-0002"]
    assert [e.id for e in model.of_kind("case")] == ["C-0001"] and model.of_kind("no-such-kind") == []
