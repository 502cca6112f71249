"""What the search knows besides a page's own words: synonyms, the law before and after 2024, and the
questions a principle answers. Checked like content: data/synonyms.yml's mistakes are S9xx findings."""

from __future__ import annotations

import re

import pytest

from praksis.search_terms import (Group, Vocabulary, citations, cited, expansions, read_vocabulary,
                                  stop_words)
from praksis.taxonomy import load_taxonomies

LEGAL = load_taxonomies()["legal"]
SYNONYMS = """\
groups:
  - terms: [børnefaglig undersøgelse, BFU]
    target: legal:bl-20
  - terms: [barnets plan, handleplan]
    target: legal:bl-91
  - terms: [Signs of Safety, SoS]
    target: methods:signs-of-safety
"""


def vocabulary(text: str = SYNONYMS, tmp_path=None) -> Vocabulary:
    tmp_path.joinpath("data").mkdir(exist_ok=True)
    tmp_path.joinpath("data", "synonyms.yml").write_text(text, "utf-8")
    found, problems = read_vocabulary(tmp_path)
    assert problems == []
    return found


# ---- synonyms --------------------------------------------------------------------------------------

def test_a_page_using_one_term_of_a_group_carries_the_others(tmp_path):
    words = vocabulary(tmp_path=tmp_path)
    assert [g.terms for g in words.groups_in("Vi drøftede en BFU.")] == [("børnefaglig undersøgelse", "BFU")]
    assert words.groups_in("De børnefaglige undersøgelser og handleplanen")[1].target == "legal:bl-91"
    assert words.groups_in("Intet af det.") == []
    assert words.groups_in("SOS-metoden")[0].target == "methods:signs-of-safety"  # case does not matter


def test_a_term_is_matched_only_at_the_start_of_a_word(tmp_path):
    words = vocabulary(tmp_path=tmp_path)
    assert words.groups_in("kosovo") == []  # 'sos' inside a word is not SoS
    assert words.groups_in("forældrebarnets plan") == []


def test_the_longest_term_wins_when_terms_begin_alike():
    words = Vocabulary((Group(("plan", "planlægning"), "methods:ics", 1),
                        Group(("barnets plan", "handleplan"), "legal:bl-91", 3)))
    assert [g.line for g in words.groups_in("barnets plan")] == [3]


def test_expansions_add_the_law_citations_of_a_group_that_targets_a_paragraph(tmp_path):
    words = vocabulary(tmp_path=tmp_path)
    added = expansions(words, LEGAL, "Sagsejer deler den børnefaglige undersøgelse.")
    assert {"BFU", "Barnets lov § 20", "SEL § 50", "servicelovens § 50", "§ 50"} <= set(added)
    assert "handleplan" not in added
    assert expansions(Vocabulary(), LEGAL, "Ingen paragraffer her.") == []


# ---- the law before and after 2024 ---------------------------------------------------------------------

@pytest.mark.parametrize("text, keys", [
    ("Barnets lov § 20", ["bl-20"]),
    ("BL §§ 20-23", ["bl-20"]),
    ("efter § 46 (tidligere servicelovens § 52, stk. 3, nr. 7)", ["bl-46", "bl-32"]),
    ("SEL § 50", ["bl-20"]),
    ("serviceloven § 140", ["bl-91"]),
    ("servicelovens § 48 a", ["bl-6"]),
    ("Ingen paragraf", []),
])
def test_cited_paragraphs_are_read_as_barnets_lov(text, keys):
    assert cited(LEGAL, text) == keys


def test_every_citation_of_a_paragraph_and_of_its_predecessor():
    forms = citations(LEGAL.items["bl-20"])
    assert forms == ["Barnets lov § 20", "BL § 20", "§ 20", "Serviceloven § 50", "servicelovens § 50",
                     "SEL § 50", "§ 50"]
    assert citations(LEGAL.items["bl-18"]) == ["Barnets lov § 18", "BL § 18", "§ 18"]  # new with the law


# ---- question words ---------------------------------------------------------------------------------------

def test_stop_words_are_snowball_s_list_and_the_question_words():
    words = stop_words()
    assert words[:5] == ["og", "i", "jeg", "det", "at"]  # Snowball's list, as it ranks them
    assert {"hvad", "hvor", "sådan", "hvordan", "hvornår", "må"} <= set(words)
    assert len(words) == len(set(words))
    assert not {"sparring", "skrive", "barnet", "sag"} & set(words)


# ---- the file's own mistakes --------------------------------------------------------------------------------

def test_no_synonyms_file_is_an_empty_vocabulary(tmp_path):
    assert read_vocabulary(tmp_path) == (Vocabulary(), [])


@pytest.mark.parametrize("text, code, line", [
    ("groups:\n  - terms: [BFU, børnefaglig undersøgelse\n    target: legal:bl-20\n", "S901", 3),
    ("grupper: []\n", "S902", 1),
    ("groups:\n  - terms: [BFU]\n    target: legal:bl-20\n", "S902", 2),
    ("groups:\n  - terms: [BFU, BU]\n", "S902", 2),
    ("groups:\n  - terms: [BFU, {a: b}]\n    target: legal:bl-20\n", "S902", 2),
])
def test_a_malformed_file_is_reported_at_its_line(tmp_path, text, code, line):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "synonyms.yml").write_text(text, "utf-8")
    _, problems = read_vocabulary(tmp_path)
    assert [(p.code, p.line) for p in problems] == [(code, line)]


def test_a_file_that_is_not_utf8_is_s901(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "synonyms.yml").write_bytes("groups: [ø]".encode("latin-1"))
    assert [p.code for p in read_vocabulary(tmp_path)[1]] == ["S901"]


def _findings(kb, code):
    _, _, found = kb.check()
    return [d for d in found if d.code == code]


def test_every_target_is_verified(kb):
    kb.write("data/synonyms.yml", """\
groups:
  - terms: [BFU, børnefaglig undersøgelse]
    target: legal:bl-20
  - terms: [SoS, Signs of Safety]
    target: methods:sos
  - terms: [sagsejer, sagsbehandler]
    target: brug.md#sådan-gør-du
  - terms: [genogram, slægtstræ]
    target: brug.md#genogrammer
  - terms: [ordliste, glossar]
    target: ordliste.md
  - terms: [trekanten, ICS-trekanten]
    target: trekant:ics
""")
    found = _findings(kb, "S903")
    assert [(d.path, d.line) for d in found] == [("data/synonyms.yml", 5), ("data/synonyms.yml", 9),
                                                 ("data/synonyms.yml", 11), ("data/synonyms.yml", 13)]
    assert "methods har ingen nøgle 'sos'" in found[0].message and "signs-of-safety" in found[0].hint
    assert "'#genogrammer'" in found[1].message
    assert "siden ordliste.md findes ikke" in found[2].message
    assert "'trekant' er ikke en taksonomi" in found[3].message


def test_a_term_in_two_groups_is_s904(kb):
    kb.write("data/synonyms.yml", """\
groups:
  - terms: [plan, barnets plan]
    target: legal:bl-91
  - terms: [Plan, sikkerhedsplan]
    target: methods:sikkerhedsplan
""")
    found = _findings(kb, "S904")
    assert [(d.line, d.message) for d in found] == [(4, "'Plan' står både i gruppen på linje 2 og i denne.")]


def test_the_synonyms_file_is_scanned_for_personal_data(kb):
    kb.write("data/synonyms.yml", "groups:\n  - terms: [BFU, 010203-1234]\n    target: legal:bl-20\n")
    _, _, found = kb.check()
    assert any(d.path == "data/synonyms.yml" and d.code.startswith("P6") for d in found)
    assert not any("010203-1234" in d.message for d in found)


# ---- what the pages carry into the index ------------------------------------------------------------------

def test_an_entry_page_carries_what_its_result_shows_and_its_other_names(kb):
    kb.write("data/synonyms.yml", SYNONYMS)
    kb.edit("docs/principper/P-0001-en-time.md", "status: adopted", "questions:\n  - Hvor lang tid har vi?\n"
            "status: adopted")
    site = kb.run().site
    page = site.page("principper/P-0001-en-time.md")
    search = page.parts["search"]
    assert 'data-pagefind-meta="status[data-value]" data-value="Vedtaget"' in search
    assert 'data-pagefind-meta="id[data-value]" data-value="P-0001"' in search
    assert "data-pagefind-filter" not in search  # Pagefind's filters slow every search (see write_facets)
    assert 'data-pagefind-meta="summary[data-value]" data-value="En sagsdrøftelse varer højst 60 minutter."' in search
    terms = re.search(r"<p data-pagefind-weight=\"0.5\">(.*)</p>", search)[1]
    assert {"BFU", "SEL", "servicelovens", "50", "20"} <= set(terms.split())  # from the heading and legal: [bl-20]
    assert len(terms.split()) == len({w.lower() for w in terms.split()})  # each word once
    card = page.parts["card"]
    assert "Svarer på" in card and "<li>Hvor lang tid har vi?</li>" in card
    assert 'data-pagefind-weight="6"' in card and 'data-pagefind-weight="5"' in card
    assert "<!--praksis:search-->" in page.markdown


def test_a_superseded_principle_names_its_successor_in_the_index(kb):
    kb.edit("docs/principper/P-0002-forslag.md", "status: proposed\n",
            "status: superseded\ndecided: 2026-02-03\n")
    kb.edit("docs/principper/P-0001-en-time.md", "onboarding: true", "onboarding: true\nsupersedes: [P-0002]")
    search = kb.run().site.page("principper/P-0002-forslag.md").parts["search"]
    assert 'data-value="Erstattet"' in search
    assert 'data-pagefind-meta="successor_id[data-value]" data-value="P-0001"' in search
    assert 'data-pagefind-meta="successor_url[data-value]" data-value="principper/P-0001-en-time/"' in search


def test_the_facets_say_each_page_s_kind_status_and_ics_sides(kb):
    result = kb.run()
    facets = result.site.builder.views.search_facets(result.site.pages)
    assert facets["/principper/P-0001-en-time/"] == {"type": ["Principper"], "ics": ["Barnets udvikling"],
                                                   "status": ["Vedtaget"]}
    assert facets["/principper/P-0002-forslag/"]["status"] == ["Forslag"]
    assert facets["/sager/C-0001-skolefravaer/"] == {"type": ["Sager"], "ics": ["Barnets udvikling", "Forældrekompetencer"]}
    assert facets["/brug/"] == {"type": ["Sider"]}
    assert "/status/adopted/" not in facets  # generated listings are not searched
    assert "status[" not in result.site.page("brug.md").parts["search"]


def test_the_facets_are_written_beside_the_index_by_pagefind_s_page_ids(tmp_path):
    import gzip
    import json

    from praksis.search_index import FACETS_FILE, STATUS_FILE, page_ids, write_facets

    (tmp_path / "fragment").mkdir()
    for page_id, url in (("da_aaa", "/principper/P-0001/"), ("da_bbb", "/sager/C-0001/"), ("da_ccc", "/brug/")):
        (tmp_path / "fragment" / f"{page_id}.pf_fragment").write_bytes(
            gzip.compress(b"pagefind_dcd" + json.dumps({"url": url}).encode()))
    assert page_ids(tmp_path) == {"/principper/P-0001/": "da_aaa", "/sager/C-0001/": "da_bbb", "/brug/": "da_ccc"}
    write_facets(tmp_path, {"/principper/P-0001/": {"type": ["Principper"], "status": ["Vedtaget"], "ics": ["A"]},
                            "/sager/C-0001/": {"type": ["Sager"], "ics": ["A", "B"]}, "/brug/": {"type": ["Sider"]},
                            "/ikke-indekseret/": {"type": ["Sider"]}})
    assert json.loads((tmp_path / STATUS_FILE).read_text()) == {"Vedtaget": "da_aaa"}
    assert json.loads((tmp_path / FACETS_FILE).read_text()) == {
        "type": {"Principper": "da_aaa", "Sager": "da_bbb", "Sider": "da_ccc"}, "ics": {"A": "da_aaa da_bbb", "B": "da_bbb"}}


def test_questions_must_be_a_list_of_text(kb):
    kb.edit("docs/principper/P-0001-en-time.md", "status: adopted", "questions:\n  - {a: b}\nstatus: adopted")
    _, _, found = kb.check()
    assert any(d.code == "M205" and d.path.endswith("P-0001-en-time.md") for d in found)


def test_search_help_lists_the_glossary_and_the_overviews(kb):
    kb.write("docs/ordliste.md", "# Ordliste\n\n## Bisidder\n\nEn støtteperson. Mere tekst.\n\n## Genogram\n\nEn tegning.\n")
    help_data = kb.run().site.builder.views.search_help()
    assert help_data["glossary"] == [
        {"term": "Bisidder", "url": "ordliste/#bisidder", "text": "En støtteperson."},
        {"term": "Genogram", "url": "ordliste/#genogram", "text": "En tegning."}]
    assert [i["url"] for i in help_data["indexes"]][:3] == ["ics/", "lov/", "metoder/"]
    assert help_data["filters"]["type"] == ["Principper", "Sager", "Møder", "Tilsyn", "Sider"]
    assert help_data["filters"]["status"] == ["Forslag", "Vedtaget", "Erstattet", "Udgået"]
    assert "hvordan" in help_data["stop_words"]


def test_a_word_that_begins_with_a_shorter_term_belongs_to_the_longer_one():
    words = Vocabulary((Group(("frist", "deadline"), "legal:bl-20", 1),
                        Group(("fristoverskridelse", "overskredet frist"), "legal:bl-20", 3)))
    assert [g.line for g in words.groups_in("en fristoverskridelse")] == [3]
    assert [g.line for g in words.groups_in("fristen")] == [1]


def test_a_new_principle_asks_for_its_questions_and_the_check_refuses_the_template_s(kb):
    from praksis.placeholders import question_of

    question = question_of("principle")
    kb.edit("docs/principper/P-0001-en-time.md", "status: adopted",
            f"questions:\n  - Hvor lang tid har vi?\n  - \"{question}\"\nstatus: adopted")
    _, _, found = kb.check()
    template = [d for d in found if d.code == "M213"]
    assert [(d.line, d.col) for d in template] == [(7, 5)]
    assert "questions" in template[0].message


def test_only_what_a_page_is_about_carries_other_names_not_a_passing_mention(kb):
    kb.write("data/synonyms.yml", SYNONYMS)
    kb.edit("docs/principper/P-0002-forslag.md", "Tekst om", "Tekst om en BFU i forbifarten og om")
    kb.edit("cases_anonymized/C-0001-skolefravaer.md", "## Situationen", "## Situationen før BFU'en")
    site = kb.run().site
    assert "<p data-pagefind-weight" not in site.page("principper/P-0002-forslag.md").parts["search"]
    case_terms = site.page("sager/C-0001-skolefravaer.md").parts["search"]
    assert "børnefaglig undersøgelse" in case_terms and "SEL" in case_terms  # its heading says what it is about
