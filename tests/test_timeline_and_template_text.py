"""A case's timeline is told in relative time, and no guidance from `praksis new` is published as practice.

Each event's 'when' is relative ('Uge 0', 'Måned 3', 'Dag 2', '7 år'); a real date or a year in 'when'
or 'text' makes a case recognisable and is refused at that key's line. Template guidance left in a
summary or a body line is refused where it stands, but not inside code, where it may be quoted.
"""

from __future__ import annotations

import pytest

from praksis.placeholders import load

C1 = "cases_anonymized/C-0001-skolefravaer.md"
P2 = "docs/principper/P-0002-forslag.md"


def timeline(kb, when: str, text: str = "Skolen ringer.") -> list[tuple]:
    kb.edit(C1, "anonymized:", "timeline:\n  - when: Uge 0\n    kind: underretning\n    text: Første kontakt.\n"
                               f"  - when: '{when}'\n    kind: samtale-med-barnet\n    text: '{text}'\nanonymized:")
    return [(d.code, d.line, d.col, d.message) for d in kb.check()[2]]


@pytest.mark.parametrize("when", ["Uge 3", "uge 12", "Måned 3", "md. 4", "Dag 2", "døgn 1", "alder 7", "7 år",
                                  "Barn A er 11 år", "3 uger", "2-3 måneder", "Uge 2–4", "4 mdr.", "5 dage",
                                  "7 år gammel", "  Uge 1  "])
def test_relative_time_is_accepted(kb, when):
    assert timeline(kb, when) == []


@pytest.mark.parametrize("when", ["Snart", "I foråret", "Uge", "Efter mødet"])
def test_anything_else_is_not_relative_time_and_says_so_at_its_line(kb, when):
    assert timeline(kb, when) == [("T711", 13, 5, f"'{when}' er ikke en relativ tidsangivelse.")]


@pytest.mark.parametrize("when", ["2026-03-14", "14.3.2026", "14/03/26", "3. marts", "14 okt", "marts 2026",
                                  "Uge 3 i 2026", "1999", "Juli 2025"])
def test_a_real_date_or_year_in_when_is_refused(kb, when):
    assert timeline(kb, when) == [("T712", 13, 5, "Tidslinjens 'when' indeholder en dato eller et årstal.")]


def test_a_real_date_in_the_text_is_refused_at_the_text(kb):
    assert timeline(kb, "Uge 2", "Mødet den 3. maj gik godt.") == [
        ("T712", 15, 5, "Tidslinjens 'text' indeholder en dato eller et årstal.")]


def test_ages_counts_and_numbers_in_the_text_are_not_dates(kb):
    assert timeline(kb, "Uge 2", "Barn A på 11 år fortæller om 3 episoder og 2 lærere.") == []


def test_a_timeline_error_is_reported_the_same_on_a_second_run(kb):
    first = timeline(kb, "Snart")
    assert first and [(d.code, d.line) for d in kb.check()[2]] == [(c, line) for c, line, _, _ in first]


def test_the_summary_left_from_the_template_is_refused_at_its_line(kb):
    summary = load()["principle"]["summary"]
    kb.edit(P2, "summary: Sagsejer viser et genogram.", f"summary: {summary}")
    assert [(d.code, d.line, d.col, d.message) for d in kb.check()[2]] == [
        ("M213", 4, 1, "'summary' er stadig skabelonens tekst.")]


def test_guidance_left_in_the_body_is_refused_where_it_stands(kb):
    guidance = load()["principle"]["body"][1]
    kb.edit(P2, "Tekst om", f"Indledning. {guidance}\n\nTekst om")
    found = [(d.code, d.line, d.col, d.message, d.end) for d in kb.check()[2]]
    assert found == [("M213", 9, 13, f"Skabelonens tekst står stadig: '{guidance}'", (9, 13 + len(guidance)))]


def test_guidance_of_another_kind_and_guidance_in_code_are_left_alone(kb):
    case_guidance = load()["case"]["body"][0]
    own = load()["principle"]["body"][0]
    kb.edit(P2, "Tekst om", f"{case_guidance}\n\n`{own}`\n\n```\n{own}\n```\n\nTekst om")
    assert kb.check()[2] == []


def test_a_case_with_the_template_summary_is_refused_too(kb):
    summary = load()["case"]["summary"]
    kb.edit(C1, "summary: Barn A på 11 år har stigende skolefravær.", f"summary: {summary}")
    assert [(d.code, d.line) for d in kb.check()[2]] == [("M213", 4)]
