"""`praksis build`: checks first, a strict MkDocs build, swapped in only on success."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import make_kb
from praksis.cli import main


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The fixture knowledge base built once, with search, into site/."""
    kb = make_kb(tmp_path_factory.mktemp("built") / "kb", search=True)
    assert main(["build", "--root", str(kb.root)]) == 0
    return kb.root / "site"


def html(site: Path, uri: str) -> str:
    return (site / uri / "index.html").read_text("utf-8")


def test_entries_and_generated_pages_are_published(built):
    assert "Sparring varer højst en time" in html(built, "principper/P-0001-en-time")
    assert "Skolefravær" in html(built, "sager/C-0001-skolefravaer")  # from cases_anonymized/
    for uri in ("ics", "ics/barnets-udvikling", "ics/barnets-udvikling/sundhedsforhold", "metoder",
                "lov/bl-20", "status/proposed", "sager", "moeder", "principper"):
        assert (built / uri / "index.html").is_file(), uri


def test_card_links_resolve_to_published_pages(built):
    page = html(built, "principper/P-0001-en-time")
    assert 'href="../../sager/C-0001-skolefravaer/"' in page
    assert 'href="../../moeder/M-2026-02-03/"' in page
    assert 'href="../../lov/bl-20/"' in page


def test_danish_anchor_on_the_site_is_the_one_the_checker_expects(built):
    page = html(built, "principper/P-0001-en-time")
    assert 'id="børnefaglig-undersøgelse"' in page
    assert 'href="../../brug/#sådan-gør-du"' in html(built, "sager/C-0001-skolefravaer")


def test_search_index_holds_entries_not_listings(built):
    assert (built / "pagefind" / "pagefind.js").is_file()
    assert "data-pagefind-body" in html(built, "principper/P-0001-en-time")
    assert "data-pagefind-body" not in html(built, "ics/barnets-udvikling")


def test_site_names_no_other_host_for_assets(built):
    for page in built.rglob("*.html"):
        text = page.read_text("utf-8")
        assert "fonts.googleapis.com" not in text and "cdn.jsdelivr" not in text, page


def test_broken_content_keeps_the_previous_site(tmp_path, capsys):
    kb = make_kb(tmp_path / "kb")
    out = tmp_path / "site"
    assert main(["build", "--root", str(kb.root), "--out", str(out)]) == 0
    before = (out / "index.html").read_text("utf-8")
    kb.edit("docs/principper/P-0001-en-time.md", "status: adopted", "status: vedtaget")
    assert main(["build", "--root", str(kb.root), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "docs/principper/P-0001-en-time.md:5:1: M208" in err
    assert "forrige site er urørt" in err
    assert (out / "index.html").read_text("utf-8") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kb", "site"]  # no staging left behind


def test_a_failing_mkdocs_build_keeps_the_previous_site(tmp_path, capsys):
    kb = make_kb(tmp_path / "kb")
    out = tmp_path / "site"
    assert main(["build", "--root", str(kb.root), "--out", str(out)]) == 0
    # Content passes the checks, but MkDocs cannot load a Markdown extension the configuration names.
    kb.edit("mkdocs.yml", "  - tables\n", "  - tables\n  - findes_ikke_udvidelse\n")
    assert main(["build", "--root", str(kb.root), "--out", str(out)]) == 1
    assert "MkDocs kunne ikke bygge sitet" in capsys.readouterr().err
    assert (out / "index.html").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kb", "site"]


def test_tree_builds_with_plain_mkdocs_and_no_praksis_plugin(tmp_path):
    kb = make_kb(tmp_path / "kb")
    tree = tmp_path / "tree"
    assert main(["build", "--root", str(kb.root), "--tree", str(tree)]) == 0
    config = (tree / "mkdocs.yml").read_text("utf-8")
    assert "praksis" not in config.split("plugins:")[1].split("markdown_extensions:")[0]
    assert "pymdownx.slugs.slugify" in config and "custom_dir: overrides" in config
    assert "[Sparring varer højst en time](principper/P-0001-en-time.md)" in (tree / "docs/index.md").read_text()
    assert (tree / "docs/sager/C-0001-skolefravaer.md").is_file()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=tree,
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert 'id="børnefaglig-undersøgelse"' in (tree / "site/principper/P-0001-en-time/index.html").read_text()


def test_emoji_render_as_inline_svg_in_the_plugin_build_and_the_tree_build(tmp_path):
    kb = make_kb(tmp_path / "kb")
    kb.edit("mkdocs.yml", "  - tables\n", "  - tables\n  - pymdownx.emoji\n")
    kb.edit("docs/brug.md", "## Sådan gør du", "## Sådan gør du\n\nHusk :warning: før mødet :material-check:")
    assert main(["build", "--root", str(kb.root), "--out", str(tmp_path / "site")]) == 0
    tree = tmp_path / "tree"
    assert main(["build", "--root", str(kb.root), "--tree", str(tree)]) == 0
    assert "!!python/name:praksis.mkdocs_plugin.emoji.to_svg" in (tree / "mkdocs.yml").read_text("utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=tree,
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    for site in (tmp_path / "site", tree / "site"):
        page = (site / "brug/index.html").read_text("utf-8")
        line = page.split("Husk", 1)[1].split("</p>", 1)[0]
        assert "\u26a0" in line and "<svg" in line and "<img" not in line, site  # emoji as text, icon inline


def test_tree_never_overwrites_a_folder_it_did_not_write(tmp_path):
    kb = make_kb(tmp_path / "kb")
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "mine.txt").write_text("vigtigt")
    assert main(["build", "--root", str(kb.root), "--tree", str(tree)]) == 2  # refused: a usage error
    assert (tree / "mine.txt").read_text() == "vigtigt"
    # A folder written by an earlier --tree run is replaced.
    other = tmp_path / "tree2"
    assert main(["build", "--root", str(kb.root), "--tree", str(other)]) == 0
    assert main(["build", "--root", str(kb.root), "--tree", str(other)]) == 0


def test_personal_data_stops_the_build_and_is_never_printed(tmp_path, capsys):
    kb = make_kb(tmp_path / "kb")
    out = tmp_path / "site"
    assert main(["build", "--root", str(kb.root), "--out", str(out)]) == 0
    kb.edit("cases_anonymized/C-0001-skolefravaer.md", "Barn A er 11 år.", "Barn A (010203-1234) er 11 år.")
    assert main(["build", "--root", str(kb.root), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "P601" in err and "010203-1234" not in err and "**34" in err
    assert "Barn A (010203" not in (out / "sager/C-0001-skolefravaer/index.html").read_text("utf-8")


def test_serve_dirty_rebuilds_only_the_pages_whose_markdown_changed(tmp_path):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    kb = make_kb(tmp_path / "kb")
    site = tmp_path / "site"

    def rebuild():  # what `mkdocs serve --dirty` does on each save, with the plugin kept between builds
        config = load_config(str(kb.root / "mkdocs.yml"), site_dir=str(site))
        config.plugins.on_startup(command="serve", dirty=True)
        build(config, dirty=True)

    rebuild()
    case = site / "sager/C-0001-skolefravaer/index.html"
    other = site / "principper/P-0002-forslag/index.html"
    before = {page: page.stat().st_mtime_ns for page in (case, other)}
    kb.edit("cases_anonymized/C-0001-skolefravaer.md", "Barn A er 11 år.", "Barn A er 12 år.")
    rebuild()
    assert "Barn A er 12 år." in case.read_text("utf-8")
    assert case.stat().st_mtime_ns > before[case]
    assert other.stat().st_mtime_ns == before[other]  # its Markdown did not change: not rebuilt
    config = load_config(str(kb.root / "mkdocs.yml"), site_dir=str(tmp_path / "clean"))
    config.plugins.on_startup(command="build", dirty=False)  # the kept instance forgets serve mode
    build(config)
    assert "Barn A er 12 år." in (tmp_path / "clean/sager/C-0001-skolefravaer/index.html").read_text("utf-8")
