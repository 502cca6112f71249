"""The faglig koordinator's agenda (`praksis review`), proposing a change without git, and the print page."""

from __future__ import annotations

import json
from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from praksis.cli import main
from praksis.views import edit_url

TODAY = date.today()
P1 = "docs/principper/P-0001-en-time.md"
P2 = "docs/principper/P-0002-forslag.md"


def due(kb, path: str, days: int, owner: str | None = None) -> None:
    text = (kb.root / path).read_text("utf-8")
    lines = [line for line in text.split("\n") if not line.startswith(("review_by:", "owner:"))]
    extra = [f"review_by: {(TODAY + timedelta(days=days)).isoformat()}"] + ([f"owner: {owner}"] if owner else [])
    lines[1:1] = extra
    (kb.root / path).write_text("\n".join(lines), "utf-8")


def review(kb, capsys, *args: str):
    code = main(["review", "--root", str(kb.root), *args])
    return code, capsys.readouterr().out


def test_review_lists_overdue_and_soon_due_principles_by_owner(kb, capsys):
    due(kb, P1, -10, "Teamleder")
    due(kb, P2, 30, "Faglig koordinator")
    code, out = review(kb, capsys)
    assert code == 0
    assert out.index("Faglig koordinator") < out.index("P-0002") < out.index("Teamleder") < out.index("P-0001")
    assert "overskredet med 10 dage" in out and "om 30 dage" in out


def test_review_within_leaves_out_what_is_due_later(kb, capsys):
    due(kb, P1, 100, "Teamleder")
    assert "P-0001" not in review(kb, capsys)[1]
    assert "om 100 dage" in review(kb, capsys, "--within", "120")[1]


def test_review_json_holds_the_same_facts(kb, capsys):
    due(kb, P1, -1, "Teamleder")
    data = json.loads(review(kb, capsys, "--output-format", "json")[1])
    assert data["today"] == TODAY.isoformat()
    [owner] = data["owners"]
    assert owner["owner"] == "Teamleder"
    assert owner["principles"][0] == {"id": "P-0001", "title": "Sparring varer højst en time", "path": P1,
                                           "status": "adopted", "review_by": (TODAY - timedelta(days=1)).isoformat(),
                                           "days": -1, "overdue": True}


def test_superseded_and_retired_principles_are_not_on_the_agenda(kb, capsys):
    due(kb, P1, -5, "Teamleder")
    kb.edit(P1, "status: adopted", "status: retired")
    assert "P-0001" not in review(kb, capsys)[1]


def test_review_refuses_a_number_of_days_that_is_not_one(kb, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["review", "--root", str(kb.root), "--within", "snart"])
    assert stop.value.code == 2 and "antal dage" in capsys.readouterr().err


# --- Foreslå en ændring -------------------------------------------------------------------------------

def test_every_principle_offers_a_prefilled_mail_to_the_coordinator(kb):
    kb.edit("mkdocs.yml", "site_name: Testpraksis\n", "site_name: Testpraksis\nsite_url: https://praksis.example/\n")
    kb.edit("mkdocs.yml", "      search: false\n", "      search: false\n      coordinator_email: fk@kommune.example\n")
    result = kb.run()
    result.site.render_all()
    page = result.site.page("principper/P-0001-en-time.md").text
    assert "Foreslå en ændring" in page
    href = page.split('href="mailto:', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    address, _, query = href.partition("?")
    fields = parse_qs(query)
    assert address == "fk@kommune.example"
    assert fields["subject"] == ["Forslag til ændring af P-0001: Sparring varer højst en time"]
    assert "https://praksis.example/principper/P-0001-en-time/" in fields["body"][0]
    assert "P-0001 Sparring varer højst en time" in fields["body"][0]


def test_without_an_address_or_a_repository_the_page_says_who_to_ask(kb):
    result = kb.run()
    result.site.render_all()
    page = result.site.page("principper/P-0001-en-time.md").text
    assert "mailto:" not in page and "Tal med den faglige koordinator" in page


def test_the_edit_link_opens_the_file_in_the_repository_editor_as_mkdocs_would():
    github = {"repo_url": "https://github.com/kommune/praksis"}
    assert edit_url(github, P1) == "https://github.com/kommune/praksis/edit/master/docs/principper/P-0001-en-time.md"
    own = {"repo_url": "https://git.kommune.example/team/praksis/", "edit_uri": "-/edit/main/docs/"}
    assert edit_url(own, "cases_anonymized/C-0001-x.md") == (
        "https://git.kommune.example/team/praksis/-/edit/main/cases_anonymized/C-0001-x.md")
    assert edit_url({"repo_url": "https://git.kommune.example/x"}, P1) == ""  # no default edit_uri for the host
    assert edit_url({}, P1) == ""


def test_the_principle_page_links_to_the_web_editor_when_the_repository_is_named(kb):
    kb.edit("mkdocs.yml", "site_name: Testpraksis\n",
            "site_name: Testpraksis\nrepo_url: https://github.com/kommune/praksis\nedit_uri: edit/main/docs/\n")
    result = kb.run()
    result.site.render_all()
    page = result.site.page("principper/P-0001-en-time.md").text
    assert 'href="https://github.com/kommune/praksis/edit/main/docs/principper/P-0001-en-time.md"' in page
    assert "Foreslå en ændring" not in result.site.page("sager/C-0001-skolefravaer.md").text


# --- print ------------------------------------------------------------------------------------------------

def test_the_print_page_holds_every_adopted_principle_with_contents_and_demoted_headings(kb):
    kb.write("docs/principper/P-0003-tre.md", "---\nid: P-0003\ntitle: Tre\nsummary: S.\nstatus: adopted\n"
             "decided: 2026-02-03\nmeeting: M-2026-02-03\n---\n\n## Baggrund\n\nTekst.\n\n```\n# ikke en overskrift\n```\n")
    result = kb.run()
    result.site.render_all()
    page = result.site.page("principper/udskrift.md").text
    assert page.index('id="p-0001"') < page.index('id="p-0003"')
    assert "P-0002" not in page  # a proposal is not agreed practice
    assert '<a href="#p-0001">P-0001 Sparring varer højst en time</a>' in page
    assert "### Baggrund" in page and "\n# ikke en overskrift" in page
    assert "praksis_index: false" in page
