"""Front matter, key by key: where it begins and ends, and what each wrong value is told, at its own line.

The block opens with '---' on the first line and closes with '---' or '...'; everything after it is the
body, whose lines keep their numbers in the file. A key the schema does not know is told the closest
known key; a required key that is missing or empty is named with an example; a value in a group or a
list is named the way the author finds it (anonymized.by, timeline[2].when).
"""

from __future__ import annotations

import pytest

from praksis.frontmatter import parse

P1 = "docs/principper/P-0001-en-time.md"
P2 = "docs/principper/P-0002-forslag.md"
C1 = "cases_anonymized/C-0001-skolefravaer.md"


def found(kb, code=None):
    return [(d.code, d.path, d.line, d.col, d.message, d.hint) for d in kb.check()[2] if code in (None, d.code)]


@pytest.mark.parametrize("opening,closing", [("---", "---"), ("---  ", "...\t"), ("---\t", "--- ")])
def test_the_block_may_close_with_dots_and_its_fences_may_end_in_spaces(opening, closing):
    parsed, diagnostics = parse("x.md", f"{opening}\ntitle: Et\nstatus: adopted\n{closing}\n\n# Brødtekst\n")
    assert diagnostics == []
    assert parsed.data == {"title": "Et", "status": "adopted"}
    assert parsed.body == "\n# Brødtekst\n" and parsed.body_line == 5
    assert parsed.position("status") == (3, 1)


def test_only_the_first_closing_line_ends_the_block():
    parsed, _ = parse("x.md", "---\ntitle: Et\n---\nTekst\n---\nmere: nej\n")
    assert parsed.data == {"title": "Et"} and parsed.body == "Tekst\n---\nmere: nej\n" and parsed.body_line == 4


def test_a_page_without_front_matter_is_all_body_and_an_entry_without_it_is_refused():
    page, diagnostics = parse("docs/side.md", "# Side\n---\nx: y\n---\n", required=False)
    assert diagnostics == [] and page.data == {} and page.body == "# Side\n---\nx: y\n---\n" and page.body_line == 1
    entry, diagnostics = parse(P1, "--- \n", required=True)
    assert entry is None
    assert [(d.code, d.line, d.col) for d in diagnostics] == [("M202", 1, 1)]
    assert diagnostics[0].message == "Front matter er ikke gyldig YAML: blokken åbnes med '---' men lukkes aldrig."
    entry, diagnostics = parse(P1, "title: Et\n---\n")
    assert entry is None and [(d.code, d.line, d.col) for d in diagnostics] == [("M201", 1, 1)]


def test_an_empty_block_is_no_values_and_a_list_is_not_a_block_of_keys():
    parsed, diagnostics = parse("x.md", "---\n---\nTekst\n")
    assert diagnostics == [] and parsed.data == {} and parsed.body_line == 3
    parsed, diagnostics = parse("x.md", "---\n\n\n- a\n- b\n---\n")
    assert parsed is None and [(d.code, d.line, d.col) for d in diagnostics] == [("M203", 2, 1)]
    parsed, diagnostics = parse("x.md", "---\nbare tekst\n---\n")
    assert parsed is None and [d.code for d in diagnostics] == ["M203"]


def test_a_key_written_twice_is_told_at_each_repetition():
    parsed, diagnostics = parse("x.md", "---\ntags: [a]\ntitle: a\ntags: [b]\ntags: [c]\n---\n")
    assert parsed.data["tags"] == ["c"]
    assert [(d.code, d.line, d.col, d.message) for d in diagnostics] == [
        ("M212", 4, 1, "Nøglen 'tags' står mere end én gang."), ("M212", 5, 1, "Nøglen 'tags' står mere end én gang.")]


def test_the_body_of_an_entry_keeps_its_file_lines(kb):
    kb.write(P2, "---\nid: P-0002\ntitle: Forslag om genogram\nsummary: Sagsejer viser et genogram.\n"
                 "status: proposed\n...\n\n\nSe [[P-0404]].\n")
    assert [f[:4] for f in found(kb)] == [("R303", P2, 9, 4)]


def test_an_empty_front_matter_names_every_required_key_at_the_top(kb):
    kb.write(P2, "---\n---\nTekst.\n")
    missing = found(kb, "M204")
    assert [(m[2], m[3]) for m in missing] == [(1, 1)] * 4
    hints = {m[4].split("'")[1]: m[5] for m in missing}
    assert sorted(hints) == ["id", "status", "summary", "title"]
    assert hints["status"] == "Tilføj fx 'status: adopted' i front matter."
    assert hints["title"] == "Tilføj fx 'title: ...' i front matter."


def test_a_required_key_left_empty_is_told_at_its_line(kb):
    kb.edit(P1, "title: Sparring varer højst en time", "title:")
    (empty,) = found(kb, "M204")
    assert empty[2:5] == (3, 1, "Nøglen 'title' er tom (Overskrift: selve princippet i én linje.)")
    assert empty[5] == "Udfyld den, fx 'title: ...'."


def test_a_missing_key_in_a_group_is_named_by_its_group_at_the_group(kb):
    kb.edit(C1, "  by: Faglig koordinator\n", "")
    (missing,) = found(kb, "M204")
    assert missing[2:5] == (9, 1, "Nøglen 'anonymized.by' mangler (Rollen der har gennemgået anonymiseringen.)")
    assert missing[5] == "Tilføj fx 'by: Faglig koordinator' under 'anonymized'."


def test_a_wrong_value_deep_in_a_list_of_groups_is_named_as_the_author_finds_it(kb):
    kb.edit(C1, "anonymized:", "timeline:\n  - {when: Uge 0, kind: underretning, text: Skolen ringer.}\n"
                               "  - {when: Uge 2, kind: underretning, text: [ikke, tekst]}\nanonymized:")
    (wrong,) = found(kb, "M205")
    assert wrong[2] == 11 and wrong[4] == "'timeline[2].text' skal være en tekst."


def test_an_unknown_key_is_told_the_closest_known_key_or_all_of_them(kb):
    kb.edit(P1, "owner: Faglig koordinator", "onwer: Faglig koordinator\nfarve: blå")
    unknown = {f[4]: f[5] for f in found(kb, "M206")}
    assert unknown["Ukendt nøgle 'onwer' for et princip."] == "Mente du 'owner'?"
    allowed = unknown["Ukendt nøgle 'farve' for et princip."]
    assert allowed.startswith("Tilladte nøgler: id, title, summary, questions, status, decided, meeting,")
    assert allowed.endswith("tags, onboarding.")


def test_an_unknown_key_in_a_group_names_the_group(kb):
    kb.edit(C1, "  by: Faglig koordinator", "  by: Faglig koordinator\n  af: Teamleder")
    (unknown,) = found(kb, "M206")
    assert unknown[2:5] == (11, 3, "Ukendt nøgle 'anonymized.af' for gruppen 'anonymized'.")


def test_the_id_must_have_the_form_of_its_kind_and_match_the_file_name(kb):
    kb.edit(P2, "id: P-0002", "id: C-0002")
    (form,) = found(kb, "M211")
    assert form[2:5] == (2, 1, "Id 'C-0002' har ikke formen for et princip.")
    assert form[5] == "Et princip har id efter mønstret i filnavnet: P-NNNN-kort-titel.md (små bogstaver a-z, tal og bindestreger)."
    kb.edit(P2, "id: C-0002", "id: P-0009")
    (mismatch,) = found(kb, "M209")
    assert mismatch[4:] == ("Id 'P-0009' passer ikke med filnavnet (P-0002).",
                            "Ret id til 'P-0002', eller omdøb filen så den begynder med 'P-0009'.")


def test_a_wrong_value_is_left_out_and_the_rest_of_the_entry_is_still_read(kb):
    kb.edit(P1, "ics: [barnets-udvikling]", "ics: [barnets-udvikling, 7]")
    kb.edit(P1, "onboarding: true", "onboarding: ja")
    model, _, diagnostics = kb.check()
    assert [(d.code, d.line, d.col) for d in diagnostics] == [("M205", 8, 26), ("M205", 13, 1)]
    entry = model.entries["P-0001"]
    assert entry.meta["ics"] == ["barnets-udvikling"] and "onboarding" not in entry.meta
    assert entry.meta["title"] == "Sparring varer højst en time"


def test_a_value_its_tag_cannot_read_names_the_type_it_was_tagged_as():
    parsed, diagnostics = parse("x.md", "---\ntitle: a\ncount: !!int tolv\n---\n")
    assert parsed is None
    assert [(d.code, d.line, d.col, d.message) for d in diagnostics] == [
        ("M202", 3, 8, "Front matter er ikke gyldig YAML: 'tolv' kan ikke læses som int.")]
