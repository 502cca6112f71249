"""`mkdocs serve` shows a saved entry or page at once, rendered against the site as it was, when it still reads
cleanly; everything else waits for the whole rebuild, exactly as before."""

from __future__ import annotations

import os
import time
from types import SimpleNamespace

import pytest

from praksis.mkdocs_plugin.preview import _page, changed, stamps

P1 = "docs/principper/P-0001-en-time.md"
C1 = "cases_anonymized/C-0001-skolefravaer.md"


def later(kb, rel: str, old: str, new: str) -> None:
    """An edit whose file time surely differs from the one before (coarse file system clocks)."""
    kb.edit(rel, old, new)
    future = time.time() + 5
    os.utime(kb.root / rel, (future, future))


def test_a_save_is_seen_as_the_one_file_it_changed(kb):
    before = stamps(kb.root)
    assert P1 in before and C1 in before and "mkdocs.yml" not in before
    later(kb, P1, "Tekst.", "Ny tekst.")
    assert changed(before, stamps(kb.root)) == {P1}


def test_new_and_deleted_files_are_changes_and_hidden_folders_and_other_files_are_not(kb):
    before = stamps(kb.root)
    kb.write("docs/principper/P-0003-ny.md", "---\nid: P-0003\n---\n")
    (kb.root / "docs/moeder/M-2026-02-03.md").unlink()
    kb.write("docs/.skjult/noter.md", "kladde")
    kb.write("docs/billede.svg", "<svg/>")
    assert changed(before, stamps(kb.root)) == {"docs/principper/P-0003-ny.md", "docs/moeder/M-2026-02-03.md"}


def quick(kb, rel: str, *edits: tuple[str, str]):
    """The quick page for rel after the edits, against the run made before them (as serve has it)."""
    plugin = SimpleNamespace(run=kb.run(), root=kb.root)
    for old, new in edits:
        kb.edit(rel, old, new)
    return _page(plugin, rel)


def test_a_clean_edit_of_a_body_gives_the_page_with_the_new_text_and_the_card_as_it_was(kb):
    page = quick(kb, P1, ("Tekst.", "Helt ny tekst om tidsrammen."))
    assert page.uri == "principper/P-0001-en-time.md"
    assert "Helt ny tekst om tidsrammen." in page.markdown and "# Sparring varer højst en time" in page.markdown
    assert "praksis-card--adopted" in page.parts["card"] and "Forslag om genogram" in page.parts["card"]


def test_a_changed_front_matter_shows_in_its_own_card_at_once(kb):
    case = quick(kb, C1, ("summary: Barn A på 11 år har stigende skolefravær.", "summary: Barn A mister skoledage."))
    assert "Barn A mister skoledage." in case.parts["card"]
    principle = quick(kb, P1, ("title: Sparring varer højst en time", "title: Sparring varer en time og et kvarter"))
    assert "# Sparring varer en time og et kvarter" in principle.markdown


def test_a_hand_written_page_is_shown_with_its_references_expanded(kb):
    page = quick(kb, "docs/index.md", ("Læs [[P-0001]]", "Læs først [[P-0001]]"))
    assert page.uri == "index.md" and "Læs først [Sparring varer højst en time](principper/P-0001-en-time.md)" \
        in page.markdown


@pytest.mark.parametrize("rel,old,new", [
    (P1, "status: adopted", "status: [adopted"),  # a YAML error
    (P1, "Tekst.", "Ring til Mette Jensen på 20 30 40 50."),  # personal data
    (P1, "Tekst.", '<img src="https://sporing.example/p.gif">'),  # active content
    (P1, "id: P-0001", "id: P-0009"),  # another entry now: links move everywhere
    (C1, "title: Skolefravær", "title: Skolefravær\nukendt_felt: 1"),  # an unknown field is an error
])
def test_an_edit_the_check_would_stop_waits_for_the_whole_rebuild(kb, rel, old, new):
    assert quick(kb, rel, (old, new)) is None


def test_a_file_the_site_did_not_have_waits_for_the_whole_rebuild(kb):
    run = kb.run()
    kb.write("docs/principper/P-0003-ny.md", "---\nid: P-0003\ntitle: Ny\nsummary: Ny.\nstatus: proposed\n---\n\nTekst.\n")
    assert _page(SimpleNamespace(run=run, root=kb.root), "docs/principper/P-0003-ny.md") is None
