"""`praksis new`: next free id, a file that passes the checks, never an overwrite."""

from __future__ import annotations

from datetime import date

from praksis.cli import main


def test_new_principle_takes_the_next_free_id_and_is_proposed(kb, capsys):
    assert main(["new", "principle", "--root", str(kb.root), "--title", "Vi taler med barnet først"]) == 0
    path = capsys.readouterr().out.strip()
    assert path == "docs/principper/P-0003-vi-taler-med-barnet-foerst.md"
    text = (kb.root / path).read_text("utf-8")
    assert "id: P-0003" in text and "status: proposed" in text
    assert '"Vi taler med barnet først"' in text
    _, _, diagnostics = kb.check()
    assert diagnostics == []


def test_new_case_takes_the_next_free_id(kb, capsys):
    assert main(["new", "case", "--root", str(kb.root), "--title", "Ung på 15 år"]) == 0
    assert capsys.readouterr().out.strip() == "cases_anonymized/C-0002-ung-paa-15-aar.md"


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


def test_new_meeting_for_a_case_carries_the_time_boxed_agenda(kb, capsys):
    args = ["new", "meeting", "--root", str(kb.root), "--date", "2026-12-01", "--case", "C-0001"]
    assert main(args) == 0
    text = (kb.root / capsys.readouterr().out.strip()).read_text("utf-8")
    assert "cases: [C-0001]" in text and "### Sag [[C-0001]]" in text
    assert "| 00:00-00:03 | Rammesætning (3 min) |" in text
    assert "| 00:21-00:36 | Refleksionsrunde (15 min) |" in text
    assert "**I alt 60 min**" in text and "## Principielle spørgsmål" in text
    _, _, diagnostics = kb.check()
    assert diagnostics == []


def test_new_meeting_refuses_an_unknown_case(kb, capsys):
    assert main(["new", "meeting", "--root", str(kb.root), "--case", "C-0404"]) == 2
    assert "C-0404 findes ikke" in capsys.readouterr().err


def test_new_principle_from_a_meeting_fills_meeting_and_date_and_is_listed_there(kb, capsys):
    args = ["new", "principle", "--root", str(kb.root), "--from-meeting", "M-2026-02-03", "--title", "Ny praksis"]
    assert main(args) == 0
    text = (kb.root / capsys.readouterr().out.strip()).read_text("utf-8")
    assert "status: proposed" in text and "meeting: M-2026-02-03" in text and "decided: 2026-02-03" in text
    meeting = (kb.root / "docs/moeder/M-2026-02-03.md").read_text("utf-8")
    assert "decisions: [P-0001, P-0003]" in meeting
    _, _, diagnostics = kb.check()
    assert diagnostics == []


def test_new_principle_from_an_unknown_meeting_is_refused(kb, capsys):
    args = ["new", "principle", "--root", str(kb.root), "--from-meeting", "M-1999-01-01", "--title", "X"]
    assert main(args) == 2
    assert not list((kb.root / "docs/principper").glob("P-0003-*"))
