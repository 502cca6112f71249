"""Mistakes that used to pass without a word: each is now reported, and the site agrees with the check."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest

from praksis.cli import main

P1 = "docs/principper/P-0001-en-time.md"
P2 = "docs/principper/P-0002-forslag.md"
M1 = "docs/moeder/M-2026-02-03.md"


def diagnostics(kb):
    return kb.check()[2]


@pytest.mark.parametrize("written,suggested", [
    ("[[p-0001]]", "[[P-0001]]"), ("[[P-1]]", "[[P-0001]]"), ("[[ P-0001 ]]", "[[P-0001]]"),
    ("[[P-0001|]]", "[[P-0001]]"), ("[[m-2026-02-03]]", "[[M-2026-02-03]]"),
])
def test_a_reference_in_the_wrong_form_is_reported_with_the_form_that_works(kb, written, suggested):
    kb.edit(P2, "Tekst om", f"Se {written} og")
    (found,) = [d for d in diagnostics(kb) if d.code == "R312"]
    assert (found.path, found.line, found.col) == (P2, 9, 4)
    assert written in found.message and suggested in found.hint


def test_brackets_inside_code_are_left_alone(kb):
    kb.edit(P2, "Tekst om", "Skriv `[[p-1]]` sådan ikke. Tekst om")
    assert diagnostics(kb) == []


LINKS = {  # link written in docs/principper/P-0003-links.md -> accepted by the check?
    "../sparringsmodel.md": True,
    "../sparringsmodel.md#afsnit": True,
    "../ics/index.md": True,  # a generated page
    "P-0003-links.md": True,
    "../sparringsmodel/": False,  # a site address from the file's folder: a 404 on the site
    "../../sparringsmodel/": False,  # the site address that works in a browser, but not a file
    "../ics/": False,
    "/sparringsmodel/": False,
    "sparringsmodel.md": False,
}


@pytest.fixture(scope="module")
def link_site(tmp_path_factory):
    """One knowledge base with every link form, checked, then built with the failing forms removed."""
    from conftest import make_kb

    kb = make_kb(tmp_path_factory.mktemp("links") / "kb")
    kb.write("docs/sparringsmodel.md", "# Sparringsmodellen\n\n## Afsnit\n\nTekst.\n")
    body = "\n\n".join(f"Link {i}: [her]({target})" for i, target in enumerate(LINKS))
    kb.write("docs/principper/P-0003-links.md", "---\nid: P-0003\ntitle: Links\nsummary: Om links.\n"
                                                "status: proposed\n---\n\n" + body + "\n")
    found = {d.line: d for d in diagnostics(kb) if d.code == "K501"}
    accepted = {target: (8 + 2 * i) not in found for i, target in enumerate(LINKS)}
    hints = {target: found[8 + 2 * i].hint for i, target in enumerate(LINKS) if (8 + 2 * i) in found}
    kb.write("docs/principper/P-0003-links.md", "---\nid: P-0003\ntitle: Links\nsummary: Om links.\nstatus: proposed\n"
             "---\n\n" + "\n\n".join(f"[her]({t})" for t, ok in LINKS.items() if ok) + "\n")
    assert main(["build", "--root", str(kb.root), "--out", str(kb.root / "site")]) == 0
    return accepted, hints, kb.root / "site"


def test_the_check_accepts_exactly_the_links_mkdocs_resolves(link_site):
    accepted, _, _ = link_site
    assert accepted == LINKS


def test_every_rejected_link_says_the_rule_once_and_names_the_link_that_works(link_site):
    _, hints, _ = link_site
    for target, hint in hints.items():
        assert "stien fra siden til filen" in hint, target
        assert "'../sparringsmodel.md'" in hint or "'../ics/index.md'" in hint, (target, hint)


def test_every_accepted_link_leads_to_a_page_on_the_built_site(link_site):
    _, _, site = link_site
    page = site / "principper/P-0003-links/index.html"
    hrefs = re.findall(r'<a href="([^"#]*)(?:#[^"]*)?">her</a>', page.read_text("utf-8"))
    assert len(hrefs) == sum(LINKS.values())
    for href in hrefs:
        target = Path(posixpath.normpath(posixpath.join("principper/P-0003-links/", href)))
        assert (site / target / "index.html").is_file() or (site / target).is_file(), href


def test_a_principle_named_in_supersedes_must_say_superseded(kb):
    kb.edit(P2, "status: proposed\nrelated: [P-0001]", "status: adopted\ndecided: 2026-02-03\nsupersedes: [P-0001]")
    (found,) = [d for d in diagnostics(kb) if d.code == "L407"]
    assert found.path == P1 and "P-0002" in found.message and "'adopted'" in found.message


def test_a_proposal_that_would_supersede_is_shown_as_a_proposal_not_as_the_replacement(kb):
    kb.edit(P2, "related: [P-0001]", "supersedes: [P-0001]")
    model, site, found = kb.check()
    assert [d.code for d in found] == []  # P-0001 stays adopted until the proposal is adopted
    card = site.markdown_by_uri()["principper/P-0001-en-time.md"]
    assert "Erstattet af" not in card and "Foreslås erstattet af" in card and "(Forslag)" in card
    kb.edit(P1, "status: adopted", "status: superseded")  # too early: nothing adopted replaces it yet
    (early,) = [d for d in diagnostics(kb) if d.code == "L402"]
    assert "kun et forslag" in early.hint


def test_proposals_are_marked_wherever_adopted_principles_list_them(kb):
    kb.edit(P2, "Tekst om", "Se [[P-0001]]. Tekst om")  # a backlink from a proposal
    card = kb.check()[1].markdown_by_uri()["principper/P-0001-en-time.md"]
    related = card.split("Relaterede", 1)[1].split("</div>", 1)[0]
    backlinks = card.split("Henvist fra", 1)[1].split("</div>", 1)[0]
    assert "Forslag om genogram" in related and "(Forslag)" in related
    assert "Forslag om genogram" in backlinks and "(Forslag)" in backlinks
    assert "Forside" in backlinks and "Forside](../../index.md) (" not in backlinks  # pages carry no status


def test_a_future_decision_date_without_a_meeting_is_reported(kb):
    kb.edit(P1, "decided: 2026-02-03\nmeeting: M-2026-02-03\n", "decided: 2027-05-01\n")
    kb.edit(M1, "decisions: [P-0001]", "decisions: []")
    assert [(d.code, d.line) for d in diagnostics(kb)] == [("L408", 6)]


def test_a_proposal_listed_as_a_decision_is_reported_and_not_shown_as_one(kb):
    kb.edit(M1, "decisions: [P-0001]", "decisions: [P-0001, P-0002]")
    model, site, found = kb.check()
    assert [(d.code, d.path) for d in found] == [("L409", M1)]
    page = site.markdown_by_uri()["moeder/M-2026-02-03.md"]
    decisions = page.split("Beslutninger", 1)[1].split("</div>", 1)[0]
    assert "Forslag om genogram" not in decisions
