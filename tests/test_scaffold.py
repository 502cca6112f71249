"""`praksis new`: next free id, a file whose only findings are what the author must fill in, never an overwrite."""

from __future__ import annotations

from datetime import date

import pytest

from praksis import placeholders
from praksis.cli import main


def fill(kb, rel: str, kind: str) -> None:
    """Do what the author does: replace every text of the template with one's own."""
    texts = placeholders.load()[kind]
    path = kb.root / rel
    text = path.read_text("utf-8")
    for placeholder in [texts.get("summary"), texts.get("question"), *texts["body"]]:
        if placeholder:
            text = text.replace(placeholder, "Egen tekst om praksis.")
    path.write_text(text, "utf-8")


def codes_at(kb, rel: str) -> list[tuple[str, int]]:
    _, _, diagnostics = kb.check()
    assert {d.path for d in diagnostics} <= {rel}, diagnostics
    return [(d.code, d.line) for d in diagnostics]


def test_new_principle_takes_the_next_free_id_is_proposed_and_passes_once_filled_in(kb, capsys):
    assert main(["new", "principle", "--root", str(kb.root), "--title", "Vi taler med barnet først"]) == 0
    path = capsys.readouterr().out.strip()
    assert path == "docs/principper/P-0003-vi-taler-med-barnet-foerst.md"
    text = (kb.root / path).read_text("utf-8")
    assert "id: P-0003" in text and "status: proposed" in text
    assert '"Vi taler med barnet først"' in text
    # Unfilled, every text of the template is an error at its line (summary, the question it answers, three
    # body texts).
    assert codes_at(kb, path) == [("M213", 4), ("M213", 6), ("M213", 22), ("M213", 26), ("M213", 30)]
    assert kb.run().relations.references_from.get("P-0003", []) == []  # the example id makes no backlink
    fill(kb, path, "principle")
    assert codes_at(kb, path) == []


def test_new_case_records_no_review_nobody_made_and_says_what_to_fill_in(kb, capsys):
    assert main(["new", "case", "--root", str(kb.root), "--title", "Ung på 15 år"]) == 0
    path = capsys.readouterr().out.strip()
    assert path == "cases_anonymized/C-0002-ung-paa-15-aar.md"
    text = (kb.root / path).read_text("utf-8")
    assert "\nanonymized:" not in text  # only the reviewer records the review
    _, _, diagnostics = kb.check()
    messages = {d.code: [] for d in diagnostics}
    for d in diagnostics:
        messages[d.code].append(d.message)
    assert sorted(messages) == ["M204", "M213"]
    assert any("'ics' er tom" in m for m in messages["M204"])  # not "mangler": the key is there, empty
    assert any("'principles' er tom" in m for m in messages["M204"])
    assert any("'anonymized' mangler" in m for m in messages["M204"])
    assert len(messages["M213"]) == 5  # summary and four sections


def test_new_case_guides_the_author_to_a_composite_that_cannot_be_traced(kb, capsys):
    assert main(["new", "case", "--root", str(kb.root), "--title", "Samvær"]) == 0
    text = (kb.root / capsys.readouterr().out.strip()).read_text("utf-8")
    guidance = text.split("<!--", 1)[1].split("-->", 1)[0]
    assert "sammensat eksempel" in guidance and "Sitet skriver selv, at sagen er sammensat" in guidance
    assert 'Gengiv barnets ord med dine egne ord ("Barn A fortæller, at ...")' in guidance
    assert "uden køn" in guidance and "hvilket møde" in guidance and "aldersgruppe" in guidance
    assert "Sammensat eksempel:" not in text  # the notice itself is the site's, never typed into the file


def test_new_meeting_uses_date_forum_and_team(kb, capsys):
    args = ["new", "meeting", "--root", str(kb.root), "--date", "2026-12-01", "--forum", "Teammøde",
            "--team", "Øst"]
    assert main(args) == 0
    path = capsys.readouterr().out.strip()
    assert path == "docs/moeder/M-2026-12-01-oest.md"
    text = (kb.root / path).read_text("utf-8")
    assert "date: 2026-12-01" in text and "forum: teammoede" in text


def test_new_never_overwrites(kb, capsys):
    existing = kb.root / "docs/moeder/M-2026-02-03.md"
    before = existing.read_text("utf-8")
    assert main(["new", "meeting", "--root", str(kb.root), "--date", "2026-02-03"]) == 2
    assert "findes allerede" in capsys.readouterr().err
    assert existing.read_text("utf-8") == before


def test_new_refuses_bad_input_without_traceback(kb, capsys):
    assert main(["new", "principle", "--root", str(kb.root)]) == 2
    assert main(["new", "meeting", "--root", str(kb.root), "--date", "i morgen"]) == 2
    assert main(["new", "meeting", "--root", str(kb.root), "--forum", "kaffeklub"]) == 2
    err = capsys.readouterr().err
    assert "--title" in err and "ÅÅÅÅ-MM-DD" in err and "Ukendt forum" in err


def test_new_meeting_defaults_to_today(kb, capsys):
    assert main(["new", "meeting", "--root", str(kb.root)]) == 0
    assert capsys.readouterr().out.strip() == f"docs/moeder/M-{date.today().isoformat()}.md"


def test_new_meeting_carries_a_time_boxed_agenda_for_each_discussion_and_names_no_case(kb, capsys):
    args = ["new", "meeting", "--root", str(kb.root), "--date", "2026-12-01", "--discussions", "2"]
    assert main(args) == 0
    text = (kb.root / capsys.readouterr().out.strip()).read_text("utf-8")
    assert "### Sagsdrøftelse 1\n" in text and "### Sagsdrøftelse 2\n" in text and "Sagsdrøftelse 3" not in text
    assert text.count("| 00:00-00:03 | Rammesætning (3 min) |") == 2
    assert "| 00:21-00:36 | Refleksionsrunde (15 min) |" in text
    assert "**I alt 60 min**" in text and "## Principielle spørgsmål" in text
    assert "cases" not in text and "C-0" not in text  # a dated record names no case (R314)
    path = "docs/moeder/M-2026-12-01.md"
    assert codes_at(kb, path) == [("M213", 16), ("M213", 32)]  # each discussion's principle question is the author's
    fill(kb, path, "meeting")
    assert codes_at(kb, path) == []


def test_new_meeting_has_one_discussion_by_default(kb, capsys):
    assert main(["new", "meeting", "--root", str(kb.root), "--date", "2026-12-01"]) == 0
    text = (kb.root / capsys.readouterr().out.strip()).read_text("utf-8")
    assert "### Sagsdrøftelse\n" in text and text.count("Rammesætning (3 min)") == 1


def test_new_meeting_for_a_case_is_refused_with_the_reason(kb, capsys):
    assert main(["new", "meeting", "--root", str(kb.root), "--case", "C-0001"]) == 2
    err = capsys.readouterr().err
    assert "Et mødereferat nævner ingen eksempelsager" in err and "finde familien" in err and "--discussions" in err
    assert not list((kb.root / "docs/moeder").glob("M-2*-*-*.md"))[1:]  # nothing written beside the fixture's
    with pytest.raises(SystemExit) as refused:
        main(["new", "meeting", "--root", str(kb.root), "--discussions", "0"])
    assert refused.value.code == 2 and "et helt tal fra 1 til 9" in capsys.readouterr().err


def test_new_principle_from_a_meeting_names_the_meeting_but_is_not_decided_there(kb, capsys):
    meeting = kb.root / "docs/moeder/M-2026-02-03.md"
    before = meeting.read_text("utf-8")
    args = ["new", "principle", "--root", str(kb.root), "--from-meeting", "M-2026-02-03", "--title", "Ny praksis"]
    assert main(args) == 0
    path = capsys.readouterr().out.strip()
    text = (kb.root / path).read_text("utf-8")
    assert "status: proposed" in text and "meeting: M-2026-02-03" in text
    assert "\ndecided:" not in text  # a proposal has no decision date
    assert meeting.read_text("utf-8") == before  # the meeting record is not edited
    fill(kb, path, "principle")
    result = kb.run()
    assert result.diagnostics == []
    assert result.relations.proposals_of["M-2026-02-03"] == ["P-0003"]
    assert "P-0003" not in result.relations.decisions_of["M-2026-02-03"]
    pages = result.site.markdown_by_uri()
    assert "Forslag rejst" in pages["moeder/M-2026-02-03.md"]
    card = pages[path.removeprefix("docs/")]
    assert "Ikke besluttet endnu; rejst på" in card and '<span class="praksis-card__value">3.' not in card


def test_new_principle_from_an_unknown_meeting_is_refused(kb, capsys):
    args = ["new", "principle", "--root", str(kb.root), "--from-meeting", "M-1999-01-01", "--title", "X"]
    assert main(args) == 2
    assert not list((kb.root / "docs/principper").glob("P-0003-*"))
