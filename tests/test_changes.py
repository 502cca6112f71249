"""`praksis changes --base REF`: what a pull request does to the knowledge base, in Danish, not as a text diff.

Each specification commits the small fixture knowledge base in a git repository, changes the work tree as an
author would, and reads what `praksis changes` says about it (Markdown for the pull-request comment, JSON for
machines), and what `praksis check --base` adds to the normal check.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from praksis.changes import Changes, EntryChange, MAX_MARKDOWN, markdown, word_diff
from praksis.cli import main
from praksis.schema import KINDS

P1 = "docs/principper/P-0001-en-time.md"
P2 = "docs/principper/P-0002-forslag.md"
C1 = "cases_anonymized/C-0001-skolefravaer.md"
M1 = "docs/moeder/M-2026-02-03.md"
MARKER = "<!-- praksis-changes -->"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

_ENV = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid", "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1"}


def git(folder, *args) -> str:
    done = subprocess.run(["git", "-C", str(folder), *args], check=True, capture_output=True, text=True, env=_ENV)
    return done.stdout


def commit(folder, message="ændring") -> None:
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", message)


@pytest.fixture
def repo(kb):
    """The fixture knowledge base, committed on the branch 'main' (what a pull request is compared with)."""
    git(kb.root, "init", "-q", "-b", "main")
    commit(kb.root, "grundlag")
    return kb


def changes(kb, capsys, *args, base="main"):
    """(exit code, stdout, stderr) of `praksis changes`."""
    code = main(["changes", "--root", str(kb.root), "--base", base, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def changes_json(kb, capsys, base="main") -> tuple[int, dict]:
    code, out, _ = changes(kb, capsys, "--output-format", "json", base=base)
    return code, json.loads(out)


def entry(data: dict, entry_id: str) -> dict:
    (found,) = [item for item in data["entries"] if item["id"] == entry_id]
    return found


def block(out: str, entry_id: str) -> str:
    """The part of the Markdown about one entry: from its heading to the next."""
    start = out.index(f"### {entry_id} ")
    end = out.find("\n##", start + 1)
    return out[start:end if end != -1 else len(out)]


NEW_PRINCIPLE = """\
---
id: P-0003
title: Barnets perspektiv først
summary: Vi indleder sagsdrøftelsen med barnets perspektiv.
status: {status}
{extra}---

Tekst.
"""


def new_principle(kb, status="proposed", extra=""):
    kb.write("docs/principper/P-0003-barnets-perspektiv.md", NEW_PRINCIPLE.format(status=status, extra=extra))


# ---- nothing changed ----

def test_when_nothing_in_the_knowledge_base_changed_it_says_so_in_one_sentence(repo, capsys):
    repo.write("README.md", "Ikke en del af vidensbasen.\n")  # outside docs/ and cases_anonymized/
    commit_id = git(repo.root, "rev-parse", "--short=7", "main").strip()
    code, out, err = changes(repo, capsys)
    assert (code, err) == (0, "")
    assert out == f"{MARKER}\n\nIngen ændringer i vidensbasen i forhold til `main` (`{commit_id}`).\n"
    code, data = changes_json(repo, capsys)
    assert code == 0 and data["changed"] is False and data["entries"] == [] and data["files"] == []
    assert data["base"] == "main" and data["commit"] == git(repo.root, "rev-parse", "main").strip()


# ---- principles ----

def test_a_new_principle_is_listed_under_principles(repo, capsys):
    new_principle(repo)
    code, out, err = changes(repo, capsys)
    assert (code, err) == (0, "") and out.startswith(MARKER + "\n")
    assert "## Principper" in out and "1 princip." in out
    part = block(out, "P-0003")
    assert part.startswith("### P-0003 Barnets perspektiv først\n\n**Nyt princip**\n")
    assert "- Status: forslag" in part and "`docs/principper/P-0003-barnets-perspektiv.md`" in part
    _, data = changes_json(repo, capsys)
    item = entry(data, "P-0003")
    assert (item["kind"], item["change"], item["events"]) == ("principle", "added", ["added"])
    assert item["status"] == {"before": None, "after": "proposed"}


def adopt_p2(kb, meeting=True, listed=True):
    kb.edit(P2, "status: proposed", "status: adopted\ndecided: 2026-02-03"
            + ("\nmeeting: M-2026-02-03" if meeting else ""))
    if listed:
        kb.edit(M1, "decisions: [P-0001]", "decisions: [P-0001, P-0002]")


def test_a_proposal_adopted_with_its_meeting_is_said_to_be_adopted_and_breaks_no_rule(repo, capsys):
    adopt_p2(repo)
    code, out, err = changes(repo, capsys)
    assert (code, err) == (0, "")
    part = block(out, "P-0002")
    assert part.startswith("### P-0002 Forslag om genogram\n\n**Vedtaget** · **Ændret**\n")
    assert "- Status: forslag → vedtaget" in part and "- Møde: tilføjet `M-2026-02-03`" in part
    assert "- Beslutninger: tilføjet `P-0002`" in block(out, "M-2026-02-03") and "## Skal rettes" not in out
    _, data = changes_json(repo, capsys)
    assert entry(data, "P-0002")["events"][0] == "adopted" and data["diagnostics"] == []
    assert entry(data, "P-0002")["status"] == {"before": "proposed", "after": "adopted"}


def test_a_proposal_adopted_without_a_meeting_breaks_l411_and_exits_1(repo, capsys):
    adopt_p2(repo, meeting=False, listed=False)
    code, out, err = changes(repo, capsys)
    assert code == 1
    assert err.splitlines()[0] == (f"{P2}:5:1: L411 P-0002 bliver vedtaget med denne ændring, men nævner ikke "
                                   "mødet, der vedtog det ('meeting' mangler).")
    assert err.splitlines()[1].startswith("  hjælp: Skriv 'meeting: M-ÅÅÅÅ-MM-DD'")
    assert "**Vedtaget**" in out and "## Skal rettes" in out and f"- `{P2}:5` L411 " in out
    _, data = changes_json(repo, capsys)
    assert [(d["code"], d["path"], d["line"], d["name"]) for d in data["diagnostics"]] == [
        ("L411", P2, 5, "adopted-without-meeting")]


def test_a_meeting_that_does_not_list_the_adopted_principle_breaks_l411_at_the_meeting_line(repo, capsys):
    adopt_p2(repo, listed=False)
    code, _, err = changes(repo, capsys)
    assert code == 1
    assert err.startswith(f"{P2}:7:1: L411 P-0002 bliver vedtaget med denne ændring, men mødet M-2026-02-03 har "
                          "det ikke under 'decisions'.")
    assert f"Sæt P-0002 under 'decisions' i {M1}" in err


def test_l411_is_about_the_change_to_adopted_not_about_principles_adopted_before(repo, capsys):
    repo.edit(P1, "meeting: M-2026-02-03\n", "")  # adopted at the base already
    repo.edit(M1, "decisions: [P-0001]", "decisions: []")
    code, out, err = changes(repo, capsys)
    assert (code, err) == (0, "") and "- Møde: fjernet `M-2026-02-03`" in block(out, "P-0001")
    new_principle(repo, "adopted", "decided: 2026-02-03\n")  # new and adopted at once: the rule applies
    code, _, err = changes(repo, capsys)
    assert code == 1 and "L411 P-0003 bliver vedtaget" in err


def test_a_name_in_the_adopted_principles_file_name_is_masked_in_the_finding_too(repo, capsys):
    repo.write("docs/principper/P-0003-mette-jensen.md", NEW_PRINCIPLE.format(status="adopted",
                                                                                extra="decided: 2026-02-03\n"))
    code, out, err = changes(repo, capsys)
    assert code == 1 and "docs/principper/P-0003-*****-******.md:5:1: L411 " in err
    assert "mette" not in (out + err).lower()


def test_check_with_base_is_the_normal_check_plus_the_rules_only_a_change_can_break(repo, capsys):
    adopt_p2(repo, meeting=False, listed=False)
    assert main(["check", "--root", str(repo.root)]) == 0
    assert capsys.readouterr().out == "Ingen fejl fundet.\n"
    repo.edit(P1, "methods: [reflekterende-team]", "methods: [yoga]")  # R305, found by the normal check
    assert main(["check", "--root", str(repo.root), "--base", "main"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" ")[1] for line in lines if not line.startswith(("  ", "Fundet"))] == ["R305", "L411"]
    assert lines[-1] == "Fundet: 2 fejl, 0 advarsler."
    assert main(["check", "--root", str(repo.root), "--base", "main", "--output-format", "github"]) == 1
    assert f"::error file={P2},line=5,col=1,title=L411::L411 " in capsys.readouterr().out
    assert main(["check", "--root", str(repo.root), "--base", "main", "--ignore", "L411"]) == 1  # R305 still
    assert "L411" not in capsys.readouterr().out


def test_an_amended_summary_and_body_are_shown_word_by_word(repo, capsys):
    repo.edit(P2, "summary: Sagsejer viser et genogram.", "summary: Sagsejer tegner altid et genogram.")
    repo.edit(P2, "Tekst om [[P-0001|tidsrammen]].", "Tekst om [[P-0001|tidsrammen]] og om netværket.")
    code, out, _ = changes(repo, capsys)
    part = block(out, "P-0002")
    assert code == 0 and part.startswith("### P-0002 Forslag om genogram\n\n**Ændret**\n")
    assert "- Resumé: Sagsejer ~~viser~~ **tegner altid** et genogram.\n" in part
    assert "> Tekst om [[P-0001|tidsrammen]] **og om netværket**." in part
    _, data = changes_json(repo, capsys)
    item = entry(data, "P-0002")
    assert item["events"] == ["amended"] and item["text_changed"] == ["summary", "body"]
    assert item["diff"]["summary"] == [
        {"op": "same", "text": "Sagsejer "}, {"op": "removed", "text": "viser"},
        {"op": "added", "text": "tegner altid"}, {"op": "same", "text": " et genogram."}]
    assert "".join(op["text"] for op in item["diff"]["body"] if op["op"] != "removed") == (
        (repo.root / P2).read_text().split("---\n", 2)[2])


def test_the_word_diff_gives_back_both_texts():
    old, new = "Barnet høres altid, før vi beslutter.", "Barnet høres, før teamet beslutter noget."
    ops = word_diff(old, new)
    assert "".join(op.text for op in ops if op.op != "removed") == new
    assert "".join(op.text for op in ops if op.op != "added") == old
    assert [op.text.strip() for op in ops if op.op == "removed"] == ["altid", "vi"]
    assert [op.text.strip() for op in ops if op.op == "added"] == ["teamet", "noget"]


def test_superseded_and_retired_principles_say_so_and_name_the_successor(repo, capsys):
    new_principle(repo, "adopted", "decided: 2026-02-03\nmeeting: M-2026-02-03\nsupersedes: [P-0001]\n")
    repo.edit(M1, "decisions: [P-0001]", "decisions: [P-0001, P-0003]")
    repo.edit(P1, "status: adopted", "status: superseded")
    repo.edit(P2, "status: proposed", "status: retired\ndecided: 2026-02-03")
    code, out, err = changes(repo, capsys)
    assert (code, err) == (0, "")
    assert block(out, "P-0001").startswith("### P-0001 Sparring varer højst en time\n\n**Erstattet af P-0003**\n")
    assert "- Status: vedtaget → erstattet" in block(out, "P-0001")
    assert "**Udgået**" in block(out, "P-0002") and "- Status: forslag → udgået" in block(out, "P-0002")
    assert "**Nyt princip** · **Vedtaget**" in block(out, "P-0003")
    _, data = changes_json(repo, capsys)
    assert entry(data, "P-0001")["events"] == ["superseded"] and entry(data, "P-0001")["superseded_by"] == ["P-0003"]
    assert entry(data, "P-0002")["events"] == ["retired", "fields"] and entry(data, "P-0002")["fields"] == ["decided"]


def test_changed_relations_and_ics_keys_are_listed_as_ids_and_keys_added_and_removed(repo, capsys):
    repo.edit(P1, "ics: [barnets-udvikling]", "ics: [trygt-omsorgsmiljoe]\nrelated: [P-0002]\ncases: [C-0001]")
    repo.edit(P1, "methods: [reflekterende-team]", "methods: [reflekterende-team, signs-of-safety]")
    repo.edit(P2, "related: [P-0001]\n", "")
    code, out, _ = changes(repo, capsys)
    part = block(out, "P-0001")
    assert code == 0 and "**Ændret**" in part
    assert "- Relaterede: tilføjet `P-0002`\n" in part and "- Sager: tilføjet `C-0001`\n" in part
    assert "- ICS: tilføjet `trygt-omsorgsmiljoe`; fjernet `barnets-udvikling`\n" in part
    assert "- Metoder: tilføjet `signs-of-safety`\n" in part
    assert "- Relaterede: fjernet `P-0001`" in block(out, "P-0002")
    _, data = changes_json(repo, capsys)
    item = entry(data, "P-0001")
    assert item["events"] == ["relations", "keys"]
    assert item["relations"] == {"cases": {"added": ["C-0001"], "removed": []},
                                 "related": {"added": ["P-0002"], "removed": []}}
    assert item["keys"] == {"ics": {"added": ["trygt-omsorgsmiljoe"], "removed": ["barnets-udvikling"]},
                            "methods": {"added": ["signs-of-safety"], "removed": []}}


def test_a_renamed_file_is_one_changed_entry_not_one_removed_and_one_added(repo, capsys):
    renamed = "docs/principper/P-0001-sparring-hoejst-en-time.md"
    (repo.root / P1).rename(repo.root / renamed)
    code, out, _ = changes(repo, capsys)
    assert code == 0 and out.count("### ") == 1
    part = block(out, "P-0001")
    assert "**Omdøbt**" in part and f"- Fil: `{renamed}` (før `{P1}`)" in part
    assert "Fjernet" not in out and "Nyt princip" not in out
    _, data = changes_json(repo, capsys)
    (item,) = data["entries"]
    assert (item["id"], item["change"], item["path"], item["old_path"], item["events"]) == (
        "P-0001", "changed", renamed, P1, ["renamed"])


# ---- cases: the personal-data scan's verdict, never the data ----

NEW_CASE = """\
---
id: C-0002
title: Bekymring i dagtilbud
summary: Barn B på 4 år trives ikke i dagtilbuddet.
ics: [sundhedsforhold]
principles: [P-0001]
anonymized:
  by: Faglig koordinator
  date: 2026-03-02
---

## Situationen

{text}
"""


def test_a_new_case_with_personal_data_gets_a_verdict_with_the_count_but_never_the_data(repo, capsys):
    repo.write("cases_anonymized/C-0002-dagtilbud.md",
               NEW_CASE.format(text="Barn B (010203-1234) bor hos Mette Jensen.\n"))
    repo.edit(C1, "Barn A er 11 år.", "Barn A er 11 år og går i 5. klasse.")
    code, out, err = changes(repo, capsys)
    assert code == 0 and "## Nye og ændrede sager" in out
    new = block(out, "C-0002")
    assert "**Ny sag**" in new
    assert "- Personoplysninger: **2 fund** (1 CPR-nummer, 1 personnavn) på linje 14" in new
    assert "**Ændret**" in block(out, "C-0001") and "- Personoplysninger: ingen fund" in block(out, "C-0001")
    _, json_out, _ = changes(repo, capsys, "--output-format", "json")
    for text in (out, err, json_out):
        assert "010203" not in text and "1234" not in text and "Mette" not in text and "Jensen" not in text
    data = json.loads(json_out)
    assert entry(data, "C-0002")["personal_data"] == {
        "count": 2, "lines": [14], "kinds": [{"code": "P601", "name": "CPR-nummer", "count": 1},
                                             {"code": "P606", "name": "personnavn", "count": 1}]}
    assert entry(data, "C-0001")["personal_data"] == {"count": 0, "lines": [], "kinds": []}
    assert entry(data, "C-0001")["text_changed"] == ["body"] and entry(data, "C-0001")["diff"] == {}


def test_a_name_in_a_cases_file_name_is_counted_and_shown_masked(repo, capsys):
    repo.write("cases_anonymized/C-0002-mette-jensen.md", NEW_CASE.format(text="Barn B er 4 år.\n"))
    _, out, _ = changes(repo, capsys)
    part = block(out, "C-0002")
    assert "- Fil: `cases_anonymized/C-0002-*****-******.md`" in part and "mette" not in out.lower()
    assert "- Personoplysninger: **1 fund** (1 personnavn) på linje 1" in part


def test_personal_data_in_a_principles_text_is_masked_in_its_diff_on_either_side(repo, capsys):
    repo.edit(P2, "Tekst om", "Ring til Mette Jensen på 22 33 44 55 om")
    commit(repo.root, "data ved en fejl")
    repo.edit(P2, "Ring til Mette Jensen på 22 33 44 55 om", "Tekst om")  # the pull request takes it out
    repo.edit(P2, "summary: Sagsejer viser et genogram.", "summary: Sagsejer Mette viser et genogram.")
    _, out, _ = changes(repo, capsys)
    _, json_out, _ = changes(repo, capsys, "--output-format", "json")
    for text in (out, json_out):
        assert "Mette" not in text and "Jensen" not in text and "22 33" not in text
    part = block(out, "P-0002")
    assert "> ~~Ring til ************ på ***********~~ **Tekst** om [[P-0001|tidsrammen]]." in part  # removed, masked
    assert "- Resumé: Sagsejer **\\*\\*\\*\\*\\*** viser et genogram." in part  # the name added, as stars


def test_a_removed_case_is_listed_without_a_verdict(repo, capsys):
    (repo.root / C1).unlink()
    repo.edit(P1, "Se eksemplet [[C-0001]] og", "Se")
    _, out, _ = changes(repo, capsys)
    assert "**Fjernet**" in block(out, "C-0001") and "Personoplysninger" not in block(out, "C-0001")
    _, data = changes_json(repo, capsys)
    assert entry(data, "C-0001")["change"] == "removed" and entry(data, "C-0001")["personal_data"] is None


# ---- meetings ----

def test_a_new_meeting_and_a_changed_one_are_listed_under_meetings(repo, capsys):
    repo.write("docs/moeder/M-2026-03-03.md", "---\nid: M-2026-03-03\ndate: 2026-03-03\nforum: teammoede\n"
                                              "decisions: [P-0001]\n---\n\n## Beslutninger\n\nVi bekræftede [[P-0001]].\n")
    repo.edit(M1, "decisions: [P-0001]", "decisions: []")
    code, out, _ = changes(repo, capsys)
    assert code == 0 and "## Møder" in out and "2 møder." in out
    assert block(out, "M-2026-03-03").startswith("### M-2026-03-03 Teammøde 3. marts 2026\n\n**Nyt møde**\n")
    assert "- Beslutninger: `P-0001`" in block(out, "M-2026-03-03")  # what a new meeting names, all of it
    assert "**Ændret**" in block(out, "M-2026-02-03") and "- Beslutninger: fjernet `P-0001`" in block(out, "M-2026-02-03")
    assert "Sager" not in block(out, "M-2026-03-03")  # a meeting names no case (R314)
    assert out.index("## Møder") > out.index(MARKER)
    _, data = changes_json(repo, capsys)
    assert [(e["kind"], e["id"], e["change"]) for e in data["entries"]] == [
        ("meeting", "M-2026-02-03", "changed"), ("meeting", "M-2026-03-03", "added")]


def test_other_pages_are_listed_as_files(repo, capsys):
    repo.edit("docs/brug.md", "Søg efter", "Søg altid efter")
    _, out, _ = changes(repo, capsys)
    assert "## Andre sider og filer\n\n- `docs/brug.md` er ændret" in out
    _, data = changes_json(repo, capsys)
    assert data["files"] == [{"path": "docs/brug.md", "change": "changed"}] and data["entries"] == []


# ---- where the knowledge base is, and what git says ----

def test_a_ref_that_does_not_exist_is_a_usage_error_in_danish(repo, capsys):
    code, out, err = changes(repo, capsys, base="findes-ikke")
    assert (code, out) == (2, "")
    assert err.startswith("praksis: 'findes-ikke' findes ikke i git-repositoriet") and "Traceback" not in err
    assert main(["check", "--root", str(repo.root), "--base", "findes-ikke"]) == 2
    assert "findes ikke i git-repositoriet" in capsys.readouterr().err


def test_outside_a_git_repository_it_says_so(kb, capsys):
    code, out, err = changes(kb, capsys)
    assert (code, out) == (2, "") and "er ikke et git-repository" in err


def test_a_knowledge_base_in_a_subfolder_of_the_repository_is_read_at_the_ref_from_that_folder(tmp_path, capsys):
    from conftest import make_kb

    kb = make_kb(tmp_path / "repo" / "vidensbase")
    (tmp_path / "repo" / "docs").mkdir()  # the repository's own docs/ is not the knowledge base's
    (tmp_path / "repo" / "docs" / "udvikling.md").write_text("# Ikke indhold\n")
    git(tmp_path / "repo", "init", "-q", "-b", "main")
    commit(tmp_path / "repo")
    code, out, _ = changes(kb, capsys)
    assert code == 0 and "Ingen ændringer i vidensbasen" in out
    new_principle(kb)
    _, data = changes_json(kb, capsys)
    assert [(e["id"], e["change"]) for e in data["entries"]] == [("P-0003", "added")]


# ---- the comment stays a comment ----

def test_a_very_large_change_is_cut_to_fit_one_pull_request_comment():
    principle = KINDS["principle"]
    entries = [EntryChange(principle, f"P-{n:04d}", "added", "En lang titel " * 5,
                           f"docs/principper/P-{n:04d}-lang.md", events=["added"]) for n in range(1, 3000)]
    out = markdown(Changes("main", "0" * 40, entries, [], []))
    assert out.startswith(MARKER + "\n") and len(out) <= MAX_MARKDOWN
    assert out.rstrip().endswith("se det hele med `praksis changes --base main`._")


def test_the_editors_guide_shows_what_the_command_says(repo, capsys):
    """docs/redaktion.md shows a sample comment; its fixed words are the command's own, so the sample cannot drift."""
    adopt_p2(repo)
    repo.edit(P2, "summary: Sagsejer viser et genogram.", "summary: Sagsejer tegner et genogram.")
    new_principle(repo)
    _, out, _ = changes(repo, capsys)
    guide = (Path(__file__).resolve().parents[1] / "docs" / "redaktion.md").read_text("utf-8")
    sample = guide.split("```markdown\n", 1)[1].split("\n```", 1)[0]
    for line in ("<!-- praksis-changes -->", "## Principper", "**Vedtaget** · **Ændret**", "- Status: forslag → vedtaget",
                 "- Resumé: Sagsejer ~~viser~~ **tegner** et genogram", "**Nyt princip**", "- Status: forslag"):
        assert line in sample and line in out, line
    assert sample.split("\n", 3)[2].startswith("**Ændringer i vidensbasen** i forhold til `origin/main`")
    assert out.split("\n", 3)[2].startswith("**Ændringer i vidensbasen** i forhold til `main`")
