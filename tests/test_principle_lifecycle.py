"""A principle's life, proposed -> adopted -> superseded or retired, told the same way by status, dates and links.

The boundaries matter to a team: a decision taken today is not in the future, a review due today is
not overdue; what points at old practice is told what replaced it; a ring of replacements is reported
once, at its lowest id, with the whole ring.
"""

from __future__ import annotations

from conftest import TODAY

P1 = "docs/principper/P-0001-en-time.md"
P2 = "docs/principper/P-0002-forslag.md"
P3 = "docs/principper/P-0003-ny.md"
M1 = "docs/moeder/M-2026-02-03.md"


def principle(kb, number: int, extra: str = "", status: str = "adopted", body: str = "Tekst.") -> str:
    rel = f"docs/principper/P-{number:04d}-ny.md"
    decided = "decided: 2026-02-03\n" if status != "proposed" else ""
    kb.write(rel, f"---\nid: P-{number:04d}\ntitle: Nyt {number}\nsummary: Om {number}.\nstatus: {status}\n"
                  f"{decided}{extra}---\n\n{body}\n")
    return rel


def found(kb, code=None):
    return [(d.code, d.path, d.line, d.col, d.message, d.hint) for d in kb.check()[2] if code in (None, d.code)]


def test_a_decision_taken_today_is_not_in_the_future_but_one_taken_tomorrow_is(kb):
    kb.edit(P1, "decided: 2026-02-03\nmeeting: M-2026-02-03\n", f"decided: {TODAY.isoformat()}\n")
    assert found(kb) == []
    kb.edit(P1, f"decided: {TODAY.isoformat()}", "decided: 2026-11-24")
    assert [f[:5] for f in found(kb)] == [("L408", P1, 6, 1, "Beslutningsdatoen 2026-11-24 ligger i fremtiden.")]


def test_a_review_due_today_is_not_overdue_but_one_due_yesterday_is(kb):
    kb.edit(P1, "review_by: 2099-01-01", f"review_by: {TODAY.isoformat()}")
    assert found(kb) == []
    kb.edit(P1, f"review_by: {TODAY.isoformat()}", "review_by: 2026-11-22")
    assert [f[:5] for f in found(kb)] == [("L405", P1, 11, 1, "Revisionsdatoen 2026-11-22 er overskredet.")]


def test_a_decision_date_other_than_the_meetings_names_both_dates(kb):
    kb.edit(P1, "decided: 2026-02-03", "decided: 2026-02-10")
    assert [f[:5] for f in found(kb)] == [
        ("L406", P1, 6, 1, "'decided' er 2026-02-10, men mødet M-2026-02-03 blev holdt 2026-02-03.")]


def test_retired_and_superseded_practice_is_named_for_what_it_is_and_what_replaced_it(kb):
    kb.edit(P2, "status: proposed\nrelated: [P-0001]", "status: retired\ndecided: 2026-02-03")
    kb.edit(P1, "onboarding: true", "onboarding: true\nrelated: [P-0002]")
    (retired,) = found(kb, "L404")
    assert retired[1:5] == (P1, 14, 11, "Vedtaget princip henviser til P-0002, som er udgået.")
    assert retired[5] == "Fjern eller opdater henvisningen."
    kb.edit(P2, "status: retired", "status: superseded")
    principle(kb, 3, "supersedes: [P-0002]\n")
    (superseded,) = found(kb, "L404")
    assert superseded[4:] == ("Vedtaget princip henviser til P-0002, som er erstattet.", "Henvis til P-0003 i stedet.")


def test_a_reference_in_the_text_to_old_practice_is_found_at_its_place(kb):
    kb.edit(P2, "status: proposed\nrelated: [P-0001]", "status: retired\ndecided: 2026-02-03")
    kb.edit(P1, "## Børnefaglig undersøgelse", "Tidligere: [[P-0002]].\n\n## Børnefaglig undersøgelse")
    assert [f[:4] for f in found(kb)] == [("L404", P1, 20, 12)]


def test_only_current_practice_is_held_to_what_it_points_at(kb):
    kb.edit(P2, "status: proposed\nrelated: [P-0001]", "status: retired\ndecided: 2026-02-03")
    principle(kb, 3, "related: [P-0002]\n", status="proposed")
    principle(kb, 4, "related: [P-0002]\n", status="retired")
    assert found(kb) == []


def test_the_principle_that_replaces_may_name_what_it_replaces(kb):
    kb.edit(P1, "status: adopted", "status: superseded")
    principle(kb, 3, "supersedes: [P-0001]\nrelated: [P-0001]\n", body="Afløser [[P-0001]].")
    assert found(kb) == []


def test_superseded_too_early_tells_the_status_to_keep_until_the_proposal_is_adopted(kb):
    kb.edit(P2, "related: [P-0001]", "supersedes: [P-0001]")
    kb.edit(P1, "status: adopted", "status: superseded")
    (early,) = found(kb, "L402")
    assert early[1:5] == (P1, 5, 1, "P-0001 er markeret som erstattet, men intet vedtaget princip erstatter det.")
    assert early[5] == "P-0002 er kun et forslag; behold status 'adopted', til forslaget er vedtaget."


def test_superseded_without_a_replacement_or_a_decision_tells_to_name_it_in_the_new_principle(kb):
    kb.edit(P2, "status: proposed\nrelated: [P-0001]", "status: superseded\nrelated: [P-0001]")
    hints = {f[0]: f[5] for f in found(kb)}
    assert hints["L402"] == "Skriv 'supersedes: [P-0002]' i det nye princip, eller ret status."
    assert "L401" in hints  # and it was never decided


def test_a_proposal_that_would_replace_an_unadopted_proposal_keeps_it_proposed(kb):
    kb.edit(P2, "status: proposed\nrelated: [P-0001]", "status: superseded")
    principle(kb, 3, "supersedes: [P-0002]\n", status="proposed")
    (early,) = found(kb, "L402")
    assert early[5] == "P-0003 er kun et forslag; behold status 'proposed', til forslaget er vedtaget."


def test_a_principle_replaced_by_two_names_both_in_one_finding(kb):
    principle(kb, 3, "supersedes: [P-0001]\n")
    principle(kb, 4, "supersedes: [P-0001]\n")
    (still,) = found(kb, "L407")
    assert still[1:5] == (P1, 5, 1, "P-0001 er erstattet af P-0003, P-0004, men har stadig status 'adopted'.")
    assert still[5] == "Ret status til 'superseded', eller fjern henvisningen under 'supersedes' i P-0003, P-0004."


def test_a_ring_of_replacements_is_reported_once_at_its_lowest_id_with_the_whole_ring(kb):
    kb.edit(P1, "onboarding: true", "onboarding: true\nsupersedes: [P-0002, P-0003]")
    principle(kb, 3, "supersedes: [P-0004]\n")
    principle(kb, 4, "supersedes: [P-0005]\n")
    principle(kb, 5, "supersedes: [P-0001]\n")
    rings = found(kb, "L403")
    assert [r[1:5] for r in rings] == [(P1, 14, 22, "Principperne erstatter hinanden i ring: "
                                                    "P-0001 → P-0003 → P-0004 → P-0005 → P-0001.")]


def test_a_chain_of_replacements_without_a_ring_is_no_ring(kb):
    kb.edit(P1, "status: adopted", "status: superseded")
    principle(kb, 3, "supersedes: [P-0001]\n", status="superseded")
    principle(kb, 4, "supersedes: [P-0003, P-0001]\n")
    assert found(kb, "L403") == []


def test_a_status_that_needs_a_decision_date_is_told_at_the_status(kb):
    kb.edit(P2, "status: proposed\nrelated: [P-0001]", "status: retired")
    assert [f[:5] for f in found(kb)] == [
        ("L401", P2, 5, 1, "Et princip med status 'retired' skal have en beslutningsdato.")]


def test_a_proposal_among_a_meetings_decisions_is_found_at_its_place_in_the_list(kb):
    kb.edit(M1, "decisions: [P-0001]", "decisions:\n  - P-0001\n  - P-0002")
    assert [f[:5] for f in found(kb)] == [
        ("L409", M1, 7, 5, "P-0002 står under 'decisions', men er et forslag (status 'proposed').")]


def test_a_principle_that_replaces_one_in_a_ring_is_not_in_the_ring_itself(kb):
    principle(kb, 3, "supersedes: [P-0004]\n")
    principle(kb, 4, "supersedes: [P-0003]\n")
    principle(kb, 5, "supersedes: [P-0003]\n")  # leads into the ring, is not part of it
    rings = found(kb, "L403")
    assert [r[1:5] for r in rings] == [(P3, 7, 14, "Principperne erstatter hinanden i ring: P-0003 → P-0004 → P-0003.")]
