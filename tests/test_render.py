"""Rendering the pages: [[id]] links in the Markdown, cards and listings as HTML after it, generated pages."""

from __future__ import annotations

from praksis.anchors import anchors, slugify


def pages(kb):
    _, site, _ = kb.check()
    return site.markdown_by_uri()


def test_wikilink_renders_as_a_relative_link_carrying_the_title(kb):
    index = pages(kb)["index.md"]
    assert "[Sparring varer højst en time](principper/P-0001-en-time.md)" in index


def test_wikilink_with_own_text_and_from_a_subfolder(kb):
    page = pages(kb)["principper/P-0002-forslag.md"]
    assert "[tidsrammen](P-0001-en-time.md)" in page


def test_wikilink_inside_code_is_left_alone(kb):
    page = pages(kb)["principper/P-0001-en-time.md"]
    assert "`[[P-9999]]`" in page


def test_unknown_wikilink_is_marked_not_dropped(kb):
    kb.edit("docs/index.md", "Læs [[P-0001]]", "Læs [[P-0404]]")
    assert "**[[P-0404]]** *(ukendt henvisning)*" in pages(kb)["index.md"]


def card_of(page: str) -> str:
    """The card: from its start to the body's first heading (the card comes first on the page)."""
    return page.split('<div class="praksis-card', 1)[1].split("<h2", 1)[0]


def test_principle_card_shows_status_decision_ics_legal_cases_review_and_backlinks(kb):
    card = card_of(pages(kb)["principper/P-0001-en-time.md"])
    assert 'praksis-badge--adopted">Vedtaget' in card
    assert '3. februar 2026 på <a href="../../moeder/M-2026-02-03/">Teammøde 3. februar 2026</a>' in card
    assert '<a class="praksis-chip" href="../../ics/barnets-udvikling/">Barnets udvikling</a>' in card
    assert '<a href="../../lov/bl-20/">Barnets lov § 20</a> (før 2024: Serviceloven § 50)' in card
    assert '<a href="../../sager/C-0001-skolefravaer/">Skolefravær</a>' in card  # derived from the case
    assert "1. januar 2099" in card and "overskredet" not in card
    assert "Henvist fra" in card and '<a href="../P-0002-forslag/">Forslag om genogram</a>' in card


def test_overdue_review_is_marked(kb):
    kb.edit("docs/principper/P-0001-en-time.md", "review_by: 2099-01-01", "review_by: 2025-01-01")
    assert "praksis-overdue" in pages(kb)["principper/P-0001-en-time.md"]


def test_supersedes_shows_on_both_principles(kb):
    kb.edit("docs/principper/P-0002-forslag.md", "status: proposed",
            "status: adopted\ndecided: 2026-02-03\nsupersedes: [P-0001]")
    kb.edit("docs/principper/P-0001-en-time.md", "status: adopted", "status: superseded")
    rendered = pages(kb)
    assert "Erstattet af" in rendered["principper/P-0001-en-time.md"]
    assert "Erstatter" in rendered["principper/P-0002-forslag.md"]


def test_case_card_lists_its_principles_and_never_a_meeting_or_a_date(kb):
    kb.edit("docs/moeder/M-2026-02-03.md", "Vi vedtog [[P-0001]].", "Vi vedtog [[P-0001]] efter [[C-0001]].")
    page = pages(kb)["sager/C-0001-skolefravaer.md"]
    assert '<a href="../../principper/P-0001-en-time/">Sparring varer højst en time</a>' in page
    # Even a meeting that names the case (an error, R314) is not shown: no "Drøftet på", no backlink, no date.
    assert "moeder/" not in page and "Drøftet på" not in page and "februar 2026" not in page
    assert "Gennemgået af faglig koordinator</span>" in page and "marts 2026" not in page  # the role, not the day


def test_every_case_page_says_it_is_a_composite_and_no_other_page_does(kb):
    notice = ("<strong>Sammensat eksempel:</strong> sagen er skrevet til brug for fælles læring og bygger på træk "
              "fra flere sager; den beskriver ingen bestemt familie.")
    kb.write("cases_anonymized/C-0002-ny.md", (kb.root / "cases_anonymized/C-0001-skolefravaer.md").read_text("utf-8")
             .replace("C-0001", "C-0002"))
    rendered = pages(kb)
    assert notice in rendered["sager/C-0001-skolefravaer.md"] and notice in rendered["sager/C-0002-ny.md"]
    assert "Sammensat eksempel" not in (kb.root / "cases_anonymized/C-0001-skolefravaer.md").read_text("utf-8")  # not typed into the file
    assert not [uri for uri, page in rendered.items() if notice in page and not uri.startswith("sager/C-")]


def test_generated_index_pages_exist_and_list_entries(kb):
    rendered = pages(kb)
    for uri in ("ics/index.md", "ics/barnets-udvikling/index.md", "ics/barnets-udvikling/sundhedsforhold.md",
                "metoder/index.md", "metoder/reflekterende-team.md", "lov/index.md", "lov/bl-20.md",
                "status/index.md", "status/proposed.md", "principper/index.md", "sager/index.md",
                "moeder/index.md", "regler/index.md", "regler/r305.md"):
        assert uri in rendered, uri
    assert "Forslag til behandling" in rendered["status/proposed.md"]
    assert '<a href="../../principper/P-0002-forslag/">Forslag om genogram</a>' in rendered["status/proposed.md"]
    # A side collects the entries of its dimensions.
    side = rendered["ics/barnets-udvikling/index.md"]
    assert '<a href="../../sager/C-0001-skolefravaer/">Skolefravær</a>' in side
    assert "praksis_index: false" in side  # listings stay out of the search index


def test_generated_parts_stand_as_markers_in_the_markdown_mkdocs_converts(kb):
    _, site, _ = kb.check()
    page = site.page("principper/P-0001-en-time.md")
    assert "<!--praksis:card-->" in page.markdown and "praksis-card" not in page.markdown
    assert page.parts["card"].startswith('<div class="praksis-card praksis-card--adopted"')
    assert "\n\n" not in page.parts["card"]  # one raw HTML block when written into Markdown (--tree)
    assert "<!--praksis:" not in page.text and "praksis-card--adopted" in page.text


def test_onboarding_reading_path_lists_adopted_onboarding_principles(kb):
    page = pages(kb)["brug.md"]
    assert "1. [Sparring varer højst en time](principper/P-0001-en-time.md)" in page
    assert "praksis:onboarding" not in page


def test_schema_reference_comes_from_the_schema(kb):
    kb.write("docs/bidrag.md", "# Bidrag\n\n<!-- praksis:schema -->\n")
    page = pages(kb)["bidrag.md"]
    assert "| `review_by` | nej | dato (ÅÅÅÅ-MM-DD) |" in page
    assert "[`L405`](regler/l405.md)" in page and "`bl-20`" in page


def test_danish_heading_anchors_keep_æøå():
    assert slugify("Børnefaglig undersøgelse") == "børnefaglig-undersøgelse"
    assert anchors("## Sådan gør du\n\n## Sådan gør du\n\n```\n## ikke\n```\n") == {
        "sådan-gør-du", "sådan-gør-du_1"}
    assert anchors("## Titel {#eget-anker}\n") == {"eget-anker"}


def test_a_pages_markdown_does_not_depend_on_the_pages_rendered_before_it(kb):
    # Pages are rendered in worker processes for a large build, each worker taking some of them:
    # a page must come out the same whatever was rendered first (its figures' ids included).
    view = "ics_view:\n  barnets-udvikling:\n    - Barn A mangler hver fjerde skoledag.\n"
    for case in ("C-0001", "C-0002"):
        kb.write(f"cases_anonymized/{case}-view.md", (kb.root / "cases_anonymized/C-0001-skolefravaer.md")
                 .read_text("utf-8").replace("id: C-0001", f"id: {case}").replace("anonymized:", view + "anonymized:"))
    (kb.root / "cases_anonymized/C-0001-skolefravaer.md").unlink()
    _, in_order, _ = kb.check()
    _, reversed_order, _ = kb.check()
    first = {page.uri: page.text for page in in_order.pages}
    last = {page.uri: page.text for page in reversed(reversed_order.pages)}
    assert sum("ics-title-" in text for text in first.values()) >= 2, "two pages should draw an ICS triangle"
    assert [uri for uri in first if first[uri] != last[uri]] == []


def test_a_check_gathers_no_listing_that_only_a_rendered_page_shows(kb, monkeypatch):
    from praksis import views

    gathered: list[str] = []
    for name in ("principles_table", "cases_by_side", "by_year", "entry_list", "taxonomy_items"):
        original = getattr(views.Views, name)
        monkeypatch.setattr(views.Views, name, lambda self, *a, _f=original, _n=name, **k: (
            gathered.append(_n), _f(self, *a, **k))[1])
    site = kb.run().site
    assert gathered == []  # at 10,000 entries these listings were a third of a warm check
    page = next(p for p in site.pages if p.uri == "principper/index.md")
    assert "P-0001" in page.text
    assert gathered == ["principles_table"]


def test_the_method_and_law_indexes_are_tables_of_their_items_with_counts_kept_out_of_search(kb):
    site = kb.run().site
    for uri, title in (("metoder/index.md", "Metoder"), ("lov/index.md", "Lovgrundlag")):
        page = next(p for p in site.pages if p.uri == uri)
        assert page.title == title
        assert page.markdown.startswith(f"---\ntitle: \"{title}\"\npraksis_index: false\n---")
        assert f"\n# {title}\n\n<!--praksis:listing-->\n" in page.markdown  # no intro: straight to the listing
        assert '<thead><tr><th></th><th>Principper og sager</th></tr></thead>' in page.text
    methods = next(p for p in site.pages if p.uri == "metoder/index.md").text
    assert '<a href="reflekterende-team/">' in methods
