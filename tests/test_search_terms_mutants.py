"""The search's other names, data/synonyms.yml's mistakes and what a page carries into the index: the
cases tests/test_search_terms.py left open (found by mutation testing of search_terms.py,
checks/search.py and the search part of views.py)."""

from __future__ import annotations

import pytest

import praksis.search_terms as search_terms
from praksis.search_terms import Group, Problem, Vocabulary, citations, cited, expansions, read_vocabulary
from praksis.taxonomy import Item, Taxonomy, load_taxonomies
from praksis.views import SearchView

LEGAL = load_taxonomies()["legal"]


def synonyms(tmp_path, text: str | bytes):
    path = tmp_path / "data" / "synonyms.yml"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return read_vocabulary(tmp_path)


# ---- synonyms ---------------------------------------------------------------------------------------------

def test_a_phrase_belongs_to_its_own_group_not_to_one_of_its_first_word_or_of_a_phrase_beginning_alike():
    words = Vocabulary((Group(("barnets plan", "handleplan"), "legal:bl-91", 1),
                        Group(("barnets", "barnet"), "ordliste.md#barnet", 3),
                        Group(("barnets ressourcer", "ressourcer"), "ics:barnets-udvikling", 5)))
    assert [g.line for g in words.groups_in("barnets plan")] == [1]
    assert [g.line for g in words.groups_in("barnets ressourcer")] == [5]
    assert [g.line for g in words.groups_in("barnets trivsel")] == [3]


# ---- the law before and after 2024 ---------------------------------------------------------------------------

def test_a_paragraph_the_text_cites_brings_every_citation_of_it():
    added = expansions(Vocabulary(), LEGAL, "Vi fulgte SEL § 50.")
    assert {"Barnets lov § 20", "BL § 20", "§ 20", "servicelovens § 50"} <= set(added)


def test_a_paragraph_cited_several_ways_is_listed_once():
    assert cited(LEGAL, "BL § 20, igen Barnets lov § 20 og før 2024 SEL § 50") == ["bl-20"]


def test_a_paragraph_with_a_letter_is_cited_with_its_letter():
    assert citations(LEGAL.items["bl-6"]) == ["Barnets lov § 6", "BL § 6", "§ 6", "Serviceloven § 48 a",
                                              "servicelovens § 48 a", "SEL § 48 a", "§ 48 a"]


def law_table(*paragraphs: tuple[str, str, str]) -> Taxonomy:
    return Taxonomy("legal", {key: Item(key, label, extra={"predecessor": before} if before else {})
                              for key, label, before in paragraphs})


def test_each_law_table_is_read_by_its_own_paragraphs_and_predecessors():
    search_terms._law_index_of.cache_clear()  # built from these tables, whatever ran before
    one = law_table(("bl-7", "Barnets lov § 7", "Serviceloven § 99 a"), ("bl-8", "Barnets lov § 8", ""))
    other = law_table(("ny-7", "Barnets lov § 7", "Serviceloven § 12"))
    assert cited(one, "§ 8") == ["bl-8"]
    assert cited(one, "servicelovens § 99 a") == ["bl-7"]
    assert cited(one, "SEL § 12") == []
    assert cited(other, "BL § 7") == ["ny-7"]
    assert cited(other, "SEL § 12") == ["ny-7"]


# ---- the file's own mistakes: a finding at its line, never a crash --------------------------------------------

def test_a_synonyms_file_that_is_not_utf8_is_s901_at_line_1_and_says_so(tmp_path):
    assert synonyms(tmp_path, "groups: [ø]".encode("latin-1")) == (
        Vocabulary(), [Problem("S901", 1, {"why": "filen kan ikke læses som UTF-8"})])


def test_a_synonyms_file_that_cannot_be_read_is_s901_with_the_system_s_reason(tmp_path):
    (tmp_path / "data" / "synonyms.yml").mkdir(parents=True)  # a folder where the file should be
    _, problems = read_vocabulary(tmp_path)
    assert [(p.code, p.line) for p in problems] == [("S901", 1)]
    assert "synonyms.yml" in problems[0].values["why"] and "UTF-8" not in problems[0].values["why"]


@pytest.mark.parametrize("text, code, line", [
    ("groups:\x07\n", "S901", 1),  # a character YAML refuses to read, before any line is parsed
    ("", "S902", 1),
    ("# Vores synonymer\n\ngrupper: []\n", "S902", 3),
    ("- BFU\n- børnefaglig undersøgelse\n", "S902", 1),
    ("bare tekst\n", "S902", 1),
    ("groups:\n  - BFU\n", "S902", 2),
    ("groups:\n  - [BFU, børnefaglig undersøgelse]\n", "S902", 2),
    ("groups:\n  - target: legal:bl-20\n", "S902", 2),
])
def test_every_malformed_shape_of_the_file_is_a_finding_at_its_line(tmp_path, text, code, line):
    vocabulary, problems = synonyms(tmp_path, text)
    assert vocabulary == Vocabulary()
    assert [(p.code, p.line) for p in problems] == [(code, line)]


def test_a_malformed_group_does_not_hide_the_groups_after_it(tmp_path):
    vocabulary, problems = synonyms(tmp_path, """\
groups:
  - terms: [BFU]
    target: legal:bl-20
  - terms: [SoS, Signs of Safety]
  - terms: [barnets plan, handleplan]
    target: legal:bl-91
""")
    assert [(p.code, p.line) for p in problems] == [("S902", 2), ("S902", 4)]
    assert vocabulary.groups == (Group(("barnets plan", "handleplan"), "legal:bl-91", 5, 6),)


@pytest.mark.parametrize("text, line, message", [
    (b"groups: [\xf8]", 1, "data/synonyms.yml kan ikke læses: filen kan ikke læses som UTF-8."),
    ("groups: [BFU\n", 2, "data/synonyms.yml kan ikke læses: den er ikke gyldig YAML."),
    ("# Synonymer\ngrupper: []\n", 2, "I data/synonyms.yml: filen skal have en liste under 'groups'."),
    ("groups:\n  - terms: [BFU]\n    target: legal:bl-20\n", 2,
     "I data/synonyms.yml: en gruppe skal have 'terms' med mindst to ord."),
    ("groups:\n  - terms: [BFU, børnefaglig undersøgelse]\n", 2, "I data/synonyms.yml: en gruppe skal have et 'target'."),
])
def test_the_check_says_what_is_wrong_with_the_file_at_its_line_and_first_column(kb, text, line, message):
    kb.write("data/synonyms.yml", text)
    _, _, found = kb.check()
    assert [(d.path, d.line, d.col, d.message) for d in found if d.code in ("S901", "S902")] == [
        ("data/synonyms.yml", line, 1, message)]


# ---- targets and terms (S903, S904) ---------------------------------------------------------------------------

def test_s903_and_s904_name_the_target_the_terms_and_the_other_group_at_their_first_column(kb):
    kb.write("data/synonyms.yml", """\
groups:
  - terms: [SoS, Signs of Safety]
    target: methods:sos
  - terms: [plan, barnets plan]
    target: legal:bl-91
  - terms: [Plan, sikkerhedsplan]
    target: methods:sikkerhedsplan
""")
    _, _, found = kb.check()
    assert [(d.code, d.line, d.col, d.message) for d in found if d.code in ("S903", "S904")] == [
        ("S903", 3, 1, "Målet 'methods:sos' for 'SoS', 'Signs of Safety' findes ikke: methods har ingen nøgle 'sos'."),
        ("S904", 6, 1, "'Plan' står både i gruppen på linje 4 og i denne.")]


def test_a_page_target_may_begin_with_a_slash_and_its_anchor_may_hold_a_colon(kb):
    kb.edit("docs/brug.md", "## Sådan gør du", '## Sådan gør du\n\n<a id="trin:1"></a>')
    kb.write("data/synonyms.yml", """\
groups:
  - terms: [sagsejer, sagsbehandler]
    target: /brug.md#sådan-gør-du
  - terms: [første trin, begyndelsen]
    target: brug.md#trin:1
""")
    _, _, found = kb.check()
    assert [d.message for d in found if d.code.startswith("S9")] == []


# ---- what a page carries into the index ----------------------------------------------------------------------

SYNONYMS = """\
groups:
  - terms: [børnefaglig undersøgelse, BFU]
    target: legal:bl-20
  - terms: [sagsejer, sagsbehandler]
    target: brug.md#sådan-gør-du
"""


def _views(kb):
    result = kb.run()
    return result.kb, result.site.builder.views


def test_a_page_s_headings_give_it_the_other_names_of_their_terms_and_nothing_else(kb):
    kb.write("data/synonyms.yml", SYNONYMS)
    kb.edit("docs/brug.md", "## Sådan gør du", "## BFU i praksis\n\n## Sådan gør du")
    model, views = _views(kb)
    page = next(d for d in model.documents if d.site_uri == "brug.md")
    view = views.search(page, page.body)
    assert {"børnefaglig", "undersøgelse", "Barnets", "20", "SEL", "servicelovens", "50"} <= set(view.terms)
    assert (view.id, view.status, view.summary, view.successor) == ("", "", "", None)


def test_an_entry_s_summary_and_tags_give_it_the_other_names_of_their_terms(kb):
    kb.write("data/synonyms.yml", SYNONYMS)  # P-0002's summary says "Sagsejer"; its title no term
    kb.edit("cases_anonymized/C-0001-skolefravaer.md", "methods: [ics]", "methods: [ics]\ntags: [BFU]")
    model, views = _views(kb)
    principle, case = model.entries["P-0002"], model.entries["C-0001"]
    assert "sagsbehandler" in views.search(principle, principle.body).terms
    assert {"børnefaglig", "undersøgelse", "SEL"} <= set(views.search(case, case.body).terms)


def test_a_principle_carries_the_citations_of_the_paragraphs_it_names_under_legal(kb):
    kb.edit("docs/principper/P-0002-forslag.md", "status: proposed\n", "status: proposed\nlegal: [bl-46]\n")
    model, views = _views(kb)
    entry = model.entries["P-0002"]
    assert {"46", "BL", "Serviceloven", "servicelovens", "SEL", "52"} <= set(views.search(entry, entry.body).terms)


def test_an_entry_without_summary_status_or_successor_carries_empty_values_not_placeholders(kb):
    model, views = _views(kb)
    meeting, case, current = (model.entries[i] for i in ("M-2026-02-03", "C-0001", "P-0001"))
    assert views.search(meeting, meeting.body) == SearchView(id="M-2026-02-03")
    assert views.search(case, case.body).status == ""
    view = views.search(current, current.body)
    assert (view.status, view.successor, view.successor_id, view.successor_url) == ("Vedtaget", None, "", "")


def test_a_superseded_principle_that_nothing_replaces_is_indexed_without_a_successor(kb):
    kb.edit("docs/principper/P-0002-forslag.md", "status: proposed\n", "status: superseded\ndecided: 2026-02-03\n")
    model, views = _views(kb)
    entry = model.entries["P-0002"]
    view = views.search(entry, entry.body)
    assert (view.status, view.successor, view.successor_id, view.successor_url) == ("Erstattet", None, "", "")


def test_a_principle_whose_status_is_not_allowed_is_searched_and_filtered_as_a_proposal(kb):
    kb.edit("docs/principper/P-0002-forslag.md", "status: proposed", "status: vedtaget")
    result = kb.run()
    views, entry = result.site.builder.views, result.kb.entries["P-0002"]
    assert views.search(entry, entry.body).status == "Forslag"
    assert views.search_facets(result.site.pages)["/principper/P-0002-forslag/"]["status"] == ["Forslag"]


# ---- what the search's page script gets besides the index ------------------------------------------------------

def test_the_search_help_names_the_ics_filters_and_the_overviews_offered_when_nothing_is_found(kb):
    _, views = _views(kb)
    help_data = views.search_help()
    assert help_data["filters"]["ics"] == ["Barnets udvikling", "Forældrekompetencer", "Familie og netværk"]
    assert help_data["indexes"] == [
        {"label": "ICS-trekanten", "url": "ics/"}, {"label": "Lovgrundlag", "url": "lov/"},
        {"label": "Metoder", "url": "metoder/"}, {"label": "Principper efter status", "url": "status/"},
        {"label": "Alle principper", "url": "principper/"}]


def test_without_a_glossary_page_the_search_offers_no_glossary(kb):
    _, views = _views(kb)
    assert views.search_help()["glossary"] == []


def test_a_glossary_term_s_text_is_its_first_sentence_even_across_lines_and_empty_without_one(kb):
    kb.write("docs/ordliste.md", "# Ordliste\n\n## Bisidder\n\nEn støtteperson, der\ndeltager i møder. Mere tekst.\n\n"
             "## Genogram\n\n## Tidslinje\n\nEt overblik over sagen.\n")
    _, views = _views(kb)
    assert [(g["term"], g["text"]) for g in views.search_help()["glossary"]] == [
        ("Bisidder", "En støtteperson, der deltager i møder."), ("Genogram", ""), ("Tidslinje", "Et overblik over sagen.")]
