"""One composition root: read -> parse -> model -> relations -> views -> checks -> personal-data scan."""

from __future__ import annotations

import dataclasses
import subprocess

import pytest

from conftest import TODAY
from praksis import pipeline
from praksis.cli import main

P1 = "docs/principper/P-0001-en-time.md"


def test_a_run_holds_each_stage_and_later_stages_never_write_into_the_model(kb):
    result = kb.run()
    meeting = result.kb.entries["M-2026-02-03"]
    assert "title" not in meeting.meta  # the shown title is the site map's business
    assert result.sitemap.title(meeting) == "Teammøde 3. februar 2026"
    assert result.relations.cases_of["P-0001"] == ["C-0001"] and result.relations.principles_of["C-0001"] == ["P-0001"]
    assert result.sitemap.entry(result.kb.entries["C-0001"]) == "sager/C-0001-skolefravaer.md"
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.kb.entries["P-0001"].id = "P-0002"
    assert result.diagnostics == []


def test_praksis_build_runs_the_pipeline_once(kb, tmp_path, monkeypatch):
    from praksis.mkdocs_plugin import plugin

    calls = []
    original = pipeline.run

    def counted(*args, **kwargs):
        calls.append(args[0])
        return original(*args, **kwargs)

    monkeypatch.setattr(pipeline, "run", counted)
    monkeypatch.setattr(plugin, "run", counted)
    assert main(["build", "--root", str(kb.root), "--out", str(tmp_path / "site")]) == 0
    assert len(calls) == 1
    page = (tmp_path / "site/principper/P-0001-en-time/index.html").read_text("utf-8")
    assert "praksis-card--adopted" in page and "<!--praksis:" not in page


def test_a_site_overrides_a_fragment_through_custom_dir(kb, tmp_path):
    override = kb.root / "overrides/partials/praksis/card-principle.html"
    override.parent.mkdir(parents=True)
    override.write_text('<div class="vores-kort">{{ view.id }}: {{ view.status_label }}</div>\n', "utf-8")
    kb.edit("mkdocs.yml", "  font: false\n", "  font: false\n  custom_dir: overrides\n")
    # The check's view of the page, and the built page, both take the site's own card.
    assert '<div class="vores-kort">P-0001: Vedtaget</div>' in kb.run().site.markdown_by_uri()["principper/P-0001-en-time.md"]
    assert main(["build", "--root", str(kb.root), "--out", str(tmp_path / "site")]) == 0
    built = (tmp_path / "site/principper/P-0001-en-time/index.html").read_text("utf-8")
    assert '<div class="vores-kort">P-0001: Vedtaget</div>' in built and "praksis-card--adopted" not in built
    case = (tmp_path / "site/sager/C-0001-skolefravaer/index.html").read_text("utf-8")
    assert "praksis-card--case" in case  # fragments the site did not override stay praksis' own


def git(root, *args):
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True).stdout


def test_check_staged_reads_the_knowledge_base_as_the_next_commit_holds_it(kb, capsys, monkeypatch):
    for key, value in {"GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.invalid", "GIT_COMMITTER_NAME": "T",
                       "GIT_COMMITTER_EMAIL": "t@example.invalid"}.items():
        monkeypatch.setenv(key, value)
    git(kb.root, "init", "-q")
    git(kb.root, "add", "-A")
    kb.edit("cases_anonymized/C-0001-skolefravaer.md", "Barn A er 11 år.", "Barn A (010203-1234) er 11 år.")
    assert main(["check", "--root", str(kb.root), "--staged"]) == 0  # the leak is not staged
    assert main(["check", "--root", str(kb.root)]) == 1
    git(kb.root, "add", "-A")
    capsys.readouterr()
    assert main(["check", "--root", str(kb.root), "--staged"]) == 1
    assert "P601" in capsys.readouterr().out


def test_check_staged_outside_a_git_repository_is_a_usage_error(kb, capsys):
    assert main(["check", "--root", str(kb.root), "--staged"]) == 2
    assert "git" in capsys.readouterr().err
