"""What counts as content: which files under docs/ and cases_anonymized/ are read, and what is refused where it lies.

Hidden files and folders are not content (MkDocs leaves them out too). Links and special files are never
followed or read; each is refused at its own path, as is a Markdown page with another ending than .md and
a case that is not a Markdown file directly in cases_anonymized/.
"""

from __future__ import annotations

import os

import pytest

P1 = "docs/principper/P-0001-en-time.md"
P2 = "docs/principper/P-0002-forslag.md"


def findings(kb):
    return [(d.code, d.path, d.line, d.col) for d in kb.check()[2]]


def only(kb, code):
    return [d for d in kb.check()[2] if d.code == code]


def test_hidden_files_and_folders_are_not_content(kb):
    kb.write("docs/.udkast/P-0009-halvt.md", "---\nid: P-0009\ntitle: [ikke lukket\n---\n")
    kb.write("docs/principper/.P-0001-en-time.md.swp", b"\x00\x01binaer")
    kb.write("cases_anonymized/.noter.txt", "Mors CPR 010203-1234\n")
    kb.write("docs/.DS_Store", b"\x00\x00")
    assert findings(kb) == []


def test_a_linked_file_is_refused_at_its_path_and_not_followed(kb, tmp_path):
    outside = tmp_path / "ude.md"
    outside.write_text("---\nid: P-0042\n---\n[[P-9999]] og CPR 010203-1234\n")
    (kb.root / "docs/principper/P-0042-ude.md").symlink_to(outside)
    (found,) = only(kb, "F108")
    assert (found.path, found.line, found.col) == ("docs/principper/P-0042-ude.md", 1, 1)
    assert found.message == "Et symbolsk link i vidensbasens mapper følges ikke og må ikke være her."
    assert found.hint == ("Læg selve filen eller mappen ind i vidensbasen i stedet for et link, så den bliver "
                          "kontrolleret, før den offentliggøres.")
    assert [d.code for d in kb.check()[2]] == ["F108"]  # nothing from inside the linked file


def test_a_pipe_is_refused_as_something_that_is_not_a_file(kb):
    os.mkfifo(kb.root / "docs" / "roer")
    (found,) = only(kb, "F108")
    assert found.path == "docs/roer"
    assert found.message == "Her ligger noget, der ikke er en almindelig fil (fx en pipe eller en enhed)."
    assert found.hint == "Fjern det; i vidensbasens mapper hører kun almindelige filer og mapper."


def test_a_content_folder_that_is_itself_a_link_is_refused_by_its_name(kb, tmp_path):
    (kb.root / "cases_anonymized").rename(tmp_path / "sager")
    (kb.root / "cases_anonymized").symlink_to(tmp_path / "sager", target_is_directory=True)
    found = findings(kb)
    assert ("F108", "cases_anonymized", 1, 1) in found
    assert not [f for f in found if f[1].startswith("cases_anonymized/")]  # nothing read through the link


@pytest.mark.parametrize("name,ending", [
    ("docs/side.markdown", ".markdown"), ("docs/side.MD", ".MD"), ("docs/guide/side.Mkd", ".Mkd"),
    ("docs/side.mdwn", ".mdwn"), ("docs/principper/P-0003-x.mdown", ".mdown"), ("docs/side.mkdn", ".mkdn"),
])
def test_markdown_with_another_ending_is_refused_naming_the_ending_as_written(kb, name, ending):
    kb.write(name, "# Side\n\n[[P-9999]]\n")
    assert [(d.code, d.path, d.line, d.message) for d in kb.check()[2]] == [
        ("F109", name, 1, f"Markdown-filer skal have endelsen .md, ikke '{ending}'.")]


def test_only_markdown_files_are_cases(kb):
    kb.write("cases_anonymized/C-0009-notat.txt", "Noter")
    (found,) = only(kb, "F106")
    assert found.path == "cases_anonymized/C-0009-notat.txt"
    assert found.message == "I cases_anonymized/ hører kun Markdown-filer (.md)."


def test_a_case_in_a_subfolder_is_refused_with_the_name_it_should_have(kb):
    kb.write("cases_anonymized/2026/C-0002-flyttet.md", (kb.root / "cases_anonymized/C-0001-skolefravaer.md")
             .read_text().replace("C-0001", "C-0002"))
    (found,) = only(kb, "F106")
    assert found.path == "cases_anonymized/2026/C-0002-flyttet.md"
    assert found.message == "Sager skal ligge direkte i cases_anonymized/."
    assert "C-NNNN-kort-titel.md" in found.hint
    assert "C-0002" not in {entry.id for entry in kb.check()[0].entries.values()}


def test_drawings_and_other_files_beside_the_pages_are_published_as_they_are_and_raise_nothing(kb):
    kb.write("docs/billeder/tegning.svg", '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>\n')
    kb.write("docs/bilag/tjekliste.txt", "Husk at spørge barnet.\n")
    model, _, found = kb.check()
    assert found == []
    assert {"billeder/tegning.svg", "bilag/tjekliste.txt"} <= set(model.static_files)


def test_a_file_named_against_the_rule_of_its_folder_says_which_rule(kb):
    kb.write("docs/principper/P-0003 Ny idé.md", "---\nid: P-0003\n---\n")
    kb.write("docs/moeder/moede-3-februar.md", "---\nid: M-2026-02-04\n---\n")
    messages = {d.path: (d.message, d.hint) for d in only(kb, "F106")}
    assert messages["docs/principper/P-0003 Ny idé.md"][0] == "Filnavnet 'P-0003 Ny idé.md' passer ikke til et princip."
    assert "P-NNNN-kort-titel.md" in messages["docs/principper/P-0003 Ny idé.md"][1]
    assert messages["docs/moeder/moede-3-februar.md"][0] == "Filnavnet 'moede-3-februar.md' passer ikke til et møde."


def test_each_of_two_files_with_the_same_id_names_the_other(kb):
    copy = "docs/principper/P-0002-kopi.md"
    kb.write(copy, "---\nstatus: proposed\nid: P-0002\ntitle: Kopi\nsummary: Kopi.\n---\n")
    duplicates = {d.path: (d.line, d.message) for d in only(kb, "M210")}
    assert duplicates[P2] == (2, f"Id 'P-0002' bruges også i {copy}.")
    assert duplicates[copy] == (3, f"Id 'P-0002' bruges også i {P2}.")


def test_the_title_of_a_page_is_its_front_matter_title_else_its_first_heading_else_its_path(kb):
    kb.write("docs/med-titel.md", "---\ntitle: Fra front matter\n---\n# Overskrift\n")
    kb.write("docs/guide/overskrift.md", "Indledning\n\n## Ikke denne\n\n# Sådan gør du  \n")
    kb.write("docs/uden.md", "Bare tekst.\n")
    titles = {doc.path: doc.title for doc in kb.check()[0].documents}
    assert titles["docs/med-titel.md"] == "Fra front matter"
    assert titles["docs/guide/overskrift.md"] == "Sådan gør du"
    assert titles["docs/uden.md"] == "uden.md"


def test_a_static_page_saved_as_latin_1_is_still_read_for_what_it_would_run(kb):
    kb.write("docs/gammel.html", "<p>Søren</p>\n<script>vis()</script>\n".encode("latin-1"))
    assert ("K506", "docs/gammel.html", 2, 1) in findings(kb)


@pytest.mark.parametrize("plugins", [
    "plugins:\n  - search\n  - praksis   # se vejledningen, afsnit #3\n",
    "plugins:\n  - praksis:\n      search: false\n",
    "plugins:\n    -   praksis  \n",
])
def test_the_knowledge_base_is_found_from_below_by_the_plugin_its_mkdocs_yml_names(tmp_path, monkeypatch, plugins):
    from praksis.cli import main

    (tmp_path / "mkdocs.yml").write_text(f"site_name: X\n{plugins}")
    (tmp_path / "docs" / "guide").mkdir(parents=True)
    (tmp_path / "docs" / "guide" / "side.md").write_text("# Side\n\nSe [forsiden](../mangler.md).\n")
    monkeypatch.chdir(tmp_path / "docs" / "guide")
    assert main(["check"]) == 1  # found, and checked: the broken link is reported


@pytest.mark.parametrize("plugins", ["plugins:\n  - praksis-andet\n", "plugins:\n  - search  # ikke praksis\n",
                                     "# plugins: [praksis]\nplugins:\n  - search\n"])
def test_a_mkdocs_yml_that_does_not_name_the_plugin_is_no_knowledge_base(tmp_path, monkeypatch, capsys, plugins):
    from praksis.cli import main

    (tmp_path / "mkdocs.yml").write_text(f"site_name: X\n{plugins}")
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "docs")
    assert main(["check"]) == 2
    assert "her er ingen vidensbase" in capsys.readouterr().err


@pytest.mark.parametrize("data,code", [(b"", "F104"), (b"\x00\x01", "F105"), ("S\xf8ren".encode("latin-1"), "F101")])
def test_a_page_that_cannot_be_read_is_reported_and_the_rest_still_checked(kb, data, code):
    kb.write("docs/guide/ulaeselig.md", data)
    kb.edit("docs/principper/P-0001-en-time.md", "methods: [reflekterende-team]", "methods: [yoga]")
    assert [(f[0], f[1]) for f in findings(kb)] == [(code, "docs/guide/ulaeselig.md"),
                                                    ("R305", "docs/principper/P-0001-en-time.md")]


def test_a_folder_with_principles_is_a_knowledge_base_even_without_cases_or_mkdocs_yml(tmp_path, monkeypatch, capsys):
    from praksis.cli import main

    (tmp_path / "docs" / "principper").mkdir(parents=True)
    (tmp_path / "docs" / "principper" / "P-0001-x.md").write_text("---\nid: P-0001\n---\n")
    monkeypatch.chdir(tmp_path / "docs" / "principper")
    assert main(["check"]) == 1  # found and checked: the principle lacks its required keys
    assert "docs/principper/P-0001-x.md:1:1: M204" in capsys.readouterr().out


def test_an_mkdocs_yml_saved_in_another_encoding_is_still_found_by_the_plugin_it_names(tmp_path, monkeypatch, capsys):
    from praksis.cli import main

    (tmp_path / "mkdocs.yml").write_bytes("site_name: Søren\nplugins:\n  - praksis\n".encode("latin-1"))
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "docs")
    main(["check"])  # whatever the check then says about the file, it is about this knowledge base
    assert "her er ingen vidensbase" not in capsys.readouterr().err
