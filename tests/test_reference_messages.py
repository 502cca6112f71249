"""What a wrong reference says: the key it stands under, the id or value as written, and what would be right.

A reference to an id that does not exist names an example of the id wanted; one to an entry of the
wrong kind says which kind was wanted and which it is; a [[...]] in the wrong form suggests the form
that works, keeping the author's own link text.
"""

from __future__ import annotations

import pytest

P1 = "docs/principper/P-0001-en-time.md"
P2 = "docs/principper/P-0002-forslag.md"
C1 = "cases_anonymized/C-0001-skolefravaer.md"
M1 = "docs/moeder/M-2026-02-03.md"


def only(kb, code):
    return [d for d in kb.check()[2] if d.code == code]


@pytest.mark.parametrize("rel,old,new,line,key,value,wanted", [
    (C1, "principles: [P-0001]", "principles: [P-0001, P-0042]", 8, "principles", "P-0042",
     "et princip har id som P-0007"),
    (P1, "legal: [bl-20]", "legal: [bl-20]\ncases: [C-0009]", 11, "cases", "C-0009", "en sag har id som C-0003"),
    (P1, "meeting: M-2026-02-03", "meeting: M-2026-02-04", 7, "meeting", "M-2026-02-04",
     "et møde har id som M-2026-02-03"),
])
def test_an_id_that_does_not_exist_is_named_with_an_example_of_the_id_wanted(kb, rel, old, new, line, key, value,
                                                                              wanted):
    kb.edit(rel, old, new)
    (found,) = only(kb, "R301")
    assert (found.path, found.line) == (rel, line)
    assert found.message == f"'{key}' henviser til {value}, som ikke findes."
    assert found.hint == f"Tjek stavningen; {wanted}."


def test_an_entry_of_the_wrong_kind_is_named_with_the_kind_wanted_and_the_kind_it_is(kb):
    kb.edit(C1, "principles: [P-0001]", "principles: [P-0001, M-2026-02-03]")
    kb.edit(M1, "decisions: [P-0001]", "decisions: [P-0001, C-0007]")  # of the wrong kind, and missing too
    found = {d.path: d for d in only(kb, "R302")}
    assert found[C1].message == "'principles' skal henvise til principper, men M-2026-02-03 er et møde."
    assert found[C1].hint == "Flyt M-2026-02-03 til den rigtige nøgle."
    assert found[M1].message == "'decisions' skal henvise til principper, men C-0007 er en sag."
    assert not only(kb, "R301")


def test_an_entry_naming_itself_is_told_which_key_does(kb):
    kb.edit(P2, "related: [P-0001]", "related: [P-0001, P-0002]")
    (found,) = only(kb, "R310")
    assert (found.path, found.line, found.col) == (P2, 6, 19)
    assert found.message == "'related' henviser til opslaget selv (P-0002)."


def test_a_reference_to_a_file_that_could_not_be_read_is_not_a_second_error(kb):
    kb.write(P1, "---\nid: P-0001\ntitle: [ikke lukket\n---\n")
    codes = sorted({d.code for d in kb.check()[2]})
    assert codes == ["M202"]  # not R301/R303 for the case, the meeting, the proposal and the [[P-0001]]s


def test_a_reference_in_text_to_an_id_that_does_not_exist_is_found_at_its_column(kb):
    kb.edit(C1, "Barn A er 11 år.", "Barn A er 11 år, se [[P-0404]] og [[C-0001]].")
    (found,) = only(kb, "R303")
    assert (found.path, found.line, found.col, found.message) == (C1, 16, 21, "[[P-0404]] findes ikke.")


@pytest.mark.parametrize("written,hint", [
    ("[[c-7|sagen om skolen]]", "Skriv [[C-0007|sagen om skolen]]."),
    ("[[P0012]]", "Skriv [[P-0012]]."),
    ("[[l-2026-01]]", "Skriv [[L-2026-01]]."),
    ("[[M-2026-02-03-Oest]]", "Skriv [[M-2026-02-03-oest]]."),
    ("[[m-2026-02-03-oest|mødet]]", "Skriv [[M-2026-02-03-oest|mødet]]."),
    ("[[p-1|]]", "Skriv [[P-0001]], eller [[P-0001|din egen tekst]] med tekst efter |."),
    ("[[princippet om tid]]",
     "Skriv id'et som P-0001, C-0001, M-2026-02-03 eller L-2026-01 i dobbelte firkantede parenteser."),
])
def test_a_reference_in_the_wrong_form_is_shown_the_form_that_works(kb, written, hint):
    kb.edit(P2, "Tekst om", f"Se {written} og")
    (found,) = only(kb, "R312")
    assert (found.line, found.col) == (9, 4)
    assert found.message == f"{written} er ikke en henvisning og vises som den står."
    assert found.hint == hint
    assert found.end == (9, 4 + len(written))


def test_a_taxonomy_key_written_as_its_name_or_old_name_is_told_the_key(kb):
    kb.edit(C1, "ics: [sundhedsforhold, trygt-omsorgsmiljoe]", "ics: [Sundhedsforhold, trygt-omsorgsmiljoe]")
    (label,) = only(kb, "R313")
    assert label.message == "'Sundhedsforhold' er navnet, ikke nøglen, under 'ics'."
    assert label.hint.startswith("Skriv nøglen 'sundhedsforhold' i stedet")
    assert [d.code for d in kb.check()[2]] == ["R313"]


def test_a_value_that_is_already_the_key_is_accepted_in_every_taxonomy(kb):
    kb.edit(P1, "methods: [reflekterende-team]", "methods: [reflekterende-team, genogram]")
    assert kb.check()[2] == []


# ---- a dated record never names a case ----

WHY = "Dato, team og sagens historie er tilsammen nok til, at en kollega i afdelingen kan finde familien."


def test_a_meeting_listing_cases_is_told_why_not_and_how_to_put_it_right(kb):
    kb.edit(M1, "forum: teammoede", "forum: teammoede\ncases: [C-0001]")
    found = [d for d in kb.check()[2] if d.path == M1]
    assert [(d.code, d.line, d.col) for d in found] == [("R314", 5, 1)]  # the rule that says why, not 'unknown key'
    assert found[0].message == f"Mødereferatet nævner en eksempelsag ('cases'). {WHY}"
    assert found[0].hint.startswith("Slet nøglen 'cases'. Skriv i stedet det principielle spørgsmål")
    assert "C-0001" not in kb.run().site.markdown_by_uri()["moeder/M-2026-02-03.md"]  # nor does the page show it


def test_a_case_named_in_the_text_of_a_meeting_or_a_supervision_record_is_an_error_at_its_place(kb):
    kb.edit(M1, "Vi vedtog [[P-0001]].", "Vi vedtog [[P-0001]] efter [[C-0001]].")
    kb.write("docs/tilsyn/L-2026-01-frister.md", "---\nid: L-2026-01\ntitle: Frister\nsummary: Fristerne holdt.\n"
                                                  "date: 2026-05-12\n---\n\nSe fx [[C-0001|sagen]].\n")
    found = {d.path: d for d in only(kb, "R314")}
    assert set(found) == {M1, "docs/tilsyn/L-2026-01-frister.md"}
    assert (found[M1].line, found[M1].col) == (10, 28)
    assert found[M1].message == f"Mødereferatet nævner en eksempelsag ([[C-0001]]). {WHY}"
    assert found[M1].hint.startswith("Slet [[C-0001]] og det, der fortæller sagens historie.")
    assert found["docs/tilsyn/L-2026-01-frister.md"].message.startswith("Referatet af ledelsestilsynet nævner")


def test_the_rule_guards_the_families_and_cannot_be_ignored_or_silenced(kb):
    from praksis.cli import main

    kb.edit(M1, "Vi vedtog [[P-0001]].", "Vi vedtog [[P-0001]] efter [[C-0001]]. <!-- praksis:tillad R314 -->")
    assert [d.code for d in kb.check()[2]] == ["R314"]
    assert main(["check", "--root", str(kb.root), "--ignore", "R314"]) == 2  # a fixed rule


def test_an_empty_case_list_names_nothing_and_a_principle_may_name_its_cases(kb):
    kb.edit(M1, "forum: teammoede", "forum: teammoede\ncases: []")
    kb.edit(P1, "legal: [bl-20]", "legal: [bl-20]\ncases: [C-0001]")  # a principle has no date that pins a case
    assert kb.check()[2] == []
