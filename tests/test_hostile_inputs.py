"""Hostile inputs a red-team run found: each is refused, masked or survived, never published or deleted."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TODAY
from praksis.cache import shard_of
from praksis.cli import main

P1 = "docs/principper/P-0001-en-time.md"
C1 = "cases_anonymized/C-0001-skolefravaer.md"
CPR = "010203-1234"


def codes(kb) -> list[tuple[str, str, int]]:
    return [(d.code, d.path, d.line) for d in kb.run().diagnostics]


@pytest.mark.parametrize("markdown,code", [
    ('![logo](billede.svg){ onload="alert(1)" }', "K506"),  # an attribute list puts a handler on the image
    ('[her](brug.md){ onclick="alert(2)" }', "K506"),
    ('![x](billede.svg){ srcset="https://evil.example/a.png 1x" }', "K505"),
    ("Tekst: \\`<img src=x onerror=\"alert('esc')\">\\`", "K506"),  # escaped backticks open no code
    ("```\n<script>alert('aldrig lukket')</script>", "K506"),  # an unclosed fence is no code block
    ("<p style='background-image: image-set(\"https://evil.example/is.png\" 1x)'>a</p>", "K505"),
    ("<p style='background-image: \\75 rl(https://evil.example/esc.png)'>b</p>", "K505"),  # a CSS escape
    ("<svg><a href=\"#\"><animate attributeName=\"href\" values=\"#;javascript:alert(1)\"/></a></svg>", "K506"),
    ("![nested [a [b]]](https://evil.example/x.png)", "K505"),
])
def test_active_content_the_first_reading_missed_is_refused(kb, markdown, code):
    kb.write("docs/side.md", f"# Side\n\n{markdown}\n")
    assert code in {c for c, path, _ in codes(kb) if path == "docs/side.md"}


@pytest.mark.parametrize("element", [
    '<img alt="`" src="x.png" onerror="alert(1)" title="`">',
    '<a title="`" href="jav&#x61;script:alert(1)" lang="`">her</a>',  # an entity in the scheme of a plain link
    '<a title="`" href="java&#9;script:alert(1)" lang="`">her</a>',  # a tab the browser drops
])
def test_what_the_reading_of_the_source_misses_the_built_page_still_refuses(kb, tmp_path, element):
    # A backtick inside an HTML attribute hides the element from the source reading, not from the browser.
    kb.write("docs/side.md", f"# Side\n\n<div>\n{element}\n</div>\n")
    assert main(["build", "--root", str(kb.root), "--out", str(tmp_path / "site")]) == 1
    assert not (tmp_path / "site").exists()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    plain = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--site-dir", str(tmp_path / "plain")],
                           cwd=kb.root, capture_output=True, text=True, env=env)
    assert plain.returncode != 0 and "K506" in plain.stderr and "i den færdige side" in plain.stderr
    assert not (tmp_path / "plain").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".praksis-")] == []  # no staging left


@pytest.mark.parametrize("name,text", [
    ("docs/vis.xsl", "<xsl:template><script>alert(1)</script></xsl:template>"),
    ("docs/a.shtml", "<html><body><script>alert(1)</script></body></html>"),
    ("docs/tegning.svg", '<?xml-stylesheet type="text/css" href="https://evil.example/svg.css"?><svg/>'),
    ("docs/omdirigering.html", '<meta http-equiv="refresh" content="0; URL = https://evil.example/r">'),
])
def test_files_copied_as_they_are_are_read_as_a_browser_reads_them(kb, name, text):
    kb.write(name, text + "\n")
    assert {c for c, path, _ in codes(kb) if path == name} & {"K505", "K506"}


def test_html_in_front_matter_is_refused_and_titles_are_escaped_where_they_go(kb):
    kb.edit(P1, "title: Sparring varer højst en time", 'title: "Sparring <img src=x onerror=alert(1)>"')
    assert ("K506", P1, 3) in codes(kb)
    kb.edit(P1, 'title: "Sparring <img src=x onerror=alert(1)>"', 'title: "Sparring < 60 & { hurtig }"')
    result = kb.run()
    assert result.diagnostics == []
    page = result.site.page("principper/P-0001-en-time.md").markdown
    assert 'title: "Sparring &lt; 60 &amp; { hurtig }"' in page  # <title> gets text, not markup
    assert "# Sparring &lt; 60 &amp; &#123; hurtig &#125;" in page  # no attribute list on the heading


@pytest.mark.parametrize("setting,words", [
    ("repo_url: https://github.com/x/y", "repo_url"),
    ("extra:\n  analytics:\n    provider: google\n    property: G-X", "extra.analytics"),
    ("copyright: '<img src=x onerror=alert(1)>'", "copyright"),
    ("nav:\n  - Forside: index.md\n  - Ud: javascript:alert(2)", "nav"),
    ("extra_css:\n  - https://cdn.example/a.css", "extra_css"),
])
def test_mkdocs_yml_may_not_make_every_page_call_out(kb, setting, words, capsys):
    kb.write("mkdocs.yml", (kb.root / "mkdocs.yml").read_text("utf-8") + setting + "\n")
    assert main(["check", "--root", str(kb.root)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("mkdocs.yml:") and words in out


def test_material_without_font_false_would_load_google_fonts(kb, capsys):
    kb.edit("mkdocs.yml", "  font: false\n", "")
    assert main(["check", "--root", str(kb.root)]) == 1
    assert "Google Fonts" in capsys.readouterr().out


@pytest.mark.parametrize("hidden", ["010203&#45;1234", "010203\\-1234", "0102&#48;3-1234", "01020\u200b3-1234",
                                    "010203<!-- -->-1234", "010203-**1234**", "0102\u00ad03-1234"])
def test_personal_data_hidden_from_the_source_but_shown_by_the_page_is_found(kb, hidden):
    kb.edit(C1, "Barn A er 11 år.", f"Barn A er 11 år ({hidden}).")
    assert ("P601", C1, 16) in codes(kb)


def test_personal_data_in_a_file_name_is_found_and_the_name_masked_in_every_message(kb, capsys):
    (kb.root / C1).rename(kb.root / f"cases_anonymized/C-0001-mette-jensen-{CPR}.md")
    assert main(["check", "--root", str(kb.root), "--output-format", "github"]) == 1
    out = capsys.readouterr().out
    assert "P601" in out and "Filnavnet" in out
    assert CPR not in out and "mette-jensen" not in out


def test_no_message_prints_data_the_guard_found_whichever_rule_quotes_it(kb, capsys):
    kb.edit(C1, "methods: [ics]", f"methods: [ics, Mette Jensen {CPR}]")
    kb.edit(C1, "Barn A er 11 år.", f"Barn A er 11 år. Se [bilag]({CPR}.md) og [[Mette Jensen]].")
    assert main(["check", "--root", str(kb.root), "--output-format", "json"]) == 1
    out = capsys.readouterr().out
    assert "R305" in out and "K501" in out and "R312" in out  # the rules still report, masked
    assert CPR not in out and "Mette Jensen" not in out


def test_new_refuses_a_title_with_personal_data(kb, capsys):
    assert main(["new", "case", "--root", str(kb.root), "--title", f"Mette Jensen {CPR}"]) == 2
    assert CPR not in capsys.readouterr().err
    assert len(list((kb.root / "cases_anonymized").iterdir())) == 1


class _Planted:
    def __reduce__(self):
        return (os.system, ("echo plantet > plantet.txt",))


def test_a_planted_cache_runs_no_code_and_hides_nothing(kb, monkeypatch):
    kb.edit(C1, "Barn A er 11 år.", f"Barn A er 11 år ({CPR}).")
    monkeypatch.chdir(kb.root)
    cache = kb.root / ".praksis_cache" / "results" / f"{shard_of(C1):02d}.pickle"
    cache.parent.mkdir(parents=True)
    cache.write_bytes(pickle.dumps(("x", {("scan:", C1): ("x", _Planted())})))
    assert ("P601", C1, 16) in codes(kb)
    assert not (kb.root / "plantet.txt").exists()


def test_a_committed_cache_is_not_this_checkouts_own_and_is_not_read(kb):
    from praksis.cache import ResultCache

    codes(kb)  # writes a real cache
    subprocess.run(["git", "init", "-q", str(kb.root)], check=True)
    subprocess.run(["git", "-C", str(kb.root), "add", "-f", ".praksis_cache/results"], check=True)
    assert ResultCache(kb.root)._entries == {}


def test_a_static_file_changed_after_the_check_is_published_as_it_was_checked(kb, tmp_path):
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    kb.write("docs/vejledning.html", "<p>Uskyldig</p>\n")
    config = load_config(str(kb.root / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    kb.write("docs/vejledning.html", "<script>alert(1)</script>\n")  # after the check, before MkDocs copies
    files = config.plugins.on_files(get_files(config), config=config)
    published = files.get_file_from_path("vejledning.html")
    assert published.content_bytes == b"<p>Uskyldig</p>\n"
    config.plugins.on_build_error(error=RuntimeError("stop"))


@pytest.mark.parametrize("address", ["0.0.0.0:8766", "192.168.1.5:8000", "127.0.0.1:99999", "localhost"])
def test_serve_listens_only_on_this_machine_and_on_a_real_port(kb, address, capsys):
    assert main(["serve", "--root", str(kb.root), "--dev-addr", address]) == 2
    assert "praksis:" in capsys.readouterr().err


def test_a_body_nested_hundreds_of_levels_deep_is_refused_before_the_build(kb, tmp_path):
    kb.write("docs/liste.md", "# Liste\n\n" + "\n".join("    " * i + "- punkt" for i in range(300)) + "\n")
    assert ("F110", "docs/liste.md", 24) in codes(kb)
    assert main(["build", "--root", str(kb.root), "--out", str(tmp_path / "site")]) == 1


@pytest.mark.parametrize("name", ["docs/a:b.md", "docs/linje\nskift.md", "docs/Brug.md"])
def test_names_a_server_or_another_machine_cannot_keep_apart_are_refused(kb, name):
    kb.write(name, "# Side\n")
    found = [(c, p) for c, p, _ in codes(kb)]
    assert any(c == "F106" for c, _ in found)
    assert all("\n" not in p for _, p in found)


def test_a_file_name_that_is_not_utf8_is_refused_without_a_traceback(kb, tmp_path, capsys):
    (kb.root / "docs").joinpath(os.fsdecode(b"bilag-\xff.md")).write_text("# x\n")
    assert main(["check", "--root", str(kb.root)]) == 1
    assert "bilag-\\xff.md" in capsys.readouterr().out
    assert main(["build", "--root", str(kb.root), "--out", str(tmp_path / "site")]) == 1


def test_build_out_with_and_tree_together_is_a_usage_error(kb, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(["build", "--root", str(kb.root), "--out", str(tmp_path / "a"), "--tree", str(tmp_path / "b")])
    assert exit_info.value.code == 2


@pytest.mark.parametrize("out", ["README.md/site", "/proc/praksis-site"])
def test_an_output_path_that_cannot_be_made_is_a_usage_error_without_a_traceback(kb, out, capsys):
    kb.write("README.md", "x")
    assert main(["build", "--root", str(kb.root), "--out", str(kb.root / out if out[0] != "/" else out)]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_rule_into_a_closed_pipe_ends_quietly():
    done = subprocess.run(f"{sys.executable} -m praksis rule --all | head -1", shell=True, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "scripts")})
    assert "Traceback" not in done.stderr and done.stdout.startswith("F: Filen")


@pytest.mark.parametrize("summary", [
    "'<img src=x onerror=\"alert(1)\">'",              # as written
    '"\\x3cimg src=x onerror=alert(1)\\x3e"',           # spelt with YAML's escapes: no '<' in the file's text
    '"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"',
])
def test_code_in_a_front_matter_value_is_found_however_yaml_spells_it(kb, summary):
    kb.edit(C1, "summary: Barn A på 11 år har stigende skolefravær.", f"summary: {summary}")
    assert "K506" in [d.code for d in kb.check()[2]]


def test_front_matter_with_nothing_suspect_in_its_text_is_not_walked_value_by_value(kb, monkeypatch):
    from praksis import active_content

    def walked(*args):
        raise AssertionError("every value was read")

    monkeypatch.setattr(active_content, "_texts", walked)
    from praksis.checks import check_root

    assert not [d for d in check_root(kb.root, TODAY, use_cache=False)[2] if d.code in ("K505", "K506")]


@pytest.mark.parametrize("summary", [
    "'Se mere { onclick=\"alert(1)\" }'",                # a brace inside a quoted value
    "Se mere { onclick=\"alert(1)\" }",                  # inside a plain value
    "[\"{ onclick=alert(1) }\"]",                         # inside a quoted item of a flow list
    "|\n  Se mere\n  { onclick=\"alert(1)\" }",           # opening a line of a block scalar
])
def test_an_attribute_list_in_a_front_matter_value_is_found_beside_yamls_own_braces(kb, summary):
    kb.edit(C1, "summary: Barn A på 11 år har stigende skolefravær.", f"summary: {summary}")
    assert "K506" in [d.code for d in kb.check()[2]]


def test_yamls_own_braces_are_no_reason_to_walk_the_values():
    from praksis.active_content import _may_hold_suspects

    assert not _may_hold_suspects("family:\n  persons:\n    - {id: mor, role: Mor}\n    - {id: far, role: Far}\n"
                                  "meta: {a: 1, b: {c: 2}}\nlist: [{x: 1}, {y: 2}]\n")
    assert _may_hold_suspects("title: Tekst {: .klasse }\n") and _may_hold_suspects('title: "\\x3c"\n')
