"""Nothing is published unchecked: what MkDocs would publish is exactly what praksis checked and scanned.

Every file MkDocs would take from docs/ is either checked and scanned by praksis, or refused by
`praksis check` with an error at its path; the build stops on those errors and on any file that
appears between the check and the build.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TODAY, make_kb
from praksis.checks import check_root
from praksis.cli import main
from praksis.diagnostics import Severity
from praksis.files import read_content

CPR = "010203-1234"
HOSTILE_TEXT = {
    # Markdown endings MkDocs renders but praksis must not leave unread, in any case
    "docs/principper/P-0016-x.markdown": "---\nid: P-0016\nstatus: bogus\n---\n[[P-9999]]\n",
    "docs/side.mdown": "# Side\n",
    "docs/side2.mkdn": "# Side\n",
    "docs/side3.mkd": "# Side\n",
    "docs/side4.mdwn": "# Side\n",
    "docs/SIDE5.MD": "# Side\n",
    "docs/side6.Markdown": "# Side\n",
    # static files MkDocs copies as they are
    "docs/noter.txt": f"CPR {CPR}\n",
    "docs/side.html": '<p>Hej</p><script src="https://cdn.example/x.js"></script>\n',
    "docs/tegning.svg": '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://img.example/a.png"/></svg>\n',
    "docs/stil.css": "body { background: url(https://bg.example/x.png) }\n",
    "docs/kode.js": "alert(1)\n",
    "docs/uden-endelse": f"Mors CPR {CPR}\n",
    "docs/templates/x.html": "<p>skabelon</p>\n",
}
HOSTILE_BYTES = {"docs/billede.png": b"\x89PNG\r\n\x1a\n\x00\x00" + CPR.encode(), "docs/latin1.txt": "Søren".encode("latin-1")}


def hostile_kb(root: Path, outside: Path):
    kb = make_kb(root)
    for rel, text in HOSTILE_TEXT.items():
        kb.write(rel, text)
    for rel, data in HOSTILE_BYTES.items():
        kb.write(rel, data)
    outside.mkdir()
    (outside / "side.md").write_text(f"# Udefra\n\nCPR {CPR}\n")
    (kb.root / "docs/ekstern").symlink_to(outside, target_is_directory=True)  # a folder link
    (kb.root / "docs/fil-link.md").symlink_to(outside / "side.md")  # a file link out of the root
    (kb.root / "docs/intern-link.md").symlink_to(kb.root / "docs/brug.md")  # a file link inside the root
    os.mkfifo(kb.root / "docs/roer")  # copying a pipe would hang a build
    return kb


def mkdocs_sources(root: Path) -> set[str]:
    """The docs/ files MkDocs itself would publish (its own walk, which follows links)."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    config = load_config(str(root / "mkdocs.yml"))
    return {f"docs/{file.src_uri}" for file in get_files(config) if not file.inclusion.is_excluded()}


def test_every_file_mkdocs_would_publish_is_checked_and_scanned_or_refused_at_its_path(tmp_path):
    kb = hostile_kb(tmp_path / "kb", tmp_path / "ude")
    _, _, diagnostics = check_root(kb.root, TODAY, use_cache=False)
    refused = {d.path for d in diagnostics if d.severity is Severity.ERROR}
    read = set(read_content(kb.root).files)  # what the check parsed or checked, and the scan read
    published = {p for p in mkdocs_sources(kb.root) if not p.startswith("docs/roer")}
    # A path inside a linked folder is refused through the link itself.
    refused_or_below = {p for p in published if p in refused or any(p.startswith(r + "/") for r in refused)}
    assert published - read <= refused_or_below, published - read - refused_or_below
    expected = {"docs/principper/P-0016-x.markdown", "docs/side.mdown", "docs/side2.mkdn", "docs/side3.mkd",
                "docs/side4.mdwn", "docs/SIDE5.MD", "docs/side6.Markdown", "docs/noter.txt", "docs/side.html",
                "docs/tegning.svg", "docs/stil.css", "docs/kode.js", "docs/uden-endelse", "docs/billede.png",
                "docs/latin1.txt", "docs/ekstern", "docs/fil-link.md", "docs/intern-link.md", "docs/roer"}
    assert expected <= refused, expected - refused
    assert "docs/templates/x.html" not in refused  # read and clean; MkDocs leaves templates/ out anyway


def test_a_clean_knowledge_base_publishes_exactly_what_was_checked(kb):
    for rel, text in {"docs/billeder/note.txt": "Ren tekst.\n", "docs/stil.css": "a { color: teal }\n",
                      "docs/side.html": "<p>Lokal side</p>\n", "docs/hjaelp/index.md": "# Hjælp\n"}.items():
        kb.write(rel, text)
    _, _, diagnostics = check_root(kb.root, TODAY, use_cache=False)
    assert [d for d in diagnostics if d.severity is Severity.ERROR] == []
    assert mkdocs_sources(kb.root) == {p for p in read_content(kb.root).files if p.startswith("docs/")}


@pytest.mark.parametrize("how", ["folder", "file"])
def test_a_linked_cpr_number_is_never_published(tmp_path, how, capsys):
    kb = make_kb(tmp_path / "kb")
    outside = tmp_path / "ext"
    outside.mkdir()
    (outside / "side.md").write_text(f"# Side\n\nCPR {CPR}\n")
    if how == "folder":
        (kb.root / "docs/ekstern").symlink_to(outside, target_is_directory=True)
    else:
        (kb.root / "docs/side.md").symlink_to(outside / "side.md")
    out = tmp_path / "site"
    assert main(["build", "--root", str(kb.root), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "F108" in err and CPR not in err and not out.exists()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    plain = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--site-dir", str(out)], cwd=kb.root,
                           capture_output=True, text=True, env=env)
    assert plain.returncode != 0 and not (out / "ekstern").exists() and not (out / "side").exists()


def test_a_file_added_between_the_check_and_the_build_stops_the_build(kb, tmp_path):
    from mkdocs.config import load_config
    from mkdocs.exceptions import PluginError
    from mkdocs.structure.files import get_files

    config = load_config(str(kb.root / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    kb.write("docs/sent.md", f"# Sent\n\nCPR {CPR}\n")  # after the check, before MkDocs lists the files
    with pytest.raises(PluginError, match="docs/sent.md|sent.md"):
        config.plugins.on_files(get_files(config), config=config)


def test_an_approved_image_is_published(kb, tmp_path):
    """A file the guard cannot read is published once its fingerprint is in the reviewed allow file."""
    kb.write("docs/billeder/genogram.png", b"\x89PNG\r\n\x1a\n\x00\x00data")
    _, _, diagnostics = check_root(kb.root, TODAY, use_cache=False)
    assert [(d.path, d.code) for d in diagnostics] == [("docs/billeder/genogram.png", "P608")]
    from praksis.personal_data import fingerprint, unreadable

    raw = unreadable("docs/billeder/genogram.png", (kb.root / "docs/billeder/genogram.png").read_bytes()).raw
    kb.write(".praksis-allow.yml", "fingerprints:\n  - {path: docs/billeder/genogram.png, code: P608, "
                                   f"fingerprint: {fingerprint('docs/billeder/genogram.png', 'P608', raw)}}}\n")
    assert check_root(kb.root, TODAY, use_cache=False)[2] == []
    kb.write("docs/billeder/genogram.png", b"\x89PNG\r\n\x1a\n\x00\x00changed")  # a changed file needs a new review
    assert [d.code for d in check_root(kb.root, TODAY, use_cache=False)[2]] == ["P608"]
