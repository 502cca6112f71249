"""A link that does not work is told the link that would, when the author plainly meant a page that exists.

Links are file paths from the page, as MkDocs resolves them. An address copied from the browser, a
path from the wrong folder, an absolute path or an .html ending is answered with the path that works;
a link to nothing the site has gets the rule alone. What follows '?' is ignored, %-escapes are read,
and a #fragment is checked against the headings of the page it names.
"""

from __future__ import annotations

import pytest

from praksis.rules.links import LINK_RULE

GUIDE = "docs/guide/side.md"


def broken(kb, rel: str, target: str):
    kb.write("docs/sparringsmodel.md", "# Sparringsmodellen\n\n## Børnefaglig undersøgelse\n\nTekst.\n")
    kb.write(rel, f"# Side\n\nSe [her]({target}).\n")
    return [(d.code, d.line, d.col, d.message, d.hint, d.end) for d in kb.check()[2] if d.path == rel]


@pytest.mark.parametrize("target,works", [
    ("../sparringsmodel/", "../sparringsmodel.md"),  # the address the browser shows
    ("../../sparringsmodel/", "../sparringsmodel.md"),  # the same, counted from the page's own address
    ("sparringsmodel.md", "../sparringsmodel.md"),  # written from docs/ instead of from the page's folder
    ("../sparringsmodel.html", "../sparringsmodel.md"),
    ("../brug", "../brug.md"),
    ("../ics/", "../ics/index.md"),  # a generated page
])
def test_a_link_written_another_way_is_told_the_path_that_works(kb, target, works):
    ((code, line, col, message, hint, end),) = broken(kb, GUIDE, target)
    assert (code, line, col) == ("K501", 3, 10)
    assert message == f"Linket '{target}' peger på en side der ikke findes."
    assert hint == f"Skriv '{works}'. {LINK_RULE}"
    assert end == (3, 10 + len(target))


def test_an_absolute_path_is_refused_since_the_site_may_live_in_a_subfolder(kb):
    ((code, _, _, message, hint, _),) = broken(kb, GUIDE, "/sparringsmodel/")
    assert code == "K501"
    assert message == ("Linket '/sparringsmodel/' er en absolut sti; den virker ikke, når sitet ligger i en "
                       "undermappe på serveren.")
    assert hint == f"Skriv '../sparringsmodel.md'. {LINK_RULE}"


def test_from_the_front_page_the_path_that_works_has_no_folder(kb):
    ((_, _, _, _, hint, _),) = broken(kb, "docs/forside2.md", "sparringsmodel/")
    assert hint == f"Skriv 'sparringsmodel.md'. {LINK_RULE}"


def test_an_index_page_has_its_folder_as_its_address(kb):
    ((_, _, _, _, hint, _),) = broken(kb, "docs/guide/index.md", "../sparringsmodel/")
    assert hint == f"Skriv '../sparringsmodel.md'. {LINK_RULE}"
    ((_, _, _, _, hint, _),) = broken(kb, "docs/guide/index.md", "../../sparringsmodel/")  # above the site
    assert hint == LINK_RULE


def test_a_link_to_nothing_the_site_has_gets_the_rule_alone(kb):
    ((code, _, _, _, hint, _),) = broken(kb, GUIDE, "../findes-ikke.md")
    assert (code, hint) == ("K501", LINK_RULE)


@pytest.mark.parametrize("target", [
    "../sparringsmodel.md?udgave=2", "../sparringsmodel.md#børnefaglig-undersøgelse",
    "../sparringsmodel.md#b%C3%B8rnefaglig-unders%C3%B8gelse", "../sparr%69ngsmodel.md", "#side",
    "ftp://arkiv.example/fil.txt",  # not a page of this site, and not a web page to list
])
def test_links_that_work_are_accepted(kb, target):
    assert broken(kb, GUIDE, target) == []


def test_an_anchor_that_is_not_on_the_page_names_the_page(kb):
    ((code, line, col, message, _, _),) = broken(kb, GUIDE, "../sparringsmodel.md#afsnit-2")
    assert (code, line, col) == ("K502", 3, 10)
    assert message == "Ankeret '#afsnit-2' findes ikke på sparringsmodel.md."
    ((code, _, _, message, _, _),) = broken(kb, GUIDE, "#ingen-overskrift")
    assert message == "Ankeret '#ingen-overskrift' findes ikke på guide/side.md."


def test_a_web_address_is_listed_with_its_extent(kb):
    ((code, line, col, message, _, end),) = broken(kb, GUIDE, "https://www.retsinformation.dk")
    assert (code, line, col, end) == ("K503", 3, 10, (3, 40))
    assert message == "Eksternt link: https://www.retsinformation.dk"


def test_a_path_to_an_entry_is_told_to_use_its_id_but_an_entry_may_link_within_itself(kb):
    ((code, line, col, message, hint, end),) = broken(kb, GUIDE, "../principper/P-0001-en-time.md#baggrund")
    assert (code, line, col, end) == ("K504", 3, 10, (3, 50))
    assert message == "Linket '../principper/P-0001-en-time.md#baggrund' bruger en sti til P-0001."
    assert hint == "Skriv [[P-0001]] i stedet; så følger linket med, hvis filen flyttes."
    kb.edit("docs/principper/P-0001-en-time.md", "Tekst.", "Se [baggrunden](P-0001-en-time.md#baggrund).")
    assert [d for d in kb.check()[2] if d.path.startswith("docs/principper/")] == []


def test_a_link_to_a_file_beside_the_pages_works(kb):
    kb.write("docs/bilag/tjekliste.txt", "Husk barnets perspektiv.\n")
    assert broken(kb, GUIDE, "../bilag/tjekliste.txt") == []
    ((code, _, _, _, hint, _),) = broken(kb, GUIDE, "bilag/tjekliste.txt")
    assert (code, hint) == ("K501", f"Skriv '../bilag/tjekliste.txt'. {LINK_RULE}")


def test_a_link_without_an_anchor_renders_no_page_only_one_with_an_anchor_does():
    from praksis.pages import Page, Site

    rendered: list[str] = []

    def page(uri: str) -> Page:
        return Page(uri, uri, lambda: (rendered.append(uri) or "# Titel\n\n## Afsnit\n", {}))

    texts = Site([page("ics/index.md"), page("tags.md")], [], None).markdown_by_uri()
    assert "ics/index.md" in texts and "findes-ikke.md" not in texts
    assert rendered == []  # asking whether a page exists renders nothing: the check asks for every link
    assert "## Afsnit" in texts["tags.md"]
    assert rendered == ["tags.md"]
