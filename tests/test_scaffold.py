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
